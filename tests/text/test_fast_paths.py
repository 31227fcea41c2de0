"""The text stage's shortcuts give what the long way gives: `collapse` skips its two
substitutions for a text holding only single spaces, and must still collapse and join
every text that holds anything else (tabs, line breaks, the separators Python alone calls
whitespace, runs of spaces, wrapped hyphens); the furniture test counts a line's capitals
and lower-case letters in its bytes, as `regex` counts them in the line; a line's key for
repeats is its words whatever its spacing."""

from __future__ import annotations

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from stats.text import patterns, sentences
from stats.text.sentences import collapse

_LETTERS = ["A", "b", "É", "é", "ǅ", "ß", "ẞ", "Σ", "σ", "𝐀", "𝐚", "1", " ", ",", "\ud800", "ǈ", "ı", "İ"]
_PIECES = ["Qala-e", "Naw", "word", "-", "5", " ", "  ", "\t", "\n", "\r\n", "\u00a0", "\u2028", "\x1c",
           "\x85", "\u3000", "\u200b", "’s", ".", ""]


def _long_way(text: str) -> str:
    return patterns.WHITESPACE.sub(" ", patterns.WRAPPED_HYPHEN.sub("-", text)).strip()


def test_collapse_rewrites_what_it_must() -> None:
    assert collapse("Qala-e-\nNaw  was\thit ") == "Qala-e-Naw was hit"
    assert collapse(" plain words ") == "plain words"
    assert collapse("no\u00a0break") == "no break"


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=12).map("".join))
def test_collapse_agrees_with_the_long_way(text: str) -> None:
    assert collapse(text) == _long_way(text)


def _shouting_long_way(line: str) -> bool:
    upper = len(regex.findall(r"\p{Lu}|\p{Lt}", line[:4000]))
    if upper < 11:
        return False
    lower = len(regex.findall(r"\p{Ll}", line[:4000]))
    return upper + lower >= 12 and upper / (upper + lower) > 0.9


def test_shouting_lines_are_told_as_before() -> None:
    assert sentences._is_shouting("BREAKING NEWS: FLOODS HIT THE CAPITAL")
    assert not sentences._is_shouting("Floods hit the capital on Monday, officials said.")
    assert sentences._is_shouting("É" * 3999 + "é" * 500)  # only the first 4,000 characters count
    assert not sentences._is_shouting("É" * 10 + "é")


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_LETTERS), max_size=60).map("".join), st.integers(0, 4100))
def test_shouting_agrees_with_the_long_way(text: str, pad: int) -> None:
    for line in (text, "A" * pad + text, text + "x" * pad):
        assert sentences._is_shouting(line) == _shouting_long_way(line)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=12).map("".join))
def test_a_lines_key_is_its_words(text: str) -> None:
    line = text.strip()
    assert sentences._words_key(line) == " ".join(line.split()).casefold()
