"""The words of a text with their offsets: the unit every noun-phrase rule reads (`words`).

Made for every word near every figure, so read with as few calls as the patterns allow:
one split of the text, a named tuple per word.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterator
from typing import Final, NamedTuple

import regex

from stats.lexicon.compiled import SERIAL, compile_lists
from stats.text import patterns as text_patterns


class Word(NamedTuple):
    """A word of the sentence with its offsets (relative to the sentence), and the word in
    lower case. A named tuple: made for every word near every figure, and cheaper to make
    than a frozen dataclass. The lower case is made with the word, not by a property: the
    rules read it more often than words are made, and a property of a named tuple is a call
    through Python's attribute lookup even when compiled."""

    text: str
    start: int
    end: int
    lower: str


def words_of(text: str, offset: int = 0) -> list[Word]:
    """The words of `text`, their offsets moved by `offset` (a new list: callers take words off)."""
    return list(_words_of(text, offset))


# The last few texts' words are remembered: a figure's subject is read by several rules in turn.
@functools.lru_cache(maxsize=8)
def _words_of(text: str, offset: int) -> tuple[Word, ...]:
    # The words and the gaps around them in one call: a split on the word pattern as one
    # group gives gap, word, gap, ..., gap, and each word's offsets are the lengths summed
    # (the pattern reads nothing outside its match, so the words are `_found_words`'), not
    # three method calls on a match object per word. `tuple.__new__` makes the named tuple
    # without `Word.__new__`'s frame. (The pieces are typed `list[str]`: the stubs say `str |
    # Any`, and compiled code looks a method of Any up at each call, as `lower` here.)
    ascii_ = text.isascii()
    pieces: list[str] = _ASCII_WORD_SPLIT.split(text) if ascii_ else _WORD_SPLIT.split(text, 0, SERIAL)
    found: list[Word] = []
    end = offset
    for i in range(1, len(pieces), 2):
        word = pieces[i]
        start = end + len(pieces[i - 1])
        end = start + len(word)
        found.append(_new(Word, (word, start, end, word.lower())))
    return tuple(found)


_new: Final = tuple.__new__
# `text_patterns.WORD` on a text all ASCII: its letters are A-Z and a-z there, and it holds no
# "’" nor combining mark. The standard `re` scans such a text for words about a third
# faster than `regex` (nearly every text near a figure is ASCII).
_ASCII_WORD: Final = re.compile(r"[A-Za-z][A-Za-z'\-]*")
_ASCII_WORD_SPLIT: Final = re.compile(f"({_ASCII_WORD.pattern})")
_WORD_SPLIT: Final = compile_lists(f"({text_patterns.WORD.pattern})")


def _found_words(text: str) -> Iterator[re.Match[str] | regex.Match[str]]:
    """`text_patterns.WORD.finditer(text)`, by the cheaper pattern on an ASCII text."""
    if text.isascii():
        return _ASCII_WORD.finditer(text)
    return text_patterns.WORD.finditer(text, None, None, False, SERIAL)


def first_words(text: str, count: int) -> list[Word]:
    """`words_of(text)[:count]`, without reading the words after them."""
    return [_new(Word, (word := m.group(), m.start(), m.end(), word.lower()))
            for m in itertools.islice(_found_words(text), count)]


def last_words(text: str, count: int) -> list[Word]:
    """`words_of(text)[-count:]`, reading only the end of the text when it holds more than
    `count` words: a scan from inside a word finds at most its end as a word of its own,
    and after it the same words as the scan of the whole text."""
    tail = len(text) - 12 * count - 8
    if tail > 0 and len(found := words_of(text[tail:], tail)) > count:
        return found[-count:]
    return words_of(text)[-count:]
