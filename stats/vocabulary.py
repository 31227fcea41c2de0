"""The words the records are made of: a figure's kind, qualifier and category, and how a
reader says them.

The output files write these values as they are; the dashboard reads them from here (with
the records of `stats.model`) to name its filters and group its charts.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Final


class Kind(StrEnum):
    """What sort of number a figure is."""

    COUNT = "count"
    MONEY = "money"
    PERCENT = "percent"
    FRACTION = "fraction"
    ORDINAL = "ordinal"
    DISTANCE = "distance"
    DURATION = "duration"
    # A physical measure other than a length, time, money or share (tonnes, km/h, celsius).
    MEASURE = "measure"


class Qualifier(StrEnum):
    """How the stated number relates to the true one ("at least 703" -> AT_LEAST)."""

    EXACT = "exact"
    AT_LEAST = "at_least"
    MORE_THAN = "more_than"
    AT_MOST = "at_most"
    LESS_THAN = "less_than"
    ABOUT = "about"
    NEARLY = "nearly"
    UP_TO = "up_to"
    RANGE = "range"


# Each qualifier as a reader says it, for anything a person reads (the output files keep the
# codes): the phrase the lexicon reads for it ("at least 703"), "exactly" for a number stated
# bare, "between" for a range ("between 1/3 and 1/2").
QUALIFIER_WORDS: Final[dict[Qualifier, str]] = {
    Qualifier.EXACT: "exactly", Qualifier.AT_LEAST: "at least", Qualifier.MORE_THAN: "more than",
    Qualifier.AT_MOST: "at most", Qualifier.LESS_THAN: "less than", Qualifier.ABOUT: "about",
    Qualifier.NEARLY: "nearly", Qualifier.UP_TO: "up to", Qualifier.RANGE: "between",
}


class Category(StrEnum):
    """What the figure is about, for filtering and charts."""

    KILLED = "killed"
    INJURED = "injured"
    CASUALTIES = "casualties"  # killed and injured counted together
    MISSING = "missing"
    DISPLACED = "displaced"
    AFFECTED = "affected"  # affected by a disaster, in need of aid, targeted by an appeal
    PRISONERS = "prisoners"
    SURRENDERED = "surrendered"
    FORCES = "forces"
    ATTACKS = "attacks"
    TERRITORY = "territory"
    MONEY = "money"
    POPULATION = "population"
    DISTANCE = "distance"
    DURATION = "duration"
    OTHER = "other"


# The categories that count what happened to people, in the order readers look for them.
CASUALTY_CATEGORIES: Final = (Category.KILLED, Category.INJURED, Category.CASUALTIES, Category.MISSING,
                              Category.DISPLACED, Category.PRISONERS, Category.SURRENDERED)


_CATEGORIES: Final = {c.value: c for c in Category}
_QUALIFIERS: Final = {q.value: q for q in Qualifier}


def as_category(value: str) -> Category:
    """`Category(value)` as a dictionary read (the rules convert their table's words on every
    figure; an enum's call goes through its metaclass); an unknown value raises as it does.

    >>> as_category("killed") is Category.KILLED
    True
    >>> as_category("slain")
    Traceback (most recent call last):
    ValueError: 'slain' is not a valid Category
    """
    return _CATEGORIES.get(value) or Category(value)


def as_qualifier(value: str) -> Qualifier:
    """`Qualifier(value)` as a dictionary read (see `as_category`)."""
    return _QUALIFIERS.get(value) or Qualifier(value)
