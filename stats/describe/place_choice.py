"""Which of a sentence's places a figure is about, and what "the city" points to.

`place.mentions_in` finds the places; this module picks one for a figure: inside its span,
else the first after it in its clause, else the nearest before it, with the exceptions the
guide makes (possessives only next to the figure, descriptions set off by commas, a
duration's event).
"""

from __future__ import annotations

import regex

from stats.describe.clauses import clause_end_after, clause_start_before
from stats.describe.place import POSSESSIVE, Mention
from stats.lexicon import places


def resolve(mention: Mention, earlier: list[Mention]) -> str | None:
    """The name a definite description points to: the last place named before it, without
    its generic word ("around the city" after "Around Herat Province" -> "Herat")."""
    named = [m for m in earlier if not m.anaphor]
    if not named:
        return None
    last = named[-1].text
    parts = last.split()
    if mention.text.startswith("the ") and len(parts) > 1 and parts[-1].lower() in places.PLACE_GENERICS:
        return " ".join(parts[:-1])
    return last


def choose(
    mentions: list[Mention],
    start: int,
    end: int,
    sentence: str,
    kind: str = "count",
    bare: list[Mention] | None = None,
) -> Mention | None:
    """The place a figure at [start, end) is about: one inside its span ("150 of
    Afghanistan's 400"), else the first after it in its clause (in the sentence, for a
    distance), else the nearest before it in its clause chain. A possessive counts only
    next to the figure, and a description before it only close by. A duration takes the
    place of the event it times: a possessive after it, or a known place named bare before
    it in its clause ("isolate Kabul in 30 days")."""
    mentions = [m for m in mentions if not m.aside]
    inside = [m for m in mentions if start <= m.start and m.end <= end]
    if inside:
        return inside[0]
    clause_end = len(sentence) if kind == "distance" else clause_end_after(sentence, end)
    after = [
        m
        for m in mentions
        if end <= m.start < clause_end and (m.rule is not POSSESSIVE or kind == "duration")
    ]
    if after and after[0].text != "there":
        return after[0]
    floor = clause_start_before(sentence, start)
    before = [
        m
        for m in mentions
        if not _in_description(sentence, m, start, mentions)
        if floor <= m.start
        and m.end <= start
        and (
            (m.rule is not POSSESSIVE and not m.anaphor)
            or _next_to(sentence, m.end, start)
            or (m.anaphor and _opens(sentence, m.start))
        )
    ]
    if kind == "duration" and bare:
        clause = max(sentence.rfind(",", floor, start), floor)
        before += [m for m in bare if clause <= m.start and m.end <= start and _object(sentence, m.start)]
        before.sort(key=lambda m: m.start)
    if before:
        return before[-1]
    # "They freed 100 prisoners there." with no place before it: resolved from earlier sentences
    return after[0] if after and after[0].text.lower() == "there" else None


def _in_description(sentence: str, mention: Mention, figure: int, mentions: list[Mention]) -> bool:
    """A place inside a description set off by commas before the figure ("In Baidoa, the
    largest town in Bay, teams registered 12,000 families"): the place described is nearer
    to the figure's meaning than the one that holds it."""
    comma = sentence.rfind(",", max(0, mention.start - 200), mention.start)
    if comma < 0 or not _DESCRIPTION.match(sentence, comma):
        return False
    if not any(0 <= comma - m.end <= 1 for m in mentions):
        return False  # the description must follow the place it describes
    closing = sentence.find(",", mention.end)
    return 0 <= closing < figure


_DESCRIPTION = regex.compile(r",\s+(?:a|an|the)\s")


_VERB_BEFORE = regex.compile(r"\b(\p{Ll}+)\s+$")


_NOT_VERBS = frozenset(
    {"the", "that", "and", "or", "but", "as", "while", "when", "which", "who", "of", "a", "an"}
)


def _object(sentence: str, start: int) -> bool:
    """A name right after a lower-case verb ("isolate Kabul"), not a subject ("the United
    States can")."""
    m = _VERB_BEFORE.search(sentence[max(0, start - 30) : start])
    return m is not None and m.group(1) not in _NOT_VERBS


def _opens(sentence: str, position: int) -> bool:
    """A description that opens the sentence sets its scene ("The town lost 4,000 ...",
    "In the city, 40 ...")."""
    return position <= 40 and len(sentence[:position].split()) <= 1


def _next_to(sentence: str, end: int, start: int) -> bool:
    """Only a possessive ending or a qualifier between ("Kandahar's 600,000")."""
    between = sentence[end:start]
    return len(between) <= 14 and " and " not in between
