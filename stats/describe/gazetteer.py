"""The names an article uses as places, read once per article: the countries, regions and
cities news names without saying where they are, and every name the article itself puts
after "in", joins to "district" or "province", sets in apposition to "a provincial
capital", or names its residents after. A sentence's places are checked against this set
(`place.mentions_in`), so "Kandahar's" counts as a place and "the Taliban's" does not.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

import regex

from stats.describe import plain
from stats.describe.place import LONE_NAME
from stats.describe.place_names import GAZETTEER, GENERICS, NAME, adjective, institution, nationality, trim
from stats.lexicon import places
from stats.lexicon.compiled import alternation
from stats.lexicon.pattern_cache import SERIAL, compile_regex

# In a hard-wrapped text one line break may fall inside a name ("Sarobi\ndistrict").
_WRAPPED_NAME: Final = NAME.replace(r"[ \t]+", r"(?:[ \t]+|[ \t]*\r?\n[ \t]*)")


_WRAPPED_LONE_NAME: Final = compile_regex(_WRAPPED_NAME)
# `LONE_NAME` in the standard `re`, for a plain text (`plain.plain`): the same runs, scanned
# in about half the instructions (every article is).
_PLAIN_LONE_NAME: Final = re.compile(plain.in_ascii(LONE_NAME.pattern))


def _runs(text: str, wrapped: bool) -> Iterator[regex.Match[str] | re.Match[str]]:
    """`LONE_NAME`'s matches (`_WRAPPED_LONE_NAME`'s in a hard-wrapped text)."""
    if wrapped:
        return _WRAPPED_LONE_NAME.finditer(text, None, None, False, SERIAL)
    return (_PLAIN_LONE_NAME if plain.plain(text) else LONE_NAME).finditer(text)


_CAPITAL_GENERIC: Final = compile_regex(rf"\s+((?i:{GENERICS}))\b(?<=\s\p{{Lu}}\p{{L}}*)")


# A label's number after a name: "Phase 3 (Crisis)", "Stage 4, the", "Level 2 or" (not "Goma 12 people").
_NUMBERED: Final = compile_regex(r"[ \t]\p{Nd}{1,3}(?:[ \t]*[(),.;:]|[ \t]+(?:or|and)\b|$)")


_FIRST_WORD: Final = compile_regex(r"\s+([\p{L}\-]+)(?![\p{L}\p{N}_])")


_OF_HEADS: Final = places.PLACE_GENERICS | places.PEOPLE_OF  # "the province of X", "residents of X"
_BETWEEN_WORDS: Final = places.COMPASS_WORDS | places.PLACE_MODIFIERS  # "in (western|neighbouring) X"


# "Analamanga, the region around the capital,", "X, a town of 5,000", "Kaiso, a fishing village
# about 25km up the shore", "Rikhawdar, the Myanmar town facing ...": a name described as a
# place by a generic word that heads the apposition (not "Lorenz, the state premier").
_DESCRIBED: Final = compile_regex(
    rf",\s+(?:the|a|an)\s+(?:(?:[\p{{Ll}}\-]+|\p{{Lu}}\p{{Ll}}+(?=\s+\p{{Ll}}))\s+){{0,2}}?"
    rf"(?:(?:{GENERICS})(?:[’']s\b|(?=[,.;])|\s+"
    rf"(?:of|around|near|outside|about|some|facing|up|down|{alternation(places.AFTER_PLACE)})\b)"
    # a word that heads a place's apposition only before where it is ("a gold-mining site in
    # the Kéniéba circle"; not "Facebook, the social media site, removed")
    rf"|(?:{alternation(places.APPOSITIVE_PLACES)})\s+(?:in|near|outside|on|north|south|east|west)\b)"
)


def _placed(text: str, start: int, after: str) -> bool:
    """Whether the words around a capitalised run at `start` make it a place: "in (the)
    (western) X", "the province of (the) X", "a provincial capital, X", "residents of X",
    "X district", "at the X post". Plain word tests on a few words, not a pattern search:
    this runs for every capitalised run of the article (the 40 characters before the run
    are read only when a space stands right before it, as every test of them needs)."""
    word = _word_after(after)
    if word and word.group(1) in places.PLACE_GENERICS:
        return True
    if after[:1] == "," and _DESCRIBED.match(after, None, None, SERIAL):
        return True
    if not text[start - 1 : start].isspace():
        return False
    before = text[max(0, start - 40) : start]
    last = before.rsplit(None, 1)[-1:]
    if last and last[0].lower() not in _LAST_WORDS and not last[0].endswith(","):
        return False  # no test below can pass: each needs one of these words last (or a comma)
    t = before.split()[-3:]
    w = [x.lower() for x in t]
    strong = places.STRONG_PREPOSITIONS
    if w and (w[-1] in strong or (w[-1] == "the" and len(w) > 1 and w[-2] in strong)):
        return True
    if len(w) > 2 and w[-1] == "and" and w[-3] in strong:
        return True  # "in Dadu and Larkana": the second of two places after "in"
    if len(w) > 1 and w[-1] == "on" and w[-2] in places.ARRIVAL_WORDS:
        return True  # "landed on Gavdos", "arrivals on Crete"
    if w and w[-1] in _BETWEEN_WORDS and len(w) > 1 and (
        w[-2] in strong or (w[-2] == "the" and len(w) > 2 and w[-3] in strong)
    ):
        return True
    if t and t[-1].endswith(",") and t[-1][:-1] in places.PLACE_GENERICS:
        return True  # "a provincial capital, Qala-e-Naw"
    of_at = len(t) - (2 if t[-1:] == ["the"] else 1)
    if 1 <= of_at < len(t) and t[of_at] == "of" and w[of_at - 1] in _OF_HEADS:
        return True  # "the province of (the) X", "residents of X"
    facility = word is not None and word.group(1) in places.FACILITY_WORDS
    return facility and len(t) >= 2 and t[-1] == "the" and w[-2] in {"at", "near", "in", "outside", "from"}


# The last words before a name that `_placed`'s tests of the words before need.
_LAST_WORDS: Final = places.STRONG_PREPOSITIONS | _BETWEEN_WORDS | {"the", "and", "on", "of"}


def known_places(text: str, wrapped: bool = False) -> set[str]:
    """The names an article uses as places: after a locative preposition ("in Kandahar"),
    with a generic word ("Sarobi district", "the province of Herat"), in apposition to one
    ("a provincial capital, Qala-e-Naw,"), before a facility ("the Sher Khan Bandar post"),
    after its people ("a resident of Derna"), or in the list of countries, regions and cities.

    One pass over the capitalised runs of the text, each looked at through a small window,
    so a long article costs one scan."""
    known: set[str] = set()
    demonyms: set[str] = set()  # "Bavarian", "Chilean", "Saxon": they make their places known
    unplaced: list[tuple[str, int]] = []  # one-word names no test placed, and where they end
    read: dict[str, tuple[str, bool] | None] = {}  # what each run's own words say (names recur)
    for m in _runs(text, wrapped):
        run = m.group()
        own = read[run] if run in read else read.setdefault(run, _own_words(run, demonyms))
        if own is None:
            continue  # "The", "But", "March": no name, whatever stands around it
        name, placed = own
        start, end = m.span()
        after = text[end : end + 40]
        if after[:1].isdigit() or (after[1:2].isdigit() and _NUMBERED.match(after)):
            continue  # "rises to R2.54 trillion", "the M23", "in Phase 3 (Crisis)": a code or a label
        if (name in known or name in _LISTED) and not _capital_generic(after):
            continue  # nothing to add: one known already and no generic form of it
        if not (placed or _placed(text, start, after)):
            if " " not in name:
                unplaced.append((name, end))
            continue
        if nationality(name) and _generic_next(after):
            continue  # "the Russian city of Shebekino": an adjective before a generic word
        if not adjective(text, end) and not institution(text, end):
            known.add(name)
            generic = _capital_generic(after)
            if generic:
                known.add(f"{name} {generic.group(1)}")  # "Herat Province", the article's own form
    stems = _demonym_stems(demonyms)  # "Bavaria" where the article also says "Bavarian"
    known.update(n for n, e in unplaced if n in stems and not (adjective(text, e) or institution(text, e)))
    known.update(datelines(text))
    listed = set(_LISTED)  # (one copy of the list, the article's names added to it)
    listed.update(k for k in known if k.lower() not in places.NOT_PLACES)
    return listed


def _own_words(run: str, demonyms: set[str]) -> tuple[str, bool] | None:
    """What a capitalised run's own words say, read once for each run the article repeats:
    the name it gives (None for no name: a word of `NOT_PLACES` alone, "The", or a run
    `trim` leaves empty), and whether its words place it ("Around Herat Province": a
    preposition opens it; "Summit County": a generic word of a place's form ends it).
    A run that may be a demonym ("Bavarian") is added to `demonyms`."""
    if run.endswith(("an", "on")):
        demonyms.add(run.rsplit(None, 1)[-1])
    if " " not in run and run.lower() in places.NOT_PLACES:
        return None
    name = _name_of(run)
    if not name:
        return None
    opener = run.split(None, 1)[0].lower()  # "Around Herat Province, ..." opens a sentence
    formed = " " in name and name.rsplit(None, 1)[-1] in places.PLACE_FORM_GENERICS  # "Summit County"
    return name, formed or opener in places.STRONG_PREPOSITIONS


def _word_after(after: str) -> regex.Match[str] | None:
    """The generic or facility word right after a run ("X district", "the X post"), if any:
    `_FIRST_WORD`'s, matched only when the text's first word starts as one of them does
    (what the pattern takes for a space is one to `str.split`: its word opens the first).
    The first word's start is read as the text's first `_PREFIX` characters after its spaces:
    a word shorter than that ends in a space or the text's end there, and no prefix of
    `_AFTER_PREFIXES` holds a space or is shorter (no list of words is made)."""
    if after.lstrip()[:_PREFIX] not in _AFTER_PREFIXES:
        return None
    word = _FIRST_WORD.match(after, None, None, SERIAL)
    return word if word and word.group(1) in _AFTER_WORDS else None


_AFTER_WORDS: Final = places.PLACE_GENERICS | places.FACILITY_WORDS  # the words `_placed` asks about
_PREFIX: Final = min(map(len, _AFTER_WORDS))
_AFTER_PREFIXES: Final = frozenset(w[:_PREFIX] for w in _AFTER_WORDS)


def _capital_generic(after: str) -> regex.Match[str] | None:
    """`_CAPITAL_GENERIC.match(after)` ("Herat Province"), tried only when the text's first
    word starts with a letter that may be a capital (not lower case, not an ASCII non-capital)."""
    first = after.lstrip()[:1]
    if not first or first.islower() or (first.isascii() and not first.isupper()):
        return None
    return _CAPITAL_GENERIC.match(after, None, None, SERIAL)


def _name_of(run: str) -> str:
    """`trim(run)` of a run that is no word of `NOT_PLACES`: a word of letters is itself
    (nothing to trim: no month, no "The", no owner)."""
    return run if run.isalpha() else trim(run)


def _generic_next(after: str) -> bool:
    """Whether a generic word follows a name ("Russian city")."""
    word = _FIRST_WORD.match(after)
    return word is not None and word.group(1) in places.PLACE_GENERICS


def _demonym_stems(words: set[str]) -> set[str]:
    """The places an article's demonyms name ("Bavarian" -> "Bavaria", "Chilean" -> "Chile",
    "Saxon" -> "Saxony", "Italian" -> "Italy")."""
    stems: set[str] = set()
    for word in words:
        if len(word) >= 5 and word[:1].isupper():
            stems.update((word[:-1], word[:-2], word + "y", word[:-3] + "y"))
    return stems


# A dateline: the place in capitals that opens a report's first paragraph, with an optional
# country and agency, before a dash ("GOMA, DR Congo (AFP) -", "KATHMANDU —").
_DATELINE: Final = compile_regex(
    r"^[ \t]*(?P<place>\p{Lu}[\p{Lu}'’.\-]+(?:[ \t]+\p{Lu}[\p{Lu}'’.\-]+){0,3})"
    r"(?P<where>,[ \t]*[\p{L}.' ]{2,30}?)?[ \t]*(?P<agency>\([^)\n]{1,30}\)[ \t]*)?[—–-]{1,2}[ \t]"
    r"(?P<rest>[^\n]*)",
    regex.MULTILINE,
)


def datelines(text: str) -> set[str]:
    """The place of the article's dateline, written as a name ("COX'S BAZAR" -> "Cox's
    Bazar"): the town a report is filed from is a place wherever the text names it. Only
    the first line of capitals and a dash that either names a country or an agency, or opens
    a paragraph of prose (a transcript's "BIDEN - We created jobs." is no dateline)."""
    for m in _dateline_matches(text[:3000]):
        if m["where"] or m["agency"] or len(m["rest"].split()) >= 12:
            name = " ".join(word[:1] + word[1:].lower() for word in m["place"].split())
            return {name} if len(name) >= 3 else set()
    return set()


def _dateline_matches(text: str) -> Iterator[regex.Match[str]]:
    """`_DATELINE.finditer(text)`: the pattern matches only from a line's start to within that
    line (`^` in MULTILINE, no line break after it), so it is tried at each line's start alone,
    as `regex` would try it at every character; and only at a line that opens with a space,
    a tab or what its place's first two characters can be, as most lines of prose do not
    ("The ...", "said ..."). An ASCII character is a capital as `str.isupper` says; one
    outside ASCII is let through: `regex` knows capitals of a later Unicode than Python's."""
    start = 0
    while start < len(text):
        first, second = text[start:start + 1], text[start + 1:start + 2]
        if first in (" ", "\t") or (_may_be_capital(first) and (
                _may_be_capital(second) or second in _PLACE_MARKS)):
            match = _DATELINE.match(text, start, None, SERIAL)
            if match:
                yield match
        start = text.find("\n", start) + 1
        if not start:
            break


_PLACE_MARKS: Final = "'’.-"  # what a dateline's place may hold besides capitals


def _may_be_capital(char: str) -> bool:
    return char.isupper() or not char.isascii()


_LISTED: Final = frozenset(k for k in GAZETTEER if k.lower() not in places.NOT_PLACES)  # filtered once
