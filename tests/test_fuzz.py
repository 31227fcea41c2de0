"""The fuzz benchmark (`python -m stats.fuzz`), run small: its inputs go through cleanly, and
its checks do see a broken output (so the zeros it prints mean something)."""

from __future__ import annotations

import csv
import json
import random
from collections import Counter
from pathlib import Path

import pytest

from stats import export, fuzz


@pytest.fixture(scope="module")
def small_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Counter[str]]:
    root = tmp_path_factory.mktemp("fuzz")
    found = fuzz.run(60, seed=7, timeout=30.0, keep=root, say=lambda line: None)
    return root, found


def test_a_small_run_has_nothing_to_report(small_run: tuple[Path, Counter[str]]) -> None:
    _, found = small_run
    assert found["documents"] >= 60
    assert found["figures"] > 100
    assert {name: found[name] for name in fuzz.MUST_BE_ZERO} == dict.fromkeys(fuzz.MUST_BE_ZERO, 0)


def test_the_checks_see_broken_outputs(small_run: tuple[Path, Counter[str]], tmp_path: Path) -> None:
    root, _ = small_run
    out = tmp_path / "out"
    out.mkdir()
    for name in (export.TEXTS_JSONL, export.DOCUMENTS_CSV):
        (out / name).write_bytes((root / "out" / name).read_bytes())
    records = [json.loads(line) for line in (root / "out" / export.FIGURES_JSONL).open(encoding="utf-8")]
    records[0]["start"] += 1  # an offset that no longer gives the span
    records[1]["value"] = None  # what JSON holds for an infinite value
    records[2]["whole"] = 1e400  # (read back as inf)
    (out / export.FIGURES_JSONL).write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    with (out / export.DOCUMENTS_CSV).open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    lost = rows[-1]["path"]  # every row of one input removed: an input lost
    (out / export.DOCUMENTS_CSV).write_text(export.rows_to_csv(
        [row for row in rows if row["path"] != lost], export.DOCUMENT_FIELDS), encoding="utf-8")
    found = fuzz.check_outputs(out, root / "inputs")
    assert (found["invalid offsets"], found["non-finite values"], found["lost inputs"]) == (1, 2, 1)


def test_the_generator_writes_every_kind_of_input(tmp_path: Path) -> None:
    files = fuzz.write_inputs(tmp_path, 400, random.Random(3))
    suffixes = {p.suffix for p in tmp_path.iterdir()}
    assert files == len(list(tmp_path.iterdir()))
    assert suffixes == {".txt", ".html", ".jsonl", ".csv"}
