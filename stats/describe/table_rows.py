"""A table's rows take the source and the time of the sentence that introduces the table.

A data piece or a situation report sets a table under a sentence ending with a colon: "The
table below lists the six oblasts with the most civilian casualties in July, as recorded by
the mission:" over "Oblast | Dead | Injured" and "Donetsk | 61 | 214". A row says neither who
counted nor when; its figures are the mission's, in July, as the introduction says. A table
here is a run of lines with bars (two or more); the introduction is the sentence right before
the run, when it ends with a colon. The items of a bulleted list under such a sentence are
read alike ("- 47 injured, 6 of them in critical condition").
"""

from __future__ import annotations

from collections.abc import Sequence

from stats.describe.contexts import Context
from stats.describe.source_names import names_someone
from stats.lexicon.pattern_cache import compile_regex
from stats.lexicon.sources import BULLET_MARKS

_BARS = 2  # bars that make a line a table's


def introductions(contexts: Sequence[Context], text: str = "", bullets: bool = False) -> dict[int, int]:
    """For each sentence that is a line of a table, or an item of a bulleted list, introduced
    by a sentence ending with a colon ("The governor gave the latest figures:" over "- 19
    people confirmed dead"), the index of that sentence. `text` is the article's (where a
    bullet is read: the sentence itself starts after it); list items only with `bullets`."""
    out: dict[int, int] = {}
    intro: int | None = None
    for ctx in contexts:
        raw = ctx.raw.strip()
        if raw.count("|") >= _BARS or (bullets and _bulleted(text, ctx.start)):
            if intro is not None:
                out[ctx.index] = intro
            continue
        intro = ctx.index if raw.endswith(":") else None
    return out


_BULLETS = tuple(f"{mark} " for mark in BULLET_MARKS)


def _bulleted(text: str, start: int) -> bool:
    """Whether the sentence at `start` is a list item: a bullet opens its line."""
    line = text.rfind("\n", 0, start) + 1
    return text[line:start].lstrip(" \t").startswith(_BULLETS) and start - line <= 4


_SOURCE_LINE = compile_regex(r"^\s*(?i:sources?)\s*:\s*(?P<name>[^:;]{2,80}?)\s*\.?\s*$")


def footers(contexts: Sequence[Context]) -> dict[int, str]:
    """For each line of a table that a "Source: CZSO" line closes (within two sentences after
    the table's last line), the source that line names: a data desk's credit for its table."""
    out: dict[int, str] = {}
    rows: list[int] = []
    for ctx in contexts:
        if ctx.raw.count("|") >= _BARS:
            rows.append(ctx.index)
            continue
        credit = _SOURCE_LINE.match(ctx.raw) if rows and ctx.index - rows[-1] <= 2 else None
        if credit and not names_someone(credit["name"]):
            credit = None  # ("Source: own calculations")
        if credit:
            out.update((row, credit["name"]) for row in rows)
        if not rows or ctx.index - rows[-1] >= 2 or credit:
            rows = []
    return out
