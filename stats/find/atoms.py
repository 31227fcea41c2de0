"""Numbers as written: read each `NUMBER_ATOM` match of a sentence into a `Candidate`.

`ATOM_RULES` is the table: one `Rule` per way of writing a number, naming the
`NUMBER_ATOM` group it reads and the reader. A reader returns None when the match is not a
number here ("a third party", "the second half"); masked spans (dates, phone numbers) are
dropped before any reader runs.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Final

import regex

from stats import lexicon
from stats.find import guard, metres, numbers, ordinals, patterns
from stats.find.atom_scan import _atom_matches, _starts
from stats.find.atom_scan import atom_matches as atom_matches  # (read by callers of this module)
from stats.find.atom_scan import number_atom_listed as number_atom_listed
from stats.find.masks import masked_spans
from stats.find.rule import Rule, Stage
from stats.lexicon.compiled import SERIAL, alternation, compile_regex
from stats.model import Candidate, Kind
from stats.text import patterns as text_patterns
from stats.text.sentences import after, one_spaced

Reader = Callable[[regex.Match[str], str], Candidate | None]


def _scale(suffix: str | None, scale: str | None) -> float | None:
    """The factor of a suffix ("bn") and a scale word ("million"); None if one is unknown."""
    factor = 1.0
    for word in (suffix, scale):
        if word:
            found = numbers.scale_of(word)
            if found is None:
                return None
            factor *= found
    return factor


def _signed(value: float | None, sign: str | None) -> float | None:
    return -value if value is not None and sign else value


def _scaled(value: float | None, scale: float | None) -> float | None:
    """value × scale, or None when either is missing or the product is not finite."""
    return None if value is None or scale is None else numbers.finite(value * scale)


_THOUSANDS: Final = compile_regex(r"\p{Nd}[,\u202f\u00a0 ]\p{Nd}{3}")  # "15,000", "350 000"


def read_money(match: regex.Match[str], sentence: str) -> Candidate | None:
    """ "$281 million", "US$606m", "€4.1 billion": a currency sign before the amount."""
    value = _signed(numbers.parse_digits(match["mnum"]), match["msign"])
    scale = _scale(match["msuffix"], match["mscale"])
    scaled = _scaled(value, scale)
    if scaled is None or scale is None:
        return None
    if match["gcur"]:  # "R15,000", "R48 million", "R2bn" are rand; "the R61", "R2" name a road or a grade
        glued = match["msuffix"] and match.start("msuffix") == match.end("mnum")
        if not (match["mscale"] or glued or _THOUSANDS.search(match["mnum"])):
            return None
        unit = lexicon.GLUED_CURRENCY_PREFIXES[match["gcur"]]
    else:
        written = text_patterns.WHITESPACE.sub("", match["cur"], 0, None, None, SERIAL)
        if written.startswith("S/") and not sentence[match.end("cur"):match.end("cur") + 1].isspace():
            return None  # "S/2023/456": a UN document's symbol; the sol is written "S/ 22 million"
        if written in lexicon.CODE_PREFIXES and not _code_is_money(match, sentence, written):
            # "COP 28", "SOS 1,000 children": the number alone, for the filters to judge
            return Candidate(match.start("mnum"), match.end(), scaled, COUNT_DIGITS.id, scale=scale)
        unit = lexicon.CURRENCY_PREFIXES.get(written) or lexicon.CODE_PREFIXES[written]
    return Candidate(*match.span(), scaled, MONEY_PREFIX.id, Kind.MONEY, unit, scale=scale)


def _code_is_money(match: regex.Match[str], sentence: str, code: str) -> bool:
    """Whether a currency code before an amount names its currency: not inside a run of
    capitals ("WORLD CUP 25,000"); a code that is also a word or a name ("COP 28", "AMD 7800",
    "SOS 1,000 children") only before a scale ("PEN 2 million")."""
    if _CAPITALS_BEFORE.search(sentence, max(0, match.start() - 3), match.start()):
        return False
    if code in lexicon.WORD_CODES:
        return bool(match["mscale"] or match["msuffix"])
    return True


_CAPITALS_BEFORE: Final = compile_regex(r"\p{Lu}\s+$")


def read_vague(match: regex.Match[str], sentence: str) -> Candidate | None:
    """ "dozens", "hundreds", "tens of thousands": the smallest value the plural implies."""
    value = lexicon.VAGUE[one_spaced(match.group().lower())]
    return Candidate(*match.span(), value, COUNT_VAGUE.id, vague=True)


def read_a_duration(match: regex.Match[str], sentence: str) -> Candidate | None:
    """ "in a week", "less than an hour": "a" is one, after a word that makes it a length."""
    start = match.start()
    if not (patterns.A_DURATION_CUE_BEFORE.search(sentence[max(0, start - 20):start], None, None, SERIAL)
            or (patterns.A_DURATION_ELAPSED_AFTER.match(after(sentence, match.end(), 12), None, None, SERIAL)
                and not sentence[max(0, start - 5):start].lower().endswith("half "))):  # "half an hour"
        return _as_ordinal(match, sentence)  # "won a second consecutive majority": a running count
    unit, factor = lexicon.DURATION_UNITS[match.group().split()[-1].lower()]
    return Candidate(*match.span(), factor, DURATION_A_UNIT.id, Kind.DURATION, unit)


def read_fraction(match: regex.Match[str], sentence: str) -> Candidate | None:
    """ "two-thirds", "a quarter", "half" (and "half a million", a count)."""
    start, end = match.span()
    words = patterns.WORD_SPLIT.split(match.group().lower(), 0, SERIAL)
    following = after(sentence, end)
    if words[-1] == "half":
        scale = patterns.HALF_SCALE_AFTER.match(following, None, None, SERIAL)
        if scale:  # "half a million"
            value = 0.5 * (numbers.parse_words(scale["w"]) or 0)
            return Candidate(start, end + scale.end(), value, COUNT_HALF_SCALE.id)
        unit = _HALF_UNIT_AFTER.match(following) if len(words) == 1 else None
        if unit:  # "half a mile", "half an hour": the unit is read after "a", as after a number
            return Candidate(start, end + unit.end(), 0.5, COUNT_HALF_UNIT.id)
        if len(words) == 1 and patterns.PERIOD_HALF_BEFORE.search(sentence[max(0, start - 10):start]):
            return None  # "this half", "the second half" name a period
    # A fraction stands before "of", "the", a preposition, a range joint, or a clause end
    # ("a third of", "by almost a third in 2022"), not before a noun ("a third party").
    if not patterns.FRACTION_FOLLOWER.match(following, None, None, SERIAL):
        return _as_ordinal(match, sentence)  # "a third consecutive term": a running count
    fraction = numbers.parse_fraction(match.group())
    return None if fraction is None else Candidate(start, end, fraction, FRACTION_WORDS.id, Kind.FRACTION)


def read_digit_fraction(match: regex.Match[str], sentence: str) -> Candidate | None:
    """ "1/2", "3/4" (a date or a ratio such as "24/7" is not read here)."""
    fraction = numbers.parse_digit_fraction(match.group())
    return None if fraction is None else Candidate(*match.span(), fraction, FRACTION_DIGITS.id,
                                                   Kind.FRACTION)


def _as_ordinal(match: regex.Match[str], sentence: str) -> Candidate | None:
    """A fraction or time word that is also an ordinal, read as one: "fifth" of "a fifth
    consecutive season", "second" of "a second consecutive majority" (the article stays out of
    the span, as in "the ninth city")."""
    end = match.end()
    word = patterns.WORD_SPLIT.split(match.group(), 0, SERIAL)[-1]
    value = lexicon.ORDINALS.get(word.lower(), 0)
    start = end - len(word)
    if value < 2 or not ordinals.is_running(sentence, start, end):
        return None
    return Candidate(start, end, value, ORDINAL_RUNNING.id, Kind.ORDINAL)


def read_ordinal(match: regex.Match[str], sentence: str) -> Candidate | None:
    """A running-count ordinal ("the ninth city to fall"); rank ordinals are not figures."""
    start, end = match.span()
    word = match.group().lower()
    value = lexicon.ORDINALS.get(word) or numbers.parse_digits(word[:-2])
    if not value or value < 2:
        return None  # "first" means initial, not a count
    if ordinals.is_running(sentence, start, end):
        return Candidate(start, end, value, ORDINAL_RUNNING.id, Kind.ORDINAL)
    return None


def read_words(match: regex.Match[str], sentence: str) -> Candidate | None:
    """ "seven", "twenty-five", "two hundred and fifty", "a dozen"."""
    return _read_word(match.group().lower(), *match.span())


def _read_word(text: str, start: int, end: int) -> Candidate | None:
    """A number in words (`text`, lower case) at start:end, as `read_words` reads it."""
    value = numbers.parse_words(text)
    if value is None or text in lexicon.COUNT_NOUNS or text in lexicon.SCALES:
        return None  # a bare "dozen" or "million" ("parts per million") is no count
    return Candidate(start, end, value, COUNT_WORDS.id, scale=lexicon.SCALES.get(text.split()[-1], 1.0))


def _digits_value(match: regex.Match[str]) -> float | None:
    """The value of the digits with their sign and any "×10^n" exponent."""
    value = _signed(numbers.parse_digits(match["num"]), match["sign"])
    if value is not None and match["exp"]:
        try:
            value = numbers.finite(value * 10.0 ** int(match["exp"].replace("−", "-")))
        except OverflowError:
            value = None
    return value


def read_digits(match: regex.Match[str], sentence: str) -> Candidate | None:
    """ "703", "1.5bn", "1.5 million", "35m", "-1.3", "164p" (pence: money)."""
    start, end = match.span()
    value = _digits_value(match)
    if metres.glued_metres(match, sentence):
        return None if value is None else Candidate(start, end, value, COUNT_DIGITS.id, Kind.DISTANCE, "m")
    scale = _scale(match["suffix"], match["scale"])
    scaled = _scaled(value, scale)
    if scaled is None or scale is None:
        return None
    if match["csuffix"]:  # "164p": pence, as written (compose reads them in pounds for the guide)
        unit = lexicon.CURRENCY_SUFFIXES[match["csuffix"]]
        return Candidate(start, end, scaled, MONEY_SUFFIX.id, Kind.MONEY, unit)
    return Candidate(start, end, scaled, COUNT_DIGITS.id, scale=scale)


MONEY_PREFIX: Final = Rule(
    "money.prefix", Stage.ATOM, 'a currency sign before digits: "$281 million", "US$606m"',
    read_money, "money")
COUNT_VAGUE: Final = Rule("count.vague", Stage.ATOM, 'a vague plural: "dozens", "tens of thousands"',
                          read_vague, "vague")
DURATION_A_UNIT: Final = Rule("duration.a_unit", Stage.ATOM, '"a"/"an" before a time unit: "within a week"',
                              read_a_duration, "adur")
FRACTION_WORDS: Final = Rule(
    "fraction.words", Stage.ATOM, 'a fraction in words: "two-thirds", "a quarter of"',
    read_fraction, "frac")
COUNT_HALF_SCALE: Final = Rule("count.half_scale", Stage.ATOM, 'half a scale word: "half a million"',
                               read_fraction, "frac")
COUNT_HALF_UNIT: Final = Rule("count.half_unit", Stage.ATOM, 'half a unit: "half a mile", "half an hour"',
                              read_fraction, "frac")
COUNT_AND_A_HALF: Final = Rule(
    "count.and_a_half", Stage.ATOM, 'a half more: "two and a half years", "an hour and a '
    'half"')
FRACTION_DIGITS: Final = Rule("fraction.digits", Stage.ATOM, 'a fraction in digits: "3/4"',
                              read_digit_fraction, "dfrac")
ORDINAL_RUNNING: Final = Rule("ordinal.running", Stage.ATOM, 'a running count: "the ninth city to fall"',
                              read_ordinal, "ord")
COUNT_WORDS: Final = Rule("count.words", Stage.ATOM, 'a number in words: "seven", "two hundred and fifty"',
                          read_words, "words")
COUNT_DIGITS: Final = Rule("count.digits", Stage.ATOM, 'digits with any scale: "703", "1.5bn", "4 million"',
                           read_digits, "digits")
MONEY_SUFFIX: Final = Rule("money.suffix", Stage.ATOM, 'a currency suffix after digits: "164p"',
                           read_digits, "digits")

ATOM_RULES: Final = (
    MONEY_PREFIX, COUNT_VAGUE, DURATION_A_UNIT, FRACTION_WORDS, COUNT_HALF_SCALE, COUNT_HALF_UNIT,
    FRACTION_DIGITS, ORDINAL_RUNNING, COUNT_WORDS, COUNT_DIGITS, MONEY_SUFFIX)
EXTENDING_RULES: Final = (COUNT_AND_A_HALF,)  # (what an atom read by one of those takes in after it)
# "a" after "half" before a unit of length or time ("half a mile", "half an hour").
_HALF_UNIT_AFTER: Final = compile_regex(
    rf"\s+an?(?=\s+(?i:{alternation([*lexicon.DISTANCE_UNITS, *lexicon.DURATION_UNITS])})\b)")
# A half added to a whole number or a unit: "two and a half (years)", "an hour and a half".
_AND_A_HALF: Final = compile_regex(r"\s+and\s+a\s+half(?![-‐‑\p{L}])")  # (not "and a half-dozen others")
_READERS: Final[dict[str, Reader]] = {rule.group: rule.read for rule in ATOM_RULES if rule.read is not None}
_RULE_OF_GROUP: Final = {group: next(r.id for r in ATOM_RULES if r.group == group) for group in _READERS}


def _read(match: regex.Match[str], sentence: str) -> Candidate | None:
    """The match read by its group's reader; a reader that raises costs this number only."""
    group = match.lastgroup or "digits"
    try:
        return _READERS[group](match, sentence)
    except Exception as error:  # a bug in one reader must not cost the article (issue 13)
        guard.failed(_RULE_OF_GROUP.get(group, group), match.group(), error)
        return None


def find_atoms(sentence: str, rejected: list[tuple[int, int, str]] | None = None) -> list[Candidate]:
    """Every number-like phrase in the sentence that no mask covers, read into candidates
    (a plain run of digits read as a count without the pattern's match: `_read_plain`).

    `rejected`, when given, collects (start, end, rule id) for each number a mask covers.
    """
    masks: list[tuple[int, int, Rule]] | None = None  # computed once, only if a number is there
    atoms: list[Candidate] = []
    starts = _starts(sentence)
    for match in _atom_matches(sentence, starts, plain=True):
        if masks is None:
            masks = masked_spans(sentence, None if starts is None else starts[1])
        start, end = match if isinstance(match, tuple) else match.span()
        mask = next((rule for a, b, rule in masks if a < end and start < b), None) if masks else None
        if mask is not None:
            if rejected is not None:
                rejected.append((start, end, mask.id))
            continue
        atom = _read_plain(sentence, start, end) if isinstance(match, tuple) else _read(match, sentence)
        if atom is not None and sentence.startswith(" and", atom.end):
            atom = _and_a_half(atom, sentence)
        if atom is not None and not (atoms and atom.start < atoms[-1].end):
            atoms.append(atom)  # ("half a million" reads past its match: skip "a million")
    return atoms


def _read_plain(sentence: str, start: int, end: int) -> Candidate | None:
    """What `read_digits` reads from a plain run's match: the digits' value, a count; and
    what `read_words` reads from a number word alone (`plain_words`)."""
    if sentence[start] not in _ASCII_DIGITS:
        return _read_word(sentence[start:end].lower(), start, end)
    scaled = _scaled(numbers.parse_digits(sentence[start:end]), 1.0)
    return None if scaled is None else Candidate(start, end, scaled, COUNT_DIGITS.id, scale=1.0)


_ASCII_DIGITS: Final = frozenset("0123456789")


def _and_a_half(atom: Candidate, sentence: str) -> Candidate:
    """The atom with "and a half" after it added: "two and a half" is 2.5 (its unit read after
    the half, "years"), "an hour and a half" 1.5 hours; a scale after the half scales both
    ("two and a half million"). Not a vague count, a fraction or a scaled or decimal number."""
    whole = atom.kind is Kind.COUNT and atom.scale == 1.0 and float(atom.value).is_integer()
    if atom.vague or not (whole or atom.rule == DURATION_A_UNIT.id):
        return atom
    half = _AND_A_HALF.match(sentence, atom.end)
    if half is None:
        return atom
    value, end = atom.value * 1.5 if atom.kind is Kind.DURATION else atom.value + 0.5, half.end()
    scale = patterns.SCALE_AFTER.match(sentence[end:end + 20]) if atom.kind is Kind.COUNT else None
    factor = lexicon.SCALES[scale["scale"].lower()] if scale else 1.0
    unit_word = sentence[atom.start:atom.end].split()[-1] if atom.kind is Kind.DURATION else atom.unit_word
    return dataclasses.replace(atom, end=end + (scale.end() if scale else 0), value=value * factor,
                               scale=factor, unit_word=unit_word, notes=[*atom.notes, COUNT_AND_A_HALF.id])
