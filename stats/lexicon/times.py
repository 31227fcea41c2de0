"""Word tables for `period`: weekdays, months, time nouns and the words around them (data only)."""

from typing import Final

# Time words for `period`.
WEEKDAYS: Final[frozenset[str]] = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
# Words that date a statement, not name a speaker: "..., UNHCR said today", "..., police said
# late on Monday".
WHEN_SAID: Final = frozenset("today yesterday tonight tomorrow earlier later recently previously last this late early "
                             "overnight".split()) | WEEKDAYS
MONTHS: Final = frozenset(
    """january february march april may june july august september october
    november december jan feb mar apr jun jul aug sep sept oct nov dec""".split()
)
TIME_NOUNS: Final = frozenset(
    """
    day days week weeks month months year years night nights morning mornings afternoon
    evening evenings weekend weekends hour hours decade decades quarter quarters season
    half period spring summer autumn fall winter fortnight minute minutes
""".split()
)
# Times of day named by a word ("before dawn", "at noon"): a figure's time, never its day.
DAY_PARTS: Final = ("noon", "midday", "midnight", "dawn", "daybreak", "dusk", "nightfall")
# Words before a time noun that make a deictic period ("last week", "the past month").
TIME_DEICTICS: Final = frozenset(
    """
    last past this next previous coming recent first second third fourth final same
    current few several early late
""".split()
)
# Events a count runs from, named by their noun after "since the" ("since the attacks",
# "since the invasion").
EVENT_NOUNS: Final = frozenset(
    """
    attack attacks war invasion outbreak coup election elections earthquake quake floods flood
    storm cyclone hurricane typhoon protests uprising ceasefire crash collapse fire fires
    fighting offensive pandemic epidemic disaster explosion blast raid raids strikes siege
    takeover referendum incident accident eruption landslide landslides tsunami shooting
    bombing massacre derailment spill stampede crush sinking riots
""".split()
)
# Participles that open an aside about a thing's making, whose time is the thing's, not a
# figure's outside the aside ("The stadium, built in 1979, holds 15,000").
ASIDE_PARTICIPLES: Final = ["built", "completed", "founded", "opened", "established", "formed", "created", "launched",
                            "inaugurated", "set up", "constructed", "elected", "appointed"]
# Times that say a figure stands as of the report, not when it held ("Key points so far:"): a
# list's introduction gives its items none of these.
STANDING_TIMES: Final = frozenset({"so far", "now", "currently", "to date", "at present", "today"})
