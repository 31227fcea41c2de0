"""Parquet output (issue 11): `--format csv,parquet` writes the CSV's columns with their types,
one file or one file per publication month; a missing pyarrow or Dask is a clear error that
names the extra to install, and the core runs without them."""

from __future__ import annotations

import csv
import dataclasses
import subprocess
import sys
from pathlib import Path

import pytest

from stats import cli, export
from stats.engines import bench
from stats.model import Document, Figure
from tests.conftest import ROOT, SEEDS

pq = pytest.importorskip("pyarrow.parquet")

TYPES = {"int64": int, "double": float, "bool": bool, "string": str}
# The contract's columns that are not text, with the type a reader of the CSV would give them
# (other columns are text, or as later fields declare them; their values are compared below).
NOT_TEXT = {"start": int, "end": int, "sentence_start": int, "sentence_end": int, "chars": int,
            "figures": int, "value": float, "value_high": float, "whole": float, "vague": bool,
            "implied": bool}


def csv_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def from_csv(cell: str, kind: type) -> object:
    """A CSV cell read with the column's Parquet type (blank: null)."""
    if cell == "":
        return None
    if kind is bool:
        return {"True": True, "False": False}[cell]
    if kind is str:
        return export.unguard_cell(cell)
    return kind(float(cell)) if kind is int else float(cell)


def assert_same_table(parquet: object, rows: list[dict[str, str]], fields: list[str]) -> None:
    """The Parquet table has the CSV's columns in order, typed, and the same values row for row."""
    table = parquet  # a pyarrow.Table
    assert table.column_names == fields  # type: ignore[attr-defined]
    kinds = {field.name: TYPES[str(field.type)] for field in table.schema}  # type: ignore[attr-defined]
    assert {name: kinds[name] for name in fields if name in NOT_TEXT} == {
        name: kind for name, kind in NOT_TEXT.items() if name in fields}
    text = {name for name in fields if kinds[name] is str}
    assert {"figure_id", "span", "kind", "said_by"} & set(fields) <= text
    records = table.to_pylist()  # type: ignore[attr-defined]
    assert len(records) == len(rows) > 0
    for record, row in zip(records, rows, strict=True):
        for name in fields:
            expected = from_csv(row[name], kinds[name])
            got = record[name]
            if kinds[name] is str and got == "":
                got = None  # (a blank text and no text are one blank cell in the CSV)
            assert got == expected, (name, row[name], got)
            assert type(got) is type(expected), (name, row[name], got)


def test_parquet_has_the_csv_columns_and_types(tmp_path: Path) -> None:
    corpus = bench.write_corpus(tmp_path / "in", 30)
    (corpus / "odd.txt").write_text("=HYPERLINK(1) -5 dead: about 1.5 million people fled 3 km away.\n")
    out = tmp_path / "out"
    assert cli.main(["extract", "-q", "--jobs", "2", "--format", "csv,parquet", str(corpus), str(SEEDS),
                     "--out", str(out)]) == cli.EXIT_OK
    names = {p.name for p in out.iterdir()}
    assert {export.FIGURES_CSV, export.DOCUMENTS_CSV, export.TEXTS_JSONL, export.FIGURES_PARQUET,
            export.DOCUMENTS_PARQUET} <= names
    assert export.FIGURES_JSONL not in names
    assert_same_table(pq.read_table(out / export.FIGURES_PARQUET), csv_rows(out / export.FIGURES_CSV),
                      export.FIGURE_FIELDS)
    assert_same_table(pq.read_table(out / export.DOCUMENTS_PARQUET), csv_rows(out / export.DOCUMENTS_CSV),
                      export.DOCUMENT_FIELDS)


def test_the_column_types_are_the_records_annotations() -> None:
    """The stated types (`export_parquet._NOT_TEXT`) say what the records' annotations say: a
    field annotated int, float or bool (or one of them or None) is that, any other is text."""
    from stats.export_parquet import column_types

    written = {f.name: str(f.type).replace(" ", "").removesuffix("|None")
               for record in (Figure, Document) for f in dataclasses.fields(record)}
    assert written["value_high"] == "float"  # (the annotations as written: pure Python)
    assert written["kind"] == "Kind"
    expected = {name: kind if kind in ("int", "float", "bool") else "string"
                for name, kind in written.items()}
    assert column_types() == expected


def test_parquet_by_month_holds_the_same_figures(tmp_path: Path) -> None:
    corpus = bench.write_corpus(tmp_path / "in", 20)
    out = tmp_path / "out"
    assert cli.main(["extract", "-q", "--jobs", "1", "--format", "csv,jsonl,parquet",
                     "--partition-by", "month", str(corpus), "--out", str(out)]) == cli.EXIT_OK
    months = sorted(p.name for p in (out / export.FIGURES_PARQUET).iterdir())
    published = {row["published"][:7] for row in csv_rows(out / export.DOCUMENTS_CSV) if row["published"]}
    assert months == sorted([f"{m}.parquet" for m in published] + ["undated.parquet"])
    rows = sorted(csv_rows(out / export.FIGURES_CSV), key=lambda row: row["figure_id"])
    table = pq.read_table(out / export.FIGURES_PARQUET).sort_by("figure_id")
    assert_same_table(table, rows, export.FIGURE_FIELDS)
    march = pq.read_table(out / export.FIGURES_PARQUET / f"{min(published)}.parquet")
    documents = {row["doc"]: row["published"] for row in csv_rows(out / export.DOCUMENTS_CSV)}
    assert {documents[doc][:7] for doc in march.column("doc").to_pylist()} == {min(published)}


def test_a_run_without_parquet_removes_an_older_one(tmp_path: Path) -> None:
    """The folder never mixes two runs: the dashboard would read the older Parquet first."""
    out = tmp_path / "out"
    assert cli.main(["extract", "-q", "--format", "parquet", "--partition-by", "month", str(SEEDS),
                     "--out", str(out)]) == 0
    assert (out / export.FIGURES_PARQUET).is_dir()
    assert not (out / export.FIGURES_CSV).exists()
    assert cli.main(["extract", "-q", "--format", "csv,parquet", str(SEEDS), "--out", str(out)]) == 0
    assert (out / export.FIGURES_PARQUET).is_file()  # a folder replaced by a file
    assert cli.main(["extract", "-q", str(SEEDS), "--out", str(out)]) == 0
    names = {p.name for p in out.iterdir()}
    assert {export.FIGURES_CSV, export.FIGURES_JSONL, export.DOCUMENTS_CSV, export.TEXTS_JSONL} <= names
    assert not {export.FIGURES_PARQUET, export.DOCUMENTS_PARQUET} & names


@pytest.mark.parametrize(("args", "extra", "module"), [
    (["--format", "csv,parquet"], "[parquet]", "pyarrow"),
    (["--engine", "dask"], "[cluster]", "distributed"),
])
def test_a_missing_extra_is_named(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                  monkeypatch: pytest.MonkeyPatch, args: list[str], extra: str,
                                  module: str) -> None:
    for name in [m for m in sys.modules if m == module or m.startswith(module + ".")]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, module, None)  # (import then fails as if it were not installed)
    out = tmp_path / "out"
    out.mkdir()
    (out / "figures.csv").write_text("previous\n")
    assert cli.main(["extract", *args, str(SEEDS), "--out", str(out)]) == cli.EXIT_USAGE
    err = capsys.readouterr().err
    assert f"needs the {extra} extra ({module} is not installed)" in err
    assert f'pip install "figures-from-news{extra}"' in err
    assert sorted(p.name for p in out.iterdir()) == ["figures.csv"]


def test_bad_formats_are_usage_errors(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        cli.main(["extract", "--format", "csv,xml", str(SEEDS)])
    assert exit_.value.code == cli.EXIT_USAGE
    assert "xml: formats are csv, jsonl, parquet" in capsys.readouterr().err
    assert cli.main(["extract", "--scheduler", "tcp://x:8786", str(SEEDS)]) == cli.EXIT_USAGE


_WITHOUT_EXTRAS = """
import sys
for name in ("pyarrow", "dask", "distributed"):
    sys.modules[name] = None  # as in an install without the extras
from stats.cli import main
sys.exit(main(["extract", "-q", "--jobs", "2", sys.argv[1], "--out", sys.argv[2]]))
"""


def test_the_core_runs_without_the_extras(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, "-c", _WITHOUT_EXTRAS, str(SEEDS), str(tmp_path / "out")],
                          cwd=ROOT, capture_output=True, text=True, check=False, timeout=300)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "out" / export.FIGURES_CSV).read_text().count("\n") > 50
