"""Shape the numbers of one sentence into figures: ranges, wholes, units, qualifiers.

`SHAPE_RULES` is the table of the steps that join a number with what is around it; each
leaves a note in the candidate's trail ("count.digits+range+qualifier"). `compose` runs
the stages in order over the sentence's atoms and returns the figures, left to right.
"""

from __future__ import annotations

from typing import Final

from stats import lexicon
from stats.find import article_one, filters, gates, guard, patterns, units, wholes
from stats.find.atoms import COUNT_WORDS, find_atoms
from stats.find.rule import GUIDE, Conventions, Rule, Stage
from stats.lexicon import measures
from stats.lexicon.compiled import SERIAL, compile_lists
from stats.lexicon.pattern_cache import group_number
from stats.model import Candidate, Kind, Qualifier, as_qualifier
from stats.text.sentences import after, one_spaced

_CONTEXT: Final = 48  # characters of left context read for qualifiers
_QUALIFIER: Final = group_number(patterns.QUALIFIER_BEFORE, "q")
_TRAILING: Final = group_number(patterns.TRAILING_QUALIFIER, "q")

Rejection = tuple[int, int, str]  # (start, end, rule id) of a number that is not a figure


def _range_blocked(c: Candidate, first: Candidate, second: Candidate, joint: str, lead: str,
                   conventions: Conventions) -> bool:
    """Joints and neighbours that look like a range but are not one."""
    word = joint.strip().lower()
    if word == "or" and (first.rule != COUNT_WORDS.id or second.rule != COUNT_WORDS.id):
        return True  # "three or four" is a range; "25k or 40k ... respectively" is not
    change = patterns.CHANGE_BEFORE.search(lead) if word == "to" else None
    by = change is not None and "by" in change.group().lower().split()
    if change and c.unit is not None and not (by and c.kind is Kind.PERCENT):
        return True  # "increased by $43.6 billion to $419.2 billion", "rose 1.5% to 3.5%"
    if by and _shared_scale(c, first, second) * 2.5 < second.value:
        return True  # "increased by 248,000 to 17.1 million", "rose by 0.5% to 6.2%": a change and a
        # level ("cut output by 4% to 6%" is one range)
    if patterns.FROM_BEFORE.search(lead) and not conventions.from_to_range:
        return True  # "from 30 to 60" is a change between two figures
    return c.vague or second.vague or bool(c.unit and second.unit and c.unit != second.unit)


def _shared_scale(c: Candidate, first: Candidate, second: Candidate) -> float:
    """The first end's value, with the second's scale when it serves both ("$10 to $15 billion")."""
    if first.scale == 1 and second.scale > 1 and c.value * second.scale <= second.value:
        return c.value * second.scale
    return c.value


def _range_kinds_fit(c: Candidate, second: Candidate, sentence: str) -> bool:
    """Whether the two ends can be one range: "6.5% to 164" needs "%" after the second."""
    if c.kind is not Kind.COUNT and second.kind is Kind.COUNT and c.unit is not None:
        if c.kind is Kind.MONEY:
            return False
        if c.kind is Kind.PERCENT and not patterns.PERCENT_AFTER.match(after(sentence, second.end)):
            return False
    return second.kind in (c.kind, Kind.COUNT) or (
        c.kind is Kind.COUNT and second.kind in (Kind.MONEY, Kind.FRACTION, Kind.DURATION))


def try_range(c: Candidate, atoms: list[Candidate], i: int, sentence: str,
              conventions: Conventions) -> Candidate | None:
    """ "30-60", "one-third to one-half", "between 10 and 20": the second number, if any."""
    if i + 1 >= len(atoms):
        return None
    first, second = atoms[i], atoms[i + 1]
    joint = sentence[c.end:second.start]
    if not joint and c.kind is Kind.PERCENT and second.value < 0 and sentence.startswith("-", second.start):
        # "4%-5%", "3.75%-4.00%": the dash joins two shares; it is no minus sign of the second
        second.value, second.start, second.number_start = -second.value, second.start + 1, second.start + 1
        joint = "-"
    lead = sentence[max(0, c.number_start - 30):c.number_start]
    between = None  # "between 20 and 40" (a joint "to" or "-" is no "and")
    if not (gates.range_joint(joint) and (patterns.RANGE_JOINT.fullmatch(joint) or (
            patterns.RANGE_AND.fullmatch(joint) and (between := patterns.BETWEEN_BEFORE.search(lead))))):
        return None
    if (_range_blocked(c, first, second, joint, lead, conventions)
            or not _range_kinds_fit(c, second, sentence)):
        return None
    low, high = _shared_scale(c, first, second), second.value  # ("$10 to $15 billion": one scale)
    if high <= low and not (conventions.from_to_range and patterns.FROM_BEFORE.search(lead)):
        return None  # "9-2" is a score, not a range
    c.value = low
    if between:  # "between 20 and 40": the span holds "between"
        c.start = min(c.start, c.number_start - len(lead) + between.start())
    return second


def try_whole(c: Candidate, atoms: list[Candidate], i: int, sentence: str) -> Candidate | None:
    """ "150 of Afghanistan's roughly 400 districts": the whole, if the figure is a part."""
    if (c.kind is not Kind.COUNT or c.vague or i + 1 >= len(atoms)
            or article_one.distributive_one(c, sentence)):
        return None  # (not "every one of the 1,300 bridges": each of them)
    whole = atoms[i + 1]
    if (whole.kind is not Kind.COUNT or whole.vague or whole.value <= c.value
            or filters.is_year(whole, sentence)):
        return None
    joint = patterns.WHOLE_AFTER.fullmatch(sentence[c.end:whole.start], None, None, SERIAL)
    if not joint or (joint["counted"] and not joint["joint"].lower().startswith("out")
                     and not wholes.is_ratio(c, whole, sentence)):
        return None  # a counted noun goes only before "out of" ("61,230 votes out of 158,460") or a ratio
    right = after(sentence, whole.end)
    if (patterns.PERCENT_AFTER.match(right) or patterns.DURATION_AFTER.match(right)
            or patterns.DISTANCE_AFTER.match(right)):
        return None
    return whole


_A_UNIT: Final = "duration.a_unit"  # ("as many as a year earlier" compares; "as many as three years" bounds)


def attach_qualifier(c: Candidate, sentence: str) -> None:
    """Bind the qualifier just before the number ("at least 703") to it, and only to it."""
    if c.vague:
        c.qualifier = Qualifier.AT_LEAST
    left = sentence[max(0, c.start - _CONTEXT):c.start]
    match = filters.qualifier_before(left)
    if match:
        phrase = one_spaced(match[_QUALIFIER].lower())
        usable = c.kind is Kind.DURATION or phrase not in lexicon.DURATION_ONLY_QUALIFIERS
        if c.unit in measures.TEMPERATURE_UNITS.values() and phrase in lexicon.READING_QUALIFIERS:
            usable = False  # "a minimum of 3.1C": the day's lowest reading, not a bound
        compared = phrase.startswith("as many") and c.rule == _A_UNIT
        if c.kind is Kind.DURATION and (phrase == "over" or compared):
            usable = False  # "over two years" means during them; "as many as a year earlier" compares
        if usable and c.qualifier is not Qualifier.RANGE:
            if not c.vague:
                c.qualifier = as_qualifier(lexicon.QUALIFIERS[phrase])
            c.start -= len(left) - match.start(_QUALIFIER)
            c.notes.append(QUALIFIER.id)
    if c.qualifier is Qualifier.EXACT and (trail := gates.trailing_qualifier_after(after(sentence, c.end))):
        phrase = one_spaced(trail[_TRAILING].lower())
        c.qualifier = as_qualifier(lexicon.TRAILING_QUALIFIERS[phrase])
        c.end += trail.end()
        c.notes.append(TRAILING_QUALIFIER.id)


def inherit_elided_unit(c: Candidate, earlier: list[Candidate], sentence: str) -> None:
    """ "in 30 days and possibly within 90": a bare number at a clause end takes the unit
    of the figure before it in the same sentence."""
    if c.kind is not Kind.COUNT or c.vague or c.whole is not None or not earlier:
        return
    if not patterns.CLAUSE_END_AFTER.match(after(sentence, c.end), None, None, SERIAL):
        return
    previous = earlier[-1]
    if previous.kind not in (Kind.DURATION, Kind.DISTANCE, Kind.PERCENT, Kind.MONEY):
        return
    between = sentence[previous.end:c.number_start]
    if len(between) > 60 or not patterns.ELIDED_JOINER.search(between):
        return
    c.kind, c.unit, c.unit_word = previous.kind, previous.unit, previous.unit_word
    c.notes.append(ELIDED_UNIT.id)


RANGE: Final = Rule("range", Stage.SHAPE, 'two numbers as one range: "30-60", "between 10 and 20"', try_range)
WHOLE: Final = Rule("whole", Stage.SHAPE, 'a part of a whole: "150 of its 400 districts"', try_whole)
QUALIFIER: Final = Rule("qualifier", Stage.SHAPE, 'a qualifier before: "at least 703", "nearly 40"',
                        attach_qualifier)
TRAILING_QUALIFIER: Final = Rule("trailing_qualifier", Stage.SHAPE, 'a qualifier after: "1,000 or more"',
                                 attach_qualifier)
ELIDED_UNIT: Final = Rule(
    "elided_unit", Stage.SHAPE, 'a unit carried over: "in 30 days and possibly within 90"',
    inherit_elided_unit)

SHAPE_RULES: Final = (RANGE, WHOLE, QUALIFIER, TRAILING_QUALIFIER, ELIDED_UNIT, *wholes.WHOLE_RULES)


def _skip_rejected(atoms: list[Candidate], i: int, sentence: str, conventions: Conventions,
                   consumed: set[int], rejected: list[Rejection] | None) -> bool:
    """Whether atom i is not a figure; then "aged 25 to 54" takes its other end along, and
    so does a year's range ("2012-2013")."""
    rule = filters.rejected_by(atoms[i], sentence, conventions)
    if rule is None:
        return False
    atom = atoms[i]
    if rejected is not None:
        rejected.append((atom.start, atom.end, rule.id))
    if i + 1 < len(atoms):
        joint = sentence[atom.end:atoms[i + 1].start]
        ranged = patterns.RANGE_JOINT.fullmatch(joint)
        aged = rule is filters.AGE
        if aged and (ranged or filters.AGE_RANGE_JOINT.match(joint) or _between_and(sentence, atom, joint)):
            consumed.add(i + 1)  # "aged 25 to 54", "aged six months to 10 years", "between 18 and 25"
        elif ranged and filters.rejected_by(atoms[i + 1], sentence, conventions):
            consumed.add(i + 1)
    return True


def _between_and(sentence: str, atom: Candidate, joint: str) -> bool:
    """ "aged between 18 and 25": "and" joins an age range only after "between" (not "a woman
    aged 30 and two children")."""
    before = sentence[max(0, atom.start - 8):atom.start].lower()
    return joint.strip().lower() == "and" and before.endswith("between ")


def _shape(c: Candidate, atoms: list[Candidate], i: int, sentence: str, conventions: Conventions,
           consumed: set[int]) -> bool:
    """Unit, range or whole for atom i (in place); False when it turns out not to be a figure."""
    if c.kind is Kind.DURATION and c.unit_word is None:  # ("an hour and a half" has its own: hour)
        c.unit_word = sentence[c.start:c.end].split()[-1]
    # A range may come before the unit ("30 to 60 days") or after it ("5% to 7%").
    second = try_range(c, atoms, i, sentence, conventions)
    if second is None:
        if not units.attach_unit(c, sentence, conventions):
            return False
        second = try_range(c, atoms, i, sentence, conventions)
    if second is not None:
        consumed.add(i + 1)
        c.value_high, c.qualifier, c.end = second.value, Qualifier.RANGE, second.end
        c.notes.append(RANGE.id)
        if c.kind is Kind.PERCENT and second.kind is Kind.COUNT and (
                sign := patterns.PERCENT_AFTER.match(after(sentence, c.end))):
            c.end += sign.end()  # "4% to 5%": the second end's sign is the range's too
        if c.kind is Kind.COUNT and second.kind is not Kind.COUNT:
            c.kind, c.unit = second.kind, second.unit
        return c.kind is not Kind.COUNT or units.attach_unit(c, sentence, conventions)
    if (whole := try_whole(c, atoms, i, sentence)) is not None:
        consumed.add(i + 1)
        if wholes.is_ratio(c, whole, sentence):
            wholes.as_ratio(c, whole)  # "one in three": a fraction
        else:
            c.whole, c.end = whole.value, whole.end
            c.notes.append(WHOLE.id)
    return True


# A currency's hundredths glued to the figure's last number ("164p"), where its span ends.
_CURRENCY_SUFFIX: Final = compile_lists(r"(?<=\d)\L<s>$", s=list(lexicon.CURRENCY_SUFFIXES))


def _figure(atoms: list[Candidate], i: int, sentence: str, conventions: Conventions,
            consumed: set[int], candidates: list[Candidate], rejected: list[Rejection] | None) -> bool:
    """Shape atom i into a figure; False when it is not one (what turned it down goes to
    `rejected`)."""
    c = atoms[i]
    if not _shape(c, atoms, i, sentence, conventions, consumed):
        _reject(rejected, c, units.NOT_AN_AGE)
        return False
    if filters.is_glued_code(c, sentence):
        _reject(rejected, c, filters.GLUED_CODE)
        return False
    if filters.is_descriptor(c, sentence):
        _reject(rejected, c, filters.DESCRIPTOR)
        return False
    if filters.is_maturity(c, sentence):
        _reject(rejected, c, filters.MATURITY)
        return False
    suffix = _CURRENCY_SUFFIX.search(sentence, c.start, c.end, SERIAL) if c.kind is Kind.MONEY else None
    if suffix and conventions.subunits:  # "164p", "10-12p": in pounds
        units.to_whole_units(c, lexicon.SUBUNITS[suffix.group()])
    inherit_elided_unit(c, candidates, sentence)
    attach_qualifier(c, sentence)
    if not conventions.article_one and article_one.is_article_one(c, sentence):
        _reject(rejected, c, filters.ARTICLE_ONE)
        return False
    if units.CONVERSION.id in c.notes:  # skip the atoms inside "(90 miles)"
        consumed.update(j for j in range(i + 1, len(atoms)) if atoms[j].start < c.subject_from)
    c.subject_from = max(c.subject_from, c.end)
    return True


def compose(sentence: str, conventions: Conventions = GUIDE,
            rejected: list[Rejection] | None = None) -> list[Candidate]:
    """All figures in one sentence, left to right, with qualifiers, units, ranges and wholes.

    `rejected`, when given, collects the numbers turned down and the rule that did it. A
    rule that raises while shaping a number costs that number only (see `stats.find.guard`).
    """
    atoms = find_atoms(sentence, rejected)
    candidates: list[Candidate] = []
    consumed: set[int] = set()
    for i, c in enumerate(atoms):
        try:
            if i in consumed or _skip_rejected(atoms, i, sentence, conventions, consumed, rejected):
                continue
            if _figure(atoms, i, sentence, conventions, consumed, candidates, rejected):
                candidates.append(c)
        except Exception as error:  # a bug in one rule must not cost the article (issue 13)
            guard.failed("+".join([c.rule, *c.notes, "shape"]), sentence[c.start:c.end], error)
    try:
        candidates, opening = wholes.take_opening_whole(candidates, sentence)
    except Exception as error:
        guard.failed(wholes.WHOLE_OPENING.id, sentence, error)
        return candidates
    if opening is not None:  # "Of the 143 dead, 97 ...": a whole, not a figure
        _reject(rejected, opening, wholes.WHOLE_OPENING)
    return candidates


def _reject(rejected: list[Rejection] | None, c: Candidate, rule: Rule) -> None:
    if rejected is not None:
        rejected.append((c.start, c.end, rule.id))
