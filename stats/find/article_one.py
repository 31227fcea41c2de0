"""The filter of "one" written as an article ("one man said", "one infamous incident"),
not a count: "one" counts with an event verb, a unit, a range or a whole, beside another
number, or standing for one of a group counted before it. (Split from `filters`, which
lists it among its rules.)"""

from __future__ import annotations

from typing import Final

from stats import lexicon
from stats.find import patterns
from stats.lexicon.compiled import SERIAL, lazy_lists
from stats.model import Candidate, Kind, Qualifier
from stats.text.sentences import after

# "one doctor and two nurses", "two tents and one doctor": "one" counted beside another number.
_NUMBER_WORD: Final = r"(?: \p{Nd}[\p{Nd},.]* | (?i: \L<n> ) ) \b"
_NUMBER_WORDS: Final = [*lexicon.ONES, *lexicon.TENS]
ONE_COORDINATED_AFTER: Final = lazy_lists(
    rf"^ \s+ (?: [\p{{L}}\-]+ \s+ ){{1,3}}? (?i: and | or ) \s+ {_NUMBER_WORD}", n=_NUMBER_WORDS)
ONE_COORDINATED_BEFORE: Final = lazy_lists(
    rf"""\b (?! (?: 1[89] | 20 ) \p{{Nd}}{{2}} \b ) {_NUMBER_WORD}
        \s+ (?: (?! (?i: ago | years? | months? | weeks? | days? | he | she | they | we | i | it | the ) \b )
               [\p{{L}}\-]+ \s+ ){{0,3}}
        (?i: and | or ) \s+ $""", n=_NUMBER_WORDS)
# "one" standing for one of a group counted before it: "where one was critical", "two in
# Kibera and one in Kisumu", "14 were treated, one with a broken leg" (not "no one was hurt").
ONE_PRONOUN_AFTER: Final = lazy_lists(
    r"""^ (?: \s* [,.;]
            | \s+ (?: was | is | remains | remained | died | had | has | with | in | at | from ) \b )""")
_NUMBER_BEFORE: Final = lazy_lists(r"(?: \p{Nd} | \b (?i: \L<n> ) \b ) [^.;]*? $", n=_NUMBER_WORDS)
_NOT_PRONOUN_BEFORE: Final = lazy_lists(
    r"\b (?i: no | any | every | each | the | this | that | which | another | by ) \s+ $")  # "one by one"


def _counted_before(sentence: str, start: int) -> bool:
    """Whether a number stands earlier in the sentence, and "one" is no "no one", "the one"."""
    before = sentence[max(0, start - 120):start]
    return bool(_NUMBER_BEFORE.search(before)) and not _NOT_PRONOUN_BEFORE.search(before)


# "only one", "just one": a count.
ONE_LIMITED_BEFORE: Final = lazy_lists(r"\b (?i: only | just | exactly | merely | barely ) \s+ $")
# "every one of the 1,300 bridges", "each one of them": one that distributes, no count.
ONE_DISTRIBUTIVE_BEFORE: Final = lazy_lists(r"\b (?i: every | each | any ) \s+ $")
# "one meal a day", "one visit per week": a rate.
ONE_RATE_AFTER: Final = lazy_lists(
    r"^ \s+ \p{L}+ \s+ (?i: a | an | per | each | every ) \s+ (?i: day | week | month | year | hour ) \b")
# "one by one", "one after another", "one another": no count.
ONE_IDIOM_AFTER: Final = lazy_lists(
    r"^ \s+ (?i: by \s+ one | after \s+ (?: another | the \s+ other ) | another ) \b")

def distributive_one(c: Candidate, sentence: str) -> bool:
    """ "every one of", "each one of", "any one of": a one that picks each, counting nothing."""
    before = sentence[max(0, c.number_start - 8):c.number_start]
    one = sentence[c.number_start:c.end].lower() == "one"
    return one and ONE_DISTRIBUTIVE_BEFORE.search(before, None, None, SERIAL) is not None


def is_article_one(c: Candidate, sentence: str) -> bool:
    """ "one man said", "one infamous incident": one as an article, not a count.

    "one" counts as the subject or object of an event verb ("one soldier was killed",
    "killed one civilian"), or with a unit, range or whole ("one week", "one to two").
    """
    if distributive_one(c, sentence):
        return True  # "every one of the 1,300 road bridges"
    if (c.kind is not Kind.COUNT or c.qualifier is Qualifier.RANGE or c.whole is not None
            or sentence[c.number_start:c.end].lower() != "one"):
        return False
    right = after(sentence, c.end)
    if ONE_IDIOM_AFTER.match(right, None, None, SERIAL):
        return True  # "their herds died one by one"
    if ONE_RATE_AFTER.match(right, None, None, SERIAL):
        return False  # "one meal a day": a rate counts
    if ONE_LIMITED_BEFORE.search(sentence[max(0, c.number_start - 10):c.number_start], None, None, SERIAL):
        return False  # "worth just one seat", "only one hospital is open": counted
    if ONE_PRONOUN_AFTER.match(right, None, None, SERIAL) and _counted_before(sentence, c.number_start):
        return False  # "Three were taken to hospital, where one was in critical condition"
    if (ONE_COORDINATED_AFTER.match(right, None, None, SERIAL)
            or ONE_COORDINATED_BEFORE.search(
                sentence[max(0, c.number_start - 50):c.number_start], None, None, SERIAL)):
        return False  # "one doctor and two police officers": a count beside another
    if patterns.ONE_AS_EVENT_SUBJECT.match(sentence, c.end, None, SERIAL):
        return False
    before = sentence[max(0, c.number_start - 30):c.number_start]
    return not patterns.ONE_AS_EVENT_OBJECT.search(before, None, None, SERIAL)
