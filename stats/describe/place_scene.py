"""A sentence's scene when no rule ties a place to a figure: a known place that opens the
sentence as its subject ("Zambia has recorded ...", "Nepal's cabinet approved ..."), after
a wire dateline if there is one ("BRASILIA, May 7 (Reuters) - Brazil's central bank ..."),
and a known place written as a modifier right after a number ("188 Tucson precincts")."""

from __future__ import annotations

from typing import Final

from stats.describe.place import NAMED
from stats.describe.place_names import NAME, Mention, trim
from stats.lexicon import places
from stats.lexicon.pattern_cache import SERIAL, compile_regex, group_number

_OPENING: Final = compile_regex(rf"\s*[“\"‘]?(?:(?i:the)\s+)?(?P<name>{NAME})(?:[’']s\b|(?=\s+\p{{Ll}}|,))")
_OPENING_NAME: Final = group_number(_OPENING, "name")
# A dateline before the sentence proper: "TRUJILLO, Peru, Oct 22 (Reuters) - ", "KATHMANDU — ".
_DATELINE: Final = compile_regex(
    r"\s*\p{Lu}[\p{Lu}'’.\-]+(?:\s+\p{Lu}[\p{Lu}'’.\-]+){0,3}(?:,[^—–\n()]{1,40}?)?\s*"
    r"(?:\([^)\n]{1,30}\)\s*)?[—–-]{1,2}\s+"
)
_SPEECH_WORDS: Final = frozenset({"said", "says", "told", "announced", "claimed", "warned", "would", "will"})
_FOLLOWING: Final = compile_regex(r"(?:[’']s)?\s+(?:\p{Ll}+\s+){0,2}?(\p{Ll}+)")


def opening_place(sentence: str, known: set[str]) -> Mention | None:
    """A known place that opens the sentence (after its dateline) as its subject ("Chad
    already hosts ...", "Nepal's cabinet approved ..."), unless it is the speaker ("Britain
    said ...")."""
    dateline = _DATELINE.match(sentence) if _may_open_dateline(sentence) else None
    m = _OPENING.match(sentence, dateline.end() if dateline else 0, None, SERIAL)
    if not m:
        return None
    words = trim(m[_OPENING_NAME]).split()
    if words and words[0].lower() in places.COMPASS_WORDS and " ".join(words) not in known:
        words = words[1:]  # "Southern Somalia has not ..." (not "South Kivu remains ...")
    if " ".join(words) not in known:
        return None
    following = _FOLLOWING.match(sentence, m.end(_OPENING_NAME))
    if following and following.group(1) in _SPEECH_WORDS:
        return None
    return Mention(m.start(_OPENING_NAME), m.end(_OPENING_NAME), trim(m[_OPENING_NAME]), NAMED)


_MODIFIER: Final = compile_regex(r"\s+(\p{Lu}[\p{L}\-]+)(?:\s+(\p{Lu}[\p{L}\-]+))?")


def modifier_place(sentence: str, end: int, known: set[str]) -> str | None:
    """A known place written between a number and its noun ("188 Tucson precincts", "three
    Tucson City Council races"): the place of what is counted."""
    m = _MODIFIER.match(sentence, end) if _capital_next(sentence, end) else None
    if not m:
        return None
    for name in (f"{m[1]} {m[2]}" if m[2] else "", m[1]):
        if name and name in known:
            return name
    return None


def row_label(sentence: str, start: int, known: set[str]) -> str | None:
    """A known place that labels a data row's figure ("Eastern Cape: 41.9", "Gauteng: 34.0%"):
    the place of the figure after it."""
    head = sentence[:start].rstrip()
    if not head.endswith(":") or not _ROW_TAIL.match(sentence, start):
        return None  # (a row is its label and its figure, nothing else)
    name = trim(head[:-1].strip())
    return name if name in known else None


_ROW_TAIL: Final = compile_regex(r"[\d.,]+\s*(?:%|per\s*cent)?\s*\.?\s*$")


_ASCII_CAPITALS: Final = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
_IN_CAPITALS: Final = _ASCII_CAPITALS | frozenset("'.-")  # the ASCII characters of a dateline's word


def _capital_next(sentence: str, end: int) -> bool:
    """Whether a capital may follow whitespace at `end` (what `_MODIFIER` needs): the first
    character after the whitespace there (Python's, which holds `regex`'s) is no ASCII
    character but A to Z (most numbers are followed by a word in lower case). A `regex`
    call costs thousands of instructions, and this is asked for every figure."""
    if not sentence[end : end + 1].isspace():
        return False
    first = sentence[end:].lstrip()[:1]
    return first in _ASCII_CAPITALS or not first.isascii()


def _may_open_dateline(sentence: str) -> bool:
    """Whether `_DATELINE` may match at the sentence's start: its first two characters after
    whitespace are no ASCII characters but a capital and then a capital, an apostrophe, a
    full stop or a hyphen (most sentences open with a capital and a lower-case letter)."""
    head = sentence.lstrip()[:2]
    return (head[:1] in _ASCII_CAPITALS or not head[:1].isascii()) and (
        head[1:] in _IN_CAPITALS or not head[1:].isascii())


# A sentence that sets its own scene without a name: "abroad", "nationwide", "in the
# metropolitan area", "across the central provinces".
_OWN_SCENE: Final = compile_regex(
    rf"\b(?:{'|'.join(sorted(places.SCENE_WORDS))})\b"
    r"|\b(?:in|across|throughout|around)\s+the\s+(?:\p{Ll}[\p{L}\-]*\s+){1,2}"
    rf"(?:{'|'.join(sorted(places.SCENE_NOUNS))})\b"
)


def own_scene(sentence: str) -> bool:
    """Whether a sentence that names no place still says where it is ("The four seats of
    voters abroad ...", "About 60% of the displaced in the metropolitan area ..."): it then
    takes no place from the sentence before."""
    return _OWN_SCENE.search(sentence, None, None, SERIAL) is not None
