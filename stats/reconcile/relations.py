"""Relations between one article's figures: which is a part of which, which states another again.

`relate(figures)` fills two fields of each `Figure`:
- `part_of`: the total the figure is a part of: "17 were killed, including 4 officers" (a
  marker before or after the part), or a breakdown whose parts add up to a total next to it
  ("12 died: five men, four women and three children");
- `restates`: the first figure of the article that states the same quantity of the same
  people ("three traders were shot dead ... 3 fatalities"; a toll repeated further down).

Each rule is a row of `RELATION_RULES` (its id is what `rule` trails and tally derivations
name); the cases in `tests/data/rule_cases_relations.jsonl` hold a positive and a negative for
each.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import Final

import regex

from stats.find.rule import Rule, Stage
from stats.lexicon.pattern_cache import SERIAL, compile_regex
from stats.lexicon.tallies import (
    PART_AFTER,
    PART_BEFORE,
    PART_MARKER_CATEGORIES,
    SEPARATE_EVENT,
    TALLY_CATEGORIES,
)
from stats.model import Category, Figure, Kind
from stats.reconcile import context

# Between two parts of a breakdown: the first part's noun, then a comma or "and" ("five men,
# four women and three children").
_JOINED: Final = compile_regex(r"^\s*(?:[\p{L}'’-]+\s+){0,3}?[\p{L}'’-]*\s*(?:,\s*(?:and\s+)?|and\s+)$")
# A breakdown follows its total after a colon, dash or bracket that ends what comes between
# them ("19 people on Tuesday: 11 in a market"), or, for a total of people in general, after
# just its noun and a comma ("killing 10 people, six soldiers and four civilians"; not "11
# civilians, two police officers and nine soldiers", a list).
_ANNOUNCED: Final = compile_regex(r"(?:[:(—–]|\s-)\s*(?:[\p{L}'’-]+\s+){0,3}$")
_NOUN_AND_COMMA: Final = compile_regex(r"^\s*\p{L}+(?:\s+\p{L}+)?,\s*$")
_FURTHER: Final = frozenset({"more", "others", "other", "further", "additional"})
# A clause of its own
_OWN_VERB: Final = compile_regex(r"^\S+\s+(?:were|was|are|is|have|has|had|died|fled)\b")
_RECENT: Final = 20  # earlier mentions of one quantity a figure is compared with (the latest ones)
_NEAR: Final = 2  # sentences back that a part or restatement may look for its total or first mention


_NUMBER_WORD: Final = compile_regex(
    r"\s+(?:[\d.,]+|\p{L}+teen|\p{L}+ty|one|two|three|four|five|six|seven|eight|"
    r"nine|ten|eleven|twelve|hundreds?|thousands?|dozens?)(?=\s)", regex.IGNORECASE)


def _part_by_marker_before(f: Figure) -> str:
    """ "including 4 officers"; also with the total inside the marker: "among the 19 dead
    were six children"."""
    words = context.before(f, 6)
    without_numbers = _NUMBER_WORD.sub("", f" {words}", 0, None, None, SERIAL).strip()
    return context.ends_with(words, PART_BEFORE) or context.ends_with(without_numbers, PART_BEFORE)


def _part_by_marker_after(f: Figure) -> str:
    return context.starts_with(context.after(f, 6), PART_AFTER)


RELATION_RULES: Final[tuple[Rule, ...]] = (
    Rule("part_of.including", Stage.RELATION, "including 4 officers; of whom 5 were children",
         _part_by_marker_before),
    Rule("part_of.of_them", Stage.RELATION, "four of them were officers; two of the dead",
         _part_by_marker_after),
    Rule("part_of.breakdown", Stage.RELATION, "12 died: five men, four women and three children"),
    Rule("restates.same", Stage.RELATION, "three traders were shot dead ... 3 fatalities"),
)


def relate(figures: Sequence[Figure]) -> list[Figure]:
    """The figures with `part_of` and `restates` filled, each article's on its own (in the
    order given; each article's figures in text order). Figures that carry relations
    already keep them: relating is done once, when the article is extracted."""
    if any(f.part_of or f.restates for f in figures):
        return list(figures)
    by_doc: dict[str, list[Figure]] = {}
    for f in figures:
        by_doc.setdefault(f.doc, []).append(f)
    related = {id(old): new for group in by_doc.values() for old, new in zip(group, _relate_article(group),
                                                                             strict=True)}
    return [related[id(f)] for f in figures]


def _relate_article(figures: Sequence[Figure]) -> list[Figure]:
    """One article's figures with their relations."""
    counts = [f for f in figures if _counts_people(f)]
    parts = _marked_parts(counts)
    for found in (_breakdowns(counts), _listed_after(counts)):
        parts.update({k: v for k, v in found.items() if k not in parts})
    restated = _restatements(counts)
    if not parts and not restated:
        return list(figures)
    return [_related(f, parts.get(f.figure_id), restated.get(f.figure_id)) for f in figures]


def _related(f: Figure, part: tuple[str, str] | None, restated: tuple[str, str] | None) -> Figure:
    """The figure with its relations, each rule's id added to the `rule` trail."""
    if part is None and restated is None:
        return f
    rules = [found[1] for found in (part, restated) if found is not None]
    return dataclasses.replace(f, part_of=part[0] if part else None,
                               restates=restated[0] if restated else None,
                               rule="+".join([f.rule, *rules]))


def _counts_people(f: Figure) -> bool:
    """A count the tallies add up (of people or attacks) or one that may be a part of such
    a total ("Twelve of them were children"), not a share, sum of money or rank."""
    return f.kind is Kind.COUNT and (f.category in TALLY_CATEGORIES or f.category is Category.OTHER)


def _sentence_index(figures: Sequence[Figure]) -> dict[str, int]:
    """Each figure's sentence number in the article (figures in text order)."""
    index: dict[str, int] = {}
    number, last = -1, -1
    for f in figures:
        if f.sentence_start != last:
            number, last = number + 1, f.sentence_start
        index[f.figure_id] = number
    return index


Found = dict[str, tuple[str, str]]  # figure id -> (the related figure's id, the rule's id)


def _marked_parts(counts: Sequence[Figure]) -> Found:
    """Parts named by a marker: "including 4 officers", "four of them were officers"."""
    sentence_of = _sentence_index(counts)
    parts: Found = {}
    for i, f in enumerate(counts):
        rule = next((r.id for r in RELATION_RULES[:2] if r.read is not None and r.read(f)), "")
        total = _total_before(counts[:i], f, sentence_of, parts) if rule else None
        if total is not None:
            parts[f.figure_id] = (total.figure_id, rule)
    return _listed_with_marked(counts, parts)


def _listed_with_marked(counts: Sequence[Figure], parts: Found) -> Found:
    """The marked parts and the figures listed right after one ("among them 19 children and
    11 women": the marker stands before the first only), each of the marked part's category
    (or none) and no larger than its total."""
    value = {f.figure_id: f.high for f in counts}
    for run in _runs(counts):
        first = parts.get(run[0].figure_id)
        if first is None:
            continue
        for f in run[1:]:
            if f.figure_id in parts or f.category is not run[0].category or f.value > value[first[0]] \
                    or context.after(f, 1) in _FURTHER or _OWN_VERB.match(context.after(f, 3)):
                break  # ("including 12 children, and 20 more died"; "and 5 officers were hurt")
            parts[f.figure_id] = first
    return parts


def _total_before(earlier: Sequence[Figure], part: Figure, sentence_of: dict[str, int],
                  parts: Found) -> Figure | None:
    """The nearest earlier figure (in this sentence or the two before) that can hold `part`:
    not itself a part, at least as large, the same category (any category in the same
    sentence: "killing 17, including 4 officers"). A count of another kind in the part's own
    sentence holds it when no tallied total there does ("460 cholera cases, including six
    deaths": the cases', not a toll's sentences back)."""
    here = sentence_of[part.figure_id]
    named = _marked_category(part)
    other_kind: Figure | None = None
    for g in reversed(earlier):
        if here - sentence_of[g.figure_id] > _NEAR or (other_kind and sentence_of[g.figure_id] != here):
            break
        if g.figure_id in parts or g.high < part.value:
            continue
        if g.category not in TALLY_CATEGORIES:
            if sentence_of[g.figure_id] == here and g.kind is Kind.COUNT and other_kind is None:
                other_kind = g
            continue
        if named is not None and g.category is not named:
            continue
        if g.category is part.category or sentence_of[g.figure_id] == here or part.category is Category.OTHER:
            return g
    return other_kind


def _marked_category(part: Figure) -> Category | None:
    """The category the marker itself names: "of the wounded" (injured), "among the dead"."""
    marker = _part_by_marker_before(part) or _part_by_marker_after(part)
    return next((category for word, category in PART_MARKER_CATEGORIES.items()
                 if word in marker.split()), None)



def _breakdowns(counts: Sequence[Figure]) -> Found:
    """Runs of figures listed together ("five men, four women and three children") whose
    values add up to a total of the same category in the same or a neighbouring sentence."""
    sentence_of = _sentence_index(counts)
    by_value: dict[float, list[Figure]] = {}
    for g in counts:
        by_value.setdefault(g.value, []).append(g)
    parts: Found = {}
    for run in _runs(counts):
        total = sum(f.value for f in run)
        categories = {f.category for f in run}
        ids = {f.figure_id for f in run}
        for g in by_value.get(total, ()):
            if g.figure_id in ids or g.category not in TALLY_CATEGORIES:
                continue
            if not categories <= {g.category, Category.OTHER}:
                continue
            near = abs(sentence_of[g.figure_id] - sentence_of[run[0].figure_id]) <= 1
            if near and all(_same_setting(f, g) for f in run):
                parts.update({f.figure_id: (g.figure_id, "part_of.breakdown") for f in run})
                break
    return parts


def _listed_after(counts: Sequence[Figure]) -> Found:
    """Figures after a total in its sentence, announced by a colon, dash or bracket, that add
    up to it exactly: "killed at least 19 people: 11 in a market, five near a mosque and three
    at a bus stop" (not "five soldiers and three civilians were killed, including two women",
    where 3 + 2 making 5 is chance)."""
    parts: Found = {}
    for i, total in enumerate(counts):
        if total.category not in TALLY_CATEGORIES or i + 1 >= len(counts):
            continue
        following = counts[i + 1]
        between = total.sentence[context.located(total)[1]:context.located(following)[0]]
        announced = _ANNOUNCED.search(between, None, None, SERIAL) or (
            context.is_generic(total) and _NOUN_AND_COMMA.match(between))
        if following.sentence_start != total.sentence_start or not announced:
            continue
        if not _same_setting(total, following):
            continue
        listed: list[Figure] = []
        for f in counts[i + 1:]:
            if f.sentence_start != total.sentence_start or f.figure_id in parts:
                break
            if f.category not in (total.category, Category.OTHER) or f.value_high is not None:
                break
            listed.append(f)
            if sum(g.value for g in listed) >= total.value:
                break
        if len(listed) > 1 and sum(g.value for g in listed) == total.value:
            parts.update({f.figure_id: (total.figure_id, "part_of.breakdown") for f in listed})
    return parts


def _runs(counts: Sequence[Figure]) -> list[list[Figure]]:
    """Figures of one sentence listed one after another, joined by commas or "and"."""
    runs: list[list[Figure]] = []
    current: list[Figure] = []
    for f in counts:
        if current and _joined(current[-1], f):
            current.append(f)
            continue
        if len(current) > 1:
            runs.append(current)
        current = [f]
    if len(current) > 1:
        runs.append(current)
    return runs


def _joined(a: Figure, b: Figure) -> bool:
    if a.sentence_start != b.sentence_start or a.value_high is not None or b.value_high is not None:
        return False
    between = a.sentence[context.located(a)[1]:context.located(b)[0]]
    return bool(_JOINED.match(between, None, None, SERIAL))


def _restatements(counts: Sequence[Figure]) -> Found:
    """Each figure that states an earlier one again: the same category, value (and high end)
    and unit, of the same people or of people in general, with no "separate attack" between.
    A figure is compared with the latest `_RECENT` first mentions of its quantity, so a long
    list of "1 killed" in many places stays linear (an older first mention is not found)."""
    restated: Found = {}
    stated: dict[tuple[object, ...], list[Figure]] = {}  # earlier figures by what they state
    for f in counts:
        if f.category not in TALLY_CATEGORIES:
            continue
        key = (f.category, f.value, f.value_high, f.unit)
        earlier = stated.setdefault(key, [])
        if not (context.is_new_group(f) or context.has_phrase(context.clause_before(f), SEPARATE_EVENT)):
            for g in earlier[-_RECENT:]:
                if _same_quantity(f, g) and _same_people(f, g) and _same_setting(f, g):
                    first = restated.get(g.figure_id, (g.figure_id, ""))[0]
                    restated[f.figure_id] = (first, "restates.same")
                    break
        if f.figure_id not in restated:
            earlier.append(f)  # (a restatement is reached through its first mention)
    return restated


def _same_quantity(f: Figure, g: Figure) -> bool:
    return (f.category is g.category and f.category in TALLY_CATEGORIES and f.value == g.value
            and f.value_high == g.value_high and f.unit == g.unit)


def _same_setting(f: Figure, g: Figure) -> bool:
    """Whether two figures may hold for one place and time: no two different places or
    periods named ("two killed in Kano on Monday", "two killed in Kaduna on Tuesday")."""
    return context.one_or_within(f.place, g.place) and context.one_or_within(f.period, g.period)


def _same_people(f: Figure, g: Figure) -> bool:
    """Whether two figures can count the same people: the same head noun, or one of them
    people in general; two figures of one sentence only when one is people in general."""
    if f.sentence_start == g.sentence_start and not (context.is_generic(f) or context.is_generic(g)):
        return False
    return context.head(f) == context.head(g) or context.is_generic(f) or context.is_generic(g)
