"""Compiled `regex` patterns kept between runs, so that a fresh process starts quickly.

`regex` parses and compiles a pattern in Python: the few hundred patterns of the rule tables
(word lists of hundreds of entries among them) take about 0.6 s of a fresh process's CPU,
most of its start-up. A compiled `regex` pattern pickles with its compiled code (the
module's own pickle support: unpickling rebuilds the pattern in C, without parsing it), so
the patterns a run compiles are written at its exit to one file in the user's cache folder,
and the next run reads them all in about 10 ms.

Like Python's own `.pyc` files the cache only saves work: an entry is keyed by the pattern,
its flags and word lists, and the file by the versions of `regex` and Python, so a changed
rule compiles afresh; a file that cannot be read or written is ignored and the run compiles
as it would without it. `FIGURES_PATTERN_CACHE=off` turns the cache off,
`FIGURES_PATTERN_CACHE=DIR` keeps it in DIR (default: `$XDG_CACHE_HOME/figures-from-news`,
else `~/.cache/figures-from-news`).
"""

from __future__ import annotations

import atexit
import hashlib
import os
import pickle
import sys
import tempfile
from pathlib import Path
from typing import Any

import regex

ENV = "FIGURES_PATTERN_CACHE"
# Past either bound a write keeps only the patterns its own run used (stale ones from edited
# rules, a test's generated word lists).
MAX_ENTRIES = 2000
MAX_BYTES = 8_000_000


class PatternCache:
    """Compiled patterns by key, read from `path` on first use and written back at exit
    when the run compiled a pattern the file did not hold."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self._stored: dict[str, regex.Pattern[str]] | None = None
        self._used: set[str] = set()
        self._added = False
        self._read_bytes = 0
        self.compiled = 0  # patterns this run compiled (not found in the file)

    def compile(self, pattern: str, flags: int = 0, *, cache_key: str | None = None,
                **kwargs: Any) -> regex.Pattern[str]:
        """`regex.compile(pattern, flags, **kwargs)`, from the cache when it holds it (under
        `cache_key` when the caller knows a key that names the pattern better)."""
        if self.path is None:
            return regex.compile(pattern, flags, **kwargs)
        key = cache_key or pattern_key(pattern, flags, kwargs)
        stored = self._entries()
        self._used.add(key)
        found = stored.get(key)
        if found is None:
            found = stored[key] = regex.compile(pattern, flags, **kwargs)
            self.compiled += 1
            if not self._added:
                self._added = True
                atexit.register(self.write)
        return found

    def _entries(self) -> dict[str, regex.Pattern[str]]:
        if self._stored is None:
            self._stored, self._read_bytes = _read(self.path) if self.path is not None else ({}, 0)
        return self._stored

    def write(self) -> bool:
        """Write the patterns to the file (atomically: a reader never sees half a file);
        False when it cannot be written, which costs the next run only time."""
        if self.path is None or self._stored is None:
            return False
        keep = self._stored
        if len(keep) > MAX_ENTRIES or self._read_bytes > MAX_BYTES:
            keep = {key: value for key, value in keep.items() if key in self._used}
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=self.path.parent, prefix=".patterns-")
            with os.fdopen(handle, "wb") as out:
                pickle.dump(keep, out, protocol=pickle.HIGHEST_PROTOCOL)
            Path(temporary).replace(self.path)
        except OSError:
            return False
        return True


def pattern_key(pattern: str, flags: int, kwargs: dict[str, Any]) -> str:
    """A digest of everything `regex.compile` reads: the pattern, the flags and each keyword
    argument (a word list as its sorted words, since a named list is a set)."""
    parts: list[object] = [pattern, int(flags)]
    for name in sorted(kwargs):
        value = kwargs[name]
        if value is None or isinstance(value, (str, bool, int)):
            parts.append((name, value))
        else:
            parts.append((name, tuple(sorted(value))))
    return hashlib.blake2b(repr(parts).encode("utf-8", "surrogatepass"), digest_size=20).hexdigest()


def _read(path: Path) -> tuple[dict[str, regex.Pattern[str]], int]:
    """The file's patterns and its size; none when it is missing, unreadable or not such a
    file."""
    try:
        data = path.read_bytes()
        stored = pickle.loads(data)
    except Exception:  # missing, truncated, or written by another version: compile afresh
        return {}, 0
    if not isinstance(stored, dict):
        return {}, len(data)
    patterns = {k: v for k, v in stored.items() if isinstance(k, str) and isinstance(v, regex.Pattern)}
    return patterns, len(data)


def cache_path() -> Path | None:
    """Where this run's cache lives, or None when `FIGURES_PATTERN_CACHE=off`."""
    setting = os.environ.get(ENV, "")
    if setting.lower() in {"off", "0", "no", "false"}:
        return None
    if setting:
        folder = Path(setting)
    else:
        base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
        folder = Path(base) / "figures-from-news"
    version = f"{sys.implementation.cache_tag}-regex{regex.__version__}"
    return folder / f"patterns-{version}.pickle"


CACHE = PatternCache(cache_path())


def compile_regex(pattern: str, flags: int = 0, *, cache_key: str | None = None,
                  **kwargs: Any) -> regex.Pattern[str]:
    """`regex.compile`, through the run's pattern cache (see the module's docstring)."""
    return CACHE.compile(pattern, flags, cache_key=cache_key, **kwargs)
