"""The batch engine: inputs -> documents -> figures -> the output files, with progress events.

It reads every input (`stats.read.sources`), extracts each document (long ones a part at a
time), writes figures, texts and the documents table through one atomic writer, and tells
a `Listener` what happens. It prints nothing and knows no exit statuses: `stats.cli` turns
its events into messages and its outcome into a status.

A failure inside the rules, or a document that outlasts the time limit, costs that document
only: it is recorded with status `error` and a readable reason, and the run goes on.
"""

from __future__ import annotations

import logging
import re
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Protocol

from stats import export, interrupts
from stats.extract import CHUNK_CHARS, extract_parts
from stats.limits import ExtractionTimeout, time_limit
from stats.model import Document, Figure
from stats.read import sources
from stats.reconcile.claim_events import packed_names
from stats.reconcile.prepared import Prepared, Preparing

log = logging.getLogger("stats")
__all__ = ["ExtractionTimeout", "Listener", "Outcome", "OutputUnwritable", "extract_document", "run",
           "time_limit"]


class OutputUnwritable(Exception):
    """The output folder cannot be written at all (checked before any input is read)."""

    def __init__(self, error: OSError) -> None:
        super().__init__(str(error))
        self.error = error


class Listener:
    """What a run tells its caller; every method does nothing unless overridden."""

    def surveyed(self, files: int, size: int) -> None:
        """The inputs hold `files` files of `size` bytes in all (before reading starts)."""

    def reading(self, files_started: int) -> None:
        """Reading has reached the `files_started`-th file."""

    def progress(self, bytes_done: int) -> None:
        """This many bytes of input are done (also moves within a long article)."""

    def finished(self, document: Document) -> None:
        """A document is done: read and extracted, or empty, skipped or failed."""


@dataclass
class Outcome:
    """What a run did: every document (with status), the figures written, the encodings."""

    out: Path
    documents: list[Document] = field(default_factory=list)
    figures: int = 0
    encodings: Counter[str] = field(default_factory=Counter)
    written: list[str] = field(default_factory=list)  # the output files, by name

    def add(self, document: Document) -> None:
        """A finished document (its text already let go), counted with its encoding."""
        if document.status == "ok":
            self.encodings[re.sub(r" with \d+ ", " with some ", document.encoding)] += 1
        self.documents.append(document)

    @property
    def failed(self) -> bool:
        """Whether some input could not be read or extracted."""
        return any(d.status == "error" for d in self.documents)


class FigureSink(Protocol):
    """Where a document's figures and text go: the output files (`export.FigureWriter`), or a
    worker's buffer (`export.Buffer`); and what the end of the run needs of the document
    (`Prepared`)."""

    def write(self, figures: list[Figure]) -> None: ...
    def write_text(self, doc: str, text: str, sentences: Iterable[tuple[int, int]]) -> None: ...
    def keep(self, prepared: Prepared) -> None: ...


def let_go(document: Document) -> None:
    """Let an extracted article's text go, keeping its metadata row: its length and, for the
    claims at the end of the run, its proper names (`claim_events.names_in`: what tells two
    reports of one event from two events is in all of a text, not only its figures'
    sentences). They are kept packed in one string (`claim_events.packed_names`: one object,
    not a dict of strings), which on our short articles takes about 0.85 of the text's memory
    (tracemalloc, after a worker's pickling; less than the light figures the run keeps of the
    same article), and they are what `stats.claims` reads of a text given whole, so a run's
    claims are the in-process ones. An article without figures keeps none."""
    document.chars = len(document.text)
    if document.text and document.figures:  # (an article without figures joins no claim)
        document.names = packed_names(document.text)
    document.text = ""


def extract_document(document: Document, writer: FigureSink, timeout: float | None,
                     on_part: Callable[[int], None] | None = None, defer: bool = False) -> None:
    """Write a document's figures and text; a failure or a timeout in the rules marks it as an
    error and keeps the figures found before it.

    Only extraction runs under the time limit and the failure guard: a write that fails
    (a full disk) stops the run, and an alarm never lands halfway through a CSV row.
    `on_part(characters_done)` is called after each part of a long article. The figures
    written are then prepared for the end of the run (`stats.reconcile.prepared`) here, in
    the process that extracted them (a worker), unless `defer` leaves that to the end of the
    run, as it does for a long article.
    """
    text, spans, written = document.text, [], 0
    preparing = Preparing(defer=defer or len(text) > CHUNK_CHARS)
    parts = extract_parts(text, document.doc)
    deadline = None if timeout is None else time.monotonic() + timeout
    while True:
        try:
            with time_limit(None if deadline is None else max(deadline - time.monotonic(), 1e-3)):
                figures, part_spans, reached = next(parts)
        except StopIteration:
            break
        except ExtractionTimeout:
            document.status = "error"
            document.error = f"extraction took longer than --timeout {timeout:g} s and was stopped"
            break
        except Exception as error:  # a bug in a rule must not cost the other articles
            log.debug("extraction failed for %s", document.doc, exc_info=True)
            document.status = "error"
            document.error = f"extraction failed ({type(error).__name__}: {error})"
            break
        interrupts.checkpoint()  # (outside the guard above: an interrupt stops the run, not the article)
        writer.write(figures)
        spans.extend(part_spans)
        written += len(figures)
        preparing.add(figures)
        if on_part is not None:
            on_part(reached)
    if document.status == "error" and written:
        document.error += f"; the {written} figure(s) found before that were kept"
    writer.write_text(document.doc, text, spans)  # so every figure written can be quoted
    document.figures = written
    writer.keep(preparing.done())


def open_writer(out: Path, formats: Sequence[str] = export.DEFAULT_FORMATS,
                partition: str | None = None) -> export.FigureWriter:
    """The run's output files (temporary until committed); OutputUnwritable when `out` cannot
    be written, MissingExtra (before anything is made) when a format's library is missing."""
    try:
        with interrupts.held():  # every temporary file made is known to the writer, to remove
            return export.FigureWriter(Path(out), formats, partition)
    except OSError as error:
        raise OutputUnwritable(error) from error


def run(inputs: Sequence[str], out: Path, timeout: float | None = None,
        stdin: IO[str] | IO[bytes] | None = None, listener: Listener | None = None,
        formats: Sequence[str] = export.DEFAULT_FORMATS, partition: str | None = None,
        survey: tuple[int, int] | None = None) -> Outcome:
    """Extract every input into `out`, one document after another, and return what happened.

    `formats` and `partition` choose the figure files (see `export.FigureWriter`); `survey`
    is the inputs' (files, bytes) when the caller has counted them already.

    Raises OutputUnwritable when `out` cannot be written at all, OSError when writing
    fails later (a full disk), and lets KeyboardInterrupt through (`stats.interrupts`
    turns SIGTERM into one too); in each case the temporary files are removed and the
    previous outputs are left as they were. A signal while the finished files are being
    renamed into place waits for the renames: the run then ends complete.
    """
    listener = listener or Listener()
    with interrupts.held():  # a signal while the temporary files are made waits until all are
        writer = open_writer(out, formats, partition)  # (and the writer can remove them)
    try:  # (from the first moment the temporary files exist: a signal may come at once)
        outcome = Outcome(Path(out), written=writer.names)
        interrupts.raise_pending()
        if timeout is not None:
            warm_up()
        reader = sources.Reader(inputs, stdin, exclude=[Path(out)], timeout=timeout)
        listener.surveyed(*(survey or reader.survey()))
        before = 0
        for document in reader:
            listener.reading(reader.files_started)
            writer.start_document(document)
            if document.status == "ok":
                _extract_one(document, writer, timeout, listener, (before, reader.bytes_done),
                             defer="jsonl" in writer.formats)
            let_go(document)  # keep the metadata row, let the article go
            outcome.add(document)
            listener.finished(document)
            listener.progress(reader.bytes_done)
            before = reader.bytes_done
            interrupts.checkpoint()  # an interrupt lost on its way is raised before the next file
        writer.finish(outcome.documents)
        with interrupts.held():  # a signal now would leave some outputs new and some old
            writer.commit()
    except BaseException:
        interrupts.acknowledge()  # signals from now on are ignored: the cleanup runs to its end
        with interrupts.held():
            writer.abort()
        raise
    outcome.figures = writer.count
    return outcome


def warm_up() -> None:
    """Load quantulum3's unit tables now: the first extraction loads them (2-3 s), and a short
    --timeout would interrupt that load for every article in turn, so it is paid before timing."""
    from stats.find import quantities

    quantities.warm_up()


def _extract_one(document: Document, writer: export.FigureWriter, timeout: float | None,
                 listener: Listener, bytes_range: tuple[int, int], defer: bool) -> None:
    """Extract one document, moving the progress within it when it is long. `defer`: prepare
    it for the reconcile stage at the end of the run, from its figures read back (cheaper
    there, see `stats.reconcile.prepared`); only from figures.jsonl, which gives the figures
    back as they were made (from CSV or Parquet a whole number comes back a float, and
    claims.jsonl would show 24.0 where a worker's figure gives 24)."""
    text_length = max(len(document.text), 1)
    low, high = bytes_range

    def on_part(reached: int) -> None:
        if text_length > CHUNK_CHARS:
            listener.progress(low + (high - low) * reached // text_length)

    extract_document(document, writer, timeout, on_part, defer=defer)
