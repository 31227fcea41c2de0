"""How many in all: each article's tally per category, without double counting.

`tally(figures)` reads the figures of one or more articles (with `part_of` and `restates`
filled by `relations.relate`, as `stats.extract` leaves them) and gives one `Tally` per
article and counted category. Within an article and category:

- parts and restatements are not added (they are in their total or first mention already);
- figures about another event or period are left out (`scope.left_out`), with the reason;
- each remaining figure is a group of people: groups with different nouns add up ("3
  soldiers and 4 civilians" -> 7); a figure of people in general is their total when it is
  at least their sum and from the same voice ("7 people in all"); a further figure of the
  same group from another source is a contested claim of it (low takes the least, high the
  most, best the article's own voice or else the first stated); a revised toll ("rose to 9")
  replaces what came before.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from itertools import groupby

from stats.find.rule import Rule, Stage
from stats.lexicon.tallies import TALLY_CATEGORIES, VAGUE_CONSERVATIVE
from stats.model import Category, Figure, Kind, Tally
from stats.reconcile import scope
from stats.reconcile.grouping import grouped
from stats.reconcile.naming import Trail, named
from stats.reconcile.relations import relate


def tally(figures: Iterable[Figure], fired: set[str] | None = None, related: bool = False) -> list[Tally]:
    """One `Tally` per article and category the article counts, in article then category order
    (figures without relations are related first, each article on its own, unless `related`
    says they come as extraction left them: an article where it found no relation has none).

    `fired`, when given, receives the ids of the rules that acted (for explaining and tests).

    >>> from stats import extract
    >>> t = tally(extract("Gunmen killed 17 people, including 4 officers. A policeman was "
    ...                   "killed in a separate attack.", doc="a"))
    >>> [(x.category.value, x.low, x.best, x.high) for x in t]
    [('killed', 18.0, 18.0, 18.0)]
    """
    given = list(figures)
    ordered = sorted(given if related else relate(given), key=lambda f: (f.doc, f.start, f.end))
    order = {c: i for i, c in enumerate(TALLY_CATEGORIES)}
    tallies: list[Tally] = []
    for doc, of_doc in groupby(ordered, key=lambda f: f.doc):
        counted = [f for f in of_doc if counts(f)]
        for category in sorted({f.category for f in counted}, key=order.__getitem__):
            trail = Trail()
            tallies.append(_tally(doc, category, [f for f in counted if f.category is category], trail))
            if fired is not None:
                fired |= trail.fired
    return tallies


def counts(f: Figure) -> bool:
    """Whether a tally reads the figure: a finite count of a category tallies add up (the
    other figures of an article change no tally, once it is related)."""
    return f.kind is Kind.COUNT and f.category in _TALLIED and math.isfinite(f.value)


_TALLIED = frozenset(TALLY_CATEGORIES)


def _tally(doc: str, category: Category, figures: Sequence[Figure], trail: Trail) -> Tally:
    """The tally of one article's figures of one category."""
    roots: list[Figure] = []
    by_id = {f.figure_id: f for f in figures}
    for f in figures:
        rule, reason = _not_added(f, figures, by_id)
        if rule:
            trail.note(rule, f"{named(f)} {reason}")
        else:
            roots.append(f)
    reading = grouped(roots, trail)
    groups = reading.groups
    best_figures = [g.preferred() for g in groups]
    low = sum(min(_low(c, trail) for c in g.claims) for g in groups)
    best = sum(c.value for c in best_figures)
    high = sum(max(c.high for c in g.claims) for g in groups)
    if reading.alternatives:
        low = min([low, *(_low(c, trail) for c in reading.alternatives)])
        high = max([high, *(c.high for c in reading.alternatives)])
    sources = sorted({c.said_by for c in best_figures if c.said_by})
    how = " + ".join(named(c, with_value=True) for c in best_figures) or "0"
    return Tally(doc=doc, category=category, low=float(low), best=float(best), high=float(high),
                 vague=any(c.vague for c in best_figures),
                 figures=tuple(c.figure_id for c in best_figures), sources=tuple(sources),
                 how="; ".join([how, *trail.notes]))


def _not_added(f: Figure, figures: Sequence[Figure], by_id: dict[str, Figure]) -> tuple[str, str]:
    """The rule and reason a figure is not added on its own ("part of ...", "restates ...",
    "left out: ..."), or ("", "") when it is."""
    if f.part_of and f.part_of in by_id:
        return "tally.part", f"part of {named(by_id[f.part_of])}"
    if f.restates and f.restates in by_id:
        return "tally.restates", f"restates {named(by_id[f.restates])}"
    rule, reason = scope.left_out(f, figures)
    return (rule, f"left out: {reason}") if rule else ("", "")


TALLY_RULES: tuple[Rule, ...] = (
    Rule("tally.part", Stage.TALLY, "17 were killed, including 4 officers: 4 is not added"),
    Rule("tally.restates", Stage.TALLY, "three traders were shot dead ... 3 fatalities: 3 once"),
    Rule("tally.vague_low", Stage.TALLY, "dozens were killed: low 12 (ACLED), best 24 (guide)"),
)


def _low(f: Figure, trail: Trail) -> float:
    """The conservative reading: a vague word's ACLED value ("dozens": 12), else the value."""
    if f.vague:
        span = " ".join(f.span.lower().split())
        for word, value in VAGUE_CONSERVATIVE:
            if word in span:
                trail.note("tally.vague_low", "")
                return min(value, f.value)
    return f.value


