"""Whole-article scans for capitalised names in a *plain* text, with the standard `re`.

`regex` scans `gazetteer.known_places`'s pattern of a capitalised run at some 240
instructions a character; the same pattern written for `re` with ASCII classes, opened with
the set `[A-Z]` (which `re` skips to in C), scans at about half that. It gives the same
matches in a plain text: one whose characters outside ASCII are none of them a word
character, a letter or a mark (news holds curly quotes and dashes there). Its letters are
then A-Z and a-z, it holds no mark, and a word boundary next to a letter is the absence of
an ASCII word character on the other side (tests/describe/test_fast_paths_gazetteer_plain.py).
"""

from __future__ import annotations

from typing import Final

from stats.lexicon.pattern_cache import SERIAL, compile_regex

_WORD_CHARACTER: Final = compile_regex(r"[\w\p{L}\p{M}]")  # `regex`'s word characters, letters and marks
_ASCII: Final = bytes(range(128))
# A word boundary before a capital, and after an "s" (in "(?!s\b)"), in a plain text.
NO_WORD_BEFORE: Final = "(?<![A-Za-z0-9_])"
NO_WORD_AFTER: Final = "(?![A-Za-z0-9_])"


def plain(text: str) -> bool:
    """Whether no character of `text` outside ASCII is a word character, a letter or a mark:
    read on its UTF-8 bytes with the ASCII ones deleted (loops in C), which leave the few
    characters outside ASCII whole (each byte of their encodings is one outside ASCII)."""
    if text.isascii():
        return True
    rest = text.encode("utf-8", "surrogatepass").translate(None, _ASCII).decode("utf-8", "surrogatepass")
    return _WORD_CHARACTER.search(rest, None, None, SERIAL) is None


def in_ascii(pattern: str) -> str:
    """A name pattern's classes written in ASCII, for a plain text: capitals A-Z, letters
    (and marks) A-Z and a-z, the boundary after a possessive's "s" the look ahead at no ASCII
    word character. Every class and boundary of the result is ASCII (callers' tests check)."""
    return (pattern.replace(r"[\p{L}\p{M}\-]", r"[A-Za-z\-]").replace(r"\p{Lu}", "[A-Z]")
            .replace(r"\p{L}", "[A-Za-z]").replace(r"(?!s\b)", rf"(?!s{NO_WORD_AFTER})"))
