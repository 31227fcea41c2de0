"""Pattern tables of the describe stage: the words around a figure that name its subject
and its category."""

from __future__ import annotations

import regex

from stats import lexicon

# "the country's annual customs revenue, about $281 million".
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

# ----------------------------------------------------------------------------- categories

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

