"""Per-rule cases kept as data for the claim matcher: `tests/data/claim_cases.jsonl`.

Each case is a few short reports of one invented event (or of two events) by different
outlets, written for the rule it names: `texts` maps an article to its text (a by-line and a
date line may open it, as `stats.read` gives them), `published` gives dates where the rule
needs them, and `pairs` names figures by article and span with whether they must state one
claim (`same`). `fires` says whether the rule decides the case (a positive case) or the case
shows where it must not act (a negative one); the meta-test asks every rule for both.
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

import pytest

from stats import extract
from stats.model import Document, Figure
from stats.reconcile import relate
from stats.reconcile.claims import claims

CASES = [json.loads(line) for line in
         (Path(__file__).parents[1] / "data" / "claim_cases.jsonl").read_text("utf-8").splitlines()
         if line.strip()]
RULES = frozenset({
    "claims.credits",  # a by-line, a masthead and a dateline's agency name no event
    "claims.country_names",  # "Bangladeshi" names Bangladesh; "Central African Republic" is one name
    "claims.scenes",  # two reports each set where the other never names are two events
    "claims.other_event",  # a place named only in another event's passing mention ties no report to it
    "claims.earlier_year",  # a figure dated only to years before its report is another event's
    "claims.compared_period",  # a year after the figure across "than" dates the thing compared
    "claims.expected_release",  # what economists had expected a release to show is a forecast
    "claims.strongest_first",  # agreeing values join before differing ones, the closest contexts first
    "claims.increments",  # "15 more bodies" is what a toll grew by, not the toll
    "claims.crowds",  # "25,000 people marched" and "150,000 took part": one crowd, disputed
    "claims.earlier_report",  # "up from 15 reported earlier": the same quantity as an earlier report gave it
    "claims.telling_values",  # "5.7 percent" of one budget in two reports is one figure, whatever the words
    "claims.release_values",  # reports giving two of the same precise values are of one event
    "claims.rate_periods",  # "27.4 percent last month" dates a rate, not another event
    "claims.civilian_victims",  # civilians are a toll's people unless some report breaks them out of it
    "claims.money_plans",  # money that "will" be spent is a plan, as the budget states it; "could" forecasts
    "claims.asides_apart",  # asides fifty times apart are two ("killing 91", "35,000 since 2009")
    "claims.subsets",  # guards, inmates or children among the dead are a part of the toll, not the toll
    "claims.part_whole",  # "786 of the 1,412 detainees" and "1,412 detainees": a part and its whole
    "claims.updates",  # "police now say three have died" after their "two": one toll, updated
})


def _case_id(case: dict) -> str:
    return f"{case['rule']}: {next(iter(case['texts'].values()))[:40]}"


def _claimed(case: dict) -> list[Figure]:
    published = case.get("published", {})
    documents = [Document(doc=doc, path=doc, text=text, published=published.get(doc, ""))
                 for doc, text in case["texts"].items()]
    figures = [f for d in documents for f in relate(extract(d.text, doc=d.doc))]
    return claims(figures, documents)[0]


def _claim_of(figures: list[Figure], doc: str, span: str) -> str:
    found = [f.claim for f in figures if f.doc == doc and f.span == span]
    assert len(found) == 1, (doc, span, [(f.doc, f.span) for f in figures])
    return found[0] or ""


@pytest.mark.parametrize("case", CASES, ids=_case_id)
def test_claim_case(case: dict) -> None:
    figures = _claimed(case)
    for pair in case["pairs"]:
        same = _claim_of(figures, *pair["a"]) == _claim_of(figures, *pair["b"])
        assert same == pair["same"], (pair, [(f.doc, f.span, f.claim) for f in figures])


def test_every_claim_rule_has_positive_and_negative_cases() -> None:
    seen: dict[str, set[bool]] = defaultdict(set)
    for case in CASES:
        assert case["rule"] in RULES, f"unknown rule {case['rule']!r}"
        seen[case["rule"]].add(case["fires"])
    missing = {rule: {True, False} - seen[rule] for rule in RULES if seen[rule] != {True, False}}
    assert not missing, f"rules lacking cases (True: acts, False: must not): {missing}"
