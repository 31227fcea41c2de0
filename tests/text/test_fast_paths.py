"""The text stage's shortcuts give what the long way gives: `collapse` skips its two
substitutions for a text holding only single spaces, and must still collapse and join
every text that holds anything else (tabs, line breaks, the separators Python alone calls
whitespace, runs of spaces, wrapped hyphens)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from stats.text import patterns
from stats.text.sentences import collapse

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
