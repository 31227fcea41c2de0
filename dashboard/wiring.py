"""The Dash callbacks of one app: thin wrappers that read component values, call the plain
functions of `dashboard.callbacks`, and write their results back.

The address bar holds the view: on load the filters are set from it (`set_filters` with no
trigger), every filter change writes them back into it (keeping the figure), and a click on a
chart mark or a row puts the figure in it (keeping the filters).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import dash
from dash import ALL, ClientsideFunction, Input, Output, State, ctx
from werkzeug.exceptions import BadRequest

from dashboard import ids
from dashboard.callbacks import (
    grid_target,
    navigate,
    set_filters,
    show_figure,
    table_rows,
    update_view,
)
from dashboard.data import Corpus
from dashboard.layout import many_articles
from dashboard.options import article_options, many_values, value_options
from dashboard.reconciled import Reconciled
from dashboard.urlstate import filters_from_values, with_filters
from dashboard.view_callbacks import quote_extras
from dashboard.wiring_views import FILTER_INPUTS, register_views, sent

FILTER_STATES = [State(i, ids.filter_prop(i)) for i in ids.FILTERS]
VIEW_OUTPUTS = [("totals", ids.TOTALS, "children"), ("category_chart", ids.CHART_CATEGORY, "figure"),
                ("category_caption", ids.CAPTION_CATEGORY, "children"),
                ("casualty_chart", ids.CHART_CASUALTY, "figure"),
                ("casualty_caption", ids.CAPTION_CASUALTY, "children"),
                ("timeline_chart", ids.CHART_TIMELINE, "figure"),
                ("timeline_caption", ids.CAPTION_TIMELINE, "children"),
                ("timeline_note", ids.TIMELINE_NOTE_TEXT, "children"),
                ("timeline_note_style", ids.TIMELINE_NOTE, "style"),
                ("source_chart", ids.CHART_SOURCE, "figure"),
                ("source_caption", ids.CAPTION_SOURCE, "children"),
                ("summary", ids.FILTER_SUMMARY, "children"),
                ("category_style", ids.CHART_CATEGORY, "style"),
                ("casualty_style", ids.CHART_CASUALTY, "style"),
                ("timeline_style", ids.CHART_TIMELINE, "style"), ("source_style", ids.CHART_SOURCE, "style")]


@contextmanager
def bad_request_on_value_error() -> Iterator[None]:
    """Answer 400 (Flask turns the exception into the response) when a callback finds its
    request malformed (a ValueError), instead of a 500 with a traceback in the log."""
    try:
        yield
    except ValueError as error:
        raise BadRequest(str(error)) from error


def _clientside(app: dash.Dash, name: str, output: Output, *inputs: Any, **options: Any) -> None:
    """Attach a function of assets/clientside.js (window.dash_clientside.figures)."""
    app.clientside_callback(ClientsideFunction("figures", name), output, *inputs, **options)


def register(app: dash.Dash, corpus: Corpus, reconciled: Reconciled) -> None:
    """Attach the callbacks for one corpus and its tallies and claims to an app."""

    @app.callback(*[Output(i, p) for _key, i, p in VIEW_OUTPUTS], Output(ids.VIEW_VERSION, "data"),
                  *FILTER_INPUTS, Input(ids.CHART_CATEGORY_BY, "value"), State(ids.VIEW_VERSION, "data"))
    def on_filters(*values: Any) -> tuple[Any, ...]:
        """Redraw totals, charts and captions for the filters; bump the table's version."""
        *filter_values, by, version = values
        view = update_view(corpus, filters_from_values(*filter_values), by or "category")
        corpus.answered.set()  # the page's first view is drawn: the warm-up may start
        return (*[sent(view[key]) for key, _i, _p in VIEW_OUTPUTS], (version or 0) + 1)

    @app.callback(Output(ids.URL, "search", allow_duplicate=True), *FILTER_INPUTS,
                  Input(ids.TAB, "value"), Input(ids.READING, "value"),
                  State(ids.URL, "search"), State(ids.URL, "pathname"), prevent_initial_call=True)
    def on_view_to_url(*values: Any) -> Any:
        """Write the filters, tab and reading into the address (keeping the figure), so the view
        can be shared. One callback writes them all: two, each from the address as it was,
        could each undo the other's change ("See its claim" sets the filter and the tab)."""
        *filter_values, tab, reading, search, pathname = values
        found = with_filters(search, filters_from_values(*filter_values), pathname, tab=tab, reading=reading)
        return dash.no_update if found == (search or "") else found

    _clientside(app, "purgeGrid", Output(ids.GRID_REFRESHED, "data"), Input(ids.VIEW_VERSION, "data"),
                State(ids.GRID, "id"), prevent_initial_call=True)
    _clientside(app, "scrollToFigure", Output(ids.ARTICLE_SCROLLED, "data"),
                Input(ids.ARTICLE_BODY, "children"),
                State(ids.ARTICLE_CURRENT_ID, "data"), prevent_initial_call=True)
    _clientside(app, "timelineBox", Output(ids.TIMELINE_BOX, "style"), Input(ids.TIMELINE_SHOW, "value"),
                Input(ids.TIMELINE_NOTE, "style"))
    _clientside(app, "selectFigure", Output(ids.GRID_SELECTED, "data"), Input(ids.GRID_TARGET, "data"),
                State(ids.GRID, "id"), State(ids.GRID_PAGE_SIZE, "data"))

    @app.callback(Output(ids.GRID, "getRowsResponse"), Output(ids.GRID_COUNT, "children"),
                  Output(ids.GRID_BOX, "style"),
                  Input(ids.GRID, "getRowsRequest"), *FILTER_STATES, prevent_initial_call=True)
    def on_rows(request: dict[str, Any] | None, *filter_values: Any) -> tuple[Any, ...]:
        """Serve the block of rows the table asks for, and fit the table to the rows."""
        with bad_request_on_value_error():
            return table_rows(corpus, filters_from_values(*filter_values), request)

    @app.callback(Output(ids.GRID_TARGET, "data"), Input(ids.URL, "search"), Input(ids.URL, "pathname"),
                  Input(ids.GRID_REFRESHED, "data"), State(ids.GRID, "getRowsRequest"))
    def on_target(search: str | None, pathname: str | None, _refreshed: Any,
                  request: dict[str, Any] | None) -> Any:
        """The table row of the URL's figure, again once the table has dropped its rows after a
        filter change (and gone back to its first page)."""
        with bad_request_on_value_error():
            return grid_target(corpus, search, pathname, request)

    _register_filter_setter(app, corpus)

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
                  Output(ids.ARTICLE_MODAL, "style"), Output(ids.ARTICLE_TITLE, "children"),
                  Output(ids.ARTICLE_BODY, "children"), Output(ids.OPEN_ARTICLE, "disabled"),
                  Output(ids.ARTICLE_REASON, "children"), Output(ids.SHOW_MARK, "children"),
                  Output(ids.SHOW_MARK, "style"),
                  Input(ids.URL, "search"), Input(ids.URL, "pathname"), Input(ids.MARK_IDS, "data"),
                  State(ids.URL, "href"))
    def on_location(search: str | None, pathname: str | None, mark_ids: list[str] | None,
                    href: str | None) -> tuple[Any, ...]:
        """Show the figure named in the URL, with its article's tallies and its claim."""
        return show_figure(corpus, search, pathname, mark_ids, href,
                           quote_extras(corpus, reconciled, search, pathname))

    for component, column in ((ids.FILTER_SOURCE, "said_by"), (ids.FILTER_PLACE, "place")):
        if many_values(corpus, column):
            _search(app, component, lambda typed, selected, column=column: value_options(
                corpus, column, typed, selected))
    if many_articles(corpus):
        _search(app, ids.FILTER_ARTICLE, lambda typed, selected: article_options(corpus, typed, selected))

    _clientside(app, "downloadHref",
                [Output(ids.DOWNLOAD_BUTTON, "href"), Output(ids.DOWNLOAD_BUTTON, "download")],
                Input(ids.URL, "search"), Input(ids.GRID, "filterModel"), Input(ids.DOWNLOAD_WHAT, "value"),
                Input(ids.CLAIM_CONFLICTS, "value"))

    register_views(app, corpus, reconciled)


def _searched_dropdowns(corpus: Corpus) -> list[tuple[str, Any]]:
    """The dropdowns that list only some choices, with the function that gives their options."""
    found: list[tuple[str, Any]] = []
    if many_articles(corpus):
        found.append((ids.FILTER_ARTICLE, lambda selected: article_options(corpus, None, selected)))
    for component, column in ((ids.FILTER_SOURCE, "said_by"), (ids.FILTER_PLACE, "place")):
        if many_values(corpus, column):
            found.append((component, lambda selected, column=column: value_options(corpus, column, None,
                                                                                   selected)))
    return found


def _register_filter_setter(app: dash.Dash, corpus: Corpus) -> None:
    """The one callback that sets filter values: from the URL on load, "Clear filters", a source
    bar, a chip's ×, "show these N figures". A dropdown that lists only some choices is given
    its chosen ones as options, so the value is kept."""
    searched = _searched_dropdowns(corpus)

    @app.callback(*[Output(i, ids.filter_prop(i)) for i in ids.FILTERS],
                  *[Output(component, "options") for component, _ in searched],
                  Input(ids.URL, "pathname"), Input(ids.CLEAR_FILTERS, "n_clicks"),
                  Input(ids.CHART_SOURCE, "clickData"), Input(ids.SHOW_MARK, "n_clicks"),
                  Input({"type": ids.REMOVE_FILTER, "key": ALL}, "n_clicks"),
                  State(ids.URL, "search"), State(ids.MARK_IDS, "data"), *FILTER_STATES)
    def on_set_filters(_path: Any, _clear: Any, click: Any, _show: Any, _removes: Any, search: str | None,
                       mark_ids: list[str] | None, *current: Any) -> tuple[Any, ...]:
        """New filter values for what was clicked (or for the URL on load)."""
        trigger = ctx.triggered_id
        if trigger == ids.URL:
            trigger = None
        elif isinstance(trigger, dict) and not (ctx.triggered and ctx.triggered[0].get("value")):
            return (dash.no_update,) * (len(ids.FILTERS) + len(searched))  # a chip appeared, none clicked
        values = set_filters(trigger, filters_from_values(*current), search, click,
                             current[ids.FILTERS.index(ids.FILTER_SOURCE)], mark_ids)
        chosen = [values[ids.FILTERS.index(component)] for component, _ in searched]
        options = [dash.no_update if value is dash.no_update else offer(value)
                   for value, (_component, offer) in zip(chosen, searched, strict=True)]
        return (*values, *options)


def _search(app: dash.Dash, component: str, search: Any) -> None:
    """Attach a server-side search to a dropdown that lists only some of its choices: what is
    typed gives the options (`search(typed, selected)`; the selected ones stay listed)."""

    @app.callback(Output(component, "options", allow_duplicate=True), Input(component, "search_value"),
                  State(component, "value"), prevent_initial_call=True)
    def on_search(typed: str | None, selected: Any) -> list[dict[str, str]]:
        """Offer the choices matching what was typed."""
        return search(typed, selected)  # type: ignore[no-any-return]
