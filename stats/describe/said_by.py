"""Who a figure is attributed to (`said_by`): the attributions a sentence holds, as rules.

Each rule finds an attribution and the part of the sentence it governs: "X said ..." governs
what follows the verb, "..., X said." and "..., as predicted by X" what comes before, and
"according to X" the whole sentence. A figure takes the nearest attribution that governs it.
The source is written as the guide asks: a person's name without titles, in the fullest form
the article gives; a body or an unnamed source as the text describes it; the innermost
source of a chain; never the outlet a speaker talks to ("told Reuters").
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from stats.describe import names
from stats.describe.names import Token
from stats.find.rule import Rule, Stage
from stats.lexicon import provenance as words

ACCORDING_TO = Rule("said_by.according_to", Stage.SAID_BY, '"according to X": X, for the whole sentence')
SPEAKER_VERB = Rule("said_by.verb", Stage.SAID_BY, '"X said ...", "..., X told Reuters": X')
VERB_SPEAKER = Rule("said_by.inverted", Stage.SAID_BY, '"..., said X": X, for what comes before')
RELATIVE = Rule("said_by.relative", Stage.SAID_BY, '"a 20-year conflict that he said ...": he')
PUT_AT = Rule("said_by.put_at", Stage.SAID_BY, '"X put the toll at 40": X')
BY_SOURCE = Rule("said_by.by", Stage.SAID_BY, '"as predicted by X", "a tally by X": X')
CITED = Rule(
    "said_by.cited", Stage.SAID_BY, '"an official cited U.S. intelligence as saying": the innermost source'
)
ACCUSING = Rule(
    "said_by.accusing", Stage.SAID_BY, '"with rights groups accusing them of killing 40": rights groups'
)
TRACKING = Rule(
    "said_by.tracking", Stage.SAID_BY, '"since The Times began tracking": the outlet\'s own count'
)
QUOTE = Rule("said_by.quote", Stage.SAID_BY, "a sentence of a quote takes the quote's speaker")
CARRIED = Rule(
    "said_by.carried",
    Stage.SAID_BY,
    '"His wife and two daughters were killed." continues the account before it',
)
PRONOUN = Rule(
    "said_by.pronoun", Stage.SAID_BY, '"he said", "the ministry said": the person or body named before'
)
SAID_BY_RULES = (
    ACCORDING_TO,
    SPEAKER_VERB,
    VERB_SPEAKER,
    RELATIVE,
    PUT_AT,
    BY_SOURCE,
    CITED,
    ACCUSING,
    TRACKING,
    QUOTE,
    CARRIED,
    PRONOUN,
)

_VERBS = "|".join(sorted(words.SPEECH_VERBS, key=len, reverse=True))
_SPEECH = regex.compile(rf"\b(?:{_VERBS})\b")  # lower case: "the United States" is no verb
_ACCORDING = regex.compile(r"\baccording\s+to\s+", regex.IGNORECASE)
_PUT_AT = regex.compile(
    r"\bput(?:s|ting)?\s+(?:the|its|their|his|her)\s+[\w’'\s-]{0,40}?\bat\b", regex.IGNORECASE
)
_BY = regex.compile(
    r"\b(?:as\s+)?(?:predicted|reported|estimated|compiled|collected|released|issued|"
    r"published|confirmed|cited|quoted|kept|tally|count|figures|data|estimates)\s+(?:from|by)\s+",
    regex.IGNORECASE,
)
_CITED_AS = regex.compile(r"\bcit(?:ed|ing|es)\s+", regex.IGNORECASE)
_ACCUSE = regex.compile(r"\baccus(?:ing|ed|es)\b", regex.IGNORECASE)
_TRACK = regex.compile(
    rf"\b(?:began|begun|started|been|has|have|is|are)?\s*(?:independently\s+)?"
    rf"(?:{'|'.join(words.TRACKING_WORDS)})\s+(?:the\s+)?(?:{'|'.join(words.TRACKED_NOUNS)})\b",
    regex.IGNORECASE,
)
# "40 people were accused of looting", "he was told": the subject is not the source.
_PASSIVE_BEFORE = regex.compile(r"\b(?:was|were|been|being|is|are|be)\s+$", regex.IGNORECASE)
_RELATIVE_BEFORE = regex.compile(r"\b(?:that|which|who|whom)\s+$", regex.IGNORECASE)
_LEADING_CLAUSE = regex.compile(
    r"^(?:in|on|at|after|before|despite|with|when|while|although|as|since|"
    r"during|for|from|under|amid|by|if|speaking)\b",
    regex.IGNORECASE,
)
# Adverbs and auxiliaries between a source and its verb ("officials have also said").
_BETWEEN = frozenset(
    "also later earlier previously separately have has had would will further then "
    "repeatedly initially first publicly privately reportedly already had".split()
)
_ATTRIBUTION_TAIL = regex.compile(r"^[^,;:“”\"]{0,60}[.!?”\"]?\s*$")


@dataclass(frozen=True, slots=True)
class Source:
    """An attribution in a sentence: the source as written, the rule, and the part of the
    sentence it governs (offsets relative to the sentence)."""

    text: str
    rule: Rule
    start: int  # where the attribution is (its verb or phrase)
    covers: tuple[int, int]
    pronoun: bool = False


def sources_in(sentence: str) -> list[Source]:
    """Every attribution in one sentence, in the order found."""
    found: list[Source] = []
    for finder in (_according, _verbs, _put_at, _by, _accusing, _tracking):
        found.extend(finder(sentence))
    return [s for s in found if s.text and s.text.lower() not in _FIRST_PERSON]


# "We counted 12 bodies," said Ahmed Musa: a speaker's "I" or "we" is the quote's speaker.
_FIRST_PERSON = frozenset({"i", "we", "you", "us"})
_ISSUED_BY = regex.compile(r"\s+(?:(?:released|compiled|published|issued|kept)\s+)?(?:by|from)\s+")
_CLAUSE_WORDS = frozenset({"his", "her", "their", "its", "he", "she", "they", "it", "was", "were", "had"})
_CITED_BY = regex.compile(r"\b(?:cited|quoted)\s+by\s+$")


def governing(sources: list[Source], position: int) -> Source | None:
    """The attribution that governs a figure at `position`: the nearest that covers it."""
    covering = [s for s in sources if s.covers[0] <= position < s.covers[1]]
    if not covering:
        return None
    return min(covering, key=lambda s: (abs(s.start - position), s.covers[1] - s.covers[0]))


def _text(toks: list[Token], sentence: str) -> str:
    if not toks:
        return ""
    return names.phrase(sentence, toks[0].start, toks[-1].end).rstrip(",;:")


def _clean(toks: list[Token], sentence: str) -> tuple[str, bool]:
    """The source as the guide writes it, and whether it is a pronoun to resolve."""
    while toks and toks[-1].lower in {"’s", "'s"}:
        toks = toks[:-1]
    if len(toks) == 1 and names.is_pronoun(toks[0].text):
        return toks[0].text, True
    if names.is_proper(toks):
        toks = names.without_title(toks)
    elif toks and toks[0].lower in {"spokesman", "spokeswoman", "spokesperson"} and names.is_proper(toks[1:]):
        toks = toks[1:]
    return _text(toks, sentence), False


def _subject(sentence: str, verb_start: int) -> list[Token]:
    """The subject of a speech verb: the noun phrase before it, or, when an appositive or a
    relative clause stands between ("Ismail Khan, who ..., vowed"), the clause's first phrase
    (a name in apposition preferred to a description)."""
    left = sentence[:verb_start]
    toks = names.tokens(left)
    while toks and toks[-1].lower in _BETWEEN:
        toks.pop()
    if not toks:
        return []
    if toks[-1].text != ",":
        return names.noun_phrase_before(sentence, toks[-1].end)
    return _chain_subject(sentence, toks[-1].start)


def _chain_subject(sentence: str, end: int) -> list[Token]:
    begin = max(sentence.rfind(q, 0, end) for q in '”";:—(')
    segments = [s for s in _segments(sentence, begin + 1, end) if s]
    for i, segment in enumerate(segments):
        if _LEADING_CLAUSE.match(names.phrase(sentence, segment[0].start, segment[-1].end)):
            continue
        following = segments[i + 1] if i + 1 < len(segments) else []
        if not names.is_proper(segment) and following and names.is_proper(following) and len(following) <= 4:
            return following
        return segment if len(segment) <= 7 else []
    return []


def _segments(sentence: str, start: int, end: int) -> list[list[Token]]:
    segments: list[list[Token]] = [[]]
    for t in names.tokens(sentence[start:end]):
        if t.text == ",":
            segments.append([])
        elif t.word or t.text in {"’", "'"}:
            segments[-1].append(Token(t.text, t.start + start, t.end + start))
    return segments


def _according(sentence: str) -> list[Source]:
    out = []
    for m in _ACCORDING.finditer(sentence):
        toks = names.noun_phrase_after(sentence, m.end())
        issuer = _ISSUED_BY.match(sentence, toks[-1].end) if toks else None
        if issuer and toks[-1].lower.rstrip("s") in words.DOCUMENT_NOUNS | {"tally", "count"}:
            toks = names.noun_phrase_after(sentence, issuer.end())  # "a tally by the Tribune"
        toks = _innermost(sentence, toks)
        if toks and toks[-1].lower in words.NOT_SOURCES:
            continue  # "according to local custom", "according to plan"
        text, pronoun = _clean(toks, sentence)
        out.append(Source(text, ACCORDING_TO, m.start(), (0, len(sentence)), pronoun))
    return out


def _innermost(sentence: str, toks: list[Token]) -> list[Token]:
    """ "a tally by The Times" -> "The Times"; "officials cited by Reuters" -> "officials"."""
    lowered = [t.lower for t in toks]
    if "by" in lowered or "from" in lowered:
        cut = next(i for i, w in enumerate(lowered) if w in {"by", "from"})
        head = lowered[cut - 1] if cut else ""
        if head in {"cited", "quoted"}:
            return toks[: cut - 1]
        if head.rstrip("s") in words.DOCUMENT_NOUNS or head in {
            "released",
            "compiled",
            "published",
            "issued",
        }:
            return toks[cut + 1 :]
    return toks


def _verbs(sentence: str) -> list[Source]:
    out = []
    for m in _SPEECH.finditer(sentence):
        if m.group().lower().startswith("according"):
            continue
        first = _speaker_first(sentence, m)
        if first and sentence[: m.start()].rstrip().endswith(",") and names.is_proper(names.tokens(first.text)):
            source: Source | None = first  # "A farmer, Joseph Mwangi, said ...": an appositive name
        else:
            source = _inverted(sentence, m) or first
        if source:
            out.append(source)
    return out


def _inverted(sentence: str, m: regex.Match[str]) -> Source | None:
    """'..., said X.' or '"...," said X.': X governs what comes before."""
    before = sentence[: m.start()].rstrip()
    if not before.endswith((",", "”", '"')) or m.group().lower() not in {"said", "says", "added", "wrote"}:
        return None
    toks = names.noun_phrase_after(sentence, m.end())
    if not toks or toks[0].lower in {"that", "it", "on", "in"} | words.PERSON_PRONOUNS:
        return None
    if sentence[toks[-1].end :].lstrip()[:1] not in {",", ".", ";", "!", "?", ""} or any(
        t.lower in _CLAUSE_WORDS for t in toks
    ):
        return None  # "..., said the flood took his house": a clause, not a speaker
    text, pronoun = _clean(toks, sentence)
    return Source(text, VERB_SPEAKER, m.start(), (0, m.start()), pronoun)


def _speaker_first(sentence: str, m: regex.Match[str]) -> Source | None:
    """ "X said ...": X governs what follows the verb; at the end of a sentence ("...,
    officials said.") or after a quote it governs what comes before."""
    verb = m.group().lower()
    cited = _cited_inner(sentence, m)
    if cited:
        return cited
    if _PASSIVE_BEFORE.search(sentence, 0, m.start()):
        return None  # "he was told": the hearer, not the source
    toks = _subject(sentence, m.start())
    if not toks or toks[-1].lower in {"which", "that"}:
        return None
    chained = _CITED_BY.search(sentence, 0, toks[0].start)
    if chained:  # "officials cited by the state news agency said": the officials
        toks = names.noun_phrase_before(sentence, chained.start()) or toks
    text, pronoun = _clean(toks, sentence)
    if verb in words.DOCUMENT_VERBS and not (pronoun or _is_source_noun(text) or names.is_proper(toks)):
        return None
    rest = sentence[m.end() :]
    start = m.start()
    if _RELATIVE_BEFORE.search(sentence, 0, toks[0].start):
        rel = _RELATIVE_BEFORE.search(sentence, 0, toks[0].start)
        assert rel is not None
        return Source(text, RELATIVE, start, (max(0, rel.start() - 60), m.end()), pronoun)
    if _ATTRIBUTION_TAIL.match(rest) and toks[0].start > 0:
        return Source(text, SPEAKER_VERB, start, (0, len(sentence)), pronoun)
    return Source(text, SPEAKER_VERB, start, (m.start(), len(sentence)), pronoun)


def _is_source_noun(text: str) -> bool:
    last = text.split()[-1].lower() if text.split() else ""
    return last in words.DOCUMENT_NOUNS or last.rstrip("s") in words.DOCUMENT_NOUNS or names.is_body(text)


def _cited_inner(sentence: str, m: regex.Match[str]) -> Source | None:
    """ "X cited Y as saying ...": Y governs what follows."""
    cited = _CITED_AS.search(sentence, 0, m.start())
    if not cited or "as" not in sentence[cited.end() : m.start()].split()[-1:]:
        return None
    toks = names.noun_phrase_after(sentence, cited.end())
    text, pronoun = _clean(toks, sentence)
    return Source(text, CITED, m.start(), (m.start(), len(sentence)), pronoun) if text else None


def _put_at(sentence: str) -> list[Source]:
    out = []
    for m in _PUT_AT.finditer(sentence):
        toks = _subject(sentence, m.start())
        text, pronoun = _clean(toks, sentence)
        out.append(Source(text, PUT_AT, m.start(), (m.start(), len(sentence)), pronoun))
    return out


def _by(sentence: str) -> list[Source]:
    out = []
    for m in _BY.finditer(sentence):
        if _ACCORDING.search(sentence, max(0, m.start() - 30), m.start()):
            continue  # "according to a tally by the Tribune": the according-to rule's
        toks = names.noun_phrase_after(sentence, m.end())
        text, pronoun = _clean(toks, sentence)
        clause = max(sentence.rfind(",", 0, m.start() - 2), sentence.rfind(";", 0, m.start()))
        first = m.group().split()[0].lower()
        covers = (clause + 1, m.start()) if first == "as" else (0, len(sentence))
        out.append(Source(text, BY_SOURCE, m.start(), covers, pronoun))
    return out


def _accusing(sentence: str) -> list[Source]:
    out = []
    for m in _ACCUSE.finditer(sentence):
        if _PASSIVE_BEFORE.search(sentence, 0, m.start()):
            continue  # "40 people were accused of looting"
        toks = _subject(sentence, m.start())
        if toks and toks[0].lower == "with":
            toks = toks[1:]
        text, pronoun = _clean(toks, sentence)
        out.append(Source(text, ACCUSING, m.start(), (m.start(), len(sentence)), pronoun))
    return out


def _tracking(sentence: str) -> list[Source]:
    out = []
    for m in _TRACK.finditer(sentence):
        toks = _subject(sentence, m.start())
        while toks and toks[0].lower in {"since", "after"}:
            toks = toks[1:]
        if toks and names.is_proper(toks[1:] if toks[0].lower == "the" else toks):
            text, pronoun = _clean(toks, sentence)
            out.append(Source(text, TRACKING, m.start(), (0, len(sentence)), pronoun))
    return out
