"""Time the linear cases: how much longer 4x the text takes (a benchmark, not a test).

    python -m tests.bench_linear            # every case of tests/linear_cases.py
    python -m tests.bench_linear digits     # the cases whose name contains "digits"

For each case it prints the best of three timings of N and of 4N characters and their
ratio (about 4 for linear time, 16 for quadratic), measured in one run; then the same for
HTML pages of 5,000 and 20,000 nested or repeated elements. Timings depend on how busy the
machine is, which is why they are printed here and never asserted: `tests/test_linear.py`
checks the same cases by counting work.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable

from tests.linear_cases import HTML_CASES, LINEAR_CASES, repeat

RUNS = 3


def best_seconds(function: Callable[[], object], runs: int = RUNS) -> float:
    """The shortest of `runs` timings of `function()`."""
    best = float("inf")
    for _ in range(runs):
        started = time.perf_counter()
        function()
        best = min(best, time.perf_counter() - started)
    return best


def main(argv: list[str]) -> None:
    from stats import extract
    from stats.find import quantities
    from stats.read.html import read_html

    quantities.warm_up()
    extract("It cost £3m to move 5 km in 30–60 minutes.")
    wanted = argv[0] if argv else ""
    print(f"{'case':<32} {'N':>8} {'N s':>8} {'4N s':>8} {'ratio':>6}")
    for name, unit, size in LINEAR_CASES:
        if wanted not in name:
            continue
        small, large = repeat(unit, size), repeat(unit, 4 * size)
        short = best_seconds(lambda text=small: extract(text, doc="long.txt"))
        long = best_seconds(lambda text=large: extract(text, doc="long.txt"))
        print(f"{name:<32} {size:>8,} {short:>8.3f} {long:>8.3f} {long / max(short, 1e-6):>6.1f}")
    for name, page in HTML_CASES:
        if wanted not in name:
            continue
        short = best_seconds(lambda page=page: read_html(page(5_000)))
        long = best_seconds(lambda page=page: read_html(page(20_000)))
        ratio = long / max(short, 1e-6)
        print(f"{name + ' (HTML)':<32} {5_000:>8,} {short:>8.3f} {long:>8.3f} {ratio:>6.1f}")


if __name__ == "__main__":
    main(sys.argv[1:])
