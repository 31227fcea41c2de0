"""Scan a text only where a pattern can start, instead of at every character.

`regex` tries a pattern at every position of the text it searches, 150-300 instructions a
character when the pattern's first item is no literal (a case-insensitive word list, a
lookahead). A pattern that can only start at a few words ("at", "in", "one", "March")
or at a digit is tried, here, only there: `word_starts` lists where those words stand,
with plain string searches in C, and `finditer_at` calls `match` at each such place in
text order, skipping places inside a match, which is what `finditer` does. The answer is
the same as `pattern.finditer(text)` whenever the places given hold every place a match
can start; each user tests that on real and generated text.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator
from itertools import filterfalse
from typing import Final

import regex

from stats.lexicon.compiled import odd_folding, word_set
from stats.lexicon.pattern_cache import SERIAL, compile_regex

_WORD_BYTES: Final = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_")


def word_starts(text: str, words: Collection[str]) -> list[int] | None:
    """Every place in `text` where a word of `words` (lower-case ASCII letters) may start a
    case-insensitive match that ends the word where no letter follows (as `\\b` or
    `(?![\\p{L}])` asks): where its letters stand after the text's start or a character
    that is no ASCII word character, and before no letter ("one2" is one). More places
    than a match needs (the pattern tests its own boundaries), never fewer.

    None when the text holds a letter that case-folds to or from ASCII (`ODD_FOLDING`: "ſ",
    "K") or one whose lower case is longer ("İ"): the caller then scans the whole text.

    >>> word_starts("One of the two, and one2 or someone", {"one", "two"})
    [0, 11, 20]
    """
    low = text.lower()
    if len(low) != len(text) or odd_folding(text):
        return None
    present = _present(text, words)
    starts: list[int] = []
    for word in present:
        at = low.find(word)
        while at >= 0:
            end = at + len(word)
            if (at == 0 or low[at - 1] not in _WORD_BYTES) and not low[end : end + 1].isalpha():
                starts.append(at)
            at = low.find(word, end)
    starts.sort()
    return starts


def _present(text: str, words: Collection[str]) -> Iterable[str]:
    """The words of `words` that stand in the text as a run of word characters of their
    own, or as the letters a run starts with ("one2", "one_"): a word found nowhere else
    is searched for no further."""
    runs = word_set(text)  # (case-folded, and shared with the other stages' cues)
    found = set(runs.intersection(words))  # (in C: a set's common words, the smaller one read)
    for run in filterfalse(str.isalpha, runs):  # "one2": its leading letters (if it has any)
        if run[0] in _LOWER_ASCII:
            lead = _ASCII_LETTERS.match(run)
            if lead and lead.group() in words:
                found.add(lead.group())
    return found


_LOWER_ASCII: Final = frozenset("abcdefghijklmnopqrstuvwxyz")
_ASCII_LETTERS: Final = compile_regex(r"[a-z]+")


def finditer_at(pattern: regex.Pattern[str], text: str, starts: Iterable[int]) -> Iterator[regex.Match[str]]:
    """The matches `pattern.finditer(text)` gives, found by trying `pattern.match` only at
    `starts` (in increasing order), when every match starts at one of them. A match never
    starts inside the one before it, as in `finditer` (the patterns given match no empty
    text; an empty match moves the next try one place on, as `finditer` does)."""
    end = 0
    for start in starts:
        if start < end:
            continue
        match = pattern.match(text, start, None, SERIAL)
        if match is not None:
            yield match
            end = match.end() if match.end() > start else start + 1


def merged(*starts: Iterable[int]) -> list[int]:
    """Places from several lists, each once, in increasing order."""
    return sorted(set().union(*starts))
