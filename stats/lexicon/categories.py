"""Word tables that decide a figure's category: people nouns, event cues and phrases,
the nouns that name a category on their own, and the words that change a cue's meaning.

Data only, re-exported by `stats.lexicon` (read them as `lexicon.EVENT_CUES`).
"""

from typing import Final

# Nouns (singular, lower case) that name people, so a casualty verb can apply to them.
PEOPLE_NOUNS: Final = {
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
    "terrorist", "official", "employee", "individual", "evacuee", "survivor", "body", "customer",
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
    "household", "brother", "sister", "mother", "father", "parent", "sibling", "cousin", "uncle",
    "aunt", "nephew", "niece", "grandson", "granddaughter", "grandchild", "grandchildren",
    "grandparent", "neighbour", "neighbor", "striker",
}
# Endings of compound people nouns: "schoolgirls", "firemen", "steelworkers".
PEOPLE_ENDINGS: Final = ("girl", "boy", "man", "men", "woman", "women", "child", "children", "worker",
                         "person", "people", "climber", "hiker", "diver", "swimmer", "camper", "trekker",
                         "rider", "runner", "keeper", "maker", "goer", "dweller", "traveller", "traveler",
                         "fighter", "rescuer", "owner", "seeker", "holder")

# People nouns that name a part of a population by age or sex: "others" set against them
# ("killed two children and wounded 40 others") are other people, not more of them.
PEOPLE_SUBGROUPS: Final = {"children", "child", "women", "woman", "men", "man", "boys", "boy", "girls",
                           "girl", "babies", "baby", "infants", "infant", "teenagers", "teenager",
                           "minors", "minor", "toddlers", "elderly", "adults", "adult"}

# Words near a figure that decide its category, strongest first: (category, words). A word
# ending in "*" matches any word it begins ("kill*": killed, killing); others match whole.
EVENT_CUES: Final[list[tuple[str, list[str]]]] = [
    ("killed", ["kill*", "dead", "death", "deaths", "died", "die", "dies", "dying",
                "fatalit*", "massacr*", "slain", "slaughter*", "murder*", "executed",
                "execution*", "perish*", "behead*", "assassinat*", "drowned", "toll",
                "neutralis*", "neutraliz*"]),
    ("injured", ["injur*", "wound*", "hurt", "maimed", "hospitali*", "hospital", "treated",
                 "treating"]),
    ("surrendered", ["surrender*", "deserted", "deserter*", "defected", "defector*"]),
    ("prisoners", ["prisoner*", "detain*", "detention", "arrest*", "captive*", "hostage*",
                   "abduct*", "kidnap*", "jailed", "imprison*", "freed", "freeing",
                   "released", "releasing", "custody", "inmate*", "captured", "seized", "handcuff*"]),
    ("displaced", ["displac*", "fled", "flee*", "refugee*", "evacuat*", "homeless",
                   "uproot*", "relocat*", "sheltered", "sheltering", "rehoused"]),
    ("missing", ["missing", "unaccounted", "trapped", "trapping"]),
    ("affected", ["affect", "affects", "affected", "affecting", "impacted", "stranded",
                  "marooned", "malnourished", "starving", "infected", "infecting", "sickened",
                  "vaccinated", "vaccinate", "vaccinating", "immunised", "immunized"]),
]
# Idioms after a figure's noun that give a category: "20 people lost their lives".
EVENT_PHRASES: Final[list[tuple[str, str]]] = [
    ("killed", r"lost\s+their\s+lives"),
    # "30 more were believed to be underground", "are still trapped under the rubble" (not
    # "residents remain underground in metro stations", "240 hostages are still inside")
    ("missing", r"believed\s+to\s+be\s+(?:still\s+)?(?:trapped\s+)?(?:underground|under\s+the\s+rubble)\b"
                r"|trapped\s+(?:underground|under\s+the\s+rubble)\b"),
    ("displaced", r"(?:from|out\s+of)\s+their\s+homes|forced\s+to\s+flee|(?:sought|took|taking)\s+refuge"

                  r"|(?:moved|taken|transferred)\s+(?:\p{L}+\s+){0,3}?to\s+(?:[\p{L}\p{N},]+\s+){0,3}?(?:shelters?|camps?)\b"
                  r"|(?:ordered|forced|told|urged)\s+to\s+(?:leave|evacuate|abandon|flee)\s+(?:their\s+)?"
                  r"(?:homes?|houses?|villages?|towns?|city)\b"
                  r"|to\s+(?:leave|flee|abandon)\s+(?:their\s+)?(?:homes?|houses?|villages?)\b"
                  r"|(?:moved|taken|brought|evacuated)\s+to\s+safety\b"),
    # Moves that displace civilians only (`CIVILIANS`): "31,000 people have crossed from Congo
    # into Uganda", "2,400 people reached the transit centre", "640 people spent Wednesday
    # night in shelters"; troops who cross a border or fans who spend the night in a stadium
    # are not displaced.
    ("moved", r"(?:crossed|crossing)\s+(?:the\s+border\s+)?(?:from|into|at)\b"
              r"|(?:moved|relocated)\s+to\s+(?:safety|safer\s+ground|higher\s+ground)"
              r"|(?:reached|arrived\s+(?:at|in))\s+(?:the\s+)?(?:[\p{Lu}\p{L}\-]+\s+){0,3}?"
              r"(?:(?:transit|reception)\s+cent(?:re|er)s?|camps?|settlements?|shelters?)\b"
              r"|forced\s+(?:out\s+of|from)\b"
              r"|(?:spent|spend|spending|slept|sleeping)\s+(?:the|last|that|\p{Lu}\p{L}+)\s+night\s+(?:in|at)\s+"
              r"(?:a|an|the)?\s*(?:\p{L}+\s+){0,2}?"
              r"(?:shelters?|gym\p{L}*|schools?|camps?|tents?|halls?|churche?s?|mosques?|stadiums?|arenas?)\b"),
    ("injured", r"with\s+(?:\p{L}+\s+){0,2}?(?:injuries|wounds|burns|fractures)"
                r"|(?:taken|rushed|admitted|airlifted|flown)\s+to\s+(?:the\s+)?(?:[\p{Lu}][\p{L}\-]*\s+){0,6}"
                r"(?-i:hospital|clinic)\b"
                r"|in\s+intensive\s+care|in\s+(?:a\s+)?(?:serious|critical)\s+condition"),
    ("killed", r"to\s+(?:die|have\s+died|be\s+killed)\b"),
    ("prisoners", r"(?:taken|held|kept)\s+(?:hostage|captive|prisoner)"
                  r"|(?:taken\s+(?:away\s+)?|held\s+(?:captive\s+)?)by\s+(?:the\s+)?(?:armed\s+groups?|gunmen|kidnappers"
                  r"|bandits|abductors|militants|attackers|rebels|armed\s+men|jihadists|insurgents|guerrillas|captors)\b"),
    ("missing", r"still\s+(?:being\s+)?(?:searched\s+for|sought|looked\s+for)|feared\s+missing"),
    # "3 million need food aid", "in need of assistance", "face acute hunger".
    ("affected", r"(?:are\s+|were\s+|remain\s+)?in\s+need|need(?:s|ed)?\s+(?:\p{L}+\s+){0,2}?"
                 r"(?:aid|assistance|help|relief|food|shelter|water|support|protection)"
                 r"|food[-\s]insecur\p{L}*|fac(?:e|es|ed|ing)\s+(?:[\p{L}\-]+\s+){0,6}?"
                 r"(?:hunger|starvation|famine|food\s+insecurity|food\s+shortages)"
                 r"|at\s+risk\s+of\s+(?:hunger|famine|starvation|catastrophe)|go(?:ing|es)?\s+hungry"
                 r"|(?:be\s+)?in\s+(?-i:Emergency|Catastrophe|Famine|Crisis)\b|(?:in\s+)?(?:IPC\s+)?Phase\s+[3-5]\b"
                 r"|skipp\p{L}*\s+meals"
                 r"|(?:depend|rely|relies|relying)\p{L}*\s+on\s+(?:\p{L}+\s+)?aid"
                 r"|without\s+(?:\p{L}+\s+)?(?:power|electricity|water|food|shelter)|(?:were|are|was|is|left)\s+in\s+the\s+dark(?!\s+(?:about|over|as\s+to)\b)"
                 r"|(?:lost|lose|losing)\s+(?:their\s+)?(?:power|electricity|water\s+supply)"
                 r"|(?:do|does|did)\s+not\s+have\s+enough\s+(?:to\s+eat|food|water)"
                 r"|(?:is|are|was|were)\s+(?:\p{L}+ly\s+)?malnourished"
                 r"|(?:with|suffer\p{L}*\s+from)\s+(?:\p{L}+\s+){0,2}?(?:malnutrition|starvation)"
                 r"(?!\s+(?:\p{L}+\s+){0,2}?(?:died|die|dies|dead|killed))"),
]
# Phrases right before a figure that give a category: "the search for 12 fishermen", and
# the people an aid appeal or operation means to reach ("an appeal to reach 750,000
# people"; a sentence about aid, `AID_WORDS`, is required for the latter).
EVENT_PHRASES_BEFORE: Final[list[tuple[str, str]]] = [
    ("missing", r"\b(?:search\p{L}*|looking|hunt\p{L}*)\s+(?:(?!for\b)\p{L}+\s+){0,3}?for\s+$"),
    # "Egypt hosts about 1.5 million Sudanese": people hosted by a country are refugees
    ("displaced_hosted", r"\bhost(?:s|ed|ing)?\s+$"),
    # "We have buried 41 people"; "the hospital admitted 64 patients" (a sentence about care)
    ("buried", r"\bburied\s+$"),
    # "the bodies of three people were recovered": the dead
    ("killed", r"\b(?:bodies|remains|corpses)\s+of\s+(?:(?:the|another|a\s+further)\s+)?$"),
    ("admitted", r"\badmitted\s+$"),
    ("affected", r"\b(?:reach|help|assist|support|feed|serve|target|targets|targeting|targeted"
                 r"|reached|helped|assisted|supported|fed|reaches|helps|assists|supports|feeds|serves)\s+$"
                 r"|\b(?:aid|assistance|rations|supplies|shelter|relief|treatment|water|food|kits|vouchers|cash"
                 r"|meals)\s+(?:to|for)\s+$"),
]
AID_WORDS: Final = ["appeal", "aid", "humanitarian", "relief", "assistance", "food", "donor", "donors",
                    "famine", "hunger", "drought", "agency", "agencies", "wfp", "unicef", "ocha", "unhcr",
                    "iom", "distributed", "distribution", "distributing", "vaccination", "vaccine",
                    "vaccines", "immunization", "immunisation", "subsidy", "subsidies", "response plan"]
# Killed and injured named together, next to a figure: "40 people were killed or wounded",
# "the dead and injured numbered 300". Each part given with it keeps its own word.
CASUALTY_PAIRS: Final = [
    r"(?:kill\p{L}*|dead|died|deaths?)\s*(?:,|and|or|and/or|/)\s*(?:\p{L}+ly\s+)?(?:wound\p{L}*|injur\p{L}*|hurt|maimed)",
    r"(?:wound\p{L}*|injur\p{L}*|hurt)\s*(?:,|and|or|and/or|/)\s*(?:kill\p{L}*|dead|died)",
]
# Verbs that give a category only when they stand before the figure: troops "lost" in a
# war are killed (gold DECISIONS), but "20 soldiers lost their way" is not.
LEFT_ONLY_CUES: Final[dict[str, str]] = {"lost": "killed", "lose": "killed", "losing": "killed"}
# Verbs by which an event takes lives, before "N lives" or "the lives of N": "the floods
# claimed 46 lives", "cost 12 lives", "took the lives of 9 people" (killed; not "saved 200
# lives", "changed the lives of 3 million people").
LIFE_TAKING_VERBS: Final = frozenset({"claim", "claims", "claimed", "claiming", "take", "takes", "took", "taken",
                                      "taking", "cost", "costs", "costing", "lost", "lose", "loses", "losing"})
LIVES: Final = frozenset({"life", "lives"})
# People a business, a party or a service "loses" alive: "lost 300 employees", "lost 2,000
# customers", "lost 40,000 voters".
NOT_LOST_LIVES: Final = frozenset({"customer", "employee", "subscriber", "client", "voter", "supporter",
                                   "user", "viewer", "reader", "seat", "job"})

# Head nouns (singular) that decide a category on their own, when no event cue applies.
NOUN_CATEGORIES: Final[list[tuple[str, list[str]]]] = [
    ("casualties", ["casualty", "casualties"]),
    ("killed", ["death", "dead", "fatality", "body", "bodies", "corpse", "grave", "victim",
                "toll", "killed", "homicide", "murder", "killing"]),
    ("injured", ["injury", "wounded", "injured", "patient"]),
    ("missing", ["missing", "disappeared"]),
    ("displaced", ["refugee", "evacuee", "idp", "displaced", "asylum-seeker", "seeker", "migrant",
                   "arrival"]),
    ("affected", ["malnutrition"]),
    ("prisoners", ["prisoner", "detainee", "hostage", "captive", "inmate", "kidnapping", "abduction"]),
    ("population", ["voter", "electorate"]),
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
    ("money", ["revenue", "budget", "aid", "funding", "fund", "cost", "spending", "loan", "money",
               "debt", "grant", "income", "salary", "wage", "tax", "customs",
               "profit", "sale", "gdp", "investment", "donation", "pledge",
               "appeal", "dollar", "euro", "export", "import", "trade", "assistance",
               "reconstruction", "compensation", "ransom", "bounty", "earning",
               "domesticproduct", "receipt", "price", "rent", "allowance", "pension", "fare", "fee",
               "currency"]),
    ("population", ["resident", "inhabitant", "population", "citizen", "villager"]),
]
# People counted with no event word are the population only where the text says they live
# ("a town of about 9,000 people", "home to 30,000 people", "40,000 people live there").
POPULATION_PEOPLE: Final = ["people", "person", "family", "families", "household"]
# ("a population of 1.4 million people"; voters "on the electoral register" are the population too)
RESIDENCE_WORDS: Final = (r"liv(?:e|es|ed|ing)|resid\p{L}*|inhabit\p{L}*|home\s+to|population\s+of"
                          r"|on\s+the\s+(?:electoral\s+)?(?:register|roll)")
PLACE_OF_WORDS: Final = ["town", "city", "village", "country", "island", "nation", "community", "district",
                         "region", "state", "camp", "settlement", "province", "county"]
# Verbs of holding or taking that make a share of a named place "territory".
TERRITORY_VERBS: Final = ["control*", "seiz*", "captur*", "overr*", "took", "take*", "occup*",
                          "conquer*", "retak*", "recaptur*", "annex*", "liberat*"]
# Words that make counted places held or lost (territory), beside the verbs of taking: "the
# ninth city to fall", "districts under Taliban control", "lost two provinces". Places
# counted otherwise ("cases in 14 of the country's 23 regions", "the survey covered 42
# districts") are "other".
HOLDING_WORDS: Final = [*TERRITORY_VERBS, "fell", "fall*", "lost", "los*", "held", "hold*", "gain*", "won",
                                          "under", "siege", "besieg*", "encircl*", "surround*", "abandon*",
                                          "evacuat*", "withdr*", "handed", "ceded", "surrender*", "regain*",
                                          "reclaim*", "advanc*", "swept", "sweep*", "stormed", "entered",
                                          "blockad*", "contested", "frontline", "collaps*"]
# Animals: an event word does not make them casualties ("2.2 million livestock have died").
ANIMAL_NOUNS: Final = ["livestock", "cattle", "animal", "goat", "sheep", "camel", "cow", "herd", "head",
                       "poultry", "chicken", "bird", "fish", "pig", "donkey", "horse", "dog"]
# Buildings and vehicles: an event word beside them is not a casualty's ("treated 186,000
# homes", "10 coaches derailed", "40 shops burned").
STRUCTURE_NOUNS: Final = ["home", "house", "building", "shop", "stall", "school", "vehicle", "car", "truck", "lorry",
                          "coach", "wagon", "carriage", "boat", "ship", "vessel", "bridge", "tent", "shelter"]
# Verbs of change before a percentage: "economists expect the economy to grow 2.1%", "prices
# have risen by 35%" give a rate of change, not a share of what changes.
SHARE_CHANGE_BEFORE: Final = (r"\b(?:grow|grew|grown|growing|rise|rose|risen|rising|fall|fell|fallen|falling|gain|gained"
                              r"|gaining|drop|dropped|increase|increased|decrease|decreased|expand|expanded|shrink|shrank"
                              r"|shrunk|climb|climbed|jump|jumped|slow|slowed|contract|contracted|up|down|cut|raised"
                              r"|goes\s+up|went\s+up|go\s+up|(?:a|an)\s+(?:rise|fall|increase|drop|decline|cut)\s+of)(?:\s+by)?"
                              r"(?:\s+(?:about|around|some|nearly|almost|over|more\s+than|less\s+than))?\s+$")
# Armed-people nouns: when they "fled" they deserted (gold DECISIONS), not displaced.
# Civilians that a move or a night in a shelter makes displaced ("moved" phrases).
CIVILIANS: Final = frozenset({"people", "person", "family", "families", "resident", "household", "civilian", "child",
                              "children", "woman", "women", "villager", "refugee", "migrant", "evacuee",
                              "asylum-seeker", "inhabitant", "local", "displaced", "survivor"})
ARMED_PEOPLE: Final = ["troop", "soldier", "fighter", "force", "commando", "militant", "police",
                       "officer", "guard", "personnel", "army", "recruit", "combatant"]
# Quantifiers that take an "of" phrase: in "many of Kandahar's 600,000 residents have
# fled" the verb belongs to "many", not to the figure inside the of-phrase.
PARTITIVE_QUANTIFIERS: Final = ["many", "some", "most", "much", "half", "all", "few", "none",
                                "several", "majority", "part", "rest", "hundreds", "thousands",
                                "dozens", "one", "each", "any", "both", "millions", "tens"]
