"""Choosing a figure's place and time gives what the long way gives: a figure whose sentence
names no place (none that is no statement's or reference point's, and no bare name for a
duration) or no time gets none, without its clause being read; the items near a figure are
all of them when the first and the last are. Checked on our articles' sentences, a figure at
every word and at the end, and on generated text."""

from __future__ import annotations

import bisect
from collections.abc import Iterator

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from stats.describe import (
    clauses,
    gazetteer,
    period,
    period_baselines,
    period_clock,
    place,
    place_brackets,
    place_choice,
)
from stats.describe.clauses import clause_end_after, clause_start_before
from stats.describe.contexts import one_line
from stats.describe.mention import Mention
from stats.describe.place_names import Mention as Place
from stats.text.sentences import split_sentences
from tests.conftest import ROOT, SEEDS

TEXTS = [p.read_text(encoding="utf-8") for folder in (SEEDS, ROOT / "tests" / "data" / "articles")
         for p in sorted(folder.glob("*.txt"))]
# (sentence, the places its article knows)
SENTENCES = [(one_line(s.raw), known) for text in TEXTS
             for known in [gazetteer.known_places(text)] for s in split_sentences(text)]
_KINDS = ["count", "duration", "distance", "money"]


def _long_place(mentions: list[Place], start: int, end: int, sentence: str, kind: str,
                bare: list[Place]) -> Place | None:
    """`place_choice.choose` without its shortcuts: the clause read for every figure, the
    bracket looked for before every one."""
    if listed := place_brackets.bracketed_for(mentions, start, sentence):
        return listed
    mentions = [m for m in mentions if not m.aside]
    inside = [m for m in mentions if start <= m.start and m.end <= end]
    if inside:
        return inside[0]
    chosen = place_choice._choose(mentions, start, end, sentence, kind, bare)
    return place_choice._contained(chosen, mentions, sentence) if chosen else None


def _long_period(mentions: list[Mention], start: int, end: int, sentence: str,
                 whole_sentence: bool = False) -> Mention | None:
    """`period.choose` without its shortcut."""
    clause_end = len(sentence) if whole_sentence else clause_end_after(sentence, end)
    outside = [m for m in mentions if (m.end <= start or m.start >= end)
               and not period_baselines.baseline_of_another(sentence, m, start, end)
               and not period_baselines.in_aside(sentence, m, start, end)]
    after = [m for m in outside if end <= m.start < clause_end]
    floor = clause_start_before(sentence, start)
    before = [m for m in outside if floor <= m.start and m.end <= start]
    dated = [m for m in before if not period_clock.time_of_day(m.text)]
    if after:  # (a time of day after the figure gives way to a day or date before it)
        return dated[-1] if period_clock.time_of_day(after[0].text) and dated else after[0]
    return before[-1] if before else None


def _figures(sentence: str) -> Iterator[tuple[int, int]]:
    """A figure at every word (to the word's end) and an empty one at the sentence's end."""
    yield from (m.span() for m in regex.finditer(r"\w+", sentence))
    yield len(sentence), len(sentence)


def _agree(sentence: str, known: set[str]) -> bool:
    places, bare = place.mentions_in(sentence, known), place.names_in(sentence, known)
    times = period.mentions_in(sentence)
    asides = [m for m in places if m.aside]
    for start, end in _figures(sentence):
        for kind in _KINDS:
            for given_places, given_bare in ((places, bare), ([], bare), ([], []), (asides, [])):
                if place_choice.choose(given_places, start, end, sentence, kind, given_bare) != _long_place(
                        given_places, start, end, sentence, kind, given_bare):
                    return False
        for whole in (False, True):
            for given_times in (times, []):
                if period.choose(given_times, start, end, sentence, whole) != _long_period(
                        given_times, start, end, sentence, whole):
                    return False
    return True


def test_choices_are_the_long_ways_on_our_sentences() -> None:
    assert len(SENTENCES) > 800
    assert sum(bool(place.names_in(s, k)) for s, k in SENTENCES) > 100  # durations with bare names are tried
    differ = [s for s, k in SENTENCES if not _agree(s, k)]
    assert not differ, differ[:3]


_WORDS = ["in", "Kabul", "the", "city", "said", "5", "30 days", "within", "isolate", "last week", "in June",
          "a year earlier", "from", "£245m", "where", "people", "though", ";", "Herat", "there"]
_GAPS = [" ", ", ", "; ", ".", "\u00a0", "-", "’s ", "\t", ""]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_WORDS), st.sampled_from(_GAPS)), min_size=1, max_size=14))
def test_choices_agree_on_generated_text(parts: list[tuple[str, str]]) -> None:
    text = "".join(word + gap for word, gap in parts)
    assert _agree(text, {"Kabul", "Herat"})


def _long_near(items: list[Place], start: int, end: int) -> list[Place]:
    """`clauses.near` without its shortcut: both ends searched for."""
    low = bisect.bisect_left(items, start - clauses.REACH, key=lambda item: item.start)
    high = bisect.bisect_right(items, end + clauses.REACH, key=lambda item: item.start)
    return items[low:high]


def test_near_items_are_the_searched_ones_on_our_sentences() -> None:
    lists = [place.mentions_in(s, k) for s, k in SENTENCES] + [place.names_in(s, k) for s, k in SENTENCES]
    lists = [items for items in lists if items]
    assert sum(len(items) > 2 for items in lists) > 50  # (a far item is cut in the generated lists below)
    differ = [(items, a, b) for items in lists for a in range(0, items[-1].end + 1, 7) for b in (a, a + 9)
              if list(clauses.near(items, a, b)) != _long_near(items, a, b)]
    assert not differ, differ[:3]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.integers(0, 3000), max_size=12), st.integers(-10, 3000), st.integers(0, 40))
def test_near_items_agree_on_generated_offsets(starts: list[int], start: int, width: int) -> None:
    items = [Place(s, s + 5, "X", place.NAMED) for s in sorted(starts)]
    assert list(clauses.near(items, start, start + width)) == _long_near(items, start, start + width)
