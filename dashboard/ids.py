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
CLEAR_FILTERS = "clear-filters"
FILTER_SUMMARY = "filter-summary"
# In the order of Filters.from_inputs' parameters; every one is read through its "value".
FILTERS = [FILTER_CATEGORY, FILTER_KIND, FILTER_ARTICLE, FILTER_PUBLISHER, FILTER_TEXT, FILTER_MIN,
           FILTER_MAX, FILTER_SOURCE, FILTER_PLACE, FILTER_IMPLIED]

DOWNLOAD_BUTTON = "download-button"
DOWNLOAD = "download"

CHART_CATEGORY = "chart-category"
CHART_CATEGORY_BY = "chart-category-by"
CAPTION_CATEGORY = "caption-category"
CHART_CASUALTY = "chart-casualty"
CAPTION_CASUALTY = "caption-casualty"
CHART_TIMELINE = "chart-timeline"
CAPTION_TIMELINE = "caption-timeline"
CHART_SOURCE = "chart-source"  # a click sets the source filter, it opens no quote
CAPTION_SOURCE = "caption-source"
CHARTS = [CHART_CATEGORY, CHART_CASUALTY, CHART_TIMELINE]  # charts whose marks open a quote

GRID = "figures-grid"
GRID_COUNT = "grid-count"

QUOTE = "quote"
QUOTE_ACTIONS = "quote-actions"
OPEN_ARTICLE = "open-article"
PERMALINK = "permalink"
COPY_LINK = "copy-link"

ARTICLE_MODAL = "article-modal"
ARTICLE_TITLE = "article-title"
ARTICLE_BODY = "article-body"
CLOSE_ARTICLE = "close-article"
ARTICLE_CURRENT = "article-current"
