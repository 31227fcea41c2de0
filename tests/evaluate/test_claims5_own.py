"""Claims on the fifth multi-outlet set (tests/data/claims5: 18 invented articles about five
events - a monsoon landslide on a Sri Lankan tea estate, dengue in Piura, an air strike on
Bara with tolls from four sides, a plane crash at Osh, an oil spill in Old Harbour Bay - and
two same-kind distractors in neighbouring places, written and annotated blind by a helper
who never saw the matcher; gold tests/gold/claims5_own.jsonl, notes in the folder's README).

This set is held out: no rule has been tuned on it. Its first reading (2026-12-03, fourth
session, the matcher after that session's rules: telling values, events tied by shared
precise values, "last month" dated by the report): pairwise F1 0.434 (precision 0.58,
recall 0.35), 10 of 32 multi-figure claims, conflicts F1 0.49; the matcher at the start of
that session (a7c979e), in-process on the same set, 0.439 (precision 0.59), the same 10
claims: that session's rules, read off the earlier sets, did not carry over to this one.
Recall is the chief miss, as on claims4. Two general rules were then read off its misses (a
year before a figure that is its own period is no aside; another source's bare count takes the
category of the figure before it, "the RSF says 56"): 0.486 (precision 0.61), 10 of 32; the
set is no longer held out. The next session's rules (civilians as a toll's people where no
report breaks them out of a total; parts listed after a marked part; a toll "up from N on the day
of the attack"): 0.549 (precision 0.63), 10 of 32. The floors hold that reading less a margin.
"""

from __future__ import annotations

import pytest

from stats.evaluate.claims_scoring import ClaimsScore
from tests.evaluate.claims_sets import score_set


@pytest.fixture(scope="module")
def result() -> ClaimsScore:
    return score_set("claims5", "claims5_own.jsonl")


def test_figures_are_found(result: ClaimsScore) -> None:
    assert result["matched_figures"] >= 195, result["matched_figures"]


def test_pairwise_f1(result: ClaimsScore) -> None:
    assert result["pairwise"]["f1"] >= 0.52, result["pairwise"]
    assert result["pairwise"]["precision"] >= 0.60, result["pairwise"]


def test_claims_recovered(result: ClaimsScore) -> None:
    assert result["clusters"]["recovered"] >= 8, result["missed_claims"]


def test_conflicts(result: ClaimsScore) -> None:
    assert result["conflicts"]["f1"] >= 0.44, result["conflicts"]
