"""The Dash callbacks of the tabs, the reading switch, the Tallies and Claims tabs and the
quote panel's "See its claim": thin wrappers around `dashboard.view_callbacks`.

The tab and the reading live in the address (`?tab=claims&reading=low`, defaults left out):
set from it when the page loads, written back when they change. A tab's content is worked out
only while it is shown, and again when it is opened.
"""

from __future__ import annotations

from typing import Any

import dash
import numpy as np
import plotly.graph_objects as go
from dash import Input, Output, State, ctx

try:  # plotly 6 and later send numeric arrays base64-encoded
    from _plotly_utils.utils import convert_to_base64, is_skipped_key, to_typed_array_spec
except ImportError:  # (plotly 5: figures go as plotly makes them)
    convert_to_base64 = None

from dashboard import ids
from dashboard.data import Corpus
from dashboard.layout_views import section_styles
from dashboard.reconciled import Reconciled
from dashboard.urlstate import filters_from_values, page_state
from dashboard.view_callbacks import claim_button, claims_update, grid_pick, show_claim, tallies_update

FILTER_INPUTS = [Input(i, ids.filter_prop(i)) for i in ids.FILTERS]


def sent(value: Any) -> Any:
    """A callback's output as Dash sends it: a chart (a dict of "data" and "layout", as the
    builders make it; or a plotly figure, as its own dicts) with its numeric arrays
    base64-encoded, as plotly's `to_plotly_json` would, without the deep copy of every trace and
    of the layout plotly makes first; a chart is drawn for one answer only, so its own dicts can
    go. Anything else as it is."""
    if convert_to_base64 is None:  # plotly 5: numeric arrays go as lists
        return value
    if isinstance(value, go.Figure):
        value = {"data": list(value._data), "layout": value._layout}  # plotly's own dicts
        convert_to_base64(value)
    elif isinstance(value, dict) and set(value) == {"data", "layout"}:
        encode_arrays(value)
    return value


def encode_arrays(node: dict[str, Any]) -> None:
    """plotly's `convert_to_base64` for the builders' dicts: each numpy array in a dict (or in a
    list of dicts: traces, annotations) encoded as plotly encodes it, in place. Lists of strings
    or of lists (hover texts, customdata), which hold no arrays, are not walked item by item as
    plotly walks them (some 50,000 calls a redraw)."""
    for key, value in node.items():
        if isinstance(value, np.ndarray):
            if not is_skipped_key(key):
                node[key] = to_typed_array_spec(value)
        elif isinstance(value, dict):
            encode_arrays(value)
        elif isinstance(value, list) and value and isinstance(value[0], dict):
            for item in value:
                encode_arrays(item)


def register_views(app: dash.Dash, corpus: Corpus, reconciled: Reconciled) -> None:
    """Attach the tabs' callbacks for one corpus and its reconcile outputs to an app."""
    _register_tabs(app)

    @app.callback(Output(ids.TALLY_TOTALS, "children"), Output(ids.CHART_TALLIES, "figure"),
                  Output(ids.CHART_TALLIES, "style"), Output(ids.CAPTION_TALLIES, "children"),
                  Output(ids.TALLY_CATEGORY, "options"), Output(ids.TALLY_CATEGORY, "value"),
                  Output(ids.TALLY_GRID, "rowData"), Output(ids.TALLY_GRID, "columnDefs"),
                  Output(ids.TALLY_COUNT, "children"),
                  *FILTER_INPUTS, Input(ids.READING, "value"), Input(ids.TALLY_CATEGORY, "value"),
                  Input(ids.TAB, "value"))
    def on_tallies(*values: Any) -> tuple[Any, ...]:
        """Redraw the Tallies tab, while it is shown."""
        *filter_values, reading, category, tab = values
        keys = ("totals", "chart", "style", "caption", "options", "category", "rows", "columns", "count")
        if tab != "tallies":
            return (dash.no_update,) * len(keys)
        view = tallies_update(corpus, reconciled, filters_from_values(*filter_values), reading, category)
        return tuple(sent(view[k]) for k in keys)

    @app.callback(Output(ids.CLAIM_TOTALS, "children"), Output(ids.CHART_CLAIMS, "figure"),
                  Output(ids.CHART_CLAIMS, "style"), Output(ids.CAPTION_CLAIMS, "children"),
                  Output(ids.CLAIM_GRID, "rowData"), Output(ids.CLAIM_COUNT, "children"),
                  *FILTER_INPUTS, Input(ids.READING, "value"), Input(ids.CLAIM_CONFLICTS, "value"),
                  Input(ids.TAB, "value"))
    def on_claims(*values: Any) -> tuple[Any, ...]:
        """Redraw the Claims tab, while it is shown."""
        *filter_values, reading, conflicts, tab = values
        if tab != "claims":
            return (dash.no_update,) * 6
        view = claims_update(corpus, reconciled, filters_from_values(*filter_values), reading, conflicts)
        return tuple(sent(view[k]) for k in ("totals", "chart", "style", "caption", "rows", "count"))

    @app.callback(Output(ids.URL, "search", allow_duplicate=True), Output(ids.MARK_IDS, "data",
                                                                          allow_duplicate=True),
                  Input(ids.TALLY_GRID, "cellClicked"), Input(ids.CLAIM_GRID, "cellClicked"),
                  State(ids.URL, "search"), prevent_initial_call=True)
    def on_grid_pick(tally_cell: Any, claim_cell: Any, search: str | None) -> tuple[Any, Any]:
        """Show the first figure of the clicked tally or claim, the others beside it."""
        return grid_pick(reconciled, ctx.triggered_id, tally_cell, claim_cell, search)

    @app.callback(Output(ids.SHOW_CLAIM, "children"), Output(ids.SHOW_CLAIM, "style"),
                  Input(ids.URL, "search"), Input(ids.URL, "pathname"))
    def on_claim_button(search: str | None, pathname: str | None) -> tuple[str, dict[str, str]]:
        """Offer the figure's claim, when it has one of several figures."""
        return claim_button(corpus, reconciled, search, pathname)

    @app.callback(Output(ids.FILTER_FIGURES, "data", allow_duplicate=True),
                  Output(ids.TAB, "value", allow_duplicate=True),
                  Input(ids.SHOW_CLAIM, "n_clicks"), State(ids.URL, "search"), prevent_initial_call=True)
    def on_show_claim(_clicks: int | None, search: str | None) -> tuple[Any, Any]:
        """Open the Claims tab on the figure's claim (its figures as the filter)."""
        return show_claim(corpus, reconciled, search)


def _register_tabs(app: dash.Dash) -> None:
    """The tab and reading from the address on load (`wiring.on_view_to_url` writes them back
    with the filters), which section the tab shows, and the tab after "show these N figures"."""

    @app.callback(Output(ids.TAB, "value"), Output(ids.READING, "value"), Input(ids.URL, "pathname"),
                  State(ids.URL, "search"))
    def on_load(_pathname: str | None, search: str | None) -> tuple[str, str]:
        """The tab and reading the address names."""
        state = page_state(search)
        return state["tab"], state["reading"]

    @app.callback(Output(ids.TAB, "value", allow_duplicate=True), Input(ids.SHOW_MARK, "n_clicks"),
                  prevent_initial_call=True)
    def on_show_mark(_clicks: int | None) -> str:
        """"Show these N figures in the table": the table is on the Figures tab."""
        return "figures"

    @app.callback(Output(ids.DOWNLOAD_WHAT, "value"), Input(ids.TAB, "value"), prevent_initial_call=True)
    def on_tab_download(tab: str | None) -> str:
        """The download offers, first, what the tab shows."""
        return tab if tab in ("tallies", "claims") else "figures"

    @app.callback(*[Output(section, "style") for section in ids.SECTIONS.values()], Input(ids.TAB, "value"))
    def on_tab(tab: str | None) -> list[dict[str, str]]:
        """Show the tab's section, hide the others."""
        return section_styles(tab)
