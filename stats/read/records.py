"""Exports: a JSON Lines or CSV file read as one Document per record, streamed (so memory
holds one record). Records are named by their `id`, else `file#line`; a record without a
text, a line that is not JSON or a broken CSV file becomes a Document saying why.
"""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO

from stats.model import Document
from stats.read.decoding import CHUNK_BYTES, InputError, detect, reset_fallback_count
from stats.read.documents import describe_failure, describe_os_error, error_document, text_document
from stats.read.files import CSV_SUFFIXES, file_chunks
from stats.read.metadata import Metadata, parse_date

RECORD_FIELDS = ("text", "title", "publisher", "published", "id")
csv.field_size_limit(min(sys.maxsize, 2**31 - 1))

# A record's fields, or the reader's complaint about it.
Record = dict[str, object] | str


def read_records(path: Path, name: str, on_progress: Callable[[int], None] | None) -> Iterator[Document]:
    """One Document per record of a JSON Lines or CSV export, streamed; `on_progress` hears
    how many bytes of the file have been read."""
    try:
        encoding = detect(file_chunks(path))
    except (InputError, OSError) as error:
        yield error_document(name, str(path), describe_failure(error))
        return
    reset_fallback_count()
    try:
        with path.open("rb", buffering=0) as raw:
            buffered = io.BufferedReader(raw, CHUNK_BYTES)
            handle = io.TextIOWrapper(buffered, encoding=encoding.codec, errors=encoding.errors, newline="")
            tell = raw.tell if on_progress else None
            csv_file = path.suffix.lower() in CSV_SUFFIXES
            shape = _Shape()
            rows = _csv_rows(handle, shape) if csv_file else _jsonl_rows(handle)
            seen: set[str] = set()
            for number, record in rows:
                if on_progress and tell:
                    on_progress(tell())
                shape.documents += 1
                yield _record_document(path, name, number, record, encoding.name, seen)
            if not shape.documents:  # every input gets a row in documents.csv
                yield error_document(name, str(path), _why_no_records(raw.tell(), csv_file, shape),
                                     status="empty", encoding=encoding.name)
    except OSError as error:
        yield error_document(name, str(path), describe_os_error(error))
    except UnicodeDecodeError as error:  # the file changed after it was checked
        yield error_document(name, str(path), f"not valid {encoding.name} ({error.reason})")


class _Shape:
    """What reading an export met, to say why it held no record."""

    def __init__(self) -> None:
        self.header = False  # a CSV header row was read
        self.blank_rows = 0  # CSV rows after the header with no text in any cell
        self.documents = 0  # documents made of the file's records (or complaints about them)


def _why_no_records(size: int, csv_file: bool, shape: _Shape) -> str:
    """Why an export gave no document: empty, blank lines or rows only, or a header only."""
    if size == 0:
        return "the file is empty (0 bytes)"
    if csv_file and shape.header:
        return f"no records: a header row and {'blank rows only' if shape.blank_rows else 'no rows'}"
    return "no records: blank rows only" if csv_file else "no records: blank lines only"


def _iso_date(value: str) -> str:
    """A record's date as YYYY-MM-DD when it reads as one, else as given."""
    value = value.strip()
    if len(value) >= 10 and value[4] == "-" and value[7] == "-" and value[:4].isdigit():
        return value[:10]
    return parse_date(value) or value


def _record_document(path: Path, name: str, number: int, record: Record,
                     encoding: str, seen: set[str]) -> Document:
    """A record as a Document; number 0 is a complaint about the whole file."""
    where = f"{name}#{number}" if number else name
    unit = "row" if path.suffix.lower() in CSV_SUFFIXES else "line"
    if isinstance(record, str):  # the reader's complaint about this record
        return error_document(where, str(path), record, encoding=encoding)
    text = record.get("text")
    if not isinstance(text, str):
        what = ("has no 'text' field" if text is None
                else f"has a 'text' that is not a string ({type(text).__name__})")
        return error_document(where, str(path), f"{unit} {number} {what}", encoding=encoding)
    doc = str(record.get("id") or "").strip() or where
    if doc in seen:
        doc = f"{doc}#{number}"
    seen.add(doc)
    fields = {k: "" if record.get(k) is None else str(record.get(k)).strip()
              for k in ("title", "publisher", "published")}
    meta = Metadata(title=fields["title"], publisher=fields["publisher"],
                    published=_iso_date(fields["published"]))
    return text_document(doc, str(path), text, encoding, meta,
                         empty_reason=f"{unit} {number} has an empty text" if not text.strip() else "")


def _jsonl_rows(handle: IO[str]) -> Iterator[tuple[int, Record]]:
    """(line number, record or complaint) per non-blank line; a file whose first line is not
    JSON is one complaint, not one per line."""
    good = False
    for number, line in enumerate(handle, 1):
        if not line.strip():
            continue
        try:
            record: object = json.loads(line)
        except json.JSONDecodeError as error:
            if not good:
                yield 0, f"not JSON Lines (line {number}: {error.msg})"
                return
            yield number, f"line {number} is not valid JSON ({error.msg})"
            continue
        except RecursionError:
            yield number, f"line {number} is nested too deeply"
            continue
        if not isinstance(record, dict):
            yield number, f"line {number} is not a JSON object"
            continue
        good = True
        yield number, record


def _csv_rows(handle: IO[str], shape: _Shape) -> Iterator[tuple[int, Record]]:
    """(row number counting the header as 1, record or complaint) per CSV row; blank rows
    before the header are skipped."""
    reader = csv.reader(handle)
    try:
        rows = enumerate(reader, 1)
        header = next((row for _, row in rows if any(cell.strip() for cell in row)), None)
        if header is None:
            return
        shape.header = True
        columns = {h.strip().lstrip("\ufeff").lower(): i for i, h in enumerate(header)}
        if "text" not in columns:
            shown = ", ".join(repr(h) for h in header[:10]) + (" ..." if len(header) > 10 else "")
            yield 0, f"no 'text' column in the header (columns: {shown})"
            return
        wanted = {k: columns[k] for k in RECORD_FIELDS if k in columns}
        for number, row in rows:
            if not any(cell.strip() for cell in row):
                shape.blank_rows += 1
                continue
            yield number, {k: row[i] if i < len(row) else None for k, i in wanted.items()}
    except csv.Error as error:
        yield 0, f"CSV error at line {reader.line_num}: {error}"
