"""Per-rule cases kept as data (tests/data/rule_cases.jsonl): positives and negatives for
every rule in the find stage's table (`stats.find.rules.RULES`).

Each case is a text, the rule it is about, and the complete list of figures the extractor
must find in it (only the fields a case names are checked). `fires` says whether the rule
must act on the text (default: whether there are figures): an atom or shaping rule fires
when it is in a figure's trail, a mask or filter when it turns a number down
(`stats.find.rules.explain`). The meta-test asks every rule of the table for at least one
case where it fires and one where it must not.
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

import pytest

from stats import extract
from stats.describe.rules import DESCRIBE_RULES
from stats.find.atoms import ATOM_RULES
from stats.find.rules import RULES as FIND_RULES
from stats.find.rules import explain
from stats.reconcile.rules import RECONCILE_RULES
from stats.text.sentences import split_sentences

# rule_cases.jsonl holds the find stage's cases; rule_cases_<stage>.jsonl those of the
# describe stage's tables (category, provenance, implied singles).
CASES = [json.loads(line)
         for path in sorted((Path(__file__).parents[1] / "data").glob("rule_cases*.jsonl"))
         for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
ATOM_IDS = {rule.id for rule in ATOM_RULES}
RULES = FIND_RULES | DESCRIBE_RULES
# The reconcile stage's relation rules are in the trail too; their cases are in tests/reconcile.
TRAIL_RULES = RULES | RECONCILE_RULES
# Cases about the text stage's page-furniture rule, which is not in the find stage's table.
TEXT_RULES = {"furniture"}


def _case_id(case: dict) -> str:
    return f"{case['rule']}: {case['text'][:40]}"


def _fires(case: dict) -> bool:
    return bool(case.get("fires", bool(case["figures"])))


@pytest.mark.parametrize("case", CASES, ids=_case_id)
def test_rule_case(case: dict) -> None:
    figures = extract(case["text"], doc="case.txt")
    assert [f.span for f in figures] == [e["span"] for e in case["figures"]], \
        f"spans differ for {case['text']!r}"
    for expected, actual in zip(case["figures"], figures, strict=True):
        for key, value in expected.items():
            if isinstance(value, float):
                assert getattr(actual, key) == pytest.approx(value, rel=1e-4), key
            else:
                assert getattr(actual, key) == value, f"{key} of {expected['span']!r}"


@pytest.mark.parametrize("case", [c for c in CASES if c["rule"] not in TEXT_RULES], ids=_case_id)
def test_rule_fires_as_the_case_says(case: dict) -> None:
    fired: set[str] = set()
    for sentence in split_sentences(case["text"]):
        fired |= explain(sentence.raw).fired()
    for figure in extract(case["text"], doc="case.txt"):  # describe-stage rules: in the trail
        fired |= set(figure.rule.split("+"))
    assert (case["rule"] in fired) == _fires(case), f"fired: {sorted(fired)}"


def test_every_case_names_a_known_rule() -> None:
    unknown = {case["rule"] for case in CASES} - set(RULES) - TEXT_RULES
    assert not unknown, f"cases name rules the table does not have: {unknown}"


def test_every_rule_has_positive_and_negative_cases() -> None:
    seen: dict[str, set[bool]] = defaultdict(set)
    for case in CASES:
        seen[case["rule"]].add(_fires(case))
    missing = {rule: {True, False} - seen[rule] for rule in RULES if seen[rule] != {True, False}}
    assert not missing, f"rules lacking cases (True: fires, False: must not): {missing}"


def test_atom_groups_match_the_number_pattern() -> None:
    """Every alternative of NUMBER_ATOM has a reader in the table, and no reader is orphaned."""
    from stats.find import patterns

    top_level = {"money", "vague", "adur", "frac", "dfrac", "ord", "words", "digits"}
    assert top_level <= set(patterns.NUMBER_ATOM.groupindex)
    assert {rule.group for rule in ATOM_RULES} == top_level


def test_rule_ids_in_output_come_from_the_table() -> None:
    text = " ".join(case["text"] for case in CASES)
    for figure in extract(text, doc="all.txt"):
        for part in figure.rule.split("+"):
            assert part in TRAIL_RULES, f"{part!r} in {figure.rule!r} is not a rule of the table"
