"""Currencies named in words: the ISO code of a currency name as written, and a price of one
currency in another ("The lira weakened to 41.92 per dollar"), which is money in the
currency named before it. The unit stage reads them (`units.EXCHANGE_RATE`), and the
subject of an amount names the currency priced (`describe.subject_money`).
"""

from __future__ import annotations

from typing import Final

import regex

from stats import lexicon
from stats.find.rule import Conventions
from stats.lexicon.compiled import compile_lists, lowered
from stats.lexicon.pattern_cache import compile_regex
from stats.model import Candidate, Kind
from stats.text.sentences import one_spaced

_PER_CURRENCY: Final = compile_regex(
    r"\s+(?:per|to\s+the|against\s+the|a)\s+(?:US\s+|U\.S\.\s+)?(?P<per>dollar|euro|pound|yen|yuan|greenback)\b",
    regex.IGNORECASE)
_CURRENCY_NAMED: Final = compile_lists(
    r"\b (?P<unit>(?i:\L<curword>)) \b", curword=lowered(lexicon.CURRENCY_WORDS))
_RATE_REACH: Final = 60  # characters before the rate where the currency priced is named


def currency_code(written: str) -> str:
    """The ISO code of a currency name as written ("Swiss  francs" -> CHF)."""
    return lexicon.CURRENCY_WORDS[one_spaced(written.lower())]


def exchange_rate(c: Candidate, sentence: str, right: str, conventions: Conventions) -> bool:
    """A price of a currency in another: "The lira weakened to 41.92 per dollar", "the forint
    recovered to 418.40 per euro": money, in the currency named before it."""
    if c.kind is not Kind.COUNT or not right.startswith((" per ", " to the ", " against the ", " a ")):
        return False
    quoted = _PER_CURRENCY.match(right)
    if quoted is None:
        return False
    named = priced_currency(sentence, c.start)
    if named is None:
        return False
    code = currency_code(named)
    if code == lexicon.CURRENCY_WORDS.get(quoted["per"].lower()):
        return False  # "dollar ... per dollar": no price of one currency in another
    c.kind, c.unit = Kind.MONEY, code
    return True


def priced_currency(sentence: str, start: int) -> str | None:
    """The currency an exchange rate at `start` prices, named just before it ("The lira
    weakened to 41.92 per dollar": lira), as written."""
    named = list(_CURRENCY_NAMED.finditer(sentence, max(0, start - _RATE_REACH), start))
    return named[-1]["unit"] if named else None
