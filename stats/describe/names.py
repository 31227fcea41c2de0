"""Names in an article: noun phrases before and after a word (read on the tokens of
`stats.describe.tokens`), titles dropped, and the fullest form the article gives a name.

The provenance rules (`said_by`, `place`) read sources and places with these. No parser and
no NER model: English news writes names capitalised and sources as short noun phrases next
to a speech verb, which is what these helpers walk.
"""

from __future__ import annotations

import bisect
from typing import Final

from stats.describe import acronyms
from stats.describe.tokens import TOKEN as TOKEN  # (the token helpers, read from here by the rules)
from stats.describe.tokens import Token as Token
from stats.describe.tokens import token_texts as token_texts
from stats.describe.tokens import tokens as tokens
from stats.describe.tokens import tokens_before as tokens_before
from stats.lexicon import places, sources
from stats.lexicon.pattern_cache import SERIAL, compile_regex
from stats.text.sentences import collapse

# Lower-case words that end a noun phrase walked backwards from a verb.
_NP_STOPS: Final = frozenset(
    """that which who whom whose and or but nor as if because while when where after before
    since until than though although whether is was were are be been being has have had
    do does did will would can could may might must shall should not no also to said says
    told claimed reported then so yet with without by for from""".split())
# Words that end a noun phrase read forwards ("a report seen by Reuters", "figures released by").
_AFTER_STOPS: Final = frozenset(
    """kept in on at seen obtained published released compiled issued shared posted
    cited quoted which who that""".split())
_DETERMINERS: Final = frozenset(
    """a an the some other several many two three four five six seven eight nine ten its their
    his her our both these those one another local""".split())
_PRONOUNS: Final = {
    *sources.PERSON_PRONOUNS, *sources.BODY_PRONOUNS, *sources.OBJECT_PRONOUNS, "i", "we", "you"}
_PHRASE_OPENERS: Final = _DETERMINERS - {"local", "other"}  # a phrase walked back stops after one
_STOPS_AFTER: Final = _NP_STOPS - {"of", "for"}  # "Ministry of Health", "Office for National Statistics"
_BODY_WORDS: Final = frozenset(
    """ministry office council department army police agency organisation organization
    committee party times news reuters government commission authority authorities
    service services court parliament union bank fund programme program group network
    institute centre center association company corporation board administration
    military forces force command embassy mission red crescent cross unicef unhcr who
    pentagon kremlin white house guard coastguard bureau directorate inspectorate secretariat
    university hospital foundation trust federation alliance coalition observatory survey
    project""".split())
# Words after a title that make the phrase a body or a unit, not a person ("the Democrat
# Party", "the Republican Guard").
_NOT_PERSON_WORDS: Final = _BODY_WORDS | {"guards", "corps", "brigade", "regiment", "division", "palace"}


# Before a place that ends a description ("officials in Kabul", "a resident of Goma").
_LOCATIVES: Final = frozenset({"in", "at", "near", "from", "of"})
# The lower-case words of a name, and the titles written in capitals.
_NAME_JOINERS: Final = frozenset({"of", "al", "el", "bin", "de", "van", "von", "du"})
_RANKS: Final = frozenset("dsp asp sp ssp dig igp dcp acp mp mep ceo".split())


def phrase(sentence: str, start: int, end: int) -> str:
    """The text between two offsets, whitespace collapsed (a value written as the text has it)."""
    return collapse(sentence[start:end])


def is_pronoun(text: str) -> bool:
    return text.lower() in _PRONOUNS


def is_proper(toks: list[Token]) -> bool:
    """Every word capitalised (a name such as "Abduljalil Amin" or "Herat Province")."""
    content = [t.text for t in toks if t.text[:1].isalpha() and t.text.lower() not in _NAME_JOINERS]
    return bool(content) and all(w[:1].isupper() for w in content)


def is_proper_text(text: str) -> bool:
    """`is_proper(tokens(text))`, read from the tokens' texts (most sources are words of
    letters: split at their spaces, without the token pattern)."""
    words = token_texts(text)
    return _proper(words, [w.lower() for w in words])


def _proper(words: list[str], lows: list[str]) -> bool:
    """`is_proper` of tokens with these texts and lower-cased texts."""
    content = [w for w, low in zip(words, lows, strict=True) if w[:1].isalpha() and low not in _NAME_JOINERS]
    return bool(content) and all(w[:1].isupper() for w in content)


def is_body(text: str) -> bool:
    """A name, description or acronym of an organisation, not a person ("the Health Ministry", "NESDC")."""
    words_ = (w.lower().removesuffix("'s").removesuffix("’s").strip(".,") for w in text.split())
    return any(w in _BODY_WORDS for w in words_) or (len(text) > 1 and text.isalpha() and text.isupper())


def without_title(toks: list[Token]) -> list[Token]:
    """A capitalised name without its leading titles ("Afghan President Ashraf Ghani" ->
    "Ashraf Ghani", "Survivor Margaret Holt" -> "Margaret Holt", "Minister of Mining and Heavy
    Industry Batbayar Ganzorig" -> "Batbayar Ganzorig"): the words after the last title, when
    some remain."""
    return toks[_title_cut([t.text for t in toks], [t.lower for t in toks]):]


def is_title(t: Token) -> bool:
    """A title or honorific as written ("President", "Mr.", "DSP"); an all-capitals word is
    a title only when it is a rank ("DR Congo" is no doctor)."""
    return _titled(t.text, t.text.lower())


def _titled(text: str, lower: str) -> bool:
    """`is_title` of a token with this text and lower-cased text."""
    low = lower.rstrip(".")
    return low in _RANKS if text.isupper() and len(text) > 1 else low in sources.TITLES


def _title_cut(words: list[str], lows: list[str]) -> int:
    """How many leading words `without_title` drops from tokens with these texts: a role
    word, the titles up to the last one (none for an office or a body), and the portfolio
    after them ("of Mining and Heavy Industry", "Disaster Preparedness") before a full name."""
    cut = 1 if len(words) > 2 and lows[0] in sources.ROLE_WORDS else 0
    last = max((i for i in range(cut, len(words) - 1) if _titled(words[i], lows[i])), default=-1)
    if last >= 0 and not _titled(words[-1], lows[-1]) and _NOT_PERSON_WORDS.isdisjoint(lows[last + 1 :]):
        cut = last + 1
    return _portfolio_cut(lows, cut)


def _portfolio_cut(lows: list[str], cut: int = 0) -> int:
    """`cut` moved past a minister's portfolio before a name of two words or more
    ("Disaster Preparedness Joyce Namukose"), unless the words name a body."""
    if _NOT_PERSON_WORDS.isdisjoint(lows[cut:]):
        while len(lows) - cut > 2 and lows[cut] in sources.PORTFOLIO_WORDS:
            cut += 1
    return cut


def name_tail(toks: list[Token]) -> list[Token]:
    """The proper name at the end of a described source ("provincial transport minister
    Jean-Pierre Mushagalusa", "Holiday firm SunAway" -> the name), else the phrase."""
    tail: list[Token] = []
    for i in range(len(toks) - 1, -1, -1):
        t = toks[i]
        # joined: "Office for Statistics", "Office for the Coordination of" (not "a spokesman for the")
        joiner = bool(tail) and (t.lower in {"of", "for", "and", "de", "del", "al"} or (
            t.lower == "the" and i > 1 and toks[i - 1].lower in {"of", "for"} and toks[i - 2].capital))
        body = not _NOT_PERSON_WORDS.isdisjoint(x.lower for x in tail)  # ("Republican Centre for ...")
        surname = not tail and t.lower in sources.SURNAME_TITLES  # ("Kamran Sheikh"; not "Prime Minister")
        if not (joiner or (t.capital and t.word)) or (is_title(t) and not surname and not body):
            break
        tail.insert(0, t)
    while tail and not tail[0].capital:
        tail.pop(0)
    tail = tail[_portfolio_cut([t.lower for t in tail]):]
    described = [t for t in toks[: len(toks) - len(tail)] if t.lower not in _DETERMINERS]
    if described and described[-1].lower in _LOCATIVES:
        return toks  # "officials in Kabul", "a military source in El Obeid": the place is no name of theirs
    return tail if tail and described else toks


def noun_phrase_before(sentence: str, end: int, limit: int = 7,
                       read: list[Token] | None = None) -> list[Token]:
    """The noun phrase that ends just before `end`: walked back over capitalised words,
    determiners and lower-case modifiers, stopping at punctuation, verbs and conjunctions.
    `read` is the tokens a caller has read up to `end` in a window that starts after a space
    (or at the text's start) within the short window, `end` at a space or the text's end:
    the last tokens of the short window's, walked first (see `speakers.subject_before`)."""
    # Most phrases end within a few words: a short window first, the full one only when the
    # walk reaches the short window's first tokens (the result is the same either way).
    if read:
        phrase_tokens, reached = _walk_back(read, limit)
        if reached > 1:  # (the walk stopped before their first tokens: as in the short window)
            return phrase_tokens
    toks = tokens_before(sentence, end, _SHORT_WINDOW)
    phrase_tokens, reached = _walk_back(toks, limit)
    if reached <= 1 and end > _SHORT_WINDOW:
        phrase_tokens, _ = _walk_back(tokens_before(sentence, end), limit)
    return phrase_tokens


_SHORT_WINDOW: Final = 60  # characters


def _walk_back(toks: list[Token], limit: int) -> tuple[list[Token], int]:
    """The noun phrase at the end of `toks`, and the lowest index the walk looked at."""
    phrase_tokens: list[Token] = []
    i = len(toks)
    for i in range(len(toks) - 1, -1, -1):
        t = toks[i]
        if not t.word and t.text not in {"’", "'", "’s", "'s"}:
            break
        stop = t.lower in _NP_STOPS and not t.text.isupper()  # "WHO chief" is no relative pronoun
        if stop and not _joins(t, toks[i - 1] if i else None, phrase_tokens):
            break
        phrase_tokens.insert(0, t)
        if len(phrase_tokens) == 1 and t.lower in _PRONOUNS:
            break  # "the same number it reported": the pronoun is the subject
        if len(phrase_tokens) >= limit or t.lower in _PHRASE_OPENERS:
            break
    return phrase_tokens, i - 1 if i else 0  # _joins looked at the token before too


def _joins(t: Token, before: Token | None, phrase_tokens: list[Token]) -> bool:
    """A stop word inside a source's name: "Ministry of Health", "Water and Sewerage
    Company", "police and residents", "one of the sources"."""
    if not phrase_tokens or before is None:
        return False
    if t.lower == "of":
        return phrase_tokens[0].capital or before.lower in _DETERMINERS
    if t.lower in {"for", "at", "in"}:  # "Office for National Statistics", "a spokeswoman for the prefecture"
        return before.lower in sources.ROLE_NOUNS or (
            t.lower == "for" and before.capital and phrase_tokens[0].capital)
    if t.lower == "and":
        both_named = phrase_tokens[0].capital and before.capital
        both_sources = phrase_tokens[0].lower in sources.SOURCE_NOUNS and before.lower in sources.SOURCE_NOUNS
        return both_named or both_sources
    return False


def noun_phrase_after(sentence: str, start: int, limit: int = 7) -> list[Token]:
    """The noun phrase that starts at `start`: up to punctuation, a verb-like stop word or a
    relative pronoun ("said Abdul Wahid Wahdat, the head ..." -> "Abdul Wahid Wahdat")."""
    phrase_tokens: list[Token] = []
    for t in tokens(sentence, start, min(len(sentence), start + 200)):  # a phrase is short
        if not t.word and t.text not in _IN_PHRASE_AFTER:
            break
        verb = t.lower in sources.SPEECH_VERBS and (  # "showed", "show", not "report"
            t.lower not in sources.NOUN_FORMS or t.lower in _SHOW_VERBS)
        if t.lower in _STOPS_AFTER or t.lower in _AFTER_STOPS or verb:
            break
        phrase_tokens.append(t)
        if len(phrase_tokens) >= limit:
            break
    return phrase_tokens


_SHOW_VERBS: Final = frozenset({"show", "shows"})  # a body's name never goes on over them ("the ONS show")
# Marks a phrase read forwards goes on over: an apostrophe, a hyphen, a possessive ("Haiti's
# statistics institute", "the island's council": the owner's body, not the owner).
_IN_PHRASE_AFTER: Final = frozenset({"’", "'", "-", "'s", "’s"})


class NameIndex:
    """The names an article gives in full, so a short form can be written as its fullest
    ("Mr. Wahdat" -> "Abdul Wahid Wahdat"), and the people it titles ("President Biden")."""

    def __init__(self, text: str, wrapped: bool = False) -> None:
        # "Office for National Statistics" -> "ONS", its shortest name (and "... (Phivolcs)")
        self.acronyms: dict[str, str] = acronyms.word_acronyms(text) if "(" in text else {}
        for bracket in _BRACKETED_ACRONYM.finditer(text):  # few brackets: look back from each
            if m := DEFINED_ACRONYM.search(text, max(0, bracket.start() - 120), bracket.end()):
                self.acronyms[m["name"]] = m["acronym"]
        self._text, self._wrapped = text, wrapped
        self._runs: tuple[dict[str, str], list[tuple[int, str]], dict[str, str]] | None = None

    @property
    def full(self) -> dict[str, str]:
        """The fullest name the article gives ending with each word."""
        return (self._runs or self._read_runs())[0]

    @property
    def people(self) -> list[tuple[int, str]]:
        """(offset, name) of the titled people, in order."""
        return (self._runs or self._read_runs())[1]

    @property
    def titled(self) -> dict[str, str]:
        """Each title word and the last person named with it."""
        return (self._runs or self._read_runs())[2]

    def _read_runs(self) -> tuple[dict[str, str], list[tuple[int, str]], dict[str, str]]:
        """The runs' full names, titled people and titles, read when first asked for (often never)."""
        self._runs = ({}, [], {})
        full, people, titled = self._runs
        runs = WRAPPED_NAME_RUN if self._wrapped else NAME_RUN
        for match in runs.finditer(self._text, None, None, False, SERIAL):
            words = token_texts(match.group())  # (one word: no full name, and not scanned for)
            lows, first = [w.lower() for w in words], 0
            while first < len(words) and lows[first] in places.NOT_PLACES:  # "When Musa", "A Reuters"
                first += 1
            cut = first + _title_cut(words[first:], lows[first:])  # the name: words[cut:]
            if first < cut < len(words):  # a titled person (`without_title`)
                people.append((match.start(), " ".join(words[cut:])))
                titled.update((low.rstrip("."), people[-1][1]) for low in lows[first:cut])
            if len(words) - cut >= 2 and _proper(words[cut:], lows[cut:]):  # a full name (`is_proper`)
                joined = " ".join(words[cut:])
                if len(joined) > len(full.get(words[-1], "")):
                    full[words[-1]] = joined
        return self._runs

    def fullest(self, name: str) -> str:
        """The fullest form the article gives a one-word or titled name ("Mr. Wahdat"), else it."""
        parts = name.split()
        if not parts or len(parts) > 2 or is_body(parts[-1]) or name.lower() in sources.SOURCE_NOUNS:
            return name
        full, titled = self.full.get(parts[-1], name), len(parts) == 1 or _titled(parts[0], parts[0].lower())
        return full if full.endswith(name) or (titled and full.split()[-1] == parts[-1]) else name

    def acronym(self, name: str) -> str | None:
        """The acronym the article uses for a body's name ("the Office for National
        Statistics" -> "ONS", defined in brackets or only used elsewhere), if any."""
        bare = name[4:] if name.lower().startswith("the ") else name
        if bare in self.acronyms:
            return self.acronyms[bare]
        initials = "".join(w[0] for w in bare.split() if w[:1].isupper())
        return initials if len(initials) >= 2 and self._in_capitals(initials) else None

    def _in_capitals(self, word: str) -> bool:
        """Whether the article writes `word` as a word in capitals ("ONS", "UNHCR": a short name
        in use), i.e. among `_ALL_CAPITALS`'s matches: each a whole word, so tried only where
        `str.find` finds the word rather than collected over the whole article."""
        at = self._text.find(word)
        while at >= 0:
            found = _ALL_CAPITALS.match(self._text, at)
            if found is not None and found.group() == word:
                return True
            at = self._text.find(word, at + 1)
        return False

    def person_before(self, offset: int) -> tuple[int, str] | None:
        """The last titled person named before `offset` and where (for "he said")."""
        i = bisect.bisect_left(self.people, (offset, "")) - 1
        return (self.people[i][0], self.fullest(self.people[i][1])) if i >= 0 else None


# A run of capitalised words, possibly joined by "of", "al-" and the like ("Ministry of Health").
# Letters possessive (`*+`): never a letter after a run, so a lone word is dropped at once.
_WORD: Final = (r"(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Sgt|Capt|Rep|Sen|Gov|Prof|Rev|Maj|Brig|Adm)\."
                r"|\p{Lu}(?:\.\p{Lu})+\.?|\p{Lu}\.|\p{Lu}[\p{L}\p{M}\-]*+(?:['’](?!s\b)\p{L}[\p{L}\p{M}\-]*+)?")
_JOINER: Final = r"(?:of|for|al|el|bin|de|van|von)"
# The words of a name are joined by spaces; in a hard-wrapped text also by one line break,
# so a wrapped name is read whole without a one-line copy of the article.
_GAP: Final = r"[ \t]+"
_WRAPPED_GAP: Final = r"(?:[ \t]+|[ \t]*\r?\n[ \t]*)"
_CAPITALISED_RUN: Final = compile_regex(rf"\b(?:{_WORD})(?:{_GAP}(?:{_JOINER}{_GAP})?(?:{_WORD}))*")
_WRAPPED_RUN: Final = compile_regex(
    rf"\b(?:{_WORD})(?:{_WRAPPED_GAP}(?:{_JOINER}{_WRAPPED_GAP})?(?:{_WORD}))*")
# The runs of two words or more, the only ones the name index reads: a single capitalised
# word is passed over by the scan. On news text these are the runs above that hold a space
# (a test checks it on our articles); they differ only where an initial is glued to the next
# word ("U.S.Army Corps" gives "Army Corps of Engineers", the scan above "Corps of Engineers").
# Every word of `_WORD` starts with a capital: the scan looks for one before trying the
# alternatives (the same runs, for a third fewer instructions).
NAME_RUN: Final = compile_regex(r"(?=\p{Lu})" + _CAPITALISED_RUN.pattern[:-1] + "+")
WRAPPED_NAME_RUN: Final = compile_regex(r"(?=\p{Lu})" + _WRAPPED_RUN.pattern[:-1] + "+")

_BRACKETED_ACRONYM: Final = compile_regex(rf"\((?:{sources.ACRONYM})\)")
_ALL_CAPITALS: Final = compile_regex(r"\b\p{Lu}{2,7}\b")
# "Expanded Programme on Immunization (EPI)", "... Data project (ACLED)"
DEFINED_ACRONYM: Final = compile_regex(
    rf"(?P<name>(?:{_WORD})(?:[ \t]+(?:(?:of|for|on|in|and|the)[ \t]+)*(?:{_WORD}))+(?:[ \t]+\L<end>)?)"
    rf"\s+\((?P<acronym>{sources.ACRONYM})\)", end=sources.NAME_END_NOUNS)
