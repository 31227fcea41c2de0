"""The page's state in its address, so any view can be shared or bookmarked and reopens as it
was: the figure shown (`?figure=ID`, `&view=article` for its whole article, or `/figure/ID`)
and every filter. Knows nothing of Dash.

Each filter has one query parameter, repeated for several values
(`?category=killed&category=injured`); a blank source or place (the article's own voice, no
place given) is an empty value (`source=`). Only what differs from the default view is
written: `implied=no` leaves implied single casualties out, `durations=show` shows durations
and distances. Ids from the address are only ever looked up, never used as paths.

An article, publisher, source or place longer than MAX_VALUE_CHARS is written, in the address and
as its dropdown option's value, as its first KEY_PREFIX characters and a hash of the whole
(`option_value`): issue 13, a 20,000-character publisher as an option's value crashed chromium's
tab. The server maps a key back to the text (`option_text`) for the texts of its data, which
the dropdowns' options register (`register_text`); a key of no text it holds matches nothing,
as that text would.
"""

from __future__ import annotations

import hashlib
import re
from typing import Any
from urllib.parse import parse_qs, unquote, urlencode

from dashboard.filters import DURATIONS_HIDDEN, IMPLIED_ON, Filters, choice, strings
from dashboard.labels import MAX_LABEL_CHARS

_FIGURE_PATH = re.compile(r"/figure/([^/?#]+)/?$")
# Filters field -> query parameter, for the fields holding several values.
LIST_PARAMS = {"categories": "category", "kinds": "kind", "docs": "article", "publishers": "publisher",
               "said_by": "source", "places": "place"}
_TEXT_FIELDS = ("docs", "publishers", "said_by", "places")  # values that may be long texts
TEXT, LOW, HIGH, IMPLIED, DURATIONS, FIGURES = "q", "min", "max", "implied", "durations", "ids"
NO, SHOW = "no", "show"
MAX_FIGURE_IDS = 200  # ids one address may pick
# The page's tab and reading (of tallies and claims: conservative, best estimate, highest), with
# the values they may take, the first the default (not written in the address).
PAGE_VALUES = {"tab": ("figures", "tallies", "claims"), "reading": ("best", "low", "high")}
PAGE_DEFAULTS = {param: values[0] for param, values in PAGE_VALUES.items()}


# The longest article, publisher, source or place sent to the page as an option value as it is
# (as long as a label shows whole); a longer one is sent as a key.
MAX_VALUE_CHARS = MAX_LABEL_CHARS
KEY_PREFIX = 40  # characters of a long text kept at the start of its key, so an address stays readable
_KEY_HASH = 16  # hex digits of the text's SHA-1 after the prefix
# Where articles, publishers, sources and places are among Filters.from_inputs' parameters.
_TEXT_POSITIONS = (2, 3, 7, 8)
_LONG_TEXTS: dict[str, str] = {}  # key -> text, for the long texts of the data served


def option_value(text: str) -> str:
    """A column value as a dropdown option's value and in the address: itself up to
    MAX_VALUE_CHARS, else its start, "~" and a hash of it (the same key in every process).

    >>> option_value("Reuters"), option_value("x" * 500)
    ('Reuters', 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx~dc31b173a0a99f41')
    """
    if len(text) <= MAX_VALUE_CHARS:
        return text
    digest = hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()
    return f"{text[:KEY_PREFIX]}~{digest[:_KEY_HASH]}"


def register_text(text: str) -> str:
    """A value of the data served: its option value, remembered so that `option_text` maps it back
    (only texts of the data are registered, never one from a request, so this stays bounded)."""
    value = option_value(text)
    if value != text:
        _LONG_TEXTS[value] = text
    return value


def option_text(value: str) -> str:
    """The column value a dropdown value or address parameter stands for: a long text's key
    mapped back, anything else as it is."""
    return _LONG_TEXTS.get(value, value)


def filters_from_values(*values: Any) -> Filters:
    """`Filters.from_inputs` of the filter components' values (in `ids.FILTERS` order), the keys
    of long articles, publishers, sources and places mapped back to their texts."""
    given = [*values, *[None] * (max(_TEXT_POSITIONS) + 1 - len(values))]
    for position in _TEXT_POSITIONS:
        given[position] = [option_text(v) for v in strings(given[position])]
    return Filters.from_inputs(*given)


def _query(search: str | None) -> dict[str, list[str]]:
    """A query string ("?a=1&a=2" or "a=1") as lists of values, blanks kept."""
    return parse_qs((search or "").lstrip("?"), keep_blank_values=True)


def parse_location(search: str | None, pathname: str | None = None) -> tuple[str | None, bool]:
    """The figure id and whether the article view is open, from ?figure=<id>[&view=article]
    or /figure/<id>. The id is returned as given; look it up, never use it as a path."""
    query = _query(search)
    figure = query.get("figure", [None])[0]
    if figure is None and pathname:
        match = _FIGURE_PATH.search(pathname)
        if match:
            figure = unquote(match.group(1))
    view = query.get("view", [""])[0] == "article"
    return (figure.strip() if isinstance(figure, str) else None) or None, view


def filters_from_query(search: str | None) -> Filters:
    """The filters a query string names (the default view's for those it does not)."""
    query = _query(search)
    lists = {field: [option_text(v) if field in _TEXT_FIELDS else v for v in query.get(param, [])]
             for field, param in LIST_PARAMS.items()}
    figures = [i for value in query.get(FIGURES, []) for i in value.split(",") if i.strip()]
    return Filters.from_inputs(
        lists["categories"], lists["kinds"], lists["docs"], lists["publishers"],
        query.get(TEXT, [""])[0], query.get(LOW, [None])[0], query.get(HIGH, [None])[0],
        [choice(v) for v in lists["said_by"]], [choice(v) for v in lists["places"]],
        query.get(IMPLIED, [""])[0] != NO, query.get(DURATIONS, [""])[0] != SHOW,
        [i.strip() for i in figures[:MAX_FIGURE_IDS]])


def _number(value: float) -> str:
    """A number exactly, as short as it reads: 100, not 100.0; 1000001 and 0.1 as they are."""
    text = repr(float(value))
    return text[:-2] if text.endswith(".0") else text


def filter_params(filters: Filters) -> list[tuple[str, str]]:
    """The query parameters of the filters that differ from the default view, in a fixed order."""
    params = [(param, option_value(value) if field in _TEXT_FIELDS else value)
              for field, param in LIST_PARAMS.items() for value in getattr(filters, field)]
    if filters.text:
        params.append((TEXT, filters.text))
    if filters.value_min is not None:
        params.append((LOW, _number(filters.value_min)))
    if filters.value_max is not None:
        params.append((HIGH, _number(filters.value_max)))
    if not filters.implied:
        params.append((IMPLIED, NO))
    if not filters.hide_durations:
        params.append((DURATIONS, SHOW))
    if filters.figures:
        params.append((FIGURES, ",".join(filters.figures)))
    return params


def page_state(search: str | None) -> dict[str, str]:
    """The page's tab and reading (`PAGE_DEFAULTS`' keys) a query string names, each one of its
    known values or else the default."""
    query = _query(search)
    state = {}
    for param, default in PAGE_DEFAULTS.items():
        value = query.get(param, [default])[0]
        state[param] = value if value in PAGE_VALUES[param] else default
    return state


def location(filters: Filters, figure: str | None = None, view: bool = False,
             page: dict[str, str] | None = None) -> str:
    """The query string of a view: the figure (and its article view) first, then the filters,
    then the tab and reading where they are not the default ones; "" for the default view
    with no figure.

    >>> killed = Filters.from_inputs(categories=["killed"], value_min=100, durations=["hide"])
    >>> location(killed, "f2aa723dbda44", page={"tab": "claims", "reading": "best"})
    '?figure=f2aa723dbda44&category=killed&min=100&tab=claims'
    """
    params = [("figure", figure)] if figure else []
    if figure and view:
        params.append(("view", "article"))
    params += filter_params(filters)
    params += [(k, v) for k, v in (page or {}).items() if k in PAGE_DEFAULTS and v != PAGE_DEFAULTS[k]]
    return "?" + urlencode(params) if params else ""


def with_page(search: str | None, pathname: str | None = None, **page: str | None) -> str:
    """The query string with another tab or reading (`with_page(s, tab="claims")`), the same
    figure and filters."""
    return with_filters(search, filters_from_query(search), pathname, **page)


def with_figure(search: str | None, figure: str | None, view: bool = False) -> str:
    """The query string with another figure (or none) and the same filters."""
    return location(filters_from_query(search), figure, view, page_state(search))


def with_filters(search: str | None, filters: Filters, pathname: str | None = None,
                 **page: str | None) -> str:
    """The query string with other filters (and, if given, another tab or reading), the same
    figure and view."""
    figure, view = parse_location(search, pathname)
    state = page_state(search)
    state.update({k: v for k, v in page.items() if v in PAGE_VALUES.get(k, ())})
    return location(filters, figure, view, state)


def component_values(filters: Filters) -> list[Any]:
    """The value of each filter component (in `ids.FILTERS` order) that shows these filters."""
    def listed(values: tuple[str, ...]) -> list[str] | None:
        return list(values) or None

    def keys(values: tuple[str, ...]) -> list[str] | None:
        """Long texts as their keys."""
        return listed(tuple(map(option_value, values)))

    return [listed(filters.categories), listed(filters.kinds), keys(filters.docs),
            keys(filters.publishers), filters.text, filters.value_min, filters.value_max,
            keys(tuple(map(choice, filters.said_by))), keys(tuple(map(choice, filters.places))),
            [IMPLIED_ON] if filters.implied else [], [DURATIONS_HIDDEN] if filters.hide_durations else [],
            listed(filters.figures)]

