"""Keeping the server's resident memory down under load (issue 13: 258 -> 710 MB with 20 clients).

A filter change copies the figures it keeps; with several worker threads at it at once, the
copies add up to hundreds of MB, and the allocators keep what was freed for reuse: glibc in an
arena per thread, pyarrow (pandas' string columns) in mimalloc heaps per thread, which only the
thread owning a heap can give back. So the server (`dashboard.__main__`) calls `prepare()` before
loading the data: glibc is held to two arenas and pyarrow allocates through glibc too; then
`Trimmer` hands freed memory back (`malloc_trim`) a few seconds after requests came in.
Nothing here changes what is computed; where glibc is missing (musl, macOS, Windows) it does
nothing.
"""

from __future__ import annotations

import ctypes
import sys
import threading
import time
from typing import Any

M_ARENA_MAX = -8  # glibc's mallopt parameter: the most arenas malloc may use
ARENAS = 2
TRIM_SECONDS = 2.0  # how long after a request the freed memory is handed back


def glibc() -> Any:
    """glibc through ctypes, or None on a system without it."""
    try:
        libc = ctypes.CDLL("libc.so.6")
        libc.malloc_trim, libc.mallopt  # noqa: B018  # both exist only in glibc
    except (OSError, AttributeError):
        return None
    return libc


def prepare() -> bool:
    """Before the data is loaded and the worker threads start: two glibc arenas, and pyarrow
    allocating through glibc (so `malloc_trim` reaches its buffers). False without glibc."""
    libc = glibc()
    if libc is None:
        return False
    libc.mallopt(M_ARENA_MAX, ARENAS)
    try:
        import pyarrow
    except ImportError:  # no Arrow buffers to place
        return True
    pyarrow.set_memory_pool(pyarrow.system_memory_pool())
    return True


def trim() -> None:
    """Hand what the allocators hold unused back to the system now: after loading and after the
    warm-up, which free hundreds of MB of intermediate copies."""
    if "pyarrow" in sys.modules:
        sys.modules["pyarrow"].default_memory_pool().release_unused()
    libc = glibc()
    if libc is not None:
        libc.malloc_trim(0)


class Trimmer(threading.Thread):
    """A daemon thread handing freed memory back to the system TRIM_SECONDS after requests
    (`noted()` at each one), so memory falls back once a burst of work is over."""

    def __init__(self) -> None:
        """Not started yet; `start()` it with the server."""
        super().__init__(daemon=True, name="memory-trimmer")
        self.libc = glibc()
        self.busy = threading.Event()
        self.trims = 0

    def noted(self) -> None:
        """A request came in."""
        self.busy.set()

    def run(self) -> None:
        """Trim after each period that saw a request."""
        while True:
            self.busy.wait()
            time.sleep(TRIM_SECONDS)
            self.busy.clear()
            self.trim()

    def trim(self) -> None:
        """Hand what the allocators hold unused back to the system."""
        if "pyarrow" in sys.modules:
            sys.modules["pyarrow"].default_memory_pool().release_unused()
        if self.libc is not None:
            self.libc.malloc_trim(0)
        self.trims += 1
