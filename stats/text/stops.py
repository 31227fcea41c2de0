"""Where sentences end, found from the stops: what `patterns.SENTENCE_END.finditer` finds in
a line, in a fraction of its instructions (the splitter asks it of every line)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final

from stats.lexicon.pattern_cache import SERIAL
from stats.text import patterns

# What `patterns.SENTENCE_END` reads after a stop: its closing marks, and the ASCII characters
# that, after one space, ask the pattern itself (whitespace, an opening mark).
_STOPS: Final = ".!?…"
_CLOSERS: Final = frozenset("\"”’')]")
_CAPITAL_OR_DIGIT: Final = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
_OPENS: Final = frozenset(" \t\n\x0b\x0c\r\x1c\x1d\x1e\x1f\"'([")


def sentence_ends(body: str) -> Iterator[int]:
    """The ends of `patterns.SENTENCE_END.finditer(body)`'s matches, found from the stops
    (plain string searches in C: `regex` scans for them at over a hundred instructions a
    character, `re` at nearly as many). Each match is tried at a stop, and every stop is
    tried (a match holds one stop, then closing marks). A stop is told at once when what
    follows its marks is ASCII: no whitespace (a decimal point, "U.S."), no match; one space
    and a capital or a digit, a match; one space and any other letter or mark but an
    opening one, none. The pattern itself is asked about the others."""
    for at in _stops(body):
        end = at + 1
        while body[end : end + 1] in _CLOSERS:
            end += 1
        following = body[end : end + 2]
        if following[:1] == " ":
            if len(following) == 2 and following[1].isascii() and following[1] not in _OPENS:
                if following[1] in _CAPITAL_OR_DIGIT:
                    yield end
                continue
        elif following[:1].isascii() and not following[:1].isspace():
            continue  # (no character at all: the body's end)
        if match := patterns.SENTENCE_END.match(body, at, None, SERIAL):
            yield match.end()


def _stops(body: str) -> list[int]:
    """Every place of a stop in `body`, in order (the full stops found one by one; the rare
    others only in a body that holds one)."""
    stops = []
    at = body.find(".")
    while at >= 0:
        stops.append(at)
        at = body.find(".", at + 1)
    if "?" in body or "!" in body or "…" in body:
        stops += [at for at, char in enumerate(body) if char in "!?…"]
        stops.sort()
    return stops
