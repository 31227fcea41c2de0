"""Ctrl+C and SIGTERM stop a run once, and the cleanup after them runs to its end.

Python turns Ctrl+C into KeyboardInterrupt wherever the program happens to be; a second one
pressed while the first is being handled lands in the cleanup itself, which then leaves
temporary files behind and prints a traceback (issue 13: two Ctrl+C 2 ms apart). And SIGTERM,
which a service manager or `kill` sends, ended the process without any cleanup.

`handled()` (used by `stats extract`) makes the first SIGINT or SIGTERM raise `Interrupted`,
a KeyboardInterrupt that says which signal it was, and ignores every later one: the run is
already stopping. `held()` marks a stretch that must not be cut (creating the temporary
files, renaming the finished files into place, removing the temporary files): a signal in
it is noted and `raise_pending()` raises it afterwards where that is wanted.
"""

from __future__ import annotations

import contextlib
import signal
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from types import FrameType

SIGNALS = (signal.SIGINT, signal.SIGTERM)


class Interrupted(KeyboardInterrupt):
    """A run stopped by a signal (`signum`: SIGINT for Ctrl+C, SIGTERM)."""

    def __init__(self, signum: int = signal.SIGINT) -> None:
        super().__init__(signal.Signals(signum).name)
        self.signum = signum


@dataclass
class _State:
    active: bool = False  # handled() is in force
    stopping: bool = False  # a signal has come: later ones are ignored
    holding: int = 0  # depth of held() blocks
    pending: int | None = None  # a signal that came during held()


_STATE = _State()


def _on_signal(signum: int, frame: FrameType | None) -> None:
    if _STATE.stopping:
        return  # already stopping: a second Ctrl+C must not cut the cleanup short
    _STATE.stopping = True
    if _STATE.holding:
        _STATE.pending = signum
        return
    raise Interrupted(signum)


@contextlib.contextmanager
def handled() -> Iterator[None]:
    """SIGINT and SIGTERM raise Interrupted once inside the block; later signals are ignored.

    The previous handlers come back when the block ends, unless a signal came: then the
    process is on its way out, and a late Ctrl+C must not print a traceback either. Outside
    the main thread (where Python cannot set handlers) this does nothing.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = {signum: signal.signal(signum, _on_signal) for signum in SIGNALS}
    _STATE.active, _STATE.stopping, _STATE.holding, _STATE.pending = True, False, 0, None
    try:
        yield
    finally:
        _STATE.active = False
        for signum, handler in previous.items():
            signal.signal(signum, signal.SIG_IGN if _STATE.stopping else handler)


@contextlib.contextmanager
def held() -> Iterator[None]:
    """A stretch a signal must not cut: one that comes in it is noted (see `raise_pending`)."""
    _STATE.holding += 1
    try:
        yield
    finally:
        _STATE.holding -= 1


def raise_pending() -> None:
    """Raise Interrupted now if a signal came during a held stretch."""
    if _STATE.pending is not None and not _STATE.holding:
        signum, _STATE.pending = _STATE.pending, None
        raise Interrupted(signum)


def signal_number(error: BaseException) -> int:
    """The signal behind an interrupt: SIGINT for a plain KeyboardInterrupt."""
    return error.signum if isinstance(error, Interrupted) else signal.SIGINT
