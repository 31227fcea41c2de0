"""Per-rule cases kept as data (tests/data/rule_cases.jsonl): positives and negatives.

Each case is a text and the complete list of figures the extractor must find in it (an
empty list for negatives: dates, years, times, names with digits, phone numbers, "one man
said", page furniture). Only the fields a case names are checked.
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

import pytest

from stats import extract
from stats.find.atoms import ATOM_RULES

ATOM_IDS = [rule.id for rule in ATOM_RULES]
CASES = [json.loads(line) for line in
         (Path(__file__).parent / "data" / "rule_cases.jsonl").read_text(encoding="utf-8").splitlines()
         if line.strip()]


def _case_id(case: dict) -> str:
    first = case["figures"][0]["span"] if case["figures"] else f"none: {case['why']}"
    return f"{case['rule']}: {first}"


@pytest.mark.parametrize("case", CASES, ids=_case_id)
def test_rule_case(case: dict) -> None:
    figures = extract(case["text"], doc="case.txt")
    got = [{"span": f.span, **{k: getattr(f, k) for k in expected if k != "span"}}
           for f, expected in zip(figures, case["figures"], strict=False)]
    assert [f.span for f in figures] == [e["span"] for e in case["figures"]], \
        f"spans differ for {case['text']!r}"
    for expected, actual in zip(case["figures"], got, strict=True):
        for key, value in expected.items():
            if isinstance(value, float):
                assert actual[key] == pytest.approx(value, rel=1e-4), key
            else:
                assert actual[key] == value, f"{key} of {expected['span']!r}"
    if case["figures"] and case["rule"] in ATOM_IDS:
        assert figures[0].rule.split("+")[0] == case["rule"] or any(
            f.rule.split("+")[0] == case["rule"] for f in figures)


def test_every_rule_has_positive_and_negative_cases() -> None:
    seen: dict[str, set[str]] = defaultdict(set)
    for case in CASES:
        seen[case["rule"]].add("positive" if case["figures"] else "negative")
    missing = {rule: {"positive", "negative"} - seen[rule] for rule in ATOM_IDS
               if seen[rule] != {"positive", "negative"}}
    assert not missing, f"rules lacking cases: {missing}"
