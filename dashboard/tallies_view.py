"""The Tallies tab and the quote panel's tally strip: how many in all, per article and
category, in the reading the page is switched to (conservative, best estimate, highest claim).
Plain functions of the data; the Dash wiring is `dashboard.wiring_views`.

The articles listed are those with a figure the filters keep (so a publisher, a place or a
search narrows them), and a category filter narrows the categories. Summing tallies over
articles counts an event as often as articles report it: the totals say so, and the Claims
tab is where one event's reports are matched.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd
from dash import html

from dashboard.charts import CATEGORY_COLORS, OTHER_COLOR, Figure, empty_chart, esc, finish, short
from dashboard.data import Corpus
from dashboard.filters import Filters
from dashboard.labels import date_text, format_number
from dashboard.reconciled import BEST, HIGH, LOW, READING_NAMES, READINGS, TALLY_COLUMNS, Reconciled, ids_of

MAX_TALLY_ROWS = 1000  # articles the table lists (the highest tallies first)
CHART_ARTICLES = 20  # bars of the chart
PREFIX = {LOW: "at least ", BEST: "", HIGH: "up to "}
STRIP_CATEGORIES = 4  # categories the quote panel's strip names


def reading_of(value: Any) -> str:
    """A reading from a component or the address: low, best or high (best for anything else)."""
    return value if value in READINGS else BEST


def kept(corpus: Corpus, column: str, filters: Filters) -> tuple[pd.Index, np.ndarray]:
    """A categorical column's categories, and for each whether a figure the filters keep holds
    it (a count per code, no string per row)."""
    values = corpus.figures[column]
    names = values.cat.categories
    codes = values.cat.codes.to_numpy()[corpus.mask(filters)]
    return names, np.bincount(codes[codes >= 0], minlength=len(names))[:len(names)] > 0


def tallies_kept(corpus: Corpus, reconciled: Reconciled, filters: Filters) -> pd.DataFrame:
    """The tallies of the articles the filters keep, of the categories they keep."""
    docs, present = kept(corpus, "doc", filters)
    return reconciled.tallies_for(docs, present, filters.categories)


def categories_of(tallies: pd.DataFrame) -> list[str]:
    """The categories the tallies hold, the usual casualty columns first."""
    present = {str(c) for c in tallies["category"].unique()}
    return [c for c in TALLY_COLUMNS if c in present] + sorted(present - set(TALLY_COLUMNS))


def tally_rows(corpus: Corpus, tallies: pd.DataFrame, reading: str,
               limit: int = MAX_TALLY_ROWS) -> list[dict[str, Any]]:
    """One table row per article: its title, publisher and date, and per category the tally in
    the reading (with `<category>_how`, the derivation, for the cell's tooltip); highest
    tallies of the first category first."""
    if tallies.empty:
        return []
    unique = tallies.drop_duplicates(["doc", "category"])
    wide = unique.pivot(index="doc", columns="category", values=reading)
    wide.columns = wide.columns.astype(str)
    wide.index = wide.index.astype(str)
    order = [c for c in categories_of(tallies) if c in wide.columns]
    wide = wide[order].sort_values(order, ascending=False, na_position="last").head(limit)
    shown = unique[unique["doc"].isin(wide.index)]
    docs, categories, hows = (shown[c].to_numpy(dtype=object) for c in ("doc", "category", "how"))
    how = dict(zip(zip(docs, categories, strict=True), hows, strict=True))
    documents = corpus.documents.reindex(wide.index)
    titles, publishers, dates = (documents[c].to_numpy(dtype=object)
                                 for c in ("title", "publisher", "published"))
    values = wide.to_numpy(dtype=float)
    rows = []
    for n, doc in enumerate(wide.index.to_numpy(dtype=object)):
        row: dict[str, Any] = {"doc": doc, "article": _text(titles[n]) or doc,
                               "publisher": _text(publishers[n]), "published": date_text(_text(dates[n]))}
        for category, value in zip(order, values[n], strict=True):
            if not np.isnan(value):
                row[category] = float(value)
                row[f"{category}_how"] = how[(doc, category)]
        rows.append(row)
    return rows


def _text(value: Any) -> str:
    """A documents.csv cell as text ("" for an article it does not list)."""
    return "" if not isinstance(value, str) else value


def totals_line(tallies: pd.DataFrame, reading: str) -> list[Any]:
    """How many articles are listed, and their tallies added up in the reading, said plainly to
    count an event once per article that reports it."""
    if tallies.empty:
        return [html.Span("No article the filters keep counts people or events.")]
    articles = tallies["doc"].nunique()
    sums = tallies.groupby("category", observed=True)[reading].sum()
    parts = [f"{PREFIX[reading]}{format_number(float(sums[c]))} {c}" for c in categories_of(tallies)[:6]]
    return [html.Strong(f"{articles:,} article{'s' if articles != 1 else ''} with tallies"),
            f" ({READING_NAMES[reading]}). Their tallies added up, each article's report counted "
            f"(an event several articles cover counts once per article; the Claims tab matches "
            f"them): {', '.join(parts)}."]


def tally_chart(corpus: Corpus, tallies: pd.DataFrame, category: str | None, reading: str,
                limit: int = CHART_ARTICLES) -> tuple[Figure, str]:
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
    bars = {
        "type": "bar", "x": values, "orientation": "h",
        "y": [f"{len(labels) - i}. {esc(label)}" for i, label in enumerate(labels)],
        "marker": {"color": CATEGORY_COLORS.get(category, OTHER_COLOR)},
        "error_x": {"type": "data", "symmetric": False, "array": top["high"].to_numpy(float) - values,
                    "arrayminus": values - top["low"].to_numpy(float), "color": "#555", "thickness": 1},
        "customdata": [ids_of(f) for f in top["figures"]], "hovertext": hover, "hoverinfo": "text",
        "text": [format_number(v) for v in values], "textposition": "outside", "cliponaxis": False}
    title = f"{category} ({READING_NAMES[reading]}; the line: conservative to highest)"
    shown = len(top)
    caption = (f"The {shown} articles with the highest {category} tallies" if total > shown
               else f"Every article with a {category} tally ({total})")
    chart = finish([bars], {"xaxis": {"title": {"text": title}}}, 60 + 26 * shown)
    return chart, caption + "; click a bar for the figures it adds up."


def tally_strip(reconciled: Reconciled, doc: str, reading: str) -> html.Div | None:
    """The quote panel's line on the figure's article: "This article: at least 23 killed, 40
    injured — from 3 figures", each category's derivation in the tooltip."""
    tallies = reconciled.tallies_of(doc)
    if tallies.empty:
        return None
    order = categories_of(tallies)[:STRIP_CATEGORIES]
    rows = {str(r["category"]): r for _i, r in tallies.iterrows()}
    parts = [f"{PREFIX[reading]}{format_number(float(rows[c][reading]))} {c}" for c in order]
    figures = {i for c in order for i in ids_of(str(rows[c]["figures"]))}
    how = "\n".join(f"{c}: {rows[c]['how']}" for c in order)
    return html.Div([html.Span("This article: ", className="strip-head"), ", ".join(parts),
                     html.Span(f" — from {len(figures)} figure{'s' if len(figures) != 1 else ''}",
                               className="text-muted")],
                    className="tally-strip", title=how)


def tally_figures(reconciled: Reconciled, doc: str, category: str | None) -> list[str]:
    """The figure ids of one article's tally of a category (its first tally's when the
    category is not one of its tallies)."""
    tallies = reconciled.tallies_of(doc)
    if tallies.empty:
        return []
    chosen = tallies[tallies["category"] == category]
    row = chosen.iloc[0] if len(chosen) else tallies.iloc[0]
    return ids_of(str(row["figures"]))
