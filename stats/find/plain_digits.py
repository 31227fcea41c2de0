"""A plain run of digits told from its neighbours, without the atom pattern.

Most numbers in news are a bare run of ASCII digits ("40 people", "in 2015,"): the atom
pattern (`patterns.NUMBER_ATOM`, from its digit-first part) then matches the run and nothing
more, and its reader makes a count of it. `is_plain` says so from the characters around the
run: after no word character, and followed by nothing the pattern could read on (a point or
comma before a digit, a separator before three digits, a glued suffix or ordinal, a slash,
a scale word, "bn" or "x 10" after a space). It answers True only where the pattern's match
is the run itself (tests/find/test_fast_paths_digits.py compares the two on our sentences
and on generated text); anything else is left to the pattern. `spaced_word` reads the plain
word after a number the same way, for the unit readers.
"""

from __future__ import annotations

from typing import Final

_ASCII_WORD: Final = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_")
# Characters after which the pattern reads nothing on: ASCII punctuation that is no decimal
# point, separator, dash or slash.
_CLOSERS: Final = frozenset(")]};:%!?\"'([*&+=<>|#@$")
# What may follow a point or comma, or a space or hyphen, in a plain run: an ASCII character
# that starts no digits, scale word (billion, crore, hundred, lakh, million, thousand,
# trillion), "bn"/"mn"/"tn" suffix or "x 10" exponent (a test checks the scales' letters).
_RISKY_AFTER_GAP: Final = frozenset("0123456789bBcChHlLmMtTxX")
RISKY_LETTERS: Final = "bchlmtx"  # (the letters of `_RISKY_AFTER_GAP`, for the test)
# The words a space or hyphen after a run reads on to: the scale words and the spaced
# suffixes ("4 million", "1.5 bn"; a test checks them against the lexicon). A word of ASCII
# letters that is none of these, followed by an ASCII character that is no letter, reads
# nothing on ("2014 the", "40 cm").
READ_ON: Final = frozenset({"hundred", "thousand", "million", "billion", "trillion", "lakh", "lakhs", "crore",
                            "crores", "bn", "mn", "mln", "tn", "trn"})
_LONGEST: Final = max(map(len, READ_ON))
_ASCII_LETTERS: Final = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")


def is_plain(sentence: str, start: int, end: int) -> bool:
    """Whether the atom pattern's match at the digit run `sentence[start:end]` (a whole run
    of `\\p{Nd}`, starting with an ASCII digit) is that run alone, a bare count."""
    if (start and sentence[start - 1] in _ASCII_WORD) or not sentence[start - 1:start].isascii():
        return False  # (a letter or digit of another script before it: the pattern decides)
    if not sentence.isascii() and not sentence[start:end].isascii():
        return False
    after = sentence[end:end + 1]
    if not after or after in _CLOSERS:
        return True
    if after in ",. -":
        following = sentence[end + 1:end + 2]
        if not following or (following.isascii() and following not in _RISKY_AFTER_GAP):
            return True
        # a space or hyphen before a word that starts like a scale ("2014 the", "40 cm"); not
        # "x" ("5 x 10^3": an exponent)
        return after != "," and after != "." and following in _ASCII_LETTERS and following not in "xX" \
            and _reads_nothing_on(sentence, end + 1)
    return False


def _reads_nothing_on(sentence: str, at: int) -> bool:
    """Whether the ASCII letters at `at` are a word no scale word or spaced suffix of
    `READ_ON` can be read from: none of them, and followed by an ASCII character that is no
    letter, or by nothing (a letter outside ASCII may fold to one of theirs: "thouſand"). A
    run longer than every such word is none of them, whatever follows it."""
    stop, limit = at, min(len(sentence), at + _LONGEST + 1)
    while stop < limit and sentence[stop] in _ASCII_LETTERS:
        stop += 1
    if stop - at > _LONGEST:
        return True
    following = sentence[stop:stop + 1]
    return sentence[at:stop].lower() not in READ_ON and (not following or following.isascii())


def plain_end(sentence: str, start: int, runs: dict[int, int]) -> int:
    """Where the atom pattern's match at the digit run starting at `start` ends when it is a
    bare count (`is_plain`): the run, or the run with its groups of thousands ("600,000": a
    run of one to three digits, then a comma and a run of exactly three, as often as they
    come); -1 when the pattern must decide. `runs` maps each digit run's start to its end."""
    end = runs[start]
    if end - start <= 3:
        while sentence[end:end + 1] == "," and runs.get(end + 1) == end + 4:
            end += 4
    return end if is_plain(sentence, start, end) else -1


_LETTERS: Final = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")


def spaced_word(right: str) -> str | None:
    """The word after a number when the text after it is one space, a run of ASCII letters
    and an ASCII character that is no letter, or nothing (" people said"): the word the
    patterns that read a unit's first word find there (`quantities.FIRST_WORD`, `_WORD_AFTER`),
    found without them; None for any other text."""
    if right[:1] != " " or right[1:2] not in _LETTERS:
        return None
    end, size = 2, len(right)
    while end < size and right[end] in _LETTERS:
        end += 1
    return right[1:end] if end == size or right[end].isascii() else None
