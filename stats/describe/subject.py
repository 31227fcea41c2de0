"""The subject of a figure: what it counts or measures, as written in the sentence.

After the number ("703 soldiers"), after "of" ("hundreds of troops"), in apposition before
it ("annual customs revenue, about $281 million"), or carried from the figure before it in
the sentence ("119 Palestinians were killed and 207 injured").
"""

from __future__ import annotations

import dataclasses
from typing import Final

import regex

from stats import lexicon
from stats.describe import events, patterns
from stats.describe.subject_distance import ATTRIBUTIVE_BEFORE, distance_subject
from stats.describe.subject_duration import duration_subject
from stats.describe.subject_empty import counts_nothing
from stats.describe.subject_links import (
    is_time_head,
    measured_before,
    not_time,
    noun_of,
    numbered_before,
    relative_antecedent,
    with_conjunct,
)
from stats.describe.subject_money import money_subject
from stats.describe.words import (
    clause_before,
    is_people,
    may_end_with,
    phrase_after,
    phrase_before,
    verbish,
)
from stats.find import patterns as find_patterns
from stats.find import units
from stats.lexicon import ranks, sources
from stats.lexicon.compiled import compile_lists, word_set
from stats.lexicon.currencies import CURRENCY_WORDS
from stats.lexicon.inflection import is_plural
from stats.lexicon.measures import TEMPERATURE_UNITS
from stats.lexicon.pattern_cache import SERIAL, compile_regex
from stats.lexicon.subjects import (
    CHANGE_NOUNS,
    COUNTER_NOUNS,
    ELECTION_WORDS,
    VOTE_SHARE_VERBS,
)
from stats.model import Candidate, Kind
from stats.text.sentences import WINDOW, after, before

_RELATIVE_TIME: Final = {"earlier", "later", "ago", "before", "after"}
# Comparatives a share's phrase may open with ("14.2 percent higher"); "more", "up", "over"
# and the like are stop words, which no phrase opens with.
_COMPARATIVES: Final = frozenset(
    {"higher", "lower", "greater", "smaller", "larger", "bigger", "cheaper", "dearer",
     "above", "below"})
# The words that say an ordinal counts a series, not what it counts: "the sixth straight month".
_SUCCESSION: Final = compile_lists(r"(?: \s+ (?i: \L<w> ) )+ (?= \s )", w=ranks.SUCCESSION_WORDS)


def subject_of(sentence: str, c: Candidate, previous: str = "") -> str:
    """What the figure counts or measures, as written in the sentence; none where the words
    read are no thing counted: an adverb ("grew a seasonally adjusted 1.3%"), a month, a time
    ago ("47% three years earlier"), "another" or "steady"."""
    subject = _subject_of(sentence, c, previous)
    empty = subject and counts_nothing(subject)
    return "" if empty else subject


def _subject_of(sentence: str, c: Candidate, previous: str) -> str:
    """`subject_of` as the kind's reader gives it."""
    if c.kind is Kind.MONEY:
        return money_subject(sentence, c, "" if _is_time(previous) else previous)
    if c.kind is Kind.DURATION:
        return duration_subject(sentence, c)
    if c.kind is Kind.DISTANCE:
        return distance_subject(sentence, c)
    if _is_time(previous):
        previous = ""  # a duration's "years" never counts the next figure's things
    if sentence.startswith(("between ", "Between "), c.start):  # a range's "between" is no verb
        c = dataclasses.replace(c, start=c.start + len("between "))
    if c.kind is Kind.ORDINAL and (succession := _SUCCESSION.match(sentence, c.subject_from)):
        c = dataclasses.replace(c, subject_from=succession.end())  # "a third consecutive majority": majority
    if c.kind in (Kind.PERCENT, Kind.FRACTION, Kind.MEASURE):
        return _share_subject(sentence, c, previous)
    return _count_subject(sentence, c, previous)


def _share_subject(sentence: str, c: Candidate, previous: str) -> str:
    """What a share or a measure is of: after it ("38% of voters", "300 mm of rain"), the
    change it sizes ("a 3.9 percent rise in food prices"), the noun it is "of" ("a pay rise
    of 8 per cent"), the figure it is set against, or the phrase before it."""
    if change := _sized_change(sentence, c):
        return change
    found = "" if _time_follows(sentence, c) else phrase_after(
        sentence, c.subject_from, counted=False, skip_of=True)
    found = with_conjunct(sentence, _without_comparative(found), c.subject_from, counted=False)
    if is_time_head(found) or _reduced_relative(sentence, c, found) or found in _STATES:
        found = ""  # "up from 38.4 per cent four years ago": a time; "magnitude 2.0 recorded since"
    if not found and previous and patterns.OF_THEM_AFTER.match(after(sentence, c.end), None, None, SERIAL):
        return previous  # "nearly half of them are children"
    if not found and (own := noun_of(sentence, c.start)):
        return own  # "a pay rise of 8 per cent", "expected a cut of 100 basis points"
    if not found and c.kind is Kind.PERCENT and _won_vote(sentence, c, previous):
        return "vote"  # "Vox won 15.3% and 17 seats", "Makebi Zulu took 44.6%": the vote, unwritten
    if not found and (same := measured_before(sentence, c.start, previous, c.end)):
        return same  # "fell to 2.9%, down from 3.4%": what the 2.9% measures
    if not found and (antecedent := relative_antecedent(sentence, c.start)):
        return antecedent  # "inflation, which peaked at 54.1%": inflation
    return found or not_time(phrase_before(sentence, c.start, at_number=True))


_STATES: Final = frozenset(ranks.FRACTION_STATES)


def _reduced_relative(sentence: str, c: Candidate, found: str) -> bool:
    """Whether the word after a share or a measure is a participle that describes what came
    before it ("11 tremors above magnitude 2.0 recorded since the incident"), not its noun."""
    return (" " not in found and found.endswith("ed")
            and _PARTICIPLE_AFTER.match(sentence, c.subject_from) is not None)


_PARTICIPLE_AFTER: Final = compile_lists(
    r"\s* \p{Ll}+ed \s+ (?: since | in | on | at | by | during | over | last"
    r" | this | so \s+ far | across | between ) \b")


def _sized_change(sentence: str, c: Candidate) -> str:
    """A change an article and a share size, and what changes ("a 3.9 percent rise in food
    prices": food prices; "a 23% rise on the first three months": rise)."""
    if not ATTRIBUTIVE_BEFORE.search(before(sentence, c.start, 12), None, None, SERIAL):
        return ""
    change = _CHANGE_AFTER.match(sentence, c.end)
    if change is None:
        return ""
    found = phrase_after(sentence, change.end(), counted=False, skip_of=False) if change["in"] else ""
    if found and found.split()[-1][:1].isupper():
        found = ""  # "a 20% jump in Lagos": a place
    return not_time(found) or change["noun"]  # not "a 2.1% rise in January": a time


def _won_vote(sentence: str, c: Candidate, previous: str) -> bool:
    """A share a party or candidate won, in a sentence about an election ("Vox won 15.3% and
    17 seats"); not "The Nikkei took 2% off its value", "Apple shares won 3%"."""
    if (not _WON_BEFORE.search(before(sentence, c.start, 40), None, None, SERIAL)
            or sentence.startswith(" off", c.end)):
        return False
    return previous == "vote" or not word_set(sentence).isdisjoint(ELECTION_WORDS)


# A share a party or a candidate wins, with no noun of its own: of the vote (election news
# leaves it unwritten after the first mention).
_WON_BEFORE: Final = compile_lists(
    r"\b \L<verbs> \s+ (?: (?: about | around | nearly | almost | just | only | over"
    r" | more \s+ than ) \s+ )? $", regex.I, verbs=VOTE_SHARE_VERBS)
_CHANGE_AFTER: Final = compile_lists(r"\s+ (?P<noun> \L<nouns> ) \b (?P<in> \s+ in \b )?", regex.I,
                                     nouns=CHANGE_NOUNS)


def _count_subject(sentence: str, c: Candidate, previous: str) -> str:
    found = phrase_after(sentence, c.subject_from, counted=c.value != 1, skip_of=True,
                         ranked=c.kind is Kind.ORDINAL)
    found = with_conjunct(sentence, _with_counted_thing(sentence, found, c.subject_from),
                          c.subject_from, counted=True)
    if not found and (named := _named_by_copula(sentence, c)):
        return named  # "Of those detained, 41 are minors": what the part is
    if found and _no_noun_of_its_own(sentence, c, found) and (
            same := measured_before(sentence, c.start, previous)):
        return same  # "23 officers were injured, up from the 12 the police reported": officers
    if found and (found.lower().split()[-1] in _RELATIVE_TIME or _time_follows(sentence, c)):
        found = ""  # "(up from 380 a day earlier)", "displaced 1.8 million this year": a time
    if not found and (own := _after_of_them(sentence, c)):
        return own  # "killed 11 Cambodians, nine of them soldiers": soldiers
    lead = before(sentence, c.start)
    if not found and may_end_with(lead, (":",)) and (label := find_patterns.LABEL_BEFORE.search(lead)):
        return label["label"].strip()  # "Killed: 1,234"
    if found.lower() in lexicon.ANAPHORS:
        return _antecedent(sentence, c, found) or found  # "killed 12 soldiers and wounded 40 others"
    # "the attackers, numbering about 40"
    if not found and (numbering := _NUMBERING_BEFORE.search(lead, None, None, SERIAL)):
        return phrase_before(sentence, c.start - len(lead) + numbering.start())
    second = _RANGE_END_AFTER.match(sentence, c.subject_from) if may_end_with(lead, ("from",)) else None
    if not found and second and not _names_unit(noun := phrase_after(sentence, second.end(), counted=True,
                                                                      skip_of=True)):
        return noun  # "from 20 to 45 beds"; not "from 4 to 4.5 percent", "from 30 to 42 degrees"
    if not found and (numbered := numbered_before(sentence, c.start)):
        return numbered  # "the number of people killed ... rose to 34": people
    elided = bool(found) and all(w in lexicon.ELLIPSIS_PARTICIPLES for w in found.lower().split())
    if previous and (not found or (elided and is_people(previous))):
        # "119 Palestinians were killed and 207 injured": 207 Palestinians; past a breakdown
        # ("killed 9 people, including two children, and injured 46": people)
        whole = _antecedent(sentence, c, "") if is_people(previous) else ""
        return whole if is_people(whole) else previous
    left = clause_before(sentence, c.start)[0] if not found else ""
    if not found and (toll := events.toll_before(left)):
        return toll.group().strip()  # "the death toll from the earthquake rose to 2,445"
    if found or _SPOKEN_BEFORE.search(lead):
        return found  # ("The ministry said 12 were missing": not the ministry)
    walked = not_time(phrase_before(sentence, c.start, at_number=True, agent=False))
    return "" if walked.lower().replace("’", "'") in _POINTING_WORDS else walked  # ("That's up from 850,000")


# A verb of speech right before a bare count: what comes before it is the speaker.
_SPOKEN_BEFORE: Final = compile_lists(r"\b (?: \L<verb> ) (?: \s+ that )? \s+ $", regex.I,
                                      verb=sorted(sources.SPEECH_VERBS))
_POINTING_WORDS: Final = frozenset(
    {"that's", "it's", "there's", "this", "that", "it", "these", "those", "which"})


def _no_noun_of_its_own(sentence: str, c: Candidate, found: str) -> bool:
    """Whether the phrase after a count is not the count's noun: a clause of its own opens
    there ("12 the police reported") or it is a participle ("900 first estimated")."""
    head = found.split()[-1].lower()
    return _DETERMINER_NEXT.match(sentence, c.subject_from, None, SERIAL) is not None or (
        head.endswith("ed") and head not in lexicon.PARTICIPLE_CATEGORIES)  # (not "12 wounded")


_DETERMINER_NEXT: Final = compile_regex(r"\s+(?:the|a|an|its|their|his|her)\s", regex.I)
# "the attackers, numbering about 40": the group a count's participle follows.
_NUMBERING_BEFORE: Final = compile_regex(
    r",\s*numbering\s+(?:(?:about|around|nearly|some|more\s+than|over|at\s+least)\s+)?$", regex.I)
# "expanded from 20 to 45 beds": the second number of a change, and the noun both count.
_RANGE_END_AFTER: Final = compile_regex(
    r"\s+to\s+(?:(?:about|around|nearly|some|more\s+than|over)\s+)?\p{Nd}[\p{Nd},.]*(?<=\p{Nd})")


def _names_unit(noun: str) -> bool:
    """Whether a phrase after a number is a unit, a currency or a percent word (or none)."""
    head = noun.split()[-1].lower() if noun else ""
    return not head or head in _UNIT_HEADS or units.unit_word_after(" " + head)


_UNIT_WORDS: Final = [*lexicon.PERCENT_WORDS, *CURRENCY_WORDS, *TEMPERATURE_UNITS, "degrees"]
_UNIT_HEADS: Final = frozenset(word for phrase in _UNIT_WORDS for word in phrase.lower().split())


def _with_counted_thing(sentence: str, found: str, start: int) -> str:
    """A counter noun with the thing it counts ("120,000 head of cattle", "30 pieces of heavy
    equipment"): the phrase runs to the thing, which is its head."""
    if not found or found.split()[-1].lower() not in COUNTER_NOUNS:
        return found
    at = sentence.find(found, start) + len(found)
    of = patterns.OF_AFTER.match(sentence, at)
    thing = phrase_after(sentence, of.end(), counted=False, skip_of=False) if of else ""
    while thing and is_time_head(thing):
        thing = thing.rsplit(maxsplit=1)[0] if " " in thing else ""  # "of heavy equipment overnight"
    return sentence[sentence.find(found, start):sentence.find(thing, at) + len(thing)] if thing else found


# A part named by its copula: "Of those detained, 41 are minors", "about 1.9 million are
# children under five" (a plural noun of people, then the clause ends or a preposition follows).
_COPULA_NOUN: Final = compile_regex(
    r"\s+(?:were|are)\s+(?:all\s+|mostly\s+|also\s+)?"
    r"(?P<noun>\p{Ll}+(?:\s+\p{Ll}+)?)(?=\s*(?:[,.;:)—–]|$)|\s+(?:and|or|in|from|under|aged|with|who)\b)")


def _named_by_copula(sentence: str, c: Candidate) -> str:
    """The people a bare count is, named after its copula; none for a verb, a preposition or
    things ("12 were killed", "40 were in hospital", "17,100 were grants")."""
    if c.whole_end >= 0 and phrase_after(sentence, c.whole_end, counted=True, skip_of=False):
        return ""  # "Of the 31 wounded, nine are children": the whole's noun (wounded)
    match = _COPULA_NOUN.match(sentence, c.subject_from, None, SERIAL)
    if match is None:
        return ""
    words = match["noun"].split()
    people = is_people(match["noun"]) or words[-1] in lexicon.PEOPLE_SUBGROUPS
    if not people or any(w in lexicon.SUBJECT_STOPWORDS or verbish(w) for w in words):
        return ""
    return match["noun"]


def _after_of_them(sentence: str, c: Candidate) -> str:
    """The noun after "of them" that names a part of the group before it ("nine of them
    soldiers", "thousands of them British tourists, were evacuated"): plural, with the
    clause ending after it. None when a verb, an adverb or a preposition follows ("six of
    them in critical condition", "11 of them critically", "38 of them died", "212,000 of
    them cast ballots on Tuesday"): the part is of the group's own kind."""
    of_them = patterns.OF_THEM_NEXT.match(sentence, c.subject_from, None, SERIAL)
    if of_them is None:
        return ""
    found = phrase_after(sentence, of_them.end(), counted=True, skip_of=False)
    at = sentence.find(found, of_them.end()) if found else -1
    if at >= 0 and (joined := _AND_PLURAL.match(sentence, at + len(found))) and is_plural(joined["noun"]):
        found += joined.group()  # "120 of them women and children"
    if at < 0 or not is_plural(found.split()[-1]) or not _PART_ENDS.match(sentence, at + len(found)):
        return ""
    return found


_AND_PLURAL: Final = compile_regex(r"\s+and\s+(?P<noun>\p{Ll}+)")


# What follows the noun of a part ("nine of them soldiers, ..."): the clause ends, or its verb.
_PART_ENDS: Final = compile_regex(r"\s*(?:[,.;:)\]—–]|$)|\s+(?:and|or|were|are|was|is|had|have|has)\b")


def _without_comparative(found: str) -> str:
    """No phrase for a comparative ("prices were 14.2 percent higher": what is higher comes
    before the share; "38 percent more rain" is read by `phrase_after`, which skips "more")."""
    first = found.split(maxsplit=1)
    return "" if first and first[0].lower() in _COMPARATIVES else found


def _is_time(subject: str) -> bool:
    """A subject that names a length of time ("years", "hours"): a duration's."""
    return bool(subject) and subject.split()[-1].lower() in lexicon.DURATION_UNITS


def _time_follows(sentence: str, c: Candidate) -> bool:
    """A time phrase right after the number, not a counted noun: "1.8 million this year",
    "-5 degrees overnight", "2,000 a day"."""
    return bool(patterns.TIME_AFTER.match(sentence, c.subject_from, None, SERIAL))


def _antecedent(sentence: str, c: Candidate, anaphor: str) -> str:
    """The counted noun an anaphor ("others", "more") stands for: the noun of the nearest
    figure before it that is not a breakdown of another ("killed 25 people, including 10
    children, and wounded 40 others": people). "Others" set against a part of the people
    ("killed two children and wounded 40 others") are other people: no antecedent."""
    # Within a window before the figure: the antecedent is near, and work per figure stays bounded.
    window = max(0, c.start - 4 * WINDOW)
    for number in reversed(list(find_patterns.NUMBER_ATOM.finditer(sentence, window, c.start))):
        lead = sentence[max(0, number.start() - 30):number.start()]
        if patterns.INCLUDED_BEFORE.search(lead) or patterns.OF_THEM_NEXT.match(sentence, number.end()):
            continue  # "including 10 children", "three of them children": a breakdown
        noun = phrase_after(sentence, number.end(), counted=True, skip_of=True)
        if not noun or noun.lower() in lexicon.ANAPHORS or not is_plural(noun.split()[-1]):
            continue  # "On 12 March, ...": no counted noun
        if anaphor.lower() in ("others", "other") and noun.split()[-1].lower() in lexicon.PEOPLE_SUBGROUPS:
            return ""
        return noun
    return ""


# ----------------------------------------------------------------------------- category


