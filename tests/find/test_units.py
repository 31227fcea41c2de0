"""The unit stage: the shipped unit word list agrees with quantulum3, units are read as data."""

from __future__ import annotations

import pytest

from stats.find import quantities, units


def test_unit_words_match_the_installed_quantulum3() -> None:
    """unit_words.txt is quantulum3's unit table written out; regenerate it when this fails:
    python -m stats.find.quantities --write-unit-words"""
    assert units.unit_first_words() == quantities.quantulum_unit_words()


@pytest.mark.parametrize(("right", "expected"), [
    (" volts across it", True), ("kg of rice", True), ("-hp engine", True), (" tonnes", True),
    (" soldiers were killed", False), ("G network", False), (" MPs voted", False), ("", False),
])
def test_unit_word_after(right: str, expected: bool) -> None:
    assert units.unit_word_after(right) is expected


@pytest.mark.parametrize(("right", "unit"), [(" tonnes of aid", "tonne"), (" volts", "volt")])
def test_measure_after_names_the_unit(right: str, unit: str) -> None:
    found = units.measure_after(right)
    assert found is not None
    assert found[0] == unit

