"""The benchmark runs end to end (on a small synthetic corpus, to stay quick)."""

from __future__ import annotations

from dashboard import bench


def test_benchmark_measures_real_callbacks_on_a_synthetic_corpus() -> None:
    result = bench.run(1_000)
    assert result["figures"] == 1_000
    assert 5 < result["articles"] <= 5 * 20  # the 5 seeds copied under new names, 50+ figures a copy
    assert result["texts"]  # so every click was checked to quote its article from texts.jsonl
    assert len(result["filter_ms"]) == len(result["rows_ms"]) == 11
    assert result["source_ms"]  # clicks on source bars, each checked to set the source filter
    assert len(result["click_ms"]) >= 9
    assert result["download_rows"] > 0
    assert len(result["text_ms"]) == len(bench.SEARCHES)
    assert 0 < result["rss_loaded_mb"] <= result["rss_peak_mb"]  # measured in this process (Linux)
    assert set(bench.verdicts(result)) == {"load", "callbacks", "download", "memory", "long search"}
    text = bench.report(result)
    assert "first load" in text
    assert "click -> quote" in text
    assert "p95" in text
    assert "resident memory" in text


def test_benchmark_reads_a_parquet_corpus() -> None:
    result = bench.run(500, parquet=True, texts=False)
    assert result["source"] == "figures.parquet"
    assert result["figures"] == 500
    assert not result["texts"]  # no texts.jsonl: the clicks were checked to find their figures only
