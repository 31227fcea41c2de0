"""No rule raises on the project's own texts: a rule that fails costs its figure (logged as
"rule ... failed on ...", `stats.find.guard`), so a crash would otherwise show only as a
figure missing from a score. Every article, bench text and regression text is read here with
the warnings captured."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from stats import extract
from stats.evaluate import newsquant
from tests.conftest import ROOT

TEXTS = sorted(
    path
    for folder in ("seeds", "tests/data/articles", "tests/data/bench", "tests/data/regressions")
    for path in (ROOT / folder).glob("*.txt")
)


def test_there_are_texts() -> None:
    assert len(TEXTS) > 80


@pytest.mark.parametrize("path", TEXTS, ids=lambda p: p.name)
def test_no_rule_fails(path: Path, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="stats"):
        extract(path.read_text(encoding="utf-8"), doc=path.name)
    failures = [r.getMessage() for r in caplog.records if " failed on " in r.getMessage()]
    assert not failures


def test_no_rule_fails_on_newsquant(caplog: pytest.LogCaptureFixture) -> None:
    """NewsQuant's 590 sentences (in ../shared, when it is there): other writers' English."""
    path = newsquant.find_newsquant()
    if path is None:
        pytest.skip("NewsQuant is not here (../shared/data/newsquant): nothing to read")
    with caplog.at_level(logging.WARNING, logger="stats"):
        newsquant.evaluate_newsquant(path)
    failures = [r.getMessage() for r in caplog.records if " failed on " in r.getMessage()]
    assert not failures
