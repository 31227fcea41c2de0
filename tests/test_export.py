"""The output files: CSV-injection guard that keeps numbers numeric, and atomic writing."""

from __future__ import annotations

import json
import math
import os
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from stats import export
from stats.model import Category, Document, Figure, Kind, Qualifier


def figure(span: str = "5", value: float = 5.0, **fields: object) -> Figure:
    """A figure with sensible defaults; `fields` override any of them."""
    base: dict[str, object] = {
        "doc": "a.txt", "start": 0, "end": len(span), "span": span, "value": value, "kind": Kind.COUNT,
        "subject": "troops", "sentence": f"{span} troops were killed.", "sentence_start": 0,
        "sentence_end": len(span) + 20, "category": Category.KILLED, "rule": "count.digits"}
    base.update(fields)
    return Figure(**base)  # type: ignore[arg-type]


@pytest.mark.parametrize(("value", "expected"), [
    ("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"), ("+1", "'+1"), ("-5 troops", "'-5 troops"),
    ("@SUM(A1)", "'@SUM(A1)"), ("\tx", "'\tx"), ("\rx", "'\rx"), ("troops", "troops"), ("", ""),
    (" =x", " =x"), (5, 5),
])
def test_safe_cell(value: object, expected: object) -> None:
    assert export.safe_cell(value) == expected


def test_csv_is_safe_in_a_spreadsheet_and_numbers_stay_numbers(tmp_path: Path) -> None:
    """Text cells starting with = + - @ tab or CR are quoted; value/start/end stay numeric."""
    figures = [
        figure("-5", -5.0, subject="-5 troops", sentence="-5 troops were killed."),
        figure("=HYPERLINK(\"http://evil\",\"5\")", 5.0, start=10, end=40, subject="=cmd|' /C calc'!A0",
               sentence="=HYPERLINK(\"http://evil\",\"5\") troops", doc="@doc.txt"),
        figure("30–60", 30.0, value_high=60.0, qualifier=Qualifier.RANGE, start=3, end=8,
               subject="+people", sentence="\tTabbed 30–60 people."),
        figure("£2.5m", 2_500_000.0, kind=Kind.MONEY, unit="GBP", subject="deal", sentence="\rA deal."),
    ]
    writer = export.FigureWriter(tmp_path)
    writer.write(figures)
    writer.close([Document("=evil.txt", "-path", title="+title", publisher="@pub", status="ok", chars=12)])

    table = pd.read_csv(tmp_path / "figures.csv", keep_default_na=False)
    for column in ("span", "subject", "sentence", "doc"):
        for cell in table[column]:
            assert not str(cell).startswith(("=", "+", "-", "@", "\t", "\r")), (column, cell)
    assert list(table["span"]) == ["'-5", "'=HYPERLINK(\"http://evil\",\"5\")", "30–60", "£2.5m"]
    assert list(table["subject"]) == ["'-5 troops", "'=cmd|' /C calc'!A0", "'+people", "deal"]
    assert list(table["sentence"])[2:] == ["'\tTabbed 30–60 people.", "'\rA deal."]
    numeric = pd.read_csv(tmp_path / "figures.csv")
    for column in ("value", "start", "end", "sentence_start", "sentence_end"):
        assert pd.api.types.is_numeric_dtype(numeric[column]), column
    assert list(numeric["value"]) == [-5, 5, 30, 2_500_000]
    assert numeric["value_high"].tolist()[2] == 60
    assert math.isnan(numeric["value_high"].tolist()[0])  # blank, not "None"
    assert list(numeric["start"]) == [0, 10, 3, 0]

    documents = pd.read_csv(tmp_path / "documents.csv", keep_default_na=False)
    assert documents.iloc[0][["doc", "path", "title", "publisher"]].tolist() == [
        "'=evil.txt", "'-path", "'+title", "'@pub"]
    assert documents["chars"].tolist() == [12]

    # figures.jsonl keeps the raw text: it is data, not a spreadsheet.
    records = [json.loads(line) for line in (tmp_path / "figures.jsonl").read_text().splitlines()]
    assert [r["span"] for r in records][:2] == ["-5", "=HYPERLINK(\"http://evil\",\"5\")"]


def test_carriage_returns_are_quoted(tmp_path: Path) -> None:
    """A span wrapped across a CRLF line end, or a title with a CR, stays inside its cell."""
    writer = export.FigureWriter(tmp_path)
    writer.write([figure("1.5\r\nmillion", 1.5e6, sentence="About 1.5 million fled.")])
    writer.close([Document("a.txt", "a.txt", title="Line\rbreak", status="ok")])
    table = pd.read_csv(tmp_path / "figures.csv", keep_default_na=False)
    assert table["span"].tolist() == ["1.5\r\nmillion"]
    documents = pd.read_csv(tmp_path / "documents.csv", keep_default_na=False)
    assert documents["title"].tolist() == ["Line\rbreak"]
    assert len(documents) == 1


def test_csv_line_matches_the_csv_module_where_it_is_right() -> None:
    import csv
    import io

    rows = [["a", 'b"c', "d,e", "f\ng", 1.5, 3, True, None, "", " x "]]
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows(rows)
    assert "".join(export.csv_line(row) for row in rows) == buffer.getvalue()


def test_text_in_a_numeric_column_is_still_neutralised() -> None:
    """rows_to_csv (the dashboard's download) takes any rows: a formula in `value` is quoted."""
    text = export.rows_to_csv([{"value": "=1+1", "start": "-3", "end": 4.0, "vague": True, "span": "-x"}],
                              ["value", "start", "end", "vague", "span"])
    assert text.splitlines() == ["value,start,end,vague,span", "'=1+1,-3,4,True,'-x"]


def test_non_finite_numbers_are_blank(tmp_path: Path) -> None:
    writer = export.FigureWriter(tmp_path)
    writer.write([figure(value=float("inf"), value_high=float("nan"))])
    writer.close([])
    row = (tmp_path / "figures.csv").read_text().splitlines()[1].split(",")
    assert row[export.FIGURE_FIELDS.index("value")] == ""
    record = json.loads((tmp_path / "figures.jsonl").read_text())
    assert (record["value"], record["value_high"]) == (None, None)  # valid JSON, not Infinity


def leftovers(folder: Path) -> list[str]:
    """Temporary files left in a folder."""
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def test_writer_files_appear_only_on_close(tmp_path: Path) -> None:
    (tmp_path / "figures.csv").write_text("previous\n")
    writer = export.FigureWriter(tmp_path)
    writer.write([figure()])
    assert (tmp_path / "figures.csv").read_text() == "previous\n"
    assert not (tmp_path / "figures.jsonl").exists()
    assert len(leftovers(tmp_path)) == 3  # figures.csv, figures.jsonl, texts.jsonl
    writer.close([Document("a.txt", "a.txt")])
    assert (tmp_path / "figures.csv").read_text().splitlines()[0] == ",".join(export.FIGURE_FIELDS)
    assert (tmp_path / "documents.csv").read_text().splitlines()[0] == ",".join(export.DOCUMENT_FIELDS)
    assert leftovers(tmp_path) == []


def test_writer_abort_leaves_previous_outputs(tmp_path: Path) -> None:
    for name in ("figures.csv", "figures.jsonl", "documents.csv"):
        (tmp_path / name).write_text(f"previous {name}\n")
    writer = export.FigureWriter(tmp_path)
    writer.write([figure()])
    writer.abort(KeyboardInterrupt())
    for name in ("figures.csv", "figures.jsonl", "documents.csv"):
        assert (tmp_path / name).read_text() == f"previous {name}\n"
    assert leftovers(tmp_path) == []


def test_failure_while_writing_documents_leaves_all_previous_outputs(tmp_path: Path) -> None:
    """documents.csv is written before any rename, so the three files change together or not at all."""
    for name in ("figures.csv", "figures.jsonl", "documents.csv"):
        (tmp_path / name).write_text(f"previous {name}\n")

    class Broken(Document):
        @property
        def doc(self) -> str:  # type: ignore[override]
            raise OSError(28, "No space left on device")

    writer = export.FigureWriter(tmp_path)
    writer.write([figure()])
    with pytest.raises(OSError, match="No space left"):
        writer.close([Document("a.txt", "a.txt"), Broken.__new__(Broken)])
    for name in ("figures.csv", "figures.jsonl", "documents.csv"):
        assert (tmp_path / name).read_text() == f"previous {name}\n"
    assert leftovers(tmp_path) == []


def test_atomic_open_keeps_the_old_file_on_error(tmp_path: Path) -> None:
    target = tmp_path / "documents.csv"
    target.write_text("old\n")
    def interrupted_write() -> None:
        with export.atomic_open(target) as handle:
            handle.write("half a fi")
            raise RuntimeError("interrupted")

    with pytest.raises(RuntimeError, match="interrupted"):
        interrupted_write()
    assert target.read_text() == "old\n"
    assert leftovers(tmp_path) == []
    with export.atomic_open(target) as handle:
        handle.write("new\n")
    assert target.read_text() == "new\n"


def test_outputs_get_normal_permissions(tmp_path: Path) -> None:
    """mkstemp makes owner-only files; the outputs get what a plain new file would."""
    mask = os.umask(0o022)
    try:
        writer = export.FigureWriter(tmp_path)
        writer.close([])
    finally:
        os.umask(mask)
    assert oct((tmp_path / "figures.csv").stat().st_mode & 0o777) == oct(0o644)


def test_texts_are_one_line_each_whatever_the_text(tmp_path: Path) -> None:
    """U+2028, U+2029 and NEL are escaped, so splitlines() gives one record per article."""
    text = 'Line one\u2028line two\u2029three\x85four "quoted"\r\nand more' * 3000
    writer = export.FigureWriter(tmp_path)
    writer.write_text("a.txt", text, [(0, 8)])
    writer.write_text("b.txt", "short", [])
    writer.close([])
    lines = (tmp_path / export.TEXTS_JSONL).read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["text"] for line in lines] == [text, "short"]
    assert json.loads(lines[0])["sentences"] == [[0, 8]]


# --- the guard round-trips (issue 13: a text that really begins with ' and - + = @) ------------

APOSTROPHE_TEXTS = ["'-x", "'+1", "'=SUM(A1)", "'@pub", "''-x", "'''=", "'", "''", "'plain", "' -x",
                    "'\tx", "-5 dead", "=1+1", "@", "+", "'\r", "x'-", ""]


@pytest.mark.parametrize("text", APOSTROPHE_TEXTS)
def test_a_text_beginning_with_an_apostrophe_round_trips(text: str) -> None:
    assert export.unguard_cell(str(export.safe_cell(text))) == text


@given(st.text(alphabet=st.sampled_from(["'", "-", "+", "=", "@", "\t", "\r", " ", "x", "5"]), max_size=8)
       | st.text(max_size=20))
@settings(deadline=None, derandomize=True, database=None, max_examples=500)
def test_guard_round_trips_any_text(text: str) -> None:
    guarded = str(export.safe_cell(text))
    assert export.unguard_cell(guarded) == text
    if text.lstrip("'").startswith(export.FORMULA_STARTS):  # what a spreadsheet would run
        assert guarded.startswith("'")


def test_text_cells_round_trip_through_the_files(tmp_path: Path) -> None:
    """Written by the exporter, read with the csv module and unguard_cell (as the dashboard
    reads them): every text cell comes back as it was, numbers stay numbers."""
    import csv

    figures = [figure(subject=text, sentence=text or "x", said_by=text or None, doc=f"{n}.txt",
                      start=n, end=n + 1) for n, text in enumerate(APOSTROPHE_TEXTS)]
    writer = export.FigureWriter(tmp_path)
    writer.write(figures)
    writer.close([Document(f"{n}.txt", text, title=text, publisher=text, status="ok")
                  for n, text in enumerate(APOSTROPHE_TEXTS)])
    with (tmp_path / "figures.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [export.unguard_cell(row["subject"]) for row in rows] == APOSTROPHE_TEXTS
    assert [export.unguard_cell(row["said_by"]) for row in rows] == APOSTROPHE_TEXTS
    assert [row["value"] for row in rows] == ["5"] * len(APOSTROPHE_TEXTS)
    with (tmp_path / "documents.csv").open(encoding="utf-8", newline="") as handle:
        documents = list(csv.DictReader(handle))
    for column in ("path", "title", "publisher"):
        assert [export.unguard_cell(row[column]) for row in documents] == APOSTROPHE_TEXTS


def _cell_the_long_way(name: str, value: object) -> object:
    """`cell` as first written: each case tested in turn."""
    if value is None:
        return ""
    if isinstance(value, float):
        if not math.isfinite(value):
            return ""
        if value.is_integer() and abs(value) < 1e15:
            value = int(value)
    if name in export.NUMERIC_FIELDS and (not isinstance(value, str) or _reads_as_number(value)):
        return value
    text = str(value)
    return "'" + text if text.lstrip("'").startswith(export.FORMULA_STARTS) else text


def _reads_as_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return text in {"True", "False", "true", "false"}
    return True


def _csv_line_the_long_way(values: list[object]) -> str:
    texts = ["" if v is None else str(v) for v in values]
    return ",".join('"' + t.replace('"', '""') + '"' if any(c in t for c in '",\r\n') else t
                    for t in texts) + "\n"


_CELL_VALUES = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True, allow_infinity=True),
    st.text(alphabet=st.sampled_from([*"=+-@\t\r'\",\na1.e "]), max_size=8))


@settings(max_examples=500, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(export.FIGURE_FIELDS), _CELL_VALUES), max_size=8))
def test_the_writers_shortcuts_write_what_the_long_way_writes(cells: list[tuple[str, object]]) -> None:
    """`cell` tests the common case (text in a text column) first and `csv_line` quotes cell by
    cell only when the joined line needs it: the same bytes as testing every case of every cell."""
    written = [export.cell(name, value) for name, value in cells]
    assert written == [_cell_the_long_way(name, value) for name, value in cells]
    assert export.csv_line(written) == _csv_line_the_long_way(written)
