"""The subject of a distance: what lies at that distance, or what is that long (DECISIONS.md:
"the place that lies at that distance").

"300 mm of rain" (rain), "a 45-metre embankment" (embankment), "Kabul's hospitals, 80 km
away" (the place before the comma), "Forty miles east of Kabul, ... the Taliban captured
villages" (villages).
"""

from __future__ import annotations

from typing import Final

import regex

from stats import lexicon
from stats.describe import patterns
from stats.describe.subject_links import past_adjectives
from stats.describe.words import (
    Word,
    apposition,
    clause_after,
    is_verbish,
    noun_phrase,
    phrase_after,
    phrase_before,
    phrase_text,
    words_of,
)
from stats.lexicon.pattern_cache import SERIAL, compile_regex
from stats.lexicon.subjects import HOLDING_AREAS
from stats.model import Candidate
from stats.text.sentences import WINDOW, after, before

__all__ = ["ATTRIBUTIVE_BEFORE", "distance_subject"]


def distance_subject(sentence: str, c: Candidate) -> str:
    """What lies at the distance, or what is that long, as written in the sentence."""
    if (of := patterns.OF_THING_AFTER.match(sentence, c.subject_from, None, SERIAL)) and (
            found := phrase_after(sentence, of.end(), counted=False, skip_of=False)):
        return found  # "300 mm of rain", "two metres of snow": what the length measures
    lead = before(sentence, c.start)
    if ATTRIBUTIVE_BEFORE.search(lead, None, None, SERIAL) and (found := _attributive_noun(sentence, c.end)):
        return found  # "a 45-metre embankment", "a 35 km stretch of the river": what is that long
    if patterns.COMMA_WORD_BEFORE.search(lead, None, None, SERIAL):
        return _place_at_distance(sentence, c.start) or phrase_before(sentence, c.start)
    if c.start < WINDOW and not lead.strip(" \"“'‘"):
        # Fronted: "Forty miles east of Kabul, the capital, the Taliban captured villages".
        for clause in patterns.COMMA_SPLIT.split(after(sentence, c.subject_from))[1:]:
            words = words_of(clause)
            verbs = [i for i, w in enumerate(words) if is_verbish(w)]
            if verbs:
                rest = list(words[verbs[0] + 1:])
                while rest and (rest[0].lower in lexicon.DETERMINERS
                                or rest[0].lower in lexicon.COLLECTIVE_WORDS):
                    rest.pop(0)
                phrase = noun_phrase(rest, counted=True)
                if phrase:
                    return " ".join(w.text for w in phrase)
    return phrase_before(sentence, past_adjectives(sentence, c.start)) or (c.unit or "")


def _attributive_noun(sentence: str, end: int) -> str:
    """The noun phrase after a length that an article stands before: as after the article
    itself, a verb-like word is a noun there ("a 35 km stretch": stretch)."""
    text, offset = clause_after(sentence, end)
    return phrase_text(sentence, noun_phrase([_ARTICLE, *words_of(text, offset)], counted=False))


_ARTICLE: Final = Word("a", 0, 0, "a")


def _place_at_distance(sentence: str, start: int) -> str:
    """The place named before the comma of "..., 80 km to the east": the name nearest the
    comma ("hospitals in Kathmandu": Kathmandu; "The attack on the Lisey camp": Lisey camp),
    unless that name is the area that holds a place named before it ("near Gazaria in
    Munshiganj district": Gazaria)."""
    near = apposition(sentence, start, place_head=False)
    if near and near.split()[-1].lower() in HOLDING_AREAS and (head := apposition(sentence, start)) \
            and head[:1].isupper():
        return head
    return near


# An article right before a length, which then modifies the noun after it ("a 45-metre
# embankment", "The 740-kilometre LoC", "an 817-km border").
ATTRIBUTIVE_BEFORE: Final = compile_regex(r"\b(?:a|an|the|its|their)\s+$", regex.I)
