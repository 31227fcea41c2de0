"""A table's rows take the source and the time of the sentence that introduces the table.

A data piece or a situation report sets a table under a sentence ending with a colon: "The
table below lists the six oblasts with the most civilian casualties in July, as recorded by
the mission:" over "Oblast | Dead | Injured" and "Donetsk | 61 | 214". A row says neither who
counted nor when; its figures are the mission's, in July, as the introduction says. A table
here is a run of lines with bars (two or more); the introduction is the sentence right before
the run, when it ends with a colon.
"""

from __future__ import annotations

from collections.abc import Sequence

from stats.describe.contexts import Context

_BARS = 2  # bars that make a line a table's


def introductions(contexts: Sequence[Context]) -> dict[int, int]:
    """For each sentence that is a line of a table introduced by a sentence ending with a
    colon, the index of that sentence."""
    out: dict[int, int] = {}
    intro: int | None = None
    for ctx in contexts:
        raw = ctx.raw.strip()
        if raw.count("|") >= _BARS:
            if intro is not None:
                out[ctx.index] = intro
            continue
        intro = ctx.index if raw.endswith(":") else None
    return out
