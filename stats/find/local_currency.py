"""A currency name several countries share, read as the money of the country the article is
about: "1.3 billion pesos" in a story about the Philippines are PHP, "Rs 500 million" in one
about Nepal NPR, "618 billion pounds" in one about Egypt EGP. The find stage reads a sentence
alone and gives such a name its most common country's code (pesos: MXN, rupees: INR, pounds:
GBP); this pass, once per article, changes it to the code of the country of that name the
article names most often, when that is another (the guide's unit is the currency the article uses).
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from typing import Final

from stats.lexicon.compiled import alternation
from stats.lexicon.currencies import (
    CENTS_CURRENCIES,
    CENTS_DEFAULT,
    SHARED_CURRENCY_FORMS,
    SHARED_CURRENCY_NAMES,
)
from stats.lexicon.pattern_cache import SERIAL, compile_regex
from stats.model import Figure, Kind

# The shared name as a word of the span, with no capitalised word before it in the span (not
# "Mexican pesos", whose code the finder has read already).
_NAME: Final = compile_regex(rf"(?i:(?<!\p{{L}})({alternation(SHARED_CURRENCY_FORMS)})(?!\p{{L}}))")
# Each shared name's default code: its first country's, which the find stage gives it.
_DEFAULT_CODES: Final = {
    family: next(iter(codes.values())) for family, codes in SHARED_CURRENCY_NAMES.items()}
_QUALIFIED: Final = compile_regex(r"\b\p{Lu}\p{Ll}+\s+$")
_CENTS: Final = compile_regex(r"(?i:(?<!\p{L})(?<!US\s)cents?(?!\p{L}))")  # ("US cents" are the dollar's)


def local_currencies(text: str, figures: list[Figure]) -> list[Figure]:
    """`figures` with each amount in a shared currency name written in the currency of the
    country of that name the article names most often, and each amount in cents in the
    currency of the article's other amounts ("up by 16 cents" among rand amounts: ZAR)."""
    if not any(f.kind is Kind.MONEY for f in figures):
        return figures
    codes: dict[str, str | None] = {}
    out = []
    money: dict[int, list[Figure]] = {}  # each sentence's amounts, by its start
    for f in figures:
        if f.kind is Kind.MONEY:
            money.setdefault(f.sentence_start, []).append(f)
    cents = _cents_code([f for amounts in money.values() for f in amounts])
    for f in figures:
        if f.kind is Kind.MONEY and f.unit == CENTS_DEFAULT and _CENTS.search(f.span):
            code = _cents_code(money[f.sentence_start]) or cents
            if code is not None:  # (the sentence's own currency first: "rose 50 cents to $85.20")
                f = dataclasses.replace(f, unit=code)
        family = _family(f)
        if family is not None:
            if family not in codes:
                codes[family] = _local_code(text, family)
            code = codes[family]
            if code is not None and code != f.unit:
                f = dataclasses.replace(f, unit=code)
        out.append(f)
    return out


def _cents_code(figures: list[Figure]) -> str | None:
    """The currency most of these amounts (money figures) not in cents are in, when it has cents (None: no
    such currency, or two as common)."""
    counts = Counter(f.unit for f in figures if f.unit and not _CENTS.search(f.span, None, None, SERIAL))
    if not counts:
        return None
    (code, n), *rest = counts.most_common(2)
    return None if code not in CENTS_CURRENCIES or (rest and rest[0][1] == n) else code


def _family(f: Figure) -> str | None:
    """The shared name the amount is written in, if its code is that name's default."""
    if f.kind is not Kind.MONEY:
        return None
    m = _NAME.search(f.span, None, None, SERIAL)
    if m is None or _QUALIFIED.search(f.span, 0, m.start()):
        return None
    family = SHARED_CURRENCY_FORMS[m.group(1).lower()]
    return family if f.unit == _DEFAULT_CODES[family] else None


def _local_code(text: str, family: str) -> str | None:
    """The code of the country of `family` the text names most often, when that is not the
    default's and no other is named as often ("pounds" in a story that names Egypt five times
    and Britain once: EGP)."""
    counts: dict[str, int] = {}
    for country, code in SHARED_CURRENCY_NAMES[family].items():
        counts[code] = counts.get(code, 0) + _mentions(text, country)
    default = _DEFAULT_CODES[family]
    best = max(counts.values())
    leaders = [code for code, n in counts.items() if n == best]
    if best == 0 or len(leaders) > 1 or leaders[0] == default:
        return None
    return leaders[0]


# Words that make a country's name part of another's: "South Sudan", "New Mexico", "New South Wales".
_LONGER_NAME_STARTS: Final = ("South ", "North ", "New ", "West ", "East ")


def _mentions(text: str, country: str) -> int:
    """How often the text names the country as a word of its own ("Egypt", "Egypt's"), not
    inside a longer name ("Sudan" in "South Sudan")."""
    n, at = 0, text.find(country)
    while at >= 0:
        end = at + len(country)
        if ((at == 0 or not text[at - 1].isalpha()) and (end == len(text) or not text[end].isalpha())
                and not text[max(0, at - 6):at].endswith(_LONGER_NAME_STARTS)):
            n += 1
        at = text.find(country, end)
    return n
