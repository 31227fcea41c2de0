"""What an article's layout says about its sentences, read once per article on first use:
the lines of its tables and the items of its lists with the sentence introducing each, a
table's "Source: ..." credit, the speaker of each turn of an interview or a transcript, and
the lead paragraph.

Its readings are kept as `contexts.Context`'s are (see `contexts.ArticleIndex`).
"""

from __future__ import annotations

from collections.abc import Sequence

from stats.describe import interview, table_rows
from stats.describe.contexts import Context


class Layout:
    """The layout readings of an article (or of a part of a long one): `contexts` are its
    sentences, `text` its text."""

    def __init__(self, contexts: Sequence[Context], text: str) -> None:
        self.contexts, self.text = contexts, text
        # (what every table, list introduction or labelled row holds: most articles have neither)
        self.tabular = "|" in text or ":" in text
        self._credits: dict[int, str] | None = None
        self._introduced: tuple[dict[int, int], dict[int, int]] | None = None
        self._answers: dict[int, tuple[str, tuple[str, ...]]] | None = None
        self._lead: int | None = None

    @property
    def credits(self) -> dict[int, str]:
        """For each line of a table, the source a "Source: ..." line after it names."""
        if self._credits is None:
            self._credits = table_rows.footers(self.contexts) if self.tabular else {}
        return self._credits

    @property
    def introduced(self) -> tuple[dict[int, int], dict[int, int]]:
        """Each table line's introduction, and each line's or bulleted item's, which gives its
        source and place (not its time: "Key points so far:"): `table_rows.introductions`."""
        if self._introduced is None:
            tabular = self.tabular
            self._introduced = table_rows.introductions(self.contexts, self.text) if tabular else ({}, {})
        return self._introduced

    @property
    def answers(self) -> dict[int, tuple[str, tuple[str, ...]]]:
        """The speaker of each sentence of an interview's answer or of a transcript's turn."""
        if self._answers is None:
            self._answers = interview.speakers(self.contexts)
        return self._answers

    @property
    def lead(self) -> int:
        """The lead's paragraph: the first of prose (a sentence of 15 words or more, after the
        headline and byline lines); -1 when there is none."""
        if self._lead is None:
            self._lead = next((c.paragraph for c in self.contexts if c.raw.count(" ") >= 14), -1)
        return self._lead
