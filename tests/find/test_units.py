"""The unit stage: the shipped unit word list agrees with quantulum3, units are read as data."""

from __future__ import annotations

import subprocess
import sys

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



def test_a_unit_read_by_quantulum3_is_the_same_whatever_the_hash_seed() -> None:
    """quantulum3 meets its candidate units in set order, which changes with the hash seed;
    the figures must not ("224 kW /" in one process, "224 kW" in another)."""
    import os
    import subprocess
    import sys

    code = ("from stats.extract import extract\n"
            "print([f.span for f in extract('The engine makes 296 hp (224 kW / 300 PS) and 450 Nm.')])")
    outputs = {
        subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                       env={**os.environ, "PYTHONHASHSEED": seed}).stdout
        for seed in ("1", "2", "3")
    }
    assert len(outputs) == 1, outputs
    assert "'224 kW'" in outputs.pop()


def test_quantulum3_loads_inflect_without_run_time_type_checks() -> None:
    """inflect 7's `@typechecked` recompiles every engine method at import (about 1.9 s of
    quantulum3's first call); the adapter imports it as under `python -O` and puts the
    decorator back. A fresh process shows both: no method of the engine calls typeguard,
    `typeguard.typechecked` is the library's own again, and units are still named."""
    code = (
        "import stats.find.quantities as q, typeguard, typeguard._decorators as d;"
        "print(q.measure_after(' megawatts of power'));"
        "import inflect;"
        "print(sum('typeguard' in f.__code__.co_names for f in vars(inflect.engine).values()"
        " if hasattr(f, '__code__')));"
        "print(typeguard.typechecked is d.typechecked)"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert run.stdout.split("\n")[:3] == ["('megawatt', 10)", "0", "True"]
