"""Pure parsers from number text to a value: digits, number words, scales and fractions.

Each returns None for text it cannot read, never raises on odd input, and never returns a
value that is not finite.

>>> parse_digits("1,500")
1500.0
>>> parse_digits("1,00,000")
100000.0
>>> parse_words("two hundred and fifty")
250.0
>>> parse_words("twenty-five")
25.0
>>> parse_fraction("two-thirds")
0.6667
>>> scale_of("bn")
1000000000.0
"""

from __future__ import annotations

import math
import unicodedata
from typing import Final

import regex

from stats import lexicon
from stats.find import patterns
from stats.lexicon.pattern_cache import SERIAL

_SEPARATORS: Final = {",", "\u00a0", "\u202f", "\u2009", " ", "'", "_", "\u066c"}
_DECIMAL_POINTS: Final = {".", "\u066b", "·"}


def finite(value: float | None) -> float | None:
    """The value when it is a finite float, else None (guards against "10^400").

    Values are cut to 15 significant digits, so scaling leaves no binary noise:
    >>> finite(4.1 * 1e9)
    4100000000.0
    """
    if value is None:
        return None
    try:
        value = float(value)
    except (OverflowError, ValueError):
        return None
    if value.is_integer() and -_WHOLE_EXACT < value < _WHOLE_EXACT:
        return value  # a whole number of at most 15 digits: the cut leaves it as it is
    return float(f"{value:.15g}") if math.isfinite(value) else None


_WHOLE_EXACT: Final = 1e15  # every whole number below it has at most 15 significant digits


def round_value(value: float) -> float:
    """Fractions are written to 4 decimals (the guide's convention); other values as they are."""
    return round(value, 4) if abs(value) < 1 else value


def in_whole_units(value: float, parts: int) -> float:
    """An amount of a currency's hundredths in its whole units, without the float noise of a
    bare division (187 pence -> 1.87 pounds, not 1.8699999999999999).

    >>> in_whole_units(187, 100), in_whole_units(4.2, 100)
    (1.87, 0.042)
    """
    return float(f"{value / parts:.12g}")


def parse_digits(text: str) -> float | None:
    """Read digits with thousands separators and a decimal point, in any Unicode script.

    A comma or a single space followed by exactly three digits groups thousands (also the
    Indian "1,00,000"); a point is decimal.
    """
    if text.isascii():  # (the loop below, in C: ASCII digits, separators, a point, signs)
        ascii_text = text.strip()
        if ascii_text.translate(_ASCII_NUMBER_CHARS):
            return None  # another character
        return _read_number(ascii_text.translate(_ASCII_SEPARATORS))
    return _parse_any(text)


def _parse_any(text: str) -> float | None:
    """`parse_digits` character by character, for digits of any script."""
    out: list[str] = []
    for ch in text.strip():
        if ch in _SEPARATORS:
            continue
        if ch in _DECIMAL_POINTS:
            out.append(".")
            continue
        digit = unicodedata.digit(ch, None)
        if digit is None:
            if ch in "+-−":
                out.append("-" if ch in "-−" else "")
                continue
            return None
        out.append(str(digit))
    return _read_number("".join(out))


# Every ASCII character the loop of `parse_digits` reads (deleted: what is left is another),
# and the ones it drops (separators and a plus sign).
_ASCII_NUMBER_CHARS: Final = str.maketrans("", "", "0123456789,'_ .+-")
_ASCII_SEPARATORS: Final = str.maketrans("", "", ",'_ +")


def _read_number(number: str) -> float | None:
    """The value of digits with at most one point and any minus signs, as `float` reads it."""
    if not number or number in {".", "-"} or number.count(".") > 1:
        return None
    try:
        return finite(float(number))
    except ValueError:
        return None


def scale_of(word: str) -> float | None:
    """The multiplier of a scale word or suffix ("million", "bn", "k"), or of scale words
    written together ("hundred million", "lakh crore"), else None.

    >>> scale_of("lakh crore")
    1000000000000.0
    """
    factor = 1.0
    for part in word.lower().split():
        key = part.rstrip(".")
        found = lexicon.SCALES.get(key, lexicon.SCALE_SUFFIXES.get(key))
        if found is None:
            return None
        factor *= found
    return factor if word.strip() else None


def parse_words(text: str) -> float | None:
    """Read spelled-out numbers: "seven", "twenty-five", "two hundred and fifty thousand".

    Also "a dozen" (12), "a hundred" (100) and "one million". Returns None when any word is
    not part of a number.
    """
    words = [w for w in patterns.WORD_SPLIT.split(text.lower().strip(), 0, SERIAL) if w and w != "and"]
    if not words:
        return None
    total, current, seen = 0.0, 0.0, False
    for i, word in enumerate(words):
        if word in {"a", "an"} and i == 0:
            current, seen = 1.0, True
            continue
        if word in lexicon.ONES:
            current += lexicon.ONES[word]
        elif word in lexicon.TENS:
            current += lexicon.TENS[word]
        elif word in lexicon.COUNT_NOUNS:
            current = (current or 1.0) * lexicon.COUNT_NOUNS[word]
        elif word in lexicon.SCALES:
            scale = lexicon.SCALES[word]
            if scale == 100:
                current = (current or 1.0) * scale
            else:
                total += (current or 1.0) * scale
                current = 0.0
        else:
            return None
        seen = True
    return finite(total + current) if seen else None


def parse_fraction(text: str) -> float | None:
    """Read "a quarter", "two-thirds", "one-half", "three quarters", "half" (to 4 decimals)."""
    words = [w for w in patterns.WORD_SPLIT.split(text.lower().strip(), 0, SERIAL) if w]
    if not words or words[-1] not in lexicon.FRACTIONS:
        return None
    denominator = lexicon.FRACTIONS[words[-1]]
    head = words[:-1]
    if not head or head in (["a"], ["an"], ["one"]):
        numerator = 1.0
    else:
        parsed = parse_words(" ".join(head))
        if parsed is None:
            return None
        numerator = parsed
    return round(numerator * denominator, 4)


def parse_digit_fraction(text: str) -> float | None:
    """ "1/2" -> 0.5, "3/4" -> 0.75; None unless it is a common fraction (not "9/11", "24/7").

    >>> parse_digit_fraction("1/16"), parse_digit_fraction("9/11")
    (0.0625, None)
    """
    parts = regex.split(r"[/⁄]", text)
    if len(parts) != 2:
        return None
    top, bottom = parse_digits(parts[0]), parse_digits(parts[1])
    if top is None or not bottom or bottom not in _DENOMINATORS or not 0 < top < bottom:
        return None
    return round(top / bottom, 7)


_DENOMINATORS: Final = {2, 3, 4, 5, 8, 10, 16, 32, 64, 100, 128}
