"""The Dask engine (`stats extract --engine dask [--scheduler ADDRESS]`, the `cluster` extra).

The same chunks and the same per-chunk function as the local pool (`work.process_chunk`), run
as Dask futures: on a local cluster of `jobs` worker processes (one thread each) started for
the run, or on the cluster whose scheduler is at ADDRESS. The results come back to this
process, which writes every output in input order, so the files are the ones `--jobs 1`
writes (and figures.parquet, by month, unless --format says otherwise).

What a real cluster needs: this package installed on every worker (the function is sent by
reference), and the input paths readable by the workers at the same names (a shared file
system, or object storage mounted there). Dask runs tasks in worker threads, where no alarm
can stop one, so --timeout is not enforced by this engine; a worker that dies has its chunk
retried by Dask.
"""

from __future__ import annotations

import logging
from typing import Any

from stats.engines import work
from stats.extras import load

FEATURE = "--engine dask"


def require() -> None:
    """Dask distributed, or MissingExtra naming the `cluster` extra."""
    load("dask", FEATURE, "cluster")
    load("distributed", FEATURE, "cluster")


class DaskPool:
    """Dask futures over chunks of documents, on a local cluster or the one at `scheduler`."""

    def __init__(self, jobs: int, scheduler: str | None, timeout: float | None) -> None:
        distributed = load("distributed", FEATURE, "cluster")
        self.logger = logging.getLogger("distributed")  # (its INFO lines would bury the run's messages)
        self.level = self.logger.level
        self.logger.setLevel(logging.ERROR)
        self.cluster: Any = None
        if scheduler:
            self.client: Any = distributed.Client(scheduler)
        else:
            # Processes with one thread each (the extractor holds the GIL); no dashboard server.
            self.cluster = distributed.LocalCluster(
                n_workers=jobs, threads_per_worker=1, processes=True,
                dashboard_address=None, silence_logs=logging.CRITICAL)
            self.client = distributed.Client(self.cluster)
        workers = self.client.scheduler_info().get("workers", {})
        self.jobs = max(sum(w.get("nthreads", 1) for w in workers.values()), 1)

    def submit(self, chunk: list[work.Entry], timeout: float | None) -> Any:
        """A future of the chunk's results (pure=False: the same chunk twice is work twice)."""
        return self.client.submit(work.process_chunk, chunk, timeout, pure=False)

    def close(self) -> None:
        """Let the client go, and the local cluster if this run started it."""
        try:
            self.client.close()
            if self.cluster is not None:
                self.cluster.close()
        finally:
            self.logger.setLevel(self.level)

    def stop(self) -> None:
        """Stop now: closing the client releases (cancels) the futures still running."""
        self.close()
