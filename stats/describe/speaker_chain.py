"""The subject of a speech verb whose stretch before it is cut by commas ("The toll from
..., a mining site ..., rose to 48, the governor of the region, Colonel X, announced"): which
stretch is the speaker, read stretch by stretch from the clause's start.
"""

from __future__ import annotations

from typing import Final

import regex

from stats.describe import inverted, names
from stats.describe.tokens import Token
from stats.lexicon import sources
from stats.lexicon.pattern_cache import SERIAL, compile_regex

_LEADING_CLAUSE: Final = compile_regex(
    r"^(?:in|on|at|after|before|despite|with|when|while|although|as|since|"
    r"during|for|from|under|amid|by|if|speaking|\p{L}+ing\s+(?:on|to|about|at|in|after))\b",
    regex.IGNORECASE,
)


def chain_subject(sentence: str, end: int) -> list[Token]:
    """The subject of a speech verb read back over the stretches between commas before it
    (`end`: the last comma): the name in apposition after a description ("the governor, X,
    announced"), past what was said ("Schools will stay shut, the minister, X, said") and
    leading clauses ("Commenting on the figures, ...")."""
    floor = max(0, end - 240)
    begin = max(max(sentence.rfind(q, floor, end) for q in '”";:—('), floor - 1)
    segments = [s for s in _segments(sentence, begin + 1, end) if s]
    joined = [i for i, s in enumerate(segments) if s[0].lower in _CLAUSE_JOINERS and len(s) > 1]
    if joined:  # "The army did not comment, but a military source ..., said": the last clause's
        segments = [segments[joined[-1]][1:], *segments[joined[-1] + 1 :]]
    if _titled_name(segments):  # "The toll from ..., a site ..., rose to 48, the governor, X, announced":
        stated = [i for i, s in enumerate(segments[:-1]) if _statement(s, sentence[s[0].start:s[-1].end])]
        segments = segments[stated[-1]:] if stated else segments  # (what opens a statement is said too)
    said = False  # (the stretch before was what was said: "..., and parents, anxious ..., say")
    for i, segment in enumerate(segments):
        following = segments[i + 1] if i + 1 < len(segments) else []
        if said and segment[0].lower in {"and", "but"} and len(segment) > 1:
            segment = segment[1:]
        longest = 4 if said else 7  # (after a statement, not "a bigger cut than markets expected")
        said = bool(following) and _statement(segment, sentence[segment[0].start:segment[-1].end])
        phrase = names.phrase(sentence, segment[0].start, segment[-1].end)
        if _LEADING_CLAUSE.match(phrase, None, None, SERIAL) or (
                following and following[0].lower in _SUBORDINATORS and i + 2 < len(segments)) or said:
            continue  # (nor a clause a subordinate one and a subject follow: "42,000 fled, when ..., UNHCR")
        if not names.is_proper(segment) and following and names.is_proper(following) and len(following) <= 4:
            return following
        return segment if len(segment) <= longest else []
    return []


def _titled_name(segments: list[list[Token]]) -> bool:
    """Whether the stretches before a verb end on a description and a name in apposition
    ("..., the village mayor, Ion Sava, said"; not "..., of Flat 3, 27 Walter Road, Swansea")."""
    first = segments[-2][0].text if len(segments) >= 3 else ""
    return (first[:1].islower() and first not in sources.ADDRESS_WORDS and names.is_proper(segments[-1])
            and inverted.could_be_person(segments[-1]))



def _statement(segment: list[Token], text: str) -> bool:
    """Whether a stretch between commas (`text`) before a speaker is what was said, not the
    speaker: a number, an auxiliary before any relative word ("Schools will stay closed for two
    weeks, the minister, X, said"; not "A doctor who was on duty", "Will Smith"), or a participle
    with its object ("affecting some 18,000 pupils"; not "mining officials")."""
    first, second = segment[0].text, segment[1].text if len(segment) > 1 else ""
    opened = second.lower() in sources.OBJECT_OPENERS or second[:1].isdigit()
    if first.endswith("ing") and first.islower() and opened:
        return True
    if len(segment) > 2 and any(c.isdigit() for c in text):
        return True  # "About 40 schools that were damaged will stay shut, the minister, X, said"
    for t in segment:
        if t.text in sources.RELATIVES:
            return False
        if t.text in sources.AUXILIARIES:
            return True
    return False


# Where a new clause's subject starts ("Ahmed Ali, 45, and his wife ... said" is one subject).
_CLAUSE_JOINERS: Final = frozenset({"but", "while", "whereas"})
_SUBORDINATORS: Final = frozenset("when where after before since until because although as".split())


def _segments(sentence: str, start: int, end: int) -> list[list[Token]]:
    segments: list[list[Token]] = [[]]
    for t in names.tokens(sentence[start:end]):
        if t.text == ",":
            segments.append([])
        elif t.word or t.text in {"’", "'"}:
            segments[-1].append(Token(t.text, t.start + start, t.end + start, t.lower))
    return segments
