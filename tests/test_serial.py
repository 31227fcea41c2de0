"""`pattern_cache.SERIAL` stands where each `regex` method reads its `concurrent` argument,
and only in calls of a `regex` pattern's methods.

The extraction passes `concurrent` positionally: as a keyword it costs more than the GIL it
saves (a short search takes about 460 ns with `concurrent=False`, 220 ns by default and 150 ns
with it passed in place). A `SERIAL` one place too far is read as another argument: in
`Pattern.sub` the next one is `timeout`, and `False` there is a timeout of zero seconds.
`Pattern.sub`'s docstring lists a `flags` it does not take, and mypy, which has the right
order from the stubs, accepts a bool where the float timeout goes. A stdlib `re` pattern
takes no `concurrent` at all. These tests pin the order against `regex` itself, and check
every call in `stats` that passes `SERIAL`: its place, and that the object called is a
`regex` pattern.
"""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import pytest
import regex

from stats.lexicon.compiled import LazyPattern
from stats.lexicon.pattern_cache import SERIAL

ROOT = Path(__file__).resolve().parents[1]
STATS = ROOT / "stats"

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
_LAZY_METHODS = {"match", "search", "fullmatch", "finditer"}  # what `LazyPattern` offers
# Calls whose pattern is chosen when the code runs (a parameter, a branch, a table's entry),
# so the source does not name it: each was read to be a `regex` pattern, and is listed here
# so that a new one is read too. (path, the receiver as written, method)
CHOSEN_AT_RUN_TIME = {
    ("stats/describe/contexts.py", "pattern", "finditer"),  # _LINE_END or _BLANK_LINES
    ("stats/describe/names.py", "runs", "finditer"),  # WRAPPED_NAME_RUN or NAME_RUN
    ("stats/find/atom_scan.py", "pattern", "match"),  # an atom rule's pattern
    ("stats/find/masks.py", "MASK_CUES['score']", "search"),
    ("stats/lexicon/anchored.py", "pattern", "match"),  # an anchored word list
    ("stats/read/metadata.py", "pattern", "search"),  # a metadata line's pattern
    ("stats/reconcile/context.py", "_phrases(tuple(phrases), 'end')", "search"),
    ("stats/reconcile/context.py", "_phrases(tuple(phrases), 'start')", "match"),
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


def _is_serial(node: ast.expr) -> bool:
    """`SERIAL`, also as an attribute (`pattern_cache.SERIAL`), which the checks below refuse."""
    return (isinstance(node, ast.Name) and node.id == "SERIAL") or (
        isinstance(node, ast.Attribute) and node.attr == "SERIAL")


def _serial_calls(tree: ast.AST) -> list[ast.Call]:
    """Every call that passes SERIAL, in any way."""
    return [node for node in ast.walk(tree) if isinstance(node, ast.Call) and (
        any(_is_serial(a) for a in node.args) or any(_is_serial(k.value) for k in node.keywords))]


def _misplaced(source: str) -> list[str]:
    """What is wrong with the source's calls that pass SERIAL: anything but the bare name,
    positionally, at `concurrent`, in a call of a pattern's method (`pattern.search(...)`)."""
    wrong = []
    for call in _serial_calls(ast.parse(source)):
        method = call.func.attr if isinstance(call.func, ast.Attribute) else ""
        places = [at for at, a in enumerate(call.args) if _is_serial(a)]
        if any(_is_serial(k.value) for k in call.keywords) or any(
                not isinstance(call.args[at], ast.Name) for at in places):
            wrong.append(f"line {call.lineno}: SERIAL as a keyword or an attribute")
        elif method not in BEFORE_CONCURRENT or places != [len(BEFORE_CONCURRENT[method])]:
            wrong.append(f"line {call.lineno}: .{method}(...) has SERIAL at {places}")
        elif isinstance(call.func, ast.Attribute) and _dotted(call.func.value) == "regex":
            wrong.append(f"line {call.lineno}: the module's regex.{method}(), not a pattern's")
    return wrong


def _dotted(node: ast.expr) -> str | None:
    """`a.b.c` for a chain of names and attributes, else None."""
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute) and (head := _dotted(node.value)):
        return f"{head}.{node.attr}"
    return None


def _sources() -> list[tuple[str, str]]:
    return [(str(path.relative_to(ROOT)), path.read_text(encoding="utf-8"))
            for path in sorted(STATS.rglob("*.py"))]


def test_every_serial_in_stats_stands_at_concurrent() -> None:
    calls = sum(len(_serial_calls(ast.parse(source))) for _, source in _sources())
    wrong = [f"{path} {problem}" for path, source in _sources() for problem in _misplaced(source)]
    assert calls > 200  # the sweep is there to check
    assert wrong == []


def _receiver(module: object, node: ast.expr) -> object | None:
    """The object a module-level name or attribute chain names, or None."""
    name = _dotted(node)
    found: object = module
    for part in (name or "").split("."):
        found = getattr(found, part, None) if part else None
        if found is None:
            return None
    return found


def test_every_serial_call_calls_a_regex_pattern() -> None:
    """The object called is a `regex` pattern (or a `LazyPattern`, with that method), never
    a stdlib `re` pattern; where the source cannot name it, the call is one of those read."""
    not_regex: list[str] = []
    unread: list[tuple[str, str, str]] = []
    listed: set[tuple[str, str, str]] = set()
    for path, source in _sources():
        module = importlib.import_module(path[:-3].replace("/", ".").removesuffix(".__init__"))
        for call in _serial_calls(ast.parse(source)):
            assert isinstance(call.func, ast.Attribute)  # (`_misplaced` holds them to this)
            called = _receiver(module, call.func.value)
            if called is None:
                key = (path, ast.unparse(call.func.value), call.func.attr)
                if key in CHOSEN_AT_RUN_TIME:
                    listed.add(key)
                else:
                    unread.append(key)
            elif not (isinstance(called, regex.Pattern) or (
                    isinstance(called, LazyPattern) and call.func.attr in _LAZY_METHODS)):
                kind = f"{type(called).__module__}.{type(called).__name__}"
                not_regex.append(f"{path}:{call.lineno} {kind}.{call.func.attr}")
    assert not_regex == []
    assert unread == []  # read it, then list it in CHOSEN_AT_RUN_TIME
    assert listed == CHOSEN_AT_RUN_TIME  # (no entry outlives its call)


@pytest.mark.parametrize(("source", "misplaced"), [
    ("P.search(text, None, None, SERIAL)", False),
    ("P.finditer(text, None, None, False, SERIAL)", False),
    ("P.sub(' ', text, 0, None, None, SERIAL)", False),
    ("P.split(text, 0, SERIAL)", False),
    ("P.sub(' ', text, 0, 0, None, None, SERIAL)", True),  # `flags`, as the docstring has it
    ("P.finditer(text, None, None, SERIAL)", True),  # in `overlapped`
    ("P.search(text, SERIAL)", True),
    ("P.replace(text, SERIAL)", True),  # not a regex method
    ("P.search(text, concurrent=SERIAL)", True),  # a keyword: slower
    ("P.search(text, timeout=SERIAL)", True),
    ("P.search(text, None, None, pattern_cache.SERIAL)", True),
    ("regex.search(P, text, None, SERIAL)", True),  # the module's function: `pos`
    ("regex.split(P, text, SERIAL)", True),
    ("search(text, None, None, SERIAL)", True),  # a bound method: its object unseen
])
def test_a_misplaced_serial_is_found(source: str, misplaced: bool) -> None:
    assert bool(_misplaced(source)) is misplaced


def test_a_serial_call_of_a_stdlib_pattern_is_found() -> None:
    """`_receiver` names the object a call's source names: a stdlib pattern is no `regex` one."""
    module = importlib.import_module("stats.describe.sentence_words")  # (`_ASCII_WORD`: a stdlib pattern)
    call = ast.parse("_ASCII_WORD.finditer(text, None, None, False, SERIAL)", mode="eval").body
    assert isinstance(call, ast.Call)
    assert isinstance(call.func, ast.Attribute)
    called = _receiver(module, call.func.value)
    assert called is not None
    assert not isinstance(called, (regex.Pattern, LazyPattern))
