"""A list of counts takes the event its last item names: "Two soldiers, two civilians and
two police officers were killed" makes the soldiers killed too, though the event word comes
only after the last item.

The category rules read one figure at a time, front to back, so the first items of such a
list find no event word of their own and fall back to their noun ("soldiers": forces). This
pass, run over a sentence's figures once they are described, gives each such item the
category of the item after it, when the two are joined as a list ("N nouns, M nouns and")
and the list opens its clause (no verb before it: "the army deployed 500 soldiers and 20
were killed" keeps its 500 soldiers as forces).
"""

from __future__ import annotations

import dataclasses
from typing import Final

from stats.lexicon.pattern_cache import compile_regex
from stats.model import CASUALTY_CATEGORIES, Category, Figure, Kind

RULE_ID: Final = "category.list"
# Between two items of a list: the first item's noun (a few words), then a comma or "and".
_JOINT: Final = compile_regex(r"^\s+(?:[\p{L}'’-]+\s+){0,1}?[\p{L}'’-]+\s*(?:,\s*(?:and\s+)?|and\s+)$")
# A word that acts before the list, making its first item an object, not the clause's subject.
_VERBISH: Final = compile_regex(r"(?i)\b\p{L}+(?:ed|ing)\b"
                                r"|\b(?:sent|sends|send|has|have|had|deploy|deploys|is|are|was|were)\b")
_CLAUSE_END: Final = compile_regex(r"[.;:!?()\[\]—–]")
_NOUN_ONLY: Final = {Category.OTHER, Category.FORCES}


def backfill(text: str, figures: list[Figure]) -> list[Figure]:
    """The sentence's figures (in order, offsets into `text`) with list items given the
    category of the item after them (see the module's description)."""
    out = list(figures)
    for i in range(len(out) - 2, -1, -1):
        f, g = out[i], out[i + 1]
        if f.kind is not Kind.COUNT or g.kind is not Kind.COUNT or f.implied:
            continue
        if f.category not in _NOUN_ONLY or g.category not in CASUALTY_CATEGORIES:
            continue
        between = text[f.end:g.start]
        if not _JOINT.match(between) or _VERBISH.search(between) or not _opens_clause(text, f):
            continue  # "Twelve soldiers arrived, and 3 were killed": a verb between, no list
        out[i] = dataclasses.replace(f, category=g.category, rule=_retraced(f.rule))
    return out


def _opens_clause(text: str, f: Figure) -> bool:
    head = text[f.sentence_start:f.start]
    ends = [m.end() for m in _CLAUSE_END.finditer(head)]
    lead = head[ends[-1] if ends else 0:]
    return len(lead.split()) <= 4 and not _VERBISH.search(lead)


def _retraced(rule: str) -> str:
    """The trail with its category rule (if any) now `category.list`."""
    parts = rule.split("+")
    at = next((i for i, p in enumerate(parts) if p.startswith("category.")), None)
    if at is None:
        return "+".join([parts[0], RULE_ID, *parts[1:]])
    parts[at] = RULE_ID
    return "+".join(parts)
