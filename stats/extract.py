"""The pipeline: article text -> sentences -> figures in each sentence -> described `Figure`s."""

from __future__ import annotations

from stats import classify, numbers, rules
from stats.model import Figure, Kind
from stats.text import split_sentences


def extract(text: str, doc: str = "text", conventions: rules.Conventions = rules.GUIDE) -> list[Figure]:
    """Every figure in an article, in text order.

    `conventions` chooses how to write the cases annotation guides disagree on; the
    default follows the project's guide (gold/ANNOTATION.md).

    >>> [(f.span, f.value, f.qualifier, f.subject, f.category)
    ...  for f in extract("At least 703 soldiers were killed.", doc="a.txt")]
    [('At least 703', 703.0, <Qualifier.AT_LEAST: 'at_least'>, 'soldiers', <Category.KILLED: 'killed'>)]
    """
    figures: list[Figure] = []
    for sentence in split_sentences(text):
        if sentence.furniture:
            continue
        raw, collapsed = sentence.raw, sentence.text  # collapsed once, not once per figure
        previous_subject, previous_category = "", None
        for c in rules.compose(raw, conventions):
            subject = classify.subject_of(raw, c, previous_subject)
            category = classify.category_of(raw, c, subject, previous_category)
            previous_subject = subject or previous_subject
            previous_category = category
            start, end = sentence.start + c.start, sentence.start + c.end
            figures.append(Figure(
                doc=doc, start=start, end=end, span=text[start:end],
                value=_rounded(c.value, c.kind), kind=c.kind, qualifier=c.qualifier,
                value_high=None if c.value_high is None else _rounded(c.value_high, c.kind),
                whole=c.whole, unit=c.unit, subject=subject, category=category,
                vague=c.vague, sentence=collapsed, sentence_start=sentence.start,
                sentence_end=sentence.end, rule=c.rule_id,
            ))
    return figures


def _rounded(value: float, kind: Kind) -> float:
    """Fractions to 4 decimals, as the guide writes them; every other value as read."""
    return numbers.round_value(value) if kind is Kind.FRACTION else value
