"""The "Figures by source" chart: who the articles quote, how often, about what.

One horizontal bar per source (the said_by column), stacked by category: the article's own
voice (blank said_by) first, then the TOP_SOURCES most quoted sources. A bar's customdata is
the source's value for the source filter (`dashboard.filters.BLANK` for the own voice), so a
click sets that filter rather than opening a quote. Counting works on the categorical codes
(one bincount), so a view of a million figures costs about as much as one of a hundred.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from dashboard.charts import (
    CATEGORY_COLORS,
    TOP_LEGEND,
    Figure,
    column_codes,
    empty_chart,
    esc,
    finish,
    short,
)
from dashboard.data import CATEGORIES
from dashboard.filters import choice, strings

TOP_SOURCES = 12
OWN_VOICE_BAR = "own voice (the article)"


@dataclass(frozen=True)
class SourceCounts:
    """Figures per source and category of a view, for the bars that are drawn.

    `values` are the said_by values ("" for the own voice), `labels` the names shown, and
    `counts[category][i]` the figures of source i in that category; `other_sources` sources
    with `other_figures` figures between them are not drawn."""

    values: list[str]
    labels: list[str]
    totals: list[int]
    counts: dict[str, list[int]]
    other_sources: int
    other_figures: int


def source_counts(df: pd.DataFrame, limit: int = TOP_SOURCES) -> SourceCounts:
    """The own voice (when present) and the `limit` most quoted sources of a view, most figures
    first (ties by name), each with its figures per category."""
    if df.empty:
        return SourceCounts([], [], [], {}, 0, 0)
    said_by = df["said_by"]
    if isinstance(said_by.dtype, pd.CategoricalDtype):  # names stay in their index: none made per source
        codes, names = said_by.cat.codes.to_numpy(), pd.Index(said_by.cat.categories.astype(str))
    else:
        codes, names = column_codes(said_by)
        names = pd.Index(names, dtype=object)
    own = len(names)  # one more code for the own voice: blank names and missing values share it
    blank = np.append(np.asarray(names.str.strip() == "", dtype=bool), True)
    codes = np.where(codes < 0, own, codes)
    codes = np.where(blank[codes], own, codes)
    per_source = np.bincount(codes, minlength=own + 1)
    quoted = np.flatnonzero(per_source[:own])
    if len(quoted) > limit:  # only sources with at least the limit-th count can be drawn
        floor = np.partition(per_source[quoted], len(quoted) - limit)[len(quoted) - limit]
        candidates = quoted[per_source[quoted] >= floor]
    else:
        candidates = quoted
    by_name = names[candidates].to_numpy(dtype=object).astype(str)
    top = candidates[np.lexsort((by_name, -per_source[candidates]))][:limit]
    shown = ([own] if per_source[own] else []) + top.tolist()
    slot = np.full(own + 1, -1)
    slot[shown] = np.arange(len(shown))
    cat_codes, cat_names = column_codes(df["category"])
    row_slot = slot[codes]
    drawn = row_slot >= 0
    table = np.bincount(row_slot[drawn] * len(cat_names) + cat_codes[drawn],
                        minlength=len(shown) * len(cat_names)).reshape(len(shown), len(cat_names))
    rank = {name: i for i, name in enumerate(CATEGORIES)}
    order = sorted((c for c in range(len(cat_names)) if table[:, c].any()),
                   key=lambda c: rank.get(cat_names[c], len(rank)))
    values = [names[c] if c < own else "" for c in shown]
    return SourceCounts(
        values=values,
        labels=[value or OWN_VOICE_BAR for value in values],
        totals=[int(n) for n in table.sum(axis=1)],
        counts={cat_names[c]: [int(n) for n in table[:, c]] for c in order},
        other_sources=len(quoted) - len(top),
        other_figures=int(len(df) - drawn.sum()),
    )


def source_note(counts: SourceCounts) -> str:
    """The caption's note on what the chart leaves out ("" when it shows every source)."""
    if not counts.other_sources:
        return ""
    n, m = counts.other_sources, counts.other_figures
    return (f"{n:,} other source{'s' if n != 1 else ''} ({m:,} figure{'s' if m != 1 else ''}) not shown; "
            "the source filter finds any of them.")


def source_chart(df: pd.DataFrame, limit: int = TOP_SOURCES, counts: SourceCounts | None = None) -> Figure:
    """Figures per source as horizontal bars stacked by category; click a bar for that source.
    `counts` is `source_counts(df, limit)` when the caller has it already."""
    counts = source_counts(df, limit) if counts is None else counts
    if not counts.values:
        return empty_chart("No figures match the filters.", 220)
    choices = [[choice(value)] for value in counts.values]
    data = []
    for category, per_source in counts.counts.items():
        hover = [f"<b>{esc(short(label, 60))}</b> · {n:,} {esc(category)} figure{'s' if n != 1 else ''} "
                 f"of {total:,}<br><span style='color:#6c757d'>click to show only this source</span>"
                 for label, n, total in zip(counts.labels, per_source, counts.totals, strict=True)]
        data.append({
            "type": "bar", "y": list(range(len(counts.values))), "x": per_source, "orientation": "h",
            "name": esc(category), "marker": {"color": CATEGORY_COLORS.get(category, "#888"),
                                              "line": {"color": "white", "width": 0.5}},
            "customdata": choices, "hovertext": hover, "hovertemplate": "%{hovertext}<extra></extra>"})
    layout = {"barmode": "stack", "bargap": 0.25, "showlegend": True,
              "legend": {**TOP_LEGEND, "traceorder": "normal"},
              "yaxis": {"tickvals": list(range(len(counts.values))), "autorange": "reversed", "title": {},
                        "ticktext": [esc(short(label, 34)) for label in counts.labels]},
              "xaxis": {"title": {"text": "number of figures", "font": {"size": 11}}}}
    legend_rows = -(-len(data) // 6)
    return finish(data, layout, 100 + 26 * len(counts.values) + 20 * legend_rows)


def source_from_click(click: dict[str, Any] | None) -> str | None:
    """The source filter value a source-chart bar carries (its customdata), or None."""
    points = (click or {}).get("points") or []
    data = points[0].get("customdata") if points else None
    if isinstance(data, list):
        data = data[0] if data else None
    return data if isinstance(data, str) and data else None


def pick_source(click: dict[str, Any] | None, current: Any) -> list[str] | None:
    """The source filter after a click on a source bar: that source alone, or no source filter
    when it was already the only one chosen (a second click undoes the first); None when the
    click carries no source."""
    picked = source_from_click(click)
    if picked is None:
        return None
    return [] if strings(current) == (picked,) else [picked]
