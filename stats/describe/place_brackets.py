"""Places that a figure in brackets or after ", with" right after them is given for: "Beed
(14,200 hectares) and Amravati (9,800 hectares)", "Donetsk (212), Kharkiv (87) and Kherson
(64)", "Colchester, with 11,250, and Halifax, with 9,870".

Reports list places with their counts this way; the name before the bracket is the figure's
place, whatever preposition or clause the list sits in.
"""

from __future__ import annotations

from typing import Final

from stats.describe.place_names import NAME, Mention, by_form, covered, trim
from stats.find.rule import Rule
from stats.lexicon.pattern_cache import SERIAL, compile_regex

# A name, then a bracket or ", with" opening on a number, perhaps after a qualifier ("(about 40").
_NAME_BRACKET: Final = compile_regex(
    rf"(?<![\p{{L}}\p{{N}}°])(?P<name>{NAME})(?:[ \t]*\(|,[ \t]+with)[ \t]*"
    rf"(?P<words>(?:\p{{Ll}}+[ \t]+){{0,2}})\p{{Nd}}")
_PLACE_NOUNS: Final = (r"(?:count(?:y|ies)|districts?|provinces?|regions?|states?|oblasts?|governorates?"
                       r"|prefectures?|towns?|cit(?:y|ies)|villages?|municipalit(?:y|ies)|areas?|neighbou?rhoods?|camps?)")
# Places said to be the list: "the worst-hit counties were ...", "... were the worst-hit
# districts" (not "in the state are Trump (48%)": a place word after "in" is where, not what).
_PLACES_ARE: Final = compile_regex(
    rf"(?<!\bin\s+(?:the\s+)?(?:\p{{L}}+\s+)?)\b{_PLACE_NOUNS}\s+(?:\p{{L}}+\s+){{0,3}}?"
    r"(?:were|are|included|include|includes|was|is)\b")
_ARE_PLACES: Final = compile_regex(
    rf"[^.;]{{0,30}}?\b(?:were|are|was|is)\s+(?:the\s+)?(?:[\p{{L}}\-]+\s+){{0,3}}?{_PLACE_NOUNS}\b")
# Between a name and the figure listed for it: a bracket or ", with", perhaps a qualifier
# ("Beed (about 40", "Colchester, with 11,250").
_LISTED_GAP: Final = compile_regex(r"\s*(?:\(|,\s+with\s)\s*(?:\p{Ll}+\s+){0,2}")


def add_bracketed(sentence: str, known: set[str], found: dict[int, Mention], rule: Rule) -> None:
    """The names a bracketed number follows, when they are places: each the article knows as
    one or whose form says so, and the others of a list ("Beed (14,200 hectares) and Amravati
    (9,800 hectares)") when half of it are, or when the sentence says the list is of places
    ("The worst-hit counties were Cumberland, ..., Colchester, with 11,250", "... and Beed (14,200
    hectares) were the worst-hit districts"); not "Smith (31 points), Jordan (28 points) and
    Jones (12 points)", nor an unknown name before a change ("Barclays (down 3.1%)"). Each is
    set aside: it is the place of the figures in its bracket only (`bracketed_for`), not of
    the others in its clause ("Jalna, with 21,750 hectares, followed by Beed (14,200 hectares)")."""
    if "(" not in sentence and ", with" not in sentence:
        return
    listed = [(m, trim(m["name"])) for m in _NAME_BRACKET.finditer(sentence, None, None, False, SERIAL)]
    if not listed:
        return
    places = [name in known or by_form(name) for _, name in listed]
    listing = (2 * sum(places) >= len(listed) or _PLACES_ARE.search(sentence, 0, listed[0][0].start())
               or _ARE_PLACES.match(sentence, listed[-1][0].end()))
    for (m, name), place in zip(listed, places, strict=True):
        changed = bool({"up", "down"} & set(m["words"].split()))  # ("Germany (down 12%)": a known place)
        if name and (place or (listing and not changed)) and not covered(found, m.start("name")):
            found[m.start("name")] = Mention(m.start("name"), m.end("name"), name, rule, aside=True)


def bracketed_for(mentions: list[Mention], start: int, sentence: str) -> Mention | None:
    """The place the figure at `start` is listed for ("Beed (14,200 hectares)", "Colchester,
    with 11,250"), if any."""
    return next((m for m in mentions if start - 20 <= m.end <= start
                 and _LISTED_GAP.fullmatch(sentence, m.end, start)), None)
