"""Claims on the third multi-outlet set (tests/data/claims3: 18 invented articles about five
events - a train derailment in Sindh, a cholera outbreak in Chitungwiza, a flood in Nsanje,
a pension march in Santiago with disputed crowd sizes, a Bank of Thailand rate cut - and two
same-kind distractors, written and annotated blind by a helper who never saw the matcher;
gold tests/gold/claims3_own.jsonl, notes in the folder's README).

This set is held out: no rule has been tuned on it. Its readings so far: pairwise F1 0.444
(precision 0.67, recall 0.33), 8 of 33 multi-figure claims, conflicts F1 0.65 at the
matcher of 2026-12-02; 0.425 for a branch tuned to 0.96 on the first set (not merged: it
did not carry over); 0.465 (precision 0.73), 9 of 33, conflicts F1 0.61 after the general
rules the second set showed (see test_claims2_own.py). Its chief misses are recall: counts
that rise from report to report (the toll, cases 1,240 -> 1,302 -> nearly 1,400, evacuees,
arrests) and a central bank's figures (the rate before the cut, the growth forecast).

On 2026-12-03 (after the held-out reading above) general rules were read off this set's
misses, so it is now in-sample like the others: an event word does not reach a figure of
another clause ("50 injured when 10 coaches derailed") or past another figure ("cases,
including 33 deaths"); a bare baseline takes the noun before it ("up from the 12 the police
reported"); and a baseline an earlier report gave ("rose to 28, up from 15 reported
earlier", "against the 900 first estimated") is the same quantity, not a second one of the
same voice. Pairwise F1 0.465 -> 0.554 (precision 0.71, recall 0.45), 10 of 33 claims,
conflicts F1 0.65; the other sets unchanged. Periods read the same day ("since early May",
"Since the first case was confirmed on 4 May") then gave 0.552 (precision 0.73) and
conflicts 0.61; a march's crowd as one quantity ("25,000 people marched", "150,000 took
part"), 0.576. Telling values, events tied by shared precise values and dated "last
month" (2026-12-03, fourth session): 0.645 (precision 0.77), 11 of 33 claims. The floors
hold that reading less a margin.
"""

from __future__ import annotations

import pytest

from stats.evaluate.claims_scoring import ClaimsScore
from tests.evaluate.claims_sets import score_set


@pytest.fixture(scope="module")
def result() -> ClaimsScore:
    return score_set("claims3", "claims3_own.jsonl")


def test_figures_are_found(result: ClaimsScore) -> None:
    assert result["matched_figures"] >= 170, result["matched_figures"]


def test_pairwise_f1(result: ClaimsScore) -> None:
    assert result["pairwise"]["f1"] >= 0.60, result["pairwise"]
    assert result["pairwise"]["precision"] >= 0.72, result["pairwise"]


def test_claims_recovered(result: ClaimsScore) -> None:
    assert result["clusters"]["recovered"] >= 10, result["missed_claims"]
    assert result["clusters"]["recovered_multi_article"] >= 9, result["clusters"]


def test_conflicts(result: ClaimsScore) -> None:
    assert result["conflicts"]["f1"] >= 0.58, result["conflicts"]
