"""Word tables for matching claims across articles (`stats.reconcile.claims`).

Data only: the groups that different words name ("troops", "soldiers", "servicemen" of one
army; "peacekeepers", "blue helmets"), the nouns that only repeat a unit ("20 years"), the
words no context comparison should count, and how units convert for comparing values.
Keys are lower case, singular.
"""

from __future__ import annotations

from typing import Final

# Head nouns (singular, lower case) that name one group of people or one thing the same
# way: each maps to the group's name.
SUBJECT_GROUPS: Final[dict[str, str]] = {
    **dict.fromkeys(("soldier", "troop", "serviceman", "servicemen", "force", "army", "trooper",
                     "recruit", "conscript", "paratrooper", "security force"), "soldier"),
    **dict.fromkeys(("peacekeeper", "blue helmet", "mission member"), "peacekeeper"),
    **dict.fromkeys(("civilian", "resident", "villager", "inhabitant", "local", "bystander"), "civilian"),
    **dict.fromkeys(("people", "person", "individual", "victim", "dead", "death", "fatality",
                     "body", "life", "casualty", "", "toll", "killed", "injured", "wounded",
                     "injury"), "people"),
    **dict.fromkeys(("passenger", "traveller", "traveler", "those on board", "commuter"), "passenger"),
    **dict.fromkeys(("migrant", "refugee", "asylum seeker", "asylum-seeker", "displaced",
                     "evacuee", "returnee"), "displaced"),
    **dict.fromkeys(("child", "children", "kid", "minor", "schoolchild", "schoolchildren", "pupil",
                     "boy", "girl"), "child"),
    "woman": "woman", "women": "woman", "man": "man", "men": "man",
    **dict.fromkeys(("policeman", "policemen", "police", "officer", "police officer", "constable",
                     "gendarme", "police force"), "police"),
    **dict.fromkeys(("militant", "fighter", "insurgent", "rebel", "gunman", "gunmen", "attacker",
                     "assailant", "jihadist", "militiaman", "militiamen"), "fighter"),
    **dict.fromkeys(("war", "conflict", "mission", "fighting", "insurgency", "occupation",
                     "campaign", "intervention", "presence"), "war"),
    **dict.fromkeys(("vote", "ballot", "votes cast"), "vote"),
    **dict.fromkeys(("seat", "mandate"), "seat"),
    **dict.fromkeys(("prisoner", "inmate", "detainee", "convict", "captive"), "prisoner"),
    **dict.fromkeys(("family", "household"), "family"),
    **dict.fromkeys(("home", "house", "dwelling", "building", "shelter"), "home"),
    **dict.fromkeys(("territory", "country", "land", "national territory", "area"), "territory"),
    **dict.fromkeys(("crowd", "protester", "demonstrator", "marcher", "participant", "attendee",
                     "rally", "march", "demonstration", "turnout"), "crowd"),
}
# Words in a figure's clause that make the people it counts a gathering's crowd ("25,000
# people marched", "organisers said 150,000 took part"): one event has one crowd, however
# far the police's and the organisers' counts differ.
GATHERING_WORDS: Final = ("marched", "marching", "rallied", "protested", "demonstrated", "took part", "taking part",
                          "turned out", "gathered", "joined the march", "joined the protest", "joined the rally",
                          "attended the", "filled the streets")
# Groups who march as forces, not as a crowd ("600 soldiers marched into the town").
UNIFORMED: Final = frozenset({"soldier", "police", "fighter", "peacekeeper", "crew", "troop", "officer"})
# Groups whose figures in one event are one claim whatever their values, as a toll is: a
# crowd's size is one quantity the police and the organisers dispute.
EVENT_GROUPS: Final = frozenset({"crowd"})

# Nouns that only name a figure's unit again ("20 years", "30 days"): no subject at all.
UNIT_NOUNS: Final = frozenset({
    "year", "month", "week", "day", "hour", "minute", "second", "decade", "century", "span",
    "km", "kilometre", "kilometer", "mile", "metre", "meter", "percent", "per cent", "cent",
    "time", "period",
})

# Words a context comparison leaves out: function words and the words every report of
# anything uses.
CONTEXT_STOPWORDS: Final = frozenset({
    "the", "a", "an", "and", "or", "of", "in", "on", "at", "to", "for", "from", "by", "with",
    "as", "is", "was", "were", "are", "be", "been", "has", "have", "had", "that", "this",
    "it", "its", "their", "they", "he", "she", "his", "her", "said", "says", "say", "told",
    "after", "before", "than", "more", "less", "least", "about", "some", "would", "will",
    "also", "but", "not", "who", "which", "when", "while", "into", "over", "up", "out", "so",
    "there", "these", "those", "what", "all", "according", "per", "cent", "percent",
})

# Units written to one base per kind, for comparing values (CLAIMS.md: a week is 7 days,
# a month 30, a year 365; distances in km).
UNIT_BASE: Final[dict[str, float]] = {
    "second": 1 / 86400, "minute": 1 / 1440, "hour": 1 / 24, "day": 1, "week": 7, "month": 30,
    "year": 365, "decade": 3650, "century": 36500,
    "km": 1, "kilometre": 1, "m": 0.001, "metre": 0.001, "mile": 1.609344, "mi": 1.609344,
    "percent": 0.01,
}
# Two values agree when they differ by no more than this share (after converting units).
AGREEMENT: Final = 0.02

# Words before a figure in its clause that make it a forecast, which answers "how many may",
# not "how many have": "the toll could rise above 100", "is expected to reach", "economists
# had expected".
FORECAST_WORDS: Final = (
    "may", "might", "could", "would", "will", "expected to", "feared to rise", "likely to",
    "projected to", "forecast to", "set to", "on course to", "predicted", "forecast",
    "projected", "estimated to reach",
    # what economists expected a release to show ("Economists polled by KNA had expected the
    # rate to edge down to 31.8 percent"), not what it showed
    "had expected", "economists expected", "analysts expected", "had been expected",
)
# Forecast words that say a plan of money, not a forecast of it: "debt service will absorb
# KSh 1.72 trillion" states the budget as "debt service, at Sh1.72 trillion" does.
PLAN_WORDS: Final = frozenset({"will", "would"})
MONEY_FORECAST_WORDS: Final = tuple(w for w in FORECAST_WORDS if w not in PLAN_WORDS)

# Words between a figure and a period after it that make the period the compared thing's or
# a record's, not the figure's: "better than its result in 2022", "the highest since 2012".
# Words that make a count a further number added to a toll or a list ("15 more bodies", "two
# further deaths", "at least three other cities"): not "others", which names another group of
# one report ("three died and 12 others were injured" is the injured, as another's "injuring 12").
INCREMENT_WORDS: Final = frozenset({"more", "another", "further", "additional", "other"})

COMPARISON_WORDS: Final = (
    "than", "highest", "lowest", "largest", "biggest", "smallest", "worst", "best", "deadliest",
    "fewest", "least", "record",  # (not "most": "most of them in March")
)

# Words for nations ("Afghan troops" and "US troops" are two groups); a list, as endings
# mislead ("Karachi", "Kigali").
NATIONALITIES: Final = frozenset({
    "us", "u.s", "u.s.", "uk", "american", "afghan", "british", "french", "dutch", "swiss",
    "thai", "greek", "irish", "german", "chinese", "japanese", "turkish", "polish", "spanish",
    "danish", "swedish", "finnish", "russian", "ukrainian", "israeli", "pakistani", "iraqi",
    "yemeni", "somali", "malian", "kenyan", "nigerian", "congolese", "sudanese", "burundian",
    "ugandan", "rwandan", "korean", "eritrean", "mexican", "indian", "iranian", "syrian",
    "lebanese", "egyptian", "libyan", "tunisian", "algerian", "moroccan", "ethiopian",
    "tanzanian", "mozambican", "zambian", "ghanaian", "senegalese", "nigerien", "chadian",
    "cameroonian", "bangladeshi", "nepalese", "nepali", "sri lankan", "burmese", "filipino",
    "indonesian", "vietnamese", "colombian", "peruvian", "brazilian", "venezuelan", "haitian",
    "canadian", "australian", "italian", "palestinian", "saudi", "emirati", "qatari", "kurdish",
    "belgian", "austrian", "norwegian", "czech", "hungarian", "romanian", "serbian", "bosnian",
    "croatian", "georgian", "armenian", "azerbaijani", "kazakh", "uzbek", "tajik", "chilean",
})
# Groups that are a part of people in general: "12 children among the 40 dead" is a part,
# not the same count.
SUBSETS: Final = frozenset({"child", "woman", "man", "crew", "police", "soldier", "civilian", "fighter",
                            "peacekeeper", "student", "teacher", "worker", "doctor", "nurse", "journalist",
                            "foreigner", "tourist", "officer", "girl", "boy", "baby", "infant", "elderly",
                            "guard", "prisoner", "firefighter", "rescuer",
                            # One family's dead ("she lost her three sons in the blast") are a part of a toll
                            "son", "daughter", "brother", "sister", "husband", "wife", "mother", "father",
                            "relative", "cousin", "grandchild", "nephew", "niece"})

# Capitalised words that name kinds of things, not one thing: two reports both naming "the
# Red Cross", "Lake X" or "the Health Ministry" are not for that about one event.
GENERIC_NAME_WORDS: Final = frozenset({
    "lake", "river", "sea", "ocean", "island", "islands", "mount", "red", "cross", "crescent",
    "police", "hospital", "ministry", "national", "republic", "central", "government", "state",
    "province", "district", "region", "county", "city", "town", "village", "university", "bank",
    "council", "mission", "united", "nations", "army", "health", "minister", "president",
    "department", "office", "agency", "authority", "service", "services", "news",
    "press", "reuters", "associated", "france", "presse", "live", "update", "updated", "breaking",
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "new",
    "international", "world", "african", "africa", "union", "general", "commission", "committee",
    "secretary", "governor", "mayor", "chief", "head", "spokesman", "spokeswoman", "director",
    "saint", "st", "street", "road", "market", "station", "airport", "port", "school", "church",
    "mosque", "court", "parliament", "assembly", "party", "forces", "force", "military", "navy",
    "air", "group", "fund", "programme", "program", "organization", "organisation", "relief",
    "disaster", "emergency", "management", "institute", "centre", "center", "global", "daily",
    "times", "post", "herald", "tribune", "journal", "weekly", "radio", "television", "tv", "fm",
})

# Verbs after a baseline figure that make it an earlier report of the same quantity ("rose to
# 28, up from 15 reported earlier", "1,012 passengers, against the 900 first estimated", "up
# from the 12 the police reported"): the same claim, updated, not a second quantity.
EARLIER_REPORT_VERBS: Final = frozenset({"reported", "estimated", "announced", "given", "stated", "counted",
                                         "cited", "published", "confirmed", "recorded", "put"})
# What may follow that verb for the baseline to be an earlier report of the same quantity:
# nothing, or a word of when it was first given ("reported earlier", "first estimated", "the
# police reported on Thursday night"); not a noun ("12 confirmed cases") or a year.
EARLIER_REPORT_AFTER: Final = frozenset({"", "earlier", "initially", "previously", "originally", "first", "at", "on",
                                         "by", "overnight", "yesterday", "this", "late", "early", "in", "the", "and",
                                         "but", "as"})

# Words that make "a|another <word> <event>" another event than the report's own, named in
# passing ("also battled a larger blaze on the island of Evia", "a similar accident near
# Warrah"): their places name no scene of the report.
OTHER_EVENT_WORDS: Final = frozenset({
    "similar", "separate", "larger", "bigger", "smaller", "deadlier", "earlier", "previous",
    "unrelated",  # (not "second": "a second blast hit the market" may be one attack's)
})
# Event nouns such a mention may have beyond `times.EVENT_NOUNS`.
MORE_EVENT_NOUNS: Final = frozenset({"blaze", "wildfire", "slip", "mudslide", "capsizing", "tremor", "derailment"})
# Verbs after "now" that give a figure as an update of what its source said before ("Tyrol
# police now say three people have died").
UPDATE_VERBS: Final = ["say", "says", "put", "puts", "stand", "stands", "give", "gives", "confirm", "confirms",
                       "confirmed", "report", "reports", "reported", "estimate", "estimates"]
