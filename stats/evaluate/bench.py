"""Throughput benchmark: the project's extractor against raw quantulum3, in one process,
and the start-up time of a fresh process.

    python -m stats.bench [--megabytes 1.0] [--repeat 3] [--no-units] [--no-startup] [--cold]

Both run over the same corpus (the seed articles and the bench's own news paragraphs full
of units, `tests/data/bench/`, repeated to the requested size), taking turns, after a
warm-up: quantulum3's `parser.parse` sentence by sentence (its fastest use), and
`stats.extract` article by article (sentence splitting included). The result is
characters per second for each and their ratio, the figure to watch: absolute speeds vary
with the machine and its load, the ratio much less (each is timed in this process's CPU
time, so other work on a shared machine weighs on neither). The extractor's cache of
quantulum3's answers is emptied before each of its runs, so every run pays for the units
it asks quantulum3 to name (once per distinct phrase in the run); with `--cold`, before
every article, as if no two articles were alike (a repeated corpus otherwise asks
quantulum3 about each phrase once).

Start-up is the CPU time of a fresh `python -c "import stats; stats.extract(...)"` (the
interpreter's own start included), for a text without a unit and for one with a unit
only quantulum3 names (which loads quantulum3's unit tables): once with an empty pattern
cache (`stats.lexicon.pattern_cache`; the run writes it) and then reading it, as every
later run does.
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from stats.compiled import is_compiled
from stats.extract import extract
from stats.find import quantities
from stats.lexicon import pattern_cache
from stats.text.sentences import split_sentences

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
UNITS = ROOT / "tests" / "data" / "bench"  # news paragraphs with km, tonnes, km/h, °C, MW, barrels

NO_UNIT_TEXT = "At least 40 people were killed and 120 injured in the shelling, the governor said."
UNIT_TEXT = "The plant, rated at 500 megawatts, was shut after 40 people were injured."


def corpus(megabytes: float, folders: Sequence[Path] = (SEEDS, UNITS)) -> list[str]:
    """The articles of `folders`, repeated until they hold at least `megabytes` of text."""
    articles = [p.read_text(encoding="utf-8") for folder in folders for p in sorted(folder.glob("*.txt"))]
    if not articles:
        raise SystemExit(f"stats.bench: no .txt articles in {', '.join(map(str, folders))}")
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


def startup_seconds(text: str, repeat: int = 3) -> tuple[float, float]:
    """The CPU time (user + system, the interpreter's start included) a fresh process takes
    to import `stats` and extract `text`: the first time, with an empty pattern cache (which
    it writes), and the least of `repeat` runs after it, reading that cache. The child
    processes use a cache folder of the bench's own, made for the measure and removed after."""
    code = f"import stats; stats.extract({text!r})"
    with tempfile.TemporaryDirectory(prefix="stats-bench-") as folder:
        env = {**os.environ, pattern_cache.ENV: folder}
        first = _child_seconds(code, env)
        return first, min(_child_seconds(code, env) for _ in range(repeat))


def _child_seconds(code: str, env: dict[str, str]) -> float:
    """The user + system CPU time of a child process running `code`."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT, env=env)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime


def _extract_all(texts: list[str], cold: bool = False) -> int:
    """Extract every text; each run pays for the units quantulum3 names (its cache of them
    emptied first), and with `cold` each article does (as if no two articles were alike)."""
    quantities.clear_cache()
    found = 0
    for text in texts:
        if cold:
            quantities.clear_cache()
        found += len(extract(text))
    return found


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m stats.bench", description=__doc__.split("\n\n")[0])
    parser.add_argument("--megabytes", type=float, default=1.0, help="corpus size (default 1.0)")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each; the best counts")
    parser.add_argument("--no-units", action="store_true", help="the seeds only (the corpus before issue 11)")
    parser.add_argument("--no-startup", action="store_true", help="skip the start-up measurement")
    parser.add_argument("--cold", action="store_true",
                        help="empty the cache of quantulum3's answers before every article, not every run")
    args = parser.parse_args(argv)

    if not args.no_startup:
        (plain_first, plain), (unit_first, unit) = startup_seconds(NO_UNIT_TEXT), startup_seconds(UNIT_TEXT)
        print(f"start-up (fresh process, CPU): import + first extract {plain:.2f} s without a unit, "
              f"{unit:.2f} s with one quantulum3 names ({plain_first:.2f} s and {unit_first:.2f} s "
              "the first time, when the pattern cache is written)")

    texts = corpus(args.megabytes, (SEEDS,) if args.no_units else (SEEDS, UNITS))
    chars = sum(len(t) for t in texts)
    sentences = [s.raw for t in texts for s in split_sentences(t)]
    q_parse = quantities.raw_parse  # the same quantulum3 the adapter uses
    q_parse("a warm-up of 5 km and $3 million")  # the first call loads units (2-3 s)
    quantities.warm_up()
    extract(texts[0])

    (q_time, q_found), (o_time, o_found) = _best_of_each(args.repeat, [
        lambda: sum(len(q_parse(s)) for s in sentences),
        lambda: _extract_all(texts, args.cold),
    ])

    q_speed, o_speed = chars / q_time, chars / o_time
    core = "compiled by mypyc (FIGURES_COMPILE=1)" if is_compiled() else "pure Python"
    print(f"stats core: {core}")
    print(f"corpus: {len(texts)} articles, {len(sentences)} sentences, {chars:,} characters")
    print(f"quantulum3 parse (per sentence): {q_time:6.2f} s  {q_speed:10,.0f} chars/s  "
          f"{q_found} quantities")
    print(f"stats.extract (per article):     {o_time:6.2f} s  {o_speed:10,.0f} chars/s  "
          f"{o_found} figures")
    print(f"ratio: stats.extract is {o_speed / q_speed:.2f}x quantulum3's throughput "
          f"(best of {args.repeat} runs each, taking turns, CPU time of one process)")


if __name__ == "__main__":
    main()
