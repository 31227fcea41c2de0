"""The constructors written out in record classes (see `stats.model`) are the ones `dataclass`
would generate: the same parameters in the same order with the same defaults, each storing
its field, and nothing else but the derivations named here (and the empty attributes that
`category_context.Context`'s lazy readings fill, which are no fields)."""

from __future__ import annotations

import dataclasses
import importlib
import inspect
import pkgutil
import types
import typing
from collections.abc import Callable
from typing import Any

import pytest

import stats
from stats.model import Candidate, Figure, figure_id

# Fields a constructor derives when left at their default, and how.
DERIVED: dict[str, Callable[[Any], bool]] = {
    "stats.model.Figure.figure_id": lambda f: f.figure_id == figure_id(f.doc, f.start, f.end),
    "stats.model.Candidate.number_start": lambda c: c.number_start == c.start,
}
# The records made for every sentence or figure, whose constructors must stay written out.
HOT = {"stats.model.Figure", "stats.model.Candidate", "stats.text.sentences.Sentence",
       "stats.text.sentences._Line", "stats.describe.provenance.Provenance", "stats.describe.mention.Mention",
       "stats.describe.place_names.Mention", "stats.describe.source_names.Source",
       "stats.describe.category_context.Context"}


def _written_out() -> list[type]:
    """Every dataclass of `stats` whose class body writes its own `__init__`."""
    found: dict[str, type] = {}
    for module in pkgutil.walk_packages(stats.__path__, "stats."):
        for value in vars(importlib.import_module(module.name)).values():
            code = getattr(vars(value).get("__init__") if isinstance(value, type) else None, "__code__", None)
            # (a generated constructor's code comes from "<string>")
            if (dataclasses.is_dataclass(value) and value.__module__ == module.name
                    and code is not None and code.co_filename.endswith(".py")):
                found[f"{module.name}.{value.__qualname__}"] = value
    return [found[name] for name in sorted(found)]


def _example(hint: object, index: int) -> object:
    """A value for a field, distinct from every other field's: numbers where the constructor
    may compute with it, a fresh object otherwise (a fresh list for a list)."""
    union = typing.get_origin(hint) in (typing.Union, types.UnionType)
    options = set(typing.get_args(hint)) - {type(None)} if union else {hint}
    if options == {int}:
        return 1000 + index
    if options == {float}:
        return index + 0.25
    return [] if {typing.get_origin(o) for o in options} == {list} else object()


def _same(stored: object, given: object) -> bool:
    """Whether a field holds the value given: that very object, or an equal number (a float
    field may hold a count given as an int as a float)."""
    return stored is given or (isinstance(given, int | float) and stored == given)


def mismatches(cls: type) -> list[str]:
    """How `cls`'s own constructor differs from the one `dataclass` would write for it."""
    problems = []
    fields = [f for f in dataclasses.fields(cls) if f.init]  # type: ignore[arg-type]
    parameters = list(inspect.signature(cls.__init__).parameters.values())[1:]
    if [p.name for p in parameters] != [f.name for f in fields]:
        return [f"parameters {[p.name for p in parameters]} are not the fields {[f.name for f in fields]}"]
    for p, f in zip(parameters, fields, strict=True):
        expected = (None if f.default_factory is not dataclasses.MISSING else
                    inspect.Parameter.empty if f.default is dataclasses.MISSING else f.default)
        if p.kind is not inspect.Parameter.POSITIONAL_OR_KEYWORD or p.default != expected:
            problems.append(f"{f.name}: default {p.default!r}, the field's is {expected!r}")
    hints = typing.get_type_hints(cls)
    given = {f.name: _example(hints[f.name], i) for i, f in enumerate(fields)}
    record = cls(**given)
    problems += [f"{name} is not stored" for name, value in given.items()
                 if not _same(getattr(record, name), value)]
    required = {f.name: given[f.name] for f in fields if
                f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING}
    record = cls(**required)
    for f in fields:
        derived = DERIVED.get(f"{cls.__module__}.{cls.__qualname__}.{f.name}")
        default = (given[f.name] if f.name in required else f.default_factory() if f.default_factory
                   is not dataclasses.MISSING else f.default)
        if not (derived(record) if derived else getattr(record, f.name) == default):
            problems.append(f"{f.name} left out is {getattr(record, f.name)!r}")
    made = [f.name for f in fields if f.default_factory is not dataclasses.MISSING]
    again = cls(**required)  # a default made by a factory is made anew for each field of each record
    problems += [f"{name} left out is shared between records" for name in made
                 if getattr(record, name) is getattr(again, name)]
    if len({id(getattr(record, name)) for name in made}) < len(made):
        problems.append(f"the defaults of {made} are shared between fields")
    return problems


WRITTEN_OUT = _written_out()


def test_the_hot_records_write_their_constructors_out() -> None:
    assert {f"{cls.__module__}.{cls.__qualname__}" for cls in WRITTEN_OUT} >= HOT


@pytest.mark.parametrize("cls", WRITTEN_OUT, ids=lambda cls: f"{cls.__module__}.{cls.__qualname__}")
def test_a_written_out_constructor_is_the_dataclass_one(cls: type) -> None:
    assert mismatches(cls) == []


@dataclasses.dataclass(frozen=True)
class _Forgets:
    a: int
    b: str = "x"

    def __init__(self, a: int, b: str = "y") -> None:  # a wrong default, and `b` never stored
        object.__setattr__(self, "a", a)


@dataclasses.dataclass
class _Reorders:
    a: int
    b: int

    def __init__(self, b: int, a: int) -> None:
        self.a, self.b = a, b


def test_the_check_catches_a_wrong_constructor() -> None:
    assert mismatches(_Reorders) == ["parameters ['b', 'a'] are not the fields ['a', 'b']"]
    assert mismatches(_Forgets) == ["b: default 'y', the field's is 'x'", "b is not stored"]


def test_the_floats_are_floats() -> None:
    figure = Figure(doc="d", start=0, end=2, span="24", value=24, kind=stats.Kind.COUNT, whole=30)
    assert (type(figure.value), type(figure.whole), figure.value_high) == (float, float, None)
    ranged = Figure(doc="d", start=0, end=5, span="24-30", value=24, kind=stats.Kind.COUNT, value_high=30)
    assert (ranged.value_high, type(ranged.value_high)) == (30.0, float)
    assert Candidate(start=3, end=5, value=24, rule="r").number_start == 3
