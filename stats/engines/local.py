"""The local engine: a pool of worker processes on this machine (`stats extract --jobs N`).

Workers are forked where the system can (Linux), so they start at once with everything this
process has loaded, and before the run opens its output files. Each worker ignores Ctrl+C (the
terminal sends it to the whole process group): the main process alone handles it, stops the
workers (SIGTERM, which ends them at once) and removes its temporary files. Each document's
--timeout is the same alarm as in a serial run, in the worker's main thread, where the pool
runs its tasks.
"""

from __future__ import annotations

import multiprocessing
import signal
import sys
from concurrent.futures import Future, ProcessPoolExecutor

from stats import batch
from stats.engines import work


def _start_worker(timeout: float | None) -> None:
    """In each worker, first: signals as a worker needs them, quantulum3 loaded for --timeout."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the main process stops the run (and us)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # how the main process stops us
    sys.unraisablehook = sys.__unraisablehook__  # (the main process's, inherited by fork)
    if timeout is not None:
        batch.warm_up()


def _ready() -> None:
    """A task that does nothing: submitted first, so every worker starts now."""


class ProcessPool:
    """`jobs` worker processes running `work.process_chunk`."""

    def __init__(self, jobs: int, timeout: float | None) -> None:
        self.jobs = jobs
        methods = multiprocessing.get_all_start_methods()
        context = multiprocessing.get_context("fork" if "fork" in methods else None)
        self.executor = ProcessPoolExecutor(jobs, mp_context=context, initializer=_start_worker,
                                            initargs=(timeout,))
        self.executor.submit(_ready)  # (a forking pool starts all its workers at the first task)

    def submit(self, chunk: list[work.Entry], timeout: float | None) -> Future[list[list[work.Done]]]:
        """Queue a chunk for the next free worker."""
        return self.executor.submit(work.process_chunk, chunk, timeout)

    def close(self) -> None:
        """Every result is in: the workers exit."""
        self.executor.shutdown(wait=True)

    def stop(self) -> None:
        """End the workers now (a worker may be reading a pipe that never ends), drop the queue."""
        terminate = getattr(self.executor, "terminate_workers", None)  # Python 3.14+
        if terminate is not None:
            terminate()
            return
        for process in list(getattr(self.executor, "_processes", {}).values()):
            process.terminate()
        self.executor.shutdown(wait=False, cancel_futures=True)
