"""A figure's subject given as a label, the way factboxes, key-numbers boxes and budget
tables write it: the words before a colon that opens the line ("Health: Rs. 604 billion, up
11 per cent", "- Digital identity project: LKR 8,400 million"), or the words after a colon
right after a figure that opens the line ("86%: first-dose vaccine coverage in 2026").

A label names what a number counts only when the figure names nothing itself (the caller
asks after the other subject rules): in "Education: Rs. 517 billion, including Rs. 45 billion
for school meals", the second amount is for school meals. A speaker's name in a transcript
("MODERATOR:", "JOHN OKELLO:") is written in capitals and is no label.
"""

from __future__ import annotations

from typing import Final

from stats.lexicon.pattern_cache import compile_regex
from stats.model import Candidate

# "Health: ", "- Digital identity project: ", "• Deaths: " at the start of the line, up to six
# words of letters.
_LABEL_BEFORE: Final = compile_regex(
    r"^[ \t]*(?:[-–•*][ \t]*)?(?P<label>\p{L}[\p{L}\p{M}’'\-]*(?:[ \t]+[\p{L}\p{M}’'\-]+){0,5})[ \t]*:[ \t]*")
# ": first-dose vaccine coverage" after a figure that opens the line, to a preposition before a
# time, a comma or the end.
_LABEL_AFTER: Final = compile_regex(
    r"[ \t]*:[ \t]*(?P<label>\p{L}[\p{L}\p{M}’'\-]*(?:[ \t]+(?!(?:in|on|at|for|since|by|of|to|from)\b)"
    r"[\p{L}\p{M}’'\-]+){0,5})[ \t]*(?=$|[,;(.]|[ \t]+\p{Ll}+[ \t]+\p{Nd})")
# Words after which a later figure of the line counts a part or another thing ("Roads: Rs.
# 180bn, of which Rs. 62bn is for rural roads").
_PART_WORDS: Final = compile_regex(r"\b(?:of\s+which|including|includes|for|among|with)\b")
_LINE_OPENING: Final = compile_regex(r"^[ \t]*(?:[-–•*][ \t]*)?$")


def label_subject(sentence: str, c: Candidate, at_line_start: bool) -> str:
    """The label of the figure's line (see the module), or "". `at_line_start`: whether the
    sentence opens a line of the text (a colon inside a paragraph's prose is no label: "The
    mayor was blunt: 40 had died")."""
    if ":" not in sentence:
        return ""
    line_start = sentence.rfind("\n", 0, c.start) + 1
    if not line_start and not at_line_start:
        return ""
    label = _LABEL_BEFORE.match(sentence, line_start, c.start)
    if label is not None:
        text = label["label"]
        between = sentence[label.end():c.start]
        return "" if not _is_label(text) or _PART_WORDS.search(between) else text
    if _LINE_OPENING.match(sentence, line_start, c.start) is None:
        return ""
    label = _LABEL_AFTER.match(sentence, c.end)
    return label["label"] if label is not None and _is_label(label["label"]) else ""


def _is_label(text: str) -> bool:
    """A label's words: no determiner first, no verb, not a name (a transcript's "JOHN
    OKELLO:", "John Okello:", "Editor's note:")."""
    words = text.split()
    if text.isupper() or words[0].lower() in _NOT_FIRST or not _NOT_LABEL_WORDS.isdisjoint(
            w.lower() for w in words):
        return False
    return len(words) == 1 or not all(w[:1].isupper() for w in words)


_NOT_FIRST: Final = frozenset(
    {"the", "a", "an", "this", "that", "our", "his", "her", "their", "its", "we", "i",
     "he", "she", "they", "it"})
_NOT_LABEL_WORDS: Final = frozenset(
    {"is", "are", "was", "were", "be", "been", "has", "had", "have", "gave", "give",
     "gives", "said", "says", "say", "told", "will", "would", "can", "could", "did",
     "does", "do", "note", "update", "updated", "correction", "source", "sources",
     "warning", "read", "more"})
