"""Work grows linearly with the length of the text: counted, not timed.

Each case of `tests/linear_cases.py` is measured at three lengths (n, 2n, 4n) by
`tests/work_meter.py` in its own interpreter: the function calls made and the characters
regular expressions were given to scan. The counts do not depend on how busy the machine
is, so neither does the test (issue 12); the timings are in `python -m tests.bench_linear`.

Work is linear when 4n characters take at most RATIO times the work of n. Work is not
perfectly even along a text (where a long run is cut into sentences, a cache that fills),
so a ratio above RATIO fails only when the growth also bends upwards: for work a + b·n^p
the growth from 2n to 4n over the growth from n to 2n is 2^p, and p must exceed EXPONENT.
A quadratic part of a tenth of the work at n fails both (ratio 5.2, p 1.3); quadratic work
alone gives 16 and 2.

The meter is checked too: it must see a quadratic Python loop and a quadratic scan hidden
in a pattern, and it must not change what the extractor finds.
"""

from __future__ import annotations

import json
import math
import subprocess
import sys
from typing import Any

import pytest

from tests.conftest import ROOT
from tests.linear_cases import HTML_CASES, LINEAR_CASES, repeat

RATIO = 4.6  # the most work 4x the text may take, as a multiple of the work at n ...
EXPONENT = 1.25  # ... unless the growth does not bend upwards (linear is 1, quadratic 2)
ELEMENTS = 1_500  # elements in the smallest page of an HTML case (then twice and four times as many)


def _lengths(size: int) -> list[int]:
    smallest = max(1_000, size // 4)
    return [smallest, 2 * smallest, 4 * smallest]


def _cases() -> list[dict[str, Any]]:
    cases: list[dict[str, Any]] = [
        {"kind": "extract", "name": name, "texts": [repeat(unit, n) for n in _lengths(size)]}
        for name, unit, size in LINEAR_CASES]
    cases += [{"kind": "html", "name": name, "texts": [page(ELEMENTS * k) for k in (1, 2, 4)]}
              for name, page in HTML_CASES]
    cases += [{"kind": kind, "name": kind, "texts": ["7" * n for n in (400, 800, 1600)]}
              for kind in ("toy-loop", "toy-slices", "toy-linear")]
    return cases


@pytest.fixture(scope="module")
def counts() -> dict[str, list[dict[str, int]]]:
    """Every case's counts at its three lengths, from one run of the meter."""
    done = subprocess.run([sys.executable, "-m", "tests.work_meter"], input=json.dumps(_cases()),
                          capture_output=True, text=True, cwd=ROOT, check=True)
    return {case["name"]: case["counts"] for case in json.loads(done.stdout)}


def exponent(values: list[int]) -> float:
    """p in a + b·n^p through the counts at n, 2n and 4n (0 when the work does not grow)."""
    small, middle, large = values
    first, second = middle - small, large - middle
    if second <= 0:
        return 0.0
    if first <= 0:
        return math.inf
    return math.log2(second / first)


def linear(values: list[int]) -> bool:
    """Whether counts at n, 2n and 4n grow linearly (see the module's docstring)."""
    return values[2] <= RATIO * max(values[0], 1) or exponent(values) <= EXPONENT


@pytest.mark.parametrize("name", [name for name, _, _ in LINEAR_CASES] + [name for name, _ in HTML_CASES])
def test_work_is_linear_in_length(name: str, counts: dict[str, list[dict[str, int]]]) -> None:
    measured = counts[name]
    for what in ("calls", "scanned"):
        values = [m[what] for m in measured]
        assert linear(values), f"{name}: {what} at n, 2n, 4n: {values}"


def test_the_meter_sees_quadratic_work(counts: dict[str, list[dict[str, int]]]) -> None:
    """A quadratic loop shows in the calls, a quadratic scan (C code) in the characters."""
    assert not linear([m["calls"] for m in counts["toy-loop"]])
    assert not linear([m["scanned"] for m in counts["toy-slices"]])
    assert linear([m["calls"] for m in counts["toy-linear"]])
    assert linear([m["scanned"] for m in counts["toy-linear"]])


@pytest.mark.parametrize(("values", "p", "is_linear"), [
    ([10, 20, 40], 1.0, True),
    ([10, 40, 160], 2.0, False),  # 10·n² at n = 1, 2, 4
    ([110, 140, 260], 2.0, True),  # 100 + 10·n²: a large constant hides it (the meter runs warm)
    ([100, 240, 520], 1.0, True),  # 5.2x, but straight: less work than usual at n
    ([10, 30, 80], 1.32, False),  # 8x, and bending upwards
    ([5, 5, 5], 0.0, True),
    ([5, 5, 9], math.inf, True),  # 1.8x: a step, not a curve
])
def test_linear_and_exponent(values: list[int], p: float, is_linear: bool) -> None:
    assert exponent(values) == pytest.approx(p, abs=0.01)
    assert linear(values) is is_linear


def test_the_meter_changes_no_figure() -> None:
    """The seeds under the meter's wrapped patterns give the snapshot's figures exactly."""
    done = subprocess.run([sys.executable, "-m", "tests.work_meter", "--seeds"], capture_output=True,
                          text=True, cwd=ROOT, check=True)
    snapshot = (ROOT / "tests" / "gold" / "seeds_figures.jsonl").read_text(encoding="utf-8")
    across = ("claim", "claim_conflict")  # found across the run's articles when it is written out

    def extracted(line: str) -> dict[str, object]:
        return {k: v for k, v in json.loads(line).items() if k not in across}

    assert [extracted(line) for line in done.stdout.splitlines()] == [
        extracted(line) for line in snapshot.splitlines()]
