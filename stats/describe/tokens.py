"""Tokens of a sentence: words, numbers and punctuation marks with their offsets, as the
provenance rules read a source's or a place's phrase."""

from __future__ import annotations

from typing import NamedTuple

from stats.lexicon.pattern_cache import compile_regex

# A token: a word with inner dots, hyphens and apostrophes ("U.S.", "Qala-e-Naw", "O'Brien"),
# a number, or one punctuation mark. A closing dot is read before the look back at what it
# closes (`\.(?<=X\.)`, not `(?<=X)\.`): most words have none, and skip the look back.
TOKEN = compile_regex(
    r"\p{L}[\p{L}\p{M}\p{N}.\-]*(?:['’](?!s\b)\p{L}[\p{L}\p{M}.\-]*)*(?<![.-])"
    r"(?:\.(?<=\.\p{L}\.)|\.(?<=\b(?:\p{Lu}|Mr|Mrs|Ms|Dr|Gen|Lt|Col|Sgt|Capt|Rep|Sen|Gov|Jr|Sr|St|Prof|Rev|Maj|Brig|Adm)\.))?"
    r"|\p{N}[\p{N},.]*|['’]s\b|[^\s\p{L}\p{N}]"
)


class Token(NamedTuple):
    """A token of a sentence with its offsets (relative to the sentence). A named tuple:
    made by the dozen for every attribution, and cheaper to make than a frozen dataclass."""

    text: str
    start: int
    end: int

    @property
    def lower(self) -> str:
        return self.text.lower()

    @property
    def capital(self) -> bool:
        return self.text[:1].isupper()

    @property
    def word(self) -> bool:
        return self.text[:1].isalpha()


_new_token = tuple.__new__  # a Token without its `__new__`, a Python function: tokens come by the thousand


def tokens(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """The tokens of `text[start:end]`, with offsets into `text`."""
    stop = len(text) if end is None else end
    return [_new_token(Token, (m.group(), m.start(), m.end())) for m in TOKEN.finditer(text, start, stop)]


def token_texts(text: str) -> list[str]:
    """The texts of the tokens of `text`; a text of words of letters only (as most names are)
    split at its spaces: what the token pattern gives it, for less."""
    return text.split() if text.replace(" ", "").isalpha() else TOKEN.findall(text)


def tokens_before(text: str, end: int, window: int = 160) -> list[Token]:
    """The tokens just before `end` (a phrase before a verb needs no more than a window)."""
    begin = max(0, end - window)
    if begin:
        space = text.find(" ", begin, end)
        begin = space + 1 if space >= 0 else begin  # start on a word boundary
    return tokens(text, begin, end)
