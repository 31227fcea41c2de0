"""What "the country" in a figure's clause stands for: the country a sentence just before
names ("... in Burkina Faso. ... 40 percent of the country's territory"), so that its place is
that country; and whether the clause speaks of "the country" at all, when none is named (its
place is then none, not a neighbour's town)."""

from __future__ import annotations

from typing import Final

import regex

from stats.describe import clauses, place_names
from stats.describe.contexts import Context
from stats.lexicon.pattern_cache import SERIAL, compile_regex
from stats.model import Candidate

_THE_COUNTRY: Final = compile_regex(r"\b(?:the|this)\s+country\b", regex.IGNORECASE)


class Countries:
    """"The country" in an article's sentences, each sentence looked at for it once."""

    def __init__(self, contexts: list[Context]) -> None:
        self.contexts = contexts
        self._countries: dict[int, bool] = {}  # whether a sentence holds "country" (see `_holds`)

    def named(self, index: int, c: Candidate) -> str | None:
        """ "the country" after the figure in its clause, written as the country a sentence just before
        names ("... in Burkina Faso. ... 40 percent of the country's territory")."""
        ctx = self.contexts[index]
        if not self._holds(index):
            return None  # (most sentences: no clause to read)
        clause = ctx.raw[c.start : clauses.clause_end_after(ctx.raw, c.end)]  # its phrase and predicate
        if not _THE_COUNTRY.search(clause, None, None, SERIAL):
            return None
        for other in reversed(self.contexts[max(0, index - 2) : index]):
            named = [n for m in other.places + other.bare if (n := place_names.country_name(m.text))]
            if named:
                return named[-1]
        return None

    def said(self, index: int, c: Candidate) -> bool:
        """Whether the figure's clause speaks of "the country" (before or after it)."""
        if not self._holds(index):
            return False
        raw = self.contexts[index].raw
        start = clauses.clause_start_before(raw, c.start)
        clause = raw[start : clauses.clause_end_after(raw, c.end)]
        return bool(_THE_COUNTRY.search(clause, None, None, SERIAL))

    def _holds(self, index: int) -> bool:
        """Whether sentence `index` holds "country" in any case, as every `_THE_COUNTRY` match
        does (no letter but "C", "O", ... matches one of its letters ignoring case), read once
        per sentence: most hold none, and their figures' clauses are then not read for it."""
        holds = self._countries.get(index)
        if holds is None:
            holds = self._countries[index] = "country" in self.contexts[index].raw.lower()
        return holds
