"""Words and noun phrases around a figure: the building blocks of subject and category.

Light heuristics over the words of one sentence (offsets relative to it), no parser: a noun
phrase runs from its modifiers to a head noun and stops at a verb or a stop word.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from stats import lexicon
from stats.describe import patterns
from stats.lexicon.inflection import is_plural, singular
from stats.text import patterns as text_patterns
from stats.text.sentences import WINDOW

__all__ = ["Word", "apposition", "clause_after", "clause_before", "is_people", "is_plural_word",
           "is_verbish", "matches", "noun_category", "noun_phrase", "phrase_after", "phrase_before",
           "phrase_text", "singular", "words_of"]


@dataclass(frozen=True, slots=True)
class Word:
    """A word of the sentence with its offsets (relative to the sentence)."""

    text: str
    start: int
    end: int

    @property
    def lower(self) -> str:
        return self.text.lower()


def words_of(text: str, offset: int = 0) -> list[Word]:
    return [Word(m.group(), m.start() + offset, m.end() + offset)
            for m in text_patterns.WORD.finditer(text)]


def clause_after(sentence: str, start: int) -> tuple[str, int]:
    """The text from `start` to the next clause break (within the context window)."""
    stop = min(len(sentence), start + WINDOW)
    match = patterns.CLAUSE_END.search(sentence, start, stop)
    return sentence[start:match.start() if match else stop], start


def clause_before(sentence: str, end: int) -> tuple[str, int]:
    """The text from the last clause break before `end` up to `end` (within the window)."""
    begin = max(0, end - WINDOW)
    for match in patterns.CLAUSE_END.finditer(sentence, begin, end):
        begin = match.end()
    return sentence[begin:end], begin


def is_plural_word(word: Word) -> bool:
    """A plural noun as written ("soldiers"), not an acronym or a possessive."""
    return is_plural(word.text)



def is_verbish(word: Word) -> bool:
    low = word.lower
    if low in lexicon.PARTICIPLE_ADJECTIVES:
        return False
    return low in lexicon.VERBS or (low.endswith("ed") and len(low) > 4)


def noun_phrase(words: list[Word], counted: bool) -> list[Word]:
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
        if is_verbish(word) and (phrase or not determined):
            break  # "Nearly 40 died in the attack": no noun, the verb is the event
        phrase.append(word)
        if len(phrase) >= 5:
            break
        if counted and is_plural_word(word):
            following = words[i + 1] if i + 1 < len(words) else None
            if not (following and is_plural_word(following) and following.text[:1].islower()
                    and following.lower not in lexicon.SUBJECT_STOPWORDS):
                break
    return phrase


def phrase_text(sentence: str, phrase: list[Word]) -> str:
    if not phrase:
        return ""
    return text_patterns.WHITESPACE.sub(" ", sentence[phrase[0].start:phrase[-1].end])


def phrase_after(sentence: str, start: int, counted: bool, skip_of: bool) -> str:
    """The noun phrase after `start`, optionally after an "of" ("hundreds of troops")."""
    text, offset = clause_after(sentence, start)
    words = words_of(text, offset)
    if skip_of and words and words[0].lower in ("of", "out"):
        words = words[1:] if words[0].lower == "of" else words[2:]
    return phrase_text(sentence, noun_phrase(words, counted))


def phrase_before(sentence: str, end: int) -> str:
    """The noun phrase just before `end`, walking back over verbs and qualifiers."""
    text, offset = clause_before(sentence, end)
    words = words_of(text, offset)
    skipped = 0
    while words and (words[-1].lower in lexicon.CHANGE_WORDS or is_verbish(words[-1])
                     or words[-1].lower in lexicon.SUBJECT_STOPWORDS or words[-1].lower.endswith("ing")):
        if words[-1].lower in lexicon.COORDINATORS or skipped == 4:
            return ""  # "... and grew 5.3%", or too far back: the subject is elsewhere
        words.pop()
        skipped += 1
    phrase: list[Word] = []
    limit = end
    while words and words[-1].lower not in lexicon.SUBJECT_STOPWORDS and len(phrase) < 5:
        if phrase and is_verbish(words[-1]):
            break  # "The Fed held rates at 5%": the subject ends at the verb
        if text_patterns.DIGIT.search(sentence, words[-1].end, limit):
            return ""  # the words belong to another figure: "rose 0.5 points to 7.2 per cent"
        limit = words[-1].start
        phrase.insert(0, words.pop())
    if phrase and (text_patterns.DIGIT.search(sentence, phrase[-1].end, end)
                   or text_patterns.NUMBER_JUST_BEFORE.search(sentence, max(0, phrase[0].start - 12),
                                                              phrase[0].start)):
        return ""  # "by 75 basis points to 4.5%": those words are the other figure's
    return phrase_text(sentence, phrase)



def apposition(sentence: str, start: int) -> str:
    """ "the country's annual customs revenue, about $281 million": the phrase before the comma."""
    offset = max(0, start - WINDOW)
    left = sentence[offset:start]
    match = patterns.APPOSITION_BEFORE.search(left)
    if not match or any(w.lower() not in lexicon.QUALIFIERS and w.lower() not in ("a", "an")
                        for w in left[match.start() + 1:].split()):
        return ""
    return phrase_before(sentence, offset + match.start())


def matches(word: str, entries: Iterable[str]) -> bool:
    for entry in entries:
        if entry.endswith("*"):
            if word.startswith(entry[:-1]):
                return True
        elif word == entry:
            return True
    return False


def noun_category(subject: str) -> str | None:
    words = [singular(w.text) for w in words_of(subject)]
    if not words:
        return None
    head = words[-1]
    for category, nouns in lexicon.NOUN_CATEGORIES:
        if matches(head, nouns):
            return category
    joined = "".join(words[-2:])  # "air strike" -> "airstrike"
    for category, nouns in lexicon.NOUN_CATEGORIES:
        if matches(joined, nouns):
            return category
    return None


def is_people(subject: str) -> bool:
    """Whether the subject names people: a people noun, or a demonym ("Palestinians")."""
    found = words_of(subject)
    if not found:
        return False
    head = found[-1].text
    if singular(head) in lexicon.PEOPLE_NOUNS or head.lower() in lexicon.PEOPLE_NOUNS:
        return True
    return head[:1].isupper() and not head.isupper() and bool(patterns.DEMONYM.search(head))


