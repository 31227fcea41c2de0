"""Telling values: numbers precise enough that two reports of one event giving the same one
are giving the same quantity.

"4.3 percent", "KSh 3.49 trillion", "248,000" or "37 seats" in two reports of one budget,
one jobs release or one election count are one figure reported twice, whatever words each
report puts around it ("the deficit, 4.3 percent of GDP"; "a gap of 4.3% of gross domestic
product"). A round or small number ("three", "200,000", "dozens") is no such fingerprint:
many quantities of one event can be three or 200,000, and "a third" (0.333...) is no precise
number at all. So a value tells when it is one number (no range, not vague) written in
digits (no fraction, no ratio) and has two significant digits or more. Two figures of one
event with the same telling value are still two quantities when they count two groups (the
caller checks that: "37 houses" and "37 schools").
"""

from __future__ import annotations

import functools
from collections import defaultdict
from collections.abc import Iterator, Mapping, Sequence
from datetime import date

from stats.model import Figure, Kind

_DIGITS = 2  # significant digits a telling value has at least
_LINKING_DIGITS = 3  # significant digits of the values that tie two reports to one event
_LINKING_SHARED = 2  # such values two reports share at least to be of one event
_POSTING = 20  # a value in more reports than this ties none (a common price, a round rate)
_RELEASE_DAYS = 3  # reports tied by values alone were published within this many days of each other
_NOT_TELLING = frozenset({Kind.FRACTION, Kind.ORDINAL})  # "a third", "one in eight", "third"
_DECIMALS = 6  # decimals a value is read to (a share of 1 after conversion has more)


def telling(f: Figure) -> bool:
    """Whether the figure's value is a fingerprint of one quantity (see the module)."""
    if f.vague or f.value_high is not None or f.value != f.value or f.kind in _NOT_TELLING:
        return False  # (NaN: no number)
    return significant_digits(f.value) >= _DIGITS


def significant_digits(value: float) -> int:
    """The significant digits of a number as written: 37 -> 2, 200000 -> 1, 4.3 -> 2,
    0.25 -> 2, 1500000 -> 2, 3 -> 1."""
    text = f"{abs(value):.{_DECIMALS}f}".rstrip("0").rstrip(".")
    digits = text.replace(".", "").lstrip("0")
    if "." not in text:
        digits = digits.rstrip("0")
    return len(digits)


def shared_telling(f: Figure, g: Figure) -> bool:
    """Whether two figures of two reports both give the same telling value (the caller has
    checked that their values agree)."""
    return f.doc != g.doc and telling(f) and telling(g)


def linked_by_values(figures: Sequence[Figure], kinds: Sequence[str], docs: Sequence[str],
                     published: Mapping[str, str]) -> Iterator[tuple[int, int]]:
    """Pairs of reports (by their number in `docs`, the lower first, each pair once) that
    give two or more of the same precise values ("14.2 percent" and "15.8 percent" of one
    inflation release) and were published within `_RELEASE_DAYS` of each other: reports of
    one event even when they share no name (a national statistics release told by a wire, a
    radio desk and a business paper). `kinds[i]` is the kind of quantity `figures[i]` is, as
    claims compare it ("share", "money:GHS"); `published` gives reports' ISO dates (an
    undated report is tied by names only). A value in more than `_POSTING` reports ties none
    (a corpus of many reports holds many rates of 12.5 percent)."""
    number = {doc: i for i, doc in enumerate(docs)}
    days = {doc: day(published.get(doc, "")) for doc in docs}
    reports: dict[tuple[str, float], set[int]] = defaultdict(set)
    for f, kind in zip(figures, kinds, strict=True):
        if (f.doc in number and days[f.doc] is not None and telling(f)
                and significant_digits(f.value) >= _LINKING_DIGITS):
            reports[(kind, round(f.value, _DECIMALS))].add(number[f.doc])
    shared: dict[tuple[int, int], int] = defaultdict(int)
    for found in reports.values():
        if len(found) <= _POSTING:
            ordered = sorted(found)
            for i, a in enumerate(ordered):
                for b in ordered[i + 1:]:
                    shared[(a, b)] += 1
    for (a, b), count in sorted(shared.items()):
        first, second = days[docs[a]], days[docs[b]]
        if count >= _LINKING_SHARED and first and second and abs((first - second).days) <= _RELEASE_DAYS:
            yield a, b


@functools.lru_cache(maxsize=4096)
def day(text: str) -> date | None:
    """An ISO date's day (its first ten characters), or None; read once however many
    articles of it are compared."""
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return None
