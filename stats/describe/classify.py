"""Describe a figure: what it counts (subject) and what it is about (category).

Light heuristics over the words around the figure, no parser: the subject is the noun
phrase the number quantifies (after it, after "of", or in apposition before it); the
category comes from event words next to it ("killed", "fled") when it counts people, and
otherwise from the subject's head noun.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from stats import lexicon
from stats.describe import patterns
from stats.find import patterns as find_patterns
from stats.model import Candidate
from stats.model import Category, Kind
from stats.text import patterns as text_patterns
from stats.text.sentences import WINDOW, after, before

_RELATIVE_TIME = {"earlier", "later", "ago", "before", "after"}
# Categories an event word may give to a noun the lexicon does not know as people
# ("the strike killed two commanders"); the others need people ("seized 20 trucks").
_ANY_NOUN_CUES = {"killed", "injured"}


@dataclass(frozen=True, slots=True)
class Word:
    """A word of the sentence with its offsets (relative to the sentence)."""

    text: str
    start: int
    end: int

    @property
    def lower(self) -> str:
        return self.text.lower()


def _words(text: str, offset: int = 0) -> list[Word]:
    return [Word(m.group(), m.start() + offset, m.end() + offset)
            for m in text_patterns.WORD.finditer(text)]


def _clause_after(sentence: str, start: int) -> tuple[str, int]:
    """The text from `start` to the next clause break (within the context window)."""
    stop = min(len(sentence), start + WINDOW)
    match = patterns.CLAUSE_END.search(sentence, start, stop)
    return sentence[start:match.start() if match else stop], start


def _clause_before(sentence: str, end: int) -> tuple[str, int]:
    """The text from the last clause break before `end` up to `end` (within the window)."""
    begin = max(0, end - WINDOW)
    for match in patterns.CLAUSE_END.finditer(sentence, begin, end):
        begin = match.end()
    return sentence[begin:end], begin


def singular(word: str) -> str:
    """A plain singular for matching ("cities" -> "city", "forces" -> "force")."""
    word = word.lower().removesuffix("'s").removesuffix("’s")
    if word in lexicon.IRREGULAR_PLURALS:
        return word
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith(("sses", "xes", "ches", "shes")):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def _is_plural(word: Word) -> bool:
    text = word.text
    if text.isupper() or text.endswith(("'s", "’s", "s'", "s’")):
        return False
    low = text.lower()
    return low in lexicon.IRREGULAR_PLURALS or (
        len(low) > 3 and low.endswith("s") and not low.endswith(("ss", "us", "is", "ous"))
        and low not in lexicon.SUBJECT_STOPWORDS)


def _is_verbish(word: Word) -> bool:
    low = word.lower
    if low in lexicon.PARTICIPLE_ADJECTIVES:
        return False
    return low in lexicon.VERBS or (low.endswith("ed") and len(low) > 4)


def _noun_phrase(words: list[Word], counted: bool) -> list[Word]:
    """The noun phrase at the start of `words`: modifiers and a head, up to a stop word.

    For counts (`counted`), the first plural noun is the head, unless the next word is a
    plural noun too ("arms dealers").
    """
    phrase: list[Word] = []
    determined = False  # "the needs of ...": after a determiner a verb-like word is a noun
    for i, word in enumerate(words):
        low = word.lower
        if low in lexicon.SUBJECT_STOPWORDS and not (not phrase and low in lexicon.DETERMINERS):
            break
        if low in lexicon.SCALES:
            return []  # "18% of the $320 million": the of-phrase is another figure
        if not phrase and low in lexicon.DETERMINERS:
            determined = True
            continue
        if _is_verbish(word) and (phrase or not determined):
            break  # "Nearly 40 died in the attack": no noun, the verb is the event
        phrase.append(word)
        if len(phrase) >= 5:
            break
        if counted and _is_plural(word):
            following = words[i + 1] if i + 1 < len(words) else None
            if not (following and _is_plural(following) and following.text[:1].islower()
                    and following.lower not in lexicon.SUBJECT_STOPWORDS):
                break
    return phrase


def _phrase_text(sentence: str, phrase: list[Word]) -> str:
    if not phrase:
        return ""
    return text_patterns.WHITESPACE.sub(" ", sentence[phrase[0].start:phrase[-1].end])


def _after(sentence: str, start: int, counted: bool, skip_of: bool) -> str:
    """The noun phrase after `start`, optionally after an "of" ("hundreds of troops")."""
    text, offset = _clause_after(sentence, start)
    words = _words(text, offset)
    if skip_of and words and words[0].lower in ("of", "out"):
        words = words[1:] if words[0].lower == "of" else words[2:]
    return _phrase_text(sentence, _noun_phrase(words, counted))


def _before(sentence: str, end: int) -> str:
    """The noun phrase just before `end`, walking back over verbs and qualifiers."""
    text, offset = _clause_before(sentence, end)
    words = _words(text, offset)
    skipped = 0
    while words and (words[-1].lower in lexicon.CHANGE_WORDS or _is_verbish(words[-1])
                     or words[-1].lower in lexicon.SUBJECT_STOPWORDS or words[-1].lower.endswith("ing")):
        if words[-1].lower in lexicon.COORDINATORS or skipped == 4:
            return ""  # "... and grew 5.3%", or too far back: the subject is elsewhere
        words.pop()
        skipped += 1
    phrase: list[Word] = []
    limit = end
    while words and words[-1].lower not in lexicon.SUBJECT_STOPWORDS and len(phrase) < 5:
        if phrase and _is_verbish(words[-1]):
            break  # "The Fed held rates at 5%": the subject ends at the verb
        if text_patterns.DIGIT.search(sentence, words[-1].end, limit):
            return ""  # the words belong to another figure: "rose 0.5 points to 7.2 per cent"
        limit = words[-1].start
        phrase.insert(0, words.pop())
    if phrase and (text_patterns.DIGIT.search(sentence, phrase[-1].end, end)
                   or text_patterns.NUMBER_JUST_BEFORE.search(sentence, max(0, phrase[0].start - 12),
                                                              phrase[0].start)):
        return ""  # "by 75 basis points to 4.5%": those words are the other figure's
    return _phrase_text(sentence, phrase)



def _apposition(sentence: str, start: int) -> str:
    """ "the country's annual customs revenue, about $281 million": the phrase before the comma."""
    offset = max(0, start - WINDOW)
    left = sentence[offset:start]
    match = patterns.APPOSITION_BEFORE.search(left)
    if not match or any(w.lower() not in lexicon.QUALIFIERS and w.lower() not in ("a", "an")
                        for w in left[match.start() + 1:].split()):
        return ""
    return _before(sentence, offset + match.start())


def subject_of(sentence: str, c: Candidate, previous: str = "") -> str:
    """What the figure counts or measures, as written in the sentence."""
    if c.kind is Kind.MONEY:
        return _money_subject(sentence, c)
    if c.kind is Kind.DURATION:
        return _duration_subject(sentence, c)
    if c.kind is Kind.DISTANCE:
        return _distance_subject(sentence, c)
    if c.kind in (Kind.PERCENT, Kind.FRACTION, Kind.MEASURE):
        found = _after(sentence, c.subject_from, counted=False, skip_of=True)
        if not found and previous and patterns.OF_THEM_AFTER.match(after(sentence, c.end)):
            return previous  # "nearly half of them are children"
        return found or _before(sentence, c.start)
    found = _after(sentence, c.subject_from, counted=c.value != 1, skip_of=True)
    if found and found.lower().split()[-1] in _RELATIVE_TIME:
        found = ""  # "(up from 380 a day earlier)": a time, not what is counted
    if not found and (label := find_patterns.LABEL_BEFORE.search(before(sentence, c.start))):
        return label["label"].strip()  # "Killed: 1,234"
    elided = bool(found) and found.split()[0].lower() in lexicon.ELLIPSIS_PARTICIPLES
    if previous and (not found or found.lower() in lexicon.ANAPHORS
                     or (elided and _is_people(previous))):
        return previous  # "119 Palestinians were killed and 207 injured": 207 Palestinians
    if not found and (toll := patterns.TOLL_BEFORE.search(_clause_before(sentence, c.start)[0])):
        return toll.group().strip()  # "the death toll from the earthquake rose to 2,445"
    return found or _before(sentence, c.start)


def _money_subject(sentence: str, c: Candidate) -> str:
    right = after(sentence, c.subject_from)
    prep = patterns.MONEY_PREPOSITION_AFTER.match(right)
    if prep:
        found = _after(sentence, c.subject_from + prep.end(), counted=False, skip_of=False)
        if found:
            return found
    found = _after(sentence, c.subject_from, counted=False, skip_of=False)
    return found or _apposition(sentence, c.start) or _before(sentence, c.start)


def _duration_subject(sentence: str, c: Candidate) -> str:
    span = sentence[c.start:c.end]
    if patterns.HYPHEN_UNIT_END.search(span):  # "a 20-year conflict"
        found = _after(sentence, c.end, counted=False, skip_of=False)
        if found:
            return found
    if patterns.OF_AFTER.match(after(sentence, c.end)):  # "two decades of war"
        found = _after(sentence, c.end, counted=False, skip_of=True)
        if found:
            return found
    lasting = patterns.LASTING_NOUN_BEFORE.search(before(sentence, c.start))
    if lasting and lasting["noun"].lower() not in lexicon.SUBJECT_STOPWORDS:
        return lasting["noun"]  # "the span of just over two months"
    return c.unit_word or (c.unit or "")


def _distance_subject(sentence: str, c: Candidate) -> str:
    lead = before(sentence, c.start)
    if patterns.COMMA_WORD_BEFORE.search(lead):
        return _apposition(sentence, c.start) or _before(sentence, c.start)
    if c.start < WINDOW and not lead.strip(" \"“'‘"):
        # Fronted: "Forty miles east of Kabul, the capital, the Taliban captured villages".
        for clause in patterns.COMMA_SPLIT.split(after(sentence, c.subject_from))[1:]:
            words = _words(clause)
            verbs = [i for i, w in enumerate(words) if _is_verbish(w)]
            if verbs:
                rest = list(words[verbs[0] + 1:])
                while rest and (rest[0].lower in lexicon.DETERMINERS
                                or rest[0].lower in lexicon.COLLECTIVE_WORDS):
                    rest.pop(0)
                phrase = _noun_phrase(rest, counted=True)
                if phrase:
                    return " ".join(w.text for w in phrase)
    return _before(sentence, c.start) or (c.unit or "")


# ----------------------------------------------------------------------------- category


def _matches(word: str, entries: Iterable[str]) -> bool:
    for entry in entries:
        if entry.endswith("*"):
            if word.startswith(entry[:-1]):
                return True
        elif word == entry:
            return True
    return False


def _noun_category(subject: str) -> str | None:
    words = [singular(w.text) for w in _words(subject)]
    if not words:
        return None
    head = words[-1]
    for category, nouns in lexicon.NOUN_CATEGORIES:
        if _matches(head, nouns):
            return category
    joined = "".join(words[-2:])  # "air strike" -> "airstrike"
    for category, nouns in lexicon.NOUN_CATEGORIES:
        if _matches(joined, nouns):
            return category
    return None


def _is_people(subject: str) -> bool:
    """Whether the subject names people: a people noun, or a demonym ("Palestinians")."""
    found = _words(subject)
    if not found:
        return False
    head = found[-1].text
    if singular(head) in lexicon.PEOPLE_NOUNS or head.lower() in lexicon.PEOPLE_NOUNS:
        return True
    return head[:1].isupper() and not head.isupper() and bool(patterns.DEMONYM.search(head))


def _event_cue(sentence: str, c: Candidate, subject: str) -> str | None:
    """The category an event word next to the figure gives: before it, or after its noun."""
    left, _ = _clause_before(sentence, c.start)
    if label := find_patterns.LABEL_BEFORE.search(before(sentence, c.start)):
        left = label["label"]  # "Killed: 1,234": the label names what happened
    if patterns.PARTITIVE_BEFORE.search(left):
        return None  # "many of Kandahar's 600,000 residents have fled": the verb is many's
    for word in reversed(_words(left)[-3:]):
        low = word.lower
        if low in lexicon.COORDINATORS:
            break  # "one was killed and three [were wounded]": the verb is the other's
        if low in lexicon.LEFT_ONLY_CUES:
            return lexicon.LEFT_ONLY_CUES[low]
        for category, cues in lexicon.EVENT_CUES:
            if _matches(low, cues):
                return category
    right_start = c.subject_from
    if subject:
        found = sentence.find(subject, c.subject_from, c.subject_from + 40 + len(subject))
        if 0 <= found <= c.subject_from + 40:
            right_start = found + len(subject)
    right = patterns.PREDICATE_SPLIT.split(after(sentence, right_start), maxsplit=1)[0]
    for category, phrase in patterns.EVENT_PHRASES_AFTER:
        if phrase.match(right):
            return category
    words = _words(right)[:6]
    coordinated = False  # inside "and 150 deaths": that noun belongs to the other figure
    for i, word in enumerate(words):
        if word.lower in lexicon.COORDINATORS and i + 1 < len(words) and text_patterns.DIGIT.search(
                right, word.end, words[i + 1].start):
            coordinated = True
            continue
        if coordinated:
            if not (_is_verbish(word) or word.lower in lexicon.SUBJECT_STOPWORDS):
                continue
            coordinated = False  # "and 208 civilians were killed": the shared verb counts
        if word.lower == "to" and i + 1 < len(words) and words[i + 1].lower == "hospital":
            return "injured"  # "41 people were taken to hospital"
        if word.lower == "to" and i + 1 < len(words) and words[i + 1].lower in ("be", "have"):
            continue  # "about 40 are believed to be dead"
        if word.lower in lexicon.PREDICATE_ENDS:
            break  # "600 troops to help evacuate": a purpose, not what happened to them
        if word.lower in lexicon.COORDINATORS and i + 1 < len(words) and (
                words[i + 1].lower in lexicon.VERBS or words[i + 1].lower.endswith(("ed", "ing"))):
            break  # "destroyed 40 buildings and killed 12": the next verb has its own object
        for category, cues in lexicon.EVENT_CUES:
            if _matches(word.lower, cues):
                return category
    return None


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
    noun = _noun_category(subject)
    people = _is_people(subject) or not subject or (noun in {"forces", "population"})
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
        if c.kind is Kind.COUNT and patterns.TOLL_BEFORE.search(_clause_before(sentence, c.start)[0]):
            return Category.KILLED  # "the death toll from the earthquake rose to 2,445"
        cue = _event_cue(sentence, c, subject)
        if cue == "displaced" and _matches(singular(subject.split()[-1]) if subject else "",
                                           lexicon.ARMED_PEOPLE):
            return Category.SURRENDERED  # soldiers who fled deserted
        if cue and (people or cue in _ANY_NOUN_CUES):
            return Category(cue)
    if noun:
        return Category(noun)
    if c.kind in (Kind.PERCENT, Kind.FRACTION) and subject[:1].isupper():
        left = _clause_before(sentence, c.start)[0]
        if any(_matches(w.lower, lexicon.TERRITORY_VERBS) for w in _words(left)):
            return Category.TERRITORY  # "controls 85 percent of Afghanistan"
    return Category.OTHER
