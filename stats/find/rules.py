"""The find stage's rule table, gathered: every rule that reads, masks, filters, names a
unit or shapes a figure, by id.

The tables live beside the code that applies them (`atoms`, `masks`, `filters`, `units`,
`compose`); `RULES` is their union, which the `rule` column, the rule cases
(`tests/data/rule_cases.jsonl`, positives and negatives for every rule) and `explain`
all refer to.

>>> [r.id for r in RULES.values() if r.stage is Stage.ATOM][:3]
['money.prefix', 'count.vague', 'duration.a_unit']
"""

from __future__ import annotations

from dataclasses import dataclass
from operator import attrgetter
from typing import Final

from stats.find.atoms import ATOM_RULES, EXTENDING_RULES
from stats.find.compose import SHAPE_RULES, compose
from stats.find.cues import has_number_cue
from stats.find.filters import FILTER_RULES
from stats.find.implied import IMPLIED_RULES, find_implied
from stats.find.masks import MASK_RULES
from stats.find.rule import GUIDE, NEWSQUANT, Conventions, Rule, Stage
from stats.find.units import UNIT_RULES
from stats.model import Candidate
from stats.text.sentences import ONE_LINE

__all__ = ["GUIDE", "NEWSQUANT", "RULES", "Conventions", "Explanation", "Rule", "Stage", "explain", "find"]

_TABLES: Final = (
    ATOM_RULES, EXTENDING_RULES, MASK_RULES, FILTER_RULES, UNIT_RULES, SHAPE_RULES, IMPLIED_RULES)
RULES: Final[dict[str, Rule]] = {rule.id: rule for table in _TABLES for rule in table}


@dataclass(frozen=True, slots=True)
class Explanation:
    """Which rules fired in a sentence: for each figure its span and rules, and each number
    turned down with the rule that did it."""

    figures: list[tuple[str, list[str]]]
    rejected: list[tuple[str, str]]

    def fired(self) -> set[str]:
        """Every rule id that fired anywhere in the sentence."""
        return {rule for _, rules in self.figures for rule in rules} | {rule for _, rule in self.rejected}


def find(sentence: str, conventions: Conventions = GUIDE,
         rejected: list[tuple[int, int, str]] | None = None) -> list[Candidate]:
    """Every figure in one sentence (a line-free copy: offsets hold), in text order: the
    numbers as composed, and the implied single casualties no number covers."""
    # Two thirds of news sentences hold no number: one cheap search spares them the full scan.
    found = compose(sentence, conventions, rejected) if has_number_cue(sentence) else []
    if conventions.implied_singles and ((implied := find_implied(sentence, found)) or len(found) > 1):
        found = sorted(found + implied, key=_START)  # (one figure or none, and no single: in order)
    return found


_START: Final = attrgetter("start")


def explain(sentence: str, conventions: Conventions = GUIDE) -> Explanation:
    """The rules behind the figures of one sentence (and behind each number left out).

    >>> explain("In 2015, at least 703 soldiers were killed.").figures
    [('at least 703', ['count.digits', 'qualifier'])]
    >>> explain("In 2015, at least 703 soldiers were killed.").rejected
    [('2015', 'filter.year')]
    """
    text = sentence.translate(ONE_LINE)
    rejected: list[tuple[int, int, str]] = []
    found = find(text, conventions, rejected)
    figures = [(text[c.start:c.end], list(dict.fromkeys([c.rule, *c.trace, *c.notes]))) for c in found]
    return Explanation(figures, [(text[a:b], rule) for a, b, rule in rejected])
