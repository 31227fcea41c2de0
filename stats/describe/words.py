"""Words and noun phrases around a figure: the building blocks of subject and category.

Light heuristics over the words of one sentence (offsets relative to it), no parser: a noun
phrase runs from its modifiers to a head noun and stops at a verb or a stop word.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from typing import Final

from stats import lexicon
from stats.describe import patterns
from stats.describe.listed import first_listed, matches, split_entries
from stats.describe.sentence_words import Word, first_words, last_words, words_of
from stats.lexicon.compiled import SERIAL, odd_folding
from stats.lexicon.inflection import is_plural, singular
from stats.lexicon.subjects import MODALS
from stats.text import patterns as text_patterns
from stats.text.sentences import WINDOW, one_spaced

__all__ = ["Word", "any_word_matches", "apposition", "clause_after", "clause_before", "first_listed",
           "first_words", "is_people", "is_plural_word", "is_verbish", "last_words", "matches",
           "may_end_with", "may_hold", "noun_category", "noun_phrase", "phrase_after", "phrase_before",
           "phrase_text", "singular", "words_of"]


def may_end_with(text: str, endings: tuple[str, ...]) -> bool:
    """Whether the text, its trailing spaces dropped, may end with one of `endings` (lower
    case) in any case: a pre-check for a pattern that matches only at the text's end, which
    `regex` would otherwise try at every position. Always true for a text with a letter that
    case-folds to ASCII ("ſ", "İ"), which a case-insensitive pattern may match."""
    return text.rstrip().casefold().endswith(endings) or odd_folding(text)


def may_hold(text: str, word: str) -> bool:
    """Whether the text may hold `word` (lower case) in any case: a pre-check for a pattern
    whose every match holds it (see `may_end_with`)."""
    return word in text.casefold() or odd_folding(text)


def clause_after(sentence: str, start: int) -> tuple[str, int]:
    """The text from `start` to the next clause break (within the context window)."""
    stop = min(len(sentence), start + WINDOW)
    match = patterns.CLAUSE_END.search(sentence, start, stop, SERIAL)
    return sentence[start:match.start() if match else stop], start


@functools.lru_cache(maxsize=4)  # asked again for one figure by the subject and category rules
def clause_before(sentence: str, end: int) -> tuple[str, int]:
    """The text from the last clause break before `end` up to `end` (within the window): the
    end of the last of `patterns.CLAUSE_END`'s matches, one after another, in the window.

    That is the match that ends last, found searching from the end (a few characters back,
    where a scan from the start reads the whole window), unless a scan from the start never
    reaches it. Only a spaced dash can be so passed over: one that starts on the last space
    of a spaced dash before it (" - - "). Then the window is scanned from the start."""
    begin = max(0, end - WINDOW)
    last = patterns.LAST_CLAUSE_END.search(sentence, begin, end, SERIAL)
    if last is None:
        return sentence[begin:end], begin
    start = last.start()
    if last.end() - start == 3 and start - 2 >= begin and patterns.SPACED_DASH.match(
            sentence, start - 2, end, SERIAL):
        for match in patterns.CLAUSE_END.finditer(sentence, begin, end, False, SERIAL):
            begin = match.end()
        return sentence[begin:end], begin
    return sentence[last.end():end], last.end()


def is_plural_word(word: Word) -> bool:
    """A plural noun as written ("soldiers"), not an acronym or a possessive."""
    return is_plural(word.text)


def is_verbish(word: Word) -> bool:
    return verbish(word.lower)


def verbish(low: str) -> bool:
    """A lower-case word that reads as a verb: a known verb, or a past form ("ordered") that is
    no adjective ("injured" in "injured children" is)."""
    if low in lexicon.PARTICIPLE_ADJECTIVES:
        return False
    return low in lexicon.VERBS or (low.endswith("ed") and len(low) > 4)


def noun_phrase(words: list[Word], counted: bool, ranked: bool = False) -> list[Word]:
    """The noun phrase at the start of `words`: modifiers and a head, up to a stop word.

    For counts (`counted`), the first plural noun is the head, unless the next word is a
    plural noun too ("arms dealers"). After an ordinal (`ranked`) the head is singular, and
    an -ed word before any other noun-like word is its adjective ("a fifth failed rainy season")."""
    phrase: list[Word] = []
    determined = False  # "the needs of ...": after a determiner a verb-like word is a noun
    for i, word in enumerate(words):
        low = word.lower
        if low in lexicon.SUBJECT_STOPWORDS and not (not phrase and low in lexicon.DETERMINERS):
            break
        if low in lexicon.SCALES:
            return []  # "18% of the $320 million": the of-phrase is another figure
        if not phrase and low in lexicon.DETERMINERS:  # ("magnitude 6.1 that struck": a relative clause)
            if low == "that" and i + 1 < len(words) and is_verbish(words[i + 1]):
                break
            determined = True
            continue
        if (is_verbish(word) and (phrase or not determined) and not _modifies(word, words, i, ranked)
                and not (counted and i == 0 and low in lexicon.COUNTED_VERB_FORMS)):  # ("46 lives")
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


def _modifies(word: Word, words: list[Word], i: int, ranked: bool) -> bool:
    """An -ed word before a plural noun is its adjective, after nothing but adverbs:
    "40 trapped miners", "60,000 severely malnourished children"; after an ordinal, before
    any noun-like word ("the third failed harvest", "a second attempted coup")."""
    following = words[i + 1] if i + 1 < len(words) else None
    if word.lower in lexicon.VERBS or following is None or not following.text[:1].islower():
        return False
    if ranked and following.lower not in lexicon.SUBJECT_STOPWORDS and not is_verbish(following):
        return True
    return is_plural_word(following) and all(w.lower.endswith("ly") for w in words[:i]
                                             if w.lower not in lexicon.DETERMINERS)


def phrase_text(sentence: str, phrase: list[Word]) -> str:
    """The phrase as written, each run of whitespace one space (a phrase with single spaces
    only, nearly every one, is already so: see `single_spaced`)."""
    if not phrase:
        return ""
    text = sentence[phrase[0].start:phrase[-1].end]
    return one_spaced(text)


def phrase_after(sentence: str, start: int, counted: bool, skip_of: bool, ranked: bool = False) -> str:
    """The noun phrase after `start`, optionally after an "of" ("hundreds of troops"); after an
    ordinal with `ranked` (see `noun_phrase`)."""
    text, offset = clause_after(sentence, start)
    words = words_of(text, offset)
    if skip_of and words and words[0].lower in ("of", "out"):
        words = words[1:] if words[0].lower == "of" else words[2:]
    if len(words) > 1 and words[0].lower == "more" and words[1].lower not in lexicon.SUBJECT_STOPWORDS:
        words = words[1:]  # "six more bodies were recovered": bodies (not "additional troops", kept whole)
    return phrase_text(sentence, noun_phrase(words, counted, ranked))


def phrase_before(sentence: str, end: int, at_number: bool = False, agent: bool = True,
                  place_head: bool = True) -> str:
    """The noun phrase just before `end`, walking back over verbs and qualifiers.

    With `at_number`, `end` is where a number starts, so the word touching it is a verb
    ("Floods kill dozens", "The plant produces 500 megawatts"), never the head noun. Without
    `agent`, a phrase before an action verb is the doer, not what the number counts
    ("Police arrested 35": not police), so there is none; copulas and verbs of change
    still lead to it ("The death toll rose to 40"). Without `place_head`, a place phrase
    is the phrase ("a trial in a court"), not the head before it (see `_head_before_place`)."""
    text, offset = clause_before(sentence, end)
    words = words_of(text, offset)
    skipped = 0
    touching = at_number and bool(words) and not sentence[words[-1].end:end].strip() \
        and not words[-1].text.endswith(("'s", "’s"))
    while words and not _gerund_subject(words) and (touching or _skippable(words[-1]) or _after_modal(words)):
        low = words[-1].lower
        if low in lexicon.COORDINATORS or skipped == 4:
            return ""  # "... and grew 5.3%", or too far back: the subject is elsewhere
        if not agent and low not in lexicon.CHANGE_WORDS and low not in lexicon.SUBJECT_STOPWORDS:
            return ""  # "Police arrested 35", "Floods kill dozens": the doer is not counted
        touching = False
        words.pop()
        skipped += 1
    phrase = _phrase_back(sentence, words, end)
    if phrase and place_head and (head := _head_before_place(sentence, words, phrase[0].start)):
        phrase = head  # "Temperatures in the capital hit 48C": temperatures
    if phrase and _is_amount(phrase[-1].lower):
        return ""  # "cut roughly half of the 340": "half" is the other figure, not a noun
    if phrase and (text_patterns.DIGIT.search(sentence, phrase[-1].end, end, SERIAL)
                   or text_patterns.NUMBER_JUST_BEFORE.search(
                       sentence, max(0, phrase[0].start - 12), phrase[0].start, SERIAL)):
        return ""  # "by 75 basis points to 4.5%": those words are the other figure's
    return phrase_text(sentence, phrase)


def _gerund_subject(words: list[Word]) -> bool:
    """The clause opens with a capitalised -ing noun and nothing else is left: "Spending rises to
    R2.54 trillion", "Borrowing will reach R500 billion" (not "Including 12 soldiers")."""
    word = words[0]
    return (len(words) == 1 and word.text[:1].isupper() and word.lower.endswith("ing")
            and word.lower not in lexicon.SUBJECT_STOPWORDS and word.lower not in lexicon.CHANGE_WORDS
            and word.lower not in _ING_PRONOUNS)


_ING_PRONOUNS: Final = frozenset({"nothing", "something", "anything", "everything"})


def _after_modal(words: list[Word]) -> bool:
    """The last word follows a modal, so it is a verb ("food vouchers will fall from US$12",
    "Defence alone will take 186.6 billion zlotys"), whatever the word lists say of it."""
    return len(words) > 1 and words[-2].lower in MODALS and words[-1].text[:1].islower()


def _phrase_back(sentence: str, words: list[Word], end: int) -> list[Word]:
    """The noun phrase that ends `words` (taken off them), up to a stop word or a verb;
    empty when digits between its words and `end` show it is another figure's."""
    phrase: list[Word] = []
    limit = end
    while words and words[-1].lower not in lexicon.SUBJECT_STOPWORDS and len(phrase) < 5:
        if phrase and is_verbish(words[-1]):
            break  # "The Fed held rates at 5%": the subject ends at the verb
        if text_patterns.DIGIT.search(sentence, words[-1].end, limit, SERIAL):
            return []  # the words belong to another figure: "rose 0.5 points to 7.2 per cent"
        limit = words[-1].start
        phrase.insert(0, words.pop())
    return phrase


def _head_before_place(sentence: str, words: list[Word], end: int) -> list[Word]:
    """The noun phrase a place phrase follows ("Prices in Kabul", "Temperatures in the
    capital"): the subject is that head, not the place."""
    rest = list(words)
    while rest and rest[-1].lower in lexicon.DETERMINERS:
        rest.pop()
    if len(rest) < 2 or rest[-1].lower not in _PLACE_PREPOSITIONS or _skippable(rest[-2]):
        return []  # "struck at a depth of 10 km": a verb before the place, no head
    rest.pop()
    return _phrase_back(sentence, rest, end)


_PLACE_PREPOSITIONS: Final = {"in", "on", "at", "across", "near", "around", "throughout", "inside", "outside"}


def _is_amount(word: str) -> bool:
    """A number word, fraction or quantifier ("half", "dozens", "most"): never a head noun."""
    return (word in lexicon.FRACTIONS or word in lexicon.ONES or word in lexicon.TENS
            or word in lexicon.VAGUE or word in lexicon.PARTITIVE_QUANTIFIERS)


def _skippable(word: Word) -> bool:
    """A word between a subject and its number: a verb, a qualifier, a preposition."""
    low = word.lower
    return (low in lexicon.CHANGE_WORDS or is_verbish(word) or low in lexicon.SUBJECT_STOPWORDS
            or low.endswith("ing"))


def apposition(sentence: str, start: int, place_head: bool = True) -> str:
    """ "the country's annual customs revenue, about $281 million": the phrase before the comma
    (without `place_head`, a place phrase is the phrase: "hospitals in Kathmandu, 80 km away")."""
    offset = max(0, start - WINDOW)
    left = sentence[offset:start]
    match = patterns.APPOSITION_BEFORE.search(left, None, None, SERIAL)
    if not match or any(w.lower() not in lexicon.QUALIFIERS and w.lower() not in ("a", "an")
                        for w in left[match.start() + 1:].split()):
        return ""
    return phrase_before(sentence, offset + match.start(), place_head=place_head)


def any_word_matches(text: str, entries: Iterable[str]) -> bool:
    """`any(matches(w.lower, entries) for w in words_of(text))`, with the words read only
    when the lower-case text holds an entry (or stem) somewhere: a word's lower case is a
    piece of the text's, so no word can match where no entry stands (most texts)."""
    low = text.lower()
    if not any(entry in low for entry in split_entries(entries)[2]):
        return False
    return any(matches(w.lower, entries) for w in words_of(text))


def noun_category(subject: str) -> str | None:
    words = [singular(w.text) for w in words_of(subject)[-2:]]  # the head, and the word before it
    if not words:
        return None
    # the head's category, else that of the two words joined ("air strike" -> "airstrike")
    table = lexicon.NOUN_CATEGORIES
    return first_listed(words[-1], table) or first_listed("".join(words), table)


@functools.lru_cache(maxsize=4)  # asked again for one figure by several category rules
def is_people(subject: str) -> bool:
    """Whether the subject names people: a people noun, or a demonym ("Palestinians")."""
    found = words_of(subject)
    if not found:
        return False
    head = found[-1].text
    noun = singular(head)
    if noun in lexicon.PEOPLE_NOUNS or head.lower() in lexicon.PEOPLE_NOUNS:
        return True
    if noun.endswith(lexicon.PEOPLE_ENDINGS) and noun.isalpha() and head.islower():
        return True  # "schoolgirls", "firemen", "steelworkers"
    return head[:1].isupper() and not head.isupper() and bool(patterns.DEMONYM.search(head))


