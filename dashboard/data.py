"""Load the extractor's output (figures.csv, documents.csv) into pandas and answer the
dashboard's questions about it: filtering, citations, article text. Knows nothing of Dash.

Everything the browser asks for is looked up here by figure id in an index built once at
load time; ids from a URL are never used as file paths. Article text is read (and cached)
only when a quote is asked for, with the extractor's own reader so offsets line up.
"""

from __future__ import annotations

import logging
import math
import re
from collections import OrderedDict
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from dashboard.labels import isnan as _isnan
from dashboard.labels import value_label
from stats.export import FIGURE_FIELDS, rows_to_csv

log = logging.getLogger(__name__)

FIGURES_CSV = "figures.csv"
DOCUMENTS_CSV = "documents.csv"
CASUALTY_CATEGORIES = ("killed", "injured", "displaced", "prisoners", "surrendered")
CATEGORIES = ("killed", "injured", "displaced", "prisoners", "surrendered", "forces", "attacks",
              "territory", "money", "population", "distance", "duration", "other")
KINDS = ("count", "money", "percent", "fraction", "ordinal", "distance", "duration", "measure")
_NUMBER_COLUMNS = ("start", "end", "value", "value_high", "whole", "sentence_start", "sentence_end")
_TEXT_COLUMNS = [c for c in FIGURE_FIELDS if c not in (*_NUMBER_COLUMNS, "vague")]
_GUARD_STARTS = ("=", "+", "-", "@", "\t", "\r")
FIGURE_ID = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
_FILTER_CACHE_SIZE = 32
_TEXT_CACHE_SIZE = 64


def unguard(series: pd.Series) -> pd.Series:
    """Drop the CSV-injection guard quote the exporter put before = + - @ tab or CR."""
    values = series.tolist()
    if not any(v[:1] == "'" for v in values):  # the common case, checked in one cheap pass
        return series
    return pd.Series([v[1:] if v[:1] == "'" and v[1:2] in _GUARD_STARTS else v for v in values],
                     index=series.index, dtype=series.dtype)


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

    @classmethod
    def from_inputs(cls, categories: Any = None, kinds: Any = None, docs: Any = None,
                    publishers: Any = None, text: Any = None, value_min: Any = None,
                    value_max: Any = None) -> Filters:
        """Filters from raw component values (None, a string or a list each), normalised."""
        return cls(_strings(categories), _strings(kinds), _strings(docs), _strings(publishers),
                   " ".join(str(text or "").split()), to_number(value_min), to_number(value_max))

    def active(self) -> bool:
        """Whether any filter narrows the figures."""
        return self != Filters()


def _strings(value: Any) -> tuple[str, ...]:
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


@dataclass(frozen=True)
class Quote:
    """Where a figure comes from: its sentence (span at span_start:span_end), the sentences
    around it, and the article's citation."""

    figure: dict[str, Any]
    sentence: str
    span_start: int
    span_end: int
    before: str
    after: str
    title: str
    publisher: str
    published: str
    doc: str
    from_article: bool
    note: str = ""


@dataclass(frozen=True)
class Segment:
    """A run of article text; figure_id is set when the run is a figure's span."""

    text: str
    figure_id: str | None = None
    label: str = ""


@dataclass(frozen=True)
class Article:
    """A whole article cut into plain and figure segments, with its citation."""

    doc: str
    title: str
    publisher: str
    published: str
    segments: list[Segment]
    figures: int
    from_article: bool
    note: str = ""


@dataclass
class Corpus:
    """Figures and documents as DataFrames, with an index by figure id and a filter cache."""

    figures: pd.DataFrame
    documents: pd.DataFrame
    data_dir: Path
    raw: pd.DataFrame = field(repr=False)
    _filter_cache: OrderedDict[Filters, np.ndarray] = field(default_factory=OrderedDict, repr=False)
    _text_cache: OrderedDict[str, str | None] = field(default_factory=OrderedDict, repr=False)

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
        positions = self._compute(filters)
        self._filter_cache[filters] = positions
        while len(self._filter_cache) > _FILTER_CACHE_SIZE:
            self._filter_cache.popitem(last=False)
        return positions

    def _compute(self, f: Filters) -> np.ndarray:
        """Row positions passing the filters; the text search runs last, on the survivors."""
        df = self.figures
        keep = np.ones(len(df), dtype=bool)
        for column, wanted in (("category", f.categories), ("kind", f.kinds), ("doc", f.docs),
                               ("publisher", f.publishers)):
            if wanted:
                keep &= df[column].isin(wanted).to_numpy()
        if f.value_min is not None:
            keep &= (df["value_top"] >= f.value_min).to_numpy()
        if f.value_max is not None:
            keep &= (df["value"] <= f.value_max).to_numpy()
        if f.text:
            positions = np.flatnonzero(keep)
            search = df["search"].to_numpy()[positions]
            for word in f.text.lower().split():
                hit = np.fromiter((word in s for s in search), dtype=bool, count=len(search))
                positions, search = positions[hit], search[hit]
            return positions
        return np.flatnonzero(keep)

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
        """The article's text decoded as the extractor read it, or None if unreadable."""
        if doc in self._text_cache:
            self._text_cache.move_to_end(doc)
            return self._text_cache[doc]
        text = self._read_text(doc)
        self._text_cache[doc] = text
        while len(self._text_cache) > _TEXT_CACHE_SIZE:
            self._text_cache.popitem(last=False)
        return text

    def _read_text(self, doc: str) -> str | None:
        """Read the article with the core's reader and pick the document named doc."""
        from stats.read.sources import RECORD_SUFFIXES, read_path

        listed = str(self.document(doc).get("path") or "")
        if not listed:
            return None
        for candidate in self._candidates(listed):
            if not candidate.is_file():
                continue
            # The extractor may have named the document by its relative path (two inputs
            # shared a file name); records of an export are named "<file>#<line>" or by id.
            is_export = candidate.suffix.lower() in RECORD_SUFFIXES
            name = doc.split("#", 1)[0] if is_export else doc
            try:
                for document in read_path(candidate, name=name):
                    if document.doc == doc and document.status != "error":
                        return document.text
            except Exception:  # a broken file must never break the page
                log.warning("cannot read %s", candidate, exc_info=True)
        return None

    def _candidates(self, listed: str) -> list[Path]:
        """Where a listed path may be: as is, or against the working dir and the data folder."""
        path = Path(listed)
        if path.is_absolute():
            return [path]
        return [Path.cwd() / path, self.data_dir.parent / path, self.data_dir / path]

    def quote(self, figure_id: str | None) -> Quote | None:
        """The figure's sentence with the span located, its neighbours and citation."""
        row = self.figure(figure_id)
        if row is None:
            return None
        record = self.record(row)
        doc = record["doc"]
        meta = self.document(doc)
        cite = {"title": str(meta.get("title") or ""), "publisher": str(meta.get("publisher") or ""),
                "published": str(meta.get("published") or ""), "doc": doc}
        text = self.article_text(doc)
        start, end = int(record["start"]), int(record["end"])
        s_start, s_end = int(record["sentence_start"]), int(record["sentence_end"])
        if text is not None and text[start:end] == record["span"] and s_start <= start <= end <= s_end:
            before, after = neighbours(text, s_start, s_end)
            return Quote(record, text[s_start:s_end], start - s_start, end - s_start, before, after,
                         from_article=True, **cite)
        note = ("The article file could not be read, so only the sentence from figures.csv is shown."
                if text is None else
                "The article file has changed since extraction, so only the sentence from "
                "figures.csv is shown.")
        sentence, span = record["sentence"], record["span"]
        at = sentence.find(span)
        if at < 0:
            at = sentence.find(" ".join(span.split()))
            span = " ".join(span.split())
        lo, hi = (at, at + len(span)) if at >= 0 else (0, 0)
        return Quote(record, sentence, lo, hi, "", "", from_article=False, note=note, **cite)

    def article(self, figure_id: str | None) -> Article | None:
        """The whole article of a figure, cut into segments with all its figures marked."""
        row = self.figure(figure_id)
        if row is None:
            return None
        doc = str(row["doc"])
        meta = self.document(doc)
        ours = self.figures[self.figures["doc"] == doc].sort_values(["start", "end"])
        text = self.article_text(doc)
        cite = {"doc": doc, "title": str(meta.get("title") or ""),
                "publisher": str(meta.get("publisher") or ""),
                "published": str(meta.get("published") or ""), "figures": len(ours)}
        if text is None:
            segments = [Segment(s + " ") for s in ours["sentence"].drop_duplicates()]
            return Article(segments=segments, from_article=False,
                           note="The article file could not be read; these are the sentences "
                                "that hold its figures.", **cite)
        segments: list[Segment] = []
        cursor = stale = 0
        for fid, start, end, label, span in zip(ours.index, ours["start"], ours["end"],
                                                ours["value_label"], ours["span"], strict=True):
            start, end = int(start), int(end)
            if start < cursor:
                continue  # overlaps the previous figure
            if text[start:end] != span:
                stale += 1  # the file changed since extraction: do not mark the wrong words
                continue
            if start > cursor:
                segments.append(Segment(text[cursor:start]))
            segments.append(Segment(text[start:end], str(fid), str(label)))
            cursor = end
        if cursor < len(text):
            segments.append(Segment(text[cursor:]))
        note = (f"{stale} figure(s) no longer match the article file, which has changed since "
                "extraction; they are not marked." if stale else "")
        return Article(segments=segments, from_article=True, note=note, **cite)

    # ----------------------------------------------------------------- output
    def record(self, row: pd.Series) -> dict[str, Any]:
        """A figure as a plain dict of the figures.csv fields (None for blanks)."""
        return {k: (None if _isnan(v) or v is pd.NA else plain(v)) for k, v in row[FIGURE_FIELDS].items()}

    def to_csv(self, filters: Filters, positions: np.ndarray | None = None) -> str:
        """CSV of the filtered figures, written exactly as the CLI writes figures.csv."""
        if positions is None:
            positions = self.mask(filters)
        rows = self.raw.iloc[positions].astype(object)
        rows = rows.where(rows.notna(), None)
        return rows_to_csv(rows.to_dict("records"), FIGURE_FIELDS)


def plain(value: Any) -> Any:
    """numpy scalars to Python ones (for JSON and CSV)."""
    return value.item() if isinstance(value, np.generic) else value


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of an article, split as the core splits it."""
    from stats.text.sentences import split_sentences

    return [(s.start, s.end) for s in split_sentences(text) if not s.furniture]


def neighbours(text: str, start: int, end: int) -> tuple[str, str]:
    """The sentences just before and just after text[start:end] (empty at the edges)."""
    spans = sentence_spans(text)
    before = [text[a:b] for a, b in spans if b <= start]
    after = [text[a:b] for a, b in spans if a >= end]
    return (before[-1] if before else ""), (after[0] if after else "")


# --------------------------------------------------------------------- loading
def load(data_dir: Path) -> Corpus:
    """Read figures.csv and documents.csv from data_dir into a Corpus ready to filter."""
    data_dir = Path(data_dir)
    raw = pd.read_csv(data_dir / FIGURES_CSV, dtype=dict.fromkeys(_TEXT_COLUMNS, "str"),
                      keep_default_na=False, na_values={c: [""] for c in _NUMBER_COLUMNS})
    for column in FIGURE_FIELDS:
        if column not in raw.columns:
            raw[column] = "" if column in _TEXT_COLUMNS else np.nan
    raw = raw[FIGURE_FIELDS]
    raw["vague"] = raw["vague"].astype(str).str.lower().isin(["true", "1"])
    for column in _NUMBER_COLUMNS:
        raw[column] = pd.to_numeric(raw[column], errors="coerce")
    for column in _TEXT_COLUMNS:
        raw[column] = unguard(raw[column].fillna("").astype(str))
    documents = _load_documents(data_dir / DOCUMENTS_CSV, raw)
    figures = _prepare(raw, documents)
    return Corpus(figures=figures, documents=documents, data_dir=data_dir, raw=raw)


def _load_documents(path: Path, raw: pd.DataFrame) -> pd.DataFrame:
    """documents.csv indexed by doc; articles missing from it get a bare row."""
    columns = ["doc", "path", "title", "publisher", "published", "chars", "figures", "status", "error"]
    if path.is_file():
        docs = pd.read_csv(path, dtype=str, keep_default_na=False)
    else:
        docs = pd.DataFrame(columns=columns)
    for column in columns:
        if column not in docs.columns:
            docs[column] = ""
    for column in ("doc", "path", "title", "publisher", "published", "status", "error"):
        docs[column] = unguard(docs[column].fillna("").astype(str))
    missing = sorted(set(raw["doc"]) - set(docs["doc"]))
    if missing:
        docs = pd.concat([docs, pd.DataFrame({"doc": missing})], ignore_index=True).fillna("")
    docs = docs.drop_duplicates("doc").set_index("doc", drop=False)
    docs["label"] = docs["title"].where(docs["title"].str.strip() != "", docs["doc"])
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
    for column in ("category", "kind", "qualifier", "doc", "publisher"):
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


ARTICLE_OPTIONS = 100  # articles offered at a time when there are too many to list them all


def all_article_options(corpus: Corpus) -> list[dict[str, str]]:
    """One option per article with figures, by title: label (title or file name), value (doc)
    and search text (title and file name)."""
    if "article_options" not in corpus.__dict__:
        df = corpus.figures
        docs = corpus.documents[corpus.documents["doc"].isin(set(df["doc"].astype(str)))]
        docs = docs.sort_values("label", key=lambda s: s.str.lower(), kind="stable")
        corpus.__dict__["article_options"] = [
            {"label": lbl, "value": d, "search": f"{lbl} {d}"}
            for d, lbl in zip(docs["doc"], docs["label"], strict=True)]
    return corpus.__dict__["article_options"]


def article_options(corpus: Corpus, search: str | None = None, selected: Any = None,
                    limit: int = ARTICLE_OPTIONS) -> list[dict[str, str]]:
    """Article options for a search typed in the dropdown: the selected articles first, then
    up to `limit` whose title or file name holds every typed word."""
    every = all_article_options(corpus)
    chosen = set(_strings(selected))
    words = str(search or "").lower().split()
    picked = [o for o in every if o["value"] in chosen]
    for option in every:
        if len(picked) >= limit + len(chosen):
            break
        if option["value"] not in chosen and all(w in option["search"].lower() for w in words):
            picked.append(option)
    return picked


def options(corpus: Corpus, article_limit: int | None = None) -> dict[str, list[dict[str, str]]]:
    """Dropdown options for the filters: categories, kinds, articles and publishers present
    (articles capped at article_limit; the rest are found by typing)."""
    df = corpus.figures
    present = set(df["category"].astype(str))
    kinds = set(df["kind"].astype(str))
    articles = all_article_options(corpus)
    publishers = sorted({p for p in df["publisher"].astype(str) if p and p != "nan"})
    return {
        "categories": [{"label": c, "value": c} for c in CATEGORIES if c in present]
        + [{"label": c, "value": c} for c in sorted(present - set(CATEGORIES))],
        "kinds": [{"label": k, "value": k} for k in KINDS if k in kinds]
        + [{"label": k, "value": k} for k in sorted(kinds - set(KINDS))],
        "articles": articles if article_limit is None else articles[:article_limit],
        "publishers": [{"label": p, "value": p} for p in publishers],
    }


