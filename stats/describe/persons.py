"""The person a "he" or "she" stands for when no source before it is a person: the last full
name the article gives a person by the way it introduces them ("Tchilenge Mbundi, who has
herded on these plains all his life, ..." before '"... Now I have 11," he says.'); and the
body an "it said" stands for when no source is: the one the sentence before opens with.

A name here is two or three capitalised words that name no place or body (no generic word,
no body word, no known place, no month or sentence word) and that the text introduces as a
person: a relative clause after it (", who"), a description whose head is a person's noun
(", a nurse at the clinic"), or a speech verb ("Amina Yusuf said").
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from stats.describe import names
from stats.describe.contexts import Context
from stats.describe.words import is_people
from stats.lexicon import places, sources
from stats.lexicon.implied import CASUALTY_PERSONS
from stats.lexicon.pattern_cache import compile_regex
from stats.lexicon.regions import GAZETTEER

_REACH: Final = 400  # characters read back for the name (a pronoun points close by)
# How a person is introduced after their name: a relative clause, a description whose head
# is a person's noun (", a nurse at ...", ", a senior farmer"), a speech verb.
_INTRODUCED: Final = compile_regex(
    r",\s+(?:who\b|an?\s+(?:[\p{Ll}\-]+\s+){0,2}?(?P<noun>\p{Ll}+)\b|(?:1[6-9]|[2-9]\d),)"
    r"|\s+(?:said|says|told|added)\b")  # (an adult's age: "Rosa Márquez, 67,"; not "Juan Perez, 12,")
_FORM_WORDS: Final = {w.lower() for w in places.PLACE_FORM_FIRST | places.PLACE_FORM_LAST}


def named_before(text: str, offset: int, known: set[str]) -> tuple[int, str] | None:
    """The last person's full name introduced in the `_REACH` characters before `offset`, and
    where it starts; None when there is none (`known`: the article's places, never a person)."""
    floor = max(0, offset - _REACH)
    found = None
    for m in names.NAME_RUN.finditer(text, floor, offset):
        words = m.group().split()
        while words and words[0].lower() in sources.NAME_OPENERS:  # ("Meanwhile Ana Lima, a nurse")
            words = words[1:]
        introduced = _INTRODUCED.match(text, m.end())
        person = introduced and (not introduced["noun"] or _person_noun(introduced["noun"]))
        name = " ".join(words)
        if 2 <= len(words) <= 3 and person and name not in known and _person_like(name, words):
            found = (m.end() - len(name), name)
    return found


def _person_noun(noun: str) -> bool:
    """Whether a description's head names a person ("nurse", "spokesman", "farmer")."""
    return noun in CASUALTY_PERSONS or noun in sources.TITLES or is_people(noun)


def _person_like(name: str, words: list[str]) -> bool:
    """Whether a capitalised run may be a person's name: no place, body, title or month in it."""
    lows = [w.lower() for w in words]
    if name in GAZETTEER or names.is_body(name) or any(names.is_title(t) for t in names.tokens(name)):
        return False
    return not any(w in places.PLACE_GENERICS or w in _FORM_WORDS or w in places.NOT_PLACES for w in lows)


def body_opening(contexts: Sequence[Context], index: int) -> str | None:
    """The body the sentence before `index` in its paragraph opens with, for an "it said" that
    no source before it stands for ("The interior ministry has allocated 150 million lira.
    Some 2,400 rescue workers have been deployed, it said."); None when it opens otherwise."""
    if not index or contexts[index - 1].paragraph != contexts[index].paragraph:
        return None
    raw = contexts[index - 1].raw
    toks = names.noun_phrase_after(raw, len(raw) - len(raw.lstrip()))
    if not toks or len(toks) > 6 or not names.is_body(toks[-1].text) or names.is_pronoun(toks[0].text):
        return None  # (its head a body's: "The interior ministry"; not "Debt service still takes")
    return names.phrase(raw, toks[0].start, toks[-1].end)
