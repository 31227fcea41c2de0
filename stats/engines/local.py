"""The local engine: worker processes on this machine (`stats extract --jobs N`).

Each worker is a process with a pipe of its own; the main process sends it one chunk at a
time and waits on every pipe at once (no thread, no lock in the main process, so a Ctrl+C
may land anywhere and the cleanup still runs). Workers are forked where the system can
(Linux), so they start at once with what this process has loaded; Ctrl+C and SIGTERM are
blocked while one is made, and each worker then ignores Ctrl+C (the terminal sends it to the
whole process group: the main process alone stops the run) and dies at SIGTERM, which is how
the main process stops it. A document's --timeout is the serial run's alarm, in the worker.

A worker that dies (killed by the system for memory, a crash in a C library) costs no more
than the input it was reading: its chunk is run again one input at a time on new workers, and
the input that a worker dies on again is listed as an error with the reason.
"""

from __future__ import annotations

import multiprocessing
import signal
import sys
from collections import deque
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from typing import Any

from stats import batch, export
from stats.engines import work
from stats.lexicon import pattern_cache
from stats.model import Document

SIGNALS = {signal.SIGINT, signal.SIGTERM}
_MASK = hasattr(signal, "pthread_sigmask")


def _serve(connection: Connection, timeout: float | None) -> None:
    """A worker's life: signals as a worker needs them, then chunks until told to stop."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    sys.unraisablehook = sys.__unraisablehook__  # (the main process's, inherited by fork)
    if _MASK:
        signal.pthread_sigmask(signal.SIG_UNBLOCK, SIGNALS)
    if timeout is not None:
        batch.warm_up()
    while True:
        try:
            message = connection.recv()
        except (EOFError, OSError):
            message = None
        if message is None:  # a forked worker ends without exit handlers: keep what it compiled
            pattern_cache.CACHE.write_if_new()
            return
        key, chunk = message
        try:
            answer: tuple[str, Any] = ("done", work.process_chunk(chunk, timeout))
        except BaseException as error:  # sent back: the main process raises it, as a serial run would
            answer = ("raised", error)
        try:
            connection.send((key, answer))
        except Exception:  # (an exception that cannot be pickled)
            connection.send((key, ("raised", RuntimeError(repr(answer[1])))))


@dataclass
class _Worker:
    process: Any  # a multiprocessing Process
    connection: Connection
    task: tuple[tuple[int, int], list[work.Entry]] | None = None  # ((chunk, part), entries) it runs


class _Handle:
    """A chunk's results, when asked for (the pool works until they are in)."""

    def __init__(self, pool: ProcessPool, index: int) -> None:
        self.pool, self.index = pool, index

    def result(self) -> list[list[work.Done]]:
        return self.pool.wait_for(self.index)


class ProcessPool:
    """`jobs` worker processes running `work.process_chunk`, one chunk each at a time."""

    def __init__(self, jobs: int, timeout: float | None) -> None:
        self.jobs, self.timeout = jobs, timeout
        methods = multiprocessing.get_all_start_methods()
        self.context: Any = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
        self.queue: deque[tuple[tuple[int, int], list[work.Entry]]] = deque()
        self.parts: dict[int, list[list[work.Done] | None]] = {}  # chunks run an input at a time
        self.results: dict[int, list[list[work.Done]]] = {}
        self.submitted = 0
        self.workers: list[_Worker] = []
        for _ in range(jobs):
            self.workers.append(self._start())

    def _start(self) -> _Worker:
        parent, child = self.context.Pipe()
        process = self.context.Process(target=_serve, args=(child, self.timeout), daemon=True)
        blocked = signal.pthread_sigmask(signal.SIG_BLOCK, SIGNALS) if _MASK else None
        try:
            process.start()
        finally:
            if blocked is not None:
                signal.pthread_sigmask(signal.SIG_SETMASK, blocked)
        child.close()
        return _Worker(process, parent)

    def submit(self, chunk: list[work.Entry], timeout: float | None) -> _Handle:
        """Queue a chunk; it goes to the next idle worker."""
        index, self.submitted = self.submitted, self.submitted + 1
        self.queue.append(((index, -1), chunk))
        self._dispatch()
        return _Handle(self, index)

    def _dispatch(self) -> None:
        for worker in self.workers:
            if worker.task is None and self.queue:
                worker.task = self.queue.popleft()
                worker.connection.send(worker.task)

    def wait_for(self, index: int) -> list[list[work.Done]]:
        """Run the workers until chunk `index` is done; its results."""
        while index not in self.results:
            self._dispatch()
            busy = {worker.connection: worker for worker in self.workers if worker.task is not None}
            if not busy:
                raise RuntimeError(f"chunk {index} was never queued")
            for ready in wait(list(busy)):
                self._receive(busy[ready])  # type: ignore[index]
        return self.results.pop(index)

    def _receive(self, worker: _Worker) -> None:
        try:
            (index, part), (how, answer) = worker.connection.recv()
        except (EOFError, OSError):
            self._lost(worker)
            return
        worker.task = None
        if how == "raised":
            raise answer
        self._done(index, part, answer)

    def _done(self, index: int, part: int, results: list[list[work.Done]]) -> None:
        if part < 0:
            self.results[index] = results
            return
        parts = self.parts[index]
        parts[part] = results[0]
        if all(p is not None for p in parts):
            self.results[index] = [p for p in parts if p is not None]
            del self.parts[index]

    def _lost(self, worker: _Worker) -> None:
        """A worker died: start another; run its chunk again an input at a time, or give up on
        the one input it died on twice."""
        task, worker.task = worker.task, None
        worker.process.join(timeout=5)
        code = worker.process.exitcode
        worker.connection.close()
        self.workers[self.workers.index(worker)] = self._start()
        if task is None:
            return
        (index, part), entries = task
        if part < 0:
            self.parts[index] = [None] * len(entries)
            for position in reversed(range(len(entries))):
                self.queue.appendleft(((index, position), [entries[position]]))
            return
        why = f"killed by signal {-code}" if code is not None and code < 0 else f"exit status {code}"
        self._done(index, part, [[_lost_document(entries[0], why)]])

    def close(self) -> None:
        """Every result is in: the workers exit."""
        for worker in self.workers:
            try:
                worker.connection.send(None)
            except OSError:
                continue
        for worker in self.workers:
            worker.process.join(timeout=10)
        self.stop()

    def stop(self) -> None:
        """End the workers now (one may be reading a pipe that never ends). No lock is taken."""
        for worker in self.workers:
            if worker.process.is_alive():
                worker.process.terminate()
        for worker in self.workers:
            worker.process.join(timeout=5)
            if worker.process.is_alive():
                worker.process.kill()
                worker.process.join(timeout=5)
            worker.connection.close()
        self.workers = []


def _lost_document(entry: work.Entry, why: str) -> work.Done:
    """The row of an input whose reading or extraction ended its worker process."""
    reason = f"its worker process stopped while reading or extracting it ({why})"
    if entry.document is not None:
        document = entry.document
        batch.let_go(document)
        document.status, document.error = "error", reason
    else:
        assert entry.item is not None
        document = Document(entry.doc, str(entry.item.path), status="error", error=reason)
    return work.Done(document, export.Rendered(), "")
