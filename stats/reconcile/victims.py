"""Whether an event's coverage counts civilians as all its victims or as a part of them.

"An air strike killed at least 30 civilians" and "the death toll rose to 43" answer one
question when every victim of the strike was a civilian: `civilians` is then the wording
of a toll, not a group apart (gold/CLAIMS.md: "civilians and residents are one group where
the text uses them for the same victims"). Where some article of the event breaks the
civilians out of a total ("40 people, including 25 civilians"; "killed 12 soldiers and 25
civilians"), civilians are a part, and a claim apart from the toll, in every article of it.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Mapping, Sequence

from stats.model import CASUALTY_CATEGORIES, Figure
from stats.reconcile.claim_keys import Keys

CIVILIAN = "civilian"  # the group `claim_keys` gives civilians, residents, villagers
_VICTIMS = "people"  # the group of a toll


def civilians_as_victims(figures: Sequence[Figure], keyed: Sequence[Keys], event: Mapping[str, int]
                         ) -> list[Keys]:
    """The keys with a casualty figure's civilians counted as the toll's people, in every
    event where no article breaks civilians out of another group (see the module)."""
    apart = _broken_out(figures, keyed, event)
    return [dataclasses.replace(k, group=_VICTIMS)
            if k.group == CIVILIAN and f.category in CASUALTY_CATEGORIES and event[f.doc] not in apart else k
            for f, k in zip(figures, keyed, strict=True)]


def _broken_out(figures: Sequence[Figure], keyed: Sequence[Keys], event: Mapping[str, int]) -> set[int]:
    """The events in which civilians are a part: some civilian casualty figure is a part of a
    total, or shares its sentence with a figure of its category counting another group that
    is not a part of it ("12 soldiers and 25 civilians"; not "41 civilians, among them 19
    children")."""
    sentences: dict[tuple[str, int, str], list[int]] = defaultdict(list)
    for i, f in enumerate(figures):
        if f.category in CASUALTY_CATEGORIES:
            sentences[(f.doc, f.sentence_start, f.category.value)].append(i)
    apart: set[int] = set()
    for members in sentences.values():
        for i in members:
            f = figures[i]
            if keyed[i].group != CIVILIAN:
                continue
            if f.part_of or any(keyed[j].group not in (CIVILIAN, "") and figures[j].part_of != f.figure_id
                                for j in members if j != i):
                apart.add(event[f.doc])
    return apart
