"""The category of a figure: what it is about (killed, missing, affected, money, territory ...).

Money, distances and durations are their kind's category. Every other decision is a rule
of `CATEGORY_RULES`, tried in order: the first that decides appends its id to the figure's
trail (the `rule` column: "count.digits+category.event"), so a wrong category traces back
to one rule. The rules read the event words around the figure (`stats.describe.events`),
the figure before it in the sentence (a breakdown takes its total's category) and the head
noun of its subject (a share takes its group's).
"""

from __future__ import annotations

from typing import Final

import regex

from stats import lexicon
from stats.describe import category_groups, events, patterns, place_names
from stats.describe.category_context import (
    CHANGE_BEFORE,
    LEVELS,
    OWN_EVENT_NOUNS,
    SERIES_ONLY,
    SHARES,
    Context,
)
from stats.describe.words import any_word_matches, last_words, matches, may_end_with, may_hold, singular
from stats.find import patterns as find_patterns
from stats.find.rule import Rule, Stage
from stats.lexicon.pattern_cache import SERIAL, compile_regex
from stats.model import Candidate, Category, Kind, as_category
from stats.text.sentences import after, before

_BY_KIND: Final = {
    Kind.MONEY: Category.MONEY, Kind.DISTANCE: Category.DISTANCE, Kind.DURATION: Category.DURATION}
# Categories an event word may give to a noun the lexicon does not know as people
# ("the strike killed two commanders"); the others need people ("seized 20 trucks").
_ANY_NOUN_CUES: Final = {"killed", "injured"}
# What an event word may make of a figure in the event rule (missing and affected have theirs).
_EVENTS: Final = {"killed", "injured", "displaced", "prisoners", "surrendered"}
# Totals whose parts a breakdown shares: people and places, not amounts or "other".
_NO_BREAKDOWN: Final = {Category.MONEY, Category.DISTANCE, Category.DURATION, Category.OTHER}
_AREA_UNITS: Final = {"km2", "hectare", "acre"}
# A former level of the quantity just given: "48 people were missing, down from 56 on Sunday",
# "rose to 38.5%, up from 31%", "narrowed to 3.1% of GDP ..., from 5.2% a year earlier",
# "1,214 people died ..., compared with 1,097 in the same period last year".
_FROM_BEFORE: Final = compile_regex(
    r"(?:(?:,|\b(?:up|down))\s+(?:\p{L}+\s+){0,1}?(?:from|against)|(?P<compared>,\s+(?:compared\s+(?:with|to)"
    r"|versus|vs\.?)))\s+(?:(?:a|an|its|the)\s+(?:peak|high|low|record|level|total)\s+of\s+|the\s+)?"
    r"(?:about\s+|some\s+|nearly\s+)?$"
)
# What may follow a figure after "compared with" for it to be a former level of the one before:
# nothing of its own, a time ("compared with 1,097 in the same period last year"), not a noun
# or a verb of its own ("compared with 97 people displaced", "97 who were injured").
_BARE_AFTER: Final = compile_regex(
    r"\s*(?:[,.;:)]|$|(?:in|during|over|on|for|by|at|a|an|last|this|the|earlier"
    r"|before|previously|ago|year|month|week)\b)")
# What the text before a figure ends with where a pattern read there can match (each matches
# only at its end; see `may_end_with`): `_FROM_BEFORE`, `find_patterns.LABEL_BEFORE` and
# `patterns.BREAKDOWN_MARK_BEFORE`.
_FROM_ENDS: Final = (
    "from", "against", "with", "to", "versus", "vs", "vs.", "the", "about", "some", "nearly", "of")
_LABEL_ENDS: Final = (":",)
_MARK_ENDS: Final = (
    ":", "(", "-", "–", "—", "including", "includes", "included", "them", "whom", "comprising",
    "namely", "them,", "those,", "these,", "were", "are", "was", "is")
_VOTE_NOUNS: Final = {"voter", "electorate"}  # "47.8% of voters": a share of the vote
_FUNDED_AFTER: Final = compile_regex(r"\s+(?:funded|financed|covered)\b")


def _measure(x: Context) -> Category | None:
    """A physical measure is "other", unless it is land held or lost ("seized 2,000
    hectares of farmland": territory); never its subject's ("20 tonnes of aid" is no money)."""
    if x.c.kind is not Kind.MEASURE:
        return None
    if x.c.unit in _AREA_UNITS:
        nearby = x.left + " " + events.predicate_after(x.sentence, x.c, x.subject)
        if any_word_matches(nearby, lexicon.TERRITORY_VERBS):
            return Category.TERRITORY
    return Category.OTHER


def _breakdown(x: Context) -> Category | None:
    """A part of a total stated just before it takes the total's category: after a colon, a
    bracket or a dash ("12 were killed: five men, four women and three children"), after
    "including" ("killed 40 people, including 12 children"), and the items listed after
    them; "100 were wounded, 20 of them critically". A part with its own participle keeps
    it ("50 casualties (20 killed and 30 injured)")."""
    if x.previous is None or x.previous in _NO_BREAKDOWN or x.c.kind is not Kind.COUNT or x.participle:
        return None
    if of_them := patterns.OF_THEM_NEXT.match(after(x.sentence, x.c.end, 40)):
        verb = patterns.OWN_PART_VERB.match(after(x.sentence, x.c.end), of_them.end())
        own = events.event_category(verb["verb"].lower()) if verb else None
        return as_category(own) if own in _EVENTS else x.previous  # "five rebels, three of whom were wounded"
    lead = before(x.sentence, events.list_start(x.sentence, x.c), 40)
    if may_end_with(lead, _LABEL_ENDS) and find_patterns.LABEL_BEFORE.search(lead):
        return None  # "Killed: 1,234; Injured: 5,678": each label names its own figure
    marked = may_end_with(lead, _MARK_ENDS) and patterns.BREAKDOWN_MARK_BEFORE.search(lead)
    if not marked:
        return None
    verb = patterns.OWN_PART_VERB.match(after(x.sentence, x.c.end))  # "Of them, 12 were injured"
    own = events.event_category(verb["verb"].lower()) if verb else None
    return as_category(own) if own in _EVENTS else x.previous


def _restated(x: Context) -> Category | None:
    """A share in brackets of its own right after a count restates the count: "hosts 17,640 of
    the new arrivals (74%)" (not "(30% of the district)", "(2.1% case fatality rate)", nor a
    change's share, "rose by 1,200 (15%)")."""
    if x.previous is None or x.c.kind not in SHARES or x.previous in (Category.DURATION, Category.DISTANCE):
        return None
    alone = x.sentence[x.c.start - 1:x.c.start] == "(" and x.sentence[x.c.end:].lstrip()[:1] == ")"
    count = _AFTER_COUNT.search(x.sentence, max(0, x.c.start - 60), x.c.start) if alone else None
    return x.previous if count and not _CHANGED.search(count.group()) else None


# A count, then at most a few words of its noun, and the bracket: "17,640 of the new arrivals (";
# not a change's ("rose by 1,200 (15%)", "40 more (12%)").
_AFTER_COUNT: Final = compile_regex(r"(?:\b\p{L}+\s+){0,2}\p{N}[\p{N},.]*(?:\s+[\p{L}’'\-]+){0,5}\s+\($")
_CHANGED: Final = compile_regex(r"\b(?:by|up|down|rose|fell|more|fewer|less|increase\p{L}*|decrease\p{L}*)\b",
                                regex.IGNORECASE)


def _former(x: Context) -> Category | None:
    """A former level of the figure before it takes its category: "48 people were still
    missing, down from 56 on Sunday", "public debt stood at 61% of GDP, down from 79%"."""
    if x.previous is None or x.participle or x.c.kind not in LEVELS:
        return None
    if x.previous in (Category.DURATION, Category.DISTANCE) and x.c.kind is not Kind.COUNT:
        return None  # ("14 weeks, up from 9"; but "a year earlier, down from 14.1 percent": no level of it)
    lead = before(x.sentence, x.c.start, 40)
    former = _FROM_BEFORE.search(lead, None, None, SERIAL) if may_end_with(lead, _FROM_ENDS) else None
    if former and former["compared"] and not _BARE_AFTER.match(x.sentence, x.c.end):
        return None
    return x.previous if former else None


def _listed(x: Context) -> Category | None:
    """A bare count listed for a place after the figure before it takes its category:
    "14,900 customers were in the dark in Cumberland, Colchester, with 11,250, and Halifax
    (9,870)"."""
    if (x.previous is None or x.c.kind is not Kind.COUNT
            or not _BARE_AFTER_LISTED.match(x.sentence, x.c.end, None, SERIAL)):
        return None
    lead = before(x.sentence, x.c.start, 40)
    return x.previous if lead.endswith(("(", "with ")) and _LISTED_BEFORE.search(lead) else None


# A name and ", with" or a bracket before a count listed for it; nothing of its own after it.
_LISTED_BEFORE: Final = compile_regex(r"\p{Lu}[\p{L}\-]*(?:,\s+with\s+|\s*\()$")
_BARE_AFTER_LISTED: Final = compile_regex(r"\s*(?:[,;.)]|and\b|$)")


def _casualties(x: Context) -> Category | None:
    """Killed and injured counted together: "120 civilian casualties", "40 people were
    killed or wounded", "the dead and injured numbered 300", "the casualty toll"."""
    if x.c.kind not in LEVELS or x.things:
        return None
    if x.c.kind is Kind.COUNT and not x.participle and (x.noun == "casualties" or _casualty_toll(x.left)):
        return Category.CASUALTIES
    if x.people and events.casualty_pair_near(x.sentence, x.c, x.subject):
        return Category.CASUALTIES
    return None


def _casualty_toll(left: str) -> bool:
    """ "the casualty toll", "the casualty count" before the figure."""
    return may_hold(left, "casualty") and patterns.CASUALTY_TOLL_BEFORE.search(left) is not None


def _missing(x: Context) -> Category | None:
    """People missing, unaccounted for or searched for: "30 people missing", "the search
    for 12 fishermen", "12 remain unaccounted for"."""
    if x.cue == "missing" and x.people:
        return Category.MISSING
    return Category.MISSING if x.c.kind is Kind.COUNT and x.noun == "missing" else None


def _affected(x: Context) -> Category | None:
    """People affected by a disaster or in need of aid, or reached by an aid appeal: "1.2
    million people affected by the drought", "3 million need food aid", "an appeal to
    reach 750,000 people"."""
    if x.cue != "affected" or not x.people or x.noun in OWN_EVENT_NOUNS:
        return None  # "the number of displaced reached 2 million": displaced
    return Category.AFFECTED


def _event(x: Context) -> Category | None:
    """An event word next to people: killed, injured, displaced, prisoners, surrendered
    ("At least 703 soldiers were killed", "killed 12 soldiers and 5 civilians"); armed
    people who fled deserted ("1,000 soldiers fled": surrendered)."""
    cue = x.cue
    if cue in category_groups.PEOPLE_ONLY_CUES:
        return category_groups.people_only(x, cue)
    if cue not in _EVENTS or not (x.people or cue in _ANY_NOUN_CUES or x.participle):
        return None
    if any(w.lower in lexicon.LEFT_ONLY_CUES for w in last_words(x.left, 3)) and (
        not x.people or x.head in lexicon.NOT_LOST_LIVES
    ):
        return None  # "lost 3 games", "lost 2,000 customers": only people lost to death are dead
    if cue == "displaced" and x.subject and matches(singular(x.subject.split()[-1]), lexicon.ARMED_PEOPLE):
        return Category.SURRENDERED
    return as_category(cue)


def _share(x: Context) -> Category | None:
    """A share of a group takes the group's category ("60 percent of the dead were
    civilians": killed; "a quarter of the customs revenue": money; "killed 300 people, 60
    percent of them civilians": killed), when the sentence puts it in none of its own."""
    if x.c.kind not in SHARES:
        return None
    if x.noun == "population" and x.head in _VOTE_NOUNS:
        return Category.OTHER  # "47.8% of voters": a share of the vote, not of the population
    if x.previous is not None and patterns.OF_THEM_NEXT.match(
            after(x.sentence, x.c.end, 40), None, None, SERIAL):
        return x.previous
    if _FUNDED_AFTER.match(x.sentence, x.c.end, None, SERIAL):
        return Category.MONEY  # "the appeal is only 12% funded": a share of money
    if x.noun != "money" and CHANGE_BEFORE.search(before(x.sentence, x.c.start, 60), None, None, SERIAL):
        return Category.OTHER  # "prices have risen by 35%": a rate of change, not a share
    return as_category(x.noun) if x.noun else None


def _population(x: Context) -> Category | None:
    """People where the text says they live: "a town of about 9,000 people", "home to
    30,000 people", "the city's 1.8 million people"; other people counted with no event
    word are not the population ("a march of 48,000 people")."""
    if x.c.kind is not Kind.COUNT or not x.subject:
        return None
    if x.noun == "population":
        return Category.POPULATION  # "Kandahar's 600,000 residents"
    if singular(x.subject.split()[-1]) not in lexicon.POPULATION_PEOPLE:
        return None
    if patterns.RESIDENCE_BEFORE.search(before(x.sentence, x.c.start, 40)) or patterns.RESIDENCE_AFTER.match(
            events.predicate_after(x.sentence, x.c, x.subject)):
        return Category.POPULATION
    return None


def _noun(x: Context) -> Category | None:
    """The head noun of what the figure counts: "seven airstrikes" (attacks), "ten cities"
    (captured). Places counted are territory only when held or lost ("the ninth city to
    fall", "captured two border crossings"); "cases in 14 of the country's 23 regions" or "the
    survey covered 42 districts" count places for something else (other)."""
    if x.c.kind is Kind.ORDINAL and x.head in SERIES_ONLY:
        return Category.OTHER  # "the third official toll since Sunday": a series of tolls
    if x.noun == "territory" and x.c.kind is Kind.COUNT and not any_word_matches(
            x.sentence, lexicon.HOLDING_WORDS):
        return Category.OTHER
    return as_category(x.noun) if x.noun else None


def _territory_share(x: Context) -> Category | None:
    """A share of a named place held or taken: "controls 85 percent of Afghanistan"."""
    if x.c.kind not in SHARES or not x.subject[:1].isupper():
        return None
    if x.subject not in place_names.GAZETTEER and not place_names.by_form(x.subject):
        return None  # "the AfD took 38 per cent": a party's share, not a place's
    if any_word_matches(x.left, lexicon.TERRITORY_VERBS):
        return Category.TERRITORY
    return None


CATEGORY_RULES: Final = (
    Rule("category.measure", Stage.CATEGORY, 'a physical measure: "20 tonnes of aid" (other)', _measure),
    Rule("category.breakdown", Stage.CATEGORY,
         'a part of a total given with it: "12 killed: five men, four women", "including 12 children"',
         _breakdown),
    Rule("category.restated", Stage.CATEGORY, 'a share in brackets after the figure before it: "17,640 of '
         'the new arrivals (74%)"', _restated),
    Rule("category.former", Stage.CATEGORY,
         'a former level of the figure before it: "48 missing, down from 56 on Sunday"', _former),
    Rule("category.listed", Stage.CATEGORY, 'a bare count listed for a place after the figure before it: '
         '"14,900 customers in Cumberland, Colchester, with 11,250"', _listed),
    Rule("category.number_of", Stage.CATEGORY, 'the number of a group: "the number of displaced people rose '
         'to 1.3 million"', category_groups.number_of),
    Rule("category.casualties", Stage.CATEGORY,
         'killed and injured together: "120 casualties", "40 were killed or wounded"', _casualties),
    Rule("category.missing", Stage.CATEGORY, 'missing people: "30 people missing", "12 unaccounted for"',
         _missing),
    Rule("category.affected", Stage.CATEGORY,
         'people affected or in need: "1.2 million affected", "3 million need food aid"', _affected),
    Rule("category.lives_taken", Stage.CATEGORY, 'lives an event took: "the floods claimed 46 lives", "took '
         'the lives of nine people" (killed; not "saved 200 lives")', category_groups.lives_taken),
    Rule("category.event", Stage.CATEGORY, 'an event word: "703 soldiers were killed", "fled"', _event),
    Rule("category.money_share", Stage.CATEGORY, 'a change of the amount before it: "5.1 trillion pounds, '
         'up 17%" (money)', category_groups.money_share),
    Rule("category.share", Stage.CATEGORY, 'a share of a group: "60 percent of the dead" (killed)', _share),
    Rule("category.population", Stage.CATEGORY,
         'people where they live: "a town of 9,000 people", "home to 30,000 people"', _population),
    Rule("category.noun", Stage.CATEGORY, 'the counted noun: "seven airstrikes", "ten cities"', _noun),
    Rule("category.territory_share", Stage.CATEGORY, 'a share of a place held: "controls 85 percent of '
         'Afghanistan"', _territory_share),
    Rule("category.rival_count", Stage.CATEGORY,
         'another source\'s count of the figure before it: "47 people died, the RSF says 56"',
         category_groups.rival_count),
    # Applied to a sentence's described figures by stats.describe.lists.backfill.
    Rule("category.list", Stage.CATEGORY, 'a list item takes the event after the list: "Two soldiers, two '
         'civilians and two police officers were killed"'),
)


def category_of(sentence: str, c: Candidate, subject: str, previous: Category | None = None) -> Category:
    """The category of a figure from its kind, the event words beside it and its subject.

    `previous` is the category of the figure before it in the sentence: "killing 17 people,
    including three children" makes the children killed too. The deciding rule's id is
    appended to `c.notes`.
    """
    if c.kind in _BY_KIND:
        return _BY_KIND[c.kind]
    context = Context(sentence, c, subject, previous)
    for rule in CATEGORY_RULES:
        if rule.read is not None and (category := rule.read(context)) is not None:
            c.notes.append(rule.id)
            return as_category(category)
    return Category.OTHER
