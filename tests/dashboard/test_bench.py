"""The benchmark runs end to end (on a small synthetic corpus, to stay quick)."""

from __future__ import annotations

from pathlib import Path

import pytest

from dashboard import bench
from tests.dashboard.conftest import write_texts


def test_benchmark_measures_real_callbacks_on_a_synthetic_corpus(monkeypatch: pytest.MonkeyPatch) -> None:
    extract_seeds = bench.extract_seeds

    def extract_with_texts(articles: Path, out: Path) -> None:
        """The bench's extraction, plus texts.jsonl until the core writes it."""
        extract_seeds(articles, out)
        write_texts(articles, out)

    monkeypatch.setattr(bench, "extract_seeds", extract_with_texts)
    result = bench.run(1_000)
    assert result["figures"] == 1_000
    assert result["articles"] == 95  # 53 figures a copy of the 5 seeds: 19 copies, 5 articles each
    assert result["texts"]  # so every click was checked to quote its article from texts.jsonl
    assert len(result["filter_ms"]) == len(result["rows_ms"]) == 8
    assert len(result["click_ms"]) >= 9
    assert result["download_rows"] > 0
    text = bench.report(result)
    assert "first load" in text
    assert "click -> quote" in text
