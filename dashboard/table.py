"""The figures table: its columns, the card that holds it, and its height.

The columns fit a 1400-pixel window without scrolling sideways: long text wraps to at most
three lines (its whole text in a tooltip), the sentence is cut around the figure, which is
marked in it (the `SentenceCell` renderer in assets/dashAgGridComponentFunctions.js builds it
from text, never from HTML), and the qualifier is in words. A narrower window scrolls the
table sideways. Rows come from the server a page at a time (ag-grid's infinite row model);
the table is as tall as the rows it shows (`grid_height`).
"""

from __future__ import annotations

from typing import Any

import dash_ag_grid as dag
from dash import dcc, html

from dashboard import ids

PAGE_SIZE = 12
ROW_HEIGHT = 58  # three wrapped lines
HEADER_HEIGHT = 34
FLOATING_FILTER_HEIGHT = 36
PAGINATION_HEIGHT = 48
MIN_ROWS = 2  # room for "No figures match the filters."
CHROME = HEADER_HEIGHT + FLOATING_FILTER_HEIGHT + PAGINATION_HEIGHT + 4  # header, filters, pager, borders


def _wrapped(field: str, header: str, **extra: Any) -> dict[str, Any]:
    """A text column that wraps (to three lines at most) and shows its whole text as a tooltip."""
    return {"field": field, "headerName": header, "wrapText": True, "tooltipField": field,
            "cellRenderer": "WrapCell", **extra}


GRID_COLUMNS: list[dict[str, Any]] = [
    _wrapped("value_label", "Value", filter="agNumberColumnFilter", width=100, cellClass="cell-value",
             headerTooltip="The figure as reported; sorts and filters by the number"),
    _wrapped("qualifier_label", "Qualifier", width=76,
             headerTooltip="How the reported number relates to the true one (\"at least 703\"); "
                           "\"implied\": a single casualty the text implies (\"a policeman was killed\")",
             cellClassRules={"cell-implied": "params.value === 'implied'",
                             "cell-plain": "params.value === 'exactly'"}),
    _wrapped("subject", "Subject", flex=1, minWidth=80),
    {"field": "category", "headerName": "Category", "width": 88},
    {"field": "kind", "headerName": "Kind", "width": 64},
    _wrapped("said_by", "Source", flex=1, minWidth=86,
             headerTooltip="Who the article gives the figure as coming from (—: the article's own voice)",
             valueFormatter={"function": "params.data && !params.value ? '—' : params.value"},
             cellClassRules={"cell-own-voice": "params.data && !params.value"}),
    _wrapped("place", "Place", flex=0.8, minWidth=88,
             headerTooltip="The most specific place the figure is about"),
    _wrapped("period", "Period", flex=0.8, minWidth=70,
             headerTooltip="The time the figure holds for, as written"),
    {**_wrapped("sentence", "Sentence", flex=2.4, minWidth=130,
                headerTooltip="The sentence the figure comes from, the figure marked; click the row for "
                              "the sentences around it"), "cellRenderer": "SentenceCell"},
    _wrapped("article", "Article", flex=1, minWidth=80),
    {"field": "published", "headerName": "Published", "width": 88, "cellRenderer": "PublishedCell",
     "tooltipValueGetter": {"function": "params.data ? [params.data.publisher, params.data.date_label]"
                                        ".filter(Boolean).join(' · ') : ''"},
     "headerTooltip": "The article's publisher and date, where it states them; sorts by date"},
]


def grid_height(rows: int) -> str:
    """The table's CSS height for a view of `rows` figures: one page at most, shrunk to the rows."""
    shown = max(MIN_ROWS, min(rows, PAGE_SIZE))
    return f"{shown * ROW_HEIGHT + CHROME}px"


def figures_grid() -> dag.AgGrid:
    """The grid: server-side (infinite) rows so only the visible page is sent."""
    return dag.AgGrid(
        id=ids.GRID,
        rowModelType="infinite",
        columnDefs=GRID_COLUMNS,
        defaultColDef={"sortable": True, "resizable": True, "filter": "agTextColumnFilter",
                       "floatingFilter": True, "suppressHeaderMenuButton": True,
                       "suppressFloatingFilterButton": True, "suppressHeaderFilterButton": True,
                       "filterParams": {"maxNumConditions": 1, "buttons": ["reset"]}},
        getRowId="params.data.figure_id",
        dashGridOptions={"pagination": True, "paginationPageSize": PAGE_SIZE,
                         "cacheBlockSize": PAGE_SIZE, "paginationPageSizeSelector": False,
                         "maxBlocksInCache": 20, "tooltipShowDelay": 400,
                         "rowSelection": {"mode": "singleRow", "checkboxes": False,
                                          "enableClickSelection": True},
                         "suppressCellFocus": True, "animateRows": False, "rowHeight": ROW_HEIGHT,
                         "headerHeight": HEADER_HEIGHT, "floatingFiltersHeight": FLOATING_FILTER_HEIGHT,
                         "suppressColumnVirtualisation": True,  # 11 columns x one page: all in the DOM
                         "localeText": {"noRowsToShow": "No figures match the filters."}},
        style={"height": "100%", "width": "100%"},  # its box (GRID_BOX) sets the height
        className="figures-grid",
    )


def table_card() -> html.Div:
    """The card holding the table, its count line and the stores that steer it."""
    return html.Div(html.Div([
        html.Div([html.Div([html.H2("All figures", className="card-title"),
                            html.Div("Click a row for its sentence in context. Sort and filter by any "
                                     "column; hover a cell for its whole text.", className="card-subtitle")]),
                  html.Div(id=ids.GRID_COUNT, className="grid-count")], className="chart-head"),
        # The height is on a box around the grid, so a filter changes no prop of the grid itself.
        html.Div(figures_grid(), id=ids.GRID_BOX, style={"height": grid_height(PAGE_SIZE)}),
        dcc.Store(id=ids.GRID_TARGET),
        dcc.Store(id=ids.GRID_SELECTED),
        dcc.Store(id=ids.GRID_PAGE_SIZE, data=PAGE_SIZE),
    ], className="card-body"), className="card chart-card table-card")
