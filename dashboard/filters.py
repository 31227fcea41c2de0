"""The page's filter state and the row test it stands for. Knows nothing of Dash.

A `Filters` is built from the raw values of the filter components (`Filters.from_inputs`, in
the order of `ids.FILTERS`) and is hashable, so `Corpus.mask` can cache its result. The
source and place dropdowns cannot offer an empty string as a choice, so a blank said_by
(the article's own voice) or place is chosen as `BLANK`; `Filters` holds the column values
themselves ("" for blank), which is what `positions` compares with.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from dashboard.textsearch import TextIndex

# The dropdown value (and source-chart customdata) standing for a blank said_by or place.
BLANK = "__blank__"
# The value of the "include implied single casualties" checklist when ticked.
IMPLIED_ON = "include"
# The value of the "hide durations and distances" checklist when ticked (the default).
DURATIONS_HIDDEN = "hide"
# The categories that checklist hides: the seeds' largest, and rarely what a reader looks for.
DURATION_CATEGORIES = ("duration", "distance")
# The search box's limits: what a reader types is a few words; a pasted page is cut here, so one
# request cannot make the server scan every figure once per word of it (issue 13: 20,000
# characters of repeated words took minutes on 100k figures).
MAX_SEARCH_CHARS = 200
MAX_SEARCH_WORDS = 20


def search_text(text: Any) -> str:
    """The search box's value as the filter holds it: the words in its first MAX_SEARCH_CHARS
    characters (less a last word the cap cuts), each word once (the first spelling kept; case
    does not count, as in the search), MAX_SEARCH_WORDS words at most, joined by single spaces.

    >>> search_text("  Kabul  killed kabul\tKILLED  ")
    'Kabul killed'
    """
    text = str(text or "")
    words = text[:MAX_SEARCH_CHARS].split()
    if len(words) > 1 and len(text) > MAX_SEARCH_CHARS and not text[MAX_SEARCH_CHARS].isspace():
        words.pop()  # the cap cut this word: a piece of it would search for something else
    kept: dict[str, str] = {}
    for word in words:
        kept.setdefault(word.lower(), word)
        if len(kept) == MAX_SEARCH_WORDS:
            break
    return " ".join(kept.values())


def search_words(text: str) -> list[str]:
    """The lower-cased words a row's search text must all contain, longest first (the one most
    likely to narrow the rows), without a word another of them contains (a row holding "killed"
    holds "kill"), after the cap and deduplication of `search_text`.

    >>> search_words("kill Killed in Kabul")
    ['killed', 'kabul', 'in']
    """
    words = sorted(set(search_text(text).lower().split()), key=lambda w: (-len(w), w))
    return [w for i, w in enumerate(words) if not any(w in longer for longer in words[:i])]


def strings(value: Any) -> tuple[str, ...]:
    """A filter value (None, a string or a list) as a sorted tuple of strings."""
    if value is None or value == "":
        return ()
    if isinstance(value, str):
        return (value,)
    return tuple(sorted({str(v) for v in value}))


def to_number(value: Any) -> float | None:
    """A filter value as a float, or None when blank or not a number."""
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return None if math.isnan(number) else number


def column_values(value: Any) -> tuple[str, ...]:
    """Dropdown choices as column values: `BLANK` becomes "" (sorted, no duplicates).

    >>> column_values(["Taliban", BLANK])
    ('', 'Taliban')
    """
    return tuple(sorted({"" if v == BLANK else v for v in strings(value)}))


def choice(value: str) -> str:
    """A column value as a dropdown choice: "" becomes `BLANK`."""
    return value if value else BLANK


def ticked(value: Any, on: str) -> bool:
    """A one-box checklist's value as a flag: unset (None) is ticked (the box's default), an
    empty list is not; a plain bool is taken as it is."""
    if value is None or isinstance(value, bool):
        return value is not False
    return on in strings(value)


def include_implied(value: Any) -> bool:
    """The implied checklist's value as a flag: unset (None) includes implied figures, an
    empty list leaves them out; a plain bool is taken as it is."""
    return ticked(value, IMPLIED_ON)


@dataclass(frozen=True)
class Filters:
    """The page's filter state; hashable so filtered views can be cached by it."""

    categories: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()
    docs: tuple[str, ...] = ()
    publishers: tuple[str, ...] = ()
    text: str = ""
    value_min: float | None = None
    value_max: float | None = None
    said_by: tuple[str, ...] = ()  # column values: "" is the article's own voice
    places: tuple[str, ...] = ()  # column values: "" is no place given
    implied: bool = True  # whether implied single casualties ("a policeman was killed") count
    # Whether durations and distances are left out (unless the category or kind filter asks for
    # them): off here, so Filters() keeps every figure; on in the page's DEFAULT_VIEW.
    hide_durations: bool = False
    figures: tuple[str, ...] = ()  # figure ids: the figures of one chart mark ("show these N figures")

    @classmethod
    def from_inputs(cls, categories: Any = None, kinds: Any = None, docs: Any = None,
                    publishers: Any = None, text: Any = None, value_min: Any = None,
                    value_max: Any = None, said_by: Any = None, places: Any = None,
                    implied: Any = None, durations: Any = None, figures: Any = None) -> Filters:
        """Filters from raw component values (None, a string or a list each), normalised."""
        return cls(strings(categories), strings(kinds), strings(docs), strings(publishers),
                   search_text(text), to_number(value_min), to_number(value_max),
                   column_values(said_by), column_values(places), include_implied(implied),
                   durations is not None and ticked(durations, DURATIONS_HIDDEN), strings(figures))

    def active(self) -> bool:
        """Whether any filter narrows the figures (the page's DEFAULT_VIEW does: it hides durations)."""
        return self != Filters()

    def hidden_categories(self) -> tuple[str, ...]:
        """The categories the durations checklist leaves out: none when it is off or figures are
        picked by id, and never one the category or kind filter names (the kinds "duration" and
        "distance" share the categories' names)."""
        if not self.hide_durations or self.figures:
            return ()
        return tuple(c for c in DURATION_CATEGORIES if c not in self.categories and c not in self.kinds)


# The page as it opens: every figure but durations and distances.
DEFAULT_VIEW = Filters(hide_durations=True)


def positions(df: pd.DataFrame, f: Filters, search: TextIndex | None = None) -> np.ndarray:
    """Row positions of df passing the filters; the text search runs last, on the survivors
    (`search` is the frame's `TextIndex`, made here when not given)."""
    keep = np.ones(len(df), dtype=bool)
    for column, wanted in (("category", f.categories), ("kind", f.kinds), ("doc", f.docs),
                           ("publisher", f.publishers), ("said_by", f.said_by), ("place", f.places)):
        if wanted:
            keep &= is_in(df[column], wanted)
    if not f.implied:
        keep &= ~df["implied"].to_numpy(dtype=bool)
    hidden = f.hidden_categories()
    if hidden:
        keep &= ~is_in(df["category"], hidden)
    if f.figures:
        keep &= df.index.isin(f.figures)
    if f.value_min is not None:
        keep &= (df["value_top"] >= f.value_min).to_numpy()
    if f.value_max is not None:
        keep &= (df["value"] <= f.value_max).to_numpy()
    found = np.flatnonzero(keep)
    if f.text:
        # Each word tested once per distinct span, subject and sentence of the rows still in; at
        # most MAX_SEARCH_WORDS words (`search_words`), so the work is bounded by the rows.
        found = (search or TextIndex(df)).find(found, search_words(f.text))
    return found


def is_in(column: pd.Series, wanted: tuple[str, ...]) -> np.ndarray:
    """Which rows of a column hold one of the wanted values: for a categorical, the wanted
    categories are looked up once and the rows tested by code."""
    if isinstance(column.dtype, pd.CategoricalDtype):
        hit = np.append(column.cat.categories.isin(wanted), False)
        return hit[column.cat.codes.to_numpy()]
    return column.isin(wanted).to_numpy()
