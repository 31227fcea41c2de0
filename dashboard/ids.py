"""Component ids, in one place so layout, callbacks and tests agree on them."""

URL = "url"
MARK_IDS = "mark-ids"
VIEW_VERSION = "view-version"
GRID_REFRESHED = "grid-refreshed"
ARTICLE_SCROLLED = "article-scrolled"

TOTALS = "totals"

FILTER_CATEGORY = "filter-category"
FILTER_KIND = "filter-kind"
FILTER_ARTICLE = "filter-article"
FILTER_PUBLISHER = "filter-publisher"
FILTER_TEXT = "filter-text"
FILTER_MIN = "filter-min"
FILTER_MAX = "filter-max"
FILTER_SOURCE = "filter-source"
FILTER_PLACE = "filter-place"
FILTER_IMPLIED = "filter-implied"
FILTER_DURATIONS = "filter-durations"
FILTER_FIGURES = "filter-figures"  # a store: the ids of the figures of one chart mark
CLEAR_FILTERS = "clear-filters"
FILTER_SUMMARY = "filter-summary"
REMOVE_FILTER = "remove-filter"  # the type of the × buttons of the summary ({"type", "key"} ids)
# In the order of Filters.from_inputs' parameters; each is read through "value" (FILTER_PROPS
# names the exceptions).
FILTERS = [FILTER_CATEGORY, FILTER_KIND, FILTER_ARTICLE, FILTER_PUBLISHER, FILTER_TEXT, FILTER_MIN,
           FILTER_MAX, FILTER_SOURCE, FILTER_PLACE, FILTER_IMPLIED, FILTER_DURATIONS, FILTER_FIGURES]
FILTER_PROPS = {FILTER_FIGURES: "data"}


def filter_prop(component: str) -> str:
    """The property a filter component holds its value in."""
    return FILTER_PROPS.get(component, "value")


DOWNLOAD_BUTTON = "download-button"  # a link to dashboard.download_route, kept up to date in the browser
DOWNLOAD_WHAT = "download-what"  # figures, tallies or claims

CHART_CATEGORY = "chart-category"
CHART_CATEGORY_BY = "chart-category-by"
CAPTION_CATEGORY = "caption-category"
CHART_CASUALTY = "chart-casualty"
CAPTION_CASUALTY = "caption-casualty"
CHART_TIMELINE = "chart-timeline"
CAPTION_TIMELINE = "caption-timeline"
TIMELINE_BOX = "timeline-box"  # the chart, hidden when too few articles are dated
TIMELINE_NOTE = "timeline-note"
TIMELINE_NOTE_TEXT = "timeline-note-text"
TIMELINE_SHOW = "timeline-show"  # "show anyway"
CHART_SOURCE = "chart-source"  # a click sets the source filter, it opens no quote
CAPTION_SOURCE = "caption-source"
CHART_TALLIES = "chart-tallies"  # an article's tally of one category: a bar, whose click opens its figures
CAPTION_TALLIES = "caption-tallies"
CHART_CLAIMS = "chart-claims"  # a dot per figure of each claim: a click opens its quote
CAPTION_CLAIMS = "caption-claims"
# Charts whose marks open a quote.
CHARTS = [CHART_CATEGORY, CHART_CASUALTY, CHART_TIMELINE, CHART_TALLIES, CHART_CLAIMS]

# The page's tabs (figures, tallies, claims), each a section shown alone, and the reading of
# tallies and claims they follow (low: conservative, best: best estimate, high: highest claim).
TAB = "tab"
READING = "reading"
SECTION_FIGURES = "section-figures"
SECTION_TALLIES = "section-tallies"
SECTION_CLAIMS = "section-claims"
SECTIONS = {"figures": SECTION_FIGURES, "tallies": SECTION_TALLIES, "claims": SECTION_CLAIMS}
TALLY_TOTALS = "tally-totals"
TALLY_CATEGORY = "tally-category"  # the category the tallies chart draws
TALLY_GRID = "tally-grid"
TALLY_COUNT = "tally-count"
CLAIM_TOTALS = "claim-totals"
CLAIM_CONFLICTS = "claim-conflicts"  # "conflicts only"
CLAIM_GRID = "claim-grid"
CLAIM_COUNT = "claim-count"
SHOW_CLAIM = "show-claim"  # in the quote panel: the figure's claim in the Claims tab

GRID = "figures-grid"
GRID_COUNT = "grid-count"
GRID_BOX = "grid-box"  # the table's box, whose height follows the rows shown
GRID_TARGET = "grid-target"  # the row of the figure in the URL: select it (and scroll to it on load)
GRID_SELECTED = "grid-selected"
GRID_PAGE_SIZE = "grid-page-size"  # a store: the table's page size, for the browser-side row selection

QUOTE = "quote"
QUOTE_ACTIONS = "quote-actions"
OPEN_ARTICLE = "open-article"
ARTICLE_REASON = "article-reason"  # why the article cannot be opened
SHOW_MARK = "show-mark"  # "show these N figures": the clicked mark's figures as a filter
PERMALINK = "permalink"
COPY_LINK = "copy-link"

ARTICLE_MODAL = "article-modal"
ARTICLE_TITLE = "article-title"
ARTICLE_BODY = "article-body"
CLOSE_ARTICLE = "close-article"
ARTICLE_CURRENT = "article-current"
ARTICLE_CURRENT_ID = "article-current-id"  # a store holding ARTICLE_CURRENT, for the browser-side scroll
