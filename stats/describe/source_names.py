"""An attribution as a sentence gives it, how a source read from it is made whole, and when
the subject before a speech verb is no source but what a number counts.

Each finder of `said_by` reads its source on its own; these mends then look at all of a
sentence's sources together: a body whose name holds a lower-case "the" ("Save the
Children"), a subject one finder read short ("Analysts" for "Analysts at Eurasia Group"),
and a description in apposition to a name ("Musa Bello, a community leader, who put ...").
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Final

from stats import lexicon
from stats.describe import names
from stats.describe.tokens import Token
from stats.describe.words import is_people
from stats.find.rule import Rule
from stats.lexicon import sources, times
from stats.lexicon.inflection import is_adverb
from stats.lexicon.pattern_cache import SERIAL, compile_regex

# "We counted 12 bodies," said Ahmed Musa: a speaker's "I" or "we" is the quote's speaker.
_FIRST_PERSON: Final = frozenset({"i", "we", "you", "us"})


@dataclass(frozen=True, slots=True)
class Source:
    """An attribution in a sentence: the source as written, the rule, and the part of the
    sentence it governs (offsets relative to the sentence)."""

    text: str
    rule: Rule
    start: int  # where the attribution is (its verb or phrase)
    covers: tuple[int, int]
    pronoun: bool = False

    def __init__(self, text: str, rule: Rule, start: int, covers: tuple[int, int],
                 pronoun: bool = False) -> None:
        """The dataclass's own constructor written out (see `stats.model`)."""
        object.__setattr__(self, "text", text)
        object.__setattr__(self, "rule", rule)
        object.__setattr__(self, "start", start)
        object.__setattr__(self, "covers", covers)
        object.__setattr__(self, "pronoun", pronoun)


def spoken(found: list[Source], sentence: str) -> list[Source]:
    """The sources found in `sentence` that name someone (not the quote's own "we"), each
    made whole (see the module)."""
    kept = [_named_with_the(s, sentence) for s in found if s.text and s.text.lower() not in _FIRST_PERSON]
    return [_apposed(_fuller(s, kept), kept, sentence) for s in kept] if len(kept) > 1 else kept


def _named_with_the(s: Source, sentence: str) -> Source:
    """A body whose name holds a lower-case "the", read whole ("the Children" in "Save the
    Children said": Save the Children)."""
    if not s.text.startswith("the ") or " the " not in sentence:
        return s
    name = next((n for n in sources.NAMES_WITH_THE if n.endswith(s.text) and n in sentence), None)
    return replace(s, text=name) if name else s


def _apposed(s: Source, others: list[Source], sentence: str) -> Source:
    """A description in apposition to a source named before it, as that source ("said Musa
    Bello, a community leader, who put the number at 50": Musa Bello)."""
    if not s.text[:1].islower():
        return s
    named = [o.text for o in others if o.start < s.start and f"{o.text}, {s.text}" in sentence]
    return replace(s, text=named[0]) if named else s


def _fuller(s: Source, others: list[Source]) -> Source:
    """A source read short ("Analysts" in "Analysts at Eurasia Group said ... and put the
    chance at 40%") as another finder read the same subject before it in the sentence."""
    longer = [o.text for o in others if o.start < s.start and o.text.startswith(s.text + " ")]
    return replace(s, text=longer[0]) if longer else s


def counted_subject(sentence: str, toks: list[Token]) -> bool:
    """Whether the subject is what a number counts, not a source: a number opens it or stands
    right before it ("4,312 cases confirmed", "one in five voters say", "54 percent said");
    not a year ("In 2024 the ministry said"), a day of a month ("On March 12 police said") or
    a number that opens a name ("10 Downing Street said")."""
    first = toks[0].lower
    if _digits(first):
        return len(toks) < 2 or not toks[1].text[:1].isupper()
    words = sentence[max(0, toks[0].start - 24):toks[0].start].split()
    before = words[-1].lower() if words and words[-1][-1:].isalnum() else ""  # (not "30%, the department")
    dated = len(words) > 1 and words[-2].lower().rstrip(".") in _MONTH_WORDS
    if _digits(before) and not dated and not all(t.text[:1].isupper() for t in toks):
        return True  # ("all 188 Tucson precincts reporting"; not "10 Downing Street said")
    # "one in five voters say" (a ratio); not "one man said", "two residents said" (speakers)
    return before == "in" and (first in lexicon.ONES or first in lexicon.TENS)


def _digits(word: str) -> bool:
    """A number in digits, not a year ("In 2024 the ministry said") nor a clock time ("12:15")."""
    year = len(word) == 4 and word[:2] in ("19", "20")
    return not year and _NUMBER.fullmatch(word, None, None, SERIAL) is not None


_NUMBER: Final = compile_regex(r"\d[\d,.]*%?")
_MONTH_WORDS: Final = frozenset(lexicon.MONTHS)


_PREPOSITIONS: Final = frozenset({"of", "in", "for", "from", "with", "among", "at", "on", "by"})


def no_speaker(sentence: str, toks: list[Token]) -> bool:
    """Whether the phrase before a speech verb can speak: not a relative word, a phrase opening
    with a preposition ("Of the 4,312 cases confirmed"), a figure's own noun ("one in five
    say"), an event ("the floods claimed 46 lives"; not "Alberta Wildfire said") or a date
    ("struck on Tuesday 13 October had claimed"), or an article, the verb an adjective ("from
    an initially reported 0.4%"), or a pronoun's object form ("212 of them confirmed")."""
    last = toks[-1].lower
    month = last in times.MONTHS and (len(toks) < 2 or toks[-2].text[:1].isdigit())  # (not "Ma Jun")
    dated = last in times.WEEKDAYS or month
    adjective = last in _ARTICLES or (len(toks) > 1 and toks[-2].lower in _ARTICLES and is_adverb(last))
    relative = last in {"which", "that"} or last in sources.OBJECT_PRONOUNS  # (nor "212 of them confirmed")
    return (relative or toks[0].lower in _PREPOSITIONS or counted_subject(sentence, toks)
            or (last in sources.EVENT_HEADS and toks[-1].text.islower()) or dated or adjective)


_ARTICLES: Final = frozenset({"a", "an", "the"})  # before a participle ("an initially reported 0.4%")


def names_someone(source: str) -> bool:
    """Whether a source carried to the next sentence or a list's items names who spoke: a
    person, a body, "officials", "the district commissioner", "a senior health official" (not
    "the Felele crash" of "confirmed from the Felele crash:")."""
    last = (source.split() or [""])[-1].lower()
    bare = source[4:] if source[:4].lower() == "the " else source  # ("the ONS")
    return names.is_proper_text(bare) or names.is_body(bare) or last in sources.SOURCE_NOUNS or (
        source.lower() in sources.PERSON_PRONOUNS or last in sources.TITLES or is_people(source))
