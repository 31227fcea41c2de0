"""said_by from a count a body owns: "the government's count of 487,000 marchers", "the
ministry's tally of 41 dead", "the union's own estimate of 1.2 million": the owner counted it.
Not the count of a place, an event or a time ("the country's figure of 40", "the quake's
count", "last year's tally of 12"): those own no count."""

from __future__ import annotations

from typing import Final

from stats.describe import names, speakers
from stats.describe.source_names import Source
from stats.find.rule import Rule, Stage
from stats.lexicon import places, sources, times
from stats.lexicon.compiled import alternation
from stats.lexicon.pattern_cache import compile_regex
from stats.lexicon.places import PLACE_NAMES

POSSESSIVE: Final = Rule(
    "said_by.possessive", Stage.SAID_BY, '"the government\'s count of 487,000": the government')

COUNT_NOUNS: Final = frozenset(
    {"count", "counts", "tally", "tallies", "estimate", "estimates", "figure", "figures"})
_POSSESSIVE_COUNT: Final = compile_regex(
    r"(?P<owner>\p{L}[\p{L}\-]*)['’]s\s+(?:(?:own|official|latest|new|revised|final|initial)\s+)?"
    rf"(?:{alternation(COUNT_NOUNS)})\s+(?:of|at|was|is|stood\s+at|stands\s+at)\s+")
_NOT_OWNERS: Final = (
    places.PLACE_GENERICS | sources.EVENT_HEADS | times.MONTHS | times.WEEKDAYS
    | frozenset("country nation year week month day today yesterday night weekend quarter season "
                "decade period".split()))


def possessive_counts(sentence: str) -> list[Source]:
    """The owners of counts in `sentence`, each governing the figure right after its count."""
    out = []
    for m in _POSSESSIVE_COUNT.finditer(sentence):
        if m["owner"].lower() in _NOT_OWNERS or m["owner"] in PLACE_NAMES:
            continue  # ("September's figure of 3.4 percent", "Australia's tally of 50")
        toks = names.noun_phrase_before(sentence, m.end("owner"))
        if not toks or toks[-1].end != m.end("owner"):
            continue
        text, pronoun = speakers.clean(toks, sentence)
        if text:
            out.append(Source(text, POSSESSIVE, m.start(), (m.end(), m.end() + 1), pronoun))  # (its own)
    return out
