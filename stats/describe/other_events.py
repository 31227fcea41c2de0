"""Another event named in passing: "days after a similar accident near Warrah", "as
firefighters also battled a larger blaze on the island of Evia", "was not linked to last
week's earthquake in Nepal's Bajhang district".

When a text sets its own event against another ("days after a similar", "not linked to"),
the other's place is no place of the figures outside the mention (`place_choice`: "killing
at least 13 people, days after a similar accident near Warrah" were not killed in Warrah).
And a report that names another event's place only in passing is not about that event: the
names of every such mention are left out of the names that tie reports to one event
(`reconcile.claim_keys.iter_names`), so a distractor that names a real event's scene in
passing is not taken for a later report of it.

A mention starts at a cue of another event: an indefinite one that says it is another ("a
similar accident", "a larger blaze", "another landslide"), or "not linked to". A later report
of the same event may call it "a building collapse" ("two days after a building collapsed in
Ikoyi") or "the collapse", so neither alone makes a mention. It runs to the end of its clause
(a comma, a full stop, a semicolon, a line break), at most `_REACH` characters."""

from __future__ import annotations

from typing import Final

import regex

from stats.lexicon import times
from stats.lexicon.claims import MORE_EVENT_NOUNS, OTHER_EVENT_WORDS
from stats.lexicon.compiled import alternation
from stats.lexicon.pattern_cache import SERIAL, compile_regex

_REACH: Final = 160
_EVENTS: Final = alternation(times.EVENT_NOUNS | MORE_EVENT_NOUNS)
# (the rest of the mention's clause, to a comma: not one inside a number, "1,200")
_CLAUSE: Final = rf"\b(?:[^.,;!?\n]|(?<=\d)[.,](?=\d)){{0,{_REACH}}}"
_OTHER_WORDS: Final = alternation(OTHER_EVENT_WORDS)
# "days after a similar accident" (not "two days after a building collapsed in Ikoyi": a later
# report of that very collapse)
_TIME_AFTER: Final = rf"(?:days?|weeks?|hours?|months?)\s+(?:after|before)\s+an?\s+(?:{_OTHER_WORDS})"
_UNLINKED: Final = r"(?:not|never)\s+(?:linked|related|connected|tied)\s+to|unrelated\s+to"
# A cue that names another event: "a similar blast", "a larger blaze", "another landslide".
_OTHER: Final = rf"(?:an?\s+(?:{_OTHER_WORDS})|another)\s+(?:[\p{{L}}-]+\s+)?(?:{_EVENTS})"
_MENTION: Final = compile_regex(rf"\b(?:{_TIME_AFTER}|{_UNLINKED}|{_OTHER}){_CLAUSE}", regex.IGNORECASE)
# A cue that sets the clause's event against another: "days after a similar accident", "was
# not linked to last week's earthquake" (not "hours after a ceasefire took effect in Gaza").
_RELATED: Final = compile_regex(rf"\b(?:{_TIME_AFTER}|{_UNLINKED}){_CLAUSE}", regex.IGNORECASE)


def without_other_events(text: str) -> str:
    """`text` with each mention of another event blanked (spaces: offsets hold)."""
    return _MENTION.sub(lambda m: " " * len(m.group()), text)


def related_spans(text: str) -> list[tuple[int, int]]:
    """Where `text` mentions another event it relates its own to ("days after a similar
    accident near Warrah"): (start, end) of each. Not "died in a similar blast in Jigawa",
    which may be the event a figure before it counts."""
    return [m.span() for m in _RELATED.finditer(text, None, None, False, SERIAL)]
