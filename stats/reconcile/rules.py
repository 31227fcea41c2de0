"""The reconcile stage's rule tables, gathered: relations between figures, and the tally's
rules for what it leaves out, how it groups and how it reads a figure.

The cases in `tests/data/relation_cases.jsonl` and `tests/data/tally_cases.jsonl` hold a
positive and a negative for every rule here.
"""

from __future__ import annotations

from stats.find.rule import Rule
from stats.reconcile.grouping import GROUPING_RULES
from stats.reconcile.relations import RELATION_RULES
from stats.reconcile.scope import SCOPE_RULES
from stats.reconcile.tally import TALLY_RULES

RECONCILE_RULES: dict[str, Rule] = {
    rule.id: rule for table in (RELATION_RULES, SCOPE_RULES, GROUPING_RULES, TALLY_RULES)
    for rule in table
}
