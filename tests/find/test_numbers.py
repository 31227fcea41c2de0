"""Number parsing, from CSV case tables (tests/data/*.csv) that name the failing row."""

from __future__ import annotations

import csv

import pytest

from stats.find import numbers
from tests.conftest import DATA


def _rows(name: str) -> list:
    with (DATA / name).open(encoding="utf-8", newline="") as handle:
        return [pytest.param(row["text"], row["value"], id=f"{name}:{i + 2}:{row['text']!r}")
                for i, row in enumerate(csv.DictReader(handle))]


@pytest.mark.parametrize(("text", "expected"), _rows("number_words.csv"))
def test_number_words(text: str, expected: str) -> None:
    assert numbers.parse_words(text) == float(expected)


@pytest.mark.parametrize(("text", "expected"), _rows("digits.csv"))
def test_digits(text: str, expected: str) -> None:
    assert numbers.parse_digits(text) == (float(expected) if expected else None)


@pytest.mark.parametrize(("text", "expected"), _rows("fractions.csv"))
def test_fractions(text: str, expected: str) -> None:
    assert numbers.parse_fraction(text) == pytest.approx(float(expected), abs=1e-4)


@pytest.mark.parametrize("text", ["", "and", "soldiers", "one soldier", "10^400", "--"])
def test_unreadable_number_words_give_none(text: str) -> None:
    assert numbers.parse_words(text) is None


def test_absurd_numbers_are_not_infinite() -> None:
    assert numbers.parse_digits("9" * 400) is None
    assert numbers.finite(float("inf")) is None
