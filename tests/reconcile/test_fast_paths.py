"""The reconcile stage's shortcuts give what the long way gives: a list of phrases is looked
for with one pattern (anywhere, at the end, at the start) instead of a test per phrase, and a
figure's place in its sentence is remembered while its rules ask for it again."""

from __future__ import annotations

import dataclasses

from hypothesis import given, settings
from hypothesis import strategies as st

from stats import extract
from stats.lexicon import tallies
from stats.model import Figure, Kind
from stats.reconcile import context
from tests.conftest import ROOT, SEEDS

PHRASE_LISTS = [tuple(v) for k, v in vars(tallies).items()
                if k.isupper() and isinstance(v, tuple | list | frozenset) and v
                and all(isinstance(w, str) for w in v)]
WORDS = sorted({w for phrases in PHRASE_LISTS for p in phrases for w in p.split()})


def _has_phrase(text: str, phrases: tuple[str, ...]) -> str:
    padded = f" {text} "
    return next((p for p in phrases if f" {p} " in padded or f" {p}," in padded), "")


def _ends_with(text: str, phrases: tuple[str, ...]) -> str:
    hits = [p for p in phrases if f" {text}".endswith(f" {p}")]
    return max(hits, key=len) if hits else ""


def _starts_with(text: str, phrases: tuple[str, ...]) -> str:
    hits = [p for p in phrases if f"{text} ".startswith(f"{p} ") or f"{text} ".startswith(f"{p},")]
    return max(hits, key=len) if hits else ""


TEXTS = st.lists(st.sampled_from([*WORDS, "x", ",", "the", "4", "killed,", "\n", "ago\n"]),
                 max_size=12).map(" ".join)


@settings(max_examples=400, deadline=None)
@given(TEXTS, st.sampled_from(PHRASE_LISTS))
def test_phrase_patterns_agree_with_a_test_per_phrase(text: str, phrases: tuple[str, ...]) -> None:
    assert context.has_phrase(text, phrases) == _has_phrase(text, phrases)
    assert context.ends_with(text, phrases) == _ends_with(text, phrases)
    assert context.starts_with(text, phrases) == _starts_with(text, phrases)


def test_the_phrase_lists_are_exercised() -> None:
    assert len(PHRASE_LISTS) >= 8  # (the lexicon's lists, not an empty sample)
    found = [context.has_phrase(f"they said {p} today", phrases)
             for phrases in PHRASE_LISTS for p in phrases if p]
    assert all(found)


def test_a_remembered_place_is_the_figures_own() -> None:
    """A figure's place is remembered by identity: another figure, even an equal one made
    anew, is located from its own fields."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    texts += [p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests/data/articles").glob("*.txt"))[:6]]
    figures = [f for i, text in enumerate(texts) for f in extract(text, doc=str(i))]
    assert len(figures) > 100
    context._LOCATED.clear()
    first = [context.located(f) for f in figures]
    copies = [dataclasses.replace(f) for f in figures]
    assert [context.located(f) for f in copies] == first == [context.located(f) for f in figures]
    context._LOCATED.clear()
    context._located.cache_clear()
    assert [context.located(f) for f in figures] == first
    assert all(f.sentence[a:b].strip() for f, (a, b) in zip(figures, first, strict=True))


def test_a_freed_figures_place_never_answers_for_a_new_one() -> None:
    """The memo keeps each figure it answered for, so a new figure that takes a freed one's
    memory (and so its id) is located from its own fields."""
    sentence = "12 were killed and 345 hurt in the blast."
    for _ in range(300):
        first = Figure(doc="a", start=0, end=2, span="12", value=12.0, kind=Kind.COUNT, sentence=sentence)
        assert context.located(first) == (0, 2)
        del first
        second = Figure(doc="b", start=19, end=22, span="345", value=345.0, kind=Kind.COUNT,
                        sentence=sentence)
        assert context.located(second) == (19, 22)
