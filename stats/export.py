"""Write figures, documents and article texts: the project's output contract.

`FIGURE_FIELDS` and `DOCUMENT_FIELDS` are the column orders other tools rely on. Files are
written atomically (a temporary file in the same folder, then a rename), and text cells
that a spreadsheet would run as a formula are neutralised (OWASP CSV injection);
`unguard_cell` undoes that exactly, for readers of the CSV such as the dashboard.

`texts.jsonl` holds each article's text as read (after decoding and HTML extraction) with
its sentence spans, so a reader can quote any figure in context from the output folder
alone, without the input files or the core's readers.
"""

from __future__ import annotations

import contextlib
import json
import math
import os
import re
import tempfile
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from stats.model import Document, Figure

FIGURE_FIELDS = [
    "figure_id", "doc", "start", "end", "span", "value", "value_high", "whole", "qualifier",
    "kind", "unit", "subject", "category", "vague", "sentence", "sentence_start",
    "sentence_end", "rule", "said_by", "place", "period", "implied",
]
DOCUMENT_FIELDS = ["doc", "path", "title", "publisher", "published", "chars", "figures",
                   "status", "error"]
# Columns that hold numbers (or booleans): written as they are, never neutralised.
NUMERIC_FIELDS = {"start", "end", "value", "value_high", "whole", "vague", "implied", "sentence_start",
                  "sentence_end", "chars", "figures"}
# Output file names, in the folder given to `stats extract --out`.
FIGURES_CSV = "figures.csv"
FIGURES_JSONL = "figures.jsonl"
DOCUMENTS_CSV = "documents.csv"
TEXTS_JSONL = "texts.jsonl"
# A text cell starting with one of these would run as a spreadsheet formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# Characters JSON leaves raw that some line readers split on: escaped, so one line is one text.
_LINE_SEPARATORS = str.maketrans({"\u2028": "\\u2028", "\u2029": "\\u2029", "\x85": "\\u0085"})
_TEXT_PIECE = 1 << 16  # characters of an article's text encoded at a time
_NEEDS_QUOTES = re.compile(r'[",\r\n]')


def safe_cell(value: object) -> object:
    """A text cell a spreadsheet will show as text: a leading = + - @ tab or CR gets a quote.

    >>> safe_cell("=HYPERLINK(1)")
    "'=HYPERLINK(1)"
    >>> safe_cell("troops")
    'troops'
    """
    if isinstance(value, str) and value.lstrip("'").startswith(FORMULA_STARTS):
        return "'" + value  # "'-x" too, so that unguard_cell gives back exactly "'-x"
    return value


def unguard_cell(value: str) -> str:
    """The text `safe_cell` was given, from the text it wrote.

    >>> [unguard_cell(safe_cell(v)) for v in ("=1+2", "'-x", "'plain", "-5 dead")]
    ['=1+2', "'-x", "'plain", '-5 dead']
    """
    if value.startswith("'") and value.lstrip("'").startswith(FORMULA_STARTS):
        return value[1:]
    return value


def _is_number(value: object) -> bool:
    """Whether a numeric column's value will read back as a number (or a boolean)."""
    if isinstance(value, str):
        try:
            float(value)
        except ValueError:
            return value in {"True", "False", "true", "false"}
        return True
    return True


def _cell(name: str, value: object) -> object:
    """A value as written: blank for None, NaN or infinity; whole floats as integers; text
    neutralised, including text that slipped into a numeric column."""
    if value is None:
        return ""
    if isinstance(value, float):
        if not math.isfinite(value):
            return ""
        if value.is_integer() and abs(value) < 1e15:
            value = int(value)
    if name in NUMERIC_FIELDS and _is_number(value):
        return value
    return safe_cell(str(value))


def _finite(record: dict[str, object]) -> dict[str, object]:
    """A record for JSON: NaN and infinities become null (JSON has no such numbers)."""
    return {k: None if isinstance(v, float) and not math.isfinite(v) else v for k, v in record.items()}


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


def csv_line(values: Iterable[object]) -> str:
    """One CSV record, RFC 4180 quoting, ending in "\\n".

    Python's csv writer (3.11 here) leaves a field holding a lone carriage return
    unquoted when lines end in "\\n", which splits the row for readers; this quotes any
    field with a comma, quote, CR or LF.

    >>> csv_line(["a\\rb", 'a "b" c', "x,y", 1.5, None, ""])
    '"a\\rb","a ""b"" c","x,y",1.5,,\\n'
    """
    fields = []
    for value in values:
        text = "" if value is None else str(value)
        if _NEEDS_QUOTES.search(text):
            text = '"' + text.replace('"', '""') + '"'
        fields.append(text)
    return ",".join(fields) + "\n"


def rows_to_csv(rows: Iterable[Mapping[str, object]], fields: list[str]) -> str:
    """CSV text with a header, as the CLI and the dashboard download both write it."""
    lines = [csv_line(fields)]
    lines.extend(csv_line(_cell(name, row.get(name)) for name in fields) for row in rows)
    return "".join(lines)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


class AtomicFile:
    """A temporary file beside `path` that replaces `path` on `commit()` and vanishes on `discard()`.

    The temporary file is hidden (`.name.XXXX.tmp`), flushed to disk before the rename, and
    given the permissions a plain new file would get (mkstemp's are owner-only).
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, temp = tempfile.mkstemp(prefix=f".{path.name}.{os.getpid()}.", suffix=".tmp", dir=path.parent)
        self.temp = Path(temp)
        try:
            os.fchmod(fd, 0o666 & ~_umask())
            self.handle: IO[str] = os.fdopen(fd, "w", encoding="utf-8", newline="")
        except BaseException:
            os.close(fd)
            self.temp.unlink(missing_ok=True)
            raise

    def finish(self) -> None:
        """Flush and close the temporary file (before `commit`, so a full disk shows here)."""
        if not self.handle.closed:
            self.handle.flush()
            os.fsync(self.handle.fileno())
            self.handle.close()

    def commit(self) -> None:
        """Put the finished file in place with one rename."""
        self.finish()
        self.temp.replace(self.path)

    def discard(self) -> None:
        """Remove the temporary file; `path` keeps what it held before."""
        with contextlib.suppress(OSError):
            self.handle.close()
        self.temp.unlink(missing_ok=True)


@contextmanager
def atomic_open(path: Path) -> Iterator[IO[str]]:
    """Open a temporary file beside `path`; on success rename it over `path`."""
    target = AtomicFile(path)
    try:
        yield target.handle
        target.commit()
    except BaseException:
        target.discard()
        raise


class FigureWriter:
    """Streams figures to figures.csv and figures.jsonl, and texts to texts.jsonl, as
    documents are processed.

    The files appear only when `close()` is called, which also writes documents.csv and then
    renames all four into place; `abort()` removes the temporary files. So an interrupted
    or failed run leaves the previous outputs as they were, never half-written ones.
    """

    def __init__(self, out_dir: Path) -> None:
        self.out_dir = out_dir
        out_dir.mkdir(parents=True, exist_ok=True)
        remove_stale_temporary_files(out_dir)
        self._files: list[AtomicFile] = []
        try:
            self._csv_file = self._open(out_dir / FIGURES_CSV)
            self._jsonl_file = self._open(out_dir / FIGURES_JSONL)
            self._texts_file = self._open(out_dir / TEXTS_JSONL)
        except BaseException:
            self.abort()
            raise
        self._csv_file.handle.write(csv_line(FIGURE_FIELDS))
        self.count = 0

    def _open(self, path: Path) -> AtomicFile:
        target = AtomicFile(path)
        self._files.append(target)
        return target

    def write(self, figures: Iterable[Figure]) -> None:
        """Append figures to both files (in the temporary copies)."""
        for figure in figures:
            self._csv_file.handle.write(csv_line(figure_row(figure).values()))
            self._jsonl_file.handle.write(json.dumps(_finite(figure.to_record()), ensure_ascii=False) + "\n")
            self.count += 1

    def write_text(self, doc: str, text: str, sentences: Iterable[tuple[int, int]]) -> None:
        """Append one article's text as read and its sentence spans to texts.jsonl."""
        handle = self._texts_file.handle
        handle.write('{"doc": ' + json.dumps(doc, ensure_ascii=False) + ', "text": "')
        for start in range(0, len(text), _TEXT_PIECE):  # a piece at a time: no copy of a long text
            piece = json.dumps(text[start:start + _TEXT_PIECE], ensure_ascii=False)[1:-1]
            handle.write(piece.translate(_LINE_SEPARATORS))
        handle.write('", "sentences": [')
        handle.write(", ".join(f"[{start}, {end}]" for start, end in sentences))
        handle.write("]}\n")

    def close(self, documents: Iterable[Document] | None = None) -> None:
        """Finish the files (and documents.csv when documents are given), then rename them in."""
        self.finish(documents)
        self.commit()

    def finish(self, documents: Iterable[Document] | None = None) -> None:
        """Write documents.csv (when documents are given) and flush every file to disk; on a
        failure (a full disk) the temporary files are removed."""
        try:
            if documents is not None:
                target = self._open(self.out_dir / DOCUMENTS_CSV)
                _write_documents(documents, target.handle)
            for target in self._files:
                target.finish()
        except BaseException:
            self.abort()
            raise

    def commit(self) -> None:
        """Rename the finished files into place (a handful of renames: the caller keeps
        signals out of it, see `stats.interrupts.held`)."""
        while self._files:
            self._files.pop(0).commit()

    def abort(self, error: BaseException | None = None) -> None:
        """Remove the temporary files; the caller reports or re-raises `error`. Calling it
        again (a second interrupt during the first cleanup) goes on where it stopped."""
        while self._files:
            self._files[-1].discard()  # (twice is harmless: it is removed from the list after)
            self._files.pop()


# The output files whose temporary copies a run leaves beside them: `.figures.csv.PID.XXXX.tmp`.
_OUTPUT_NAMES = "|".join(re.escape(name) for name in (FIGURES_CSV, FIGURES_JSONL, TEXTS_JSONL, DOCUMENTS_CSV))
_TEMPORARY = re.compile(rf"^\.(?:{_OUTPUT_NAMES})\.(?:(\d+)\.)?.*\.tmp$")


def _running(pid: int) -> bool:
    """Whether a process with this id exists (it may belong to another user)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def remove_stale_temporary_files(out_dir: Path) -> list[str]:
    """Remove the temporary output files that earlier runs left in `out_dir` (killed before
    they could clean up): those of processes no longer running, and those written before
    temporary names carried the process id. Returns their names."""
    removed = []
    with contextlib.suppress(OSError):
        for entry in os.scandir(out_dir):
            match = _TEMPORARY.match(entry.name)
            if not match or (match[1] and (int(match[1]) == os.getpid() or _running(int(match[1])))):
                continue
            with contextlib.suppress(OSError):
                Path(entry.path).unlink()
                removed.append(entry.name)
    return sorted(removed)


def _write_documents(documents: Iterable[Document], handle: IO[str]) -> None:
    handle.write(csv_line(DOCUMENT_FIELDS))
    for document in documents:
        handle.write(csv_line(document_row(document).values()))
