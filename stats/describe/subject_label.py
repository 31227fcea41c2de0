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

from stats.lexicon.pattern_cache import compile_regex
from stats.model import Candidate

# "Health: ", "- Digital identity project: ", "• Deaths: " at the start of the line, up to six
# words of letters.
_LABEL_BEFORE = compile_regex(
    r"^[ \t]*(?:[-–•*][ \t]*)?(?P<label>\p{L}[\p{L}\p{M}’'\-]*(?:[ \t]+[\p{L}\p{M}’'\-]+){0,5})[ \t]*:[ \t]*")
# ": first-dose vaccine coverage" after a figure that opens the line, to a preposition before a
# time, a comma or the end.
_LABEL_AFTER = compile_regex(
    r"[ \t]*:[ \t]*(?P<label>\p{L}[\p{L}\p{M}’'\-]*(?:[ \t]+(?!(?:in|on|at|for|since|by|of|to|from)\b)"
    r"[\p{L}\p{M}’'\-]+){0,5})[ \t]*(?=$|[,;(.]|[ \t]+\p{Ll}+[ \t]+\p{Nd})")
# Words after which a later figure of the line counts a part or another thing ("Roads: Rs.
# 180bn, of which Rs. 62bn is for rural roads").
_PART_WORDS = compile_regex(r"\b(?:of\s+which|including|includes|for|among|with)\b")
_LINE_OPENING = compile_regex(r"^[ \t]*(?:[-–•*][ \t]*)?$")


def label_subject(sentence: str, c: Candidate) -> str:
    """The label of the figure's line (see the module), or ""."""
    if ":" not in sentence:
        return ""
    line_start = sentence.rfind("\n", 0, c.start) + 1
    label = _LABEL_BEFORE.match(sentence, line_start, c.start)
    if label is not None:
        text = label["label"]
        between = sentence[label.end():c.start]
        return "" if text.isupper() or _PART_WORDS.search(between) else text
    if _LINE_OPENING.match(sentence, line_start, c.start) is None:
        return ""
    label = _LABEL_AFTER.match(sentence, c.end)
    return label["label"] if label is not None else ""
