"""The shortcuts of the describe stage's tokens and words give what the long way gives: an
ASCII text (or the ASCII stretch a window reads) is tokenised by a `re` form of the token
pattern. Each is checked against the long way on our articles' sentences, in windows as the
rules read them, and on generated text (titles, initials, apostrophes, digits, the control
characters `re` takes for spaces and `regex` does not, and letters outside ASCII)."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from stats.describe import tokens
from stats.describe.contexts import one_line
from stats.text.sentences import split_sentences
from tests.conftest import ROOT, SEEDS

TEXTS = [p.read_text(encoding="utf-8") for folder in (SEEDS, ROOT / "tests" / "data" / "articles",
                                                       ROOT / "tests" / "data" / "bench")
         for p in sorted(folder.glob("*.txt"))]
SENTENCES = [one_line(s.raw) for text in TEXTS for s in split_sentences(text)]


def _long_tokens(text: str, start: int = 0, end: int | None = None) -> list[tokens.Token]:
    """The tokens as the `regex` pattern reads them, made by the named tuple's constructor."""
    stop = len(text) if end is None else end
    return [tokens.Token(m.group(), m.start(), m.end()) for m in tokens.TOKEN.finditer(text, start, stop)]


def _windows(text: str) -> list[tuple[int, int]]:
    """Windows as the rules read them: the whole text, and windows that start and end at
    every few characters (inside words too)."""
    spans = [(0, len(text))]
    spans += [(start, min(len(text), start + width)) for start in range(0, len(text), 7) for width in (5, 40)]
    return spans


def test_ascii_sentences_are_most() -> None:
    """The `re` pattern is what most sentences are read by (else the test below tests little)."""
    assert sum(s.isascii() for s in SENTENCES) > len(SENTENCES) / 2
    assert sum(not s.isascii() for s in SENTENCES) > 200


def test_tokens_are_those_the_regex_pattern_finds_in_our_sentences() -> None:
    checked = 0
    for sentence in SENTENCES:
        for start, end in _windows(sentence):
            expected = _long_tokens(sentence, start, end)
            assert tokens.tokens(sentence, start, end) == expected, (sentence, start)
            checked += 1
    assert checked > 50000


_PIECES = ["Mr.", "Mrs.", "Brig.", "Gen.", "U.S.", "U.N.", "A.", "St.", "Jr.", "e.g.", "O'Brien", "Ali's",
           "X's2", "they's", "'s", "’s", "it’s", "Qala-e-Naw", "well-", "-", ".", "..", ",", ";", "“", "”",
           "\"", "'", "’", "3,000.5", "10.", "2024", "café", "İstanbul", "naïve", "e\u0301", "said", "the",
           "Police", "Ministry", "of", "a", "s", "b", "_", "x_y", "(", ")", "WHO"]
_GAPS = [" ", " ", "", "  ", "\n", "\t", "\x1c", "\x1f", "\u00a0", "\u2009", ". ", ", "]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_PIECES), st.sampled_from(_GAPS)), min_size=1, max_size=12),
       st.integers(0, 12), st.integers(0, 12))
@example([("Gen.", ""), ("X's2", " ")], 0, 0)
@example([("Brig.", " "), ("Smith", "")], 3, 0)
@example([("a", "\x1c"), ("Mr.", "")], 0, 0)
@example([("e\u0301", ""), ("Mr.", "")], 2, 0)  # a mark before a title: a word character to `regex` only
def test_tokens_agree_on_generated_text(parts: list[tuple[str, str]], cut: int, trim: int) -> None:
    text = "".join(piece + gap for piece, gap in parts)
    start, end = min(cut, len(text)), max(min(cut, len(text)), len(text) - trim)
    assert tokens.tokens(text) == _long_tokens(text)
    assert tokens.tokens(text, start, end) == _long_tokens(text, start, end)


@pytest.mark.parametrize("text", ["a\x1cb", "Mr.", "the Brig. said", "X's2 and Y's", "Gen. Ali’s",
                                  "café, Mr. X", "e\u0301Mr. X", "\u0301A. B"])
def test_tokens_agree_on_pinned_text(text: str) -> None:
    for start in range(len(text)):
        for end in range(start, len(text) + 1):
            assert tokens.tokens(text, start, end) == _long_tokens(text, start, end), (start, end)


@settings(max_examples=300, deadline=None)
@given(st.text(st.characters(max_codepoint=0x7F), max_size=40), st.integers(0, 40))
def test_tokens_agree_on_any_ascii_text(text: str, cut: int) -> None:
    start = min(cut, len(text))
    assert tokens.tokens(text, start) == _long_tokens(text, start)
