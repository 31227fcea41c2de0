"""Numbers that are not figures here: years, identifiers, ages, "one" as an article,
numbers inside adjective compounds.

`FILTER_RULES` is the table; `rejected_by` says which filter turns a number down (the rule
id explains it), and the rest are checks on a shaped candidate. Whether a unit follows is
read from the lexicon's unit words, never by asking quantulum3.
"""

from __future__ import annotations

import regex

from stats import lexicon
from stats.find import gates, patterns
from stats.find.article_one import is_article_one
from stats.find.atoms import COUNT_DIGITS, COUNT_WORDS, MONEY_SUFFIX
from stats.find.rule import Conventions, Rule, Stage
from stats.find.units import temperature_after, unit_word_after
from stats.lexicon.compiled import lazy_lists
from stats.lexicon.inflection import is_counted_noun, is_plural
from stats.lexicon.pattern_cache import SERIAL, compile_regex
from stats.model import Candidate, Kind
from stats.text.sentences import after

_CONTEXT = 48  # characters of left context read for names

# A numbered week of a health bulletin: "epidemiological week 21", "in week 20" (not "a week 300 trucks").
WEEK_NUMBER_BEFORE = lazy_lists(
    r"""(?: \b (?i: epidemiological | epi | epidemic | reporting | in | by | since | until | of | during
                  | from | to ) \s+ | ^ \s* ) (?i: week ) \s $""", regex.REVERSE)
# ... with nothing counted after it: "in week 21," (not "in the first week 30 percent").
WEEK_NUMBER_AFTER = lazy_lists(
    r"^ (?: \s* (?: [.,;:)(] | $ ) | \s* [-–] | \s+ (?i: and | to | of | compared | versus ) \b )")
# An index's base year and level: "(2015 = 100)", "(December 2015=100)".
INDEX_BASE_BEFORE = lazy_lists(r"\b (?: 1[89] | 20 ) \p{Nd}{2} \s* = \s* $")
# The first end of an age range: "18- to 24-year-olds", "aged 6 months and 14 years" (its joint).
AGE_RANGE_AFTER = lazy_lists(
    r"^ [-‐‑]? \s+ (?i: to | and ) \s+ \p{Nd}+ [-‐‑\s] (?i: years? ) [-‐‑\s] (?i: olds? ) \b")
AGE_RANGE_JOINT = lazy_lists(
    r"^ \s* (?i: months? | years? | weeks? ) \s+ (?: [-–] | (?i: to | and ) \b ) \s* $")
# An age after a copula, with nothing counted after it: "arrivals were under 18 or said they
# were", "He was 52." (not "prices were under 5 dollars").
# Searched backwards from the window's end (the same answer as forwards, a test checks it).
COPULA_AGE_BEFORE = lazy_lists(
    r"""(?: \b (?i: \L<group> ) \s+ (?i: are | were ) \s+ (?i: under | aged )
          | ^ \s* (?: He | She ) \s+ (?: was | is ) ) \s+ $""", regex.REVERSE, group=lexicon.AGE_GROUP_WORDS)


def _copula_age(window: str) -> bool:
    """`COPULA_AGE_BEFORE` matches, searched only where "under", "aged", "He" or "She" stands."""
    folded = window.casefold()
    return (("under" in folded or "aged" in folded or "He" in window or "She" in window)
            and COPULA_AGE_BEFORE.search(window) is not None)


# An age as a bound ("eight were 65 or older"), or after a person and "over" ("residents over 60").
OLDER_AFTER = lazy_lists(r"^ \s+ (?i: or | and ) \s+ (?i: older | younger ) \b")
PERSON_OVER_BEFORE = lazy_lists(r"\b (?i: residents | patients | neighbou?rs? | someone | pensioners"
                                r" | seniors ) \s+ (?i: over | under | above | below ) \s+ $")
# A person's age after "of": "a boy of about eight", "a woman of 60" (not "the father of three").
PERSON_OF_AGE_BEFORE = lazy_lists(
    r"\b (?i: \L<person> ) \s+ of \s+ (?: (?i: about | around | roughly | some | nearly ) \s+ )? $",
    person=lexicon.AGED_OF_PERSONS)
_PERSON_OF_ENDS = ("of", "about", "around", "roughly", "some", "nearly")  # how its matches end
# A list of ages before the number, and the list going on after it: "aged 6, 9 and 13".
AGE_LIST_BEFORE = lazy_lists(
    r"\b (?i: aged | ages ) \s+ \p{Nd}{1,3} (?: \s* , \s* \p{Nd}{1,3} )* \s* , \s* $")
AGE_LIST_GOES_ON = lazy_lists(
    r"^ \s* (?: , \s* (?: (?i: and | or ) \s+ )? | \s (?i: and | or ) \s+ ) \p{Nd}{1,3} \b")
_UNDER_BEFORE = compile_regex(r"under\s+$")  # "were under 18" is an age, "were under 100" no
# "number" as a verb, after its subject or an adverb: "The displaced now number 104,000",
# "they number about 300", "the refugees number 3,000" (not "flight number 370", "bus number 42").
NUMBER_VERB_BEFORE = lazy_lists(r"\b (?P<w> \p{L}+ ) \s+ (?i: number ) \s+ $")
_NUMBER_VERB_SUBJECTS = frozenset({
    "now", "still", "already", "currently", "together", "altogether", "combined", "they", "who", "which",
    "these", "those", "displaced", "dead", "injured", "wounded", "missing"})


def _number_verb(before: str) -> bool:
    """Whether "number" right before the figure is the verb ("the refugees number 3,000")."""
    m = NUMBER_VERB_BEFORE.search(before)
    return m is not None and (m["w"].lower() in _NUMBER_VERB_SUBJECTS or is_plural(m["w"].lower()))


AGE_END_AFTER = lazy_lists(
    r"""^ (?: \s* (?: [.;:!?)\"”’] | , (?! \s+ (?i: down | up ) \s+ from ) | $ )
          | \s+ (?i: or | and ) \s+ (?! \p{Nd} )
          | \s+ (?i: when | at \s+ the \s+ time | years \s+ old ) \b )""")
# A count whose verb is left out after the one before it (gapping): "the CDU won 42 and the
# AfD 41", "took 61 seats and the Greens 12", "Lorain County had 96 and Lake County 61" (not
# "Windows 10 and Windows 11").
GAPPED_BEFORE = lazy_lists(
    r"""\b \p{Ll}+ \s+ \p{Nd}[\p{Nd},.]* (?: \s+ \p{Ll}+ )? \s+ (?: and | while | but ) \s+ (?: the \s+ )?
        (?: \p{Lu}[\p{L}\-]* \s+ ){1,3} $""")
# "mum-of-three", "father-of-two": a tabloid's description of a person.
PARENT_OF_BEFORE = lazy_lists(
    r"\b (?i: mum | mom | mother | dad | father | grandmother | grandfather | gran ) [-\s] of [-\s] $")
# A duration that names a financial instrument: "two-year bonds", "the one-week repo rate".
INSTRUMENT_AFTER = lazy_lists(
    r"""^ \s+ (?: (?i: \L<modifier> ) \s+ )? (?i: \L<instrument> ) \b
        (?! \s+ (?i: freeze | crisis | cut | cuts | hike | hikes | decision | programme | program ) \b )""",
    modifier=lexicon.INSTRUMENT_MODIFIERS, instrument=lexicon.INSTRUMENTS)

# The last word of every qualifier, case-folded: the left context's last run of non-space
# must end with one for `patterns.QUALIFIER_BEFORE` to match (see `qualifier_before`).
_QUALIFIER_ENDS = tuple(sorted({phrase.split()[-1].casefold() for phrase in lexicon.QUALIFIERS}))


def qualifier_before(left: str) -> regex.Match[str] | None:
    """`patterns.QUALIFIER_BEFORE.search(left)`, searched only when the last word of `left` can end
    a qualifier (most numbers have none before them: one string test instead of a search)."""
    last = left.rsplit(None, 1)
    if not last or not last[-1].casefold().endswith(_QUALIFIER_ENDS):
        return None
    return patterns.QUALIFIER_BEFORE.search(left, None, None, SERIAL)


def _unit_follows(right: str) -> bool:
    """A percent, time, distance, measure or other unit right after the number."""
    return bool(patterns.PERCENT_AFTER.match(right) or patterns.DURATION_AFTER.match(right)
                or patterns.DISTANCE_AFTER.match(right)
                or patterns.MEASURE_UNIT_AFTER.match(right) or patterns.TEMPERATURE_AFTER.match(right)
                or unit_word_after(right))


def is_glued_code(c: Candidate, sentence: str) -> bool:
    """Digits with letters glued on that the unit stage could not read as a unit: "9AB8",
    "3min" when no unit was named. Checked after the unit stage, so that the unit readers,
    not this filter, decide what a unit is."""
    return (c.rule == COUNT_DIGITS.id and c.kind is Kind.COUNT and c.unit is None and not c.notes
            and bool(patterns.GLUED_LETTERS_AFTER.match(after(sentence, c.end))))


def is_year(atom: Candidate, sentence: str) -> bool:
    """A bare four-digit number from 1000 to 2199 that is not counting anything."""
    text = sentence[atom.start:atom.end]
    if atom.rule != COUNT_DIGITS.id or len(text) != 4 or not patterns.FOUR_DIGITS.fullmatch(text):
        return False
    if not 1000 <= atom.value <= 2199:
        return False
    right = after(sentence, atom.end)
    if _unit_follows(right):
        return False
    before = sentence[max(0, atom.start - 24):atom.start].lower()
    if qualifier_before(before):
        return False  # "about 1000 come from Asia", "nearly 2000 people"
    ranged = patterns.RANGE_TO_NOUN_AFTER.match(right)
    if ranged and is_counted_noun(ranged["w"]):
        return False  # "from 1000 to 2000 hires"
    if patterns.YEAR_LEAD_BEFORE.search(before):
        return True
    following = patterns.NEXT_WORD_AFTER.match(right)
    if not (following and is_counted_noun(following["w"])):
        return True
    # "its 2018 sales", "the 2020 elections": a year before a plural; "2000 people" counts.
    return 1900 <= atom.value <= 2099 and bool(patterns.YEAR_DETERMINER_BEFORE.search(before))


def _counts_something(sentence: str, end: int) -> bool:
    """Whether the number ending at `end` is followed by a plural noun or a unit, also
    after the other end of a range ("Temperatures of 40-45C")."""
    right = after(sentence, end)
    if second := patterns.RANGE_END_AFTER.match(right):
        right = right[second.end():]
    if (_unit_follows(right) or patterns.DURATION_AFTER.match(right)
            or patterns.SCALE_AFTER.match(right) or temperature_after(sentence, right)):
        return True
    if _SHARE_IN_BRACKETS.match(right):
        return True  # "Dan Whitcombe 21,880 (38%)": a result, a tally of votes with its share
    if _ROW_AFTER.match(right):
        return True  # "Ondo 112 19 17.0": a table's row, a name and its columns of numbers
    match = patterns.NEAR_WORD_AFTER.match(right)
    return match is not None and is_counted_noun(match["w"])


# Two more numbers, then the line's end: the other columns of a table's row.
_ROW_AFTER = compile_regex(r"[ \t]+\d[\d,.]*[ \t]+\d[\d,.]*[ \t]*(?:$|\n)")
_SHARE_IN_BRACKETS = compile_regex(r"\s*\(\s*\d{1,3}(?:[.,]\d+)?\s*(?:%|per\s*cent|percent)\s*\)")


def _is_function_word(word: str) -> bool:
    """A capitalised word that is not a name: a qualifier, a determiner, a preposition."""
    low = word.lower().rstrip(".")
    return (low in lexicon.QUALIFIERS or low in lexicon.SUBJECT_STOPWORDS
            or low in lexicon.DETERMINERS or low in lexicon.WEEKDAYS or low in lexicon.MONTHS
            or low in lexicon.SENTENCE_OPENERS or low in lexicon.RESULT_LABELS)


_BLOCK_OF_AFTER = compile_regex(r" block of (?:the )?\p{Lu}")  # a US address: "the 500 block of Main Street"
_SCALE_LABELS = frozenset({"thousands", "millions", "billions", "hundreds", "thousand", "million", "billion"})


def _word_identifier(atom: Candidate, sentence: str, before: str) -> bool:
    """ "the Kick Six win" (a capitalised number word in a name), "the bottom three" (not "a
    gate two metres wide": a measure)."""
    text = sentence[atom.start:atom.end]
    return (text[:1].isupper() and bool(patterns.NAME_BEFORE.search(before))) or bool(
        gates.identifier_word_before(before) and not _unit_follows(after(sentence, atom.end)))


def _marked_digits(atom: Candidate, sentence: str, before: str, right: str) -> bool:
    """Digits marked as a code by what touches them: "COVID-19", "24/7", "[12]", "(4)", "007"."""
    whole_number = "." not in sentence[atom.start:atom.end]
    return bool(
        (gates.identifier_before(before) and not patterns.PREFIX_BEFORE.search(before))
        or (right.startswith(("/", "⁄")) and patterns.SLASH_AFTER.match(right))
        or (right.startswith("]") and patterns.FOOTNOTE_AROUND.search(before))
        or (before.endswith(("(", "(\n")) and patterns.CALL_BEFORE.search(before))  # "alert(1)": code
        or (whole_number and "(" in before and patterns.PAREN_MARK_BEFORE.search(before)
            and patterns.CLOSING_PAREN_AFTER.match(right))
        or (whole_number and sentence.startswith("0", atom.start)
            and patterns.LEADING_ZERO.match(sentence, atom.start))
        or (gates.glued_letters_after(right) and not _unit_follows(right)
            and not temperature_after(sentence, right, decimal="." in sentence[atom.start:atom.end])))


def is_identifier(atom: Candidate, sentence: str) -> bool:
    """COVID-19, F-16, 1990s, 5G, Game 6, S&P 500, category 4: numbers that name."""
    before = sentence[max(0, atom.start - _CONTEXT):atom.start]
    if before.endswith("(") and sentence.startswith(")", atom.end) and (
            sentence[atom.start:atom.end].lower() in _SCALE_LABELS):
        return True  # "Monthly change in payrolls (thousands)": the unit of a chart, no count
    if atom.rule == COUNT_WORDS.id:
        return _word_identifier(atom, sentence, before)
    if atom.rule not in (COUNT_DIGITS.id, MONEY_SUFFIX.id):  # ("Route 12p": no pence)
        return False
    right = after(sentence, atom.end)
    if _marked_digits(atom, sentence, before, right):
        return True
    if ((gates.identifier_word_before(before) and not _unit_follows(right)
         and not _number_verb(before))
            or gates.address_after(right)
            or (gates.ends_with(before, ("week",)) and WEEK_NUMBER_AFTER.match(right)
                and WEEK_NUMBER_BEFORE.search(before))):
        return True  # "Resolution 2254 calls for", "category 4 hurricane", "10 Downing Street", "week 21"
    if _index_base(before, right):
        return True  # "(2015 = 100)": the level an index is measured against, no figure
    if right.startswith(" block of ") and _BLOCK_OF_AFTER.match(right):
        return True  # "the 500 block of Main Street": an address
    name = gates.name_before(before)
    if name and (_is_function_word(name["name"]) or GAPPED_BEFORE.search(before)):
        name = None  # "About 1000 come", "In 2019": a sentence start; "won 42 and the AfD 41": a count
    # (not "an appeal for Honduras of 2.4 million": a scale counts)
    named = name or (atom.scale == 1.0 and gates.name_of_before(before))
    return bool(named) and not _counts_something(sentence, atom.end)


def is_age(atom: Candidate, sentence: str) -> bool:
    """ "aged 25", "children under 5", "Jamie Armstrong, 25, said": an age, not a count."""
    before = sentence[max(0, atom.start - 32):atom.start]
    if atom.kind is not Kind.COUNT:
        return False
    right = after(sentence, atom.end)
    if gates.age_before(before) or ("year" in right.casefold() and AGE_RANGE_AFTER.match(right)):
        return True  # "aged 25", "18- to 24-year-olds"
    if before.rstrip().endswith(_PERSON_OF_ENDS) and PERSON_OF_AGE_BEFORE.search(before) and (
            atom.value < 120 and float(atom.value).is_integer() and not _unit_follows(right)):
        return True  # "a boy of about eight" (not "a baby of 3.2 kg")
    if before.endswith(", ") and AGE_LIST_BEFORE.search(before) and AGE_LIST_GOES_ON.match(right):
        return True  # "aged 6, 9 and 13": the 9 (not "a boy aged 14, 3 women and 2 men")
    if not (atom.rule == COUNT_DIGITS.id and atom.value < 120 and float(atom.value).is_integer()):
        return False
    if (right.lstrip()[:1] in ("o", "a") and OLDER_AFTER.match(right)) or (
            PERSON_OVER_BEFORE.search(before, None, None, SERIAL) and not _unit_follows(right)):
        return True  # "eight were 65 or older", "residents over 60."
    copula = _copula_age(sentence[max(0, atom.start - 30):atom.start])
    if copula and AGE_END_AFTER.match(right) and (
            atom.value <= 21 or not _UNDER_BEFORE.search(sentence, max(0, atom.start - 8), atom.start)):
        return True  # "were under 18 or said they were", "He was 52."
    if gates.apposition_age_before(before) and patterns.APPOSITION_AGE_AFTER.match(right):
        return True  # "Jamie Armstrong, 25, said"
    return bool(gates.sentence_end_after(right)  # '..." said Amina Saide, 34.'
                and patterns.SPEAKER_AGE_BEFORE.search(sentence[max(0, atom.start - 80):atom.start]))


def is_descriptor(c: Candidate, sentence: str) -> bool:
    """ "one-eyed", "two-time", "five-storey": a number inside an adjective compound."""
    if c.kind is not Kind.COUNT:  # (each pattern needs the hyphen it is first tested for)
        return False
    if sentence[c.start - 1 : c.start] in _PARENT_JOINTS and not sentence.startswith(" of ", c.end) and (
            PARENT_OF_BEFORE.search(sentence[max(0, c.start - 12):c.start], None, None, SERIAL)):
        return True  # "Mum-of-three Leanne Hoyle": a description of a person, not a count
    return (not c.vague and sentence[c.end:c.end + 1] in _HYPHENS
            and bool(patterns.COMPOUND_AFTER.match(after(sentence, c.end)))
            and not patterns.STRONG_AFTER.match(after(sentence, c.end)))


def _index_base(before: str, right: str) -> bool:
    """ "(2015 = 100)": a year, "=", the number, the bracket closed (tested by `str` first)."""
    return (before.rstrip().endswith("=") and right.lstrip()[:1] == ")"
            and INDEX_BASE_BEFORE.search(before) is not None)


def is_maturity(c: Candidate, sentence: str) -> bool:
    """ "two-year bonds", "the one-week repo rate": a duration that names an instrument."""
    return (c.kind is Kind.DURATION and "-" in sentence[c.number_start:c.end]
            and bool(INSTRUMENT_AFTER.match(after(sentence, c.end))))


YEAR = Rule("filter.year", Stage.FILTER, 'a year: "in 2015", "the 2020 elections" (not "2000 people")',
            is_year)
IDENTIFIER = Rule("filter.identifier", Stage.FILTER,
                  'a number that names: "COVID-19", "Game 6", "category 4", "24/7"', is_identifier)
AGE = Rule("filter.age", Stage.FILTER, 'an age: "aged 25", "Jamie Armstrong, 25, said"', is_age)
ARTICLE_ONE = Rule("filter.article_one", Stage.FILTER, '"one" as an article: "one man said"', is_article_one)
GLUED_CODE = Rule("filter.glued_code", Stage.FILTER,
                  'digits with letters glued on that are no unit: "9AB8", "3xB"', is_glued_code)
DESCRIPTOR = Rule("filter.descriptor", Stage.FILTER,
                  'a number in an adjective: "one-eyed", "two-time", "mum-of-three"',
                  is_descriptor)

_HYPHENS = frozenset("-‐‑")  # the first character `patterns.COMPOUND_AFTER` matches
_PARENT_JOINTS = frozenset("- ")  # "mum-of-three", "mother of three"
MATURITY = Rule("filter.maturity", Stage.FILTER, 'a duration naming an instrument: "two-year bonds"',
                is_maturity)


def is_denominator(atom: Candidate, sentence: str) -> bool:
    """ "228 per 100,000", "deaths per 1,000 live births": the base a rate is given per, not a
    count (the rate is the figure)."""
    before = sentence[max(0, atom.start - 5):atom.start].casefold()
    return (atom.kind is Kind.COUNT and before.endswith(("per ", "per\n"))
            and not (len(before) == 5 and before[0].isalpha()))  # ("Casper 12 miles away": no "per")


DENOMINATOR = Rule("filter.denominator", Stage.FILTER, 'the base of a rate: "228 per 100,000"',
                   is_denominator)
# A multiplier of another quantity: "nearly three times as many", "4.5 times the usual number".
MULTIPLIER_AFTER = lazy_lists(r"^\s+(?i:times)\s+(?i:as|more|higher|larger|bigger|greater|lower|smaller|less"
                              r"|fewer|what|its|the\s+(?:\p{L}+\s+){0,3}?(?:usual|normal|average|national"
                              r"|number|amount|size|rate|level|standard|limit|norm|guideline|threshold))\b")
MULTIPLIER = Rule("filter.multiplier", Stage.FILTER, 'a multiplier: "three times as many", "4.5 times the '
                  'rate"', lambda atom, sentence: sentence.startswith(" times", atom.end)
                  and MULTIPLIER_AFTER.match(after(sentence, atom.end)) is not None)
FILTER_RULES = (YEAR, IDENTIFIER, AGE, GLUED_CODE, ARTICLE_ONE, DESCRIPTOR, MATURITY, DENOMINATOR, MULTIPLIER)


def rejected_by(atom: Candidate, sentence: str, conventions: Conventions) -> Rule | None:
    """The filter that says a number is not a figure (a year, an identifier, an age), if any."""
    if is_year(atom, sentence):
        return YEAR
    if is_identifier(atom, sentence):
        return IDENTIFIER
    if not conventions.ages and is_age(atom, sentence):
        return AGE
    if is_denominator(atom, sentence):
        return DENOMINATOR
    if not conventions.multipliers and MULTIPLIER.read is not None and MULTIPLIER.read(atom, sentence):
        return MULTIPLIER
    return None
