"""Places that a figure in brackets or after ", with" right after them is given for:
"followed by Beed (14,200 hectares) and Amravati (9,800 hectares)", "Donetsk (212), Kharkiv
(87) and Kherson (64)", "Colchester, with 11,250, and Halifax, with 9,870".

Reports list places with their counts this way; the name before the bracket is the figure's
place, whatever preposition or clause the list sits in.
"""

from __future__ import annotations

from stats.describe.place_names import NAME, Mention, by_form, covered, trim
from stats.find.rule import Rule
from stats.lexicon.pattern_cache import compile_regex

# A name, then a bracket or ", with" opening on a number, perhaps after a qualifier ("(about 40").
_NAME_BRACKET = compile_regex(
    rf"(?<![\p{{L}}\p{{N}}°])(?P<name>{NAME})(?:[ \t]*\(|,[ \t]+with)[ \t]*"
    rf"(?:(?!up\b|down\b)\p{{Ll}}+[ \t]+){{0,2}}\p{{Nd}}")
# Places said to be the list that follows: "the worst-hit counties were", "the district is".
_PLACES_ARE = compile_regex(
    r"\b(?:count(?:y|ies)|districts?|provinces?|regions?|states?|oblasts?|governorates?|prefectures?|towns?"
    r"|cit(?:y|ies)|villages?|municipalit(?:y|ies)|areas?|neighbou?rhoods?|camps?)\s+(?:\p{L}+\s+){0,3}?"
    r"(?:were|are|included|include|includes|was|is)\b")
# Between a name and the figure listed for it: a bracket or ", with", perhaps a qualifier
# ("Beed (about 40", "Colchester, with 11,250").
_LISTED_GAP = compile_regex(r"\s*(?:\(|,\s+with\s)\s*(?:\p{Ll}+\s+){0,2}")


def add_bracketed(sentence: str, known: set[str], found: dict[int, Mention], rule: Rule) -> None:
    """The names a bracketed number follows, when they are places: a list of them ("Beed
    (14,200 hectares) and Amravati (9,800 hectares)") is one when a name of it is a place the
    article knows or whose form says so, or one that names the places a sentence says are
    ("The worst-hit counties were Cumberland, ..., Colchester, with 11,250") or that follows
    a place ("in Jalna, followed by Beed (14,200 hectares)"); not "Smith (31
    points) and Jones (28 points)",
    "Barclays (down 3.1%)" (a change) or "Trump, with 48%". Each is set aside: it is the place
    of the figures in its bracket only (`bracketed_for`), not of the others in its clause
    ("Jalna, with 21,750 hectares, followed by Beed (14,200 hectares)")."""
    if "(" not in sentence and ", with" not in sentence:
        return
    listed = [(m, trim(m["name"])) for m in _NAME_BRACKET.finditer(sentence)]
    first = listed[0][0].start() if listed else 0
    followed = sentence[:first].rstrip().endswith("followed by") and any(not m.aside for m in found.values())
    if not listed or not (any(name in known or by_form(name) for _, name in listed) or followed
                          or _PLACES_ARE.search(sentence, 0, first)):
        return
    for m, name in listed:
        if name and not covered(found, m.start("name")):
            found[m.start("name")] = Mention(m.start("name"), m.end("name"), name, rule, aside=True)


def bracketed_for(mentions: list[Mention], start: int, sentence: str) -> Mention | None:
    """The place the figure at `start` is listed for ("Beed (14,200 hectares)", "Colchester,
    with 11,250"), if any."""
    return next((m for m in mentions if start - 20 <= m.end <= start
                 and _LISTED_GAP.fullmatch(sentence, m.end, start)), None)
