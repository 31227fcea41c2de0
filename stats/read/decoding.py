"""Bytes to text: refuses binary data (a file signature, NUL bytes, control characters) and picks the
encoding: a byte-order mark, else UTF-8, else an HTML page's declared charset, else Windows-1252 (a
UTF-8 file with a few stray Windows-1252 bytes stays UTF-8). Its own module so that knowing bytes
stays apart from knowing files, pages and exports.
"""

from __future__ import annotations

import codecs
import itertools
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

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


class InputError(Exception):
    """An input cannot be read as text; the message says why."""


# Windows-1252 for every byte; the five bytes it leaves undefined read as Latin-1 does.
_CP1252 = tuple(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in range(256))


class _Tally(threading.local):
    """How many bytes this thread's decoding has read as Windows-1252 (see `_read_as_cp1252`)."""

    count = 0


_tally = _Tally()


def _read_as_cp1252(error: UnicodeError) -> tuple[str, int]:
    """Codec error handler: undecodable bytes are read as Windows-1252, and counted."""
    if not isinstance(error, UnicodeDecodeError):
        raise error
    bad = error.object[error.start:error.end]
    _tally.count += len(bad)
    return "".join(_CP1252[b] for b in bad), error.end


def reset_fallback_count() -> None:
    """Start counting afresh the bytes the "figures-cp1252" error handler reads as Windows-1252
    (a stream decoded with it, like an export's records, would otherwise add to the count)."""
    _tally.count = 0


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
    if b"\x00" in first and (bomless := _bom_less_utf16(first)):
        try:
            _validate(chunks(), bomless, bomless)
        except InputError:
            pass  # NUL bytes, then, of a binary file
        else:
            return _check_controls(first, Encoding(bomless, f"{bomless} (no BOM)"))
    decoder = codecs.getincrementaldecoder("utf-8")("figures-cp1252")
    reset_fallback_count()
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
    reset_fallback_count()
    return data.decode(encoding.codec, errors=encoding.errors), encoding.name
