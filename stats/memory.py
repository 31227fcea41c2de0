"""Give the memory a finished stage freed back to the operating system.

Python frees objects into its own and the C library's heaps, which keep the pages: after a
long article's extraction (its text, its parts' work) the process stays as large as at its
peak, and the reconcile stage's own memory then adds on top of it. glibc's `malloc_trim`
returns the free pages; elsewhere (no glibc) this only collects garbage.
"""

from __future__ import annotations

import ctypes
import functools
import gc
from collections.abc import Callable


@functools.cache
def _malloc_trim() -> Callable[[int], int] | None:
    """glibc's malloc_trim, or None where the C library has none."""
    try:
        trim: Callable[[int], int] = ctypes.CDLL(None).malloc_trim
    except (AttributeError, OSError):
        return None
    return trim


def release_freed_memory() -> None:
    """Collect garbage, then hand the free heap pages back to the system (where glibc can)."""
    gc.collect()
    trim = _malloc_trim()
    if trim is not None:
        trim(0)
