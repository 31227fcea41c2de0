"""The Dask engine (issue 11) on a LocalCluster of two worker processes and a tiny corpus: the
same files as `--jobs 1`, plus figures.parquet by month; `--scheduler` reaches a running cluster."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from stats import cli, engines, export
from stats.engines import bench

distributed = pytest.importorskip("distributed")
pq = pytest.importorskip("pyarrow.parquet")

OUTPUTS = (export.FIGURES_CSV, export.FIGURES_JSONL, export.DOCUMENTS_CSV, export.TEXTS_JSONL)


def test_dask_on_a_local_cluster_writes_what_jobs_1_writes(tmp_path: Path) -> None:
    corpus = bench.write_corpus(tmp_path / "in", 12)
    assert cli.main(["extract", "-q", "--jobs", "1", str(corpus), "--out", str(tmp_path / "one")]) == 0
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                                  silence_logs=50) as cluster:
        status = cli.main(["extract", "-q", "--engine", "dask", "--scheduler", cluster.scheduler_address,
                           str(corpus), "--out", str(tmp_path / "dask")])
        assert status == 0
        served = cluster.scheduler.task_prefixes  # the work really ran on the cluster
        assert "process_chunk" in served
    for name in OUTPUTS:
        assert (tmp_path / "dask" / name).read_bytes() == (tmp_path / "one" / name).read_bytes(), name
    figures = pq.read_table(tmp_path / "dask" / export.FIGURES_PARQUET)  # a folder, by month
    assert (tmp_path / "dask" / export.FIGURES_PARQUET).is_dir()
    lines = (tmp_path / "one" / export.FIGURES_JSONL).read_text(encoding="utf-8").split("\n")[:-1]
    expected = sorted(json.loads(line)["figure_id"] for line in lines)
    assert sorted(figures.column("figure_id").to_pylist()) == expected


def test_dask_starts_its_own_local_cluster(tmp_path: Path) -> None:
    outcome = engines.run([str(bench.write_corpus(tmp_path / "in", 4))], tmp_path / "out",
                          options=engines.Options(engine="dask", jobs=2, formats=export.DEFAULT_FORMATS))
    assert outcome.figures > 0
    names = {p.name for p in (tmp_path / "out").iterdir()}
    assert set(OUTPUTS) <= names
    assert export.FIGURES_PARQUET not in names  # (--format given: no Parquet)
