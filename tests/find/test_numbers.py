"""Number parsing, from CSV case tables (tests/data/*.csv) that name the failing row."""

from __future__ import annotations

import csv
import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

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


_ASCII_NUMBERISH = "0123456789,'_ .+-\t\u00a0x"


@settings(max_examples=1500, deadline=None)
@given(st.text(alphabet=_ASCII_NUMBERISH, max_size=12))
def test_ascii_digits_read_in_c_as_the_loop_reads_them(text: str) -> None:
    """The ASCII fast path of `parse_digits` gives what the loop over characters gives."""
    assert numbers.parse_digits(text) == numbers._parse_any(text)


def test_ascii_digits_read_in_c_as_the_loop_reads_them_on_examples() -> None:
    cases = ["1,500", "3 000", "27,349.19", ".5", "-1.3", "+5", "1_000", "5'000", " 42 ", "1.2.3", "-", ".",
             "", "4e5", "inf", "nan", "1\t000", "0x10", "12-", "--5", "9" * 400]
    assert [numbers.parse_digits(c) for c in cases] == [numbers._parse_any(c) for c in cases]
    assert numbers.parse_digits("1,500") == 1500.0
    assert numbers.parse_digits("4e5") is None


def _cut(value: float) -> float | None:
    """`numbers.finite` the long way: 15 significant digits, or None when not finite."""
    return float(f"{value:.15g}") if math.isfinite(value) else None


@settings(max_examples=3000, deadline=None)
@given(st.one_of(st.floats(allow_nan=True, allow_infinity=True), st.integers(-10**17, 10**17).map(float),
                 st.sampled_from([0.0, -0.0, 1e15, -1e15, 1e15 - 1, 1e15 + 2, 999999999999999.0, 2.0**53])))
def test_finite_takes_a_whole_number_as_the_cut_gives_it(value: float) -> None:
    """The whole-number shortcut of `finite` gives what the 15-digit cut gives, sign of zero too."""
    got, expected = numbers.finite(value), _cut(value)
    assert (got is None) == (expected is None)
    if got is not None and expected is not None:
        assert got == expected
        assert math.copysign(1, got) == math.copysign(1, expected)
