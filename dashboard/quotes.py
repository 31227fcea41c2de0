"""Where a figure comes from: its sentence with the span marked, the sentences around it, and
the whole article with every figure marked. Knows nothing of Dash.

Article text and sentence spans come from the output folder's texts.jsonl (see
`dashboard.texts`), never from the input files. When texts.jsonl is missing (an output
folder from an older `stats extract`), has no line for the article, or does not match
figures.csv, the sentence stored in figures.csv is shown instead, with a note saying why.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pandas as pd

from dashboard.data import Corpus
from dashboard.texts import ArticleText

NO_TEXTS = ("This output folder has no texts.jsonl (it was written by an older `stats extract`), "
            "so only the sentence from figures.csv is shown.")
NO_TEXT = "texts.jsonl has no text for this article, so only the sentence from figures.csv is shown."
CHANGED = ("The article text in texts.jsonl does not match figures.csv (they come from different "
           "runs), so only the sentence from figures.csv is shown.")
ARTICLE_NO_TEXTS = ("This output folder has no texts.jsonl (it was written by an older `stats extract`); "
                    "these are the sentences that hold the article's figures.")
ARTICLE_NO_TEXT = "texts.jsonl has no text for this article; these are the sentences that hold its figures."


@dataclass(frozen=True)
class Quote:
    """Where a figure comes from: its sentence (span at span_start:span_end), the sentences
    around it, and the article's citation."""

    figure: dict[str, Any]
    sentence: str
    span_start: int
    span_end: int
    before: str
    after: str
    title: str
    publisher: str
    published: str
    doc: str
    from_article: bool
    note: str = ""


@dataclass(frozen=True)
class Segment:
    """A run of article text; figure_id is set when the run is a figure's span."""

    text: str
    figure_id: str | None = None
    label: str = ""


@dataclass(frozen=True)
class Article:
    """A whole article cut into plain and figure segments, with its citation."""

    doc: str
    title: str
    publisher: str
    published: str
    segments: list[Segment]
    figures: int
    from_article: bool
    note: str = ""


def citation(corpus: Corpus, doc: str) -> dict[str, str]:
    """Title, publisher and date of an article from documents.csv (empty when not listed)."""
    meta = corpus.document(doc)
    return {"doc": doc, "title": str(meta.get("title") or ""), "publisher": str(meta.get("publisher") or ""),
            "published": str(meta.get("published") or "")}


def quote(corpus: Corpus, figure_id: str | None) -> Quote | None:
    """The figure's sentence with the span located, its neighbours and citation (None for an
    unknown id)."""
    row = corpus.figure(figure_id)
    if row is None:
        return None
    record = corpus.record(row)
    cite = citation(corpus, record["doc"])
    article = corpus.texts.get(record["doc"])
    start, end = int(record["start"]), int(record["end"])
    s_start, s_end = int(record["sentence_start"]), int(record["sentence_end"])
    if article is not None and matches(article.text, start, end, record["span"]) \
            and s_start <= start <= end <= s_end:
        before, after = neighbours(article, s_start, s_end)
        text = article.text
        return Quote(record, text[s_start:s_end], start - s_start, end - s_start, before, after,
                     from_article=True, **cite)
    if article is not None:
        note = CHANGED
    else:
        note = NO_TEXT if corpus.texts.available() else NO_TEXTS
    return stored_quote(record, note, cite)


def stored_quote(record: dict[str, Any], note: str, cite: dict[str, str]) -> Quote:
    """A quote from the sentence figures.csv stores (no neighbours), the span found in it."""
    sentence, span = record["sentence"] or "", record["span"] or ""
    at = sentence.find(span)
    if at < 0:  # the stored sentence has its whitespace collapsed; the span may not
        span = " ".join(span.split())
        at = sentence.find(span)
    lo, hi = (at, at + len(span)) if at >= 0 else (0, 0)
    return Quote(record, sentence, lo, hi, "", "", from_article=False, note=note, **cite)


def matches(text: str, start: int, end: int, span: str) -> bool:
    """Whether the article text holds the figure's span at its offsets."""
    return 0 <= start <= end <= len(text) and text[start:end] == span


def neighbours(article: ArticleText, start: int, end: int) -> tuple[str, str]:
    """The sentences just before and just after text[start:end] (empty at the edges), from the
    article's sentence spans."""
    text = article.text
    before = [text[a:b] for a, b in article.sentences if b <= start]
    after = [text[a:b] for a, b in article.sentences if a >= end]
    return (before[-1] if before else ""), (after[0] if after else "")


def article(corpus: Corpus, figure_id: str | None) -> Article | None:
    """The whole article of a figure, cut into segments with all its figures marked (None for
    an unknown id)."""
    row = corpus.figure(figure_id)
    if row is None:
        return None
    doc = str(row["doc"])
    figures = corpus.figures
    ours = figures[figures["doc"] == doc].sort_values(["start", "end"])
    cite = citation(corpus, doc)
    found = corpus.texts.get(doc)
    if found is None:
        segments = [Segment(s + " ") for s in ours["sentence"].drop_duplicates()]
        note = ARTICLE_NO_TEXT if corpus.texts.available() else ARTICLE_NO_TEXTS
        return Article(segments=segments, figures=len(ours), from_article=False, note=note, **cite)
    segments, stale = mark_figures(found.text, ours)
    note = (f"{stale} figure(s) do not match the article text in texts.jsonl (it comes from a "
            "different run than figures.csv); they are not marked." if stale else "")
    return Article(segments=segments, figures=len(ours), from_article=True, note=note, **cite)


def mark_figures(text: str, ours: pd.DataFrame) -> tuple[list[Segment], int]:
    """The text cut at the figures' spans (sorted by offset), and how many figures did not
    match the text and were left unmarked. A figure overlapping the one before is skipped."""
    segments: list[Segment] = []
    cursor = stale = 0
    for fid, start, end, label, span in zip(ours.index, ours["start"], ours["end"],
                                            ours["value_label"], ours["span"], strict=True):
        start, end = int(start), int(end)
        if start < cursor:
            continue  # overlaps the previous figure
        if not matches(text, start, end, span):
            stale += 1  # do not mark the wrong words
            continue
        if start > cursor:
            segments.append(Segment(text[cursor:start]))
        segments.append(Segment(text[start:end], str(fid), str(label)))
        cursor = end
    if cursor < len(text):
        segments.append(Segment(text[cursor:]))
    return segments, stale
