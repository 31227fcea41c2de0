"""Less usual ways news names a place, for `place.mentions_in`: a region owned by a country
("in Peru's northern La Libertad region"), two places named as one after a plural generic
word ("the neighbourhoods of El Olivar and Villa Independencia"), the place aid or a
forecast is for ("the UN's appeal for Congo"), "on" a place reached ("landed on Crete"), and
the workplace in a named speaker's description, which is not the figure's place."""

from __future__ import annotations

import regex

from stats.describe.place_names import COMPASS, GENERICS, NAME, Mention, covered, trim
from stats.find.rule import Rule
from stats.lexicon import places

# "the neighbourhoods of El Olivar and Villa Independencia": two places named as one.
OF_PLACES = regex.compile(
    rf"\b(?:regions|provinces|districts|neighbourhoods|neighborhoods|towns|villages|cities|islands)"
    rf"\s+of\s+(?P<name>{NAME}\s+and\s+{NAME})"
)
# "the UN's appeal for Congo", "dust storms are forecast for upper Sindh": whom aid is for.
FOR_PLACE = regex.compile(
    r"\b(?:appeals?|aid|funding|assistance|relief|plan|budget|response|forecast|warning|package|grant)"
    rf"\s+for\s+(?:the\s+)?(?:(?P<compass>{COMPASS})\s+)?(?P<name>{NAME})"
)
# A place inside the description of a named speaker ("said Courage Martey, an economist at
# Databank in Accra", "said Dieudonné Lossa, a civil society leader in Djugu territory"):
# where the speaker works, not what the figure is about.
SPEAKER_ROLE = regex.compile(
    r"\b(?:said|says|according\s+to)\s+(?:\p{Lu}[\p{L}.\-]*\s+){0,4}\p{Lu}[\p{L}\-]*,\s+(?:a|an|the)\s+"
    r"[^,;.\d]{0,60}\b(?:in|at|from|of)\s+(?:the\s+)?$"
)
# "Peru's northern La Libertad region": a part of a place named after a compass word.
OWNED = regex.compile(
    rf"[’']s\s+(?P<compass>(?i:{COMPASS}))\s+(?P<name>{NAME})(?:\s+(?P<generic>(?i:{GENERICS}))\b)?"
)
_ARRIVAL_BEFORE = regex.compile(r"(\p{L}+)\s+$")


def arrival(sentence: str, start: int) -> bool:
    """ "landed on Crete", "arrivals on Lesbos": "on" a place reached, not "on" a target."""
    word = _ARRIVAL_BEFORE.search(sentence, max(0, start - 20), start)
    return word is not None and word.group(1).lower() in places.ARRIVAL_WORDS


def add_for_places(sentence: str, known: set[str], found: dict[int, Mention], rule: Rule) -> None:
    """ "the UN's appeal for Congo", "forecast for upper Sindh": the place aid or a forecast
    is for, when it is known or carries a compass word."""
    for m in FOR_PLACE.finditer(sentence):
        name = trim(m["name"])
        if (name in known or m["compass"]) and not covered(found, m.start("name")):
            text = f"{m['compass']} {name}" if m["compass"] else name
            start = m.start("compass") if m["compass"] else m.start("name")
            found[m.start("name")] = Mention(start, m.end("name"), text, rule)
