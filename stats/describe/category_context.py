"""What the category rules read about one figure (`Context`), made once, when a rule first
asks, and the word classes they share."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

import regex

from stats import lexicon
from stats.describe import events, patterns
from stats.describe.words import clause_before, is_people, noun_category, singular, words_of
from stats.lexicon import times
from stats.lexicon.pattern_cache import SERIAL, compile_regex
from stats.model import Candidate, Category, Kind
from stats.text.sentences import after

# Head nouns that name what happened to people themselves ("refugees", "the dead").
OWN_EVENT_NOUNS: Final = {"killed", "injured", "casualties", "missing", "displaced", "prisoners"}
# Head-noun categories that name people ("the dead", "the missing", "troops").
PEOPLE_NOUNS: Final = OWN_EVENT_NOUNS | {"forces", "population", "affected"}
SHARES: Final = (Kind.PERCENT, Kind.FRACTION)
LEVELS: Final = (Kind.COUNT, *SHARES)  # what a former level or a comparison reads
_RANKED: Final = (Kind.COUNT, Kind.ORDINAL, *SHARES)
# What an ordinal counts that no event word makes a casualty: a time ("its third year") or a
# tally ("the third official toll since Sunday").
SERIES_ONLY: Final = times.TIME_NOUNS | {"toll", "tally", "estimate", "figure", "count"}
# Animal nouns, and buildings and vehicles.
ANIMALS: Final = frozenset(lexicon.ANIMAL_NOUNS) | frozenset(lexicon.STRUCTURE_NOUNS)
_WORD_SPLIT: Final = compile_regex(r"[^\p{L}]+")
# A change before a share: "prices have risen by 35%", "a rise of 38%", "up 17%".
CHANGE_BEFORE: Final = compile_regex(lexicon.SHARE_CHANGE_BEFORE, regex.IGNORECASE)


@dataclass
class Context:
    """One figure and what the rules read about it; the costlier readings are made once,
    when a rule first asks, and kept (as `contexts.Context`'s are: see `contexts.ArticleIndex`)."""

    sentence: str
    c: Candidate
    subject: str
    previous: Category | None  # the category of the figure before it in the sentence

    def __init__(self, sentence: str, c: Candidate, subject: str, previous: Category | None) -> None:
        """The dataclass's own constructor written out (see `stats.model`); the attributes of
        the readings below start empty (None) and are filled on first use."""
        self.sentence = sentence
        self.c = c
        self.subject = subject
        self.previous = previous
        self._head: str | None = None
        self._noun: tuple[str | None] | None = None
        self._people: bool | None = None
        self._things: bool | None = None
        self._participle: tuple[str | None] | None = None
        self._cue: tuple[str | None] | None = None
        self._left: str | None = None

    @property
    def head(self) -> str:
        """The subject's last word, lower-cased and singular ("" without a subject)."""
        if self._head is None:
            self._head = singular(self.subject.rsplit(None, 1)[-1].lower()) if self.subject else ""
        return self._head

    @property
    def noun(self) -> str | None:
        """The category the subject's head noun names on its own ("civilian casualties")."""
        if self._noun is None:
            self._noun = (noun_category(self.subject),)
        return self._noun[0]

    @property
    def people(self) -> bool:
        """Whether the figure counts people (or says nothing of what it counts)."""
        if self._people is None:
            self._people = is_people(self.subject) or not self.subject or self.noun in PEOPLE_NOUNS
        return self._people

    @property
    def things(self) -> bool:
        """A figure of places, attacks, money, animals, buildings or vehicles: no event word
        makes it a casualty ("2.2 million livestock have died" is no death toll, "treated
        186,000 homes" no injured)."""
        if self._things is None:
            self._things = self._of_things()
        return self._things

    def _of_things(self) -> bool:
        if self.noun in {"territory", "attacks", "money"}:
            return True
        last = self.subject.rsplit(None, 1)[-1].lower() if self.subject else ""
        if not (last[:1].isalpha() and singular(last) in ANIMALS):
            return False
        # its own noun, not one carried from the figure before ("destroyed 40 buildings and killed 12")
        own = self.sentence[self.c.end:self.c.end + 40].lower()
        return last in _WORD_SPLIT.split(own, 0, SERIAL)

    @property
    def participle(self) -> str | None:
        """The category of a participle right after a count ("1,000 dead and 4,000
        wounded"), or opening a people subject ("four of the abducted pupils", "12,000
        newly displaced families")."""
        if self._participle is None:
            self._participle = (self._participle_category(),)
        return self._participle[0]

    def _participle_category(self) -> str | None:
        if self.c.kind is not Kind.COUNT:
            return None
        word = patterns.WORD_AFTER.match(after(self.sentence, self.c.end, 40), None, None, SERIAL)
        if word and (found := lexicon.PARTICIPLE_CATEGORIES.get(word[patterns.WORD_AFTER_WORD].lower())):
            return found
        if not is_people(self.subject):
            return None
        modifiers = [w.lower for w in words_of(self.subject)[:-1] if not w.lower.endswith("ly")]
        return lexicon.PARTICIPLE_CATEGORIES.get(modifiers[0]) if modifiers else None

    @property
    def cue(self) -> str | None:
        """What the words around the figure say happened: a participle after it, a death
        toll before it, or an event word before it or after its noun."""
        if self._cue is None:
            self._cue = (self._event_cue(),)
        return self._cue[0]

    def _event_cue(self) -> str | None:
        if self.participle:
            return self.participle
        if self.things or self.c.kind not in _RANKED:
            return None
        if self.c.kind is Kind.ORDINAL and self.head in SERIES_ONLY:
            return None  # "the war, now in its third year, has killed ...": a year is no casualty
        if self.c.kind is Kind.COUNT and events.toll_before(self.left):
            return "killed"  # "the death toll from the earthquake rose to 2,445"
        return events.event_cue(self.sentence, self.c, self.subject)

    @property
    def left(self) -> str:
        """The clause before the figure."""
        if self._left is None:
            self._left = clause_before(self.sentence, self.c.start)[0]
        return self._left
