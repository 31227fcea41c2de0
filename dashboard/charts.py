"""Chart builders: pure functions from a figures DataFrame (as `data.load` prepares it) to a
plotly figure as plain dicts ({"data": [...], "layout": {...}}: the JSON plotly's graph objects
gave, without their validation and deep copies, half of a redraw at a million figures). Every
mark carries the ids of the figures behind it in `customdata`, so a click can open the quote;
hover text gives value, subject and a short citation.

Big views are capped so the browser never receives hundreds of thousands of points: bars
carry at most MAX_IDS_PER_MARK ids, point charts at most a few hundred marks (the caption
under each chart says so).
"""

from __future__ import annotations

import html
import textwrap
from typing import Any

import numpy as np
import pandas as pd

from dashboard.columnar import map_categories
from dashboard.data import CASUALTY_CATEGORIES, CATEGORY_ORDER, KINDS, article_count, sources
from dashboard.filters import is_in

MAX_IDS_PER_MARK = 50
TOP_ARTICLES = 8
MAX_CASUALTY_MARKS = 300
MAX_CASUALTY_SUBJECTS = 14
DETAIL_WIDTH = 36  # characters a line of an empty chart's detail holds
LABEL_MARKS = 60  # print the value next to each mark when there are at most this many
FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif"

CATEGORY_COLORS = {
    "killed": "#b83227", "injured": "#e0762b", "casualties": "#8e1f4f", "missing": "#8c6d46",
    "displaced": "#7d4e9f", "affected": "#d07a9c", "prisoners": "#3c5a80", "surrendered": "#1a9a8a",
    "forces": "#4b5d6b", "attacks": "#c2562a", "territory": "#3f8f4e",
    "money": "#b08a1e", "population": "#2f7fb8", "distance": "#8b8f94", "duration": "#a3a9ae",
    "other": "#c4c8cc",
}
ARTICLE_COLORS = ["#3a6ea5", "#e39b3b", "#5aa17f", "#c25b56", "#8a6fb0", "#4fa3b8", "#b8905a",
                  "#d483a8", "#7d8f3c", "#6b7c93"]
OTHER_COLOR = "#d3d7dc"
QUALIFIER_SYMBOLS = {
    "exact": "circle", "at_least": "triangle-right", "more_than": "triangle-right",
    "at_most": "triangle-left", "less_than": "triangle-left", "up_to": "triangle-left",
    "about": "diamond", "nearly": "diamond", "range": "line-ew",
}
SYMBOL_KEY = [("●", "exactly"), ("▶", "at least / more than"), ("◀", "at most / up to"), ("◆", "about"),
              ("▷", "vague (“hundreds”)")]

TOP_LEGEND = {"orientation": "h", "y": 1.0, "yanchor": "bottom", "x": 0, "xanchor": "left",
              "entrywidth": 88, "font": {"size": 11}}
Figure = dict[str, Any]  # {"data": [trace dicts], "layout": {...}}, as plotly.js reads it
_TEMPLATE = {"layout": {
    "font": {"family": FONT, "size": 12, "color": "#2b2f33"},
    "paper_bgcolor": "rgba(0,0,0,0)", "plot_bgcolor": "rgba(0,0,0,0)",
    "hoverlabel": {"bgcolor": "white", "bordercolor": "#c9ced4",
                   "font": {"family": FONT, "size": 12, "color": "#1f2933"}, "align": "left"},
    "xaxis": {"gridcolor": "#eceef1", "linecolor": "#c9ced4", "zeroline": False, "automargin": True},
    "yaxis": {"gridcolor": "#eceef1", "linecolor": "#c9ced4", "zeroline": False, "automargin": True},
    "legend": {"font": {"size": 11}},
}}


def esc(text: object) -> str:
    """Text for plotly's hover pseudo-HTML: escaped, so article text never becomes markup."""
    return html.escape(str(text if text is not None else ""), quote=False)


def short(text: object, limit: int = 48) -> str:
    """Text cut to `limit` characters with an ellipsis, whitespace collapsed."""
    text = " ".join(str(text or "").split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _date(published: object) -> str:
    """The publication date, or 'undated'."""
    return str(published) if isinstance(published, str) and published.strip() else "undated"


def citation(title: object, publisher: object, published: object) -> str:
    """A short citation for hover text, on two lines: “Title…”, then publisher · date (escaped)."""
    where = [esc(short(publisher, 30))] if isinstance(publisher, str) and publisher.strip() else []
    where.append(esc(_date(published)))
    return f"“{esc(short(title, 44))}”<br>" + " · ".join(where)


def finish(data: list[dict[str, Any]], layout: dict[str, Any], height: int) -> Figure:
    """A figure of traces and layout with the shared look: template, height, tight margins,
    clicks as events, no drag."""
    layout.update(template=_TEMPLATE, height=height, margin={"l": 8, "r": 16, "t": 8, "b": 8},
                  clickmode="event", hovermode="closest", dragmode=False)
    return {"data": data, "layout": layout}


def empty_chart(message: str, height: int = 260, detail: str = "") -> Figure:
    """A blank chart that says why it is blank: the message, and any detail in smaller type on
    lines of at most DETAIL_WIDTH characters, so a narrow chart does not clip it."""
    lines = [esc(message)] + [f"<span style='font-size:11.5px'>{esc(line)}</span>"
                              for line in textwrap.wrap(detail, DETAIL_WIDTH)]
    note = {"text": "<br>".join(lines), "showarrow": False, "x": 0.5, "y": 0.5, "xref": "paper",
            "yref": "paper", "font": {"size": 13, "color": "#6c757d"}}
    hidden = {"visible": False}
    return finish([], {"annotations": [note], "xaxis": hidden, "yaxis": dict(hidden)}, height)


# --------------------------------------------------------------------- per category
def column_codes(column: pd.Series) -> tuple[np.ndarray, list[str]]:
    """Integer codes and their names for a (categorical or plain) column."""
    if isinstance(column.dtype, pd.CategoricalDtype):
        return column.cat.codes.to_numpy(), [str(c) for c in column.cat.categories]
    codes, names = pd.factorize(column)
    return codes, [str(n) for n in names]


def texts_at(column: pd.Series, rows: np.ndarray) -> list[str]:
    """A column's values at some row positions as strings (a categorical's read through its
    codes, without turning the whole column into strings)."""
    if isinstance(column.dtype, pd.CategoricalDtype):
        codes = column.cat.codes.to_numpy()[rows]
        names = column.cat.categories
        return ["" if c < 0 else str(names[c]) for c in codes]
    return [str(v) for v in column.iloc[rows]]


def lower_codes(column: pd.Series) -> tuple[np.ndarray, list[str]]:
    """A text column's values lower-cased, as codes and their names (one lower-casing per distinct
    value of a categorical; missing values get code -1)."""
    if isinstance(column.dtype, pd.CategoricalDtype):
        lowered = map_categories(column, str.lower)
        return np.asarray(lowered.codes), [str(c) for c in lowered.categories]
    codes, names = pd.factorize(column.astype(str).str.lower())
    return codes, [str(n) for n in names]


def category_chart(df: pd.DataFrame, by: str = "category", limit: int = TOP_ARTICLES) -> Figure:
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
    data = []
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
        data.append({"type": "bar", "y": [p[0] for p in parts], "x": [p[1] for p in parts],
                     "orientation": "h", "name": esc(name),
                     "marker": {"color": color, "line": {"color": "white", "width": 0.5}},
                     "customdata": [p[2] for p in parts], "hovertext": hover,
                     "hovertemplate": "%{hovertext}<extra></extra>"})
    names = [group_names[g] for g in groups]
    layout = {"barmode": "stack", "bargap": 0.25, "showlegend": True,
              "legend": {**TOP_LEGEND, "entrywidth": 0, "traceorder": "normal"},
              "yaxis": {"categoryorder": "array", "categoryarray": names[::-1], "title": {}},
              "xaxis": {"title": {"text": "number of figures", "font": {"size": 11}}}}
    legend_rows = -(-len(data) // 2)  # two article names fit a row
    return finish(data, layout, 110 + 26 * len(names) + 20 * legend_rows)


# --------------------------------------------------------------------- casualties
def casualty_rows(df: pd.DataFrame, max_marks: int = MAX_CASUALTY_MARKS,
                  max_subjects: int = MAX_CASUALTY_SUBJECTS) -> tuple[pd.DataFrame, int]:
    """The casualty figures a casualty chart draws and how many there were in all. Over
    max_marks: the largest figures of each of the max_subjects most frequent subjects, an
    equal share each, so every lane shows its own range."""
    picked = np.flatnonzero(is_in(df["category"], CASUALTY_CATEGORIES))
    total = len(picked)
    if total > max_marks:
        if "subject_key" in df:  # lanes by subject, case aside: lower-cased once, at load
            all_codes = df["subject_key"].cat.codes.to_numpy()
        else:
            all_codes, _names = lower_codes(df["subject_label"])
        subject_codes = all_codes[picked]
        per_subject = np.bincount(subject_codes[subject_codes >= 0])
        common = np.argsort(-per_subject, kind="stable")[:max_subjects]  # most frequent first
        common = common[per_subject[common] > 0]
        lane = np.full(len(per_subject) + 1, -1)
        lane[common] = np.arange(len(common))
        codes = lane[subject_codes]
        keep = codes >= 0
        picked, codes = picked[keep], codes[keep]
        values = df["value"].to_numpy()[picked]
        share = max(1, max_marks // len(common))
        # Only a lane's `share` largest values can be drawn: keep those at or above its share-th
        # largest (ties kept), then sort what is left by lane, largest first.
        floor = np.full(len(common), -np.inf)
        for i in range(len(common)):
            in_lane = values[codes == i]
            in_lane = in_lane[~np.isnan(in_lane)]
            if len(in_lane) > share:
                floor[i] = np.partition(in_lane, len(in_lane) - share)[len(in_lane) - share]
        top = (values >= floor[codes]) | (np.isnan(values) & np.isinf(floor[codes]))
        picked, codes, values = picked[top], codes[top], values[top]
        order = np.lexsort((-values, codes))  # by subject, largest first
        picked, codes = picked[order], codes[order]
        rank = np.arange(len(codes)) - np.searchsorted(codes, codes)  # place within its subject
        picked = picked[rank < share][:max_marks]
    return df.iloc[picked], total


def hover_text(rows: pd.DataFrame) -> list[str]:
    """Hover text per figure: value, subject, category, its source (when the text names one),
    citation and the span as written."""
    return [f"<b>{esc(label)}</b> {esc(short(subject, 40))} <i>({esc(category)})</i><br>"
            + (f"according to {esc(short(said_by, 40))}<br>" if said_by else "")
            + f"{citation(title, publisher, published)}<br>"
            f"<span style='color:#6c757d'>“{esc(short(span, 40))}” · click for the sentence</span>"
            for label, subject, category, said_by, title, publisher, published, span in zip(
                rows["value_label"], rows["subject_label"], rows["category"].astype(str),
                rows["said_by"].astype(str), rows["label"], rows["publisher"].astype(str),
                rows["published"], rows["span"], strict=True)]


def symbols(rows: pd.DataFrame) -> list[str]:
    """Marker shape per figure from its qualifier; hollow when the number is vague."""
    symbols = []
    for qualifier, vague in zip(rows["qualifier"].astype(str), rows["vague"], strict=True):
        symbol = QUALIFIER_SYMBOLS.get(qualifier, "circle")
        symbols.append(symbol + "-open" if vague and symbol != "line-ew" else symbol)
    return symbols


def value_axis(values: np.ndarray, labelled: bool) -> tuple[str, list[float]]:
    """Axis type and range for reported values: log when all are positive (at least two
    decades wide, so ticks stay readable), with room on the right for labels."""
    values = values[~np.isnan(values)]
    if len(values) and (values > 0).all():
        low, high = np.log10(values.min()), np.log10(values.max())
        pad = max(0.0, 2.0 - (high - low)) / 2
        return "log", [float(low - 0.3 - pad), float(high + pad + (0.6 if labelled else 0.3))]
    top = float(values.max()) if len(values) else 1.0
    bottom = min(0.0, float(values.min())) if len(values) else 0.0
    return "linear", [bottom, top * (1.3 if labelled else 1.05)]


def _text_sides(x: np.ndarray, axis: str, x_range: list[float]) -> list[str]:
    """Labels right of marks in the left part of the axis, left of marks near the right edge."""
    position = np.log10(x) if axis == "log" else x
    share = (position - x_range[0]) / max(x_range[1] - x_range[0], 1e-9)
    return ["middle left" if s > 0.5 else "middle right" for s in share]


def casualty_chart(df: pd.DataFrame, max_marks: int = MAX_CASUALTY_MARKS,
                   rows: pd.DataFrame | None = None) -> Figure:
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
    data = []
    for category in CASUALTY_CATEGORIES:
        pick = (rows["category"].astype(str) == category).to_numpy()
        if not pick.any():
            continue
        part = rows[pick]
        x = part["value"].to_numpy(dtype=float)
        high = part["value_high"].to_numpy(dtype=float)
        spread = np.where(np.isnan(high), 0, high - x)
        color = CATEGORY_COLORS[category]
        trace = {"type": "scatter", "x": x, "y": y[pick], "mode": "markers+text" if show_text else "markers",
                 "name": category}
        if show_text:
            trace.update(text=part["value_label"].astype(str).tolist(),
                         textposition=_text_sides(x, axis, x_range))
        data.append({
            **trace, "textfont": {"size": 11, "color": color},
            "marker": {"symbol": symbols(part), "size": 12, "color": color,
                       "line": {"width": 1.5, "color": color}},
            "error_x": {"type": "data", "symmetric": False, "array": spread, "arrayminus": [0] * len(part),
                        "visible": bool(spread.any()), "color": color, "thickness": 2, "width": 0},
            "customdata": [[fid] for fid in part.index], "hovertext": hover_text(part),
            "hovertemplate": "%{hovertext}<extra></extra>", "cliponaxis": False})
    log = axis == "log"
    layout = {"yaxis": {"tickvals": list(range(len(order))), "range": [len(order) - 0.5, -0.5],
                        "ticktext": [esc(short(names[k], 30)) for k in order], "showgrid": True, "title": {}},
              "xaxis": {"type": axis, "range": x_range, **({"dtick": 1} if log else {}),
                        "title": {"text": "reported number" + (" (log scale)" if log else ""),
                                  "font": {"size": 11}}},
              "showlegend": False}  # the card's HTML key names colours and shapes
    return finish(data, layout, 90 + 34 * len(order))
