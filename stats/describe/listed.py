"""Word lists tested against one word: whether a word is listed ("fled", or a stem such as
"fled*"), and which name of a table of lists lists it first. Each list is split, and each
table indexed, once, on first use: these tests run for every word near every figure."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

__all__ = ["first_listed", "matches", "split_entries"]


def matches(word: str, entries: Iterable[str]) -> bool:
    """Whether the word is one of the entries, or starts with an entry's stem ("fled*")."""
    exact, stems, _ = split_entries(entries)
    return word in exact or word.startswith(stems)


def split_entries(entries: Iterable[str]) -> tuple[frozenset[str], tuple[str, ...], tuple[str, ...]]:
    """A list's words, its stems, and both without their "*" (for a look in a text).

    A list is split once, on first use: these tests run for every word near every figure."""
    cached = _SPLIT.get(id(entries))
    if cached is None or cached[0] is not entries:
        listed = list(entries)
        exact = frozenset(e for e in listed if not e.endswith("*"))
        stems = tuple(e[:-1] for e in listed if e.endswith("*"))
        cached = _SPLIT[id(entries)] = (entries, exact, stems, (*exact, *stems))
    return cached[1], cached[2], cached[3]


# id of a word list -> (the list itself, to be sure the id is still its, its words, its stems, both)
_SPLIT: Final[dict[int, tuple[Iterable[str], frozenset[str], tuple[str, ...], tuple[str, ...]]]] = {}


def first_listed(word: str, table: list[tuple[str, list[str]]]) -> str | None:
    """The first name in `table` whose entries the word `matches`, from an index of the
    table made once: the first name listing the word itself, unless a name before it has
    a stem the word starts with (few words start with any stem: one test in C for all)."""
    index = _INDEXES.get(id(table))
    if index is None or index[0] is not table:
        listed: dict[str, tuple[int, str]] = {}
        stemmed: list[tuple[int, str, str]] = []
        for i, (name, entries) in enumerate(table):
            exact, stems, _ = split_entries(entries)
            for entry in exact:
                listed.setdefault(entry, (i, name))
            stemmed += [(i, stem, name) for stem in stems]
        index = _INDEXES[id(table)] = (table, listed, stemmed, tuple(stem for _, stem, _ in stemmed))
    found = index[1].get(word)
    if word.startswith(index[3]):
        for i, stem, name in index[2]:
            if found is not None and i >= found[0]:
                break
            if word.startswith(stem):
                return name
    return None if found is None else found[1]


# id of a table -> (the table, its words' first (place, name), its (place, stem, name) in order, the stems)
_Index = tuple[object, dict[str, tuple[int, str]], list[tuple[int, str, str]], tuple[str, ...]]
_INDEXES: Final[dict[int, _Index]] = {}
