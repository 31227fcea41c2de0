"""The regression corpus of issue 13 (tests/regression_corpus.py), extracted once by the real
command line, then checked class by class: nothing lost, nothing stalls, nothing infinite."""

from __future__ import annotations

import csv
import json
import logging
import math
from pathlib import Path

import pytest

from stats import cli, export
from stats.text.sentences import MAX_SENTENCE
from tests.regression_corpus import APOSTROPHE_TITLES, CLASSES, PREFIX_SPACES, write_corpus


class _Messages(logging.Handler):
    """The warnings a run logs, as text."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(record.getMessage())


class Run:
    """One `stats extract` over the whole corpus: its inputs, status, outputs and log."""

    def __init__(self, root: Path) -> None:
        self.inputs = write_corpus(root / "corpus")
        self.out = root / "out"
        messages, logger = _Messages(), logging.getLogger("stats")
        logger.addHandler(messages)
        try:
            self.status = cli.main(["extract", "-q", str(root / "corpus"), "--out", str(self.out)])
        finally:
            logger.removeHandler(messages)
        self.log = "\n".join(messages.lines)
        with (self.out / export.DOCUMENTS_CSV).open(encoding="utf-8", newline="") as handle:
            self.documents = {row["doc"]: row for row in csv.DictReader(handle)}
        with (self.out / export.FIGURES_CSV).open(encoding="utf-8", newline="") as handle:
            self.rows = list(csv.DictReader(handle))
        with (self.out / export.FIGURES_JSONL).open(encoding="utf-8") as handle:
            self.records = [json.loads(line) for line in handle]
        with (self.out / export.TEXTS_JSONL).open(encoding="utf-8") as handle:
            self.texts = {r["doc"]: r["text"] for r in map(json.loads, handle)}

    def figures(self, doc: str) -> list[dict[str, object]]:
        return [r for r in self.records if r["doc"] == doc]


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> Run:
    return Run(tmp_path_factory.mktemp("regressions"))


def test_the_corpus_has_every_class(run: Run) -> None:
    assert sorted(run.inputs) == sorted(CLASSES)
    assert run.status == cli.EXIT_OK  # nothing failed, nothing was lost
    names = {p.name for paths in run.inputs.values() for p in paths}
    assert {row["path"].rsplit("/", 1)[-1] for row in run.documents.values()} == names


def test_every_offset_slices_back_and_every_value_is_finite(run: Run) -> None:
    for record in run.records:
        text = run.texts[record["doc"]]
        assert text[record["start"]:record["end"]] == record["span"]
        assert math.isfinite(record["value"])
        assert record["value_high"] is None or math.isfinite(record["value_high"])
    assert len(run.rows) == len(run.records)


def test_currency_prefixes_with_whitespace_inside(run: Run) -> None:
    for number, space in enumerate(PREFIX_SPACES):
        doc = f"currency-{number}.txt"
        assert run.documents[doc]["status"] == "ok"
        assert [(f["span"], f["value"], f["unit"]) for f in run.figures(doc)] == [
            (f"US{space}$5 million", 5e6, "USD"), (f"HK{space}$3 million", 3e6, "HKD"),
            (f"At least {number + 40}", number + 40.0, None)]


def test_values_that_overflow_are_refused_and_the_rest_kept(run: Run) -> None:
    for name in ("centuries", "decades", "exponent", "digits"):
        doc = f"non-finite-{name}.txt"
        assert run.documents[doc]["status"] == "ok"
        assert [f["span"] for f in run.figures(doc)] == ["7"]
    assert "in non-finite-centuries.txt refused: its value is not a finite number (inf)" in run.log


def test_empty_exports_each_have_a_row(run: Run) -> None:
    assert {doc: (run.documents[doc]["status"], run.documents[doc]["error"]) for doc in
            ("zero.jsonl", "blank.jsonl", "header.csv", "blank-rows.csv", "zero.csv")} == {
        "zero.jsonl": ("empty", "the file is empty (0 bytes)"),
        "blank.jsonl": ("empty", "no records: blank lines only"),
        "header.csv": ("empty", "no records: a header row and no rows"),
        "blank-rows.csv": ("empty", "no records: a header row and blank rows only"),
        "zero.csv": ("empty", "the file is empty (0 bytes)")}


def test_deeply_nested_html_is_read(run: Run) -> None:
    """(Its work is counted at three sizes in tests/test_linear.py.)"""
    assert run.documents["nested.html"]["status"] == "ok"
    assert run.texts["nested.html"] == "At least 5 people died."
    assert [f["span"] for f in run.figures("nested.html")] == ["At least 5"]


def test_output_stays_linear_without_sentence_ends(run: Run) -> None:
    """48 KB with no full stop: 321 MB of output before, when each figure repeated it all."""
    figures = run.figures("no-end.txt")
    assert len(figures) == 48_000 // len("and 5 troops were sent to the town ") + 1
    assert max(len(str(f["sentence"])) for f in figures) <= MAX_SENTENCE
    size = (run.out / export.FIGURES_CSV).stat().st_size + (run.out / export.FIGURES_JSONL).stat().st_size
    assert size < 3 * 1_600 * len(run.records)  # about 1 KB of sentence per figure, in two files


def test_apostrophe_cells_round_trip(run: Run) -> None:
    rows = [run.documents[f"q{number}"] for number in range(len(APOSTROPHE_TITLES))]
    assert [export.unguard_cell(row["title"]) for row in rows] == APOSTROPHE_TITLES
    assert [export.unguard_cell(row["publisher"]) for row in rows] == APOSTROPHE_TITLES
    for row in rows:
        assert not row["title"].lstrip("'").startswith(export.FORMULA_STARTS) or row["title"][0] == "'"
