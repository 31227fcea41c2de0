"""The speaker a sentence names after its speech verb ("..., said X.", '"...," says X of
the Y union.', "..., said the district commissioner, Peter Okello."), and who may keep a
record ("health workers have recorded ..."): the word tests of `said_by` that read the words
around one verb.
"""

from __future__ import annotations

from typing import Final

import regex

from stats.describe import names
from stats.describe.tokens import Token
from stats.lexicon import sources, times
from stats.lexicon.pattern_cache import compile_regex
from stats.lexicon.regions import GAZETTEER

_CLAUSE_WORDS: Final = frozenset(
    {"his", "her", "their", "its", "he", "she", "they", "it", "was", "were", "had"})
_NOT_INVERTED_SPEAKERS: Final = frozenset(
    {"that", "it", "on", "in"}) | sources.PERSON_PRONOUNS | times.WHEN_SAID


def speaker_after(sentence: str, m: regex.Match[str]) -> list[Token]:
    """The speaker named after a speech verb `m` that follows what was said ('..., said X.',
    '"...," said X.'); [] when none is."""
    before = sentence[: m.start()].rstrip()
    if not before.endswith((",", "”", '"')) or m.group().lower() not in {"said", "says", "added", "wrote"}:
        return []
    toks = names.noun_phrase_after(sentence, m.end())
    if not toks or toks[0].lower in _NOT_INVERTED_SPEAKERS:
        return []
    of = next((i for i, t in enumerate(toks) if t.text == "of"), 0)
    named = _named_after(sentence, toks)
    if named:
        toks, rest = named, "."
    elif of >= 2 and names.is_proper(toks[:of]) and not names.is_body(names.phrase(sentence, toks[0].start,
                                                                                    toks[of - 1].end)):
        toks, rest = toks[:of], ","  # "..., says Harriet Nakato of the Fishers' Association": the person
    else:
        rest = sentence[toks[-1].end :].lstrip()
    if rest[:1] not in {",", ".", ";", "!", "?", ""} or any(t.lower in _CLAUSE_WORDS for t in toks):
        return []  # "..., said the flood took his house": a clause, not a speaker
    return toks


_NOT_IN_TITLE: Final = compile_regex(r"[^\w\s'’-]|\b(?:who|which|that|and|but|as)\b")


def record_keepers(text: str) -> bool:
    """Whether the subject of "recorded"/"counted" names those who keep a record, by a common
    noun ("health workers", "Officials in Lawngtlai"): not a place ("the Blue Mountains
    recorded"), nor a player ("the goalkeeper recorded 5 clean sheets"), nor a group owned by
    someone the sentence does not name ("Its monitors")."""
    words = text.split()
    if not words or words[0].lower() in sources.POSSESSIVE_PRONOUNS or not words[-1][1:].islower():
        return False
    return words[-1].lower() in sources.RECORD_KEEPERS


def _named_after(sentence: str, toks: list[Token]) -> list[Token]:
    """The name in apposition after a description or a title that ends its sentence ("...,
    said the district commissioner, Peter Byaruhanga."); [] when none follows."""
    titled = any(t.lower in sources.TITLES for t in toks)  # ("IOM's Chief of Mission, Lars Ekdahl")
    comma = sentence.find(", ", toks[-1].end, toks[-1].end + 40)  # (after "in Bangladesh", too)
    if (names.is_proper(toks) and not titled) or comma < 0:
        return []
    if _NOT_IN_TITLE.search(sentence, toks[-1].end, comma):
        return []  # ("..., said the chief, who ...": a clause, no name in apposition)
    name = names.noun_phrase_after(sentence, comma + 2)
    ends = name and sentence[name[-1].end :].strip() in {".", "", "!", "?"}
    return name if ends and names.is_proper(name) and could_be_person(name) else []


def could_be_person(toks: list[Token]) -> bool:
    """Whether a name in apposition after a title may be the titled person's: not a known
    place ("the mayor of Kasese, Uganda") nor a day or a month ("the head of the council, Monday")."""
    text = " ".join(t.text for t in toks)
    lows = {t.lower for t in toks}
    return text not in GAZETTEER and lows.isdisjoint(times.WEEKDAYS) and lows.isdisjoint(times.MONTHS)
