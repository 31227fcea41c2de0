"""The pattern tables, case by case: what each compiled pattern matches and what it must not.

The cases are data, in tests/data/pattern_cases.jsonl, one JSON object a line:

    {"pattern": "find.patterns.PERCENT_AFTER", "text": " per cent", "method": "match", "matches": true}

- `pattern`: a module-level pattern under `stats.` ("find.patterns.NUMBER_ATOM"), or an entry
  of a module-level dict of patterns ("find.masks.MASKS.date");
- `method`: "match", "search" or "fullmatch", as the code under test calls it (context
  patterns `*_AFTER` are matched at the start of the text after a number, `*_BEFORE` are
  searched in the text before it);
- `matches`: whether it matches; with `group`, whether that named group takes part (so a
  negative case with a group may match through another alternative);
- optional `value`: the text of the match (or of `group`); `lastgroup`: the name of the
  last group closed (for NUMBER_ATOM, the alternative that read the phrase); `note`: why.

A meta-test checks that every pattern named in the file exists, and that every module-level
compiled pattern of the three tables has at least one positive and one negative case.
"""

from __future__ import annotations

import importlib
import json
import re
from collections import defaultdict
from types import ModuleType

import pytest
import regex

from stats.lexicon.compiled import LazyPattern
from tests.conftest import DATA

CASES_FILE = DATA / "pattern_cases.jsonl"
MODULES = ("find.patterns", "find.masks", "find.ordinals", "find.filters", "find.identifiers",
           "find.article_one", "find.metres", "text.patterns")
METHODS = {"match", "search", "fullmatch"}
FIELDS = {"pattern", "text", "method", "matches", "group", "value", "lastgroup", "note"}


def _load() -> list[tuple[int, dict]]:
    with CASES_FILE.open(encoding="utf-8") as handle:
        return [(number, json.loads(line)) for number, line in enumerate(handle, 1) if line.strip()]


CASES = _load()


def _module(name: str) -> ModuleType:
    return importlib.import_module(f"stats.{name}")


def _lookup(name: str) -> object:
    """The pattern a case names: "find.patterns.PERCENT_AFTER", "find.masks.MASKS.date"."""
    for module_name in MODULES:
        if name.startswith(module_name + "."):
            attribute, _, key = name[len(module_name) + 1:].partition(".")
            value = getattr(_module(module_name), attribute)
            return value[key] if key else value
    raise LookupError(f"{name!r} is not in one of the pattern tables {MODULES}")


def _is_pattern(value: object) -> bool:
    return isinstance(value, regex.Pattern | re.Pattern | LazyPattern)


def all_patterns() -> set[str]:
    """Every public module-level compiled pattern of the tables (dicts of patterns by key)."""
    names = set()
    for module_name in MODULES:
        for attribute, value in vars(_module(module_name)).items():
            if attribute.startswith("_"):
                continue
            if _is_pattern(value):
                names.add(f"{module_name}.{attribute}")
            elif isinstance(value, dict) and value and all(_is_pattern(v) for v in value.values()):
                names.update(f"{module_name}.{attribute}.{key}" for key in value)
    return names


def _case_id(number: int, case: dict) -> str:
    sign = "+" if case["matches"] else "-"
    group = f"[{case['group']}]" if "group" in case else ""
    return f"{CASES_FILE.name}:{number}:{case['pattern']}{group}{sign}{case['text']!r}"


@pytest.mark.parametrize("case", [pytest.param(c, id=_case_id(n, c)) for n, c in CASES])
def test_pattern_case(case: dict) -> None:
    pattern = _lookup(case["pattern"])
    match = getattr(pattern, case["method"])(case["text"])
    group = case.get("group")
    if not case["matches"]:
        assert match is None or (group is not None and match.group(group) is None), (
            f"matched {match.group(0)!r}" + (f", {group}={match.group(group)!r}" if group else ""))
        return
    assert match is not None, "no match"
    if group is not None:
        assert match.group(group) is not None, f"group {group!r} took no part in {match.group(0)!r}"
    if "value" in case:
        assert match.group(group or 0) == case["value"]
    if "lastgroup" in case:
        assert match.lastgroup == case["lastgroup"]


# --- the case file itself -----------------------------------------------------------------------

def test_cases_are_well_formed() -> None:
    problems = []
    for number, case in CASES:
        unknown = set(case) - FIELDS
        if unknown or not {"pattern", "text", "method", "matches"} <= set(case):
            problems.append(f"line {number}: fields {sorted(case)}")
        elif case["method"] not in METHODS or not isinstance(case["matches"], bool):
            problems.append(f"line {number}: method {case['method']!r}, matches {case['matches']!r}")
        elif not case["matches"] and ("value" in case or "lastgroup" in case):
            problems.append(f"line {number}: a negative case has no value")
    assert not problems, "\n".join(problems)


def test_every_named_pattern_exists() -> None:
    missing = []
    for number, case in CASES:
        try:
            found = _lookup(case["pattern"])
        except (AttributeError, KeyError, LookupError, ImportError) as error:
            missing.append(f"line {number}: {case['pattern']} ({error!r})")
            continue
        if not _is_pattern(found):
            missing.append(f"line {number}: {case['pattern']} is a {type(found).__name__}, not a pattern")
    assert not missing, "\n".join(missing)


def test_groups_named_by_cases_exist() -> None:
    unknown = []
    for number, case in CASES:
        pattern = _lookup(case["pattern"])
        for group in filter(None, (case.get("group"), case.get("lastgroup"))):
            if group not in pattern.groupindex:
                unknown.append(f"line {number}: {case['pattern']} has no group {group!r}")
    assert not unknown, "\n".join(unknown)


def test_every_pattern_has_a_positive_and_a_negative_case() -> None:
    polarities: dict[str, set[bool]] = defaultdict(set)
    for _, case in CASES:
        polarities[case["pattern"]].add(case["matches"])
    wanted = {True: "a positive", False: "a negative"}
    lacking = [f"{name}: no " + " and no ".join(wanted[p] for p in sorted({True, False} - polarities[name]))
               for name in sorted(all_patterns()) if polarities[name] != {True, False}]
    assert not lacking, "patterns without both a positive and a negative case:\n" + "\n".join(lacking)


def test_the_tables_are_found() -> None:
    """The meta-test above sees the tables: a few well-known patterns are among them."""
    names = all_patterns()
    assert {"find.patterns.NUMBER_ATOM", "find.masks.MASKS.date", "text.patterns.SENTENCE_END"} <= names
    assert len(names) >= 75
