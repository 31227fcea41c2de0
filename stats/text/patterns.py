"""Pattern tables of the text stage: sentence ends, page furniture, and plain words.

The word and whitespace patterns here are the ones every later stage uses.
"""

from __future__ import annotations

from typing import Final

from stats import lexicon
from stats.lexicon.compiled import compile_lists, lowered
from stats.lexicon.pattern_cache import compile_regex, group_number

# A short line that is a share or comment counter: "321 Interactions", "1.2k shares".
FURNITURE_LINE: Final = compile_lists(
    r"^ \s* [\p{Nd}][\p{Nd},.]* [kKmM]? \s* (?i: \L<fw> ) \s* $", fw=lowered(lexicon.FURNITURE_WORDS)
)
# A page's time stamp on a line of its own: "2 hours ago", "45 mins ago" (not a duration).
AGO_LINE: Final = compile_lists(
    r"^ \s* \p{Nd}{1,3} \s* (?i: seconds? | secs? | minutes? | mins? | hours? | hrs? | days? | weeks? | months? ) \s+ (?i: ago ) \s* $"
)
# A page number or a thread's counter alone on a line: "3", "2/8".
LONE_NUMBER_LINE: Final = compile_lists(r"^ \s* \p{Nd}{1,3} (?: \s* / \s* \p{Nd}{1,3} )? \s* $")
# A furniture word anywhere on a line (checked only on short lines that are not sentences).
FURNITURE_WORD: Final = compile_lists(
    r"(?: ^ | (?<= [\s(:|•·] ) ) (?i: \L<fw> ) (?= [\s):|•·,.] | $ )", fw=lowered(lexicon.FURNITURE_WORDS)
)
# A heading that introduces links to other articles: "Also read:", "Related".
LINK_LIST_HEADER: Final = compile_lists(r"^ \s* (?i: \L<hdr> ) \s* (?: [:\-–—|] | $ )", hdr=lexicon.LINK_LIST_HEADERS)
# A list bullet at the start of a line.
BULLET: Final = compile_lists(r"^ [ \t]* (?: [-*•▪●·–—] | \p{Nd}{1,2} [.)] ) [ \t]+")

# Sentence ends: terminal punctuation, closing quotes, then space and a new start.
# The match starts at the stop itself and \K drops it from the match: a scan that can skip
# to the stops (a lookbehind first would be tried at every character).
SENTENCE_END: Final = compile_lists(
    r"""[.!?…] \K ["”’')\]]* (?= \s+ ["“‘'(\[]? [\p{Lu}\p{Nd}] )"""
)
# Where an over-long sentence may be cut: after a clause's punctuation, or at a dash
# between spaces ("..., officials said; the army ...", "... the town — and ...").
CLAUSE_BREAK: Final = compile_lists(r"""[,;:] (?=\s) | (?<=\s) [–—] (?=\s)""")
# The word before a full stop, to tell abbreviations and initials from sentence ends.
# Searched from the end ((?r)): the match can only be the run of letters and dots before the
# final stop, found at the first try, where a forward search tries every place before it
# (six times the time); there is at most one match, so both directions give the same one.
WORD_BEFORE_STOP: Final = compile_lists(r"(?r) (?: ^ | [\s(“\"] ) (?P<word> [\p{L}.]+ ) \. $")
WORD_BEFORE_STOP_WORD: Final = group_number(WORD_BEFORE_STOP, "word")
ABBREVIATIONS: Final = frozenset(lexicon.ABBREVIATIONS)


# A number right before a phrase: the phrase is that number's noun or unit.
NUMBER_JUST_BEFORE: Final = compile_regex(r"\p{Nd}[\p{Nd},.%]*\s*$")
# A digit anywhere (another figure standing between words).
DIGIT: Final = compile_regex(r"\p{Nd}")

# Words.
WORD: Final = compile_lists(r"\p{L}[\p{L}\p{Mn}'’\-]*")
WHITESPACE: Final = compile_lists(r"\s+")
# A hyphen at the end of a wrapped line, between letters.
WRAPPED_HYPHEN: Final = compile_lists(r"(?<=\p{L}) - [\x20\t]* \r? \n \s* (?=\p{L})")
