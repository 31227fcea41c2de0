"""The page: header with totals, filter bar, charts, table, sticky quote panel, article view.

Plain `dash.html` elements with the Bootstrap-like classes of assets/style.css: no component
library beyond dcc and dash-ag-grid is sent to the browser.
"""

from __future__ import annotations

from dash import dcc, html

from dashboard import ids
from dashboard.charts import CATEGORY_COLORS, SYMBOL_KEY
from dashboard.components import quote_placeholder
from dashboard.data import CASUALTY_CATEGORIES, Corpus
from dashboard.filters import DURATIONS_HIDDEN, IMPLIED_ON, MAX_SEARCH_CHARS
from dashboard.layout_parts import button, card, chart_card, chart_head, graph
from dashboard.layout_views import claims_section, tab_bar, tallies_section
from dashboard.options import ARTICLE_OPTIONS, VALUE_OPTIONS, many_values, options
from dashboard.table import table_card


def _dropdown(component_id: str, label: str, choices: list[dict[str, str]], placeholder: str) -> html.Div:
    """A labelled multi-select filter."""
    return html.Div([
        html.Label(label, htmlFor=component_id, className="form-label"),
        dcc.Dropdown(id=component_id, options=choices, multi=True, placeholder=placeholder,
                     className="filter-dropdown"),
    ], className="filter")


def _check(component_id: str, label: str, box: str, value: str, hint: str) -> html.Div:
    """A labelled one-box checklist, ticked."""
    return html.Div([
        html.Label(label, htmlFor=component_id, className="form-label"),
        dcc.Checklist(id=component_id, value=[value], className="filter-check",
                      options=[{"label": box, "value": value}]),
    ], className="filter filter-flag", title=hint)


STATIC_ARTICLES = 400  # above this many articles, the article filter searches on the server


def many_articles(corpus: Corpus) -> bool:
    """Whether the article filter lists only some articles and searches the rest on the server."""
    return corpus.figures["doc"].nunique() > STATIC_ARTICLES


def filter_bar(corpus: Corpus) -> html.Div:
    """Filters that drive every chart, the table, the totals and the download."""
    many = many_articles(corpus)
    choices = options(corpus, ARTICLE_OPTIONS if many else None, VALUE_OPTIONS)
    article_hint = (f"Type to search {corpus.figures['doc'].nunique():,} articles" if many
                    else "All articles (title or file)")
    return card([
        html.Div([
            _dropdown(ids.FILTER_CATEGORY, "Category", choices["categories"], "All categories"),
            _dropdown(ids.FILTER_KIND, "Kind", choices["kinds"], "All kinds"),
            _dropdown(ids.FILTER_ARTICLE, "Article", choices["articles"], article_hint),
            _dropdown(ids.FILTER_PUBLISHER, "Publisher", choices["publishers"], "All publishers"),
            _dropdown(ids.FILTER_SOURCE, "Source", choices["sources"],
                      "All sources" if not many_values(corpus, "said_by") else "Type to search sources"),
            _dropdown(ids.FILTER_PLACE, "Place", choices["places"],
                      "All places" if not many_values(corpus, "place") else "Type to search places"),
            html.Div([
                html.Label("Search", htmlFor=ids.FILTER_TEXT, className="form-label"),
                dcc.Input(id=ids.FILTER_TEXT, type="search", debounce=0.4, className="form-control",
                          placeholder="figure, subject or sentence", maxLength=MAX_SEARCH_CHARS),
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
            _check(ids.FILTER_IMPLIED, "Implied figures", "include implied single casualties", IMPLIED_ON,
                   "Figures the text implies without a number, such as 1 for \"a policeman was killed\""),
            _check(ids.FILTER_DURATIONS, "Durations and distances", "hide durations and distances",
                   DURATIONS_HIDDEN, "\"20 years\", \"150 km\": hidden unless the category or kind filter "
                                     "asks for them"),
            dcc.Store(id=ids.FILTER_FIGURES),
        ], className="filter-grid"),
        html.Div([
            html.Div(id=ids.FILTER_SUMMARY, className="filter-summary", **{"aria-live": "polite"}),
            html.Div([
                button("Clear filters", ids.CLEAR_FILTERS, "outline-secondary",
                       title="Back to the default view (durations and distances hidden)"),
                dcc.RadioItems(id=ids.DOWNLOAD_WHAT, value="figures", inline=True, className="segmented",
                               options=[{"label": w, "value": w} for w in ("figures", "tallies", "claims")]),
                html.A("Download CSV", id=ids.DOWNLOAD_BUTTON, href="download/figures.csv",
                       download="figures-filtered.csv", className="btn btn-sm btn-primary", role="button",
                       title="Figures: those the filters and table show (the columns of figures.csv, then "
                             "the article's title, publisher and date). Tallies: those of the articles the "
                             "filters keep. Claims: those the Claims tab lists"),
            ], className="filter-actions"),
        ], className="filter-footer"),
    ], "filters-card")


def casualty_key() -> html.Div:
    """Colour and shape key of the casualty chart (HTML, so it never crowds the plot)."""
    colours = [html.Span([html.Span("●", style={"color": CATEGORY_COLORS[c]}), f" {c}"], className="key-item")
               for c in CASUALTY_CATEGORIES]
    shapes = [html.Span(f"{symbol} {meaning}", className="key-item") for symbol, meaning in SYMBOL_KEY]
    return html.Div([html.Div(colours, className="key-row"),
                     html.Div(shapes, className="key-row key-shapes")], className="chart-key")


def timeline_card() -> html.Div:
    """The timeline, which folds into a one-line note when too few articles are dated."""
    note = html.Div([
        html.Span(id=ids.TIMELINE_NOTE_TEXT),
        dcc.Checklist(id=ids.TIMELINE_SHOW, value=[], className="inline-check",
                      options=[{"label": "show anyway", "value": "show"}]),
    ], id=ids.TIMELINE_NOTE, className="timeline-note", style={"display": "none"})
    return card([
        chart_head("Figures over publication dates",
                   "Counts of people (killed, injured, displaced …) at their article's date, one colour "
                   "per category"),
        note,
        html.Div([graph(ids.CHART_TIMELINE), html.P(id=ids.CAPTION_TIMELINE, className="chart-caption")],
                 id=ids.TIMELINE_BOX),
    ], "chart-card")


def quote_card() -> html.Div:
    """The quote panel: source sentence, context and citation of the picked figure, and a link
    that shows the figures of the clicked chart mark in the table."""
    return html.Div([
        html.Div(html.H2("Where it says so", className="card-title"), className="card-header"),
        html.Div([
            html.Div(quote_placeholder(), id=ids.QUOTE, **{"aria-live": "polite"}),
            button("", ids.SHOW_MARK, "outline-secondary show-mark", style={"display": "none"}),
            button("", ids.SHOW_CLAIM, "outline-secondary show-mark", style={"display": "none"},
                   title="The claim this figure belongs to, with every source's figure, in the Claims tab"),
        ], className="card-body"),
        html.Div(html.Div([
            button("Read the whole article", ids.OPEN_ARTICLE),
            html.A("Permalink", id=ids.PERMALINK, href="?", className="btn btn-link btn-sm"),
            html.Span(dcc.Clipboard(id=ids.COPY_LINK, content="", title="Copy the link to this figure",
                                    className="copy-link"), className="copy-wrap"),
            html.Div(id=ids.ARTICLE_REASON, className="article-reason"),
        ], className="quote-buttons"), id=ids.QUOTE_ACTIONS, className="card-footer",
            style={"display": "none"}),
    ], className="card quote-card")


def article_modal() -> html.Div:
    """The whole article with all of its figures marked (opened from the quote panel)."""
    return html.Div([
        html.Div(className="modal-backdrop"),
        html.Div(html.Div(html.Div([
            html.Div([html.Div(id=ids.ARTICLE_TITLE, className="article-head"),
                      button("Close", ids.CLOSE_ARTICLE, "outline-secondary")], className="modal-header"),
            html.Div(html.Div(id=ids.ARTICLE_BODY), className="modal-body"),
        ], className="modal-content"), className="modal-dialog modal-dialog-scrollable"),
            className="modal show", role="dialog", **{"aria-modal": "true"}),
    ], id=ids.ARTICLE_MODAL, className="article-modal", style={"display": "none"})


def build_layout(corpus: Corpus, data_label: str) -> html.Div:
    """The whole page for one corpus."""
    return html.Div([
        dcc.Location(id=ids.URL, refresh=False),
        dcc.Store(id=ids.MARK_IDS, data=[]),
        dcc.Store(id=ids.VIEW_VERSION, data=0),
        dcc.Store(id=ids.GRID_REFRESHED),
        dcc.Store(id=ids.ARTICLE_SCROLLED),
        dcc.Store(id=ids.ARTICLE_CURRENT_ID, data=ids.ARTICLE_CURRENT),
        html.Header(html.Div([
            html.Div([
                html.H1("Figures from news"),
                html.P("How many, of what, according to whom — and where it says so.", className="tagline"),
            ], className="brand"),
            html.Div(id=ids.TOTALS, className="totals"),
        ], className="header-inner"), className="app-header"),
        html.Main([
            filter_bar(corpus),
            tab_bar(),
            html.Div([
                html.Div([html.Div([
                    html.Div([
                        html.Div(chart_card(
                            "Figures per category", ids.CHART_CATEGORY, ids.CAPTION_CATEGORY,
                            "Casualties first, stacked by article; click a bar segment for its figures",
                            controls=dcc.RadioItems(
                                id=ids.CHART_CATEGORY_BY, value="category", inline=True,
                                options=[{"label": "by category", "value": "category"},
                                         {"label": "by kind", "value": "kind"}],
                                className="segmented")), className="col-xl-6"),
                        html.Div(chart_card(
                            "Casualty figures", ids.CHART_CASUALTY, ids.CAPTION_CASUALTY,
                            f"{', '.join(CASUALTY_CATEGORIES).capitalize()} — one mark per figure",
                            note=casualty_key()), className="col-xl-6"),
                    ], className="row g-3"),
                    chart_card("Figures by source", ids.CHART_SOURCE, ids.CAPTION_SOURCE,
                               "Who the articles give the figures as coming from, by category; click a "
                               "bar to show only that source (click it again to show all)"),
                    timeline_card(),
                    table_card(),
                ], id=ids.SECTION_FIGURES, className="view-section"), tallies_section(), claims_section()],
                    className="col-lg-8 col-xl-9 main-col"),
                html.Div(html.Div(quote_card(), className="sticky-side"), className="col-lg-4 col-xl-3"),
            ], className="row g-3"),
        ], className="app-main"),
        html.Footer([f"Data: {data_label} · ", html.Span(f"{len(corpus.figures):,} figures from "
                                                        f"{corpus.figures['doc'].nunique():,} articles")],
                    className="app-footer"),
        article_modal(),
    ], className="app")
