"""Compile regexes with word lists from the lexicon as `regex` named lists.

Every stage's pattern table (`text.patterns`, `find.patterns`, `find.masks`,
`describe.patterns`) compiles through `compile_lists`, so a phrase list such as "more than"
matches across a line break the same way everywhere.
"""

from __future__ import annotations

import regex

_FLAGS = regex.VERSION1 | regex.VERBOSE


def compile_lists(pattern: str, flags: int = 0, **lists: object) -> regex.Pattern[str]:
    """Compile with named lists; a list holding phrases matches any whitespace between
    their words ("more than" across a line break), longest phrase first."""
    for name, items in list(lists.items()):
        words = [str(item) for item in items]  # type: ignore[attr-defined]
        if any(" " in word for word in words):
            alternation = "|".join(r"\s+".join(regex.escape(part) for part in word.split())
                                   for word in sorted(words, key=len, reverse=True))
            pattern = pattern.replace(f"\\L<{name}>", f"(?:{alternation})")
            del lists[name]
    return regex.compile(pattern, _FLAGS | flags, **lists)


def lowered(words: object) -> list[str]:
    return sorted({str(w).lower() for w in words})  # type: ignore[attr-defined]


