"""Numbers that are not figures here: years, identifiers, ages, "one" as an article,
numbers inside adjective compounds.

`FILTER_RULES` is the table; `rejected_by` says which filter turns a number down (the rule
id explains it), and the rest are checks on a shaped candidate. Whether a unit follows is
read from the lexicon's unit words, never by asking quantulum3.
"""

from __future__ import annotations

from typing import Final

import regex

from stats import lexicon
from stats.find import gates, patterns
from stats.find.article_one import is_article_one
from stats.find.atoms import COUNT_DIGITS
from stats.find.identifiers import is_identifier, unit_follows
from stats.find.rule import Conventions, Rule, Stage
from stats.lexicon.compiled import lazy_lists
from stats.lexicon.inflection import is_counted_noun
from stats.lexicon.pattern_cache import SERIAL, compile_regex
from stats.model import Candidate, Kind
from stats.text.sentences import after

# The first end of an age range: "18- to 24-year-olds", "aged 6 months and 14 years" (its joint).
AGE_RANGE_AFTER: Final = lazy_lists(
    r"^ [-‐‑]? \s+ (?i: to | and ) \s+ \p{Nd}+ [-‐‑\s] (?i: years? ) [-‐‑\s] (?i: olds? ) \b")
AGE_RANGE_JOINT: Final = lazy_lists(
    r"^ \s* (?i: months? | years? | weeks? ) \s+ (?: [-–] | (?i: to | and ) \b ) \s* $")
# An age after a copula, with nothing counted after it: "arrivals were under 18 or said they
# were", "He was 52." (not "prices were under 5 dollars").
# Searched backwards from the window's end (the same answer as forwards, a test checks it).
COPULA_AGE_BEFORE: Final = lazy_lists(
    r"""(?: \b (?i: \L<group> ) \s+ (?i: are | were ) \s+ (?i: under | aged )
          | ^ \s* (?: He | She ) \s+ (?: was | is ) ) \s+ $""", regex.REVERSE, group=lexicon.AGE_GROUP_WORDS)


def _copula_age(window: str) -> bool:
    """`COPULA_AGE_BEFORE` matches, searched only where "under", "aged", "He" or "She" stands."""
    folded = window.casefold()
    return (("under" in folded or "aged" in folded or "He" in window or "She" in window)
            and COPULA_AGE_BEFORE.search(window) is not None)


# An age as a bound ("eight were 65 or older"), or after a person and "over" ("residents over 60").
OLDER_AFTER: Final = lazy_lists(r"^ \s+ (?i: or | and ) \s+ (?i: older | younger ) \b")
PERSON_OVER_BEFORE: Final = lazy_lists(r"\b (?i: residents | patients | neighbou?rs? | someone | pensioners"
                                       r" | seniors ) \s+ (?i: over | under | above | below ) \s+ $")
# A person's age after "of": "a boy of about eight", "a woman of 60" (not "the father of three").
PERSON_OF_AGE_BEFORE: Final = lazy_lists(
    r"\b (?i: \L<person> ) \s+ of \s+ (?: (?i: about | around | roughly | some | nearly ) \s+ )? $",
    person=lexicon.AGED_OF_PERSONS)
_PERSON_OF_ENDS: Final = ("of", "about", "around", "roughly", "some", "nearly")  # how its matches end
# A list of ages before the number, and the list going on after it: "aged 6, 9 and 13".
AGE_LIST_BEFORE: Final = lazy_lists(
    r"\b (?i: aged | ages ) \s+ \p{Nd}{1,3} (?: \s* , \s* \p{Nd}{1,3} )* \s* , \s* $")
AGE_LIST_GOES_ON: Final = lazy_lists(
    r"^ \s* (?: , \s* (?: (?i: and | or ) \s+ )? | \s (?i: and | or ) \s+ ) \p{Nd}{1,3} \b")
_UNDER_BEFORE: Final = compile_regex(r"under\s+$")  # "were under 18" is an age, "were under 100" no
AGE_END_AFTER: Final = lazy_lists(
    r"""^ (?: \s* (?: [.;:!?)\"”’] | , (?! \s+ (?i: down | up ) \s+ from ) | $ )
          | \s+ (?i: or | and ) \s+ (?! \p{Nd} )
          | \s+ (?i: when | at \s+ the \s+ time | years \s+ old ) \b )""")
# "mum-of-three", "father-of-two": a tabloid's description of a person.
PARENT_OF_BEFORE: Final = lazy_lists(
    r"\b (?i: mum | mom | mother | dad | father | grandmother | grandfather | gran ) [-\s] of [-\s] $")
# A duration that names a financial instrument: "two-year bonds", "the one-week repo rate",
# "the 28-day Cetes bills" (a modifier of the list, or a name: one word with a capital).
INSTRUMENT_AFTER: Final = lazy_lists(
    r"""^ \s+ (?: (?: (?i: \L<modifier> ) | \p{Lu}[\p{L}\-]+ ) \s+ )? (?i: \L<instrument> ) \b
        (?! \s+ (?i: freeze | crisis | cut | cuts | hike | hikes | decision | programme | program ) \b )""",
    modifier=lexicon.INSTRUMENT_MODIFIERS, instrument=lexicon.INSTRUMENTS)

# The last word of every qualifier, case-folded: the left context's last run of non-space
# must end with one for `patterns.QUALIFIER_BEFORE` to match (see `qualifier_before`).
_QUALIFIER_ENDS: Final = tuple(sorted({phrase.split()[-1].casefold() for phrase in lexicon.QUALIFIERS}))


def qualifier_before(left: str) -> regex.Match[str] | None:
    """`patterns.QUALIFIER_BEFORE.search(left)`, searched only when the last word of `left` can end
    a qualifier (most numbers have none before them: one string test instead of a search)."""
    last = left.rsplit(None, 1)
    if not last or not last[-1].casefold().endswith(_QUALIFIER_ENDS):
        return None
    return patterns.QUALIFIER_BEFORE.search(left, None, None, SERIAL)


def is_glued_code(c: Candidate, sentence: str) -> bool:
    """Digits with letters glued on that the unit stage could not read as a unit: "9AB8",
    "3min" when no unit was named. Checked after the unit stage, so that the unit readers,
    not this filter, decide what a unit is."""
    return (c.rule == COUNT_DIGITS.id and c.kind is Kind.COUNT and c.unit is None and not c.notes
            and bool(patterns.GLUED_LETTERS_AFTER.match(after(sentence, c.end), None, None, SERIAL)))


def is_year(atom: Candidate, sentence: str) -> bool:
    """A bare four-digit number from 1000 to 2199 that is not counting anything."""
    text = sentence[atom.start:atom.end]
    if (atom.rule != COUNT_DIGITS.id or len(text) != 4
            or not patterns.FOUR_DIGITS.fullmatch(text, None, None, SERIAL)):
        return False
    if not 1000 <= atom.value <= 2199:
        return False
    right = after(sentence, atom.end)
    if unit_follows(right):
        return False
    before = sentence[max(0, atom.start - 24):atom.start].lower()
    if qualifier_before(before):
        return False  # "about 1000 come from Asia", "nearly 2000 people"
    ranged = patterns.RANGE_TO_NOUN_AFTER.match(right, None, None, SERIAL)
    if ranged and is_counted_noun(ranged["w"]):
        return False  # "from 1000 to 2000 hires"
    if patterns.YEAR_LEAD_BEFORE.search(before, None, None, SERIAL):
        return True
    following = patterns.NEXT_WORD_AFTER.match(right)
    if not (following and is_counted_noun(following["w"])):
        return True
    # "its 2018 sales", "the 2020 elections": a year before a plural; "2000 people" counts.
    return 1900 <= atom.value <= 2099 and bool(patterns.YEAR_DETERMINER_BEFORE.search(before))


# A count before the people an "over" follows: "to reach 900,000 people over six months" (a
# time, not an age: "babies under six months" is one).
_COUNTED_OVER: Final = compile_regex(r"\d[\d,.]*\s+\p{L}+\s+over\s+$")


def _other_unit(before: str, right: str) -> bool:
    """Whether the number after "N people over" is a time ("900 people over six months"),
    which makes it no age."""
    return (before.rstrip().endswith("over") and _COUNTED_OVER.search(before) is not None
            and unit_follows(right) and not right.lstrip().casefold().startswith(("year", "yr")))


def is_age(atom: Candidate, sentence: str) -> bool:
    """ "aged 25", "children under 5", "Jamie Armstrong, 25, said": an age, not a count."""
    before = sentence[max(0, atom.start - 32):atom.start]
    if atom.kind is not Kind.COUNT:
        return False
    right = after(sentence, atom.end)
    if gates.age_before(before) and not _other_unit(before, right):
        return True  # "aged 25", "children under 5" (not "900 people over six months")
    if "year" in right.casefold() and AGE_RANGE_AFTER.match(right, None, None, SERIAL):
        return True  # "18- to 24-year-olds"
    if (before.rstrip().endswith(_PERSON_OF_ENDS)
            and PERSON_OF_AGE_BEFORE.search(before, None, None, SERIAL)
            and atom.value < 120 and float(atom.value).is_integer() and not unit_follows(right)):
        return True  # "a boy of about eight" (not "a baby of 3.2 kg")
    if (before.endswith(", ") and AGE_LIST_BEFORE.search(before, None, None, SERIAL)
            and AGE_LIST_GOES_ON.match(right)):
        return True  # "aged 6, 9 and 13": the 9 (not "a boy aged 14, 3 women and 2 men")
    if not (atom.rule == COUNT_DIGITS.id and atom.value < 120 and float(atom.value).is_integer()):
        return False
    if (right.lstrip()[:1] in ("o", "a") and OLDER_AFTER.match(right)) or (
            PERSON_OVER_BEFORE.search(before, None, None, SERIAL) and not unit_follows(right)):
        return True  # "eight were 65 or older", "residents over 60."
    copula = _copula_age(sentence[max(0, atom.start - 30):atom.start])
    if copula and AGE_END_AFTER.match(right) and (
            atom.value <= 21 or not _UNDER_BEFORE.search(sentence, max(0, atom.start - 8), atom.start)):
        return True  # "were under 18 or said they were", "He was 52."
    if gates.apposition_age_before(before) and patterns.APPOSITION_AGE_AFTER.match(right):
        return True  # "Jamie Armstrong, 25, said"
    return bool(gates.sentence_end_after(right)  # '..." said Amina Saide, 34.'
                and patterns.SPEAKER_AGE_BEFORE.search(sentence[max(0, atom.start - 80):atom.start]))


def is_descriptor(c: Candidate, sentence: str) -> bool:
    """ "one-eyed", "two-time", "five-storey": a number inside an adjective compound."""
    if c.kind is not Kind.COUNT:  # (each pattern needs the hyphen it is first tested for)
        return False
    if sentence[c.start - 1 : c.start] in _PARENT_JOINTS and not sentence.startswith(" of ", c.end) and (
            PARENT_OF_BEFORE.search(sentence[max(0, c.start - 12):c.start], None, None, SERIAL)):
        return True  # "Mum-of-three Leanne Hoyle": a description of a person, not a count
    return (not c.vague and sentence[c.end:c.end + 1] in _HYPHENS
            and bool(patterns.COMPOUND_AFTER.match(after(sentence, c.end)))
            and not patterns.STRONG_AFTER.match(after(sentence, c.end)))


def is_maturity(c: Candidate, sentence: str) -> bool:
    """ "two-year bonds", "the one-week repo rate": a duration that names an instrument."""
    return (c.kind is Kind.DURATION and "-" in sentence[c.number_start:c.end]
            and bool(INSTRUMENT_AFTER.match(after(sentence, c.end))))


YEAR: Final = Rule("filter.year", Stage.FILTER, 'a year: "in 2015", "the 2020 elections" (not "2000 people")',
                   is_year)
IDENTIFIER: Final = Rule("filter.identifier", Stage.FILTER,
                         'a number that names: "COVID-19", "Game 6", "category 4", "24/7"', is_identifier)
AGE: Final = Rule("filter.age", Stage.FILTER, 'an age: "aged 25", "Jamie Armstrong, 25, said"', is_age)
ARTICLE_ONE: Final = Rule(
    "filter.article_one", Stage.FILTER, '"one" as an article: "one man said"', is_article_one)
GLUED_CODE: Final = Rule("filter.glued_code", Stage.FILTER,
                         'digits with letters glued on that are no unit: "9AB8", "3xB"', is_glued_code)
DESCRIPTOR: Final = Rule("filter.descriptor", Stage.FILTER,
                         'a number in an adjective: "one-eyed", "two-time", "mum-of-three"',
                         is_descriptor)

_HYPHENS: Final = frozenset("-‐‑")  # the first character `patterns.COMPOUND_AFTER` matches
_PARENT_JOINTS: Final = frozenset("- ")  # "mum-of-three", "mother of three"
MATURITY: Final = Rule("filter.maturity", Stage.FILTER, 'a duration naming an instrument: "two-year bonds"',
                       is_maturity)


def is_denominator(atom: Candidate, sentence: str) -> bool:
    """ "228 per 100,000", "deaths per 1,000 live births": the base a rate is given per, not a
    count (the rate is the figure)."""
    before = sentence[max(0, atom.start - 5):atom.start].casefold()
    return (atom.kind is Kind.COUNT and before.endswith(("per ", "per\n"))
            and not (len(before) == 5 and before[0].isalpha()))  # ("Casper 12 miles away": no "per")


DENOMINATOR: Final = Rule("filter.denominator", Stage.FILTER, 'the base of a rate: "228 per 100,000"',
                          is_denominator)
# A multiplier of another quantity: "nearly three times as many", "4.5 times the usual number".
MULTIPLIER_AFTER: Final = lazy_lists(
    r"^\s+(?i:times)\s+(?i:as|more|higher|larger|bigger|greater|lower|smaller|less"
    r"|fewer|what|its|the\s+(?:\p{L}+\s+){0,3}?(?:usual|normal|average|national"
    r"|number|amount|size|rate|level|standard|limit|norm|guideline|threshold))\b")
MULTIPLIER: Final = Rule(
    "filter.multiplier", Stage.FILTER, 'a multiplier: "three times as many", "4.5 times the '
    'rate"', lambda atom, sentence: sentence.startswith(" times", atom.end)
    and MULTIPLIER_AFTER.match(after(sentence, atom.end)) is not None)
FILTER_RULES: Final = (
    YEAR, IDENTIFIER, AGE, GLUED_CODE, ARTICLE_ONE, DESCRIPTOR, MATURITY, DENOMINATOR, MULTIPLIER)


def rejected_by(atom: Candidate, sentence: str, conventions: Conventions) -> Rule | None:
    """The filter that says a number is not a figure (a year, an identifier, an age), if any."""
    if is_year(atom, sentence):
        return YEAR
    if is_identifier(atom, sentence):
        return IDENTIFIER
    if not conventions.ages and is_age(atom, sentence):
        return AGE
    if is_denominator(atom, sentence):
        return DENOMINATOR
    if not conventions.multipliers and MULTIPLIER.read is not None and MULTIPLIER.read(atom, sentence):
        return MULTIPLIER
    return None
