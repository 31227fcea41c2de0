"""Properties every tally holds, on the project's articles and on generated event reports.

On every article (the seeds and the team's annotated articles): each id in a tally's
`figures` is a figure of the article and category, `low <= best <= high`, `how` names every
count of the category (added, a part, a restatement, another claim or left out, with why),
and a part or restatement points at a figure of the same article stated before it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from stats import extract
from stats.model import Figure, Kind
from stats.reconcile import relate, tally
from stats.reconcile.relations import RELATION_RULES

ROOT = Path(__file__).resolve().parents[2]
ARTICLES = sorted([*(ROOT / "seeds").glob("*.txt"), *(ROOT / "tests" / "data" / "articles").glob("*.txt")])
NUMBERS = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "11", "12", "15",
           "20", "23", "40"]
VALUES = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
          "ten": 10}
GROUPS = ["soldiers", "civilians", "police officers", "traders", "farmers", "students", "miners"]


def _figures(path: Path) -> list[Figure]:
    return relate(extract(path.read_text(encoding="utf-8"), doc=path.name))


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.name)
def test_tallies_hold_together_on_every_article(path: Path) -> None:
    figures = _figures(path)
    by_id = {f.figure_id: f for f in figures}
    for t in tally(figures):
        assert t.low <= t.best <= t.high, t
        assert all(by_id[i].category is t.category for i in t.figures), t
        counted = [f for f in figures if f.category is t.category and f.kind is Kind.COUNT]
        missing = [f.span for f in counted if f.figure_id not in t.how]
        assert not missing, f"{t.category}: how names no {missing}: {t.how}"
    for f in figures:
        for other in (f.part_of, f.restates):
            if other:
                assert by_id[other].start < f.start or f.part_of == other, (f.span, by_id[other].span)


def test_relation_rules_are_named_in_the_trail() -> None:
    ids = {rule.id for rule in RELATION_RULES}
    for path in ARTICLES:
        for f in _figures(path):
            if f.part_of or f.restates:
                assert ids & set(f.rule.split("+")), f.rule


def _value(word: str) -> int:
    return VALUES.get(word) or int(word)


@settings(max_examples=60, deadline=None)
@given(groups=st.lists(st.tuples(st.sampled_from(NUMBERS), st.sampled_from(GROUPS)), min_size=1, max_size=3,
                       unique_by=lambda g: g[1]),
       tag=st.booleans(), including=st.booleans())
def test_disjoint_groups_add_and_parts_and_tags_do_not(groups: list[tuple[str, str]], tag: bool,
                                                       including: bool) -> None:
    """"3 soldiers and 4 civilians were killed" adds up to 7; "including two children" after
    the first group, and an ACLED-style summary tag "7 fatalities", add nothing."""
    listed = [f"{n} {g}" for n, g in groups]
    sentence = (", ".join(listed[:-1]) + " and " + listed[-1]) if len(listed) > 1 else listed[0]
    total = sum(_value(n) for n, _ in groups)
    opening = f"{sentence[0].upper()}{sentence[1:]}"
    part = ", including two women," if including and _value(groups[-1][0]) > 2 else ""
    text = f"Gunmen attacked the village on Sunday. {opening} were killed{part} police said."
    if not part:
        text = text.replace(" killed police", " killed, police")
    if tag:
        text += f" {total} fatalities."
    killed = [t for t in tally(relate(extract(text, doc="gen"))) if t.category.value == "killed"]
    assert [(t.low, t.best, t.high) for t in killed] == [(total, total, total)], (text, killed)
