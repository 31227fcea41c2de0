"""Pattern tables of the find stage: the number atoms and the context around a number.

Patterns are named by what they recognise; word lists go in as `regex` named lists
(`\\L<name>`), which try the longest alternative first. Context patterns (`*_AFTER`,
`*_BEFORE`) are matched against the text just after or just before a number.
"""

from __future__ import annotations

from typing import Final

import regex

from stats import lexicon
from stats.lexicon import measures, ranks, sources
from stats.lexicon.compiled import alternation, compile_lists, compile_regex, lowered, trie

_NUMBER_WORDS: Final[list[str]] = lowered([*lexicon.ONES, *lexicon.TENS, *lexicon.SCALES, "dozen"])
_DURATION_SINGULAR: Final[list[str]] = [
    "second", "minute", "hour", "day", "week", "fortnight", "month", "year", "decade", "century"]
_ANY_QUALIFIER: Final = lowered([*lexicon.QUALIFIERS])

# A run of digits: "703", "1,500", "3 000" (thin, no-break or plain space), "1,00,000"
# (Indian grouping), "27,349.19", ".5"; any Unicode decimal digits (Arabic-Indic, fullwidth).
_DIGITS: Final = r"""
    (?: (?: \p{Nd}{1,3} (?: (?:,|[\u00a0\u202f\u2009\u066c]|\x20(?=\p{Nd}{3}(?!\p{Nd})))
                            \p{Nd}{3} )+ (?!\p{Nd})      # 1,500  3 000  3\u202f000
          | \p{Nd}{1,2} (?:,\p{Nd}{2})+ ,\p{Nd}{3} (?!\p{Nd})  # 1,00,000 (Indian)
          | \p{Nd}+ )
        (?: [.\u066b]\p{Nd}+ )?                          # decimals
      | (?<![\p{Nd}\p{L}.,]) \. \p{Nd}+ )                # .500, .001
"""
# A minus sign glued to a number ("-1.3%", "−5", "minus-5"); not a range's dash ("30-60"), nor
# a margin's "plus or minus 3.1 points" (its size).
_SIGN: Final = (r"(?P<sign> (?<![\p{Nd}\p{L}.,]) [-−] (?=[\p{Nd}.])"
                r" | (?i: (?<! \b plus \s+ or \s+ ) \b minus ) [\s\-] (?=[\p{Nd}.]) )?")

# Patterns that end at the end of the text before a number and are asked only whether they
# match: searched backwards, so the search tries the end first instead of every position of
# the window (the same answer, several times faster).
_BACKWARDS: Final = regex.REVERSE

# ----------------------------------------------------------------------------- atoms

# The characters other than letters and digits an atom may start with: the first of each
# currency sign ("$", "€", "₹"); the scan tries the full pattern only where one stands.
_SIGN_STARTS: Final = regex.escape("".join(sorted({p[0] for p in lexicon.CURRENCY_PREFIXES if not p[0].isalnum()})))

# Every number-like phrase in a sentence, one alternative per rule; at each position the
# first alternative that matches wins, so the more specific ones come first.
_ATOM_BODY: Final = rf"""
    (?:
    (?P<money>                                   # $281 million, US$606m, €4.1 billion
        (?<![\p{{L}}\p{{Nd}}]) (?: (?P<cur>\L<cur>) \s? | (?P<gcur>\L<gcur>) (?=\p{{Nd}}) ) (?P<msign>[-−])?
        (?P<mnum>{_DIGITS})
        (?: \s? (?P<msuffix>(?i:\L<suffix>)) (?![\p{{L}}\p{{Nd}}])             # $35m, £2.5 m
          | (?:\s|-)? (?P<mscale>(?i:\L<scale> (?: \s+ \L<scale> )* )) \b )?    # Rs 53.4 lakh crore, £1.2million
    )
  | (?P<vague>                                   # dozens, tens of thousands, several hundred
        (?i: \b \L<vague> \b )
    )
  | (?P<adur>                                    # a week, an hour (a = one)
        (?i: \b (?:a|an) \s+ (?! second \s+ (?! (?: or | and | ago | later | earlier | before | after | to | of | in | he | she | they | it | we | i ) \b ) \p{{L}} ) \L<dur1> \b )  # not "a second term"
    )
  | (?P<frac>                                    # a quarter, two-thirds, one-half, half
        (?i: \b (?: (?:a|an|one|two|three|four|five|six|seven|eight|nine) [\s\-‐‑]+
                    \L<fraction> | half ) \b )
    )
  | (?P<dfrac>                                   # 1/2, 3/4, 1⁄32 (a date or ratio is not this)
        (?<![\p{{Nd}}/⁄]) \p{{Nd}}{{1,2}} [/⁄] \p{{Nd}}{{1,3}} (?![\p{{Nd}}/⁄])
    )
  | (?P<ord>                                     # ninth, 9th
        (?i: \b \L<ordinal> \b ) | \b \p{{Nd}}+ (?:st|nd|rd|th) \b
    )
  | (?P<words>                                   # seven, twenty-five, a dozen, two hundred and fifty
        (?i: \b (?: (?:a|an) \s+ (?=(?:{"|".join(lexicon.A_SCALES)})\b) )?
             \L<numword>
             (?: (?: (?<=hundred|thousand|million|billion) \s+ and \s+ | [\s\-‐‑]+ )
                 \L<numword> )*
             \b )
    )
  | (?P<digits>                                  # 703, 1.5bn, 1.5 million, 35m, -1.3, 164p
        {_SIGN}
        (?P<num>{_DIGITS})
        (?: \s? [×x] \s? 10 \s? (?:\^|\*\*)? (?P<exp>[-−]?\p{{Nd}}{{1,4}}) (?![\p{{Nd}}]) )?  # 1.99×10^30
        (?: (?P<suffix>(?i:\L<suffix>)) (?![\p{{L}}\p{{Nd}}])                       # 1.5bn, 35m, 5k
          | \s (?P<suffix>(?i: bn | mn | mln | tn | trn )) (?![\p{{L}}\p{{Nd}}])     # 1.5 bn
          | (?P<csuffix>\L<csuffix>) (?![\p{{L}}\p{{Nd}}])
          | (?:\s|-) (?P<scale>(?i:\L<scale> (?: \s+ \L<scale> )* )) \b )?   # 4 hundred million
    )
    )
    """
_ATOM_LISTS: Final[dict[str, list[str]]] = {
    "cur": [*lexicon.CURRENCY_PREFIXES, *lexicon.CODE_PREFIXES],
    "gcur": list(lexicon.GLUED_CURRENCY_PREFIXES),
    "suffix": lowered(lexicon.SCALE_SUFFIXES),
    "scale": lowered(lexicon.SCALES),
    "vague": lowered(lexicon.VAGUE),
    "dur1": _DURATION_SINGULAR,
    "fraction": lowered(lexicon.FRACTIONS),
    "ordinal": lowered(lexicon.ORDINALS),
    "numword": _NUMBER_WORDS,
    "csuffix": list(lexicon.CURRENCY_SUFFIXES),
}
# Where an atom starts other than at a number word: a currency written with letters ("US$", "Rs"), tried only at a capital one of them starts with (not at every "T" of "The"); a currency sign; a point or minus sign only before a digit or a point (".5", "-1.3"), the only atoms that start with one (not at every full stop and hyphen).
_LETTER_CURRENCIES: Final = [p for p in [*lexicon.CURRENCY_PREFIXES, *lexicon.CODE_PREFIXES, *lexicon.GLUED_CURRENCY_PREFIXES]
                             if p[0].isalpha()]
CURRENCY_START: Final = f"(?=[{''.join(sorted({p[0] for p in _LETTER_CURRENCIES}))}])(?:{alternation(_LETTER_CURRENCIES)})"
MARK_START: Final = rf"[.\-−] (?= [\p{{Nd}}.] ) | [{_SIGN_STARTS}]"
# The words an atom written in words can start with ("several hundred", "a quarter", "two").
FIRST_WORDS: Final = sorted({
    phrase.split()[0].split("-")[0]
    for words in (_ATOM_LISTS["vague"], _NUMBER_WORDS, _ATOM_LISTS["fraction"], _ATOM_LISTS["ordinal"],
                  ["half", "minus", "a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight",
                   "nine"])
    for phrase in words
})
# Only where an atom can start: a digit, a sign, a currency written with letters ("US$",
# "Rs") or a word a number is written with; the scan tries the alternatives nowhere else.
# The words are a trie: this test runs at every word, and `regex` runs a trie faster than
# a list (`atoms.number_atom_listed` keeps the list for the text a trie may misread).
ATOM_START: Final = rf"""(?= (?<![\w]) (?: \p{{Nd}} | {CURRENCY_START} | (?i: WORDS ) (?![\p{{L}}]) )
          | {MARK_START} )"""
NUMBER_ATOM: Final = compile_lists(f"{ATOM_START.replace('WORDS', trie(FIRST_WORDS))} {_ATOM_BODY}", 0, **_ATOM_LISTS)
# The same for a sentence with no number word in it (`cues.has_number_words`): an atom can
# then start only at a digit, a sign or a currency, and the scan skips every other word.
DIGIT_ATOM: Final = compile_lists(
    rf"(?= (?<![\w]) (?: \p{{Nd}} | {CURRENCY_START} ) | {MARK_START} ) {_ATOM_BODY}", 0, **_ATOM_LISTS)

# ----------------------------------------------------------------------------- context after

# "%" or a percent word right after the number.
BASIS_POINTS_AFTER: Final = compile_regex(r"^(?:[ \t]*|-)(?:basis[ \t-]+points?|bps|bp)\b", regex.IGNORECASE)
PERCENT_AFTER: Final = compile_lists(r"^ (?: \s?% | \s* (?i:\L<pct>) \b )", pct=lowered(lexicon.PERCENT_WORDS))

# A duration unit: "48 hours", "20-year", "two decades", "two more weeks" (not an age:
# "20-year-old").
DURATION_AFTER: Final = compile_lists(
    r"^ (?: \s+ (?i: (?: more | additional | further | extra ) \s+ )? | [-‐‑] ) (?P<unit>(?i:\L<dur>)) \b (?! [-‐‑\s] old \b )",
    dur=lowered(lexicon.DURATION_UNITS),
)
# An age written as a duration: "20-year-old", "20 years old", "25 years of age".
AGE_AFTER: Final = compile_lists(r"^ (?: \s+ | [-‐‑] ) (?i: years? | months? | weeks? | days? ) (?: [-‐‑\s] olds? \b | \s+ of \s+ age \b | \s+ pregnant \b )")

# The unit of an age, kept only under conventions that count ages: "25-year-old".
AGE_UNIT_AFTER: Final = compile_lists(r"^ (?: \s+ | [-‐‑] ) (?P<unit>(?i: years? | months? | weeks? | days? )) (?= [-‐‑\s] old \b )")

# A distance unit: "150 km", "Forty miles", "150km".
DISTANCE_AFTER: Final = compile_lists(
    r"^ (?: \s* | [-‐‑] ) (?P<unit>(?i:\L<dist>)) (?![\p{L}\p{Nd}/²³]) (?! \s* (?i: per | an? \s+ hour ) \b )",
    dist=lowered(lexicon.DISTANCE_UNITS),  # not a speed: "10 miles per hour"
)

# A currency named after the amount: "5 billion euros", "20 pounds".
CURRENCY_AFTER: Final = compile_lists(r"^ \s+ (?P<unit>(?i:\L<curword>)) \b", curword=lowered(lexicon.CURRENCY_WORDS))

# A scale word after a spelled-out or digit number: "1.5 million", "two billion".
SCALE_AFTER: Final = compile_lists(r"^ (?: \s+ | - ) (?P<scale>(?i:\L<scale>)) \b", scale=lowered(lexicon.SCALES))

# A conversion after a measure, in brackets or between dashes: "150 km (90 miles)", "($4.1bn)",
# "12 billion reais - about 2.2 billion dollars - for" (a word or two of unit or currency).
CONVERSION_AFTER: Final = compile_lists(
    r"""^ \s* \( \s* (?: (?i: then | now | worth ) \s+ ){0,2} (?: (?i: \L<qual> ) \s* )? (?: \L<cur> \s? )? [-−]? \p{Nd} [\p{Nd},.\s]*
        (?: (?i: \L<scale> ) \b )? [\s\-]* [\p{L}°/.²³%$€£'’\x20\-]{0,24} \)
      | ^ \s+ [-–—] \s+ (?: (?i: \L<qual> ) \s+ )? (?: \L<cur> \s? )? \p{Nd} [\p{Nd},.]* (?: \s* (?i: \L<scale> ) \b )?
        (?: \s* \p{L}{1,12} (?: \s \p{L}{1,12} )? )? \s+ [-–—] \s """,
    qual=_ANY_QUALIFIER, cur=list(lexicon.CURRENCY_PREFIXES),
    scale=lowered([*lexicon.SCALES, *lexicon.SCALE_SUFFIXES]),
)

FRACTION_FOLLOWER: Final = compile_lists(  # after a fraction in words: "of", a preposition, a clause end, "funded"
    r"""^ \s* (?: $ | [,.;:)\]] | \s? [–—]
             | (?<=\s) (?i: of | the | to | or | and | in | on | at | by | from | since | over
                        | last | this | that | than | as | with | for | after | before
                        | during | while | when | are | is | were | was | have | has | \L<fverb> | \L<fstate>
                          (?= \s* (?: [,.;:)] | $ | (?: and | or | but | by | with | in | at | as | of | for ) \b ) )
                        | their | its | his | her | our | my | your | these | those
                        | fewer | more | less | (?: higher | lower ) (?= \s+ than | \s* [,.;] ) | (?: majority | vote )
                          (?! \s+ (?: government | party | leader | rule | owner | shareholder | stake | was ) ) ) \b )""",
    fverb=ranks.FRACTION_VERBS, fstate=ranks.FRACTION_STATES)

# The joint of a range: "30-60", "one-third to one-half", "between 10 and 20".
RANGE_JOINT: Final = compile_lists(r"^ \s* (?: [-–—‒‐‑−] | (?i: to | through | or ) \b ) \s*")
RANGE_AND: Final = compile_lists(r"^ \s+ (?i: and ) \s+")
# The joint and the second number of a range, before its unit: "-45C", " to 45 degrees".
RANGE_END_AFTER: Final = compile_lists(r"^ \s* (?: [-–—] | (?i: to ) \b ) \s* [-−]? \p{Nd} [\p{Nd},.]* (?<= \p{Nd} )")
# "increased by $43.6 billion to $419.2 billion": a change and a level, not a range.
CHANGE_BEFORE: Final = compile_lists(r"(?i: \b \L<verb> \s+ (?: by \s+ )? (?: \L<qual> \s+ )? ) $",
                         qual=_ANY_QUALIFIER, verb=lexicon.CHANGE_VERBS)
# A label before a colon: "Killed: 1,234", "Injured: 5,678" (three words at most: "Twelve
# passengers were killed: five men ..." is a clause, not a label).
LABEL_BEFORE: Final = compile_lists(r"(?: ^ | [;,():] \s* ) (?P<label> \p{L}[\p{L}\-]* (?: \s+ [\p{L}\-]+ ){0,2} ) \s* : \s* $")
# Measure words quantulum3 lacks: "a 5.8-magnitude quake", "6.4 on the Richter scale".
MEASURE_WORD_AFTER: Final = compile_lists(r"^ (?: \s+ | [-‐‑] ) (?P<unit> (?i: \L<w> ) ) \b", w=list(lexicon.MEASURE_WORDS))
# A magnitude named before the number: "a magnitude 7.8 earthquake", "magnitude-6.1".
MAGNITUDE_BEFORE: Final = compile_lists(r"(?i: \b magnitude ) (?: \s+ | [-‐‑] ) $")
# A measure unit of the guide's table: "140 km/h", "20 tonnes", "2,000 hectares", "500 m3".
MEASURE_UNIT_AFTER: Final = compile_lists(
    r"^ (?: \s* | [-‐‑] ) (?P<unit> (?i: \L<m> ) ) (?! [\p{L}\p{Nd}/²³] )", m=list(measures.MEASURE_UNITS)
)
# A temperature with its scale named: "40 degrees Celsius", "45°C", "104 °F".
TEMPERATURE_AFTER: Final = compile_lists(
    r"^ (?: \s* | [-‐‑] ) (?P<unit> (?i: \L<t> ) ) (?! [\p{L}\p{Nd}] )", t=list(measures.TEMPERATURE_UNITS)
)
# Degrees without a named scale, or a bare "C"/"F": "-5 degrees", "48C", "104F", "40°"
# (a temperature only in a sentence about one: `TEMPERATURE_CUE`).
DEGREES_AFTER: Final = compile_lists(
    r"^ (?: \x20? (?P<scale> [CF] ) | (?: \s* [°º] | (?: \s+ | [-‐‑] ) (?i: degrees? ) ) ) (?! [\p{L}\p{Nd}] )"
)
TEMPERATURE_CUE: Final = compile_lists(r"\b (?i: \L<cue> ) \b | [°º]", cue=measures.TEMPERATURE_CUES)
BETWEEN_BEFORE: Final = compile_lists(r"(?i: \b between \s+ ) $")
FROM_BEFORE: Final = compile_lists(r"(?i: \b from \s+ (?: \L<qual> \s+ )? ) $", qual=_ANY_QUALIFIER)

# The whole of a part-of-whole: "150 of Afghanistan's roughly 400 districts", "two out of three",
# "61,230 votes out of a total of 158,460" (a counted noun only before "out of"); "one in three"
# is a ratio, read as a fraction.
WHOLE_AFTER: Final = compile_lists(
    r"""^ (?: \s+ (?P<counted>(?!out\b)\p{Ll}+) )? \s+ (?P<joint>(?i: out \s+ of | of | in )) \s+
        (?: (?i: a \s+ total \s+ of ) \s+ )?
        (?: (?: (?i: \L<det> ) | \p{L}[\p{L}.\-]* ['’] s? ) \s+ ){0,2}
        (?: (?P<qual> (?i: \L<qual> ) ) \s+ )? $""",
    det=lexicon.WHOLE_DETERMINERS, qual=_ANY_QUALIFIER)

# Qualifiers written after the number: "1,000 or more".
TRAILING_QUALIFIER: Final = compile_lists(
    r"^ (?: \s* -? \s* (?P<q>(?i: \L<tq> )) ) \b", tq=lowered(lexicon.TRAILING_QUALIFIERS)
)

# Letters glued to the end of a number ("1990s", "5G"): an identifier or a decade.
GLUED_LETTERS_AFTER: Final = compile_lists(r"^ [\p{L}]")
# Letters (optionally a hyphen) glued before a number: "COVID-19", "F-16", "A320", "MH17".
IDENTIFIER_BEFORE: Final = compile_lists(r"(?: [\p{L}&] [-‐‑/]? | \b \p{Lu}{1,3} \. | [\p{Nd}][-‐‑/⁄] | [#@/\\_⁄] | \p{Nd}[.,]) $", _BACKWARDS)
# A function call or code: "alert(1)", "f(2)".
CALL_BEFORE: Final = compile_lists(r"[\p{L}_] \( $", _BACKWARDS)
# A bare number in parentheses: a list mark, a jersey or a note, "(4)", "Dak Prescott (4)".
PAREN_MARK_BEFORE: Final = compile_lists(r"\( \s* $", _BACKWARDS)
# An age in apposition: "Jamie Armstrong, 25, said", "Senard, 65, now faces".
APPOSITION_AGE_BEFORE: Final = compile_lists(r"(?: \p{Lu}\p{L}+ | \b (?i: \L<person> ) ) , \s* $", person=lexicon.AGED_PERSONS)
APPOSITION_AGE_AFTER: Final = compile_lists(r"^ \s* , ")
# ... or at the end of a quote's attribution: "said shelter coordinator Rosa Chiquito, 52."
SPEAKER_AGE_BEFORE: Final = compile_lists(
    r"""\b (?i: \L<verb> ) \s+
        (?: (?! (?i: was | were | is | are | had | has | have | in | at | to | from | by | of ) \s ) [\p{L}.'’\-]+ \s+ ){0,5}?
        \p{Lu}[\p{L}'’\-]+ , \s* $""", verb=[*sources.SPEECH_VERBS, "recalled", "explained", "asked"])
SENTENCE_END_AFTER: Final = compile_lists(r"^ \s* [.!?] [\"”’']? \s* $")
# A footnote or reference mark: "[1]", "[12]".
FOOTNOTE_AROUND: Final = compile_lists(r"\[ \s* $", _BACKWARDS)
# A code with a leading zero: "007", "0401" (not "0.5").
LEADING_ZERO: Final = compile_lists(r"0 \p{Nd}")
# A ratio, date or code after the number: "24/7", "9/11".
SLASH_AFTER: Final = compile_lists(r"^ [/⁄] \p{Nd}")
# A hyphenated word after a number word that is not a unit: "one-eyed", "two-time".
COMPOUND_AFTER: Final = compile_lists(r"^ [-‐‑] \p{L}")

# ----------------------------------------------------------------------------- context before

# A qualifier just before the number (or its sign), searched backwards: the same match (tested).
QUALIFIER_BEFORE: Final = compile_lists(
    r"(?: ^ | (?<= [\s(\[“\"'‘—–] ) ) (?P<q> (?i: \L<qual> ) ) \s* $", _BACKWARDS, qual=_ANY_QUALIFIER
)
# The words that make "a week" a length of time: "in a month", "less than a week".
A_DURATION_CUE_BEFORE: Final = compile_lists(
    r"""(?i: \b (?: in | within | for | after | than | over | under | about | nearly | almost | up \s+ to
               | only | just | barely | past | least | around | roughly ) \s+ ) $"""
)
# ... or an elapsed time ("from a year earlier", "an hour later", "a week ago").
A_DURATION_ELAPSED_AFTER: Final = compile_lists(r"^ \s+ (?i: earlier | later | ago ) \b (?! [-‐‑] )")
# A capitalised name right before a number, "Game 6", "S&P 500", "Route 66" (searched backwards).
NAME_BEFORE: Final = compile_lists(r"\b (?P<name> \p{Ll}{0,2} \p{Lu}[\p{L}\p{Nd}&'’.\-/]* ) \s $", _BACKWARDS)
# A word naming a numbered thing: "category 4", "Resolution 2254", "Article 5", "top 10".
IDENTIFIER_WORD_BEFORE: Final = compile_lists(r"\b (?i: \L<w> ) \s $", _BACKWARDS, w=lexicon.IDENTIFIER_WORDS)
# A name with "of": "the Group of 20".
NAME_OF_BEFORE: Final = compile_lists(r"\b \p{Lu}\p{Ll}+ \s+ of \s $", _BACKWARDS)
# A street address after the number: "10 Downing Street", "49 Zorro Ranch Road".
ADDRESS_AFTER: Final = compile_lists(r"^ \s+ (?: \p{Lu}[\p{L}.]* \s+ ){1,3} (?: Street | St | Road | Rd | Avenue | Ave | Boulevard | Blvd | Lane | Drive | Square | Place | Way | Highway ) \b")
# "sub-300 sq m": a prefix, not an identifier.
PREFIX_BEFORE: Final = compile_lists(r"(?i: \b (?: sub | over | under | near | pre | post ) [-‐‑] ) $", _BACKWARDS)
# An age: "aged 25", "age 30".
AGE_BEFORE: Final = compile_lists(
    r"""(?i: \b (?: aged | ages | age ) \s+ (?: between \s+ )?
           | \b age \s+ of \s+
           | \b (?: aged | ages ) \s+ \p{Nd}{1,3} (?: \s* , \s* \p{Nd}{1,3} )+ \s* ,? \s+ (?: and | or ) \s+
           | \b (?: median | mean | average ) \s+ age \s* (?: : | \s (?: of | was | is | at ) ) \s*
           | \b age \s+ (?: group | range | bracket ) s? (?: \s+ \p{L}+ ){0,2}? \s+ (?: is | was | were | are ) \s+
           | \b (?: under | over | above | below ) \s+ the \s+ age \s+ of \s+
           | \b (?: youngest | oldest ) (?: \s+ \p{L}+ )? \s+ (?: (?: was | is ) \s+ )?
           | \b (?: children | kids | babies | infants | people | those | adults | women | men | girls | boys
                 | anyone | everyone | adolescents | teenagers | youths ) \s+ (?: under | over | below | above | older \s+ than
                                               | younger \s+ than ) \s+ ) $"""
)

# "one" that counts: the subject of an event ("one soldier was killed", "one of them was
# wounded") or its object ("killed one civilian").
_EVENT_STEMS: Final = [w.rstrip("*") for _, words in lexicon.EVENT_CUES for w in words]
ONE_AS_EVENT_SUBJECT: Final = compile_lists(
    r"""\s+ (?: of \s+ (?: the \s+ | them \b | those \b ) \s* )? \p{L}* \s*
        (?: (?: was | has \s+ been | had \s+ been | were | is | got ) \s+ (?: (?: \p{L}+ly | also ) \s+ )?
            (?: \L<cue> ) \p{L}*
          | (?: (?: has | had | also | later ) \s+ | (?<= \p{L} \s ) ) (?: \L<cue> ) \p{L}*
            (?= \s* (?: [,.;:!?)] | $ ) | \s+ (?: in | on | at | after | when | while | during | near | overnight
                                               | later | instantly | yesterday | today ) \b ) )""",
    regex.I, cue=_EVENT_STEMS,
)
ONE_AS_EVENT_OBJECT: Final = compile_lists(r"\b (?: \L<cue> ) \p{L}* \s+ (?: at \s+ least \s+ | only \s+ )? $",
                               regex.I | _BACKWARDS, cue=_EVENT_STEMS)

# ----------------------------------------------------------------------------- context words

# "the summer of 1998", "in 2015", "since 2001": a year, not a count.
YEAR_LEAD_BEFORE: Final = compile_regex(
    r"\b(?:in|since|by|until|till|from|after|before|during|early|late|mid|year|"
    r"(?:summer|winter|spring|autumn|fall|class|end|start|beginning|middle|half|quarter|part)\s+of)\s*$"
)
# "its 2018 sales", "the 2020 elections": a determiner or possessive before a year.
YEAR_DETERMINER_BEFORE: Final = compile_regex(r"(?:\b(?:the|its|their|his|her|our|this|that)|['’]s?)\s+$")
# "from 1000 to 2000 hires": a range that ends in a counted noun.
RANGE_TO_NOUN_AFTER: Final = compile_regex(r"\s*(?:-|–|to)\s*\p{Nd}[\p{Nd},]*\s+(?P<w>\p{Ll}+)")
# The next lower-case word, and the next within three words.
NEXT_WORD_AFTER: Final = compile_regex(r"\s+(?P<w>\p{Ll}+)")
NEAR_WORD_AFTER: Final = compile_regex(r"\s+(?:\p{Ll}+\s+){0,2}?(?P<w>\p{Ll}+)")
FOUR_DIGITS: Final = compile_regex(r"\p{Nd}{4}")
CLOSING_PAREN_AFTER: Final = compile_regex(r"\s*\)")
# "a 3,000-strong force": a count, though hyphenated.
STRONG_AFTER: Final = compile_regex(r"[-‐‑](?:strong|capacity|seat|seater)\b")  # "a 5,000-strong force", "18,000-capacity"
# A clause ends right after the number: "... possibly take it within 90."
CLAUSE_END_AFTER: Final = compile_regex(r"\s*(?:$|[.;:!?,)])")
# What joins a bare number to the unit-bearing figure before it.
# It must stand right before the number, a qualifier aside ("and possibly within 90"), in
# the same clause: "ran for 30 years and employs 340" is no elided duration.
ELIDED_JOINER: Final = compile_lists(
    r"^ [^;:.!?]* \b (?i: and | or | but | then | within | in ) \s+ (?: (?i: \L<qual> ) \s+ )? $",
    qual=_ANY_QUALIFIER,
)  # not "to": "fell 1.5%, to 33,000"
# "half a million": the scale after "half".
HALF_SCALE_AFTER: Final = compile_regex(r"\s+an?\s+(?P<w>dozen|hundred|thousand|million|billion)\b")
# "this half", "the second half": a half that names a period.
PERIOD_HALF_BEFORE: Final = compile_regex(r"(?i)\b(?:this|that|first|second|last|next|each|per|every)\s+$")
WORD_SPLIT: Final = compile_regex(r"[\s\-‐‑–]+")  # "twenty-five", "two-thirds"

# A vague amount of money ("tens of thousands of dollars").
VAGUE_MONEY_AFTER: Final = compile_regex(r"\s+of\s+(?P<unit>\L<w>)\b", regex.I, w=list(lexicon.CURRENCY_WORDS))

# A whole that opens the clause before its parts: "Of the 143 dead, 97 ...", "Out of a
# workforce of 5,000, the firm cut 1,200 jobs", "said that of its 81,000 employees, ...".
WHOLE_OPENING: Final = compile_lists(
    r"""(?: ^ ["“‘'(]? | [,;:—] \s* | \b that \s+ ) (?i: of | out \s+ of ) \s+
        (?: (?i: the | its | their | his | her | my | our | your | a \s+ total \s+ of | (?: a | an ) \s+ \p{L}+ \s+ of ) \s+ )?
        (?: \p{L}[\p{L}.\-]* ['’] s? \s+ )? $""")
RATIO_JOINT: Final = compile_lists(r"\s+ (?i: in ) \s+")
