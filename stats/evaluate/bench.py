"""Throughput benchmark: the project's extractor against raw quantulum3, in one process.

    python -m stats.bench [--megabytes 1.0] [--repeat 3]

Both run over the same corpus (the seed articles repeated to the requested size), taking
turns, after a warm-up: quantulum3's `parser.parse` sentence by sentence (its
fastest use), and `stats.extract` article by article (sentence splitting included). The
result is characters per second for each and their ratio, the figure to watch: absolute
speeds vary with the machine and its load, the ratio much less (each is timed in this
process's CPU time, so other work on a shared machine weighs on neither).
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from pathlib import Path

from stats.extract import extract
from stats.find import quantities
from stats.text.sentences import split_sentences

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def corpus(megabytes: float, seeds: Path = SEEDS) -> list[str]:
    """The seed articles, repeated until they hold at least `megabytes` of text."""
    articles = [p.read_text(encoding="utf-8") for p in sorted(seeds.glob("*.txt"))]
    if not articles:
        raise SystemExit(f"stats.bench: no .txt articles in {seeds}")
    texts: list[str] = []
    size = 0
    while size < megabytes * 1_000_000:
        for article in articles:
            texts.append(article)
            size += len(article)
    return texts


def _best_of_each(repeat: int, runs: list[Callable[[], int]]) -> list[tuple[float, int]]:
    """The best time of each run over `repeat` rounds, the runs taking turns within a round,
    so that a change in the machine's load between runs weighs on all of them alike. Time is
    this process's CPU time: work of other processes on a shared machine does not count."""
    best = [(float("inf"), 0)] * len(runs)
    for _ in range(repeat):
        for i, run in enumerate(runs):
            started = time.process_time()
            found = run()
            best[i] = (min(best[i][0], time.process_time() - started), found)
    return best


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m stats.bench", description=__doc__.split("\n\n")[0])
    parser.add_argument("--megabytes", type=float, default=1.0, help="corpus size (default 1.0)")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each; the best counts")
    args = parser.parse_args(argv)

    texts = corpus(args.megabytes)
    chars = sum(len(t) for t in texts)
    sentences = [s.raw for t in texts for s in split_sentences(t)]
    q_parse = quantities.raw_parse  # the same quantulum3 the adapter uses
    q_parse("a warm-up of 5 km and $3 million")  # the first call loads units (2-3 s)
    quantities.warm_up()
    extract(texts[0])

    (q_time, q_found), (o_time, o_found) = _best_of_each(args.repeat, [
        lambda: sum(len(q_parse(s)) for s in sentences),
        lambda: sum(len(extract(t)) for t in texts),
    ])

    q_speed, o_speed = chars / q_time, chars / o_time
    print(f"corpus: {len(texts)} articles, {len(sentences)} sentences, {chars:,} characters")
    print(f"quantulum3 parse (per sentence): {q_time:6.2f} s  {q_speed:10,.0f} chars/s  "
          f"{q_found} quantities")
    print(f"stats.extract (per article):     {o_time:6.2f} s  {o_speed:10,.0f} chars/s  "
          f"{o_found} figures")
    print(f"ratio: stats.extract is {o_speed / q_speed:.2f}x quantulum3's throughput "
          f"(best of {args.repeat} runs each, taking turns, CPU time of one process)")


if __name__ == "__main__":
    main()
