"""Word tables for `said_by`: speech verbs, titles, source nouns (data only)."""

from typing import Final

# Verbs that give a figure a source: "officials said", "the ministry estimated". The
# present, past and -ing forms are listed; "according to" and "put ... at" have rules of
# their own.
SPEECH_VERBS: Final = frozenset(
    """
    said says say saying told tells tell claimed claims claim claiming reported reports report
    reporting estimated estimates estimate estimating added adds stated states announced
    announces confirmed confirms confirm warned warns warn vowed vows suggest suggests
    suggested noted notes note insisted insists predicted predicts predict wrote writes
    tweeted posted explained explains acknowledged acknowledges admitted admits alleged
    alleges allege disclosed revealed reveals indicated indicates indicate showed shows show projected
    projects project forecast forecasts calculated calculates calculate believes believe
    believed argued argues cautioned cautions promised promises pledged pledges boasted boasts
    asserted asserts assert recorded counted registered appealed appeals found finds counts
    expect expects
""".split()
)
# Plural nouns for unnamed sources, never names even when a sentence opens with them
# ("Officials said ..."); two of them may be joined ("police and residents said").
SOURCE_NOUNS: Final = frozenset(
    """
    officials police witnesses residents analysts authorities rescuers medics doctors
    activists sources experts officers villagers organisers organizers diplomats
    investigators prosecutors forecasters economists researchers scientists survivors
    relatives families locals aides lawmakers officials spokesmen monitors observers engineers
    economists unions organisers campaigners agencies media outlets
""".split()
)
# Verbs whose time is the statement's, not the figure's ("said this week").
STATEMENT_VERBS: Final = frozenset(
    """
    said says told tells announced announces stated states added adds claimed claims warned
    warns confirmed confirms insisted insists declared declares
""".split()
)
# Verbs that are speech only when a source noun is their subject ("the report shows"),
# never after a person ("he shows").
DOCUMENT_VERBS: Final = frozenset(
    {
        "showed",
        "shows",
        "show",
        "indicate",
        "indicated",
        "indicates",
        "suggest",
        "suggests",
        "suggested",
        "recorded",
        "counted",
        "registered",
        "counts",
        "found",
        "finds",
    }
)
# Of those, the verbs of a finding, speech only after a document ("a report by the housing
# office found", "the survey finds"), never after people ("rescuers found 12 bodies").
FINDING_VERBS: Final = frozenset({"found", "finds"})
# Of those, the verbs of keeping a record, speech after people named by a common noun too
# ("health workers have recorded 1,140 cases", "officials counted 640 arrivals"), not after a
# place ("Tokyo recorded"); not "registered", whose object is often who signed up.
RECORD_VERBS: Final = frozenset({"recorded", "counted", "counts"})
# Words that open an address's parts between commas, never a title before a name ("Rhys
# Morgan, 24, of Flat 3, 27 Walter Road, Swansea, admitted").
ADDRESS_WORDS: Final = frozenset({"of", "from", "in", "at", "on", "near"})
# Who keeps such a record ("health workers have recorded", "officials counted").
RECORD_KEEPERS: Final = frozenset({"officials", "authorities", "police", "workers", "staff", "teams", "nurses", "doctors",
                                   "medics", "inspectors", "monitors", "observers", "researchers", "scientists",
                                   "volunteers", "rescuers", "investigators"})

# Words of an armed group's name that a state's own "the army" never stands for ("the army
# said" after the "National Liberation Army (ELN)" is named).
INSURGENT_NAME_WORDS: Final = frozenset({"Liberation", "Resistance", "Revolutionary", "Independence", "Salvation",
                                         "Rebel", "Insurgent", "Guerrilla", "Mujahideen", "Jihad"})
STATE_FORCE_NOUNS: Final = frozenset({"army", "forces", "military"})  # (the nouns that test applies to)
# What a source gives or releases when it names figures ("the governor has just given the
# latest figures:", "the ministry released new figures showing"): verbs, and the nouns after them.
GIVING_VERBS: Final = ["gave", "given", "gives", "give", "released", "published", "issued", "provided"]
GIVEN_FIGURES: Final = ["figures", "toll", "death toll", "tally", "numbers", "casualty figures"]

# Speech verbs whose words after them are their object, never a closing time ("..., and
# markets expect a further cut"; not "..., officials said on Friday").
OBJECT_VERBS: Final = frozenset({"expect", "expects"})

# Titles and honorifics dropped from a name ("President Joe Biden" -> "Joe Biden").
TITLES: Final = frozenset(
    """
    president vice prime minister ministers mr mr. mrs mrs. ms ms. miss dr dr. sir dame lord lady
    gen gen. general lt lt. lieutenant col col. colonel maj maj. major capt capt. captain
    sgt sgt. sergeant adm adm. admiral brig brig. brigadier cmdr commander chief
    governor gov gov. sen sen. senator rep rep. representative congressman congresswoman
    chancellor king queen prince princess sheikh judge justice mayor secretary
    secretary-general ambassador professor prof prof. rev rev. reverend pope bishop
    archbishop deputy spokesman spokeswoman spokesperson chairman chairwoman chair director
    inspector superintendent commissioner constable officer detective ceo chief-executive
    mp mep premier emir sultan presidential collector correspondent reporter dsp asp sp
    democrat republican alhaji alhaja hajiya haji mallam malam
    insp cpl pte pvt commodore marshal field-marshal major-general lieutenant-general
    brigadier-general councillor councilman councilwoman alderman magistrate coroner sheriff
    pastor imam rabbi prosecutor coordinator administrator manager cllr ssp dig igp dcp acp
    meteorologist forecaster economist analyst epidemiologist seismologist volcanologist climatologist
""".split()
)

# Third-person pronouns that stand for a source already named.
PERSON_PRONOUNS: Final = frozenset({"he", "she"})
# Their object forms, a source after "according to" ("According to him,"), and the subject each stands for.
OBJECT_PRONOUNS: Final = {"him": "he", "her": "she", "them": "they"}
BODY_PRONOUNS: Final = frozenset({"it", "they"})
POSSESSIVE_PRONOUNS: Final = frozenset({"its", "their", "his", "her", "our", "my", "your"})
# Words that open a sentence continuing the previous one's account ("His wife and two
# daughters were killed." after "One man, Yaar Mohammed, said ...").
CONTINUING_OPENERS: Final = frozenset({"his", "her", "their", "he", "she", "they"})

# Words that make a stretch between commas before a speaker a statement, not the speaker
# (`speaker_chain._statement`): an auxiliary before any relative word, a participle before one of
# the object openers ("affecting some 18,000 pupils").
AUXILIARIES: Final = frozenset("will would was were is are has have had can could shall should must".split())
RELATIVES: Final = frozenset({"who", "whom", "whose", "which", "that"})
OBJECT_OPENERS: Final = frozenset("some the a an about more nearly around up at over roughly almost its their".split())

# Titles that are also surnames: one that ends a name is the surname ("Dr Kamran Sheikh").
SURNAME_TITLES: Final = frozenset({"sheikh", "king", "bishop", "judge", "marshal", "major", "prince", "sultan", "imam",
                                   "haji", "pope", "chancellor"})

# Nouns for a source that is a document or a count rather than a speaker ("the report").
DOCUMENT_NOUNS: Final = frozenset(
    """
    report reports statement statements bulletin bulletins figures data tally count
    estimate estimates survey study analysis assessment assessments census records results
    calculations calculation projections projection poll polls audit tallies counts
    monitoring tracking statistics numbers database
""".split()
)
# What an outlet's own count tracks ("began tracking casualties").
TRACKED_NOUNS: Final = frozenset(
    {
        "casualties",
        "deaths",
        "killings",
        "cases",
        "incidents",
        "attacks",
        "toll",
        "dead",
        "fatalities",
        "shootings",
        "strikes",
        "arrests",
    }
)
# Heads after "according to" that are not sources ("according to plan").
NOT_SOURCES: Final = frozenset(
    {
        "custom",
        "customs",
        "tradition",
        "plan",
        "plans",
        "law",
        "schedule",
        "rules",
        "protocol",
        "script",
        "design",
        "procedure",
        "instructions",
    }
)
# Heads of events and forces of nature, which take lives but say nothing: "the floods have
# claimed 46 lives", "the quake claimed ...", "the fighting has claimed".
EVENT_HEADS: Final = frozenset(
    """
    flood floods flooding fire fires blaze wildfire wildfires quake earthquake earthquakes aftershock
    storm storms cyclone hurricane typhoon tornado tornadoes landslide landslides mudslide avalanche
    tsunami eruption heatwave drought epidemic pandemic outbreak disease virus crash collapse
    explosion explosions blast blasts attack attacks war fighting violence shelling clashes
    bombardment bombing bombings airstrike airstrikes famine cholera rains downpour downpours
    """.split()
)
# Words that make an outlet's own tracking the source ("since The Times began tracking").
TRACKING_WORDS: Final = frozenset({"tracking", "counting", "tallying", "monitoring", "recording"})

# Roles a described source may carry with its organisation ("a spokeswoman for the
# prefecture", "officials in Kabul", "engineers at the university").
ROLE_NOUNS: Final = frozenset(
    """
    spokesman spokeswoman spokesperson official officials representative director head chief
    minister secretary hospital officials engineers analysts economists doctors researchers
    experts sources staff workers
""".split()
)
# Common nouns that may open a sentence before a name ("Survivor Margaret Holt said").
ROLE_WORDS: Final = frozenset(
    """
    survivor witness resident villager farmer student teacher nurse doctor driver passenger
    shopkeeper trader neighbour neighbor mother father volunteer rescuer protester activist
    analyst economist engineer lawyer
""".split()
)
# The words of a minister's portfolio, between the title and the name ("Minister of Mining
# and Heavy Industry Batbayar Ganzorig", "State Minister for Disaster Preparedness Joyce
# Namukose"); none is a first name ("Justice" is left out).
PORTFOLIO_WORDS: Final = frozenset(
    """
    of for and & mining mines heavy industry industries disaster disasters preparedness
    management finance health defence defense interior home foreign affairs education energy
    agriculture food water transport trade commerce labour labor environment climate information
    communications planning economy economic development works housing lands local relief
    refugees humanitarian security tourism culture sports youth gender social welfare fisheries
    forestry petroleum oil natural resources infrastructure urban rural budget treasury
    immigration internal emergencies civil protection
""".split()
)
# Speech words that are also nouns ("Local reports suggest", "an internal army report").
NOUN_FORMS: Final = frozenset(
    "report reports estimate estimates claim claims note notes forecast forecasts project projects "
    "promise promises count counted record recorded show shows".split()
)
# An acronym a body is given in brackets: capitals, digits and "&" ("ONS", "G20", "M23",
# "S&P"), or a short name with two capitals ("TurkStat"), not a word such as "(Reuters)", a
# degree ("PhD", "MSc") or a name ("McKinsey").
ACRONYM: Final = (r"\p{Lu}(?:[\p{Lu}\d&]{1,9}(?![\p{Ll}])"
                  r"|(?!h\.?D\b|c\p{Lu}|ac\p{Lu})\p{Ll}{1,6}\p{Lu}[\p{L}\d&]{0,8})")
# Lower-case words that end a body's name before its bracketed acronym ("the Armed Conflict
# Location and Event Data project (ACLED)").
NAME_END_NOUNS: Final = ["project", "group", "network", "initiative", "programme", "program"]
# Names of bodies with a lower-case "the" inside, which a capitalised run breaks at: "Save
# the Children said" gives "the Children" without them.
NAMES_WITH_THE: Final = ("Save the Children", "Friends of the Earth", "Doctors of the World", "Stop the War Coalition",
                         "Church of the Nazarene")
# The marks that open a list's items on their lines ("- 19 people confirmed dead").
BULLET_MARKS: Final = ("-", "•", "*", "–")
# Words that open a sentence before a person's name and are no part of it ("Meanwhile Ana Lima, a nurse").
NAME_OPENERS: Final = frozenset({"yesterday", "today", "meanwhile", "then", "now", "also", "earlier", "later", "when",
                                 "but"})
