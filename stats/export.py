"""Write figures and documents as CSV and JSON Lines: the project's output contract.

`FIGURE_FIELDS` and `DOCUMENT_FIELDS` are the column orders other tools rely on. Files are
written atomically (a temporary file in the same folder, then a rename), and text cells
that a spreadsheet would run as a formula are neutralised (OWASP CSV injection).
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import tempfile
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from stats.model import Document, Figure

FIGURE_FIELDS = [
    "figure_id", "doc", "start", "end", "span", "value", "value_high", "whole", "qualifier",
    "kind", "unit", "subject", "category", "vague", "sentence", "sentence_start",
    "sentence_end", "rule",
]
DOCUMENT_FIELDS = ["doc", "path", "title", "publisher", "published", "chars", "figures",
                   "status", "error"]
# Columns that hold numbers (or booleans): written as they are, never neutralised.
NUMERIC_FIELDS = {"start", "end", "value", "value_high", "whole", "vague", "sentence_start",
                  "sentence_end", "chars", "figures"}
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: object) -> object:
    """A text cell a spreadsheet will show as text: a leading = + - @ tab or CR gets a quote.

    >>> safe_cell("=HYPERLINK(1)")
    "'=HYPERLINK(1)"
    >>> safe_cell("troops")
    'troops'
    """
    if isinstance(value, str) and value.startswith(_FORMULA_STARTS):
        return "'" + value
    return value


def _cell(name: str, value: object) -> object:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        value = int(value)
    return value if name in NUMERIC_FIELDS else safe_cell(str(value))


def figure_row(figure: Figure) -> dict[str, object]:
    """One figure as a CSV row: contract column order, blanks for nulls."""
    record = figure.to_record()
    return {name: _cell(name, record[name]) for name in FIGURE_FIELDS}


def document_row(document: Document) -> dict[str, object]:
    """One document as a CSV row."""
    values = {"doc": document.doc, "path": document.path, "title": document.title,
              "publisher": document.publisher, "published": document.published,
              "chars": document.chars or len(document.text), "figures": document.figures,
              "status": document.status, "error": document.error}
    return {name: _cell(name, values[name]) for name in DOCUMENT_FIELDS}


def rows_to_csv(rows: Iterable[Mapping[str, object]], fields: list[str]) -> str:
    """CSV text with a header, as the CLI and the dashboard download both write it."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=fields, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({name: _cell(name, row.get(name)) for name in fields})
    return buffer.getvalue()


@contextmanager
def atomic_open(path: Path) -> Iterator[IO[str]]:
    """Open a temporary file beside `path`; on success rename it over `path`."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            yield handle
        Path(temp).replace(path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


class FigureWriter:
    """Streams figures to figures.csv and figures.jsonl as documents are processed.

    Both files appear (atomically) only when `close()` is called, so an interrupted run
    leaves the previous outputs in place rather than half-written ones.
    """

    def __init__(self, out_dir: Path) -> None:
        self.out_dir = out_dir
        out_dir.mkdir(parents=True, exist_ok=True)
        self._csv_cm = atomic_open(out_dir / "figures.csv")
        self._jsonl_cm = atomic_open(out_dir / "figures.jsonl")
        self._csv_handle = self._csv_cm.__enter__()
        self._jsonl_handle = self._jsonl_cm.__enter__()
        self._csv = csv.DictWriter(self._csv_handle, fieldnames=FIGURE_FIELDS, lineterminator="\n")
        self._csv.writeheader()
        self.count = 0

    def write(self, figures: Iterable[Figure]) -> None:
        for figure in figures:
            self._csv.writerow(figure_row(figure))
            self._jsonl_handle.write(json.dumps(figure.to_record(), ensure_ascii=False) + "\n")
            self.count += 1

    def close(self) -> None:
        self._csv_cm.__exit__(None, None, None)
        self._jsonl_cm.__exit__(None, None, None)

    def abort(self, error: BaseException) -> None:
        for cm in (self._csv_cm, self._jsonl_cm):
            # The temporary file is removed; the caller re-raises the error.
            with contextlib.suppress(BaseException):
                cm.__exit__(type(error), error, error.__traceback__)


def write_documents(documents: Iterable[Document], path: Path) -> None:
    """documents.csv, atomically."""
    with atomic_open(path) as handle:
        writer = csv.DictWriter(handle, fieldnames=DOCUMENT_FIELDS, lineterminator="\n")
        writer.writeheader()
        for document in documents:
            writer.writerow(document_row(document))
