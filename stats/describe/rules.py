"""The describe stage's rule tables, gathered: category, implied singles and provenance.

Each module keeps its table beside the code that applies it; a rule that decides a field
appends its id to the figure's trail (the `rule` column, after the find stage's rules,
joined by "+"), so a wrong cell traces back to one table entry. The rule cases in
`tests/data/rule_cases_*.jsonl` hold a positive and a negative for every rule here.
"""

from __future__ import annotations

from typing import Final

from stats.describe.category import CATEGORY_RULES
from stats.describe.interview import INTERVIEW_RULES
from stats.describe.period import PERIOD_RULES
from stats.describe.place import PLACE_RULES
from stats.describe.said_by import SAID_BY_RULES
from stats.find.rule import Rule

TABLES: Final[tuple[tuple[Rule, ...], ...]] = (
    CATEGORY_RULES,
    SAID_BY_RULES,
    INTERVIEW_RULES,
    PLACE_RULES,
    PERIOD_RULES,
)

DESCRIBE_RULES: Final[dict[str, Rule]] = {rule.id: rule for table in TABLES for rule in table}
