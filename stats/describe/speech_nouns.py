"""A speech word used as a noun or an adjective, not as the verb of an attribution: "Local
reports suggest", "the estimates show", "a report of clashes", "killed an estimated 120,000",
"The economy added 118,000 jobs", "in Kano, Katsina and Jigawa states", "... for the coastal
project." (and not "..., local media report."). Split from `said_by`, whose verb rule asks it."""

from __future__ import annotations

from typing import Final

import regex

from stats.describe import patterns
from stats.lexicon import sources
from stats.lexicon.pattern_cache import SERIAL, compile_regex


def noun_use(sentence: str, m: regex.Match[str]) -> bool:
    """ "Local reports suggest", "the estimates show", "a report": a speech word used as a noun."""
    end = m.end()
    if m.group() in _ADDING and _ADDED_OBJECT.match(sentence, end) and not _CLAUSE_AFTER.match(sentence, end):
        return True  # "The economy added 118,000 jobs" adds ("added 12 people remained missing" says)
    if m.group() in {"wrote", "writes"} and _WRITTEN_OBJECT.match(sentence, end):
        return True  # "learners wrote mathematics", "she wrote 12 books": wrote something, said nothing
    if m.group() in {"appealed", "appeals"} and not sentence.startswith(" for ", m.end()):
        return True  # "appealed for $212 million" reports; "Lawyers appealed the sentence" does not
    if m.group() == "states" and not _STATES_THAT.match(sentence, m.end()):
        return True  # "in Kano, Katsina and Jigawa states": the plural noun, not "the report states that"
    previous = patterns.LAST_WORD_BEFORE.search(sentence, max(0, m.start() - 40), m.start(), SERIAL)
    if m.group().endswith("ed") and previous and previous.group(1).lower() in _BEFORE_ADJECTIVE:
        return True  # "killed an estimated 120,000", "a reported 40", "new confirmed cases": an adjective
    plural = previous is not None and (previous.group(1) in _PLURAL_PEOPLE or (
        previous.group(1).endswith("s") and previous.group(1).islower()))
    if m.group() in _PASSIVE_REPORTING and _TO_BE.match(sentence, m.end(), None, SERIAL):
        return True  # "residents believed to be under the debris", "12 people thought to have drowned"
    if m.group() in {"confirmed", "reported"} and plural and _STATE_AFTER.match(sentence, m.end()):
        return True  # "the number of people confirmed dead", "workers reported missing": a state, no speech
    if m.group() not in sources.NOUN_FORMS:
        return False  # "said", "told": never nouns
    possessed = sentence[max(0, m.start() - 4) : m.start()].rstrip().endswith(("'s", "’s"))
    if possessed and m.group() in _NOUN_AFTER_POSSESSIVE:
        return True  # "Editor's note:", "the agency's estimate": a noun (not "The ministry's recorded")
    if sentence[m.end() :].strip() in _SENTENCE_ENDS:
        return not _closing_attribution(sentence[max(0, m.start() - 60) : m.start()])
    following = _NEXT_WORD.match(sentence, m.end(), None, SERIAL)
    if following and following.group(1) in {"for", "of"} and previous and previous.group(1).islower():
        return True  # "its growth forecast for 2027", "a report of clashes" (not "The IMF forecast for")
    if following and (following.group(1) in sources.SPEECH_VERBS or following.group(1) in _AUXILIARIES):
        return True  # "Local reports suggest", "1,500 asylum claims were lodged"
    return previous is not None and previous.group(1).lower() in _NOUN_MARKERS


_ARTICLES: Final = frozenset({"a", "an", "the"})
_NOUN_AFTER_POSSESSIVE: Final = frozenset(
    "note notes estimate estimates report reports count statement tally figures data survey forecast".split())
_STATE_AFTER: Final = compile_regex(r"\s+(?:dead|killed|missing|injured|alive)\b")
_PASSIVE_REPORTING: Final = frozenset(
    {"believed", "thought", "feared", "reported", "said", "understood", "known",
     "estimated", "expected", "alleged"})
_TO_BE: Final = compile_regex(r"\s+to\s+(?:be|have)\b")
_PLURAL_PEOPLE: Final = frozenset({"people", "children", "men", "women"})
# Words after which a verb's "-ed" form is an adjective of the noun that follows ("the number
# of confirmed fatalities": a preposition takes no clause).
_BEFORE_ADJECTIVE: Final = _ARTICLES | {"new", "all", "total", "cumulative", "suspected", "probable",
                                        "of", "with"}  # (not "in": "Doctors who were called in reported")
# "wrote mathematics, and", "wrote 12 books": an object, no clause after it
_WRITTEN_OBJECT: Final = compile_regex(
    r"\s+(?:\p{Ll}+(?<!ly)\s*[,.;]|\p{Ll}+(?<!ly)\s+(?:and|or)\b|\p{Nd})")
_SENTENCE_ENDS: Final = frozenset({"", ".", "!", "?", '."', ".”"})
# Words that make the phrase before a closing "report" an object, not a subject ("for the project").
_PREPOSITIONS: Final = frozenset(
    "for of in on at to with from by into about above below than over under beyond against versus "
    "beating topping matching missing exceeding".split())
_DETERMINERS: Final = frozenset({"its", "their", "the", "a", "an", "his", "her", "our"})


def _closing_attribution(before: str) -> bool:
    """Whether a word such as "report" that ends its sentence is a verb after its subject
    ("..., local media report."): a short phrase after the last comma, with no preposition
    (not "..., most of it for the coastal project.")."""
    parts = before.rsplit(",", 1)
    words = parts[-1].split()
    return (len(parts) == 2 and 0 < len(words) <= 4 and not any(w.lower() in _PREPOSITIONS for w in words)
            and words[-1].lower() not in _DETERMINERS)
_AUXILIARIES: Final = frozenset({"were", "was", "are", "is", "have", "has", "had", "will", "would"})
_ADDING: Final = frozenset({"added", "adds"})
# What "added" takes when it adds something rather than saying it: a number or a thing.
_ADDED_OBJECT: Final = compile_regex(
    r"\s+(?:\p{N}|(?:a|an|another|more|some|about|nearly|almost|over|roughly)\s)")
# A verb after what "added" takes makes it a clause said ("added 12 people remained missing").
_CLAUSE_AFTER: Final = compile_regex(
    r"[^,.;:]{0,50}?\b(?:was|were|is|are|had|has|have|would|will|could|remained|remain|died|been)\b"
)
_STATES_THAT: Final = compile_regex(r"\s*(?:that\b|:|“|\")")
_NEXT_WORD: Final = compile_regex(r"\s+(\p{L}+)")
_NOUN_MARKERS: Final = frozenset(
    "the a an its their his her these those this that latest new initial official earlier first media "
    "news median average mean consensus preliminary provisional revised final".split()
)
