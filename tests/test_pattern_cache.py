"""The pattern cache (`stats.lexicon.pattern_cache`): a cached pattern answers as a fresh
compile does, a fresh process compiles nothing its predecessor compiled, and the cache
survives a bad file or an unwritable folder."""

from __future__ import annotations

import pickle
import subprocess
import sys
from pathlib import Path

import pytest
import regex

from stats.lexicon import pattern_cache
from stats.lexicon.compiled import compile_lists, longest_first
from stats.lexicon.pattern_cache import PatternCache, pattern_key

ROOT = Path(__file__).resolve().parents[1]


def test_a_pattern_read_back_answers_as_a_fresh_compile(tmp_path: Path) -> None:
    path = tmp_path / "patterns.pickle"
    first = PatternCache(path)
    source, words = r"\b\L<w>\b", ["killed", "injured", "shot dead"]
    compiled = first.compile(source, regex.I | regex.V1, w=words)
    assert first.write()
    assert path.exists()
    second = PatternCache(path)
    reread = second.compile(source, regex.I | regex.V1, w=list(reversed(words)))  # a list's order is no key
    assert reread is not compiled  # read from the file, not this process's object
    text = "Two were KILLED and one injured; a third was shot dead."
    assert [m.span() for m in reread.finditer(text)] == [m.span() for m in compiled.finditer(text)]
    assert [m.span() for m in reread.finditer(text)] == [(9, 15), (24, 31), (45, 54)]
    assert second.write() is True


def test_the_key_reads_everything_compile_reads() -> None:
    base = pattern_key(r"\L<w>", 0, {"w": ["a", "b"]})
    assert base == pattern_key(r"\L<w>", 0, {"w": ("b", "a")})
    assert base != pattern_key(r"\L<w>", regex.I, {"w": ["a", "b"]})
    assert base != pattern_key(r"\L<w>", 0, {"w": ["a", "c"]})
    assert base != pattern_key(r"\L<v>", 0, {"v": ["a", "b"]})


@pytest.mark.parametrize("content", [b"", b"not a pickle", pickle.dumps(["a list"]), pickle.dumps({"k": "v"})])
def test_a_bad_file_is_compiled_past(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "patterns.pickle"
    path.write_bytes(content)
    cache = PatternCache(path)
    assert cache.compile(r"\d+").findall("12 and 7") == ["12", "7"]
    assert cache.write()
    assert r"\d+" in [p.pattern for p in pickle.loads(path.read_bytes()).values()]


def test_an_unwritable_folder_costs_only_time(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    cache = PatternCache(blocker / "sub" / "patterns.pickle")  # a folder under a file
    assert cache.compile(r"\w+").findall("a b") == ["a", "b"]
    assert cache.write() is False


def test_off_compiles_without_a_file(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(pattern_cache.ENV, "off")
    assert pattern_cache.cache_path() is None
    assert PatternCache(None).compile(r"a+").fullmatch("aaa") is not None
    monkeypatch.setenv(pattern_cache.ENV, "/somewhere")
    path = pattern_cache.cache_path()
    assert path is not None
    assert path.parent == Path("/somewhere")
    assert regex.__version__ in path.name
    assert sys.implementation.cache_tag in path.name


def test_past_the_bound_a_write_keeps_only_what_its_run_used(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
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
    assert sorted(p.pattern for p in pickle.loads(path.read_bytes()).values()) == ["new", "old1"]


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
