"""What an article's layout says about its sentences, read once per article on first use:
the lines of its tables and the items of its lists with the sentence introducing each, a
table's "Source: ..." credit, the speaker of each turn of an interview or a transcript, and
the lead paragraph.

An ordinary class (not compiled to a native one, like `contexts.Context`): its readings are
kept with `contexts.cached`, which needs an instance dictionary. `functools.cached_property`
on a class mypyc compiles has none to keep them in, and reads them again on every use.
"""

from __future__ import annotations

from collections.abc import Sequence

from mypy_extensions import mypyc_attr

from stats.describe import interview, table_rows
from stats.describe.contexts import Context, cached


@mypyc_attr(native_class=False)
class Layout:
    """The layout readings of an article (or of a part of a long one): `contexts` are its
    sentences, `text` its text."""

    def __init__(self, contexts: Sequence[Context], text: str) -> None:
        self.contexts, self.text = contexts, text
        # (what every table, list introduction or labelled row holds: most articles have neither)
        self.tabular = "|" in text or ":" in text

    @cached
    def credits(self) -> dict[int, str]:
        """For each line of a table, the source a "Source: ..." line after it names."""
        return table_rows.footers(self.contexts) if self.tabular else {}

    @cached
    def introduced(self) -> tuple[dict[int, int], dict[int, int]]:
        """Each table line's introduction, and each line's or bulleted item's, which gives its
        source and place (not its time: "Key points so far:"): `table_rows.introductions`."""
        return table_rows.introductions(self.contexts, self.text) if self.tabular else ({}, {})

    @cached
    def answers(self) -> dict[int, tuple[str, tuple[str, ...]]]:
        """The speaker of each sentence of an interview's answer or of a transcript's turn."""
        return interview.speakers(self.contexts)

    @cached
    def lead(self) -> int:
        """The lead's paragraph: the first of prose (a sentence of 15 words or more, after the
        headline and byline lines); -1 when there is none."""
        return next((c.paragraph for c in self.contexts if c.raw.count(" ") >= 14), -1)
