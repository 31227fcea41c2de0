"""The pipeline: article text -> sentences -> figures in each sentence -> described `Figure`s.

It owns extraction, so extracting a long article a part at a time (with the whole text's offsets
and ids) lives here too, next to the `extract` it must agree with; the command line only drives it.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from typing import Final

from stats.describe import lists, tables
from stats.describe.category import category_of
from stats.describe.contexts import ArticleIndex
from stats.describe.provenance import Article
from stats.describe.subject import subject_of
from stats.describe.subject_label import label_subject
from stats.describe.subject_links import first_conjunct
from stats.describe.words import is_people
from stats.find import guard, numbers
from stats.find.local_currency import local_currencies
from stats.find.rule import GUIDE, Conventions
from stats.find.rules import find
from stats.lexicon.pattern_cache import compile_regex
from stats.memory import release_freed_memory
from stats.model import Candidate, Category, Figure, Kind
from stats.read.metadata import looks_like_masthead, looks_like_title, never_title
from stats.reconcile.relations import relate
from stats.text.sentences import Sentence, collapse, split_sentences

# Articles longer than this are extracted a part at a time (split between paragraphs), so
# memory holds one part's figures and the progress bar moves within the article.
CHUNK_CHARS: Final = 500_000

Span = tuple[int, int]



def extract(text: str, doc: str = "text", conventions: Conventions = GUIDE) -> list[Figure]:
    """Every figure in an article, in text order.

    `conventions` chooses how to write the cases annotation guides disagree on; the
    default follows the project's guide (gold/ANNOTATION.md).

    >>> [(f.span, f.value, f.qualifier, f.subject, f.category)
    ...  for f in extract("At least 703 soldiers were killed.", doc="a.txt")]
    [('At least 703', 703.0, <Qualifier.AT_LEAST: 'at_least'>, 'soldiers', <Category.KILLED: 'killed'>)]
    """
    return extract_article(text, doc, conventions)[0]


def extract_article(text: str, doc: str = "text", conventions: Conventions = GUIDE,
                    whole: ArticleIndex | None = None, base: int = 0) -> tuple[list[Figure], list[Span]]:
    """The article's figures and the spans of its sentences (page furniture left out).

    A rule that fails costs one figure (or, in the find stage's sentence-wide steps, one
    sentence), never the article; it is logged, as is a figure refused for a value that is
    not finite (see `stats.find.guard`).

    >>> extract_article("Seven died. Two fled.")[1]
    [(0, 11), (12, 21)]
    """
    with guard.reading(doc):
        figures: list[Figure] = []
        sentences = [s for s in split_sentences(text) if not s.furniture]
        article = Article(text, sentences, whole, base)  # a part of a long text: see extract_parts
        for index, sentence in enumerate(sentences):
            carried = _carried_category(article, index, figures)
            figures += _sentence_figures(text, doc, article, index, sentence, conventions, carried)
        spans = [(sentence.start, sentence.end) for sentence in sentences]
        figures = _without_repeated_headline(figures, _headline(sentences))
        figures = local_currencies(text if whole is None else whole.text, figures)
        return relate(figures), spans


def _carried_category(article: Article, index: int, figures: list[Figure]) -> Category | None:
    """The category of the last figure of the sentence before, in its paragraph, for a
    sentence that opens on that group ("... 1,096 detainees. Of those, 887 ...", "Among them
    were 31 Saudi nationals"); None for any other sentence."""
    contexts = article.contexts
    if not (index and figures) or not contexts[index].sentence.raw.lstrip()[:5].lower().startswith(_OPENERS):
        return None  # (most sentences: two string reads, not the pattern)
    if not _OF_THEM_OPENING.match(contexts[index].raw):
        return None
    last = figures[-1]
    same = contexts[index - 1].paragraph == contexts[index].paragraph
    return last.category if same and last.sentence_start == contexts[index - 1].start else None


# Categories of spans: no level of a share after them ("13.6 percent higher than a year
# earlier, down from 14.1 percent": the 14.1 is a level of the 13.6), and none of anything when
# the span is the period of the figure before it ("52 patients admitted in three days, nine of
# whom"), though a bare count right after a span of its own is ("lasted 14 weeks, up from 9").
_SPANS: Final = (Category.DURATION, Category.DISTANCE)
_SHARES: Final = (Kind.PERCENT, Kind.FRACTION)
# Kinds whose subject the next figure does not take ("15 miles to the west, two of them by
# helicopter": not Houston's two).
_NOT_CARRIED: Final = (Kind.ORDINAL, Kind.DISTANCE)
_ROW_ENDS: Final = frozenset("0123456789%")  # how a row of a spaced table ends (tables.spaced_column_header)
# A sentence that opens on the group of the sentence before it (and the words it opens with).
_OPENERS: Final = ("of ", "among")
_OF_THEM_OPENING: Final = compile_regex(r"\s*(?i:of|among)\s+(?i:them|those|these)\b")


def _sentence_figures(text: str, doc: str, article: Article, index: int, sentence: Sentence,
                      conventions: Conventions, carried: Category | None = None) -> list[Figure]:
    """The figures of one sentence, each found, checked and described; `carried` is the
    category of the group the sentence opens on, if any (see `_carried_category`)."""
    # The rules read a copy with line breaks as spaces (same length, so offsets hold):
    # in a wrapped line "their\n20-year", "$" would match before the newline.
    raw = article.contexts[index].raw  # made once, for find and describe alike
    try:
        candidates = find(raw, conventions)
    except Exception as error:  # a sentence-wide step of the find stage: this sentence only
        guard.failed("find", raw, error)
        return []
    figures: list[Figure] = []
    collapsed = sentence.text if candidates else ""  # once per sentence with figures, not per figure
    previous_subject, previous_category = "", carried
    previous_level = carried  # the category of the last figure that is no span
    head = text[max(0, sentence.start - 8):sentence.start].rstrip(" \t-–•*")  # (a list item's bullet)
    opens_line = head.endswith("\n") or (not head and sentence.start <= 8)
    for c in candidates:
        if not guard.finite(c, raw):
            continue
        try:
            if c.implied:  # "a policeman was killed": read with its category
                subject, category = collapse(raw[c.subject_from:c.end]), c.implied
            else:
                subject = (subject_of(raw, c, previous_subject) or label_subject(raw, c, opens_line)
                           or _whole_subject(raw, c))
                at, to = sentence.start + c.start, sentence.start + c.end
                header = tables.column_header(text, at, to) if "|" in raw else (
                    tables.spaced_column_header(text, at, to) if raw[-1:] in _ROW_ENDS else "")
                if header:
                    subject = header  # a table's row: its column's header says what it counts
                spanned = previous_category in _SPANS and c.kind in _SHARES
                level = previous_level if spanned else previous_category
                category = category_of(raw, c, first_conjunct(subject), level)
            provenance = article.describe(index, c)
        except Exception as error:  # a describe rule that fails costs this figure only
            guard.failed(f"{c.rule_id}+describe", raw[c.start:c.end], error)
            continue
        if c.kind not in _NOT_CARRIED:  # ("a third straight term, leaving the Congress with 31": seats)
            previous_subject = subject or previous_subject
        if not (category in _SPANS and figures and raw[c.start:c.end] in (figures[-1].period or "")):
            previous_category = category  # (not a span inside the last figure's period: "in three days")
        previous_level = previous_level if category in _SPANS else category
        start, end = sentence.start + c.start, sentence.start + c.end
        figures.append(Figure(
            doc=doc, start=start, end=end, span=text[start:end],
            value=_rounded(c.value, c.kind), kind=c.kind, qualifier=c.qualifier,
            value_high=None if c.value_high is None else _rounded(c.value_high, c.kind),
            whole=c.whole, unit=c.unit, subject=subject, category=category,
            vague=c.vague, sentence=collapsed, sentence_start=sentence.start,
            sentence_end=sentence.end, rule="+".join([c.rule_id, *provenance.rules]),
            said_by=provenance.said_by, place=provenance.place, period=provenance.period,
            implied=c.implied is not None,
        ))
    return lists.backfill(text, figures) if len(figures) > 1 else figures


def _whole_subject(raw: str, c: Candidate) -> str:
    """What a part counts when it names nothing itself: the noun of the whole that opens
    its clause ("Of the 23 injured, eight are critical": injured)."""
    if c.whole_end < 0:
        return ""
    at = c.whole_end
    return subject_of(raw, dataclasses.replace(c, start=at, end=at, subject_from=at), "")


def _headline(sentences: list[Sentence]) -> Sentence | None:
    """The headline: the first of the article's top lines that reads as one (`looks_like_title`:
    four words or more, no full stop), past a masthead in capitals, a site's menu ("Home | News")
    or a short label ("Joint news release"), and past a paper's or an agency's name in title
    case above such furniture ("The Daily Dhaka Observer" over a menu); else the first
    sentence."""
    top = sentences[:4]
    for i, sentence in enumerate(top):
        line = sentence.raw.strip()
        if line.endswith(":"):
            break  # "Key facts:": a list follows, no headline
        if _furniture(line) or not looks_like_title(line):
            continue
        below = top[i + 1].raw.strip() if i + 1 < len(top) else ""
        if looks_like_masthead(line) and below and _furniture(below):
            continue  # a masthead over a menu, a date or a label line
        return sentence
    return sentences[0] if sentences else None


def _furniture(line: str) -> bool:
    """A top line that is no headline: a masthead in capitals, a menu or strap with "|" ("Local
    news for Valverde | Thursday 4 December"), a by-line, a date."""
    return line.isupper() or "|" in line or never_title(line)


def _without_repeated_headline(figures: list[Figure], first: Sentence | None) -> list[Figure]:
    """Drop the headline's figures that the body states again ("Strikes kill 40" above
    "At least 40 people were killed", "Prices up 8%" above "8 per cent"): the guide
    annotates a figure at its first occurrence in the body. The headline is the first
    sentence when it has no full stop; figures are compared by what they state (see
    `_repeats`), not by how they are written."""
    if first is None or first.raw.rstrip()[-1:] in ".!?:\"”" or len(_title_words(first.raw)) > 15:
        return figures
    in_headline = [f for f in figures if first.start <= f.start < first.end]
    if not in_headline:
        return figures
    body = [(f, _statement(f)) for f in figures if f.start >= first.end]  # (each statement once)
    stated = {statement for _, statement in body}
    # people counted with no category read: "Some 7.7 million people are in crisis ..."
    # (`is_people` is asked only of a statement a headline figure that is not vague makes:
    # only those entries are looked up with their category OTHER, see `_repeats`)
    asked = {_statement(f) for f in in_headline if not f.vague}
    counted = {(*statement, f.category if f.category is not Category.OTHER
                or (statement in asked and is_people(f.subject)) else None) for f, statement in body}
    repeated = {id(f) for f in in_headline if _repeats(f, stated, counted)}
    return [f for f in figures if id(f) not in repeated]


def _title_words(headline: str) -> list[str]:
    """A headline's words without a label before it ("Joint news release: Save the Children
    and WFP appeal for ...", "LIVE: ...")."""
    words = headline.split()
    label = next((i for i, word in enumerate(words[:4]) if word.endswith(":")), -1)
    return words[label + 1:]


def _statement(f: Figure) -> tuple[float, float | None, Kind, str | None]:
    """What a figure states: its value (and high end) to 9 significant digits, kind and unit."""
    high = None if f.value_high is None else float(f"{f.value_high:.9g}")
    return float(f"{f.value:.9g}"), high, f.kind, f.unit


def _repeats(f: Figure, stated: set[tuple[float, float | None, Kind, str | None]],
             counted: set[tuple[float, float | None, Kind, str | None, Category | None]]) -> bool:
    """Whether the body states the headline's figure: the same value, kind and unit; for a
    number without a unit (a count), also the same category, unless the headline's terse
    wording ("dozens missing") left it as other."""
    if f.vague:  # "Gunmen kill dozens" above "at least 34 civilians": the body's exact toll
        reach = f.value * _VAGUE_REACH
        return f.category is not Category.OTHER and any(
            f.value <= g[0] <= reach and g[4] is f.category for g in counted if g[2] is f.kind)
    if f.unit is not None or f.category is Category.OTHER:
        return _statement(f) in stated
    if f.value >= _UNMISTAKABLE and (*_statement(f), Category.OTHER) in counted:
        return True  # "7.7 million people face hunger" above "Some 7.7 million people" (no category read)
    return (*_statement(f), f.category) in counted


# A count this large is the same figure when the body counts people with no category read.
_UNMISTAKABLE: Final = 100
_VAGUE_REACH: Final = 500  # "thousands" (2,000) stands for up to a million, "dozens" (24) for 12,000


def _rounded(value: float, kind: Kind) -> float:
    """Fractions to 4 decimals, as the guide writes them; every other value as read."""
    return numbers.round_value(value) if kind is Kind.FRACTION else value


def chunk_bounds(text: str, size: int = CHUNK_CHARS) -> list[tuple[int, int]]:
    """Split points for extracting a long text in parts without changing its sentences.

    A part ends after a line break that is followed by a blank line or by a line that does
    not start in lower case, so no sentence or hard-wrapped paragraph spans two parts (the
    sentence splitter joins only a line that runs on in lower case). Text without such a
    break stays whole.

    >>> chunk_bounds("One.\\nTwo.\\nthree.\\nFour.", size=4)
    [(0, 5), (5, 17), (17, 22)]
    """
    bounds, start = [], 0
    while len(text) - start > size:
        cut = _next_break(text, start + size)
        if cut < 0 or cut >= len(text):
            break
        bounds.append((start, cut))
        start = cut
    bounds.append((start, len(text)))
    return bounds


def _next_break(text: str, position: int) -> int:
    """The offset just after the first safe line break at or after `position`, else -1."""
    while (newline := text.find("\n", position)) >= 0:
        following = text[newline + 1:newline + 200].lstrip(" \t\r\f\v")
        if not following[:1].islower():
            return newline + 1
        position = newline + 1
    return -1


def _shifted(figures: list[Figure], by: int) -> list[Figure]:
    """A part's figures with the whole text's offsets, ids and relations (`part_of` and
    `restates` name the new ids)."""
    moved = [dataclasses.replace(
        f, start=f.start + by, end=f.end + by, sentence_start=f.sentence_start + by,
        sentence_end=f.sentence_end + by, figure_id="") for f in figures]
    renamed = {old.figure_id: new.figure_id for old, new in zip(figures, moved, strict=True)}
    return [dataclasses.replace(f, part_of=renamed.get(f.part_of or ""),
                                restates=renamed.get(f.restates or ""))
            if f.part_of or f.restates else f for f in moved]


def extract_parts(text: str, doc: str, size: int = CHUNK_CHARS
                  ) -> Iterator[tuple[list[Figure], list[Span], int]]:
    """Figures and sentence spans of an article a part at a time (see `chunk_bounds`), with
    the offset reached.

    Offsets and ids are those of the whole text, and provenance reads the whole text's
    names and places. Two differences from a single `extract` call: a line repeated verbatim
    is treated as page furniture only within its part, and figures are related (`part_of`,
    `restates`) only within their part.
    """
    names_and_places = ArticleIndex(text)  # read once, on first use, for every part
    for start, end in chunk_bounds(text, size):
        figures, spans = extract_article(text[start:end], doc=doc, whole=names_and_places, base=start)
        if start:
            figures = _shifted(figures, start)
            spans = [(a + start, b + start) for a, b in spans]
        yield figures, spans, end
        if end < len(text):  # a long article: what this part's work freed goes back before the next
            release_freed_memory()
