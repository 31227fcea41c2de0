"""Tokens of a sentence: words, numbers and punctuation marks with their offsets, as the
provenance rules read a source's or a place's phrase."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final, NamedTuple

import regex

from stats.lexicon.pattern_cache import SERIAL, compile_regex

# A token: a word with inner dots, hyphens and apostrophes ("U.S.", "Qala-e-Naw", "O'Brien"),
# a plural's apostrophe inside a name ("the National Farmers' Union"), a number, or one
# punctuation mark. A closing dot is read before the look back at what it
# closes (`\.(?<=X\.)`, not `(?<=X)\.`): most words have none, and skip the look back.
_TITLES: Final = "Mr|Mrs|Ms|Dr|Gen|Lt|Col|Sgt|Capt|Rep|Sen|Gov|Jr|Sr|St|Prof|Rev|Maj|Brig|Adm"
TOKEN: Final = compile_regex(
    r"\p{L}[\p{L}\p{M}\p{N}.\-]*(?:['’](?!s\b)\p{L}[\p{L}\p{M}.\-]*)*(?<![.-])"
    rf"(?:\.(?<=\.\p{{L}}\.)|\.(?<=\b(?:\p{{Lu}}|{_TITLES})\.)|['’](?<=s.)(?=[ \t]+\p{{Lu}}))?"
    r"|\p{N}[\p{N},.]*|['’]s\b|[^\s\p{L}\p{N}]"
)
# `TOKEN` for an ASCII text, in the standard `re` (which scans it in about half the
# instructions): its letters are A-Z and a-z there, its digits 0-9, it holds no mark and no
# "’", and its spaces are `regex`'s (`re`'s \s would take "\x1c"-"\x1f" too); the look
# back at a title, of one width in `re`, is one look back for each.
_ASCII_TOKEN: Final = re.compile(
    r"[A-Za-z][A-Za-z0-9.\-]*(?:'(?!s\b)[A-Za-z][A-Za-z.\-]*)*(?<![.-])"
    r"(?:\.(?<=\.[A-Za-z]\.)|\.(?:(?<=\b[A-Z]\.)|"
    + "|".join(rf"(?<=\b{t}\.)" for t in _TITLES.split("|")) + r")|'(?<=s')(?=[ \t]+[A-Z]))?"
    r"|[0-9][0-9,.]*|'s\b|[^\t\n\x0b\x0c\r A-Za-z0-9]"
)
# How far before a token's start `TOKEN` looks (the longest title, its dot and the boundary
# before it): a text ASCII from there to the end is read by `_ASCII_TOKEN`.
_LOOK_BACK: Final = 6


class Token(NamedTuple):
    """A token of a sentence with its offsets (relative to the sentence). A named tuple:
    made by the dozen for every attribution, and cheaper to make than a frozen dataclass."""

    text: str
    start: int
    end: int
    lower: str  # (made with the token: see `sentence_words.Word`)

    @property
    def capital(self) -> bool:
        return self.text[:1].isupper()

    @property
    def word(self) -> bool:
        return self.text[:1].isalpha()


_new_token: Final = tuple.__new__  # a Token without its `__new__`, a Python function: tokens are many


def tokens(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """The tokens of `text[start:end]`, with offsets into `text`."""
    stop = len(text) if end is None else end
    ascii_ = text.isascii() or text[max(0, start - _LOOK_BACK) : stop].isascii()
    if ascii_:
        found: Iterator[re.Match[str] | regex.Match[str]] = _ASCII_TOKEN.finditer(text, start, stop)
    else:
        found = TOKEN.finditer(text, start, stop, False, SERIAL)
    return [_new_token(Token, (token := m[0], m.start(), m.end(), token.lower())) for m in found]


def token_texts(text: str) -> list[str]:
    """The texts of the tokens of `text`; a text of words of letters only (as most names are)
    split at its spaces: what the token pattern gives it, for less."""
    return text.split() if text.replace(" ", "").isalpha() else TOKEN.findall(text, None, None, False, SERIAL)


def tokens_before(text: str, end: int, window: int = 160) -> list[Token]:
    """The tokens just before `end` (a phrase before a verb needs no more than a window)."""
    begin = max(0, end - window)
    if begin:
        space = text.find(" ", begin, end)
        begin = space + 1 if space >= 0 else begin  # start on a word boundary
    return tokens(text, begin, end)
