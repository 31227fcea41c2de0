"""Engines (issue 11): `--jobs 2` writes the same bytes as `--jobs 1`, with the same time limit,
failure guard and interrupt handling inside the workers; the pool really shares the work out."""

from __future__ import annotations

import csv
import importlib
import io
import logging
import multiprocessing
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from stats import cli, engines, export
from stats.engines import bench, local, work
from stats.extract import extract_article
from tests.conftest import ROOT, SEEDS

OUTPUTS = (export.FIGURES_CSV, export.FIGURES_JSONL, export.DOCUMENTS_CSV, export.TEXTS_JSONL,
           *export.RECONCILE_NAMES)
FORK = pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(),
                          reason="the workers see this test's patches only when forked")


def outputs(out: Path) -> dict[str, bytes]:
    return {name: (out / name).read_bytes() for name in OUTPUTS}


@pytest.fixture
def chunks(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The size of every chunk a local pool was given (so a test knows the pool did the work)."""
    sizes: list[int] = []
    real = local.ProcessPool.submit

    def submit(self: local.ProcessPool, chunk: list[work.Entry], timeout: float | None) -> object:
        sizes.append(len(chunk))
        return real(self, chunk, timeout)

    monkeypatch.setattr(local.ProcessPool, "submit", submit)
    return sizes


def test_jobs_2_writes_the_seeds_as_jobs_1(tmp_path: Path, chunks: list[int]) -> None:
    assert cli.main(["extract", "-q", "--jobs", "1", str(SEEDS), "--out", str(tmp_path / "one")]) == 0
    assert chunks == []
    assert cli.main(["extract", "-q", "--jobs", "2", str(SEEDS), "--out", str(tmp_path / "two")]) == 0
    assert sum(chunks) == len(list(SEEDS.glob("*.txt")))
    assert outputs(tmp_path / "two") == outputs(tmp_path / "one")


def test_jobs_2_writes_a_generated_corpus_as_jobs_1(tmp_path: Path, chunks: list[int]) -> None:
    """300 files in two folders whose names repeat (so documents are renamed after the workers
    named them), exports with repeated ids, a page, odd files and standard input."""
    corpus = bench.write_corpus(tmp_path / "corpus", 300)
    stdin = b"At least 7 people were killed on Monday, police said.\n"
    inputs = [str(corpus), str(corpus / "a" / "00001.txt"), "-"]
    serial = engines.run(inputs, tmp_path / "one", stdin=io.BytesIO(stdin), options=engines.Options(jobs=1))
    before = len(chunks)
    parallel = engines.run(inputs, tmp_path / "two", stdin=io.BytesIO(stdin), options=engines.Options(jobs=2))
    assert before == 0
    assert len(chunks) > 4  # shared out, in several chunks
    assert sum(chunks) == len(parallel.documents)  # an entry a file, or a record of an export
    assert outputs(tmp_path / "two") == outputs(tmp_path / "one")
    names = [d.doc for d in parallel.documents]
    assert {"b/00001.txt", str(corpus / "a" / "00001.txt"), "story-1#9"} <= set(names)  # renamed
    assert [d.doc for d in serial.documents] == names
    assert {d.status for d in parallel.documents} == {"ok", "empty", "skipped"}
    assert parallel.figures == serial.figures > 1000


def test_a_renamed_document_keeps_its_relations_and_tallies(tmp_path: Path, chunks: list[int]) -> None:
    """Documents whose names are taken are named before a worker extracts them, so their
    parts and restatements point at their own figure ids, as in the serial run (a worker
    used to extract under the file's name and the ids were changed after, not the
    relations), and their tallies name the same figures."""
    article = ("Gunmen killed 17 people, including 4 officers, police said. Three traders were shot "
               "dead. The 3 fatalities were in Kano.\n")
    for folder in ("a", "b"):
        (tmp_path / "in" / folder).mkdir(parents=True)
        for number in range(3):
            (tmp_path / "in" / folder / f"x{number}.txt").write_text(article)
    inputs = [str(tmp_path / "in"), str(tmp_path / "in" / "a" / "x1.txt")]
    engines.run(inputs, tmp_path / "one", options=engines.Options(jobs=1))
    engines.run(inputs, tmp_path / "two", options=engines.Options(jobs=2))
    assert sum(chunks) == 7
    assert outputs(tmp_path / "two") == outputs(tmp_path / "one")
    with (tmp_path / "two" / export.FIGURES_CSV).open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    ids = {(row["doc"], row["figure_id"]) for row in rows}
    related = [(row["doc"], row["part_of"] or row["restates"]) for row in rows
               if row["part_of"] or row["restates"]]
    assert len(related) == 2 * 7  # a part and a restatement in each document ...
    assert set(related) <= ids  # ... each pointing at a figure of its own document
    assert {row["doc"] for row in rows} >= {"b/x1.txt", str(tmp_path / "in" / "a" / "x1.txt")}


@FORK
def test_timeout_and_failure_guard_inside_workers(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def hang_on_b_fail_on_c(text: str, doc: str = "text", **rest: object) -> tuple:
        if doc == "b.txt":
            time.sleep(30)
        if doc == "c.txt":
            raise ValueError("rule exploded")
        return extract_article(text, doc=doc)

    monkeypatch.setattr(importlib.import_module("stats.extract"), "extract_article", hang_on_b_fail_on_c)
    folder = tmp_path / "in"
    folder.mkdir()
    for name in "abcd":
        (folder / f"{name}.txt").write_text("At least 12 people were killed.\n")
    status = cli.main(["extract", "-q", "--jobs", "2", "--timeout", "0.5", str(folder), "--out",
                       str(tmp_path / "out")])
    assert status == cli.EXIT_SOME_FAILED
    with (tmp_path / "out" / export.DOCUMENTS_CSV).open(encoding="utf-8", newline="") as handle:
        rows = {row["doc"]: (row["status"], row["error"]) for row in csv.DictReader(handle)}
    assert rows == {"a.txt": ("ok", ""), "d.txt": ("ok", ""),
                    "b.txt": ("error", "extraction took longer than --timeout 0.5 s and was stopped"),
                    "c.txt": ("error", "extraction failed (ValueError: rule exploded)")}


@FORK
def test_warnings_logged_in_workers_reach_this_process(tmp_path: Path, caplog: pytest.LogCaptureFixture,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    from stats.find import atoms

    def broken(match: object, sentence: str) -> None:
        raise KeyError("US  $")

    monkeypatch.setitem(atoms._READERS, "money", broken)
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text("Aid of US  $5 million arrived. At least 40 people were killed.\n")
    with caplog.at_level(logging.WARNING, logger="stats"):
        assert engines.run([str(tmp_path / "a.txt"), str(tmp_path / "b.txt")], tmp_path / "out",
                           options=engines.Options(jobs=2)).figures == 2
    failed = [r.getMessage() for r in caplog.records if "rule money.prefix failed" in r.getMessage()]
    assert [m.rsplit(" in ", 1)[1][:5] for m in failed] == ["a.txt", "b.txt"]  # in input order


def _temporary(out: Path) -> list[str]:
    return sorted(p.name for p in out.iterdir() if p.name.endswith(".tmp"))


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes (POSIX)")
@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM])
def test_a_signal_stops_the_workers_and_leaves_the_folder(tmp_path: Path, signum: int) -> None:
    """A worker waits on a pipe nothing writes to; the signal must still end the run (the
    workers stopped), with the previous outputs and no temporary file."""
    corpus = bench.write_corpus(tmp_path / "in", 40)
    out = tmp_path / "out"
    out.mkdir()
    (out / "figures.csv").write_text("previous\n")
    pipe = tmp_path / "never-written.txt"
    os.mkfifo(pipe)
    command = [sys.executable, "-m", "stats", "extract", "--jobs", "2", str(corpus), str(pipe),
               "--out", str(out)]
    process = subprocess.Popen(command, cwd=ROOT, stderr=subprocess.PIPE, text=True)
    try:
        while not _temporary(out) and process.poll() is None:
            time.sleep(0.005)
        time.sleep(0.2)  # (the workers are busy, or one waits on the pipe)
        process.send_signal(signum)
        _, err = process.communicate(timeout=120)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == 128 + signum, err
    assert "Traceback" not in err
    assert sorted(p.name for p in out.iterdir()) == ["figures.csv"]
    assert (out / "figures.csv").read_text() == "previous\n"


def test_chunks_keep_every_worker_busy() -> None:
    assert work.chunk_bytes(10, 2) == work.MIN_CHUNK_BYTES
    assert work.chunk_bytes(1 << 40, 2) == work.MAX_CHUNK_BYTES
    assert work.chunk_bytes(32 << 20, 2) == 2 << 20  # 16 chunks for 2 workers


def test_default_jobs_is_the_cores_this_process_may_use() -> None:
    allowed = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    assert engines.default_jobs() == allowed


@FORK
def test_a_worker_that_dies_costs_only_its_input(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A worker killed on one article (as the system's memory killer would): its chunk runs
    again an input at a time, the article is an error with the reason, the rest is written."""
    def die_on_c(text: str, doc: str = "text", **rest: object) -> tuple:
        if doc == "c.txt":
            os.kill(os.getpid(), signal.SIGKILL)
        return extract_article(text, doc=doc)

    folder = tmp_path / "in"
    folder.mkdir()
    for name in "abcdefgh":
        (folder / f"{name}.txt").write_text(f"At least {ord(name)} people were killed.\n")
    assert cli.main(["extract", "-q", "--jobs", "1", str(folder), "--out", str(tmp_path / "one")]) == 0
    monkeypatch.setattr(importlib.import_module("stats.extract"), "extract_article", die_on_c)
    status = cli.main(["extract", "-q", "--jobs", "2", str(folder), "--out", str(tmp_path / "two")])
    assert status == cli.EXIT_SOME_FAILED
    with (tmp_path / "two" / export.DOCUMENTS_CSV).open(encoding="utf-8", newline="") as handle:
        rows = {row["doc"]: (row["status"], row["error"]) for row in csv.DictReader(handle)}
    assert rows.pop("c.txt") == ("error", "its worker process stopped while reading or extracting it "
                                          "(killed by signal 9)")
    assert set(rows.values()) == {("ok", "")}
    one = (tmp_path / "one" / export.FIGURES_CSV).read_text().splitlines()
    assert (tmp_path / "two" / export.FIGURES_CSV).read_text().splitlines() == [
        line for line in one if ",c.txt," not in line]
