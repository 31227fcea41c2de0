"""`pattern_cache.SERIAL` stands where each `regex` method reads its `concurrent` argument.

The extraction passes `concurrent` positionally (a keyword costs more than the GIL it saves),
so a `SERIAL` one place too far is read as another argument: in `Pattern.sub` the next one
is `timeout`, and `False` there is a timeout of zero seconds. The methods' docstrings do not
tell the true order (`Pattern.sub`'s lists a `flags` it does not take), and the type stubs
follow them, so neither mypy nor a reader catches it. These tests pin the order twice: what
`regex` itself accepts, and where every call in `stats` puts `SERIAL`.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
import regex

from stats.lexicon.pattern_cache import SERIAL

STATS = Path(__file__).resolve().parents[1] / "stats"

# The arguments before `concurrent`, by method (the calls `stats` makes).
BEFORE_CONCURRENT = {
    "match": ("string", "pos", "endpos"),
    "search": ("string", "pos", "endpos"),
    "fullmatch": ("string", "pos", "endpos"),
    "finditer": ("string", "pos", "endpos", "overlapped"),
    "findall": ("string", "pos", "endpos", "overlapped"),
    "sub": ("repl", "string", "count", "pos", "endpos"),
    "subn": ("repl", "string", "count", "pos", "endpos"),
    "split": ("string", "maxsplit"),
    "splititer": ("string", "maxsplit"),
}
_SAMPLE = {"repl": "-", "string": "a  b", "count": 0, "pos": None, "endpos": None,
           "overlapped": False, "maxsplit": 0}


def _call(method: str, concurrent: object) -> object:
    arguments = [_SAMPLE[name] for name in BEFORE_CONCURRENT[method]]
    result = getattr(regex.compile(r"\s+"), method)(*arguments, concurrent)
    if method in {"finditer", "splititer"}:
        result = list(result)  # (an iterator reads lazily)
    return _spans(result)


def _spans(result: object) -> object:
    """The result with each match object as its span (match objects do not compare)."""
    if isinstance(result, list):
        return [_spans(item) for item in result]
    return result.span() if isinstance(result, regex.Match) else result


@pytest.mark.parametrize("method", sorted(BEFORE_CONCURRENT))
def test_regex_reads_concurrent_at_that_position(method: str) -> None:
    """A value `concurrent` cannot take is refused as `concurrent`, and SERIAL gives what
    the default does."""
    with pytest.raises((TypeError, ValueError), match="concurrent"):
        _call(method, "not a flag")
    assert _call(method, SERIAL) == _call(method, None)


def _serial_calls(tree: ast.AST) -> list[tuple[ast.Call, int]]:
    """The calls of a method that pass SERIAL as a positional argument, with its position."""
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            for at, argument in enumerate(node.args):
                if isinstance(argument, ast.Name) and argument.id == "SERIAL":
                    found.append((node, at))
    return found


def _misplaced(source: str) -> list[str]:
    wrong = []
    for call, at in _serial_calls(ast.parse(source)):
        method = call.func.attr if isinstance(call.func, ast.Attribute) else ""
        if method not in BEFORE_CONCURRENT or len(BEFORE_CONCURRENT[method]) != at:
            wrong.append(f"line {call.lineno}: .{method}(...) has SERIAL at {at}")
    return wrong


def test_every_serial_in_stats_stands_at_concurrent() -> None:
    calls = 0
    wrong = []
    for path in sorted(STATS.rglob("*.py")):
        source = path.read_text(encoding="utf-8")
        calls += len(_serial_calls(ast.parse(source)))
        wrong += [f"{path.relative_to(STATS)} {problem}" for problem in _misplaced(source)]
    assert calls > 200  # the sweep is there to check
    assert wrong == []


@pytest.mark.parametrize(("source", "misplaced"), [
    ("P.search(text, None, None, SERIAL)", False),
    ("P.finditer(text, None, None, False, SERIAL)", False),
    ("P.sub(' ', text, 0, None, None, SERIAL)", False),
    ("P.split(text, 0, SERIAL)", False),
    ("P.sub(' ', text, 0, 0, None, None, SERIAL)", True),  # `flags`, as the docstring has it
    ("P.finditer(text, None, None, SERIAL)", True),  # in `overlapped`
    ("P.search(text, SERIAL)", True),
    ("P.replace(text, SERIAL)", True),  # not a regex method
])
def test_a_misplaced_serial_is_found(source: str, misplaced: bool) -> None:
    assert bool(_misplaced(source)) is misplaced
