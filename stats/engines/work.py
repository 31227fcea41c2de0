"""The work a parallel run shares out, and putting the results back in input order.

The main process lists the inputs (`plan`) into chunks of `Entry`s: a file for a worker to
read, or a document the main process has read already (standard input, each record of a
JSON Lines or CSV export, so one big export is shared out too; an input that could not be
listed). It names each document as it lists it, as the serial run would (a name already
taken gets the serial run's fallback), so a worker extracts it under its final name: figure
ids, relations and tallies are the serial run's. A worker runs `process_chunk`: it reads its
files and extracts each document with the serial engine's own `stats.batch.extract_document`
(the same time limit and failure guard, a long article a part at a time, and the same
per-article reconcile work), and renders the figures and text to strings. The main process
(`Collector`) takes the chunks' results in input order and appends the strings to the
output files, keeping what each document prepared for the claims: the same bytes as
`--jobs 1`.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from stats import batch, export, interrupts
from stats.model import Document
from stats.read import sources
from stats.read.files import RECORD_SUFFIXES, Item, expand
from stats.read.sources import _fallback_name, _Names  # the serial reader's naming rules, shared
from stats.reconcile.prepared import Prepared

MAX_ENTRIES = 256  # documents in one chunk at most ...
MIN_CHUNK_BYTES = 64 << 10  # ... and about this much text, at least
MAX_CHUNK_BYTES = 4 << 20  # ... and at most


@dataclass(slots=True)
class Entry:
    """One input in order: a file to read (`document` None) or a document read already."""

    index: int  # the how-many-th input file this is (for the progress bar's "N/M files")
    item: Item | None  # the file (None for an input that could not be listed)
    document: Document | None  # read by the main process; None: the worker reads `item`
    progress: int  # bytes of input done once this entry is
    doc: str  # the document's name in the run (a file's, for the worker to read it under)


@dataclass(slots=True)
class Done:
    """One document as a worker leaves it: its row (text let go), figures and text rendered."""

    document: Document
    figures: export.Rendered
    text_rest: str  # the texts.jsonl line after the document's name ("" when it has none)
    logs: list[logging.LogRecord] = field(default_factory=list)  # what reading and extracting it logged
    prepared: Prepared | None = None  # what the end of the run needs of it (None: not extracted)


class _Logs(logging.Handler):
    """The warnings a worker logs (a rule that failed on a number, a reader's bug), kept with the
    document they came with, for the main process to log in input order with its own handlers."""

    def __init__(self) -> None:
        super().__init__()
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        record.msg, record.args = record.getMessage(), None  # (arguments may not cross processes)
        if record.exc_info:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
            record.exc_info = None
        self.records.append(record)

    def take(self) -> list[logging.LogRecord]:
        records, self.records = self.records, []
        return records


def process_chunk(entries: list[Entry], timeout: float | None) -> list[list[Done]]:
    """In a worker: each entry's documents, read and extracted (the function every engine runs)."""
    logger, logs = logging.getLogger("stats"), _Logs()
    propagate, logger.propagate = logger.propagate, False
    logger.addHandler(logs)
    try:
        return [[_extract(document, timeout, logs) for document in _documents(entry, timeout)]
                for entry in entries]
    finally:
        logger.removeHandler(logs)
        logger.propagate = propagate


def _documents(entry: Entry, timeout: float | None) -> Iterator[Document]:
    if entry.document is not None:
        yield entry.document
    elif entry.item is not None:
        yield from sources.read_path(entry.item.path, entry.doc, None, timeout)


def _extract(document: Document, timeout: float | None, logs: _Logs) -> Done:
    buffer = export.Buffer()
    if document.status == "ok":
        batch.extract_document(document, buffer, timeout)
    batch.let_go(document)
    return Done(document, buffer.figures, buffer.text_rest, logs.take(), buffer.prepared)


def chunk_bytes(total: int, jobs: int) -> int:
    """How much input a chunk holds: enough chunks for every worker to stay busy to the end."""
    return max(MIN_CHUNK_BYTES, min(MAX_CHUNK_BYTES, total // max(jobs * 8, 1)))


def plan(inputs: list[str], stdin: IO[str] | IO[bytes] | None, out: Path, timeout: float | None,
         target: int) -> Iterator[list[Entry]]:
    """The inputs as chunks of entries of about `target` bytes, in input order."""
    chunk: list[Entry] = []
    weight = 0
    for entry, size in _entries(inputs, stdin, out, timeout):
        chunk.append(entry)
        weight += size
        if weight >= target or len(chunk) >= MAX_ENTRIES:
            yield chunk
            chunk, weight = [], 0
    if chunk:
        yield chunk


def _entries(inputs: list[str], stdin: IO[str] | IO[bytes] | None, out: Path,
             timeout: float | None) -> Iterator[tuple[Entry, int]]:
    """Every input as entries with their weight: files for workers, the rest read here; each
    named in input order by the serial reader's rules."""
    done = 0
    names = _Names()
    for index, item in enumerate(expand(inputs, [out]), 1):
        if isinstance(item, Document):
            item.doc = names.claim(item.doc, item.path)
            yield Entry(index, None, item, done, item.doc), 0
        elif str(item.path) == "-":
            reader = sources.Reader(["-"], stdin)
            document = next(iter(reader))
            done += reader.bytes_done
            document.doc = names.claim(document.doc)
            yield Entry(index, item, document, done, document.doc), len(document.text)
        elif item.path.suffix.lower() in RECORD_SUFFIXES:  # an export: its records are shared out
            start = done

            def progress(position: int, start: int = start) -> None:
                nonlocal done
                done = start + position

            for document in sources.read_path(item.path, item.name, progress, timeout):
                document.doc = names.claim(document.doc, _fallback_name(document.doc, item), str(item.path))
                yield Entry(index, item, document, done, document.doc), len(document.text)
            done = start + item.size
        else:  # (a file is one document, named as the file: see `sources.read_path`)
            done += item.size
            doc = names.claim(item.name, _fallback_name(item.name, item), str(item.path))
            yield Entry(index, item, None, done, doc), item.size


class Collector:
    """Puts the workers' results into the output files in input order, and tells the listener
    as the serial run does."""

    def __init__(self, writer: export.FigureWriter, listener: batch.Listener, outcome: batch.Outcome) -> None:
        self.writer, self.listener, self.outcome = writer, listener, outcome

    def take(self, entries: list[Entry], results: list[list[Done]]) -> None:
        """One chunk's results (the chunks are taken in the order they were made)."""
        for entry, done in zip(entries, results, strict=True):
            for result in done:
                self._take(entry, result)

    def _take(self, entry: Entry, result: Done) -> None:
        document = result.document
        self.listener.reading(entry.index)
        self.writer.start_document(document)
        self.writer.write(result.figures)
        self.writer.write_text_rest(document.doc, result.text_rest)
        if result.prepared is not None:
            self.writer.keep(result.prepared)
        for record in result.logs:  # (as the serial run logs them: before the document is done)
            logging.getLogger(record.name).handle(record)
        self.outcome.add(document)
        self.listener.finished(document)
        self.listener.progress(entry.progress)
        interrupts.checkpoint()
