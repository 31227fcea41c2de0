"""Pattern tables: every regex the extractor uses, compiled once from `lexicon` word lists.

Patterns are named by what they recognise; word lists go in as `regex` named lists
(`\\L<name>`), which try the longest alternative first. Context patterns (`*_AFTER`,
`*_BEFORE`) are matched against the text just after or just before a number.
"""

from __future__ import annotations

import regex

from stats import lexicon

_FLAGS = regex.VERSION1 | regex.VERBOSE


def _compile(pattern: str, flags: int = 0, **lists: object) -> regex.Pattern[str]:
    """Compile with named lists; a list holding phrases matches any whitespace between
    their words ("more than" across a line break), longest phrase first."""
    for name, items in list(lists.items()):
        words = [str(item) for item in items]  # type: ignore[attr-defined]
        if any(" " in word for word in words):
            alternation = "|".join(r"\s+".join(regex.escape(part) for part in word.split())
                                   for word in sorted(words, key=len, reverse=True))
            pattern = pattern.replace(f"\\L<{name}>", f"(?:{alternation})")
            del lists[name]
    return regex.compile(pattern, _FLAGS | flags, **lists)


def _lower(words: object) -> list[str]:
    return sorted({str(w).lower() for w in words})  # type: ignore[attr-defined]


_NUMBER_WORDS = _lower([*lexicon.ONES, *lexicon.TENS, *lexicon.SCALES, "dozen"])
_DURATION_SINGULAR = ["second", "minute", "hour", "day", "week", "fortnight", "month",
                      "year", "decade", "century"]
_ANY_QUALIFIER = _lower([*lexicon.QUALIFIERS])

# A run of digits: "703", "1,500", "3 000" (thin, no-break or plain space), "1,00,000"
# (Indian grouping), "27,349.19", ".5"; any Unicode decimal digits (Arabic-Indic, fullwidth).
_DIGITS = r"""
    (?: (?: \p{Nd}{1,3} (?: (?:,|[\u00a0\u202f\u2009\u066c]|\x20(?=\p{Nd}{3}(?!\p{Nd})))
                            \p{Nd}{3} )+ (?!\p{Nd})      # 1,500  3 000  3\u202f000
          | \p{Nd}{1,2} (?:,\p{Nd}{2})+ ,\p{Nd}{3} (?!\p{Nd})  # 1,00,000 (Indian)
          | \p{Nd}+ )
        (?: [.\u066b]\p{Nd}+ )?                          # decimals
      | (?<![\p{Nd}\p{L}.,]) \. \p{Nd}+ )                # .500, .001
"""
# A minus sign glued to a number ("-1.3%", "−5", "minus-5"); not a range's dash ("30-60").
_SIGN = r"(?P<sign> (?<![\p{Nd}\p{L}.,]) [-−] (?=[\p{Nd}.]) | (?i: \b minus ) [\s\-] (?=[\p{Nd}.]) )?"

# ----------------------------------------------------------------------------- atoms

# Every number-like phrase in a sentence, one alternative per rule; at each position the
# first alternative that matches wins, so the more specific ones come first.
NUMBER_ATOM = _compile(
    rf"""
    (?= \b | [^\w\s] )                             # only at a word start or a sign: a fast scan
    (?:
    (?P<money>                                   # $281 million, US$606m, €4.1 billion
        (?<![\p{{L}}\p{{Nd}}]) (?P<cur>\L<cur>) \s? (?P<msign>[-−])?
        (?P<mnum>{_DIGITS})
        (?: \s? (?P<msuffix>(?i:\L<suffix>)) (?![\p{{L}}\p{{Nd}}])             # $35m, £2.5 m
          | (?:\s|-) (?P<mscale>(?i:\L<scale>)) \b )?
    )
  | (?P<vague>                                   # dozens, tens of thousands, several hundred
        (?i: \b \L<vague> \b )
    )
  | (?P<adur>                                    # a week, an hour (a = one)
        (?i: \b (?:a|an) \s+ \L<dur1> \b )
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
        (?i: \b (?: (?:a|an) \s+ (?=(?:dozen|hundred|thousand|million|billion|trillion)\b) )?
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
    """,
    cur=list(lexicon.CURRENCY_PREFIXES),
    suffix=_lower(lexicon.SCALE_SUFFIXES),
    scale=_lower(lexicon.SCALES),
    vague=_lower(lexicon.VAGUE),
    dur1=_DURATION_SINGULAR,
    fraction=_lower(lexicon.FRACTIONS),
    ordinal=_lower(lexicon.ORDINALS),
    numword=_NUMBER_WORDS,
    csuffix=list(lexicon.CURRENCY_SUFFIXES),
)

# ----------------------------------------------------------------------------- context after

# "%" or a percent word right after the number.
PERCENT_AFTER = _compile(r"^ (?: \s?% | \s* (?i:\L<pct>) \b )", pct=_lower(lexicon.PERCENT_WORDS))

# A duration unit: "48 hours", "20-year", "two decades" (not an age: "20-year-old").
DURATION_AFTER = _compile(
    r"^ (?: \s+ | [-‐‑] ) (?P<unit>(?i:\L<dur>)) \b (?! [-‐‑\s] old \b )",
    dur=_lower(lexicon.DURATION_UNITS),
)
# An age written as a duration: "20-year-old", "20 years old", "25 years of age".
AGE_AFTER = _compile(r"^ (?: \s+ | [-‐‑] ) (?i: years? | months? ) (?: [-‐‑\s] old \b | \s+ of \s+ age \b )")

# The unit of an age, kept only under conventions that count ages: "25-year-old".
AGE_UNIT_AFTER = _compile(r"^ (?: \s+ | [-‐‑] ) (?P<unit>(?i: years? | months? | weeks? | days? )) (?= [-‐‑\s] old \b )")

# A distance unit: "150 km", "Forty miles", "150km".
DISTANCE_AFTER = _compile(
    r"^ (?: \s* | [-‐‑] ) (?P<unit>(?i:\L<dist>)) (?![\p{L}\p{Nd}/²³]) (?! \s* (?i: per | an? \s+ hour ) \b )",
    dist=_lower(lexicon.DISTANCE_UNITS),  # not a speed: "10 miles per hour"
)

# A currency named after the amount: "5 billion euros", "20 pounds".
CURRENCY_AFTER = _compile(r"^ \s+ (?P<unit>(?i:\L<curword>)) \b", curword=_lower(lexicon.CURRENCY_WORDS))

# A scale word after a spelled-out or digit number: "1.5 million", "two billion".
SCALE_AFTER = _compile(r"^ (?: \s+ | - ) (?P<scale>(?i:\L<scale>)) \b", scale=_lower(lexicon.SCALES))

# A parenthesised conversion after a measure: "150 km (90 miles)", "($4.1bn)".
CONVERSION_AFTER = _compile(
    r"""^ \s* \( \s* (?: (?i: \L<qual> ) \s* )? (?: \L<cur> \s? )? [-−]? \p{Nd} [\p{Nd},.\s]*
        (?: (?i: \L<scale> ) \b )? [\s\-]* [\p{L}°/.²³%$€£'’\x20\-]{0,24} \) """,
    qual=_ANY_QUALIFIER, cur=list(lexicon.CURRENCY_PREFIXES),
    scale=_lower([*lexicon.SCALES, *lexicon.SCALE_SUFFIXES]),
)

# What may follow a spelled-out fraction: "of", "the", a preposition, a joint or a clause end.
FRACTION_FOLLOWER = _compile(
    r"""^ \s* (?: $ | [,.;:)\]] | \s? [–—]
             | (?<=\s) (?i: of | the | to | or | and | in | on | at | by | from | since | over
                        | last | this | that | than | as | with | for | after | before
                        | during | while | when | are | is | were | was | have | has ) \b )"""
)

# The joint of a range: "30-60", "one-third to one-half", "between 10 and 20".
RANGE_JOINT = _compile(r"^ \s* (?: [-–—‒‐‑−] | (?i: to | through | or ) \b ) \s*")
RANGE_AND = _compile(r"^ \s+ (?i: and ) \s+")
# "increased by $43.6 billion to $419.2 billion": a change and a level, not a range.
CHANGE_BEFORE = _compile(r"(?i: \b \L<verb> \s+ (?: by \s+ )? (?: \L<qual> \s+ )? ) $",
                         qual=_ANY_QUALIFIER, verb=lexicon.CHANGE_VERBS)
# A label before a colon: "Killed: 1,234", "Injured: 5,678".
LABEL_BEFORE = _compile(r"(?: ^ | [;,():] \s* ) (?P<label> \p{L}[\p{L}\s\-]{0,30}? ) \s* : \s* $")
# Measure words quantulum3 lacks: "a 5.8-magnitude quake".
MEASURE_WORD_AFTER = _compile(r"^ (?: \s+ | [-‐‑] ) (?P<unit> (?i: \L<w> ) ) \b", w=list(lexicon.MEASURE_WORDS))
BETWEEN_BEFORE = _compile(r"(?i: \b between \s+ ) $")
FROM_BEFORE = _compile(r"(?i: \b from \s+ (?: \L<qual> \s+ )? ) $", qual=_ANY_QUALIFIER)

# The whole of a part-of-whole: "150 of Afghanistan's roughly 400 districts", "two out of three".
WHOLE_AFTER = _compile(
    r"""^ \s+ (?i: out \s+ of | of | in ) \s+
        (?: (?: (?i: \L<det> ) | \p{L}[\p{L}.\-]* ['’] s? ) \s+ ){0,2}
        (?: (?P<qual> (?i: \L<qual> ) ) \s+ )? $""",
    det=lexicon.WHOLE_DETERMINERS,
    qual=_ANY_QUALIFIER,
)

# Qualifiers written after the number: "1,000 or more".
TRAILING_QUALIFIER = _compile(
    r"^ (?: \s* -? \s* (?P<q>(?i: \L<tq> )) ) \b", tq=_lower(lexicon.TRAILING_QUALIFIERS)
)

# Letters glued to the end of a number ("1990s", "5G"): an identifier or a decade.
GLUED_LETTERS_AFTER = _compile(r"^ [\p{L}]")
# Letters (optionally a hyphen) glued before a number: "COVID-19", "F-16", "A320", "MH17".
IDENTIFIER_BEFORE = _compile(r"(?: [\p{L}&] [-‐‑/]? | \b \p{Lu}{1,3} \. | [\p{Nd}][-‐‑/⁄] | [#@/\\_⁄] | \p{Nd}[.,]) $")
# A function call or code: "alert(1)", "f(2)".
CALL_BEFORE = _compile(r"[\p{L}_] \( $")
# A bare number in parentheses: a list mark, a jersey or a note, "(4)", "Dak Prescott (4)".
PAREN_MARK_BEFORE = _compile(r"\( \s* $")
# An age in apposition: "Jamie Armstrong, 25, said", "Senard, 65, now faces".
APPOSITION_AGE_BEFORE = _compile(r"\p{Lu}\p{L}+ , \s* $")
APPOSITION_AGE_AFTER = _compile(r"^ \s* , ")
# A footnote or reference mark: "[1]", "[12]".
FOOTNOTE_AROUND = _compile(r"\[ \s* $")
# A code with a leading zero: "007", "0401" (not "0.5").
LEADING_ZERO = _compile(r"0 \p{Nd}")
# A ratio, date or code after the number: "24/7", "9/11".
SLASH_AFTER = _compile(r"^ [/⁄] \p{Nd}")
# A glued "m" that is metres, not million: "37m (121ft)-long", "a 10m-high wall".
METRES_AFTER = _compile(
    r"""^ (?: \s* \( [^()]{0,12}? (?i: ft | feet | foot | yards? | in | inches ) \)
           | [-\s]? (?i: long | tall | high | wide | deep | away | below | above | across | radius ) \b
           | \s+ (?i: \L<event> ) \b )""", event=lexicon.METRE_EVENTS)
# "won the 400m in 44 seconds": a race, after "the" and before a preposition or a stop.
METRES_RACE = _compile(r"(?i: \b the \s ) $")
METRES_RACE_AFTER = _compile(r"^ (?: \s+ (?i: in | at | on | with | for | and ) \b | \s* [.,;:!?] )")
# A hyphenated word after a number word that is not a unit: "one-eyed", "two-time".
COMPOUND_AFTER = _compile(r"^ [-‐‑] \p{L}")

# ----------------------------------------------------------------------------- context before

# A qualifier just before the number (or before its currency sign).
QUALIFIER_BEFORE = _compile(
    r"(?: ^ | (?<= [\s(\[“\"'‘—–] ) ) (?P<q> (?i: \L<qual> ) ) \s* $", qual=_ANY_QUALIFIER
)
# The words that make "a week" a length of time: "in a month", "less than a week".
A_DURATION_CUE_BEFORE = _compile(
    r"""(?i: \b (?: in | within | for | after | than | over | under | about | nearly | almost
               | only | just | barely | past | least | around | roughly ) \s+ ) $"""
)
# A capitalised name right before a number: "Game 6", "S&P 500", "Route 66", "Fortune 100".
NAME_BEFORE = _compile(r"\b (?P<name> \p{Ll}{0,2} \p{Lu}[\p{L}\p{Nd}&'’.\-/]* ) \s $")
# A word naming a numbered thing: "category 4", "Resolution 2254", "Article 5", "top 10".
IDENTIFIER_WORD_BEFORE = _compile(r"\b (?i: \L<w> ) \s $", w=lexicon.IDENTIFIER_WORDS)
# A name with "of": "the Group of 20".
NAME_OF_BEFORE = _compile(r"\b \p{Lu}\p{Ll}+ \s+ of \s $")
# A street address after the number: "10 Downing Street", "49 Zorro Ranch Road".
ADDRESS_AFTER = _compile(r"^ \s+ (?: \p{Lu}[\p{L}.]* \s+ ){1,3} (?: Street | St | Road | Rd | Avenue | Ave | Boulevard | Blvd | Lane | Drive | Square | Place | Way | Highway ) \b")
# "sub-300 sq m": a prefix, not an identifier.
PREFIX_BEFORE = _compile(r"(?i: \b (?: sub | over | under | near | pre | post ) [-‐‑] ) $")
# An age: "aged 25", "age 30".
AGE_BEFORE = _compile(
    r"""(?i: \b (?: aged | ages | age ) \s+ (?: between \s+ )?
           | \b age \s+ of \s+
           | \b (?: under | over | above | below ) \s+ the \s+ age \s+ of \s+
           | \b (?: children | kids | babies | infants | people | those | adults | women | men | girls | boys
                 | anyone | everyone ) \s+ (?: under | over | below | above | older \s+ than
                                               | younger \s+ than ) \s+ ) $"""
)
# Determiner before an ordinal: "the ninth", "their third".
ORDINAL_DETERMINER_BEFORE = _compile(r"(?i: \b (?: the | its | their | a ) \s+ ) $")
# What follows a running-count ordinal: "the ninth city to fall", "the third day in a row",
# "for the fifth time", "the second consecutive year".
ORDINAL_RUNNING_AFTER = _compile(
    r"""^ \s+ (?: (?i: consecutive | straight | successive ) \s+ \p{L}+
            | \p{Ll}[\p{L}\-]* (?: \s+ \p{Ll}[\p{L}\-]* )? \s+
              (?i: to \s+ \p{L}+
                 | since | in \s+ a \s+ row | this \s+ (?: year | month | week ) ) )
         """
)
ORDINAL_TIME_AFTER = _compile(r"^ \s+ (?i: time ) \b")

# "one" that counts: the subject of an event ("one soldier was killed", "one of them was
# wounded") or its object ("killed one civilian").
_EVENT_STEMS = [w.rstrip("*") for _, words in lexicon.EVENT_CUES for w in words]
ONE_AS_EVENT_SUBJECT = _compile(
    r"""\s+ (?: of \s+ (?: the \s+ | them \b | those \b ) \s* )? \p{L}* \s*
        (?: was | has \s+ been | had \s+ been | were | is | got ) \s+ (?: \p{L}+ly \s+ )?
        (?: \L<cue> ) \p{L}*""",
    regex.I, cue=_EVENT_STEMS,
)
ONE_AS_EVENT_OBJECT = _compile(r"\b (?: \L<cue> ) \p{L}* \s+ (?: at \s+ least \s+ | only \s+ )? $",
                               regex.I, cue=_EVENT_STEMS)

# ----------------------------------------------------------------------------- masks

# Spans that are never figures: dates, clock times, phone numbers, addresses, handles.
_MONTH = r"(?: \L<month> )"
MASKS: dict[str, regex.Pattern[str]] = {
    # Web addresses: a scheme or "www.", or dotted labels whose last one is a known TLD
    # (checked by a lookbehind, so the scan fails fast inside ordinary words).
    "url": _compile(r"""(?i: \b (?: https?:// | www\. ) \S+
                         | (?<![\w.@\-]) [\w\-]++ (?: \. [\w\-]++ )++
                           (?<= \. (?: com | org | net | gov | edu | io | info | int | in | co | uk | af | news ) )
                           (?![\w\-]) (?: / \S* )? )"""),
    "email": _compile(r"[\w.+\-]+ @ [\w\-]+ (?: \. [\w\-]+ )+"),
    "handle": _compile(r"(?<![\w]) [#@] \w+"),
    # A match score: "tied at 2-2", "a 9-2 lead", "89-89".
    "score": _compile(
        r"""(?<= \b (?i: tied | won | lost | beat ) \s ) \p{Nd}{1,3} [-–] \p{Nd}{1,3} \b
          | \b \p{Nd}{1,3} [-–] \p{Nd}{1,3} (?= \s+ (?i: win | victory | lead | defeat | loss | draw
                                                    | on \s+ aggregate | down | up | scoreline ) \b )"""
    ),
    "phone": _compile(
        r"""(?: \( \+? \p{Nd}{1,4} \) | \+ \p{Nd}{1,4} ) [\s.\-]* \p{Nd} [\p{Nd}\s.\-]{5,} \p{Nd}
          | \b \p{Nd}{3} [\-.] \p{Nd}{3} [\-.] \p{Nd}{4} \b
          | \b 0 \p{Nd}{2,4} [\s\-] \p{Nd}{3,4} [\s\-]? \p{Nd}{3,4} \b        # 020 7946 0958
          | \( \p{Nd}{3} \) \s? \p{Nd}{3} [\-.] \p{Nd}{4}"""
    ),
    "clock": _compile(
        r"""\b \p{Nd}{1,2} [:.] \p{Nd}{2} (?: [:.] \p{Nd}{2} )? \s* (?i: [ap] \.? m \b \.? | gmt | utc | bst | [ecmp][sd]t | cet | hrs )
          | \b \p{Nd}{1,2} : \p{Nd}{2} (?: : \p{Nd}{2} )? (?: \. \p{Nd}+ )? \b
          | \b \p{Nd}{4} - \p{Nd}{2} - \p{Nd}{2} T [\p{Nd}:.]+ Z?
          | \b \p{Nd}{1,2} \s* (?i: [ap] \. m \. | [ap] m \b )
          | \b \p{Nd}{4} \s* (?i: gmt | utc | hrs | hours \s+ gmt ) \b"""
    ),
    "date": _compile(
        rf"""\b \p{{Nd}}{{1,4}} [/.\-] (?: \p{{Nd}}{{1,2}} | (?i: {_MONTH} ) ) [/.\-] \p{{Nd}}{{2,4}} \b
          | (?i: \b {_MONTH} \.? ) \s+ \p{{Nd}}{{1,2}} (?: st | nd | rd | th )? \b (?: ,? \s+ \p{{Nd}}{{4}} \b )?
          | \b \p{{Nd}}{{1,2}} (?: st | nd | rd | th )? \s+ (?: of \s+ )? (?i: {_MONTH} ) \b \.? (?: ,? \s+ \p{{Nd}}{{4}} \b )?
          | (?i: \b {_MONTH} \.? ) ,? \s+ \p{{Nd}}{{4}} \b
          | \b \p{{Nd}}{{1,2}} (?: st | nd | rd | th )? \s* (?: [-–] | (?i: and | to | through ) ) \s* \p{{Nd}}{{1,2}} (?: st | nd | rd | th )? \s+ (?i: {_MONTH} ) \b
          | (?i: \b {_MONTH} \.? ) \s+ \p{{Nd}}{{1,2}} \s* (?: [-–] | (?i: and | to | through ) ) \s* \p{{Nd}}{{1,2}} \b
          | \b (?: 1[0-9] | 20 ) \p{{Nd}}{{2}} [\-–/] (?: \p{{Nd}}{{2}} | (?: 1[0-9] | 20 ) \p{{Nd}}{{2}} ) \b
          | \b (?:1[0-9]|20)\p{{Nd}}{{2}} s \b | ['’] \p{{Nd}}{{2}} s \b""",
        month=[m.capitalize() for m in lexicon.MONTHS] + [m.upper() for m in lexicon.MONTHS],
    ),
}
# A cheap test each costly mask runs after: no cue, no match possible.
MASK_CUES: dict[str, regex.Pattern[str]] = {
    "url": regex.compile(r"\.\w|://"),
    "email": regex.compile(r"@"),
    "handle": regex.compile(r"[#@]"),
}
# May/March/... are months only when capitalised (the list above holds capitalised forms),
# so "may 5" in lower case is left alone.

# ----------------------------------------------------------------------------- lines

# A short line that is a share or comment counter: "321 Interactions", "1.2k shares".
FURNITURE_LINE = _compile(
    r"^ \s* [\p{Nd}][\p{Nd},.]* [kKmM]? \s* (?i: \L<fw> ) \s* $", fw=_lower(lexicon.FURNITURE_WORDS)
)
# A furniture word anywhere on a line (checked only on short lines that are not sentences).
FURNITURE_WORD = _compile(
    r"(?: ^ | (?<= [\s(:|•·] ) ) (?i: \L<fw> ) (?= [\s):|•·,.] | $ )", fw=_lower(lexicon.FURNITURE_WORDS)
)
# A heading that introduces links to other articles: "Also read:", "Related".
LINK_LIST_HEADER = _compile(r"^ \s* (?i: \L<hdr> ) \s* (?: [:\-–—|] | $ )", hdr=lexicon.LINK_LIST_HEADERS)
# A list bullet at the start of a line.
BULLET = _compile(r"^ [ \t]* (?: [-*•▪●·–—] | \p{Nd}{1,2} [.)] ) [ \t]+")

# Sentence ends: terminal punctuation, closing quotes, then space and a new start.
SENTENCE_END = _compile(
    r"""(?<= [.!?…] ) ["”’')\]]* (?= \s+ ["“‘'(\[]? [\p{Lu}\p{Nd}] )"""
)
# The word before a full stop, to tell abbreviations and initials from sentence ends.
WORD_BEFORE_STOP = _compile(r"(?: ^ | [\s(“\"] ) (?P<word> [\p{L}.]+ ) \. $")
ABBREVIATIONS = frozenset(lexicon.ABBREVIATIONS)

# ----------------------------------------------------------------------------- context words

# "the summer of 1998", "in 2015", "since 2001": a year, not a count.
YEAR_LEAD_BEFORE = regex.compile(
    r"\b(?:in|since|by|until|till|from|after|before|during|early|late|mid|year|"
    r"(?:summer|winter|spring|autumn|fall|class|end|start|beginning|middle|half|quarter|part)\s+of)\s*$"
)
# "its 2018 sales", "the 2020 elections": a determiner or possessive before a year.
YEAR_DETERMINER_BEFORE = regex.compile(r"(?:\b(?:the|its|their|his|her|our|this|that)|['’]s?)\s+$")
# "from 1000 to 2000 hires": a range that ends in a counted noun.
RANGE_TO_NOUN_AFTER = regex.compile(r"\s*(?:-|–|to)\s*\p{Nd}[\p{Nd},]*\s+(?P<w>\p{Ll}+)")
# The next lower-case word, and the next within three words.
NEXT_WORD_AFTER = regex.compile(r"\s+(?P<w>\p{Ll}+)")
NEAR_WORD_AFTER = regex.compile(r"\s+(?:\p{Ll}+\s+){0,2}?(?P<w>\p{Ll}+)")
FOUR_DIGITS = regex.compile(r"\p{Nd}{4}")
CLOSING_PAREN_AFTER = regex.compile(r"\s*\)")
# "a 3,000-strong force": a count, though hyphenated.
STRONG_AFTER = regex.compile(r"[-‐‑]strong\b")
# A clause ends right after the number: "... possibly take it within 90."
CLAUSE_END_AFTER = regex.compile(r"\s*(?:$|[.;:!?,)])")
# What joins a bare number to the unit-bearing figure before it.
ELIDED_JOINER = regex.compile(r"\b(?:and|or|but|then|within|in)\b")  # not "to": "fell 1.5%, to 33,000"
# "half a million": the scale after "half".
HALF_SCALE_AFTER = regex.compile(r"\s+an?\s+(?P<w>dozen|hundred|thousand|million|billion)\b")
# "this half", "the second half": a half that names a period.
PERIOD_HALF_BEFORE = regex.compile(r"(?i)\b(?:this|that|first|second|last|next|each|per|every)\s+$")
WORD_SPLIT = regex.compile(r"[\s\-‐‑–]+")  # "twenty-five", "two-thirds"

# In classify: "the country's annual customs revenue, about $281 million".
APPOSITION_BEFORE = regex.compile(r",\s*(?:\p{L}+\s+){0,2}$")
COMMA_WORD_BEFORE = regex.compile(r",\s*(?:\p{L}+\s+)?$")
COMMA_SPLIT = regex.compile(r",\s*")
# "nearly half of them are children".
OF_THEM_AFTER = regex.compile(r"\s+of\s+(?:them|those|these)\b")
OF_AFTER = regex.compile(r"\s+of\s+")
# "$1 trillion in America's longest war", "$4.1 billion to meet the needs of".
MONEY_PREPOSITION_AFTER = regex.compile(
    r"\s+(?:in|for|of|on)\s+|\s+to\s+(?:fund|pay\s+for|cover|meet|buy|build|rebuild|support|finance)\s+"
)
# "a 20-year conflict": a hyphenated unit.
HYPHEN_UNIT_END = regex.compile(r"[-‐‑]\p{L}+$")
# "in the span of just over two months": the noun that lasts.
LASTING_NOUN_BEFORE = regex.compile(r"\b(?:the|a|an)\s+(?P<noun>\p{L}+)\s+of\s+$")
# "many of Kandahar's 600,000 residents have fled": the verb belongs to "many".
PARTITIVE_BEFORE = regex.compile(r"\b(?:\L<q>)\s+of\s+(?:the\s+)?(?:\p{L}+['’]s?\s+)?$",
                                 regex.I, q=lexicon.PARTITIVE_QUANTIFIERS)
# "20 of them critically", "two-thirds of them women": a share of the figure before.
OF_THEM_NEXT = regex.compile(r"\s+of\s+(?:them|those|whom|these)\b")
# "the death toll ... rose to 2,445": a toll counts the dead.
TOLL_BEFORE = regex.compile(r"(?i)\b(?:death|casualty|fatality)?\s*toll\b")
# The word right after a figure.
WORD_AFTER = regex.compile(r"\s+(?P<w>\p{L}+)")
# Where a figure's predicate ends: a sentence stop, or ", and" starting another clause.
PREDICATE_SPLIT = regex.compile(r"[;:.!?]|,\s*(?:and|but|while)\b")

# ----------------------------------------------------------------------------- classifying

# Where a clause ends, for reading the words around a figure.
CLAUSE_END = regex.compile(r"[;:!?()\[\]“”\"—–]|[,.](?!\p{Nd})|\s[-–—]\s")  # not "1,500" or "0.5"
# An idiom a few words after a figure's noun that names what happened ("lost their lives").
EVENT_PHRASES_AFTER = [
    (category, regex.compile(r"\s*(?:\p{L}+\s+){0,3}?(?:" + phrase + r")\b", regex.I))
    for category, phrase in lexicon.EVENT_PHRASES
]
# "killing 17 people, including three children": the figure is part of the one before.
INCLUDED_BEFORE = regex.compile(
    r"(?i)\b(?:including|among\s+them|among\s+whom|of\s+whom|of\s+them)\s+(?:at\s+least\s+|some\s+|about\s+)?$"
)
# A capitalised plural that names a people ("Palestinians", "Israelis", "Sudanese").
DEMONYM = regex.compile(r"(?:ans|ians|eans|is|ese|ers|ites|ots|ards|ks|ts|ns)$")
# A vague amount of money ("tens of thousands of dollars").
VAGUE_MONEY_AFTER = regex.compile(r"\s+of\s+(?P<unit>\L<w>)\b", regex.I, w=list(lexicon.CURRENCY_WORDS))

# A number right before a phrase: the phrase is that number's noun or unit.
NUMBER_JUST_BEFORE = regex.compile(r"\p{Nd}[\p{Nd},.%]*\s*$")
# A digit anywhere (another figure standing between words).
DIGIT = regex.compile(r"\p{Nd}")

# Words.
WORD = _compile(r"\p{L}[\p{L}\p{Mn}'’\-]*")
WHITESPACE = _compile(r"\s+")
# A hyphen at the end of a wrapped line, between letters.
WRAPPED_HYPHEN = _compile(r"(?<=\p{L}) - [\x20\t]* \r? \n \s* (?=\p{L})")
