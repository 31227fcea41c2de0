"""How a tally's derivation names figures, and the trail of notes and rules behind it."""

from __future__ import annotations

from dataclasses import dataclass, field

from stats.model import Figure


def named(f: Figure, with_value: bool = False) -> str:
    """A figure as a derivation names it: `17 people (f1a2b3c4d5e6)`, `1 implied: a policeman
    (...)`, with its value first when the span is in words (`3 = three traders (...)`)."""
    words = " ".join(f"{f.span} {'' if f.implied else f.subject}".split())
    if f.implied:
        words = f"1 implied: {words}"
    shown = with_value and not f.implied and f.span.strip() != f"{f.value:g}"
    return f"{f'{f.value:g} = ' if shown else ''}{words} ({f.figure_id})"


@dataclass
class Trail:
    """The notes a tally's `how` lists after its sum, and the ids of the rules that acted."""

    notes: list[str] = field(default_factory=list)
    fired: set[str] = field(default_factory=set)

    def note(self, rule: str, text: str) -> None:
        """Record that `rule` acted, with a note for `how` (none when `text` is empty)."""
        self.fired.add(rule)
        if text:
            self.notes.append(text)
