"""A source's name read apart from what stands around it: a person named with the body they
speak for ("Tom Aldridge of the British Ports Association": the person, as the guide writes
people without appositives), and the body that owns a document ("The CSO's figures": CSO;
not "Last year's figures", a time). Split from `speakers`, which asks these."""

from __future__ import annotations

from typing import Final

from stats.describe import names
from stats.describe.names import Token
from stats.lexicon import sources

_ARTICLES: Final = frozenset({"the", "a", "an"})
OWNED_DOCUMENTS: Final = sources.DOCUMENT_NOUNS | {"record", "figure"}  # "UN figures", "army records"
# Words of a time as news writes them before a verb or an owner's "'s" (weekdays capitalised).
TIME_WORDS: Final[tuple[str, ...]] = (
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "morning", "afternoon",
    "evening", "night", "week", "month", "year", "yesterday", "today", "earlier", "later")


def affiliation_cut(toks: list[Token]) -> list[Token]:
    """A person's name without the body written after it ("Tom Aldridge of the British
    Ports Association", "Dr Amina Yusuf from the WHO" -> the person): the guide writes a
    person without an appositive. Two capitalised words at least before "of", "from" or
    "at", none a body's word (not "Bank of England", "Office for National Statistics")."""
    cut = next((i for i, t in enumerate(toks) if t.lower in _AFFILIATIONS), 0)
    if cut < 2:
        return toks  # (no "of"/"from"/"at" after two words at least: most sources)
    body = toks[cut + 1 :]
    if len(body) < 2 or body[0].lower != "the" or not all(t.capital or t.lower in _JOINERS for t in body[1:]):
        return toks  # "Australian Bureau of Statistics", "Republic of the Congo authorities": no person
    person = names.without_title(toks[:cut])
    if (len(person) >= 2 and person[0].lower not in _ARTICLES and names.is_proper(person)
            and not names.is_body(" ".join(t.text for t in person))):
        return toks[:cut]
    return toks


_AFFILIATIONS: Final = frozenset({"of", "from", "at"})
_JOINERS: Final = frozenset({"of", "and", "for", "on"})  # lower-case words inside a body's name
# What the text before "the" ends with for `person_of`
_AFFIX_ENDS: Final = tuple(f" {w}" for w in _AFFILIATIONS)


_TIME_OWNERS: Final = frozenset(w.lower() for w in TIME_WORDS) | {
    "quarter", "decade", "january", "february", "march", "april", "june", "july", "august", "september",
    "october", "november", "december"}


def possessive_owner(toks: list[Token]) -> list[Token]:
    """The owner of a document written with a possessive ("The CSO's figures", "the
    agency's annual report"): the words before "'s", a leading "the" dropped before a name
    in capitals ("CSO"); [] when the phrase is no such document."""
    if len(toks) < 3 or toks[-1].lower.rstrip("s") not in OWNED_DOCUMENTS:
        return []
    mark = next((i for i in range(len(toks) - 2, 0, -1) if toks[i].text in {"'s", "’s"}), 0)
    if not mark or any(t.capital for t in toks[mark + 1 :]):
        return []
    owner = toks[:mark]
    if any(t.lower in _TIME_OWNERS for t in owner):
        return []  # "Last year's figures", "Monday's report": a time, not an issuer
    return owner[1:] if len(owner) > 1 and owner[0].lower == "the" and owner[1].text.isupper() else owner


def person_of(sentence: str, phrase: list[Token]) -> list[Token]:
    """The person before "of/from/at the" and the body that ends a subject ("Tom Aldridge of
    the British Ports Association said": Tom Aldridge), by `affiliation_cut`; [] if none."""
    if not phrase or phrase[0].lower != "the":
        return []
    if not sentence[: phrase[0].start].rstrip().endswith(_AFFIX_ENDS):
        return []
    before = names.tokens_before(sentence, phrase[0].start, 60)
    if len(before) < 3 or before[-1].lower not in _AFFILIATIONS:
        return []
    person = names.noun_phrase_before(sentence, before[-1].start)
    whole = [*person, before[-1], *phrase]
    return person if person and affiliation_cut(whole) is not whole else []
