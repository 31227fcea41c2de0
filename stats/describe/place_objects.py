"""Places named as an object: of a facility ("in the Santa Rosa mine", "the Lagos hospital"),
after "of" ("85 percent of Afghanistan") and of a verb of reaching or striking ("the
earthquake struck western Nepal"). `place.mentions_in` adds them, each where its cue word
stands; the rule each mention is given is the caller's.

The groups of these patterns are read by number (`group_number`): a read by name costs
`regex` an exception, and these are read for every match in every sentence.
"""

from __future__ import annotations

from typing import Final

from stats.describe.place_names import (
    COMPASS,
    GAZETTEER,
    NAME,
    Mention,
    adjective,
    covered,
    nationality,
    trim,
)
from stats.find.rule import Rule
from stats.lexicon import places
from stats.lexicon.compiled import alternation
from stats.lexicon.pattern_cache import SERIAL, compile_regex, group_number

# A known place as the object of a verb of reaching or striking ("struck western Nepal").
_VERB_OBJECT: Final = compile_regex(
    rf"\b(?:{'|'.join(sorted(places.PLACE_VERBS))})\s+(?:(?P<compass>{COMPASS})\s+)?(?P<name>{NAME})")
_VERB_COMPASS: Final = group_number(_VERB_OBJECT, "compass")
_VERB_NAME: Final = group_number(_VERB_OBJECT, "name")
_FACILITY: Final = compile_regex(
    rf"\b(?P<prep>(?i:at|near|in|inside|outside|from|to))\s+(?:the\s+)?(?P<name>{NAME})\s+"
    rf"(?P<facility>{alternation(places.FACILITY_WORDS)})\b"
)
_FACILITY_PREP: Final = group_number(_FACILITY, "prep")
_FACILITY_NAME: Final = group_number(_FACILITY, "name")
_FACILITY_WORD: Final = group_number(_FACILITY, "facility")
_CAPITALISED_BEFORE: Final = compile_regex(r"\p{Lu}[\p{L}]*\s+$")
_OF_KNOWN: Final = compile_regex(rf"\bof\s+(?:the\s+)?(?:(?P<compass>{COMPASS})\s+)?(?P<name>{NAME})")
_OF_COMPASS: Final = group_number(_OF_KNOWN, "compass")
_OF_NAME: Final = group_number(_OF_KNOWN, "name")


def add_facilities(sentence: str, found: dict[int, Mention], rule: Rule) -> None:
    """ "in the Santa Rosa mine" (the mine: it has a name of its own), "at the Sher Khan Bandar
    post", "the Lagos hospital" (the town the post or the hospital is named after)."""
    for m in _FACILITY.finditer(sentence, None, None, False, SERIAL):
        name = trim(m[_FACILITY_NAME])
        if not name or nationality(name) or name in places.FAITH_WORDS:
            continue  # "the Sunday temple stampede", "the Turkish mine", "the Sikh temple"
        facility = m[_FACILITY_WORD]
        start, name_end = m.span(_FACILITY_NAME)
        own = facility in places.OWN_NAME_FACILITY_WORDS and name not in GAZETTEER
        text, end = (f"{name} {facility}", m.end()) if own else (name, name_end)
        destination = m[_FACILITY_PREP].lower() == "to"  # "taken to the Valverde hospital"
        found[start] = Mention(start, end, text, rule, destination=destination)


def add_known_of(sentence: str, known: set[str], found: dict[int, Mention], rule: Rule) -> None:
    """ "85 percent of Afghanistan": a known place after "of"."""
    for m in _OF_KNOWN.finditer(sentence, None, None, False, SERIAL):
        written = m[_OF_NAME]
        if trim(written) not in known:
            continue
        if _CAPITALISED_BEFORE.search(sentence, max(0, m.start() - 30), m.start(), SERIAL):
            continue  # "Bank of England", "University of Iasi": part of an institution's name
        name_start, name_end = m.span(_OF_NAME)
        if not covered(found, name_start) and not sentence.startswith(("’s", "'s"), name_end):
            # "the hills of western Nepal": the compass word is written with the name
            compass = m[_OF_COMPASS]
            start = m.start(_OF_COMPASS) if compass else name_start
            text = f"{compass} {trim(written)}" if compass else trim(written)
            found[name_start] = Mention(start, name_end, text, rule)


def add_verb_objects(sentence: str, known: set[str], found: dict[int, Mention], rule: Rule) -> None:
    """ "the earthquake struck western Nepal", "migrants have reached Italy": a known place
    that an event reaches, named as the object of its verb."""
    for m in _VERB_OBJECT.finditer(sentence, None, None, False, SERIAL):
        name = trim(m[_VERB_NAME])
        name_start, name_end = m.span(_VERB_NAME)
        if name in known and not covered(found, name_start) and not adjective(sentence, name_end):
            compass = m[_VERB_COMPASS]
            start = m.start(_VERB_COMPASS) if compass else name_start
            text = f"{compass} {name}" if compass else name
            found[name_start] = Mention(start, name_end, text, rule)
