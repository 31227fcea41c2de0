"""The event words around a figure: what the sentence says happened to what it counts.

An event word ("killed", "fled", "missing", "affected") or idiom ("lost their lives", "in
need of aid") before the figure or in the predicate after its noun names a category; the
category rules (`stats.describe.category`) decide whether it applies to the figure.
"""

from __future__ import annotations

import functools
from typing import Final

import regex

from stats import lexicon
from stats.describe import patterns
from stats.describe.words import (
    Word,
    clause_before,
    first_listed,
    first_words,
    is_verbish,
    last_words,
    may_end_with,
    may_hold,
    words_of,
)
from stats.find import patterns as find_patterns
from stats.lexicon.compiled import odd_folding
from stats.lexicon.pattern_cache import SERIAL, compile_regex
from stats.model import Candidate, Kind
from stats.text import patterns as text_patterns
from stats.text.sentences import after, before


def event_category(word: str) -> str | None:
    """The category an event word names ("killed", "fled*"), if any."""
    return first_listed(word, lexicon.EVENT_CUES)


def list_start(sentence: str, c: Candidate) -> int:
    """Where the figures listed before this one start ("killed 12 soldiers, 5 civilians and
    3 children": at 12), or the figure's own start when none is."""
    return _list_start(sentence, c.start)


_LIST_JOINT_END: Final = compile_regex(r"(?:,|\b(?:and|or))\s*$", regex.IGNORECASE)
# What the text before a figure ends with where each pattern read there can match (the
# patterns match only at its end): `may_end_with` spares most figures the searches.
_JOINT_ENDS: Final = (",", "and", "or")
_LABEL_ENDS: Final = (":",)  # `find_patterns.LABEL_BEFORE`
_PARTITIVE_ENDS: Final = ("of", "the", "'", "’", "'s", "’s")  # `patterns.PARTITIVE_BEFORE`
_EVENT_BEFORE_ENDS: Final = (  # the last words of `lexicon.EVENT_PHRASES_BEFORE`
    "for", "host", "hosts", "hosted", "hosting", "buried", "admitted", "reach", "help", "assist", "support",
    "feed", "serve", "target", "targets", "targeting", "targeted", "reached", "helped", "assisted",
    "supported", "fed", "reaches", "helps", "assists", "supports", "feeds", "serves", "to", "of", "the",
    "another", "further")


# Asked twice for some figures, one after the other. A few entries only: a cache that
# outlived an article would answer the same article repeated (as in the benchmark's corpus).
@functools.lru_cache(maxsize=4)
def _list_start(sentence: str, start: int) -> int:
    lead = before(sentence, start)
    if not (may_end_with(lead, _JOINT_ENDS) and _LIST_JOINT_END.search(lead, None, None, SERIAL)):
        return start  # a list joins its items with a comma, "and" or "or" right before this one
    found = patterns.LIST_BEFORE.search(lead, None, None, SERIAL)
    return start - len(lead) + found.start() if found else start


def cue_before(sentence: str, c: Candidate) -> tuple[bool, str | None]:
    """An event word or phrase in the three words before the figure, or before the list of
    figures it ends ("killed 12 soldiers and 5 civilians"): (stop looking, category)."""
    end = list_start(sentence, c)
    left, _ = clause_before(sentence, end)
    lead = before(sentence, c.start)
    if may_end_with(lead, _LABEL_ENDS) and (label := find_patterns.LABEL_BEFORE.search(lead)):
        left = label["label"]  # "Killed: 1,234": the label names what happened
    if may_end_with(left, _PARTITIVE_ENDS) and patterns.PARTITIVE_BEFORE.search(left):
        return True, None  # "many of Kandahar's 600,000 residents have fled": the verb is many's
    for named, phrase in patterns.EVENT_PHRASES_BEFORE if may_end_with(left, _EVENT_BEFORE_ENDS) else ():
        if phrase.search(left) and (named != "affected" or patterns.AID_CUE.search(sentence)):
            return True, named  # "the search for 12 fishermen", "an appeal to reach 750,000"
    for word in reversed(last_words(left, 3)):
        low = word.lower
        if low in lexicon.COORDINATORS or low in lexicon.CLAUSE_OPENERS:
            break  # "one was killed and three [were wounded]", "50 injured when 10 coaches derailed"
        if low in lexicon.LEFT_ONLY_CUES:  # (a count: "lost 300 troops"; not "lost about 6%")
            return True, lexicon.LEFT_ONLY_CUES[low] if c.kind is Kind.COUNT else None
        if category := event_category(low):
            return True, category
    return False, None


def predicate_after(sentence: str, c: Candidate, subject: str) -> str:
    """The text after the figure's noun, up to where its predicate ends."""
    right_start = c.subject_from
    if subject:
        found = sentence.find(subject, c.subject_from, c.subject_from + 40 + len(subject))
        if 0 <= found <= c.subject_from + 40:
            right_start = found + len(subject)
    right = after(sentence, right_start)
    aside = patterns.APPOSITIVE_AFTER.match(right, None, None, SERIAL)
    if aside and (patterns.ATTRIBUTION.match(aside["inner"])
                  or not any(is_verbish(w) for w in words_of(aside["inner"]))):
        right = right[aside.end():]  # "4,000 people, thousands of them tourists, were evacuated"
    return patterns.PREDICATE_SPLIT.split(right, 1, SERIAL)[0]


def _joins_next_verb(words: list[Word], i: int) -> bool:
    """ "destroyed 40 buildings and killed 12": a coordinator before another verb."""
    following = words[i + 1].lower if i + 1 < len(words) else ""
    return words[i].lower in lexicon.COORDINATORS and bool(following) and (
        following in lexicon.VERBS or following.endswith(("ed", "ing")))


# Any idiom of `patterns.EVENT_PHRASES_AFTER`, the words they let stand before it (their
# common lead) read once: where it does not match, none of them does (most predicates hold
# no idiom), and one match is tried instead of one for each.
_IDIOM_ENDS: Final = [f"(?:{phrase})\\b" for _, phrase in lexicon.EVENT_PHRASES]
_IDIOM_LEAD: Final = patterns.EVENT_PHRASES_AFTER[0][1].pattern.removesuffix(_IDIOM_ENDS[0])
_ANY_PHRASE_AFTER: Final = compile_regex(_IDIOM_LEAD + "(?:" + "|".join(_IDIOM_ENDS) + ")", regex.IGNORECASE)


# A participle phrase after the noun, before the verb it is the subject of: "Two police
# officers guarding a vaccination team were shot dead", "five people travelling in the bus
# were hurt" (the verb is the figure's, past the phrase).
_PARTICIPLE_PHRASE: Final = compile_regex(
    r"\s*\p{Ll}+ing\b[^,;:.()]{0,60}?\s(?=(?:were|was|are|is|have|has|had|died)\b)")


def cue_after(right: str) -> str | None:
    """An event word or idiom in the predicate after the figure's noun."""
    if participle := _PARTICIPLE_PHRASE.match(right, None, None, SERIAL):
        right = right[participle.end():]
    if _ANY_PHRASE_AFTER.match(right, None, None, SERIAL):
        for category, phrase in patterns.EVENT_PHRASES_AFTER:
            if phrase.match(right):
                return category
    words = first_words(right, 6)
    coordinated = False  # inside "and 150 deaths": that noun belongs to the other figure
    verb = False  # a verb of the figure's own before "and 2 were killed": the rest is the other's
    for i, word in enumerate(words):
        following = words[i + 1].lower if i + 1 < len(words) else ""
        number_next = following in lexicon.ONES or following in lexicon.TENS  # "and two deaths"
        if word.lower in lexicon.COORDINATORS and following and (
                number_next or text_patterns.DIGIT.search(right, word.end, words[i + 1].start)):
            if verb:
                break  # "Ten soldiers were deployed and 2 were killed": killed is the 2's
            coordinated = True
            continue
        if not coordinated and i and _another_figures(words, i, right):
            break  # "1,302 cases, including 33 deaths": deaths is the 33's noun
        verb = verb or (not coordinated and is_verbish(word))
        if coordinated:
            if not (is_verbish(word) or word.lower in lexicon.SUBJECT_STOPWORDS):
                continue
            coordinated = False  # "and 208 civilians were killed": the shared verb counts
        if word.lower == "to" and _to_hospital(words, i):
            return "injured"  # "41 people were taken to hospital", "rushed to Kenyatta National Hospital"
        if word.lower == "to" and following in ("be", "have"):
            continue  # "about 40 are believed to be dead"
        if word.lower in lexicon.PREDICATE_ENDS or _joins_next_verb(words, i):
            break  # "600 troops to help evacuate": a purpose, not what happened to them
        if cue := event_category(word.lower):
            return cue
    return None


def _another_figures(words: list[Word], i: int, right: str) -> bool:
    """Whether word i is an event noun of another figure's number ("1,302 cases, including
    33 deaths"): not a verb after a number ("14 children under 5 died"), a noun of no event
    ("19 people, including 12 children, were killed"), a total the figure is part of ("among
    17 workers killed") or one listed with it ("first 56 and then 48 people missing")."""
    if words[i].lower not in lexicon.EVENT_NOUNS or not text_patterns.DIGIT.search(
            right, words[i - 1].end, words[i].start):
        return False
    before = {w.lower for w in words[max(0, i - 2):i]}
    return not (before & lexicon.COORDINATORS or words[i - 1].lower in _PART_OF_WORDS)


_PART_OF_WORDS: Final = frozenset({"among", "of"})  # "among 17 workers killed": the figure is one of them
_HOSPITALS: Final = frozenset({"hospital", "hospitals", "clinic", "clinics"})
# (not "sent", "carried", "driven": doctors are sent to hospitals, supplies carried to them)
_TAKEN: Final = frozenset(
    {"taken", "rushed", "brought", "airlifted", "evacuated", "flown", "ferried", "transferred",
     "shifted", "admitted"})


def _to_hospital(words: list[Word], i: int) -> bool:
    """ "to hospital", or "taken to" a hospital named or described ("rushed to James Cook
    University Hospital", "taken to hospitals in Dhaka"), not "walked to the hospital"."""
    following = words[i + 1].lower if i + 1 < len(words) else ""
    if following == "hospital":
        return True
    return i > 0 and words[i - 1].lower in _TAKEN and any(w.lower in _HOSPITALS for w in words[i + 1 : i + 6])


def event_cue(sentence: str, c: Candidate, subject: str) -> str | None:
    """The category an event word next to the figure gives: before it, or after its noun."""
    decided, category = cue_before(sentence, c)
    if decided and list_start(sentence, c) != c.start:
        predicate = predicate_after(sentence, c, subject)
        own = cue_after(predicate) if patterns.FINITE_VERB_NEXT.match(predicate) else None
        return own or category  # "arrested 12 people and 3 were injured": the 3's own verb
    if decided:
        return category
    return cue_after(predicate_after(sentence, c, subject))


@functools.lru_cache(maxsize=4)  # for the figures of one sentence, in turn (see `_list_start`)
def _has_pair(sentence: str) -> bool:
    """Whether the sentence names killed and injured together, searched for only where it
    holds a word of each (`_KILLED_STEMS`, `_INJURED_STEMS`): most sentences do not."""
    folded = sentence.casefold()
    pair = any(w in folded for w in _KILLED_STEMS) and any(w in folded for w in _INJURED_STEMS)
    if not pair and not odd_folding(sentence):  # (no such letter)
        return False
    return patterns.CASUALTY_PAIR.search(sentence) is not None


# What each side of a pair in `lexicon.CASUALTY_PAIRS` starts with: every match holds one of each.
_KILLED_STEMS: Final = ("kill", "dead", "died", "death")
_INJURED_STEMS: Final = ("wound", "injur", "hurt", "maimed")


def casualty_pair_near(sentence: str, c: Candidate, subject: str) -> bool:
    """Killed and injured named together for this figure: before it with no other number
    between ("killed or wounded 40 people", "the dead and injured numbered 300"), or in the
    predicate after its noun ("40 people were killed or wounded", "40 dead or injured")."""
    if not _has_pair(sentence):
        return False  # most sentences name no killed-and-injured pair: one search per sentence
    left, offset = clause_before(sentence, list_start(sentence, c))
    pairs = list(patterns.CASUALTY_PAIR.finditer(left))
    if pairs and not text_patterns.DIGIT.search(sentence, offset + pairs[-1].end(), c.start):
        return True
    if patterns.CASUALTY_PAIR.match(after(sentence, c.end, 60).lstrip()):
        return True  # "40 dead or injured"
    predicate = predicate_after(sentence, c, subject)[:40]
    found = patterns.CASUALTY_PAIR.search(predicate)
    return found is not None and not text_patterns.DIGIT.search(predicate, 0, found.start())


def toll_before(left: str) -> regex.Match[str] | None:
    """The death toll a figure gives, in the clause before it ("the death toll from the
    earthquake rose to 2,445", "the toll from the 2023 earthquake rose to 50,000"): none
    when the toll's own number comes first and the figure is joined after it ("The toll
    rose to 21 and 9 people were missing": the 9 are missing, not dead)."""
    if not may_hold(left, "toll"):
        return None
    tolls = list(patterns.TOLL_BEFORE.finditer(left))
    if not tolls or _JOINED_AFTER_NUMBER.search(left, tolls[-1].end()):
        return None
    return tolls[-1]


# Another number right before the figure, joined to it: "rose to 21 and ", "21 people, while ".
_JOINED_AFTER_NUMBER: Final = compile_regex(
    r"\p{Nd}[\p{Nd},.]*(?:\s+\p{L}+){0,2},?\s+(?:and|while|but|whereas|as|after|when|with)\s+$",
    regex.IGNORECASE)
