"""Load the extractor's output (figures.csv, documents.csv) into pandas and answer the
dashboard's questions about it: filtering (the test itself is `dashboard.filters`), figures
and articles by id, totals and options. Knows nothing of Dash.

Everything the browser asks for is looked up here by figure id in an index built once at
load time; ids from a URL are never used as file paths. The core is reached only through
its output files and its contract modules (`stats.model`, `stats.export`); article texts
come from texts.jsonl (`dashboard.texts`), quotes are built in `dashboard.quotes`.
"""

from __future__ import annotations

import re
from collections import OrderedDict
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from dashboard.filters import Filters, positions
from dashboard.labels import clip, qualifier_words, value_label
from dashboard.labels import isnan as _isnan
from dashboard.texts import Texts
from stats.export import (
    DOCUMENT_FIELDS,
    DOCUMENTS_CSV,
    FIGURE_FIELDS,
    FIGURES_CSV,
    TEXTS_JSONL,
    rows_to_csv,
    unguard_cell,
)
from stats.model import CASUALTY_CATEGORIES as _CASUALTY_CATEGORIES
from stats.model import Category, Kind

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
_NUMBER_COLUMNS = ("start", "end", "value", "value_high", "whole", "sentence_start", "sentence_end")
_BOOL_COLUMNS = ("vague", "implied")
_TRUE = ("True", "true", "TRUE", "1", "1.0")  # how a true flag may be written; anything else is false
_TEXT_COLUMNS = [c for c in FIGURE_FIELDS if c not in (*_NUMBER_COLUMNS, *_BOOL_COLUMNS)]
# Text columns filtered, grouped or sorted on: held as pandas categoricals (codes, not strings).
_CATEGORICAL = ("category", "kind", "qualifier", "qualifier_label", "doc", "publisher", "said_by", "place",
                "period")
_DOCUMENT_TEXT_COLUMNS = [c for c in DOCUMENT_FIELDS if c not in ("chars", "figures")]
FIGURE_ID = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
_FILTER_CACHE_SIZE = 32
# Columns the download adds after figures.csv's: the citation of each figure's article.
CITATION_FIELDS = ["title", "publisher", "published"]


def unguard(series: pd.Series) -> pd.Series:
    """Undo the exporter's CSV-injection guard (`stats.export.unguard_cell`) on a text column,
    touching only the values that start with a quote."""
    values = series.tolist()
    if not any(v[:1] == "'" for v in values):  # the common case, checked in one cheap pass
        return series
    return pd.Series([unguard_cell(v) if v[:1] == "'" else v for v in values],
                     index=series.index, dtype=series.dtype)


@dataclass
class Corpus:
    """Figures and documents as DataFrames, with an index by figure id, a filter cache and the
    article texts of texts.jsonl."""

    figures: pd.DataFrame
    documents: pd.DataFrame
    data_dir: Path
    raw: pd.DataFrame = field(repr=False)
    texts: Texts = field(repr=False)
    _filter_cache: OrderedDict[Filters, np.ndarray] = field(default_factory=OrderedDict, repr=False)

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
        while len(self._filter_cache) > _FILTER_CACHE_SIZE:
            self._filter_cache.popitem(last=False)
        return found

    def _compute(self, f: Filters) -> np.ndarray:
        """Row positions passing the filters (`dashboard.filters.positions`)."""
        return positions(self.figures, f)

    def filtered(self, filters: Filters) -> pd.DataFrame:
        """The figures the filters keep, in file order."""
        return self.figures.iloc[self.mask(filters)]

    # ----------------------------------------------------------------- look-ups
    def figure(self, figure_id: str | None) -> pd.Series | None:
        """One figure by id, or None for an unknown or malformed id."""
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
        return self.figures.iloc[int(position)]

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
        rows = self.raw.iloc[positions].astype(object)
        fields = list(FIGURE_FIELDS)
        if citation:
            meta = self.figures.iloc[positions]
            for column in CITATION_FIELDS:
                rows[column] = meta[column].fillna("").astype(str).to_numpy()
            fields += CITATION_FIELDS
        rows = rows.where(rows.notna(), None)
        return rows_to_csv(rows.to_dict("records"), fields)


def plain(value: Any) -> Any:
    """numpy scalars to Python ones (for JSON and CSV)."""
    return value.item() if isinstance(value, np.generic) else value


# --------------------------------------------------------------------- loading
def load(data_dir: Path) -> Corpus:
    """Read figures.csv and documents.csv from data_dir into a Corpus ready to filter; texts.jsonl
    is only opened when an article's text is first asked for.

    A figures.csv from an older `stats extract` may lack columns added to the contract since
    (said_by, place, period, implied): they are read as blank text and false flags."""
    data_dir = Path(data_dir)
    raw = pd.read_csv(data_dir / FIGURES_CSV, dtype=dict.fromkeys((*_TEXT_COLUMNS, *_BOOL_COLUMNS), "str"),
                      keep_default_na=False, na_values={c: [""] for c in _NUMBER_COLUMNS})
    for column in FIGURE_FIELDS:
        if column not in raw.columns:
            raw[column] = np.nan if column in _NUMBER_COLUMNS else ""
    raw = raw[FIGURE_FIELDS]
    for column in _BOOL_COLUMNS:
        raw[column] = raw[column].isin(_TRUE)
    for column in _NUMBER_COLUMNS:
        raw[column] = pd.to_numeric(raw[column], errors="coerce")
    for column in _TEXT_COLUMNS:
        raw[column] = unguard(raw[column].fillna("").astype(str))
    documents = _load_documents(data_dir / DOCUMENTS_CSV, raw)
    figures = _prepare(raw, documents)
    return Corpus(figures=figures, documents=documents, data_dir=data_dir, raw=raw,
                  texts=Texts(data_dir / TEXTS_JSONL))


def _load_documents(path: Path, raw: pd.DataFrame) -> pd.DataFrame:
    """documents.csv indexed by doc; articles missing from it get a bare row."""
    if path.is_file():
        docs = pd.read_csv(path, dtype=str, keep_default_na=False)
    else:
        docs = pd.DataFrame(columns=DOCUMENT_FIELDS)
    for column in DOCUMENT_FIELDS:
        if column not in docs.columns:
            docs[column] = ""
    for column in _DOCUMENT_TEXT_COLUMNS:
        docs[column] = unguard(docs[column].fillna("").astype(str))
    missing = sorted(set(raw["doc"]) - set(docs["doc"]))
    if missing:
        docs = pd.concat([docs, pd.DataFrame({"doc": missing})], ignore_index=True).fillna("")
    docs = docs.drop_duplicates("doc").set_index("doc", drop=False)
    # The article's name as the page shows it (the title, else the file name), cut (`clip`).
    docs["label"] = docs["title"].where(docs["title"].str.strip() != "", docs["doc"]).map(clip)
    docs["date"] = pd.to_datetime(docs["published"], errors="coerce", format="ISO8601")
    return docs


def _prepare(raw: pd.DataFrame, documents: pd.DataFrame) -> pd.DataFrame:
    """The display frame: raw fields plus citation, label and search columns, indexed by id."""
    df = raw.copy()
    meta = documents.reindex(df["doc"])
    for column in ("title", "publisher", "published", "label", "date"):
        df[column] = meta[column].to_numpy()
    df["article"] = df["label"]
    df["value_top"] = df["value_high"].fillna(df["value"])
    labels: dict[tuple[Any, ...], str] = {}  # many figures share a label: work each out once
    column_lists = [df[c].tolist() for c in ("value", "qualifier", "kind", "unit", "value_high", "whole",
                                              "vague", "span")]
    for blanks in (4, 5):  # NaN != NaN, so a key holding one never matched: blanks are None instead
        column_lists[blanks] = [None if x != x else x for x in column_lists[blanks]]
    values = []
    for v, q, k, u, vh, w, vg, s in zip(*column_lists, strict=True):
        key = (v, q, k, u, vh, w, vg, s if vg else "")
        label = labels.get(key)
        if label is None:
            label = labels[key] = value_label(v, q, k, u, vh, w, vg, s)
        values.append(label)
    df["value_label"] = values
    subjects = df["subject"].tolist()
    df["subject_label"] = [s if s.strip() else "(no subject)" for s in subjects]
    df["search"] = np.array([f"{a}\n{b}\n{c}".lower() for a, b, c in zip(
        df["span"].tolist(), subjects, df["sentence"].tolist(), strict=True)], dtype=object)
    df["implied_label"] = pd.Categorical.from_codes(df["implied"].to_numpy(dtype=np.int8),
                                                    categories=["", "implied"])
    df["qualifier_label"] = [qualifier_words(q, bool(i)) for q, i in zip(
        df["qualifier"].tolist(), df["implied"].tolist(), strict=True)]
    for column in _CATEGORICAL:
        df[column] = df[column].astype("category")
    df.index = pd.Index(raw["figure_id"].to_numpy(), name="id")
    return df


# --------------------------------------------------------------------- summaries
def totals(df: pd.DataFrame) -> dict[str, Any]:
    """Articles, figures and figures per category (largest first) of a view."""
    counts = df["category"].value_counts(sort=False)
    per_category = {str(c): int(n) for c, n in counts.items() if n}
    per_category = dict(sorted(per_category.items(), key=lambda kv: (-kv[1], kv[0])))
    return {"articles": int(df["doc"].nunique()), "figures": len(df), "categories": per_category}


def article_count(df: pd.DataFrame) -> int:
    """How many articles a view draws on."""
    return int(df["doc"].nunique())


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
