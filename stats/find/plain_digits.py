"""A plain run of digits told from its neighbours, without the atom pattern.

Most numbers in news are a bare run of ASCII digits ("40 people", "in 2015,"): the atom
pattern (`patterns.NUMBER_ATOM`, from its digit-first part) then matches the run and nothing
more, and its reader makes a count of it. `is_plain` says so from the characters around the
run: after no word character, and followed by nothing the pattern could read on (a point or
comma before a digit, a separator before three digits, a glued suffix or ordinal, a slash,
a scale word, "bn" or "x 10" after a space). It answers True only where the pattern's match
is the run itself (tests/find/test_fast_paths_digits.py compares the two on our sentences
and on generated text); anything else is left to the pattern.
"""

from __future__ import annotations

_ASCII_WORD = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_")
# Characters after which the pattern reads nothing on: ASCII punctuation that is no decimal
# point, separator, dash or slash.
_CLOSERS = frozenset(")]};:%!?\"'([*&+=<>|#@$")
# What may follow a point or comma, or a space or hyphen, in a plain run: an ASCII character
# that starts no digits, scale word (billion, crore, hundred, lakh, million, thousand,
# trillion), "bn"/"mn"/"tn" suffix or "x 10" exponent (a test checks the scales' letters).
_RISKY_AFTER_GAP = frozenset("0123456789bBcChHlLmMtTxX")
RISKY_LETTERS = "bchlmtx"  # (the letters of `_RISKY_AFTER_GAP`, for the test)


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
        return not following or (following.isascii() and following not in _RISKY_AFTER_GAP)
    return False
