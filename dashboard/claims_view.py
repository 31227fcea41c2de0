"""The Claims tab and the quote panel's claim line: one quantity of one thing as every
article that states it gives it, side by side. Plain functions of the data; the Dash wiring
is `dashboard.wiring_views`.

The claims listed are those of two or more figures with a figure the filters keep, the most
widely reported first; "conflicts only" keeps those whose figures disagree. The chart draws
the first CHART_CLAIMS of them on one value axis: a dot per figure, coloured by its source
and labelled with its qualifier, so a reader sees at a glance who says what.
"""

from __future__ import annotations

import hashlib
from typing import Any

import numpy as np
import pandas as pd
import plotly.graph_objects as go
from dash import html

from dashboard.charts import ARTICLE_COLORS, empty_chart, esc, finish, short
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


def claims_kept(corpus: Corpus, reconciled: Reconciled, filters: Filters,
                conflicts_only: bool = False) -> pd.DataFrame:
    """The claims of several figures that hold a figure the filters keep, in their order."""
    ids, present = kept(corpus, "claim", filters)
    return reconciled.claims_for(ids, present, conflicts_only)


def reading_text(claim: dict[str, Any] | pd.Series, reading: str) -> str:
    """A claim's value in the reading: the lowest, the highest, or the best estimate (the
    latest, or the one agreed value; a conflict without dates shows its spread)."""
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
    return [html.Strong(f"{len(claims):,} claim{'s' if len(claims) != 1 else ''} "
                        "of two or more figures: "), ", ".join(parts),
            html.Span(" (single: one source stating it more than once).", className="text-muted")]


def source_of(row: pd.Series | dict[str, Any]) -> str:
    """Who a figure's claim counts it as coming from: its said_by, else its article's
    publisher or file (the article's own voice)."""
    return str(row["said_by"] or row["publisher"] or row["doc"])


def source_color(source: str) -> str:
    """A source's colour, the same on every draw (from a hash of its name)."""
    digest = hashlib.sha1(source.encode("utf-8", "surrogatepass")).digest()
    return ARTICLE_COLORS[digest[0] % len(ARTICLE_COLORS)]


def _dots(corpus: Corpus, claims: pd.DataFrame) -> pd.DataFrame:
    """The figures of the charted claims, a row each, with their claim's row label."""
    found = []
    for rank, claim in enumerate(claims.to_dict("records")):
        label = " · ".join(short(x, 26) for x in (claim["category"], claim["subject"], claim["place"],
                                                   claim["period"]) if x)
        for figure_id in ids_of(claim["figures"])[:MAX_DOTS]:
            row = corpus.figure(figure_id)
            if row is not None:
                found.append({"figure_id": figure_id, "row": f"{rank + 1}. {label} ({claim['status']})",
                              "value": float(row["value"]), "qualifier": row["qualifier"],
                              "label": str(row["value_label"]), "source": source_of(row),
                              "article": str(row["label"]), "implied": bool(row["implied"])})
    return pd.DataFrame(found)


def claim_chart(corpus: Corpus, claims: pd.DataFrame, limit: int = CHART_CLAIMS) -> tuple[go.Figure, str]:
    """The first `limit` claims, a row each: a dot per figure on one value axis, coloured by
    its source and labelled with its qualifier; customdata is the figure id. With a caption."""
    shown = claims.head(limit)
    dots = _dots(corpus, shown)
    if dots.empty:
        return empty_chart("No claim of two or more figures matches the filters."), ""
    rows = list(dict.fromkeys(dots["row"]))[::-1]  # the first claim at the top
    fig = go.Figure()
    sources = list(dict.fromkeys(dots["source"]))
    legend = len(sources) <= LEGEND_SOURCES  # a trace per source, named in the legend; else one
    for source in sources if legend else [None]:
        mine = dots[dots["source"] == source] if legend else dots
        fig.add_trace(go.Scatter(
            x=mine["value"], y=mine["row"], mode="markers+text", name=short(source or "", 30),
            marker={"size": 11, "color": [source_color(s) for s in mine["source"]],
                    "line": {"width": 1, "color": "#fff"}},
            text=[qualifier_words(q, i) if q != "exact" else "" for q, i in zip(mine["qualifier"],
                                                                              mine["implied"], strict=True)],
            textposition="top center", textfont={"size": 10}, customdata=mine["figure_id"],
            hovertext=[f"<b>{esc(label)}</b> — {esc(short(s, 40))}<br>{esc(short(article, 60))}" for
                       label, s, article in zip(mine["label"], mine["source"], mine["article"], strict=True)],
            hoverinfo="text", cliponaxis=False))
    values = dots["value"].to_numpy(dtype=float)
    positive = values[np.isfinite(values) & (values > 0)]
    log = len(positive) == len(values) and positive.max() / positive.min() > LOG_SPREAD
    fig.update_layout(showlegend=legend, margin={"l": 10, "r": 20, "t": 30, "b": 40},
                      xaxis={"type": "log" if log else "linear", "title": "value as each source gives it"},
                      yaxis={"categoryorder": "array", "categoryarray": rows})
    caption = (f"The {len(rows)} most widely reported of {len(claims):,} claims"
               if len(claims) > len(rows) else f"All {len(rows)} claims")
    return finish(fig, 90 + 44 * len(rows)), caption + "; click a dot for its quote."


def claim_line(corpus: Corpus, reconciled: Reconciled, figure: dict[str, Any] | pd.Series) -> html.Div | None:
    """The quote panel's line on the figure's claim: "Reported by 4 sources (2 differ)"."""
    claim = reconciled.claim(str(figure.get("claim") or ""))
    if claim is None:
        return None
    mine = (figure["value"], figure["value_high"])
    differ: set[str] = set()
    for other in ids_of(claim["figures"]):
        row = corpus.figure(other)
        if row is not None and not _same_value((row["value"], row["value_high"]), mine):
            differ.add(source_of(row))
    sources = int(claim["n_sources"])
    articles = int(claim["n_articles"])
    agree = f" ({len(differ)} differ)" if differ else " (all agree)"
    text = (f"Reported by {sources} source{'s' if sources != 1 else ''} in {articles} "
            f"article{'s' if articles != 1 else ''}{agree}")
    return html.Div([html.Span(text), html.Span(f" · claim {claim['status']}",
                                                className=f"claim-status status-{claim['status']}")],
                    className="claim-line", title=claim["sources"].replace("; ", "\n"))


def _same_value(a: tuple[Any, Any], b: tuple[Any, Any]) -> bool:
    """Whether two (value, value_high) pairs are the same, blanks equal to blanks."""
    return all((pd.isna(x) and pd.isna(y)) or x == y for x, y in zip(a, b, strict=True))


def claim_figures(reconciled: Reconciled, claim_id: str | None) -> list[str]:
    """The figure ids of a claim of several figures (none for an unknown id)."""
    claim = reconciled.claim(claim_id)
    return ids_of(claim["figures"]) if claim else []

