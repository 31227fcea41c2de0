"""Read input paths into `Document`s, one at a time: files, folders, stdin, and JSON Lines and CSV
exports (a document per record, streamed), each named uniquely. Owns files and naming; bytes are
`stats.decoding`'s, pages `stats.html`'s. Every problem becomes a Document with status `empty`,
`skipped` or `error` and a readable reason, never an exception, so one bad file never stops a run.
"""

from __future__ import annotations

import csv
import errno
import io
import json
import os
import stat
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from stats.model import Document
from stats.read.decoding import CHUNK_BYTES, InputError, _tally, binary_kind, decode, detect
from stats.read.html import _declared_charset, _looks_like_html, read_html
from stats.read.metadata import Metadata, parse_date, read_metadata

TEXT_SUFFIXES = {".txt", ".text", ".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
CSV_SUFFIXES = {".csv"}
RECORD_SUFFIXES = JSONL_SUFFIXES | CSV_SUFFIXES
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | RECORD_SUFFIXES
RECORD_FIELDS = ("text", "title", "publisher", "published", "id")
STDIN_PATH = "<stdin>"  # the path documents.csv gives standard input ("-" would read as a formula)
csv.field_size_limit(min(sys.maxsize, 2**31 - 1))


# --- documents -----------------------------------------------------------------------------

def _reason(error: InputError | OSError) -> str:
    """Why a file could not be read, in words: the decoder's reason or the system's."""
    return describe_os_error(error) if isinstance(error, OSError) else str(error)


def describe_os_error(error: OSError) -> str:
    """A short reason for a failed read ("permission denied", "symlink loop", ...)."""
    reasons = {errno.EACCES: "permission denied", errno.EPERM: "permission denied",
               errno.ENOENT: "no such file or folder", errno.ELOOP: "symlink loop (too many levels of links)",
               errno.EISDIR: "is a folder", errno.ENOTDIR: "a part of the path is not a folder",
               errno.EIO: "input/output error (a disk or network problem)",
               errno.ENAMETOOLONG: "file name too long"}
    return reasons.get(error.errno or -1) or (error.strerror or str(error)).lower()


def _error(doc: str, path: str, reason: str, status: str = "error", encoding: str = "") -> Document:
    return Document(doc=doc, path=path, status=status, error=reason, encoding=encoding)


def _iso_date(value: str) -> str:
    """A record's date as YYYY-MM-DD when it reads as one, else as given."""
    value = value.strip()
    if len(value) >= 10 and value[4] == "-" and value[7] == "-" and value[:4].isdigit():
        return value[:10]
    return parse_date(value) or value


def _document(doc: str, path: str, text: str, encoding: str, meta: Metadata | None = None,
              empty_reason: str = "") -> Document:
    stated = read_metadata(text)
    meta = meta or Metadata()
    document = Document(
        doc=doc, path=path, text=text, encoding=encoding,
        title=meta.title or stated.title, publisher=meta.publisher or stated.publisher,
        published=meta.published or stated.published,
    )
    if not text.strip():
        document.status = "empty"
        document.error = empty_reason or ("no text" if not text else "only whitespace")
    return document


def _file_chunks(path: Path) -> Callable[[], Iterator[bytes]]:
    def chunks() -> Iterator[bytes]:
        with path.open("rb") as handle:
            while chunk := handle.read(CHUNK_BYTES):
                yield chunk
    return chunks


def _records(path: Path, name: str, on_progress: Callable[[int], None] | None) -> Iterator[Document]:
    """One Document per record of a JSON Lines or CSV export, streamed."""
    try:
        encoding = detect(_file_chunks(path))
    except (InputError, OSError) as error:
        yield _error(name, str(path), _reason(error))
        return
    _tally.count = 0
    try:
        with path.open("rb", buffering=0) as raw:
            buffered = io.BufferedReader(raw, CHUNK_BYTES)  # type: ignore[arg-type]
            handle = io.TextIOWrapper(buffered, encoding=encoding.codec, errors=encoding.errors, newline="")
            tell = raw.tell if on_progress else None
            rows = (_csv_rows(handle, path) if path.suffix.lower() in CSV_SUFFIXES
                    else _jsonl_rows(handle, path))
            seen: set[str] = set()
            for number, record in rows:
                if on_progress and tell:
                    on_progress(tell())
                yield _record_document(path, name, number, record, encoding.name, seen)
    except OSError as error:
        yield _error(name, str(path), describe_os_error(error))
    except UnicodeDecodeError as error:  # the file changed after it was checked
        yield _error(name, str(path), f"not valid {encoding.name} ({error.reason})")


def _record_document(path: Path, name: str, number: int, record: dict[str, object] | str,
                     encoding: str, seen: set[str]) -> Document:
    """A record as a Document; number 0 is a complaint about the whole file."""
    where = f"{name}#{number}" if number else name
    unit = "row" if path.suffix.lower() in CSV_SUFFIXES else "line"
    if isinstance(record, str):  # the reader's complaint about this record
        return _error(where, str(path), record, encoding=encoding)
    text = record.get("text")
    if not isinstance(text, str):
        what = ("has no 'text' field" if text is None
                else f"has a 'text' that is not a string ({type(text).__name__})")
        return _error(where, str(path), f"{unit} {number} {what}", encoding=encoding)
    doc = str(record.get("id") or "").strip() or where
    if doc in seen:
        doc = f"{doc}#{number}"
    seen.add(doc)
    fields = {k: "" if record.get(k) is None else str(record.get(k)).strip()
              for k in ("title", "publisher", "published")}
    meta = Metadata(title=fields["title"], publisher=fields["publisher"],
                    published=_iso_date(fields["published"]))
    return _document(doc, str(path), text, encoding, meta,
                     empty_reason=f"{unit} {number} has an empty text" if not text.strip() else "")


def _jsonl_rows(handle: IO[str], path: Path) -> Iterator[tuple[int, dict[str, object] | str]]:
    """(line number, record or complaint) per non-blank line; a file whose first line is not
    JSON is one complaint, not one per line."""
    good = False
    for number, line in enumerate(handle, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
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


def _csv_rows(handle: IO[str], path: Path) -> Iterator[tuple[int, dict[str, object] | str]]:
    """(row number counting the header as 1, record or complaint) per CSV row."""
    reader = csv.reader(handle)
    try:
        header = next(reader, None)
        if header is None:
            return
        columns = {h.strip().lstrip("\ufeff").lower(): i for i, h in enumerate(header)}
        if "text" not in columns:
            shown = ", ".join(repr(h) for h in header[:10]) + (" ..." if len(header) > 10 else "")
            yield 0, f"no 'text' column in the header (columns: {shown})"
            return
        wanted = {k: columns[k] for k in RECORD_FIELDS if k in columns}
        for number, row in enumerate(reader, 2):
            if not any(cell.strip() for cell in row):
                continue
            yield number, {k: row[i] if i < len(row) else None for k, i in wanted.items()}
    except csv.Error as error:
        yield 0, f"CSV error at line {reader.line_num}: {error}"


def read_path(path: Path, name: str | None = None,
              on_progress: Callable[[int], None] | None = None) -> Iterator[Document]:
    """The documents in one file: one for a text or HTML file, one per record of an export.

    `name` is the document name (default: the file name); records are named by their `id`,
    else `name#line`. `on_progress` hears how many bytes of the file have been read.
    """
    name = name or path.name
    suffix = path.suffix.lower()
    if suffix in RECORD_SUFFIXES:
        yield from _records(path, name, on_progress)
        return
    try:
        data = path.read_bytes()
        if on_progress:
            on_progress(len(data))
        html = suffix in HTML_SUFFIXES or (suffix not in TEXT_SUFFIXES and _looks_like_html(data))
        text, encoding = decode(data, _declared_charset(data) if html else None)
        del data
    except (InputError, OSError) as error:
        yield _error(name, str(path), _reason(error))
        return
    if not html:
        yield _document(name, str(path), text, encoding)
        return
    try:
        article, meta = read_html(text)
    except (RecursionError, ValueError, AssertionError) as error:  # what a broken parse can raise
        yield _error(name, str(path), f"cannot parse the HTML ({type(error).__name__})", encoding=encoding)
        return
    yield _document(name, str(path), article, encoding, meta,
                    empty_reason="no article text in the page" if text.strip() else "")


# --- walking inputs ------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Item:
    """One file to read: its path, the name to give its document, and where it was found."""

    path: Path
    name: str
    relative: str  # the path relative to the folder named on the command line (or as given)
    size: int = 0


def _describe_mode(mode: int) -> str:
    for test, what in ((stat.S_ISFIFO, "a named pipe"), (stat.S_ISSOCK, "a socket"),
                       (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device")):
        if test(mode):
            return what
    return "not a regular file"


def _unsupported(path: Path, suffix: str) -> str:
    """Why a file in a folder is skipped: its type, and what its first bytes say it is."""
    try:
        with path.open("rb") as handle:
            what = binary_kind(handle.read(16))
    except OSError:
        what = None
    kind = f"{suffix} file" if suffix else "file without a suffix"
    return f"not an article file ({kind}{', ' + what if what else ''})"


def _walk(folder: Path, exclude: set[tuple[int, int]]) -> Iterator[Item | Document]:
    """Files under a folder (sorted, hidden ones left out); problems as Documents."""
    failures: list[OSError] = []
    seen: set[tuple[int, int]] = set()
    for root, dirs, files in os.walk(folder, followlinks=True, onerror=failures.append):
        for failure in failures:
            where = Path(failure.filename or root)
            yield _error(where.name or str(where), str(where), describe_os_error(failure))
        failures.clear()
        try:
            info = Path(root).stat()
        except OSError as error:
            dirs[:] = []
            yield _error(Path(root).name, root, describe_os_error(error))
            continue
        key = (info.st_dev, info.st_ino)
        if key in exclude:
            dirs[:] = []
            continue
        if key in seen:
            dirs[:] = []
            yield _error(Path(root).name, root, "symlink to a folder already read (a loop or a duplicate)",
                         status="skipped")
            continue
        seen.add(key)
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.startswith("."):
                continue
            path = Path(root, name)
            relative = path.relative_to(folder).as_posix()
            try:
                info = path.stat()
            except OSError as error:
                reason = describe_os_error(error)
                if error.errno == errno.ENOENT and path.is_symlink():
                    reason = "broken symlink (its target is missing)"
                yield _error(name, str(path), reason)
                continue
            suffix = path.suffix.lower()
            if not stat.S_ISREG(info.st_mode):
                yield _error(name, str(path), _describe_mode(info.st_mode), status="skipped")
            elif suffix not in SUFFIXES:
                yield _error(name, str(path), _unsupported(path, suffix), status="skipped")
            else:
                yield Item(path, name, relative, info.st_size)
    for failure in failures:
        where = Path(failure.filename or folder)
        yield _error(where.name or str(where), str(where), describe_os_error(failure))


def expand(inputs: Iterable[str], exclude: Iterable[Path] = ()) -> Iterator[Item | Document]:
    """Files to read (folders walked recursively, `exclude` folders left out), or
    Documents saying why an input cannot be read."""
    excluded = set()
    for folder in exclude:
        try:
            info = folder.stat()
        except OSError:
            continue
        excluded.add((info.st_dev, info.st_ino))
    for raw in inputs:
        if raw == "-":
            yield Item(Path("-"), "stdin", STDIN_PATH)
            continue
        path = Path(raw)
        name = path.name or raw
        try:
            info = path.stat()
        except OSError as error:
            reason = describe_os_error(error)
            if error.errno == errno.ENOENT and path.is_symlink():
                reason = "broken symlink (its target is missing)"
            yield _error(name, raw, reason)
            continue
        if stat.S_ISDIR(info.st_mode):
            yield from _walk(path, excluded)
        elif stat.S_ISREG(info.st_mode) or stat.S_ISFIFO(info.st_mode):  # a pipe: `<(curl ...)`
            yield Item(path, name, raw, info.st_size)
        else:
            yield _error(name, raw, _describe_mode(info.st_mode))


class _Names:
    """Unique document names: the first choice unless already used, then the fallbacks, then ~2, ~3."""

    def __init__(self) -> None:
        self.used: set[str] = set()

    def claim(self, *choices: str) -> str:
        for choice in choices:
            if choice and choice not in self.used:
                self.used.add(choice)
                return choice
        base, number = choices[0], 2
        while f"{base}~{number}" in self.used:
            number += 1
        self.used.add(f"{base}~{number}")
        return f"{base}~{number}"


def _fallback_name(doc: str, item: Item) -> str:
    """The name for a document whose own name is taken: by the path it was found at."""
    if doc == item.name:
        return item.relative
    if doc.startswith(item.name + "#"):
        return item.relative + doc[len(item.name):]
    return f"{item.relative}#{doc}"


class Reader:
    """Every document in the inputs, one at a time, counting the bytes read for a progress bar.

    Documents are named by file name; when two inputs share a name, the later one is named by
    its path relative to the folder it was found in (then `~2`, `~3`). An export's records are
    named by their `id`, else `file#line`.
    """

    def __init__(self, inputs: Iterable[str], stdin: IO[str] | IO[bytes] | None = None,
                 exclude: Iterable[Path] = ()) -> None:
        self.inputs = list(inputs)
        self.stdin = stdin
        self.exclude = list(exclude)
        self.bytes_done = 0  # bytes of input read so far (whole files, and export progress)
        self.files_started = 0  # files (and input errors) begun so far

    def survey(self) -> tuple[int, int]:
        """How many files the inputs name and their total size in bytes (a progress bar's total)."""
        files = size = 0
        for item in expand(self.inputs, self.exclude):
            files += 1
            size += item.size if isinstance(item, Item) else 0
        return files, size

    def __iter__(self) -> Iterator[Document]:
        names = _Names()
        for item in expand(self.inputs, self.exclude):
            self.files_started += 1
            if isinstance(item, Document):
                item.doc = names.claim(item.doc, item.path)
                yield item
                continue
            start = self.bytes_done
            if str(item.path) == "-":
                document = self._read_stdin()
                document.doc = names.claim(document.doc)
                yield document
                continue

            def progress(done: int, start: int = start) -> None:
                self.bytes_done = start + done

            for document in read_path(item.path, item.name, progress):
                document.doc = names.claim(document.doc, _fallback_name(document.doc, item), str(item.path))
                yield document
            self.bytes_done = start + item.size

    def _read_stdin(self) -> Document:
        stream = self.stdin if self.stdin is not None else sys.stdin
        binary = getattr(stream, "buffer", None)
        try:
            data = binary.read() if binary is not None else stream.read()
        except OSError as error:
            return _error("stdin", STDIN_PATH, describe_os_error(error))
        if isinstance(data, str):
            return _document("stdin", STDIN_PATH, data, getattr(stream, "encoding", None) or "utf-8")
        try:
            text, encoding = decode(data)
        except InputError as error:
            return _error("stdin", STDIN_PATH, str(error))
        self.bytes_done += len(data)
        return _document("stdin", STDIN_PATH, text, encoding)


def iter_documents(inputs: Iterable[str], stdin: IO[str] | IO[bytes] | None = None) -> Iterator[Document]:
    """Every document in the inputs, one at a time (so memory holds one article)."""
    return iter(Reader(inputs, stdin))
