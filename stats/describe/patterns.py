"""Pattern tables of the describe stage: the words around a figure that name its subject
and its category."""

from __future__ import annotations

from typing import Final

import regex

from stats import lexicon
from stats.lexicon.compiled import longest_first
from stats.lexicon.pattern_cache import compile_regex, group_number

# The last word of a text that ends in whitespace ("... residents reported " -> "reported"),
# searched for from the end (`(?r)`): the same match as a search from the start (greedy
# leftwards, the letters are the whole run a forward search starts at; a test compares them),
# without trying the pattern at every position of the text.
LAST_WORD_BEFORE: Final = compile_regex(r"(?r)(\p{L}+)\s+$")
# "the country's annual customs revenue, about $281 million".
APPOSITION_BEFORE: Final = compile_regex(r",\s*(?:\p{L}+\s+){0,2}$")
COMMA_WORD_BEFORE: Final = compile_regex(r",\s*(?:\p{L}+\s+)?$")
COMMA_SPLIT: Final = compile_regex(r",\s*")
# "nearly half of them are children".
OF_THEM_AFTER: Final = compile_regex(r"\s+of\s+(?:them|those|these)\b")
OF_AFTER: Final = compile_regex(r"\s+of\s+")
# "300 mm of rain": a length of a substance (not "150 km of Kabul", a place).
OF_THING_AFTER: Final = compile_regex(r"\s+of\s+(?=\p{Ll})")
# "$1 trillion in America's longest war", "$4.1 billion to meet the needs of".
MONEY_PREPOSITION_AFTER: Final = compile_regex(
    r"\s+(?:in|for|of|on)\s+|\s+to\s+(?:fund|pay\s+for|cover|meet|buy|build|rebuild|support|finance)\s+"
)
# "a 20-year conflict": a hyphenated unit.
HYPHEN_UNIT_END: Final = compile_regex(r"[-‐‑]\p{L}+$")
# "in the span of just over two months": the noun that lasts.
LASTING_NOUN_BEFORE: Final = compile_regex(r"\b(?:the|a|an)\s+(?P<noun>\p{L}+)\s+of\s+$")
# "many of Kandahar's 600,000 residents have fled": the verb belongs to "many".
PARTITIVE_BEFORE: Final = compile_regex(r"\b(?:\L<q>)\s+of\s+(?:the\s+)?(?:\p{L}+['’]s?\s+)?$",
                                        regex.I, q=lexicon.PARTITIVE_QUANTIFIERS)
# "20 of them critically", "two-thirds of them women": a share of the figure before.
OF_THEM_NEXT: Final = compile_regex(r"\s+of\s+(?:them|those|whom|these)\b")
# The verb of a part named "of whom"/"of them", when it tells what happened to the part itself:
# "three of whom were wounded", "six of whom later died"; not a back-story ("had been wounded in
# an earlier ambush") nor a participle before a noun ("four of whom were injured children").
_WHAT_HAPPENED: Final = "died|perished|drowned|fled|surrendered"  # past forms that need no auxiliary
OWN_PART_VERB: Final = compile_regex(
    r"\s*(?:(?:were|was|are|is)\s+(?:\p{L}+ly\s+)?(?P<verb>\p{L}+ed|slain|hurt)"
    r"(?!\s+(?!(?:in|at|on|by|after|during|when|while|and|or|but|as|from|with|for|to|before|later)\b)\p{Ll})"
    rf"|(?:(?:had|have|has)\s+)?(?:\p{{L}}+ly\s+|later\s+)?(?P<verb>{_WHAT_HAPPENED}))\b")
# A finite verb opening the figure's own predicate ("and 3 were injured", "and two died"), not
# a participle or an -ing clause ("and 3 women accused of killing a farmer").
FINITE_VERB_NEXT: Final = compile_regex(
    rf"\s*(?:were|was|are|is|have|has|had|remain|remained|remains|went|{_WHAT_HAPPENED})\b")
# "the death toll ... rose to 2,445": a toll counts the dead.
TOLL_BEFORE: Final = compile_regex(r"(?i)\b(?:death|casualty|fatality)?\s*toll\b")
# A time phrase right after a number, where a counted noun would stand: "1.8 million this
# year", "2,000 a day", "-5 degrees overnight", "40 so far".
TIME_AFTER: Final = compile_regex(
    r"\s+(?:(?:this|that|last|next|a|an|the|each|every|per|one)\s+"
    r"(?:(?:single|whole|same|previous|following|past)\s+)?"
    r"(?:year|month|week|day|night|hour|minute|decade|century|season|quarter|weekend|morning"
    r"|afternoon|evening|time)s?\b"
    r"|(?:overnight|today|tonight|yesterday|tomorrow|annually|nowadays|so\s+far|to\s+date)\b)",
    regex.I,
)
# The word right after a figure.
WORD_AFTER: Final = compile_regex(r"\s+(?P<w>\p{L}+)")
WORD_AFTER_WORD: Final = group_number(WORD_AFTER, "w")
# Where a figure's predicate ends: a sentence stop, or ", and" starting another clause.
PREDICATE_SPLIT: Final = compile_regex(r"[;:.!?]|,\s*(?:and|but|while)\b"
                                 r"|,\s*(?:\p{L}+\s+){0,4}?(?:said|says|told|reported|added|according)\b")

# ----------------------------------------------------------------------------- categories

# Where a clause ends, for reading the words around a figure.
CLAUSE_END: Final = compile_regex(r"[;:!?()\[\]“”\"—–]|[,.](?!\p{Nd})|\s[-–—]\s")  # not "1,500" or "0.5"
# The same, searched from the end: the match that ends last (see `words.clause_before`).
LAST_CLAUSE_END: Final = compile_regex("(?r)" + CLAUSE_END.pattern)
# A spaced dash, the one kind of break that is longer than a character.
SPACED_DASH: Final = compile_regex(r"\s[-–—]\s")
# An idiom a few words after a figure's noun that names what happened ("lost their lives").
EVENT_PHRASES_AFTER: Final = [
    # up to three words before the idiom, after an age ("children under five") and a place
    # the noun is in ("people in Idukki district have been moved to four relief camps")
    (category, compile_regex(r"\s*(?:(?:under|aged|over)\s+[\p{L}\p{N}]+\s+)?"
                             r"(?:(?:in|of|from|across|near)\s+(?:the\s+)?(?-i:(?:\p{Lu}[\p{L}\-]*\s+)+"
                             r"(?:\p{Ll}+\s+)?))?(?:\p{L}+\s+){0,3}?(?:" + phrase + r")\b", regex.I))
    for category, phrase in lexicon.EVENT_PHRASES
]
# "killing 17 people, including three children": the figure is part of the one before.
INCLUDED_BEFORE: Final = compile_regex(
    r"(?i)\b(?:including|among\s+them|among\s+whom|of\s+whom|of\s+them)\s+(?:at\s+least\s+|some\s+|about\s+)?$"
)
# Killed and injured named together: "killed or wounded", "dead and injured".
CASUALTY_PAIR: Final = compile_regex(r"\b(?:" + "|".join(lexicon.CASUALTY_PAIRS) + r")\b", regex.I)
# "the casualty toll rose to 45": killed and injured together.
# "the (total) number of internally displaced people ... to", "the number of refugees ...
# has reached": the group the figure counts, named before it (its words up to a preposition).
NUMBER_OF_BEFORE: Final = compile_regex(
    r"(?i)\bnumbers?\s+of\s+(?P<group>(?:(?!(?:in|from|of|at|by|during|since|after|who|that|living|across|to|has|have|is|are|was|were)\b)"
    r"[\p{L}\-]+\s+){1,4})"
)
CASUALTY_TOLL_BEFORE: Final = compile_regex(r"(?i)\bcasualty\s+(?:toll|count|figure)\b")
# A phrase right before a figure that gives its category ("the search for 12 fishermen").
EVENT_PHRASES_BEFORE: Final = [(category, compile_regex(phrase, regex.I))
                               for category, phrase in lexicon.EVENT_PHRASES_BEFORE]
# A sentence about aid: "an appeal to reach 750,000 people" counts people reached by it.
AID_CUE: Final = compile_regex(r"\b(?:\L<w>)\b", regex.I, w=lexicon.AID_WORDS)
# Figures listed before a figure, up to their joint: "12 soldiers, 5 civilians and" before
# "3 children" (the list shares the verb before it, or the mark of a breakdown).
_NUMBER_WORDS: Final = sorted({*lexicon.ONES, *lexicon.TENS, "hundred", "thousand", "dozen"}, key=longest_first)
_LIST_QUALIFIERS: Final = ["at least", "some", "about", "around", "nearly", "almost", "more than", "over", "up to"]
LIST_BEFORE: Final = compile_regex(
    r"(?:\b(?:(?:\L<q>)\s+)?(?:\p{Nd}[\p{Nd},.]*(?<=\p{Nd})|(?:\L<n>)(?:[\s-]+(?:\L<n>))*)"
    r"(?:\s+(?!(?:were|was|are|is|have|has|had|been|will|would|and|or)\b)"
    r"(?!(?!(?:\L<adj>)\b)\p{L}+ed\b)[\p{L}'’\-]+){0,3}?"  # no verb: "34 people drowned and"
    r"(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+))+$",
    regex.I, q=_LIST_QUALIFIERS, n=_NUMBER_WORDS, adj=lexicon.PARTICIPLE_ADJECTIVES,
)
# What opens a breakdown of the total before it: a colon, a bracket or a dash ("12 were
# killed: five men, ..."), "including" ("killed 40 people, including 12 children").
BREAKDOWN_MARK_BEFORE: Final = compile_regex(
    r"(?:[:(]|\s[-–—]|—|\b(?:including|includes|included|among\s+them|among\s+whom|of\s+whom|of\s+them"
    r"|comprising|namely)|^\s*(?:among|of)\s+(?:them|those|these)(?:,|\s+(?:were|are|was|is)))\s*$", regex.I,
)
# Where people live, near a count of them: "a town of about 9,000 people", "home to 30,000
# people", "40,000 people live there", "the city's 1.8 million people".
RESIDENCE_BEFORE: Final = compile_regex(
    r"(?:\b(?:" + lexicon.RESIDENCE_WORDS + r")|\b(?:a|the)\s+(?:\L<place>)\s+of"
    r"|\b(?:\L<place>|\p{Lu}\p{L}+)['’]s)\s+(?:(?:\p{L}+\s+){0,2})$", regex.I, place=lexicon.PLACE_OF_WORDS,
)
RESIDENCE_AFTER: Final = compile_regex(
    r"\s*(?:who\s+|that\s+)?(?:(?:are|were)\s+)?(?:" + lexicon.RESIDENCE_WORDS + r")\b", regex.I)
# An appositive after a noun, to skip when reading the predicate: "4,000 people, thousands
# of them tourists, were evacuated".
APPOSITIVE_AFTER: Final = compile_regex(r"\s*,(?P<inner>[^,;:.()\p{Nd}]{1,60}),")
# An attribution standing in a sentence: ", officials said," / ", the hospital said."
ATTRIBUTION: Final = compile_regex(
    r"^\s*(?:\p{L}+\s+){0,4}?(?:said|says|say|told|reported|added|confirmed|according\s+to)\b", regex.I)
# A capitalised plural that names a people ("Palestinians", "Israelis", "Sudanese").
DEMONYM: Final = compile_regex(r"(?:ans|ians|eans|is|ese|ers|ites|ots|ards|ks|ts|ns)$")
# A vague amount of money ("tens of thousands of dollars").
