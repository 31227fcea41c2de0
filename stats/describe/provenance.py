"""Provenance for every figure of an article: `said_by`, `place` and `period`.

The rules read one sentence at a time (`said_by`, `place`, `period`); this module holds what
needs the article around a sentence: the fullest form of a name, the person or body a
pronoun stands for, the speaker of a quote that runs over several sentences, and the place
and time a continuing sentence ("His wife and two daughters were killed.") carries from the
sentences before it in its paragraph.
"""

from __future__ import annotations

import bisect
import dataclasses
from dataclasses import dataclass
from typing import Final

from stats.describe import (
    clauses,
    descriptions,
    names,
    period,
    period_clock,
    period_pointers,
    persons,
    place,
    place_choice,
    place_names,
    place_scene,
    said_by,
)
from stats.describe.contexts import ArticleIndex, Context, mark_quotes
from stats.describe.countries import Countries
from stats.describe.layout import Layout
from stats.describe.said_by import Source
from stats.describe.source_names import names_someone
from stats.lexicon import sources, times
from stats.lexicon.pattern_cache import compile_regex
from stats.model import Candidate, Kind
from stats.text.sentences import Sentence

_DESCRIPTION: Final = compile_regex(r"^(?i:the)\s+(?:\p{Ll}+|\p{Lu}\p{Ll}+)$")  # "the ministry"
_WRAPPED_HYPHEN: Final = compile_regex(r"\p{L}-\r?\n[ \t]*\p{L}")
_HYPHEN_BREAK: Final = compile_regex(r"(?<=\p{L})- (?=\p{L})")
# How many sentences before or after a sentence its quote's speaker, place or time is looked
# for: a paragraph in news is a few sentences, and a text without blank lines stays linear.
_REACH: Final = 6
_Named = tuple[int, str]  # where a source is named, and its name
_LOOKBACK: Final = 4  # sentences searched back for the person or body a pronoun stands for


@dataclass(frozen=True, slots=True)
class Provenance:
    """A figure's said_by, place and period, and the ids of the rules that found them."""

    said_by: str | None
    place: str | None
    period: str | None
    rules: tuple[str, ...] = ()

    def __init__(self, said_by: str | None, place: str | None, period: str | None,
                 rules: tuple[str, ...] = ()) -> None:
        """The dataclass's own constructor written out (see `stats.model`)."""
        object.__setattr__(self, "said_by", said_by)
        object.__setattr__(self, "place", place)
        object.__setattr__(self, "period", period)
        object.__setattr__(self, "rules", rules)


def _start(mention: place_names.Mention) -> int:
    return mention.start


class Article:
    """An article's sentences with their attributions, places and times, ready to describe
    each figure."""

    def __init__(
        self, text: str, sentences: list[Sentence], whole: ArticleIndex | None = None, base: int = 0
    ) -> None:
        """`whole`, for a part of a long article that starts at `base`, is the whole article's
        index of names and places, so a part reads them as the whole would."""
        self.text, self.base = text, base
        # (a hyphen before a line break first, a search in C: most texts hold none, and the
        # pattern, which opens with a letter, is then not scanned over the whole text)
        self.wrapped = ("-\n" in text or "-\r\n" in text) and _WRAPPED_HYPHEN.search(text) is not None
        self.index = whole or ArticleIndex(text)
        breaks = self.index.paragraph_breaks(text)
        self.contexts: list[Context] = []
        for i, s in enumerate(sentences):
            self.contexts.append(Context(i, s, bisect.bisect_left(breaks, s.start), self.index))
        mark_quotes(self.contexts)
        self._sources: dict[int, list[Source]] = {}
        self.countries = Countries(self.contexts)  # "the country" of a figure's clause
        self.layout = Layout(self.contexts, text)  # tables, lists, interviews, the lead

    @property
    def names(self) -> names.NameIndex:
        return self.index.names

    def sources(self, index: int) -> list[Source]:
        """The attributions of sentence `index`, pronouns and descriptions ("he said", "the
        ministry said") written as the person or body named before them."""
        if index not in self._sources:
            ctx = self.contexts[index]
            resolved = []
            for s in ctx.written_sources:
                offset = ctx.start + s.start
                # Only a pronoun needs the sources before it (a description, "the agency", asks
                # for them when no name holds its noun).
                antecedents = self._antecedents(index, s.start) if s.pronoun else (None, None)
                text = self._resolve(s, offset, *antecedents, index=index)
                # A pronoun or a description ("the ministry", "the Collector") was resolved;
                # a name written in full or as its acronym is the same source.
                pointed = s.pronoun or (text != s.text and _DESCRIPTION.match(s.text) is not None)
                if text != s.text or s.pronoun:
                    s = dataclasses.replace(s, text=text or "", pronoun=pointed)
                if s.text:
                    resolved.append(s)
            self._sources[index] = sorted(resolved, key=lambda s: s.start)
        return self._sources[index]

    def _antecedents(
        self, index: int, position: int
    ) -> tuple[tuple[int, str] | None, tuple[int, str] | None]:
        """The last person and the last body named as a source before a position, looking
        back a few sentences (a pronoun points close by)."""
        person: _Named | None = None
        body: _Named | None = None
        for ctx in self.contexts[max(0, index - _LOOKBACK) : index + 1]:
            written = ctx.written_sources  # (an earlier sentence's as resolved, if it was: "The ministry")
            for s in self._sources.get(ctx.index, written) if ctx.index < index else written:
                if (ctx.index == index and s.start >= position) or s.pronoun or not s.text:
                    continue
                bare = s.text[4:] if s.text[:4].lower() == "the " else s.text  # ("The NESDC")
                short = bare in self.names.acronyms.values()  # ("Phivolcs": a body's short name)
                if names.is_body(bare) or not names.is_proper_text(s.text) or short:
                    body = (ctx.start + s.start, s.text)
                else:
                    person = (ctx.start + s.start, self.names.fullest(s.text))
        return person, body

    def _resolve(
        self, s: Source, offset: int, person: tuple[int, str] | None, body: tuple[int, str] | None, index: int
    ) -> str | None:
        low = sources.OBJECT_PRONOUNS.get(s.text.lower(), s.text.lower())  # ("According to her": she)
        if low in sources.PERSON_PRONOUNS:
            named = self.names.person_before(offset + self.base)
            candidates = [c for c in (person, (named[0] - self.base, named[1]) if named else None) if c]
            alone = not (candidates or body)  # (no source named near at all)
            introduced = persons.named_before(self.text, offset, self.index.known) if alone else None
            return max(candidates)[1] if candidates else (introduced[1] if introduced else None)
        if low in sources.BODY_PRONOUNS:  # ("they": a group of people as well, "Eyewitnesses", the nearer)
            plural = person is not None and " " not in person[1] and person[1].endswith("s")
            group = person if low == "they" and plural else None
            nearest = max([c for c in (body, group) if c], default=None)
            return nearest[1] if nearest else persons.body_opening(self.contexts, index)
        described = s.text.split()[1:] if low.startswith("the ") else []
        if described and all(w.lower() in sources.TITLES for w in described):
            titled = self.names.titled.get(described[-1].lower())
            if titled:  # "the Finance Minister said": the person so titled
                return titled
        if len(described) == 1 and described[0].islower() and names.is_body(s.text):
            found = descriptions.body_named_before(self.text, described[0], offset)
            body = self._antecedents(index, s.start)[1]
            nearer = descriptions.named_body(described[0], body[1]) if body and (
                not found or body[0] > found[0]) else None
            if found and not nearer:  # ("the council" -> "National Disaster ... Council" -> "NDRRMC")
                return (self.names.acronym(found[1]) if " " in found[1] else None) or found[1]
            return nearer or s.text  # ("the ministry" after "Burundi's health ministry said")
        acronym = self.names.acronym(s.text) if len(s.text.split()) >= 2 else None
        if acronym:  # "the Office for National Statistics" -> "ONS", its shortest name
            return acronym
        return self.names.fullest(s.text) if names.is_proper_text(s.text) else s.text

    def describe(self, index: int, c: Candidate) -> Provenance:
        """said_by, place and period for a figure of sentence `index`."""
        source, source_rules = self._said_by(index, c)
        where, place_rules = self._place(index, c)
        when, period_rules = (None, ()) if c.kind is Kind.DURATION else self._period(index, c)
        if self.wrapped:  # "Qala-e-\nNaw" read as "Qala-e- Naw": join it again, as sentences are
            source, where, when = (_HYPHEN_BREAK.sub("-", v) if v else v for v in (source, where, when))
        return Provenance(source, where, when, (*source_rules, *place_rules, *period_rules))

    def _neighbours(self, index: int) -> list[Context]:
        """The sentences before this one in its paragraph, nearest first (a table's row: the
        sentence that introduces the table)."""
        if index in self.layout.introduced[0]:
            return [self.contexts[self.layout.introduced[0][index]]]
        ctx = self.contexts[index]
        paragraph = self.contexts[index - 1].paragraph if ctx.continues and index else ctx.paragraph
        out = []
        for other in self._before(index, _REACH):
            if other.paragraph != paragraph:
                break
            out.append(other)
        return out

    def _said_by(self, index: int, c: Candidate) -> tuple[str | None, tuple[str, ...]]:
        ctx = self.contexts[index]
        found = said_by.governing(list(clauses.near(self.sources(index), c.start, c.end)), c.start)
        if found:
            return found.text, (found.rule.id, *((said_by.PRONOUN.id,) if found.pronoun else ()))
        if ctx.in_quote(c.start):
            speaker = self._quote_speaker(index)
            if speaker:
                return speaker, (said_by.QUOTE.id,)
        if index in self.layout.answers:  # an interview's answer, a transcript's turn: its speaker's
            return self.layout.answers[index]
        carried = self.layout.introduced[1].get(index, index - 1 if ctx.continues and index else None)
        if carried is not None and self.sources(carried) and names_someone(self.sources(carried)[-1].text):
            return self.sources(carried)[-1].text, (said_by.CARRIED.id,)  # ("He said ...", a table's row)
        if index in self.layout.credits:  # a table's row under "Source: CZSO"
            return self.layout.credits[index], (said_by.CARRIED.id,)
        return None, ()

    def _quote_speaker(self, index: int) -> str | None:
        """The speaker of a quote: an attribution outside the quotation marks in this
        sentence's paragraph, the nearest before it first."""
        ctx = self.contexts[index]
        later = [o for o in self.contexts[index + 1 : index + 1 + _REACH] if o.paragraph == ctx.paragraph]
        earlier = self._neighbours(index)
        if ctx.continued:  # a long quote's later paragraph: its speaker is named before
            earlier = self._before(index, _REACH)
        for other in [ctx, *earlier, *later]:
            for s in self.sources(other.index):
                if not other.in_quote(s.start):
                    return s.text
        # A paragraph that is all quote, after a quoted paragraph that names its speaker.
        for other in self._before(index, _REACH):
            if other.quoted:
                tagged = [s for s in self.sources(other.index) if not other.in_quote(s.start)]
                if tagged:
                    return tagged[-1].text
        return None

    def _place(self, index: int, c: Candidate) -> tuple[str | None, tuple[str, ...]]:
        ctx = self.contexts[index]
        if "country" in ctx.raw[c.start : c.end]:
            # "10 of the country's 11 provinces": the country, named by a neighbour or not at all
            country = self.countries.named(index, c)
            return (country, (place.ANAPHOR.id,)) if country else (None, ())
        known, raw = self.index.known, ctx.raw  # ("188 Tucson precincts"; a data row's label, "Kenya: 34.0")
        modifier = place_scene.modifier_place(raw, c.end, known) or place_scene.row_label(raw, c.start, known)
        if modifier:
            return modifier, (place.NAMED.id,)
        places = clauses.near(ctx.places, c.start, c.end)
        # Names said bare matter only for a duration ("isolate Kabul in 30 days"): read them then.
        bare = clauses.near(ctx.bare, c.start, c.end) if c.kind is Kind.DURATION else []
        found = place_choice.choose(list(places), c.start, c.end, ctx.raw, str(c.kind), list(bare))
        if found and found.anaphor:
            bare = clauses.near(ctx.bare, c.start, c.end)
            earlier = [
                # the last few places of each sentence before: enough, and bounded
                m
                for o in reversed(self._before(index, 3))
                for m in sorted(o.places[-6:] + o.bare[-6:], key=_start)
            ]
            earlier += sorted([m for m in [*places, *bare] if m.end <= found.start], key=_start)
            resolved = place_choice.resolve(found, earlier)
            return (resolved, (place.ANAPHOR.id,)) if resolved else (None, ())
        if found:
            return found.text, (found.rule.id,)
        if ctx.opening and c.kind is not Kind.DURATION and ctx.opening.end <= c.start:
            return ctx.opening.text, (place.NAMED.id,)  # "Chad already hosts 1.1 million refugees"
        country = self.countries.named(index, c)
        if country:
            return country, (place.ANAPHOR.id,)
        if self.countries.said(index, c):
            return None, ()  # "Food prices in the country rose 35%": no neighbour names it
        if (ctx.in_quote(c.start) and not ctx.written_sources) or ctx.continues:
            for other in self._neighbours(index):
                named = [m for m in other.places if not (m.anaphor or m.aside)]
                if named:
                    return named[-1].text, (place.CARRIED.id,)
        lists = self.layout.introduced[1]
        if index in lists:  # a list item: the place its introduction names ("figures for Erbaa:")
            named = [m for m in self.contexts[lists[index]].places if not (m.anaphor or m.aside)]
            if named:
                return named[-1].text, (place.CARRIED.id,)
        same = index and (self.contexts[index - 1].paragraph == ctx.paragraph or self._after_lead(index))
        # A statement's place ("told a news conference in Warsaw") does not set the scene.
        if (not any(m.reference or not m.aside for m in ctx.places) and same and not self._item(ctx)
                and not place_scene.own_scene(ctx.raw)):
            # A sentence naming no place continues its paragraph's account: "The boat was
            # carrying 200 people." after "... capsized off Goma."
            previous = self.contexts[index - 1]
            named = [m for m in previous.places if not (m.anaphor or m.aside)]
            scene = named[0] if named else previous.opening
            if scene:
                return scene.text, (place.CARRIED.id,)
        return None, ()

    def _after_lead(self, index: int) -> bool:
        """Whether sentence `index` opens the paragraph after the lead."""
        previous = self.contexts[index - 1]
        return previous.paragraph == self.contexts[index].paragraph - 1 == self.layout.lead

    def _item(self, ctx: Context) -> bool:
        """A list item ("- Temperatures are expected to ..."): it does not continue the item
        before it, so it takes no place from it."""
        return self.text[max(0, ctx.start - 4) : ctx.start].rstrip(" \t").endswith(("\n-", "\n*", "\n•"))

    def _before(self, index: int, count: int) -> list[Context]:
        """The `count` sentences before this one, nearest first, across paragraphs."""
        return list(reversed(self.contexts[max(0, index - count) : index]))

    def _period(self, index: int, c: Candidate) -> tuple[str | None, tuple[str, ...]]:
        ctx = self.contexts[index]
        periods = list(clauses.near(ctx.periods, c.start, c.end))
        found = period.choose(periods, c.start, c.end, ctx.raw, whole_sentence=c.kind is Kind.DISTANCE)
        if found and period_pointers.points_back(found.text):  # "in the same period": the one named before
            before = self.contexts[index - 1::-1] if index else []  # (nearest first)
            text = period_pointers.pointed_to(found.text, self._neighbours(index), before)
            rule = found.rule if text == found.text else period.CARRIED
            return (text, (rule.id,)) if text else (None, ())
        if found:
            return found.text, (found.rule.id,)
        lists = self.layout.introduced[1]
        intro = [self.contexts[lists[index]]] if index in lists else []  # (a table's, a list's)
        if (ctx.in_quote(c.start) and not ctx.written_sources) or ctx.continues or intro:
            for other in intro or self._neighbours(index):
                if other.periods:  # (its day, not its time of day: "at dawn"; not a list's "so far")
                    dated = [m for m in other.periods if not (period_clock.time_of_day(m.text) or (
                        intro and m.text.lower() in times.STANDING_TIMES))]
                    return (dated[-1].text, (period.CARRIED.id,)) if dated else (None, ())
        lead = index and self._after_lead(index) and self.contexts[index - 1].periods
        if lead and not ctx.periods and c.kind is not Kind.DISTANCE:
            # the paragraph after the lead goes on with the lead's event, as for place (a
            # distance there describes the scene: "Pataz, some 330 km from the coast")
            lead_times = [m for o in self.contexts if o.paragraph == self.layout.lead for m in o.periods]
            return period.event_time(lead_times).text, (period.CARRIED.id,)
        return None, ()
