"""Numbers that name rather than count: "COVID-19", "F-16", "1990s", "Game 6", "category 4",
"[12]", "alert(1)", a jersey's "(4)", "Resolution 2254", "10 Downing Street" (the identifier
filter of `stats.find.filters`, with the tests it shares: whether a unit follows a number).

A bare number in brackets is a mark ("Dak Prescott (4)", a list's "(4)") unless a known place
stands before it: "Donetsk (212), Kharkiv (87) and Kherson (64)" counts by place.
"""

from __future__ import annotations

from typing import Final

import regex

from stats import lexicon
from stats.find import gates, patterns
from stats.find.atoms import COUNT_DIGITS, COUNT_WORDS, MONEY_SUFFIX
from stats.find.units import temperature_after, unit_word_after
from stats.lexicon import regions
from stats.lexicon.compiled import lazy_lists
from stats.lexicon.inflection import is_counted_noun, is_plural
from stats.lexicon.pattern_cache import SERIAL, compile_regex
from stats.model import Candidate
from stats.text.sentences import after

_CONTEXT: Final = 48  # characters of left context read for names

# A numbered week of a health bulletin: "epidemiological week 21", "in week 20" (not "a week 300 trucks").
WEEK_NUMBER_BEFORE: Final = lazy_lists(
    r"""(?: \b (?i: epidemiological | epi | epidemic | reporting | in | by | since | until | of | during
                  | from | to ) \s+ | ^ \s* ) (?i: week ) \s $""", regex.REVERSE)
# ... with nothing counted after it: "in week 21," (not "in the first week 30 percent").
WEEK_NUMBER_AFTER: Final = lazy_lists(
    r"^ (?: \s* (?: [.,;:)(] | $ ) | \s* [-–] | \s+ (?i: and | to | of | compared | versus ) \b )")
# An index's base year and level: "(2015 = 100)", "(December 2015=100)".
INDEX_BASE_BEFORE: Final = lazy_lists(r"\b (?: 1[89] | 20 ) \p{Nd}{2} \s* = \s* $")

# A count whose verb is left out after the one before it (gapping): "the CDU won 42 and the
# AfD 41", "took 61 seats and the Greens 12", "Lorain County had 96 and Lake County 61" (not
# "Windows 10 and Windows 11").
GAPPED_BEFORE: Final = lazy_lists(
    r"""\b \p{Ll}+ \s+ \p{Nd}[\p{Nd},.]* (?: \s+ \p{Ll}+ )? \s+ (?: and | while | but ) \s+ (?: the \s+ )?
        (?: \p{Lu}[\p{L}\-]* \s+ ){1,3} $""")


def unit_follows(right: str) -> bool:
    """A percent, time, distance, measure or other unit right after the number."""
    return bool(patterns.PERCENT_AFTER.match(right, None, None, SERIAL)
                or patterns.DURATION_AFTER.match(right, None, None, SERIAL)
                or patterns.DISTANCE_AFTER.match(right, None, None, SERIAL)
                or patterns.MEASURE_UNIT_AFTER.match(right, None, None, SERIAL)
                or patterns.TEMPERATURE_AFTER.match(right, None, None, SERIAL)
                or unit_word_after(right))


def _counts_something(sentence: str, end: int) -> bool:
    """Whether the number ending at `end` is followed by a plural noun or a unit, also
    after the other end of a range ("Temperatures of 40-45C")."""
    right = after(sentence, end)
    if second := patterns.RANGE_END_AFTER.match(right):
        right = right[second.end():]
    if (unit_follows(right) or patterns.DURATION_AFTER.match(right)
            or patterns.SCALE_AFTER.match(right) or temperature_after(sentence, right)
            or ((money := patterns.CURRENCY_AFTER.match(right))
                and _money_named(money, right, sentence, end))):
        return True  # ("Compensation of 500,000 naira": money, not "the Group of 20")
    if _SHARE_IN_BRACKETS.match(right):
        return True  # "Dan Whitcombe 21,880 (38%)": a result, a tally of votes with its share
    if _ROW_AFTER.match(right):
        return True  # "Ondo 112 19 17.0": a table's row, a name and its columns of numbers
    match = patterns.NEAR_WORD_AFTER.match(right)
    return match is not None and is_counted_noun(match["w"])


# A law's subsection glued to its section's number: "61(2)", "5(1)(a)".
_SUBSECTION_AFTER: Final = compile_regex(r"\((?:\d{1,3}|[a-z]|[ivx]{1,4})\)")
# A law's part named before: "Section 61", "Sections 105 and 61", "Article 5".
_SECTION_BEFORE: Final = compile_regex(
    r"\b(?:[Ss]ections?|[Aa]rticles?|[Rr]ules?|[Cc]lauses?|[Rr]egulations?|[Pp]aragraphs?|[Ss]chedules?"
    r"|[Ss]ub-?sections?|Acts?|ss?\.)\s[^.;]{0,40}$")
# A time zone's offset: "GMT+7", "UTC-5".
_ZONE_BEFORE: Final = compile_regex(r"\b(?:GMT|UTC)\s?[+\-−]$")


def _money_named(money: regex.Match[str], right: str, sentence: str, end: int) -> bool:
    """Whether the currency word after a number makes it money: not "the Group of 20 euro zone
    ministers", nor "Windows 10 won" (a verb: an amount of won or rand is written large)."""
    if right[money.end():].lstrip().startswith(("zone", "area")):
        return False
    digits = sentence[max(0, end - 8):end]
    return money["unit"].lower() not in _VERB_CURRENCIES or "," in digits or digits[-4:].isdigit()


# Currency words that are also verbs or words after a name's number ("Windows 10 won praise").
_VERB_CURRENCIES: Final = frozenset({"won", "rand", "real", "mark", "marks"})
# Two more numbers, then the line's end: the other columns of a table's row.
_ROW_AFTER: Final = compile_regex(r"[ \t]+\d[\d,.]*[ \t]+\d[\d,.]*[ \t]*(?:$|\n)")
_SHARE_IN_BRACKETS: Final = compile_regex(r"\s*\(\s*\d{1,3}(?:[.,]\d+)?\s*(?:%|per\s*cent|percent)\s*\)")


def _is_function_word(word: str) -> bool:
    """A capitalised word that is not a name: a qualifier, a determiner, a preposition."""
    low = word.lower().rstrip(".")
    return (low in lexicon.QUALIFIERS or low in lexicon.SUBJECT_STOPWORDS
            or low in lexicon.DETERMINERS or low in lexicon.WEEKDAYS or low in lexicon.MONTHS
            or low in lexicon.SENTENCE_OPENERS or low in lexicon.RESULT_LABELS)


# A US address: "the 500 block of Main Street"
_BLOCK_OF_AFTER: Final = compile_regex(r" block of (?:the )?\p{Lu}")
_SCALE_LABELS: Final = frozenset(
    {"thousands", "millions", "billions", "hundreds", "thousand", "million", "billion"})


def _word_identifier(atom: Candidate, sentence: str, before: str) -> bool:
    """ "the Kick Six win" (a capitalised number word in a name), "the bottom three" (not "a
    gate two metres wide": a measure)."""
    text = sentence[atom.start:atom.end]
    return (text[:1].isupper() and bool(patterns.NAME_BEFORE.search(before))) or bool(
        gates.identifier_word_before(before) and not unit_follows(after(sentence, atom.end)))


def _marked_digits(atom: Candidate, sentence: str, before: str, right: str) -> bool:
    """Digits marked as a code by what touches them: "COVID-19", "24/7", "[12]", "(4)", "007"."""
    whole_number = "." not in sentence[atom.start:atom.end]
    return bool(
        (gates.identifier_before(before) and not patterns.PREFIX_BEFORE.search(before))
        or (right.startswith(("/", "⁄")) and patterns.SLASH_AFTER.match(right))
        or (right.startswith("]") and patterns.FOOTNOTE_AROUND.search(before))
        or (before.endswith(("(", "(\n")) and patterns.CALL_BEFORE.search(before))  # "alert(1)": code
        or (whole_number and "(" in before and patterns.PAREN_MARK_BEFORE.search(before)
            and patterns.CLOSING_PAREN_AFTER.match(right)
            and not (_COUNT_LIKE.fullmatch(sentence, atom.start, atom.end) and place_before_bracket(before)))
        or (right.startswith("(") and _SUBSECTION_AFTER.match(right) is not None
            and _SECTION_BEFORE.search(before) is not None)  # "Sections 105 and 61(2)" (not "82(53)")
        or (before.endswith(("+", "-", "−")) and _ZONE_BEFORE.search(before) is not None)  # "GMT+7"
        or (whole_number and sentence.startswith("0", atom.start)
            and patterns.LEADING_ZERO.match(sentence, atom.start))
        or (gates.glued_letters_after(right) and not unit_follows(right)
            and not temperature_after(sentence, right, decimal="." in sentence[atom.start:atom.end])))


# A number written as counts are: up to four digits, or in groups ("1,204"; not a register's
# "(1104473)").
_COUNT_LIKE: Final = compile_regex(r"\d{1,4}|\d{1,3}(?:,\d{3})+")
# One to three capitalised words and the bracket: the name a bracketed number follows.
_NAME_BRACKET_BEFORE: Final = compile_regex(r"(?:\p{Lu}[\p{L}'’\-]*\s+){0,2}\p{Lu}[\p{L}'’\-]*\s*\(\s*$")


def place_before_bracket(before: str) -> str | None:
    """The known place (the lexicon's gazetteer) right before the bracket a number opens
    ("Kharkiv (87)", "North Darfur (12)"), which makes the number a count for that place and
    not a mark; else None."""
    m = _NAME_BRACKET_BEFORE.search(before, max(0, len(before) - 48))
    if m is None:
        return None
    words = m.group().rstrip("( \t\n").split()
    names = (" ".join(words[i:]) for i in range(len(words)))  # the longest name first
    return next((name for name in names if name in regions.GAZETTEER), None)


def is_identifier(atom: Candidate, sentence: str) -> bool:
    """COVID-19, F-16, 1990s, 5G, Game 6, S&P 500, category 4: numbers that name."""
    before = sentence[max(0, atom.start - _CONTEXT):atom.start]
    if before.endswith("(") and sentence.startswith(")", atom.end) and (
            sentence[atom.start:atom.end].lower() in _SCALE_LABELS):
        return True  # "Monthly change in payrolls (thousands)": the unit of a chart, no count
    if atom.rule == COUNT_WORDS.id:
        return _word_identifier(atom, sentence, before)
    if atom.rule not in (COUNT_DIGITS.id, MONEY_SUFFIX.id):  # ("Route 12p": no pence)
        return False
    right = after(sentence, atom.end)
    if _marked_digits(atom, sentence, before, right):
        return True
    if ((gates.identifier_word_before(before) and not unit_follows(right)
         and not _number_verb(before))
            or gates.address_after(right)
            or (gates.ends_with(before, ("week",)) and WEEK_NUMBER_AFTER.match(right)
                and WEEK_NUMBER_BEFORE.search(before))):
        return True  # "Resolution 2254 calls for", "category 4 hurricane", "10 Downing Street", "week 21"
    if _index_base(before, right):
        return True  # "(2015 = 100)": the level an index is measured against, no figure
    if right.startswith(" block of ") and _BLOCK_OF_AFTER.match(right):
        return True  # "the 500 block of Main Street": an address
    name = gates.name_before(before)
    if name and (_is_function_word(name["name"]) or GAPPED_BEFORE.search(before)):
        name = None  # "About 1000 come", "In 2019": a sentence start; "won 42 and the AfD 41": a count
    # (not "an appeal for Honduras of 2.4 million": a scale counts)
    named = name or (atom.scale == 1.0 and gates.name_of_before(before))
    return bool(named) and not _counts_something(sentence, atom.end)


def _index_base(before: str, right: str) -> bool:
    """ "(2015 = 100)": a year, "=", the number, the bracket closed (tested by `str` first)."""
    return (before.rstrip().endswith("=") and right.lstrip()[:1] == ")"
            and INDEX_BASE_BEFORE.search(before) is not None)


# "number" as a verb, after its subject or an adverb: "The displaced now number 104,000",
# "they number about 300", "the refugees number 3,000" (not "flight number 370", "bus number 42").
NUMBER_VERB_BEFORE: Final = lazy_lists(r"\b (?P<w> \p{L}+ ) \s+ (?i: number ) \s+ $")
_NUMBER_VERB_SUBJECTS: Final = frozenset({
    "now", "still", "already", "currently", "together", "altogether", "combined", "they", "who", "which",
    "these", "those", "displaced", "dead", "injured", "wounded", "missing"})


def _number_verb(before: str) -> bool:
    """Whether "number" right before the figure is the verb ("the refugees number 3,000")."""
    m = NUMBER_VERB_BEFORE.search(before)
    return m is not None and (m["w"].lower() in _NUMBER_VERB_SUBJECTS or is_plural(m["w"].lower()))


