"""Per-rule cases kept as data for the reconcile stage: `tests/data/relation_cases.jsonl`
(which figure is a part of which, which restates which) and `tests/data/tally_cases.jsonl`
(an article's low, best and high per category).

Each case names a rule of `stats.reconcile.rules.RECONCILE_RULES`, a text, and the complete
expected result (every relation by span, every tally row); `fires` says whether the rule
must act on the text (default true). The meta-test asks every rule for a case where it acts
and one where it must not.
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

import pytest

from stats import extract
from stats.reconcile import relate, tally
from stats.reconcile.rules import RECONCILE_RULES

DATA = Path(__file__).parents[1] / "data"
RELATION_CASES = [json.loads(line) for line in (DATA / "relation_cases.jsonl").read_text("utf-8").splitlines()
                  if line.strip()]
TALLY_CASES = [json.loads(line) for line in (DATA / "tally_cases.jsonl").read_text("utf-8").splitlines()
               if line.strip()]


def _case_id(case: dict) -> str:
    return f"{case['rule']}: {case['text'][:50]}"


def _relations(text: str) -> tuple[dict[str, list[str]], set[str]]:
    """Each related figure's span -> [relation, the other figure's span]; the rules in trails."""
    figures = relate(extract(text, doc="case.txt"))
    spans = {f.figure_id: f.span for f in figures}
    found: dict[str, list[str]] = {}
    for f in figures:
        if f.part_of:
            found[f.span] = ["part_of", spans[f.part_of]]
        if f.restates:
            found[f.span] = ["restates", spans[f.restates]]
    return found, {rule for f in figures for rule in f.rule.split("+")}


@pytest.mark.parametrize("case", RELATION_CASES, ids=_case_id)
def test_relation_case(case: dict) -> None:
    found, fired = _relations(case["text"])
    assert found == case["relations"]
    assert (case["rule"] in fired) == case.get("fires", True), f"fired: {sorted(fired)}"


@pytest.mark.parametrize("case", TALLY_CASES, ids=_case_id)
def test_tally_case(case: dict) -> None:
    fired: set[str] = set()
    tallies = tally(relate(extract(case["text"], doc="case.txt")), fired)
    got = {t.category.value: [t.low, t.best, t.high] for t in tallies}
    assert got == case["tallies"], [t.how for t in tallies]
    assert (case["rule"] in fired) == case.get("fires", True), f"fired: {sorted(fired)}"


def test_every_reconcile_rule_has_positive_and_negative_cases() -> None:
    seen: dict[str, set[bool]] = defaultdict(set)
    for case in RELATION_CASES + TALLY_CASES:
        assert case["rule"] in RECONCILE_RULES, f"unknown rule {case['rule']!r}"
        seen[case["rule"]].add(case.get("fires", True))
    missing = {rule: {True, False} - seen[rule] for rule in RECONCILE_RULES if seen[rule] != {True, False}}
    assert not missing, f"rules lacking cases (True: acts, False: must not): {missing}"
