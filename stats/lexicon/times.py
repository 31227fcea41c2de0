"""Word tables for `period`: weekdays, months, time nouns and the words around them (data only)."""

# Time words for `period`.
WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
MONTHS = frozenset(
    """january february march april may june july august september october
    november december jan feb mar apr jun jul aug sep sept oct nov dec""".split()
)
TIME_NOUNS = frozenset(
    """
    day days week weeks month months year years night nights morning mornings afternoon
    evening evenings weekend weekends hour hours decade decades quarter quarters season
    half period spring summer autumn fall winter fortnight minute minutes
""".split()
)
# Words before a time noun that make a deictic period ("last week", "the past month").
TIME_DEICTICS = frozenset(
    """
    last past this next previous coming recent first second third fourth final same
    current few several early late
""".split()
)
# Bare time words that are a period on their own.
TIME_ADVERBS = frozenset(
    {
        "yesterday",
        "today",
        "tonight",
        "now",
        "overnight",
        "currently",
        "daily",
        "annually",
        "weekly",
        "monthly",
    }
)
# Prepositions a period keeps ("since Friday", "over the past month").
TIME_PREPOSITIONS = frozenset(
    """
    in on since during over for within by until till through throughout between from after
    before earlier at
""".split()
)
# Focus words dropped from the end of a period ("In the last week alone").
FOCUS_WORDS = frozenset({"alone", "only", "so far", "to date"})
