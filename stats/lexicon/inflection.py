"""Singular and plural forms of English nouns, by rule and the lexicon's irregular plurals.

One place for the plural test that the find stage (is a number counting a noun?), the
describe stage (where does a noun phrase end?) and the scorer (do two subjects share a
word?) all need, so they cannot disagree.
"""

from __future__ import annotations

from typing import Final

from stats.lexicon import IRREGULAR_PLURALS, SUBJECT_STOPWORDS
from stats.lexicon.pattern_cache import SERIAL, compile_regex


def singular(word: str) -> str:
    """A plain singular for matching, lower case ("Cities" -> "city", "forces" -> "force").

    >>> [singular(w) for w in ("Cities", "forces", "boxes", "people", "troops", "Taliban's")]
    ['city', 'force', 'box', 'people', 'troop', 'taliban']
    """
    word = word.lower().removesuffix("'s").removesuffix("’s")
    if word in IRREGULAR_PLURALS:
        return word
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith(("sses", "xes", "ches", "shes")):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def is_counted_noun(word: str) -> bool:
    """A word that reads as a plural common noun ("troops", "people"), so a number before
    it counts something.

    >>> [is_counted_noun(w) for w in ("troops", "people", "bus", "analysis", "famous", "its")]
    [True, True, False, False, False, False]
    """
    low = word.lower()
    if low in IRREGULAR_PLURALS:
        return True
    return (len(low) > 3 and low.endswith("s") and not low.endswith(("ss", "us", "is", "ous"))
            and low not in SUBJECT_STOPWORDS)


def is_plural(word: str) -> bool:
    """A plural noun as written in a phrase: not an acronym ("MPs" aside) or a possessive.

    >>> [is_plural(w) for w in ("soldiers", "NATO", "country's", "children")]
    [True, False, False, True]
    """
    if word.isupper() or word.endswith(("'s", "’s", "s'", "s’")):
        return False
    return is_counted_noun(word)


def is_adverb(word: str) -> bool:
    """Whether a word reads as an adverb by its ending after a stem ("seasonally",
    "initially", "newly", "hastily", "severely"), not a noun or name that ends in "ly"
    ("family", "supply", "rally", "ally", "assembly", "Weekly", "McNally").

    >>> [is_adverb(w) for w in ("initially", "newly", "hastily", "family", "ally", "Weekly", "McNally")]
    [True, True, True, False, False, False, False]
    """
    # (every alternative of `_ADVERB` ends in "ly": a word that does not is tested no further)
    return word.endswith("ly") and word.islower() and _ADVERB.fullmatch(word, None, None, SERIAL) is not None


# (lower case: a name is capitalised, "McNally", "Greely"; "-ily" after four letters or more:
# "hastily", "steadily", not "family")
_ADVERB: Final = compile_regex(
    r"\p{L}{3,}(?:al|ive|ous|ful|ent|ant|ate|ic|ed|ing|ar|e|ct|gh)ly|\p{L}+(?:ew|sh|ght|rp|rm|ain|art|ear)ly"
    r"|\p{L}{4,}ily")
