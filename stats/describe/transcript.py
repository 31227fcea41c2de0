"""A transcript set out in turns: each paragraph opens with its speaker's label in capitals.

A press briefing or a hearing printed as a transcript labels each turn ("DANIEL ORTIZ:
Thank you. Over the past three days ... 1,096 detainees ..."), and a turn may run over
several paragraphs until the next label. The figures of a turn carry no "he said", yet
every one is the speaker's: a figure of a turn with no attribution of its own is said by
the person its label names (`said_by.transcript`), written as the article writes that
name elsewhere ("Daniel Ortiz", from the moderator's introduction) or else as labelled.

A label that names a role rather than a person ("MODERATOR", "QUESTION (Reuters)", "Q")
gives its turn no speaker. A text with fewer than two labelled turns, or with neither a role's
label nor two people labelled twice each (an interviewer and a guest taking turns), is no
transcript: headings in capitals ("DEATH TOLL:", "SOUTH SUDAN:") are not turns.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from stats.describe.contexts import Context
from stats.find.rule import Rule, Stage
from stats.lexicon.pattern_cache import compile_regex

TRANSCRIPT: Final = Rule(
    "said_by.transcript", Stage.SAID_BY,
    'a turn of a transcript is its speaker\'s: "DANIEL ORTIZ: ... 1,096 detainees ..."',
)

# A turn's label: words in capitals (a bracketed affiliation may follow), then a colon.
_LABEL: Final = compile_regex(
    r"^\s*(?P<label>\p{Lu}[\p{Lu}.'’\-]*(?:[ \t]+\p{Lu}[\p{Lu}.'’\-]*){0,3})"
    r"[ \t]*(?:\([^()\n]{1,60}\))?[ \t]*:\s"
)
# Labels of a role, not of a person: their turns have no speaker.
_ROLES: Final = frozenset(
    "moderator question questions q a answer host anchor presenter reporter reporters journalist "
    "interviewer chair chairman chairwoman speaker audience unidentified voice narrator caller "
    "transcript note editor update".split()
)
_MIN_TURNS: Final = 2
_NOTE: Final = compile_regex(r"\s*\[(?i:editor['’]s\s+note|note|update)\b")


def turns(contexts: Sequence[Context]) -> dict[int, str]:
    """For each sentence of a person's turn (by its index), the speaker; empty for a text
    that is no transcript."""
    firsts: dict[int, Context] = {}
    for ctx in contexts:
        firsts.setdefault(ctx.paragraph, ctx)
    # (a label is capitals and a colon within a paragraph's first words: most paragraphs open
    # otherwise, and are tested with two string reads, not the pattern)
    opening = [(p, ctx) for p, ctx in firsts.items() if ":" in ctx.sentence.raw[:70]
               and ctx.sentence.raw.lstrip()[1:2].isupper()]
    if len(opening) < _MIN_TURNS:
        return {}
    labels = {p: m["label"] for p, ctx in opening if (m := _LABEL.match(ctx.raw))}
    text = " ".join(ctx.raw for ctx in contexts)
    lowered = text.lower()
    written = {label: _written(label, text, lowered) for label in set(labels.values())}  # (each once)
    if len(labels) < _MIN_TURNS or not _turns_taken(list(labels.values()), written):
        return {}  # (headings in capitals, "DEATH TOLL:", "SOUTH SUDAN:": no one asks or moderates)
    out: dict[int, str] = {}
    speaker: str | None = None
    for ctx in contexts:
        if ctx.paragraph in labels and firsts[ctx.paragraph] is ctx:
            speaker = _speaker(labels[ctx.paragraph], written)
        elif firsts[ctx.paragraph] is ctx and _NOTE.match(ctx.raw):
            speaker = None  # "[Editor's note: shares closed down 14.6%]": no one's turn (not "[Laughter]")
        if speaker:
            out[ctx.index] = speaker
    return out


def _turns_taken(labels: list[str], written: dict[str, str | None]) -> bool:
    """Whether labels are a transcript's turns: one is a role's ("MODERATOR", "Q"), or two
    people speak by turns, each labelled twice or more and named in the text as a name is
    written ("ANNA COLLINS:" and "Anna Collins spoke to ..."), as repeated headings in
    capitals ("WHAT WE KNOW:") are not."""
    return any(_is_role(label) for label in labels) or sum(
        labels.count(label) >= _MIN_TURNS and written[label] is not None
        for label in set(labels)) >= _MIN_TURNS


def _is_role(label: str) -> bool:
    """A label of a role that a transcript's turns have: "MODERATOR", "QUESTION", "Q"."""
    return label.split()[0].lower().strip(".") in _ROLES


def _speaker(label: str, written: dict[str, str | None]) -> str | None:
    """A label's person, as the text writes the name elsewhere ("DANIEL ORTIZ" -> "Daniel
    Ortiz" when the text has it), else as labelled; None for a role or a single word."""
    words = label.split()
    if len(words) < 2 or words[0].lower().strip(".") in _ROLES:
        return None
    return written[label] or label


def _written(label: str, text: str, lowered: str) -> str | None:
    """The label as the text (`lowered`: in lower case) writes it elsewhere, not in capitals
    ("DANIEL ORTIZ" -> "Daniel Ortiz", "MITCH MCCONNELL" -> "Mitch McConnell"), if it does."""
    name = " ".join(label.split()).lower()  # (a few labels an article: a string search, no pattern)
    at = lowered.find(name)
    while at >= 0:
        written = text[at:at + len(name)]
        if not written.isupper() and not text[at + len(name):at + len(name) + 1].isalpha():
            return written
        at = lowered.find(name, at + 1)
    return None
