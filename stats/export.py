"""Write figures, documents and article texts: the project's output contract.

`FIGURE_FIELDS` and `DOCUMENT_FIELDS` are the column orders other tools rely on. Files are
written atomically (a temporary file in the same folder, then a rename), and text cells
that a spreadsheet would run as a formula are neutralised (OWASP CSV injection);
`unguard_cell` undoes that exactly, for readers of the CSV such as the dashboard.

`texts.jsonl` holds each article's text as read (decoded, HTML extracted) with its sentence
spans: a reader can quote any figure from the output folder alone, without the input files.

Figures may also be written as Parquet (`stats.export_parquet`, an optional extra), with
the CSV's columns. Worker processes render figures to strings (`Buffer`, `Rendered`) that
the writer appends in input order, so a parallel run writes the same bytes as a serial one.
"""

from __future__ import annotations

import json
import logging
import tempfile  # noqa: F401 (the temporary files are made with it, in stats.export_files; tests patch it here)
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING, Protocol

from stats.export_cells import (
    FIGURE_FLOATS,
    FORMULA_STARTS,
    NUMERIC_FIELDS,
    cell,
    csv_line,
    finite,
    rows_to_csv,
    safe_cell,
    unguard_cell,
)
from stats.export_files import AtomicFile, atomic_open, remove_output, remove_stale_temporary_files
from stats.export_reconcile import (
    CLAIM_FIELDS,
    CLAIMS_CSV,
    CLAIMS_JSONL,
    LIST_SEPARATOR,
    TALLIES_CSV,
    TALLIES_JSONL,
    TALLY_FIELDS,
)
from stats.model import Document, Figure

if TYPE_CHECKING:
    from stats.reconcile.prepared import Prepared

log = logging.getLogger("stats")

# (re-exported: they were defined here, and readers of the outputs use them from here)
__all__ = ["CLAIM_FIELDS", "FORMULA_STARTS", "LIST_SEPARATOR", "NUMERIC_FIELDS", "TALLY_FIELDS", "AtomicFile",
           "atomic_open", "csv_line", "remove_stale_temporary_files", "rows_to_csv", "safe_cell",
           "unguard_cell"]

FIGURE_FIELDS = [
    "figure_id", "doc", "start", "end", "span", "value", "value_high", "whole", "qualifier",
    "kind", "unit", "subject", "category", "vague", "sentence", "sentence_start",
    "sentence_end", "rule", "said_by", "place", "period", "implied", "part_of", "restates",
    "claim", "claim_conflict",
]
DOCUMENT_FIELDS = ["doc", "path", "title", "publisher", "published", "chars", "figures",
                   "status", "error"]
# Output file names, in the folder given to `stats extract --out`.
FIGURES_CSV = "figures.csv"
FIGURES_JSONL = "figures.jsonl"
DOCUMENTS_CSV = "documents.csv"
TEXTS_JSONL = "texts.jsonl"
FIGURES_PARQUET = "figures.parquet"  # a file, or a folder of one file per month (--partition-by month)
DOCUMENTS_PARQUET = "documents.parquet"
# The formats figures can be written in (--format), and the default.
FIGURE_FORMATS = ("csv", "jsonl", "parquet")
DEFAULT_FORMATS = ("csv", "jsonl")
_FIGURE_FILES = {"csv": FIGURES_CSV, "jsonl": FIGURES_JSONL, "parquet": FIGURES_PARQUET}
RECONCILE_NAMES = (TALLIES_CSV, TALLIES_JSONL, CLAIMS_CSV, CLAIMS_JSONL)  # written by stats.export_reconcile
OUTPUT_NAMES = (FIGURES_CSV, FIGURES_JSONL, TEXTS_JSONL, DOCUMENTS_CSV, FIGURES_PARQUET, DOCUMENTS_PARQUET,
                *RECONCILE_NAMES)
# Characters JSON leaves raw that some line readers split on: escaped, so one line is one text.
_LINE_SEPARATORS = str.maketrans({"\u2028": "\\u2028", "\u2029": "\\u2029", "\x85": "\\u0085"})
_TEXT_PIECE = 1 << 16  # characters of an article's text encoded at a time


def figure_row(figure: Figure) -> dict[str, object]:
    """One figure as a CSV row: contract column order, blanks for nulls."""
    record = figure.to_record()
    return {name: cell(name, record[name]) for name in FIGURE_FIELDS}


def document_values(document: Document) -> dict[str, object]:
    """One document's documents.csv columns, as values (not yet cells)."""
    return {"doc": document.doc, "path": document.path, "title": document.title,
            "publisher": document.publisher, "published": document.published,
            "chars": document.chars or len(document.text), "figures": document.figures,
            "status": document.status, "error": document.error}


def document_row(document: Document) -> dict[str, object]:
    """One document as a CSV row."""
    values = document_values(document)
    return {name: cell(name, values[name]) for name in DOCUMENT_FIELDS}




@dataclass(slots=True)
class Rendered:
    """Figures rendered as output lines: figures.csv rows and figures.jsonl lines.

    A worker process renders its documents' figures and sends these strings back, so the
    main process only appends them (in input order); `records` keeps the figures' records
    in the process that rendered them, for a Parquet file (never sent between processes).
    """

    csv: str = ""
    jsonl: str = ""
    count: int = 0
    records: list[dict[str, object]] | None = None

    def extend(self, other: Rendered) -> None:
        """Append another part's figures (a long article is rendered a part at a time)."""
        self.csv += other.csv
        self.jsonl += other.jsonl
        self.count += other.count
        if self.records is not None and other.records is not None:
            self.records += other.records

    def figure_records(self) -> list[dict[str, object]]:
        """The figures as records (JSON-ready: null for non-finite numbers)."""
        if self.records is not None:
            return self.records
        return [json.loads(line) for line in self.jsonl.split("\n")[:-1]]  # ("\n" only ends lines)


def render_records(records: list[dict[str, object]], keep_records: bool = False) -> Rendered:
    """Records (JSON-ready, see `Figure.to_record`) as CSV rows and JSON lines."""
    rows = [csv_line([cell(name, record[name]) for name in FIGURE_FIELDS]) for record in records]
    lines = [json.dumps(record, ensure_ascii=False) + "\n" for record in records]
    return Rendered("".join(rows), "".join(lines), len(records), records if keep_records else None)


def render(figures: Iterable[Figure], keep_records: bool = False) -> Rendered:
    """Figures as CSV rows and JSON lines (each figure's record made once, for both)."""
    return render_records([finite(figure.to_record(), FIGURE_FLOATS) for figure in figures], keep_records)


def _text_pieces(doc: str, text: str, sentences: Iterable[tuple[int, int]]) -> Iterator[str]:
    """One article's texts.jsonl line in pieces: the name, the text a piece at a time (no
    copy of a long text), the sentence spans."""
    yield '{"doc": ' + json.dumps(doc, ensure_ascii=False)
    yield ', "text": "'
    for start in range(0, len(text), _TEXT_PIECE):
        piece = json.dumps(text[start:start + _TEXT_PIECE], ensure_ascii=False)[1:-1]
        yield piece.translate(_LINE_SEPARATORS)
    yield '", "sentences": [' + ", ".join(f"[{start}, {end}]" for start, end in sentences) + "]}\n"


def text_line_named(doc: str, rest: str) -> str:
    """A texts.jsonl line from the document's name and the rest of the line (see `Buffer`)."""
    return next(_text_pieces(doc, "", ())) + rest


class Buffer:
    """Where a worker process writes one document's figures and text: rendered to strings,
    for the main process to append to the output files in input order."""

    def __init__(self) -> None:
        self.figures = Rendered()
        self.text_rest = ""  # the texts.jsonl line after the document's name ("" when none)
        self.prepared: Prepared | None = None  # for the end of the run (None: not extracted)

    def write(self, figures: Iterable[Figure]) -> None:
        """Render figures (as `FigureWriter.write` would write them)."""
        self.figures.extend(render(figures))

    def write_text(self, doc: str, text: str, sentences: Iterable[tuple[int, int]]) -> None:
        """Render the article's texts.jsonl line, without its name (given when it is written)."""
        pieces = _text_pieces(doc, text, sentences)
        next(pieces)
        self.text_rest = "".join(pieces)

    def keep(self, prepared: Prepared) -> None:
        """Hold what the end of the run needs of the document, for the main process."""
        self.prepared = prepared


class _Output(Protocol):
    def finish(self) -> None: ...
    def commit(self) -> None: ...
    def discard(self) -> None: ...


class FigureWriter:
    """Streams figures to figures.csv and figures.jsonl (and figures.parquet), and texts to
    texts.jsonl, as documents are processed.

    `formats` chooses the figure files (`FIGURE_FORMATS`; texts.jsonl and documents.csv are
    always written); `partition="month"` writes figures.parquet as a folder of one file per
    publication month. The files appear only when `close()` is called, which also writes
    documents.csv and then renames all of them into place, removing the figure files of the
    formats not chosen (so the folder never mixes two runs); `abort()` removes the temporary
    files. So an interrupted or failed run leaves the previous outputs as they were, never
    half-written ones.
    """

    def __init__(self, out_dir: Path, formats: Sequence[str] = DEFAULT_FORMATS,
                 partition: str | None = None) -> None:
        self.out_dir = out_dir
        self.formats = tuple(f for f in FIGURE_FORMATS if f in formats)
        parquet = None
        if "parquet" in self.formats:
            from stats import export_parquet

            export_parquet.require()  # pyarrow, or MissingExtra before any file is made
            parquet = export_parquet
        out_dir.mkdir(parents=True, exist_ok=True)
        remove_stale_temporary_files(out_dir, OUTPUT_NAMES)
        self._files: list[_Output] = []
        self.count = 0
        self._month = ""
        self._prepared: list[Prepared] = []  # every document's, for tallies and claims
        try:
            self._csv_file = self._open(out_dir / FIGURES_CSV) if "csv" in self.formats else None
            self._jsonl_file = self._open(out_dir / FIGURES_JSONL) if "jsonl" in self.formats else None
            self._texts_file = self._open(out_dir / TEXTS_JSONL)
            self._parquet = None
            if parquet is not None:
                self._parquet = parquet.FigureTable(out_dir / FIGURES_PARQUET, FIGURE_FIELDS, partition)
                self._files.append(self._parquet)
        except BaseException:
            self.abort()
            raise
        if self._csv_file is not None:
            self._csv_file.handle.write(csv_line(FIGURE_FIELDS))

    def _open(self, path: Path) -> AtomicFile:
        target = AtomicFile(path)
        self._files.append(target)
        return target

    @property
    def names(self) -> list[str]:
        """The files a finished run writes, in the order the summary names them."""
        names = [_FIGURE_FILES[f] for f in self.formats if f != "parquet"] + [DOCUMENTS_CSV, TEXTS_JSONL,
                                                                               *RECONCILE_NAMES]
        return names + ([FIGURES_PARQUET, DOCUMENTS_PARQUET] if "parquet" in self.formats else [])

    def start_document(self, document: Document) -> None:
        """The figures written next are this document's (Parquet partitions by its month)."""
        self._month = document.published

    def write(self, figures: Iterable[Figure] | Rendered) -> None:
        """Append figures, or figures a worker rendered, to the figure files (temporary copies)."""
        if not isinstance(figures, Rendered):  # a figure at a time: no copy of a long article's rows
            for figure in figures:
                self.write(render([figure], keep_records=self._parquet is not None))
            return
        if self._csv_file is not None:
            self._csv_file.handle.write(figures.csv)
        if self._jsonl_file is not None:
            self._jsonl_file.handle.write(figures.jsonl)
        if self._parquet is not None:
            self._parquet.add(figures.figure_records(), self._month)
        self.count += figures.count

    def write_text(self, doc: str, text: str, sentences: Iterable[tuple[int, int]]) -> None:
        """Append one article's text as read and its sentence spans to texts.jsonl."""
        for piece in _text_pieces(doc, text, sentences):
            self._texts_file.handle.write(piece)

    def keep(self, prepared: Prepared) -> None:
        """Keep what the end of the run needs of a document whose figures were written."""
        self._prepared.append(prepared)

    def write_text_rest(self, doc: str, rest: str) -> None:
        """Append a texts.jsonl line a worker rendered (see `Buffer`) under the name `doc`."""
        if rest:
            self._texts_file.handle.write(text_line_named(doc, rest))

    def close(self, documents: Iterable[Document] | None = None) -> None:
        """Finish the files (and documents.csv when documents are given), then rename them in."""
        self.finish(documents)
        self.commit()

    def finish(self, documents: Iterable[Document] | None = None) -> None:
        """Write documents.csv (when documents are given) and flush every file to disk; on a
        failure (a full disk) the temporary files are removed."""
        try:
            if documents is not None:
                documents = list(documents)
                target = self._open(self.out_dir / DOCUMENTS_CSV)
                _write_documents(documents, target.handle)
                if self._parquet is not None:
                    from stats import export_parquet

                    rows = [document_values(d) for d in documents]
                    self._files.append(export_parquet.document_table(self.out_dir / DOCUMENTS_PARQUET,
                                                                     rows, DOCUMENT_FIELDS))
                self._reconcile(documents)
            for output in self._files:
                output.finish()
        except BaseException:
            self.abort()
            raise

    def _reconcile(self, documents: list[Document]) -> None:
        """Tallies and claims over the whole run, and the figures' claim columns (see
        `stats.export_reconcile`): the figure files are replaced by copies with the claims."""
        from stats import export_reconcile

        old = [f for f in (self._csv_file, self._jsonl_file) if f is not None]
        if self._parquet is not None:
            self._parquet.finish()
        try:  # (what the documents kept is let go there: memory)
            copies, others = export_reconcile.reconciled_files(
                self.out_dir, old, documents, self._prepared, self._parquet and self._parquet.temp)
        except Exception:  # a bug there must not cost the figures: they are kept without claims
            log.exception("tallies and claims could not be worked out; the figures are written without them")
            return
        for stale in old:
            stale.discard()
            self._files.remove(stale)
        self._files += copies + others
        self._csv_file, self._jsonl_file = (next((c for c in copies if c.path.name == name), None)
                                            for name in (FIGURES_CSV, FIGURES_JSONL))

    def commit(self) -> None:
        """Rename the finished files into place and remove the figure files of the formats not
        chosen (a handful of renames: the caller keeps signals out of it, see
        `stats.interrupts.held`)."""
        while self._files:
            self._files.pop(0).commit()
        stale = [_FIGURE_FILES[f] for f in FIGURE_FORMATS if f not in self.formats]
        for name in stale + ([] if "parquet" in self.formats else [DOCUMENTS_PARQUET]):
            remove_output(self.out_dir / name)

    def abort(self, error: BaseException | None = None) -> None:
        """Remove the temporary files; the caller reports or re-raises `error`. Calling it
        again (a second interrupt during the first cleanup) goes on where it stopped."""
        while self._files:
            self._files[-1].discard()  # (twice is harmless: it is removed from the list after)
            self._files.pop()


def _write_documents(documents: Iterable[Document], handle: IO[str]) -> None:
    handle.write(csv_line(DOCUMENT_FIELDS))
    for document in documents:
        handle.write(csv_line(document_row(document).values()))
