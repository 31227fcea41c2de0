"""Word tables for relating one article's figures and adding them up (`stats.reconcile`).

Data only: which words mark a part of a total ("including", "of whom"), a restated or revised
toll, a group that is new ("others", "more"), another event or period ("weeks after", "last
year"), and the words that name people in general rather than a group ("people", "victims"),
which is what lets "17 people" be the total that "4 officers" is part of. Keys are lower case.
"""

from __future__ import annotations

from typing import Final

from stats.model import Category

# The categories a tally adds up: people (or attacks) an article counts. Money, shares,
# distances and the like are never added.
TALLY_CATEGORIES: Final[tuple[Category, ...]] = (
    Category.KILLED, Category.INJURED, Category.CASUALTIES, Category.MISSING, Category.DISPLACED,
    Category.AFFECTED, Category.PRISONERS, Category.SURRENDERED, Category.ATTACKS,
)

# ACLED's conservative reading of vague words (its FAQ: "tens" 10, "dozens" 12, "hundreds"
# 100 "and so on"); the figure's own value keeps the guide's (dozens 24). Longest first.
VAGUE_CONSERVATIVE: Final[tuple[tuple[str, float], ...]] = (
    ("hundreds of thousands", 1e5), ("tens of thousands", 1e4), ("hundreds of millions", 1e8),
    ("tens of millions", 1e7), ("several hundred", 100), ("a few hundred", 100),
    ("several thousand", 1000), ("a few thousand", 1000), ("several dozen", 12),
    ("a few dozen", 12), ("several million", 1e6), ("a few million", 1e6),
    ("dozens", 12), ("scores", 20), ("hundreds", 100), ("thousands", 1000), ("millions", 1e6),
    ("tens", 10),
)

# Nouns that name people in general, or the dead as such: a figure about them may be the
# total of a more specific group ("17 people were killed, including 4 officers").
GENERIC_PEOPLE: Final = frozenset({
    "", "people", "persons", "person", "individuals", "victims",
    "dead", "deaths", "death", "fatalities", "fatality", "bodies", "casualties", "lives",
    "injured", "wounded", "injuries", "toll", "death toll", "the dead", "those",
    "displaced", "missing", "affected", "killed", "souls", "total",
})
# Subjects that always name a further group, never the same one again ("three others",
# "two more").
NEW_GROUP_WORDS: Final = frozenset({"others", "other", "more", "another", "further", "additional"})

# Words just before a figure that make it a part of the total before it: "including four
# officers", "among them two children", "of whom five were women".
PART_BEFORE: Final = (
    "including", "included", "among them", "among whom", "of whom", "of them", "among those",
    "among the dead", "among the victims", "among the injured", "among the wounded",
    "among the killed", "among the casualties", "most of them", "many of them", "of which",
    "including at least", "including some", "including about", "including nearly", "of those",
    "i.e.", "among the dead were", "among the victims were", "among those killed were",
    "among the injured were", "among the wounded were", "the dead included", "the dead include",
    "the victims included", "the victims include", "those killed included", "the injured included",
)
# Words just after a figure that make it a part of a total: "four of them were officers",
# "two of the dead were children", "five of the injured".
PART_AFTER: Final = (
    "of them", "of the dead", "of the victims", "of the injured", "of the wounded",
    "of those killed", "of those injured", "of the killed", "of the casualties",
    "of the fatalities", "of whom", "of those who died", "of the bodies", "were among the dead",
    "were among the victims", "were among the injured", "were among those killed",
    "among the dead", "among the victims", "among the injured", "among those killed",
)
# The category a part's marker names: "12 of the wounded" is a part of an injured total.
PART_MARKER_CATEGORIES: Final[dict[str, Category]] = {
    "wounded": Category.INJURED, "injured": Category.INJURED, "dead": Category.KILLED,
    "killed": Category.KILLED, "fatalities": Category.KILLED, "died": Category.KILLED,
}
# Words before a figure that make it a revised toll of the same event: "the toll rose to 9".
UPDATE_BEFORE: Final = (
    "rose to", "risen to", "climbed to", "increased to", "jumped to", "reached", "has reached",
    "now stands at", "stood at", "was raised to", "revised to", "revised up to",
    "bringing the death toll to", "bringing the toll to", "bringing the number of dead to",
    "bringing the total to", "raising the toll to", "raising the death toll to",
    "pushing the toll to", "pushing the death toll to", "later rose to", "toll to",
)
# Phrases that mark what follows as a second, separate incident of the same report, whose
# victims add to the first's ("In a separate attack, two police officers were killed").
SEPARATE_EVENT: Final = (
    "separate attack", "separate incident", "separate attacks", "separate incidents",
    "another attack", "another incident", "a second attack", "second attack", "in another",
    "elsewhere", "separately", "meanwhile", "in a separate", "a separate", "unrelated",
    "a second strike", "second strike", "another strike", "a second blast", "another blast",
    "a second explosion", "another explosion", "a second bomb", "another bomb",
)
# Words in a figure's clause that make it the total of what the report counts: "In all, 3
# people died".
TOTAL_WORDS: Final = ("in all", "in total", "altogether", "overall", "all told", "a total of", "total",
                      "toll", "death toll", "combined")
# Words in a figure's clause that make its group a further one: "two attackers were also
# killed" (not when they go with a verb of saying: "the governor also said 12 had died").
ALSO: Final = ("also", "as well", "too", "in addition", "additionally")
SAYING: Final = ("said", "says", "told", "confirmed", "reported", "added", "stated", "announced", "put")
# Words around a figure that make it an earlier count a later one replaces: "has risen to
# 37, up from 22", "Initially police reported two dead".
EARLIER_COUNT: Final = (
    "up from", "down from", "from an initial", "an initial", "initially", "first reported",
    "earlier put", "previously reported", "an earlier toll of", "an earlier figure of",
    "revised from", "risen from", "rose from", "climbed from", "increased from", "at first",
    "reported initially", "reported earlier", "earlier reported", "first said",
)
# Phrases before a figure (in its clause) that place it in another event or period, whose
# people are not this report's: "weeks after two children were killed", "last year's toll".
OTHER_EVENT: Final = (
    "weeks after", "days after", "months after", "years after", "a week after",
    "a month after", "a year after", "weeks before", "days before", "months before",
    "years before", "last year", "last month", "last week", "earlier this year",
    "earlier this month", "a year ago", "in a similar attack", "in a similar incident",
    "previous attack", "previous attacks", "in a previous", "an earlier attack", "earlier attack",
    "a similar attack", "in an attack last", "a decade ago", "a year earlier", "the year before",
    "a week earlier", "a day earlier", "a month earlier", "days earlier", "weeks earlier",
    "months earlier", "years earlier", "the previous week", "the week before", "the month before",
)
# Phrases in a figure's clause that make it a running total of a period, left out when the
# article also counts its own event: "bringing to 300 the number killed this year".
RUNNING_TOTAL: Final = (
    "this year", "so far this year", "since the start of the year", "since the start of",
    "since the beginning of", "so far", "to date", "this month", "in total since",
    "bringing to", "bringing the number", "bringing the total number", "bringing the year's",
    "over the past year", "in the past year", "in recent months", "in recent years",
)
# Phrases anywhere in a figure's clause that set it in the past: "killing 12 people in a
# mass shooting two years ago".
LONG_AGO: Final = (
    "years ago", "months ago", "weeks ago", "a year ago", "a month ago", "last year",
    "last month", "the previous year", "the year before", "in a previous", "years earlier",
    "months earlier",
)
# A figure's own period that sets it in another, earlier event ("two years ago", "months
# earlier"); "last year" is left to OTHER_PERIOD, as a report may be about last year's toll.
PERIOD_LONG_AGO: Final = ("years ago", "months ago", "weeks ago", "a year ago", "a month ago", "a decade ago",
                          "decades ago", "years earlier", "months earlier")
# Period words that mark a cumulative count rather than this event's: "since 2019".
OTHER_PERIOD: Final = (
    "since", "so far", "this year", "last year", "to date", "this month", "last month",
    "last week", "earlier this", "previous", "a decade", "ago", "in recent",
)
