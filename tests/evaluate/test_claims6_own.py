"""Claims on the sixth multi-outlet set (tests/data/claims6: 19 invented articles about five
events - a boat capsizing on the Niger at Warrah, a Karachi heatwave, a market massacre in
Komanda with tolls from five sides, a garment factory fire in Gazipur, a French strike day with
police and union crowd counts - and two same-kind distractors days apart, written and
annotated blind by a helper who never saw the matcher; gold tests/gold/claims6_own.jsonl,
notes in the folder's README).

Its first reading (2026-12-04, fifth session, the matcher after that session's first rules:
civilians as a toll's people, money plans, lives taken): pairwise F1 0.481 (precision 0.46,
recall 0.50), 15 of 50 multi-figure claims. Rules then read off its misses, each general and
with cases: a toll "up from 19 on the day of the attack" is the same toll a day earlier; a
count a body owns names its source ("the government's count of 487,000"); workers who march
are the march's crowd: 0.515 (precision 0.48), 15 of 50. The floors hold that reading less
a margin.
"""

from __future__ import annotations

import pytest

from stats.evaluate.claims_scoring import ClaimsScore
from tests.evaluate.claims_sets import score_set


@pytest.fixture(scope="module")
def result() -> ClaimsScore:
    return score_set("claims6", "claims6_own.jsonl")


def test_figures_are_found(result: ClaimsScore) -> None:
    assert result["matched_figures"] >= 230, result["matched_figures"]


def test_pairwise_f1(result: ClaimsScore) -> None:
    assert result["pairwise"]["f1"] >= 0.48, result["pairwise"]
    assert result["pairwise"]["precision"] >= 0.45, result["pairwise"]


def test_claims_recovered(result: ClaimsScore) -> None:
    assert result["clusters"]["recovered"] >= 13, result["missed_claims"]


def test_conflicts(result: ClaimsScore) -> None:
    assert result["conflicts"]["f1"] >= 0.58, result["conflicts"]
