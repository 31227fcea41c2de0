"""Engines: where `stats extract` runs the per-document work.

- serial (`--jobs 1`): `stats.batch.run`, one document after another in this process;
- local (`--jobs N`, the default with N = the cores this process may use): a pool of N worker
  processes on this machine (`stats.engines.local`);
- dask (`--engine dask [--scheduler ADDRESS]`): a Dask distributed cluster, a local one or the
  one at ADDRESS (`stats.engines.cluster`, the optional `cluster` extra).

Every engine runs the same function on each chunk of documents (`work.process_chunk`) and
writes the results here, in input order, through the same writer, so the outputs are the
same bytes whichever engine ran. Like `stats.batch.run`, a run prints nothing: it tells a
`batch.Listener`, and an interrupt or a failure to write leaves the previous outputs as they
were (the workers are stopped first).
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Sequence
from concurrent.futures import Future
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, Protocol

from stats import batch, export, interrupts
from stats.engines import work
from stats.read import sources
from stats.read.files import RECORD_SUFFIXES

ENGINES = ("local", "dask")
IN_FLIGHT = 3  # chunks queued per worker: enough to keep it busy, few enough to bound memory


class Pool(Protocol):
    """Workers that run `work.process_chunk` on chunks and hand back futures of the results."""

    jobs: int

    def submit(self, chunk: list[work.Entry], timeout: float | None) -> Future[list[list[work.Done]]] | Any:
        """Start a chunk on some worker."""

    def close(self) -> None:
        """The run is done: let the workers go."""

    def stop(self) -> None:
        """The run is stopping (an interrupt, a failure): end the workers now, whatever they do."""


def default_jobs() -> int:
    """The cores this process may use (its CPU affinity where the system tells it)."""
    counted = getattr(os, "process_cpu_count", None)  # Python 3.13+
    if counted is not None:
        return int(counted() or 1)
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0)) or 1
    return os.cpu_count() or 1


@dataclass(frozen=True)
class Options:
    """How a run is spread and what it writes (`stats extract`'s --jobs, --engine, --scheduler,
    --format and --partition-by)."""

    jobs: int | None = None  # worker processes (local) or workers of a local cluster; None: all cores
    engine: str = "local"
    scheduler: str | None = None  # a Dask scheduler's address; None: start a local cluster
    formats: Sequence[str] = export.DEFAULT_FORMATS
    partition: str | None = None  # "month": figures.parquet as one file per publication month


def run(inputs: Sequence[str], out: Path, timeout: float | None = None,
        stdin: IO[str] | IO[bytes] | None = None, listener: batch.Listener | None = None,
        options: Options = Options()) -> batch.Outcome:
    """Extract every input into `out` with the engine asked for; see `stats.batch.run` for what
    is raised, and MissingExtra for an engine or format whose libraries are not installed. A
    local run of one file (not an export) runs serially: a pool has nothing to share."""
    listener = listener or batch.Listener()
    jobs, engine, scheduler = options.jobs, options.engine, options.scheduler
    formats, partition = options.formats, options.partition
    if engine == "dask":
        import stats.engines.cluster as cluster

        cluster.require()  # (before anything is listed or written)
        start: Callable[[], Pool] = lambda: cluster.DaskPool(jobs or default_jobs(), scheduler, timeout)  # noqa: E731
    else:
        jobs = jobs or default_jobs()
        if jobs == 1:
            return batch.run(inputs, out, timeout, stdin, listener, formats, partition)
        from stats.engines import local

        start = lambda: local.ProcessPool(jobs, timeout)  # noqa: E731
    survey = sources.Reader(inputs, stdin, exclude=[Path(out)], timeout=timeout).survey()
    one_file = survey[0] < 2 and not any(Path(p).suffix.lower() in RECORD_SUFFIXES for p in inputs)
    if engine != "dask" and one_file:
        return batch.run(inputs, out, timeout, stdin, listener, formats, partition, survey)
    return _run_pool(start, list(inputs), Path(out), timeout, stdin, listener, formats, partition, survey)


def _run_pool(start: Callable[[], Pool], inputs: list[str], out: Path, timeout: float | None,
              stdin: IO[str] | IO[bytes] | None, listener: batch.Listener, formats: Sequence[str],
              partition: str | None, survey: tuple[int, int]) -> batch.Outcome:
    """Share the inputs out to a pool's workers and write their results in input order."""
    pool = start()  # (before the output files are open: forked workers inherit no open outputs)
    try:
        with interrupts.held():  # a signal while the temporary files are made waits until all are
            writer = batch.open_writer(out, formats, partition)
    except BaseException:
        pool.stop()
        raise
    try:
        outcome = batch.Outcome(out, written=writer.names)
        interrupts.raise_pending()
        listener.surveyed(*survey)
        collector = work.Collector(writer, listener, outcome)
        pending: deque[tuple[list[work.Entry], Any]] = deque()
        for chunk in work.plan(inputs, stdin, out, timeout, work.chunk_bytes(survey[1], pool.jobs)):
            pending.append((chunk, pool.submit(chunk, timeout)))
            while len(pending) >= pool.jobs * IN_FLIGHT:
                entries, future = pending.popleft()
                collector.take(entries, future.result())
        while pending:
            entries, future = pending.popleft()
            collector.take(entries, future.result())
        pool.close()
        writer.finish(outcome.documents)
        with interrupts.held():  # a signal now would leave some outputs new and some old
            writer.commit()
    except BaseException:
        interrupts.acknowledge()  # signals from now on are ignored: the cleanup runs to its end
        try:
            pool.stop()
        finally:
            with interrupts.held():
                writer.abort()
        raise
    outcome.figures = writer.count
    return outcome
