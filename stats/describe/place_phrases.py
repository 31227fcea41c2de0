"""Less usual ways news names a place, for `place.mentions_in`: a region owned by a country
("in Peru's northern La Libertad region"), two places named as one after a plural generic
word ("the neighbourhoods of El Olivar and Villa Independencia"), the place aid or a
forecast is for ("the UN's appeal for Congo"), "on" a place reached ("landed on Crete"), and
the workplace in a named speaker's description, which is not the figure's place."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final

import regex

from stats.describe import patterns
from stats.describe.place_names import (
    COMPASS,
    GENERICS,
    NAME,
    Mention,
    by_form,
    covered,
    names_institution,
    nationality,
    trim,
)
from stats.find.rule import Rule
from stats.lexicon import places
from stats.lexicon.anchored import finditer_at, word_starts
from stats.lexicon.compiled import WordCue, odd_folding, word_set
from stats.lexicon.pattern_cache import SERIAL, compile_regex

# Places named as one list: "Nsanje, Chikwawa and Blantyre", "El Olivar and Villa Independencia".
_LIST: Final = rf"{NAME}(?:,\s+{NAME})*,?\s+and\s+{NAME}"
_PLURAL_PLACES: Final = (
    "states|counties|districts|provinces|regions|villages|towns|cities|islands|neighbourhoods|neighborhoods"
    "|departments|prefectures|municipalities|governorates|oblasts"
)
# Pre-checks (see `may_match`): a sentence without a plural place word, or without a verb
# `CLAUSE_SUBJECT` needs, is not searched (the patterns are case-sensitive).
ANY_PLURAL_PLACE: Final = WordCue(_PLURAL_PLACES.split("|"))
# "the neighbourhoods of El Olivar and Villa Independencia", "the southern districts of
# Nsanje, Chikwawa and Blantyre": the places named as one.
OF_PLACES: Final = compile_regex(rf"\b(?:{_PLURAL_PLACES})\s+of\s+(?P<name>{_LIST})")
# "in Kano, Katsina and Jigawa states", "across Perry, Breathitt and Knott counties".
_LISTED: Final = compile_regex(rf"(?P<name>{_LIST})\s+(?P<generic>{_PLURAL_PLACES})\b")
# "in Bohol, Leyte, Southern Leyte and Cebu", "in the Andaman Sea and the Bay of Bengal": places
# named as one after a locative preposition, three or more with commas, or two when the second
# has its own "the" (two bare names joined by "and" are the locative's own).
_LOCATIVE_LIST: Final = compile_regex(
    rf"\b(?:in|across|throughout|inside|near|off)\s+(?:the\s+)?"
    rf"(?P<name>{NAME}(?:,\s+{NAME})+,?\s+and\s+(?:the\s+)?{NAME}|{NAME}\s+and\s+the\s+{NAME})"
)
# "the UN's appeal for Congo", "dust storms are forecast for upper Sindh": whom aid is for.
FOR_PLACE: Final = compile_regex(
    r"\b(?:appeals?|aid|funding|assistance|relief|plan|budget|response|forecast|warning|package|grant)"
    rf"\s+for\s+(?:the\s+)?(?:(?P<compass>{COMPASS})\s+)?(?P<name>{NAME})"
)
# A place inside the description of a named speaker ("said Courage Martey, an economist at
# Databank in Accra", "said Dieudonné Lossa, a civil society leader in Djugu territory"):
# where the speaker works, not what the figure is about.
SPEAKER_ROLE: Final = compile_regex(
    r"\b(?:said|says|according\s+to)\s+(?:\p{Lu}[\p{L}.\-]*\s+){0,4}\p{Lu}[\p{L}\-]*,\s+(?:a|an|the|\p{Lu}[\p{L}\-]*[’']s)\s+"
    r"[^,;.\d]{0,60}\b(?:in|at|from|of)\s+(?:the\s+)?$"
)


def speaker_before(sentence: str, start: int, end: int) -> regex.Match[str] | None:
    """`SPEAKER_ROLE.search(sentence, start, end)`, searched only when the window holds a word
    a match opens with ("said", "says", "according"; the pattern is case-sensitive)."""
    if all(sentence.find(word, start, end) < 0 for word in ("said", "says", "according")):
        return None
    return SPEAKER_ROLE.search(sentence, start, end, SERIAL)


# "Peru's northern La Libertad region": a part of a place named after a compass word.
OWNED: Final = compile_regex(
    rf"[’']s\s+(?P<compass>(?i:{COMPASS}))\s+(?P<name>{NAME})(?:\s+(?P<generic>(?i:{GENERICS}))\b)?"
)
# A place's name that is the subject of a verb of speaking names a body ("the Neamt County
# prefecture said", "the Sindh government put the toll at"): its statement's place, not a figure's.
SPEAKS_AFTER: Final = compile_regex(
    r"\s+(?:has\s+|had\s+)?(?:said|says|put|puts|told|reported|reports|announced|estimated|estimates|confirmed)\b"
)
# A known place as the subject of a clause inside the sentence ("the PMD says Jacobabad
# recorded a high of 51C", "polls suggested that Saxony might become ..."): the clause's scene.
_SUBJECT_VERBS: Final = (
    "has|had|have|is|was|were|are|will|would|might|may|could|can|recorded|reported|registered"
    "|saw|sees|received|receives|hosts|hosted|hit|hits|became|becomes|remains|remained|accounts|accounted"
    "|suffered|lost|gained|needs|faces|faced"
)
CLAUSE_SUBJECT: Final = compile_regex(
    rf"(?:^|\b(?:that|says|say|said|while|whereas|and|but|as)\s+|[,;:]\s+)(?P<name>{NAME})\s+"
    rf"(?P<verb>{_SUBJECT_VERBS})\b"
)
# A sentence that opens with a place, a copula and an article describes the place ("Kandahar
# is the heartland of the Taliban"): it sets no scene for the sentence's figures ("Kerala is
# home to 35 million people" does).
_DESCRIBED: Final = compile_regex(r"(?:is|was|are|were)\s+(?:the|a|an)\s")
_ANY_SUBJECT_VERB: Final = WordCue(_SUBJECT_VERBS.split("|"))
# What every match of `CLAUSE_SUBJECT` holds: a name's last word (a capital, then letters,
# marks, hyphens or an apostrophe's letters; never "'s" before a verb) and the verb. Searched
# for first, it skips most sentences in a quarter of the time the whole pattern takes.
_NAME_THEN_VERB: Final = compile_regex(rf"\p{{Lu}}[\p{{L}}\p{{M}}\-’']*\s+(?:{_SUBJECT_VERBS})\b")


LOCATIVE_WORDS: Final = places.PLACE_PREPOSITIONS - {"of"}  # the words `place._LOCATIVE` opens with


def locatives(pattern: regex.Pattern[str], sentence: str) -> Iterator[regex.Match[str]]:
    """`pattern.finditer(sentence)` for `place._LOCATIVE`, which opens with a word of
    `LOCATIVE_WORDS` (in any case), tried only where one stands (`word_starts`; the whole
    sentence when a letter case-folds oddly), not at every character: the same matches
    (tests/describe/test_fast_paths_place_locative.py) in a fraction of the instructions.
    An ASCII sentence (most) is read by `_ascii_starts`."""
    starts = _ascii_starts(sentence) if sentence.isascii() else word_starts(sentence, LOCATIVE_WORDS)
    return pattern.finditer(sentence) if starts is None else finditer_at(pattern, sentence, starts)


# The bytes of ASCII word characters (`regex`'s \w in ASCII) as they are, every other byte a space.
_WORD_OR_SPACE: Final = bytes(c if chr(c).isalnum() or c == ord("_") else 32 for c in range(128)) + b" " * 128
# What `place._LOCATIVE` may read between its preposition and the name: "the", a modifier, a
# compass word (each in any case, each once, in this order).
_BEFORE_NAME: Final = frozenset({"the", *places.PLACE_MODIFIERS, *places.COMPASS_WORDS})
_ASCII_CAPITALS: Final = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")


def _ascii_starts(sentence: str) -> list[int]:
    """Where `place._LOCATIVE` may match in an ASCII sentence, in order: where a word of
    `LOCATIVE_WORDS` stands as a whole run of word characters (the pattern's preposition
    follows a word boundary and has whitespace after it), found in the sentence's lower
    case with each run of other characters turned into spaces (string searches in C, no
    search for the words inside longer ones), and a name may follow it (`_before_name`).
    A try of the pattern costs thousands of instructions; most prepositions stand before
    no name ("in 2021", "to the people")."""
    present = LOCATIVE_WORDS.intersection(word_set(sentence))  # (the sentence's runs, case-folded)
    if not present:
        return []
    spaced = b" " + sentence.encode("ascii").lower().translate(_WORD_OR_SPACE) + b" "
    starts = []
    for word in present:
        needle = f" {word} ".encode("ascii")
        at = spaced.find(needle)
        while at >= 0:
            starts.append(at)  # (the word is at `at + 1` in `spaced`, at `at` in the sentence)
            at = spaced.find(needle, at + len(needle) - 1)
    starts.sort()
    return [at for at in starts if _before_name(sentence, at)]


def _before_name(sentence: str, at: int) -> bool:
    """Whether `place._LOCATIVE` may match at `at` in an ASCII sentence: its preposition, a
    word of letters, then whitespace, is the whole word there (a shorter one is followed by a
    letter); "the", a modifier and a compass word, each with whitespace after it, are each a
    whole word (split at whitespace: at Python's, which holds `regex`'s); and the name opens
    with a capital (`\\p{Lu}`: A to Z in ASCII)."""
    words = sentence[at:].split(None, 5)
    if not words or words[0].lower() not in LOCATIVE_WORDS:
        return False
    for word in words[1:5]:
        if word[0] in _ASCII_CAPITALS:
            return True
        if word.lower() not in _BEFORE_NAME:
            return False
    return False


def may_match(cue: WordCue, sentence: str) -> bool:
    """Whether a case-insensitive pattern whose every match holds one of `cue`'s words can
    match: the cue word is there, or a letter that case-folds to ASCII ("İ", "ſ") is, which
    the pattern may match as an ASCII letter though the case-folded word is no cue word
    (every such letter is outside ASCII: an ASCII sentence is not scanned for one)."""
    return cue.found_in(sentence) or odd_folding(sentence)


def arrival(sentence: str, start: int) -> bool:
    """ "landed on Crete", "arrivals on Lesbos": "on" a place reached, not "on" a target."""
    word = patterns.LAST_WORD_BEFORE.search(sentence, max(0, start - 20), start, SERIAL)
    return word is not None and word.group(1).lower() in places.ARRIVAL_WORDS


def add_clause_subjects(sentence: str, known: set[str], found: dict[int, Mention], rule: Rule) -> None:
    """ "the PMD says Jacobabad recorded a high of 51C": a known place that is the subject of
    a clause inside the sentence sets that clause's scene."""
    if not _ANY_SUBJECT_VERB.found_in(sentence) or not _NAME_THEN_VERB.search(sentence, None, None, SERIAL):
        return  # no verb a clause's subject needs, or none right after a capitalised word
    for m in CLAUSE_SUBJECT.finditer(sentence, None, None, False, SERIAL):
        name = trim(m["name"])
        if m.start() == 0 and _DESCRIBED.match(sentence, m.start("verb")):
            continue
        if name in known and not covered(found, m.start("name")):
            found[m.start("name")] = Mention(m.start("name"), m.end("name"), name, rule)


def add_for_places(sentence: str, known: set[str], found: dict[int, Mention], rule: Rule) -> None:
    """ "the UN's appeal for Congo", "forecast for upper Sindh": the place aid or a forecast
    is for, when it is known or carries a compass word."""
    for m in FOR_PLACE.finditer(sentence, None, None, False, SERIAL):
        name = trim(m["name"])
        if (name in known or m["compass"]) and not covered(found, m.start("name")):
            text = f"{m['compass']} {name}" if m["compass"] else name
            start = m.start("compass") if m["compass"] else m.start("name")
            found[m.start("name")] = Mention(start, m.end("name"), text, rule)


_NAME_GENERIC: Final = compile_regex(rf"(?P<name>{NAME})\s+(?P<generic>{GENERICS})\b")
ANY_GENERIC: Final = WordCue(places.PLACE_GENERICS)
# The words `place._ANAPHOR` needs ("the city", "there"; `may_match`: "there" in any case).
ANY_ANAPHOR: Final = WordCue(places.PLACE_ANAPHORS | places.BODY_ANAPHORS | {"there"})
# Words before a compass word that make it a direction or another place's ("heading north", "north and
# south Kivu", "the far north"), not the place's own.
_NOT_OF_PLACE: Final = frozenset(
    "heading headed moving moved travelling traveling fled far and or drove driving "
    "marched marching".split())
# Lower case: "northern "
_COMPASS_BEFORE: Final = compile_regex(rf"(?<![\p{{L}}\-])(?P<compass>{COMPASS})\s+$")
_OF_CAPITAL: Final = compile_regex(rf"\s+of\s+(?:the\s+)?(?:(?i:{COMPASS})\s+)?\p{{Lu}}")
# A plural generic word after one name counts its parts ("34 Florida counties"): the place is
# the name; after two ("Monroe and Miami-Dade counties") it joins them as one place.
_PLURAL_GENERICS: Final = frozenset({"regions", "provinces", "districts", "counties", "neighbourhoods",
                                     "neighborhoods", "islands"})


def add_generic_names(sentence: str, found: dict[int, Mention], rule: Rule) -> None:
    """ "Kandahar city", "Sarobi district", "Hanoi's Noi Bai airport": a name joined to a
    generic word, written with it (without a known place that owns it)."""
    if not ANY_GENERIC.found_in(sentence):
        return  # no generic word: the name-first search would try every capital for nothing
    for m in _NAME_GENERIC.finditer(sentence, None, None, False, SERIAL):
        name, start = m["name"], m.start()
        if name.startswith("The "):  # "The Lunca dam, a 45-metre embankment"
            name, start = name[4:], start + 4
        if nationality(name) or (" " not in name and name.endswith(places.DEMONYM_ENDINGS)
                                 and _OF_CAPITAL.match(sentence, m.end())):
            continue  # "the Tunisian coast": an adjective; "the Libyan port of Zuwara": Zuwara
        trimmed = trim(name)
        if trimmed != name and name.endswith(" " + trimmed) and "s " in name:  # "Hanoi's Noi Bai"
            name, start = trimmed, start + len(name) - len(trimmed)
        if not covered(found, start) and trim(name) == name:
            joined = sentence.endswith(" and ", 0, start)  # "Monroe and Miami-Dade counties"
            text = name if m["generic"] in _PLURAL_GENERICS and not joined else f"{name} {m['generic']}"
            compass = _COMPASS_BEFORE.search(sentence, max(0, start - 20), start)
            before = sentence[max(0, compass.start() - 12) : compass.start()].split()[-1:] if compass else []
            if before and before[0].lower() in _NOT_OF_PLACE:
                compass = None  # "heading north Sarobi district", "north and south Kivu", "the far north"
            if compass:  # "five districts of northern Baghlan province": written with its compass word
                text = f"{compass['compass']} {text}"
            found[start] = Mention(compass.start() if compass else start, m.end(), text, rule)


def add_listed_places(sentence: str, found: dict[int, Mention], rule: Rule) -> None:
    """ "in Kano, Katsina and Jigawa states", "Escuintla and Sacatepéquez departments": names
    listed before a plural generic word are one place, written with it."""
    if " and " not in sentence or not ANY_PLURAL_PLACE.found_in(sentence):
        return
    for m in _LISTED.finditer(sentence):
        parts = regex.split(r",\s+(?:and\s+)?|\s+and\s+", m["name"])
        if all(trim(part) == part and not nationality(part) for part in parts):
            found[m.start()] = Mention(m.start(), m.end(), f"{m['name']} {m['generic']}", rule)


def add_place_lists(sentence: str, known: set[str], found: dict[int, Mention], rule: Rule) -> None:
    """ "across Uttar Pradesh, Bihar and Haryana": a list of places after a locative preposition
    is one place, written as the list, when its first name is a place (known, or by its form)
    and none of its names is a month, a nationality or a body."""
    for m in _LOCATIVE_LIST.finditer(sentence, None, None, False, SERIAL):
        parts = regex.split(r",\s+(?:and\s+)?(?:the\s+)?|\s+and\s+(?:the\s+)?", m["name"])
        if len(m["name"]) > _LONGEST_LIST or not (parts[0] in known or by_form(parts[0])):
            continue
        plain = all(trim(p) == p and not nationality(p) and not names_institution(p) for p in parts)
        if plain and not covered(found, m.start("name")):
            found[m.start("name")] = Mention(m.start("name"), m.end("name"), m["name"], rule)


_LONGEST_LIST: Final = 78  # characters: `covered` looks no further back than 80


# "in Kenya's parliament", "in Slovenia's National Assembly": a country's legislature.
_LEGISLATURE: Final = compile_regex(
    rf"(?P<owner>{NAME})[’']s\s+(?:\p{{L}}+\s+){{0,2}}?(?i:{'|'.join(sorted(places.LEGISLATURES))})\b"
)


def legislature_owner(sentence: str, start: int, known: set[str], rule: Rule) -> Mention | None:
    """The known place whose legislature a name at `start` opens: its seats and votes are
    that place's ("31 of the 90 seats in Slovenia's National Assembly": Slovenia)."""
    if sentence.find("’s", start) < 0 and sentence.find("'s", start) < 0:
        return None  # every match holds a possessive
    m = _LEGISLATURE.match(sentence, start, None, SERIAL)
    if m is None or trim(m["owner"]) not in known:
        return None
    return Mention(m.start("owner"), m.end("owner"), trim(m["owner"]), rule)


# "A fire in Camp 9 on 28 May": a place named by a word and a number, when no noun follows
# the number (not "in Camp 9 houses" nor "In Sector 3 people").
NUMBERED: Final = compile_regex(
    rf"\b(?:in|at|near|inside|from|to)\s+(?:the\s+)?(?P<name>(?:{'|'.join(sorted(places.NUMBERED_PLACE_WORDS))})"
    r"\s+\d{1,3}(?:[A-Z]\b)?)(?![\d.,]\d)(?=\s*(?:[,;.:)]|$)|\s+(?:on|in|at|by|near|where|since|when|after|before"
    r"|during|and|or|but|to|with|for)\b)"
)
_ANY_NUMBERED: Final = WordCue(w.lower() for w in places.NUMBERED_PLACE_WORDS)


def add_numbered(sentence: str, found: dict[int, Mention], rule: Rule) -> None:
    """ "in Camp 9", "at Ward 4": a place named by a word and a number (before the locative
    reads "Camp" alone)."""
    for m in NUMBERED.finditer(sentence) if _ANY_NUMBERED.found_in(sentence) else ():
        found[m.start("name")] = Mention(m.start("name"), m.end("name"), m["name"], rule)


_PART_OF_PLACE: Final = compile_regex(
    rf"[’']s\s+(?:{COMPASS}|{GENERICS}|outskirts|suburbs|heartland|centre|center|"
    r"south|north|east|west|interior|streets|neighbourhoods|neighborhoods|hospitals|camps|villages|towns)\b",
    regex.IGNORECASE,
)


def possessive_of_thing(sentence: str, end: int) -> bool:
    """ "in America's longest war", "in Russia's invasion" (whose war: the possessor is an agent or
    a record holder), not "in Afghanistan's south" nor "in Ecuador's prisons" (in the place)."""
    if not sentence.startswith(("’s", "'s"), end) or _PART_OF_PLACE.match(sentence, end):
        return False
    return _AGENT_OR_RANK.match(sentence, end + 2) is not None


# After a possessive place: a ranking or an agent's act, which make the place an owner, not
# the scene ("in America's longest war", "in Israel's strikes on Gaza").
_AGENT_OR_RANK: Final = compile_regex(
    r"\s+(?:\p{L}+est|most|least|first|second|third|biggest|worst|best|own|"
    r"war|wars|offensive|invasion|strikes?|attacks?|assault|bombardment|campaign|operations?|"
    r"forces|troops|army|military|navy|air\s+force|government|ministry|president|leader|team|side)\b",
    regex.IGNORECASE,
)
