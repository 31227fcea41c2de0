"""Which of a sentence's places a figure is about, and what "the city" points to.

`place.mentions_in` finds the places; this module picks one for a figure: inside its span,
else the first after it in its clause, else the nearest before it, with the exceptions the
guide makes (possessives only next to the figure, descriptions set off by commas, a
duration's event).
"""

from __future__ import annotations

from typing import Final

import regex

from stats.describe import other_events
from stats.describe.clauses import clause_end_after, clause_start_before
from stats.describe.place import POSSESSIVE, WHERE
from stats.describe.place_brackets import bracketed_for
from stats.describe.place_names import Mention
from stats.lexicon import places
from stats.lexicon.pattern_cache import SERIAL, compile_regex


def resolve(mention: Mention, earlier: list[Mention]) -> str | None:
    """The name a definite description points to: the last place named before it, without
    its generic word when the description names another kind of place ("around the city"
    after "Around Herat Province" -> "Herat"; "in the area" after "the Valparaíso region" ->
    "Valparaíso region")."""
    named = [m for m in earlier if not m.anaphor]
    # a bare name inside a fuller mention of it ("Valparaíso" in "the Valparaíso region")
    named = [m for m in named if not any(o is not m and o.start <= m.start and m.end <= o.end
                                         and len(o.text) > len(m.text) for o in named)]
    if not named:
        return None
    last = named[-1].text
    parts = last.split()
    if len(parts) > 1 and parts[0].lower() in places.COMPASS_WORDS:
        parts = parts[1:]  # "the province" after "upper Sindh" is Sindh, not a part of it
        last = " ".join(parts)
    generic = mention.text.split()[-1].lower()
    if (
        mention.text.startswith("the ")
        and len(parts) > 1
        and parts[-1].lower() in places.PLACE_GENERICS
        and generic not in _WIDE_DESCRIPTIONS
    ):
        return " ".join(parts[:-1])
    return last


# Descriptions that may stand for a place of any size ("the area" is the region named).
_WIDE_DESCRIPTIONS: Final = frozenset({"area"})


def choose(
    mentions: list[Mention],
    start: int,
    end: int,
    sentence: str,
    kind: str = "count",
    bare: list[Mention] | None = None,
) -> Mention | None:
    """The place a figure at [start, end) is about: one inside its span ("150 of
    Afghanistan's 400"), else the first after it in its clause (in the sentence, for a
    distance), else the nearest before it in its clause chain. A possessive counts only
    next to the figure, and a description before it only close by. A duration takes the
    place of the event it times: a possessive after it, or a known place named bare before
    it in its clause ("isolate Kabul in 30 days")."""
    window = sentence[max(0, start - 20):start]
    if ("(" in window or ", with" in window) and (listed := bracketed_for(mentions, start, sentence)):
        return listed  # "Beed (14,200 hectares)" (a listed place is set aside for the others)
    mentions = [m for m in mentions if not m.aside]
    inside = [m for m in mentions if start <= m.start and m.end <= end]
    if inside:
        return inside[0]
    if not mentions and not (kind == "duration" and bare):
        return None  # no place to choose (most figures' sentences): their clauses are not read
    chosen = _choose(mentions, start, end, sentence, kind, bare)
    return _contained(chosen, mentions, sentence) if chosen else None


def _this_event(mentions: list[Mention], start: int, sentence: str) -> list[Mention]:
    """The mentions that are no place of another event named in passing, unless the figure is
    in that mention too ("killing 13, days after a similar accident near Warrah": not Warrah)."""
    elsewhere = [(a, b) for a, b in other_events.related_spans(sentence) if not a <= start < b]
    return [m for m in mentions if not any(a <= m.start < b for a, b in elsewhere)] if elsewhere else mentions


def _contained(chosen: Mention, mentions: list[Mention], sentence: str) -> Mention:
    """The more specific place when the chosen one only says where it lies: "the town of
    Valeni in north-eastern Romania", "Chibok, in Borno State", "the Monplaisir district of
    Lyon" -> Valeni, Chibok, Monplaisir district."""
    for m in mentions:
        if m.anaphor or m.start >= chosen.start:
            continue
        if m.end <= chosen.start and _CONTAINS.fullmatch(sentence, m.end, chosen.start, SERIAL):
            return m
        # the place's mention may start at the generic word ("district of Lyon")
        if chosen.start <= m.end and _PART_OF.match(sentence, m.end) and (
            m.text.rsplit(None, 1)[-1] in places.PART_GENERICS
        ):
            return m
    return chosen


# Between a place and the region that holds it: "Valeni in", "Chibok, in the".
_CONTAINS: Final = compile_regex(r",?\s+in\s+(?:the\s+)?")
# Between a part of a place, named with its generic word, and the place: "the Monplaisir
# district of Lyon", "the Kibera neighbourhood of Nairobi".
_PART_OF: Final = compile_regex(r"\s+of\s+(?:the\s+)?")


def _choose(
    mentions: list[Mention], start: int, end: int, sentence: str, kind: str, bare: list[Mention] | None
) -> Mention | None:
    """The place after the figure in its clause, else the nearest before it (see `choose`)."""
    clause_end = len(sentence) if kind == "distance" else clause_end_after(sentence, end)
    after = [
        m
        for m in mentions
        if end <= m.start < clause_end
        and (m.rule is not POSSESSIVE or kind == "duration" or _places_of(sentence, m))
        and not _origin_of_noun(sentence, end, m)
        and not _REPORTED_SUBJECT.search(sentence, max(0, m.start - 16), m.start, SERIAL)
    ]
    if after:
        after = _this_event(after, start, sentence)
    if len(after) > 1 and after[0].rule is POSSESSIVE and _ROADS.fullmatch(
            sentence, after[0].end, after[1].start):
        after = after[1:]  # "died on Peru's roads in Cusco": Cusco
    if after and after[0].text != "there":
        return _not_origin(after, sentence)
    if antecedent := _where_antecedent(mentions, start, sentence):
        return antecedent  # "in Villanueva, a town of 3,500 people in Málaga, where the PP won by four votes"
    floor = clause_start_before(sentence, start)
    before = [
        m
        for m in mentions
        if not _in_description(sentence, m, start, mentions)
        if floor <= m.start
        and m.end <= start
        and not m.destination  # "moved to the United States in 1998 ... who was 10"
        # not "migrants from Venezuela"
        and not _ORIGIN_BEFORE.search(sentence, max(0, m.start - 30), m.start, SERIAL)
        and (
            (m.rule is not POSSESSIVE and not m.anaphor)
            or _next_to(sentence, m.end, start)
            or (m.rule is POSSESSIVE and _places_of(sentence, m))
            or (m.anaphor and _opens(sentence, m.start))
        )
    ]
    if kind == "duration" and bare:
        clause = max(sentence.rfind(",", floor, start), floor)
        before += [
            m
            for m in bare
            if clause <= m.start and m.end <= start and _object(sentence, m.start)
            and not any(o.start <= m.start and m.end <= o.end for o in mentions)  # "in central Chile"
        ]
        before.sort(key=lambda m: m.start)
    if before:
        return before[-1]
    # "They freed 100 prisoners there." with no place before it: resolved from earlier sentences
    if after and after[0].text.lower() == "there":
        return after[0]
    # "economists expect Brazil's economy to grow 2.1%": a known place owning the clause's noun
    owners = [
        m
        for m in mentions
        if m.rule is POSSESSIVE and floor <= m.start and m.end <= start and not _AFTER_PREPOSITION.search(
            sentence, max(0, m.start - 12), m.start
        )  # not "spent $1 trillion in America's longest war": whose war, not where
        and not _SUPERLATIVE.match(sentence, m.end)  # "Uganda, Africa's largest host, shelters"
    ]
    # "all 78 of Saxony's public hospitals": the place owning what the figure is a part of
    owners += [m for m in mentions if m.rule is POSSESSIVE and _OF_BETWEEN.fullmatch(sentence, end, m.start)]
    # "Some 5.4 million people, more than a quarter of Malawi's population, face hunger": the
    # people counted are part of the place's population, named in apposition after them
    owners += [m for m in mentions if m.rule is POSSESSIVE and end <= m.start
               and _POPULATION.match(sentence, m.end) and "," in sentence[end:m.start]]
    return owners[-1] if owners else None


def _places_of(sentence: str, m: Mention) -> bool:
    """A possessive that owns the places where the figure holds: "recorded in 14 of
    Nigeria's 36 states", "across Kenya's northern counties", "died on Peru's roads" (a
    locative before it, a word of places after it), not "in America's longest war"."""
    return bool(_LOCATIVE_OWNER.search(sentence, max(0, m.start - 30), m.start)
                and _OWNED_PLACES.match(sentence, m.end))


# Between a possessive and the place named right after its roads, coast or hospitals, the
# nearer place ("on Peru's roads in Cusco"; not "..., more than in France").
_OWNED_LOCATIONS: Final = "|".join(sorted(places.OWNED_LOCATIONS))
_ROADS: Final = compile_regex(rf"\s+(?:\p{{Ll}}[\p{{L}}\-]*\s+)?(?:{_OWNED_LOCATIONS})s?"
                              r"\s+(?:in|near|at|around|outside|of)\s+(?:the\s+)?")
# Before a place that owns places: "in", "across", "throughout", perhaps a part ("in 14 of").
_LOCATIVE_OWNER: Final = compile_regex(
    r"\b(?:in|on|off|across|throughout)\s+(?:(?:\p{N}[\p{N},.]*|half|most|all|some|many|parts|each)\s+of\s+)?(?:the\s+)?$"
)
# After it: its places, perhaps counted and described ("'s 36 states", "'s northern counties").
_OWNED_PLACES: Final = compile_regex(
    rf"\s+(?:[\p{{N}},.]+\s+)?(?:\p{{Ll}}[\p{{L}}\-]*\s+)?"
    rf"(?:{'|'.join(sorted(places.PLACE_GENERICS))}|{_OWNED_LOCATIONS})s?\b"
)


# "placed 16 departments on alert and warned that Marseille could see 41C": a place that
# opens a reported clause after the figure sets that clause's scene, not the figure's.
_REPORTED_SUBJECT: Final = compile_regex(
    r"\b(?:says|said|say|warned|warns|added|adds|announced|reported|noted|stated)\s+(?:that\s+)?$"
)


def _where_antecedent(mentions: list[Mention], start: int, sentence: str) -> Mention | None:
    """The place a where-clause holding the figure is about: the name before ", where", past
    a description between commas. Searched only when the window holds "where", which every
    match ends with (a plain substring test)."""
    if sentence.find("where", max(0, start - 200), start) < 0:
        return None
    for m in WHERE.finditer(sentence, max(0, start - 200), start):
        if not _CLAUSE_BREAK.search(sentence, m.end(), start):
            return next((o for o in mentions if o.start == m.start("name") and not o.anaphor), None)
    return None


_CLAUSE_BREAK: Final = compile_regex(r"[;:.!?]\s|,\s+(?:and|but|while|(?:even\s+)?though|although|as)\s")


def _not_origin(after: list[Mention], sentence: str) -> Mention:
    """The first place after the figure, passing over an origin ("migrants from Libya")
    when a place follows it in the clause ("... capsized off the island of Lampedusa"), and
    over both ends of a route ("from Zamboanga City to Jolo island when fire broke out near
    Basilan")."""
    for m in after:
        if _FROM_BEFORE.search(sentence, max(0, m.start - 30), m.start, SERIAL):
            continue
        route = _ROUTE.search(sentence, max(0, m.start - 70), m.start, SERIAL)
        if route and not _MOVED.search(sentence, max(0, route.start() - 30), route.start()):
            continue  # a journey's end is not where the figure holds ...
        return m  # ... unless the people counted were moved there ("moved on from Kisoro to Nakivale")
    return after[0]


_AFTER_PREPOSITION: Final = compile_regex(
    rf"\b(?:{'|'.join(sorted(places.PLACE_PREPOSITIONS))})\s+(?:the\s+)?$", regex.IGNORECASE
)
# Between the two ends of a route: "from Zamboanga City to Jolo island".
_ROUTE: Final = compile_regex(
    r"\bfrom\s+(?:the\s+)?\p{Lu}[^,;]{0,40}?\s+to\s+(?:the\s+)?(?:\p{Ll}[\p{L}\-]*\s+){0,2}$"
)
# A possessive that ranks what follows among the place's ("Africa's largest refugee-hosting
# country"): a comparison, not where the figure holds.
_SUPERLATIVE: Final = compile_regex(r"\s*(?:\p{L}+est|most|least|second|third|biggest|worst|best)\b")
# A verb that moves the people counted: at the end of the route they are there.
_MOVED: Final = compile_regex(
    r"\b(?:moved|relocated|transferred|taken|bused|bussed|flown|evacuated|resettled|brought)\s+(?:on\s+|back\s+)?$"
)
# Between a figure and a possessive that owns its noun: "all 78 of Saxony's public hospitals".
_OF_BETWEEN: Final = compile_regex(r"\s+of\s+")
_POPULATION: Final = compile_regex(r"\s+(?:\p{Ll}+\s+)?(?:population|people|residents|inhabitants)\b")
# A noun and "from" right after a figure: "Two planes from Argentina" came from there.
_NOUN_FROM: Final = compile_regex(r"\s+(?:\p{Ll}[\p{L}\-]*\s+){1,2}from\s+(?:the\s+)?$")


def _origin_of_noun(sentence: str, end: int, mention: Mention) -> bool:
    """ "Two planes from Argentina joined ...": the place the counted things came from, named
    right after their noun, is not where they are."""
    return _NOUN_FROM.fullmatch(sentence, end, mention.start, SERIAL) is not None


# A plural noun and "from" before a place: where the things counted came from ("refugees and
# migrants from Venezuela living abroad have reached 7.9 million"), not where they are.
_ORIGIN_BEFORE: Final = compile_regex(r"\b\p{Ll}[\p{L}\-]*[^\Ws]s\s+from\s+(?:the\s+)?$")
_FROM_BEFORE: Final = compile_regex(r"\bfrom\s+(?:the\s+)?(?:\p{Lu}[\p{L}\-]*['’]s\s+)?$", regex.IGNORECASE)


def _in_description(sentence: str, mention: Mention, figure: int, mentions: list[Mention]) -> bool:
    """A place inside a description set off by commas before the figure ("In Baidoa, the
    largest town in Bay, teams registered 12,000 families"): the place described is nearer
    to the figure's meaning than the one that holds it."""
    comma = sentence.rfind(",", max(0, mention.start - 200), mention.start)
    if comma < 0 or not _DESCRIPTION.match(sentence, comma, None, SERIAL):
        return False
    if not any(0 <= comma - m.end <= 1 and not m.anaphor for m in mentions):
        return False  # it must follow the place it describes (not "Outside the capital, the X division")
    closing = sentence.find(",", mention.end)
    # a description is a short noun phrase ("the largest town in Bay"), not a clause ("In
    # Morocco, the ministry said it had deployed 11 teams in the region of X, where ...")
    verb = _FINITE.search(sentence, comma, closing)
    # a relative clause stays inside a description ("the town that was worst hit in Bay")
    relative = verb is not None and _RELATIVE_WORD.search(sentence, comma, verb.start()) is not None
    return 0 <= closing < figure and (verb is None or relative)


_DESCRIPTION: Final = compile_regex(r",\s+(?:a|an|the)\s")
# A finite verb makes the words between two commas a clause, not a description.
_RELATIVE_WORD: Final = compile_regex(r"\b(?:that|which|who|whose|where)\b")
_FINITE: Final = compile_regex(r"\b(?:said|says|told|had|has|have|is|are|was|were|will|would|could|can)\b")


_VERB_BEFORE: Final = compile_regex(r"\b(\p{Ll}+)\s+$")


_NOT_VERBS: Final = frozenset(
    {"the", "that", "and", "or", "but", "as", "while", "when", "which", "who", "of", "a", "an"}
) | places.DIRECTION_WORDS  # "moving towards Laos": a direction, not where it happens


def _object(sentence: str, start: int) -> bool:
    """A name right after a lower-case verb ("isolate Kabul"), not a subject ("the United
    States can")."""
    m = _VERB_BEFORE.search(sentence[max(0, start - 30) : start], None, None, SERIAL)
    return m is not None and m.group(1) not in _NOT_VERBS


def _opens(sentence: str, position: int) -> bool:
    """A description that opens the sentence sets its scene ("The town lost 4,000 ...",
    "In the city, 40 ...")."""
    return position <= 40 and len(sentence[:position].split()) <= 1


def _next_to(sentence: str, end: int, start: int) -> bool:
    """Only a possessive ending or a qualifier between ("Kandahar's 600,000")."""
    between = sentence[end:start]
    return len(between) <= 14 and " and " not in between
