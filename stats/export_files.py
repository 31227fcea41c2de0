"""Atomic output files: a temporary file (or folder) beside the target, renamed over it at the end.

`stats.export` writes every output through these, so an interrupted or failed run leaves the
previous outputs as they were. Temporary names carry the process id (`.figures.csv.PID.XXXX.tmp`),
so the next run into the folder can remove what a run killed outright left behind without
touching the files of a run still going.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO


def umask() -> int:
    """The process's file creation mask (read without changing it for long)."""
    mask = os.umask(0)
    os.umask(mask)
    return mask


def temporary_name(path: Path) -> str:
    """The prefix of a temporary copy of `path`: hidden, with the process id."""
    return f".{path.name}.{os.getpid()}."


class AtomicFile:
    """A temporary file beside `path` that replaces `path` on `commit()` and vanishes on `discard()`.

    The temporary file is hidden (`.name.PID.XXXX.tmp`), flushed to disk before the rename, and
    given the permissions a plain new file would get (mkstemp's are owner-only).
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, temp = tempfile.mkstemp(prefix=temporary_name(path), suffix=".tmp", dir=path.parent)
        self.temp = Path(temp)
        try:
            os.fchmod(fd, 0o666 & ~umask())
            self.handle: IO[str] = os.fdopen(fd, "w", encoding="utf-8", newline="")
        except BaseException:
            os.close(fd)
            self.temp.unlink(missing_ok=True)
            raise

    def finish(self) -> None:
        """Flush and close the temporary file (before `commit`, so a full disk shows here)."""
        if not self.handle.closed:
            self.handle.flush()
            os.fsync(self.handle.fileno())
            self.handle.close()

    def commit(self) -> None:
        """Put the finished file in place with one rename."""
        self.finish()
        self.temp.replace(self.path)

    def discard(self) -> None:
        """Remove the temporary file; `path` keeps what it held before."""
        with contextlib.suppress(OSError):
            self.handle.close()
        self.temp.unlink(missing_ok=True)


class AtomicFolder:
    """A temporary folder beside `path` (a partitioned dataset) that replaces `path` on `commit()`.

    A folder cannot be renamed over a non-empty one, so the old one is first renamed aside
    (to a temporary name the next run would also clean up) and removed after the new one is in.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self.temp = Path(tempfile.mkdtemp(prefix=temporary_name(path), suffix=".tmp", dir=path.parent))
        self.temp.chmod(0o777 & ~umask())

    def finish(self) -> None:
        """Nothing to flush: the files in the folder are closed by their writers."""

    def commit(self) -> None:
        """Put the finished folder in place (rename the old one aside, the new one in, remove the old)."""
        replace_path(self.temp, self.path)

    def discard(self) -> None:
        """Remove the temporary folder; `path` keeps what it held before."""
        shutil.rmtree(self.temp, ignore_errors=True)


def replace_path(new: Path, target: Path) -> None:
    """Rename `new` over `target`, whichever of them is a file or a folder."""
    if (target.is_dir() and not target.is_symlink()) or (new.is_dir() and target.exists()):
        aside = Path(tempfile.mkdtemp(prefix=temporary_name(target), suffix=".tmp", dir=target.parent))
        target.replace(aside / target.name)
        new.replace(target)
        shutil.rmtree(aside, ignore_errors=True)
    else:
        new.replace(target)


def remove_output(path: Path) -> None:
    """Remove an output an earlier run wrote that this run does not (a file or a folder)."""
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    else:
        path.unlink(missing_ok=True)


@contextmanager
def atomic_open(path: Path) -> Iterator[IO[str]]:
    """Open a temporary file beside `path`; on success rename it over `path`."""
    target = AtomicFile(path)
    try:
        yield target.handle
        target.commit()
    except BaseException:
        target.discard()
        raise


def _running(pid: int) -> bool:
    """Whether a process with this id exists (it may belong to another user)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def remove_stale_temporary_files(out_dir: Path, names: Iterable[str]) -> list[str]:
    """Remove the temporary copies of the outputs `names` that earlier runs left in `out_dir`
    (killed before they could clean up): those of processes no longer running, and those
    written before temporary names carried the process id. Returns their names."""
    alternatives = "|".join(re.escape(name) for name in names)
    temporary = re.compile(rf"^\.(?:{alternatives})\.(?:(\d+)\.)?.*\.tmp$")
    removed = []
    with contextlib.suppress(OSError):
        for entry in os.scandir(out_dir):
            match = temporary.match(entry.name)
            if not match or (match[1] and (int(match[1]) == os.getpid() or _running(int(match[1])))):
                continue
            with contextlib.suppress(OSError):
                remove_output(Path(entry.path))
                removed.append(entry.name)
    return sorted(removed)
