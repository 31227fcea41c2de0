"""Read input paths into `Document`s, one at a time: files, folders, exports and stdin.

Plain text and Markdown are read as they are; HTML pages give their article text (not the
navigation, scripts or styles); JSON Lines and CSV exports give one document per record
(a `text` column, optional `title`, `publisher`, `published`, `id`). Every problem becomes
a Document with status `empty` or `error` and a readable reason, never an exception, so one
bad file never stops a run.
"""

from __future__ import annotations

import csv
import io
import json
import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from stats.metadata import read_metadata
from stats.model import Document

TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
RECORD_SUFFIXES = {".jsonl", ".ndjson", ".csv"}
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | RECORD_SUFFIXES
_BINARY_MAGIC = {
    b"\x89PNG": "a PNG image", b"PK\x03\x04": "a zip archive", b"%PDF": "a PDF",
    b"GIF8": "a GIF image", b"\xff\xd8\xff": "a JPEG image", b"\x1f\x8b": "a gzip archive",
    b"\x7fELF": "an executable",
}
_FALLBACK_ENCODINGS = ("utf-8", "cp1252", "latin-1")
csv.field_size_limit(min(sys.maxsize, 2**31 - 1))


class InputError(Exception):
    """An input cannot be read; the message says why."""


def decode(data: bytes) -> tuple[str, str]:
    """Text and the encoding used: BOMs first, then UTF-8, Windows-1252, Latin-1.

    Raises InputError for binary data (known file signatures, or NUL bytes in what is not
    UTF-16).
    """
    for magic, what in _BINARY_MAGIC.items():
        if data.startswith(magic):
            raise InputError(f"binary file ({what}), not text")
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace"), "utf-16"
    if b"\x00" in data:
        raise InputError("binary file (holds NUL bytes), not text")
    for encoding in _FALLBACK_ENCODINGS:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        return text, encoding
    return data.decode("latin-1"), "latin-1"  # unreachable: latin-1 decodes any bytes


def html_to_text(html: str) -> str:
    """The article text of an HTML page: the <article> or <main> if any, else the body,
    without scripts, styles, navigation, headers, footers or forms; one block a line."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "html.parser")
    for tag in soup(["script", "style", "noscript", "template", "nav", "header", "footer",
                     "aside", "form", "iframe", "svg", "button"]):
        tag.decompose()
    root = soup.find("article") or soup.find("main") or soup.body or soup
    title = soup.title.get_text(" ", strip=True) if soup.title else ""
    blocks = []
    for element in root.find_all(["h1", "h2", "h3", "h4", "p", "li", "blockquote",
                                  "figcaption", "td", "pre"]):
        if element.find(["p", "li", "blockquote"]):
            continue  # its children are read on their own
        text = " ".join(element.get_text(" ", strip=True).split())
        if text:
            blocks.append(text)
    if not blocks:
        blocks = [line.strip() for line in root.get_text("\n").splitlines() if line.strip()]
    if title and (not blocks or blocks[0] != title):
        blocks.insert(0, title)
    return "\n\n".join(blocks)


def _document(doc: str, path: str, text: str, encoding: str, **meta: str) -> Document:
    stated = read_metadata(text)
    document = Document(
        doc=doc, path=path, text=text, encoding=encoding,
        title=meta.get("title") or stated.title,
        publisher=meta.get("publisher") or stated.publisher,
        published=meta.get("published") or stated.published,
    )
    if not text.strip():
        document.status, document.error = "empty", "no text" if not text else "only whitespace"
    return document


def _records(path: Path, text: str, encoding: str) -> Iterator[Document]:
    """One Document per record of a JSON Lines or CSV export."""
    if path.suffix.lower() == ".csv":
        rows: Iterable[tuple[int, object]] = enumerate(csv.DictReader(io.StringIO(text)), 2)
    else:
        rows = ((n, line) for n, line in enumerate(text.splitlines(), 1) if line.strip())
    for number, raw in rows:
        where = f"{path.name}#{number}"
        try:
            record = json.loads(raw) if isinstance(raw, str) else raw
        except json.JSONDecodeError as error:
            yield Document(where, str(path), status="error",
                           error=f"line {number} is not valid JSON ({error.msg})")
            continue
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            yield Document(where, str(path), status="error",
                           error=f"record {number} has no 'text' field")
            continue
        name = str(record.get("id") or "").strip() or where
        meta = {k: str(record.get(k) or "") for k in ("title", "publisher", "published")}
        yield _document(name, str(path), record["text"], encoding, **meta)


def read_path(path: Path) -> Iterator[Document]:
    """The documents in one file."""
    try:
        data = path.read_bytes()
        text, encoding = decode(data)
    except InputError as error:
        yield Document(path.name, str(path), status="error", error=str(error))
        return
    except OSError as error:
        yield Document(path.name, str(path), status="error", error=error.strerror or str(error))
        return
    suffix = path.suffix.lower()
    if suffix in RECORD_SUFFIXES:
        yield from _records(path, text, encoding)
    elif suffix in HTML_SUFFIXES:
        yield _document(path.name, str(path), html_to_text(text), encoding)
    else:
        yield _document(path.name, str(path), text, encoding)


def _walk(folder: Path) -> Iterator[Path | Document]:
    """Files under a folder with a known suffix, sorted; unreadable folders as errors."""
    seen: set[tuple[int, int]] = set()
    for root, dirs, files in os.walk(folder, followlinks=True, onerror=None):
        stat = Path(root).stat()
        key = (stat.st_dev, stat.st_ino)
        if key in seen:  # a symlink loop
            dirs[:] = []
            continue
        seen.add(key)
        dirs.sort()
        for name in sorted(files):
            path = Path(root, name)
            if path.suffix.lower() in SUFFIXES and not name.startswith("."):
                yield path


def expand(inputs: Iterable[str]) -> Iterator[Path | Document]:
    """Paths to read (folders walked recursively), or error Documents for bad inputs."""
    for raw in inputs:
        path = Path(raw)
        if raw == "-":
            yield path
        elif path.is_dir():
            if not os.access(path, os.R_OK | os.X_OK):
                yield Document(path.name, raw, status="error", error="permission denied")
            else:
                yield from _walk(path)
        elif path.is_file():
            yield path
        elif path.exists():
            yield Document(path.name, raw, status="error", error="not a regular file")
        else:
            yield Document(path.name or raw, raw, status="error", error="no such file or folder")


def iter_documents(inputs: Iterable[str], stdin: io.TextIOBase | None = None) -> Iterator[Document]:
    """Every document in the inputs, one at a time (so memory holds one article)."""
    for item in expand(inputs):
        if isinstance(item, Document):
            yield item
        elif str(item) == "-":
            stream = stdin if stdin is not None else sys.stdin
            yield _document("stdin", "-", stream.read(), "utf-8")
        else:
            yield from read_path(item)


def count_inputs(inputs: Iterable[str]) -> int:
    """How many files the inputs name (for a progress bar's total)."""
    return sum(1 for _ in expand(inputs))
