"""The record every rule of the find stage is: an id, what it matches, and what reads it.

Each stage module keeps its rules in a table of `Rule`s (`atoms.ATOM_RULES`,
`units.UNIT_RULES`, `compose.SHAPE_RULES`, `filters.FILTER_RULES`, `masks.MASK_RULES`);
`rules.RULES` gathers them. The ids are what the `rule` column and the rule cases
(`tests/data/rule_cases.jsonl`) name, so a wrong row can be traced to one table entry.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Final


class Stage(StrEnum):
    """Where in the find stage a rule acts."""

    ATOM = "atom"  # reads a number as written into a value
    MASK = "mask"  # a span that is never a figure (a date, a phone number)
    FILTER = "filter"  # a number that is not a figure here (a year, an identifier, an age)
    UNIT = "unit"  # reads the unit after a number
    SHAPE = "shape"  # joins numbers or words into one figure (a range, a whole, a qualifier)
    # The describe stage's tables use the same record (`stats.describe.rules`).
    IMPLIED = "implied"  # a person noun phrase that is itself a casualty ("a policeman was killed")
    CATEGORY = "category"  # what a figure is about
    SAID_BY = "said_by"  # who the text gives the figure as coming from
    PLACE = "place"  # where the figure holds
    PERIOD = "period"  # when the figure holds
    # The reconcile stage's tables (`stats.reconcile`).
    RELATION = "relation"  # a figure that is part of another or states it again
    TALLY = "tally"  # a figure left out of an article's tally, or how it adds up


@dataclass(frozen=True, slots=True)
class Rule:
    """One rule: `id` as the `rule` column writes it, the `stage` it acts in, what it
    `matches` (a phrase with an example), and the function that reads it."""

    id: str
    stage: Stage
    matches: str
    read: Callable[..., Any] | None = None
    group: str = ""  # for atom rules: the NUMBER_ATOM group the reader is called for

    def __str__(self) -> str:
        return self.id


@dataclass(frozen=True, slots=True)
class Conventions:
    """Choices on which annotation guides differ. The defaults follow the project's guide
    (docs/FIELDS.md); `NEWSQUANT` follows the NewsQuant benchmark, so `stats eval` compares
    like with like."""

    conversions_separate: bool = False  # "150 km (90 miles)": one figure, or two
    from_to_range: bool = False  # "from 30 to 60": two figures, or one range
    ages: bool = False  # "a 25-year-old": not a figure, or a duration
    article_one: bool = False  # "one man said", "one of the best": not a figure, or 1
    implied_singles: bool = True  # "a policeman was killed": a figure of 1, or none
    basis_points: bool = True  # "50 basis points": 0.5 percent (the guide's unit), or a count of 50
    subunits: bool = True  # "164p", "85 pence": GBP 1.64, 0.85 (the guide's unit), or the value as written
    multipliers: bool = False  # "three times as many": not a figure (the guide), or a count of 3


GUIDE: Final = Conventions()
NEWSQUANT: Final = Conventions(conversions_separate=True, from_to_range=True, ages=True, article_one=True,
                               implied_singles=False, basis_points=False, subunits=False, multipliers=True)
