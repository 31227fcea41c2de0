"""The Claims tab and the quote panel's claim line: one quantity of one thing as every
article that states it gives it, side by side. Plain functions of the data; the Dash wiring
is `dashboard.wiring_views`.

The claims listed are those of two or more figures with a figure the filters keep, the most
widely reported first; "conflicts only" keeps those whose figures disagree. The chart draws
the first CHART_CLAIMS of them on one value axis: a dot per figure, coloured by its source
and labelled with its qualifier, so a reader sees at a glance who says what.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd
import plotly.colors
from dash import html

from dashboard.charts import Figure, empty_chart, esc, finish, short
from dashboard.data import Corpus
from dashboard.filters import Filters
from dashboard.labels import format_number, qualifier_words
from dashboard.reconciled import HIGH, LOW, Reconciled, ids_of
from dashboard.tallies_view import kept

MAX_CLAIM_ROWS = 1000  # claims the table lists
CHART_CLAIMS = 15  # rows of the chart
MAX_DOTS = 40  # dots one claim draws
LOG_SPREAD = 50  # a value axis spanning more than this factor is drawn in log scale
LEGEND_SOURCES = 12  # a legend of sources only when the chart holds at most this many
# Distinct colours for sources: plotly's Dark24 then Light24 (48).
SOURCE_COLORS = (*plotly.colors.qualitative.Dark24, *plotly.colors.qualitative.Light24)


def claims_kept(corpus: Corpus, reconciled: Reconciled, filters: Filters,
                conflicts_only: bool = False) -> pd.DataFrame:
    """The claims of several figures that hold a figure the filters keep, in their order."""
    ids, present = kept(corpus, "claim", filters)
    return reconciled.claims_for(ids, present, conflicts_only)


def reading_text(claim: dict[str, Any] | pd.Series, reading: str) -> str:
    """A claim's value in the reading: the lowest, the highest, or the best estimate (the one
    agreed value, or the latest of an updated claim; a conflict shows its spread)."""
    low, high = float(claim["low"]), float(claim["high"])
    if reading == LOW:
        return format_number(low)
    if reading == HIGH:
        return format_number(high)
    best = claim["best"]
    if not pd.isna(best):
        return format_number(float(best))
    return f"{format_number(low)}–{format_number(high)}"


def claim_rows(claims: pd.DataFrame, reading: str, limit: int = MAX_CLAIM_ROWS) -> list[dict[str, Any]]:
    """The table's rows: one per claim, its value in the reading and its spread."""
    rows = []
    for claim in claims.head(limit).to_dict("records"):
        spread = (format_number(claim["low"]) if claim["low"] == claim["high"]
                  else f"{format_number(claim['low'])}–{format_number(claim['high'])}")
        rows.append({"claim": claim["claim"], "status": claim["status"], "category": claim["category"],
                     "subject": claim["subject"], "place": claim["place"], "period": claim["period"],
                     "value": reading_text(claim, reading), "spread": spread,
                     "articles": int(claim["n_articles"]), "sources": int(claim["n_sources"]),
                     "source_names": claim["sources"].replace("; ", "\n")})
    return rows


def totals_line(claims: pd.DataFrame, conflicts_only: bool) -> list[Any]:
    """How many claims are listed, and how many of them conflict or were updated."""
    if claims.empty:
        return [html.Span("No claim of two or more figures matches the filters"
                          + (" and is in conflict." if conflicts_only else "."))]
    status = claims["status"].value_counts()
    parts = [f"{int(status.get(s, 0)):,} {s}" for s in ("conflict", "updated", "corroborated", "single")
             if status.get(s, 0)]
    note = " (single: one source stating it more than once)." if status.get("single", 0) else "."
    return [html.Strong(f"{len(claims):,} claim{'s' if len(claims) != 1 else ''} "
                        "of two or more figures: "), ", ".join(parts),
            html.Span(note, className="text-muted")]


def source_of(row: pd.Series | dict[str, Any]) -> str:
    """Who a figure's claim counts it as coming from: its said_by, else its article's
    publisher or file (the article's own voice)."""
    return str(row["said_by"] or row["publisher"] or row["doc"])


def source_colors(sources: list[str]) -> dict[str, str]:
    """A colour per source, in the order they first appear: distinct for the first
    len(SOURCE_COLORS) sources of a chart (one claim's sources are in it together)."""
    return {source: SOURCE_COLORS[n % len(SOURCE_COLORS)] for n, source in enumerate(sources)}


def member_rows(corpus: Corpus, members: list[str]) -> np.ndarray:
    """The row positions of a claim's figures that the corpus holds, in the claim's order."""
    found = [corpus.position(m) for m in members]
    return np.array([p for p in found if p is not None], dtype=np.int64)


def _dots(corpus: Corpus, claims: pd.DataFrame) -> pd.DataFrame:
    """The figures of the charted claims, a row each, with their claim's row label (their
    columns taken from the corpus at once, not a row object per figure)."""
    labels, positions = [], []
    for rank, claim in enumerate(claims.to_dict("records")):
        label = " · ".join(esc(short(x, 26)) for x in (claim["category"], claim["subject"], claim["place"],
                                                        claim["period"]) if x)
        rows = member_rows(corpus, ids_of(claim["figures"])[:MAX_DOTS])
        positions.append(rows)
        labels += [f"{rank + 1}. {label} ({claim['status']})"] * len(rows)
    if not labels:
        return pd.DataFrame()
    picked = corpus.figures.iloc[np.concatenate(positions)]
    people = picked[["said_by", "publisher", "doc"]].to_dict("records")
    def texts(column: str) -> np.ndarray:
        return picked[column].astype(str).to_numpy()

    return pd.DataFrame({
        "figure_id": picked.index.astype(str).to_numpy(), "row": labels,
        "value": picked["value"].to_numpy(float), "qualifier": texts("qualifier"),
        "label": texts("value_label"),
        "source": [source_of(p) for p in people], "article": texts("label"),
        "implied": picked["implied"].to_numpy(dtype=bool)})


def claim_chart(corpus: Corpus, claims: pd.DataFrame, limit: int = CHART_CLAIMS) -> tuple[Figure, str]:
    """The first `limit` claims, a row each: a dot per figure on one value axis, coloured by
    its source and labelled with its qualifier; customdata is the figure id. With a caption."""
    shown = claims.head(limit)
    dots = _dots(corpus, shown)
    if dots.empty:
        return empty_chart("No claim of two or more figures matches the filters."), ""
    rows = list(dict.fromkeys(dots["row"]))[::-1]  # the first claim at the top
    data = []
    sources = list(dict.fromkeys(dots["source"]))
    colors = source_colors(sources)
    legend = len(sources) <= LEGEND_SOURCES  # a trace per source, named in the legend; else one
    for source in sources if legend else [None]:
        mine = dots[dots["source"] == source] if legend else dots
        words = [qualifier_words(q, i) if q != "exact" else ""
                 for q, i in zip(mine["qualifier"], mine["implied"], strict=True)]
        hover = [f"<b>{esc(label)}</b> — {esc(short(s, 40))}<br>{esc(short(article, 60))}"
                 for label, s, article in zip(mine["label"], mine["source"], mine["article"], strict=True)]
        data.append({
            "type": "scatter", "x": mine["value"].to_numpy(), "y": mine["row"].to_numpy(),
            "mode": "markers+text", "name": esc(short(source or "", 30)),
            "marker": {"size": 11, "color": [colors[s] for s in mine["source"]],
                       "line": {"width": 1, "color": "#fff"}},
            "text": words, "textposition": "top center", "textfont": {"size": 10},
            "customdata": mine["figure_id"].to_numpy(), "hovertext": hover, "hoverinfo": "text",
            "cliponaxis": False})
    values = dots["value"].to_numpy(dtype=float)
    positive = values[np.isfinite(values) & (values > 0)]
    log = len(positive) == len(values) and positive.max() / positive.min() > LOG_SPREAD
    layout = {"showlegend": legend, "xaxis": {"type": "log" if log else "linear",
                                              "title": {"text": "value as each source gives it"}},
              "yaxis": {"categoryorder": "array", "categoryarray": rows}}
    caption = (f"The {len(rows)} most widely reported of {len(claims):,} claims"
               if len(claims) > len(rows) else f"All {len(rows)} claims")
    return finish(data, layout, 90 + 44 * len(rows)), caption + "; click a dot for its quote."


def claim_line(corpus: Corpus, reconciled: Reconciled, figure: dict[str, Any] | pd.Series) -> html.Div | None:
    """The quote panel's line on the figure's claim: "Reported by 4 sources (2 differ)"."""
    claim = reconciled.claim(str(figure.get("claim") or ""))
    if claim is None:
        return None
    differ = differing_sources(corpus, ids_of(claim["figures"]), figure)
    sources = int(claim["n_sources"])
    articles = int(claim["n_articles"])
    agree = f" ({differ} differ)" if differ else " (all agree)"
    text = (f"Reported by {sources} source{'s' if sources != 1 else ''} in {articles} "
            f"article{'s' if articles != 1 else ''}{agree}")
    return html.Div([html.Span(text), html.Span(f" · claim {claim['status']}",
                                                className=f"claim-status status-{claim['status']}")],
                    className="claim-line", title=claim["sources"].replace("; ", "\n"))


def differing_sources(corpus: Corpus, members: list[str], figure: dict[str, Any] | pd.Series) -> int:
    """How many sources give a claim's figures other values than `figure`'s (value and upper
    end compared at once over the members' rows, blanks equal to blanks)."""
    rows = member_rows(corpus, members)
    if not len(rows):
        return 0
    frame = corpus.figures
    value, high = (frame[c].to_numpy(dtype=float)[rows] for c in ("value", "value_high"))
    same = _equal(value, float(figure["value"])) & _equal(high, float(figure["value_high"]))
    picked = frame.iloc[rows[~same]][["said_by", "publisher", "doc"]]
    return len({source_of(row) for row in picked.to_dict("records")})


def _equal(values: np.ndarray, one: float) -> np.ndarray:
    """Which values equal `one`, NaN equal to NaN."""
    return np.isnan(values) if np.isnan(one) else values == one


def claim_figures(reconciled: Reconciled, claim_id: str | None) -> list[str]:
    """The figure ids of a claim of several figures (none for an unknown id)."""
    claim = reconciled.claim(claim_id)
    return ids_of(claim["figures"]) if claim else []

