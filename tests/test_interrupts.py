"""Interrupting `stats extract` (issue 13): two Ctrl+C in quick succession, SIGTERM, and the
temporary files a killed run leaves. The real signals are sent to a real `python -m stats`
process; the cleanup's pieces are also checked in this process."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from stats import export, interrupts
from tests.conftest import ROOT, SEEDS

POSIX = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes (POSIX)")
PREVIOUS = {name: f"previous {name}\n" for name in ("figures.csv", "figures.jsonl", "documents.csv")}


def _inputs(folder: Path) -> Path:
    """A folder of articles that takes a while to extract (the seeds, many times over)."""
    folder.mkdir()
    seeds = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    for number in range(60):
        text = "\n".join(f"Part {number}: {line}" if line.strip() else line
                         for line in seeds[number % len(seeds)].splitlines())
        (folder / f"{number:03d}.txt").write_text(text * 8, encoding="utf-8")
    return folder


def _previous(out: Path) -> None:
    out.mkdir()
    for name, text in PREVIOUS.items():
        (out / name).write_text(text)


def _temporary(out: Path) -> list[str]:
    return sorted(p.name for p in out.iterdir() if p.name.endswith(".tmp"))


def _interrupt(tmp_path: Path, signals: list[int], gap: float) -> subprocess.CompletedProcess[str]:
    """Start an extraction, wait until it is writing, send the signals `gap` seconds apart.

    The last input is a named pipe that nothing writes to, so the run cannot end before the
    signals come, however busy the machine (it waits there, or is still extracting).
    """
    out = tmp_path / "out"
    _previous(out)
    pipe = tmp_path / "never-written.txt"
    os.mkfifo(pipe)
    process = subprocess.Popen([sys.executable, "-m", "stats", "extract", str(_inputs(tmp_path / "in")),
                                str(pipe), "--out", str(out)], cwd=ROOT, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True)
    try:
        while not _temporary(out) and process.poll() is None:  # the run has made its files
            time.sleep(0.005)
        assert process.poll() is None, process.communicate()
        for signum in signals:
            process.send_signal(signum)
            time.sleep(gap)
        stdout, stderr = process.communicate(timeout=300)
    finally:
        if process.poll() is None:
            process.kill()
    return subprocess.CompletedProcess(process.args, process.returncode, stdout, stderr)


def _left_as_it_was(out: Path) -> None:
    assert {p.name: p.read_text() for p in out.iterdir()} == PREVIOUS
    assert _temporary(out) == []


@POSIX
@pytest.mark.parametrize("gap", [0.0, 0.002, 0.05])
def test_two_ctrl_c_in_quick_succession(tmp_path: Path, gap: float) -> None:
    done = _interrupt(tmp_path, [signal.SIGINT, signal.SIGINT], gap)
    assert done.returncode == 130, done.stderr
    assert "Traceback" not in done.stderr
    assert f"stats: interrupted; {tmp_path / 'out'}/ was left as it was" in done.stderr
    _left_as_it_was(tmp_path / "out")


@POSIX
def test_sigterm_is_handled_like_ctrl_c(tmp_path: Path) -> None:
    done = _interrupt(tmp_path, [signal.SIGTERM, signal.SIGTERM], 0.001)
    assert done.returncode == 128 + signal.SIGTERM == 143, done.stderr
    assert "Traceback" not in done.stderr
    assert "stats: interrupted by SIGTERM;" in done.stderr
    _left_as_it_was(tmp_path / "out")


# --- the pieces -----------------------------------------------------------------------------------

def _dead_pid() -> int:
    """A process id that no running process has."""
    for pid in range(os.getpid() + 50_000, 4_000_000, 7_919):
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return pid
        except PermissionError:
            continue
    pytest.skip("no free process id found")


def test_stale_temporary_files_are_removed_at_the_next_run(tmp_path: Path) -> None:
    """A run killed with SIGKILL cannot clean up; the next run into the folder does, and
    leaves alone the files of a run still going and files that are not its own."""
    dead, alive = _dead_pid(), os.getppid()
    names = {f".figures.csv.{dead}.k2j4h1x0.tmp": False, f".texts.jsonl.{dead}.a.tmp": False,
             ".figures.jsonl.8sh2_ak1.tmp": False,  # written before names carried the process id
             f".documents.csv.{alive}.zz91aa0b.tmp": True, ".notes.txt.tmp": True, "figures.csv": True}
    for name in names:
        (tmp_path / name).write_text("x")
    writer = export.FigureWriter(tmp_path)
    writer.abort()
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(n for n, kept in names.items() if kept)


def test_abort_goes_on_where_an_interrupt_stopped_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    writer = export.FigureWriter(tmp_path)
    real = export.AtomicFile.discard
    calls: list[Path] = []

    def interrupted_once(self: export.AtomicFile) -> None:
        calls.append(self.temp)
        if len(calls) == 1:
            raise KeyboardInterrupt
        real(self)

    monkeypatch.setattr(export.AtomicFile, "discard", interrupted_once)
    with pytest.raises(KeyboardInterrupt):
        writer.abort()
    assert calls[0].exists()
    writer.abort()
    assert list(tmp_path.iterdir()) == []


def test_a_second_signal_is_ignored_and_a_held_one_waits() -> None:
    previous = {signum: signal.getsignal(signum) for signum in interrupts.SIGNALS}
    try:
        with interrupts.handled():
            # (raise_signal signals this thread, so the handler runs at once: os.kill may
            # signal another thread, and the handler then runs whenever that thread is seen to)
            with interrupts.held():
                signal.raise_signal(signal.SIGTERM)  # it comes and waits
            with pytest.raises(interrupts.Interrupted) as caught:
                interrupts.raise_pending()
            signal.raise_signal(signal.SIGINT)  # after the first: ignored, no KeyboardInterrupt
        assert caught.value.signum == signal.SIGTERM
        assert interrupts.signal_number(caught.value) == 15
        assert interrupts.signal_number(KeyboardInterrupt()) == signal.SIGINT
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)


class _Finaliser:
    """An object whose finaliser is where the signal lands (as the garbage collector may run
    one anywhere): Python swallows an exception raised in it."""

    def __del__(self) -> None:
        signal.raise_signal(signal.SIGINT)  # (to this thread: its handler runs in this finaliser)
        time.sleep(0.01)


def test_an_interrupt_lost_in_a_finaliser_is_raised_at_the_next_checkpoint(
        capsys: pytest.CaptureFixture[str]) -> None:
    """Found under load: Ctrl+C landed in a regex finaliser, was swallowed, and every later
    Ctrl+C was ignored as a repeat, so the run went on (and waited for ever on a pipe)."""
    previous = {signum: signal.getsignal(signum) for signum in interrupts.SIGNALS}
    try:
        with interrupts.handled():
            _Finaliser()  # made and dropped at once: its finaliser runs here
            with pytest.raises(interrupts.Interrupted) as caught:
                interrupts.checkpoint()
            assert caught.value.signum == signal.SIGINT
            interrupts.acknowledge()  # as the run's cleanup does on catching it
            interrupts.checkpoint()  # nothing more to raise
            signal.raise_signal(signal.SIGINT)  # and a signal now is ignored
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
    assert "Interrupted" not in capsys.readouterr().err  # no "Exception ignored in" message


def test_checkpoints_do_nothing_outside_a_handled_run() -> None:
    interrupts.checkpoint()
    interrupts.raise_pending()


@POSIX
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_signal_while_the_temporary_files_are_made_leaves_none(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, jobs: str) -> None:
    """Ctrl+C as the run makes its temporary files (the moment the two-signal test waits
    for): it waits until the writer holds them all, so the writer removes them."""
    from stats import batch, cli

    real = batch.open_writer

    def opening(*args: object, **kwargs: object) -> object:
        writer = real(*args, **kwargs)  # type: ignore[arg-type]
        os.kill(os.getpid(), signal.SIGINT)  # the files exist; the writer is not handed back yet
        return writer

    monkeypatch.setattr(batch, "open_writer", opening)
    out = tmp_path / "out"
    _previous(out)
    assert cli.main(["extract", "-q", "--jobs", jobs, str(SEEDS), "--out", str(out)]) == 130
    _left_as_it_was(out)
