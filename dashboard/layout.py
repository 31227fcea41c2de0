"""The page: header with totals, filter bar, charts, table, sticky quote panel, article view."""

from __future__ import annotations

from typing import Any

import dash_ag_grid as dag
import dash_bootstrap_components as dbc
from dash import dcc, html

from dashboard import ids
from dashboard.charts import CATEGORY_COLORS, SYMBOL_KEY
from dashboard.components import quote_placeholder
from dashboard.data import CASUALTY_CATEGORIES, Corpus
from dashboard.filters import IMPLIED_ON
from dashboard.options import ARTICLE_OPTIONS, VALUE_OPTIONS, many_values, options

PAGE_SIZE = 15
ROW_HEIGHT = 36

GRID_COLUMNS: list[dict[str, Any]] = [
    {"field": "value_label", "headerName": "Value", "filter": "agNumberColumnFilter", "width": 124,
     "cellClass": "cell-value", "headerTooltip": "Sorts and filters by the number"},
    {"field": "qualifier", "headerName": "Qualifier", "width": 98},
    {"field": "subject", "headerName": "Subject", "flex": 1, "minWidth": 130, "tooltipField": "subject"},
    {"field": "category", "headerName": "Category", "width": 104},
    {"field": "said_by", "headerName": "Source", "flex": 1, "minWidth": 110, "tooltipField": "said_by",
     "headerTooltip": "Who the article gives the figure as coming from (—: the article's own voice)",
     "valueFormatter": {"function": "params.data && !params.value ? '—' : params.value"},
     "cellClassRules": {"cell-own-voice": "params.data && !params.value"}},
    {"field": "place", "headerName": "Place", "width": 108, "tooltipField": "place",
     "headerTooltip": "The most specific place the figure is about"},
    {"field": "period", "headerName": "Period", "width": 104, "tooltipField": "period",
     "headerTooltip": "The time the figure holds for, as written"},
    {"field": "implied_label", "headerName": "Implied", "width": 88, "cellClass": "cell-implied",
     "headerTooltip": "An implied single casualty (\"a policeman was killed\": 1)"},
    {"field": "span", "headerName": "As written", "flex": 1, "minWidth": 130, "tooltipField": "span"},
    {"field": "article", "headerName": "Article", "flex": 1.3, "minWidth": 160, "tooltipField": "article"},
    {"field": "publisher", "headerName": "Publisher", "width": 135, "tooltipField": "publisher"},
    {"field": "published", "headerName": "Date", "width": 108},
    {"field": "kind", "headerName": "Kind", "width": 100},
]


def _dropdown(component_id: str, label: str, choices: list[dict[str, str]], placeholder: str) -> html.Div:
    """A labelled multi-select filter."""
    return html.Div([
        html.Label(label, htmlFor=component_id, className="form-label"),
        dcc.Dropdown(id=component_id, options=choices, multi=True, placeholder=placeholder,
                     className="filter-dropdown"),
    ], className="filter")


STATIC_ARTICLES = 400  # above this many articles, the article filter searches on the server


def many_articles(corpus: Corpus) -> bool:
    """Whether the article filter lists only some articles and searches the rest on the server."""
    return corpus.figures["doc"].nunique() > STATIC_ARTICLES


def filter_bar(corpus: Corpus) -> dbc.Card:
    """Filters that drive every chart, the table, the totals and the download."""
    many = many_articles(corpus)
    choices = options(corpus, ARTICLE_OPTIONS if many else None, VALUE_OPTIONS)
    article_hint = (f"Type to search {corpus.figures['doc'].nunique():,} articles" if many
                    else "All articles (title or file)")
    return dbc.Card(dbc.CardBody([
        html.Div([
            _dropdown(ids.FILTER_CATEGORY, "Category", choices["categories"], "All categories"),
            _dropdown(ids.FILTER_KIND, "Kind", choices["kinds"], "All kinds"),
            _dropdown(ids.FILTER_ARTICLE, "Article", choices["articles"], article_hint),
            _dropdown(ids.FILTER_PUBLISHER, "Publisher", choices["publishers"], "All publishers"),
            _dropdown(ids.FILTER_SOURCE, "Source", choices["sources"],
                      "All sources" if not many_values(corpus, "said_by")
                      else "Type to search sources"),
            _dropdown(ids.FILTER_PLACE, "Place", choices["places"],
                      "All places" if not many_values(corpus, "place") else "Type to search places"),
            html.Div([
                html.Label("Search", htmlFor=ids.FILTER_TEXT, className="form-label"),
                dcc.Input(id=ids.FILTER_TEXT, type="search", debounce=0.4, className="form-control",
                          placeholder="figure, subject or sentence"),
            ], className="filter filter-search"),
            html.Div([
                html.Label("Value from – to", htmlFor=ids.FILTER_MIN, className="form-label"),
                html.Div([
                    dcc.Input(id=ids.FILTER_MIN, type="number", debounce=True, placeholder="min",
                              className="form-control"),
                    html.Span("–", className="range-dash"),
                    dcc.Input(id=ids.FILTER_MAX, type="number", debounce=True, placeholder="max",
                              className="form-control"),
                ], className="range-inputs"),
            ], className="filter filter-range"),
            html.Div([
                html.Label("Implied figures", htmlFor=ids.FILTER_IMPLIED, className="form-label"),
                dcc.Checklist(id=ids.FILTER_IMPLIED, value=[IMPLIED_ON], className="filter-check",
                              options=[{"label": "include implied single casualties", "value": IMPLIED_ON}]),
            ], className="filter filter-implied",
                title="Figures the text implies without a number, such as 1 for \"a policeman was killed\""),
        ], className="filter-grid"),
        html.Div([
            html.Div(id=ids.FILTER_SUMMARY, className="filter-summary"),
            html.Div([
                dbc.Button("Clear filters", id=ids.CLEAR_FILTERS, color="secondary", outline=True, size="sm"),
                dbc.Button("Download CSV", id=ids.DOWNLOAD_BUTTON, color="primary", size="sm",
                           title="The figures the filters and table show, with the columns of figures.csv"),
                dcc.Download(id=ids.DOWNLOAD),
            ], className="filter-actions"),
        ], className="filter-footer"),
    ]), className="filters-card")


def casualty_key() -> html.Div:
    """Colour and shape key of the casualty chart (HTML, so it never crowds the plot)."""
    colours = [html.Span([html.Span("●", style={"color": CATEGORY_COLORS[c]}), f" {c}"], className="key-item")
               for c in CASUALTY_CATEGORIES]
    shapes = [html.Span(f"{symbol} {meaning}", className="key-item") for symbol, meaning in SYMBOL_KEY]
    return html.Div([html.Div(colours, className="key-row"),
                     html.Div(shapes, className="key-row key-shapes")], className="chart-key")


def chart_card(title: str, graph_id: str, caption_id: str, subtitle: str = "",
               controls: Any = None, note: Any = None) -> dbc.Card:
    """A chart with its title, optional controls, and the caption naming its articles."""
    header = html.Div([
        html.Div([html.H2(title, className="card-title"),
                  html.Div(subtitle, className="card-subtitle") if subtitle else None]),
        controls,
    ], className="chart-head")
    return dbc.Card(dbc.CardBody([
        header,
        dcc.Loading(dcc.Graph(id=graph_id, config={"displaylogo": False, "displayModeBar": False,
                                                    "responsive": True}),
                    type="dot", delay_show=400, color="#3a6ea5"),
        note,
        html.P(id=caption_id, className="chart-caption"),
    ]), className="chart-card")


def table_card() -> dbc.Card:
    """The figures table: server-side (infinite) rows so only the visible page is sent."""
    grid = dag.AgGrid(
        id=ids.GRID,
        rowModelType="infinite",
        columnDefs=GRID_COLUMNS,
        defaultColDef={"sortable": True, "resizable": True, "filter": "agTextColumnFilter",
                       "floatingFilter": True,
                       "filterParams": {"maxNumConditions": 1, "buttons": ["reset"]}},
        getRowId="params.data.figure_id",
        dashGridOptions={"pagination": True, "paginationPageSize": PAGE_SIZE,
                         "cacheBlockSize": PAGE_SIZE, "paginationPageSizeSelector": False,
                         "maxBlocksInCache": 20, "tooltipShowDelay": 400,
                         "rowSelection": {"mode": "singleRow", "checkboxes": False,
                                          "enableClickSelection": True},
                         "suppressCellFocus": True, "animateRows": False, "rowHeight": ROW_HEIGHT,
                         "suppressColumnVirtualisation": True,  # 13 columns x one page: all in the DOM
                         "localeText": {"noRowsToShow": "No figures match the filters."}},
        style={"height": f"{PAGE_SIZE * ROW_HEIGHT + 150}px", "width": "100%"},  # one page, no scrolling
        className="figures-grid",
    )
    return dbc.Card(dbc.CardBody([
        html.Div([html.Div([html.H2("All figures", className="card-title"),
                            html.Div("Click a row for its sentence. Sort and filter by any column.",
                                     className="card-subtitle")]),
                  html.Div(id=ids.GRID_COUNT, className="grid-count")], className="chart-head"),
        grid,
    ]), className="chart-card")


def quote_card() -> dbc.Card:
    """The quote panel: source sentence, context and citation of the picked figure."""
    return dbc.Card([
        dbc.CardHeader(html.H2("Where it says so", className="card-title")),
        dbc.CardBody(html.Div(quote_placeholder(), id=ids.QUOTE, **{"aria-live": "polite"})),
        dbc.CardFooter(html.Div([
            dbc.Button("Read the whole article", id=ids.OPEN_ARTICLE, color="primary", size="sm"),
            html.A("Permalink", id=ids.PERMALINK, href="?", className="btn btn-link btn-sm"),
            html.Span(dcc.Clipboard(id=ids.COPY_LINK, content="", title="Copy the link to this figure",
                                    className="copy-link"), className="copy-wrap"),
        ], className="quote-buttons"), id=ids.QUOTE_ACTIONS, style={"display": "none"}),
    ], className="quote-card")


def article_modal() -> dbc.Modal:
    """The whole article with all of its figures marked (opened from the quote panel)."""
    return dbc.Modal([
        dbc.ModalHeader([
            html.Div(id=ids.ARTICLE_TITLE, className="article-head"),
            dbc.Button("Close", id=ids.CLOSE_ARTICLE, color="secondary", outline=True, size="sm"),
        ], close_button=False),
        dbc.ModalBody(html.Div(id=ids.ARTICLE_BODY)),
    ], id=ids.ARTICLE_MODAL, is_open=False, size="xl", scrollable=True, backdrop="static",
        keyboard=False, fade=False)


def build_layout(corpus: Corpus, data_label: str) -> html.Div:
    """The whole page for one corpus."""
    return html.Div([
        dcc.Location(id=ids.URL, refresh=False),
        dcc.Store(id=ids.MARK_IDS, data=[]),
        dcc.Store(id=ids.VIEW_VERSION, data=0),
        dcc.Store(id=ids.GRID_REFRESHED),
        dcc.Store(id=ids.ARTICLE_SCROLLED),
        html.Header(html.Div([
            html.Div([
                html.H1("Figures from news"),
                html.P("How many, of what, according to whom — and where it says so.", className="tagline"),
            ], className="brand"),
            html.Div(id=ids.TOTALS, className="totals"),
        ], className="header-inner"), className="app-header"),
        html.Main([
            filter_bar(corpus),
            dbc.Row([
                dbc.Col([
                    dbc.Row([
                        dbc.Col(chart_card(
                            "Figures per category", ids.CHART_CATEGORY, ids.CAPTION_CATEGORY,
                            "Stacked by article; click a bar segment for its figures",
                            controls=dcc.RadioItems(
                                id=ids.CHART_CATEGORY_BY, value="category", inline=True,
                                options=[{"label": "by category", "value": "category"},
                                         {"label": "by kind", "value": "kind"}],
                                className="segmented")), xl=6),
                        dbc.Col(chart_card(
                            "Casualty figures", ids.CHART_CASUALTY, ids.CAPTION_CASUALTY,
                            f"{', '.join(CASUALTY_CATEGORIES).capitalize()} — one mark per figure",
                            note=casualty_key()), xl=6),
                    ], className="g-3"),
                    chart_card("Figures by source", ids.CHART_SOURCE, ids.CAPTION_SOURCE,
                               "Who the articles give the figures as coming from, by category; click a "
                               "bar to show only that source (click it again to show all)"),
                    chart_card("Figures over publication dates", ids.CHART_TIMELINE, ids.CAPTION_TIMELINE,
                               "Each figure at its article's date; articles without a date are left out"),
                    table_card(),
                ], lg=8, className="main-col"),
                dbc.Col(html.Div(quote_card(), className="sticky-side"), lg=4),
            ], className="g-3"),
        ], className="app-main"),
        html.Footer([f"Data: {data_label} · ", html.Span(f"{len(corpus.figures):,} figures from "
                                                        f"{corpus.figures['doc'].nunique():,} articles")],
                    className="app-footer"),
        article_modal(),
    ], className="app")
