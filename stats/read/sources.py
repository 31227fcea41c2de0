"""Read input paths into `Document`s, one at a time: files, folders, stdin, and JSON Lines and CSV
exports (a document per record, streamed), each named uniquely. Finding files is
`stats.read.files`'s, exports `stats.read.records`', bytes `stats.read.decoding`'s and pages
`stats.read.html`'s; this module names what they find. Every problem becomes a Document with
status `empty`, `skipped` or `error` and a readable reason, never an exception, so one bad file
never stops a run.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import IO

from stats.limits import ExtractionTimeout, time_limit
from stats.model import Document
from stats.read.decoding import InputError, decode
from stats.read.documents import describe_failure, describe_os_error, error_document, text_document
from stats.read.files import (
    CSV_SUFFIXES,
    HTML_SUFFIXES,
    JSONL_SUFFIXES,
    RECORD_SUFFIXES,
    STDIN_PATH,
    SUFFIXES,
    TEXT_SUFFIXES,
    Item,
    expand,
)
from stats.read.html import declared_charset, looks_like_html, read_html
from stats.read.records import RECORD_FIELDS, read_records

log = logging.getLogger("stats.read")
__all__ = [
    "CSV_SUFFIXES", "HTML_SUFFIXES", "JSONL_SUFFIXES", "RECORD_FIELDS", "RECORD_SUFFIXES", "STDIN_PATH",
    "SUFFIXES", "TEXT_SUFFIXES", "Item", "Reader", "describe_os_error", "expand", "iter_documents",
    "read_path",
]


def read_path(path: Path, name: str | None = None, on_progress: Callable[[int], None] | None = None,
              timeout: float | None = None) -> Iterator[Document]:
    """The documents in one file: one for a text or HTML file, one per record of an export.

    `name` is the document name (default: the file name); records are named by their `id`,
    else `name#line`. `on_progress` hears how many bytes of the file have been read. A file
    whose decoding and page reading take longer than `timeout` seconds is an error.
    """
    name = name or path.name
    if path.suffix.lower() in RECORD_SUFFIXES:
        yield from read_records(path, name, on_progress)
        return
    try:
        with time_limit(timeout):  # (never around a yield: the alarm would ring in the consumer)
            document = _read_file(path, name, on_progress)
    except ExtractionTimeout:
        document = error_document(name, str(path), f"reading took longer than --timeout {timeout:g} s "
                                                   "and was stopped")
    except Exception as error:  # a reader's bug costs this file, never the run
        log.warning("reading %s failed", path, exc_info=True)
        document = error_document(name, str(path), f"reading failed ({type(error).__name__}: {error})")
    yield document


def _read_file(path: Path, name: str, on_progress: Callable[[int], None] | None) -> Document:
    """One text or HTML file as a Document (an error Document when it cannot be read)."""
    suffix = path.suffix.lower()
    try:
        data = path.read_bytes()
        if on_progress:
            on_progress(len(data))
        html = suffix in HTML_SUFFIXES or (suffix not in TEXT_SUFFIXES and looks_like_html(data))
        text, encoding = decode(data, declared_charset(data) if html else None)
        del data
    except (InputError, OSError) as error:
        return error_document(name, str(path), describe_failure(error))
    if not html:
        return text_document(name, str(path), text, encoding)
    try:
        article, meta = read_html(text)
    except (RecursionError, ValueError, AssertionError) as error:  # what a broken parse can raise
        return error_document(name, str(path), f"cannot parse the HTML ({type(error).__name__})",
                              encoding=encoding)
    return text_document(name, str(path), article, encoding, meta,
                         empty_reason="no article text in the page" if text.strip() else "")


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
                 exclude: Iterable[Path] = (), timeout: float | None = None) -> None:
        self.inputs = list(inputs)
        self.timeout = timeout  # seconds to read one file (decoding and page reading)
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

            for document in read_path(item.path, item.name, progress, self.timeout):
                document.doc = names.claim(document.doc, _fallback_name(document.doc, item), str(item.path))
                yield document
            self.bytes_done = start + item.size

    def _read_stdin(self) -> Document:
        """Standard input (or the stream given) as one document; bytes are decoded as a file's are."""
        stream = self.stdin if self.stdin is not None else sys.stdin
        binary: IO[bytes] | None = getattr(stream, "buffer", None)  # a text stream's bytes beneath it
        try:
            data = binary.read() if binary is not None else stream.read()
        except OSError as error:
            return error_document("stdin", STDIN_PATH, describe_os_error(error))
        if isinstance(data, str):
            stated: str | None = getattr(stream, "encoding", None)
            return text_document("stdin", STDIN_PATH, data, stated or "utf-8")
        try:
            text, encoding = decode(data)
        except InputError as error:
            return error_document("stdin", STDIN_PATH, str(error))
        self.bytes_done += len(data)
        return text_document("stdin", STDIN_PATH, text, encoding)


def iter_documents(inputs: Iterable[str], stdin: IO[str] | IO[bytes] | None = None) -> Iterator[Document]:
    """Every document in the inputs, one at a time (so memory holds one article)."""
    return iter(Reader(inputs, stdin))
