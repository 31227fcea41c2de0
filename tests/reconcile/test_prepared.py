"""The reconcile stage's per-article work (`stats.reconcile.prepared`): done as each article is
extracted (in a worker) or at the end from the figures read back (a serial run, a long
article), it gives the same tallies and claims as working them out afresh from the figures
files, and a failure costs the run its tallies and claims, never its figures."""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable
from pathlib import Path

import pytest

from stats import batch, export
from stats.engines import bench
from stats.export_reconcile import figures_from_jsonl
from stats.model import Document
from stats.reconcile import prepared
from stats.reconcile.claims import claims
from stats.reconcile.tally import tally
from tests.conftest import SEEDS

FILES = (export.FIGURES_CSV, export.FIGURES_JSONL, *export.RECONCILE_NAMES)


def _outputs(out: Path) -> dict[str, bytes]:
    return {name: (out / name).read_bytes() for name in FILES if (out / name).exists()}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Generated articles (many of one event, so claims join) and the seeds."""
    return bench.write_corpus(tmp_path_factory.mktemp("corpus"), 60)


def test_the_run_s_claims_and_tallies_are_those_of_its_figures_files(corpus: Path, tmp_path: Path) -> None:
    """What the articles prepared gives the claims and tallies that the figures as written
    give when worked out afresh (as the reconcile stage did from the files)."""
    documents = batch.run([str(corpus), str(SEEDS)], tmp_path).documents
    with (tmp_path / export.FIGURES_JSONL).open(encoding="utf-8") as handle:
        figures = list(figures_from_jsonl(handle))
    with_claims, found = claims([dataclasses.replace(f, claim=None, claim_conflict=False) for f in figures],
                                documents)
    cells = [(f.claim, f.claim_conflict) for f in figures]
    assert [(f.claim, f.claim_conflict) for f in with_claims] == cells
    assert len({f.claim for f in figures}) < len(figures)  # some claims join several figures
    written = (tmp_path / export.TALLIES_JSONL).read_text(encoding="utf-8").splitlines()
    assert len(written) == len(tally(figures)) > 10
    assert len((tmp_path / export.CLAIMS_JSONL).read_text(encoding="utf-8").splitlines()) == len(found)


@pytest.mark.parametrize("formats", [("csv", "jsonl"), ("csv",)])
def test_articles_prepared_at_the_end_give_what_they_give_prepared_at_once(
        corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, formats: tuple[str, ...]) -> None:
    """A serial run that writes figures.jsonl (and a long article in any run) keeps only the
    number of an article's figures and prepares it at the end from its figures read back; a
    worker prepares it at once. Both give the same outputs. (Every article counts as long
    here, so a run without figures.jsonl defers them too; each is still extracted in one
    part.)"""
    deferred: list[int] = []
    real_done = prepared.Preparing.done

    def done(self: prepared.Preparing) -> prepared.Prepared:
        record = real_done(self)
        deferred.append(record.deferred)
        return record

    monkeypatch.setattr(prepared.Preparing, "done", done)
    with monkeypatch.context() as patched:
        if "jsonl" not in formats:
            patched.setattr(batch, "CHUNK_CHARS", 10)
        batch.run([str(corpus), str(SEEDS)], tmp_path / "read-back", formats=formats)
    assert sum(deferred) > 100
    real = batch.extract_document

    def at_once(document: Document, writer: batch.FigureSink, timeout: float | None,
                on_part: Callable[[int], None] | None = None, defer: bool = False) -> None:
        real(document, writer, timeout, on_part, defer=False)

    monkeypatch.setattr(batch, "extract_document", at_once)
    deferred.clear()
    batch.run([str(corpus), str(SEEDS)], tmp_path / "at-once", formats=formats)
    assert deferred == [0] * len(deferred)
    at_once_files, read_back = _outputs(tmp_path / "at-once"), _outputs(tmp_path / "read-back")
    assert list(at_once_files) == list(read_back) == [name for name in FILES if name != export.FIGURES_JSONL
                                                      or "jsonl" in formats]
    for name in read_back:
        if name == export.CLAIMS_JSONL and formats == ("csv",):
            continue  # (numbers read back from CSV are floats: "24.0" where the article's own gave 24)
        assert at_once_files[name] == read_back[name], name


def test_a_failure_in_the_reconcile_stage_costs_the_claims_not_the_figures(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    batch.run([str(SEEDS)], tmp_path / "good")

    def broken(*args: object, **kwargs: object) -> object:
        raise RuntimeError("a bug in a tally rule")

    monkeypatch.setattr(prepared, "tally", broken)
    with caplog.at_level(logging.ERROR, logger="stats"):
        outcome = batch.run([str(SEEDS)], tmp_path / "bad")
    assert outcome.figures > 40
    assert not outcome.failed
    assert "tallies and claims could not be worked out" in caplog.text
    good = (tmp_path / "good" / export.FIGURES_CSV).read_text(encoding="utf-8").splitlines()
    bad = (tmp_path / "bad" / export.FIGURES_CSV).read_text(encoding="utf-8").splitlines()
    assert [line.rsplit(",", 2)[0] for line in bad] == [line.rsplit(",", 2)[0] for line in good]
    assert all(line.endswith(",,False") for line in bad[1:])  # no claims
    assert not (tmp_path / "bad" / export.TALLIES_CSV).exists()


def test_a_document_prepares_its_figures_light() -> None:
    from stats import extract

    figures = extract("Gunmen killed 17 people, including 4 officers, in Kano on Friday.", doc="a")
    preparing = prepared.Preparing()
    preparing.add(figures)
    record = preparing.done()
    assert [f.figure_id for f in record.figures] == [f.figure_id for f in figures]
    assert all(f.sentence == f.span == "" for f in record.figures)
    assert record.count == len(figures) == len(record.keyed)
    assert [(t.category.value, t.best) for t in record.tallies] == [("killed", 17.0)]
