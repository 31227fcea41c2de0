"""Callbacks: thin Dash wrappers around plain functions that tests call directly.

Each plain function takes the corpus and plain values (filter values, a click payload, the
URL's query string) and returns plain values or components, so it can be tested without a
browser or a running server.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qs, unquote

import dash
from dash import Input, Output, State, ctx, dcc

from dashboard import charts, components, ids, quotes
from dashboard.data import Corpus, article_count, sources, totals
from dashboard.filters import IMPLIED_ON, Filters
from dashboard.grid import grid_keep, grid_rows, grid_sort
from dashboard.layout import many_articles
from dashboard.options import article_options, many_values, value_options
from dashboard.source_chart import pick_source, source_chart, source_counts, source_note

if TYPE_CHECKING:
    import pandas as pd

_FIGURE_PATH = re.compile(r"/figure/([^/?#]+)/?$")
DOWNLOAD_NAME = "figures-filtered.csv"
CAPTION = components.CAPTION_ARTICLES
MAX_OTHERS = 30  # links to the other figures of a clicked mark


# --------------------------------------------------------------------- URL and clicks
def parse_location(search: str | None, pathname: str | None = None) -> tuple[str | None, bool]:
    """The figure id and whether the article view is open, from ?figure=<id>[&view=article]
    or /figure/<id>. The id is returned as given; look it up, never use it as a path."""
    query = parse_qs((search or "").lstrip("?"), keep_blank_values=True)
    figure = query.get("figure", [None])[0]
    if figure is None and pathname:
        match = _FIGURE_PATH.search(pathname)
        if match:
            figure = unquote(match.group(1))
    view = query.get("view", [""])[0] == "article"
    return (figure.strip() if isinstance(figure, str) else None) or None, view


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
    """New query string and mark ids after a chart click, a table click, or opening/closing
    the article view (dash.no_update when nothing changes)."""
    current, _view = parse_location(search)
    if trigger in ids.CHARTS:
        picked = ids_from_click(click)
        if not picked:
            return dash.no_update, dash.no_update
        return components.figure_href(picked[0]), picked
    if trigger == ids.GRID:
        row = (cell or {}).get("rowId")
        if not row:
            return dash.no_update, dash.no_update
        return components.figure_href(str(row)), [str(row)]
    if trigger == ids.OPEN_ARTICLE and current:
        return components.figure_href(current, article=True), dash.no_update
    if trigger == ids.CLOSE_ARTICLE:
        return (components.figure_href(current) if current else "", dash.no_update)
    return dash.no_update, dash.no_update


def show_figure(corpus: Corpus, search: str | None, pathname: str | None, mark_ids: list[str] | None,
                href: str | None) -> tuple[Any, ...]:
    """Quote panel, its action bar, permalink, copy text and the article view for the URL."""
    figure_id, view = parse_location(search, pathname)
    hidden = {"display": "none"}
    closed = (False, dash.no_update, dash.no_update)
    if not figure_id:
        return (components.quote_placeholder(), hidden, "?", "", *closed)
    quote = quotes.quote(corpus, figure_id)
    if quote is None:
        return (components.not_found(figure_id), hidden, "?", "", *closed)
    link = components.figure_href(figure_id)
    base = (href or "").split("?")[0].split("#")[0]
    others = []
    if mark_ids and figure_id in mark_ids:
        for other in mark_ids[:MAX_OTHERS + 1]:
            row = corpus.figure(other)
            if other != figure_id and row is not None:
                others.append({"figure_id": other, "value_label": str(row["value_label"]),
                               "subject_label": str(row["subject_label"])})
    panel = components.quote_panel(quote, others[:MAX_OTHERS])
    if not view:
        return (panel, {}, link, base + link, *closed)
    article = quotes.article(corpus, figure_id)
    title, body = components.article_view(article, figure_id) if article else ([], [])
    return (panel, {}, link, base + link, True, title, body)


# --------------------------------------------------------------------- filters
def update_view(corpus: Corpus, filters: Filters, by: str = "category") -> dict[str, Any]:
    """Everything the filters drive except the table rows: totals, the three charts and
    their captions, and the one-line filter summary."""
    view = corpus.filtered(filters)
    overall = corpus.overall
    summary = totals(view)
    drawn, articles = sources(view, CAPTION), summary["articles"]  # shared by two captions
    casualties, casualty_total = charts.casualty_rows(view)
    dated, dated_total = charts.timeline_rows(view)
    casualty_note = ""
    if casualty_total > len(casualties):
        casualty_note = (f"Showing {len(casualties):,} of {casualty_total:,} casualty figures (the largest "
                         "of each frequent subject); narrow the filters to see every one.")
    undated = summary["figures"] - dated_total
    timeline_note = f"{undated:,} figure{'s' if undated != 1 else ''} from undated articles not shown." \
        if undated else ""
    if dated_total > len(dated):
        timeline_note = (f"Showing {len(dated):,} of {dated_total:,} dated figures, evenly spread over "
                         f"the dates. " + timeline_note)
    shown = summary["figures"]
    if filters.active():
        text = f"Showing {shown:,} of {overall['figures']:,} figures from {summary['articles']:,} articles."
    else:
        text = f"All {shown:,} figures from {summary['articles']:,} articles."
    return {
        **source_view(view, drawn, articles),
        "totals": components.totals_bar(summary, overall, filters.active()),
        "category_chart": charts.category_chart(view, by),
        "category_caption": components.caption("Draws on", drawn, articles),
        "casualty_chart": charts.casualty_chart(view),
        "casualty_caption": components.caption("Draws on", sources(casualties, CAPTION),
                                               article_count(casualties), casualty_note),
        "timeline_chart": charts.timeline_chart(view),
        "timeline_caption": components.caption("Draws on", sources(dated, CAPTION), article_count(dated),
                                               timeline_note),
        "summary": text,
    }


def source_view(view: pd.DataFrame, drawn: list[dict[str, Any]], articles: int) -> dict[str, Any]:
    """The "Figures by source" chart of a filtered view and its caption (naming the articles
    `drawn` of `articles`, as the category chart's caption does, plus the sources left out)."""
    counts = source_counts(view)
    caption = components.caption("Draws on", drawn, articles, source_note(counts))
    return {"source_chart": source_chart(view, counts=counts), "source_caption": caption}


# Every filter's value after "Clear filters", in the order of ids.FILTERS.
CLEARED: tuple[Any, ...] = (None, None, None, None, "", None, None, None, None, [IMPLIED_ON])


def reset_filters(trigger: str | None, click: dict[str, Any] | None, current_source: Any) -> list[Any]:
    """Every filter's new value (ids.FILTERS order; dash.no_update for those that stay) after
    "Clear filters" or a click on the source chart."""
    if trigger == ids.CHART_SOURCE:
        values: list[Any] = [dash.no_update] * len(ids.FILTERS)
        chosen = pick_source(click, current_source)
        if chosen is not None:
            values[ids.FILTERS.index(ids.FILTER_SOURCE)] = chosen
        return values
    return list(CLEARED)


MAX_BLOCK = 500  # rows one table request may fetch


def table_rows(corpus: Corpus, filters: Filters,
               request: dict[str, Any] | None) -> tuple[dict[str, Any], str]:
    """One block of table rows for ag-grid's infinite row model, and the table's count line."""
    request = request or {}
    view = corpus.filtered(filters)
    model = request.get("filterModel")
    if model:
        view = view[grid_keep(view, model)]
    view = grid_sort(view, request.get("sortModel"))
    start = max(0, int(request.get("startRow") or 0))
    end = min(int(request.get("endRow") or start + 100), start + MAX_BLOCK)  # a request cannot ask for all
    count = f"{len(view):,} figure{'s' if len(view) != 1 else ''}"
    if model:
        count += " (table filters on)"
    return {"rowData": grid_rows(view, start, end), "rowCount": len(view)}, count


def download_csv(corpus: Corpus, filters: Filters, filter_model: dict[str, Any] | None = None) -> str:
    """The CSV of exactly the figures the filters (and any table column filters) show, with
    the columns and escaping of figures.csv."""
    positions = corpus.mask(filters)
    if filter_model:
        positions = positions[grid_keep(corpus.figures.iloc[positions], filter_model)]
    return corpus.to_csv(filters, positions)


# --------------------------------------------------------------------- wiring
FILTER_INPUTS = [Input(i, "value") for i in ids.FILTERS]
FILTER_STATES = [State(i, "value") for i in ids.FILTERS]

_PURGE_GRID = """
function (version) {
    if (window.dash_ag_grid && window.dash_ag_grid.getApiAsync) {
        window.dash_ag_grid.getApiAsync("GRID_ID").then(function (api) {
            api.purgeInfiniteCache();
            if (api.paginationGetCurrentPage && api.paginationGetCurrentPage() > 0) {
                api.paginationGoToFirstPage();
            }
        });
    }
    return version;
}
""".replace("GRID_ID", ids.GRID)

_SCROLL_TO_FIGURE = """
function (children) {
    setTimeout(function () {
        var mark = document.getElementById("CURRENT_ID");
        if (mark) { mark.scrollIntoView({block: "center"}); }
    }, 60);
    return Date.now();
}
""".replace("CURRENT_ID", ids.ARTICLE_CURRENT)


def register(app: dash.Dash, corpus: Corpus) -> None:
    """Attach the callbacks for one corpus to an app."""

    @app.callback(
        Output(ids.TOTALS, "children"), Output(ids.CHART_CATEGORY, "figure"),
        Output(ids.CAPTION_CATEGORY, "children"), Output(ids.CHART_CASUALTY, "figure"),
        Output(ids.CAPTION_CASUALTY, "children"), Output(ids.CHART_TIMELINE, "figure"),
        Output(ids.CAPTION_TIMELINE, "children"), Output(ids.CHART_SOURCE, "figure"),
        Output(ids.CAPTION_SOURCE, "children"), Output(ids.FILTER_SUMMARY, "children"),
        Output(ids.VIEW_VERSION, "data"),
        *FILTER_INPUTS, Input(ids.CHART_CATEGORY_BY, "value"), State(ids.VIEW_VERSION, "data"))
    def on_filters(*values: Any) -> tuple[Any, ...]:
        """Redraw totals, charts and captions for the filters; bump the table's version."""
        *filter_values, by, version = values
        view = update_view(corpus, Filters.from_inputs(*filter_values), by or "category")
        return (view["totals"], view["category_chart"], view["category_caption"], view["casualty_chart"],
                view["casualty_caption"], view["timeline_chart"], view["timeline_caption"],
                view["source_chart"], view["source_caption"], view["summary"], (version or 0) + 1)

    app.clientside_callback(_PURGE_GRID, Output(ids.GRID_REFRESHED, "data"), Input(ids.VIEW_VERSION, "data"),
                            prevent_initial_call=True)
    app.clientside_callback(_SCROLL_TO_FIGURE, Output(ids.ARTICLE_SCROLLED, "data"),
                            Input(ids.ARTICLE_BODY, "children"), prevent_initial_call=True)

    @app.callback(Output(ids.GRID, "getRowsResponse"), Output(ids.GRID_COUNT, "children"),
                  Input(ids.GRID, "getRowsRequest"), *FILTER_STATES, prevent_initial_call=True)
    def on_rows(request: dict[str, Any] | None, *filter_values: Any) -> tuple[Any, str]:
        """Serve the block of rows the table asks for."""
        return table_rows(corpus, Filters.from_inputs(*filter_values), request)

    searched_sources = many_values(corpus, "said_by")
    source_options = [Output(ids.FILTER_SOURCE, "options", allow_duplicate=True)] if searched_sources else []

    @app.callback(*[Output(i, "value") for i in ids.FILTERS], *source_options,
                  Input(ids.CLEAR_FILTERS, "n_clicks"), Input(ids.CHART_SOURCE, "clickData"),
                  State(ids.FILTER_SOURCE, "value"), prevent_initial_call=True)
    def on_reset(_clicks: int | None, click: dict[str, Any] | None, current: Any) -> tuple[Any, ...]:
        """Reset every filter, or set the source filter to the clicked source bar (offering that
        source in the dropdown when it lists only some sources, so the value is kept)."""
        values = reset_filters(ctx.triggered_id, click, current)
        if searched_sources:
            chosen = values[ids.FILTERS.index(ids.FILTER_SOURCE)]
            values.append(value_options(corpus, "said_by", None, chosen) if chosen is not dash.no_update
                          else dash.no_update)
        return tuple(values)

    @app.callback(Output(ids.URL, "search"), Output(ids.MARK_IDS, "data"),
                  *[Input(i, "clickData") for i in ids.CHARTS], Input(ids.GRID, "cellClicked"),
                  Input(ids.OPEN_ARTICLE, "n_clicks"), Input(ids.CLOSE_ARTICLE, "n_clicks"),
                  State(ids.URL, "search"), prevent_initial_call=True)
    def on_pick(*values: Any) -> tuple[Any, Any]:
        """Put the clicked figure (or the article view) in the URL."""
        *clicks, cell, _open, _close, search = values
        trigger = ctx.triggered_id
        click = clicks[ids.CHARTS.index(trigger)] if trigger in ids.CHARTS else None
        return navigate(trigger, click, cell, search)

    @app.callback(Output(ids.QUOTE, "children"), Output(ids.QUOTE_ACTIONS, "style"),
                  Output(ids.PERMALINK, "href"), Output(ids.COPY_LINK, "content"),
                  Output(ids.ARTICLE_MODAL, "is_open"), Output(ids.ARTICLE_TITLE, "children"),
                  Output(ids.ARTICLE_BODY, "children"),
                  Input(ids.URL, "search"), Input(ids.URL, "pathname"), Input(ids.MARK_IDS, "data"),
                  State(ids.URL, "href"))
    def on_location(search: str | None, pathname: str | None, mark_ids: list[str] | None,
                    href: str | None) -> tuple[Any, ...]:
        """Show the figure named in the URL."""
        return show_figure(corpus, search, pathname, mark_ids, href)

    if many_articles(corpus):
        _search(app, ids.FILTER_ARTICLE, lambda typed, selected: article_options(corpus, typed, selected))
    for component, column in ((ids.FILTER_SOURCE, "said_by"), (ids.FILTER_PLACE, "place")):
        if many_values(corpus, column):
            _search(app, component, lambda typed, selected, column=column: value_options(
                corpus, column, typed, selected))

    @app.callback(Output(ids.DOWNLOAD, "data"), Input(ids.DOWNLOAD_BUTTON, "n_clicks"), *FILTER_STATES,
                  State(ids.GRID, "filterModel"), prevent_initial_call=True)
    def on_download(_clicks: int | None, *values: Any) -> dict[str, Any]:
        """Send the filtered figures as CSV."""
        *filter_values, model = values
        text = download_csv(corpus, Filters.from_inputs(*filter_values), model)
        return dcc.send_string(text, DOWNLOAD_NAME, type="text/csv")


def _search(app: dash.Dash, component: str, search: Any) -> None:
    """Attach a server-side search to a dropdown that lists only some of its choices: what is
    typed gives the options (`search(typed, selected)`; the selected ones stay listed)."""

    @app.callback(Output(component, "options"), Input(component, "search_value"), State(component, "value"),
                  prevent_initial_call=True)
    def on_search(typed: str | None, selected: Any) -> list[dict[str, str]]:
        """Offer the choices matching what was typed."""
        return search(typed, selected)  # type: ignore[no-any-return]
