"""What the claim matcher compares about a figure: its kind of quantity, its value in base
units, the group it counts, the modifiers that tell groups apart, its period and its context.

A claim is one quantity of one thing (gold/CLAIMS.md): the same category, subject group,
place and event or period. These keys read each of those off a `Figure` record, so that
matching works on figures read back from `figures.csv` as well as on fresh ones.
"""

from __future__ import annotations

import functools
import math
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from stats.describe.other_events import without_other_events
from stats.lexicon import claims as words
from stats.lexicon.categories import PEOPLE_NOUNS
from stats.lexicon.compiled import longest_first
from stats.lexicon.inflection import singular
from stats.lexicon.pattern_cache import compile_regex
from stats.lexicon.places import PLACE_NAME_PHRASES, PLACE_NAMES
from stats.lexicon.regions import REGION_PHRASES
from stats.model import Category, Figure, Kind
from stats.reconcile import context, scope
from stats.reconcile.baselines import earlier_report

_WORD = compile_regex(r"[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*")
MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december")
_NOT_NAMES = frozenset({*MONTH_NAMES, "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                        "sunday", "the", "mr", "mrs", "ms", "dr", "president", "minister"})
# A year named in the figure's clause before it, not in a full date ("the Bukoba sank in
# 1996, killing more than 800"; not "On 16 April 2022, gunmen killed 13"), or a running
# total since a year ("since 2009", "since the conflict began in 2009"): another event's
# figure, or another period's.
_YEAR_BEFORE = compile_regex(r"\b(?:in|since|of)\s+(?:1[89]|20)\d\d\b")
_SINCE_YEAR = compile_regex(r"(?i)\bsince\s+(?:\p{L}+\s+){0,5}(?:1[89]|20)\d\d\b")
_YEAR = compile_regex(r"\b(?:1[89]|20)\d\d\b")
# Kinds whose values must agree for two figures to be one claim (a 20-year war, a 30-day siege).
VALUE_KINDS = frozenset({"duration", "distance", "measure"})
# Kinds whose "last month" or "last year" is the period a release measures, not another event.
_RATES, _OWN_LAST = frozenset({Kind.PERCENT, Kind.FRACTION, Kind.MONEY}), ("last month", "last year")
_SO_FAR = ("so far", "to date", "this year")  # a year before the figure is then its own running total's
_CONTEXT_WORDS = 10  # words each side of the figure that its context holds
_STEM = 5  # letters a word is cut to, so "ousted" and "ouster" are one word


@dataclass(frozen=True, slots=True)
class Keys:
    """One figure's keys for matching."""

    kind: str  # count | share | money:USD | duration | distance | measure:tonne
    value: float  # in base units (days, km, a share of 1)
    high: float
    group: str  # the group counted ("soldier", "peacekeeper", "war"), "" for none
    modifiers: frozenset[str]  # nationalities that tell groups apart ("afghan", "us")
    period: str  # "" none, "running" (since, so far), or the months and years it names
    # Stems of the content words around the figure, and the proper names of its sentence but
    # its source's ("ndola"): sorted tuples of interned strings (a tenth of a set's memory).
    context: tuple[str, ...]
    names: tuple[str, ...]
    spans_value: bool = False  # a span or measure, whose value must agree within one claim
    new_group: bool = False  # the words say the group is a further one ("three others", "four more")
    increment: bool = False  # a number added to another ("15 more bodies", "two other deaths")
    earlier: bool = False  # an earlier report of the figure before it ("up from 15 reported earlier")


def keys(f: Figure) -> Keys:
    """The figure's keys (see `Keys`)."""
    forecast = context.forecast(f)
    kind = f"forecast:{_plain_kind(f)}" if forecast else _plain_kind(f)
    scale = _scale(f)
    high = f.high
    group, modifiers = _group(f)
    marching = group == "people" or (group in PEOPLE_NOUNS and group not in words.UNIFORMED)
    if marching and f.category is Category.OTHER and context.has_phrase(context.clause(f),
                                                                         words.GATHERING_WORDS):
        group = "crowd"  # "25,000 people marched", "1,250,000 workers ... marched": the march's crowd
    before = context.clause_before(f)
    period = None if _compared_period(f) else f.period
    phrase = scope.other_event_phrase(f)  # (a rate's "last month" is its month: "14.2 percent last month")
    other_event = bool(phrase) and not (f.kind in _RATES and phrase.lower() in _OWN_LAST)
    year = _YEAR_BEFORE.search(before) and not context.has_phrase(before, _SO_FAR)  # ("So far in 2026, ...")
    if forecast or other_event or year or _SINCE_YEAR.search(
            period or ""):  # "weeks after ...", "sank in 1996, killing ...", "since 2009"
        kind = f"aside:{kind}"
    return Keys(kind=kind, value=f.value * scale, high=high * scale, group=group,
                modifiers=modifiers, period=_period(period),
                context=_context(f), names=_names(f),
                spans_value=any(part in VALUE_KINDS for part in kind.split(":")),
                new_group=context.is_new_group(f) or _increment(f), increment=_increment(f),
                earlier=earlier_report(f))


def _increment(f: Figure) -> bool:
    """Whether the figure's own words make it a further number ("recovered 15 more bodies
    overnight", "two further deaths"): what was added to a toll, not the toll ("more than" is
    a qualifier). Not "also", which a report of the same group can say, nor "others"."""
    following = context.after(f, 2).split()
    if following and following[0] in words.INCREMENT_WORDS and following[1:2] != ["than"]:
        return True
    named = f.subject.lower().split()
    return bool(named) and (named[0] in words.INCREMENT_WORDS or named[-1] in words.INCREMENT_WORDS)


def _plain_kind(f: Figure) -> str:
    """The kind of quantity as claims compare it (a forecast is set apart by `keys`)."""
    if f.kind in (Kind.COUNT, Kind.ORDINAL):
        return "count"
    if f.kind in (Kind.PERCENT, Kind.FRACTION):
        return "share"
    if f.kind in (Kind.MONEY, Kind.MEASURE):
        return f"{f.kind.value}:{f.unit or ''}"
    return f.kind.value


def _scale(f: Figure) -> float:
    """What one of the figure's units is in the base unit of its kind."""
    if f.kind is Kind.PERCENT:
        return 0.01
    if f.kind in (Kind.DURATION, Kind.DISTANCE) and f.unit:
        return words.UNIT_BASE.get(singular(f.unit), 1.0)
    return 1.0


def _group(f: Figure) -> tuple[str, frozenset[str]]:
    """The group the subject names, and its telling modifiers ("Afghan" in "Afghan troops")."""
    tokens = _WORD.findall(f.subject)
    if not tokens:
        return "", frozenset()
    lowered = [t.lower() for t in tokens]
    two = " ".join(singular(t) for t in lowered[-2:])
    head = singular(lowered[-1])
    if head in words.UNIT_NOUNS:
        return "", frozenset()
    group = words.SUBJECT_GROUPS.get(two) or words.SUBJECT_GROUPS.get(head) or head
    share = f.kind in (Kind.PERCENT, Kind.FRACTION)
    if f.category is Category.TERRITORY and share and tokens[-1][:1].isupper():
        group = "territory"  # "85 percent of Afghanistan": a share of its land
    lowered_mods = (t.lower().removesuffix("'s").removesuffix("’s") for t in tokens[:-1] if t[:1].isupper())
    return group, frozenset(m for m in lowered_mods if _nationality(m))


def _nationality(word: str) -> bool:
    """A word for a nation ("Afghan", "US", "Bangladeshi"), which tells two armies apart."""
    return word in words.NATIONALITIES


def same_group(a: str, b: str) -> bool:
    """Whether two groups can be one: the same, or one of them people in general and the
    other no subset of people ("passengers" and "people" can be; "children" and "people"
    cannot: children among the dead are a part)."""
    if a == b:
        return True
    general = {"", "people"}
    if a in general:
        return b not in words.SUBSETS
    return b in general and a not in words.SUBSETS


# A period of weeks, months or years ("in recent weeks", "over the past month") bounds a
# count; a day ("on Friday", "by Monday evening") only dates a report of it.
_SPAN_WORDS = compile_regex(r"\b(?:weeks?|months?|years?|decades?)\b")
_PERIOD_FILLER = frozenset({"in", "on", "at", "during", "over", "the", "of", "a", "an", "for", "by", "past",
                            "last", "this", "these"})
_RUNNING = ("since", "so far", "to date", "this year", "this month", "until now", "in total")


@functools.lru_cache(maxsize=8192)
def _period(period: str | None) -> str:
    """A key for the bounded period a figure holds for: "running" for a running total ("since
    the war began"), the months and years it names ("In June" -> "june"), a span of weeks,
    months or years in its own words ("in recent weeks" -> "recent weeks"), else "": the
    day a report gives ("on Friday", "by Monday evening") moves with the reports of one
    event."""
    if not period:
        return ""
    text = " ".join(period.lower().split())
    if context.has_phrase(text, _RUNNING):
        return "running"
    if "financial year" in text or "fiscal year" in text:  # the year it ends in: it may start in any month
        return _year_ending(text)
    named = " ".join([m for m in MONTH_NAMES if m in text] + _YEAR.findall(text))
    if named or not _SPAN_WORDS.search(text):
        return named
    return " ".join(w for w in _WORD.findall(text) if w not in _PERIOD_FILLER)  # "in recent weeks"


_COMPARED = compile_regex(r"(?i)\b(?:" + "|".join(words.COMPARISON_WORDS) + r")\b")


def _compared_period(f: Figure) -> bool:
    """Whether the figure's period stands after it across a comparison, so that it dates the
    thing compared, not the figure: "46.8 percent ... better than its result in 2022",
    "Turnout, at just over 47 percent, was the highest since 2012" (a record's period)."""
    if not f.period or not f.sentence:
        return False
    end = context.located(f)[1]
    at = f.sentence.find(f.period, end)
    return at >= 0 and _COMPARED.search(f.sentence, end, at) is not None


def _year_ending(text: str) -> str:
    """The year a financial year ends in: "2025-26" and "ending June 2026" -> "2026"; "" if
    none is named ("the current financial year")."""
    split = _SPLIT_YEAR.search(text)
    if split:
        start, end = int(split.group(1)), int(split.group(1)[:2] + split.group(2)[-2:])
        return str(end if end > start else end + 100)  # ("1999-00": 2000)
    years = _YEAR.findall(text)
    return years[-1] if years else ""


_SPLIT_YEAR = compile_regex(r"\b((?:19|20)\d\d)\s*[-/–]\s*(\d\d(?:\d\d)?)\b")


def earlier_year(period: str, published: str, whole: bool = False) -> bool:
    """Whether a period key (see `_period`) names years, all two or more before the year the
    report was published (ISO date): "in 2013" in a report of 2026 dates another event's
    figure ("More than 1,100 people died in the Rana Plaza collapse in 2013"), or another
    period's, never the toll of the event reported; so does the `whole` year before ("296 in
    2025", "last year"). A date in the year before says nothing (a report of 1 January on a
    crush "on December 31, 2025", "in late 2025", a season "2025-26"), nor the report's own year."""
    years = _YEAR.findall(period)
    return (bool(years) and published[:4].isdigit()
            and all(int(y) < int(published[:4]) - (not whole) for y in years))


def _names(f: Figure) -> tuple[str, ...]:
    """The proper names of the figure's sentence, but its source's ("Ndola" in "... at the
    Ndola bus station, police said"): two reports naming one town are likely one event."""
    source = {w.lower() for w in _WORD.findall(f.said_by or "")}
    names = _sentence_names(f.sentence)
    return tuple(n for n in names if n not in source) if source else names


_SENTENCE_OPENING = compile_regex(r"(?:^|[.!?:;\n\"“]\s*)$")
# The agency of a dateline opening a line: "ACCRA (PAW) -", "MWANZA, Tanzania (Coastline
# Press) -": who wrote the report, no name of what happened (group 1).
DATELINE_CREDIT = compile_regex(
    r"(?m)^\s*\p{Lu}[\p{L}\s,.'-]{1,40}?\s*\(([\p{L}][\p{L} .&-]{1,30})\)\s*[-–—]")


@functools.lru_cache(maxsize=1024)
def _sentence_names(sentence: str) -> tuple[str, ...]:
    """A sentence's names, once per sentence however many figures it holds."""
    credit = DATELINE_CREDIT.match(sentence)
    if credit:  # (the agency blanked, not cut: what follows still opens no sentence)
        sentence = sentence[:credit.start(1)] + " " * len(credit.group(1)) + sentence[credit.end(1):]
    return tuple(sorted({sys.intern(n) for n in names_of(sentence, counted=True)}))


def names_of(text: str, counted: bool = False) -> frozenset[str] | list[str]:
    """Capitalised words of a text, lower case, longer than two letters, that do not open a
    sentence or line and are no month, weekday or title (each once; every time if
    `counted`). A place of several words is also one name ("central african republic", whose
    words alone are too common to say much), and a nationality names its country
    ("Bangladeshi" -> "bangladesh"): two reports of one ambush name the country in either form."""
    return list(iter_names(text)) if counted else frozenset(iter_names(text))


def iter_names(text: str) -> Iterator[str]:
    """Every name of `names_of`, one at a time (a whole article's are counted, not listed),
    but those of another event named in passing (`other_events`)."""
    text = without_other_events(text)
    for m in _WORD.finditer(text):
        word = m.group().lower().removesuffix("'s").removesuffix("’s")
        if not m.group()[:1].isupper() or len(word) < 3 or word in _NOT_NAMES:
            continue
        if _SENTENCE_OPENING.search(text[max(0, m.start() - 3):m.start()]):
            continue
        yield country_of(word)
    if _PLACE_PHRASE_START.search(text):
        yield from (" ".join(m.group().lower().split()) for m in _PLACE_PHRASE.finditer(text))


_COUNTRIES = frozenset(n.lower() for n in PLACE_NAMES)
_PLACE_PHRASE = compile_regex(r"\b(?:" + "|".join(
    sorted((" ".join(p.split()).replace(" ", r"\s+") for p in (*PLACE_NAME_PHRASES, *REGION_PHRASES)),
           key=longest_first)) + r")\b")  # (a fixed order: the pattern cache knows it)
_PLACE_PHRASE_START = compile_regex(r"\p{Lu}\p{L}*\s+\p{Lu}")  # (a cheap test: two capitalised words)


@functools.lru_cache(maxsize=4096)
def country_of(word: str) -> str:
    """The country a nationality names ("bangladeshi", "kenyan", "congolese", "ghanaian"), else
    the word itself."""
    for ending, cut in _DEMONYM_CUTS:
        if word.endswith(ending) and word[:len(word) - cut] in _COUNTRIES:
            return word[:len(word) - cut]
    return word


# Endings of nationalities and how many letters to cut for the country's name.
_DEMONYM_CUTS = (("i", 1), ("n", 1), ("an", 2), ("ian", 3), ("ese", 4), ("ese", 3))


def _context(f: Figure) -> tuple[str, ...]:
    """Stems of the content words within a dozen words of the figure in its sentence."""
    start, end = context.located(f)
    before = _WORD.findall(f.sentence[:start])[-_CONTEXT_WORDS:]
    after = _WORD.findall(f.sentence[end:])[:_CONTEXT_WORDS]
    return tuple(sorted({sys.intern(w.lower()[:_STEM]) for w in before + after
                         if w.lower() not in words.CONTEXT_STOPWORDS and not w.isdigit()}))


class ContextWeights:
    """How much a shared context word says, by how rare it is among all figures' contexts
    (inverse document frequency): "ousted" shared says more than "Taliban" in a corpus about
    the Taliban."""

    def __init__(self, keyed: Iterable[Keys]) -> None:
        counts: Counter[str] = Counter()
        total = 0
        for k in keyed:
            counts.update(k.context)
            total += 1
        self._weight = {w: math.log((1 + total) / (1 + n)) for w, n in counts.items()}
        self._totals: dict[tuple[str, ...], float] = {}

    def _sum(self, stems: Iterable[str]) -> float:
        return sum(self._weight.get(w, 0.0) for w in stems)

    def _total(self, context: tuple[str, ...]) -> float:
        found = self._totals.get(context)
        if found is None:
            found = self._totals[context] = self._sum(context)  # (sorted: the same sum everywhere)
        return found

    def similarity(self, a: Keys, b: Keys) -> float:
        """The weight of the words two contexts share over the lighter context's weight, 0 to 1."""
        lighter = min(self._total(a.context), self._total(b.context))
        if lighter <= 0:
            return 0.0
        shared = set(a.context).intersection(b.context)
        return self._sum(sorted(shared)) / lighter if shared else 0.0


def values_agree(a: Keys, b: Keys) -> bool:
    """Whether two figures state the same number (CLAIMS.md: value and high end equal; 2%
    after converting units)."""
    return _close(a.value, b.value) and _close(a.high, b.high)


def _close(x: float, y: float) -> bool:
    return abs(x - y) <= words.AGREEMENT * max(abs(x), abs(y)) or abs(x - y) < 1e-9
