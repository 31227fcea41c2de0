"""Decoding bytes into text (stats.read.decoding): encodings, binary files, empty files.

The fixture files in tests/data/inputs/ are one of each kind: UTF-8 with and without a BOM,
UTF-16, Windows-1252 and Latin-1 text, a file mixing UTF-8 with stray Windows-1252 bytes,
empty and whitespace-only files, NUL bytes, and a PNG and a zip (with their own suffixes and
named .txt).
"""

from __future__ import annotations

import doctest
import re
from pathlib import Path

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from stats import extract
from stats.read import decoding, sources
from tests.read.conftest import FUZZ, INPUTS, read_one


def test_module_doctests() -> None:
    """The examples in the docstrings of stats.read.decoding hold (pytest here collects only tests/)."""
    result = doctest.testmod(decoding)
    assert result.failed == 0


# --- encodings ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("name", "encoding", "expected"), [
    ("utf8.txt", "utf-8",
     "Kabul, Afghanistan\n\nAt least 5 troops were killed on Tuesday — officials said 30–60 people fled."),
    ("utf8-bom.txt", "utf-8 (with BOM)", "Officials said 1,200 people fled the town’s centre."),
    ("utf16.txt", "utf-16", "Officials said 250 families had fled – 30–60 people a day."),
    ("cp1252.txt", "windows-1252", "It’s said that 30–60 people were killed – about 40 homes burned."),
    ("latin1.txt", "latin-1", "Le café coûtait £5; 12 soldats ont été blessés."),
    ("mixed.txt", "utf-8 with 2 windows-1252 byte(s)",
     "It’s reported that 7 soldiers were killed – and 3 cafés closed."),
])
def test_text_files_decode_correctly_and_say_how(name: str, encoding: str, expected: str) -> None:
    document = read_one(INPUTS / name)
    assert document.status == "ok", document.error
    assert document.encoding == encoding
    assert document.text.strip() == expected
    assert "\ufeff" not in document.text  # a BOM is not part of the text



def test_legacy_punctuation_survives_into_figures() -> None:
    """The Windows-1252 en dash is a real range, not mojibake: 30–60 reads as 30..60."""
    document = read_one(INPUTS / "cp1252.txt")
    ranges = [f for f in extract(document.text, doc=document.doc) if f.value_high is not None]
    assert [(f.span, f.value, f.value_high) for f in ranges] == [("30–60", 30.0, 60.0)]



@pytest.mark.parametrize(("data", "encoding", "text"), [
    ("30–60 people".encode("utf-16-le"), "utf-16-le (no BOM)", "30–60 people"),
    ("30–60 people".encode("utf-16-be"), "utf-16-be (no BOM)", "30–60 people"),
    ("5 troops €".encode("utf-32"), "utf-32", "5 troops €"),
    ("naïve 5".encode(), "utf-8", "naïve 5"),
    (b"", "utf-8", ""),
    (b"caf\xe9 \x80 5", "windows-1252", "café € 5"),
    (b"\x81 undefined in cp1252", "windows-1252", "\x81 undefined in cp1252"),
])
def test_decode(data: bytes, encoding: str, text: str) -> None:
    assert decoding.decode(data) == (text, encoding)



@pytest.mark.parametrize(("data", "reason"), [
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file (a PNG image), not text"),
    (b"PK\x03\x04\x14\x00", "binary file (a zip archive, or a Word, Excel or EPUB file), not text"),
    (b"%PDF-1.7\n", "binary file (a PDF), not text"),
    (b"\x1f\x8b\x08\x00", "binary file (a gzip archive), not text"),
    (b"RIFF\x00\x00\x00\x00WEBPVP8 ", "binary file (a WebP image), not text"),
    (b"abc\x00def", "binary file (NUL byte at byte 3), not text"),
    (bytes(range(1, 32)) * 10, "binary file (260 control characters in its first 310), not text"),
    (b"\xef\xbb\xbfcaf\xe9", "not valid utf-8 (with BOM) (bad bytes at byte 6)"),
    (b"\xef\xbb\xbfcaf\xe9 ok", "not valid utf-8 (with BOM) (bad bytes at byte 6)"),
    (b"\xff\xfe" + "ok".encode("utf-16-le") + b"\x00\xd8", "not valid utf-16 (bad bytes at byte 6)"),
])
def test_decode_refuses_binary_and_broken_data(data: bytes, reason: str) -> None:
    with pytest.raises(decoding.InputError) as caught:
        decoding.decode(data)
    assert str(caught.value) == reason



@pytest.mark.parametrize(("name", "reason"), [
    ("image-named.txt", "binary file (a PNG image), not text"),
    ("archive-named.txt", "binary file (a zip archive, or a Word, Excel or EPUB file), not text"),
    ("nul.txt", "binary file (NUL byte at byte 17), not text"),
])
def test_binary_files_with_text_names_are_errors(name: str, reason: str) -> None:
    document = read_one(INPUTS / name)
    assert (document.status, document.error, document.text) == ("error", reason, "")



@pytest.mark.parametrize(("name", "reason"), [
    ("empty.txt", "no text"), ("whitespace.txt", "only whitespace")])
def test_empty_files(name: str, reason: str) -> None:
    document = read_one(INPUTS / name)
    assert (document.status, document.error) == ("empty", reason)



def test_binary_file_named_explicitly_is_read_and_refused(tmp_path: Path) -> None:
    """A PNG named on the command line is an error (a PNG found in a folder is skipped)."""
    documents = list(sources.Reader([str(INPUTS / "image.png")]))
    assert [(d.doc, d.status, d.error) for d in documents] == [
        ("image.png", "error", "binary file (a PNG image), not text")]


# --- fuzz: decoding raises nothing but InputError ----------------------------------------------

@FUZZ
@given(st.binary(max_size=3000))
def test_decode_any_bytes(data: bytes) -> None:
    """Any bytes either decode (UTF-8 exactly when they are UTF-8) or are refused with a reason."""
    try:
        text, encoding = decoding.decode(data)
    except decoding.InputError as error:
        refused = str(error)
    else:
        refused = ""
    if refused:
        assert refused.startswith(("binary file", "not valid"))
        return
    assert isinstance(text, str)
    if encoding == "utf-8":
        assert text == data.decode("utf-8")
    if encoding in {"windows-1252", "latin-1"}:
        assert len(text) == len(data)  # one character per byte



@FUZZ
@given(st.text(max_size=2000).map(lambda s: s.encode("utf-8")))
def test_utf8_is_always_read_as_utf8(data: bytes) -> None:
    try:
        result = decoding.decode(data)
    except decoding.InputError as error:  # NULs or mostly control characters: binary
        result = ("", str(error))
    assert result in {(data.decode("utf-8"), "utf-8")} or result[1].startswith("binary file")



# A multi-byte UTF-8 sequence: a lead byte and its continuation bytes.
_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")


@FUZZ
@given(st.text(alphabet=st.characters(blacklist_categories=["Cs", "Cc"]), max_size=500),
       st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-32", "cp1252"]))
def test_text_round_trips_through_any_supported_encoding(text: str, encoding: str) -> None:
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        return  # not representable in Windows-1252
    if encoding == "cp1252":
        # Windows-1252 bytes that are also valid UTF-8 ("Â\xa0" is C2 A0) read as UTF-8, and
        # so does such a pair inside other Windows-1252 bytes ("\xa0Â\xa0"), read as UTF-8
        # with one stray Windows-1252 byte: an ambiguity no decoder can settle, and rare in
        # real text.
        assume(not _UTF8_SEQUENCE.search(data))
    assert decoding.decode(data)[0] == text
