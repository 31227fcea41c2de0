"""`stats eval`: the NewsQuant bar, the benchmark's value conventions, and gold-file scoring."""

from __future__ import annotations

import json

import pytest

from stats.cli import main
from stats.evaluate import newsquant as evaluate
from stats.model import Figure, Kind, Qualifier
from tests.conftest import ROOT, SEEDS

NEWSQUANT = evaluate.find_newsquant()


@pytest.mark.skipif(NEWSQUANT is None, reason="NewsQuant is not beside this checkout (../shared)")
def test_newsquant_value_f1_reaches_90() -> None:
    assert NEWSQUANT is not None
    metrics, _ = evaluate.evaluate_newsquant(NEWSQUANT)
    assert metrics["sentences"] == 590
    assert metrics["gold"] == 904
    assert metrics["f1"] >= 90.0, metrics


def _figure(**fields: object) -> Figure:
    base: dict = {"doc": "d", "start": 0, "end": 1, "span": "x", "value": 1.0, "kind": Kind.COUNT}
    return Figure(**{**base, **fields})


@pytest.mark.parametrize(("figure", "values"), [
    (_figure(value=703.0), [(703.0, 703.0)]),
    (_figure(value=150.0, whole=400.0), [(150.0, 150.0), (400.0, 400.0)]),
    (_figure(value=200.0, vague=True, qualifier=Qualifier.AT_LEAST), [(100.0, 1000.0)]),
    (_figure(value=24.0, vague=True), [(12.0, 120.0)]),
    (_figure(value=0.3333, value_high=0.5, qualifier=Qualifier.RANGE), [(0.3333, 0.5)]),
])
def test_benchmark_values(figure: Figure, values: list) -> None:
    assert evaluate.benchmark_values(figure) == values


@pytest.mark.parametrize(("raw", "value"), [
    ("6.0", (6.0, 6.0)), ("10-20", (10.0, 20.0)), ("-1.3", (-1.3, -1.3)),
    ("3.0 - 4.0", (3.0, 4.0)), ("n/a", None),
])
def test_gold_values(raw: str, value: tuple | None) -> None:
    assert evaluate.gold_value(raw) == value


def test_values_match_one_to_one() -> None:
    assert evaluate.match_values([(2.0, 2.0), (2.0, 2.0)], [(2.0, 2.0)]) == 1
    assert evaluate.match_values([(1.0, 2.0)], [(1.0, 1.0), (2.0, 2.0)]) == 0
    assert evaluate.match_values([(5.0, 5.0)], [(5.000001, 5.000001)]) == 1


def test_eval_scores_a_gold_file(capsys: pytest.CaptureFixture[str]) -> None:
    gold = ROOT / "tests" / "gold" / "seeds.jsonl"
    code = main(["eval", "--gold", str(gold), "--docs", str(SEEDS), "--json"])
    result = json.loads(capsys.readouterr().out)
    assert code == 0
    assert result["gold"] == len(gold.read_text(encoding="utf-8").splitlines())  # every gold figure is read
    assert result["overall"]["precision"] >= 0.95
    assert result["overall"]["recall"] >= 0.95


def test_eval_says_plainly_when_newsquant_is_missing(tmp_path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["eval", "--newsquant", str(tmp_path / "absent.json")])
    assert code == 2
    assert "not found" in capsys.readouterr().err
