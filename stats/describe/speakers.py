"""How a source is read and written: the subject of a speech verb, the phrase after
"according to", and the source as the guide writes it (titles dropped, a document's issuer,
an acronym the text gives, the innermost source of a chain)."""

from __future__ import annotations

import re
from typing import Final

import regex

from stats.describe import acronyms, affiliations, inverted, names, speaker_chain
from stats.describe.names import Token
from stats.describe.words import may_end_with, verbish
from stats.lexicon import sources
from stats.lexicon.anchored import finditer_at
from stats.lexicon.compiled import trie
from stats.lexicon.pattern_cache import SERIAL, compile_regex

# Adverbs and auxiliaries between a source and its verb ("officials have also said").
# "A woman whose son was killed said": a relative clause between the subject and its verb.
_RELATIVE_SUBJECT: Final = compile_regex(r"\s+(?:who|whose)\s+[^,;:“”\"]{1,100}$")
# "Officials on Friday said", "Police last week said": a time between the subject and its verb.
_TIME_BEFORE_VERB: Final = compile_regex(
    r"(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|"
    r"evening|night))?|\s+(?:last|this)\s+(?:week|month|year|night)|\s+(?:yesterday|today|earlier|later))+\s*$"
)
# What a match of `_TIME_BEFORE_VERB` ends with (it is case-sensitive), of `_ACRONYM_BEFORE`,
# and what one of `_RELATIVE_SUBJECT` holds.
_TIME_WORDS: Final = affiliations.TIME_WORDS
_BY_PHONE: Final = compile_regex(r"(?:\s+(?:reached|contacted|interviewed|speaking))?\s+(?:by|over|via)\s+"
                                 r"(?:the\s+)?(?:tele)?phone\s*$")
_BRACKET_END: Final = ")"
_RELATIVE_WORD: Final = "who"
_BETWEEN: Final = frozenset(
    "also later earlier previously separately have has had would will further then now still just "
    "repeatedly initially first publicly privately reportedly already had there here".split()
)


_ISSUED_BY: Final = compile_regex(  # "a tally by The Times", "figures published today by the ONS"
    r"\s+(?:(?:released|compiled|published|issued|kept)\s+(?:(?:today|yesterday|on\s+\p{Lu}\p{Ll}+)\s+)?)?"
    r"(?:by|from)\s+")


_ACRONYM_BEFORE: Final = compile_regex(rf"\p{{L}}\s*\((?P<acronym>{sources.ACRONYM})\)\s*$")
_ACRONYM_AFTER: Final = compile_regex(rf"\s*\((?P<acronym>{sources.ACRONYM})\)")


_OWNER_NOUNS: Final = frozenset(
    {"army", "police", "government", "ministry", "agency", "military", "hospital", "un"})
_ISSUED_DOCUMENTS: Final = sources.DOCUMENT_NOUNS | {"tally", "count", "result"}  # "a tally by The Times"


# Where a speech verb may start: one of the verbs, after no ASCII word character and before
# none (a `regex` word boundary is one there too), found by `re` several times faster than
# `regex` scans for the verbs with their boundaries.
_SPEECH_STARTS: Final = re.compile(rf"(?<![A-Za-z0-9_])(?:{trie(sources.SPEECH_VERBS)})(?![A-Za-z0-9_])")
# The same scan reading the character before a verb (no ASCII word character) instead of
# looking back at it: `re` skips to such characters in C, and tries the verbs only after
# them (a match at p is a verb at p + 1; one at the text's start is tested apart).
_AFTER_BOUNDARY: Final = re.compile(rf"[^A-Za-z0-9_](?:{trie(sources.SPEECH_VERBS)})(?![A-Za-z0-9_])")


def speech_verbs(pattern: regex.Pattern[str], sentence: str) -> list[regex.Match[str]]:
    """`pattern.finditer(sentence)` for the attribution rules' pattern of the speech verbs
    (case-sensitive, each verb between word boundaries), the pattern tried only where
    `_SPEECH_STARTS` finds a verb: every match starts there, and the matches found in order
    skipping those inside the one before are the scan's."""
    return list(finditer_at(pattern, sentence, _verb_starts(sentence)))


def _verb_starts(sentence: str) -> list[int]:
    """Where `_SPEECH_STARTS` finds a verb, in order (read with `_AFTER_BOUNDARY`)."""
    starts = [0] if _SPEECH_STARTS.match(sentence) else []
    starts += [found.start() + 1 for found in _AFTER_BOUNDARY.finditer(sentence)]
    return starts


def text_of(toks: list[Token], sentence: str) -> str:
    if not toks:
        return ""
    return names.phrase(sentence, toks[0].start, toks[-1].end).rstrip(",;:")


def clean(toks: list[Token], sentence: str) -> tuple[str, bool]:
    """The source as the guide writes it, and whether it is a pronoun to resolve."""
    while toks and toks[-1].lower in {"’s", "'s"}:
        toks = toks[:-1]
    if len(toks) == 1 and names.is_pronoun(toks[0].text):
        return toks[0].text, True
    toks = affiliations.affiliation_cut(_document_owner(toks))
    if names.is_proper(toks):
        toks = names.without_title(toks)
    else:
        toks = names.name_tail(toks)
    text = text_of(toks, sentence)
    acronym = _ACRONYM_AFTER.match(sentence, toks[-1].end, None, SERIAL) if toks else None
    return (acronym["acronym"] if acronym else text), False


def names_issuer(toks: list[Token], text: str, given: bool) -> bool:
    """Whether the subject of a document's verb ("shows", "found") names who issued it
    (`text`: the subject as cleaned; `given`: the sentence names one otherwise): "ONS data
    show" (the owner kept of "ONS data"), "the ministry's report", a proper name; not
    "Pictures show" or "Latest data show", whose capital only opens the sentence."""
    owned = (len(toks) > 1 and toks[-1].lower in sources.DOCUMENT_NOUNS and text[:1].isupper()
             and not text.lower().endswith(toks[-1].lower))
    opening = (toks[0].start == 0 and not toks[0].text.isupper() and toks[0].lower not in _ARTICLES
               and not any(t.capital for t in toks[1:]))  # ("Latest data", "Pictures": an opening capital)
    document = toks[-1].lower in _ISSUED_ONLY  # ("Local reports" are a source; "Latest data" need an issuer)
    return given or owned or (is_source_noun(text) and not (opening and document)) or (
        names.is_proper(toks) and not opening)


def _part_of_name(token: Token) -> bool:
    """A capitalised word that goes on a name: not the sentence's first (its capital may be
    only the sentence's: "New ONS data", "Official Home Office figures"), nor a determiner."""
    return token.capital and (token.start > 0 or token.text.isupper()) and token.lower not in _ARTICLES


_ARTICLES: Final = frozenset({"the", "a", "an"})
_ISSUED_ONLY: Final = frozenset({"data", "figures", "statistics", "numbers", "records"})


def _document_owner(toks: list[Token]) -> list[Token]:
    """ "UN figures" -> "UN", "an internal army report" -> "army", "The CSO's figures" ->
    "CSO": a document's issuer named as its modifier or its owner."""
    possessor = affiliations.possessive_owner(toks)
    if possessor:
        return possessor
    if len(toks) >= 2 and toks[-1].lower.rstrip("s") in affiliations.OWNED_DOCUMENTS:
        owner = toks[-2]
        if (
            (owner.capital and owner.start > 0)
            or (owner.text.isupper() and len(owner.text) > 1)
            or owner.lower in _OWNER_NOUNS
        ):
            first = len(toks) - 2
            while first > 0 and owner.capital and _part_of_name(toks[first - 1]):
                first -= 1  # "the Home Office figures": the whole name
            return toks[first:-1]
    return toks


def subject_before(sentence: str, verb_start: int) -> list[Token]:
    """The subject of a speech verb: the noun phrase before it, or, when an appositive or a
    relative clause stands between ("Ismail Khan, who ..., vowed"), the clause's first phrase
    (a name in apposition preferred to a description)."""
    # Each search only where the text before the verb ends as its match must (a time word,
    # a bracket; rstrip drops every space `regex` sees) or holds "who": most do not.
    floor = max(0, verb_start - 40)
    timed = sentence[floor:verb_start].rstrip().endswith(_TIME_WORDS)
    when = _TIME_BEFORE_VERB.search(sentence, floor, verb_start) if timed else None
    end = when.start() if when else verb_start
    if sentence[floor:end].rstrip().endswith("phone") and (by := _BY_PHONE.search(sentence, floor, end)):
        end = by.start()  # "a resident reached by phone told AFP": the resident
    acronym = _bracketed_acronym(sentence, end)
    if acronym:  # "The Office for National Statistics (ONS) said", "(WFP) today appealed": its shortest name
        return names.tokens(sentence, *acronym)
    floor = max(0, verb_start - 120)
    related = _RELATIVE_WORD in sentence[floor:verb_start]
    relative = _RELATIVE_SUBJECT.search(sentence, floor, verb_start) if related else None
    if relative:  # "A woman whose son was killed said ...": the woman
        return names.noun_phrase_before(sentence, relative.start())
    # The last word decides the way on: read a short window first, and the long one only
    # when that word is "and"/"but" (whose subject starts far back) or the window runs out.
    toks = _without_between(names.tokens_before(sentence, end, 40))
    # (the short window starts after a space or at the text's start: its tokens are those of
    # any longer window, and the noun phrase's walk may start on them)
    read = end <= 40 or sentence.find(" ", end - 40, end) >= 0
    if (len(toks) < 2 or toks[-1].lower in {"and", "but"}) and end > 40:
        toks, read = _without_between(names.tokens_before(sentence, end, 240)), False
    if not toks:
        return []
    if toks[-1].lower in {"and", "but"}:  # "The government has approved ... and says ...": its subject
        phrase = names.noun_phrase_after(sentence, toks[0].start) if toks[0].capital else []
        verb = next((i for i, t in enumerate(phrase) if i and t.text[:1].islower() and verbish(t.lower)),
                    len(phrase))
        return phrase[:verb]  # "President Daniel Noboa ordered ... and said": not "ordered"
    if toks[-1].text != ",":
        # (what follows the phrase in the window is spaces or words taken off: never a part of
        # its last token, which is read alike up to its end)
        phrase = names.noun_phrase_before(sentence, toks[-1].end, read=toks if read else None)
        owner = _bracketed_acronym(sentence, phrase[0].start) if phrase and phrase[-1].lower in (
            sources.DOCUMENT_NOUNS) and sentence[:phrase[0].start].rstrip().endswith(")") else None
        if owner:  # "The latest ... Classification (IPC) analysis found": its issuer's short name
            return names.tokens(sentence, *owner)
        return affiliations.person_of(sentence, phrase) or phrase
    return speaker_chain.chain_subject(sentence, toks[-1].start)


def _bracketed_acronym(sentence: str, end: int) -> tuple[int, int] | None:
    """The offsets of a body's short name in brackets just before `end` (past "had", "also":
    "the ... Council (NDRRMC) had confirmed"), if the text there ends with one."""
    head = sentence[max(0, end - 40):end].rstrip()
    last = head.rsplit(None, 1)[-1:]
    while last and last[0] in _BETWEEN:
        head = head[: -len(last[0])].rstrip()
        last = head.rsplit(None, 1)[-1:]
    if not head.endswith(_BRACKET_END):
        return None
    close = max(0, end - 40) + len(head)
    bracket = _ACRONYM_BEFORE.search(sentence, max(0, close - 20), close)
    if bracket:
        return bracket.start("acronym"), bracket.end("acronym")
    return acronyms.word_acronym_before(sentence, max(0, close - 120), close)


def _without_between(toks: list[Token]) -> list[Token]:
    """The tokens without the words that may stand between a subject and its verb at the end."""
    while toks and toks[-1].lower in _BETWEEN:
        toks.pop()
    return toks


def conjoined_at(sentence: str, speaker: list[Token], verb: int) -> int:
    """Where the clause of a speaker's name in apposition opens when a conjunction opens it
    ("closed for 11 days, and its operator, Fraport Brasil, says ...": at ", and"), else 0."""
    if not speaker or sentence[speaker[-1].end:verb].strip() != ",":
        return 0  # (no apposition: "..., and the trek takes five days, MSF said")
    start = speaker[0].start
    joined = _CONJOINED.search(sentence, max(0, start - 60), start)
    return joined.start() if joined else 0


# (a noun phrase, no clause: not ", and a rescuer is missing, Tudose said")
_CONJOINED: Final = compile_regex(
    r",\s+(?:and|but)\s+(?:its|their|his|her|the|a|an)\s+"
    r"(?:(?!\b(?:is|are|was|were|has|have|had|will|would|can|could)\b)[^,;]){1,40},\s*$")


def innermost(sentence: str, toks: list[Token]) -> list[Token]:
    """ "a tally by The Times" -> "The Times"; "officials cited by Reuters" -> "officials"."""
    lowered = [t.lower for t in toks]
    if "by" in lowered or "from" in lowered:
        cut = next(i for i, w in enumerate(lowered) if w in {"by", "from"})
        head = lowered[cut - 1] if cut else ""
        if head in {"cited", "quoted"}:
            return toks[: cut - 1]
        if head.rstrip("s") in sources.DOCUMENT_NOUNS or head in {
            "released",
            "compiled",
            "published",
            "issued",
        }:
            return toks[cut + 1 :]
    return toks


def is_source_noun(text: str) -> bool:
    last = text.split()[-1].lower() if text.split() else ""
    return last in sources.DOCUMENT_NOUNS or last.rstrip("s") in sources.DOCUMENT_NOUNS or names.is_body(text)


def according_phrase(sentence: str, start: int) -> list[Token]:
    """The source after "according to": a document's issuer ("a tally by the Tribune"), a
    name in apposition ("the port authority, Harbourline"), the innermost
    source of a chain."""
    defined = _DEFINED_AFTER.match(sentence, start) if "(" in sentence[start : start + 160] else None
    if defined:  # "according to the Expanded Programme on Immunization (EPI)": its acronym
        return names.tokens(sentence, defined.start("acronym"), defined.end("acronym"))
    dated = _DATED_DOCUMENT.match(sentence, start)
    toks = names.noun_phrase_after(sentence, dated.end() if dated else start, 12)  # ("a 2026 survey by ...")
    issuer = _ISSUED_BY.match(sentence, toks[-1].end) if toks else None
    if issuer and (toks[-1].lower in _ISSUED_DOCUMENTS or toks[-1].lower.rstrip("s") in _ISSUED_DOCUMENTS):
        bracket = "(" in sentence[issuer.end() : issuer.end() + 160]
        defined = _DEFINED_AFTER.match(sentence, issuer.end()) if bracket else None
        if defined:  # "calculations by the Economic and Social Research Institute (ESRI)": its acronym
            return names.tokens(sentence, defined.start("acronym"), defined.end("acronym"))
        named = names.noun_phrase_after(sentence, issuer.end())  # (a body, not "from last year")
        toks = named if named and (named[0].text[:1].isupper() or named[0].lower == "the") else toks
    appositive = _APPOSITIVE_NAME.match(sentence, toks[-1].end) if toks else None
    named = names.noun_phrase_after(sentence, appositive.start("name")) if appositive else []
    if named and not names.is_proper(toks) and inverted.could_be_person(named):
        toks = named  # ("according to the head of police in Kasese, Uganda,": not Uganda)
    return innermost(sentence, toks)


# A document dated by its year before its noun: "a 2026 survey by the Drexel Urban Health Collaborative".
_DATED_DOCUMENT: Final = compile_regex(r"\s*(?:(?:a|an|the|its|their)\s+)?(?:1[89]|20)\d\d\s+(?=\p{Ll})")
# A body's name with the acronym it is given in brackets, after "according to".
_DEFINED_AFTER: Final = compile_regex(
    r"(?i:the\s+)?" + names.DEFINED_ACRONYM.pattern, end=sources.NAME_END_NOUNS)
_APPOSITIVE_NAME: Final = compile_regex(  # (after a short tail: "the prosecutor on duty, Nilda Cáceres,")
    r"(?:\s+(?:on|in|at|of|for)\s+(?:the\s+)?[\p{L}\-’']+(?:\s+[\p{Ll}\-]+)?)?,\s+(?P<name>\p{Lu}[\p{L}\-’']*(?:\s+(?:del|de|of|the|\p{Lu}[\p{L}\-’']*))*)\s*(?:[.,;]|$)"
)


# "40 people were accused of looting", "he was told": the subject is not the source.
PASSIVE_BEFORE: Final = compile_regex(r"\b(?:was|were|been|being|is|are|be)\s+$", regex.IGNORECASE)
# What a match of `said_by._RELATIVE_BEFORE` ends with, and of `PASSIVE_BEFORE` (in any case).
RELATIVE_WORDS: Final = ("that", "which", "who", "whom")
_PASSIVE_WORDS: Final = ("was", "were", "been", "being", "is", "are", "be")


def ends_with(sentence: str, start: int, end: int, ending: str | tuple[str, ...]) -> bool:
    """Whether `sentence[start:end]` ends with `ending` before its trailing spaces: a pattern
    that matches only there, before spaces, is searched for only then (most texts do not)."""
    return sentence[start:end].rstrip().endswith(ending)


def passive_before(sentence: str, position: int) -> bool:
    """ "were", "was" ... just before `position` (`PASSIVE_BEFORE`), searched for only where
    the text may end with one in any case."""
    floor = max(0, position - 20)
    lead = sentence[floor:position]
    return may_end_with(lead, _PASSIVE_WORDS) and bool(PASSIVE_BEFORE.search(sentence, floor, position))
