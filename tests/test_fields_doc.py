"""The field guide (docs/FIELDS.md) keeps up with the code: it names every output column, every
value of the vocabularies and every rule family, so a column, kind, qualifier, category or rule
family added to the code fails here until the guide describes it.
"""

from __future__ import annotations

import re

import pytest

from stats.describe.rules import DESCRIBE_RULES
from stats.export import DOCUMENT_FIELDS, FIGURE_FIELDS
from stats.find.rules import RULES
from stats.model import Category, Kind, Qualifier
from stats.reconcile.rules import RECONCILE_RULES
from tests.conftest import ROOT

GUIDE = ROOT / "docs" / "FIELDS.md"


@pytest.fixture(scope="module")
def guide() -> str:
    return GUIDE.read_text(encoding="utf-8")


def _missing(guide: str, names: list[str]) -> list[str]:
    return [name for name in names if f"`{name}`" not in guide]


@pytest.mark.parametrize(("what", "names"), [
    ("figures.csv column", FIGURE_FIELDS),
    ("documents.csv column", DOCUMENT_FIELDS),
    ("kind", [str(k) for k in Kind]),
    ("qualifier", [str(q) for q in Qualifier]),
    ("category", [str(c) for c in Category]),
])
def test_guide_names_every_value(guide: str, what: str, names: list[str]) -> None:
    missing = _missing(guide, names)
    assert not missing, f"docs/FIELDS.md does not mention the {what}(s) {missing} (as `name`)"


def test_figure_columns_are_described_in_order(guide: str) -> None:
    """The column table lists the figures.csv columns in the contract's order."""
    rows = re.findall(r"^\| `(\w+)` \|", guide.split("## The columns of figures.csv", 1)[-1],
                      flags=re.MULTILINE)
    assert rows[:len(FIGURE_FIELDS)] == FIGURE_FIELDS


def test_guide_names_every_rule_family(guide: str) -> None:
    """Each family of rule ids (`count.*`, `said_by.*`) or lone id (`whole`) is explained."""
    families = {rule.split(".")[0] + ".*" if "." in rule else rule
                for rule in {*RULES, *DESCRIBE_RULES, *RECONCILE_RULES}}
    missing = _missing(guide, sorted(families))
    assert not missing, f"docs/FIELDS.md does not explain the rule families {missing}"
