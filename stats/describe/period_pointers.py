"""Period phrases that stand for a time named before them: "in the same period", "at that
time" always do; "in the quarter", "over the year" do when a time named a few sentences before
names one quarter or year ("in the first quarter of 2027 ... in the quarter"), and else are
the report's own quarter or year."""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from typing import Final

import regex

from stats.describe.contexts import Context
from stats.lexicon.pattern_cache import SERIAL, compile_regex

# "in the same period", "at the time": a phrase that points back to a time named before (not
# "in the quarter", "over the week", "over the year": a report's own quarter, week or year).
POINTER: Final = compile_regex(
    r"^(?:in|during|over|at|by)\s+(?:(?:the\s+same|that)\s+(?:period|time|quarter|month|year|week)"
    r"|(?:this|the)\s+(?:period|time))(?:\s+of\s+the\s+[\w\-]+)?$",
    regex.IGNORECASE,
)
# "in the quarter", "over the year": a report's own quarter or year, or one named just before
# ("in the first quarter of 2027 ... in the quarter").
_OWN_UNIT: Final = compile_regex(
    r"^(?:in|over|during|for)\s+the\s+(week|month|quarter|year)$", regex.IGNORECASE)
# A period that names one quarter, year, month or week as the time of a figure: "in the first
# quarter of 2027", "in the year to March 2024", "in the week to Nov. 13" (not "from the second
# quarter", a comparison's base, nor "the first year of the programme" for "over the year").
_ORDINAL_QUARTER: Final = r"(?:first|second|third|fourth|final)\s+quarter\b|"
_NAMED_ONE: Final = {unit: compile_regex(
    r"^(?:in|during|for|over)\s+the\s+(?:" + (_ORDINAL_QUARTER if unit == "quarter" else "")
    + rf"(?:(?:financial|fiscal)\s+)?{unit}\s+(?:to|ending|ended)\b)", regex.IGNORECASE)
    for unit in ("week", "month", "quarter", "year")}
_LOOK_BACK: Final = 4  # sentences back where the quarter or year "in the quarter" stands for may be named


def points_back(text: str) -> bool:
    """Whether a period phrase may stand for a time named before it (see `pointed_to`)."""
    return bool(POINTER.match(text, None, None, SERIAL) or _OWN_UNIT.match(text, None, None, SERIAL))


def pointed_to(text: str, neighbours: Iterable[Context], before: Iterable[Context]) -> str | None:
    """What a phrase of `points_back` stands for: the nearest period named in the sentences
    around it (`neighbours`, in the order to look), or None ("in the same period"); for "in the
    quarter" or "over the year", the nearest period that names one ("in the first quarter of
    2027", "in the year to March") in the few sentences before it (`before`, nearest first),
    else the phrase itself."""
    own = _OWN_UNIT.match(text)
    if own:
        named = _NAMED_ONE[own.group(1).lower()]
        near = itertools.islice(before, _LOOK_BACK)
        return next((m.text for o in near for m in reversed(o.periods) if named.match(m.text)), text)
    earlier = (m.text for o in neighbours for m in reversed(o.periods) if not points_back(m.text))
    return next(earlier, None)
