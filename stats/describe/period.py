"""When a figure holds (`period`): the time phrases a sentence ties to its figures, as rules.

A period is written as the text has it, preposition included: "In June", "over the past
month", "since Friday", "last week", "every day", "now". A duration that frames a count is
the count's period ("in the span of just over two months"). The time of a statement is not
the figure's ("Biden said this week ...", "a news conference on Friday"). A figure takes
the first time phrase after it in its clause, else the nearest before it in the sentence;
durations themselves have none (they are the time).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

import regex

from stats.describe import period_clock
from stats.describe.clauses import clause_end_after, clause_start_before
from stats.describe.mention import Mention
from stats.describe.period_baselines import baseline_of_another, in_aside
from stats.find.rule import Rule, Stage
from stats.lexicon import sources, times
from stats.lexicon.anchored import finditer_at
from stats.lexicon.compiled import WordCue, alternation, odd_folding, word_set
from stats.lexicon.pattern_cache import SERIAL, compile_regex

PREPOSITIONAL: Final = Rule(
    "period.prepositional", Stage.PERIOD, '"In June", "over the past month", "since Friday", "in 1998"'
)
DEICTIC: Final = Rule("period.deictic", Stage.PERIOD, '"last week", "this week", "now", "yesterday"')
RATE: Final = Rule(
    "period.rate", Stage.PERIOD, '"dozens of trucks ... every day": the phrase that paces a rate')
FRAMING: Final = Rule("period.framing", Stage.PERIOD, '"150 districts in the span of just over two months"')
CARRIED: Final = Rule(
    "period.carried", Stage.PERIOD, "a quote or a continuing sentence takes the time of the one it continues"
)
PERIOD_RULES: Final = (PREPOSITIONAL, DEICTIC, RATE, FRAMING, CARRIED)


_NOUN: Final = alternation(times.TIME_NOUNS)
_EVENT: Final = alternation(times.EVENT_NOUNS)
_DAY: Final = alternation(times.WEEKDAYS)
_MONTH: Final = alternation(times.MONTHS)
_DEICTIC: Final = alternation(times.TIME_DEICTICS)
_NUMBER: Final = (
    r"(?:\d[\d,.]*|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"fifteen|twenty|thirty|forty|fifty|sixty|a\s+few|a\s+couple\s+of|several|few)"
)
_QUALIFIER: Final = (
    r"(?:(?:just|only)\s+)?(?:over|under|less\s+than|more\s+than|about|nearly|almost|around|roughly)\s+"
)
_PART_OF_DAY: Final = r"(?:\s+(?:morning|afternoon|evening|night))?"
_DATE: Final = (
    rf"(?:(?:(?:early|mid|late)[\s\-]+)?(?:{_MONTH})\.?(?:\s+\d{{1,2}}(?:st|nd|rd|th)?(?!\.\d))?(?:,?\s+\d{{4}})?"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTH})(?:\s+\d{{4}})?"
    rf"|(?:(?:early|mid|late)[\s\-]+)?\d{{4}}(?:[-/]\d{{2,4}})?s?|the\s+\d{{4}}s|(?:{_DAY}){_PART_OF_DAY}(?![’']s)"
    r"|midnight|dawn|noon|nightfall|daybreak|sunrise|sunset|the\s+weekend)"
    # "in June last year", "on Monday next week": a day or month of a year named by its place
    rf"(?:(?<=\p{{L}}|\d)\s+(?:last|this|next)\s+(?:year|week|month))?"
)
# A clock time, with its zone (capitals) and day: "5 p.m.", "9am Monday", "0830 hrs IST on 22 October".
_ZONE: Final = period_clock.ZONE
_CLOCK: Final = rf"{period_clock.CLOCK}{_ZONE}(?:\s+(?:on\s+)?(?:{_DAY}|\d{{1,2}}\s+(?:{_MONTH})))?"
_PREPOSITIONAL: Final = compile_regex(
    rf"\bbetween\s+\d{{4}}\s+and\s+{_CLOCK}|"  # "between 0130 and 0330 hrs IST"
    rf"\bbetween\s+(?:{_DATE})\s+and\s+(?:{_DATE})\b|"  # before the general branch, which reads "between X"
    rf"\bon\s+the\s+(?:morning|afternoon|evening|night)\s+of\s+(?:{_DATE})\b|"  # "on the morning of 14 March"
    # "before dawn on Sunday", "shortly after midday": a time of day named by its word
    rf"\b(?:at|around|before|after|until|by|shortly\s+(?:after|before))\s+(?:{period_clock.DAY_PART})"
    rf"(?:\s+on\s+(?:{_DAY}|{_DATE}))?\b|"
    rf"\bfrom\s+(?:{_DATE})\s+(?:to|until|till|through)\s+(?:{_DATE})\b|"  # "From 1 January to 30 September"
    # "during last year's protests", "in last week's attack": the event of a time named by its place
    rf"\b(?:in|during|since|after|before)\s+(?:last|this|next)\s+(?:{_NOUN})[’']s\s+[\w\-]+\b|"
    rf"\b(?:in|on|since|during|over|until|till|through|throughout|by|from|between|before|after)\s+(?:"
    rf"(?:the\s+)?(?:first|second|third|fourth|last|final)\s+(?:{_NUMBER}\s+)?(?:half|quarter|week|month|months|weeks|days)\s+of\s+"
    rf"(?:the\s+)?(?:{_DATE}|year)"
    # "the past month", "the early hours of Thursday"
    rf"|the\s+(?:{_DEICTIC})\s+(?:{_NUMBER}\s+)?(?:{_NOUN})(?:\s+of\s+(?:{_DAY}|{_MONTH})\b)?"
    rf"|(?:{_DATE})|(?:recent|past|last|coming)\s+(?:{_NOUN}))\b"
    r"|\bfor\s+the\s+(?:past|last)\s+" + rf"(?:{_NUMBER}\s+)?(?:{_NOUN})\b"
    r"|\bfor\s+\d{4}(?:[-/]\d{2,4})?\b"  # a budget's year: "US$214 million for 2025"
    # "for the current financial year", "in the fiscal year ending 30 June 2026"
    rf"|\b(?:for|in|during)\s+the\s+(?:(?:current|next|last|previous|coming)\s+)?(?:financial|fiscal)\s+year"
    rf"(?:\s+\d{{4}}(?:[-/]\d{{2,4}})?|\s+(?:ending|ended|to)\s+(?:{_DATE}))?\b"
    rf"|\b(?:at\s+(?:about\s+|around\s+)?|around\s+|(?:shortly\s+)?(?:after|before)\s+|until\s+|through\s+){_CLOCK}"
    rf"|\bbetween\s+\d{{1,2}}\s+and\s+\d{{1,2}}\s+(?:{_MONTH})(?:\s+\d{{4}})?\b"  # "Between 2 and 8 June"
    r"|\bat\s+the\s+weekend\b"
    # "in the year to March", "for the half-year to 30 August", "in the week to Nov. 13"
    rf"|\b(?:in|for)\s+the\s+(?:year|half[\s\-]year|week|month|{_NUMBER}\s+(?:{_NOUN})|quarter|period)\s+to\s+"
    rf"(?:{_CLOCK}|(?:{_DATE})\b)"
    r"|\bin\s+(?:early|late|morning|afternoon|midday|thin)\s+(?:trade|trading|deals)\b"  # a market's time
    rf"|\bin\s+the\s+(?:{_MONTH})(?:-to-|-|\s+to\s+)(?:{_MONTH})\s+(?:quarter|period)\b"
    r"|\bfor\s+the\s+(?:first|second|third|fourth|final|last)\s+(?:quarter|half)(?:\s+of\s+\d{4})?\b"
    rf"|\bfor\s+(?:{_MONTH})(?:\s+\d{{4}})?\b"
    rf"|\b(?:by|at)\s+the\s+(?:end|start|beginning|middle)\s+of\s+(?:(?:the|next|last|this)\s+)?"
    rf"(?:year|month|week|decade|quarter|{_DATE})\b"
    r"|\bduring\s+the\s+(?:night|day|morning|afternoon|evening|weekend)\b"
    rf"|\b(?:early|late)\s+(?:on\s+)?(?:{_DAY}){_PART_OF_DAY}\b"
    # a report's own week, quarter or year: "fell 8% in the quarter", "rose 6.2% over the week"
    r"|\b(?:in|over|during|for)\s+the\s+(?:week|month|quarter|year)\b"
    r"(?![\-’']|\s+(?:\d|(?:ending|ended|before|after|of|since|ahead|that|when|which|in|as|it|they|he|she"
    r"|following|beginning|starting|leading|prior|through|until|up)\b)"
    r"|\s+to\s+(?:\p{Lu}|\d{1,2}\s+\p{L}))",  # (not "the week to 13 November": a week of its own, above)
    regex.IGNORECASE,
)
# "since the outbreak began in October", "since the monsoon set in on May 30": the event a
# count runs from, written whole.
_SINCE_EVENT: Final = compile_regex(
    r"\bsince\s+(?:(?:the|a|its|their)\s+)?[\w\-]+(?:\s+[\w\-]+){0,2}\s+(?:began|started|broke\s+out|erupted|struck|hit|"
    r"set\s+in|took\s+office|came\s+to\s+power|opened|ended|collapsed|failed|came\s+to\s+light|came\s+ashore|"
    r"eased|escalated|intensified|resumed|subsided|stopped|flared|tightened|worsened|spread|"
    r"made\s+landfall)\b[^,;:.]*"
    # "since the first case was confirmed on 4 May": an outbreak's start (not "since the
    # figures were reported by hospitals", which gives a reason)
    r"|\bsince\s+(?:the\s+)?(?:first\s+)?(?:case|cases|outbreak|epidemic|virus|disease|infection|death)\s+"
    r"(?:was|were)\s+(?:confirmed|reported|recorded|detected|declared|identified)\b[^,;:.]*"
    # "since the attacks", "since the start of the month", "since Russia's full-scale invasion in
    # February 2022": an event named by its noun
    rf"|\bsince\s+(?:the|\p{{Lu}}\p{{L}}+['’]s)\s+(?:(?:start|beginning|end|outbreak|onset)\s+of\s+"
    rf"(?:the\s+)?[\w\-]+|(?:[\w\-]+\s+){{0,2}}?(?:{_EVENT}))\b(?:\s+(?:in|on)\s+(?:{_DATE})\b)?",
    regex.IGNORECASE,
)
# A report's cut-off: "as of 31 October", "as at 30 June 2027", "As of 18:00 WITA on Thursday".
_AS_OF: Final = compile_regex(
    rf"\bas\s+(?:of|at)\s+(?:(?:\d{{1,2}}[:.]\d{{2}}{_ZONE}|{_CLOCK})\s+(?:on\s+)?)?(?:{_DATE})\b"
    rf"|\bas\s+of\s+{_CLOCK}",  # "as of 10 p.m." (its day, if any, in the clock's own pattern)
    regex.IGNORECASE)
# "Wednesday's fighting": the day, without its possessive.
_DAY_POSSESSIVE: Final = compile_regex(rf"\b(?:{_DAY}){_PART_OF_DAY}(?=[’']s\b)", regex.IGNORECASE)
_POINTING: Final = compile_regex(
    r"\bat\s+the\s+time(?:\s+of\s+the\s+[\w\-]+)?\b|\bin\s+the\s+same\s+period\b(?!\s+(?:last|a|of|in)\b)"
    # "in the same period last year", "from the same month a year earlier": a time of its own
    r"|\b(?:in|from|over|during|by|on)\s+the\s+same\s+(?:period|week|month|quarter|point|day)\s+"
    r"(?:last\s+year|a\s+year\s+(?:earlier|ago|before)|of\s+(?:last\s+year|\d{4})|in\s+\d{4})\b",
    regex.IGNORECASE,
)
_DEICTIC_PHRASE: Final = compile_regex(
    rf"\b(?:(?:earlier|later|so\s+far)\s+)?(?:last|this|next|past|previous)\s+(?:{_NOUN}|{_DAY})\b"
    r"|\bat\s+this\s+(?:point|time)\s+(?:last|this)\s+(?:year|month|week)\b"  # "at this point last year"
    # not a word of a name ("Ashanti Today", "USA Today") nor a modifier ("the overnight lending rate")
    r"|\b(?:yesterday|today|tonight|now|currently|so\s+far)\b(?<!(?-i:\p{Lu}\p{L}*\s+Today))"
    r"|\bovernight\b(?!\s+(?:lending|borrowing|deposit|repo|rate|rates|interbank|index|swap))",
    regex.IGNORECASE,
)
_RATE: Final = compile_regex(
    r"(?<!\b(?:to|within|for|in|about|than|over|under|nearly|almost|around|of|take|takes|took|only|just|is|was)\s+)"
    rf"\b(?:every|each|per|(?<!\band\s)a)\s+(?:{_NOUN})\b(?![-‐]|\s+(?:ago|before|after|earlier|later|of)\b)",
    regex.IGNORECASE,
)
_FRAMING: Final = compile_regex(
    rf"\b(?:in|within|over|during)\s+(?:the\s+(?:span|space|course)\s+of\s+)?(?:the\s+)?(?:{_QUALIFIER})?"
    rf"(?:{_NUMBER})\s+(?:{_NOUN})\b(?!\s+(?:ago|earlier|later))(?:\s+(?:before|after)\s+the\s+[\w\-]+)?"
    rf"|\b(?:{_NUMBER})\s+(?:{_NOUN})\s+(?:ago|earlier|later)\b",  # "up from 44.1% four years ago"
    regex.IGNORECASE,
)
_SPEECH: Final = compile_regex(rf"\b(?:{alternation(sources.STATEMENT_VERBS)})\s*$")
_SPEECH_AFTER: Final = compile_regex(
    rf"^\s*(?:,\s*)?(?:\p{{Lu}}[\p{{L}}.’']*\s+){{0,3}}(?:{alternation(sources.STATEMENT_VERBS)})\b"
)
_STATEMENT: Final = compile_regex(
    r"\b(?:conference|briefing|interview|statement|speech|address|meeting)\b[^,;]{0,30}$", regex.IGNORECASE
)
# What a match of `_SPEECH` ends with (it is case-sensitive), and the words of `_STATEMENT`.
_STATEMENT_VERBS: Final = tuple(sources.STATEMENT_VERBS)
_STATEMENT_WORDS: Final = ("conference", "briefing", "interview", "statement", "speech", "address", "meeting")
# Any word a time phrase needs: a time noun, a day, a month, "now"...; or a year or a clock time.
_ANY_TIME_WORD: Final = WordCue([
    *times.TIME_NOUNS, *times.WEEKDAYS, *times.MONTHS, "now", "today", "tonight", "yesterday", "overnight",
    "currently", "midnight", "midday", "dawn", "dusk", "noon", "nightfall", "daybreak", "sunrise", "sunset",
    "time", "far", "since", "trading", "trade"])
_ANY_TIME_NUMBER: Final = compile_regex(
    # (no boundary after a clock time: "5 p.m. near" ends in a dot; a pre-check may fire more)
    r"(?=\d)\b(?:\d{4}(?:s|[-/]\d{2,4})?\b|\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.))", regex.IGNORECASE
)
_FOCUS: Final = compile_regex(r"\s+(?:alone|only)$", regex.IGNORECASE)


# Each pattern with the words it cannot match without (case-folded; None: no such test),
# so that a sentence is searched only by the patterns it can hold.
_PATTERNS: Final[tuple[tuple[regex.Pattern[str], Rule, frozenset[str] | None], ...]] = (
    (_SINCE_EVENT, PREPOSITIONAL, frozenset({"since"})),
    (_AS_OF, PREPOSITIONAL, frozenset({"as"})),
    (_POINTING, PREPOSITIONAL, frozenset({"time", "same"})),
    (_DAY_POSSESSIVE, DEICTIC, frozenset(times.WEEKDAYS)),
    (_FRAMING, FRAMING, frozenset(times.TIME_NOUNS)),  # both its branches hold a time noun, as a word
    (_PREPOSITIONAL, PREPOSITIONAL, None),
    (_DEICTIC_PHRASE, DEICTIC, frozenset({"last", "this", "next", "past", "previous", "yesterday", "today",
                                          "tonight", "overnight", "now", "currently", "far"})),
    (_RATE, RATE, frozenset(times.TIME_NOUNS)),
)


# Where a match of the costliest patterns can start, found in the lower-cased sentence with
# `re` (a scan several times cheaper than the pattern's own): a first word of the pattern,
# not after an ASCII word character, before a space and a word that can follow it (a prefix
# of one) or any character but a letter or a space (a digit of any script). The pattern is
# then tried only there, and the matches are those its own scan finds (`_matches`).
_AFTER_PREPOSITION: Final = alternation([
    "first", "second", "third", "fourth", "last", "final", "recent", "past", "coming", "about", "early",
    "mid", "late", "morning", "afternoon", "midday", "thin", "around", "on", *times.MONTHS, *times.WEEKDAYS,
    "midnight", "dawn", "dusk", "noon", "nightfall", "daybreak", "sunrise", "sunset"])
_NUMBER_WORDS: Final = [
    "a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "sixty", "several",
    "few"]
# What "the" goes on with in a time phrase ("in the past month", "by the end of the year",
# "in the three months to June", "in the 1990s"): a digit, "a" or "an", or one of these.
_AFTER_THE: Final = alternation([
    "first", "second", "third", "fourth", "last", "final", *times.TIME_DEICTICS, "weekend", "year", "quarter",
    "period", "end", "night", "day", "morning", "afternoon", "evening", "half", "week", "month",
    "financial", "fiscal", *times.MONTHS, *_NUMBER_WORDS[2:]])
_BEFORE_NUMBER: Final = alternation(
    ["the", "just", "only", "over", "under", "less", "more", "about", "nearly",
     "almost", "around", "roughly", *_NUMBER_WORDS])
_STARTS: Final[dict[regex.Pattern[str], tuple[re.Pattern[str], frozenset[str]]]] = {
    _PREPOSITIONAL: (re.compile(
        r"(?<![a-z0-9_])(?:(?:between|in|on|since|during|over|until|till|through|throughout|by|from|before|"
        rf"after|for|at|early|late|around)(?=\s+(?:[^\sa-z]|the\s+(?:[^\sa-z]|an?(?![a-z0-9_])|{_AFTER_THE})|"
        rf"{_AFTER_PREPOSITION}))|shortly(?=\s+(?:after|before)\s))"), frozenset()),
    # Its second branch ("four years ago") starts at a number: a sentence with "ago", "earlier"
    # or "later" is scanned whole.
    _FRAMING: (re.compile(rf"(?<![a-z0-9_])(?:in|within|over|during)(?=\s+(?:[^\sa-z]|{_BEFORE_NUMBER}))"),
               frozenset({"ago", "earlier", "later"})),
    _RATE: (re.compile(rf"(?<![a-z0-9_])(?:every|each|per|a)(?=\s+(?:{_NOUN}))"), frozenset()),
    _DEICTIC_PHRASE: (re.compile(r"(?<![a-z0-9_])(?:earlier|later|so|last|this|next|past|previous|at|"
                                 r"yesterday|today|tonight|now|currently|overnight)(?![a-z0-9_])"),
                      frozenset()),
    _DAY_POSSESSIVE: (re.compile(rf"(?<![a-z0-9_])(?:{_DAY})"), frozenset()),
}


_NO_WORD_BEFORE: Final = "(?<![a-z0-9_])"  # how every start scan of `_STARTS` begins
_NO_WORD_CHARACTER: Final = "[^a-z0-9_]"


def _after_boundary(starts: re.Pattern[str]) -> re.Pattern[str]:
    """A start scan that reads, instead of its look back for no ASCII word character, one
    such character (a match at p is a start at p + 1): `re` then skips to those characters
    (mostly spaces) in C rather than trying the scan's words at every position, a third of
    its instructions on the bench corpus. A start at 0 is `_places`'s to test."""
    assert starts.pattern.startswith(_NO_WORD_BEFORE)
    return re.compile(_NO_WORD_CHARACTER + starts.pattern.removeprefix(_NO_WORD_BEFORE))


_BOUNDED: Final = {pattern: _after_boundary(starts) for pattern, (starts, _) in _STARTS.items()}


def _places(pattern: regex.Pattern[str], lowered: str) -> Iterator[int]:
    """Where `_STARTS[pattern]` finds a start in the lower-cased sentence, in order: at 0 if
    it matches there, then after each character no ASCII word character its bounded form
    reads (a match ends inside a word, so the next one after it is where the scan goes on)."""
    if _STARTS[pattern][0].match(lowered):
        yield 0
    for found in _BOUNDED[pattern].finditer(lowered):
        yield found.start() + 1


def _matches(pattern: regex.Pattern[str], sentence: str, lowered: str | None,
             words: frozenset[str]) -> list[regex.Match[str]]:
    """`pattern.finditer(sentence)`, trying the pattern only where `_STARTS` finds a start.
    `lowered` is None for a sentence with a letter that case-folds to ASCII ("ſ", "İ"): the
    pattern matches it case-insensitively, and lower-casing may move offsets ("İ")."""
    starts, whole = _STARTS.get(pattern, (None, frozenset()))
    if starts is None or lowered is None or not whole.isdisjoint(words):
        return list(pattern.finditer(sentence))
    return list(finditer_at(pattern, sentence, _places(pattern, lowered)))


def mentions_in(sentence: str) -> list[Mention]:
    """Every time phrase in a sentence that can time a figure, in text order, without the
    times of statements. Where two readings overlap the longer wins ("between January and
    March" over "between January", "in the three months to June" over "in the three months")."""
    if not (_ANY_TIME_WORD.found_in(sentence) or _ANY_TIME_NUMBER.search(sentence, None, None, SERIAL)):
        return []  # no time word at all: the common case, one search
    words = word_set(sentence)
    # (lower case serves the patterns' scans unless a letter folds oddly: see `odd_folding`)
    lowered = None if odd_folding(sentence) else sentence.lower()
    readings = [
        (m.start(), -len(m.group()), rule, m.group())
        for pattern, rule, needs in _PATTERNS
        if needs is None or not needs.isdisjoint(words)
        for m in _matches(pattern, sentence, lowered, words)
    ]
    found: list[Mention] = []
    for start, _, rule, text in sorted(readings):
        if found and start < found[-1].end:
            continue  # inside a longer reading that starts earlier or at the same place
        text = _FOCUS.sub("", text, 0, None, None, SERIAL)
        found.append(Mention(start, start + len(text), " ".join(text.split()), rule))
    return [m for m in found if not _statement_time(sentence, m)]


def _statement_time(sentence: str, mention: Mention) -> bool:
    """ "Biden said this week", "officials on Friday said", "a news conference on Friday";
    a time of day next to a statement (`period_clock.stated_at`)."""
    if period_clock.stated_at(sentence, mention.start, mention.end, mention.text):
        return True
    left = sentence[max(0, mention.start - 40) : mention.start]
    spoken = left.rstrip().endswith(_STATEMENT_VERBS) and _SPEECH.search(left)
    speaker = _SPEECH_AFTER.match(sentence[mention.end : mention.end + 40], None, None, SERIAL)
    named = speaker is not None and speaker.group().lstrip()[:1] == "," and len(speaker.group().split()) > 2
    inverted = named and bool(sentence[:mention.start].strip())  # (", UNHCR said"; not "who ..., said")
    if spoken or (speaker and not inverted):  # (not "118,640 refugees in October, UNHCR said": the count's)
        return True
    left = sentence[max(0, mention.start - 45) : mention.start]
    folded = left.casefold()  # the search only where one of its words is
    stated = any(w in folded for w in _STATEMENT_WORDS) or (
        odd_folding(left))
    return stated and bool(_STATEMENT.search(left))


def choose(
    mentions: list[Mention], start: int, end: int, sentence: str, whole_sentence: bool = False
) -> Mention | None:
    """The time phrase of a figure at [start, end): the first after it in its clause, else the
    nearest before it. A phrase overlapping the figure is the figure itself, not its time."""
    if not mentions:
        return None  # (most figures' sentences name no time: their clauses are not read)
    clause_end = len(sentence) if whole_sentence else clause_end_after(sentence, end)
    outside = [m for m in mentions if (m.end <= start or m.start >= end) and not baseline_of_another(
        sentence, m, start, end) and not in_aside(sentence, m, start, end)]
    after = [m for m in outside if end <= m.start < clause_end]
    if after and not period_clock.time_of_day(after[0].text):
        return after[0]
    floor = clause_start_before(sentence, start)
    before = [m for m in outside if floor <= m.start and m.end <= start]
    dated = [m for m in before if not period_clock.time_of_day(m.text)]
    if after:  # a time of day: a day or a date before it in the clause is the figure's time
        return dated[-1] if dated else after[0]
    return before[-1] if before else None


# A time that names a day, or the hours or week news counts a toll in: the time of a lead's
# event ("on Monday", "overnight", "on 12 May", "in the past 24 hours", "this week").
_DAY_TIME: Final = compile_regex(
    rf"\b(?:{_DAY}|overnight|yesterday|today|tonight|hours|week|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTH})"
    rf"|(?:{_MONTH})\.?\s+\d{{1,2}}\b)",
    regex.IGNORECASE)


def event_time(mentions: list[Mention]) -> Mention:
    """Of a lead's times (in text order, at least one), the event's: the first that names a
    day ("Last year, floods killed 300. ... on Monday a landslide buried 40 homes": "on
    Monday"), not a running total's ("since the truce collapsed on March 18"), else the first."""
    return next((m for m in mentions if _DAY_TIME.search(m.text) and not m.text.lower().startswith("since")),
                mentions[0])
