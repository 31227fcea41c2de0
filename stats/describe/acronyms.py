"""Short names a body is given in brackets after its full name, when they are written as a
word ("the Philippine Institute of Volcanology and Seismology (Phivolcs)", "the Association
of Mineworkers and Construction Union (Amcu)"): house styles that write long acronyms in
title case. Capitals-only acronyms ("(ONS)") are read by `sources.ACRONYM`; a word in
brackets is a short name only when its letters run, in order, through the name before it and
it starts with that name's first letter, so "(Reuters)" after "LONDON" or "(Kenya)" after a
town is not one.
"""

from __future__ import annotations

from typing import Final

import regex

from stats.lexicon.pattern_cache import SERIAL, compile_regex

# A bracketed title-case word at the end of the text before a verb, and the capitalised name
# before it (up to 8 words, joined by "of", "and", "for", "the" ...).
_NAME: Final = (
    r"(?P<name>\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:of|for|on|and|the|de|du)\s+)*\p{Lu}[\p{L}'’-]*){1,7})")
_WORD: Final = r"\s*\((?P<acronym>\p{Lu}\p{Ll}{2,11})\)"
_WORD_BEFORE: Final = compile_regex(_NAME + _WORD + r"\s*$")
_WORD_DEFINED: Final = compile_regex(_NAME + _WORD)
# The bracket alone: searched for by its "(" (`_WORD`, opening with spaces, would be tried
# at every character of the article); the spaces before it are read back from it.
_BRACKET: Final = compile_regex(_WORD.removeprefix(r"\s*"))
_SPACES_BEFORE: Final = compile_regex(r"(?r)\s*")


def defines(name: str, word: str) -> bool:
    """Whether `word` reads as a short name of `name`: it starts with the first letter of the
    name's first word (after "The") and its letters come, in order, from the name's letters,
    and it is none of the name's words.

    >>> defines("Philippine Institute of Volcanology and Seismology", "Phivolcs")
    True
    >>> defines("Reuters Institute", "Reuters"), defines("Nairobi City", "Kenya")
    (False, False)
    """
    words = name.casefold().split()
    if words and words[0] == "the":
        words = words[1:]
    low = word.casefold()
    if not words or low[:1] != words[0][:1] or low in words:
        return False
    # its letters in order through the name's, from two of its words at least ("Alex" is no
    # short name of "Alexander Jones": a person's short name takes one word's letters)
    used: set[int] = set()
    at = 0
    for ch in low:
        while at < len(words) and ch not in words[at]:
            at += 1
        if at == len(words):
            return False
        used.add(at)
        words[at] = words[at][words[at].index(ch) + 1 :]
    return len(used) >= 2


def word_acronym_before(sentence: str, floor: int, end: int) -> tuple[int, int] | None:
    """The offsets of a title-case short name in brackets that ends the text before `end`
    ("... Seismology (Phivolcs) says"), when it is a short name of the name before it."""
    m = _WORD_BEFORE.search(sentence, floor, end)
    return (m.start("acronym"), m.end("acronym")) if m and _defined(m) is not None else None


def _defined(m: regex.Match[str]) -> str | None:
    """The name (or the end of it) a match's bracketed word is a short name of: the match may
    take capitalised words before the name ("On Monday the Philippine Institute ...
    (Phivolcs)"); None when it is no short name."""
    words = m.group("name").split()
    tails = (" ".join(words[i:]) for i in range(len(words) - 1))
    return next((tail for tail in tails if defines(tail, m.group("acronym"))), None)


def word_acronyms(text: str) -> dict[str, str]:
    """Every body's name in `text` given a title-case short name in brackets, and that name
    ("Philippine Institute of Volcanology and Seismology" -> "Phivolcs")."""
    found: dict[str, str] = {}
    for bracket in _BRACKET.finditer(text):  # few brackets: look back from each
        spaces = _SPACES_BEFORE.match(text, 0, bracket.start(), SERIAL)  # (always a match, maybe empty)
        start = spaces.start() if spaces else bracket.start()  # where `_WORD`'s match starts
        m = _WORD_DEFINED.search(text, max(0, start - 120), bracket.end())
        if not (m and m.end() == bracket.end()):
            continue
        name = _defined(m)
        if name:
            found[name[4:] if name.startswith("The ") else name] = m.group("acronym")
    return found
