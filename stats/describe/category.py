"""The category of a figure: what it is about (killed, displaced, money, territory ...).

From its kind (money, distances, durations), from event words next to it ("killed",
"fled") when it counts people, and otherwise from its subject's head noun.
"""

from __future__ import annotations

from stats import lexicon
from stats.describe import patterns
from stats.describe.words import (
    Word,
    clause_before,
    is_people,
    is_verbish,
    matches,
    noun_category,
    singular,
    words_of,
)
from stats.find import patterns as find_patterns
from stats.model import Candidate, Category, Kind
from stats.text import patterns as text_patterns
from stats.text.sentences import after, before

# Categories an event word may give to a noun the lexicon does not know as people
# ("the strike killed two commanders"); the others need people ("seized 20 trucks").
_ANY_NOUN_CUES = {"killed", "injured"}


def _event_category(word: str) -> str | None:
    """The category an event word names ("killed", "fled*"), if any."""
    for category, cues in lexicon.EVENT_CUES:
        if matches(word, cues):
            return category
    return None


def _cue_before(sentence: str, c: Candidate) -> tuple[bool, str | None]:
    """An event word in the three words before the figure: (stop looking, category)."""
    left, _ = clause_before(sentence, c.start)
    if label := find_patterns.LABEL_BEFORE.search(before(sentence, c.start)):
        left = label["label"]  # "Killed: 1,234": the label names what happened
    if patterns.PARTITIVE_BEFORE.search(left):
        return True, None  # "many of Kandahar's 600,000 residents have fled": the verb is many's
    for word in reversed(words_of(left)[-3:]):
        low = word.lower
        if low in lexicon.COORDINATORS:
            break  # "one was killed and three [were wounded]": the verb is the other's
        if low in lexicon.LEFT_ONLY_CUES:
            return True, lexicon.LEFT_ONLY_CUES[low]
        if category := _event_category(low):
            return True, category
    return False, None


def _predicate_after(sentence: str, c: Candidate, subject: str) -> str:
    """The text after the figure's noun, up to where its predicate ends."""
    right_start = c.subject_from
    if subject:
        found = sentence.find(subject, c.subject_from, c.subject_from + 40 + len(subject))
        if 0 <= found <= c.subject_from + 40:
            right_start = found + len(subject)
    return patterns.PREDICATE_SPLIT.split(after(sentence, right_start), maxsplit=1)[0]


def _joins_next_verb(words: list[Word], i: int) -> bool:
    """ "destroyed 40 buildings and killed 12": a coordinator before another verb."""
    following = words[i + 1].lower if i + 1 < len(words) else ""
    return words[i].lower in lexicon.COORDINATORS and bool(following) and (
        following in lexicon.VERBS or following.endswith(("ed", "ing")))


def _cue_after(right: str) -> str | None:
    """An event word or idiom in the predicate after the figure's noun."""
    for category, phrase in patterns.EVENT_PHRASES_AFTER:
        if phrase.match(right):
            return category
    words = words_of(right)[:6]
    coordinated = False  # inside "and 150 deaths": that noun belongs to the other figure
    for i, word in enumerate(words):
        following = words[i + 1].lower if i + 1 < len(words) else ""
        if word.lower in lexicon.COORDINATORS and following and text_patterns.DIGIT.search(
                right, word.end, words[i + 1].start):
            coordinated = True
            continue
        if coordinated:
            if not (is_verbish(word) or word.lower in lexicon.SUBJECT_STOPWORDS):
                continue
            coordinated = False  # "and 208 civilians were killed": the shared verb counts
        if word.lower == "to" and following == "hospital":
            return "injured"  # "41 people were taken to hospital"
        if word.lower == "to" and following in ("be", "have"):
            continue  # "about 40 are believed to be dead"
        if word.lower in lexicon.PREDICATE_ENDS or _joins_next_verb(words, i):
            break  # "600 troops to help evacuate": a purpose, not what happened to them
        if cue := _event_category(word.lower):
            return cue
    return None


def _event_cue(sentence: str, c: Candidate, subject: str) -> str | None:
    """The category an event word next to the figure gives: before it, or after its noun."""
    decided, category = _cue_before(sentence, c)
    if decided:
        return category
    return _cue_after(_predicate_after(sentence, c, subject))


def category_of(sentence: str, c: Candidate, subject: str, previous: Category | None = None) -> Category:
    """The category of a figure from its kind, the event words beside it and its subject.

    `previous` is the category of the figure before it in the sentence: "killing 17 people,
    including three children" makes the children killed too.
    """
    if c.kind is Kind.MONEY:
        return Category.MONEY
    if c.kind is Kind.DISTANCE:
        return Category.DISTANCE
    if c.kind is Kind.DURATION:
        return Category.DURATION
    noun = noun_category(subject)
    people = is_people(subject) or not subject or (noun in {"forces", "population"})
    lead = sentence[max(0, c.start - 30):c.start]
    if previous is not None and people and patterns.INCLUDED_BEFORE.search(lead):
        return previous
    following = after(sentence, c.end, 40)
    if previous is not None and patterns.OF_THEM_NEXT.match(following):
        return previous  # "100 were wounded, 20 of them critically"
    if c.kind is Kind.COUNT and (word := patterns.WORD_AFTER.match(following)):
        participle = lexicon.PARTICIPLE_CATEGORIES.get(word["w"].lower())
        if participle:
            return Category(participle)  # "1,000 dead and 4,000 wounded"
    things = noun in {"territory", "attacks", "money"}
    if not things and c.kind in (Kind.COUNT, Kind.ORDINAL, Kind.PERCENT, Kind.FRACTION):
        if c.kind is Kind.COUNT and patterns.TOLL_BEFORE.search(clause_before(sentence, c.start)[0]):
            return Category.KILLED  # "the death toll from the earthquake rose to 2,445"
        cue = _event_cue(sentence, c, subject)
        if cue == "displaced" and matches(singular(subject.split()[-1]) if subject else "",
                                           lexicon.ARMED_PEOPLE):
            return Category.SURRENDERED  # soldiers who fled deserted
        if cue and (people or cue in _ANY_NOUN_CUES):
            return Category(cue)
    if noun:
        return Category(noun)
    if c.kind in (Kind.PERCENT, Kind.FRACTION) and subject[:1].isupper():
        left = clause_before(sentence, c.start)[0]
        if any(matches(w.lower, lexicon.TERRITORY_VERBS) for w in words_of(left)):
            return Category.TERRITORY  # "controls 85 percent of Afghanistan"
    return Category.OTHER
