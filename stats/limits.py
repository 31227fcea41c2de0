"""Time limits for one article: `--timeout` covers reading a page and extracting its figures.

Its own module because both the readers (`stats.read.sources`) and the batch engine use it,
and the engine imports the readers.
"""

from __future__ import annotations

import contextlib
import signal
import threading
from collections.abc import Iterator


class ExtractionTimeout(BaseException):
    """An article took longer than the time limit to read or extract.

    A BaseException, like KeyboardInterrupt, so that no `except Exception` in the rules (the
    quantulum3 adapter has one) can swallow it and carry on with a figure silently missing.
    """


@contextlib.contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Raise ExtractionTimeout in the block after `seconds` (SIGALRM: main thread on POSIX only)."""
    in_main = threading.current_thread() is threading.main_thread()
    if not seconds or not hasattr(signal, "setitimer") or not in_main:
        yield
        return

    def expire(signum: int, frame: object) -> None:
        raise ExtractionTimeout

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
