"""The subject of a figure: what it counts or measures, as written in the sentence.

After the number ("703 soldiers"), after "of" ("hundreds of troops"), in apposition before
it ("annual customs revenue, about $281 million"), or carried from the figure before it in
the sentence ("119 Palestinians were killed and 207 injured").
"""

from __future__ import annotations

from stats import lexicon
from stats.describe import patterns
from stats.describe.words import (
    apposition,
    clause_before,
    is_people,
    is_verbish,
    noun_phrase,
    phrase_after,
    phrase_before,
    words_of,
)
from stats.find import patterns as find_patterns
from stats.model import Candidate, Kind
from stats.text.sentences import WINDOW, after, before

_RELATIVE_TIME = {"earlier", "later", "ago", "before", "after"}


def subject_of(sentence: str, c: Candidate, previous: str = "") -> str:
    """What the figure counts or measures, as written in the sentence."""
    if c.kind is Kind.MONEY:
        return _money_subject(sentence, c)
    if c.kind is Kind.DURATION:
        return _duration_subject(sentence, c)
    if c.kind is Kind.DISTANCE:
        return _distance_subject(sentence, c)
    if c.kind in (Kind.PERCENT, Kind.FRACTION, Kind.MEASURE):
        found = phrase_after(sentence, c.subject_from, counted=False, skip_of=True)
        if not found and previous and patterns.OF_THEM_AFTER.match(after(sentence, c.end)):
            return previous  # "nearly half of them are children"
        return found or phrase_before(sentence, c.start)
    found = phrase_after(sentence, c.subject_from, counted=c.value != 1, skip_of=True)
    if found and found.lower().split()[-1] in _RELATIVE_TIME:
        found = ""  # "(up from 380 a day earlier)": a time, not what is counted
    if not found and (label := find_patterns.LABEL_BEFORE.search(before(sentence, c.start))):
        return label["label"].strip()  # "Killed: 1,234"
    elided = bool(found) and found.split()[0].lower() in lexicon.ELLIPSIS_PARTICIPLES
    if previous and (not found or found.lower() in lexicon.ANAPHORS
                     or (elided and is_people(previous))):
        return previous  # "119 Palestinians were killed and 207 injured": 207 Palestinians
    if not found and (toll := patterns.TOLL_BEFORE.search(clause_before(sentence, c.start)[0])):
        return toll.group().strip()  # "the death toll from the earthquake rose to 2,445"
    return found or phrase_before(sentence, c.start)


def _money_subject(sentence: str, c: Candidate) -> str:
    right = after(sentence, c.subject_from)
    prep = patterns.MONEY_PREPOSITION_AFTER.match(right)
    if prep:
        found = phrase_after(sentence, c.subject_from + prep.end(), counted=False, skip_of=False)
        if found:
            return found
    found = phrase_after(sentence, c.subject_from, counted=False, skip_of=False)
    return found or apposition(sentence, c.start) or phrase_before(sentence, c.start)


def _duration_subject(sentence: str, c: Candidate) -> str:
    span = sentence[c.start:c.end]
    if patterns.HYPHEN_UNIT_END.search(span):  # "a 20-year conflict"
        found = phrase_after(sentence, c.end, counted=False, skip_of=False)
        if found:
            return found
    if patterns.OF_AFTER.match(after(sentence, c.end)):  # "two decades of war"
        found = phrase_after(sentence, c.end, counted=False, skip_of=True)
        if found:
            return found
    lasting = patterns.LASTING_NOUN_BEFORE.search(before(sentence, c.start))
    if lasting and lasting["noun"].lower() not in lexicon.SUBJECT_STOPWORDS:
        return lasting["noun"]  # "the span of just over two months"
    return c.unit_word or (c.unit or "")


def _distance_subject(sentence: str, c: Candidate) -> str:
    lead = before(sentence, c.start)
    if patterns.COMMA_WORD_BEFORE.search(lead):
        return apposition(sentence, c.start) or phrase_before(sentence, c.start)
    if c.start < WINDOW and not lead.strip(" \"“'‘"):
        # Fronted: "Forty miles east of Kabul, the capital, the Taliban captured villages".
        for clause in patterns.COMMA_SPLIT.split(after(sentence, c.subject_from))[1:]:
            words = words_of(clause)
            verbs = [i for i, w in enumerate(words) if is_verbish(w)]
            if verbs:
                rest = list(words[verbs[0] + 1:])
                while rest and (rest[0].lower in lexicon.DETERMINERS
                                or rest[0].lower in lexicon.COLLECTIVE_WORDS):
                    rest.pop(0)
                phrase = noun_phrase(rest, counted=True)
                if phrase:
                    return " ".join(w.text for w in phrase)
    return phrase_before(sentence, c.start) or (c.unit or "")


# ----------------------------------------------------------------------------- category


