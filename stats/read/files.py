"""Which files are read, and finding them: the article suffixes, folders walked in order
(hidden files, loops and the output folder left out), and each file's bytes in chunks.
A file that cannot be read, or is not an article, becomes a Document saying why.
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from stats.model import Document
from stats.read.decoding import CHUNK_BYTES, binary_kind
from stats.read.documents import describe_os_error, error_document

TEXT_SUFFIXES = {".txt", ".text", ".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
CSV_SUFFIXES = {".csv"}
RECORD_SUFFIXES = JSONL_SUFFIXES | CSV_SUFFIXES
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | RECORD_SUFFIXES
# A folder's own notes, found beside its articles ("README.md", "LICENSE.txt"): no article, so a
# walk skips them (named on the command line, such a file is read).
FOLDER_NOTES = frozenset({"readme", "license", "licence", "changelog", "contributing"})
STDIN_PATH = "<stdin>"  # the path documents.csv gives standard input ("-" would read as a formula)


@dataclass(frozen=True, slots=True)
class Item:
    """One file to read: its path, the name to give its document, and where it was found."""

    path: Path
    name: str
    relative: str  # the path relative to the folder named on the command line (or as given)
    size: int = 0


def file_chunks(path: Path) -> Callable[[], Iterator[bytes]]:
    """A function that reads the file afresh each time it is called, CHUNK_BYTES at a time."""
    def chunks() -> Iterator[bytes]:
        with path.open("rb") as handle:
            while chunk := handle.read(CHUNK_BYTES):
                yield chunk
    return chunks


def _describe_mode(mode: int) -> str:
    """What a file that is not a regular file is ("a named pipe", "a socket", ...)."""
    for test, what in ((stat.S_ISFIFO, "a named pipe"), (stat.S_ISSOCK, "a socket"),
                       (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device")):
        if test(mode):
            return what
    return "not a regular file"


def _stat_failure(error: OSError, path: Path) -> str:
    """Why a path cannot be looked at; a symlink whose target is missing is said to be one."""
    if error.errno == errno.ENOENT and path.is_symlink():
        return "broken symlink (its target is missing)"
    return describe_os_error(error)


def _unsupported(path: Path, suffix: str) -> str:
    """Why a file in a folder is skipped: its type, and what its first bytes say it is."""
    try:
        with path.open("rb") as handle:
            what = binary_kind(handle.read(16))
    except OSError:
        what = None
    kind = f"{suffix} file" if suffix else "file without a suffix"
    return f"not an article file ({kind}{', ' + what if what else ''})"


def _walk_failures(failures: list[OSError], default: Path | str) -> Iterator[Document]:
    """A Document per folder that os.walk could not list; the list is emptied."""
    for failure in failures:
        where = Path(failure.filename or default)
        yield error_document(where.name or str(where), str(where), describe_os_error(failure))
    failures.clear()


def _folder_files(folder: Path, root: str, files: list[str]) -> Iterator[Item | Document]:
    """The files of one folder met in a walk, sorted, hidden ones left out."""
    for name in sorted(files):
        if name.startswith("."):
            continue
        path = Path(root, name)
        relative = path.relative_to(folder).as_posix()
        try:
            info = path.stat()
        except OSError as error:
            yield error_document(name, str(path), _stat_failure(error, path))
            continue
        suffix = path.suffix.lower()
        if not stat.S_ISREG(info.st_mode):
            yield error_document(name, str(path), _describe_mode(info.st_mode), status="skipped")
        elif suffix not in SUFFIXES:
            yield error_document(name, str(path), _unsupported(path, suffix), status="skipped")
        elif path.stem.lower() in FOLDER_NOTES:
            yield error_document(name, str(path), f"the folder's {path.stem} file, not an article "
                                 "(name it on the command line to read it)", status="skipped")
        else:
            yield Item(path, name, relative, info.st_size)


def _walk(folder: Path, exclude: set[tuple[int, int]]) -> Iterator[Item | Document]:
    """Files under a folder (sorted, hidden ones left out); problems as Documents."""
    failures: list[OSError] = []
    seen: set[tuple[int, int]] = set()
    for root, dirs, files in os.walk(folder, followlinks=True, onerror=failures.append):
        yield from _walk_failures(failures, root)
        try:
            info = Path(root).stat()
        except OSError as error:
            dirs[:] = []
            yield error_document(Path(root).name, root, describe_os_error(error))
            continue
        key = (info.st_dev, info.st_ino)
        if key in exclude:
            dirs[:] = []
            continue
        if key in seen:
            dirs[:] = []
            yield error_document(Path(root).name, root,
                                 "symlink to a folder already read (a loop or a duplicate)", status="skipped")
            continue
        seen.add(key)
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        yield from _folder_files(folder, root, files)
    yield from _walk_failures(failures, folder)


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
            yield error_document(name, raw, _stat_failure(error, path))
            continue
        if stat.S_ISDIR(info.st_mode):
            yield from _walk(path, excluded)
        elif stat.S_ISREG(info.st_mode) or stat.S_ISFIFO(info.st_mode):  # a pipe: `<(curl ...)`
            yield Item(path, name, raw, info.st_size)
        else:
            yield error_document(name, raw, _describe_mode(info.st_mode))
