"""The line under the filters: how many figures show, and each filter that is on as a chip
with an × that takes it off (the chips' ids carry a key such as "category=killed").

`active_filters` and `without` are plain functions of a `Filters`; `summary_line` builds the
components.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from dash import html

from dashboard import ids
from dashboard.data import Corpus
from dashboard.filters import Filters
from dashboard.labels import format_number

# Filters field -> how its chips are labelled ("{}": the value) and what a blank value reads as.
_LIST_LABELS = {
    "categories": ("{}", ""), "kinds": ("kind: {}", ""), "docs": ("{}", ""), "publishers": ("{}", ""),
    "said_by": ("source: {}", "source: the article's own voice"),
    "places": ("place: {}", "no place given"),
}
# A single-valued filter's value once its chip is removed (durations and distances shown).
_TAKEN_OFF: dict[str, Any] = {"text": "", "value_min": None, "value_max": None, "implied": True,
                              "hide_durations": False, "figures": ()}
_FLAG_LABELS = {"implied": "implied single casualties left out",
                "hide_durations": "durations and distances hidden"}


def _short(text: str, limit: int = 40) -> str:
    """Text cut to `limit` characters with an ellipsis."""
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


def active_filters(filters: Filters, corpus: Corpus | None = None) -> list[tuple[str, str]]:
    """Each filter that narrows the view as (key, label), in the order of the filter bar; an
    article is named by its title when the corpus knows it."""
    chips: list[tuple[str, str]] = []
    for field, (template, blank) in _LIST_LABELS.items():
        for value in getattr(filters, field):
            shown = value
            if field == "docs" and corpus is not None:
                shown = str(corpus.document(value).get("title") or value)
            chips.append((f"{field}={value}", template.format(_short(shown)) if value else blank))
    if filters.text:
        chips.append(("text", f"search: “{_short(filters.text)}”"))
    if filters.value_min is not None:
        chips.append(("value_min", f"value ≥ {format_number(filters.value_min)}"))
    if filters.value_max is not None:
        chips.append(("value_max", f"value ≤ {format_number(filters.value_max)}"))
    if not filters.implied:
        chips.append(("implied", _FLAG_LABELS["implied"]))
    if filters.hidden_categories():
        chips.append(("hide_durations", _FLAG_LABELS["hide_durations"]))
    if filters.figures:
        n = len(filters.figures)
        chips.append(("figures", f"{n:,} picked figure{'s' if n != 1 else ''}"))
    return chips


def without(filters: Filters, key: str) -> Filters:
    """The filters with the one a chip's key names taken off (unchanged for an unknown key)."""
    field, _, value = key.partition("=")
    if field in _LIST_LABELS:
        kept = tuple(v for v in getattr(filters, field) if v != value)
        return dataclasses.replace(filters, **{field: kept})
    if field in _TAKEN_OFF:
        return dataclasses.replace(filters, **{field: _TAKEN_OFF[field]})
    return filters


def summary_text(shown: int, every: int, articles: int) -> str:
    """"Showing 12 of 54 figures from 3 articles." or "All 54 figures from 5 articles.\""""
    where = f"from {articles:,} article{'s' if articles != 1 else ''}."
    if shown < every:
        return f"Showing {shown:,} of {every:,} figures {where}"
    return f"All {every:,} figures {where}"


def summary_line(text: str, chips: list[tuple[str, str]]) -> list[Any]:
    """The count and one chip per active filter, each with an × button that removes it."""
    children: list[Any] = [html.Span(text, className="summary-count")]
    for key, label in chips:
        children.append(html.Span([
            html.Span(label, className="filter-chip-label"),
            html.Button("×", id={"type": ids.REMOVE_FILTER, "key": key}, n_clicks=0, className="chip-remove",
                        title=f"Remove this filter ({label})", **{"aria-label": f"Remove filter: {label}"}),
        ], className="filter-chip"))
    return children
