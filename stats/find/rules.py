"""Find the figures in one sentence: number atoms, then qualifiers, units, ranges and wholes.

Works on one sentence's text; all offsets here are relative to it. Each figure records the
rule that produced it (`count.digits`, `money.prefix`, `fraction.words`, ...) and the
rules that shaped it (`+range`, `+whole`, `+unit`), so a wrong row can be traced.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import regex

from stats import lexicon
from stats.find import masks, numbers, patterns, quantities
from stats.model import Kind, Qualifier
from stats.text import patterns as text_patterns
from stats.text.sentences import after

_CONTEXT = 48  # characters of left context read for qualifiers and names

# The rules that turn a number as written into a figure; every figure's `rule` starts
# with one of them (then "+range", "+whole", "+qualifier", ... for what shaped it).
ATOM_RULES = ("count.digits", "count.words", "count.vague", "count.half_scale", "money.prefix",
              "money.suffix", "fraction.words", "fraction.digits", "ordinal.running",
              "duration.a_unit")


@dataclass(frozen=True, slots=True)
class Conventions:
    """Choices on which annotation guides differ. The defaults follow gold/ANNOTATION.md;
    `NEWSQUANT` follows the NewsQuant benchmark, so `stats eval` compares like with like."""

    conversions_separate: bool = False  # "150 km (90 miles)": one figure, or two
    from_to_range: bool = False  # "from 30 to 60": two figures, or one range
    ages: bool = False  # "a 25-year-old": not a figure, or a duration
    article_one: bool = False  # "one man said", "one of the best": not a figure, or 1


GUIDE = Conventions()
NEWSQUANT = Conventions(conversions_separate=True, from_to_range=True, ages=True,
                        article_one=True)


@dataclass(slots=True)
class Atom:
    """A number as written: "seven", "1,500", "$281 million", "two-thirds", "dozens"."""

    start: int
    end: int
    value: float
    rule: str
    kind: Kind = Kind.COUNT
    unit: str | None = None
    vague: bool = False
    scale: float = 1.0  # the scale word or suffix it carries ("billion" -> 1e9)


@dataclass(slots=True)
class Candidate:
    """A figure in the making, with offsets relative to its sentence."""

    start: int
    end: int
    value: float
    kind: Kind
    rule: str
    qualifier: Qualifier = Qualifier.EXACT
    value_high: float | None = None
    whole: float | None = None
    unit: str | None = None
    unit_word: str | None = None
    vague: bool = False
    number_start: int = 0  # the number itself, without its qualifier
    subject_from: int = 0  # where the counted noun may start (after a whole)
    notes: list[str] = field(default_factory=list)

    @property
    def rule_id(self) -> str:
        return "+".join([self.rule, *self.notes])


# ----------------------------------------------------------------------------- atoms


def masked_spans(sentence: str) -> list[tuple[int, int, str]]:
    """Spans that are never figures: dates, clock times, phone numbers, addresses."""
    spans = []
    for name, pattern in masks.MASKS.items():
        cue = masks.MASK_CUES.get(name)
        if cue is None or cue.search(sentence):
            spans.extend((m.start(), m.end(), name) for m in pattern.finditer(sentence))
    return spans


def _overlaps(start: int, end: int, spans: list[tuple[int, int, str]]) -> bool:
    return any(a < end and start < b for a, b, _ in spans)


def _scale(suffix: str | None, scale: str | None) -> float | None:
    factor = 1.0
    for word in (suffix, scale):
        if word:
            found = numbers.scale_of(word)
            if found is None:
                return None
            factor *= found
    return factor


def _signed(value: float | None, sign: str | None) -> float | None:
    return -value if value is not None and sign else value


def _atom(match: regex.Match[str], sentence: str) -> Atom | None:
    """Read one NUMBER_ATOM match into a value, or None when it is not a number here."""
    start, end = match.span()
    group = match.lastgroup
    text = match.group()
    if group == "money":
        value = _signed(numbers.parse_digits(match["mnum"]), match["msign"])
        scale = _scale(match["msuffix"], match["mscale"])
        unit = lexicon.CURRENCY_PREFIXES[match["cur"]]
        scaled = None if value is None or scale is None else numbers.finite(value * scale)
        if scaled is None:
            return None
        return Atom(start, end, scaled, "money.prefix", Kind.MONEY, unit, scale=scale)
    if group == "vague":
        value = lexicon.VAGUE[text_patterns.WHITESPACE.sub(" ", text.lower())]
        return Atom(start, end, value, "count.vague", vague=True)
    if group == "adur":
        if not patterns.A_DURATION_CUE_BEFORE.search(sentence[max(0, start - 20):start]):
            return None
        word = text.split()[-1].lower()
        unit, factor = lexicon.DURATION_UNITS[word]
        return Atom(start, end, factor, "duration.a_unit", Kind.DURATION, unit)
    if group == "frac":
        return _fraction_atom(start, end, text, sentence)
    if group == "ord":
        return _ordinal_atom(start, end, text, sentence)
    if group == "dfrac":
        fraction = numbers.parse_digit_fraction(text)
        return None if fraction is None else Atom(start, end, fraction, "fraction.digits", Kind.FRACTION)
    if group == "words":
        value = numbers.parse_words(text)
        last = text.lower().split()[-1]
        if value is None or text.lower() in lexicon.COUNT_NOUNS or text.lower() in lexicon.SCALES:
            return None  # a bare "dozen" or "million" ("parts per million") is no count
        return Atom(start, end, value, "count.words", scale=lexicon.SCALES.get(last, 1.0))
    value = _signed(numbers.parse_digits(match["num"]), match["sign"])
    if value is not None and match["exp"]:
        try:
            value = numbers.finite(value * 10.0 ** int(match["exp"].replace("−", "-")))
        except OverflowError:
            value = None
    metres = match["suffix"] and match["suffix"].lower() == "m" and (
        patterns.METRES_AFTER.match(after(sentence, end))
        or (patterns.METRES_RACE.search(sentence[max(0, start - 5):start])
            and patterns.METRES_RACE_AFTER.match(after(sentence, end))))
    if metres:
        return None if value is None else Atom(start, end, value, "count.digits", Kind.DISTANCE, "m")
    scale = _scale(match["suffix"], match["scale"])
    scaled = None if value is None or scale is None else numbers.finite(value * scale)
    if scaled is None:
        return None
    if match["csuffix"]:  # "164p"
        unit = lexicon.CURRENCY_SUFFIXES[match["csuffix"]]
        return Atom(start, end, scaled, "money.suffix", Kind.MONEY, unit)
    return Atom(start, end, scaled, "count.digits", scale=scale)


def _fraction_atom(start: int, end: int, text: str, sentence: str) -> Atom | None:
    words = patterns.WORD_SPLIT.split(text.lower())
    following = after(sentence, end)
    if words[-1] == "half":
        scale = patterns.HALF_SCALE_AFTER.match(following)
        if scale:  # "half a million"
            value = 0.5 * (numbers.parse_words(scale["w"]) or 0)
            return Atom(start, end + scale.end(), value, "count.half_scale")
        if len(words) == 1 and patterns.PERIOD_HALF_BEFORE.search(sentence[max(0, start - 10):start]):
            return None  # "this half", "the second half" name a period
    # A fraction stands before "of", "the", a preposition, a range joint, or a clause end
    # ("a third of", "by almost a third in 2022"), not before a noun ("a third party").
    if not patterns.FRACTION_FOLLOWER.match(following):
        return None
    value = numbers.parse_fraction(text)
    return None if value is None else Atom(start, end, value, "fraction.words", Kind.FRACTION)


def _ordinal_atom(start: int, end: int, text: str, sentence: str) -> Atom | None:
    """A running-count ordinal ("the ninth city to fall"); rank ordinals are not figures."""
    word = text.lower()
    value = lexicon.ORDINALS.get(word) or numbers.parse_digits(word[:-2])
    if not value or value < 2:
        return None  # "first" means initial, not a count
    before = sentence[max(0, start - 12):start]
    following = after(sentence, end)
    if not patterns.ORDINAL_DETERMINER_BEFORE.search(before):
        return None
    if patterns.ORDINAL_TIME_AFTER.match(following) or patterns.ORDINAL_RUNNING_AFTER.match(following):
        return Atom(start, end, value, "ordinal.running", Kind.ORDINAL)
    return None


def find_atoms(sentence: str) -> list[Atom]:
    """Every number-like phrase in the sentence that no mask covers."""
    masks: list[tuple[int, int, str]] | None = None  # computed once, only if a number is there
    atoms: list[Atom] = []
    for match in patterns.NUMBER_ATOM.finditer(sentence):
        if masks is None:
            masks = masked_spans(sentence)
        if _overlaps(match.start(), match.end(), masks):
            continue
        atom = _atom(match, sentence)
        if atom is not None and not (atoms and atom.start < atoms[-1].end):
            atoms.append(atom)  # ("half a million" reads past its match: skip "a million")
    return atoms


# ----------------------------------------------------------------------------- units


def _attach_unit(c: Candidate, sentence: str, conventions: Conventions) -> bool:
    """Read a unit right after the number; False when the number is not a figure (an age)."""
    if c.kind in (Kind.MONEY, Kind.DURATION, Kind.FRACTION, Kind.ORDINAL) or c.unit:
        if c.kind in (Kind.MONEY, Kind.DISTANCE):
            _absorb_conversion(c, sentence, conventions)
        return True
    right = after(sentence, c.end)
    if patterns.AGE_AFTER.match(right) and not conventions.ages:
        return False
    if match := patterns.PERCENT_AFTER.match(right):
        c.kind, c.unit, c.end = Kind.PERCENT, "percent", c.end + match.end()
    elif (match := patterns.CURRENCY_AFTER.match(right)) or (
        c.vague and (match := patterns.VAGUE_MONEY_AFTER.match(right))):
        c.kind, c.end = Kind.MONEY, c.end + match.end()
        c.unit = lexicon.CURRENCY_WORDS[text_patterns.WHITESPACE.sub(" ", match["unit"].lower())]
    elif (match := patterns.DURATION_AFTER.match(right) or (
            conventions.ages and patterns.AGE_UNIT_AFTER.match(right))) and not c.vague:
        unit, factor = lexicon.DURATION_UNITS[match["unit"].lower()]
        c.kind, c.unit, c.unit_word = Kind.DURATION, unit, match["unit"]
        c.value *= factor
        if c.value_high is not None:
            c.value_high *= factor
        c.end += match.end()
    elif (match := patterns.DISTANCE_AFTER.match(right)) and not c.vague:
        unit = text_patterns.WHITESPACE.sub(" ", match["unit"].lower())
        c.kind, c.unit = Kind.DISTANCE, lexicon.DISTANCE_UNITS[unit]
        c.end += match.end()
    elif not c.vague and (match := patterns.MEASURE_WORD_AFTER.match(right)):
        c.kind, c.unit = Kind.MEASURE, lexicon.MEASURE_WORDS[match["unit"].lower()]
        c.end += match.end()
    elif not c.vague and (measure := quantities.measure_after(right)):
        c.kind, c.unit = Kind.MEASURE, measure[0]
        c.end += measure[1]
        c.notes.append("quantulum3")
    if c.kind in (Kind.DISTANCE, Kind.MEASURE, Kind.PERCENT, Kind.MONEY):
        _absorb_conversion(c, sentence, conventions)
    return True




def _absorb_conversion(c: Candidate, sentence: str, conventions: Conventions) -> None:
    """Skip "(90 miles)" after "150 km": the conversion is not a second figure."""
    if conventions.conversions_separate:
        return
    if match := patterns.CONVERSION_AFTER.match(after(sentence, c.end)):
        c.notes.append("conversion")
        c.subject_from = max(c.subject_from, c.end + match.end())


# ----------------------------------------------------------------------------- filters


def _is_year(atom: Atom, sentence: str) -> bool:
    """A bare four-digit number from 1000 to 2199 that is not counting anything."""
    text = sentence[atom.start:atom.end]
    if atom.rule != "count.digits" or not patterns.FOUR_DIGITS.fullmatch(text):
        return False
    if not 1000 <= atom.value <= 2199:
        return False
    right = after(sentence, atom.end)
    if (patterns.PERCENT_AFTER.match(right) or patterns.DISTANCE_AFTER.match(right)
            or quantities.measure_after(right)):
        return False
    before = sentence[max(0, atom.start - 24):atom.start].lower()
    if patterns.QUALIFIER_BEFORE.search(before):
        return False  # "about 1000 come from Asia", "nearly 2000 people"
    ranged = patterns.RANGE_TO_NOUN_AFTER.match(right)
    if ranged and _is_counted_noun(ranged["w"]):
        return False  # "from 1000 to 2000 hires"
    if patterns.YEAR_LEAD_BEFORE.search(before):
        return True
    following = patterns.NEXT_WORD_AFTER.match(right)
    if not (following and _is_counted_noun(following["w"])):
        return True
    # "its 2018 sales", "the 2020 elections": a year before a plural; "2000 people" counts.
    return 1900 <= atom.value <= 2099 and bool(patterns.YEAR_DETERMINER_BEFORE.search(before))


def _is_counted_noun(word: str) -> bool:
    """A plural-looking common noun ("troops", "people"): the number is counting it."""
    word = word.lower()
    if word in lexicon.IRREGULAR_PLURALS:
        return True
    return (len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is"))
            and word not in lexicon.SUBJECT_STOPWORDS)


def _counts_something(sentence: str, end: int) -> bool:
    """Whether the number ending at `end` is followed by a plural noun or a unit."""
    right = after(sentence, end)
    if (patterns.PERCENT_AFTER.match(right) or patterns.DURATION_AFTER.match(right)
            or patterns.DISTANCE_AFTER.match(right) or patterns.SCALE_AFTER.match(right)
            or quantities.measure_after(right)):
        return True
    match = patterns.NEAR_WORD_AFTER.match(right)
    return bool(match) and _is_counted_noun(match["w"])


def _is_identifier(atom: Atom, sentence: str) -> bool:
    """COVID-19, F-16, 1990s, 5G, Game 6, S&P 500, category 4: numbers that name."""
    before = sentence[max(0, atom.start - _CONTEXT):atom.start]
    if atom.rule == "count.words":
        # "the Kick Six win": a capitalised number word inside a name.
        text = sentence[atom.start:atom.end]
        return (text[:1].isupper() and bool(patterns.NAME_BEFORE.search(before))) or bool(
            patterns.IDENTIFIER_WORD_BEFORE.search(before))  # "the bottom three", "category one"
    if atom.rule != "count.digits":
        return False
    right = after(sentence, atom.end)
    if patterns.IDENTIFIER_BEFORE.search(before) and not patterns.PREFIX_BEFORE.search(before):
        return True
    if patterns.SLASH_AFTER.match(right):
        return True  # "24/7", "9/11"
    if patterns.FOOTNOTE_AROUND.search(before) and right.startswith("]"):
        return True  # "[12]"
    if patterns.CALL_BEFORE.search(before):
        return True  # "alert(1)": code, not reporting
    whole_number = "." not in sentence[atom.start:atom.end]
    in_parens = patterns.PAREN_MARK_BEFORE.search(before) and patterns.CLOSING_PAREN_AFTER.match(right)
    if whole_number and in_parens:
        return True  # "(4)": a list mark or a jersey number
    if patterns.LEADING_ZERO.match(sentence, atom.start) and "." not in sentence[atom.start:atom.end]:
        return True  # "007", "0401"
    if (patterns.GLUED_LETTERS_AFTER.match(right) and not patterns.DISTANCE_AFTER.match(right)
            and not patterns.PERCENT_AFTER.match(right) and not quantities.measure_after(right)):
        return True
    if patterns.IDENTIFIER_WORD_BEFORE.search(before) or patterns.ADDRESS_AFTER.match(right):
        return True  # "Resolution 2254 calls for", "category 4 hurricane", "10 Downing Street"
    name = patterns.NAME_BEFORE.search(before)
    if name and _is_function_word(name["name"]):
        name = None  # "About 1000 come", "In 2019", "Some 300": a sentence start, not a name
    named = name or patterns.NAME_OF_BEFORE.search(before)
    return bool(named) and not _counts_something(sentence, atom.end)


def _is_function_word(word: str) -> bool:
    """A capitalised word that is not a name: a qualifier, a determiner, a preposition."""
    low = word.lower().rstrip(".")
    return (low in lexicon.QUALIFIERS or low in lexicon.SUBJECT_STOPWORDS
            or low in lexicon.DETERMINERS or low in lexicon.WEEKDAYS or low in lexicon.MONTHS
            or low in {"only", "another", "nearly", "just", "all", "some", "and", "but", "if"})


def _is_article_one(c: Candidate, sentence: str) -> bool:
    """ "one man said", "one infamous incident": one as an article, not a count.

    "one" counts as the subject or object of an event verb ("one soldier was killed",
    "killed one civilian"), or with a unit, range or whole ("one week", "one to two").
    """
    if (c.kind is not Kind.COUNT or c.qualifier is Qualifier.RANGE or c.whole is not None
            or sentence[c.number_start:c.end].lower() != "one"):
        return False
    if patterns.ONE_AS_EVENT_SUBJECT.match(sentence, c.end):
        return False
    before = sentence[max(0, c.number_start - 30):c.number_start]
    return not patterns.ONE_AS_EVENT_OBJECT.search(before)


def _is_descriptor(c: Candidate, sentence: str) -> bool:
    """ "one-eyed", "two-time", "five-storey": a number inside an adjective compound."""
    return (c.kind is Kind.COUNT and not c.vague
            and bool(patterns.COMPOUND_AFTER.match(after(sentence, c.end)))
            and not patterns.STRONG_AFTER.match(after(sentence, c.end)))


# ----------------------------------------------------------------------------- composing


def _try_range(c: Candidate, atoms: list[Atom], i: int, sentence: str,
               conventions: Conventions) -> Atom | None:
    """ "30-60", "one-third to one-half", "between 10 and 20": the second number, if any."""
    if i + 1 >= len(atoms):
        return None
    first, second = atoms[i], atoms[i + 1]
    joint = sentence[c.end:second.start]
    lead = sentence[max(0, c.number_start - 30):c.number_start]
    between = patterns.BETWEEN_BEFORE.search(lead)
    if not (patterns.RANGE_JOINT.fullmatch(joint) or (between and patterns.RANGE_AND.fullmatch(joint))):
        return None
    word = joint.strip().lower()
    if word == "or" and (first.rule != "count.words" or second.rule != "count.words"):
        return None  # "three or four" is a range; "25k or 40k ... respectively" is not
    if patterns.CHANGE_BEFORE.search(lead) and word == "to" and c.unit is not None:
        return None  # "increased by $43.6 billion to $419.2 billion"; "by 1 to 1.5 degrees" is one
    if patterns.FROM_BEFORE.search(lead) and not conventions.from_to_range:
        return None  # "from 30 to 60" is a change between two figures
    if c.vague or second.vague or (c.unit and second.unit and c.unit != second.unit):
        return None
    if c.kind is not Kind.COUNT and second.kind is Kind.COUNT and c.unit is not None:
        # "6.5% to 164": the second needs the same unit after it.
        if not patterns.PERCENT_AFTER.match(after(sentence, second.end)) and c.kind is Kind.PERCENT:
            return None
        if c.kind is Kind.MONEY:
            return None
    compatible = second.kind in (c.kind, Kind.COUNT) or (
        c.kind is Kind.COUNT and second.kind in (Kind.MONEY, Kind.FRACTION, Kind.DURATION))
    if not compatible:
        return None
    low, high = c.value, second.value
    if first.scale == 1 and second.scale > 1 and low * second.scale <= high:
        low = c.value * second.scale  # "$10 to $15 billion": the scale serves both
    if high <= low and not (conventions.from_to_range and patterns.FROM_BEFORE.search(lead)):
        return None  # "9-2" is a score, not a range
    c.value = low
    return second


def _try_whole(c: Candidate, atoms: list[Atom], i: int, sentence: str) -> Atom | None:
    """ "150 of Afghanistan's roughly 400 districts": the whole, if the figure is a part."""
    if c.kind is not Kind.COUNT or c.vague or i + 1 >= len(atoms):
        return None
    whole = atoms[i + 1]
    if whole.kind is not Kind.COUNT or whole.vague or whole.value <= c.value or _is_year(whole, sentence):
        return None
    if not patterns.WHOLE_AFTER.fullmatch(sentence[c.end:whole.start]):
        return None
    right = after(sentence, whole.end)
    if (patterns.PERCENT_AFTER.match(right) or patterns.DURATION_AFTER.match(right)
            or patterns.DISTANCE_AFTER.match(right)):
        return None
    return whole


def _rejected(atom: Atom, sentence: str, conventions: Conventions) -> str:
    """Why a number is not a figure ("year", "identifier", "age"), or "" when it may be."""
    if _is_year(atom, sentence):
        return "year"
    if _is_identifier(atom, sentence):
        return "identifier"
    before = sentence[max(0, atom.start - 20):atom.start]
    if atom.kind is Kind.COUNT and not conventions.ages and (
            patterns.AGE_BEFORE.search(before)
            or (atom.rule == "count.digits" and atom.value < 120 and float(atom.value).is_integer()
                and patterns.APPOSITION_AGE_BEFORE.search(before)
                and patterns.APPOSITION_AGE_AFTER.match(after(sentence, atom.end)))):
        return "age"
    return ""


def compose(sentence: str, conventions: Conventions = GUIDE) -> list[Candidate]:
    """All figures in one sentence, left to right, with qualifiers, units, ranges and wholes."""
    atoms = find_atoms(sentence)
    candidates: list[Candidate] = []
    consumed: set[int] = set()
    for i, atom in enumerate(atoms):
        if i in consumed:
            continue
        if reason := _rejected(atom, sentence, conventions):
            # "aged 25 to 54": the other end goes with it, and so does a year's ("2012-2013").
            if i + 1 < len(atoms) and patterns.RANGE_JOINT.fullmatch(sentence[atom.end:atoms[i + 1].start]) \
                    and (reason == "age" or _rejected(atoms[i + 1], sentence, conventions)):
                consumed.add(i + 1)
            continue
        c = Candidate(atom.start, atom.end, atom.value, atom.kind, atom.rule, unit=atom.unit,
                      vague=atom.vague, number_start=atom.start)
        if atom.kind is Kind.DURATION:
            c.unit_word = sentence[atom.start:atom.end].split()[-1]
        # A range may come before the unit ("30 to 60 days") or after it ("5% to 7%").
        second = _try_range(c, atoms, i, sentence, conventions)
        if second is None:
            if not _attach_unit(c, sentence, conventions):
                continue
            second = _try_range(c, atoms, i, sentence, conventions)
        if second is not None:
            consumed.add(i + 1)
            c.value_high, c.qualifier, c.end = second.value, Qualifier.RANGE, second.end
            c.notes.append("range")
            if c.kind is Kind.COUNT and second.kind is not Kind.COUNT:
                c.kind, c.unit = second.kind, second.unit
            if c.kind is Kind.COUNT and not _attach_unit(c, sentence, conventions):
                continue
        elif (whole := _try_whole(c, atoms, i, sentence)) is not None:
            consumed.add(i + 1)
            c.whole, c.end = whole.value, whole.end
            c.notes.append("whole")
        if _is_descriptor(c, sentence):
            continue
        _inherit_elided_unit(c, candidates, sentence)
        _attach_qualifier(c, sentence)
        if not conventions.article_one and _is_article_one(c, sentence):
            continue
        if "conversion" in c.notes:
            # Skip the atoms inside "(90 miles)".
            consumed.update(j for j in range(i + 1, len(atoms)) if atoms[j].start < c.subject_from)
        c.subject_from = max(c.subject_from, c.end)
        candidates.append(c)
    return candidates


def _attach_qualifier(c: Candidate, sentence: str) -> None:
    """Bind the qualifier just before the number ("at least 703") to it, and only to it."""
    if c.vague:
        c.qualifier = Qualifier.AT_LEAST
    left = sentence[max(0, c.start - _CONTEXT):c.start]
    match = patterns.QUALIFIER_BEFORE.search(left)
    if match:
        phrase = text_patterns.WHITESPACE.sub(" ", match["q"].lower())
        usable = c.kind is Kind.DURATION or phrase not in lexicon.DURATION_ONLY_QUALIFIERS
        if c.kind is Kind.DURATION and phrase == "over":
            usable = False  # "over two years" means during them
        if usable and c.qualifier is not Qualifier.RANGE:
            if not c.vague:
                c.qualifier = Qualifier(lexicon.QUALIFIERS[phrase])
            c.start -= len(left) - match.start("q")
            c.notes.append("qualifier")
    trail = patterns.TRAILING_QUALIFIER.match(after(sentence, c.end))
    if c.qualifier is Qualifier.EXACT and trail:
        phrase = text_patterns.WHITESPACE.sub(" ", trail["q"].lower())
        c.qualifier = Qualifier(lexicon.TRAILING_QUALIFIERS[phrase])
        c.end += trail.end()
        c.notes.append("trailing_qualifier")


def _inherit_elided_unit(c: Candidate, earlier: list[Candidate], sentence: str) -> None:
    """ "in 30 days and possibly within 90": a bare number at a clause end takes the unit
    of the figure before it in the same sentence."""
    if c.kind is not Kind.COUNT or c.vague or c.whole is not None or not earlier:
        return
    if not patterns.CLAUSE_END_AFTER.match(after(sentence, c.end)):
        return
    previous = earlier[-1]
    if previous.kind not in (Kind.DURATION, Kind.DISTANCE, Kind.PERCENT, Kind.MONEY):
        return
    between = sentence[previous.end:c.number_start]
    if len(between) > 60 or not patterns.ELIDED_JOINER.search(between):
        return
    c.kind, c.unit, c.unit_word = previous.kind, previous.unit, previous.unit_word
    c.notes.append("elided_unit")
