"""The subject of an amount of money: what it is the value of, or what it pays for.

After the amount through a preposition ("$1 trillion in America's longest war", "£4.2
million a day on hotels", "500,000 naira to the family of each victim"), the noun it is
"of" ("compensation of Rs 10 lakh", "a draft budget of EGP 4.6 trillion"), the whole of
"of which", or the phrase before it ("Tourism revenue reached a record $15.7 billion").
"""

from __future__ import annotations

from typing import Final

import regex

from stats.describe import patterns
from stats.describe.subject_links import (
    measured_before,
    not_time,
    noun_of,
    past_adjectives,
    relative_antecedent,
)
from stats.describe.words import apposition, phrase_after, phrase_before
from stats.find import units
from stats.find.exchange_rates import priced_currency
from stats.lexicon import CHANGE_VERBS
from stats.lexicon.pattern_cache import SERIAL, compile_regex
from stats.lexicon.subjects import LEVEL_HEADS
from stats.model import Candidate
from stats.text.sentences import after, before

__all__ = ["money_subject"]


def money_subject(sentence: str, c: Candidate, previous: str) -> str:
    """What the amount is the value of, or pays for (`previous`: the subject of the figure
    before it in the sentence, for a baseline or a part "of which")."""
    if own := noun_of(sentence, c.start):
        return own  # "compensation of Rs 10 lakh for the family of each dead worker": compensation
    at = c.subject_from
    exchange = units.EXCHANGE_RATE.id in c.trace  # "430 per euro": the rate is the figure's
    while not exchange and (rate := _RATE_AFTER.match(sentence, at, None, SERIAL)
                                    or patterns.TIME_AFTER.match(sentence, at, None, SERIAL)):
        at = rate.end()  # "£4.2 million a day on hotels", "R$28 billion this year": a rate or a time
    if _AGO_AFTER.match(sentence, at, None, SERIAL):
        at = len(sentence)  # "up from $4 billion a year earlier": a time, and no noun after it
    right = after(sentence, at)
    paid = patterns.MONEY_PREPOSITION_AFTER.match(right, None, None, SERIAL)
    prep = paid or (not exchange and _RECIPIENT_AFTER.match(right))
    if prep:
        found = not_time(phrase_after(sentence, at + prep.end(), counted=False, skip_of=False))
        if found and not (prep.group().strip() in ("in", "on") and found.split()[-1][:1].isupper()) \
                and (paid or not _level_reached(sentence, c.start, found)):
            return found  # not "costs MK 85,000 in Lilongwe": a place
    found = not_time(phrase_after(sentence, at, counted=False, skip_of=False))
    if not found and exchange:
        return priced_currency(sentence, c.start) or ""  # "the lira weakened to 41.92 per dollar"
    if not found and (same := measured_before(sentence, c.start, previous)):
        return same  # "Revenue fell 11% to $38.6bn": revenue
    if not found and previous and _OF_WHICH_BEFORE.search(before(sentence, c.start, 40)):
        return previous  # "The campaign will cost US$8.4 million, of which US$5.1 million ...": campaign
    if not found and (antecedent := relative_antecedent(sentence, c.start)):
        return antecedent  # "The 2026 Joint Response Plan, which seeks US$934 million"
    start = past_adjectives(sentence, c.start)
    if not found and (cost := _COST_TO_BEFORE.search(before(sentence, start, 60))):
        start -= len(before(sentence, start, 60)) - cost.start()  # "the stoppage is costing the economy"
    return found or apposition(sentence, start) or not_time(phrase_before(sentence, start))


def _level_reached(sentence: str, start: int, found: str) -> bool:
    """Whether "to" after an amount names the level a change reached, not whom it is paid
    to: "Oil rose $2 to the highest level since 2014", "Exports fell $3 billion to a record low"."""
    words = found.lower().split()
    lead = before(sentence, start, 20).split()
    return (words[-1] in LEVEL_HEADS or any(w.endswith("est") and len(w) > 4 for w in words[:2])
            or (bool(lead) and lead[-1].lower() in CHANGE_VERBS))


# "cost(s) the economy", "costing producers", "cost taxpayers": whom an amount costs, after
# which the phrase before the verb is what costs it.
_COST_TO_BEFORE: Final = compile_regex(
    r"\b(?:cost|costs|costing)\s+(?:(?:the|its|their)\s+)?\p{Ll}+\s+$", regex.I)


# A rate right after an amount, before what it pays for: "a month", "an ounce", "per person", "each".
_RATE_AFTER: Final = compile_regex(
    r"\s+(?:a|an|per|each|every)\s+(?!(?:of|in|for|to|on|and|or|the)\b)\p{L}+\b"
    r"|\s+(?:each|apiece)\b", regex.I)
_AGO_AFTER: Final = compile_regex(r"\s+(?:earlier|ago|before|later)\b", regex.I)
# Whom an amount is paid to: "to the family of each victim", "to each trader", "to accounts in
# Gibraltar" (a noun phrase after "to", not a verb: "to keep its programme running").
_RECIPIENT_AFTER: Final = compile_regex(r"\s+to\s+(?:(?:each|every)\s+(?:of\s+)?(?=\p{Ll})"
                                        r"|(?-i:(?=(?:the|a|an|its|their|his|her|our)\s+\D|\p{Ll}+s\b(?!\s+\p{Nd}))))",
                                        regex.I)
_OF_WHICH_BEFORE: Final = compile_regex(r",\s*of\s+which\s+(?:\p{L}+\s+){0,2}$", regex.I)

