"""The page's tab bar (figures, tallies, claims), the reading switch (conservative, best
estimate, highest claim) and the Tallies and Claims sections. Their content comes from
`dashboard.tallies_view` and `dashboard.claims_view`, through `dashboard.wiring_views`.

Both tables are ag-grid with the rows in the browser: they list at most a thousand articles
or claims (the highest or most widely reported first), which the browser sorts itself.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import dash_ag_grid as dag
from dash import dcc, html

from dashboard import ids
from dashboard.layout_parts import card, chart_card, chart_head
from dashboard.reconciled import READING_NAMES, READINGS, TALLY_COLUMNS

_NUMBER = {"function": "params.value == null ? '' : d3.format(',~r')(params.value)"}
_GRID_OPTIONS = {"tooltipShowDelay": 300, "suppressCellFocus": True, "animateRows": False,
                 "rowSelection": {"mode": "singleRow", "checkboxes": False, "enableClickSelection": True}}
_DEFAULT_COLUMN = {"sortable": True, "resizable": True, "filter": True, "floatingFilter": False,
                   "suppressHeaderMenuButton": True}


def tab_bar() -> html.Div:
    """The tabs and the reading switch that tallies, claims and their totals follow."""
    return html.Div([
        dcc.RadioItems(id=ids.TAB, value="figures", inline=True, className="segmented tab-switch",
                       options=[{"label": "Figures", "value": "figures"},
                                {"label": "Tallies per article", "value": "tallies"},
                                {"label": "Claims across sources", "value": "claims"}]),
        html.Div([
            html.Label("Counts:", htmlFor=ids.READING, className="form-label inline-label"),
            dcc.RadioItems(id=ids.READING, value="best", inline=True, className="segmented",
                           options=[{"label": READING_NAMES[r], "value": r} for r in READINGS]),
        ], className="reading-switch",
            title="Tallies and claims: conservative (the lower ends, the least a vague word says, the "
                  "lowest of contested figures), the best estimate, or the highest claim"),
    ], className="tab-bar")


def tally_columns(categories: Sequence[str]) -> list[dict[str, Any]]:
    """The tallies table's columns: the article, then a number column per category tallied."""
    return [
        {"field": "article", "headerName": "Article", "flex": 2, "minWidth": 160, "tooltipField": "article"},
        {"field": "publisher", "headerName": "Publisher", "flex": 1, "minWidth": 90,
         "tooltipField": "publisher"},
        {"field": "published", "headerName": "Published", "width": 104},
        *[{"field": c, "headerName": c, "width": 96, "type": "numericColumn", "valueFormatter": _NUMBER,
           "tooltipField": f"{c}_how", "filter": "agNumberColumnFilter"} for c in categories],
    ]


def tally_grid() -> dag.AgGrid:
    """Articles and their tallies; a click on a cell opens the figures of that tally. Its
    columns follow the categories tallied (`tally_columns`)."""
    columns = tally_columns(TALLY_COLUMNS[:3])
    return dag.AgGrid(id=ids.TALLY_GRID, rowData=[], columnDefs=columns, defaultColDef=_DEFAULT_COLUMN,
                      getRowId="params.data.doc", className="tally-grid",
                      dashGridOptions={**_GRID_OPTIONS, "pagination": True, "paginationPageSize": 12,
                                       "paginationPageSizeSelector": False,
                                       "localeText": {"noRowsToShow": "No article the filters keep has "
                                                                      "a tally."}},
                      style={"height": "520px", "width": "100%"})


def claim_grid() -> dag.AgGrid:
    """Claims of several figures; a click on a row opens its figures."""
    columns: list[dict[str, Any]] = [
        {"field": "status", "headerName": "Status", "width": 110,
         "cellClassRules": {"cell-conflict": "params.value === 'conflict'",
                            "cell-updated": "params.value === 'updated'"}},
        {"field": "category", "headerName": "Category", "width": 96},
        {"field": "subject", "headerName": "Subject", "flex": 1.2, "minWidth": 100,
         "tooltipField": "subject"},
        {"field": "place", "headerName": "Place", "flex": 1, "minWidth": 80, "tooltipField": "place"},
        {"field": "period", "headerName": "Period", "flex": 1, "minWidth": 80, "tooltipField": "period"},
        {"field": "value", "headerName": "Value", "width": 110,
         "headerTooltip": "In the reading chosen above; a conflict has no best estimate: it shows its "
                          "spread"},
        {"field": "spread", "headerName": "Lowest–highest", "width": 120},
        {"field": "articles", "headerName": "Articles", "width": 86, "type": "numericColumn"},
        {"field": "sources", "headerName": "Sources", "width": 86, "type": "numericColumn",
         "tooltipField": "source_names"},
    ]
    return dag.AgGrid(id=ids.CLAIM_GRID, rowData=[], columnDefs=columns, defaultColDef=_DEFAULT_COLUMN,
                      getRowId="params.data.claim", className="claim-grid",
                      dashGridOptions={**_GRID_OPTIONS, "pagination": True, "paginationPageSize": 12,
                                       "paginationPageSizeSelector": False,
                                       "localeText": {"noRowsToShow": "No claim matches the filters."}},
                      style={"height": "520px", "width": "100%"})


def tallies_section() -> html.Div:
    """The Tallies tab: totals, a chart of the highest tallies of one category, the table."""
    chooser = dcc.RadioItems(id=ids.TALLY_CATEGORY, value="killed", inline=True, className="segmented",
                             options=[{"label": c, "value": c} for c in TALLY_COLUMNS[:3]])
    return html.Div([
        html.Div(html.Div(id=ids.TALLY_TOTALS, className="card-body view-totals"), className="card"),
        chart_card("Highest tallies", ids.CHART_TALLIES, ids.CAPTION_TALLIES,
                   "How many in all, per article, without double counting: parts and restatements "
                   "counted once, other events left out", controls=chooser),
        card([chart_head("Tallies per article", "Click a number for the figures it adds up; hover it for "
                                                "how"),
              html.Div(id=ids.TALLY_COUNT, className="grid-count"), tally_grid()], "chart-card"),
    ], id=ids.SECTION_TALLIES, className="view-section", style={"display": "none"})


def claims_section() -> html.Div:
    """The Claims tab: totals, the conflicts-only switch, the chart of claims, the table."""
    conflicts = dcc.Checklist(id=ids.CLAIM_CONFLICTS, value=[], className="filter-check inline-check",
                              options=[{"label": "conflicts only", "value": "conflicts"}])
    return html.Div([
        html.Div(html.Div(id=ids.CLAIM_TOTALS, className="card-body view-totals"), className="card"),
        chart_card("Claims side by side", ids.CHART_CLAIMS, ids.CAPTION_CLAIMS,
                   "One quantity of one thing as each source gives it: a dot per figure, coloured by "
                   "source", controls=conflicts),
        card([chart_head("All claims", "Click a row for its figures and their quotes"),
              html.Div(id=ids.CLAIM_COUNT, className="grid-count"), claim_grid()], "chart-card"),
    ], id=ids.SECTION_CLAIMS, className="view-section", style={"display": "none"})


def section_styles(tab: str | None) -> list[dict[str, str]]:
    """The display style of each section (figures, tallies, claims) for a tab."""
    shown = tab if tab in ids.SECTIONS else "figures"
    return [{} if name == shown else {"display": "none"} for name in ids.SECTIONS]
