"""A benchmark: `stats extract --jobs 2` against `--jobs 1` on a generated corpus (issue 11).

    python -m stats.engines.bench [--files 10000] [--jobs 2] [--rounds 2] [--keep DIR]

Writes a corpus of many small articles (news paragraphs from seeds/ with other numbers, and
paragraphs with units, so quantulum3 is measured too; files of the same name in two folders;
a JSON Lines and a CSV export; a page, an empty file, a Latin-1 file, an image), warms up,
then runs the local engine with 1 and with N jobs in turns and prints, for the best round of
each: wall time, the CPU time of the main process and of each worker, and the ratios:

- wall: measured end to end on this machine (shared with other work: read it with the load);
- CPU: the serial run's CPU time over the parallel run's critical path in CPU time (its
  busiest process while the workers run, then the main process's work after them, such as
  finishing the outputs), the speed-up on N free cores (it leaves out only waiting for a core).

It also checks that both runs wrote the same bytes, and exits 1 when they did not. Not a test:
it takes minutes; `tests/test_engines.py` compares the outputs on a smaller corpus.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import tempfile
import time
from pathlib import Path
from typing import ClassVar

from stats import export
from stats.engines import Options, local, run

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
UNIT_PARAGRAPHS = [
    "The storm brought winds of {n} km/h and dumped {m} mm of rain on the coast in {k} hours.",
    "Aid agencies delivered {n} tonnes of flour and {m} litres of water to {k} villages.",
    "Temperatures reached {n}C on Tuesday, and fires burned {m} hectares of forest {k} km north of the city.",
    "The convoy travelled {n} miles (about {m} km) in {k} days, officials said.",
]


def _paragraphs() -> list[str]:
    lines = [line for path in sorted(SEEDS.glob("*.txt"))
             for line in path.read_text(encoding="utf-8").splitlines() if len(line) > 60]
    return lines or ["At least 40 people were killed and 12 injured, officials said."]


def _article(rng: random.Random, paragraphs: list[str]) -> str:
    chosen = [rng.choice(paragraphs) for _ in range(rng.randint(3, 8))]
    if rng.random() < 0.5:
        chosen.append(rng.choice(UNIT_PARAGRAPHS).format(n=rng.randint(2, 900), m=rng.randint(2, 90),
                                                         k=rng.randint(2, 9)))
    text = "\n\n".join(chosen)
    return text.replace("40", str(rng.randint(2, 999))).replace("12", str(rng.randint(2, 99)))


def write_corpus(root: Path, files: int, seed: int = 11) -> Path:
    """`files` small articles under `root` (two folders whose file names repeat), plus exports
    and odd files; returns `root`."""
    rng, paragraphs = random.Random(seed), _paragraphs()
    for number in range(files):
        folder = root / ("a" if number % 2 else "b")
        folder.mkdir(parents=True, exist_ok=True)
        name = f"{number // 2:05d}"
        if number % 97 == 5:
            body = "".join(f"<p>{p}</p>" for p in _article(rng, paragraphs).split("\n\n"))
            (folder / f"{name}.html").write_text(f"<html><title>Page {number}</title><body><article>{body}"
                                                 "</article></body></html>", encoding="utf-8")
        elif number % 89 == 7:
            text = _article(rng, paragraphs) + "\n\nThe caf\u00e9 reopened."  # (Latin-1 on disk)
            (folder / f"{name}.txt").write_bytes(text.encode("latin-1", "replace"))
        else:
            (folder / f"{name}.txt").write_text(_article(rng, paragraphs), encoding="utf-8")
    with (root / "export.jsonl").open("w", encoding="utf-8") as handle:
        for number in range(max(files // 20, 3)):
            published = f"2021-{number % 12 + 1:02d}-0{number % 9 + 1}"
            record = {"id": f"story-{number % 7}", "text": _article(rng, paragraphs),
                      "title": f"Story {number}", "published": published}
            handle.write(json.dumps(record) + "\n")
    (root / "export.csv").write_text("id,text\n1,Seven people died.\n2,\n", encoding="utf-8")
    (root / "b" / "empty.txt").write_text("")
    (root / "b" / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    return root


def _cpu_of(pid: int) -> float:
    """A process's CPU seconds so far (user + system), from /proc (Linux)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


class _MeasuredPool(local.ProcessPool):
    """The local pool, noting each worker's CPU time before the workers exit."""

    cpu: ClassVar[list[float]] = []
    main_at_close: ClassVar[float] = 0.0  # the main process's CPU seconds when every result was in

    def close(self) -> None:
        pids = [worker.process.pid for worker in self.workers]
        _MeasuredPool.cpu = [_cpu_of(pid) for pid in pids]
        _MeasuredPool.main_at_close = time.process_time()
        super().close()


def _timed(corpus: Path, out: Path, jobs: int) -> tuple[float, float, list[float], float]:
    """One run: wall seconds, the main process's CPU seconds, each worker's CPU seconds, and the
    main process's CPU seconds after the workers were done (finishing the outputs)."""
    _MeasuredPool.cpu = []
    wall, cpu = time.perf_counter(), time.process_time()
    _MeasuredPool.main_at_close = cpu
    run([str(corpus)], out, options=Options(jobs=jobs))
    end = time.process_time()
    after = end - _MeasuredPool.main_at_close if _MeasuredPool.cpu else 0.0
    return time.perf_counter() - wall, end - cpu, list(_MeasuredPool.cpu), after


def _same(one: Path, other: Path) -> list[str]:
    names = [export.FIGURES_CSV, export.FIGURES_JSONL, export.DOCUMENTS_CSV, export.TEXTS_JSONL,
             *export.RECONCILE_NAMES]
    return [name for name in names if (one / name).read_bytes() != (other / name).read_bytes()]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--files", type=int, default=10_000)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--keep", type=Path,
                        help="write the corpus and outputs here (default: a temporary folder)")
    args = parser.parse_args(argv)
    local.ProcessPool = _MeasuredPool  # type: ignore[misc]  # (the engine makes its pool from this name)
    with tempfile.TemporaryDirectory() as temporary:
        root = args.keep or Path(temporary)
        corpus = write_corpus(root / "corpus", args.files)
        size = sum(p.stat().st_size for p in corpus.rglob("*") if p.is_file())
        run([str(write_corpus(root / "warm", 40, seed=3))], root / "warm-out", options=Options(jobs=1))
        load = os.getloadavg()[0]
        best: dict[int, tuple[float, float, list[float], float]] = {}
        for _ in range(args.rounds):  # in turns, so a burst of other work weighs on both
            for jobs in (1, args.jobs):
                timed = _timed(corpus, root / f"out-{jobs}", jobs)
                if jobs not in best or timed[0] < best[jobs][0]:
                    best[jobs] = timed
        differ = _same(root / "out-1", root / f"out-{args.jobs}")
        serial, parallel = best[1], best[args.jobs]
        # On free cores the parallel run lasts as long as its busiest process while the workers
        # run, then the main process's work after them (the outputs finished, in one process).
        critical = max([parallel[1] - parallel[3], *parallel[2]]) + parallel[3]
        figures = sum(1 for _ in (root / "out-1" / export.FIGURES_JSONL).open(encoding="utf-8"))
        print(f"corpus: {args.files:,} files + exports, {size / 1e6:.1f} MB, {figures:,} figures; "
              f"load average before: {load:.1f} on {os.cpu_count()} cores")
        print(f"--jobs 1: wall {serial[0]:.1f} s, CPU {serial[1]:.1f} s")
        print(f"--jobs {args.jobs}: wall {parallel[0]:.1f} s, CPU main {parallel[1]:.1f} s (of which "
              f"{parallel[3]:.1f} s after the workers), workers " + ", ".join(f"{c:.1f}" for c in parallel[2])
              + " s")
        print(f"speed-up with {args.jobs} jobs: wall {serial[0] / parallel[0]:.2f}x, CPU (serial CPU / the "
              f"parallel run's critical path {critical:.1f} s) {serial[1] / critical:.2f}x")
        print("outputs identical" if not differ else f"OUTPUTS DIFFER: {', '.join(differ)}")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
