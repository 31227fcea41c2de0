"""Who a figure is attributed to (`said_by`): the attributions a sentence holds, as rules.

Each rule finds an attribution and the part of the sentence it governs: "X said ..." governs
what follows the verb, "..., X said." and "..., as predicted by X" what comes before, and
"according to X" the whole sentence. A figure takes the nearest attribution that governs it.
The source is written as the guide asks: a person's name without titles, in the fullest form
the article gives; a body or an unnamed source as the text describes it; the innermost
source of a chain; never the outlet a speaker talks to ("told Reuters").
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

import regex

from stats.describe import clauses, inverted, names, speakers, speech_nouns
from stats.describe.place_names import GAZETTEER
from stats.describe.possessive_source import COUNT_NOUNS, POSSESSIVE, possessive_counts
from stats.describe.source_names import Source as Source
from stats.describe.source_names import names_someone, no_speaker, spoken
from stats.find.rule import Rule, Stage
from stats.lexicon import sources, times
from stats.lexicon.compiled import alternation, odd_folding, trie, word_set
from stats.lexicon.pattern_cache import SERIAL, compile_regex

ACCORDING_TO: Final = Rule(
    "said_by.according_to", Stage.SAID_BY, '"according to X": X, for the whole sentence')
SPEAKER_VERB: Final = Rule("said_by.verb", Stage.SAID_BY, '"X said ...", "..., X told Reuters": X')
VERB_SPEAKER: Final = Rule("said_by.inverted", Stage.SAID_BY, '"..., said X": X, for what comes before')
RELATIVE: Final = Rule("said_by.relative", Stage.SAID_BY, '"a 20-year conflict that he said ...": he')
PUT_AT: Final = Rule(
    "said_by.put_at", Stage.SAID_BY, '"X put the toll at 40", "X gave the latest figures": X')
BY_SOURCE: Final = Rule("said_by.by", Stage.SAID_BY, '"as predicted by X", "a tally by X": X')
CITED: Final = Rule(
    "said_by.cited", Stage.SAID_BY, '"an official cited U.S. intelligence as saying": the innermost source')
ACCUSING: Final = Rule(
    "said_by.accusing", Stage.SAID_BY, '"with rights groups accusing them of killing 40": rights groups')
TRACKING: Final = Rule(
    "said_by.tracking", Stage.SAID_BY, '"since The Times began tracking": the outlet\'s own count')
QUOTE: Final = Rule("said_by.quote", Stage.SAID_BY, "a sentence of a quote takes the quote's speaker")
CARRIED: Final = Rule(
    "said_by.carried",
    Stage.SAID_BY,
    '"His wife and two daughters were killed." continues the account before it',
)
PRONOUN: Final = Rule(
    "said_by.pronoun", Stage.SAID_BY, '"he said", "the ministry said": the person or body named before')
SAID_BY_RULES: Final = (
    ACCORDING_TO, SPEAKER_VERB, VERB_SPEAKER, RELATIVE, PUT_AT, BY_SOURCE, CITED, ACCUSING, TRACKING, QUOTE,
    CARRIED, PRONOUN, POSSESSIVE)

# Lower case: "the United States" is no verb. The verbs as a trie, longest first as in a
# list sorted by length (`regex` scans a trie twice as fast; a test checks they agree).
_SPEECH: Final = compile_regex(rf"\b(?:{trie(sources.SPEECH_VERBS)})\b")
_ACCORDING: Final = compile_regex(r"\baccording\s+to\s+", regex.IGNORECASE)
_PUT_AT: Final = compile_regex(
    r"\bput(?:s|ting)?\s+(?:[\w’'\s-]{1,60}?\bat\s+(?=(?:about|around|some|nearly|almost|least|more|over|up|"
    r"roughly|close|closer|between|just|under|less|a|an|one|two|three|four|five|six|seven|eight|nine|ten|half|"
    r"hundreds|thousands|dozens|\d)\b|\d)"
    # a poll's share for a party named in capitals: "puts the SNP on 29%" (not "put pressure on 30 percent")
    r"|(?:the\s+)?(?-i:\p{Lu}[\w’'\-]*(?:\s+\p{Lu}[\w’'\-]*){0,3})\s+on\s+"
    r"(?=(?:about|around|some|nearly|just\s+(?:over|under))?\s*\d[\d.,]*\s*(?:%|per\s*cent|percent)))"
    # "the governor has just given the latest figures:", "the ministry released new figures showing"
    rf"|\b(?:{alternation(sources.GIVING_VERBS)})\s+(?:(?:the|its|their|new|latest|updated|official|final)\s+){{0,2}}"
    rf"(?:{alternation(sources.GIVEN_FIGURES)})\b",
    regex.IGNORECASE,
)
_WHO_BEFORE: Final = compile_regex(r",?\s*\bwho\s+$")
# The words before "by" or "from" that name who counted ("as recorded by the mission"); those
# only before "by" ("120 were recorded from Kano State": where, not who).
_BY_ONLY: Final = frozenset({"recorded", "documented", "verified"})
_BY_WORDS: Final = frozenset(
    {"predicted", "reported", "estimated", "compiled", "collected", "released", "issued",
     "recorded", "documented", "verified", "published", "confirmed", "kept", "tally",
     "count", "figures", "data", "estimates"})
# A time or a grouping after "by": when or how, not who ("figures by state", "recorded by
# Wednesday", "by the end of epidemiological week 32", "by noon", "by Monday January 5"); not a
# name ("by Dawn", the paper; "by May Johnson"; "by Morning Consult").
_BY_TIME: Final = compile_regex(
    r"(?:the\s+(?:end|start|beginning|middle|close|time)|midday|noon|midnight|dawn|dusk|morning|evening|night"
    r"|tonight|today|tomorrow|yesterday|then|now"
    r"|region|state|district|province|county|country|oblast|city|age|sex|gender|month|year|week|type|cause)\b"
    r"|(?:" + "|".join(sorted(w.capitalize() for w in times.WEEKDAYS if len(w) > 3)) + r")\b"
    r"|(?:" + "|".join(sorted(w.capitalize() for w in times.MONTHS if len(w) > 3)) + r")\b(?!\s+\p{Lu})")
_BY: Final = compile_regex(rf"\b(?:as\s+)?(?:(?:{'|'.join(sorted(_BY_WORDS - _BY_ONLY))})\s+(?:from|by)"
                           rf"|(?:{'|'.join(sorted(_BY_ONLY))})\s+by)\s+", regex.IGNORECASE)
_CITED_AS: Final = compile_regex(r"\bcit(?:ed|ing|es)\s+", regex.IGNORECASE)
_CITED_WORDS: Final = frozenset({"cited", "citing", "cites"})  # what `_CITED_AS` matches, as words
_ACCUSE: Final = compile_regex(r"\baccus(?:ing|ed|es)\b", regex.IGNORECASE)
_TRACK: Final = compile_regex(
    rf"(?i:\b(?:{alternation(sources.TRACKING_WORDS)})\s+(?:the\s+)?(?:{alternation(sources.TRACKED_NOUNS)})\b)"
)
# "began independently tracking": the words between an outlet and its tracking.
_TRACK_LEAD: Final = compile_regex(
    r"(?:\s+(?:began|begun|started|been|has|have|is|are|independently))+\s*$", regex.IGNORECASE
)
_RELATIVE_BEFORE: Final = compile_regex(r"\b(?:that|which|who|whom)\s+$")  # lower case: "WHO chief" is a body
_GAP_VERB: Final = compile_regex(
    r"\s+(?:has|have|had|was|were|is|are|will|would|killed|left|displaced|destroyed)\b")
# What may follow a speech verb that closes its sentence ("..., officials said on Friday.").
_ATTRIBUTION_TAIL: Final = compile_regex(r"^[^,;:“”\"\d]{0,60}[.!?”\"]?\s*$")


def sources_in(sentence: str) -> list[Source]:
    """Every attribution in one sentence, in the order found. Each finder runs only when
    the sentence holds a word it cannot match without (most sentences hold none, and most
    of the others one finder's): a look at the sentence's words instead of six searches."""
    if odd_folding(sentence):
        return all_sources(sentence)  # "accordİng": matched case-insensitively, no cue word
    words = word_set(sentence)
    return spoken([s for finder, needs in _FINDERS if not needs.isdisjoint(words) for s in finder(sentence)],
                   sentence)


def all_sources(sentence: str) -> list[Source]:
    """`sources_in` without its pre-checks: every finder run."""
    return spoken([s for finder, _ in _FINDERS for s in finder(sentence)], sentence)


_COUNT_NEXT: Final = compile_regex(r"\s+(?:some\s+|about\s+|more\s+than\s+|at\s+least\s+)?\d")
_LIVES_TAKEN: Final = compile_regex(r"\s+(?:the\s+lives\b|(?:[\w,.-]+\s+){1,4}?lives\b)")
_CITED_BY: Final = compile_regex(r"\b(?:cited|quoted|interviewed|contacted)\s+by\s+$")


def governing(sources: list[Source], position: int) -> Source | None:
    """The attribution that governs a figure at `position`: the nearest that covers it."""
    covering = [s for s in sources if s.covers[0] <= position < s.covers[1]]
    if not covering:
        return None
    return min(covering, key=lambda s: (abs(s.start - position), s.covers[1] - s.covers[0]))


def _according(sentence: str) -> list[Source]:
    """ "according to X": X governs the whole sentence when it opens it, else the clauses
    before it back to a contrast ("..., and markets price in two cuts, according to
    analysts" governs the second clause only)."""
    out = []
    for m in _ACCORDING.finditer(sentence, None, None, False, SERIAL):
        toks = speakers.according_phrase(sentence, m.end())
        if not toks or toks[-1].lower in sources.NOT_SOURCES:
            continue  # "according to local custom", "according to plan"
        text, pronoun = speakers.clean(toks, sentence)
        clause = _CLAUSE_BEFORE.search(sentence, max(0, m.start() - clauses.REACH), m.start())
        covers = (clause.end() if clause and m.start() > 0 else 0, len(sentence))
        out.append(Source(text, ACCORDING_TO, m.start(), covers, pronoun))
    return out


_BARE_DOCUMENT: Final = compile_regex(rf"^(?i:the|these|those)\s+(?:{alternation(sources.DOCUMENT_NOUNS)})$")
_ISSUED_BY: Final = compile_regex(rf"\b(?:{alternation(sources.DOCUMENT_NOUNS)})\s+by\s+$")
# The start of the last clause before an attribution: after "; " or ", and" / ", but" (not
# ", while": "4 million fled, while 8 million are displaced, according to UN figures").
_CLAUSE_BEFORE: Final = compile_regex(r"(?:;|,\s+(?:and|but))\s+(?!.*(?:;|,\s+(?:and|but)\s))", regex.DOTALL)


def _verbs(sentence: str) -> list[Source]:
    out: list[Source] = []
    for m in speakers.speech_verbs(_SPEECH, sentence):
        claimed_lives = m.group().startswith("claim") and _LIVES_TAKEN.match(sentence, m.end())
        taken_in = m.group().startswith("admit") and _COUNT_NEXT.match(sentence, m.end())
        reported = m.group().lower() in sources.OBJECT_VERBS and any(  # ("X said the bank expects ...")
            s.covers[0] <= m.start() < s.covers[1] for s in out)
        if speech_nouns.noun_use(sentence, m) or claimed_lives or taken_in or reported:
            continue  # (nor "Floods claimed 46 lives", "the hospital has admitted 64 patients")
        first = _speaker_first(sentence, m)
        if (
            first
            and sentence[: m.start()].rstrip().endswith(",")
            and names.is_proper_text(first.text)
        ):
            source: Source | None = first  # "A farmer, Joseph Mwangi, said ...": an appositive name
        else:
            source = _inverted(sentence, m) or first
        if source:
            out.append(source)
    return out


def _inverted(sentence: str, m: regex.Match[str]) -> Source | None:
    """'..., said X.' or '"...," said X.': X governs what comes before."""
    toks = inverted.speaker_after(sentence, m)
    if not toks:
        return None
    text, pronoun = speakers.clean(toks, sentence)
    return Source(text, VERB_SPEAKER, m.start(), (0, m.start()), pronoun)


def _speaker_first(sentence: str, m: regex.Match[str]) -> Source | None:
    """ "X said ...": X governs what follows the verb; at the end of a sentence ("...,
    officials said.") or after a quote it governs what comes before."""
    verb = m.group().lower()
    cited = _cited_inner(sentence, m)
    if cited:
        return cited
    if speakers.passive_before(sentence, m.start()):
        return None  # "he was told": the hearer, not the source
    toks = speakers.subject_before(sentence, m.start())
    if not toks or no_speaker(sentence, toks):
        return None
    floor = max(0, toks[0].start - 30)
    cited_by = speakers.ends_with(sentence, floor, toks[0].start, "by")
    chained = _CITED_BY.search(sentence, floor, toks[0].start) if cited_by else None
    if chained:  # "officials cited by the state news agency said": the officials
        toks = names.noun_phrase_before(sentence, chained.start()) or toks
    text, pronoun = speakers.clean(toks, sentence)
    documentary = verb in sources.DOCUMENT_VERBS  # (an issuer: "a report by the housing office found")
    issued = documentary and bool(_ISSUED_BY.search(sentence, max(0, toks[0].start - 30), toks[0].start))
    kept = verb in sources.RECORD_VERBS and inverted.record_keepers(text)
    unnamed = documentary and not (kept or speakers.names_issuer(toks, text, issued or pronoun))
    if unnamed or _BARE_DOCUMENT.match(text, None, None, SERIAL):
        return None  # "he shows"; "the figures showed": no issuer named
    between = sentence[toks[-1].end : m.start()].lower().split()  # ("(IPC) analysis found": IPC's)
    documented = not sources.DOCUMENT_NOUNS.isdisjoint([t.lower for t in toks] + between)
    if (documentary and text in GAZETTEER) or (verb in sources.FINDING_VERBS and not (issued or documented)):
        return None  # "Tokyo recorded 38 tropical nights", "rescuers found 12 bodies": no source
    rest = sentence[m.end() :]
    start = m.start()
    floor = max(0, toks[0].start - 20)
    if speakers.ends_with(sentence, floor, toks[0].start, speakers.RELATIVE_WORDS) and (
            rel := _RELATIVE_BEFORE.search(sentence, floor, toks[0].start)):
        # "pressed a campaign that the ministry says has killed 2,310": an object's clause runs on (not
        # a subject's, "The bill that the president said was urgent passed by 240 votes")
        gap = _GAP_VERB.match(sentence, m.end()) and len(sentence[: rel.start()].split()) >= 4
        end = clauses.clause_end_after(sentence, m.end()) if gap else m.end()
        return Source(text, RELATIVE, start, (max(0, rel.start() - 60), end), pronoun)
    segment = _segment(sentence, m.start(), speakers.conjoined_at(sentence, toks, m.start()))
    parenthetical = sentence[: toks[0].start].rstrip().endswith(",")  # "..., the prefecture said, as ..."
    closing = verb not in sources.OBJECT_VERBS and _ATTRIBUTION_TAIL.match(rest, None, None, SERIAL)
    if (closing and toks[0].start > 0) or parenthetical:  # (not "..., and markets expect a cut")
        return Source(text, SPEAKER_VERB, start, segment, pronoun)
    return Source(text, SPEAKER_VERB, start, (m.start(), segment[1]), pronoun)


def _segment(sentence: str, position: int, floor: int = 0) -> tuple[int, int]:
    """The part of a sentence between semicolons that holds `position`, from `floor` on."""
    floor = max(floor, position - clauses.REACH)
    begin = max(sentence.rfind(";", floor, position) + 1, floor)
    stop = min(len(sentence), position + clauses.REACH)
    end = sentence.find(";", position, stop)
    return begin, end if end >= 0 else stop


def _cited_inner(sentence: str, m: regex.Match[str]) -> Source | None:
    """ "X cited Y as saying ...": Y governs what follows."""
    if _CITED_WORDS.isdisjoint(word_set(sentence)) and (
            not odd_folding(sentence)):  # (no letter folds oddly to or from ASCII)
        return None  # no "cited", "citing" or "cites": no search back
    cited = _CITED_AS.search(sentence, max(0, m.start() - 150), m.start())
    if not cited or "as" not in sentence[cited.end() : m.start()].split()[-1:]:
        return None
    toks = names.noun_phrase_after(sentence, cited.end())
    text, pronoun = speakers.clean(toks, sentence)
    return Source(text, CITED, m.start(), (m.start(), len(sentence)), pronoun) if text else None


def _put_at(sentence: str) -> list[Source]:
    out = []
    for m in _PUT_AT.finditer(sentence, None, None, False, SERIAL):
        who = _WHO_BEFORE.search(sentence, max(0, m.start() - 8), m.start())
        # "said Musa Bello, a community leader, who put the number at 50": who is Musa Bello
        toks = speakers.subject_before(sentence, who.start() if who else m.start())
        text, pronoun = speakers.clean(toks, sentence)
        out.append(Source(text, PUT_AT, m.start(), (m.start(), len(sentence)), pronoun))
    return out


def _by(sentence: str) -> list[Source]:
    out = []
    for m in _BY.finditer(sentence, None, None, False, SERIAL):
        if _ACCORDING.search(sentence, max(0, m.start() - 30), m.start()):
            continue  # "according to a tally by the Tribune": the according-to rule's
        if _acted_on(sentence, m):
            continue  # "887 detainees were released by Ansar Allah": who freed them, not a source
        if _BY_TIME.match(sentence, m.end()):
            continue  # "recorded by the end of the week", "by Wednesday afternoon": a time
        toks = names.noun_phrase_after(sentence, m.end())
        text, pronoun = speakers.clean(toks, sentence)
        if text and not (pronoun or names_someone(text)):
            continue  # "389 were confirmed by laboratory tests": a means, no one who told
        floor = max(0, m.start() - clauses.REACH)
        comma, semicolon = sentence.rfind(",", floor, m.start() - 2), sentence.rfind(";", floor, m.start())
        clause = max(comma, semicolon, floor - 1)
        first = m.group().split()[0].lower()
        covers = (clause + 1, m.start()) if first == "as" else (0, len(sentence))
        out.append(Source(text, BY_SOURCE, m.start(), covers, pronoun))
    return out


def _acted_on(sentence: str, m: regex.Match[str]) -> bool:
    """Whether "released/collected/kept/issued by" is said of things or people acted on
    ("detainees were released by"), not of a document ("figures were released by")."""
    verb = m.group().split()[0].lower()
    if verb not in _ACTS:
        return False
    passive = _PASSIVE_SUBJECT.search(sentence, max(0, m.start() - 50), m.start())
    if passive is None:
        return False
    subject = passive.group(1).lower()
    return subject not in sources.DOCUMENT_NOUNS and subject not in _NOT_ACTED_ON


_ACTS: Final = frozenset({"released", "collected", "kept", "issued"})
_PASSIVE_SUBJECT: Final = compile_regex(
    r"(\p{L}+),?\s+(?:(?:have|has|had)\s+been|were|was|are|is|been)\s+(?:\p{L}+ly\s+)?$")
# Subjects of "released by" that are a document or stand for one: its issuer is the source.
_NOT_ACTED_ON: Final = frozenset(
    {"which", "that", "numbers", "number", "toll", "tally", "figure", "statistics",
     "it", "they", "these", "those"})


def _accusing(sentence: str) -> list[Source]:
    out = []
    for m in _ACCUSE.finditer(sentence):
        if speakers.passive_before(sentence, m.start()):
            continue  # "40 people were accused of looting"
        toks = speakers.subject_before(sentence, m.start())
        if toks and toks[0].lower == "with":
            toks = toks[1:]
        text, pronoun = speakers.clean(toks, sentence)
        out.append(Source(text, ACCUSING, m.start(), (m.start(), len(sentence)), pronoun))
    return out


def _tracking(sentence: str) -> list[Source]:
    out = []
    for m in _TRACK.finditer(sentence):
        lead = _TRACK_LEAD.search(sentence, max(0, m.start() - 60), m.start())
        toks = speakers.subject_before(sentence, lead.start() if lead else m.start())
        while toks and toks[0].lower in {"since", "after"}:
            toks = toks[1:]
        if toks and names.is_proper(toks[1:] if toks[0].lower == "the" else toks):
            text, pronoun = speakers.clean(toks, sentence)
            out.append(Source(text, TRACKING, m.start(), (0, len(sentence)), pronoun))
    return out


# Each finder, in the order they are run, with the words (case-folded) one of which any of
# its matches holds as a whole word: its pattern's first word. A letter that case-folds to
# ASCII ("ſ", "İ") sends a sentence to every finder (see `sources_in`).
_FINDERS: Final[tuple[tuple[Callable[[str], list[Source]], frozenset[str]], ...]] = (
    (_according, frozenset({"according"})),
    (_verbs, frozenset(sources.SPEECH_VERBS)),
    (_put_at, frozenset({"put", "puts", "putting", *sources.GIVING_VERBS})),
    (_by, _BY_WORDS),
    (_accusing, frozenset({"accusing", "accused", "accuses"})),
    (_tracking, frozenset(sources.TRACKING_WORDS)),
    (possessive_counts, COUNT_NOUNS),
)
