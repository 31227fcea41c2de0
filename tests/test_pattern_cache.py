"""The pattern cache (`stats.lexicon.pattern_cache`): a cached pattern answers as a fresh
compile does, a fresh process compiles nothing its predecessor compiled, and a file that is
damaged, not the user's, or holds anything but patterns is passed over."""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
from pathlib import Path

import pytest
import regex

from stats.lexicon import pattern_cache
from stats.lexicon.compiled import compile_lists, longest_first
from stats.lexicon.pattern_cache import PatternCache, pattern_key, read

ROOT = Path(__file__).resolve().parents[1]


def _patterns(path: Path) -> list[str]:
    return sorted(p.pattern for p in read(path)[0].values())


def test_a_pattern_read_back_answers_as_a_fresh_compile(tmp_path: Path) -> None:
    path = tmp_path / "patterns.pickle"
    first = PatternCache(path)
    source, words = r"\b\L<w>\b", ["killed", "injured", "shot dead"]
    compiled = first.compile(source, regex.I | regex.V1, w=words)
    assert first.write()
    second = PatternCache(path)
    reread = second.compile(source, regex.I | regex.V1, w=list(reversed(words)))  # a list's order is no key
    assert reread is not compiled  # read from the file, not this process's object
    assert second.compiled == 0
    text = "Two were KILLED and one injured; a third was shot dead."
    assert [m.span() for m in reread.finditer(text)] == [m.span() for m in compiled.finditer(text)]
    assert [m.span() for m in reread.finditer(text)] == [(9, 15), (24, 31), (45, 54)]


def test_other_word_lists_are_another_pattern(tmp_path: Path) -> None:
    cache = PatternCache(tmp_path / "patterns.pickle")
    assert cache.compile(r"\L<w>", w=["a"]).fullmatch("a") is not None
    assert cache.compile(r"\L<w>", w=["b"]).fullmatch("a") is None
    assert cache.compiled == 2


def test_the_key_reads_everything_compile_reads() -> None:
    base = pattern_key(r"\L<w>", 0, {"w": ["a", "b"]})
    assert base == pattern_key(r"\L<w>", 0, {"w": ("b", "a")})
    assert base != pattern_key(r"\L<w>", regex.I, {"w": ["a", "b"]})
    assert base != pattern_key(r"\L<w>", 0, {"w": ["a", "c"]})
    assert base != pattern_key(r"\L<v>", 0, {"v": ["a", "b"]})


BAD_FILES = [b"", b"not a pickle", pickle.dumps(["a list"]), pickle.dumps({"k": "v"}),
             pattern_cache._MAGIC + bytes(32) + pickle.dumps({})]  # a checksum that does not hold


@pytest.mark.parametrize("content", BAD_FILES)
def test_a_bad_file_is_compiled_past(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "patterns.pickle"
    path.write_bytes(content)
    path.chmod(0o600)
    cache = PatternCache(path)
    assert cache.compile(r"\d+").findall("12 and 7") == ["12", "7"]
    assert cache.compiled == 1
    assert cache.write()
    assert _patterns(path) == [r"\d+"]


class _Boom:
    def __reduce__(self) -> tuple[object, tuple[str]]:
        return (os.system, ("echo unsafe",))


def test_a_file_that_would_run_code_is_not_run(tmp_path: Path, capfd: pytest.CaptureFixture[str]) -> None:
    """A well-formed file (checksum and all) holding something other than patterns."""
    path = tmp_path / "patterns.pickle"
    payload = pickle.dumps({"k": _Boom()})
    path.write_bytes(pattern_cache._MAGIC + pattern_cache.hashlib.blake2b(payload, digest_size=32).digest()
                     + payload)
    path.chmod(0o600)
    assert read(path)[0] == {}
    assert "unsafe" not in capfd.readouterr().out


@pytest.mark.skipif(not hasattr(os, "getuid"), reason="no file owners to check")
def test_a_file_others_may_write_is_not_read(tmp_path: Path) -> None:
    path = tmp_path / "patterns.pickle"
    first = PatternCache(path)
    first.compile(r"x")
    first.write()
    cache = PatternCache(path)
    cache.compile(r"y")
    cache.write()
    assert _patterns(path) == ["x", "y"]
    path.chmod(0o622)
    assert read(path)[0] == {}
    path.chmod(0o600)
    tmp_path.chmod(0o777)  # a folder anyone may write to, without the sticky bit
    try:
        assert read(path)[0] == {}
        tmp_path.chmod(0o1777)  # as /tmp is
        assert _patterns(path) == ["x", "y"]
    finally:
        tmp_path.chmod(0o700)


def test_an_unwritable_folder_costs_only_time(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    cache = PatternCache(blocker / "sub" / "patterns.pickle")  # a folder under a file
    assert cache.compile(r"\w+").findall("a b") == ["a", "b"]
    assert cache.write() is False


def test_a_failed_write_leaves_no_temporary_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def full_disk(self: Path, target: Path) -> Path:
        raise OSError(28, "No space left on device")

    cache = PatternCache(tmp_path / "patterns.pickle")
    cache.compile(r"\d")
    monkeypatch.setattr(Path, "replace", full_disk)
    assert cache.write() is False
    assert list(tmp_path.iterdir()) == []


def test_writers_keep_each_others_patterns(tmp_path: Path) -> None:
    """Two processes (two `--jobs` workers) that read the same file and each compile one
    pattern: the second to write keeps the first's."""
    path = tmp_path / "patterns.pickle"
    one, two = PatternCache(path), PatternCache(path)
    one.compile(r"one")
    two.compile(r"two")
    assert one.write_if_new()
    assert two.write_if_new()
    assert _patterns(path) == ["one", "two"]
    three = PatternCache(path)
    three.compile(r"one")
    assert three.write_if_new() is False  # it compiled nothing


def test_off_or_no_home_compiles_without_a_file(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(pattern_cache.ENV, "off")
    assert pattern_cache.cache_path() is None
    assert PatternCache(None).compile(r"a+").fullmatch("aaa") is not None
    monkeypatch.setenv(pattern_cache.ENV, "/somewhere")
    path = pattern_cache.cache_path()
    assert path is not None
    assert path.parent == Path("/somewhere")
    assert regex.__version__ in path.name
    assert sys.implementation.cache_tag in path.name

    def no_home() -> Path:
        raise RuntimeError("Could not determine home directory.")

    monkeypatch.delenv(pattern_cache.ENV)
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    monkeypatch.setattr(Path, "home", no_home)
    assert pattern_cache.cache_path() is None


def test_past_the_bound_a_write_keeps_only_what_its_run_used(tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "patterns.pickle"
    old = PatternCache(path)
    for i in range(5):
        old.compile(rf"old{i}")
    old.write()
    monkeypatch.setattr(pattern_cache, "MAX_ENTRIES", 5)
    run = PatternCache(path)
    run.compile(r"old1")
    run.compile(r"new")
    run.write()
    assert _patterns(path) == ["new", "old1"]
    monkeypatch.setattr(pattern_cache, "MAX_BYTES", 10)
    oversized = PatternCache(path)
    oversized.compile(r"new")
    assert oversized.compiled == 0
    assert oversized.write_if_new()  # nothing new, but the file was over its bound
    assert _patterns(path) == ["new"]


def test_a_fresh_process_reads_the_patterns_back(tmp_path: Path) -> None:
    """Two fresh processes: the first writes the cache at exit, the second compiles nothing
    the first compiled (its extraction needs the same patterns)."""
    code = ("import stats; from stats.lexicon import pattern_cache as c; "
            "stats.extract('The plant, rated at 500 megawatts, shut; 40 people were hurt.'); "
            "print(len(c.CACHE._used), c.CACHE.compiled)")
    env = {"FIGURES_PATTERN_CACHE": str(tmp_path), "PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT)}
    runs = [subprocess.run([sys.executable, "-W", "ignore", "-c", code], capture_output=True, text=True,
                           env=env, cwd=ROOT, check=True).stdout.split() for _ in range(2)]
    used, compiled = (int(n) for n in runs[0])
    assert used > 100
    assert compiled == used
    assert [int(n) for n in runs[1]] == [used, 0]


def test_longest_first_is_a_fixed_order() -> None:
    words = {"tuesday", "monday", "friday", "sunday", "may"}
    assert sorted(words, key=longest_first) == ["tuesday", "friday", "monday", "sunday", "may"]
    pattern = compile_lists(r"\L<d>", d=["so far", "far", "so far away"])
    assert pattern.match("so\nfar away").group() == "so\nfar away"
