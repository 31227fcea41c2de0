"""Claims on the fourth multi-outlet set (tests/data/claims4: 18 invented articles about five
events - an earthquake in Bajhang, Nepal, with a toll that rises over four reports, Congolese
refugees crossing into Burundi, a wildfire in Evia, a ferry capsizing on the Meghna, Kenya's
budget - and two same-kind distractors, written and annotated blind by a helper who never
saw the matcher; gold tests/gold/claims4_own.jsonl, notes in the folder's README).

This set is held out: no rule has been tuned on it. Its first reading (2026-12-03, the
matcher after the rules read off claims3 that day): pairwise F1 0.448 (precision 0.50,
recall 0.41), 13 of 52 multi-figure claims, conflicts F1 0.53; the matcher at the start of
that day (d3cea5e), in-process on the same set, 0.439 (recall 0.39), the same 13 claims.
Recall is the chief miss (tolls that rise over four reports, counts of one stock on two
days); so is precision against the two distractors, which share many values. The floors
hold that reading less a margin, so a change that loses ground on unseen text fails.
On 2026-12-03 (fourth session) three general rules were added: a telling value (exact, two
significant digits or more) given by two reports of one event is one figure whatever the
words around it; two reports giving two of the same precise values (three digits) are one
event although they share no name; "last month" dates a rate by the report's date.
Pairwise F1 0.448 -> 0.478 (precision 0.52, recall 0.45), 17 of 52 claims (0.500 before a review
narrowed the telling-value rule to one group and dated reports).
"""

from __future__ import annotations

import pytest

from stats.evaluate.claims_scoring import ClaimsScore
from tests.evaluate.claims_sets import score_set


@pytest.fixture(scope="module")
def result() -> ClaimsScore:
    return score_set("claims4", "claims4_own.jsonl")


def test_figures_are_found(result: ClaimsScore) -> None:
    assert result["matched_figures"] >= 225, result["matched_figures"]


def test_pairwise_f1(result: ClaimsScore) -> None:
    assert result["pairwise"]["f1"] >= 0.47, result["pairwise"]
    assert result["pairwise"]["precision"] >= 0.49, result["pairwise"]


def test_claims_recovered(result: ClaimsScore) -> None:
    assert result["clusters"]["recovered"] >= 15, result["missed_claims"]


def test_conflicts(result: ClaimsScore) -> None:
    assert result["conflicts"]["f1"] >= 0.49, result["conflicts"]
