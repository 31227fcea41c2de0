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
_ARMED = frozenset({"soldier", "fighter", "police", "peacekeeper"})  # the groups civilians are told from
# Groups whose count beside civilians in one sentence breaks out no civilians: the same people,
# or their parts ("41 civilians, among them 19 children"); any other group does ("5 aid workers
# and 25 civilians").
_NOT_APART = frozenset({CIVILIAN, "", "people", "child", "woman", "man"})
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
    total, a figure of its category counting another group stands in its sentence ("5 aid
    workers and 25 civilians"), or one counting an armed group in the sentence before or after
    ("killed 12 soldiers. Another 25 civilians died"; not "41 civilians, among them 19
    children", nor "the toll rose to 43")."""
    sentences: dict[tuple[str, str], dict[int, list[int]]] = defaultdict(lambda: defaultdict(list))
    for i, f in enumerate(figures):
        if f.category in CASUALTY_CATEGORIES:
            sentences[(f.doc, f.category.value)][f.sentence_start].append(i)
    apart: set[int] = set()
    for by_sentence in sentences.values():
        starts = sorted(by_sentence)
        for n, start in enumerate(starts):
            near = [j for s in starts[max(0, n - 1):n + 2] for j in by_sentence[s]]
            for i in by_sentence[start]:
                f = figures[i]
                if keyed[i].group == CIVILIAN and (f.part_of or any(
                        keyed[j].group in _ARMED for j in near if j != i) or any(
                        keyed[j].group not in _NOT_APART and figures[j].part_of != f.figure_id
                        for j in by_sentence[start] if j != i)):
                    apart.add(event[f.doc])
    return apart
