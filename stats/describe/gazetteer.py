"""The names an article uses as places, read once per article: the countries, regions and
cities news names without saying where they are, and every name the article itself puts
after "in", joins to "district" or "province", sets in apposition to "a provincial
capital", or names its residents after. A sentence's places are checked against this set
(`place.mentions_in`), so "Kandahar's" counts as a place and "the Taliban's" does not.
"""

from __future__ import annotations

import regex

from stats.describe.place import (
    COMPASS,
    GAZETTEER,
    GENERICS,
    LONE_NAME,
    NAME,
    adjective,
    institution,
    trim,
)
from stats.lexicon import places

# In a hard-wrapped text one line break may fall inside a name ("Sarobi\ndistrict").
_WRAPPED_NAME = NAME.replace(r"[ \t]+", r"(?:[ \t]+|[ \t]*\r?\n[ \t]*)")


_WRAPPED_LONE_NAME = regex.compile(_WRAPPED_NAME)





# What makes a capitalised run a place, seen just before it or just after it.
_KNOWN_BEFORE_PARTS = (
    regex.compile(
        rf"\b(?i:{'|'.join(places.STRONG_PREPOSITIONS)})\s+(?:(?i:the)\s+)?(?:(?i:{COMPASS})\s+)?$"
    ),
    regex.compile(rf"\b(?i:{GENERICS})\s+of\s+(?:the\s+)?$"),
    regex.compile(rf"\b(?:{GENERICS}),\s+$"),
    regex.compile(r"\b(?:residents?|inhabitants|people|citizens|villagers|mayor|governor|natives?)\s+of\s+$"),
)


_KNOWN_AFTER_PARTS = (regex.compile(rf"\s+(?:{GENERICS})\b"),)
# "at the Sher Khan Bandar post": a facility names a place only after "at the" and the like
# ("Net market borrowing" names none).
_FACILITY_AFTER = regex.compile(rf"\s+(?:{'|'.join(places.FACILITY_WORDS)})\b")
_FACILITY_BEFORE = regex.compile(r"\b(?i:at|near|in|outside|from)\s+the\s+$")


_KNOWN_BEFORE = regex.compile("|".join(f"(?:{p.pattern})" for p in _KNOWN_BEFORE_PARTS))


_KNOWN_AFTER = regex.compile("|".join(f"(?:{p.pattern})" for p in _KNOWN_AFTER_PARTS))


_CAPITAL_GENERIC = regex.compile(rf"\s+((?i:{GENERICS}))\b(?<=\s\p{{Lu}}\p{{L}}*)")


def _facility(text: str, start: int, after: str) -> bool:
    """ "at the Sher Khan Bandar post": a name before a facility, after "at the"."""
    return bool(_FACILITY_AFTER.match(after) and _FACILITY_BEFORE.search(text, max(0, start - 16), start))


def known_places(text: str, wrapped: bool = False) -> set[str]:
    """The names an article uses as places: after a locative preposition ("in Kandahar"),
    with a generic word ("Sarobi district", "the province of Herat"), in apposition to one
    ("a provincial capital, Qala-e-Naw,"), before a facility ("the Sher Khan Bandar post"),
    after its people ("a resident of Derna"), or in the list of countries, regions and cities.

    One pass over the capitalised runs of the text, each looked at through a small window,
    so a long article costs one scan."""
    known = set(GAZETTEER)
    for m in (_WRAPPED_LONE_NAME if wrapped else LONE_NAME).finditer(text):
        opener = m.group().split(None, 1)[0].lower()  # "Around Herat Province, ..." opens a sentence
        after = text[m.end() : m.end() + 24]
        if not (
            opener in places.STRONG_PREPOSITIONS
            or _KNOWN_BEFORE.search(text, max(0, m.start() - 32), m.start())
            or _KNOWN_AFTER.match(after)
            or _facility(text, m.start(), after)
        ):
            continue
        name = trim(m.group())
        if name and not adjective(text, m.end()) and not institution(text, m.end()):
            known.add(name)
            generic = _CAPITAL_GENERIC.match(after)
            if generic:
                known.add(f"{name} {generic.group(1)}")  # "Herat Province", the article's own form
    return {k for k in known if k.lower() not in places.NOT_PLACES}
