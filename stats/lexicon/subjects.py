"""Word tables for `subject`: the words around a figure that say what it counts (data only)."""

from typing import Final

from stats.lexicon.times import MONTHS, TIME_NOUNS, WEEKDAYS

# Heads that name a time, never what a count, share or amount counts ("1.8 million this
# year", "up from 38.4 per cent four years ago", "fell to 18.4% in November"): a time is the
# figure's period. Not "half", "fall" or "spring", which also name amounts and things.
TIME_HEADS: Final = frozenset((TIME_NOUNS - {"half", "fall", "spring"}) | MONTHS | WEEKDAYS
                              | {"today", "tonight", "yesterday", "tomorrow", "overnight"})

# The words before a figure that set it against another figure of the sentence, as the
# value it changed from or is compared with: it measures the same thing ("inflation fell to
# 2.9%, down from 3.4%", "dams were 23.4% full, against 31.9% a year earlier").
BASELINE_WORDS: Final = ["from", "up from", "down from", "against", "compared with", "compared to",
                         "versus", "as against"]

# Words that say one thing lasts for the time after them ("the attack lasted two hours",
# "arbitration usually takes two to three years", "a dispute that has dragged on for"): the
# duration's subject is the noun phrase before them.
LASTING_VERBS: Final = ["lasted", "last", "lasts", "lasting", "took", "take", "takes", "taking",
                        "continue for", "continued for", "continues for", "dragged on for",
                        "dragging on for", "drags on for", "held for", "went on for", "go on for",
                        "goes on for"]

# Words that count pieces of a thing named after "of" ("120,000 head of cattle", "30 pieces
# of heavy equipment"): the subject is the whole phrase, its head the thing after "of".
# Not "heads" or "units": "40 heads of state", "200 units of blood" count the heads and units.
COUNTER_NOUNS: Final = frozenset({"head", "pieces", "piece", "items", "bags", "sacks", "bales", "cartons",
                                  "crates", "boxes", "bottles", "loaves", "rounds", "barrels"})

# Nouns before "of" and an amount that name no thing the amount is the value of: "an average
# of 31,000 lira", "tens of thousands of dollars", "a total of $5m" (the subject is elsewhere).
GENERIC_AMOUNT_NOUNS: Final = frozenset({"average", "total", "sum", "maximum", "minimum", "tens", "hundreds",
                                         "thousands", "millions", "billions", "dozens", "excess", "upwards",
                                         "amount", "figure", "value", "worth", "outside", "part", "rest", "all",
                                         "most", "half", "share", "some", "none", "each", "one", "any"})
# Adjectives between an article and an amount that say how it stands, not what it is of:
# "a further £600,000", "an extra $1.9 billion", "a record $15.7 billion", "a net 38.5 trillion".
AMOUNT_ADJECTIVES: Final = ["further", "extra", "additional", "record", "net", "total", "combined",
                            "whopping", "staggering", "mere", "modest", "hefty", "reported"]

# Areas that hold a place named before them ("Gazaria in Munshiganj district", "a village
# in Kunar province"): a distance after them is the named place's.
HOLDING_AREAS: Final = frozenset({"district", "province", "region", "state", "county", "governorate", "oblast",
                                  "prefecture", "department", "division", "municipality", "parish", "territory"})

# Nouns of a change a share can size ("a 3.9 percent rise in food prices", "a 23% rise on
# the first three months", "a 4.6 percent jump in housing costs").
CHANGE_NOUNS: Final = ["rise", "rises", "jump", "fall", "drop", "increase", "decrease", "decline", "cut",
                       "hike", "gain", "surge", "climb", "reduction", "slump", "plunge", "growth", "contraction"]

# Verbs by which a party or a candidate wins a share of the vote ("Vox won 15.3%", "where it
# took 27.2%"): a share after them with no noun of its own is of the vote.
VOTE_SHARE_VERBS: Final = ["won", "took", "secured", "polled", "garnered", "captured", "winning", "taking"]
# Words that say a sentence is about an election, without which a share "won" or "took" is
# not of the vote ("The Nikkei took 2% off its value", "Apple shares won 3%").
ELECTION_WORDS: Final = frozenset({"vote", "votes", "voters", "voting", "poll", "polls", "polling", "ballot",
                                   "ballots", "seat", "seats", "election", "elections", "electoral", "runoff",
                                   "turnout", "constituency", "ward", "primary", "referendum", "candidate",
                                   "candidates", "challenger", "challengers", "incumbent", "runner-up",
                                   "party", "parties", "mp", "mps", "councillor", "councillors"})

# Verbs that lengthen or shorten a thing by a time ("extended the state of emergency by three
# months", "lengthened the fire season by about a month"): the duration's subject is their
# object. Not "delayed", "won" or "pushed back by": the time is not the thing's length.
LENGTHENING_VERBS: Final = frozenset({"extend", "extends", "extended", "extending", "prolong", "prolongs",
                                      "prolonged", "prolonging", "lengthen", "lengthens", "lengthened",
                                      "lengthening", "shorten", "shortens", "shortened", "shortening",
                                      "curtail", "curtails", "curtailed", "curtailing", "cut", "cuts",
                                      "cutting", "reduce", "reduces", "reduced", "reducing"})

# Heads after "to" and an amount that name a level reached, not whom it is paid to ("Oil rose
# $2 to the highest level since 2014", "fell $3 billion to a record low").
LEVEL_HEADS: Final = frozenset({"level", "levels", "high", "highs", "low", "lows", "record", "peak", "mark"})

# Heads that act rather than last: "The government took six months over the decision" times
# what the government did; the duration's subject is then the unit word.
AGENT_HEADS: Final = frozenset({"government", "governments", "ministry", "council", "court", "courts", "company",
                                "companies", "firm", "bank", "committee", "commission", "board", "agency",
                                "parliament", "cabinet", "team", "judge", "jury", "regulator", "administration",
                                "authority", "he", "she", "they", "it", "we", "i"})

# Modal verbs: the word after one is a verb ("food vouchers will fall from US$12").
MODALS: Final = frozenset({"will", "would", "can", "could", "shall", "should", "may", "might", "must"})

# Words passed over between a verb of lasting and the noun phrase it is said of: relative
# pronouns, auxiliaries and adverbs ("a trial that has usually lasted", "is expected to last").
PASSED_BEFORE_VERB: Final = frozenset({"which", "that", "who", "has", "have", "had", "will", "would", "could",
                                       "may", "might", "can", "is", "are", "was", "were", "been", "be", "to",
                                       "usually", "often", "typically", "normally", "only", "already", "still",
                                       "largely", "generally", "expected", "likely"})
