"""Category rules for groups named around a figure rather than by its own noun: "the
number of" a group, a change or share of the amount before it, and cues that apply only to
some people (civilians moved, the dead buried, patients admitted, nationalities hosted)."""

from __future__ import annotations

from typing import Final

import regex

from stats import lexicon
from stats.describe import events, patterns
from stats.describe.category_context import CHANGE_BEFORE, PEOPLE_NOUNS, SHARES, Context
from stats.describe.words import is_people, may_hold, noun_category
from stats.lexicon.categories import LIFE_TAKING_VERBS, LIVES
from stats.lexicon.pattern_cache import compile_regex
from stats.model import Category, Kind, as_category
from stats.text.sentences import WINDOW, before


def number_of(x: Context) -> Category | None:
    """A count the text gives as "the number of" a group takes the group's category: "the
    total number of internally displaced people in the country to nearly 1.3 million", "the
    number of refugees and migrants ... has reached 7.9 million"."""
    if x.c.kind is not Kind.COUNT or x.participle:
        return None
    found = _number_of_matches(x.left)
    if not found and len(x.left) >= WINDOW - 1:  # (a clause cut by the window)
        found = _far_number_of(x)  # "The number of people confirmed dead after ... has risen to 38"
    if not found:
        return None
    group = found[-1]["group"].lower().split()
    while len(group) > 1 and group[-1].endswith("ed") and group[-1] not in lexicon.PARTICIPLE_CATEGORIES:
        group.pop()  # "the number of bodies recovered": bodies
    *modifiers, head = group
    if not is_people(head):  # "the number of refugee camps", "the number of affected districts"
        modifiers = []  # ... but "the number of people confirmed dead": the head's own word
    for word in (head, *modifiers):  # "refugees"; "internally displaced people"
        category = lexicon.PARTICIPLE_CATEGORIES.get(word) or noun_category(word)
        if category in PEOPLE_NOUNS - {"population", "forces"}:
            return as_category(category)
    return None


_NUMBER: Final = "number"  # what every match of `patterns.NUMBER_OF_BEFORE` holds
_FAR: Final = 240  # characters before a figure that "the number of" may open its clause from
_NO_FIGURE_BETWEEN: Final = compile_regex(  # (no other figure, clause or source between)
    r"[\d;]|\b(?:but|because|while|although|whereas|which|who|says|said|told|only|a|an|one|two|three)\b")


def _number_of_matches(text: str) -> list[regex.Match[str]]:
    return list(patterns.NUMBER_OF_BEFORE.finditer(text)) if may_hold(text, _NUMBER) else []


def _far_number_of(x: Context) -> list[regex.Match[str]]:
    """ "The number of X" opening a clause longer than the clause window, with no other figure
    or semicolon between it and the figure."""
    lead = x.sentence[max(0, x.c.start - _FAR):x.c.start]
    found = _number_of_matches(lead)
    return found[-1:] if found and not _NO_FIGURE_BETWEEN.search(lead, found[-1].end()) else []


# Cues that give a category only to some people (see `people_only`).
PEOPLE_ONLY_CUES: Final = {"moved", "buried", "admitted", "displaced_hosted"}
_NOT_PATIENTS: Final = {"student", "pupil", "applicant", "member", "candidate", "immigrant"}


def people_only(x: Context, cue: str) -> Category | None:
    """ "2,400 people reached the transit centre" (civilians moved: displaced, not troops who
    cross a border); "we buried 41 people" (killed: not "buried 40 houses"); "admitted 64
    patients" (injured: not students admitted); "hosts 1.5 million Sudanese" (displaced)."""
    if cue == "moved":
        return Category.DISPLACED if x.head in lexicon.CIVILIANS else None
    if cue == "buried":
        return Category.KILLED if x.people and x.subject else None
    if cue == "admitted":  # "admitted 2,340 children with severe acute malnutrition": affected
        if not (x.people and x.subject) or x.head in _NOT_PATIENTS:
            return None
        predicate = events.predicate_after(x.sentence, x.c, x.subject)
        if patterns.FINITE_VERB_NEXT.match(predicate):
            return None  # "Police admitted 5 officers were involved": confessed, not to hospital
        own = events.cue_after(predicate)
        return Category.AFFECTED if own == "affected" else Category.INJURED
    # "Egypt hosts about 1.5 million Sudanese": a nationality hosted by a country
    demonym = x.subject.split()[-1][:1].isupper()  # "Sudanese", not "40 African leaders"
    return Category.DISPLACED if x.people and demonym else None


def money_share(x: Context) -> Category | None:
    """A change, or a share "of the total", written after an amount or a count takes its
    category: "5.1 trillion Egyptian pounds, up 17% from ...", "2.3 trillion pounds, or 45%
    of the total", "$40 million, of which a fifth" (money); "1,100 civilians were killed ...,
    a rise of 38%" (killed)."""
    if x.c.kind not in SHARES or x.previous not in _CHANGED or x.noun in PEOPLE_NOUNS:
        return None
    lead = before(x.sentence, x.c.start, 60)
    if _NEW_CLAUSE.search(_INDEX_NAME.sub("", lead)):
        return None  # "41.92 per dollar, and the BIST 100 index rose 2.1%": the index's change
    if CHANGE_BEFORE.search(lead) or _OF_THE_TOTAL.match(x.sentence, x.c.end) or _OF_WHICH.search(lead):
        return x.previous
    return None


# A new subject after the amount's last digit ("..., and the KOSPI fell"; not "and was up").
# (not inside a name: "the Armed Conflict Location and Event Data project said, a rise of 38%")
_NEW_CLAUSE: Final = compile_regex(
    r"(?:^|\d)\D*?(?<!\p{Lu}\p{L}*\s)\b(?:and|but|while|whereas)\s+"
    r"(?!(?:the|its|this|that)\s+(?:figure|total|amount|number|sum|toll|tally)\b)"  # the amount again
    r"(?:the|a|an|its|their|\p{Lu})\D*$")
# A stock index's number is no amount: "BIST 100", "S&P 500", "Nikkei 225 index".
_INDEX_NAME: Final = compile_regex(r"\b\p{Lu}[\p{Lu}&]+[\s\-]?\d+\b|\b\p{Lu}\p{L}+\s\d+(?=\s+index\b)")
# A share of the amount just given: "45% of the total", "23% of that", "a third of it".
_OF_THE_TOTAL: Final = compile_regex(r"\s+of\s+(?:the\s+(?:total|sum|amount)|that|it|this)\b")
# A share the amount's relative clause takes: "$1.1 billion, of which a fifth goes to ...".
_OF_WHICH: Final = compile_regex(r"\bof\s+which\s+$")
_CHANGED: Final = {Category.MONEY, Category.KILLED, Category.INJURED, Category.DISPLACED, Category.MISSING,
                   Category.AFFECTED, Category.CASUALTIES}


def rival_count(x: Context) -> Category | None:
    """A bare count another source gives for the figure before it, with nothing counted after
    it: "local officials say 47 people died, the RSF says 56, and the monitor has verified 41"
    (the dead, each); not "says 56 houses burned", which names its own thing."""
    if x.c.kind is not Kind.COUNT or x.previous not in _RIVAL_CATEGORIES or x.participle:
        return None
    if not _BARE_AFTER.match(x.sentence, x.c.end):
        return None
    return x.previous if _SOURCE_VERB_BEFORE.search(before(x.sentence, x.c.start, 40)) else None


# People's categories a rival count may take from the figure before it.
_RIVAL_CATEGORIES: Final = frozenset(Category(c) for c in PEOPLE_NOUNS - {"forces", "population"})
_BARE_AFTER: Final = compile_regex(r"\s*(?:[,;.)]|\s(?:and|but|while|whereas)\b|$)")
_SOURCE_VERB_BEFORE: Final = compile_regex(
    r"\b(?:says|said|say|puts?\s+it\s+at|gives?|gave|counts?|counted|reports?|reported|has\s+verified|verified|"
    r"estimates?|estimated|claims?|claimed)\s+(?:(?:about|around|nearly|some|just|only|over|at\s+least|more\s+than)\s+)?$")


_LIVES_OF: Final = compile_regex(r"(?i)\b(\p{L}+)\s+the\s+lives\s+of\s+$")


def lives_taken(x: Context) -> Category | None:
    """Lives an event took: "the floods claimed 46 lives", "cost at least 12 lives", "took
    the lives of nine people" (killed); not lives saved or changed."""
    if x.c.kind is not Kind.COUNT:
        return None
    lead = before(x.sentence, x.c.start, 40)
    if x.subject and x.subject.split()[-1].lower() in LIVES:
        verb = lead.split()[-1:] if lead.strip() else []
        return Category.KILLED if verb and verb[0].lower() in LIFE_TAKING_VERBS else None
    found = _LIVES_OF.search(lead) if "lives" in lead else None
    return Category.KILLED if found and found[1].lower() in LIFE_TAKING_VERBS else None
