"""The groups of people an article's added figures count, and the claims of each.

Each added figure (not a part, a restatement or left out) is read in text order, and the
first rule of `GROUPING_RULES` that applies decides where it goes:

- `tally.update`: a revised toll ("rose to 9") replaces every group before it;
- `tally.separate`: a figure of a separate incident ("in a separate attack", "four more",
  "were also killed") is a further group;
- `tally.total`: people in general, from a voice already heard, at least the sum of the
  groups so far: their total ("3 soldiers and 4 civilians ... 7 people in all");
- `tally.within`: a group that fits in a general total before it ("17 people ... four
  policemen died");
- `tally.contested`: another claim of a group with the same noun, or of the whole from
  another source ("police said 5 died; residents said 12");
- `tally.new_group`: otherwise a further group, whose people add up with the others.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from stats.find.rule import Rule, Stage
from stats.lexicon.tallies import SEPARATE_EVENT, TOTAL_WORDS, UPDATE_BEFORE
from stats.model import Figure
from stats.reconcile import context
from stats.reconcile.naming import Trail, named


def _is_update(f: Figure) -> bool:
    return bool(context.ends_with(context.before(f, 6), UPDATE_BEFORE))


def _is_separate(f: Figure) -> bool:
    return context.is_new_group(f) or bool(context.has_phrase(context.clause(f), SEPARATE_EVENT))


GROUPING_RULES: tuple[Rule, ...] = (
    Rule("tally.update", Stage.TALLY, "the toll rose to 9", _is_update),
    Rule("tally.separate", Stage.TALLY, "in a separate attack, two police officers were killed",
         _is_separate),
    Rule("tally.total", Stage.TALLY, "3 soldiers and 4 civilians ... 7 people in all"),
    Rule("tally.within", Stage.TALLY, "17 people were killed ... four policemen died"),
    Rule("tally.contested", Stage.TALLY, "police said 5 died; residents said 12"),
    Rule("tally.new_group", Stage.TALLY, "three soldiers and four civilians were killed"),
)


@dataclass
class Group:
    """One group of people an article counts, with every claim of its number."""

    head: str
    generic: bool
    claims: list[Figure] = field(default_factory=list)
    within: list[Figure] = field(default_factory=list)  # specific groups inside a general total

    def preferred(self) -> Figure:
        """The claim a journalist would headline: the article's own voice, else the first."""
        return next((c for c in self.claims if c.said_by is None), self.claims[0])


@dataclass
class Reading:
    """The groups an article's added figures count, and claims of the whole that disagree with
    their sum (another source's toll of the whole event)."""

    groups: list[Group] = field(default_factory=list)
    alternatives: list[Figure] = field(default_factory=list)


def grouped(roots: Sequence[Figure], trail: Trail) -> Reading:
    """The groups of people the added figures count (see the module's description)."""
    reading = Reading()
    for f in roots:
        if reading.groups and _is_update(f):
            for c in [c for g in reading.groups for c in g.claims] + reading.alternatives:
                trail.note("tally.update", f"{named(c)} revised by {named(f)}")
            reading = Reading([_group(f)])
        elif not reading.groups or _is_separate(f) or _elsewhere(f, reading.groups) or _listed(f, reading):
            if reading.groups:
                trail.note("tally.separate", "")
            reading.groups.append(_group(f))
        elif context.is_generic(f):
            _add_general(reading, f, trail)
        else:
            _add_specific(reading, f, trail)
    return reading


def _elsewhere(f: Figure, groups: Sequence[Group]) -> bool:
    """Whether the figure names a place none of the groups so far is at ("five killed in Gao
    and three in Kidal": two groups)."""
    places = {c.place for g in groups for c in g.claims if c.place}
    return bool(f.place and places) and not any(context.one_or_within(f.place, p) for p in places)


def _listed(f: Figure, reading: Reading) -> bool:
    """Whether the figure of people in general is listed after another group of its sentence
    ("killed 4 policemen and 10 people": 14), not a total of it, which says so ("in all")."""
    last = reading.groups[-1].claims[-1]
    if not context.is_generic(f) or last.sentence_start != f.sentence_start:
        return False
    return not context.has_phrase(context.clause(f), TOTAL_WORDS) and context.before(f, 2).endswith("and")


def _group(f: Figure) -> Group:
    return Group(context.head(f), context.is_generic(f), [f])


def _add_general(reading: Reading, f: Figure, trail: Trail) -> None:
    """People in general: a total over the groups so far (same voice, at least their sum),
    else another claim of the one group or of the whole."""
    groups = reading.groups
    voices = {c.said_by for g in groups for c in g.claims}
    so_far = sum(g.preferred().value for g in groups)
    one_general = len(groups) == 1 and groups[0].generic
    says_total = f.said_by in voices or bool(context.has_phrase(context.clause(f), TOTAL_WORDS))
    if says_total and f.value >= so_far and not one_general:
        for c in [c for g in groups for c in g.claims]:
            trail.note("tally.total", f"{named(c)} within {named(f)}")
        reading.groups = [Group(context.head(f), True, [f], [c for g in groups for c in g.claims])]
    elif len(groups) == 1:
        groups[0].claims.append(f)
        trail.note("tally.contested", f"{named(f)} is another claim of {named(groups[0].claims[0])}")
    else:
        reading.alternatives.append(f)
        trail.note("tally.contested", f"{named(f)} is another claim of the whole")


def _add_specific(reading: Reading, f: Figure, trail: Trail) -> None:
    """One group: another claim of a group with the same noun, a part of a general total it
    fits in, another source's claim of that total, or a further group."""
    head, groups = context.head(f), reading.groups
    same = next((g for g in groups if not g.generic and g.head == head), None)
    if same is not None:
        same.claims.append(f)
        trail.note("tally.contested", f"{named(f)} is another claim of {named(same.claims[0])}")
        return
    total = next((g for g in groups if g.generic and len(g.claims) == 1), None)
    fits = total is not None and sum(c.value for c in total.within) + f.value <= total.claims[0].value
    if total is not None and fits and total.claims[0].sentence_start != f.sentence_start:
        total.within.append(f)
        trail.note("tally.within", f"{named(f)} within {named(total.claims[0])}")
        return
    if total is not None and len(groups) == 1 and f.said_by not in {None, total.claims[0].said_by}:
        reading.alternatives.append(f)
        trail.note("tally.contested", f"{named(f)} is another source's claim of the whole")
        return
    trail.note("tally.new_group", "")
    groups.append(Group(head, False, [f]))
