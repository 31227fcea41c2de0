"""Where a figure holds (`place`): the place names a sentence ties to its figures, as rules.

A place is a proper name: one after a locative preposition ("in Kandahar", "across
Afghanistan"), one carrying a generic word ("Kandahar city", "the province of Herat"), a
possessive of a known place ("Afghanistan's roughly 400 districts"), or a bare mention of a
name the article elsewhere uses as a place. A definite description ("the city", "there")
takes the place named before it. Places a figure is not about are left out: where a
statement was made ("told reporters in Washington"), a distance's reference point ("150 km
southwest of Kabul"). A figure takes the first place after it in its clause, else the one before.
"""

from __future__ import annotations

import dataclasses
import itertools
from typing import Final

import regex

from stats.describe import place_phrases as phrases
from stats.describe.place_brackets import add_bracketed
from stats.describe.place_names import (
    COMPASS,
    GENERICS,
    NAME,
    NEXT_WORD,
    Mention,
    adjective,
    by_form,
    capital_after_first,
    covered,
    demonym,
    institution,
    names_institution,
    nationality,
    place_of_institution,
    trim,
    where_names,
)
from stats.describe.place_objects import add_facilities, add_known_of, add_verb_objects
from stats.find.rule import Rule, Stage
from stats.lexicon import places, sources
from stats.lexicon.compiled import WordCue, alternation, trie
from stats.lexicon.pattern_cache import SERIAL, compile_regex, group_number

IN_PLACE: Final = Rule("place.in", Stage.PLACE, '"in Kandahar", "across Afghanistan", "near Mosul"')
POSSESSIVE: Final = Rule("place.possessive", Stage.PLACE, '"Kandahar\'s 600,000 residents" (a known place)')
NAMED: Final = Rule(
    "place.named", Stage.PLACE, '"the province of Herat", "Kandahar city", a known place named bare')
BORDER: Final = Rule("place.border", Stage.PLACE, '"Afghanistan\'s border with Tajikistan": the neighbour')
ANAPHOR: Final = Rule(
    "place.anaphor", Stage.PLACE, '"around the city", "freeing 100 prisoners there": the place named before')
CARRIED: Final = Rule(
    "place.carried", Stage.PLACE, "a quote or a continuing sentence takes the place of the one it continues")
PLACE_RULES: Final = (IN_PLACE, POSSESSIVE, NAMED, BORDER, ANAPHOR, CARRIED)

_TITLE_WORDS: Final = "|".join(w for w in sorted(sources.TITLES) if w.isalpha())
_PREPOSITIONS: Final = trie(phrases.LOCATIVE_WORDS)  # as a trie: the same matches, a seventh faster
# The modifiers as a trie too (as `COMPASS` is): the same matches, fewer instructions a try.
_LOCATIVE: Final = compile_regex(
    rf"\b(?P<prep>(?i:{_PREPOSITIONS}))\s+(?:(?i:the)\s+)?(?:(?i:{trie(places.PLACE_MODIFIERS)})\s+)?"
    rf"(?:(?P<compass>(?i:{COMPASS}))\s+)?"
    rf"(?P<name>{NAME}(?:\s+and\s+{NAME})?)(?:\s+(?P<generic>(?i:{GENERICS}))\b)?"
)
# Its groups, read by number (`group_number`: by name, each read costs `regex` an exception).
_PREP: Final = group_number(_LOCATIVE, "prep")
_COMPASS: Final = group_number(_LOCATIVE, "compass")
_NAME: Final = group_number(_LOCATIVE, "name")
_GENERIC: Final = group_number(_LOCATIVE, "generic")
_NOT_DESTINATION: Final = compile_regex(
    r"\b(?:compared|according|relative|similar|close|next|equal|due|thanks)\s+$")
_ANY_PLACE_VERB: Final = WordCue(places.PLACE_VERBS)  # what `place_objects._VERB_OBJECT` needs
_OF_PLACE: Final = compile_regex(rf"\b(?i:the\s+)?(?P<generic>(?i:{GENERICS}))\s+of\s+(?P<name>{NAME})")
_POSSESSIVE: Final = compile_regex(rf"(?P<name>{NAME})[’']s\b")
# "another provincial capital, Qala-e-Naw," names a place in apposition to a generic word.
_APPOSITIVE: Final = compile_regex(
    rf"\b(?P<generic>{GENERICS}),\s+(?!(?i:{_TITLE_WORDS})\b)(?P<name>{NAME})(?=[,.;])"
)
# "a resident of Derna", "the mayor of Lviv": people of a place name it.
_PEOPLE_OF: Final = compile_regex(
    rf"\b(?i:{'|'.join(sorted(places.PEOPLE_OF))})\s+of\s+(?P<name>{NAME})")
# "the shelling of Kherson", "the siege of Mariupol": an event's place.
_EVENTS: Final = ("siege|shelling|bombing|bombardment|attack|attacks|battle|fall|capture|invasion|occupation|"
                  "flooding|evacuation|blockade|liberation|sack")
_EVENT_OF: Final = compile_regex(rf"\b(?:{_EVENTS})\s+of\s+(?:the\s+)?(?P<name>{NAME})")
# Pre-checks: the words each "of" pattern needs (`phrases.may_match` for the case-insensitive ones).
_ANY_EVENT: Final = WordCue(_EVENTS.split("|"))
_ANY_PEOPLE: Final = WordCue(places.PEOPLE_OF)
# "Kharkiv, the second city, where 12 people were hurt": a where-clause's place (read by `where_names`).
WHERE: Final = compile_regex(
    rf"(?P<name>{NAME}(?:\s+and\s+{NAME})?)(?:,\s+(?:[^,;]|,(?=\d)){{1,60}})?,\s+where\b")
# "of" before a capital, which every "of" pattern needs ("the province of Herat", "the siege of Mariupol").
_OF_NAME: Final = compile_regex(rf"\bof\s+(?:the\s+)?(?:(?i:{COMPASS})\s+)?\p{{Lu}}")
LONE_NAME: Final = compile_regex(NAME)
_NAME_COMMA: Final = compile_regex(rf"{NAME},\s*$")
# What a sentence needs to name a place: a capital after its first letter, or a description.
_ANY_DESCRIPTION: Final = compile_regex(
    rf"\b(?:the|The)\s+(?:{'|'.join(sorted(places.PLACE_ANAPHORS | places.BODY_ANAPHORS | {'country'}))})\b"
    r"|\b(?i:there)\b")
_ANY_FACILITY: Final = WordCue(places.FACILITY_WORDS)  # what `place_objects._FACILITY` needs, as written
# "Afghanistan's border with Tajikistan", "border crossings with South Africa"
_BORDER_WITH: Final = compile_regex(
    rf"\b(?i:borders?)(?:\s+(?:crossings?|posts?|points?|towns?|areas?|regions?))?\s+with\s+(?P<name>{NAME})"
)
# "the city", "the whole island", "there"; not the "there" of "there were two lifeboats".
_ANAPHOR: Final = compile_regex(
    rf"\b(?i:the)\s+(?:(?:whole|entire)\s+)?(?:(?P<generic>{alternation(places.PLACE_ANAPHORS)})\b(?!\s+of\b)"
    # "across the state", not "the state media" nor "the state would pay"
    rf"|(?:{alternation(places.BODY_ANAPHORS)})\b(?![\s\-]+(?:of\b|\p{{Ll}})))"
    r"|\b(?i:there)\b(?!\s+(?:is|are|was|were|will|would|has|have|had|may|might|could|should|must|"
    r"seems?|appears?|remains?|remained|seemed|appeared)\b)")
# A statement's place: the preposition right after the verb or noun of speaking, at most two
# words between ("said in", "told reporters in", "a news conference in"), never a clause
# ("Officials said 17 people died in Bor": Bor is where they died).
_STATEMENT: Final = compile_regex(
    r"\b(?:told|said|says|speaking|spoke|conference|briefing|interview|statement|"
    r"reporters|journalists)\b(?:\s+[\p{L}’'\-]+){0,2}\s+(?:in|at|from|inside)\s+(?:the\s+)?$",
    regex.IGNORECASE)
_REFERENCE: Final = compile_regex(rf"\b(?:{COMPASS}|from|of)\s*$", regex.IGNORECASE)
_DISTANCE_WORDS: Final = ("km", "kilomet", "mile", "metre", "meter", ")")  # what `_DISTANCE_BEFORE` needs
_DISTANCE_BEFORE: Final = compile_regex(
    r"(?:km|kilometres?|kilometers?|miles?|metres?|meters?|\))\s+(?:\p{L}+\s+)?$"
)


def mentions_in(sentence: str, known: set[str]) -> list[Mention]:
    """Every place named or pointed to in a sentence, in text order, without the places of
    statements and the reference points of distances."""
    found: dict[int, Mention] = {}
    named = capital_after_first(sentence) or _opens_known(sentence, known)
    if not (named or _ANY_DESCRIPTION.search(sentence, None, None, SERIAL)):
        return []  # no capitalised word after the first but a known place, no "the city" or "there"
    lowered = sentence.lower()
    if "border" in lowered:
        for m in _BORDER_WITH.finditer(sentence, None, None, False, SERIAL):
            found[m.start("name")] = Mention(m.start(), m.end(), trim(m["name"]), BORDER)
    of_name = " of " in lowered and _OF_NAME.search(sentence, None, None, SERIAL) is not None
    if of_name:  # (what the "of" patterns need)
        _add_of_places(sentence, known, found)
    _add_named(sentence, lowered, of_name, known, found)
    mentions = [found[k] for k in sorted(found)]
    return [_set_aside(sentence, m) if not m.aside and _left_out(sentence, m) else m for m in mentions]


def _opens_known(sentence: str, known: set[str]) -> bool:
    """Whether the sentence opens with a known place ("Ohio will receive $808 million")."""
    first = LONE_NAME.match(sentence, None, None, SERIAL)
    return first is not None and trim(first.group()) in known


def _set_aside(sentence: str, mention: Mention) -> Mention:
    """A place a figure is not about: a statement's, or a distance's reference point."""
    return dataclasses.replace(mention, aside=True, reference=_reference(sentence, mention))


def _add_of_places(sentence: str, known: set[str], found: dict[int, Mention]) -> None:
    """ "the province of Herat", "a resident of Derna" (the "of" patterns, tried only when the
    sentence has an "of")."""
    listed = set()
    for m in phrases.OF_PLACES.finditer(sentence) if phrases.ANY_PLURAL_PLACE.found_in(sentence) else ():
        parts = regex.split(r",\s+(?:and\s+)?|\s+and\s+", m["name"])
        if all(part in known or by_form(part) or " " in part or len(parts) > 2 for part in parts):
            found[m.start("name")] = Mention(m.start("name"), m.end("name"), m["name"], NAMED)
            listed.add(m.start("name"))
    generic = phrases.may_match(phrases.ANY_GENERIC, sentence)
    for m in _OF_PLACE.finditer(sentence, None, None, False, SERIAL) if generic else ():
        name = trim(m["name"])
        if m.start("name") in listed:
            continue  # "the neighbourhoods of El Olivar and Villa Independencia": both, above
        body = institution(sentence, m.end("name")) or (  # ("Department of Public Health"; not "of Cauca")
            m["generic"] == "Department" and name not in known)
        if not name or names_institution(name) or body:
            continue  # "the province of Tuesday": no place; "the City of London Police": a body
        formal = f"{name} {m['generic'].title()}"
        found.setdefault(m.start(), Mention(m.start(), m.end(), formal if formal in known else name, NAMED))
    people = _PEOPLE_OF.finditer(sentence) if phrases.may_match(_ANY_PEOPLE, sentence) else ()
    for m in itertools.chain(people, _EVENT_OF.finditer(sentence) if _ANY_EVENT.found_in(sentence) else ()):
        following = NEXT_WORD.match(sentence, m.end("name"))
        if following and following.group(1) not in places.AFTER_PLACE:
            continue  # "the evacuation of US embassy staff": a modifier, not the place
        if trim(m["name"]) and not covered(found, m.start("name")):
            found[m.start("name")] = Mention(m.start("name"), m.end("name"), trim(m["name"]), NAMED)


def _add_named(sentence: str, lowered: str, of_name: bool, known: set[str],
               found: dict[int, Mention]) -> None:
    """The other ways a sentence names or points to a place, each tried only when its cue
    word is in the sentence (`lowered`, or its words; `of_name`: "of" before a capital)."""
    phrases.add_listed_places(sentence, found, IN_PLACE)
    if " and " in sentence:
        phrases.add_place_lists(sentence, known, found, IN_PLACE)
    if _ANY_FACILITY.found_in(sentence):
        add_facilities(sentence, found, IN_PLACE)
    if "where" in lowered:
        for m in where_names(WHERE, sentence):
            if trim(m["name"]) and not covered(found, m.start("name")):
                found[m.start("name")] = Mention(m.start("name"), m.end("name"), trim(m["name"]), NAMED)
    generic = "," in sentence and phrases.ANY_GENERIC.found_in(sentence)
    for m in _APPOSITIVE.finditer(sentence, None, None, False, SERIAL) if generic else ():
        found.setdefault(m.start("name"), Mention(m.start("name"), m.end("name"), trim(m["name"]), NAMED))
    phrases.add_numbered(sentence, found, IN_PLACE)
    for m in phrases.locatives(_LOCATIVE, sentence):
        _add_locative(sentence, m, known, found)
    add_bracketed(sentence, known, found, IN_PLACE)
    if " for " in sentence:
        phrases.add_for_places(sentence, known, found, IN_PLACE)
    phrases.add_clause_subjects(sentence, known, found, NAMED)
    if "’s" in sentence or "'s" in sentence:
        for m in _POSSESSIVE.finditer(sentence, None, None, False, SERIAL):
            name = trim(m["name"])
            border = sentence.startswith("border with", m.end() + 1)
            if name in known and not border and not covered(found, m.start()):
                found[m.start()] = Mention(m.start(), m.end(), name, POSSESSIVE)
    phrases.add_generic_names(sentence, found, NAMED)
    if of_name:
        add_known_of(sentence, known, found, IN_PLACE)
    if _ANY_PLACE_VERB.found_in(sentence):
        add_verb_objects(sentence, known, found, NAMED)
    anaphor = phrases.may_match(phrases.ANY_ANAPHOR, sentence)
    for m in _ANAPHOR.finditer(sentence, None, None, False, SERIAL) if anaphor else ():
        appositive = _NAME_COMMA.search(sentence, max(0, m.start() - 60), m.start())  # "Kabul, the capital,"
        mention = Mention(m.start(), m.end(), m.group(), ANAPHOR, anaphor=True, aside=bool(appositive))
        found.setdefault(m.start(), mention)


def names_in(sentence: str, known: set[str]) -> list[Mention]:
    """Known places named bare ("Mazar saw some of the fiercest fighting"), which a later
    "the city" may point to though they are not a figure's place themselves."""
    runs = LONE_NAME.finditer(sentence, None, None, False, SERIAL)
    return [Mention(m.start(), m.end(), name, NAMED) for m in runs if (name := trim(m.group())) in known]


def _add_locative(sentence: str, m: regex.Match[str], known: set[str], found: dict[int, Mention]) -> None:
    """A name after a preposition, when it is a place: a generic word joined to it, a known
    place (each of two joined by "and"), a place by its form, or the known place an
    institution is named after; "on" only before the last two kinds, "to" not after
    "compared" or "according", and never a name used as an adjective or a modifier."""
    if whole := _whole_name(sentence, m, known):
        found[whole.start] = whole
        return
    written, generic = m[_NAME], m[_GENERIC]
    name_start, name_end = m.span(_NAME)
    name = trim(written)
    if not name or covered(found, name_start) or name.lower() in places.NOT_PLACES:
        return
    if name in places.FAITH_WORDS:
        return  # "at the Buddhist temple in Mandalay": a faith, not a place
    owned = phrases.OWNED.match(sentence, name_end, None, SERIAL)
    if owned and not generic:
        # "in Peru's northern La Libertad region": the region, not the country that owns it
        text = f"{owned['compass']} {trim(owned['name'])}"
        text += f" {owned['generic']}" if owned["generic"] else ""
        found[name_start] = Mention(name_start, owned.end(), text, IN_PLACE)
        return
    if generic and nationality(name):
        return  # "in the Chilean city of Viña del Mar": the name after "of" is the place
    if not generic and (adjective(sentence, name_end) or phrases.possessive_of_thing(sentence, name_end)):
        return  # "in Afghan politics"; "in America's longest war" is a possessive
    parts = name.split(" and ")
    formed = all(by_form(part) for part in parts)
    # Each of two joined names must be a place: "between Hamas and Israel" names no place.
    if not generic and not all(part in known or by_form(part) for part in parts):
        name = place_of_institution(name, known)  # "At Valeni Municipal Hospital": Valeni
        if not name:
            return
    prep = m[_PREP].lower()
    if prep == "on" and not (generic or formed or phrases.arrival(sentence, m.start())):
        return  # "attacks on the United States": on a target, not in a place ("on Lake Kivu" is)
    if prep == "to" and _NOT_DESTINATION.search(sentence, max(0, m.start() - 12), m.start()):
        return  # "compared to Germany", "according to Reuters": no place a thing goes to
    if formed and not generic and (nxt := NEXT_WORD.match(sentence, name_end)) and (
        nxt.group(1).lower() not in places.AFTER_PLACE
    ):
        return  # "a debate on Main Street reforms": a name used as a modifier
    if demonym(name) and name not in known:
        return  # "off the Tunisian coast": an adjective (not "at Djidian, a mining site")
    if institution(sentence, name_end) or names_institution(name) or names_institution(written):
        return  # "at Valeni Municipal Hospital", "in the National Assembly": the institution, not the place
    owner_cut = name != written and written.endswith(name) and "s " in written  # "Indonesia's Aceh"
    text = f"{name} {generic}" if generic and generic.islower() and (name == written or owner_cut) else name
    compass = m[_COMPASS]
    if compass and name.split()[0] == written.split()[0]:
        text = f"{compass} {text}"  # "western Nepal" (not "northern Ghana's Upper East")
    start = m.start(_COMPASS) if compass else name_start
    found[name_start] = Mention(start, m.end(), text, IN_PLACE, destination=prep == "to")


def _whole_name(sentence: str, m: regex.Match[str], known: set[str]) -> Mention | None:
    """A known place a locative's parts only make whole: the owner of a legislature ("in
    Kenya's parliament": Kenya) or a name whose compass word is its own ("in Upper Nile")."""
    if owner := phrases.legislature_owner(sentence, m.start(_NAME), known, IN_PLACE):
        return owner
    # not with a generic word ("the Lower Silesia region" is read as such by the caller)
    compass = m[_COMPASS]
    capital = compass and compass[0].isupper() and not m[_GENERIC]
    full = f"{compass} {trim(m[_NAME])}" if capital else ""
    if full and full.split()[-1].lower() in places.LEGISLATURES | {"house", "chamber"}:
        return None  # "In the Lower House, 40 deputies": a body
    return Mention(m.start(_COMPASS), m.end(), full, IN_PLACE) if full in known else None


def _left_out(sentence: str, mention: Mention) -> bool:
    """A statement's place or a distance's reference point."""
    left = sentence[max(0, mention.start - 60) : mention.start]
    if mention.rule is IN_PLACE and _STATEMENT.search(left, None, None, SERIAL):
        return True
    if phrases.SPEAKS_AFTER.match(sentence, mention.end, None, SERIAL):
        return True  # "the Neamt County prefecture said 40 people ...": a body that speaks
    speaker = phrases.speaker_before(sentence, max(0, mention.start - 140), mention.start)
    if speaker and not mention.anaphor:
        return True  # "said X, an economist at Databank in Accra": where the speaker works
    return _reference(sentence, mention)


def _reference(sentence: str, mention: Mention) -> bool:
    """A distance's reference point ("35 km south of Gavdos"): the sentence places its
    figures by it, so it takes no place from the sentence before either."""
    left = sentence[max(0, mention.start - 60) : mention.start]
    if not any(unit in left for unit in _DISTANCE_WORDS):
        return False  # no distance before: `_DISTANCE_BEFORE` needs one of these words
    reference = _REFERENCE.search(left, None, None, SERIAL)
    return bool(reference and _DISTANCE_BEFORE.search(left[: reference.start()], None, None, SERIAL))
