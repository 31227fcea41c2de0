"""What the page's callbacks do, as plain functions that tests call directly (the Dash wiring
is `dashboard.wiring`).

Each function takes the corpus and plain values (filter values, a click payload, the URL's
query string) and returns plain values or components, so it can be tested without a browser
or a running server.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import dash
import numpy as np

from dashboard import charts, components, ids, quotes, timeline
from dashboard.data import Corpus, article_count, sources, totals
from dashboard.filters import DEFAULT_VIEW, Filters, strings
from dashboard.grid import check_request, grid_rows
from dashboard.source_chart import pick_source, source_chart, source_counts, source_note
from dashboard.summary import active_filters, summary_line, summary_text, without
from dashboard.table import grid_height
from dashboard.urlstate import (
    component_values,
    filters_from_query,
    option_text,
    option_value,
    parse_location,
    with_figure,
)

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["parse_location"]  # re-exported: the URL's figure is read here too

DOWNLOAD_NAME = "figures-filtered.csv"
CAPTION = components.CAPTION_ARTICLES
MAX_OTHERS = 30  # links to the other figures of a clicked mark
HIDDEN = {"display": "none"}
# Why the whole article cannot be opened, by the quote's note.
NO_ARTICLE = {
    quotes.CHANGED: "The whole article cannot be shown: its text in texts.jsonl has changed since "
                    "figures.csv was written (re-run stats extract).",
    quotes.NO_TEXT: "The whole article cannot be shown: texts.jsonl has no text for it.",
    quotes.NO_TEXTS: "The whole article cannot be shown: this output folder has no texts.jsonl "
                     "(re-run stats extract).",
}


# --------------------------------------------------------------------- URL and clicks
def ids_from_click(click: dict[str, Any] | None) -> list[str]:
    """The figure ids a chart mark carries (its customdata), from a Graph clickData payload."""
    points = (click or {}).get("points") or []
    if not points:
        return []
    data = points[0].get("customdata")
    if isinstance(data, str):
        return [data]
    if isinstance(data, list):
        return [str(x) for x in data if isinstance(x, str | int)]
    return []


def navigate(trigger: str | None, click: dict[str, Any] | None, cell: dict[str, Any] | None,
             search: str | None) -> tuple[Any, Any]:
    """New query string (the filters kept) and mark ids after a chart click, a table click, or
    opening/closing the article view (dash.no_update when nothing changes)."""
    current, _view = parse_location(search)
    if trigger in ids.CHARTS:
        picked = ids_from_click(click)
        if not picked:
            return dash.no_update, dash.no_update
        return with_figure(search, picked[0]), picked
    if trigger == ids.GRID:
        row = (cell or {}).get("rowId")
        if not row:
            return dash.no_update, dash.no_update
        return with_figure(search, str(row)), [str(row)]
    if trigger == ids.OPEN_ARTICLE and current:
        return with_figure(search, current, True), dash.no_update
    if trigger == ids.CLOSE_ARTICLE:
        return with_figure(search, current), dash.no_update
    return dash.no_update, dash.no_update


def show_figure(corpus: Corpus, search: str | None, pathname: str | None, mark_ids: list[str] | None,
                href: str | None, extras: list[Any] | None = None) -> tuple[Any, ...]:
    """For the URL: the quote panel (with `extras` after its citation), its action bar,
    permalink and copy text, the article view (style, title, body), whether "Read the whole
    article" is disabled and why, and the "show these N figures" button (label, style)."""
    figure_id, view = parse_location(search, pathname)
    closed = (HIDDEN, dash.no_update, dash.no_update)
    nothing = (True, "", "", HIDDEN)
    if not figure_id:
        return (components.quote_placeholder(), HIDDEN, "?", "", *closed, *nothing)
    quote = quotes.quote(corpus, figure_id)
    if quote is None:
        return (components.not_found(figure_id), HIDDEN, "?", "", *closed, *nothing)
    link = components.figure_href(figure_id)
    base = (href or "").split("?")[0].split("#")[0]
    others = []
    if mark_ids and figure_id in mark_ids:
        for other in mark_ids[:MAX_OTHERS + 1]:
            row = corpus.figure(other)
            if other != figure_id and row is not None:
                others.append({"figure_id": other, "value_label": str(row["value_label"]),
                               "subject_label": str(row["subject_label"])})
    panel = components.quote_panel(quote, others[:MAX_OTHERS], search, extras)
    mark = (f"Show these {len(mark_ids or []):,} figures in the table", {}) if others else ("", HIDDEN)
    reason = "" if quote.from_article else NO_ARTICLE.get(quote.note, quote.note)
    actions = (panel, {}, link, base + link)
    if not view or reason:
        return (*actions, *closed, bool(reason), reason, *mark)
    article = quotes.article(corpus, figure_id)
    title, body = components.article_view(article, figure_id, search) if article else ([], [])
    return (*actions, {"display": "block"}, title, body, False, "", *mark)


def grid_target(corpus: Corpus, search: str | None, pathname: str | None,
                request: dict[str, Any] | None) -> dict[str, Any] | None:
    """Where the URL's figure sits in the table (the filters of the URL, the table's last sort
    and column filters): {"id", "index"}, or None when it is not in the table. ValueError when
    the table's request is malformed (`check_request`)."""
    request = check_request(request)
    figure_id, _view = parse_location(search, pathname)
    position = corpus.position(figure_id)
    if figure_id is None or position is None:
        return None
    shown = corpus.table_positions(filters_from_query(search), request.get("filterModel"),
                                   request.get("sortModel"))
    found = np.flatnonzero(shown == position)
    return {"id": figure_id, "index": int(found[0])} if len(found) else None


# --------------------------------------------------------------------- filters
def update_view(corpus: Corpus, filters: Filters, by: str = "category") -> dict[str, Any]:
    """Everything the filters drive except the table rows: totals, the charts and their
    captions, the timeline's note, and the summary line with its filter chips."""
    view = corpus.filtered(filters)
    overall = corpus.overall
    summary = totals(view)
    drawn, articles = sources(view, CAPTION), summary["articles"]  # shared by two captions
    casualties, casualty_total = charts.casualty_rows(view)
    casualty_note = ""
    if casualty_total > len(casualties):
        casualty_note = (f"Showing {len(casualties):,} of {casualty_total:,} casualty figures (the largest "
                         "of each frequent subject); narrow the filters to see every one.")
    shown = summary["figures"]
    text = summary_text(shown, overall["figures"], summary["articles"])
    result = {
        **source_view(view, drawn, articles),
        **timeline_view(view),
        "totals": components.totals_bar(summary, overall, shown < overall["figures"]),
        "category_chart": charts.category_chart(view, by),
        "category_caption": components.caption("Draws on", drawn, articles),
        "casualty_chart": charts.casualty_chart(view, rows=casualties),
        "casualty_caption": components.caption("Draws on", sources(casualties, CAPTION),
                                               article_count(casualties), casualty_note),
        "summary": summary_line(text, active_filters(filters, corpus)),
    }
    for chart in CHART_KEYS:
        result[f"{chart}_style"] = graph_style(result[f"{chart}_chart"])
    return result


CHART_KEYS = ("category", "casualty", "timeline", "source")


def graph_style(figure: Any) -> dict[str, str]:
    """A chart's box: as tall as the figure was laid out, as wide as its card. The graphs are
    responsive (they refit their box when the window is resized), so the box holds the height."""
    return {"height": f"{int(figure['layout'].get('height') or 300)}px", "width": "100%"}


def timeline_view(view: pd.DataFrame) -> dict[str, Any]:
    """The timeline of a filtered view, its caption, and the note it folds into when fewer than
    a third of the view's articles are dated (its text and style; hidden otherwise)."""
    dated, dated_total = timeline.timeline_rows(view)
    dated_articles, every = timeline.dated_articles(view)
    counted = int(timeline.people(view).sum())
    note = ""
    if counted > dated_total:
        left = counted - dated_total
        note = f"{left:,} count{'s' if left != 1 else ''} of people from undated articles not shown."
    if dated_total > len(dated):
        note = (f"Showing {len(dated):,} of {dated_total:,} dated counts of people, evenly spread over "
                "the dates. " + note)
    folded = timeline.sparse(dated_articles, every)
    return {
        "timeline_chart": timeline.timeline_chart(view, rows=dated),
        "timeline_caption": components.caption("Draws on", sources(dated, CAPTION), article_count(dated),
                                               note),
        "timeline_note": timeline.sparse_note(dated_articles, every) if folded else "",
        "timeline_note_style": {} if folded else HIDDEN,
    }


def source_view(view: pd.DataFrame, drawn: list[dict[str, Any]], articles: int) -> dict[str, Any]:
    """The "Figures by source" chart of a filtered view and its caption (naming the articles
    `drawn` of `articles`, as the category chart's caption does, plus the sources left out)."""
    counts = source_counts(view)
    caption = components.caption("Draws on", drawn, articles, source_note(counts))
    return {"source_chart": source_chart(view, counts=counts), "source_caption": caption}


def set_filters(trigger: Any, current: Filters, search: str | None = None,
                click: dict[str, Any] | None = None, current_source: Any = None,
                mark_ids: list[str] | None = None) -> list[Any]:
    """Every filter component's new value (ids.FILTERS order; dash.no_update for those that stay):
    on page load (no trigger) those of the URL; after "Clear filters" the default view's; after
    a click on the source chart the clicked source; after a chip's × the filters without it;
    after "show these N figures" the clicked mark's figures."""
    keep: list[Any] = [dash.no_update] * len(ids.FILTERS)
    if trigger is None:
        restored = filters_from_query(search)
        return keep if restored == DEFAULT_VIEW else component_values(restored)
    if trigger == ids.CLEAR_FILTERS:
        return component_values(DEFAULT_VIEW)
    if trigger == ids.CHART_SOURCE:  # the bar carries the source's text, the dropdown its option value
        chosen = pick_source(click, [option_text(v) for v in strings(current_source)])
        if chosen is not None:
            keep[ids.FILTERS.index(ids.FILTER_SOURCE)] = [option_value(v) for v in chosen]
        return keep
    if trigger == ids.SHOW_MARK:
        if mark_ids:
            keep[ids.FILTERS.index(ids.FILTER_FIGURES)] = list(mark_ids)
        return keep
    if isinstance(trigger, dict) and trigger.get("type") == ids.REMOVE_FILTER:
        changed = without(current, str(trigger.get("key", "")))
        if changed != current:
            return component_values(changed)
    return keep


MAX_BLOCK = 500  # rows one table request may fetch


def table_rows(corpus: Corpus, filters: Filters,
               request: dict[str, Any] | None) -> tuple[dict[str, Any], str, dict[str, str]]:
    """One block of table rows for ag-grid's infinite row model, the table's count line and its
    style (as tall as the rows it shows, one page at most). ValueError when the request is
    malformed (`check_request`)."""
    request = check_request(request)
    model = request.get("filterModel")
    shown = corpus.table_positions(filters, model, request.get("sortModel"))
    start = max(0, int(request.get("startRow") or 0))
    end = min(int(request.get("endRow") or start + 100), start + MAX_BLOCK)  # a request cannot ask for all
    count = f"{len(shown):,} figure{'s' if len(shown) != 1 else ''}"
    if model:
        count += " (table filters on)"
    style = {"height": grid_height(len(shown))}
    page = corpus.figures.iloc[shown[start:end]]  # only the block's rows are copied
    return {"rowData": grid_rows(page, 0, len(page)), "rowCount": len(shown)}, count, style
