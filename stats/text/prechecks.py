"""Cheap tests that spare the sentence splitter most of its `regex` calls, each true wherever
the pattern it stands before can match (tests/text/test_fast_paths_split.py compares each with
the pattern alone). A `regex` call costs thousands of instructions even when it fails at the
first character, and a search for a list of words in any case two thousand a character."""

from __future__ import annotations

import re
from typing import Final

from stats import lexicon
from stats.lexicon.compiled import lowered, odd_folding
from stats.text import patterns

# A call of `regex`'s `match` costs thousands of instructions even when it fails at the
# first character, as the furniture patterns do on nearly every line: each is tried only
# when the line's first character may open a match (any character outside ASCII may).
_HEADER_FIRSTS: Final = frozenset(header[0] for header in lexicon.LINK_LIST_HEADERS)  # (lower-case ASCII)
_BULLET_FIRSTS: Final = frozenset(" \t-*0123456789")  # `patterns.BULLET`'s ASCII openers


def may_bullet(first: str) -> bool:
    """Whether a line opening with `first` may open with `patterns.BULLET` ("- ", "• ", "1) ")."""
    return first in _BULLET_FIRSTS or not first.isascii()


def may_count(line: str) -> bool:
    """Whether `patterns.FURNITURE_LINE` ("321 Interactions") may match: a line that opens
    with whitespace or a digit (an ASCII digit, or any character outside ASCII)."""
    first = line[:1]
    return not first.isascii() or first.isspace() or first.isdigit()


def may_head(line: str) -> bool:
    """Whether `patterns.LINK_LIST_HEADER` ("Also read:") may match: a line that opens with
    whitespace or, in any case, with a header's first letter (or any character outside ASCII:
    the headers are ASCII, and an ASCII letter folds to no other ASCII letter)."""
    first = line[:1]
    return not first.isascii() or first.isspace() or first.lower() in _HEADER_FIRSTS


# `regex`'s "\s": the characters of Unicode's White_Space (a test checks them all).
WHITE_SPACE: Final = "\t\n\x0b\x0c\r \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
# `patterns.FURNITURE_WORD` for a text in lower case, in the standard `re`: its words, its
# classes with "\s" spelled out. In a line's lower case it matches where the pattern matches
# in the line, when no letter of the line case-folds to or from ASCII (`ODD_FOLDING`): the
# words' letters are ASCII, and no other letter matches them in any case or lowers to one.
# `re` scans a line for it in a few hundred instructions a character, `regex` in two thousand.
_FURNITURE: Final = re.compile(
    rf"(?:^|(?<=[{WHITE_SPACE}(:|•·]))"
    + "(?:" + "|".join(rf"[{WHITE_SPACE}]+".join(map(re.escape, word.split()))
                       for word in lowered(lexicon.FURNITURE_WORDS)) + ")"
    + rf"(?=[{WHITE_SPACE}):|•·,.]|$)"
)


def names_furniture(line: str) -> bool:
    """Whether `patterns.FURNITURE_WORD` matches in `line` (see `_FURNITURE`)."""
    if not odd_folding(line):
        return _FURNITURE.search(line.lower()) is not None
    return patterns.FURNITURE_WORD.search(line) is not None
