"""Places that a figure in brackets or after ", with" right after them is given for:
"followed by Beed (14,200 hectares) and Amravati (9,800 hectares)", "Donetsk (212), Kharkiv
(87) and Kherson (64)", "Colchester, with 11,250, and Halifax, with 9,870".

Reports list places with their counts this way; the name before the bracket is the figure's
place, whatever preposition or clause the list sits in.
"""

from __future__ import annotations

from stats.describe.place_names import NAME, Mention, by_form, covered, trim
from stats.find.rule import Rule
from stats.lexicon import places
from stats.lexicon.compiled import WordCue
from stats.lexicon.pattern_cache import compile_regex

# A name, then a bracket or ", with" opening on a number, perhaps after a qualifier ("(about 40").
_NAME_BRACKET = compile_regex(
    rf"(?<![\p{{L}}\p{{N}}°])(?P<name>{NAME})(?:[ \t]*\(|,[ \t]+with)[ \t]*"
    rf"(?:\p{{Ll}}+[ \t]+){{0,2}}\p{{Nd}}")
# The words for places ("districts", "province"), as a condition here and not a pre-check.
_PLACE_WORDS = WordCue(places.PLACE_GENERICS)
# Between a name and the figure listed for it: a bracket or ", with", perhaps a qualifier
# ("Beed (about 40", "Colchester, with 11,250").
_LISTED_GAP = compile_regex(r"\s*(?:\(|,\s+with\s)\s*(?:\p{Ll}+\s+){0,2}")


def add_bracketed(sentence: str, known: set[str], found: dict[int, Mention], rule: Rule) -> None:
    """The names a bracketed number follows, when each is a place: one the article knows or
    one whose form says so, or any name in a sentence with a word for places ("The worst-hit
    districts were Jalna (21,750 hectares)") or in a list after a place named (not "Apple (12
    million units) and Samsung (9 million units)"). Each is set aside:
    it is the place of the figures in its bracket only (`bracketed_for`), not of the others
    in its clause ("Jalna, with 21,750 hectares, followed by Beed (14,200 hectares)")."""
    if "(" not in sentence and ", with" not in sentence:
        return
    listed = list(_NAME_BRACKET.finditer(sentence))
    # a word for places, or a list of two or more that goes on from a place ("in Jalna,
    # followed by Beed (14,200 hectares) and Amravati (9,800 hectares)")
    placed = _PLACE_WORDS(sentence) or (len(listed) > 1 and any(not m.aside for m in found.values()))
    for m in listed:
        name = trim(m["name"])
        if name and (name in known or by_form(name) or placed) and not covered(found, m.start("name")):
            found[m.start("name")] = Mention(m.start("name"), m.end("name"), name, rule, aside=True)


def bracketed_for(mentions: list[Mention], start: int, sentence: str) -> Mention | None:
    """The place the figure at `start` is listed for ("Beed (14,200 hectares)", "Colchester,
    with 11,250"), if any."""
    return next((m for m in mentions if start - 20 <= m.end <= start
                 and _LISTED_GAP.fullmatch(sentence, m.end, start)), None)
