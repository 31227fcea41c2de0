"""Ctrl+C and SIGTERM stop a run once, and the cleanup after them runs to its end.

Python turns Ctrl+C into KeyboardInterrupt wherever the program happens to be; a second one
pressed while the first is on its way up lands in the cleanup itself, which then leaves
temporary files behind and prints a traceback (issue 13: two Ctrl+C 2 ms apart). And SIGTERM,
which a service manager or `kill` sends, ended the process without any cleanup.

`handled()` (used by `stats extract`) makes a SIGINT or SIGTERM raise `Interrupted`, a
KeyboardInterrupt that says which signal it was; while that interrupt is on its way to the
run's cleanup, and during the cleanup (`acknowledge()`), later signals are ignored. `held()`
marks a stretch that must not be cut (creating the temporary files, renaming the finished
files into place, removing the temporary files): a signal in it is noted, and
`raise_pending()` raises it afterwards where that is wanted.

An interrupt raised inside a finaliser (`__del__`, run by the garbage collector anywhere) is
swallowed by Python: it is noted instead of printed, the next signal raises again, and
`checkpoint()`, called between documents and parts of a long one, raises it for the run.
"""

from __future__ import annotations

import contextlib
import signal
import sys
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from types import FrameType
from typing import Any

SIGNALS = (signal.SIGINT, signal.SIGTERM)


class Interrupted(KeyboardInterrupt):
    """A run stopped by a signal (`signum`: SIGINT for Ctrl+C, SIGTERM)."""

    def __init__(self, signum: int = signal.SIGINT) -> None:
        super().__init__(signal.Signals(signum).name)
        self.signum = signum


@dataclass
class _State:
    raised: int | None = None  # a signal raised into the run and not seen to arrive yet
    acknowledged: bool = False  # the run's cleanup has the interrupt: later signals are ignored
    swallowed: int | None = None  # an interrupt lost in a finaliser, to raise at a checkpoint
    holding: int = 0  # depth of held() blocks
    pending: int | None = None  # a signal that came during held()

    @property
    def stopping(self) -> bool:
        return any(v is not None for v in (self.raised, self.swallowed, self.pending)) or self.acknowledged


_STATE = _State()


def _on_signal(signum: int, frame: FrameType | None) -> None:
    if _STATE.acknowledged or _STATE.raised is not None:
        return  # already on its way, or being cleaned up after: a second must not cut that short
    if _STATE.holding:
        _STATE.pending = _STATE.pending or signum
        return
    _STATE.raised = signum
    raise Interrupted(signum)


def _on_unraisable(previous: Callable[[Any], object]) -> Callable[[Any], object]:
    """A sys.unraisablehook that notes an interrupt swallowed in a finaliser (quietly: it is
    no error) and hands anything else to the previous hook."""
    def hook(unraisable: Any) -> None:
        if isinstance(unraisable.exc_value, Interrupted) and not _STATE.acknowledged:
            _STATE.swallowed, _STATE.raised = unraisable.exc_value.signum, None
            return
        previous(unraisable)
    return hook


@contextlib.contextmanager
def handled() -> Iterator[None]:
    """SIGINT and SIGTERM raise Interrupted inside the block (see the module's docstring).

    The previous handlers come back when the block ends, unless a signal came: then the
    process is on its way out, and a late Ctrl+C must not print a traceback either. Outside
    the main thread (where Python cannot set handlers) this does nothing.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    global _STATE
    _STATE = _State()
    previous = {signum: signal.signal(signum, _on_signal) for signum in SIGNALS}
    unraisable, sys.unraisablehook = sys.unraisablehook, _on_unraisable(sys.unraisablehook)
    try:
        yield
    finally:
        sys.unraisablehook = unraisable
        for signum, handler in previous.items():
            signal.signal(signum, signal.SIG_IGN if _STATE.stopping else handler)
        _STATE = _State()  # (nothing carries over to code run later in this process)


def acknowledge() -> None:
    """The run's cleanup has begun: signals from now on are ignored."""
    _STATE.acknowledged = True


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
    if _STATE.pending is not None and not _STATE.holding and not _STATE.acknowledged:
        signum, _STATE.pending = _STATE.pending, None
        _STATE.raised = signum
        raise Interrupted(signum)


def checkpoint() -> None:
    """Raise an interrupt that was lost on its way (swallowed by a finaliser or a bare
    `except`), or one held until now; between documents, where stopping is clean."""
    lost = _STATE.swallowed if _STATE.swallowed is not None else _STATE.raised
    if lost is not None and not _STATE.acknowledged:
        _STATE.swallowed, _STATE.raised = None, lost
        raise Interrupted(lost)
    raise_pending()


def signal_number(error: BaseException) -> int:
    """The signal behind an interrupt: SIGINT for a plain KeyboardInterrupt."""
    return error.signum if isinstance(error, Interrupted) else signal.SIGINT
