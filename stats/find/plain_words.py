"""A number word standing alone told from its neighbours, without the atom pattern.

"two daughters", "three weeks ago", "Forty miles": the atom pattern (`patterns.NUMBER_ATOM`)
matches such a word with its `words` alternative and nothing more, at several times the
cost of reading the characters around it. `plain_word_end` says so from those characters:
a number word of the pattern's list (`numword`), after no letter of another script, followed
by nothing the pattern could read on (another number word, a fraction or "and" after a space
or hyphen: "twenty-five", "one-third", "hundred and fifty"; a digit, a letter or other
whitespace, which the pattern decides). A test compares the two on our sentences and on
generated text; anything else is left to the pattern.
"""

from __future__ import annotations

from typing import Final

from stats.find import patterns

# The number words the `words` alternative starts with, but those a currency written before
# an amount also spells (none today: a test checks the list).
_CURRENCIES: Final = frozenset(
    entry.lower() for name in ("cur", "gcur") for entry in patterns._ATOM_LISTS[name])
NUMBER_WORDS: Final = frozenset(patterns._ATOM_LISTS["numword"]) - _CURRENCIES
# What a space or hyphen after a number word may read on to: another number word ("twenty
# five", "two hundred"), a fraction ("one-third") or "and" ("hundred and fifty").
READ_ON: Final = NUMBER_WORDS | frozenset(patterns._ATOM_LISTS["fraction"]) | {"and"}
_LETTERS: Final = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
_GAP: Final = frozenset(" -‐‑")  # (of the pattern's gaps, those read here; any other, the pattern decides)
# What may stand before a number word read here: an ASCII character that is no word character.
_BEFORE: Final = frozenset(chr(c) for c in range(128) if not (chr(c).isalnum() or chr(c) == "_"))


def plain_word_end(sentence: str, start: int) -> int:
    """Where the atom pattern's match at `start` ends when it is one number word alone (the
    `words` alternative: "two" of "two daughters"); -1 when the pattern must decide.

    >>> plain_word_end("Two daughters died", 0), plain_word_end("twenty-five died", 0)
    (3, -1)
    """
    if start and sentence[start - 1] not in _BEFORE:
        return -1  # (a word character before it, of any script: no word boundary)
    size = len(sentence)
    end = start
    while end < size and sentence[end] in _LETTERS:
        end += 1
    if sentence[start:end].lower() not in NUMBER_WORDS:
        return -1
    gap = end
    while gap < size and sentence[gap] in _GAP:
        gap += 1
    if gap == size:
        return end
    after = sentence[gap]
    if after not in _LETTERS:
        # punctuation or a digit (after a gap) ends the word; a letter or digit glued to it,
        # "_", other whitespace or a character outside ASCII is the pattern's to read
        glued = gap == end and (after.isalnum() or after == "_")
        return -1 if glued or not after.isascii() or after.isspace() else end
    if gap == end:
        return -1  # (no letter follows a number word of `word_starts`: not reached)
    stop = gap
    while stop < size and sentence[stop] in _LETTERS:
        stop += 1
    if sentence[gap:stop].lower() in READ_ON or not sentence[stop:stop + 1].isascii():
        return -1
    return end
