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
import math
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from rapidfuzz import fuzz

from stats.lexicon.claims import EVENT_GROUPS, SUBSETS
from stats.lexicon.pattern_cache import compile_regex
from stats.model import CASUALTY_CATEGORIES, Claim, Document, Figure
from stats.reconcile.baselines import updated
from stats.reconcile.claim_events import events, names_in, unpacked_names
from stats.reconcile.claim_keys import ContextWeights, Keys, earlier_year, keys, same_group, values_agree
from stats.reconcile.claim_status import claim_row
from stats.reconcile.relative_periods import dated_keys
from stats.reconcile.telling import shared_telling
from stats.reconcile.victims import civilians_as_victims

_PLACE_MATCH = 90  # rapidfuzz partial ratio at which two place names are one place
_CONTEXT = 0.3  # weighted share of context words in common that ties two figures
# Figures named in passing (asides: other events', other times') this many times apart are
# two quantities, not one claim disputed ("killing 91" in the market three days before, "more
# than 35,000 killed since 2009"). (A toll of the event reported may grow a hundredfold.)
_APART = 50
_WINDOW = 30  # in a block too big to compare whole, each figure meets the next this many


class Cells(NamedTuple):
    """A figure's two claim cells in the figures files."""

    claim: str
    claim_conflict: bool


def claims(figures: Iterable[Figure], documents: Sequence[Document] = ()) -> tuple[list[Figure], list[Claim]]:
    """The figures with `claim` and `claim_conflict` set (in the order given), and the claims.

    >>> from stats import extract
    >>> a = extract("Nine UN peacekeepers were killed in Kidal on Friday.", doc="a")
    >>> b = extract("Nine blue helmets died in an attack in Kidal, the mission said.", doc="b")
    >>> figures, found = claims(a + b)
    >>> figures[0].claim == figures[1].claim, found[0].status, found[0].articles
    (True, 'corroborated', ('a', 'b'))
    """
    given = list(figures)
    cells, rows = claim_cells(given, [keys(f) for f in given], documents)
    return [dataclasses.replace(f, claim=c.claim, claim_conflict=c.claim_conflict)
            for f, c in zip(given, cells, strict=True)], rows


def claim_cells(figures: Sequence[Figure], keyed: list[Keys], documents: Sequence[Document] = ()
                ) -> tuple[list[Cells], list[Claim]]:
    """Each figure's claim cells (in the order given) and the claims, from the figures and
    their keys (`keyed[i]` is `keys(figures[i])`, made where the figure was found: a run's
    workers make them, so the figures here need no sentence). `keyed` is emptied as the
    claims are made: a claim of one figure needs its keys no more (memory)."""
    order = sorted(range(len(figures)), key=lambda i: (figures[i].doc, figures[i].start, figures[i].end))
    ordered = [figures[i] for i in order]  # text order: the same claims whatever order they come in
    sorted_keys = [keyed[i] for i in order]
    keyed.clear()
    members = _clustered(ordered, sorted_keys, documents)
    shared = {i: sorted_keys[i] for group in members if len(group) > 1 for i in group}
    del sorted_keys  # (a claim of one figure needs none: memory goes back before the rows are made)
    by_doc = {d.doc: d for d in documents}
    cells: list[Cells | None] = [None] * len(figures)
    rows: list[Claim] = []
    for group in members:
        claim_id = _claim_id(ordered[i] for i in group)
        row = claim_row(claim_id, [ordered[i] for i in group], [shared[i] for i in group if i in shared],
                        by_doc)
        rows.append(row)
        conflict = row.status in ("conflict", "updated")
        for i in group:
            cells[order[i]] = Cells(claim_id, conflict)
    rows.sort(key=lambda c: (c.articles, c.figures))
    return [c for c in cells if c is not None], rows


def _clustered(figures: Sequence[Figure], keyed: Sequence[Keys], documents: Sequence[Document]
               ) -> list[list[int]]:
    """The claims, as lists of figure indexes (see `claims`)."""
    dates = {d.doc: d.published for d in documents if d.published}
    keyed = [dated_keys(f, k, dates.get(f.doc, "")) for f, k in zip(figures, keyed, strict=True)]
    texts = {d.doc: unpacked_names(d.names) if d.names else names_in(d.text)  # (a run keeps the names only)
             for d in documents if d.text or d.names}  # (titles: Title Case is no name)
    event = events(figures, keyed, texts, dates)
    keyed = civilians_as_victims(figures, keyed, event)
    clusters = _Clusters(figures, keyed)
    weights = ContextWeights(keyed)
    for i, j in _matches(figures, keyed, weights, event, dates, clusters):
        clusters.join(i, j)
    members: dict[int, list[int]] = defaultdict(list)
    for i in range(len(figures)):
        members[clusters.find(i)].append(i)
    return list(members.values())


def _claim_id(members: Iterable[Figure]) -> str:
    """A stable id from the claim's members: the same figures always give the same id."""
    joined = "\n".join(sorted(f"{f.doc}\x00{f.figure_id}" for f in members))
    return "c" + hashlib.sha1(joined.encode()).hexdigest()[:12]


def _matches(figures: Sequence[Figure], keyed: Sequence[Keys], weights: ContextWeights,
             event: dict[str, int], dates: dict[str, str], clusters: _Clusters
             ) -> Iterable[tuple[int, int]]:
    """Pairs of figures (by index) that state one claim, as they are joined: a pair in one
    claim already is not compared (joining it would change nothing)."""
    index = {(f.doc, f.figure_id): i for i, f in enumerate(figures)}
    for i, f in enumerate(figures):
        j = index.get((f.doc, f.restates or ""))
        if j is not None and keyed[i].increment == keyed[j].increment:  # ("15 more" restates no toll)
            yield i, j
    for block in _blocks(figures, keyed, event, dates).values():
        found = [(_evidence(keyed[i], keyed[j], weights), i, j) for i, j in _neighbours(block, figures)
                 if _same_claim(figures[i], figures[j], keyed[i], keyed[j], weights)]
        found.sort()
        for _, i, j in found:
            if clusters.find(i) != clusters.find(j):
                yield i, j


def _evidence(a: Keys, b: Keys, weights: ContextWeights) -> tuple[bool, float]:
    """How strongly a pair is one claim, as a sort key (the strongest first): values that
    agree before values that differ, then the closer contexts. Joining is greedy and each
    voice of an article gives a claim one number, so the pair joined first decides where a
    figure goes: "58 seats" in two reports should meet before either meets the "61" needed
    for a majority."""
    return not values_agree(a, b), -weights.similarity(a, b)


def _blocks(figures: Sequence[Figure], keyed: Sequence[Keys], event: dict[str, int],
            dates: dict[str, str]) -> dict[tuple[object, ...], list[int]]:
    """Figures that may state one claim: of one event (`claim_events`), category and kind
    (and, for spans and measures, about the same value). A figure dated only to years before
    its report's ("died in the Rana Plaza collapse in 2013") is another event's, an aside."""
    blocks: dict[tuple[object, ...], list[int]] = defaultdict(list)
    for i, (f, k) in enumerate(zip(figures, keyed, strict=True)):
        if not math.isfinite(k.value):
            continue  # a value that is no number: a claim of its own
        bucket = round(k.value, 1) if k.spans_value else None
        whole = _WHOLE_YEAR.fullmatch(f.period or "") is not None
        kind = f"aside:{k.kind}" if earlier_year(k.period, dates.get(f.doc, ""), whole) else k.kind
        blocks[(event[f.doc], f.category, kind, bucket)].append(i)
    return blocks


# A period that is a whole year, half or quarter: "in 2025", "last year", "in the first half of
# 2025" (a statistic's; not "in late 2025", a time of the event).
_WHOLE_YEAR = compile_regex(
    r"(?i:(?:(?:in|during|for|throughout|over)\s+)?(?:the\s+(?:year|(?:first|second)\s+half"
    r"|(?:first|second|third|fourth|final|last)\s+quarter)\s+(?:of\s+)?)?(?:19|20)\d\d"
    r"|(?:(?:in|during|over)\s+)?(?:the\s+)?(?:last|past|previous)\s+year)")


def _neighbours(members: list[int], figures: Sequence[Figure]) -> Iterable[tuple[int, int]]:
    """The pairs of a block worth comparing: all of them in a small block; in a big one, each
    figure with its `_WINDOW` next in order of period, place and article (a sorted
    neighbourhood)."""
    if len(members) <= 2 * _WINDOW:
        yield from itertools.combinations(members, 2)
        return
    ordered = _ordered(members, figures)
    for a, i in enumerate(ordered):
        for j in ordered[a + 1:a + 1 + _WINDOW]:
            yield i, j


def _ordered(members: Iterable[int], figures: Sequence[Figure]) -> list[int]:
    return sorted(members, key=lambda i: ((figures[i].period or "").lower(), (figures[i].place or "").lower(),
                                          figures[i].doc, figures[i].start))


def _same_claim(f: Figure, g: Figure, a: Keys, b: Keys, weights: ContextWeights) -> bool:
    """Whether two figures of one event, category and kind state one claim (the constraints
    every pair of a claim must meet are checked when clusters join: see `_Clusters`)."""
    if f.doc == g.doc and (f.part_of == g.figure_id or g.part_of == f.figure_id or f.part_of != g.part_of):
        return False
    if a.increment != b.increment:
        return False  # "15 more bodies", "three others": a further group, no report of the total
    if bool(f.part_of) != bool(g.part_of) and (b if f.part_of else a).group not in SUBSETS:
        return False  # a part ("460 cholera cases, including six deaths") states no total of people
    if _earlier_report_of(f, g, a, b) or _earlier_report_of(g, f, b, a):
        return True  # "1,012 passengers, against the 900 first estimated": the text says so
    agree = values_agree(a, b)
    if not agree and _two_quantities(f, g, a, b):
        return False
    if a.value == b.value and shared_telling(f, g) and _one_group(a, b):
        return True  # "4.3 percent" of one budget in two reports: one figure, whatever the words

    def similar() -> bool:  # (asked only where it decides: it is the costliest test)
        return (agree and a.period == b.period != "") or weights.similarity(a, b) >= _CONTEXT

    if a.spans_value:  # a span: the same value, and the same thing measured
        if not agree or (a.group and b.group and a.group != b.group):
            return False
        return bool(a.group and a.group == b.group) or _same_place(f.place, g.place) is True or similar()
    if not same_group(a.group, b.group):
        return agree and similar()  # "inflation" and "it": the words must say it
    one_crowd = a.group in EVENT_GROUPS and a.group == b.group  # ("25,000 marched", "150,000 took part")
    if f.category not in CASUALTY_CATEGORIES and not one_crowd:  # cities taken, attacks, money: more
        return (agree and a.group == b.group not in ("", "people")) or similar()
    return True


def _one_group(a: Keys, b: Keys) -> bool:
    """Whether two figures with one telling value may count one thing: one group (or one
    named and one not), or a share whatever its words ("4.3 percent of GDP", "4.3% of gross
    domestic product"); never "37 houses" and "37 schools", nor a subset and another group."""
    if _two_groups(a, b):
        return False
    return same_group(a.group, b.group) or a.kind.split(":")[-1] == "share"


def _two_groups(a: Keys, b: Keys) -> bool:
    """Whether two figures name two groups for sure: a subset of people and another group
    ("children", "women", "people"), or two things a span measures ("a 20-year war", "20
    years since the ouster")."""
    if a.group == b.group:
        return False
    return a.group in SUBSETS or b.group in SUBSETS or bool(a.spans_value and a.group and b.group)


def _earlier_report_of(f: Figure, g: Figure, a: Keys, b: Keys) -> bool:
    """Whether `g` is `f` as an earlier report gave it, later in the same sentence ("rose to
    28, up from 15 reported earlier")."""
    return (b.earlier and f.doc == g.doc and f.sentence_start == g.sentence_start and f.start < g.start
            and same_group(a.group, b.group))


def _two_quantities(f: Figure, g: Figure, a: Keys, b: Keys) -> bool:
    """Different numbers that are two quantities, not two claims of one: one voice giving
    two numbers in one article ("600 troops ... 3,000 more"), two figures named in passing
    `_APART` times apart, or numbers of two places ("5 killed in Gao", "3 in Kidal")."""
    # ("up from 15 reported earlier"; "Tyrol police now say three" after their "Two": an update)
    one_voice = f.said_by == g.said_by and not (a.earlier or b.earlier or updated(f) or updated(g))
    if f.doc == g.doc and (one_voice or a.new_group or b.new_group):
        return True
    below, above = sorted((a, b), key=lambda k: k.high)  # (a range by its high end: "between 4 and 250")
    aside = a.kind.startswith("aside:") or b.kind.startswith("aside:")
    if aside and 0 < below.high * _APART < above.value:
        return True  # asides: "killing 91" three days before, "35,000 killed since 2009"
    return _same_place(f.place, g.place) is False


def _same_place(p: str | None, q: str | None) -> bool | None:
    """True for one place (one name inside the other, "Ndola" and "the Ndola bus station"),
    False for two, None when either is not named."""
    if not p or not q:
        return None
    return fuzz.partial_ratio(p.lower(), q.lower()) >= _PLACE_MATCH


class _Clusters:
    """Figures joined into claims (union-find), keeping for each claim what every pair of its
    figures must agree on: one bounded period (a month or year named, or a running total),
    no two nationalities ("Afghan" and "US" troops never join), and one number from each
    voice of each article (a second number of one voice is another quantity). What a claim
    of one figure holds is read off the figure when asked, so memory grows with the claims
    that join, not with every figure."""

    def __init__(self, figures: Sequence[Figure], keyed: Sequence[Keys]) -> None:
        self.figures, self.keyed = figures, keyed
        self.parent = list(range(len(figures)))
        self.joined: dict[int, _Held] = {}

    def find(self, i: int) -> int:
        """The claim figure `i` is in (its root)."""
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def join(self, i: int, j: int) -> None:
        """Put two figures in one claim, unless their claims disagree on what a claim is."""
        a, b = self.find(i), self.find(j)
        if a == b:
            return
        mine, theirs = self._held(a), self._held(b)
        if not mine.compatible(theirs):
            return
        keep, gone = min(a, b), max(a, b)
        self.parent[gone] = keep
        if len(theirs.voices) > len(mine.voices):
            mine, theirs = theirs, mine  # (the smaller goes into the bigger: the same union, sooner)
        mine.absorb(theirs)
        self.joined[keep] = mine
        self.joined.pop(gone, None)

    def _held(self, root: int) -> _Held:
        held = self.joined.get(root)
        if held is None:
            f, k = self.figures[root], self.keyed[root]
            held = _Held({k.period} - {""}, {k.modifiers} if k.modifiers else set(),
                         # (an earlier report, an update: a voice of its own)
                         {(f.doc, f.said_by, k.earlier or updated(f)): {round(k.value, 6)}},
                         {round(f.whole, 6)} if f.whole else set())
        return held


@dataclass
class _Held:
    """What every figure of a claim must agree with (see `_Clusters`)."""

    periods: set[str]
    nationalities: set[frozenset[str]]
    voices: dict[tuple[str, str | None, bool], set[float]]
    wholes: set[float]  # the wholes its parts are of ("786 of the 1,412": 1,412), no value of it

    def compatible(self, other: _Held) -> bool:
        periods = self.periods | other.periods
        if any(not (set(a.split()) <= set(b.split()) or set(b.split()) <= set(a.split()))
               for a, b in itertools.combinations(sorted(periods), 2)):
            return False  # "march" and "march 2025" are one; "june" and "recent weeks" two
        if (self.wholes and self.wholes & other.values()) or (other.wholes and other.wholes & self.values()):
            return False  # "786 of the 1,412 detainees" and "1,412 detainees": a part and its whole
        ours, theirs = sorted((self.voices, other.voices), key=len)  # (the smaller is looked up)
        if any(voice in theirs and theirs[voice] != values for voice, values in ours.items()):
            return False  # one voice of one article would give the claim two numbers
        return all(m & n for m in self.nationalities for n in other.nationalities)

    def values(self) -> set[float]:
        """Every value the claim's voices give."""
        return set().union(*self.voices.values())

    def absorb(self, other: _Held) -> None:
        self.wholes |= other.wholes
        self.periods |= other.periods
        self.nationalities |= other.nationalities
        for voice, values in other.voices.items():
            self.voices.setdefault(voice, set()).update(values)
