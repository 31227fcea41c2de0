"""The reconcile stage's outputs as the dashboard reads them: each article's tallies
(tallies.jsonl, else tallies.csv) and the claims that two or more figures share (claims.jsonl,
else claims.csv). Knows nothing of Dash.

Both files are read once, through pyarrow (in C++, no Python loop per row). A claim of one
figure says nothing a figure does not, so only claims of several figures are kept: that is
what the Claims view lists, and a figure's claim is looked up by its `claim` cell. An output
folder written before the reconcile stage existed has neither file: the views then say so,
and everything else works as before.

`READINGS` are the three readings of a tally or claim the page switches between: `low` (the
conservative reading, ACLED's), `best` (what a careful journalist would headline) and `high`
(the highest claim).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import duckdb
import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pacsv

from dashboard.frame import unguard
from dashboard.memory import trim
from stats.export import (
    CLAIM_FIELDS,
    CLAIMS_CSV,
    CLAIMS_JSONL,
    LIST_SEPARATOR,
    TALLIES_CSV,
    TALLIES_JSONL,
    TALLY_FIELDS,
)

log = logging.getLogger(__name__)

LOW, BEST, HIGH = "low", "best", "high"
READINGS = (LOW, BEST, HIGH)
READING_NAMES = {LOW: "conservative", BEST: "best estimate", HIGH: "highest claim"}
_LIST_COLUMNS = ("figures", "sources", "articles")
_NUMBER_COLUMNS = ("low", "best", "high", "latest")
_FLAG_COLUMNS = ("vague",)
# The categories the tallies table gives a column each, in this order (the chart and the download
# have every category).
TALLY_COLUMNS = ("killed", "injured", "casualties", "missing", "displaced", "affected")


def _schema(fields: list[str]) -> pa.Schema:
    """The Arrow types of a reconcile output's columns."""
    def kind(name: str) -> pa.DataType:
        if name in _LIST_COLUMNS:
            return pa.list_(pa.string())
        if name in _NUMBER_COLUMNS:
            return pa.float64()
        return pa.bool_() if name in _FLAG_COLUMNS else pa.string()
    return pa.schema([(name, kind(name)) for name in fields])


_DUCKDB_TYPES = {pa.string(): "VARCHAR", pa.float64(): "DOUBLE", pa.bool_(): "BOOLEAN",
                 pa.list_(pa.string()): "VARCHAR[]"}


def _several(batch: pa.RecordBatch | pa.Table) -> pa.RecordBatch | pa.Table:
    """The claims of a batch that hold two or more figures."""
    return batch.filter(pc.greater(pc.list_value_length(batch.column("figures")), 1))


def _read_jsonl(path: Path, fields: list[str], several: bool) -> pa.Table:
    """A JSON Lines output as an Arrow table of `fields` (missing keys null, other keys
    ignored), read by DuckDB's JSON reader (multi-threaded C++: a million claims in 0.8 s of CPU,
    pyarrow's reader took 2.5 s); with `several`, only the claims of two or more figures, kept
    as the file is read, so a million claims, most of one figure, are never all in memory."""
    schema = _schema(fields)
    columns = ", ".join(f"'{f.name}': '{_DUCKDB_TYPES[f.type]}'" for f in schema)
    keep = " WHERE len(figures) > 1" if several else ""
    with duckdb.connect(":memory:", config={"threads": 2}) as db:
        db.execute("SET enable_progress_bar = false")  # (it draws on the terminal past 2 s)
        found = db.sql(f"SELECT * FROM read_json($path, columns={{{columns}}}, "  # the names are ours
                       f"format='newline_delimited'){keep}", params={"path": str(path)}).to_arrow_table()
    return found.cast(schema)


def _read(folder: Path, jsonl: str, csv: str, fields: list[str]) -> pa.Table | None:
    """One of the reconcile outputs as an Arrow table: the JSON Lines file (lists as lists;
    of the claims, only those of several figures), else the CSV file (its formula guard undone,
    lists joined by LIST_SEPARATOR split here), else None."""
    if (folder / jsonl).exists():
        return _read_jsonl(folder / jsonl, fields, several=jsonl == CLAIMS_JSONL)
    if not (folder / csv).exists():
        return None
    names = pacsv.open_csv(folder / csv).schema.names
    types = {n: (pa.float64() if n in _NUMBER_COLUMNS else pa.string()) for n in names}
    table = pacsv.read_csv(folder / csv, convert_options=pacsv.ConvertOptions(
        column_types=types, strings_can_be_null=False, quoted_strings_can_be_null=False))
    for where, name in enumerate(names):
        if name in _NUMBER_COLUMNS:
            continue
        column = pa.array(unguard(_texts(table.column(name))), pa.string())  # the guard is the CSV's
        if name in _LIST_COLUMNS:
            column = pc.split_pattern(column, LIST_SEPARATOR)
        table = table.set_column(where, name, column)
    return table


def _frame(table: pa.Table | None, columns: list[str]) -> pd.DataFrame:
    """A table as a frame of the file's columns: lists joined as one text each (split again on
    demand), text kept in Arrow (pandas' "str": no Python string per cell), blanks as "",
    numbers as float64 (NaN for blanks)."""
    if table is None:
        return pd.DataFrame({name: pd.Series(dtype="str") for name in columns})
    data: dict[str, Any] = {}
    for name in columns:
        if name not in table.schema.names:
            data[name] = np.full(table.num_rows, np.nan) if name in _NUMBER_COLUMNS else [""] * table.num_rows
            continue
        column = table.column(name)
        if name in _LIST_COLUMNS:
            data[name] = _texts(pc.binary_join(column, LIST_SEPARATOR))
        elif name in _NUMBER_COLUMNS:
            data[name] = pc.cast(column, pa.float64()).to_numpy(zero_copy_only=False)
        elif name in _FLAG_COLUMNS:  # JSON true/false, or the CSV's True/False
            flags = column if pa.types.is_boolean(column.type) else pc.equal(pc.utf8_lower(column), "true")
            data[name] = pc.fill_null(flags, False).to_numpy(zero_copy_only=False)
        else:
            data[name] = _texts(column)
    return pd.DataFrame(data)


def _texts(column: pa.ChunkedArray | pa.Array) -> pd.Series:
    """A text column as pandas' Arrow-backed "str", blanks as ""."""
    return pd.Series(pd.array(pc.fill_null(pc.cast(column, pa.string()), ""), dtype="str"))


def ids_of(cell: str) -> list[str]:
    """The figure ids (or sources, or articles) of a joined list cell."""
    return cell.split(LIST_SEPARATOR) if cell else []


@dataclass
class Reconciled:
    """Tallies (one row per article and category) and claims of several figures, with indexes
    by article and by claim id."""

    tallies: pd.DataFrame
    claims: pd.DataFrame
    found: bool = True  # whether the folder has the reconcile outputs at all
    _claim_row: dict[str, int] = field(default_factory=dict, repr=False)
    _code_cache: dict[str, tuple[pd.Index, np.ndarray]] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        # Articles and categories repeat: held once each, as categoricals (codes per row), so
        # filters, pivots and sorts work on integers.
        for frame, columns in ((self.tallies, ("doc", "category")), (self.claims, ("category", "status"))):
            for column in columns:
                frame[column] = frame[column].astype("category")
        # (a list: iterating an Arrow-backed column is slow)
        self._claim_row = {str(c): i for i, c in enumerate(self.claims["claim"].tolist())}

    def tallies_of(self, doc: str) -> pd.DataFrame:
        """One article's tallies, in the file's order (the rows of tallies.csv for it): found by
        the doc's code, one vectorised pass over the tallies' codes (a dict of every article's
        rows took 0.35 s to make at a million figures)."""
        docs = self.tallies["doc"]
        if not len(docs) or doc not in docs.cat.categories:
            return self.tallies.iloc[:0]
        code = docs.cat.categories.get_loc(doc)
        return self.tallies.iloc[np.flatnonzero(docs.cat.codes.to_numpy() == code)]

    def _codes(self, column: str, frame: pd.DataFrame, categories: pd.Index) -> np.ndarray:
        """Each row's `column` as its position in a categorical's categories (-1 where it is not
        one of them): worked out once per categorical, so a filter is a lookup per row."""
        cached = self._code_cache.get(column)
        if cached is None or cached[0] is not categories:
            values = frame[column]
            if isinstance(values.dtype, pd.CategoricalDtype):  # each distinct value looked up once
                found = categories.get_indexer(values.cat.categories)
                codes = values.cat.codes.to_numpy()
                cached = (categories, np.where(codes >= 0, found[np.maximum(codes, 0)], -1))
            else:
                cached = (categories, categories.get_indexer(values.astype(str)))
            self._code_cache[column] = cached
        return cached[1]

    def warm(self, docs: pd.Index, claim_ids: pd.Index) -> None:
        """Work out now what the tabs' first redraws would (0.2-0.3 s each at a million
        figures): each tally's article among `docs` and each claim among `claim_ids`, the
        categories of the figures' doc and claim columns."""
        self._codes("doc", self.tallies, docs)
        self._codes("claim", self.claims, claim_ids)

    def tallies_for(self, docs: pd.Index | None = None, present: np.ndarray | None = None,
                    categories: tuple[str, ...] = ()) -> pd.DataFrame:
        """The tallies of some articles (`present[i]`: whether the article `docs[i]` is kept; no
        `docs`: every article), of some categories (none: all)."""
        kept = self.tallies
        if docs is not None and present is not None and len(kept):
            codes = self._codes("doc", kept, docs)
            kept = kept[(codes >= 0) & present[np.maximum(codes, 0)]]
        if categories:
            kept = kept[kept["category"].isin(categories)]
        return kept

    def claim(self, claim_id: str | None) -> dict[str, Any] | None:
        """A claim of several figures by its id, as a dict of its columns (None if not one)."""
        row = self._claim_row.get(claim_id or "")
        return None if row is None else self.claims.iloc[row].to_dict()

    def claims_for(self, ids: pd.Index | None = None, present: np.ndarray | None = None,
                   conflicts_only: bool = False) -> pd.DataFrame:
        """The claims that hold a kept figure (`present[i]`: whether a figure of the claim
        `ids[i]` is kept; no `ids`: every claim), or only those in conflict, in their order."""
        kept = self.claims
        if ids is not None and present is not None and len(kept):
            codes = self._codes("claim", kept, ids)
            kept = kept[(codes >= 0) & present[np.maximum(codes, 0)]]
        if conflicts_only:
            kept = kept[kept["status"] == "conflict"]
        return kept


class Later:
    """The reconcile outputs of a folder read on a thread of their own (named as the data's
    warm-up, `dashboard.data.WARM_UP`), once the page's first answers are made (none needs
    them), so they neither wait for a million claims nor share the CPU with their reading. The
    Tallies and Claims tabs and the quote's claim line are drawn from them, and ask for them
    (any attribute of `Reconciled`) through this, waiting for the reading when it is not done
    yet. An error in reading is raised there, each time."""

    def __init__(self, data_dir: Path, thread_name: str, then: Callable[[Reconciled], None] | None = None,
                 start: threading.Event | None = None, wait_s: float = 0.0) -> None:
        """Read the folder's tallies and claims (and, once read, do `then` with them) on a thread,
        once `start` is set (by the page's first answer, or a request for them) or `wait_s` passed."""
        self._then = then
        self._start = start or threading.Event()
        self._wait_s = wait_s
        self._found: Reconciled | None = None
        self._error: BaseException | None = None
        # Not a daemon: a process that ends while DuckDB reads would abort (C++ terminate).
        self._thread = threading.Thread(target=self._read, args=(Path(data_dir),), name=thread_name)
        self._thread.start()

    def _read(self, folder: Path) -> None:
        self._start.wait(self._wait_s)
        try:
            found = load_reconciled(folder)
        except BaseException as error:  # raised where the outputs are asked for
            self._error = error
            return
        try:
            if self._then is not None:
                self._then(found)
        except Exception:  # a warm-up only: the request that needs it does the work again
            log.debug("warming the reconcile outputs failed", exc_info=True)
        self._found = found
        trim()  # what reading a million claims took, given back

    def result(self) -> Reconciled:
        """The tallies and claims, once read (read now if the reading has not started)."""
        self._start.set()
        self._thread.join()
        if self._found is None:
            raise RuntimeError("the reconcile outputs could not be read") from self._error
        return self._found

    def __getattr__(self, name: str) -> Any:
        """What `Reconciled` has (its frames, `found`, its look-ups), once read."""
        if name.startswith("__"):  # copy, pickle and the like look for these on the class
            raise AttributeError(name)
        return getattr(self.result(), name)


def load_reconciled(data_dir: Path) -> Reconciled:
    """The tallies and the claims of several figures of an output folder (empty, with
    `found` false, when the folder has no reconcile outputs)."""
    folder = Path(data_dir)
    tallies = _read(folder, TALLIES_JSONL, TALLIES_CSV, TALLY_FIELDS)
    claims = _read(folder, CLAIMS_JSONL, CLAIMS_CSV, CLAIM_FIELDS)
    if claims is not None and claims.num_rows and "figures" in claims.schema.names:
        claims = _several(claims)
    found = tallies is not None or claims is not None
    if not found:
        log.info("%s has no tallies or claims (written by stats extract since the reconcile stage)", folder)
    return Reconciled(_frame(tallies, TALLY_FIELDS), _ranked(_frame(claims, CLAIM_FIELDS)), found)


def _counted(cells: pd.Series) -> np.ndarray:
    """How many items each joined list cell holds."""
    return np.where(cells.str.len() > 0, cells.str.count(LIST_SEPARATOR) + 1, 0).astype(np.int32)


def _ranked(claims: pd.DataFrame) -> pd.DataFrame:
    """Claims with their numbers of figures, articles and sources, and their `best` reading:
    the one value when all agree, the latest of a claim updated over time, and none for a
    conflict (its sources disagree, and the latest is no revision of the others: the page
    shows its spread), most widely reported first."""
    claims = claims.assign(n_figures=_counted(claims["figures"]), n_articles=_counted(claims["articles"]),
                           n_sources=_counted(claims["sources"]))
    agreed = claims["low"].where(claims["low"] == claims["high"])
    revised = claims["latest"].where((claims["status"] == "updated") & claims["latest"].notna())
    claims["best"] = revised.where(revised.notna(), agreed)
    claims = claims.sort_values(["n_articles", "n_sources", "n_figures", "claim"],
                                ascending=[False, False, False, True], kind="stable")
    return claims.reset_index(drop=True)
