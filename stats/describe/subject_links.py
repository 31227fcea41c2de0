"""Links between a figure and the words or figures that name its subject elsewhere in the
sentence: a time is never a subject, a baseline measures what the figure before it measures,
a duration's verb of lasting has the thing that lasts before it.

Kept apart from `subject` (which reads the noun phrase at the figure) so each link can be
tested and read on its own; the word lists are in `stats.lexicon.subjects`.
"""

from __future__ import annotations

from typing import Final

import regex

from stats import lexicon
from stats.describe import events, patterns
from stats.describe.words import (
    clause_before,
    is_people,
    may_end_with,
    may_hold,
    noun_phrase,
    phrase_before,
    phrase_text,
    verbish,
    words_of,
)
from stats.lexicon.compiled import compile_lists
from stats.lexicon.inflection import is_plural
from stats.lexicon.pattern_cache import SERIAL, compile_regex, group_number
from stats.lexicon.sources import SOURCE_NOUNS
from stats.lexicon.subjects import (
    AGENT_HEADS,
    AMOUNT_ADJECTIVES,
    BASELINE_WORDS,
    GENERIC_AMOUNT_NOUNS,
    LASTING_VERBS,
    PASSED_BEFORE_VERB,
    TIME_HEADS,
)
from stats.text import patterns as text_patterns
from stats.text.sentences import before

__all__ = [
    "first_conjunct",
    "is_time_head",
    "lasting_subject",
    "measured_before",
    "not_time",
    "noun_of",
    "numbered_before",
    "past_adjectives",
    "relative_antecedent",
    "with_conjunct",
]


def not_time(found: str) -> str:
    """The phrase, or none when it names a time ("fell to 18.4% in November"): a period."""
    return "" if is_time_head(found) else found


def is_time_head(subject: str) -> bool:
    """A phrase whose head names a time ("four years", "November", "the April-June quarter"):
    the period of a count, share or amount, never what it counts."""
    words = subject.split()
    return bool(words) and words[-1].lower().rsplit("-", 1)[-1] in TIME_HEADS


# A baseline ("down from", "against") or the end of a change ("by 50 basis points to",
# "rose 6 basis points to", "fell 11% to") right before the figure; the change's own
# number in reach before "to", so a plain "to" ("rose to 2.9%") is no link.
_BASELINE_BEFORE: Final = compile_lists(
    r"(?: \b \L<base> | \p{Nd} [\p{Nd},.]* \s* (?: % | (?: \p{L}+ \s+ ){0,3} ) \s* ,? \s* (?: to | at ) )"
    r" \s+ (?: (?: the | a | an ) \s+ )? $", regex.I, base=BASELINE_WORDS)
_BASELINE_ENDS: Final = ("from", "against", "with", "to", "versus", "at")  # ("up 3.2 per cent at £6.84bn")


def measured_before(sentence: str, start: int, previous: str, end: int = -1) -> str:
    """The subject of the figure before, when this one is its baseline or the end of its change:
    "Inflation fell to 2.9%, down from 3.4%" (3.4%: Inflation), "raised its base rate by 150
    basis points to 8.25%" (8.25%: base rate), or the change itself after a comma ("sold
    912,000 vehicles, down 4% from a year earlier"; "27,000 migrants ..., about 18% fewer
    than"). Empty when there is no such link."""
    if not previous or is_time_head(previous):
        return ""
    lead = before(sentence, start, 60)
    if _CHANGE_AFTER_COMMA.search(lead, None, None, SERIAL) or (end >= 0 and lead.rstrip().endswith(",")
                                            and _COMPARED_AFTER.match(sentence, end)):
        return previous
    if not may_end_with(lead, (*_BASELINE_ENDS, "the", "a", "an")) or not _BASELINE_BEFORE.search(lead):
        return ""
    return previous


# (", or 2.3%": the change again)
_CHANGE_AFTER_COMMA: Final = compile_regex(r",\s*(?:up|down|or)\s+(?:by\s+)?"
                                           r"(?:(?:about|around|nearly|almost|roughly|some|more\s+than|over|just)\s+)?$",
                                           regex.I)
_COMPARED_AFTER: Final = compile_regex(r"\s+(?:more|fewer|less|higher|lower)\s+than\b", regex.I)


# "the attack lasted two hours", "a trial that lasted seven weeks", "Arbitration usually takes
# two to three years", "the cold wave will last at least three more days": the verb touches
# the duration (a qualifier between); its subject is the noun phrase before it, past an
# adverb, an auxiliary or a relative pronoun.
_LASTING_BEFORE: Final = compile_lists(
    r"\b (?P<verb> \L<verbs> ) \s+ (?: (?: about | around | nearly | almost | roughly | some | up | to"
    r" | at | least | more | less | than | over | just | under | another | only | a | an ) \s+ )* $",
    regex.I, verbs=LASTING_VERBS)
_ACTORS: Final = AGENT_HEADS | SOURCE_NOUNS  # heads that take a time to act, not last it


def lasting_subject(sentence: str, start: int, end: int) -> str:
    """What a duration is the length of, named before a verb of lasting; empty when none is
    (or the verb is "take" with an infinitive after the time: "The ECZ took six days to
    announce the result" times an action, and its subject is the unit word)."""
    lead = before(sentence, start, 80)
    match = _LASTING_BEFORE.search(lead, None, None, SERIAL)
    if match is None:
        return ""
    taking = match["verb"].lower().startswith("t")  # "take", "took", "takes", "taking"
    if taking and sentence.startswith(" to ", end):
        return ""  # with an infinitive
    at = start - len(lead) + match.start()
    words = sentence[max(0, at - 80):at].split()
    relative = False
    while words and words[-1].lower().strip(",") in PASSED_BEFORE_VERB:
        relative = relative or words[-1].lower() in ("which", "that")
        at = sentence.rfind(words.pop(), 0, at)
    lead = sentence[:at].rstrip()
    if lead.endswith(","):  # "the rescue, which lasted", "The attack on X, 60 km north of Y, lasted"
        opening = -1 if relative else lead.rfind(",", max(0, len(lead) - 100), len(lead) - 1)
        at = opening if opening > 0 else len(lead) - 1
    found = phrase_before(sentence, at, place_head=not relative)  # "a trial that lasted": trial
    if is_people(found) or (taking and found and found.split()[-1].lower() in _ACTORS):
        return ""  # "whose son has been held for two years", "the government took six months": no length
    return not_time(found)


# "and" or "or" and up to three lower-case words after a subject ("soldiers and police
# officers", "hip and knee operations", "wheat and barley", "hydrogen peroxide and other
# chemicals"), then what follows them.
_CONJUNCT: Final = compile_regex(r"\s+(?:and|or)\s+(?:other\s+)?"
                                 r"(?P<more>\p{Ll}[\p{L}'’\-]*(?:\s+[\p{L}'’\-]+){0,3})")
_AMOUNT_WORDS: Final = frozenset(
    {*lexicon.ONES, *lexicon.TENS, *lexicon.VAGUE, *lexicon.SCALES, "dozen", "hundred",
     "worth", "one", "a", "an"})
_CLAUSE_ENDS: Final = compile_regex(r"\s*(?:[,.;:!?)\]”\"—–]|$)")


def with_conjunct(sentence: str, subject: str, start: int, counted: bool) -> str:
    """The subject with the nouns joined to it by "and"/"or", which the figure counts too
    ("more than 1,000 soldiers and police officers", "1,600 hip and knee operations",
    "3,000 tonnes of mud and debris"): the conjunct holds no number, determiner, verb or
    preposition, ends where the clause does or before a verb or a stop word, and (for a
    count) ends in a plural. Not "12 soldiers and wounded 40", "two children and their
    mother", "40 people and property"."""
    at = sentence.find(subject, start) if subject else -1
    match = _CONJUNCT.match(sentence, at + len(subject), None, SERIAL) if at >= 0 else None
    if match is None:
        return subject
    end = match.start("more")
    for word in regex.finditer(r"[\p{L}'’\-]+", match["more"]):
        low = word.group().lower()
        if low in lexicon.SUBJECT_STOPWORDS or (verbish(low) and low not in lexicon.PARTICIPLE_ADJECTIVES):
            break  # "soldiers and police officers to ...", "homes and businesses were destroyed"
        if low in _AMOUNT_WORDS:
            return subject  # "five men and three children", "people and property worth millions"
        if not word.group()[:1].islower():
            return subject  # "refugees and Venezuelans": a name is no conjunct's word
        end = match.start("more") + word.end()
    else:
        if not _CLAUSE_ENDS.match(sentence, end):
            return subject  # more words than a conjunct holds
    if end == match.start("more") or (counted and not is_plural(sentence[:end].split()[-1])):
        return subject
    if sentence[end:end + 12].lstrip()[:1].isdigit():
        return subject  # "and wounded 40": another figure's noun
    return sentence[at:end]


def first_conjunct(subject: str) -> str:
    """The subject up to its first "and"/"or" ("soldiers" of "soldiers and police officers",
    "hip" of "hip and knee operations"): the noun the category reads, as it did before the
    conjunct was joined (the first named is the group the sentence is about)."""
    if "and" not in subject and "or" not in subject:
        return subject  # (every match of `_JOINT` holds one: the search is spared)
    cut = _JOINT.search(subject, None, None, SERIAL)
    return subject[:cut.start()] if cut else subject


_JOINT: Final = compile_regex(r"\s+(?:and|or)\s+")


# The verb or preposition that gives a "number of ..." or a toll its value right before the
# figure: "rose to", "has reached", "at" ("put the number of bodies recovered at 27").
_VALUE_BEFORE: Final = compile_regex(r"\b(?:to|at|reached|reaches|hit|hits|was|is|stood\s+at|stands\s+at|of)"
                                     r"\s+(?:(?:about|around|nearly|almost|some|roughly|at\s+least|more\s+than|over)\s+)?$",
                                     regex.I)
_DIGIT: Final = compile_regex(r"\p{Nd}")


def numbered_before(sentence: str, start: int) -> str:
    """What "the number of ..." or a toll before the figure counts, when the figure is its
    value and no other number stands between them: "The number of people confirmed dead
    ... rose to 34" (people), "put the number of bodies recovered at 27" (bodies),
    "bringing the state's toll to 139" (toll). Empty otherwise."""
    lead = before(sentence, start, 200)
    if not _VALUE_BEFORE.search(lead, None, None, SERIAL):
        return ""
    numbers = list(patterns.NUMBER_OF_BEFORE.finditer(lead)) if may_hold(lead, "number") else []
    if numbers and not _DIGIT.search(lead, numbers[-1].end()):
        group = numbers[-1]
        phrase = noun_phrase(words_of(group["group"], group.start("group")), counted=True)
        return with_conjunct(lead, phrase_text(lead, phrase), 0, counted=True) if phrase else ""
    toll = events.toll_before(lead)
    if toll and not _DIGIT.search(lead, toll.end()):
        return toll.group().strip()
    return ""


_ADJECTIVES_BEFORE: Final = compile_lists(
    r"\b (?: a | an | the ) \s+ (?: \L<adj> | \L<generic> \s+ of ) \s+ $",
    regex.I, adj=AMOUNT_ADJECTIVES, generic=GENERIC_AMOUNT_NOUNS)


def past_adjectives(sentence: str, start: int) -> int:
    """Where the words before an amount end once "a further", "an extra", "a record" or "an
    average of" are passed: they say how the amount stands, not what it is of ("reached a
    record $15.7 billion", "costs an average of 31,000 lira")."""
    match = _ADJECTIVES_BEFORE.search(before(sentence, start, 40), None, None, SERIAL)
    return start - len(before(sentence, start, 40)) + match.start() if match else start


# "compensation of Rs 10 lakh", "a reward of up to $5,000": the noun right before "of" and
# the qualifiers before the amount (the words it lets stand between "of" and the amount).
_OF_LEAD: Final = (
    "up", "to", "about", "around", "nearly", "almost", "some", "roughly", "more", "less", "than",
    "over", "under", "at", "least", "an", "a", "estimated", "just")
_NOUN_OF_BEFORE: Final = compile_lists(
    rf"\b (?P<noun> \p{{Ll}} [\p{{L}}\-]* ) \s+ of \s+ (?: (?: {' | '.join(_OF_LEAD)} ) \s+ )* $", regex.I)
_OF_LEAD_WORDS: Final = frozenset(_OF_LEAD)
_NOUN: Final = group_number(_NOUN_OF_BEFORE, "noun")  # (read by number: see `group_number`)


def noun_of_from(text: str) -> int:
    """Where a match of `_NOUN_OF_BEFORE` in the text may start: the start of the word before
    "of", when the text's last words are "of" and none or more of `_OF_LEAD_WORDS` after a
    word, as `str.split` reads them (every space the pattern sees is one to it), in any
    case; else -1. The pattern's noun is the end of that word (it holds no space and ends at
    the space before "of"), so no match starts before it. 0 for a text not all ASCII (a
    letter may fold to an ASCII one). Most texts before an amount end otherwise, and the
    pattern, anchored at the end, would be tried at each of their characters."""
    if not text.isascii():
        return 0
    if not text[-1:].isspace():
        return -1
    words = text.lower().split()
    last = len(words) - 1
    while last >= 0 and words[last] in _OF_LEAD_WORDS:
        last -= 1
    if last < 1 or words[last] != "of":
        return -1
    head = text.rsplit(None, len(words) - last)[0]  # the text up to the end of the word before "of"
    return len(head) - len(head.rsplit(None, 1)[-1])


def noun_of(sentence: str, start: int) -> str:
    """The noun an amount is the value of, named right before "of" ("compensation of",
    "a draft budget of", "at a cost of"); not an amount word or a generic total ("an
    average of 31,000 lira", "tens of thousands of dollars"), nor a time ("this year of")."""
    window = before(sentence, start, 80)
    at = noun_of_from(window)
    match = _NOUN_OF_BEFORE.search(window, at, None, SERIAL) if at >= 0 else None
    if match is None or match[_NOUN].lower() in GENERIC_AMOUNT_NOUNS:
        return ""
    at = start - len(window) + match.end(_NOUN)
    return not_time(_phrase_ending_at(sentence, at))


def _phrase_ending_at(sentence: str, end: int) -> str:
    """The noun phrase whose head ends at `end`, read back to a stop word, a verb or a
    comma; its head may look like a verb ("a cut of", "a pay rise of")."""
    text, offset = clause_before(sentence, end)
    words = words_of(text, offset)
    phrase = [words.pop()] if words else []
    while words and len(phrase) < 4 and words[-1].lower not in lexicon.SUBJECT_STOPWORDS \
            and not verbish(words[-1].lower) \
            and not text_patterns.DIGIT.search(sentence, words[-1].end, phrase[0].start):
        phrase.insert(0, words.pop())
    return phrase_text(sentence, phrase)


# A relative clause whose verb touches the figure ("inflation, which peaked at 54.1%", "The
# 2026 Joint Response Plan, which seeks US$934 million"), or a predicate after one ("UNHCR's
# appeal for Cameroon, which seeks US$96.4 million, is 29 per cent funded").
_RELATIVE_VERB_BEFORE: Final = compile_regex(
    r",\s*(?:which|who)\s+(?:(?:has|have|had|is|was|are|were|will|would|been|now|also|only|already|then)\s+)*"
    r"[\p{Ll}\-]+\s+(?:(?:by|to|at|about|around|nearly|almost|some|up|more|than|over|only|just|a|an)\s+)*$")
_RELATIVE_THEN_COPULA: Final = compile_regex(
    r",\s*(?:which|who)\s+[^,;:()]{3,80},\s*(?:is|are|was|were)\s+(?:(?:only|just|now|still|about)\s+)*$")
_NAME_AFTER_PREPOSITION: Final = compile_regex(r"\s(?:for|from|of)\s+(?:the\s+)?$")


def relative_antecedent(sentence: str, start: int) -> str:
    """What a relative clause is about when the figure completes its verb, or the predicate
    after it: the noun phrase before its comma ("growth, which slowed to 4.8%": growth), or
    the head before a name that phrase ends in ("The UN's humanitarian appeal for Congo,
    which seeks $2.5 billion": humanitarian appeal, not Congo)."""
    lead = before(sentence, start, 160)
    if "," not in lead:
        return ""
    match = (_RELATIVE_VERB_BEFORE.search(lead, None, None, SERIAL)
             or _RELATIVE_THEN_COPULA.search(lead, None, None, SERIAL))
    if match is None:
        return ""
    comma = start - len(lead) + match.start()
    near = phrase_before(sentence, comma)
    at = sentence.rfind(near, 0, comma) if near else -1
    named = at > 0 and near[:1].isupper()
    prep = _NAME_AFTER_PREPOSITION.search(sentence, max(0, at - 12), at) if named else None
    if prep is not None:  # "appeal for Congo", "Revenue from the Suez Canal"
        near = phrase_before(sentence, prep.start()) or near
    return "" if is_people(near) else not_time(near)
