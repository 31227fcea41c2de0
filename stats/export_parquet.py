"""Figures and documents as Parquet (pyarrow, the optional `parquet` extra), for tools that read
columns (the dashboard, DuckDB, pandas, Spark) faster than CSV.

The columns are the CSV's, in its order, with the types of the records' fields: offsets and
counts `int64`, values `float64`, flags (`vague`, `implied`) `bool`, everything else `string`;
a blank CSV cell is a null.
Text is stored as it is (the CSV's spreadsheet guard is for spreadsheets, not needed here).
`figures.parquet` is one file, or with `partition="month"` a folder of one file per publication
month of the figures' articles (`2021-07.parquet`, and `undated.parquet`), each with the same
columns, so reading the folder gives the same table. Written like every output: to a
temporary name, renamed into place when the run commits.
"""

from __future__ import annotations

import dataclasses
import os
import re
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from stats.export_files import AtomicFolder, replace_path, temporary_name, umask
from stats.extras import load
from stats.model import Document, Figure

PARTITIONS = ("month",)
UNDATED = "undated"
ROWS_PER_GROUP = 65_536  # figures buffered before a row group is written
_MONTH = re.compile(r"^(\d{4}-\d{2})")


def require() -> Any:
    """pyarrow's parquet module, or MissingExtra naming the extra to install."""
    load("pyarrow", "--format parquet", "parquet")
    return load("pyarrow.parquet", "--format parquet", "parquet")


# The columns that are not text (every other one, the vocabularies included, is a string), as
# the records' fields are annotated (a test holds the two together). Stated here rather than
# read from the annotations at run time: the core compiled by mypyc does not keep them as written.
_NOT_TEXT = {"start": "int", "end": "int", "value": "float", "value_high": "float", "whole": "float",
             "vague": "bool", "sentence_start": "int", "sentence_end": "int", "implied": "bool",
             "claim_conflict": "bool", "figures": "int", "chars": "int"}


def column_types() -> dict[str, str]:
    """Each column's type, for the records' own fields (`Figure`, `Document`): `bool`, `int`,
    `float` (also when it may be None), else `string` (text, and the vocabularies).

    >>> {name: column_types()[name] for name in ("start", "value", "whole", "vague", "kind", "chars")}
    {'start': 'int', 'value': 'float', 'whole': 'float', 'vague': 'bool', 'kind': 'string', 'chars': 'int'}
    """
    types: dict[str, str] = {}
    for record in (Figure, Document):
        for field in dataclasses.fields(record):
            types.setdefault(field.name, _NOT_TEXT.get(field.name, "string"))
    return types


def schema(columns: Sequence[str]) -> Any:
    """The pyarrow schema of these columns (see the module's docstring)."""
    import pyarrow as pa

    arrow = {"bool": pa.bool_(), "int": pa.int64(), "float": pa.float64(), "string": pa.string()}
    types = column_types()
    return pa.schema([(name, arrow[types.get(name, "string")]) for name in columns])


def table(rows: Sequence[dict[str, object]], columns: Sequence[str]) -> Any:
    """Records (JSON-ready dicts) as a pyarrow table with these columns and their types."""
    import pyarrow as pa

    return pa.table({name: [row.get(name) for row in rows] for name in columns}, schema=schema(columns))


def month_of(published: str) -> str:
    """The partition of an article's figures: its publication month, or `undated`.

    >>> month_of("2021-07-23"), month_of("")
    ('2021-07', 'undated')
    """
    match = _MONTH.match(published)
    return match[1] if match else UNDATED


class FigureTable:
    """figures.parquet (`columns`: stats.export.FIGURE_FIELDS), written a row group at a time:
    a file, or a folder of month files."""

    def __init__(self, path: Path, columns: Sequence[str], partition: str | None = None) -> None:
        self.pq = require()
        self.path, self.partition, self.columns = path, partition, list(columns)
        self.folder = AtomicFolder(path) if partition else None
        self.temp = self.folder.temp if self.folder else _temporary_file(path)
        self.schema = schema(self.columns)
        self.writers: dict[str, Any] = {}
        self.buffers: dict[str, list[dict[str, object]]] = {}
        self.finished = False

    def add(self, records: Iterable[dict[str, object]], published: str) -> None:
        """Figures of an article published then (an ISO date, or "")."""
        key = month_of(published) if self.partition else ""
        buffer = self.buffers.setdefault(key, [])
        buffer.extend(records)
        if len(buffer) >= ROWS_PER_GROUP:
            self._flush(key)

    def _flush(self, key: str) -> None:
        rows = self.buffers.pop(key, [])
        if key not in self.writers:
            where = self.temp / f"{key}.parquet" if self.folder else self.temp
            self.writers[key] = self.pq.ParquetWriter(str(where), self.schema)
        self.writers[key].write_table(table(rows, self.columns))

    def finish(self) -> None:
        """Write what is buffered and close the files (a run without figures writes an empty table)."""
        if self.finished:
            return
        self.finished = True
        if not self.writers and not self.buffers:
            self.buffers[UNDATED if self.partition else ""] = []
        for key in list(self.buffers):
            self._flush(key)
        while self.writers:
            self.writers.popitem()[1].close()
        if not self.folder:
            _fsync(self.temp)

    def commit(self) -> None:
        """Put the finished file (or folder) in place."""
        self.finish()
        replace_path(self.temp, self.path)  # (over a file or a folder an earlier run wrote)

    def discard(self) -> None:
        """Remove the temporary file or folder; the previous figures.parquet stays as it was."""
        while self.writers:
            try:
                self.writers.popitem()[1].close()
            except Exception:  # (a half-written file that is removed next)
                continue
        if self.folder:
            self.folder.discard()
        else:
            self.temp.unlink(missing_ok=True)


class _WrittenFile:
    """A finished temporary file, renamed into place on commit."""

    def __init__(self, temp: Path, path: Path) -> None:
        self.temp, self.path = temp, path

    def finish(self) -> None:
        """Already flushed to disk."""

    def commit(self) -> None:
        replace_path(self.temp, self.path)

    def discard(self) -> None:
        self.temp.unlink(missing_ok=True)


def document_table(path: Path, rows: Sequence[dict[str, object]], columns: Sequence[str]) -> _WrittenFile:
    """documents.parquet (`columns`: stats.export.DOCUMENT_FIELDS), written to a temporary file at once."""
    pq = require()
    temp = _temporary_file(path)
    done = _WrittenFile(temp, path)
    try:
        pq.write_table(table(rows, columns), str(temp))
        _fsync(temp)
    except BaseException:
        done.discard()
        raise
    return done


def _temporary_file(path: Path) -> Path:
    """A new temporary file beside `path`, named as the other outputs' are (see AtomicFile)."""
    fd, temp = tempfile.mkstemp(prefix=temporary_name(path), suffix=".tmp", dir=path.parent)
    try:
        os.fchmod(fd, 0o666 & ~umask())  # (what a plain new file gets; mkstemp's are owner-only)
    finally:
        os.close(fd)
    return Path(temp)


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
