"""The records the extractor produces: one `Figure` per statistic, one `Document` per input.

Field names and values follow the gold annotation guide (`shared/gold/ANNOTATION.md`), so a
record serialises to the gold/CSV shape without any mapping.

The records made for every figure write out the constructor `dataclass` would generate, its
fields in order with their defaults: mypyc compiles a method written in the class, not one
generated at run time, and a compiled constructor stores each field directly (a five-field
record: 0.04 µs against 0.8 µs, called from compiled code). `tests/test_records.py` holds
each such constructor to its fields.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, fields
from typing import Final

from stats.vocabulary import CASUALTY_CATEGORIES as CASUALTY_CATEGORIES
from stats.vocabulary import QUALIFIER_WORDS as QUALIFIER_WORDS
from stats.vocabulary import Category as Category
from stats.vocabulary import Kind as Kind
from stats.vocabulary import Qualifier as Qualifier
from stats.vocabulary import as_category as as_category
from stats.vocabulary import as_qualifier as as_qualifier

_SHA1: Final = hashlib.sha1(usedforsecurity=False)  # (copied for each id, never updated itself)


def figure_id(doc: str, start: int, end: int) -> str:
    """A stable id for a figure: the same article and offsets always give the same id.

    (A copy of an empty SHA-1 is updated: `hashlib.sha1()` looks its algorithm up in
    OpenSSL's provider tables on every call, a cost that a copy does not pay.)"""
    digest = _SHA1.copy()
    digest.update(f"{doc}\x00{start}\x00{end}".encode())
    return f"f{digest.hexdigest()[:12]}"


def _new_id(doc: str, start: int, end: int) -> str:
    """`figure_id` under a name `Figure.__init__` can call (its argument `figure_id` hides it)."""
    return figure_id(doc, start, end)


@dataclass(frozen=True, slots=True)
class Figure:
    """One figure found in an article.

    Offsets are into the article text as read: `text[start:end] == span` and
    `text[sentence_start:sentence_end]` is the sentence (whose `sentence` field has runs of
    whitespace collapsed, as the gold guide writes sentences).
    """

    doc: str
    start: int
    end: int
    span: str
    value: float
    kind: Kind
    qualifier: Qualifier = Qualifier.EXACT
    value_high: float | None = None
    whole: float | None = None
    unit: str | None = None
    subject: str = ""
    category: Category = Category.OTHER
    vague: bool = False
    sentence: str = ""
    sentence_start: int = 0
    sentence_end: int = 0
    rule: str = ""
    figure_id: str = field(default="")
    said_by: str | None = None  # who the text gives the figure as coming from; None: its own voice
    place: str | None = None  # the most specific place name the figure is about, as written
    period: str | None = None  # the time phrase the figure holds for, as written
    implied: bool = False  # an implied single casualty ("a policeman was killed": 1)
    part_of: str | None = None  # the figure_id of the total this figure is a part of
    restates: str | None = None  # the figure_id of an earlier figure stating the same quantity
    claim: str | None = None  # the id of the claim the figure states, across articles
    claim_conflict: bool = False  # whether the claim's figures disagree

    def __init__(
        self, doc: str, start: int, end: int, span: str, value: float, kind: Kind,
        qualifier: Qualifier = Qualifier.EXACT, value_high: float | None = None,
        whole: float | None = None, unit: str | None = None, subject: str = "",
        category: Category = Category.OTHER, vague: bool = False, sentence: str = "",
        sentence_start: int = 0, sentence_end: int = 0, rule: str = "", figure_id: str = "",
        said_by: str | None = None, place: str | None = None, period: str | None = None,
        implied: bool = False, part_of: str | None = None, restates: str | None = None,
        claim: str | None = None, claim_conflict: bool = False,
    ) -> None:
        """The dataclass's own constructor written out (see the module), with a new
        figure's id and the three values as floats (a count read as 24 is 24.0)."""
        object.__setattr__(self, "doc", doc)
        object.__setattr__(self, "start", start)
        object.__setattr__(self, "end", end)
        object.__setattr__(self, "span", span)
        object.__setattr__(self, "value", float(value))
        object.__setattr__(self, "kind", kind)
        object.__setattr__(self, "qualifier", qualifier)
        object.__setattr__(self, "value_high", None if value_high is None else float(value_high))
        object.__setattr__(self, "whole", None if whole is None else float(whole))
        object.__setattr__(self, "unit", unit)
        object.__setattr__(self, "subject", subject)
        object.__setattr__(self, "category", category)
        object.__setattr__(self, "vague", vague)
        object.__setattr__(self, "sentence", sentence)
        object.__setattr__(self, "sentence_start", sentence_start)
        object.__setattr__(self, "sentence_end", sentence_end)
        object.__setattr__(self, "rule", rule)
        object.__setattr__(self, "figure_id", figure_id or _new_id(doc, start, end))
        object.__setattr__(self, "said_by", said_by)
        object.__setattr__(self, "place", place)
        object.__setattr__(self, "period", period)
        object.__setattr__(self, "implied", implied)
        object.__setattr__(self, "part_of", part_of)
        object.__setattr__(self, "restates", restates)
        object.__setattr__(self, "claim", claim)
        object.__setattr__(self, "claim_conflict", claim_conflict)

    def __reduce__(self) -> tuple[type[Figure], tuple[object, ...]]:
        """Pickled (to and from worker processes) as its fields, given back to the constructor:
        the same in pure Python and compiled, where a frozen class refuses pickle's default of
        setting each attribute after making the object."""
        return (Figure, tuple(getattr(self, name) for name in _FIGURE_FIELDS))

    @property
    def high(self) -> float:
        """The high end of the figure: `value_high` for a range, else `value`."""
        return self.value if self.value_high is None else self.value_high

    def to_record(self) -> dict[str, object]:
        """A plain dict with JSON-ready values, in the output contract's field names."""
        record = {name: getattr(self, name) for name in _FIGURE_FIELDS}
        for name in ("kind", "qualifier", "category"):
            record[name] = str(record[name])
        return record


# The record's field names, in order (`to_record` reads them directly: `dataclasses.asdict`
# deep-copies every value, a fifth of the cost of writing a figure, and a figure's values
# are all immutable).
_FIGURE_FIELDS: Final = tuple(f.name for f in fields(Figure))


@dataclass(slots=True)
class Candidate:
    """A figure in the making: the one working record that flows through find and describe.

    The find stage creates it from a number as written ("seven", "$281 million") and
    shapes it in place (unit, range, whole, qualifier); offsets are relative to its
    sentence. `notes` is the trail of shaping rules written to the `rule` column after the
    rule that read the number ("count.digits+range+qualifier"); `trace` also keeps the
    rules that fired without a note, for explaining a result.
    """

    start: int
    end: int
    value: float
    rule: str
    kind: Kind = Kind.COUNT
    unit: str | None = None
    vague: bool = False
    scale: float = 1.0  # the scale word or suffix the number carries ("billion" -> 1e9)
    qualifier: Qualifier = Qualifier.EXACT
    value_high: float | None = None
    whole: float | None = None
    unit_word: str | None = None
    number_start: int = -1  # the number itself, without its qualifier (-1: start)
    subject_from: int = 0  # where the counted noun may start (after a whole)
    whole_end: int = -1  # the end of a whole that opens the clause ("Of the 23 injured,"), if any
    notes: list[str] = field(default_factory=list)
    trace: list[str] = field(default_factory=list)
    # An implied single casualty ("a policeman was killed"): its category, read with it.
    implied: Category | None = None

    def __init__(
        self, start: int, end: int, value: float, rule: str, kind: Kind = Kind.COUNT,
        unit: str | None = None, vague: bool = False, scale: float = 1.0,
        qualifier: Qualifier = Qualifier.EXACT, value_high: float | None = None,
        whole: float | None = None, unit_word: str | None = None, number_start: int = -1,
        subject_from: int = 0, whole_end: int = -1, notes: list[str] | None = None,
        trace: list[str] | None = None, implied: Category | None = None,
    ) -> None:
        """The dataclass's own constructor written out (see the module); the number
        starts where the candidate does unless told, and `notes` and `trace` start empty."""
        self.start = start
        self.end = end
        self.value = value
        self.rule = rule
        self.kind = kind
        self.unit = unit
        self.vague = vague
        self.scale = scale
        self.qualifier = qualifier
        self.value_high = value_high
        self.whole = whole
        self.unit_word = unit_word
        self.number_start = start if number_start < 0 else number_start
        self.subject_from = subject_from
        self.whole_end = whole_end
        self.notes = [] if notes is None else notes
        self.trace = [] if trace is None else trace
        self.implied = implied

    @property
    def rule_id(self) -> str:
        """The `rule` column: the reading rule, then each shaping rule that left a note."""
        return "+".join([self.rule, *self.notes])


@dataclass(slots=True)
class Document:
    """One input article (or one record of a JSONL/CSV export) and how reading it went."""

    doc: str
    path: str
    text: str = ""
    title: str = ""
    publisher: str = ""
    published: str = ""
    encoding: str = ""
    status: str = "ok"  # ok | empty | error | skipped (a file in a folder that is not an article)
    error: str = ""
    figures: int = 0
    chars: int = 0  # length of the text, kept when the text itself is let go
    names: str = ""  # the text's proper names and counts, packed, kept for the claims when it is let go


@dataclass(frozen=True, slots=True)
class Tally:
    """How many in all, for one article and one category, without double counting.

    `low` is the conservative reading (lower ends, ACLED's values for vague words, the
    lowest of contested claims), `best` the reading a journalist would headline, `high`
    the highest claim; `figures` the ids that make up `best`, `sources` their distinct
    `said_by` (the article's own voice is left out), `how` the derivation in words,
    including every figure of the category left out and why.
    """

    doc: str
    category: Category
    low: float
    best: float
    high: float
    vague: bool = False
    figures: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    how: str = ""

    def __post_init__(self) -> None:
        _as_floats(self, ("low", "best", "high"))

    def __reduce__(self) -> tuple[type[Tally], tuple[object, ...]]:
        """Pickled as its fields (see `Figure.__reduce__`)."""
        return (Tally, _arguments(self))

    def to_record(self) -> dict[str, object]:
        """A plain dict with JSON-ready values, in the tallies file's field names."""
        return {"doc": self.doc, "category": str(self.category), "low": self.low, "best": self.best,
                "high": self.high, "vague": self.vague, "figures": list(self.figures),
                "sources": list(self.sources), "how": self.how}


@dataclass(frozen=True, slots=True)
class Claim:
    """One quantity of one thing, as every article that states it gives it.

    `status` is `corroborated` (the values agree across two or more sources), `conflict`
    (they differ: `low` and `high` give the spread), `updated` (they differ and later
    articles carry higher, revised figures) or `single` (one source). `latest` is the value
    of the most recently published figure (blank when the articles' dates are not known).
    """

    claim: str
    category: Category
    subject: str
    place: str | None
    period: str | None
    kind: Kind
    unit: str | None
    figures: tuple[str, ...]
    articles: tuple[str, ...]
    sources: tuple[str, ...]
    low: float
    high: float
    latest: float | None  # None when the articles' dates are not known
    status: str

    def __post_init__(self) -> None:
        _as_floats(self, ("low", "high", "latest"))

    def __reduce__(self) -> tuple[type[Claim], tuple[object, ...]]:
        """Pickled as its fields (see `Figure.__reduce__`)."""
        return (Claim, _arguments(self))

    def to_record(self) -> dict[str, object]:
        """A plain dict with JSON-ready values, in the claims file's field names."""
        return {"claim": self.claim, "category": str(self.category), "subject": self.subject,
                "place": self.place, "period": self.period, "kind": str(self.kind), "unit": self.unit,
                "figures": list(self.figures), "articles": list(self.articles),
                "sources": list(self.sources), "low": self.low, "high": self.high,
                "latest": self.latest, "status": self.status}


def _arguments(record: Tally | Claim) -> tuple[object, ...]:
    """A frozen record's fields in order: what its constructor takes back."""
    return tuple(getattr(record, f.name) for f in fields(record))


def _as_floats(record: Tally | Claim, names: tuple[str, ...]) -> None:
    """Keep these fields as the floats their annotations say, a count read as 24 as 24.0: the
    core compiled by mypyc converts an int given to a float field, so pure Python must too for
    both to write the same JSON."""
    for name in names:
        value = getattr(record, name)
        if value is not None and value.__class__ is not float:
            object.__setattr__(record, name, float(value))
