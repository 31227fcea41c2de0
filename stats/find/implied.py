"""Implied single casualties: "a policeman was killed" is a figure of 1 (guide v2).

An indefinite noun phrase for a person (`a`/`an`, up to three modifiers, a person noun) that
is itself the one killed, hurt, missing or taken: the subject of a casualty word ("a
policeman was killed", "a child died", "a fisherman is missing"), its object ("killing a
soldier"), or one named in a list of the casualties ("the dead included two guards and a
nurse"). Other roles are not ("a man said", "a suicide bomber"), nor definite or possessive
people ("the driver", "his wife"), nor "one soldier", which is an ordinary count.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final

import regex

from stats.find.rule import Rule, Stage
from stats.lexicon import implied as words
from stats.lexicon import sources
from stats.lexicon.anchored import finditer_at, word_starts
from stats.lexicon.compiled import LazyPattern, WordCue, alternation, word_set
from stats.lexicon.pattern_cache import SERIAL, compile_regex
from stats.model import Candidate, Kind, as_category

SUBJECT: Final = Rule("implied.subject", Stage.IMPLIED, '"a policeman was killed", "a child died"')
OBJECT: Final = Rule("implied.object", Stage.IMPLIED, '"killing a soldier", "abducted an aid worker"')
LISTED: Final = Rule("implied.listed", Stage.IMPLIED, '"the dead included two guards and a nurse"')
IMPLIED_RULES: Final = (SUBJECT, OBJECT, LISTED)


_PERSON: Final = alternation({w.replace("-", " ") for w in words.CASUALTY_PERSONS})
# The noun phrase: article, up to three modifiers, the person noun (aid worker: modifier + noun).
# A modifier is a content word: no function word ("a soldier and a civilian", "a woman
# whose son"), no person noun of its own (the phrase ends at its last person noun).
_NOT_MODIFIER: Final = (r"(?!(?:(?:and|or)\s+(?:a|an|the)|a|an|the|whose|who|which|that|his|her|their|its|was"
                        r"|were|is|are|had|has|have|been)\b)")
_PHRASE: Final = (rf"(?P<phrase>\b(?P<article>[Aa]n?)\s+"
                  rf"(?P<mods>(?:{_NOT_MODIFIER}[\p{{L}}\d][\p{{L}}\d\-’']*\s+){{0,3}})(?P<noun>{_PERSON}))\b")
_AUX: Final = (
    r"(?:\s+(?:was|were|has|had|have|been|is|got|being|reportedly|also|later|allegedly|then|fatally"
    r"|seriously|critically|badly|slightly))+")
# A relative clause or an apposition between the phrase and its verb, with no number and no
# speech verb in it ("a nurse who treated the wounded said 30 died": the nurse is the speaker).
_CLAUSE_TEXT: Final = r"(?:(?!\b(?:said|says|told|say)\b)[^,.;:\d]){1,80}?"
_RELATIVE: Final = rf"(?:\s+who\s+{_CLAUSE_TEXT})?(?:,\s+{_CLAUSE_TEXT},)?"
# A short phrase that places or describes the person before the verb: "a nurse in Kanyama",
# "a nurse at the hospital", "a police officer serving with the mission".
_NOT_IN_MODIFIER: Final = (
    rf"(?!(?:{alternation(sources.SPEECH_VERBS)}|was|were|is|are|had|has|have|who|whose|which"
    r"|that)\b)")
_MODIFIER_AFTER: Final = (rf"(?:\s+(?:(?:in|at|from|of|on|near|with|for)\s+(?:the\s+|a\s+|an\s+)?"
                          rf"|\p{{Ll}}+ing\s+(?:\p{{Ll}}+\s+)?)"
                          rf"{_NOT_IN_MODIFIER}[\p{{L}}\-’']+(?:\s+{_NOT_IN_MODIFIER}[\p{{L}}\-’']+){{0,5}}?)?")
# The person's age after the phrase: "a man in his 40s", "a boy aged 12", "a woman, 63,".
_AGE_AFTER: Final = (r"(?:\s+in\s+(?:his|her|their)\s+(?:early\s+|mid-?|late\s+)?(?:teens|[1-9]0s)"
                     r"|,?\s+aged\s+\d{1,3},?|,\s+\d{1,3},)?")
_SUBJECT: Final = LazyPattern(
    rf"{_PHRASE}{_AGE_AFTER}{_MODIFIER_AFTER}{_RELATIVE}(?:{_AUX}\s+(?P<passive>{alternation(words.IMPLIED_PASSIVE)})\b"
    r"(?:(?<=for)|(?!\s+(?:a|an|the|two|his|her|their|to\s+give\s+birth)\b))"  # "treated for a leg injury"
    rf"|(?:\s+(?:has|had|have)(?:\s+been)?(?:\s+(?:\p{{Ll}}+ly|earlier|later|since))?)?"  # "had earlier died"
    rf"(?:\s+\p{{Ll}}+ed\s+and)?"  # "collapsed and died"
    rf"\s+(?P<intransitive>{alternation(words.IMPLIED_INTRANSITIVE)})\b)"
)
# One of several casualties named together before their verb: "A soldier and a civilian
# were killed", "A policeman and two soldiers were killed".
_COORDINATED: Final = LazyPattern(
    rf"{_PHRASE}(?=(?:\s*,\s*(?:and\s+)?|\s+(?:and|or)\s+)[^.;:!?\d]{{0,60}}?(?:\d[^.;:!?]{{0,40}}?)?"
    rf"(?:{_AUX}\s+(?P<passive>{alternation(words.IMPLIED_PASSIVE)})\b"
    rf"|\s+(?P<intransitive>{alternation(words.IMPLIED_INTRANSITIVE)})\b))"
)
_OBJECT: Final = LazyPattern(rf"\b(?P<verb>{alternation(words.IMPLIED_ACTIVE)})\s+{_PHRASE}")
_LIST: Final = LazyPattern(
    rf"\b(?:(?i:the|those)\s+(?P<list>{alternation(words.IMPLIED_LISTS)})\s+(?:included|include|includes"
    r"|were(?!\s+(?:being\s+|been\s+|still\s+|also\s+)?\p{Ll}+(?:ed|en|ing)\b))"  # not "were being treated"
    rf"|(?i:among)\s+the\s+(?P<list>{alternation(words.IMPLIED_LISTS)})\s+(?:was|were|are|is))\b"
    r"(?P<items>[^.;:]{0,200})"
)
# One named among the casualties after the verb: "a nurse from the clinic was among the dead".
_AMONG: Final = LazyPattern(
    rf"{_PHRASE}(?:\s+(?:from|of|at|in|on)\s+[^,.;:!?\d]{{1,40}}?)?(?:\s+who\s+{_CLAUSE_TEXT})?"
    rf"\s+(?:was|were|is|are)(?:\s+also)?\s+among\s+"
    rf"(?:the\s+|(?:(?!\w+ing\b|the\b)\w+\s+){{1,3}}?)"  # "among the dead", "among three people missing"
    rf"(?P<list>{alternation(words.IMPLIED_LISTS)})\b"
)
# "Among those who drowned were a police officer and nine children".
_AMONG_THOSE: Final = compile_regex(
    r"\b(?i:among)\s+those\s+(?:who\s+)?(?:were\s+)?(?P<verb>died|drowned|perished|killed|injured|wounded|missing"
    r"|went\s+missing)\s+(?:were|was)\b(?P<items>[^.;:]{0,200})"
)
# "the toll has risen to 11, including a fisherman", "eight are critical, among them a child".
_INCLUDED: Final = LazyPattern(
    rf"\b(?:including|among\s+them|among\s+whom|along\s+with|together\s+with)\s+{_PHRASE}")
# The next single of the same breakdown: "including a fisherman whose trawler sank and a woman".
_NEXT_ITEM: Final = LazyPattern(rf"(?:,\s+(?:and\s+)?|\s+and\s+){_PHRASE}")
_BREAKDOWN_CUE: Final = compile_regex(rf"(?i)\b(?:{alternation(words.BREAKDOWN_CUES)})\b")
# Between the casualty word and the breakdown: another clause ("..., and the governor visited
# the area with his team, including a doctor").
_OTHER_CLAUSE: Final = compile_regex(
    r";|,\s+(?:and|but|while|as|after|before)\b|\b(?:visited|named|received|met)\b")
_ITEM: Final = LazyPattern(_PHRASE)
# What follows a further single of a breakdown: the list goes on or ends, or a description
# ("a woman hit by a falling tree", "a boy who drowned"); never a verb with an object ("and a
# policeman arrested the driver"; a verb of speech, "and a reporter told AFP", is `_SPEECH`'s).
_ITEM_END: Final = compile_regex(
    r"\s*(?:[,.;)]|$)|\s+(?:and|or|aged|from|in|at|on|near|whose)\b|\s+\p{Ll}+\s+by\b"
    r"|\s+who\s+(?:was|were|had|died|drowned|perished)\b"
    r"|\s+\p{Ll}+(?:ed|en)\b(?!\s+(?:the|a|an|his|her|their|its|this|that|him|them|police|officers?)\b)")
_SPEECH: Final = LazyPattern(rf"\b(?:{alternation(sources.SPEECH_VERBS)})\b")
_FOUND_ALIVE: Final = compile_regex(
    r"\s+(?:was|were|has\s+been|had\s+been)\s+(?:later\s+)?(?:found|rescued|pulled\s+out)\s+alive\b")
# What stands between two items when the second describes someone named between them: "a
# boy and his father, a trader at the market" (the father is the trader).
_APPOSITION: Final = compile_regex(r"[^,;]*?\s+(?:and|or)\s+(?:his|her|their|its|the)\s+[^,;]+,\s+")
_ANY_CASUALTY: Final = WordCue(words.BREAKDOWN_CUES)  # every casualty word of the tables above
# Every pattern above holds the person noun of `_PHRASE`, a word of its own.
_ANY_PERSON: Final = WordCue(w.replace("-", " ") for w in words.CASUALTY_PERSONS)


def find_implied(sentence: str, taken: list[Candidate]) -> list[Candidate]:
    """The implied single casualties of one sentence that no figure already covers."""
    if not (_ANY_CASUALTY.found_in(sentence) and _ANY_PERSON.found_in(sentence)):
        return []  # no casualty word or no person noun (most sentences): no implied single
    return implied_in(sentence, taken)


def implied_in(sentence: str, taken: list[Candidate]) -> list[Candidate]:
    """`find_implied` without its pre-check: every pattern searched."""
    found: dict[int, Candidate] = {}
    # (where `_PHRASE`, and a pattern opening with it, can start)
    articles = _before_persons(sentence, word_starts(sentence, _ARTICLES))
    for pattern in (_SUBJECT, _COORDINATED):
        for m in _from_articles(pattern, sentence, articles):
            if _FOUND_ALIVE.match(sentence, m.end()):
                continue  # "a passenger who had been listed as missing was found alive"
            word = m["passive"] or m["intransitive"]
            table = words.IMPLIED_PASSIVE if m["passive"] else words.IMPLIED_INTRANSITIVE
            _add(found, m, SUBJECT, table[" ".join(word.lower().split())])
    for m in _OBJECT.finditer(sentence, None, None, False, SERIAL):
        _add(found, m, OBJECT, words.IMPLIED_ACTIVE[" ".join(m["verb"].lower().split())])
    for listed in _LIST.finditer(sentence, None, None, False, SERIAL):
        category = words.IMPLIED_LISTS[listed["list"].lower()]
        previous = listed.start("items")
        for m in _ITEM.finditer(sentence, listed.start("items"), listed.end("items")):
            if not _APPOSITION.fullmatch(sentence, previous, m.start()):
                _add(found, m, LISTED, category)
            previous = m.end()
    for m in _from_articles(_AMONG, sentence, articles):
        _add(found, m, LISTED, words.IMPLIED_LISTS[m["list"].lower()])
    _add_listed_after(sentence, found)
    return [
        c for _, c in sorted(found.items()) if not any(t.start < c.end and c.start < t.end for t in taken)
    ]


def _from_articles(pattern: LazyPattern, sentence: str,
                   articles: list[int] | None) -> Iterator[regex.Match[str]]:
    """`pattern.finditer(sentence)` for a pattern that opens with `_PHRASE`: tried only where
    "a" or "an" stands as a word (`word_starts`; None: the whole sentence is scanned)."""
    if articles is None:
        return pattern.finditer(sentence)
    return finditer_at(pattern.compiled(), sentence, articles)


_ARTICLES: Final = frozenset({"a", "an"})


def _before_persons(sentence: str, articles: list[int] | None) -> list[int] | None:
    """The articles some person noun's first word stands after (in any case): `_PHRASE`
    matches at an article only before a person noun, whose first word is a run of word
    characters of its own, so an article after the last of them starts no match (two in
    three of the articles of the sentences asked about, each tried by three patterns).
    `articles` are `word_starts`' (None: the caller scans the whole text), given only when
    lower-casing keeps the sentence's offsets."""
    if not articles:
        return articles
    low = sentence.lower()
    last = max((low.rfind(word) for word in _PERSON_FIRSTS.intersection(word_set(sentence))), default=-1)
    return [at for at in articles if at < last]


# The first word of each person noun (`_PHRASE`'s nouns: each first word a run of ASCII letters).
_PERSON_FIRSTS: Final = frozenset(w.replace("-", " ").split()[0].casefold() for w in words.CASUALTY_PERSONS)
assert all(w.isascii() and w.isalpha() for w in _PERSON_FIRSTS)


def _add_listed_after(sentence: str, found: dict[int, Candidate]) -> None:
    """Singles named in a breakdown after a casualty word: "Among those who drowned were a
    police officer and ...", "the toll has risen to 11, including a fisherman"."""
    for listed in _AMONG_THOSE.finditer(sentence, None, None, False, SERIAL):
        verb = " ".join(listed["verb"].lower().split())
        category = words.BREAKDOWN_CUES[verb]
        for m in _ITEM.finditer(sentence, listed.start("items"), listed.end("items")):
            _add(found, m, LISTED, category)
    for m in _INCLUDED.finditer(sentence, None, None, False, SERIAL):
        cues = list(_BREAKDOWN_CUE.finditer(sentence, max(0, m.start() - 140), m.start()))
        if cues and not _OTHER_CLAUSE.search(sentence, cues[-1].end(), m.start()):
            # the casualty word of the clause just before the breakdown gives its category
            category = words.BREAKDOWN_CUES[" ".join(cues[-1].group().lower().split())]
            _add(found, m, LISTED, category)
            _add_next_items(sentence, m.end(), found, category)


def _add_next_items(sentence: str, end: int, found: dict[int, Candidate], category: str) -> None:
    """The singles that follow the first of a breakdown, joined by "and" or a comma, each
    after the description of the one before ("a fisherman whose trawler sank off Kutubdia
    and a woman hit by a falling tree"), up to the clause's end."""
    stops = [i for i in (sentence.find(";", end), sentence.find(".", end)) if i >= 0]
    stop = min(stops, default=len(sentence))
    while (m := _NEXT_ITEM.search(sentence, end, stop)) is not None:
        between = sentence[end:m.start()]
        clause = sentence[m.end():m.end() + 60].split(",", 1)[0]
        if ("according to" in between.lower() or not _ITEM_END.match(sentence, m.end())
                or _SPEECH.search(clause)):
            return  # "..., and a reporter told AFP", "a doctor at the clinic said": a clause of its own
        if not _APPOSITION.fullmatch(between + ", "):
            _add(found, m, LISTED, category)
        end = m.end()


def _add(found: dict[int, Candidate], m: regex.Match[str], rule: Rule, category: str) -> None:
    start, end = m.start("phrase"), m.end("phrase")
    if start in found or (regex.search(r"\d", m["mods"] or "") and "year-old" not in m["mods"]):
        return
    found[start] = Candidate(
        start, end, 1.0, rule.id, kind=Kind.COUNT, implied=as_category(category), subject_from=m.start("mods")
    )
