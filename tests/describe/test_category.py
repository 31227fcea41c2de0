"""The category rules as a table: each decision names its rule in the figure's trail,
and the classes of category error, each in several wordings of our own."""

from __future__ import annotations

import pytest

from stats import extract
from stats.describe.category import CATEGORY_RULES
from stats.describe.rules import DESCRIBE_RULES
from stats.find.rule import Stage


def _categories(text: str) -> list[tuple[str, str]]:
    return [(f.span, f.category.value) for f in extract(text, doc="case.txt")]


def test_the_table_is_gathered_with_category_ids() -> None:
    assert all(rule.stage is Stage.CATEGORY and rule.id.startswith("category.") for rule in CATEGORY_RULES)
    assert all(DESCRIBE_RULES[rule.id] is rule for rule in CATEGORY_RULES)


def test_the_deciding_rule_is_in_the_trail() -> None:
    [figure] = extract("Some 40 people were killed or wounded.", doc="case.txt")
    assert figure.rule.split("+")[:3] == ["count.digits", "qualifier", "category.casualties"]
    [money] = extract("The fund holds $40 million.", doc="case.txt")
    assert not any(part.startswith("category.") for part in money.rule.split("+"))


@pytest.mark.parametrize(("text", "expected"), [
    ("There were 120 civilian casualties in the offensive.", [("120", "casualties")]),
    ("Rockets killed or wounded 85 people.", [("85", "casualties")]),
    ("At least 60 people were killed and injured in the blasts.", [("At least 60", "casualties")]),
    ("The attack left 50 casualties (20 killed and 30 injured).",
     [("50", "casualties"), ("20", "killed"), ("30", "injured")]),
    ("Eight people were killed and 40 wounded.", [("Eight", "killed"), ("40", "injured")]),
])
def test_casualties(text: str, expected: list[tuple[str, str]]) -> None:
    assert _categories(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Rescuers said 30 people were missing.", [("30", "missing")]),
    ("Boat capsizes, 40 missing", [("40", "missing")]),
    ("At least 34 people drowned and dozens more were missing.",
     [("At least 34", "killed"), ("dozens", "missing")]),
    ("Seven hikers remain unaccounted for.", [("Seven", "missing")]),
    ("The search went on for 11 fishermen.", [("11", "missing")]),
])
def test_missing(text: str, expected: list[tuple[str, str]]) -> None:
    assert _categories(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The floods have affected 1.2 million people.", [("1.2 million", "affected")]),
    ("Some 3 million people are in need of humanitarian aid.", [("Some 3 million", "affected")]),
    ("About 4.4 million people face crisis levels of hunger.", [("About 4.4 million", "affected")]),
    ("Half the population needs food aid.", [("Half", "affected")]),
    ("The appeal aims to reach 750,000 people.", [("750,000", "affected")]),
    ("About 12,000 people were without drinking water.", [("About 12,000", "affected")]),
    # Not population: a count of people with no word of where they live.
    ("About 12,000 people marched through the capital.", [("About 12,000", "other")]),
])
def test_affected(text: str, expected: list[tuple[str, str]]) -> None:
    assert _categories(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("At least 12 people were killed: five men, four women and three children.",
     [("At least 12", "killed"), ("five", "killed"), ("four", "killed"), ("three", "killed")]),
    ("The shelling wounded 40 people, including 12 children and six women.",
     [("40", "injured"), ("12", "injured"), ("six", "injured")]),
    ("Police detained 60 protesters (14 students and 46 workers).",
     [("60", "prisoners"), ("14", "prisoners"), ("46", "prisoners")]),
    ("The strike killed 12 soldiers, 5 civilians and 3 children.",
     [("12", "killed"), ("5", "killed"), ("3", "killed")]),
])
def test_breakdowns_and_lists_take_the_total(text: str, expected: list[tuple[str, str]]) -> None:
    assert _categories(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Sixty percent of the dead were civilians.", [("Sixty percent", "killed")]),
    ("A quarter of the injured were children.", [("A quarter", "injured")]),
    ("A third of the country's revenue comes from customs.", [("A third", "money")]),
])
def test_a_share_takes_its_group(text: str, expected: list[tuple[str, str]]) -> None:
    assert _categories(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The convoy carried 20 tonnes of aid.", [("20 tonnes", "other")]),
    ("Winds of 140 km/h hit the coast.", [("140 km/h", "other")]),
    ("Rebels seized 2,000 hectares of farmland.", [("2,000 hectares", "territory")]),
])
def test_measures_are_other_unless_land_is_taken(text: str, expected: list[tuple[str, str]]) -> None:
    assert _categories(text) == expected
