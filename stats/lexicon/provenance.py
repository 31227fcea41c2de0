"""Word tables for provenance: who says a figure (`said_by`), where (`place`), when (`period`).

Data only; `stats.describe.provenance_patterns` compiles them. Keys are lower case unless
the table says otherwise.
"""

# Verbs that give a figure a source: "officials said", "the ministry estimated". The
# present, past and -ing forms are listed; "according to" and "put ... at" have rules of
# their own.
SPEECH_VERBS = frozenset(
    """
    said says say saying told tells tell claimed claims claiming reported reports reporting
    estimated estimates estimating added adds stated states announced announces confirmed
    confirms warned warns vowed vows suggest suggests suggested noted notes insisted insists
    predicted predicts wrote writes tweeted posted counted recorded explained explains
    acknowledged acknowledges admitted admits alleged alleges declared declares disclosed
    revealed reveals indicated indicates showed shows projected projects forecast forecasts
    calculated calculates believes believe believed argued argues cautioned cautions
    promised promises pledged pledges boasted boasts asserted asserts
""".split()
)
# Verbs whose time is the statement's, not the figure's ("said this week").
STATEMENT_VERBS = frozenset(
    """
    said says told tells announced announces stated states added adds claimed claims warned
    warns confirmed confirms insisted insists declared declares
""".split()
)
# Speech verbs that take the outlet or audience as object: "told Reuters", "told reporters".
TELLING_VERBS = frozenset({"told", "tells", "tell"})
# Verbs that are speech only when a source noun is their subject ("the report shows"),
# never after a person ("he shows").
DOCUMENT_VERBS = frozenset({"showed", "shows", "indicated", "indicates", "suggest", "suggests", "suggested"})

# Titles and honorifics dropped from a name ("President Joe Biden" -> "Joe Biden").
TITLES = frozenset(
    """
    president vice prime minister ministers mr mr. mrs mrs. ms ms. miss dr dr. sir dame lord lady
    gen gen. general lt lt. lieutenant col col. colonel maj maj. major capt capt. captain
    sgt sgt. sergeant adm adm. admiral brig brig. brigadier cmdr commander chief
    governor gov gov. sen sen. senator rep rep. representative congressman congresswoman
    chancellor king queen prince princess sheikh judge justice mayor secretary
    secretary-general ambassador professor prof prof. rev rev. reverend pope bishop
    archbishop deputy spokesman spokeswoman spokesperson chairman chairwoman chair director
    inspector superintendent commissioner constable officer detective ceo chief-executive
    mp mep premier emir sultan presidential
""".split()
)

# Third-person pronouns that stand for a source already named.
PERSON_PRONOUNS = frozenset({"he", "she"})
BODY_PRONOUNS = frozenset({"it", "they"})
# Words that open a sentence continuing the previous one's account ("His wife and two
# daughters were killed." after "One man, Yaar Mohammed, said ...").
CONTINUING_OPENERS = frozenset({"his", "her", "their", "he", "she", "they"})

# Nouns for a source that is a document or a count rather than a speaker ("the report").
DOCUMENT_NOUNS = frozenset(
    """
    report reports statement statements bulletin bulletins figures data tally count
    estimate estimates survey study analysis assessment assessments census records
""".split()
)
# What an outlet's own count tracks ("began tracking casualties").
TRACKED_NOUNS = frozenset({"casualties", "deaths", "killings", "cases", "incidents", "attacks",
                           "toll", "dead", "fatalities", "shootings", "strikes", "arrests"})
# Heads after "according to" that are not sources ("according to plan").
NOT_SOURCES = frozenset({"custom", "customs", "tradition", "plan", "plans", "law", "schedule",
                         "rules", "protocol", "script", "design", "procedure", "instructions"})
# Words that make an outlet's own tracking the source ("since The Times began tracking").
TRACKING_WORDS = frozenset({"tracking", "counting", "tallying", "monitoring", "recording"})

# Generic words a place name may carry ("Kandahar city", "Sarobi district").
PLACE_GENERICS = frozenset(
    """
    city town village district province region state county municipality governorate
    prefecture department oblast island islands valley river basin coast border area
    capital camp neighbourhood neighborhood suburb port airport refugee-camp
""".split()
)
# Compass and position words joined to a name ("western Herat", "northern Syria").
COMPASS_WORDS = frozenset(
    """
    north south east west northern southern eastern western central northeastern
    northwestern southeastern southwestern north-east north-west south-east south-west
    north-eastern north-western south-eastern south-western upper lower greater
""".split()
)
# Prepositions that tie a figure to a place ("in Kandahar", "near Mosul").
PLACE_PREPOSITIONS = frozenset(
    """
    in near outside around across inside throughout at into from to of off
""".split()
)
# Definite descriptions of a place resolved from a neighbour ("the city" -> Herat).
# "the country" is left out: a country-wide figure names no place unless the text does.
PLACE_ANAPHORS = frozenset(
    {"city", "town", "village", "province", "region", "district", "capital", "area", "island"}
)
# Lower-case words that may follow a place name without making it an adjective ("in Kabul
# on Friday", "in Herat where ..."); another lower-case word after a name makes it one
# ("in Afghan politics", "Russian officials").
AFTER_PLACE = frozenset(
    """
    on in at and or but where which who that to from for with as by after before during
    since until while when is was were are has have had will would could said says
    told province city district region town village state county area border over
    across through into near under amid against this last next the a an its their his
    her overnight yesterday today earlier later now also alone only so than
""".split()
)
# Endings of a nationality adjective ("Afghan", "Sudanese", "British", "Iraqi").
DEMONYM_ENDINGS = ("an", "ian", "ese", "ish", "ic", "i", "ean", "ch")
# Facilities that make the name before them a place without being written with it
# ("at the Sher Khan Bandar post" -> "Sher Khan Bandar").
FACILITY_WORDS = frozenset(
    {
        "post",
        "crossing",
        "checkpoint",
        "base",
        "bridge",
        "dam",
        "mine",
        "market",
        "hospital",
        "factory",
        "plant",
        "station",
    }
)

# Capitalised words that are never a place (months, weekdays, holidays, sentence words).
NOT_PLACES = frozenset(
    """
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday
    friday saturday sunday eid christmas easter ramadan i we you he she it they the a an
    this that these those his her their its our my mr mrs ms dr in on at around near across
    with from for after before during despite as of and but or if when while since by to
    into over under about some many most all both other another there here
""".split()
)

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

# Countries and well-known regions, so a bare or possessive mention is known as a place
# ("Afghanistan's roughly 400 districts") even when the article never writes "in" before it.
PLACE_NAMES = frozenset(
    """
    Afghanistan Albania Algeria Andorra Angola Argentina Armenia Australia Austria Azerbaijan
    Bahamas Bahrain Bangladesh Barbados Belarus Belgium Belize Benin Bhutan Bolivia Bosnia
    Botswana Brazil Brunei Bulgaria Burkina Burundi Cambodia Cameroon Canada Chad Chile China
    Colombia Comoros Congo Croatia Cuba Cyprus Czechia Denmark Djibouti Dominica Ecuador Egypt
    Eritrea Estonia Eswatini Ethiopia Fiji Finland France Gabon Gambia Georgia Germany Ghana
    Greece Grenada Guatemala Guinea Guyana Haiti Honduras Hungary Iceland India Indonesia Iran
    Iraq Ireland Israel Italy Jamaica Japan Jordan Kazakhstan Kenya Kiribati Kosovo Kuwait
    Kyrgyzstan Laos Latvia Lebanon Lesotho Liberia Libya Liechtenstein Lithuania Luxembourg
    Madagascar Malawi Malaysia Maldives Mali Malta Mauritania Mauritius Mexico Micronesia
    Moldova Monaco Mongolia Montenegro Morocco Mozambique Myanmar Burma Namibia Nauru Nepal
    Netherlands Nicaragua Niger Nigeria Norway Oman Pakistan Palau Palestine Panama Paraguay
    Peru Philippines Poland Portugal Qatar Romania Russia Rwanda Samoa Senegal Serbia
    Seychelles Singapore Slovakia Slovenia Somalia Somaliland Spain Sudan Suriname Sweden
    Switzerland Syria Taiwan Tajikistan Tanzania Thailand Togo Tonga Tunisia Turkey Türkiye
    Turkmenistan Tuvalu Uganda Ukraine Uruguay Uzbekistan Vanuatu Venezuela Vietnam Yemen
    Zambia Zimbabwe Britain England Scotland Wales America Europe Africa Asia Gaza Darfur
    Kashmir Crimea Donbas Tigray Kurdistan Sahel Balkans Caribbean Mediterranean
""".split()
)
PLACE_NAME_PHRASES = frozenset(
    {
        "United States",
        "United Kingdom",
        "Sri Lanka",
        "Saudi Arabia",
        "New Zealand",
        "South Africa",
        "South Korea",
        "North Korea",
        "South Sudan",
        "West Bank",
        "Sierra Leone",
        "Costa Rica",
        "El Salvador",
        "Ivory Coast",
        "Central African Republic",
        "Papua New Guinea",
        "Cape Verde",
        "East Timor",
        "Timor-Leste",
        "Dominican Republic",
        "Middle East",
        "Horn of Africa",
        "Gaza Strip",
        "Latin America",
        "Southeast Asia",
    }
)
# Capitals and the largest cities news names without a country, known as places the same way.
CITY_NAMES = frozenset(
    """
    Kabul Kandahar Herat Mazar-i-Sharif Islamabad Karachi Lahore Delhi Mumbai Kolkata Dhaka
    Kathmandu Colombo Tehran Baghdad Mosul Basra Damascus Aleppo Idlib Homs Beirut Amman
    Jerusalem Ramallah Riyadh Jeddah Sanaa Aden Doha Dubai Muscat Ankara Istanbul Cairo
    Alexandria Tripoli Benghazi Tunis Algiers Rabat Casablanca Khartoum Omdurman Juba Addis
    Ababa Asmara Mogadishu Nairobi Mombasa Kampala Kigali Goma Kinshasa Lagos Abuja Kano
    Maiduguri Accra Dakar Bamako Niamey Ouagadougou Conakry Freetown Monrovia Abidjan
    Yaounde Luanda Lusaka Harare Maputo Johannesburg Pretoria Durban Antananarivo Moscow
    Kyiv Kiev Kharkiv Odesa Mariupol Donetsk Luhansk Minsk Warsaw Berlin Paris London
    Madrid Rome Athens Vienna Brussels Amsterdam Geneva Stockholm Oslo Helsinki Lisbon
    Dublin Belgrade Sarajevo Budapest Prague Bucharest Sofia Tbilisi Yerevan Baku Tashkent
    Dushanbe Bishkek Almaty Astana Beijing Shanghai Wuhan Hong Kong Taipei Tokyo Seoul
    Pyongyang Manila Jakarta Bangkok Hanoi Yangon Naypyitaw Phnom Penh Vientiane Kuala Lumpur
    Singapore Sydney Melbourne Washington New York Chicago Ottawa Toronto Mexico Havana
    Caracas Bogota Lima Quito Santiago Buenos Aires Brasilia Rio Sao Paulo Gaza Rafah
    Khan Younis Jenin Hebron Port-au-Prince
""".split()
) | {
    "Addis Ababa",
    "Hong Kong",
    "Phnom Penh",
    "Kuala Lumpur",
    "New York",
    "Buenos Aires",
    "Sao Paulo",
    "Rio de Janeiro",
    "Khan Younis",
    "Mexico City",
    "New Delhi",
}

# ----------------------------------------------------------------------------- implied singles

# Singular nouns for a person who may be the one killed, hurt, missing or taken
# ("a policeman was killed"). Roles that are never the casualty themselves (spokesman,
# witness, suicide bomber) are not here.
CASUALTY_PERSONS = frozenset(
    """
    soldier policeman policewoman officer civilian child boy girl woman man baby infant
    toddler teenager teen youth student pupil schoolboy schoolgirl teacher worker doctor
    nurse paramedic medic journalist reporter photographer cameraman farmer fisherman
    herder shepherd miner passenger pedestrian bystander resident villager tourist pilgrim
    worshipper migrant refugee guard peacekeeper militant fighter insurgent rebel commander
    official employee contractor engineer volunteer firefighter rescuer protester
    protestor demonstrator monk priest imam cleric trader shopkeeper vendor businessman
    businesswoman lawyer activist prisoner inmate sailor pilot member elder politician
    lawmaker mayor nun pensioner motorist cyclist hiker climber swimmer warlord driver
    security-guard diplomat trucker labourer laborer mother father son daughter grandmother
    grandfather girlfriend boyfriend husband wife
""".split()
)
# Casualty words and the category each gives an implied single.
IMPLIED_PASSIVE: dict[str, str] = {
    "killed": "killed",
    "shot dead": "killed",
    "executed": "killed",
    "murdered": "killed",
    "assassinated": "killed",
    "beheaded": "killed",
    "lynched": "killed",
    "stabbed to death": "killed",
    "beaten to death": "killed",
    "burned to death": "killed",
    "crushed to death": "killed",
    "wounded": "injured",
    "injured": "injured",
    "hurt": "injured",
    "stabbed": "injured",
    "shot": "injured",
    "kidnapped": "prisoners",
    "abducted": "prisoners",
    "taken hostage": "prisoners",
    "detained": "prisoners",
    "arrested": "prisoners",
    "captured": "prisoners",
    "seized": "prisoners",
}
IMPLIED_INTRANSITIVE: dict[str, str] = {
    "died": "killed",
    "drowned": "killed",
    "perished": "killed",
    "was missing": "missing",
    "is missing": "missing",
    "went missing": "missing",
    "remains missing": "missing",
    "remained missing": "missing",
    "is unaccounted for": "missing",
    "was unaccounted for": "missing",
    "is still missing": "missing",
    "was still missing": "missing",
}
IMPLIED_ACTIVE: dict[str, str] = {
    "killing": "killed",
    "killed": "killed",
    "shooting dead": "killed",
    "shot dead": "killed",
    "executing": "killed",
    "executed": "killed",
    "murdering": "killed",
    "murdered": "killed",
    "wounding": "injured",
    "wounded": "injured",
    "injuring": "injured",
    "injured": "injured",
    "kidnapping": "prisoners",
    "kidnapped": "prisoners",
    "abducting": "prisoners",
    "abducted": "prisoners",
    "detaining": "prisoners",
    "detained": "prisoners",
    "arresting": "prisoners",
    "arrested": "prisoners",
}
# "the dead included two guards and a nurse": a list of the casualties.
IMPLIED_LISTS: dict[str, str] = {
    "dead": "killed",
    "killed": "killed",
    "victims": "killed",
    "injured": "injured",
    "wounded": "injured",
    "missing": "missing",
    "hostages": "prisoners",
}
