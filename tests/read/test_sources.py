"""Reading inputs into Documents (stats.read.sources): exports, folders, links, permissions.

The fixture files in tests/data/inputs/ include JSON Lines and CSV exports; the folder tests
read that whole folder.
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
from hypothesis import given
from hypothesis import strategies as st

from stats import extract
from stats.read import decoding, sources
from tests.read.conftest import FUZZ, INPUTS, by_doc


def test_module_doctests() -> None:
    """The examples in the docstrings of stats.read.sources hold (pytest here collects only tests/)."""
    result = doctest.testmod(sources)
    assert result.failed == 0


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
    (b"\n\n", [("x.jsonl", "empty", "no records: blank lines only")]),  # every input has a row
    (b"", [("x.jsonl", "empty", "the file is empty (0 bytes)")]),
    (b"\n \t\r\n", [("x.jsonl", "empty", "no records: blank lines only")]),
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



@pytest.mark.parametrize(("content", "reason"), [
    ("", "the file is empty (0 bytes)"),
    ("id,text\n", "no records: a header row and no rows"),
    ("id,text", "no records: a header row and no rows"),
    ("id,text\n,\n , \n\n", "no records: a header row and blank rows only"),
    ("\n\n,\n", "no records: blank rows only"),
])
def test_a_csv_without_records_is_one_empty_document(tmp_path: Path, content: str, reason: str) -> None:
    """Issue 13: such files had no row in documents.csv at all."""
    path = tmp_path / "x.csv"
    path.write_text(content, encoding="utf-8")
    assert [(d.doc, d.path, d.status, d.error) for d in sources.read_path(path)] == [
        ("x.csv", str(path), "empty", reason)]


def test_blank_rows_before_the_header_are_skipped(tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    path.write_text("\n\nid,text\n7,5 troops died\n", encoding="utf-8")
    assert [(d.doc, d.status, d.text) for d in sources.read_path(path)] == [("7", "ok", "5 troops died")]


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


def test_a_folders_readme_is_no_article_unless_named(tmp_path: Path) -> None:
    """A corpus folder's README.md (or LICENSE.txt) describes the articles: a walk skips it and
    says why; named on the command line it is read like any article."""
    for name in ("README.md", "sub/LICENSE.txt", "readme-notes.txt", "story.txt"):
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("At least 5 troops.")
    documents = list(sources.Reader([str(tmp_path), str(tmp_path / "README.md")]))
    assert [(d.doc, d.status) for d in documents] == [
        ("README.md", "skipped"), ("readme-notes.txt", "ok"), ("story.txt", "ok"), ("LICENSE.txt", "skipped"),
        (str(tmp_path / "README.md"), "ok")]
    assert "not an article" in documents[0].error



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


# --- fuzz: reading never raises ----------------------------------------------------------------

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
