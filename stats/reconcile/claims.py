"""Claims across articles: the same quantity of the same thing, clustered with every figure
that states it, and whether those figures agree.

`claims(figures, documents)` gives each figure its `claim` (a stable id derived from the
claim's members) and `claim_conflict`, and one `Claim` row per claim. Two figures state one
claim (gold/CLAIMS.md) when they count the same group in the same category, kind, place
and event or period; values do not decide (a toll given as 84 and as "dozens" is one claim
in conflict), except for durations, distances and measures, where a different value is a
different span. Matching is blocked by category, kind and group, so the work grows with the
size of each block, not with the square of the corpus; places are compared with rapidfuzz.
"""

from __future__ import annotations

import dataclasses
import hashlib
import itertools
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence

from rapidfuzz import fuzz

from stats.model import Claim, Document, Figure
from stats.reconcile.claim_keys import ContextWeights, Keys, keys, values_agree
from stats.reconcile.claim_status import claim_row
from stats.reconcile.context import is_new_group

_PLACE_MATCH = 90  # rapidfuzz partial ratio at which two place names are one place
_CONTEXT = 0.3  # weighted share of context words in common that ties two figures
_WINDOW = 30  # in a block too big to compare whole, each figure meets the next this many


def claims(figures: Iterable[Figure], documents: Sequence[Document] = ()) -> tuple[list[Figure], list[Claim]]:
    """The figures with `claim` and `claim_conflict` set (in the order given), and the claims.

    >>> from stats import extract
    >>> a = extract("Nine UN peacekeepers were killed in Kidal on Friday.", doc="a")
    >>> b = extract("Nine blue helmets died in an attack in Kidal, the mission said.", doc="b")
    >>> figures, found = claims(a + b)
    >>> figures[0].claim == figures[1].claim, found[0].status, found[0].articles
    (True, 'corroborated', ('a', 'b'))
    """
    figures = list(figures)
    keyed = [keys(f) for f in figures]
    clusters = _Clusters(figures, keyed)
    weights = ContextWeights(keyed)
    for i, j in _matches(figures, keyed, weights):
        clusters.join(i, j)
    members: dict[int, list[int]] = defaultdict(list)
    for i in range(len(figures)):
        members[clusters.find(i)].append(i)
    by_doc = {d.doc: d for d in documents}
    assigned: list[Figure] = list(figures)
    rows: list[Claim] = []
    for group in members.values():
        claim_id = _claim_id(figures[i] for i in group)
        row = claim_row(claim_id, [figures[i] for i in group], [keyed[i] for i in group], by_doc)
        rows.append(row)
        for i in group:
            assigned[i] = dataclasses.replace(figures[i], claim=claim_id, claim_conflict=row.status in
                                              ("conflict", "updated"))
    rows.sort(key=lambda c: (c.articles, c.figures))
    return assigned, rows


def _claim_id(members: Iterable[Figure]) -> str:
    """A stable id from the claim's members: the same figures always give the same id."""
    joined = "\n".join(sorted(f"{f.doc}\x00{f.figure_id}" for f in members))
    return "c" + hashlib.sha1(joined.encode()).hexdigest()[:12]


def _matches(figures: Sequence[Figure], keyed: Sequence[Keys], weights: ContextWeights
             ) -> Iterable[tuple[int, int]]:
    """Pairs of figures (by index) that state one claim."""
    index = {(f.doc, f.figure_id): i for i, f in enumerate(figures)}
    for i, f in enumerate(figures):
        j = index.get((f.doc, f.restates or ""))
        if j is not None:
            yield i, j
    scenes = _scenes(figures)
    for block in _blocks(figures, keyed).values():
        for i, j in _pairs(block, figures, scenes):
            if _same_claim(figures[i], figures[j], keyed[i], keyed[j], weights):
                yield i, j


def _blocks(figures: Sequence[Figure], keyed: Sequence[Keys]) -> dict[tuple[object, ...], list[int]]:
    """Figures that may state one claim: the same category, kind and group (and, for spans
    and measures, about the same value)."""
    blocks: dict[tuple[object, ...], list[int]] = defaultdict(list)
    for i, (f, k) in enumerate(zip(figures, keyed, strict=True)):
        bucket = round(k.value, 1) if k.spans_value else None
        blocks[(f.category, k.kind, k.group, bucket)].append(i)
    return blocks


def _pairs(block: list[int], figures: Sequence[Figure], scenes: dict[str, str]) -> Iterable[tuple[int, int]]:
    """The pairs of a block worth comparing: all of them in a small block; in a big one,
    those of one place (the figure's own, else the place its article names most, as one
    place is a condition of a claim), and each figure with no place with its neighbours in
    order of period and article (a sorted neighbourhood)."""
    if len(block) <= 2 * _WINDOW:
        yield from itertools.combinations(block, 2)
        return
    by_place: dict[str, list[int]] = defaultdict(list)
    for i in block:
        by_place[_place_key(figures[i].place or scenes.get(figures[i].doc))].append(i)
    for place, members in by_place.items():
        yield from _neighbours(members, figures) if place else ()
    unplaced = set(by_place.get("", ()))
    if unplaced:
        ordered = _ordered(block, figures)
        for a, i in enumerate(ordered):
            for j in ordered[a + 1:a + 1 + _WINDOW]:
                if i in unplaced or j in unplaced:
                    yield i, j


def _neighbours(members: list[int], figures: Sequence[Figure]) -> Iterable[tuple[int, int]]:
    """All pairs of a small set; each member with the next `_WINDOW` of a big one."""
    if len(members) <= 2 * _WINDOW:
        yield from itertools.combinations(members, 2)
        return
    ordered = _ordered(members, figures)
    for a, i in enumerate(ordered):
        for j in ordered[a + 1:a + 1 + _WINDOW]:
            yield i, j


def _ordered(members: Iterable[int], figures: Sequence[Figure]) -> list[int]:
    return sorted(members, key=lambda i: ((figures[i].period or "").lower(), figures[i].doc,
                                          figures[i].start))


def _scenes(figures: Sequence[Figure]) -> dict[str, str]:
    """Each article's most named place among its figures' places."""
    named: dict[str, Counter[str]] = defaultdict(Counter)
    for f in figures:
        if f.place:
            named[f.doc][f.place] += 1
    return {doc: counts.most_common(1)[0][0] for doc, counts in named.items()}


def _place_key(place: str | None) -> str:
    """A block key for a place: its first capitalised word, lower case, so that "the Ndola
    bus station" and "Ndola" share one ("ndola")."""
    if not place:
        return ""
    capitalised = [w for w in place.replace("’s", "").replace("'s", "").split() if w[:1].isupper()]
    return (capitalised[0] if capitalised else place.split()[-1]).lower()


def _same_claim(f: Figure, g: Figure, a: Keys, b: Keys, weights: ContextWeights) -> bool:
    """Whether two figures of one block state one claim (the constraints every pair of a
    claim must meet are checked when clusters join: see `_Clusters`)."""
    if f.doc == g.doc and (f.part_of == g.figure_id or g.part_of == f.figure_id or f.part_of != g.part_of):
        return False
    agree = values_agree(a, b)
    if f.doc == g.doc and not agree and (f.said_by == g.said_by or is_new_group(f) or is_new_group(g)):
        return False  # one voice giving two numbers of a group, or "3,000 more": two groups
    if a.spans_value:
        return agree and (bool(a.group) or _same_place(f.place, g.place) is True
                          or weights.similarity(a, b) >= _CONTEXT)
    if f.doc == g.doc or _same_place(f.place, g.place) is True:
        return True
    if a.names and b.names and not a.names & b.names:
        return False  # "in Goma" and "on Lake Kivu": two events
    similarity = weights.similarity(a, b)
    return bool(a.names & b.names) or similarity >= _CONTEXT or (agree and similarity >= _CONTEXT / 2)


def _same_place(p: str | None, q: str | None) -> bool | None:
    """True for one place (one name inside the other, "Ndola" and "the Ndola bus station"),
    False for two, None when either is not named."""
    if not p or not q:
        return None
    return fuzz.partial_ratio(p.lower(), q.lower()) >= _PLACE_MATCH


class _Clusters:
    """Figures joined into claims (union-find), keeping for each claim what every pair of its
    figures must agree on: one period, groups told apart by no modifier ("Afghan" and "US"
    troops never join), one place."""

    def __init__(self, figures: Sequence[Figure], keyed: Sequence[Keys]) -> None:
        self.parent = list(range(len(figures)))
        self.periods = [{k.period} - {""} for k in keyed]
        self.modifiers = [[k.modifiers] if k.modifiers else [] for k in keyed]
        # A span or measure (a war's length) holds wherever its sentence is set: no place.
        self.places = [{f.place} if f.place and not k.spans_value else set()
                       for f, k in zip(figures, keyed, strict=True)]

    def find(self, i: int) -> int:
        """The claim figure `i` is in (its root)."""
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def join(self, i: int, j: int) -> None:
        """Put two figures in one claim, unless their claims disagree on what a claim is."""
        a, b = self.find(i), self.find(j)
        if a == b or not self._compatible(a, b):
            return
        keep, gone = min(a, b), max(a, b)
        self.parent[gone] = keep
        self.periods[keep] |= self.periods[gone]
        self.modifiers[keep] += self.modifiers[gone]
        self.places[keep] |= self.places[gone]

    def _compatible(self, a: int, b: int) -> bool:
        if len(self.periods[a] | self.periods[b]) > 1:
            return False
        if any(not (m & n) for m in self.modifiers[a] for n in self.modifiers[b]):
            return False
        return all(_same_place(p, q) for p in self.places[a] for q in self.places[b])
