"""A claim's row: what it counts, who states it, its spread, its latest value and its status.

Status follows gold/CLAIMS.md: values that agree (the same number; 2% after converting
units) from two or more sources corroborate; values that differ are a conflict, or an
update when every later article (by publication date) gives a value at least as high as
every earlier one and the latest is higher than the first.
"""

from __future__ import annotations

import itertools
import math
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence

from stats.model import Claim, Document, Figure
from stats.reconcile.claim_keys import Keys, values_agree


def claim_row(claim_id: str, figures: Sequence[Figure], keyed: Sequence[Keys],
              documents: Mapping[str, Document]) -> Claim:
    """The `Claim` of these figures (one claim's members, any order)."""
    if len(figures) == 1:
        return _single(claim_id, figures[0], documents)
    order = sorted(range(len(figures)), key=lambda i: (_published(figures[i], documents), figures[i].doc,
                                                       figures[i].start))
    ordered = [figures[i] for i in order]
    first = ordered[0]
    sources = sorted({_source(f, documents) for f in figures})
    agree = all(values_agree(keyed[0], k) for k in keyed[1:])
    values = [f.value for f in figures if math.isfinite(f.value)]
    highs = [f.high for f in figures if math.isfinite(f.high)]
    return Claim(
        claim=claim_id, category=first.category, subject=_most_common(f.subject for f in figures) or "",
        place=_most_common(f.place for f in figures), period=_most_common(f.period for f in figures),
        kind=first.kind, unit=first.unit, figures=tuple(f.figure_id for f in ordered),
        articles=tuple(sorted({f.doc for f in figures})), sources=tuple(sources),
        low=min(values, default=math.nan), high=max(highs, default=math.nan),
        latest=ordered[-1].value if _published(ordered[-1], documents) else None,
        status=_status(agree, len(sources), ordered, documents))


def _single(claim_id: str, f: Figure, documents: Mapping[str, Document]) -> Claim:
    """The claim of one figure (most claims): no spread, one source."""
    low, high = (f.value, f.high) if math.isfinite(f.value) else (math.nan, math.nan)
    return Claim(claim=claim_id, category=f.category, subject=f.subject, place=f.place, period=f.period,
                 kind=f.kind, unit=f.unit, figures=(f.figure_id,), articles=(f.doc,),
                 sources=(_source(f, documents),), low=low, high=high,
                 latest=f.value if _published(f, documents) else None, status="single")


def _status(agree: bool, sources: int, ordered: Sequence[Figure], documents: Mapping[str, Document]) -> str:
    if agree:
        return "corroborated" if sources > 1 else "single"
    dates = [_published(f, documents)[:10] for f in ordered]
    if not all(dates):
        return "conflict"
    by_day: dict[str, set[float]] = {}
    for f, day in zip(ordered, dates, strict=True):
        by_day.setdefault(day, set()).add(f.value)
    days = sorted(by_day)
    # An update: one value a day, never lower than the day before, the last above the first.
    steady = len(days) > 1 and all(len(v) == 1 for v in by_day.values())
    values = [min(by_day[d]) for d in days]
    rising = steady and all(a <= b for a, b in itertools.pairwise(values)) and values[-1] > values[0]
    return "updated" if rising else "conflict"


def _published(f: Figure, documents: Mapping[str, Document]) -> str:
    document = documents.get(f.doc)
    return document.published if document else ""


def _source(f: Figure, documents: Mapping[str, Document]) -> str:
    """Who a figure comes from: its attribution, else its article's publisher, else the article."""
    if f.said_by:
        return f.said_by
    document = documents.get(f.doc)
    return (document.publisher if document and document.publisher else f.doc)



def _most_common(values: Iterable[str | None]) -> str | None:
    counted = Counter(v for v in values if v)
    return counted.most_common(1)[0][0] if counted else None
