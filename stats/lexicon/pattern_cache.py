"""Compiled `regex` patterns kept between runs, so that a fresh process starts quickly.

`regex` parses and compiles a pattern in Python: the few hundred patterns of the rule tables
(word lists of hundreds of entries among them) take about 0.5 s of a fresh process's CPU,
most of its start-up. A compiled `regex` pattern pickles with its compiled code (the
module's own pickle support: unpickling rebuilds the pattern in C, without parsing it), so
the patterns a run compiles are written at its exit (and at the end of each `--jobs`
worker) to one file in the user's cache folder, and the next run reads them all in a few
hundredths of a second.

Like Python's own `.pyc` files the cache only saves work. An entry is keyed by everything
`regex.compile` reads (the pattern, its flags and word lists), the file by the versions of
Python and `regex`, so a changed rule compiles afresh. The file is read only when it is the
user's own and nobody else may write to it or to its folder, only when its checksum holds,
and only with an unpickler that builds `regex` patterns and nothing else; a file that fails
any of these, cannot be read or cannot be written is passed over and the run compiles as it
would without it. `FIGURES_PATTERN_CACHE=off` turns the cache off, `FIGURES_PATTERN_CACHE=DIR`
keeps it in DIR (default: `$XDG_CACHE_HOME/figures-from-news`, else
`~/.cache/figures-from-news`); the folder must be one only you can write to.
"""

from __future__ import annotations

import atexit
import contextlib
import hashlib
import io
import os
import pickle
import stat
import sys
import tempfile
from pathlib import Path
from typing import Any, Final

import regex

ENV: Final = "FIGURES_PATTERN_CACHE"
OFF: Final = frozenset({"off", "0", "no", "false"})
# Past either bound a write keeps only the patterns its own run used (stale ones from edited
# rules, a test's generated word lists).
MAX_ENTRIES: Final = 2000
MAX_BYTES: Final = 8_000_000
_MAGIC: Final = b"figures-from-news patterns 1\n"
_DIGEST: Final = 32


class PatternCache:
    """Compiled patterns by key, read from `path` on first use and written back at exit
    when the run compiled a pattern the file did not hold (or the file was over its bounds)."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self._stored: dict[str, regex.Pattern[str]] | None = None
        self._used: set[str] = set()
        self._registered = False
        self._read_bytes = 0
        self.compiled = 0  # patterns this run compiled (not found in the file)

    def compile(self, pattern: str, flags: int = 0, **kwargs: Any) -> regex.Pattern[str]:
        """`regex.compile(pattern, flags, **kwargs)`, from the cache when it holds it."""
        if self.path is None:
            return regex.compile(pattern, flags, **kwargs)
        key = pattern_key(pattern, flags, kwargs)
        stored = self._entries()
        self._used.add(key)
        found = stored.get(key)
        if found is None:
            found = stored[key] = regex.compile(pattern, flags, **kwargs)
            self.compiled += 1
            self._register()
        return found

    def _entries(self) -> dict[str, regex.Pattern[str]]:
        if self._stored is None:
            self._stored, self._read_bytes = read(self.path) if self.path is not None else ({}, 0)
            if self._read_bytes > MAX_BYTES:
                self._register()  # written back pruned, even if nothing new is compiled
        return self._stored

    def _register(self) -> None:
        if not self._registered:
            self._registered = True
            atexit.register(self.write)

    def write_if_new(self) -> bool:
        """`write` when this run compiled a pattern or found the file too large: what a
        process that ends without running exit handlers (a forked worker) calls."""
        return self._registered and self.write()

    def write(self) -> bool:
        """Write the file's patterns (those another process wrote since this one read it
        included) and this run's, atomically; False when that fails, which costs the next
        run only time."""
        if self.path is None or self._stored is None:
            return False
        keep = {**read(self.path)[0], **self._stored}
        if len(keep) > MAX_ENTRIES or self._read_bytes > MAX_BYTES:
            keep = {key: value for key, value in keep.items() if key in self._used}
        try:
            payload = pickle.dumps(keep, protocol=pickle.HIGHEST_PROTOCOL)
            _replace(self.path, _MAGIC + hashlib.blake2b(payload, digest_size=_DIGEST).digest() + payload)
        except Exception:  # a full disk, a read-only folder, an odd pattern: compile next time
            return False
        return True


def _replace(path: Path, data: bytes) -> None:
    """Write `data` to `path` through a temporary file in its folder (a reader never sees
    half a file); the temporary file is removed if anything fails."""
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".patterns-")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        Path(temporary).replace(path)
    except BaseException:
        with contextlib.suppress(OSError):
            Path(temporary).unlink()
        raise


def pattern_key(pattern: str, flags: int, kwargs: dict[str, Any]) -> str:
    """A digest of everything `regex.compile` reads: the pattern, the flags and each keyword
    argument (a word list as its sorted words, since a named list is a set)."""
    parts: list[object] = [pattern, int(flags), regex.DEFAULT_VERSION]
    for name in sorted(kwargs):
        value = kwargs[name]
        if value is None or isinstance(value, (str, bool, int)):
            parts.append((name, value))
        else:
            parts.append((name, tuple(sorted(value))))
    return hashlib.blake2b(repr(parts).encode("utf-8", "surrogatepass"), digest_size=20).hexdigest()


class _PatternsOnly(pickle.Unpickler):
    """Builds `regex` patterns and plain data, nothing else: a cache file can hold no other
    object, so one written by anyone else cannot run code when it is read."""

    def find_class(self, module: str, name: str) -> Any:
        if (module, name) in {("regex._regex", "compile"), ("_regex", "compile")}:
            return super().find_class(module, name)
        raise pickle.UnpicklingError(f"{module}.{name} is not allowed in a pattern cache")


def read(path: Path | None) -> tuple[dict[str, regex.Pattern[str]], int]:
    """The file's patterns and its size; none when it is missing, not safe to read (see
    `trusted`), damaged, or not such a file."""
    if path is None or not trusted(path):
        return {}, 0
    try:
        data = path.read_bytes()
        start = len(_MAGIC) + _DIGEST
        digest, payload = data[len(_MAGIC):start], data[start:]
        if not data.startswith(_MAGIC) or hashlib.blake2b(payload, digest_size=_DIGEST).digest() != digest:
            return {}, len(data)
        stored = _PatternsOnly(io.BytesIO(payload)).load()
    except Exception:  # missing, unreadable, or written by another version: compile afresh
        return {}, 0
    if not isinstance(stored, dict):
        return {}, len(data)
    patterns = {k: v for k, v in stored.items() if isinstance(k, str) and isinstance(v, regex.Pattern)}
    return patterns, len(data)


def trusted(path: Path) -> bool:
    """Whether the file is this user's and neither it nor its folder can be written by
    others (a folder such as /tmp, writable by all but sticky, keeps others' hands off it)."""
    try:
        mine, folder = path.stat(), path.parent.stat()
    except OSError:
        return False
    if not hasattr(os, "getuid"):  # no owners to check (Windows): the user's own profile folder
        return True
    open_to_others = stat.S_IWGRP | stat.S_IWOTH
    folder_open = folder.st_mode & open_to_others and not folder.st_mode & stat.S_ISVTX
    return mine.st_uid == os.getuid() and not mine.st_mode & open_to_others and not folder_open


def cache_path() -> Path | None:
    """Where this run's cache lives, or None when it is turned off or there is no home."""
    setting = os.environ.get(ENV, "")
    if setting.lower() in OFF:
        return None
    try:
        base = Path(setting) if setting else Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    except (RuntimeError, KeyError):  # no home folder to be found (a container's odd user)
        return None
    folder = base if setting else base / "figures-from-news"
    return folder / f"patterns-{sys.implementation.cache_tag}-regex{regex.__version__}.pickle"


CACHE: Final = PatternCache(cache_path())


# `regex`'s `concurrent` argument, passed (positionally: a keyword costs more than it saves) at
# the calls the extraction makes most often, `PATTERN.search(text, None, None, SERIAL)`: the GIL
# is kept while matching. By default `regex` lets go of it and takes it back around every call
# on a `str`, and again each time a match grows its stacks: about a thousand instructions each
# time, a third of a short search's time, which a process extracting on one thread never
# needs; the match is the same either way. Its place:
# match/search/fullmatch(string, pos, endpos, SERIAL), finditer/findall(string, pos, endpos,
# overlapped, SERIAL), sub(repl, string, count, pos, endpos, SERIAL) (no `flags`, whatever the
# docstring says) and split(string, maxsplit, SERIAL); tests/test_serial.py checks each call.
SERIAL: Final = False


def compile_regex(pattern: str, flags: int = 0, **kwargs: Any) -> regex.Pattern[str]:
    """`regex.compile`, through the run's pattern cache (see the module's docstring)."""
    return CACHE.compile(pattern, flags, **kwargs)


def group_number(pattern: regex.Pattern[str], name: str) -> int:
    """The number of the pattern's group `name`, for a match to read it by: `regex` takes a
    group's key for a number first, and for a name raises and clears an exception (with a
    formatted message) before it looks the name up, about five times the cost of the read.
    The stages read some groups thousands of times a megabyte; they keep the number of each
    such group beside its pattern (a KeyError at import names a group the pattern lacks).

    >>> pattern = regex.compile(r"(?P<count>\\d+) (?P<noun>\\w+)")
    >>> pattern.match("12 boats")[group_number(pattern, "noun")]
    'boats'
    """
    return pattern.groupindex[name]
