"""What a description of a body stands for: "the ministry said", "the agency said" written
as the body the article named before it.

First the last capitalised name holding the noun ("the ministry" -> "Ministry of Health",
"the agency" after "the prison agency SNAI" -> "SNAI"); failing that, the last body a nearby
sentence gave as a source ("the agency" after "the FAO said" -> "FAO"; "the ministry" after
"the interior ministry said" -> "the interior ministry"), when the noun ends its name or it
is an acronym for a noun any body may be called by; never a person, nor people of a body
("Interior ministry officials").
"""

from __future__ import annotations

from typing import Final

import regex

from stats.lexicon import sources
from stats.lexicon.pattern_cache import compile_regex

_REACH: Final = 3000  # characters searched back for a name holding the noun


def body_named_before(text: str, noun: str, offset: int) -> tuple[int, str] | None:
    """ "the ministry" -> the last capitalised name with "Ministry" before `offset`, and where
    it starts (a name does not run over a line break: "Kassala" above is a heading)."""
    pattern = compile_regex(
        rf"(?:\p{{Lu}}[\p{{L}}’'\-]*[ \t]+(?:and[ \t]+(?=\p{{Lu}}))?){{0,6}}{regex.escape(noun.capitalize())}"
        r"(?:\s+(?:of|for)\s+(?:the\s+)?\p{Lu}[\p{L}’'\-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}’'\-]*)*)?"
    )
    # ("the army": not the "National Liberation Army" the article named before)
    armed = noun.lower() in sources.STATE_FORCE_NOUNS
    found = [(m.start(), m.group()) for m in pattern.finditer(text, max(0, offset - _REACH), offset)
             if not armed or sources.INSURGENT_NAME_WORDS.isdisjoint(m.group().split())]
    # "Ecuador's prison agency SNAI said ... the agency said": the name written after the noun
    named = compile_regex(  # (an acronym, or a name the noun's clause goes on after: "..., said")
        rf"\b{regex.escape(noun)}\s+(\p{{Lu}}{{2,}}\b|\p{{Lu}}\p{{Ll}}+(?:\s+\p{{Lu}}\p{{Ll}}+)*(?=\s*(?:,|\(|said\b|says\b)))")
    found += [(m.start(), m.group(1)) for m in named.finditer(text, max(0, offset - _REACH), offset)]
    if not found:
        return None
    at, name = max(found)
    return at, regex.sub(r"^The\s+|['’]s$", "", name)  # ("Department of Health's")


def named_body(noun: str, source: str | None) -> str | None:
    """A source named before that "the <noun>" may stand for: one whose last word is the noun
    ("the interior ministry" for "the ministry"), or an acronym for a noun any body may be
    called by ("PSA" for "the agency"); not a person, nor "officials", nor another kind of
    body ("the fire service" is not "the government")."""
    if not source:
        return None
    words = source.lower().split()
    if len(words) > 1 and words[-1] == noun:  # (not "Interior ministry officials": the officials)
        return source
    bare = source[4:] if source[:4].lower() == "the " else source  # ("the FAO": FAO)
    letters = [ch for ch in bare if ch.isalpha()]
    acronym = len(letters) >= 2 and bare.isalnum() and all(ch.isupper() for ch in letters)
    return bare if acronym and noun in _ANY_BODY else None


# Nouns a report calls any body by, whatever its name ("the agency" for the PSA or the FAO).
_ANY_BODY: Final = frozenset(
    {"agency", "organisation", "organization", "body", "authority", "platform", "bureau",
     "institute"})
