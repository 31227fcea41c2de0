"""Count the work a call does, so that tests can check linear growth without a clock.

A test that times code fails when the machine is busy; a count of work does not change with
the load. Two counts are kept for each measured call:

- `calls`: every Python and built-in function call (cProfile's call counts). A Python loop
  that goes quadratic shows here, because its body calls something (`isinstance`, `len`,
  a method) on every turn: bs4's `_last_descendant` walk, for one, was 13 million calls.
- `scanned`: the characters that regular expressions were given to scan. A quadratic
  hidden in C (a search over the whole sentence head at every figure, a slice of the rest
  of the text handed to a pattern) keeps the call count linear but shows here. Every
  pattern compiled through `regex` is wrapped, so `install()` must run before `stats` is
  imported: the meter therefore runs in its own interpreter (`python -m tests.work_meter`,
  which reads the cases as JSON on stdin and prints the counts as JSON). Scans in C
  elsewhere are counted where known: bs4's list of empty elements searched at each end tag.

Wrapping changes nothing the patterns return (the seeds' figures are identical under it;
`tests/test_linear.py` checks this), only what is counted.
"""

from __future__ import annotations

import cProfile
import json
import pstats
import sys
from collections.abc import Callable, Iterator
from typing import Any

import regex

_SCANNED = [0]
_compile = regex.compile


def _window(string: str, pos: int | None, endpos: int | None) -> tuple[int, int]:
    """The slice of `string` a call may scan, as regex reads pos and endpos."""
    size = len(string)
    start = 0 if pos is None else min(size, max(0, pos + size if pos < 0 else pos))
    stop = size if endpos is None else min(size, max(0, endpos + size if endpos < 0 else endpos))
    return start, max(start, stop)


class CountingPattern:
    """A compiled pattern that adds the characters each call may scan to the meter."""

    __slots__ = ("_pattern",)

    def __init__(self, pattern: Any) -> None:
        self._pattern = pattern

    def search(self, string: str, pos: int | None = None, endpos: int | None = None, *rest: Any,
               **options: Any) -> Any:
        found = self._pattern.search(string, pos, endpos, *rest, **options)
        start, stop = _window(string, pos, endpos)
        _SCANNED[0] += 1 + ((found.end() if found else stop) - start)
        return found

    def match(self, string: str, pos: int | None = None, endpos: int | None = None, *rest: Any,
              **options: Any) -> Any:
        found = self._pattern.match(string, pos, endpos, *rest, **options)
        _SCANNED[0] += 1 + (found.end() - _window(string, pos, endpos)[0] if found else 0)
        return found

    def _whole(self, name: str, string: str, pos: int | None = None, endpos: int | None = None,
               *rest: Any, **options: Any) -> Any:
        start, stop = _window(string, pos, endpos)
        _SCANNED[0] += 1 + stop - start
        return getattr(self._pattern, name)(string, pos, endpos, *rest, **options)

    def fullmatch(self, *args: Any, **options: Any) -> Any:
        return self._whole("fullmatch", *args, **options)

    def finditer(self, *args: Any, **options: Any) -> Any:
        return self._whole("finditer", *args, **options)

    def findall(self, *args: Any, **options: Any) -> Any:
        return self._whole("findall", *args, **options)

    def _rewrite(self, name: str, repl: Any, string: str, *rest: Any, **options: Any) -> Any:
        _SCANNED[0] += 1 + len(string)
        return getattr(self._pattern, name)(repl, string, *rest, **options)

    def sub(self, repl: Any, string: str, *rest: Any, **options: Any) -> Any:
        return self._rewrite("sub", repl, string, *rest, **options)

    def subn(self, repl: Any, string: str, *rest: Any, **options: Any) -> Any:
        return self._rewrite("subn", repl, string, *rest, **options)

    def split(self, string: str, *rest: Any, **options: Any) -> Any:
        _SCANNED[0] += 1 + len(string)
        return self._pattern.split(string, *rest, **options)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._pattern, name)


def _counting_compile(pattern: Any, *args: Any, **options: Any) -> CountingPattern:
    if isinstance(pattern, CountingPattern):
        pattern = pattern._pattern
    return CountingPattern(_compile(pattern, *args, **options))


def _module_function(name: str) -> Callable[..., Any]:
    """`regex.search(pattern, text)` and the like, counted as the compiled call is."""
    def call(pattern: Any, *args: Any, flags: int = 0, **options: Any) -> Any:
        compiled = pattern if isinstance(pattern, CountingPattern) else _counting_compile(pattern, flags)
        return getattr(compiled, name)(*args, **options)
    return call


def _count_closed_empty_elements() -> None:
    """bs4's html.parser builder looks each end tag up in a list of the empty elements
    ("<br>") met so far, a scan in C that no call count sees: count the list's length."""
    from bs4.builder._htmlparser import BeautifulSoupHTMLParser

    handle_endtag = BeautifulSoupHTMLParser.handle_endtag

    def counted(self: Any, tag: str, check_already_closed: bool = True) -> None:
        _SCANNED[0] += len(self.already_closed_empty_element) if check_already_closed else 0
        handle_endtag(self, tag, check_already_closed)

    BeautifulSoupHTMLParser.handle_endtag = counted  # type: ignore[method-assign]


def install() -> None:
    """Wrap `regex.compile` and the module-level functions (before `stats` is imported), and
    count the scans in C that the meter knows of in the libraries used."""
    regex.compile = _counting_compile  # type: ignore[assignment]
    for name in ("search", "match", "fullmatch", "sub", "subn", "split", "findall", "finditer"):
        setattr(regex, name, _module_function(name))
    _count_closed_empty_elements()


def measure(function: Callable[[], object]) -> dict[str, int]:
    """The calls made and the characters scanned while `function()` runs."""
    _SCANNED[0] = 0
    profile = cProfile.Profile()
    profile.enable()
    try:
        function()
    finally:
        profile.disable()
    calls = sum(entry[1] for entry in pstats.Stats(profile).stats.values())  # type: ignore[attr-defined]
    return {"calls": calls, "scanned": _SCANNED[0]}


# ------------------------------------------------------------------- what can be measured

def _extract(text: str) -> Callable[[], object]:
    from stats import extract

    return lambda: extract(text, doc="long.txt")


def _read_html(text: str) -> Callable[[], object]:
    from stats.read.html import read_html

    return lambda: read_html(text)


_TOY = None


def _toy(kind: str, text: str) -> Callable[[], object]:
    """Two functions to show that the meter sees quadratic work: one in a Python loop's
    calls, one in a pattern scanning a growing slice (hidden in C)."""
    global _TOY
    _TOY = _TOY or regex.compile(r"\d+$")

    def loop() -> None:
        for i in range(len(text)):
            for _ in range(i):
                abs(i)

    def slices() -> None:
        for i in range(0, len(text), 4):
            _TOY.search(text[:i])

    def linear() -> None:
        for match in _TOY.finditer(text):
            abs(match.start())

    return {"toy-loop": loop, "toy-slices": slices, "toy-linear": linear}[kind]


def run(cases: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """Measure each case ({"kind", "name", "texts"}) at each of its texts."""
    from stats.find import quantities

    quantities.warm_up()  # loaded once, outside every count
    _extract("It cost £3m to move 5 km in 30–60 minutes.")()
    for case in cases:
        kind = case["kind"]
        made = {"extract": _extract, "html": _read_html}
        functions = [made[kind](text) if kind in made else _toy(kind, text) for text in case["texts"]]
        functions[0]()  # once unmeasured: caches filled by the first run would count against n only
        counts = [measure(function) for function in functions]
        yield {"name": case["name"], "counts": counts}


def _seeds() -> None:
    """The seeds' figures as JSON Lines, extracted under the meter (to compare with the snapshot)."""
    from pathlib import Path

    from stats import extract

    for path in sorted((Path(__file__).resolve().parents[1] / "seeds").glob("*.txt")):
        for figure in extract(path.read_text(encoding="utf-8"), doc=path.name):
            print(json.dumps(figure.to_record(), ensure_ascii=False))


def main() -> None:
    install()
    if sys.argv[1:] == ["--seeds"]:
        _seeds()
        return
    json.dump(list(run(json.load(sys.stdin))), sys.stdout)


if __name__ == "__main__":
    main()
