"""A table's rows take the source and the time of the sentence that introduces the table.

A data piece or a situation report sets a table under a sentence ending with a colon: "The
table below lists the six oblasts with the most civilian casualties in July, as recorded by
the mission:" over "Oblast | Dead | Injured" and "Donetsk | 61 | 214". A row says neither who
counted nor when; its figures are the mission's, in July, as the introduction says. A table
here is a run of lines with bars (two or more); the introduction is the sentence right before
the run, when it ends with a colon. The items of a bulleted list under such a sentence are
read alike ("- 47 injured, 6 of them in critical condition"), and so are a data piece's
labelled rows ("Eastern Cape: 41.9") under a title line ("Unemployment rate by province in the
third quarter (%)") or a colon; a "Source: ..." line after a table or rows names their source.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from stats.describe.contexts import Context
from stats.describe.source_names import names_someone
from stats.lexicon.pattern_cache import compile_regex
from stats.lexicon.sources import BULLET_MARKS

_BARS: Final = 2  # bars that make a line a table's


def introductions(contexts: Sequence[Context], text: str) -> tuple[dict[int, int], dict[int, int]]:
    """For each sentence that is a line of a table introduced by a sentence ending with a colon,
    or by a title line for labelled rows, the index of that sentence; and the same with the
    items of bulleted lists read as lines too ("The governor gave the latest figures:" over "-
    19 people confirmed dead"). `text` is the article's (where a bullet is read: the sentence
    itself starts after it). One pass for both: a list between a table and its introduction
    parts them in the first reading only."""
    tables, lists = _Introduced(), _Introduced()
    for ctx in contexts:
        raw = ctx.raw.strip()
        labelled = _labelled_row(raw)
        row = raw.count("|") >= _BARS or labelled
        tables.read(ctx.index, raw, row, labelled)
        lists.read(ctx.index, raw, row or _bulleted(text, ctx.start), labelled)
    return tables.found, lists.found


class _Introduced:
    """One reading of `introductions`: the lines found so far and the last introduction."""

    def __init__(self) -> None:
        self.found: dict[int, int] = {}
        self.intro: int | None = None
        self.title: int | None = None  # (a title line, no full stop, heads a list of labelled rows)

    def read(self, index: int, raw: str, row: bool, labelled: bool) -> None:
        if row:
            found = self.intro if self.intro is not None else (self.title if labelled else None)
            if found is not None:
                self.found[index] = found
            return
        self.intro = index if raw.endswith(":") else None
        self.title = index if not raw.endswith((".", "!", "?", '"', "”")) and len(raw.split()) <= 16 else None


# A row of a list in text: a label and its figure ("Eastern Cape: 41.9", "Gauteng: 34.0%").
_LABELLED_ROW: Final = compile_regex(r"^\p{L}[^:|\d]{0,40}:\s*-?[\d.,]+\s*(?:%|per\s*cent)?$")


def _labelled_row(raw: str) -> bool:
    """Whether a sentence is a labelled row, as a data piece lists provinces or parties."""
    return ":" in raw and (raw[-1:].isdigit() or raw.endswith("%")) and _LABELLED_ROW.match(raw) is not None


_BULLETS: Final = tuple(f"{mark} " for mark in BULLET_MARKS)


def _bulleted(text: str, start: int) -> bool:
    """Whether the sentence at `start` is a list item: a bullet opens its line."""
    line = text.rfind("\n", 0, start) + 1
    return text[line:start].lstrip(" \t").startswith(_BULLETS) and start - line <= 4


_SOURCE_LINE: Final = compile_regex(r"^\s*(?i:sources?)\s*:\s*(?P<name>[^:;]{2,80}?)\s*\.?\s*$")


def footers(contexts: Sequence[Context]) -> dict[int, str]:
    """For each line of a table that a "Source: CZSO" line closes (within two sentences after
    the table's last line), the source that line names: a data desk's credit for its table."""
    out: dict[int, str] = {}
    rows: list[int] = []
    for ctx in contexts:
        if ctx.raw.count("|") >= _BARS or _labelled_row(ctx.raw.strip()):
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
