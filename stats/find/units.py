"""Read the unit after a number: percent, currency words, durations, distances, measures
(each written with the unit name of the guide's Units table).

`UNIT_RULES` is the table; its readers (`UNIT_READERS`) are tried in order on the text right
after the number, and the first that reads a unit wins. Whether a word can start a unit at all
is decided here, from the lexicon (`unit_words.txt`, the first words of the units quantulum3
knows, written out once); quantulum3 is asked only to name a unit after a number already
accepted (`quantities.measure_after`), so it is loaded only when an article has such a unit.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Final

from stats import lexicon
from stats.find import gates, numbers, patterns, quantities
from stats.find.exchange_rates import currency_code, exchange_rate
from stats.find.plain_digits import spaced_word
from stats.find.rule import Conventions, Rule, Stage
from stats.lexicon import measures
from stats.lexicon.pattern_cache import SERIAL, compile_regex, group_number
from stats.model import Candidate, Kind
from stats.text.sentences import after, one_spaced

# The unit patterns' groups the readers read, by number (`group_number`: a read by name costs
# `regex` an exception, and these are read for every number with a unit).
_DURATION_UNIT: Final = group_number(patterns.DURATION_AFTER, "unit")
_AGE_UNIT: Final = group_number(patterns.AGE_UNIT_AFTER, "unit")
_DISTANCE_UNIT: Final = group_number(patterns.DISTANCE_AFTER, "unit")
_MEASURE_UNIT: Final = group_number(patterns.MEASURE_UNIT_AFTER, "unit")
_MEASURE_WORD_UNIT: Final = group_number(patterns.MEASURE_WORD_AFTER, "unit")
_TEMPERATURE_UNIT: Final = group_number(patterns.TEMPERATURE_AFTER, "unit")


@cache
def unit_first_words() -> frozenset[str]:
    """The words a unit may start with (lower case), from `stats/lexicon/unit_words.txt`."""
    text = resources.files("stats.lexicon").joinpath("unit_words.txt").read_text(encoding="utf-8")
    return frozenset(line for line in text.splitlines() if line and not line.startswith("# "))


def unit_word_after(right: str) -> bool:
    """Whether the text after a number starts with a word that can begin a unit ("5 volts",
    "45g", "185-hp"), by the word list alone.

    >>> unit_word_after(" volts across it"), unit_word_after(" soldiers were killed")
    (True, False)
    """
    if (plain := spaced_word(right)) is not None:  # (" people said": the answer without the patterns)
        return not (len(plain) > 2 and plain[-1] == "s" and plain[:-1].isupper()) and (
            plain.lower() in unit_first_words())
    first = quantities.FIRST_WORD.match(right, None, None, SERIAL)
    if not first:
        return False
    letters, gap = first[quantities.FIRST_LETTERS], first[quantities.FIRST_GAP]
    if quantities.ACRONYM_PLURAL.fullmatch(letters, None, None, SERIAL):
        return False
    word = letters.lower()
    if not gap and len(letters) == 1 and letters.isupper():
        return False  # "5G"
    if word not in unit_first_words() and not (not gap and word in quantities.GLUED_ONLY):
        return False
    if gap.strip():  # "185-hp": the word after the hyphen
        return unit_word_after(" " + right[len(gap):])
    return True


def measure_after(right: str) -> tuple[str, int] | None:
    """The unit quantulum3 names at the start of `right`, and its length, if any."""
    return quantities.measure_after(right) if unit_word_after(right) else None


def _percent(c: Candidate, sentence: str, right: str, conventions: Conventions) -> bool:
    if match := patterns.PERCENT_AFTER.match(right, None, None, SERIAL):
        c.kind, c.unit, c.end = Kind.PERCENT, "percent", c.end + match.end()
        return True
    if conventions.basis_points and (match := patterns.BASIS_POINTS_AFTER.match(right, None, None, SERIAL)):
        # "cut rates by 50 basis points": a hundredth of a percentage point each
        c.kind, c.unit, c.end = Kind.PERCENT, "percent", c.end + match.end()
        c.value /= 100
        if c.value_high is not None:
            c.value_high /= 100
        return True
    return False


def _currency(c: Candidate, sentence: str, right: str, conventions: Conventions) -> bool:
    match = patterns.CURRENCY_AFTER.match(right, None, None, SERIAL) or (
        c.vague and patterns.VAGUE_MONEY_AFTER.match(right, None, None, SERIAL))
    if match and match["unit"] in _SUBUNIT_NAMES_CAPITALISED:
        return False  # "40 Pence supporters": a name, not pence
    if (match and match["unit"].lower() == "won" and c.scale == 1.0
            and not any(ch.isdigit() for ch in sentence[c.start:c.end])):
        return False  # "one won the popular vote", "two won seats": the verb (won are written in digits)
    if match:
        c.kind, c.end = Kind.MONEY, c.end + match.end()
        c.unit = currency_code(match["unit"])
        if conventions.subunits:  # "85 pence": GBP 0.85
            to_whole_units(c, lexicon.SUBUNITS.get(match["unit"].lower(), 1))
        return True
    return False


_SUBUNIT_NAMES_CAPITALISED: Final = frozenset(w.capitalize() for w in lexicon.SUBUNITS if len(w) > 1)


def to_whole_units(c: Candidate, parts: int) -> None:
    """An amount written in a currency's hundredths ("85 pence", "164p"), read in its whole
    units (GBP 0.85, GBP 1.64), the guide's unit being the currency's ISO code."""
    if parts > 1:
        c.value = numbers.in_whole_units(c.value, parts)
        c.value_high = None if c.value_high is None else numbers.in_whole_units(c.value_high, parts)


def _duration(c: Candidate, sentence: str, right: str, conventions: Conventions) -> bool:
    match, group = patterns.DURATION_AFTER.match(right, None, None, SERIAL), _DURATION_UNIT
    if match is None and conventions.ages:
        match, group = patterns.AGE_UNIT_AFTER.match(right), _AGE_UNIT
    if not match or c.vague:
        return False
    written = match[group]
    unit, factor = lexicon.DURATION_UNITS[written.lower()]
    c.kind, c.unit, c.unit_word = Kind.DURATION, unit, written
    c.value *= factor
    if c.value_high is not None:
        c.value_high *= factor
    c.end += match.end()
    return True


def _distance(c: Candidate, sentence: str, right: str, conventions: Conventions) -> bool:
    if (match := patterns.DISTANCE_AFTER.match(right, None, None, SERIAL)) and not c.vague:
        unit = one_spaced(match[_DISTANCE_UNIT].lower())
        c.kind, c.unit = Kind.DISTANCE, lexicon.DISTANCE_UNITS[unit]
        c.end += match.end()
        return True
    return False


def _measure_word(c: Candidate, sentence: str, right: str, conventions: Conventions) -> bool:
    if c.vague:
        return False
    if match := gates.measure_word_after(right):
        unit = one_spaced(match[_MEASURE_WORD_UNIT].lower())
        c.kind, c.unit = Kind.MEASURE, lexicon.MEASURE_WORDS[unit]
        c.end += match.end()
        return True
    if ("magnitude" in sentence[max(0, c.start - 12):c.start].casefold()
            and (match := patterns.MAGNITUDE_BEFORE.search(sentence, max(0, c.start - 12), c.start))):
        c.kind, c.unit, c.start = Kind.MEASURE, "magnitude", match.start()  # "magnitude 7.8"
        return True
    return False


def _measure(c: Candidate, sentence: str, right: str, conventions: Conventions) -> bool:
    if not c.vague and (match := patterns.MEASURE_UNIT_AFTER.match(right, None, None, SERIAL)):
        unit = one_spaced(match[_MEASURE_UNIT].lower())
        c.kind, c.unit = Kind.MEASURE, measures.MEASURE_UNITS[unit]
        c.end += match.end()
        return True
    return False


def temperature_after(sentence: str, right: str, negative: bool = False,
                      decimal: bool = False) -> tuple[str, int] | None:
    """The temperature unit at the start of `right` and its length: a named scale ("40
    degrees Celsius", "45°C"), or degrees or a bare C/F ("48C") in a sentence about
    temperature or below zero ("minus 5 degrees"; an angle is not), or a C/F glued to a
    number with decimals in any sentence ("Cordoba reached 45.3C": a flat or a code has
    none). Celsius unless the text says Fahrenheit.

    >>> temperature_after("Temperatures hit 48C.", "C."), temperature_after("Flat 4C", "C")
    (('celsius', 1), None)
    """
    if match := patterns.TEMPERATURE_AFTER.match(right, None, None, SERIAL):
        unit = one_spaced(match[_TEMPERATURE_UNIT].lower())
        return measures.TEMPERATURE_UNITS[unit], match.end()
    if (match := patterns.DEGREES_AFTER.match(right, None, None, SERIAL)) and (
            negative or (decimal and match["scale"] and right[:1] != " ")  # not "2.5 F" (farads)
            or patterns.TEMPERATURE_CUE.search(sentence, None, None, SERIAL)):
        return ("fahrenheit" if match["scale"] == "F" else "celsius"), match.end()
    return None


def _temperature(c: Candidate, sentence: str, right: str, conventions: Conventions) -> bool:
    decimal = "." in sentence[c.number_start:c.end]
    if not c.vague and (found := temperature_after(sentence, right, c.value < 0, decimal)):
        c.kind, c.unit = Kind.MEASURE, found[0]
        c.end += found[1]
        return True
    return False


def _named_measure(c: Candidate, sentence: str, right: str, conventions: Conventions) -> bool:
    if not c.vague and (measure := measure_after(right)):
        c.kind, c.unit = Kind.MEASURE, measures.QUANTULUM_NAMES.get(measure[0], measure[0])
        c.end += measure[1]
        c.notes.append(QUANTULUM3.id)
        return True
    return False


PERCENT: Final = Rule("unit.percent", Stage.UNIT, '"%" or a percent word: "85 percent", "6.5%"', _percent)
CURRENCY: Final = Rule("unit.currency", Stage.UNIT, 'a currency named after the amount: "5 billion euros"',
                       _currency)
DURATION: Final = Rule(
    "unit.duration", Stage.UNIT, 'a time unit: "48 hours", "a 20-year conflict"', _duration)
DISTANCE: Final = Rule(
    "unit.distance", Stage.UNIT, 'a length unit: "150 km", "forty miles", "30 ft"', _distance)
MEASURE_WORD: Final = Rule("unit.measure_word", Stage.UNIT,
    'an earthquake magnitude: "5.8-magnitude", "magnitude 7.8", "6.4 on the Richter scale"', _measure_word)
MEASURE: Final = Rule("unit.measure", Stage.UNIT,
    'a speed, weight, area or volume unit of the guide: "140 km/h", "20 tonnes", "2,000 hectares"', _measure)
TEMPERATURE: Final = Rule("unit.temperature", Stage.UNIT,
                          'a temperature: "40 degrees Celsius", "48C", "-5 degrees" said of the weather',
                          _temperature)
EXCHANGE_RATE: Final = Rule("unit.exchange_rate", Stage.UNIT,
                            'a price of a currency in another: "the lira weakened to 41.92 per dollar"',
                            exchange_rate)
QUANTULUM3: Final = Rule(
    "quantulum3", Stage.UNIT, 'another physical unit, named by quantulum3: "500 megawatts"', _named_measure)
CONVERSION: Final = Rule("conversion", Stage.UNIT,
                         'a conversion in brackets, not a second figure: "150 km (90 miles)"')
NOT_AN_AGE: Final = Rule("filter.age_unit", Stage.FILTER, 'an age written as a duration: "a 25-year-old"')

# The unit readers, in the order they are tried after a number.
UNIT_READERS: Final = (
    PERCENT, CURRENCY, DURATION, DISTANCE, MEASURE_WORD, MEASURE, TEMPERATURE, EXCHANGE_RATE, QUANTULUM3)
UNIT_RULES: Final = (*UNIT_READERS, CONVERSION, NOT_AN_AGE)
# What may read a unit after a word that starts none.
_WORD_READERS: Final = (MEASURE_WORD, EXCHANGE_RATE, QUANTULUM3)


def _first_letters(entry: str) -> str:
    """An entry's leading letters, lower-cased ("m3" -> "m", "u.s. dollars" -> "u")."""
    match = _LETTER_RUN.match(entry)
    return match.group().lower() if match else ""


_LETTER_RUN: Final = compile_regex(r"\p{L}*")
# The first letters of every unit the readers before quantulum3 can read, and the words
# they may read before one ("two more weeks", "millions of dollars"). A word after a number
# whose letters are none of these ("40 people") leaves those readers nothing to read.
_UNIT_FIRST_LETTERS: Final = frozenset(_first_letters(entry) for entries in (
    lexicon.PERCENT_WORDS, lexicon.CURRENCY_WORDS, lexicon.DURATION_UNITS, lexicon.DISTANCE_UNITS,
    lexicon.MEASURE_WORDS, measures.MEASURE_UNITS, measures.TEMPERATURE_UNITS,
    ["basis", "bps", "bp", "of", "more", "additional", "further", "extra", "c", "f"],
) for entry in entries) - {""}
# The readers each first letters may start a unit of, in their order: "km" skips the percent,
# currency and duration readers.
_FIRSTS_OF: Final = {PERCENT: [*lexicon.PERCENT_WORDS, "basis", "bps", "bp"],
                     CURRENCY: [*lexicon.CURRENCY_WORDS, "of"],
                     DURATION: [*lexicon.DURATION_UNITS, "more", "additional", "further", "extra",
                                "year", "years", "month", "months", "week", "weeks", "day", "days"],
                     DISTANCE: list(lexicon.DISTANCE_UNITS), MEASURE: list(measures.MEASURE_UNITS),
                     TEMPERATURE: [*measures.TEMPERATURE_UNITS, "c", "f", "degree", "degrees"]}
_LETTERS_OF: Final = {
    rule: {_first_letters(entry) for entry in entries} for rule, entries in _FIRSTS_OF.items()}
_BY_FIRST_LETTERS: Final = {letters: tuple(rule for rule in UNIT_READERS
                                           if rule not in _LETTERS_OF or letters in _LETTERS_OF[rule])
                            for letters in _UNIT_FIRST_LETTERS}
_WORD_AFTER: Final = compile_regex(r"(?:\s*|[-‐‑])(\p{L}*)")
# Characters that start no unit of the readers before quantulum3 (no entry starts with one,
# nor do their patterns' words: a test checks the entries).
_NO_UNIT_START: Final = frozenset(",.;:!?()[]\"'“”‘’0123456789")


def _readers(right: str) -> tuple[Rule, ...]:
    """The unit readers that can read something in `right`: all of them; or, when `right`
    starts with an ASCII word, those with a unit it can start ("km": not the percent, currency
    or duration readers), only the magnitude reader (it also looks before the number) and
    quantulum3's when it starts none ("40 people") or when `right` starts with punctuation, a
    digit or nothing ("40, said", "5."). Tests check they give what all give, on our texts
    and on generated ones."""
    if (plain := spaced_word(right)) is not None:  # (the same first word, without the pattern)
        return _BY_FIRST_LETTERS.get(plain.lower(), _WORD_READERS)
    word = _WORD_AFTER.match(right, None, None, SERIAL)
    if word is None:
        return UNIT_READERS
    if first := word.group(1):
        return _BY_FIRST_LETTERS.get(first.lower(), _WORD_READERS) if first.isascii() else UNIT_READERS
    # No word: a comma, a stop, a bracket or the sentence's end starts no unit of theirs either.
    following = right[word.end():word.end() + 1]
    return _WORD_READERS if not following or following in _NO_UNIT_START else UNIT_READERS


def attach_unit(c: Candidate, sentence: str, conventions: Conventions) -> bool:
    """Read a unit right after the number; False when the number is not a figure (an age)."""
    if c.kind in (Kind.MONEY, Kind.DURATION, Kind.FRACTION, Kind.ORDINAL) or c.unit:
        if c.kind in (Kind.MONEY, Kind.DISTANCE):
            absorb_conversion(c, sentence, conventions)
        return True
    right = after(sentence, c.end)
    if not conventions.ages and gates.age_after(right):
        c.trace.append(NOT_AN_AGE.id)
        return False
    for rule in _readers(right):  # the first that reads a unit wins
        if rule.read is not None and rule.read(c, sentence, right, conventions):
            c.trace.append(rule.id)
            break
    if c.kind in (Kind.DISTANCE, Kind.MEASURE, Kind.PERCENT, Kind.MONEY):
        absorb_conversion(c, sentence, conventions)
    return True


_NOT_CONVERTED: Final = compile_regex(r"(?i)%|\b(?:percent|per\s+cent|points?)\b")


def absorb_conversion(c: Candidate, sentence: str, conventions: Conventions) -> None:
    """Skip "(90 miles)" after "150 km", "- about 2.2 billion dollars -" after "12 billion reais": the
    conversion is not a second figure."""
    if conventions.conversions_separate:
        return
    right = after(sentence, c.end)
    opening = right.lstrip()[:1]
    match = patterns.CONVERSION_AFTER.match(right) if opening in ("(", "-", "–", "—") else None
    if match and opening != "(" and _NOT_CONVERTED.search(match.group()):
        match = None  # "$3 million - 60 percent - from donors": an aside of another kind
    if match:
        c.notes.append(CONVERSION.id)
        c.subject_from = max(c.subject_from, c.end + match.end())
