"""The "Figures over publication dates" chart: counts of people (killed, injured, displaced ...,
`data.PEOPLE_CATEGORIES`) at their articles' dates, one trace per category, so every mark on
the axis is a number of people (no "20 years" beside "> 20 killed").

When fewer than a third of a view's articles are dated the chart says little, and the card
folds it into a one-line note (`sparse`, `sparse_note`) with a "show anyway" toggle.
"""

from __future__ import annotations

import zlib

import numpy as np
import pandas as pd

from dashboard.charts import (
    CATEGORY_COLORS,
    TOP_LEGEND,
    Figure,
    empty_chart,
    finish,
    hover_text,
    symbols,
    value_axis,
)
from dashboard.data import CATEGORY_ORDER, PEOPLE_CATEGORIES
from dashboard.filters import is_in

MAX_TIMELINE_MARKS = 600
LABELLED_MARKS = 24  # print each mark's value beside it when there are at most this many
TIMELINE_KINDS = ("count",)


def people(df: pd.DataFrame) -> np.ndarray:
    """Which figures of a view count people: counts in a people category."""
    return is_in(df["kind"], TIMELINE_KINDS) & is_in(df["category"], PEOPLE_CATEGORIES)


def timeline_rows(df: pd.DataFrame, max_marks: int = MAX_TIMELINE_MARKS) -> tuple[pd.DataFrame, int]:
    """The dated counts of people a timeline draws (evenly sampled over dates when capped) and
    how many there are in all."""
    dates = df["date"].to_numpy()
    dated = np.flatnonzero(~np.isnat(dates) & people(df))
    total = len(dated)
    order = dated[np.lexsort((-df["value"].to_numpy()[dated], dates[dated]))]
    if total > max_marks:
        order = order[np.unique(np.linspace(0, total - 1, max_marks).round().astype(int))]
    return df.iloc[order], total


def dated_articles(df: pd.DataFrame) -> tuple[int, int]:
    """How many of a view's articles have a publication date, and how many articles it has."""
    if df.empty:
        return 0, 0
    docs = df["doc"]
    if isinstance(docs.dtype, pd.CategoricalDtype):  # one row per article, found by its code
        _codes, first = np.unique(docs.cat.codes.to_numpy(), return_index=True)
        return int((~np.isnat(df["date"].to_numpy()[first])).sum()), len(first)
    articles = df.drop_duplicates("doc")
    return int(articles["date"].notna().sum()), len(articles)


def sparse(dated: int, articles: int) -> bool:
    """Whether too few articles are dated for a timeline to say much: under a third of them."""
    return articles > 0 and dated * 3 < articles


def sparse_note(dated: int, articles: int) -> str:
    """The one line that stands for the chart when `sparse`."""
    verb = "has" if dated == 1 else "have"
    return (f"Only {dated:,} of {articles:,} articles {verb} a publication date, too few to plot "
            "figures over time.")


def timeline_chart(df: pd.DataFrame, max_marks: int = MAX_TIMELINE_MARKS,
                   rows: pd.DataFrame | None = None) -> Figure:
    """Counts of people over their articles' publication dates: one trace per category, value
    on a log scale, shape by qualifier."""
    if rows is None:  # the caller may have picked them already (`timeline_rows`)
        rows, _total = timeline_rows(df, max_marks)
    if rows.empty:
        return empty_chart("No counts of people from dated articles match the filters.", 220,
                           detail=f"Counts of people: {', '.join(PEOPLE_CATEGORIES)}.")
    # A small, stable nudge (a few hours) keeps figures of one day from sitting on one line.
    nudge = np.array([(zlib.crc32(str(fid).encode()) % 9 - 4) * 2 for fid in rows.index], dtype="int64")
    when = rows["date"].to_numpy(dtype="datetime64[ns]") + nudge.astype("timedelta64[h]")
    show_text = len(rows) <= LABELLED_MARKS
    axis, y_range = value_axis(rows["value"].to_numpy(dtype=float), False)
    present = set(rows["category"].astype(str))
    data = []
    for category in [c for c in CATEGORY_ORDER if c in present]:
        pick = (rows["category"].astype(str) == category).to_numpy()
        part = rows[pick]
        color = CATEGORY_COLORS.get(category, "#888")
        text = {"text": part["value_label"].astype(str).tolist()} if show_text else {}
        data.append({
            "type": "scatter", "x": when[pick], "y": part["value"].to_numpy(),
            "mode": "markers+text" if show_text else "markers", "name": category, **text,
            "textposition": "middle right", "textfont": {"size": 10, "color": color},
            "marker": {"symbol": symbols(part), "size": 10, "color": color, "opacity": 0.85,
                       "line": {"width": 1.5, "color": color}},
            "customdata": [[fid] for fid in part.index], "hovertext": hover_text(part),
            "hovertemplate": "%{hovertext}<extra></extra>", "cliponaxis": False})
    first, last = rows["date"].min(), rows["date"].max()
    pad = max(pd.Timedelta(days=2), (last - first) * 0.06)
    daily = (last - first) <= pd.Timedelta(days=21)
    log = axis == "log"
    layout = {"xaxis": {"range": [first - pad, last + pad], "title": {}, "tickformat": "%-d %b %Y",
                        **({"dtick": 86_400_000} if daily else {})},
              "yaxis": {"type": axis, "range": y_range, **({"dtick": 1} if log else {}),
                        "title": {"text": "people" + (" (log scale)" if log else ""), "font": {"size": 11}}},
              "legend": dict(TOP_LEGEND)}
    return finish(data, layout, 300)
