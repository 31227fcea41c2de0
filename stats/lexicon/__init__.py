"""Word tables for English news: numbers, qualifiers, units, categories and exclusion cues.

Data only. The pattern tables compile these into regexes (as `regex` named lists), the find
stage reads numbers with them and the describe stage picks categories with them (the category
tables are in `stats.lexicon.categories`). Keys are lower case.
"""

from typing import Final

# The category tables live in their own module; read them here as lexicon.EVENT_CUES etc.
from stats.lexicon.categories import AID_WORDS as AID_WORDS
from stats.lexicon.categories import ANIMAL_NOUNS as ANIMAL_NOUNS
from stats.lexicon.categories import ARMED_PEOPLE as ARMED_PEOPLE
from stats.lexicon.categories import CASUALTY_PAIRS as CASUALTY_PAIRS
from stats.lexicon.categories import CIVILIANS as CIVILIANS
from stats.lexicon.categories import EVENT_CUES as EVENT_CUES
from stats.lexicon.categories import EVENT_PHRASES as EVENT_PHRASES
from stats.lexicon.categories import EVENT_PHRASES_BEFORE as EVENT_PHRASES_BEFORE
from stats.lexicon.categories import HOLDING_WORDS as HOLDING_WORDS
from stats.lexicon.categories import LEFT_ONLY_CUES as LEFT_ONLY_CUES
from stats.lexicon.categories import NOT_LOST_LIVES as NOT_LOST_LIVES
from stats.lexicon.categories import NOUN_CATEGORIES as NOUN_CATEGORIES
from stats.lexicon.categories import PARTITIVE_QUANTIFIERS as PARTITIVE_QUANTIFIERS
from stats.lexicon.categories import PEOPLE_ENDINGS as PEOPLE_ENDINGS
from stats.lexicon.categories import PEOPLE_NOUNS as PEOPLE_NOUNS
from stats.lexicon.categories import PEOPLE_SUBGROUPS as PEOPLE_SUBGROUPS
from stats.lexicon.categories import PLACE_OF_WORDS as PLACE_OF_WORDS
from stats.lexicon.categories import POPULATION_PEOPLE as POPULATION_PEOPLE
from stats.lexicon.categories import RESIDENCE_WORDS as RESIDENCE_WORDS
from stats.lexicon.categories import SHARE_CHANGE_BEFORE as SHARE_CHANGE_BEFORE
from stats.lexicon.categories import STRUCTURE_NOUNS as STRUCTURE_NOUNS
from stats.lexicon.categories import TERRITORY_VERBS as TERRITORY_VERBS

# The currencies too (stats.lexicon.currencies).
from stats.lexicon.currencies import CODE_PREFIXES as CODE_PREFIXES
from stats.lexicon.currencies import CURRENCY_PREFIXES as CURRENCY_PREFIXES
from stats.lexicon.currencies import CURRENCY_SUFFIXES as CURRENCY_SUFFIXES
from stats.lexicon.currencies import CURRENCY_WORDS as CURRENCY_WORDS
from stats.lexicon.currencies import GLUED_CURRENCY_PREFIXES as GLUED_CURRENCY_PREFIXES
from stats.lexicon.currencies import SUBUNITS as SUBUNITS
from stats.lexicon.currencies import WORD_CODES as WORD_CODES

# ----------------------------------------------------------------------------- numbers

ONES: Final[dict[str, int]] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS: Final[dict[str, int]] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}
# Scale words, spelled out and as suffixes glued to digits ("1.5bn", "$35m", "2 lakh").
SCALES: Final[dict[str, float]] = {
    "hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
    "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7,
}
SCALE_SUFFIXES: Final[dict[str, float]] = {
    "k": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "mil": 1e6, "bn": 1e9, "b": 1e9, "tn": 1e12, "trn": 1e12,
}
# "a dozen" is the exact number 12 (gold DECISIONS); "a score of" is 20.
COUNT_NOUNS: Final[dict[str, int]] = {"dozen": 12, "score": 20}

# Vague plural amounts: the smallest number each implies (guide: dozens 24, hundreds 200,
# thousands 2000). Longest phrases are tried first by the regex named list.
VAGUE: Final[dict[str, float]] = {
    "dozens": 24, "scores": 40, "hundreds": 200, "thousands": 2000, "millions": 2e6,
    "billions": 2e9, "tens of thousands": 2e4, "hundreds of thousands": 2e5,
    "tens of millions": 2e7, "hundreds of millions": 2e8, "tens of billions": 2e10,
    "several hundred": 200, "several thousand": 2000, "a few hundred": 200,
    "a few thousand": 2000, "several dozen": 24, "a few dozen": 24,
    "several million": 2e6, "a few million": 2e6,
}

FRACTIONS: Final[dict[str, float]] = {
    "half": 1 / 2, "halves": 1 / 2, "third": 1 / 3, "thirds": 1 / 3, "quarter": 1 / 4,
    "quarters": 1 / 4, "fourth": 1 / 4, "fourths": 1 / 4, "fifth": 1 / 5, "fifths": 1 / 5,
    "sixth": 1 / 6, "sixths": 1 / 6, "seventh": 1 / 7, "sevenths": 1 / 7, "eighth": 1 / 8,
    "eighths": 1 / 8, "ninth": 1 / 9, "ninths": 1 / 9, "tenth": 1 / 10, "tenths": 1 / 10,
}

ORDINALS: Final[dict[str, int]] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17,
    "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40,
    "fiftieth": 50, "hundredth": 100,
}

# ----------------------------------------------------------------------------- qualifiers

# Words standing just before a number, and the qualifier each gives. The regex named list
# tries longer phrases first, so "just over" beats "over".
QUALIFIERS: Final[dict[str, str]] = {
    "at least": "at_least", "no fewer than": "at_least", "no less than": "at_least",
    "a minimum of": "at_least", "a total of at least": "at_least",
    "more than": "more_than", "over": "more_than", "just over": "more_than",
    "well over": "more_than", "upwards of": "more_than", "in excess of": "more_than",
    "greater than": "more_than", "above": "more_than", "just more than": "more_than",
    "at most": "at_most", "no more than": "at_most", "a maximum of": "at_most",
    "within": "at_most",
    "less than": "less_than", "fewer than": "less_than", "under": "less_than",
    "just under": "less_than", "below": "less_than", "just below": "less_than",
    "about": "about", "around": "about", "roughly": "about", "approximately": "about",
    "some": "about", "an estimated": "about", "estimated": "about", "close to": "about",
    "closer to": "about", "circa": "about", "approx.": "about", "an approximate": "about",
    "nearly": "nearly", "almost": "nearly", "just shy of": "nearly", "up to": "up_to",
    "as many as": "up_to", "as much as": "up_to",
    "~": "about",
}
# Qualifier words that only qualify durations (elsewhere "within" is a preposition of place).
DURATION_ONLY_QUALIFIERS: Final = {"within"}
# Verbs of change: "rose 0.5 percentage points to 7.2 per cent" is a change and a level,
# not a range.
CHANGE_VERBS: Final = [
    "rose", "rise", "rises", "fell", "fall", "falls", "climbed", "jumped", "dropped",
    "declined", "increased", "decreased", "grew", "gained", "lost", "slipped", "surged",
    "plunged", "soared", "tumbled", "edged", "added", "shed", "slid", "sank", "shrank",
    "raised", "cut", "lowered", "boosted", "up", "down", "by",
]
# Events measured in metres, so a glued "m" before them is metres: "the 100m sprint".
METRE_EVENTS: Final = ["race", "sprint", "sprints", "hurdles", "dash", "relay", "freestyle",
                       "breaststroke", "backstroke", "butterfly", "medley", "final", "title",
                       "record", "swim", "run"]
# Measure words quantulum3 does not know.
MEASURE_WORDS: Final[dict[str, str]] = {"magnitude": "magnitude", "richter": "magnitude",
                                        "on the richter scale": "magnitude"}
# Qualifiers written after the number: "1,000 or more", "500-plus".
TRAILING_QUALIFIERS: Final[dict[str, str]] = {
    "or more": "at_least", "or so": "about", "plus": "more_than", "or fewer": "at_most",
    "or less": "at_most", "at least": "at_least",
}

# ----------------------------------------------------------------------------- units

PERCENT_WORDS: Final = ["percent", "per cent", "percentage points", "percentage point", "pc", "pct"]

# Duration unit words (singular and plural) -> the guide's unit and a factor.
DURATION_UNITS: Final[dict[str, tuple[str, float]]] = {
    "second": ("second", 1), "seconds": ("second", 1), "minute": ("minute", 1),
    "minutes": ("minute", 1), "hour": ("hour", 1), "hours": ("hour", 1),
    "hrs": ("hour", 1), "day": ("day", 1), "days": ("day", 1), "week": ("week", 1),
    "weeks": ("week", 1), "fortnight": ("week", 2), "fortnights": ("week", 2),
    "month": ("month", 1), "months": ("month", 1), "year": ("year", 1),
    "years": ("year", 1), "yr": ("year", 1), "yrs": ("year", 1), "decade": ("year", 10),
    "decades": ("year", 10), "century": ("year", 100), "centuries": ("year", 100),
}
DISTANCE_UNITS: Final[dict[str, str]] = {
    "km": "km", "kms": "km", "kilometre": "km", "kilometres": "km", "kilometer": "km",
    "kilometers": "km", "mile": "mile", "miles": "mile", "mi": "mile",
    "nautical mile": "nautical mile", "nautical miles": "nautical mile",
    "metre": "m", "metres": "m", "meter": "m", "meters": "m", "m": "m",
    "foot": "ft", "feet": "ft", "ft": "ft", "yard": "yard", "yards": "yard",
    "cm": "cm", "centimetres": "cm", "centimeters": "cm", "mm": "mm",
    "millimetres": "mm", "millimeters": "mm", "inch": "inch", "inches": "inch",
}

# Lower-case words that name a numbered thing: "category 4 hurricane", "level 3", "phase 2".
IDENTIFIER_WORDS: Final[list[str]] = [
    "category", "level", "grade", "phase", "stage", "article", "section", "chapter", "page",
    "number", "no", "no.", "room", "flight", "route", "highway", "platform", "gate",
    "terminal", "episode", "season", "game", "round", "tier", "class", "type", "version",
    "model", "series", "generation", "gen", "zone", "ward", "row", "seat", "unit", "block",
    "building", "floor", "apartment", "suite", "resolution", "rule", "clause", "paragraph",
    "item", "exhibit", "figure", "table", "step", "lane", "exit", "channel", "sector",
    "top", "bottom", "resolution", "protocol", "amendment", "act", "bill", "law", "decree", "order",
    "regulation", "convention", "corps", "squadron", "fleet", "district", "precinct",
]

# ----------------------------------------------------------------------------- context words

MONTHS: Final[dict[str, int]] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11,
    "nov": 11, "december": 12, "dec": 12,
}
WEEKDAYS: Final[list[str]] = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

# Abbreviations whose full stop does not end a sentence.
ABBREVIATIONS: Final = [
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "cpl",
    "adm", "gov", "sen", "rep", "rev", "st", "mt", "ft", "no", "nos", "vs", "etc",
    "inc", "ltd", "corp", "co", "jr", "sr", "jan", "feb", "mar", "apr", "jun", "jul",
    "aug", "sep", "sept", "oct", "nov", "dec", "approx", "est", "fig", "vol", "op",
    "u.s", "u.k", "u.n", "e.g", "i.e", "a.m", "p.m", "d.c", "rs",
]

# Furniture: words that, on a short line, mark page chrome rather than reporting
# ("321 Interactions", "Updated 5 hours ago", "Image 1 of 5", "Comments (12)").
FURNITURE_WORDS: Final = [
    "interactions", "shares", "share", "comments", "comment", "views", "likes", "reads",
    "retweets", "reactions", "min read", "minute read", "minutes read", "subscribers",
    "followers", "follow us", "updated", "published", "posted", "last modified", "image",
    "photo", "picture", "gallery", "slide", "video", "watch", "listen", "©", "copyright",
    "all rights reserved", "sign up", "subscribe", "newsletter", "advertisement",
    "sponsored", "click here", "read more", "download the app", "indicates required", "unsubscribe",
    "required fields", "email address", "e-mail address", "full name", "first name",
    "last name", "leave a reply", "mailchimp", "privacy policy", "terms of use", "cookies", "view in browser",
]
# A line starting with one of these introduces links to other articles (also read, ...).
LINK_LIST_HEADERS: Final = [
    "also read", "read also", "read more", "related", "related articles", "related stories",
    "see also", "more on this story", "more from", "recommended", "you may also like",
    "trending", "most read", "popular", "latest news",
]

# Determiners and possessives allowed between "of" and the whole in "150 of the 400".
WHOLE_DETERMINERS: Final = ["the", "its", "their", "his", "her", "our", "my", "your", "all", "an", "a", "some",
                            "every"]  # "two out of every three": a ratio

# Words that stop a subject noun phrase (prepositions, conjunctions, verbs and auxiliaries).
SUBJECT_STOPWORDS: Final = {
    "of", "in", "on", "at", "to", "for", "from", "by", "with", "into", "onto", "across",
    "around", "near", "since", "after", "before", "during", "over", "under", "against",
    "and", "or", "but", "as", "than", "that", "which", "who", "whom", "whose", "where",
    "when", "while", "because", "if", "so", "per", "each", "this", "last", "next", "ago",
    "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "do", "does",
    "did", "will", "would", "could", "should", "may", "might", "must", "can", "shall",
    "said", "says", "say", "reported", "according", "including", "there", "here", "then",
    "now", "also", "still", "already", "more", "less", "fewer", "between", "through",
    "toward", "towards", "without", "within", "about", "amid", "among", "like", "every", "outside", "inside",
    "the", "a", "an", "it", "they", "them", "he", "she", "we", "you", "its", "their",
    "his", "her", "our", "not", "no", "only", "just", "even", "up", "down", "out", "off",
    "away", "back", "ahead", "alone", "altogether", "apiece", "total", "overall",
}
COUNTED_VERB_FORMS: Final = frozenset({"lives", "measures", "plans", "offers", "needs", "controls"})  # "46 lives"
# Verbs (past, present and irregular forms) that end a noun phrase: "trucks continue",
# "the economy shrank". Regular past tenses ("-ed") are recognised without a list.
VERBS: Final[frozenset[str]] = frozenset({
    "allocate", "asks", "became", "become", "began", "bought", "came", "comes", "commit",
    "continue", "continues", "controls", "covers", "cut", "die", "died", "donate", "drove",
    "extend", "extends", "face", "faced", "falls", "fell", "fled", "flee", "flew",
    "fought", "gave", "gets", "give", "given", "gives", "goes", "got", "grew", "grow",
    "grows", "held", "hit", "holds", "led", "left", "lies", "live", "lived", "lives",
    "lost", "made", "marched", "measures", "moved", "need", "needed", "needs", "offer",
    "offers", "paid", "plans", "promise", "provide", "provides", "put", "reach", "reached",
    "reaches", "receive", "receives", "remain", "remains", "requires", "rise", "rises",
    "rose", "runs", "said", "sank", "saw", "say", "says", "seeks", "send", "sends", "sent",
    "set", "shrank", "shrink", "shrinks", "slid", "sold", "spans", "spend", "spends",
    "spent", "stand", "stands", "stood", "stretch", "stretches", "struck", "tell", "told",
    "took", "totals", "traveled", "travelled", "wants", "went", "won", "works",
    "take", "takes", "make", "makes", "bring", "brings", "earn", "earns", "borrow", "borrows",
    "owe", "owes", "generate", "generates", "collect", "collects",
    # irregular pasts and participles: "35 kilos of cocaine hidden in", "an earthquake shook"
    "hidden", "stolen", "taken", "shown", "seen", "known", "broken", "found", "brought",
    "caught", "kept", "built", "shot", "thrown", "blown", "torn", "frozen", "fallen",
    "risen", "beaten", "begun", "shook", "shaken", "swept", "tore", "blew", "burnt", "broke",
    "threw", "drew", "spread", "buried", "dug", "hung", "sought", "meant", "felt", "burst",
    "shut", "split", "met", "stuck", "spun", "sprang", "rang", "ran", "wrote", "written",
    "spoke", "spoken", "chose", "chosen", "forgot", "forgotten", "swam", "sang", "woke", "wore",
})
# Past-tense and -ing words that do start a noun phrase as adjectives ("armed fighters").
PARTICIPLE_ADJECTIVES: Final = {
    "armed", "displaced", "wounded", "injured", "detained", "trained", "registered",
    "confirmed", "reported", "estimated", "suspected", "missing", "fighting", "remaining",
    "additional", "unarmed", "uniformed", "abducted", "kidnapped", "internally",
    "affected", "infected", "recorded", "documented", "verified", "killed", "dead",
    "existing", "leading", "ruling", "sitting", "working", "serving", "retired",
    "enlisted", "undocumented", "unaccompanied", "skilled", "unskilled", "qualified",
    "elected", "allied", "united", "disputed", "occupied", "besieged", "advanced",
    "unexploded", "guided", "improvised", "manned", "unmanned", "coordinated", "bereaved",
}
# Nouns that are plural without an -s.
IRREGULAR_PLURALS: Final = {
    "people", "men", "women", "children", "police", "personnel", "staff", "cattle",
    "livestock", "sheep", "militia", "crew", "aircraft", "infantry", "youth", "kids",
    "feet", "teeth", "mice", "geese", "clergy", "military",
}
# Pronoun-like counted words resolved to the previous subject in the sentence.
# Capitalised words that open a sentence before a number without naming anything ("Only 300").
SENTENCE_OPENERS: Final = {"only", "another", "nearly", "just", "all", "some", "and", "but", "if"}
# The labels of a results table's cells, capitalised before their number: "Won 45 | Leading 2".
RESULT_LABELS: Final = {"won", "leading", "trailing", "lost", "gained", "held", "seats", "votes"}
ANAPHORS: Final = {"others", "more", "them", "those", "other", "another", "each", "apiece"}

# ----------------------------------------------------------------------------- phrases

# Collective words before the noun that names the things: "a string of villages",
# "a number of posts", "a group of soldiers" (the subject is the noun after "of").
COLLECTIVE_WORDS: Final = {"string", "series", "number", "group", "handful", "couple", "cluster",
                           "row", "batch", "wave", "host", "dozen", "pair", "set", "of", "several"}
# Words a noun phrase may start with that are not part of the subject.
DETERMINERS: Final = {"the", "a", "an", "its", "their", "his", "her", "our", "these", "those",
                      "this", "that", "all", "some", "other", "such"}
# The scales "a" or "an" stands for one before ("a dozen", "a hundred").
A_SCALES: Final = ("dozen", "hundred", "thousand", "million", "billion", "trillion")
# Words that join clauses: an event word beyond one belongs to another figure.
COORDINATORS: Final = {"and", "or", "but", "while", "whereas"}
# Nouns that name what happened to the people a number counts: after another number in a
# figure's predicate they are that number's ("1,302 cases, including 33 deaths").
EVENT_NOUNS: Final = frozenset({"death", "deaths", "fatality", "fatalities", "casualty", "casualties", "injury",
                                "injuries", "dead", "wounded", "injured", "arrests", "abductions"})
# Words that open a clause of its own: an event word before one is the other clause's ("more
# than 50 injured when 10 coaches derailed": the coaches were not injured).
CLAUSE_OPENERS: Final = {"when", "after", "because", "before", "until", "once", "as", "where", "since"}
# A participle right after a number names what happened: "1,000 dead and 4,000 wounded".
PARTICIPLE_CATEGORIES: Final[dict[str, str]] = {
    "dead": "killed", "killed": "killed", "slain": "killed", "injured": "injured",
    "wounded": "injured", "hurt": "injured", "displaced": "displaced", "detained": "prisoners",
    "arrested": "prisoners", "abducted": "prisoners", "kidnapped": "prisoners",
    "captured": "prisoners", "missing": "missing", "unaccounted": "missing",
    "affected": "affected",
}
# Participles that stand for an elided noun: "207 injured", "30 dead".
ELLIPSIS_PARTICIPLES: Final = {"injured", "wounded", "dead", "killed", "missing", "displaced",
                               "detained", "arrested", "captured", "hurt", "taken", "held",
                               "abducted", "kidnapped", "freed", "released", "evacuated"}
# Words that end the predicate of a counted noun: prepositions, infinitives, relatives.
PREDICATE_ENDS: Final = {"to", "in", "into", "for", "with", "from", "at", "on", "across", "near",
                         "after", "before", "during", "since", "as", "because", "while", "who",
                         "which", "that", "when", "where", "if", "so"}
# Words between a subject and its number ("the index rose by about 5%"), skipped when
# looking back for the subject.
CHANGE_WORDS: Final = {"rose", "fell", "gained", "lost", "dropped", "climbed", "jumped", "slipped",
                       "increased", "decreased", "declined", "grew", "surged", "plunged", "advanced",
                       "was", "is", "were", "are", "be", "by", "to", "at", "of", "up", "down",
                       "reached", "hit", "totalled", "totaled", "stood", "cost", "costs", "worth",
                       "valued", "some", "about", "nearly", "almost", "around", "roughly", "than",
                       "more", "less", "over", "under", "least", "just", "only", "a", "an", "the",
                       "estimated", "spent", "paid", "raised", "received", "collected", "had",
                       "has", "have", "now", "still", "controls", "control", "controlled", "own",
                       "owns", "holds", "held", "in"}

# ----------------------------------------------------------------------------- find-stage filters

# Words that say the number after them is one to call: "call 922 55 00 20", "Hotline (free): 151".
CONTACT_WORDS: Final = ["call", "dial", "phone", "ring", "text", "sms", "whatsapp", "tel", "telephone", "hotline",
                        "helpline", "freephone", "tollfree", "contact"]
GROUPED_CONTACT_WORDS: Final = ["enquiries", "inquiries", "newsroom", "switchboard", "fax"]  # (then "33 3641 4507")
# A maturity names these instruments ("two-year government bonds", "the one-week repo rate"),
# after at most one of the modifiers.
INSTRUMENT_MODIFIERS: Final = ["government", "benchmark", "sovereign", "treasury", "local-currency", "infrastructure",
                               "mortgage", "fixed", "inflation-linked", "dollar", "euro"]
INSTRUMENTS: Final = ["repo", "bond", "bonds", "yield", "yields", "note", "notes", "treasury", "treasuries", "bill",
                      "bills", "gilt", "gilts", "lending rate", "lending rates", "deposit rate", "deposit rates",
                      "interbank rate", "policy rate", "mortgage rate", "swap rate"]
# People whose age a copula gives: "arrivals were under 18", "those killed were aged 19 and 23".
AGE_GROUP_WORDS: Final = ["arrivals", "people", "children", "migrants", "refugees", "victims", "pupils", "students",
                          "applicants", "they", "who", "those", "them", "most", "many", "half", "all", "residents",
                          "inhabitants", "patients", "passengers", "survivors", "detainees", "voters", "girls", "boys"]
# A person whose age stands between commas after the noun ("a man, 43, was held"), as after a
# name ("Jamie Armstrong, 25,"), and those whose age may follow "of" ("a boy of about eight";
# not "the father of three", a parent's children).
AGED_PERSONS: Final = ["boy", "girl", "child", "baby", "infant", "toddler", "son", "daughter", "man", "woman",
                       "teenager", "pensioner", "widow", "widower", "mother", "father", "grandmother", "grandfather"]
AGED_OF_PERSONS: Final = ["boy", "girl", "child", "baby", "infant", "toddler", "man", "woman", "teenager"]
# Qualifiers that name a day's reading of a temperature, not a bound: "a minimum of 3.1C".
READING_QUALIFIERS: Final = frozenset({"a minimum of", "a maximum of"})
