"""Place names as the place rules read them: the pattern of a name, the lists of places
news names without saying where they are, and the tests a name passes to be a place (its
form, an adjective, an institution's name, the words trimmed from it). Shared by `place`,
`place_choice` and `gazetteer`."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Final

import regex

from stats.describe import mention
from stats.find.rule import Rule
from stats.lexicon import places, regions, sources
from stats.lexicon.compiled import trie
from stats.lexicon.pattern_cache import SERIAL, compile_regex

# A capitalised word; "Cox's Bazar" and "Saint Martin's Island" keep their possessive.
# Its runs of letters are possessive (`*+`): what may follow a run inside a name (a quote
# mark, a space or a tab, a line break) and after one in every pattern that holds a name
# (a quote mark, a space, a comma, "and", a lookahead, the pattern's end) is never a letter,
# mark or hyphen, so a run cut short can never lead to a match, and a name-first search
# that fails ("Kabul" before no generic word) no longer gives back its word letter by
# letter: the same matches, in a half to two thirds of the time.
_WORD: Final = r"\p{Lu}[\p{L}\p{M}\-]*+(?:['’](?!s\b)\p{L}[\p{L}\p{M}\-]*+)?(?:['’]s(?=[ \t]+\p{Lu}))?"
# Lower-case words inside a name ("Viña del Mar", "Nuestra Señora de los Reyes")
_JOINING: Final = "of|al|el|es|de|du|da|del|la|le|los|las|di|do|dos|das|bin|van|von|der"
NAME: Final = rf"{_WORD}(?:[ \t]+(?:(?:{_JOINING})[ \t]+){{0,2}}{_WORD})*"
# The generic words as a trie: tried longest first, as the sorted list was, in about two
# thirds of the time where the pattern opens with them ("the province of", "capital, ").
GENERICS: Final = trie(places.PLACE_GENERICS)
# The compass words as a trie: tried longest first, as the list sorted by length was (the
# same matches), in fewer instructions a try, most of all in case-insensitive patterns.
COMPASS: Final = trie(places.COMPASS_WORDS)
_INSTITUTION: Final = compile_regex(
    r"\s+(?:Municipal\s+|Regional\s+|District\s+)?(?:University|Council|Prefecture|"
    r"prefecture|Police|police|Court|Assembly|Parliament|Company|Corporation|Bank)\b"
)
NEXT_WORD: Final = compile_regex(r"\s+(\p{Ll}[\p{L}\-]*)")
ANY_CAPITAL: Final = compile_regex(r"\p{Lu}")

@dataclass(frozen=True, slots=True)
class Mention(mention.Mention):
    """A place named in a sentence (offsets relative to it), the rule that read it, and what
    the place finder knows of it."""

    anaphor: bool = False
    aside: bool = False  # where a statement was made, or a distance's reference point
    destination: bool = False  # "sent 300 workers to Kanyama": where what is counted goes
    reference: bool = False  # "35 km south of Gavdos": a distance's reference point (aside too)

    def __init__(
        self, start: int, end: int, text: str, rule: Rule, anaphor: bool = False, aside: bool = False,
        destination: bool = False, reference: bool = False,
    ) -> None:
        """The dataclass's own constructor written out (see `stats.model`)."""
        object.__setattr__(self, "start", start)
        object.__setattr__(self, "end", end)
        object.__setattr__(self, "text", text)
        object.__setattr__(self, "rule", rule)
        object.__setattr__(self, "anaphor", anaphor)
        object.__setattr__(self, "aside", aside)
        object.__setattr__(self, "destination", destination)
        object.__setattr__(self, "reference", reference)


GAZETTEER: Final = regions.GAZETTEER
COUNTRIES: Final = places.PLACE_NAMES | places.PLACE_NAME_PHRASES


def adjective(text: str, end: int) -> bool:
    """A nationality used as an adjective ("in Afghan politics", "Russian officials"): a
    word ending like a demonym, then a lower-case word that could not follow a place name."""
    left = text[max(0, end - 40) : end].split()  # a window: the article may be long
    word = left[-1] if left else ""
    if word in places.PLACE_NAMES or not (
        word.lower().endswith(places.DEMONYM_ENDINGS) or word in places.DEMONYM_WORDS
    ):
        return False
    following = NEXT_WORD.match(text, end, None, SERIAL)
    if following is None:
        return False
    return following.group(1).lower() not in places.AFTER_PLACE and not following.group(1).endswith("ed")


def by_form(name: str) -> bool:
    """A name whose own words make it a place: "Lake Kivu", "Mount Kenya", "Keowee Street",
    "the Tana River", "Boulevard Voltaire", a facility's own name ("Bunia General Hospital",
    "Jinnah Postgraduate Medical Centre": where patients are, the most specific place)."""
    words = name.split()
    if len(words) < 2 or _INSTITUTION.match(" " + words[-1]):
        return False  # "Leeds City Council": an institution, not a place
    return (words[0] in places.PLACE_FORM_FIRST or words[-1] in places.PLACE_FORM_LAST
            or " ".join(words[-2:]) in places.PLACE_FORM_LAST_PAIRS)


def place_of_institution(name: str, known: set[str]) -> str:
    """The known place an institution is named after ("Valeni Municipal Hospital" ->
    "Valeni"), else ""."""
    words = name.split()
    for cut in range(len(words) - 1, 0, -1):
        lead = " ".join(words[:cut])
        if lead in known and _INSTITUTION.match(" " + " ".join(words[cut:])):
            return lead
    return ""


def names_institution(name: str) -> bool:
    """A name whose last word is an institution's ("City of London Police", "Bank of
    Ghana" is caught before its name): the body, not a place."""
    return _INSTITUTION.match(" " + name.rsplit(None, 1)[-1], None, None, SERIAL) is not None


def institution(text: str, end: int) -> bool:
    """A name that starts an institution's ("Valeni Municipal Hospital", "Leeds City
    Council"): the institution is not a place."""
    return _INSTITUTION.match(text, end, None, SERIAL) is not None


def trim(name: str) -> str:
    """A name without words that are never part of a place (a month, "The"), and without a
    known place that owns it ("Sudan's North Darfur" -> "North Darfur")."""
    if name.isalpha():  # one word of letters, as most names are: itself, or no place
        return "" if name.lower() in places.NOT_PLACES else name
    return _trim(name)


def _trim(name: str) -> str:
    """`trim` read word by word (what it gives a word of letters too)."""
    if "s " in name:  # a possessive inside: "Sudan's North Darfur"
        for mark in ("’s ", "'s "):
            owner, _, rest = name.partition(mark)
            # the owner, or its last word ("DR Congo's"); none before a bare "’s"
            if rest and (owner in GAZETTEER or any(w in GAZETTEER for w in owner.split()[-1:])):
                name = rest
    parts = name.split()
    if len(parts) > 2 and parts[1] == "of" and parts[0].lower() in places.PEOPLE_OF:
        parts = parts[2:]  # "Residents of Chakothi, a village ...": the village
    if parts and "-" in parts[0] and parts[0].split("-")[0].lower() in places.NOT_PLACES:  # "April-June"
        parts[0] = parts[0].split("-")[0]
    # A word joined by a connector stays ("Viña del Mar", "Mar del Plata": not the month "Mar").
    while len(parts) > 1 and parts[0].lower() in places.NOT_PLACES and parts[1] not in _CONNECTORS:
        parts = parts[1:]
    if len(parts) == 1 and parts[0].lower() in places.NOT_PLACES:
        parts = []
    while (len(parts) > 1 and parts[-1].lower() in places.NOT_PLACES and parts[-2] not in _CONNECTORS
           and parts[-1] not in places.NAME_FINAL_WORDS):  # "Nghe An" keeps its "An"
        parts = parts[:-1]
    if len(parts) == 1 and parts[0].lower() in places.NOT_PLACES:
        parts = []
    return " ".join(parts)


_CONNECTORS: Final = frozenset(_JOINING.split("|")) - {"of"}


def demonym(name: str) -> bool:
    """One word that reads as a nationality ("Tunisian", "Libyan"), not a place's name."""
    # "-ian", "-ese", "-ish" only: many places end in "-an" ("Balochistan province"). An "-ese"
    # demonym has seven letters or more ("Chinese", "Maltese"); "Kasese" is a town.
    lowered = name.lower()
    return " " not in name and name not in GAZETTEER and (
        lowered.endswith(("ian", "ish")) or (lowered.endswith("ese") and len(name) >= 7))


def nationality(name: str) -> bool:
    """One word that reads as a nationality ("Chilean", "German", "Kenyan", "Sudanese"), as
    in "the Chilean city of Viña del Mar" or "the first German state": an adjective, not the
    name of a place. A "-an" word counts only when a listed country is its stem, so
    "Balochistan" and "Somali" (the Somali region) stay names."""
    if " " in name or name in GAZETTEER:
        return False
    if demonym(name) or name in places.DEMONYM_WORDS:
        return True
    stems = (name[:-1], name[:-2], name + "y", name[:-1] + "o", name[:-2] + "o")
    return name.endswith("an") and any(stem in places.PLACE_NAMES for stem in stems)


def country_name(text: str) -> str | None:
    """The country a place mention names, as written ("Burkina Faso", "Nepal" in "western
    Nepal"), for "the country" to point to; None for a city or a region."""
    words = text.split()
    while words and words[0].lower() in places.COMPASS_WORDS:
        words = words[1:]
    name = " ".join(words)
    if name in COUNTRIES:
        return name
    if len(words) > 1 and words[-1].lower() not in places.PLACE_GENERICS and (
        words[0] in places.PLACE_NAMES or words[-1] in places.PLACE_NAMES
    ):
        return name  # "Burkina Faso", "DR Congo"
    return None


def capital_after_first(sentence: str) -> bool:
    """`ANY_CAPITAL.search(sentence, 1)`: in an ASCII sentence (most) a test in C that its
    lower case differs after the first letter (only "A" to "Z" are ASCII capitals), without
    the search's setting up, which costs more than the scan."""
    if sentence.isascii():
        rest = sentence[1:]
        return rest != rest.lower()
    return ANY_CAPITAL.search(sentence, 1, None, SERIAL) is not None


def covered(found: dict[int, Mention], position: int) -> bool:
    """Whether a mention already covers `position` (mentions are short: look a little back)."""
    return any(position - _LONGEST <= k <= position and m.start <= position < m.end for k, m in found.items())


_LONGEST: Final = 80  # characters: no place mention is longer





def where_names(pattern: regex.Pattern[str], sentence: str) -> Iterator[regex.Match[str]]:
    """`place.WHERE`'s matches ("Goma, where ..."; an institution's name may hold "and":
    "Malatya Training and Research Hospital, where ..."), past a person's name that an apposition
    with a place in it follows ("said Dr. Rosa Huamán, a paediatrician at Santa Rosa hospital
    in Piura, where": Piura, read after her name)."""
    at = 0
    while m := pattern.search(sentence, at):
        titled = sentence[max(0, m.start() - 14) : m.start()].split()[-1:]  # ("Dr.", "Mr", "Professor")
        if not (titled and titled[0].lower().rstrip(".") in sources.TITLES):
            yield m
            at = m.end()
        else:
            at = m.end("name")
