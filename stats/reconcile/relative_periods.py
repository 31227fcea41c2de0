"""Relative periods made absolute by the report's date: "last month" in a report published
on 12 November 2026 is October 2026, "last year" 2025.

A statistics release is told as "inflation was 27.4 percent in October" by one outlet and
"27.4 percent last month" by another; the claim matcher keeps bounded periods apart
("october" and "month" would be two periods), so the relative one is named as the month or
year it stands for when the report's date is known. "Over the past month" is a span of
days, not a calendar month, and stays as it is.
"""

from __future__ import annotations

import dataclasses

from stats.lexicon.pattern_cache import compile_regex
from stats.model import Figure
from stats.reconcile.claim_keys import MONTH_NAMES, Keys

_LAST = compile_regex(r"(?i)^\s*(?:in\s+|during\s+)?last\s+(?P<unit>month|year)\s*$")


def dated_keys(f: Figure, k: Keys, published: str) -> Keys:
    """`k` with its period named absolutely when the figure's period is "last month" or
    "last year" and `published` (ISO) dates the report; else `k` itself."""
    found = _LAST.match(f.period or "")
    iso = len(published) >= 7 and published[4] == "-" and published[:4].isdigit() and published[5:7].isdigit()
    if found is None or not iso or k.period not in ("month", "year"):
        return k  # (a compared period has no key: "higher than last month" dates no figure)
    year, month = int(published[:4]), int(published[5:7])
    if found["unit"].lower() == "year":
        return dataclasses.replace(k, period=str(year - 1))
    if not 1 <= month <= 12:
        return k
    before = month - 1 or 12
    return dataclasses.replace(k, period=f"{MONTH_NAMES[before - 1]} {year - (month == 1)}")
