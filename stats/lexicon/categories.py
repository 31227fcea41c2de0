"""Word tables that decide a figure's category: people nouns, event cues and phrases,
the nouns that name a category on their own, and the words that change a cue's meaning.

Data only, re-exported by `stats.lexicon` (read them as `lexicon.EVENT_CUES`).
"""

# Nouns (singular, lower case) that name people, so a casualty verb can apply to them.
PEOPLE_NOUNS = {
    "people", "person", "civilian", "soldier", "troop", "fighter", "militant", "insurgent",
    "man", "woman", "child", "children", "men", "women", "boy", "girl", "resident",
    "inhabitant", "villager", "citizen", "worker", "officer", "policeman", "police",
    "member", "combatant", "commando", "recruit", "guard", "student", "journalist",
    "passenger", "pilgrim", "refugee", "migrant", "prisoner", "detainee", "hostage",
    "inmate", "victim", "casualty", "patient", "protester", "protestor", "demonstrator",
    "rebel", "gunman", "gunmen", "bomber", "personnel", "staff", "family", "daughter",
    "son", "wife", "husband", "relative", "infant", "baby", "adult", "teenager",
    "worshipper", "farmer", "miner", "doctor", "nurse", "aid worker", "peacekeeper",
    "marine", "sailor", "airman", "contractor", "force", "jihadist", "extremist",
    "terrorist", "official", "employee", "individual", "evacuee", "survivor", "body",
    "national", "foreigner", "tourist", "voter", "supporter", "follower", "crew",
    "pupil", "teacher", "player", "fan", "mourner", "laborer", "labourer", "serviceman",
    "servicemen", "militiamen", "militiaman", "policemen", "tribesmen", "youth", "kid",
    "other", "suspect", "commander", "leader", "activist", "dissident", "opponent", "critic",
    "blogger", "lawyer", "judge", "politician", "minister", "lawmaker", "senator", "diplomat",
    "envoy", "medic", "paramedic", "volunteer", "staffer", "colleague", "settler", "smuggler",
    "trafficker", "criminal", "convict", "fugitive", "deserter", "defector", "veteran",
    "cadet", "trainee", "pilot", "fisherman", "fishermen", "shepherd", "herder", "nomad",
    "tribesman", "elder", "cleric", "imam", "priest", "monk", "nun", "expatriate",
    "loyalist", "separatist", "guerrilla", "assailant", "attacker", "perpetrator",
    "hijacker", "sniper", "returnee", "asylum-seeker", "seeker", "orphan", "widow",
    "pensioner", "retiree", "shopkeeper", "trader", "driver", "engineer", "scientist",
    "athlete", "artist", "writer", "reporter", "photographer", "cameraman", "crewman",
}

# Words near a figure that decide its category, strongest first: (category, words). A word
# ending in "*" matches any word it begins ("kill*": killed, killing); others match whole.
EVENT_CUES: list[tuple[str, list[str]]] = [
    ("killed", ["kill*", "dead", "death", "deaths", "died", "die", "dies", "dying",
                "fatalit*", "massacr*", "slain", "slaughter*", "murder*", "executed",
                "execution*", "perish*", "behead*", "assassinat*", "drowned", "toll"]),
    ("injured", ["injur*", "wound*", "hurt", "maimed", "hospitali*", "hospital"]),
    ("surrendered", ["surrender*", "deserted", "deserter*", "defected", "defector*"]),
    ("prisoners", ["prisoner*", "detain*", "detention", "arrest*", "captive*", "hostage*",
                   "abduct*", "kidnap*", "jailed", "imprison*", "freed", "freeing",
                   "released", "releasing", "custody", "inmate*", "captured", "seized"]),
    ("displaced", ["displac*", "fled", "flee*", "refugee*", "evacuat*", "homeless",
                   "uproot*"]),
]
# Idioms after a figure's noun that give a category: "20 people lost their lives".
EVENT_PHRASES: list[tuple[str, str]] = [
    ("killed", r"lost\s+their\s+lives"),
    ("displaced", r"(?:from|out\s+of)\s+their\s+homes|forced\s+to\s+flee|(?:sought|took|taking)\s+refuge"),
    ("prisoners", r"(?:taken|held|kept)\s+(?:hostage|captive|prisoner)"),
]
# Verbs that give a category only when they stand before the figure: troops "lost" in a
# war are killed (gold DECISIONS), but "20 soldiers lost their way" is not.
LEFT_ONLY_CUES: dict[str, str] = {"lost": "killed", "lose": "killed", "losing": "killed"}

# Head nouns (singular) that decide a category on their own, when no event cue applies.
NOUN_CATEGORIES: list[tuple[str, list[str]]] = [
    ("killed", ["death", "dead", "fatality", "body", "bodies", "corpse", "grave", "victim",
                "casualty", "toll", "killed"]),
    ("injured", ["injury", "wounded", "injured"]),
    ("displaced", ["refugee", "evacuee", "idp", "displaced", "asylum-seeker", "seeker"]),
    ("prisoners", ["prisoner", "detainee", "hostage", "captive", "inmate"]),
    ("attacks", ["airstrike", "strike", "attack", "bombing", "bomb", "clash", "raid",
                 "assault", "offensive", "shelling", "explosion", "blast", "rocket",
                 "missile", "drone", "shell", "mortar", "ambush", "skirmish", "battle",
                 "incident", "sortie", "operation", "shooting", "firefight", "incursion"]),
    ("forces", ["troop", "soldier", "fighter", "force", "commando", "militant", "insurgent",
                "bomber", "militia", "militiamen", "army", "personnel", "marine",
                "policemen", "guard", "recruit", "combatant", "mercenar*", "jihadist",
                "rebel", "gunmen", "gunman", "battalion", "brigade", "regiment",
                "reinforcement", "peacekeeper", "tank", "aircraft", "warship", "helicopter",
                "jet", "paratrooper", "sniper", "reservist", "conscript", "warrior",
                "servicemen", "serviceman", "police"]),
    ("territory", ["district", "city", "province", "town", "village", "territory",
                   "border", "crossing", "post", "outpost", "checkpoint", "capital", "base",
                   "region", "area", "land", "country", "state", "municipalit*",
                   "neighbourhood", "neighborhood", "county", "hectare", "acre",
                   "settlement", "stronghold", "frontline", "island", "port", "airport",
                   "metropolis", "suburb", "governorate", "oblast", "hamlet"]),
    ("money", ["revenue", "budget", "aid", "funding", "fund", "cost", "spending", "loan",
               "debt", "grant", "income", "salary", "wage", "tax", "customs", "price",
               "profit", "sale", "economy", "gdp", "investment", "donation", "pledge",
               "appeal", "dollar", "euro", "export", "import", "trade", "assistance",
               "reconstruction", "compensation", "ransom", "bounty", "earning"]),
    ("population", ["resident", "inhabitant", "population", "people", "citizen",
                    "villager", "household", "family", "families", "voter", "person"]),
]
# Verbs of holding or taking that make a share of a named place "territory".
TERRITORY_VERBS = ["control*", "seiz*", "captur*", "overr*", "took", "take*", "occup*",
                   "conquer*", "retak*", "recaptur*", "annex*", "liberat*"]
# Armed-people nouns: when they "fled" they deserted (gold DECISIONS), not displaced.
ARMED_PEOPLE = ["troop", "soldier", "fighter", "force", "commando", "militant", "police",
                "officer", "guard", "personnel", "army", "recruit", "combatant"]
# Quantifiers that take an "of" phrase: in "many of Kandahar's 600,000 residents have
# fled" the verb belongs to "many", not to the figure inside the of-phrase.
PARTITIVE_QUANTIFIERS = ["many", "some", "most", "much", "half", "all", "few", "none",
                         "several", "majority", "part", "rest", "hundreds", "thousands",
                         "dozens", "one", "each", "any", "both", "millions", "tens"]
