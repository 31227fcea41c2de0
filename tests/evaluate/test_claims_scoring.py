"""The claims scorer (stats.evaluate.claims_scoring): numbers worked out by hand on small
gold and prediction sets, and, when ../shared is present, the same report as the shared
score_claims.py on the seeds' claims gold and on predictions made from it."""

from __future__ import annotations

import csv
import json
import random
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from stats.evaluate import claims_scoring
from stats.evaluate.claims_scoring import read_predictions, score_claims, values_agree
from stats.evaluate.scoring import Item, Row
from tests.conftest import ROOT, SHARED

GOLD = ROOT / "tests" / "gold" / "claims-seeds.jsonl"
SHARED_SCORER = SHARED / "score_claims.py"
needs_shared = pytest.mark.skipif(
    not SHARED_SCORER.is_file(),
    reason="../shared/score_claims.py is absent: no shared scorer to compare with")


def _figure(doc: str, span: str, value: float, claim: str | None, **fields: object) -> Row:
    """A gold figure in a sentence of its own."""
    return {"doc": doc, "sentence": f"Reports say {span} in the end.", "span": span, "value": value,
            "value_high": None, "kind": "count", "unit": None, "category": "killed", "claim": claim,
            **fields}


def _gold() -> list[Row]:
    """Seven figures in two articles: a toll the sources dispute (40, 40, at least 42), a
    part of it, "a month" and "30 days" for one span, and a singleton with no claim id."""
    return [
        _figure("a.txt", "40 dead", 40, "ferry.killed", claim_conflict=True),
        _figure("b.txt", "40 people died", 40, "ferry.killed", claim_conflict=True),
        _figure("b.txt", "at least 42", 42, "ferry.killed", claim_conflict=True),
        _figure("a.txt", "12 crew", 12, "ferry.crew", claim_conflict=False),
        _figure("a.txt", "a month", 1, "siege.time", kind="duration", unit="month",
                claim_conflict=False),
        _figure("b.txt", "30 days", 30, "siege.time", kind="duration", unit="days",
                claim_conflict=False),
        _figure("b.txt", "3 boats", 3, None, claim_conflict=False),
    ]


def _predict(gold: list[Row], claims: list[str | None], flags: list[bool] | None = None) -> list[Row]:
    """The gold figures with the given claims, with a claim_conflict column only when given."""
    rows = []
    for i, (row, claim) in enumerate(zip(gold, claims, strict=True)):
        pred = {k: v for k, v in row.items() if k != "claim_conflict"}
        pred["claim"] = claim
        if flags is not None:
            pred["claim_conflict"] = flags[i]
        rows.append(pred)
    return rows


def test_perfect_prediction() -> None:
    gold = _gold()
    result = score_claims(gold, gold)
    assert result["matched_figures"] == 7
    assert result["gold_claims"] == 4
    assert result["pairwise"] == {"tp": 4, "fp": 0, "fn": 0, "precision": 1.0, "recall": 1.0, "f1": 1.0}
    assert result["bcubed"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0}
    assert result["clusters"] == {"gold_multi_figure": 2, "recovered": 2, "gold_multi_article": 2,
                                  "recovered_multi_article": 2}
    conflicts = result["conflicts"]
    assert (conflicts["tp"], conflicts["fp"], conflicts["fn"]) == (1, 0, 0)
    assert conflicts["gold_conflicting_claims"] == 1
    assert conflicts["gold_agreeing_multi_figure_claims"] == 1
    assert conflicts["flags_from"] == "claim_conflict column"
    assert result["missed_claims"] == []


def test_every_figure_a_singleton() -> None:
    result = score_claims(_gold(), _predict(_gold(), [None] * 7))
    # No pair predicted; 3 + 1 gold pairs missed.
    assert result["pairwise"] == {"tp": 0, "fp": 0, "fn": 4, "precision": 0.0, "recall": 0.0, "f1": 0.0}
    # Recall per figure: 1/3 for each of the toll's three, 1/2 for each span figure, 1 for the others.
    assert result["bcubed"] == {"precision": 1.0, "recall": round(4 / 7, 4), "f1": round(8 / 11, 4)}
    assert result["clusters"]["recovered"] == 0
    # Flags derived: a singleton's values always agree, so the disputed toll goes unflagged.
    conflicts = result["conflicts"]
    assert (conflicts["tp"], conflicts["fp"], conflicts["fn"]) == (0, 0, 1)
    assert conflicts["flags_from"] == "derived from predicted claims"
    missed = result["missed_claims"]
    assert [m["claim"] for m in missed] == ["ferry.killed", "siege.time"]
    assert missed[0]["conflict"] is True
    assert [f["predicted_claim"] for f in missed[1]["figures"]] == ["#singleton4", "#singleton5"]


def test_everything_one_claim() -> None:
    result = score_claims(_gold(), _predict(_gold(), ["all"] * 7))
    assert result["pairwise"]["tp"] == 4
    assert result["pairwise"]["fp"] == 21 - 4
    assert result["pairwise"]["precision"] == round(4 / 21, 4)
    assert result["pairwise"]["recall"] == 1.0
    # Precision per figure: the share of the 7 in its gold claim: (3*3 + 1 + 2*2 + 1) / 49.
    assert result["bcubed"]["precision"] == round(15 / 49, 4)
    assert result["bcubed"]["recall"] == 1.0
    assert result["clusters"]["recovered"] == 0  # the claims are there, but not alone
    # The one predicted claim's values differ, so all four gold claims are flagged.
    conflicts = result["conflicts"]
    assert (conflicts["tp"], conflicts["fp"], conflicts["fn"]) == (1, 3, 0)


def test_missed_conflict_with_flag_column() -> None:
    claims = [row["claim"] for row in _gold()]
    result = score_claims(_gold(), _predict(_gold(), claims, [False] * 7))
    assert result["clusters"]["recovered"] == 2  # clustering right ...
    conflicts = result["conflicts"]
    assert (conflicts["tp"], conflicts["fp"], conflicts["fn"]) == (0, 0, 1)  # ... the dispute missed
    assert conflicts["recall"] == 0.0


def test_flag_is_the_majority_of_a_claims_figures() -> None:
    claims = [row["claim"] for row in _gold()]
    one_of_three = [False, False, True, False, False, False, False]
    two_of_three = [True, False, True, False, False, False, False]
    assert score_claims(_gold(), _predict(_gold(), claims, one_of_three))["conflicts"]["tp"] == 0
    assert score_claims(_gold(), _predict(_gold(), claims, two_of_three))["conflicts"]["tp"] == 1


def test_a_month_and_30_days_agree() -> None:
    """Right claims, flags derived: 40 vs 42 is flagged, "a month" vs "30 days" is not."""
    claims = [row["claim"] for row in _gold()]
    conflicts = score_claims(_gold(), _predict(_gold(), claims))["conflicts"]
    assert (conflicts["tp"], conflicts["fp"], conflicts["fn"]) == (1, 0, 0)
    gold = _gold()
    gold[5]["value"], gold[5]["span"] = 20, "20 days"  # now a conflict the gold does not mark
    assert any("siege.time" in w for w in claims_scoring.gold_warnings(gold))


def test_gold_conflicts_derived_without_the_column() -> None:
    gold = [{k: v for k, v in row.items() if k != "claim_conflict"} for row in _gold()]
    assert score_claims(gold, _gold()) == score_claims(_gold(), _gold())
    assert claims_scoring.gold_warnings(gold) == []
    assert claims_scoring.gold_warnings(_gold()) == []


def _span(value: float, unit: str) -> Row:
    return {"value": value, "kind": "duration", "unit": unit}


@pytest.mark.parametrize(("a", "b", "agree"), [
    (_span(1, "month"), _span(30, "day"), True),
    (_span(1, "year"), _span(360, "days"), True),  # within 2% once converted
    (_span(1, "month"), _span(20, "day"), False),
    (_span(2, "decade"), _span(20, "years"), True),
    (_span(20, "year"), _span(20, "years"), True),
    ({"value": 1, "unit": "mile"}, {"value": 1.6, "unit": "kilometres"}, True),
    ({"value": 85, "kind": "percent", "unit": "percent"}, {"value": 0.85, "kind": "fraction"}, True),
    ({"value": 60, "kind": "percent", "unit": "percent"}, {"value": 0.5, "kind": "fraction"}, False),
    ({"value": 85, "kind": "percent", "unit": "percent"}, {"value": 85, "kind": "count"}, False),
    ({"value": 60, "qualifier": "at_least"}, {"value": 60, "qualifier": "more_than"}, True),
    ({"value": 24, "vague": True}, {"value": 31}, False),
    ({"value": 10, "value_high": 20}, {"value": 10}, False),
    ({"value": 0.6667, "kind": "fraction"}, {"value": 2 / 3, "kind": "fraction"}, True),
])
def test_values_agree(a: Row, b: Row, agree: bool) -> None:
    assert values_agree([Item(0, a), Item(1, b)]) is agree
    assert values_agree([Item(0, b), Item(1, a)]) is agree


def test_unmatched_figures_are_left_out() -> None:
    gold = _gold()
    pred = [row for i, row in enumerate(gold) if i != 2]  # the "at least 42" not found
    result = score_claims(gold, pred)
    assert result["matched_figures"] == 6
    assert result["pairwise"]["tp"] == 2  # 1 toll pair + the span's pair, all predicted
    assert result["pairwise"]["fn"] == 0
    assert [m["claim"] for m in result["missed_claims"]] == ["ferry.killed"]
    assert result["missed_claims"][0]["figures"][2]["predicted_claim"] is None


def test_claim_ids_compare_as_normalised_text() -> None:
    claims = [row["claim"] for row in _gold()]
    claims[1] = "  FERRY.Killed "
    assert score_claims(_gold(), _predict(_gold(), claims))["clusters"]["recovered"] == 2


def test_a_prediction_without_claims_is_refused() -> None:
    rows = [{k: v for k, v in row.items() if k != "claim"} for row in _gold()]
    with pytest.raises(ValueError, match="claim"):
        score_claims(_gold(), rows)
    assert score_claims(_gold(), [])["matched_figures"] == 0  # no predictions: nothing to check


def test_read_predictions_csv(tmp_path: Path) -> None:
    path = tmp_path / "pred.csv"
    path.write_text("doc, sentence ,span,value,claim\n"
                    "a.txt,Reports say 40 dead in the end.,40 dead,40,x\n"
                    "b.txt,Reports say 40 people died in the end.,40 people died,40,\n", encoding="utf-8")
    rows = read_predictions(path)
    assert rows[0]["sentence"] == "Reports say 40 dead in the end."
    result = score_claims(_gold(), rows)
    assert result["matched_figures"] == 2
    assert result["pairwise"]["tp"] == 0  # the blank claim is a singleton of its own
    assert result["bcubed"]["recall"] == 0.5


def test_gold_copy_matches_shared() -> None:
    shared = SHARED / "gold" / "claims-seeds.jsonl"
    if not shared.is_file():
        pytest.skip("../shared/gold is absent")
    assert GOLD.read_bytes() == shared.read_bytes(), \
        "tests/gold/claims-seeds.jsonl drifted from the shared gold"


# ----------------------------------------------------------------------------- the shared scorer

def _write_csv(path: Path, rows: list[Row]) -> Path:
    columns = list(dict.fromkeys(key for row in rows for key in row))
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, columns)
        writer.writeheader()
        writer.writerows({k: "" if v is None else v for k, v in row.items()} for row in rows)
    return path


def _assert_same_as_shared(pred_path: Path) -> dict[str, Any]:
    completed = subprocess.run(
        [sys.executable, str(SHARED_SCORER), "--gold", str(SHARED / "gold" / "claims-seeds.jsonl"),
         "--pred", str(pred_path), "--json", "--show-errors"],
        capture_output=True, text=True, check=True)
    shared = json.loads(completed.stdout)
    ours: dict[str, Any] = dict(score_claims(read_predictions(GOLD), read_predictions(pred_path)))
    for key in shared:  # one key at a time, so a failure names the number that differs
        assert ours[key] == shared[key], key
    assert set(ours) == set(shared)
    return shared


def _seed_rows(with_flags: bool) -> list[Row]:
    rows = read_predictions(GOLD)
    return rows if with_flags else [{k: v for k, v in r.items() if k != "claim_conflict"} for r in rows]


@needs_shared
def test_shared_agrees_on_gold_against_itself() -> None:
    shared = _assert_same_as_shared(GOLD)
    assert shared["matched_figures"] == 54


@needs_shared
@pytest.mark.parametrize("with_flags", [False, True])
def test_shared_agrees_on_all_singletons(tmp_path: Path, with_flags: bool) -> None:
    rows = [{**row, "claim": None} for row in _seed_rows(with_flags)]
    shared = _assert_same_as_shared(_write_csv(tmp_path / "pred.csv", rows))
    assert shared["clusters"]["recovered"] == 0


@needs_shared
@pytest.mark.parametrize("with_flags", [False, True])
def test_shared_agrees_on_one_claim_per_document(tmp_path: Path, with_flags: bool) -> None:
    rows = [{**row, "claim": row["doc"]} for row in _seed_rows(with_flags)]
    shared = _assert_same_as_shared(_write_csv(tmp_path / "pred.csv", rows))
    assert shared["pairwise"]["fp"] > 0


def _perturbed(seed: int, with_flags: bool) -> list[Row]:
    """The gold with claims split and merged at random: some figures move to a claim of
    their own or to another figure's claim, some lose their claim id, some are not
    predicted at all; flags, when kept, are flipped now and then."""
    rng = random.Random(seed)
    rows = _seed_rows(with_flags)
    claims = [row["claim"] for row in rows]
    out = []
    for i, row in enumerate(rows):
        roll = rng.random()
        if roll < 0.08:
            continue
        claim = (f"split-{i}" if roll < 0.25 else rng.choice(claims) if roll < 0.45
                 else None if roll < 0.5 else row["claim"])
        pred = {**row, "claim": claim}
        if with_flags and rng.random() < 0.2:
            pred["claim_conflict"] = not pred["claim_conflict"]
        out.append(pred)
    rng.shuffle(out)
    return out


@needs_shared
@pytest.mark.parametrize("with_flags", [False, True])
@pytest.mark.parametrize("seed", range(5))
def test_shared_agrees_on_random_splits_and_merges(tmp_path: Path, seed: int, with_flags: bool) -> None:
    rows = _perturbed(seed, with_flags)
    assert rows != _seed_rows(with_flags)
    _assert_same_as_shared(_write_csv(tmp_path / "pred.csv", rows))
    jsonl = tmp_path / "pred.jsonl"
    jsonl.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    _assert_same_as_shared(jsonl)
