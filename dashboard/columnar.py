"""Read the extractor's figures into one columnar pandas frame, without a Python loop per row.

figures.parquet (written by `stats extract --format parquet`, a file or a folder of parts) is
read when present, else figures.csv, both through pyarrow (multi-threaded, in C++). Every text
column is dictionary-encoded on the way in and becomes a pandas categorical: a million figures
hold a few thousand distinct categories, kinds, sources or places, and sentences and spans that
several figures share are stored once. Work on text (undoing the CSV's formula guard, labels,
lower-casing for the search) is then done once per distinct value (`map_categories`), not once
per row.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pacsv
import pyarrow.parquet as pq

from stats.export import FIGURE_FIELDS, FIGURES_CSV, unguard_cell

FIGURES_PARQUET = "figures.parquet"  # what `stats extract --format parquet` writes beside figures.csv
NUMBER_COLUMNS = ("start", "end", "value", "value_high", "whole", "sentence_start", "sentence_end")
BOOL_COLUMNS = ("vague", "implied")
TRUE_TEXTS = ("True", "true", "TRUE", "1", "1.0")  # how a true flag may be written; anything else is false
BATCH_BYTES = 4 << 20  # bytes of figures.csv decoded at a time (a lower peak than bigger blocks)
READ_ROWS = 1 << 18  # rows of figures.parquet read at a time (four row groups as stats extract writes them)
TEXT_COLUMNS = tuple(c for c in FIGURE_FIELDS if c not in (*NUMBER_COLUMNS, *BOOL_COLUMNS))
ID_COLUMNS = ("part_of", "restates", "claim")  # other figures' ids and the claim's: one per figure, nearly


def figures_source(data_dir: Path) -> Path:
    """The figures file the dashboard reads: figures.parquet when the folder has it (faster to
    read, typed), else figures.csv."""
    parquet = Path(data_dir) / FIGURES_PARQUET
    return parquet if parquet.exists() else Path(data_dir) / FIGURES_CSV


def _text_types(path: Path) -> pacsv.ConvertOptions:
    """CSV conversion with every column read as text, blank cells as "" (not null); the text
    columns but the figure ids dictionary-encoded by the reader as it parses (on its threads)."""
    names = pacsv.open_csv(path).schema.names
    encoded = pa.dictionary(pa.int32(), pa.string())
    return pacsv.ConvertOptions(column_types={name: encoded if name in TEXT_COLUMNS and name != "figure_id"
                                              else pa.string() for name in names},
                                strings_can_be_null=False, quoted_strings_can_be_null=False)


def _row_group_sets(found: pq.ParquetFile) -> Iterator[list[int]]:
    """A Parquet file's row groups, gathered into runs of about READ_ROWS rows (one group at
    least)."""
    run: list[int] = []
    rows = 0
    for group in range(found.metadata.num_row_groups):
        if run and rows + found.metadata.row_group(group).num_rows > READ_ROWS:
            yield run
            run, rows = [], 0
        run.append(group)
        rows += found.metadata.row_group(group).num_rows
    if run:
        yield run


def batches(path: Path) -> Iterator[pa.RecordBatch]:
    """figures.parquet (a file, or a folder of part files read in name order) or figures.csv
    (every column as text; numbers are converted after), a block of rows at a time, so the
    file's text is never all decoded at once. Parquet is read a run of row groups at a time
    (on Arrow's threads; reading it a batch at a time took twice the CPU), its text as stored,
    dictionary-encoded (no string per row), but for the figure ids, which are all distinct."""
    if path.suffix == ".parquet" or path.is_dir():
        parts = sorted(p for p in path.glob("*.parquet") if not p.name.startswith((".", "_"))) \
            if path.is_dir() else [path]
        for part in parts:
            found = pq.ParquetFile(part, read_dictionary=[c for c in TEXT_COLUMNS if c != "figure_id"])
            for groups in _row_group_sets(found):
                yield from found.read_row_groups(groups).to_batches()
    else:
        yield from pacsv.open_csv(path, read_options=pacsv.ReadOptions(block_size=BATCH_BYTES),
                                  convert_options=_text_types(path))


def _numbers(column: pa.ChunkedArray) -> np.ndarray:
    """A numeric column as float64 (NaN for blanks and text that is no number)."""
    if pa.types.is_string(column.type) or pa.types.is_large_string(column.type):
        try:
            blank = pc.equal(pc.utf8_trim_whitespace(column), "")
            return pc.cast(pc.if_else(blank, None, column), pa.float64()).to_numpy(zero_copy_only=False)
        except (pa.ArrowInvalid, pa.ArrowNotImplementedError):  # text in a number column: coerced
            return pd.to_numeric(pd.Series(column.to_numpy(zero_copy_only=False)), errors="coerce").to_numpy(
                dtype=float)
    return pc.cast(column, pa.float64()).to_numpy(zero_copy_only=False)


def _flags(column: pa.ChunkedArray) -> np.ndarray:
    """A true/false column as bools (a text one: true when written as one of TRUE_TEXTS)."""
    if pa.types.is_boolean(column.type):
        return pc.fill_null(column, False).to_numpy(zero_copy_only=False).astype(bool)
    if pa.types.is_integer(column.type) or pa.types.is_floating(column.type):
        return pc.fill_null(pc.not_equal(column, 0), False).to_numpy(zero_copy_only=False).astype(bool)
    return pc.fill_null(pc.is_in(column, pa.array(TRUE_TEXTS)), False).to_numpy(zero_copy_only=False)


def _plain(column: pa.Array) -> pa.Array:
    """A text column's block as plain text (nulls as "")."""
    if pa.types.is_dictionary(column.type):
        column = column.dictionary.take(column.indices)
    return pc.fill_null(column.cast(pa.string()), "")


def _encoded(column: pa.Array) -> pa.DictionaryArray:
    """One block of a text column dictionary-encoded (blanks and nulls as ""); one read encoded
    (from Parquet) keeps its dictionary, its nulls pointing at an added ""."""
    if pa.types.is_dictionary(column.type):
        dictionary = column.dictionary.cast(pa.string())
        if dictionary.null_count or column.null_count:
            blank = len(dictionary)
            dictionary = pc.fill_null(pa.concat_arrays([dictionary, pa.array([""])]), "")
            column = pa.DictionaryArray.from_arrays(pc.fill_null(column.indices, blank).cast(pa.int32()),
                                                    dictionary)
        else:
            column = pa.DictionaryArray.from_arrays(column.indices.cast(pa.int32()), dictionary)
        return column
    if pa.types.is_boolean(column.type):  # a flag the CSV writes as Python does: True / False
        column = pc.if_else(column, "True", "False")
    elif not (pa.types.is_string(column.type) or pa.types.is_large_string(column.type)):
        column = column.cast(pa.string())
    return pc.dictionary_encode(pc.fill_null(column.cast(pa.string()), ""))


def _categorical(blocks: list[pa.DictionaryArray], unguard: bool) -> pd.Categorical:
    """A text column's encoded blocks as one pandas categorical (the blocks' dictionaries unified),
    the CSV's formula guard undone on each distinct value when `unguard`."""
    unified = pa.table({"c": pa.chunked_array(blocks)}).unify_dictionaries().column("c")
    dictionary = unified.chunk(0).dictionary if unified.num_chunks else pa.array([], pa.string())
    codes = np.concatenate([chunk.indices.to_numpy(zero_copy_only=False) for chunk in unified.chunks])
    names = dictionary.to_numpy(zero_copy_only=False)
    if unguard or len(pd.unique(names)) < len(names):  # a Parquet dictionary may repeat a value
        return map_categories(pd.Categorical.from_codes(codes, categories=pd.RangeIndex(len(names))),
                              lambda i: unguard_cell(names[int(i)]) if unguard else names[int(i)])
    return from_distinct(codes.astype(_code_type(len(dictionary))), pd.Index(names, dtype=object))


def _id_categorical(blocks: list[pa.DictionaryArray]) -> pd.Categorical:
    """A column of figure or claim ids as a categorical whose categories stay in Arrow: a
    million distinct claim ids as Python strings took 170 MB, in Arrow 20 MB. Ids are
    letters and digits, which the CSV's formula guard never touches."""
    unified = pa.table({"c": pa.chunked_array(blocks)}).unify_dictionaries().column("c")
    dictionary = unified.chunk(0).dictionary if unified.num_chunks else pa.array([], pa.string())
    codes = np.concatenate([chunk.indices.to_numpy(zero_copy_only=False) for chunk in unified.chunks])
    if unified.num_chunks == 1:  # one block keeps its dictionary as read, which may repeat a value
        distinct = pc.dictionary_encode(dictionary)
        codes, dictionary = distinct.indices.to_numpy(zero_copy_only=False)[codes], distinct.dictionary
    names = pd.Index(pd.array(dictionary, dtype="str"))
    return from_distinct(codes.astype(_code_type(len(names))), names)


def from_distinct(codes: np.ndarray, categories: pd.Index) -> pd.Categorical:
    """A categorical of `codes` (-1 for missing) into `categories`, which are known to be
    distinct (an Arrow dictionary, a factorisation's uniques): pandas' own check that they are,
    hashing every category, is skipped (0.3 s of the first load for a million claim ids)."""
    try:
        dtype = pd.CategoricalDtype._from_fastpath(categories, False)
    except AttributeError:  # a pandas without the fast path: checked
        dtype = pd.CategoricalDtype(categories, ordered=False)
    return pd.Categorical.from_codes(codes, dtype=dtype, validate=False)


def _code_type(n: int) -> type[np.signedinteger]:
    """The narrowest integer type pandas keeps a categorical's codes in for n categories."""
    return np.int8 if n < 127 else np.int16 if n < 32_767 else np.int32


def read_figures(data_dir: Path) -> pd.DataFrame:
    """The figures of a data folder as a frame of the contract's columns, in its order: numbers
    as float64 (NaN for blanks), flags as bools, text as categoricals ("" for blanks) with the
    CSV's formula guard undone. A figures.csv from an older `stats extract` may lack columns
    added to the contract since (said_by, place, period, implied): they read as blank and false.

    Read a block at a time: each block's text is dictionary-encoded before the next is read, so
    the peak memory is the categoricals and one block, not the whole file's decoded text."""
    path = figures_source(data_dir)
    unguard = path.suffix != ".parquet" and not path.is_dir()  # the guard is the CSV's, for spreadsheets
    parts: dict[str, list[Any]] = {name: [] for name in FIGURE_FIELDS}
    rows = 0
    for batch in batches(path):
        rows += batch.num_rows
        for name in FIGURE_FIELDS:
            if name not in batch.schema.names:
                continue
            column = batch.column(name)
            if name in NUMBER_COLUMNS:
                parts[name].append(_numbers(column))
            elif name in BOOL_COLUMNS:
                parts[name].append(_flags(column))
            elif name == "figure_id":  # all distinct: kept as text, not encoded
                parts[name].append(_plain(column))
            else:
                parts[name].append(_encoded(column))
    columns: dict[str, object] = {}
    for name in FIGURE_FIELDS:
        found = parts.pop(name)
        if name in NUMBER_COLUMNS:
            columns[name] = np.concatenate(found) if found else np.full(rows, np.nan)
        elif name in BOOL_COLUMNS:
            columns[name] = np.concatenate(found) if found else np.zeros(rows, dtype=bool)
        elif not found:
            columns[name] = pd.Categorical.from_codes(np.zeros(rows, dtype=np.int8), categories=[""])
        elif name == "figure_id":
            columns[name] = pa.chunked_array(found, pa.string()).to_numpy(zero_copy_only=False)
        elif name in ID_COLUMNS:
            columns[name] = _id_categorical(found)
        else:
            columns[name] = _categorical(found, unguard)
    return pd.DataFrame(columns, copy=False)


def map_categories(column: pd.Series | pd.Categorical, func: Callable[[str], str]) -> pd.Categorical:
    """A categorical with `func` applied to each distinct value (not to each row); values that
    `func` makes equal merge into one category."""
    categorical = column.array if isinstance(column, pd.Series) else column
    names = [func(str(c)) for c in categorical.categories]
    codes, uniques = pd.factorize(pd.Index(names, dtype=object))
    new_codes = np.append(codes, -1)[categorical.codes]  # a missing value (-1) stays missing
    return from_distinct(new_codes.astype(_code_type(len(uniques))), pd.Index(uniques, dtype=object))


def group_codes(columns: Sequence[np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
    """Rows grouped by their values in several columns at once: a group number per row and, per
    group, the position of its first row. Each column is factorised and the codes combined, so
    grouping a million rows costs a few vectorised passes."""
    rows = len(columns[0]) if columns else 0
    key = np.zeros(rows, dtype=np.int64)
    for column in columns:
        codes, uniques = pd.factorize(column, use_na_sentinel=False)
        key = key * (len(uniques) + 1) + codes
        key, _ = pd.factorize(key)  # renumber, so the key never outgrows int64
        key = key.astype(np.int64)
    _groups, first = np.unique(key, return_index=True)
    return key, first


def present_values(column: pd.Series) -> list[str]:
    """The distinct values a column holds, as strings, in the order of their categories (or of
    first appearance): for a categorical, read from the codes in use (one pass over integers),
    never by turning a million rows into strings."""
    if isinstance(column.dtype, pd.CategoricalDtype):
        codes = column.cat.codes.to_numpy()
        used = np.flatnonzero(np.bincount(codes[codes >= 0], minlength=len(column.cat.categories)))
        return [str(value) for value in column.cat.categories[used]]
    return [str(value) for value in pd.unique(column.dropna().astype(str))]
