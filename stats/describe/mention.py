"""The record the provenance finders return: a phrase found in a sentence and the rule that
read it. The period finder uses it as it is; the place finder adds what it knows of a place
(`stats.describe.place_names.Mention`)."""

from __future__ import annotations

from dataclasses import dataclass

from stats.find.rule import Rule


@dataclass(frozen=True, slots=True)
class Mention:
    """A phrase in a sentence (offsets relative to it), as it reads, and the rule that read it."""

    start: int
    end: int
    text: str
    rule: Rule

    def __init__(self, start: int, end: int, text: str, rule: Rule) -> None:
        """The dataclass's own constructor written out (see `stats.model`)."""
        object.__setattr__(self, "start", start)
        object.__setattr__(self, "end", end)
        object.__setattr__(self, "text", text)
        object.__setattr__(self, "rule", rule)
