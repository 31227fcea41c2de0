"""Benchmark: cluster N synthetic figures into claims, timing it and its peak memory.

    python -m stats.bench_claims --figures 1000000

The corpus imitates coverage of many events: each event (a place, a day) is reported by
3 to 8 articles, each stating the event's tolls (killed, injured, displaced) for a few
groups, with values that agree or differ as sources do, plus figures of other kinds. It
prints the figures, claims, seconds (CPU and wall) and the peak resident memory, and the
time per figure at each size given, so growth can be read as a ratio in one run.
"""

from __future__ import annotations

import argparse
import random
import resource
import time
from collections.abc import Iterator

from stats.model import Category, Figure, Kind
from stats.reconcile.claims import claims

GROUPS = (("soldiers", Category.KILLED), ("civilians", Category.KILLED), ("people", Category.INJURED),
          ("people", Category.KILLED), ("families", Category.DISPLACED), ("police officers", Category.KILLED))
VERBS = {Category.KILLED: "were killed", Category.INJURED: "were injured", Category.DISPLACED: "fled"}
SOURCES = (None, "the ministry", "police", "the UN", "witnesses", "a local official")


def corpus(figures: int, seed: int = 7) -> Iterator[Figure]:
    """`figures` synthetic figures in the output contract's shape."""
    rng = random.Random(seed)
    made, event = 0, 0
    while made < figures:
        event += 1
        place = f"Town{rng.randrange(figures // 20 + 1)}"
        tolls = {g: rng.randrange(2, 400) for g in GROUPS}
        for article in range(rng.randrange(3, 9)):
            doc = f"e{event}-a{article}.txt"
            for n, (group, category) in enumerate(rng.sample(GROUPS, rng.randrange(2, 6))):
                value = tolls[(group, category)] + rng.choice((0, 0, 0, 1, -1, 5))
                sentence = f"{value} {group} {VERBS[category]} in {place} on Friday."
                yield Figure(doc=doc, start=n * 60, end=n * 60 + len(str(value)), span=str(value),
                             value=float(value), kind=Kind.COUNT, subject=group, category=category,
                             sentence=sentence, sentence_start=n * 60, sentence_end=n * 60 + len(sentence),
                             said_by=rng.choice(SOURCES), place=place, period="on Friday")
                made += 1
                if made >= figures:
                    return


def run(size: int) -> tuple[int, float, float]:
    """Claims found, CPU seconds and wall seconds for `size` figures."""
    figures = list(corpus(size))
    cpu, wall = time.process_time(), time.perf_counter()
    _, found = claims(figures)
    return len(found), time.process_time() - cpu, time.perf_counter() - wall


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--figures", type=int, nargs="+", default=[100_000, 200_000])
    args = parser.parse_args()
    first: float | None = None
    for size in args.figures:
        found, cpu, wall = run(size)
        per = cpu / size * 1e6
        first = first or per
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"{size:>10,} figures -> {found:>9,} claims: {cpu:7.1f} s CPU ({wall:.1f} s wall), "
              f"{per:.1f} µs per figure ({per / first:.2f}x the first size), peak memory {peak:,.0f} MB")


if __name__ == "__main__":
    main()
