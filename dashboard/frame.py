"""The display frame: the figures as read (`dashboard.columnar`) with their article's citation,
labels and keys added, and documents.csv indexed by article. Labels are worked out once per
distinct value (or combination of values), never once per row. Knows nothing of Dash.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pacsv

from dashboard.columnar import from_distinct, group_codes, map_categories
from dashboard.labels import clip, qualifier_words, value_label
from stats.export import DOCUMENT_FIELDS, unguard_cell

_DOCUMENT_TEXT_COLUMNS = [c for c in DOCUMENT_FIELDS if c not in ("chars", "figures")]
_DOCUMENT_CSV = pacsv.ParseOptions(newlines_in_values=True)


def unguard(series: pd.Series) -> pd.Series:
    """Undo the exporter's CSV-injection guard (`stats.export.unguard_cell`) on a text column,
    touching only the values that start with a quote (found by one vectorised test)."""
    quoted = series.str.startswith("'").to_numpy(dtype=bool)
    if not quoted.any():  # the common case
        return series
    series = series.copy()
    series[quoted] = [unguard_cell(v) for v in series[quoted]]
    return series


def _read_documents(path: Path) -> pd.DataFrame:
    """documents.csv, every column as text, blanks as "", read by pyarrow (a tenth of the CPU of
    pandas' reader: 0.06 s for 92,000 articles); quoted cells may hold line breaks."""
    names = pacsv.open_csv(path, parse_options=_DOCUMENT_CSV).schema.names
    table = pacsv.read_csv(path, parse_options=_DOCUMENT_CSV, convert_options=pacsv.ConvertOptions(
        column_types=dict.fromkeys(names, pa.string()), strings_can_be_null=False,
        quoted_strings_can_be_null=False))
    return table.to_pandas()


def load_documents(path: Path, docs_of_figures: pd.Series) -> pd.DataFrame:
    """documents.csv indexed by doc; articles missing from it get a bare row."""
    if path.is_file():
        docs = _read_documents(path)
    else:
        docs = pd.DataFrame(columns=DOCUMENT_FIELDS)
    for column in DOCUMENT_FIELDS:
        if column not in docs.columns:
            docs[column] = ""
    for column in _DOCUMENT_TEXT_COLUMNS:
        docs[column] = unguard(docs[column].fillna("").astype(str))
    named = docs_of_figures.cat.categories if isinstance(docs_of_figures.dtype, pd.CategoricalDtype) \
        else pd.Index(docs_of_figures.unique())
    named = pa.array(named.astype(str), pa.string())
    missing = sorted(named.filter(pc.invert(pc.is_in(named, pa.array(docs["doc"], pa.string())))).to_pylist())
    if missing:
        docs = pd.concat([docs, pd.DataFrame({"doc": missing})], ignore_index=True).fillna("")
    docs = docs.drop_duplicates("doc").set_index("doc", drop=False)
    # The article's name as the page shows it (the title, else the file name), cut (`clip`).
    docs["label"] = docs["title"].where(docs["title"].str.strip() != "", docs["doc"]).map(clip)
    docs["date"] = pd.to_datetime(docs["published"], errors="coerce", format="ISO8601")
    return docs


def _per_article(doc: pd.Series, documents: pd.DataFrame, where: np.ndarray, column: str) -> Any:
    """A documents.csv column spread over the figures by their article (`where`: each doc
    category's row in documents): a categorical (codes taken by the doc's code, no string per
    row), or the values themselves for dates."""
    values = documents[column]
    codes = doc.cat.codes.to_numpy()
    if column == "date":
        return values.to_numpy()[where][codes]
    by_doc, names = pd.factorize(values)
    per_category = np.append(by_doc[where], -1)
    return from_distinct(per_category[codes], pd.Index(names, dtype=object))


def _labels(df: pd.DataFrame, columns: tuple[str, ...], label: Any) -> pd.Categorical:
    """A label worked out once per distinct combination of `columns` (`label` takes their
    values, blanks as None), spread over the rows as a categorical."""
    keys = [df[c].cat.codes.to_numpy() if isinstance(df[c].dtype, pd.CategoricalDtype) else df[c].to_numpy()
            for c in columns]
    groups, first = group_codes(keys)
    rows = df.iloc[first][list(columns)]
    texts = [label(*(None if isinstance(v, float) and v != v else v for v in values))
             for values in zip(*(rows[c].tolist() for c in columns), strict=True)]
    codes, uniques = pd.factorize(pd.Index(texts, dtype=object))
    return from_distinct(codes[groups], pd.Index(uniques, dtype=object))


def _value_label(v: Any, q: Any, k: Any, u: Any, vh: Any, w: Any, vg: Any, s: Any) -> str:
    """`labels.value_label` with the columns' blanks as it takes them."""
    return value_label(float("nan") if v is None else v, q, k, u, vh, w, vg, s or "")


def prepare(df: pd.DataFrame, documents: pd.DataFrame) -> pd.DataFrame:
    """The display frame: the figures' fields plus citation, label and search columns, indexed
    by id. Labels are worked out once per distinct value, never once per row."""
    where = documents.index.get_indexer(df["doc"].cat.categories.astype(str))
    for column in ("title", "publisher", "published", "label", "date"):
        df[column] = _per_article(df["doc"], documents, where, column)
    df["article"] = df["label"]
    df["value_top"] = df["value_high"].fillna(df["value"])
    # The span matters to the label of a vague figure only ("hundreds"): blanked for the others.
    df["vague_span"] = pd.Categorical.from_codes(np.where(df["vague"].to_numpy(), df["span"].cat.codes, -1),
                                                 dtype=df["span"].dtype)
    df["value_label"] = _labels(df, ("value", "qualifier", "kind", "unit", "value_high", "whole", "vague",
                                     "vague_span"), _value_label)
    df = df.drop(columns="vague_span")
    df["subject_label"] = map_categories(df["subject"], lambda s: s if s.strip() else "(no subject)")
    df["subject_key"] = map_categories(df["subject_label"], str.lower)  # the casualty chart's lanes
    df["implied_label"] = pd.Categorical.from_codes(df["implied"].to_numpy(dtype=np.int8),
                                                    categories=["", "implied"])
    df["qualifier_label"] = _labels(df, ("qualifier", "implied"),
                                    lambda q, i: qualifier_words(q, bool(i)))
    # Ids as Python strings (object), so the index's look-ups and the charts' ids need no conversion.
    df.index = pd.Index(df["figure_id"].to_numpy(dtype=object), dtype=object, name="id")
    if len(df):
        df.index.get_loc(df.index[0])  # build the id look-up now, not on the first click
    return df
