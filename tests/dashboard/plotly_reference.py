"""The chart builders as they were when they built plotly graph objects (commit e41b86e), kept as
the reference the dict builders are checked against: the same views must give the same JSON."""

from __future__ import annotations

import textwrap
import zlib

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from dashboard.charts import (
    ARTICLE_COLORS,
    CASUALTY_CATEGORIES,
    CATEGORY_COLORS,
    DETAIL_WIDTH,
    FONT,
    LABEL_MARKS,
    MAX_CASUALTY_MARKS,
    MAX_IDS_PER_MARK,
    OTHER_COLOR,
    TOP_ARTICLES,
    TOP_LEGEND,
    _text_sides,
    casualty_rows,
    citation,
    column_codes,
    esc,
    hover_text,
    short,
    symbols,
    texts_at,
    value_axis,
)
from dashboard.claims_view import CHART_CLAIMS, LEGEND_SOURCES, LOG_SPREAD, _dots, source_colors
from dashboard.data import CATEGORY_ORDER, KINDS, PEOPLE_CATEGORIES, Corpus, article_count, sources
from dashboard.filters import choice
from dashboard.labels import format_number, qualifier_words
from dashboard.reconciled import READING_NAMES, ids_of
from dashboard.source_chart import TOP_SOURCES, SourceCounts, source_counts
from dashboard.tallies_view import CHART_ARTICLES, PREFIX
from dashboard.timeline import LABELLED_MARKS, MAX_TIMELINE_MARKS, timeline_rows

_TEMPLATE = go.layout.Template(layout={
    "font": {"family": FONT, "size": 12, "color": "#2b2f33"},
    "paper_bgcolor": "rgba(0,0,0,0)", "plot_bgcolor": "rgba(0,0,0,0)",
    "hoverlabel": {"bgcolor": "white", "bordercolor": "#c9ced4",
                   "font": {"family": FONT, "size": 12, "color": "#1f2933"}, "align": "left"},
    "xaxis": {"gridcolor": "#eceef1", "linecolor": "#c9ced4", "zeroline": False, "automargin": True},
    "yaxis": {"gridcolor": "#eceef1", "linecolor": "#c9ced4", "zeroline": False, "automargin": True},
    "legend": {"font": {"size": 11}},
})


def finish(fig: go.Figure, height: int) -> go.Figure:
    """Shared look: template, height, tight margins, clicks as events, no drag."""
    fig.update_layout(template=_TEMPLATE, height=height, margin={"l": 8, "r": 16, "t": 8, "b": 8},
                      clickmode="event", hovermode="closest", dragmode=False)
    return fig


def empty_chart(message: str, height: int = 260, detail: str = "") -> go.Figure:
    """A blank chart that says why it is blank: the message, and any detail in smaller type on
    lines of at most DETAIL_WIDTH characters, so a narrow chart does not clip it."""
    lines = [esc(message)] + [f"<span style='font-size:11.5px'>{esc(line)}</span>"
                              for line in textwrap.wrap(detail, DETAIL_WIDTH)]
    fig = go.Figure()
    fig.add_annotation(text="<br>".join(lines), showarrow=False, x=0.5, y=0.5, xref="paper", yref="paper",
                       font={"size": 13, "color": "#6c757d"})
    fig.update_xaxes(visible=False)
    fig.update_yaxes(visible=False)
    return finish(fig, height)


def category_chart(df: pd.DataFrame, by: str = "category", limit: int = TOP_ARTICLES) -> go.Figure:
    """Figures per category (or kind) as horizontal bars stacked by article, casualty categories
    at the top (`data.CATEGORY_ORDER`; kinds in the model's order).

    The `limit` articles with most figures get a segment each; the rest share one grey
    "other articles" segment. Each segment's customdata lists its figure ids (at most
    MAX_IDS_PER_MARK of them, in file order).
    """
    if df.empty:
        return empty_chart("No figures match the filters.")
    by = by if by in ("category", "kind") else "category"
    group_codes, group_names = column_codes(df[by])
    docs = df["doc"]
    if isinstance(docs.dtype, pd.CategoricalDtype):  # the names stay in their index: no string per article
        doc_codes, doc_index = docs.cat.codes.to_numpy(), docs.cat.categories
    else:
        doc_codes, doc_index = pd.factorize(docs)
    top = sources(df, limit)
    slot_of = np.full(len(doc_index) + 1, len(top))  # articles outside the top share the last slot
    slot_of[doc_index.get_indexer([source["doc"] for source in top])] = np.arange(len(top))
    slots = slot_of[doc_codes]
    key = slots * len(group_names) + group_codes
    if key.size and key.max() < 2**15:
        key = key.astype(np.int16)  # numpy sorts 16-bit keys stably by radix: linear in the rows
    order = np.argsort(key, kind="stable")  # file order inside each segment
    per_key = np.bincount(key, minlength=1)
    present = np.flatnonzero(per_key)
    counts = per_key[present]
    starts = (np.cumsum(per_key) - per_key)[present]  # where each key's rows begin in `order`
    totals = np.bincount(group_codes, minlength=len(group_names))
    known = CATEGORY_ORDER if by == "category" else KINDS
    rank = {name: i for i, name in enumerate(known)}
    groups = sorted((g for g in range(len(group_names)) if totals[g]),  # what readers look for first
                    key=lambda g: (rank.get(group_names[g], len(rank)), group_names[g]))
    ids = df.index
    labels = df["value_label"]
    subjects = df["subject_label"]
    others = article_count(df) - len(top)
    segments: dict[int, list[tuple[str, int, list[str], str]]] = {}
    for k, start, count in zip(present.tolist(), starts.tolist(), counts.tolist(), strict=True):
        rows = order[start:start + min(count, MAX_IDS_PER_MARK)]
        examples = "<br>".join(f"{esc(label)} {esc(short(subject, 40))}" for label, subject in zip(
            texts_at(labels, rows[:3]), texts_at(subjects, rows[:3]), strict=True))
        segments.setdefault(k // len(group_names), []).append(
            (group_names[k % len(group_names)], count, [str(i) for i in ids[rows]], examples))
    fig = go.Figure(_validate=False)
    for slot in sorted(segments):
        if slot < len(top):
            source = top[slot]
            name = short(source["label"], 40)
            cite = citation(source["label"], source["publisher"], source["published"])
            color = ARTICLE_COLORS[slot % len(ARTICLE_COLORS)]
        else:
            name = cite = f"{others:,} other article{'s' if others != 1 else ''}"
            color = OTHER_COLOR
        parts = segments[slot]
        hover = [f"<b>{esc(group)}</b> · {count:,} figure{'s' if count != 1 else ''}<br>{cite}<br>"
                 f"{examples}{'<br>…' if count > 3 else ''}" for group, count, _ids, examples in parts]
        fig.add_trace(go.Bar(_validate=False,
            y=[p[0] for p in parts], x=[p[1] for p in parts], orientation="h", name=esc(name),
            marker={"color": color, "line": {"color": "white", "width": 0.5}},
            customdata=[p[2] for p in parts], hovertext=hover, hovertemplate="%{hovertext}<extra></extra>"))
    names = [group_names[g] for g in groups]
    fig.update_layout(barmode="stack", bargap=0.25, showlegend=True,
                      legend={**TOP_LEGEND, "entrywidth": 0, "traceorder": "normal"})
    fig.update_yaxes(categoryorder="array", categoryarray=names[::-1], title=None)
    fig.update_xaxes(title={"text": "number of figures", "font": {"size": 11}})
    legend_rows = -(-len(fig.data) // 2)  # two article names fit a row
    return finish(fig, 110 + 26 * len(names) + 20 * legend_rows)


def casualty_chart(df: pd.DataFrame, max_marks: int = MAX_CASUALTY_MARKS,
                   rows: pd.DataFrame | None = None) -> go.Figure:
    """Casualty figures (CASUALTY_CATEGORIES: killed, injured, missing, displaced ...) per subject:
    one mark per figure placed by value (log scale), shaped by qualifier, labelled "≥ 703"."""
    if rows is None:  # the caller may have picked them already (`casualty_rows`)
        rows, _total = casualty_rows(df, max_marks)
    if rows.empty:
        return empty_chart("No casualty figures match the filters.",
                           detail=f"Casualty figures: {', '.join(CASUALTY_CATEGORIES)}.")
    keys = rows["subject_label"].str.lower()
    names = rows.groupby(keys, sort=False)["subject_label"].first()
    order = rows.groupby(keys, sort=False)["value"].max().sort_values(ascending=False).index.tolist()
    lane = {k: i for i, k in enumerate(order)}
    # Spread marks that share a subject lane so "hundreds killed" and "hundreds surrendered"
    # of the same troops do not hide each other.
    rank = rows.groupby(keys, sort=False).cumcount().to_numpy()
    size = rows.groupby(keys, sort=False)["value"].transform("size").to_numpy()
    offset = np.where(size > 1, (rank / np.maximum(size - 1, 1) - 0.5) * np.minimum(0.6, 0.22 * size), 0)
    y = np.array([lane[k] for k in keys]) + offset
    show_text = len(rows) <= LABEL_MARKS
    axis, x_range = value_axis(rows["value_top"].to_numpy(dtype=float), show_text)
    fig = go.Figure(_validate=False)
    for category in CASUALTY_CATEGORIES:
        pick = (rows["category"].astype(str) == category).to_numpy()
        if not pick.any():
            continue
        part = rows[pick]
        x = part["value"].to_numpy(dtype=float)
        high = part["value_high"].to_numpy(dtype=float)
        spread = np.where(np.isnan(high), 0, high - x)
        color = CATEGORY_COLORS[category]
        fig.add_trace(go.Scatter(_validate=False,
            x=x, y=y[pick], mode="markers+text" if show_text else "markers", name=category,
            text=part["value_label"].astype(str).tolist() if show_text else None,
            textposition=_text_sides(x, axis, x_range) if show_text else None,
            textfont={"size": 11, "color": color},
            marker={"symbol": symbols(part), "size": 12, "color": color,
                    "line": {"width": 1.5, "color": color}},
            error_x={"type": "data", "symmetric": False, "array": spread, "arrayminus": [0] * len(part),
                     "visible": bool(spread.any()), "color": color, "thickness": 2, "width": 0},
            customdata=[[fid] for fid in part.index], hovertext=hover_text(part),
            hovertemplate="%{hovertext}<extra></extra>", cliponaxis=False))
    fig.update_yaxes(tickvals=list(range(len(order))), ticktext=[esc(short(names[k], 30)) for k in order],
                     range=[len(order) - 0.5, -0.5], showgrid=True, title=None)
    fig.update_xaxes(type=axis, range=x_range, dtick=1 if axis == "log" else None,
                     title={"text": "reported number" + (" (log scale)" if axis == "log" else ""),
                            "font": {"size": 11}})
    fig.update_layout(showlegend=False)  # the card's HTML key names colours and shapes
    return finish(fig, 90 + 34 * len(order))


def timeline_chart(df: pd.DataFrame, max_marks: int = MAX_TIMELINE_MARKS,
                   rows: pd.DataFrame | None = None) -> go.Figure:
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
    fig = go.Figure(_validate=False)
    for category in [c for c in CATEGORY_ORDER if c in present]:
        pick = (rows["category"].astype(str) == category).to_numpy()
        part = rows[pick]
        color = CATEGORY_COLORS.get(category, "#888")
        fig.add_trace(go.Scatter(_validate=False,
            x=when[pick], y=part["value"].to_numpy(), mode="markers+text" if show_text else "markers",
            name=category, text=part["value_label"].astype(str).tolist() if show_text else None,
            textposition="middle right",
            textfont={"size": 10, "color": color},
            marker={"symbol": symbols(part), "size": 10, "color": color, "opacity": 0.85,
                    "line": {"width": 1.5, "color": color}},
            customdata=[[fid] for fid in part.index], hovertext=hover_text(part),
            hovertemplate="%{hovertext}<extra></extra>", cliponaxis=False))
    first, last = rows["date"].min(), rows["date"].max()
    pad = max(pd.Timedelta(days=2), (last - first) * 0.06)
    daily = (last - first) <= pd.Timedelta(days=21)
    fig.update_xaxes(range=[first - pad, last + pad], title=None, tickformat="%-d %b %Y",
                     dtick=86_400_000 if daily else None)
    fig.update_yaxes(type=axis, range=y_range, dtick=1 if axis == "log" else None,
                     title={"text": "people" + (" (log scale)" if axis == "log" else ""),
                            "font": {"size": 11}})
    fig.update_layout(legend=TOP_LEGEND)
    return finish(fig, 300)


def source_chart(df: pd.DataFrame, limit: int = TOP_SOURCES, counts: SourceCounts | None = None) -> go.Figure:
    """Figures per source as horizontal bars stacked by category; click a bar for that source.
    `counts` is `source_counts(df, limit)` when the caller has it already."""
    counts = source_counts(df, limit) if counts is None else counts
    if not counts.values:
        return empty_chart("No figures match the filters.", 220)
    choices = [[choice(value)] for value in counts.values]
    fig = go.Figure(_validate=False)
    for category, per_source in counts.counts.items():
        hover = [f"<b>{esc(short(label, 60))}</b> · {n:,} {esc(category)} figure{'s' if n != 1 else ''} "
                 f"of {total:,}<br><span style='color:#6c757d'>click to show only this source</span>"
                 for label, n, total in zip(counts.labels, per_source, counts.totals, strict=True)]
        fig.add_trace(go.Bar(_validate=False,
            y=list(range(len(counts.values))), x=per_source, orientation="h", name=esc(category),
            marker={"color": CATEGORY_COLORS.get(category, "#888"), "line": {"color": "white", "width": 0.5}},
            customdata=choices, hovertext=hover, hovertemplate="%{hovertext}<extra></extra>"))
    fig.update_layout(barmode="stack", bargap=0.25, showlegend=True,
                      legend={**TOP_LEGEND, "traceorder": "normal"})
    fig.update_yaxes(tickvals=list(range(len(counts.values))), autorange="reversed", title=None,
                     ticktext=[esc(short(label, 34)) for label in counts.labels])
    fig.update_xaxes(title={"text": "number of figures", "font": {"size": 11}})
    legend_rows = -(-len(fig.data) // 6)
    return finish(fig, 100 + 26 * len(counts.values) + 20 * legend_rows)


def tally_chart(corpus: Corpus, tallies: pd.DataFrame, category: str | None, reading: str,
                limit: int = CHART_ARTICLES) -> tuple[go.Figure, str]:
    """The articles with the highest tallies of one category: a bar at the reading, a line from
    the conservative to the highest reading; each bar's customdata is its tally's figure ids.
    With the caption."""
    chosen = tallies[tallies["category"] == category] if category else tallies.iloc[:0]
    if chosen.empty:
        return empty_chart("No tallies for the filters."), ""
    total = chosen["doc"].nunique()
    values = chosen[reading].to_numpy(dtype=float)
    if len(values) > limit:  # the highest `limit` found without sorting them all
        chosen = chosen.iloc[np.argpartition(-values, limit - 1)[:limit]]
    top = chosen.sort_values([reading, "doc"], ascending=[False, True]).iloc[::-1]
    labels = [short(corpus.document(str(d)).get("title") or str(d), 44) for d in top["doc"]]
    values = top[reading].to_numpy(dtype=float)
    hover = [f"<b>{esc(label)}</b><br>{esc(PREFIX[reading])}{format_number(v)} {esc(category)}"
             f"<br>conservative {format_number(lo)} · best {format_number(b)} · highest {format_number(hi)}"
             f"<br>{esc(short(how, 160))}"
             for label, v, lo, b, hi, how in zip(labels, values, top["low"], top["best"], top["high"],
                                                 top["how"], strict=True)]
    fig = go.Figure(go.Bar(
        x=values, y=[f"{len(labels) - i}. {esc(label)}" for i, label in enumerate(labels)], orientation="h",
        marker_color=CATEGORY_COLORS.get(category, OTHER_COLOR),
        error_x={"type": "data", "symmetric": False, "array": top["high"].to_numpy(float) - values,
                 "arrayminus": values - top["low"].to_numpy(float), "color": "#555", "thickness": 1},
        customdata=[ids_of(f) for f in top["figures"]], hovertext=hover, hoverinfo="text",
        text=[format_number(v) for v in values], textposition="outside", cliponaxis=False))
    fig.update_layout(xaxis_title=f"{category} ({READING_NAMES[reading]}; the line: conservative to highest)",
                      margin={"l": 10, "r": 40, "t": 10, "b": 40})
    shown = len(top)
    caption = (f"The {shown} articles with the highest {category} tallies" if total > shown
               else f"Every article with a {category} tally ({total})")
    return finish(fig, 60 + 26 * shown), caption + "; click a bar for the figures it adds up."


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
    colors = source_colors(sources)
    legend = len(sources) <= LEGEND_SOURCES  # a trace per source, named in the legend; else one
    for source in sources if legend else [None]:
        mine = dots[dots["source"] == source] if legend else dots
        fig.add_trace(go.Scatter(
            x=mine["value"], y=mine["row"], mode="markers+text", name=esc(short(source or "", 30)),
            marker={"size": 11, "color": [colors[s] for s in mine["source"]],
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
