"""Read input paths into `Document`s, one at a time: files, folders, exports and stdin.

Plain text and Markdown are read as they are; HTML pages give their article text (not the
navigation, scripts or styles), and figure offsets then index that extracted text; JSON
Lines and CSV exports give one document per record (a `text` column, optional `title`,
`publisher`, `published`, `id`) and are streamed, so memory holds one record at a time.

Bytes are decoded by what they are: a byte-order mark (UTF-8, UTF-16, UTF-32) wins; else
UTF-8; else an HTML page's declared charset; else Windows-1252 (Latin-1 is its subset). A
UTF-8 file with a few stray Windows-1252 bytes keeps its UTF-8 and reads those bytes as
Windows-1252. The encoding used is kept on the Document.

Every problem becomes a Document with status `empty`, `skipped` or `error` and a readable
reason, never an exception, so one bad file never stops a run.
"""

from __future__ import annotations

import codecs
import csv
import errno
import io
import itertools
import json
import os
import re
import stat
import sys
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from stats.metadata import Metadata, parse_date, read_html_metadata, read_metadata
from stats.model import Document

TEXT_SUFFIXES = {".txt", ".text", ".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
CSV_SUFFIXES = {".csv"}
RECORD_SUFFIXES = JSONL_SUFFIXES | CSV_SUFFIXES
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | RECORD_SUFFIXES
RECORD_FIELDS = ("text", "title", "publisher", "published", "id")
STDIN_PATH = "<stdin>"  # the path documents.csv gives standard input ("-" would read as a formula)
CHUNK_BYTES = 1 << 18  # read and check files 256 KiB at a time
_SNIFF_CHARS = 1 << 16
_MAX_CONTROL_SHARE = 0.05  # more control characters than this and it is not text

_BINARY_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"), (b"GIF87a", "a GIF image"), (b"GIF89a", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"), (b"%PDF-", "a PDF"),
    (b"PK\x03\x04", "a zip archive, or a Word, Excel or EPUB file"),
    (b"PK\x05\x06", "an empty zip archive"), (b"\x1f\x8b", "a gzip archive"),
    (b"\xfd7zXZ\x00", "an xz archive"), (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"(\xb5/\xfd", "a zstd archive"), (b"BZh91AY&SY", "a bzip2 archive"), (b"\x7fELF", "an executable"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Word or Excel file"),
    (b"SQLite format 3\x00", "a database"), (b"\x00\x00\x01\x00", "an icon"), (b"OggS", "an audio file"),
    (b"ID3", "an MP3 file"),
)
_RIFF_KINDS = {b"WEBP": "a WebP image", b"WAVE": "a WAV audio file", b"AVI ": "an AVI video"}
# Byte-order marks, longest first (the UTF-32 LE mark starts with the UTF-16 LE one).
# (mark, codec that drops it, name to report, codec for the bytes after it)
_BOMS: tuple[tuple[bytes, str, str, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32", "utf-32", "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32", "utf-32", "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig", "utf-8 (with BOM)", "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16", "utf-16", "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16", "utf-16", "utf-16-be"),
)
_HIGH_BYTES = bytes(range(128, 256))
_NOT_C1_BYTES = bytes([*range(0, 0x80), *range(0xA0, 0x100)])
_TEXT_CONTROLS = set("\t\n\r\f\v")
_SPACES = re.compile(r"[ \t\n\r\f\v\u200b]+")
_BREAK = "\x00"  # marks block boundaries while HTML is flattened (NULs are removed from pages first)
csv.field_size_limit(min(sys.maxsize, 2**31 - 1))


class InputError(Exception):
    """An input cannot be read as text; the message says why."""


# --- decoding ----------------------------------------------------------------------------

# Windows-1252 for every byte; the five bytes it leaves undefined read as Latin-1 does.
_CP1252 = tuple(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in range(256))
_tally = threading.local()


def _read_as_cp1252(error: UnicodeError) -> tuple[str, int]:
    """Codec error handler: undecodable bytes are read as Windows-1252, and counted."""
    if not isinstance(error, UnicodeDecodeError):
        raise error
    bad = error.object[error.start:error.end]
    _tally.count = getattr(_tally, "count", 0) + len(bad)
    return "".join(_CP1252[b] for b in bad), error.end


codecs.register_error("figures-cp1252", _read_as_cp1252)


@dataclass(frozen=True, slots=True)
class Encoding:
    """How to decode an input: a Python codec and error handler, and the name to report."""

    codec: str
    name: str
    errors: str = "strict"


def binary_kind(head: bytes) -> str | None:
    """What a file is when its first bytes are a known binary signature, else None.

    >>> binary_kind(b"\\x89PNG\\r\\n\\x1a\\n...")
    'a PNG image'
    """
    for magic, what in _BINARY_MAGIC:
        if head.startswith(magic):
            return what
    if head.startswith(b"RIFF") and head[8:12] in _RIFF_KINDS:
        return _RIFF_KINDS[head[8:12]]
    if head[4:8] == b"ftyp":
        return "a video or image (ISO media)"
    return None


def _bom_less_utf16(head: bytes) -> str | None:
    """'utf-16-le' or 'utf-16-be' when NUL bytes fall as they do in UTF-16 text without a BOM."""
    pairs = len(head) // 2
    if pairs < 4 or (len(head) % 2 and len(head) < CHUNK_BYTES):
        return None
    even, odd = head[0:pairs * 2:2], head[1:pairs * 2:2]
    if odd.count(0) > 0.5 * pairs and even.count(0) == 0:
        return "utf-16-le"
    if even.count(0) > 0.5 * pairs and odd.count(0) == 0:
        return "utf-16-be"
    return None


def _validate(chunks: Iterable[bytes], codec: str, name: str, skip: int = 0) -> None:
    """Raise InputError, saying where, unless the bytes after the first `skip` decode strictly."""
    decoder = codecs.getincrementaldecoder(codec)("strict")
    fed = -skip
    for chunk in itertools.chain(chunks, [b""]):
        if fed < 0:
            chunk, fed = chunk[-fed:], fed + min(len(chunk), -fed)
        start = fed - len(decoder.getstate()[0])  # where the bytes the decoder holds back began
        try:
            decoder.decode(chunk, final=not chunk)
        except UnicodeDecodeError as error:
            raise InputError(f"not valid {name} (bad bytes at byte {skip + start + error.start})") from None
        fed += len(chunk)


def detect(chunks: Callable[[], Iterator[bytes]], declared: str | None = None) -> Encoding:
    """The encoding of the bytes `chunks()` yields (called again when a second pass is needed).

    Raises InputError for binary data: a known file signature, NUL bytes in what is not
    UTF-16/32, or bytes that are mostly control characters.
    """
    first = next(chunks(), b"")
    what = binary_kind(first)
    if what:
        raise InputError(f"binary file ({what}), not text")
    for bom, codec, name, plain in _BOMS:
        if first.startswith(bom):
            _validate(chunks(), plain, name, skip=len(bom))
            return Encoding(codec, name)
    if b"\x00" in first and (codec := _bom_less_utf16(first)):
        try:
            _validate(chunks(), codec, codec)
        except InputError:
            pass  # NUL bytes, then, of a binary file
        else:
            return _check_controls(first, Encoding(codec, f"{codec} (no BOM)"))
    decoder = codecs.getincrementaldecoder("utf-8")("figures-cp1252")
    _tally.count = 0
    high = c1 = offset = 0
    for chunk in chunks():
        nul = chunk.find(b"\x00")
        if nul >= 0:
            raise InputError(f"binary file (NUL byte at byte {offset + nul}), not text")
        decoder.decode(chunk)
        high += len(chunk) - len(chunk.translate(None, _HIGH_BYTES))
        c1 += len(chunk.translate(None, _NOT_C1_BYTES))
        offset += len(chunk)
    decoder.decode(b"", final=True)
    fallback = _tally.count
    if not fallback:
        encoding = Encoding("utf-8", "utf-8")
    elif declared and _codec_name(declared) not in {None, "utf-8"}:
        codec = _codec_name(declared) or "utf-8"
        _validate(chunks(), codec, f"{declared} (the page's declared charset)")
        encoding = Encoding(codec, codec)
    elif fallback == high:
        encoding = Encoding("cp1252", "windows-1252" if c1 else "latin-1", "figures-cp1252")
    else:
        encoding = Encoding("utf-8", f"utf-8 with {fallback} windows-1252 byte(s)", "figures-cp1252")
    return _check_controls(first, encoding)


def _codec_name(label: str) -> str | None:
    """Python's name for a charset label ("ISO-8859-1" -> "iso8859-1"), or None if unknown."""
    try:
        return codecs.lookup(label.strip()).name
    except (LookupError, ValueError):
        return None


def _check_controls(head: bytes, encoding: Encoding) -> Encoding:
    """Raise InputError when the start of the file decodes to mostly control characters."""
    sample = head.decode(encoding.codec, errors="replace")[:_SNIFF_CHARS]
    controls = sum(1 for ch in sample if (ch < " " or "\x7f" <= ch < "\xa0") and ch not in _TEXT_CONTROLS)
    if sample and controls > _MAX_CONTROL_SHARE * len(sample):
        raise InputError(f"binary file ({controls} control characters in its first {len(sample)}), not text")
    return encoding


def _slices(data: bytes) -> Callable[[], Iterator[bytes]]:
    view = memoryview(data)
    return lambda: (bytes(view[i:i + CHUNK_BYTES]) for i in range(0, max(len(data), 1), CHUNK_BYTES))


def decode(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """Text and the name of the encoding used (see `detect`); InputError for binary data.

    >>> decode("caf\\u00e9 \\u2019".encode("cp1252"))
    ('café ’', 'windows-1252')
    """
    encoding = detect(_slices(data), declared)
    _tally.count = 0
    return data.decode(encoding.codec, errors=encoding.errors), encoding.name


# --- HTML ----------------------------------------------------------------------------------

_DROP_TAGS = ["script", "style", "noscript", "template", "nav", "aside", "form", "iframe", "svg",
              "button", "select", "textarea", "object", "embed", "canvas", "dialog", "menu"]
_DROP_ROLES = {"navigation", "banner", "complementary", "contentinfo", "search", "menu", "dialog"}
_BLOCK_TAGS = {"address", "article", "aside", "blockquote", "caption", "dd", "details", "div", "dl",
               "dt", "fieldset", "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6",
               "header", "hgroup", "hr", "li", "main", "ol", "p", "pre", "section", "summary", "table",
               "tbody", "td", "tfoot", "th", "thead", "tr", "ul"}


def _declared_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in its first bytes (<meta charset=...>), if any."""
    from bs4.dammit import EncodingDetector

    declared = EncodingDetector.find_declared_encoding(data[:4096], is_html=True)
    return declared if isinstance(declared, str) else None


def _collapse(line: str) -> str:
    """Runs of ASCII spaces, tabs, newlines and zero-width spaces to one space, and no space
    at either end; other Unicode spaces inside (no-break, thin: thousands separators) are kept."""
    return _SPACES.sub(" ", line).strip()


def _paragraph_chars(tag: object) -> int:
    return sum(len(p.get_text()) for p in tag.find_all("p"))  # type: ignore[attr-defined]


def read_html(html: str) -> tuple[str, Metadata]:
    """The article text of an HTML page and what the page states about itself.

    The article is the <article> (or <main>, [itemprop=articleBody], [role=main]) holding
    the most paragraph text, else the body; scripts, styles, navigation, asides, forms and
    page headers and footers outside it are dropped. Each block (paragraph, heading, list
    item, table cell) becomes one paragraph of the text, blocks separated by a blank line;
    runs of spaces are collapsed. A headline outside the article is put first.

    >>> read_html("<nav>Home</nav><article><h1>Blast</h1><p>At least 5 <b>were</b> killed.</p>"
    ...           "<script>var x = 1;</script></article>")[0]
    'Blast\\n\\nAt least 5 were killed.'
    """
    from bs4 import BeautifulSoup, NavigableString

    soup = BeautifulSoup(html.replace(_BREAK, ""), "html.parser")
    meta = read_html_metadata(soup)
    for tag in soup(_DROP_TAGS):
        tag.decompose()
    for tag in soup.find_all(attrs={"role": True}):
        if not tag.decomposed and str(tag.get("role", "")).lower() in _DROP_ROLES:
            tag.decompose()
    for tag in soup.find_all(attrs={"aria-hidden": "true"}):
        if not tag.decomposed:
            tag.decompose()
    candidates = (soup.find_all("article") + soup.find_all("main")
                  + soup.find_all(attrs={"itemprop": "articleBody"}) + soup.find_all(attrs={"role": "main"}))
    root = max(candidates, key=_paragraph_chars, default=None) or soup.body or soup
    first_h1 = soup.find("h1")
    headline = _collapse(first_h1.get_text()) if first_h1 else meta.title
    whole_page = root is soup or root is soup.body
    # A page header or footer holds the masthead and links; inside an article a <header>
    # holds the headline and byline, so only the article's footer goes.
    for tag in root(["header", "footer"] if whole_page else ["footer"]):
        tag.decompose()
    for pre in root.find_all("pre"):  # the one place where a newline in the source is a line break
        for string in pre.find_all(string=True):
            string.replace_with(string.replace("\n", _BREAK))
    for tag in root.find_all("br"):
        tag.replace_with(NavigableString(_BREAK))
    for tag in root.find_all(_BLOCK_TAGS):
        tag.insert(0, NavigableString(_BREAK))
        tag.append(NavigableString(_BREAK))
    blocks = [block for block in map(_collapse, root.get_text().split(_BREAK)) if block]
    if headline and not root.find("h1") and (not blocks or blocks[0] != headline):
        blocks.insert(0, headline)
    return "\n\n".join(blocks), meta


def html_to_text(html: str) -> str:
    """The article text of an HTML page (see `read_html`)."""
    return read_html(html)[0]


def _looks_like_html(data: bytes) -> bool:
    head = data[:512].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith((b"<!doctype html", b"<html"))


# --- documents -----------------------------------------------------------------------------

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
    except InputError as error:
        yield _error(name, str(path), str(error))
        return
    except OSError as error:
        yield _error(name, str(path), describe_os_error(error))
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
    except InputError as error:
        yield _error(name, str(path), str(error))
        return
    except OSError as error:
        yield _error(name, str(path), describe_os_error(error))
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


def count_inputs(inputs: Iterable[str]) -> int:
    """How many files the inputs name (for a progress bar's total)."""
    return Reader(inputs).survey()[0]
