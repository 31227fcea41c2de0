"""Word tables for `place`: generic and compass words, prepositions, and the countries,
regions and cities news names without saying where they are (data only)."""

from typing import Final

# Generic words a place name may carry ("Kandahar city", "Sarobi district").
PLACE_GENERICS: Final = frozenset(
    """
    city town village district province region state county municipality governorate
    prefecture department oblast island islands valley river basin coast border area
    capital camp neighbourhood neighborhood suburb port airport refugee-camp beach ward
    dam resort zone regions provinces districts counties neighbourhoods neighborhoods division
    settlement township townships subdistrict subdistricts sub-district sub-districts regency commune
    communes municipalities parish upazila upazilas tehsil woreda barangay coasts
    sub-division sub-divisions subdivision subdivisions circle cercle
""".split()
) | {"industrial zone", "industrial estate", "industrial area", "industrial park", "local government area",
     "local government areas"}
# Words that make a name a place when they head its apposition only ("Djidian, an artisanal
# gold-mining site in ...", "Mwanza, a farming community"), not after it ("the business community").
APPOSITIVE_PLACES: Final = frozenset({"site", "hamlet", "locality", "community", "enclave", "outpost"})
# Generic words for a part of a city or a district, named before the place that holds it
# ("the Monplaisir district of Lyon"): the part is the more specific place.
PART_GENERICS: Final = frozenset(
    {"district", "neighbourhood", "neighborhood", "suburb", "ward", "quarter", "borough", "township", "camp"}
)
# Words that make a capitalised name a place by its form, first ("Lake Kivu", "Mount
# Kenya", "Boulevard Voltaire") or last ("Keowee Street", "the Tana River", "Red Sea", a
# facility's own name: "Bunia General Hospital", "Litoral Penitentiary").
PLACE_FORM_FIRST: Final = frozenset({"Lake", "Mount", "Mt.", "Cape", "Boulevard", "Rue", "Avenue"})
PLACE_FORM_LAST: Final = frozenset(
    """
    Street Road Avenue Boulevard Square Lane Highway River Valley Lake Sea Ocean Beach
    Island Islands Mountains Hills Airport Stadium Camp Hospital Clinic Penitentiary Prison
    Jail Mine Refinery Temple Mosque Cathedral Arena Complex Shaft Market Harbour Harbor Bridge Pier Wharf
""".split()
)
# Two last words that make a facility's name ("Jinnah Postgraduate Medical Centre").
PLACE_FORM_LAST_PAIRS: Final = frozenset({"Medical Centre", "Medical Center", "Health Centre", "Health Center"})
# Compass and position words joined to a name ("western Herat", "northern Syria").
COMPASS_WORDS: Final = frozenset(
    """
    north south east west northern southern eastern western central northeastern
    northwestern southeastern southwestern north-east north-west south-east south-west
    north-eastern north-western south-eastern south-western upper lower greater
    north-central south-central east-central west-central downtown uptown
""".split()
)
# Prepositions that make a capitalised name a place wherever it stands ("in Kandahar"; not
# "from" or "to": "five seats from Labour").
STRONG_PREPOSITIONS: Final = frozenset({"in", "near", "outside", "inside", "across", "throughout", "around", "off"})
# People named after their place ("a resident of Derna", "the mayor of Lviv").
PEOPLE_OF: Final = frozenset({"resident", "residents", "inhabitants", "people", "citizens", "villagers", "mayor",
                              "governor", "native", "natives"})
# Prepositions that tie a figure to a place ("in Kandahar", "near Mosul").
PLACE_PREPOSITIONS: Final = frozenset(
    """
    in near outside around across inside throughout at into from to of off on along
    above below through between
""".split()
)
# Verbs whose object is the place an event reaches ("the earthquake struck western Nepal",
# "27,000 migrants have reached Italy", "4 million people have fled Sudan", "gunmen stormed
# Dourou"); not "hit", whose object is as often a team ("the champions hit Brazil").
PLACE_VERBS: Final = frozenset(
    """
    reached entered fled struck battered lashed swept ravaged devastated crossed flooded
    shelled bombed pounded shook rocked raided stormed
""".split()
)
# Words between a preposition and a place that are not part of its name ("in neighbouring
# Bradford", "to nearby Goma").
PLACE_MODIFIERS: Final = frozenset({"neighbouring", "neighboring", "nearby", "adjacent"})
# Words that place a sentence without a name ("voters abroad", "Nationwide, 7,960 ...").
SCENE_WORDS: Final = frozenset({"abroad", "overseas", "nationwide", "nationally", "statewide", "countrywide",
                                "elsewhere", "worldwide", "globally"})
# Nouns of a described scene after "in the <adjective>" ("in the metropolitan area").
SCENE_NOUNS: Final = frozenset({"area", "areas", "region", "regions", "provinces", "districts", "countryside",
                                "suburbs", "interior", "north", "south", "east", "west"})
# Words of direction before a place that is not where a thing is ("moving towards Laos").
DIRECTION_WORDS: Final = frozenset({"towards", "toward", "past", "beyond", "via"})
# Definite descriptions of a place resolved from a neighbour ("the city" -> Herat).
# "the country" is left out: a country-wide figure names no place unless the text does.
PLACE_ANAPHORS: Final = frozenset(
    {"city", "town", "village", "province", "region", "district", "capital", "area", "island", "settlement", "camp"}
)
# Place words that also name a government ("the state media", "the county would pay"): a
# description of a place only where no lower-case word follows ("across the state").
BODY_ANAPHORS: Final = frozenset({"state", "county"})
# Words before "on" that make the name after it a place ("landed on Crete", "arrivals on
# Lesbos"): on an island, not on a target ("attacks on the United States").
ARRIVAL_WORDS: Final = frozenset(
    """
    land landed lands landing arrive arrived arrives arriving arrival arrivals stranded
    ashore
""".split()
)
# Lower-case words that may follow a place name without making it an adjective ("in Kabul
# on Friday", "in Herat where ..."); another lower-case word after a name makes it one
# ("in Afghan politics", "Russian officials").
AFTER_PLACE: Final = frozenset(
    """
    on in at and or but where which who that to from for with as by after before during
    since until while when is was were are has have had will would could said says
    told province city district region town village state county area border over
    across through into near under amid against this last next the a an its their his
    her overnight yesterday today earlier later now also alone only so than
""".split()
)
# Endings of a nationality adjective ("Afghan", "Sudanese", "British", "Iraqi").
DEMONYM_ENDINGS: Final = ("an", "ian", "ese", "ish", "ic", "i", "ean", "ch")
# Nationality adjectives with other endings ("Philippine waters", "the Saxon parliament").
DEMONYM_WORDS: Final = frozenset(
    """
    Philippine Argentine Levantine Saxon Thai Swiss Greek Slovak Kazakh Uzbek Tajik Turkmen
    Kurd Lao Basque Catalan Flemish Walloon Sindhi Baloch Pashtun Druze
    Lendu Hema Fulani Tuareg Hausa Yoruba Igbo Ijaw Tutsi Hutu Dinka Nuer Masalit Zaghawa Oromo Hazara
    Uyghur Yazidi Rohingya Maasai Luo Bedouin
""".split()
)
# Facilities that make the name before them a place ("at the Sher Khan Bandar post").
FACILITY_WORDS: Final = frozenset(
    {
        "post",
        "crossing",
        "checkpoint",
        "base",
        "bridge",
        "market",
        "station",
        "mine",
        "hospital",
        "factory",
        "plant",
        "refinery",
        "prison",
        "jail",
        "penitentiary",
        "stadium",
        "temple",
    }
)
# Legislatures: bodies, whose owner is the place of their seats and votes ("in Kenya's
# parliament", "Germany's Bundestag").
LEGISLATURES: Final = frozenset(
    "parliament assembly congress senate bundestag bundesrat duma knesset sejm majlis legislature diet "
    "storting riksdag folketing".split()
)
# Faiths, which name a facility's kind, not a place ("the Sikh temple in Oak Creek").
FAITH_WORDS: Final = frozenset(
    "Buddhist Sikh Hindu Catholic Muslim Christian Jewish Orthodox Protestant Anglican Coptic Shia Sunni "
    "Evangelical Methodist Baptist Lutheran Pentecostal".split()
)
# Of those, the ones with a name of their own, written with it as the place ("at the Santa
# Rosa mine", "at Donka hospital"); the others take the town they are named after ("the Sher
# Khan Bandar post" -> "Sher Khan Bandar").
OWN_NAME_FACILITY_WORDS: Final = frozenset(
    {"mine", "hospital", "factory", "plant", "refinery", "prison", "jail", "penitentiary", "stadium", "temple", "market"}
)

# Capitalised words that are never a place (months, weekdays, holidays, sentence words).
NOT_PLACES: Final = frozenset(
    """
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday
    friday saturday sunday eid christmas easter ramadan i we you he she it they the a an
    this that these those his her their its our my mr mrs ms dr in on at around near across
    outside inside throughout with from for after before during despite as of and but or if when while since by to
    into over under about some many most all both other another there here rs sh ksh
    parliament congress senate court council cabinet government net
    emergency crisis catastrophe famine stressed
    usd eur gbp inr
""".split()
)

# Capitalised words of NOT_PLACES that end many place names after another capitalised word
# ("Nghe An", "Long An" in Vietnam): kept there, though "An" opens a sentence elsewhere.
NAME_FINAL_WORDS: Final = frozenset({"An"})
# Capitalised generic words that make the name they end a place by its form ("Summit
# County", "Herat Province", "Zaporizhzhia Oblast"); not "State" ("Islamic State") nor
# "District" ("Seventh Police District").
PLACE_FORM_GENERICS: Final = frozenset({"County", "Province", "Oblast", "Governorate", "Parish", "Municipality"})

# Capitalised words that name a place with a number after them ("Camp 9", "Ward 4",
# "Sector 7"): the number is part of the name.
NUMBERED_PLACE_WORDS: Final = frozenset({"Camp", "Ward", "Sector", "Block", "Zone", "Pavilion", "Terminal", "Pier", "Berth"})

# Countries and well-known regions, so a bare or possessive mention is known as a place
# ("Afghanistan's roughly 400 districts") even when the article never writes "in" before it.
PLACE_NAMES: Final[frozenset[str]] = frozenset(
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
PLACE_NAME_PHRASES: Final[frozenset[str]] = frozenset(
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
# One word a city each; the names of several words are in the set after the list (a split
# list would make "New" or "Khan" a place).
CITY_NAMES: Final[frozenset[str]] = frozenset(
    """
    Kabul Kandahar Herat Mazar-i-Sharif Islamabad Karachi Lahore Delhi Mumbai Kolkata Dhaka
    Kathmandu Colombo Tehran Baghdad Mosul Basra Damascus Aleppo Idlib Homs Beirut Amman
    Jerusalem Ramallah Riyadh Jeddah Sanaa Aden Doha Dubai Muscat Ankara Istanbul Cairo
    Alexandria Tripoli Benghazi Tunis Algiers Rabat Casablanca Khartoum Omdurman Juba
    Asmara Mogadishu Nairobi Mombasa Kampala Kigali Goma Kinshasa Lagos Abuja Kano
    Maiduguri Accra Dakar Bamako Niamey Ouagadougou Conakry Freetown Monrovia Abidjan
    Yaounde Luanda Lusaka Harare Maputo Johannesburg Pretoria Durban Antananarivo Moscow
    Kyiv Kiev Kharkiv Odesa Mariupol Donetsk Luhansk Minsk Warsaw Berlin Paris London
    Madrid Rome Athens Vienna Brussels Amsterdam Geneva Stockholm Oslo Helsinki Lisbon
    Dublin Belgrade Sarajevo Budapest Prague Bucharest Sofia Tbilisi Yerevan Baku Tashkent
    Dushanbe Bishkek Almaty Astana Beijing Shanghai Wuhan Taipei Tokyo Seoul
    Pyongyang Manila Jakarta Bangkok Hanoi Yangon Naypyitaw Vientiane
    Singapore Sydney Melbourne Washington Chicago Ottawa Toronto Mexico Havana
    Caracas Bogota Lima Quito Santiago Brasilia Gaza Rafah
    Jenin Hebron Port-au-Prince
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

# Plural nouns of the places a country or city owns that make its possessive the figure's place
# after a locative ("died on Peru's roads", "in Gaza's hospitals", "off Libya's coast").
OWNED_LOCATIONS: Final = frozenset({
    "road", "street", "highway", "coast", "coastline", "water", "hospital", "prison", "camp", "border",
})
