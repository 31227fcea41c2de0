"""The reconcile stage's work on one article, done where the article is extracted.

An article's tallies need only its own figures, and so do its figures' claim keys; only
the clustering into claims needs the whole run. So in a parallel run each worker prepares
the articles it extracts: `Preparing` takes an article's figures a part at a time and gives
its tallies, its figures' `claim_keys.Keys`, and its figures without what only the keys read
(the sentence, the span, the rule trail), which is what the run keeps of each figure until
its end; the claims are then found from these records alone (`claims.claim_cells`), without
reading the figures back from the files.

An article may instead keep only the number of its figures (`deferred`) and be prepared at
the end of the run from its figures read back (`stats.export_reconcile`): a long article
(extracted a part at a time, `stats.extract.CHUNK_CHARS`), whose records would add to the
memory its extraction needs, and every article of a serial run that writes figures.jsonl,
where the same work costs less done at the end than between articles (measured: 11.6 s
against 12.0 s for 4,000 files, 28.2 s against 29.2 s for 10,000; and the run holds nothing
while it extracts).
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Sequence
from dataclasses import dataclass, field

from stats.model import Figure, Tally
from stats.reconcile.claim_keys import Keys, keys
from stats.reconcile.tally import counts, tally

log = logging.getLogger("stats")


@dataclass(slots=True)
class Prepared:
    """What the end of the run needs of one article (or of several, once `extend`ed)."""

    figures: list[Figure] = field(default_factory=list)  # without sentence, span and rule
    keyed: list[Keys] = field(default_factory=list)  # keyed[i]: the keys of figures[i]
    tallies: list[Tally] = field(default_factory=list)
    failed: bool = False  # preparing an article failed (a bug): the run goes without claims
    deferred: int = 0  # a long article's figures, to prepare from the figures file at the end
    doc: str = ""  # the long article's name (set with `deferred`)

    @property
    def count(self) -> int:
        """How many figures of the figures file this record stands for."""
        return len(self.figures) + self.deferred


class Preparing:
    """One article's figures prepared for the end of the run as its parts are extracted
    (figures as extracted and related). A failure (a bug in a rule of the reconcile stage) is
    logged and makes a `failed` record: it costs the run its tallies and claims, never its
    figures."""

    def __init__(self, defer: bool = False, light: bool = True) -> None:
        self.prepared = Prepared()
        self.defer = defer  # a long article: count its figures only (see the module's note)
        self.light = light  # keep the figures light (not those read back: they share their texts)
        self.counted: list[Figure] = []  # the figures the article's tallies read

    def add(self, figures: Sequence[Figure]) -> None:
        """A part's figures."""
        if self.defer:
            self.prepared.deferred += len(figures)
            self.prepared.doc = self.prepared.doc or next((f.doc for f in figures), "")
            return
        if self.prepared.failed:
            return
        try:
            self.prepared.keyed += [keys(f) for f in figures]
            self.prepared.figures += [_light(f) for f in figures] if self.light else figures
            self.counted += [f for f in figures if counts(f)]
        except Exception:
            self._failed(figures)

    def done(self) -> Prepared:
        """The article's record, with its tallies."""
        if not self.prepared.failed and not self.defer:
            try:
                self.prepared.tallies = tally(self.counted, related=True)
            except Exception:
                self._failed(self.counted)
        self.counted = []
        return self.prepared

    def _failed(self, figures: Sequence[Figure]) -> None:
        log.exception("tallies and claims could not be worked out for %s",
                      figures[0].doc if figures else "an article")
        self.prepared = Prepared(failed=True)


def _light(f: Figure) -> Figure:
    """The figure without the texts the claim matcher reads only through its keys (the
    sentence is most of a figure's memory, and of what a worker sends back)."""
    return dataclasses.replace(f, sentence="", span="", rule="")
