"""Reading real-world inputs into Documents: encodings, binary files, HTML, exports, folders.

The fixture files in tests/data/inputs/ are one of each kind: UTF-8 with and without a BOM,
UTF-16, Windows-1252 and Latin-1 text, a file mixing UTF-8 with stray Windows-1252 bytes,
empty and whitespace-only files, NUL bytes, a PNG and a zip (with their own suffixes and
named .txt), HTML pages (one with navigation, scripts and footers; one declaring a legacy
charset; one with no article), and JSON Lines and CSV exports.
"""

from __future__ import annotations

import doctest
import errno
import io
import json
import os
import tracemalloc
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from stats import extract
from stats.model import Document
from stats.read import decoding, metadata, sources
from stats.read import html as pages

INPUTS = Path(__file__).parent / "data" / "inputs"


def read_one(path: Path) -> Document:
    """The single document a file gives."""
    documents = list(sources.read_path(path))
    assert len(documents) == 1, [d.doc for d in documents]
    return documents[0]


def by_doc(documents: list[Document]) -> dict[str, Document]:
    return {d.doc: d for d in documents}


def test_module_doctests() -> None:
    """The examples in the docstrings of the reading modules hold (pytest collects only tests/)."""
    for module in (sources, decoding, pages, metadata):
        result = doctest.testmod(module)
        assert result.failed == 0, module.__name__


# --- encodings -------------------------------------------------------------------------------

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


# --- HTML --------------------------------------------------------------------------------------

def test_html_gives_the_article_not_the_page_furniture() -> None:
    document = read_one(INPUTS / "page.html")
    assert document.status == "ok"
    assert document.text == (
        "Blast kills 12 in Kabul\n\n"
        "At least 12 people were killed and 30\u00a0others injured when a bomb exploded, officials said.\n\n"
        "Police said about 1,500 troops were sent—the second deployment this month.\n\n"
        "Another 200 arrived later.\n\n"
        "Nearly 40 homes were damaged.")
    for furniture in ("World", "Top 10", "Most read", "visitors", "888", "99 troops", "Share", "24 hours"):
        assert furniture not in document.text
    assert (document.title, document.publisher, document.published) == (
        "Blast kills 12 in Kabul", "Example News", "2021-07-23")


def test_html_offsets_index_the_extracted_text() -> None:
    document = read_one(INPUTS / "page.html")
    figures = extract(document.text, doc=document.doc)
    # (The headline's "12" is repeated by the body, so the guide takes it from the body.)
    assert [f.span for f in figures] == [
        "At least 12", "30", "about 1,500", "second", "200", "Nearly 40"]
    for figure in figures:
        assert document.text[figure.start:figure.end] == figure.span
    # Re-reading gives the same text, so the offsets stay valid (the dashboard relies on it).
    assert read_one(INPUTS / "page.html").text == document.text


def test_html_declared_charset_is_used_when_not_utf8() -> None:
    document = read_one(INPUTS / "page-greek.htm")
    assert document.encoding == "iso8859-7"
    assert document.text == "Στην Αθήνα 25 άνθρωποι τραυματίστηκαν."


def test_html_without_article_text_is_empty() -> None:
    document = read_one(INPUTS / "page-empty.html")
    assert (document.status, document.error) == ("empty", "no article text in the page")


@pytest.mark.parametrize(("html", "text"), [
    ("<p>Foo<b>bar</b> 5<sup>th</sup> <a href='#'>link</a>, ok</p>", "Foobar 5th link, ok"),
    ("<div>One<br>Two<div>Three</div></div>", "One\n\nTwo\n\nThree"),
    ("<table><tr><td>Killed</td><td>5</td></tr></table>", "Killed\n\n5"),
    ("<p>5&#8201;000   troops\n\t fled</p>", "5\u2009000 troops fled"),
    ("<!-- 99 hidden --><p>Seen<span aria-hidden='true'>77</span></p><p hidden>x</p>", "Seen\n\nx"),
    ("<main><p>Short teaser</p></main><article><p>The long article body with 5 troops.</p></article>",
     "The long article body with 5 troops."),
    ("plain text, no tags, 5 troops", "plain text, no tags, 5 troops"),
    ("<p>unclosed <b>bold <i>italic</p><p>next", "unclosed bold italic\n\nnext"),
    ("", ""),
])
def test_html_to_text(html: str, text: str) -> None:
    assert pages.html_to_text(html) == text


def test_html_deeply_nested_does_not_crash() -> None:
    html = "<div>" * 3000 + "<p>At least 5 troops.</p>" + "</div>" * 3000
    try:
        text = pages.html_to_text(html)
    except RecursionError:  # html.parser's tree building is recursive; read_path reports it
        text = None
    if text is not None:
        assert text == "At least 5 troops."


def test_html_parse_failure_becomes_an_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    page = tmp_path / "deep.html"
    page.write_text("<p>5 troops</p>")
    monkeypatch.setattr(sources, "read_html", lambda html: (_ for _ in ()).throw(RecursionError()))
    document = read_one(page)
    assert (document.status, document.error) == ("error", "cannot parse the HTML (RecursionError)")


def test_html_metadata_from_json_ld() -> None:
    html = ('<script type="application/ld+json">{"@context": "https://schema.org", "@graph": [{"@type": '
            '"NewsArticle", "headline": "Aid arrives", "datePublished": "2020-02-29T08:00:00+01:00", '
            '"publisher": {"@type": "Organization", "name": "The Daily"}}]}</script><p>Text.</p>')
    _, meta = pages.read_html(html)
    assert meta == metadata.Metadata(title="Aid arrives", publisher="The Daily", published="2020-02-29")


def test_html_title_loses_the_site_suffix() -> None:
    _, meta = pages.read_html('<title>Aid arrives - The Daily</title><meta property="og:site_name" '
                              'content="The Daily"><p>x</p>')
    assert (meta.title, meta.publisher) == ("Aid arrives", "The Daily")


def test_unknown_suffix_named_explicitly_is_sniffed_as_html(tmp_path: Path) -> None:
    page = tmp_path / "story.php"
    page.write_text("<!DOCTYPE html><html><body><nav>Menu 9</nav><p>At least 5 troops.</p></body></html>")
    assert read_one(page).text == "At least 5 troops."


# --- exports -----------------------------------------------------------------------------------

def test_jsonl_export() -> None:
    documents = list(sources.read_path(INPUTS / "export.jsonl"))
    assert [(d.doc, d.status, d.error) for d in documents] == [
        ("a-1", "ok", ""),
        ("a-2", "ok", ""),
        ("export.jsonl#3", "error", "line 3 is not valid JSON (Expecting value)"),
        ("export.jsonl#4", "error", "line 4 has no 'text' field"),
        ("a-4", "empty", "line 5 has an empty text"),
        ("export.jsonl#6", "ok", ""),
    ]
    first, second = documents[0], documents[1]
    assert (first.text, first.title, first.publisher, first.published) == (
        "Britain sent 600 troops.", "Troops sent", "Wire", "2021-07-23")
    # A U+2028 inside a JSON string does not split the record (str.splitlines would).
    assert second.text == "Line one.\u2028At least 5 civilians were killed."
    assert all(d.path == str(INPUTS / "export.jsonl") for d in documents)


def test_csv_export() -> None:
    documents = list(sources.read_path(INPUTS / "export.csv"))
    assert [(d.doc, d.status, d.title, d.published) for d in documents] == [
        ("c-1", "ok", "Aid pledged", "2021-07-23"),
        ("c-2", "ok", "Multi-line", ""),
        ("c-3", "empty", "Empty", ""),
    ]
    assert documents[1].text == "First line.\r\nNearly 300 people fled."
    figures = extract(documents[0].text, doc="c-1")
    assert [(f.value, f.unit) for f in figures] == [(pytest.approx(4.1e9), "EUR")]


def test_csv_export_in_windows_1252() -> None:
    (document,) = sources.read_path(INPUTS / "export-cp1252.csv")
    assert (document.doc, document.encoding, document.text) == (
        "w-1", "windows-1252", "It’s thought 30–60 troops died.")


def test_csv_without_text_column_is_one_error() -> None:
    (document,) = sources.read_path(INPUTS / "export-notext.csv")
    assert (document.doc, document.status, document.error) == (
        "export-notext.csv", "error", "no 'text' column in the header (columns: 'id', 'body')")


@pytest.mark.parametrize(("content", "expected"), [
    (b"this is not json\n{\"text\": \"5\"}\n",
     [("x.jsonl", "error", "not JSON Lines (line 1: Expecting value)")]),
    (b"[1, 2]\n", [("x.jsonl#1", "error", "line 1 is not a JSON object")]),
    (b'{"text": 5}\n', [("x.jsonl#1", "error", "line 1 has a 'text' that is not a string (int)")]),
    (b'{"text": "a", "id": "same"}\n{"text": "b", "id": "same"}\n',
     [("same", "ok", ""), ("same#2", "ok", "")]),
    (b"\n\n", []),
    (b'{"text": "5 troops"}', [("x.jsonl#1", "ok", "")]),  # no final newline
    (b'\xef\xbb\xbf{"text": "5 troops", "id": 7}\r\n', [("7", "ok", "")]),
    (b'{"text": "caf\xe9"}\n', [("x.jsonl#1", "ok", "")]),
])
def test_jsonl_edge_cases(tmp_path: Path, content: bytes, expected: list[tuple[str, str, str]]) -> None:
    path = tmp_path / "x.jsonl"
    path.write_bytes(content)
    assert [(d.doc, d.status, d.error) for d in sources.read_path(path)] == expected


def test_csv_edge_cases(tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    path.write_text('\ufeffID, Text ,Title\n1,"5 troops",T\n\n2\n,,\n3,"unterminated\n', encoding="utf-8")
    documents = list(sources.read_path(path))
    assert [(d.doc, d.status, d.error) for d in documents] == [
        ("1", "ok", ""),
        ("x.csv#4", "error", "row 4 has no 'text' field"),
        ("3", "ok", ""),
    ]
    assert documents[2].text == "unterminated\n"


def test_binary_export_is_one_error(tmp_path: Path) -> None:
    path = tmp_path / "x.jsonl"
    path.write_bytes((INPUTS / "archive.zip").read_bytes())
    assert [(d.doc, d.status) for d in sources.read_path(path)] == [("x.jsonl", "error")]


def test_exports_are_streamed_with_bounded_memory(tmp_path: Path) -> None:
    """A 5 MB JSON Lines export is read a record at a time: peak memory is a read buffer and
    one record, far below the file's size (ids are kept to name duplicates, but not texts)."""
    path = tmp_path / "big.jsonl"
    text = "At least 5 troops were killed near the border, officials said. " * 160  # ~10 KB
    with path.open("w") as handle:
        for number in range(500):
            handle.write(json.dumps({"id": f"r{number}", "text": text}) + "\n")
    size = path.stat().st_size
    progress: list[int] = []
    tracemalloc.start()
    try:
        seen = 0
        for document in sources.read_path(path, on_progress=progress.append):
            assert (document.status, document.text) == ("ok", text)
            seen += 1
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert seen == 500
    assert peak < 4 * decoding.CHUNK_BYTES < size / 4, f"peak {peak:,} bytes reading a {size:,}-byte export"
    assert progress == sorted(progress)
    assert progress[-1] == size


# --- folders, links, permissions ---------------------------------------------------------------

def test_folder_of_fixtures_statuses() -> None:
    documents = by_doc(list(sources.Reader([str(INPUTS)])))
    assert {name: d.status for name, d in documents.items() if d.status != "ok"} == {
        "archive-named.txt": "error", "archive.zip": "skipped", "empty.txt": "empty",
        "export-notext.csv": "error", "c-3": "empty", "export.jsonl#3": "error",
        "export.jsonl#4": "error", "a-4": "empty", "image-named.txt": "error", "image.png": "skipped",
        "nul.txt": "error", "page-empty.html": "empty", "whitespace.txt": "empty"}
    assert documents["image.png"].error == "not an article file (.png file, a PNG image)"
    assert documents["archive.zip"].error == (
        "not an article file (.zip file, a zip archive, or a Word, Excel or EPUB file)")


def test_folder_walk_is_sorted_recursive_and_skips_hidden(tmp_path: Path) -> None:
    for name in ("b.txt", "a.md", "sub/c.txt", "sub/deeper/d.html", ".hidden.txt", ".git/e.txt", "notes"):
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("At least 5 troops.")
    documents = list(sources.Reader([str(tmp_path)]))
    assert [(d.doc, d.status) for d in documents] == [
        ("a.md", "ok"), ("b.txt", "ok"), ("notes", "skipped"), ("c.txt", "ok"), ("d.html", "ok")]


def test_same_names_in_different_folders_stay_distinct(tmp_path: Path) -> None:
    for name in ("2020/index.html", "2021/index.html", "2021/more/index.html"):
        path = tmp_path / name
        path.parent.mkdir(parents=True)
        path.write_text(f"<p>{name} had 5 troops.</p>")
    documents = list(sources.Reader([str(tmp_path), str(tmp_path / "2020" / "index.html")]))
    assert [d.doc for d in documents] == [
        "index.html", "2021/index.html", "2021/more/index.html", str(tmp_path / "2020" / "index.html")]


def test_same_ids_in_two_exports_stay_distinct(tmp_path: Path) -> None:
    for name in ("a.jsonl", "b.jsonl"):
        (tmp_path / name).write_text('{"id": "1", "text": "5 troops"}\n{"text": "6 troops"}\n')
    documents = list(sources.Reader([str(tmp_path)]))
    assert [d.doc for d in documents] == ["1", "a.jsonl#2", "b.jsonl#1", "b.jsonl#2"]


def test_symlink_loops_and_broken_links(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text("At least 5 troops.")
    (tmp_path / "sub" / "up").symlink_to("..")  # a folder loop
    (tmp_path / "self.txt").symlink_to("self.txt")  # a file loop
    (tmp_path / "gone.txt").symlink_to("missing.txt")
    (tmp_path / "alias.txt").symlink_to("sub/a.txt")  # a fine link
    documents = list(sources.Reader([str(tmp_path)]))
    assert [(d.doc, d.status, d.error) for d in documents] == [
        ("alias.txt", "ok", ""),
        ("gone.txt", "error", "broken symlink (its target is missing)"),
        ("self.txt", "error", "symlink loop (too many levels of links)"),
        ("a.txt", "ok", ""),
        ("up", "skipped", "symlink to a folder already read (a loop or a duplicate)"),
    ]


def test_symlink_loop_named_on_the_command_line(tmp_path: Path) -> None:
    (tmp_path / "loop").symlink_to("loop")
    assert [(d.status, d.error) for d in sources.Reader([str(tmp_path / "loop")])] == [
        ("error", "symlink loop (too many levels of links)")]


def test_missing_paths_and_special_files(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.txt")
    documents = list(sources.Reader([str(tmp_path / "nope.txt"), str(tmp_path), "/dev/null"]))
    assert [(d.doc, d.status, d.error) for d in documents] == [
        ("nope.txt", "error", "no such file or folder"),
        ("pipe.txt", "skipped", "a named pipe"),  # in a folder: never opened (it would block)
        ("null", "error", "a character device"),
    ]


def test_named_pipe_given_explicitly_is_read(tmp_path: Path) -> None:
    """`stats extract <(curl ...)` passes a pipe: it is read like a file."""
    import threading

    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    writer = threading.Thread(target=lambda: fifo.write_text("At least 5 troops were killed."))
    writer.start()
    documents = list(sources.Reader([str(fifo)]))
    writer.join(5)
    assert [(d.status, d.text) for d in documents] == [("ok", "At least 5 troops were killed.")]


@pytest.mark.skipif(os.geteuid() == 0,
                    reason="root reads files whatever their mode; see the monkeypatched test")
def test_unreadable_file_and_folder_for_real(tmp_path: Path) -> None:
    (tmp_path / "locked").mkdir()
    (tmp_path / "locked" / "a.txt").write_text("5 troops")
    (tmp_path / "secret.txt").write_text("5 troops")
    (tmp_path / "secret.txt").chmod(0)
    (tmp_path / "locked").chmod(0)
    try:
        documents = list(sources.Reader([str(tmp_path)]))
    finally:
        (tmp_path / "locked").chmod(0o755)
        (tmp_path / "secret.txt").chmod(0o644)
    assert [(d.doc, d.status, d.error) for d in documents] == [
        ("secret.txt", "error", "permission denied"), ("locked", "error", "permission denied")]


def test_unreadable_file_and_folder_simulated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Permission errors as a non-root user would see them, simulated (tests may run as root)."""
    (tmp_path / "locked").mkdir()
    (tmp_path / "locked" / "a.txt").write_text("5 troops")
    (tmp_path / "secret.txt").write_text("5 troops")
    (tmp_path / "secret.jsonl").write_text('{"text": "5 troops"}\n')
    (tmp_path / "z.txt").write_text("At least 5 troops.")
    real_read_bytes, real_open, real_scandir = Path.read_bytes, Path.open, os.scandir

    def denied(path: object) -> OSError:
        return PermissionError(errno.EACCES, "Permission denied", str(path))

    def read_bytes(self: Path) -> bytes:
        if self.name.startswith("secret"):
            raise denied(self)
        return real_read_bytes(self)

    def open_(self: Path, *args: object, **kwargs: object) -> io.IOBase:
        if self.name.startswith("secret"):
            raise denied(self)
        return real_open(self, *args, **kwargs)  # type: ignore[arg-type]

    def scandir(path: object = ".") -> object:
        if Path(str(path)).name == "locked":
            raise denied(path)
        return real_scandir(path)  # type: ignore[arg-type]

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    monkeypatch.setattr(Path, "open", open_)
    monkeypatch.setattr(os, "scandir", scandir)
    documents = list(sources.Reader([str(tmp_path)]))
    assert [(d.doc, d.status, d.error) for d in documents] == [
        ("secret.jsonl", "error", "permission denied"),
        ("secret.txt", "error", "permission denied"),
        ("z.txt", "ok", ""),
        ("locked", "error", "permission denied"),
    ]


def test_excluded_output_folder_is_not_read(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("At least 5 troops.")
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "figures.csv").write_text("figure_id,doc\n")
    documents = list(sources.Reader([str(tmp_path)], exclude=[tmp_path / "out"]))
    assert [d.doc for d in documents] == ["a.txt"]


def test_stdin_bytes_are_decoded_like_files() -> None:
    stream = io.TextIOWrapper(io.BytesIO("It’s 30–60 troops.".encode("cp1252")))
    (document,) = sources.Reader(["-"], stdin=stream)
    assert (document.doc, document.path, document.encoding, document.text) == (
        "stdin", "<stdin>", "windows-1252", "It’s 30–60 troops.")
    (binary,) = sources.Reader(["-"], stdin=io.TextIOWrapper(io.BytesIO(b"\x89PNG\r\n\x1a\n")))
    assert (binary.status, binary.error) == ("error", "binary file (a PNG image), not text")
    (text,) = sources.Reader(["-"], stdin=io.StringIO("5 troops"))
    assert (text.status, text.text) == ("ok", "5 troops")


def test_reader_holds_no_article_texts(tmp_path: Path) -> None:
    """2,000 small files: documents come one at a time, so memory does not grow with the folder."""
    body = "At least 5 troops were killed near the border, officials said.\n" * 40  # ~2.6 KB
    for number in range(2000):
        (tmp_path / f"{number:04d}.txt").write_text(body)
    reader = sources.Reader([str(tmp_path)])
    assert reader.survey() == (2000, 2000 * len(body))
    tracemalloc.start()
    try:
        count = 0
        for document in reader:
            count += document.status == "ok"
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert count == 2000
    assert peak < 1_000_000, f"peak {peak:,} bytes for {2000 * len(body):,} bytes of articles"
    assert reader.bytes_done == 2000 * len(body)


# --- fuzz: reading never raises ------------------------------------------------------------------

FUZZ = settings(deadline=None, derandomize=True, database=None, max_examples=300,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])


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


@FUZZ
@given(st.text(alphabet=st.characters(blacklist_categories=["Cs", "Cc"]), max_size=500),
       st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-32", "cp1252"]))
def test_text_round_trips_through_any_supported_encoding(text: str, encoding: str) -> None:
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        return  # not representable in Windows-1252
    if encoding == "cp1252":
        # Windows-1252 bytes that are also valid UTF-8 ("Â\xa0" is C2 A0) read as UTF-8:
        # an ambiguity no decoder can settle, and rare in real text.
        try:
            data.decode("utf-8")
        except UnicodeDecodeError:
            pass
        else:
            assume(not any(b >= 0x80 for b in data))
    assert decoding.decode(data)[0] == text


@FUZZ
@given(st.text(max_size=1500))
def test_html_never_raises(html: str) -> None:
    text, meta = pages.read_html(html)
    assert isinstance(text, str)
    assert "\x00" not in text
    assert all(isinstance(v, str) for v in (meta.title, meta.publisher, meta.published))


HTML_BITS = st.sampled_from(["<p>", "</p>", "<div>", "</div>", "<br>", "<script>", "</script>", "<article>",
                             "</article>", "<nav>", "<h1>", "</h1>", "<td>", "<!--", "-->", "<![CDATA[",
                             "&nbsp;", "&#8201;", "&amp;", "5 troops", " ", "\n", "<meta property='og:title' "
                             "content='x'>", "<title>", "</title>", "<pre>a\nb</pre>", "<", ">", "\x00"])


@FUZZ
@given(st.lists(HTML_BITS, max_size=60).map("".join))
def test_tag_soup_never_raises(html: str) -> None:
    text, _ = pages.read_html(html)
    assert "\x00" not in text
    assert text == text.strip()


@FUZZ
@given(st.binary(max_size=2000), st.sampled_from([".txt", ".html", ".jsonl", ".csv", ".md", ".php"]))
def test_any_file_gives_documents_not_exceptions(tmp_path_factory: pytest.TempPathFactory, data: bytes,
                                                 suffix: str) -> None:
    path = tmp_path_factory.mktemp("fuzz") / f"input{suffix}"
    path.write_bytes(data)
    for document in sources.read_path(path):
        assert document.status in {"ok", "empty", "error"}
        assert document.status == "ok" or document.error
        assert document.status != "ok" or document.text.strip()
