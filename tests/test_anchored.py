"""`word_starts` never misses a place a case-insensitive word can start, and `finditer_at`
gives what `finditer` gives when it is told every such place."""

from __future__ import annotations

import regex
from hypothesis import example, given, settings
from hypothesis import strategies as st

from stats.lexicon.anchored import _present, finditer_at, merged, word_starts
from stats.lexicon.compiled import word_set

_WORDS = frozenset({"one", "two", "at", "in", "a"})
_ANY_START = regex.compile(r"(?<![\w])(?i:one|two|at|in|a)(?![\p{L}])", regex.VERSION1)
_PIECES = ["one", "One", "TWO", "at", "In", "a", "an", "cat", "tone", "one2", "_two", "ſ", "İn", "K",
           "é", "\u0301", " ", "-", "’", "5", ".", "\n", "ß", "ﬁ", "ınk"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=16).map("".join))
@example("İnside one")  # lower case is longer
@example("Kat one")  # the Kelvin sign folds to "k"
def test_word_starts_hold_every_start(text: str) -> None:
    starts = word_starts(text, _WORDS)
    if starts is None:
        return  # the caller scans the whole text
    assert starts == sorted(set(starts))
    assert {m.start() for m in _ANY_START.finditer(text, overlapped=True)} <= set(starts)


_PATTERN = regex.compile(r"(?i:one|two)(?:\s+(?:one|two))*|\d+(?:\s+\d+)?", regex.VERSION1)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["one", "two", "Two", " ", "  ", "7", "42", "x", "-"]), max_size=14)
       .map("".join))
def test_finditer_at_is_finditer_given_every_start(text: str) -> None:
    every = [m.start() for m in _PATTERN.finditer(text, overlapped=True)]
    found = [m.span() for m in finditer_at(_PATTERN, text, merged(every, every[:1]))]
    assert found == [m.span() for m in _PATTERN.finditer(text)]


def test_word_starts_give_up_on_letters_that_fold_to_ascii() -> None:
    assert word_starts("ſix in a row", {"six"}) is None
    assert word_starts("İn one", {"one"}) is None
    assert word_starts("in one2 and an_one", {"one", "an"}) == [3, 12]  # not "and"


def _present_long_way(text: str, words: frozenset[str]) -> set[str]:
    """`_present` as it was: every run tested one by one."""
    runs = word_set(text)
    found = {w for w in runs if w in words}
    for run in runs:
        lead = regex.match(r"[a-z]+", run)
        if not run.isalpha() and lead and lead.group() in words:
            found.add(lead.group())
    return found


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=16).map("".join))
@example("in one2 and an_one")
def test_the_words_present_are_those_each_run_gives(text: str) -> None:
    assert set(_present(text, _WORDS)) == _present_long_way(text, _WORDS)
    assert set(_present(text, list(_WORDS))) == _present_long_way(text, _WORDS)


def test_the_words_present_include_a_runs_leading_letters() -> None:
    assert set(_present("in one2 and an_one, two", _WORDS)) == {"in", "one", "two"}
