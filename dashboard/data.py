"""Load the extractor's output (figures.csv, documents.csv) into pandas and answer the
dashboard's questions about it: filtering (the test itself is `dashboard.filters`), figures
and articles by id, totals and options. The display frame is made in `dashboard.frame`.
Knows nothing of Dash.

Everything the browser asks for is looked up here by figure id in an index built once at
load time; ids from a URL are never used as file paths. The core is reached only through
its output files and its contract modules (`stats.model`, `stats.export`); article texts
come from texts.jsonl (`dashboard.texts`), quotes are built in `dashboard.quotes`.
"""

from __future__ import annotations

import logging
import re
import threading
from collections import OrderedDict
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from dashboard.columnar import read_figures
from dashboard.download import frame_to_csv
from dashboard.filters import Filters, positions
from dashboard.frame import load_documents, prepare
from dashboard.grid import keep_positions, plain, sort_order, sorted_positions
from dashboard.labels import isnan as _isnan
from dashboard.memory import trim
from dashboard.texts import Texts
from dashboard.textsearch import TextIndex
from stats.export import (
    DOCUMENTS_CSV,
    FIGURE_FIELDS,
    TEXTS_JSONL,
)
from stats.vocabulary import CASUALTY_CATEGORIES as _CASUALTY_CATEGORIES
from stats.vocabulary import Category, Kind

log = logging.getLogger(__name__)

# The contract's vocabularies as plain strings, in the order the page lists them.
CATEGORIES = tuple(str(c) for c in Category)
KINDS = tuple(str(k) for k in Kind)
CASUALTY_CATEGORIES = tuple(str(c) for c in _CASUALTY_CATEGORIES)
# Categories that count people, for the timeline: the casualty ones and those affected.
PEOPLE_CATEGORIES = (*CASUALTY_CATEGORIES, str(Category.AFFECTED))
_LAST = (str(Category.OTHER), str(Category.DISTANCE), str(Category.DURATION))
# The order the page lists categories in: what readers look for first (casualties, then the rest
# of the model's order), the catch-all, distances and durations last.
CATEGORY_ORDER = (*CASUALTY_CATEGORIES,
                  *(c for c in CATEGORIES if c not in CASUALTY_CATEGORIES and c not in _LAST), *_LAST)
FIGURE_ID = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
_FILTER_CACHE_SIZE = 32
WARM_UP = "dashboard-warm-up"  # the threads that read and work out what later requests need
WARM_AFTER_S = 2.0  # the longest the warm-up waits for the page's first view to be answered
# What a filtered view holds: the columns charts, totals and captions read.
VIEW_COLUMNS = ("doc", "span", "value", "value_high", "value_top", "value_label", "qualifier", "kind",
                "subject", "subject_label", "subject_key", "category", "vague", "sentence", "said_by",
                "place", "period", "implied", "publisher", "published", "label", "date")
_FILTER_CACHE_BYTES = 64 * 1024 * 1024  # a view of ten million figures is 40 MB of positions
# Columns the download adds after figures.csv's: the citation of each figure's article.
CITATION_FIELDS = ["title", "publisher", "published"]


@dataclass
class Corpus:
    """Figures and documents as DataFrames, with an index by figure id, a filter cache and the
    article texts of texts.jsonl."""

    figures: pd.DataFrame
    documents: pd.DataFrame
    data_dir: Path
    texts: Texts = field(repr=False)
    search: TextIndex = field(repr=False)
    # Set once the page's first view is answered (or a request needs what the warm-up makes):
    # the warm-up waits for it, at most WARM_AFTER_S, so it does not slow the first answers.
    answered: threading.Event = field(default_factory=threading.Event, repr=False)
    _filter_cache: OrderedDict[Filters, np.ndarray] = field(default_factory=OrderedDict, repr=False)
    _sort_orders: dict[tuple[str, bool], np.ndarray] = field(default_factory=dict, repr=False)

    @cached_property
    def overall(self) -> dict[str, Any]:
        """Totals of the whole corpus (articles, figures, per category)."""
        return totals(self.figures)

    # ----------------------------------------------------------------- filtering
    def mask(self, filters: Filters) -> np.ndarray:
        """Row positions of the figures the filters keep (cached per filter state)."""
        cached = self._filter_cache.get(filters)
        if cached is not None:
            self._filter_cache.move_to_end(filters)
            return cached
        found = self._compute(filters)
        self._filter_cache[filters] = found
        held = sum(kept.nbytes for kept in self._filter_cache.values())
        while len(self._filter_cache) > 1 and (len(self._filter_cache) > _FILTER_CACHE_SIZE
                                               or held > _FILTER_CACHE_BYTES):
            held -= self._filter_cache.popitem(last=False)[1].nbytes
        return found

    def _compute(self, f: Filters) -> np.ndarray:
        """Row positions passing the filters (`dashboard.filters.positions`), as int32 when the
        corpus allows (half the memory in the cache)."""
        found = positions(self.figures, f, self.search)
        return found.astype(np.int32) if len(self.figures) < 2**31 else found

    def filtered(self, filters: Filters) -> pd.DataFrame:
        """The figures the filters keep, in file order, with the columns the charts and totals
        read (ids in the index; not the offsets, rule and table labels the download, quotes and
        table take from `figures`): a view of a million figures is copied in fewer columns."""
        return self.figures[self.view_columns].take(self.mask(filters))

    @cached_property
    def view_columns(self) -> list[str]:
        """The display frame's columns a filtered view keeps."""
        return [c for c in VIEW_COLUMNS if c in self.figures.columns]

    def sort_order(self, column: str, ascending: bool) -> np.ndarray:
        """Every figure's position in the table's order for one column and direction (stable,
        blanks last; `dashboard.grid.sort_order`), worked out once and kept: the table sorts a
        filtered view by keeping this order to the view's rows."""
        key = (column, ascending)
        found = self._sort_orders.get(key)
        if found is None:
            found = sort_order(self.figures, [key])
            found = found.astype(np.int32) if len(found) < 2**31 else found
            self._sort_orders[key] = found
        return found

    # ----------------------------------------------------------------- look-ups
    def position(self, figure_id: str | None) -> int | None:
        """A figure's row position by id, or None for an unknown or malformed id (the first of
        duplicate ids)."""
        if not figure_id or not FIGURE_ID.match(figure_id):
            return None
        try:
            position = self.figures.index.get_loc(figure_id)
        except KeyError:
            return None
        if isinstance(position, slice):  # duplicate ids: the first one
            position = position.start
        elif not isinstance(position, int | np.integer):
            position = int(np.flatnonzero(np.asarray(position))[0])
        return int(position)

    def figure(self, figure_id: str | None) -> pd.Series | None:
        """One figure by id (a row of the display frame, as `figures.iloc` gives it), or None
        for an unknown or malformed id. Read a column at a time: pandas' own row lookup hashes
        every categorical's categories to find the row's type (0.4 s and 100 MB for a million
        claim ids, on the first click of a session)."""
        position = self.position(figure_id)
        if position is None:
            return None
        frame = self.figures
        return pd.Series([frame[column].iloc[position] for column in frame.columns], index=frame.columns,
                         name=frame.index[position], dtype=object)

    def table_positions(self, filters: Filters, filter_model: dict[str, Any] | None,
                        sort_model: list[dict[str, Any]] | None) -> np.ndarray:
        """The positions of the figures the table shows, in its order: the filters, then the
        table's own column filters and sort (a one-column sort from `sort_order`, kept)."""
        shown = keep_positions(self.figures, self.mask(filters), filter_model)
        return sorted_positions(self.figures, shown, sort_model, self.sort_order)

    def document(self, doc: str) -> dict[str, Any]:
        """The documents.csv row of one article (empty strings when it is not listed)."""
        if doc in self.documents.index:
            row = self.documents.loc[doc]
            if isinstance(row, pd.DataFrame):
                row = row.iloc[0]
            return {k: ("" if _isnan(v) else v) for k, v in row.to_dict().items()}
        return {"doc": doc, "path": "", "title": "", "publisher": "", "published": ""}

    # ----------------------------------------------------------------- article text
    def article_text(self, doc: str) -> str | None:
        """The article's text as the extractor read it (from texts.jsonl), or None."""
        found = self.texts.get(doc)
        return None if found is None else found.text

    # ----------------------------------------------------------------- output
    def record(self, row: pd.Series) -> dict[str, Any]:
        """A figure as a plain dict of the figures.csv fields (None for blanks)."""
        return {k: (None if _isnan(v) or v is pd.NA else plain(v)) for k, v in row[FIGURE_FIELDS].items()}

    def to_csv(self, filters: Filters, positions: np.ndarray | None = None, citation: bool = False) -> str:
        """CSV of the filtered figures, written exactly as the CLI writes figures.csv; with
        `citation`, the article's title, publisher and date follow the contract's columns."""
        if positions is None:
            positions = self.mask(filters)
        fields = [*FIGURE_FIELDS, *(CITATION_FIELDS if citation else ())]
        return frame_to_csv(self.figures, fields, positions)


# --------------------------------------------------------------------- loading
def load(data_dir: Path, warm: bool = True) -> Corpus:
    """Read figures.parquet (or figures.csv) and documents.csv from data_dir into a Corpus ready
    to filter; texts.jsonl is only opened when an article's text is first asked for.

    A figures.csv from an older `stats extract` may lack columns added to the contract since
    (said_by, place, period, implied): they are read as blank text and false flags."""
    data_dir = Path(data_dir)
    figures = read_figures(data_dir)
    documents = load_documents(data_dir / DOCUMENTS_CSV, figures["doc"])
    figures = prepare(figures, documents)
    trim()  # Arrow's allocator and glibc keep what reading freed, unless told
    corpus = Corpus(figures=figures, documents=documents, data_dir=data_dir,
                    texts=Texts(data_dir / TEXTS_JSONL), search=TextIndex(figures))
    if warm:  # texts.jsonl's index and the table's order by value, made before a request needs them
        threading.Thread(target=_warm, args=(corpus,), name=WARM_UP, daemon=True).start()
    return corpus


def _warm(corpus: Corpus) -> None:
    """What later requests would otherwise wait for, done once the page's first view is answered
    (`Corpus.answered`): the index of texts.jsonl (one pass over the file, for the first quote)
    and the table's order by value."""
    corpus.answered.wait(WARM_AFTER_S)
    try:
        if len(corpus.figures):
            corpus.texts.get(str(corpus.figures["doc"].iloc[0]))
        for ascending in (False, True):
            corpus.sort_order("value", ascending)
        trim()
    except Exception:  # a warm-up only: the request that needs it does the work again
        log.debug("warm-up failed", exc_info=True)


# --------------------------------------------------------------------- summaries
def totals(df: pd.DataFrame) -> dict[str, Any]:
    """Articles, figures and figures per category (largest first) of a view."""
    counts = df["category"].value_counts(sort=False)
    per_category = {str(c): int(n) for c, n in counts.items() if n}
    per_category = dict(sorted(per_category.items(), key=lambda kv: (-kv[1], kv[0])))
    return {"articles": article_count(df), "figures": len(df), "categories": per_category}


def article_count(df: pd.DataFrame) -> int:
    """How many articles a view draws on (counted on the doc codes when the column is categorical)."""
    docs = df["doc"]
    if isinstance(docs.dtype, pd.CategoricalDtype):
        codes = docs.cat.codes.to_numpy()
        return int(np.count_nonzero(np.bincount(codes[codes >= 0], minlength=1)))
    return int(docs.nunique())


def sources(df: pd.DataFrame, limit: int | None = None) -> list[dict[str, Any]]:
    """The articles a view draws on, most figures first (ties in file order), the first `limit`
    of them: doc, label, publisher, published, figures."""
    if df.empty:
        return []
    docs = df["doc"]
    codes = docs.cat.codes.to_numpy() if isinstance(docs.dtype, pd.CategoricalDtype) else \
        pd.factorize(docs)[0]
    counts = np.bincount(codes[codes >= 0])
    first_seen = np.full(len(counts), len(df))
    np.minimum.at(first_seen, codes, np.arange(len(df)))
    present = np.flatnonzero(counts)
    order = present[np.lexsort((first_seen[present], -counts[present]))]
    if limit is not None:
        order = order[:limit]
    rows = df.iloc[first_seen[order]]
    return [{"doc": str(doc), "label": str(label), "publisher": "" if _isnan(publisher) else str(publisher),
             "published": "" if _isnan(published) else str(published), "figures": int(counts[code])}
            for code, doc, label, publisher, published in zip(
                order, rows["doc"], rows["label"], rows["publisher"], rows["published"], strict=True)]
