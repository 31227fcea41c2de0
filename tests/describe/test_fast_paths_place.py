"""The place reading's shortcuts give what the long way gives: each place pattern is searched
only when the words it needs are in the sentence (a word-set cue, with letters that case-fold
to ASCII sending a sentence to the case-insensitive patterns), a speaker's description and a
distance's reference point only when their opening words are in the window, and a
where-clause only when "where" is; the name index reads each capitalised run on its words'
texts, and the article's words in capitals only when an acronym is asked for. Checked on our
articles (their sentences with the places each article knows) and on generated text (the
cue words in any case, glued to punctuation, and letters with odd case folding)."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator

import pytest
import regex
from hypothesis import example, given, settings
from hypothesis import strategies as st

from stats.describe import gazetteer, names, place, place_choice, place_names, place_phrases
from stats.describe.contexts import one_line
from stats.lexicon import places, sources
from stats.text.sentences import split_sentences
from tests.conftest import ROOT, SEEDS

TEXTS = [p.read_text(encoding="utf-8") for folder in (SEEDS, ROOT / "tests" / "data" / "articles",
                                                       ROOT / "tests" / "data" / "bench")
         for p in sorted(folder.glob("*.txt"))]
# (sentence, the places its article knows)
SENTENCES = [(one_line(s.raw), known) for text in TEXTS
             for known in [gazetteer.known_places(text)] for s in split_sentences(text)]


class AlwaysCue:
    """A word cue (`WordCue`) that finds its words in every text."""

    def found_in(self, _text: str) -> bool:
        return True


class _LongWay:
    """The place finder with every pre-check passing: each pattern searched everywhere."""

    def __init__(self, patched: pytest.MonkeyPatch) -> None:
        for module, cue in [(place_phrases, "ANY_GENERIC"), (place_phrases, "ANY_PLURAL_PLACE"),
                            (place_phrases, "_ANY_SUBJECT_VERB"), (place_phrases, "ANY_ANAPHOR"),
                            (place, "_ANY_FACILITY"), (place, "_ANY_EVENT"), (place, "_ANY_PEOPLE")]:
            patched.setattr(module, cue, AlwaysCue())
        patched.setattr(place, "_DISTANCE_WORDS", ("",))  # "" is in every window
        patched.setattr(place_phrases, "speaker_before", place_phrases.SPEAKER_ROLE.search)


def _long_mentions(sentence: str, known: set[str]) -> list[place_names.Mention]:
    with pytest.MonkeyPatch.context() as patched:
        _LongWay(patched)
        return place.mentions_in(sentence, known)


def test_places_are_those_every_pattern_finds() -> None:
    assert len(SENTENCES) > 1500
    assert sum(bool(place.mentions_in(s, k)) for s, k in SENTENCES) > 600
    differ = [s for s, k in SENTENCES if place.mentions_in(s, k) != _long_mentions(s, k)]
    assert not differ, differ[:3]


def _long_where(mentions: list[place_names.Mention], start: int, sentence: str) -> place_names.Mention | None:
    for m in place.WHERE.finditer(sentence, max(0, start - 200), start):
        if not place_choice._CLAUSE_BREAK.search(sentence, m.end(), start):
            return next((o for o in mentions if o.start == m.start("name") and not o.anaphor), None)
    return None


def _figure_starts(sentence: str) -> Iterator[int]:
    """Where a figure could start: every digit and every word, and the sentence's end."""
    yield from (m.start() for m in regex.finditer(r"\b\w", sentence))
    yield len(sentence)


def test_where_clauses_are_those_the_full_search_finds() -> None:
    pairs = [(s, place.mentions_in(s, k)) for s, k in SENTENCES if "where" in s]
    assert sum(bool(place_choice._where_antecedent(m, len(s), s)) for s, m in pairs) > 10
    differ = [(s, i) for s, m in pairs for i in _figure_starts(s)
              if place_choice._where_antecedent(m, i, s) != _long_where(m, i, s)]
    assert not differ, differ[:3]


_WORDS = ["in", "In", "the", "The", "city", "there", "THERE", "thęre", "ThErE", "of", "and", "Kabul", "Herat",
          "Nepal", "Sarobi", "Mosul", "district", "districts", "Province", "provinces", "counties", "states",
          "residents", "Residents", "resİdents", "people", "siege", "shelling", "Siege", "hospital",
          "Hospital", "camp", "refugee-camp", "has", "was", "recorded", "Has", "said", "says", "according",
          "to", "an", "economist", "at", "km", "miles", ")", "(", "south", "SOUTH", "ſouth", "north", "where",
          "Where", "wherever", "told", "reporters", "capital", "state", "whole", "’s", "'s", "that", "ſtate",
          "İn", "K", "Kelvin", "Crete", "landed", "on", "into", "inside",
          "throughout", "through", "off", "border", "with", "5", "120", "people", "struck",
          "for", "appeal", "Kano", "Katsina", "Jigawa", "town", "Lake", "Kivu", "Ali Musa", "an economist at",
          "the head of", "Databank"]
# Sentences at the edges of the shortcuts' windows and words.
_PINNED = ["They fled to Kabul, where", "Prices rose 5%, said Ali Musa, an economist at Databank in Accra.",
           "Prices rose 5%, says Ali, the head of Kabul", "120 km south of Kabul", "ten miles from Kabul",
           "It struck 35 kilometres north-west of Herat", "the 40 residents of Derna",
           "500 Resİdents of Derna", "5 people died in the city", "5 died thİre", "the siege of Mosul",
           "the ſhelling of Kherson"]
_GAPS = [" ", " ", " ", ", ", ". ", ",", "-", "’", "\t", ""]
_CASE = [str, str, str, str.upper, str.title, str.lower]


def _text(parts: list[tuple[str, Callable[[str], str], str]]) -> str:
    return "".join(case(word) + gap for word, case, gap in parts)


_PARTS = st.lists(st.tuples(st.sampled_from(_WORDS), st.sampled_from(_CASE), st.sampled_from(_GAPS)),
                  min_size=1, max_size=16)


@pytest.mark.parametrize("text", _PINNED)
def test_places_agree_on_pinned_text(text: str) -> None:
    known = gazetteer.known_places(text) | {"Sarobi", "Mosul", "Herat", "Kabul"}
    mentions = place.mentions_in(text, known)
    assert mentions == _long_mentions(text, known)
    for start in _figure_starts(text):
        assert place_choice._where_antecedent(mentions, start, text) == _long_where(mentions, start, text)


@settings(max_examples=500, deadline=None)
@given(_PARTS)
@example([("The", str, " "), ("siege", str, " "), ("of", str, " "), ("Mosul", str, "")])
@example([("120", str, " "), ("resİdents", str, " "), ("of", str, " "), ("Herat", str, "")])
def test_places_agree_on_generated_text(parts: list[tuple[str, Callable[[str], str], str]]) -> None:
    text = _text(parts)
    known = gazetteer.known_places(text) | {"Sarobi", "Mosul", "Herat"}
    assert place.mentions_in(text, known) == _long_mentions(text, known)


@settings(max_examples=500, deadline=None)
@given(_PARTS)
def test_where_clauses_agree_on_generated_text(parts: list[tuple[str, Callable[[str], str], str]]) -> None:
    text = _text(parts)
    mentions = place.mentions_in(text, gazetteer.known_places(text))
    for start in _figure_starts(text):
        assert place_choice._where_antecedent(mentions, start, text) == _long_where(mentions, start, text)


def _long_index(text: str, wrapped: bool) -> tuple[object, ...]:
    """The name index as read token by token: each run's tokens, `without_title`, `is_proper`."""
    full: dict[str, str] = {}
    people: list[tuple[int, str]] = []
    titled: dict[str, str] = {}
    for match in (names.WRAPPED_NAME_RUN if wrapped else names.NAME_RUN).finditer(text):
        run = names.tokens(match.group())
        while run and run[0].lower in places.NOT_PLACES:
            run = run[1:]
        name = names.without_title(run)
        if len(name) < len(run) and name:
            people.append((match.start(), " ".join(t.text for t in name)))
            titled.update((t.lower.rstrip("."), people[-1][1]) for t in run[: len(run) - len(name)])
        if len(name) >= 2 and names.is_proper(name):
            joined = " ".join(t.text for t in name)
            if len(joined) > len(full.get(name[-1].text, "")):
                full[name[-1].text] = joined
    return full, people, titled


def _index(text: str, wrapped: bool) -> tuple[object, ...]:
    index = names.NameIndex(text, wrapped)
    return index.full, index.people, index.titled


def _long_acronym(index: names.NameIndex, text: str, name: str) -> str | None:
    """The acronym as read with the article's words in capitals at hand."""
    bare = name[4:] if name.lower().startswith("the ") else name
    if bare in index.acronyms:
        return index.acronyms[bare]
    initials = "".join(w[0] for w in bare.split() if w[:1].isupper())
    capitals = set(regex.findall(r"\b\p{Lu}{2,7}\b", text))
    return initials if len(initials) >= 2 and initials in capitals else None


def test_acronyms_are_those_the_words_in_capitals_give() -> None:
    asked = [(t, names.NameIndex(t), run) for t in TEXTS for run in names.NAME_RUN.findall(t)]
    assert sum(index.acronym(run) is not None for _, index, run in asked) > 20
    differ = [run for t, index, run in asked if index.acronym(run) != _long_acronym(index, t, run)]
    assert not differ, differ[:3]


def test_the_name_index_is_what_its_tokens_give() -> None:
    assert sum(len(names.NameIndex(t).people) for t in TEXTS) > 50
    differ = [t[:80] for t in TEXTS for w in (False, True) if _index(t, w) != _long_index(t, w)]
    assert not differ, differ[:3]


_NAME_WORDS = ["President", "Mr.", "Dr", "CEO", "MP", "DR", "Congo", "economist", "Economist", "When", "On",
               "Monday", "A", "Ali", "Musa", "Abdul", "Wahid", "Wahdat", "Ministry", "of", "Health", "al",
               "Party", "Democrat", "Chief", "Medical", "Officer", "U.S.", "O'Brien", "Qala-e-Naw",
               "Survivor", "Margaret", "Holt", "Finance", "Minister", "the", "said", "ONS", "MOH", "É",
               "İbrahim", "Şahin"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_NAME_WORDS), st.sampled_from([" ", " ", "  ", "\n", ", ", ". "])),
                min_size=1, max_size=14), st.booleans())
def test_the_name_index_agrees_on_generated_text(parts: list[tuple[str, str]], wrapped: bool) -> None:
    text = "".join(word + gap for word, gap in parts)
    assert _index(text, wrapped) == _long_index(text, wrapped)
    index = names.NameIndex(text, wrapped)
    for name in ["Office for National Statistics", "the Ministry of Health", *text.split(", ")]:
        assert index.acronym(name) == _long_acronym(index, text, name)



def _word(match: regex.Match[str] | None) -> tuple[int, int, str] | None:
    return (*match.span(), match.group(1)) if match else None


def _runs_around(text: str) -> Iterator[tuple[str, str]]:
    """Each capitalised run and the 40 characters after it."""
    for m in place.LONE_NAME.finditer(text):
        if " " in m.group() or m.group().lower() not in places.NOT_PLACES:
            yield m.group(), text[m.end() : m.end() + 40]


def _long_word_after(after: str) -> regex.Match[str] | None:
    """The pattern's word after a run, when it is a generic or a facility word."""
    word = gazetteer._FIRST_WORD.match(after)
    return word if word and word.group(1) in places.PLACE_GENERICS | places.FACILITY_WORDS else None


def test_the_word_after_a_name_is_the_pattern_s() -> None:
    """`gazetteer._word_after` tries the pattern only where the first word may be one it
    asks about, on our articles and after every character."""
    afters = [after for text in TEXTS for _, after in _runs_around(text)]
    afters += [chr(c) + "district" for c in range(0x110000) if not 0xD800 <= c < 0xE000]
    asked = places.PLACE_GENERICS | places.FACILITY_WORDS
    afters += [" " + word + gap for word in asked for gap in ("", "s", "5", "’s", ",")]
    assert sum(gazetteer._word_after(a) is not None for a in afters) > 150
    differ = [a for a in afters if _word(gazetteer._word_after(a)) != _word(_long_word_after(a))]
    assert not differ, differ[:3]


def _generic(match: regex.Match[str] | None) -> tuple[int, int, str] | None:
    return (*match.span(), match.group(1)) if match else None


def test_a_capitalised_generic_after_a_name_is_the_pattern_s() -> None:
    """`gazetteer._capital_generic` tries the pattern only before a letter that may be a
    capital, on our articles and with every letter (to `regex` or to Python) and every ASCII
    character as a generic word's first (no other character is one)."""
    afters = [after for text in TEXTS for _, after in _runs_around(text)]
    every = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
    firsts = {*regex.findall(r"\p{L}", every), *filter(str.isalpha, every), *map(chr, range(128))}
    afters += [" " + first + rest for first in sorted(firsts) for rest in ("sland", "istrict")]
    afters += [gap + case(word) for word in places.PLACE_GENERICS for case in (str.title, str.upper, str)
               for gap in (" ", "\t", "\n ", "")]
    assert sum(gazetteer._capital_generic(a) is not None for a in afters) > 100
    long_way = gazetteer._CAPITAL_GENERIC.match
    differ = [a for a in afters if _generic(gazetteer._capital_generic(a)) != _generic(long_way(a))]
    assert not differ, differ[:3]


def test_a_name_is_its_trim() -> None:
    """`gazetteer._name_of` gives `trim` of every run it is given, on our articles."""
    runs = [run for text in TEXTS for run, _ in _runs_around(text)]
    assert len(runs) > 1000
    differ = [run for run in runs if gazetteer._name_of(run) != place_names.trim(run)]
    assert not differ, differ[:3]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([*_NAME_WORDS, *_WORDS, "April-June", "Mar", "Kabul’s", "Viña", "Ａbc", "ǅ",
                                 "district", "posts", "dam", "ward", "the", "Province", "İsland", "ĸity"]),
                min_size=1, max_size=8), st.sampled_from([" ", "\t", " \u2009", "\x1c", "", "5"]))
def test_names_and_the_words_after_them_agree_on_generated_text(words: list[str], gap: str) -> None:
    text = gap.join(words)
    for run, after in _runs_around(text):
        assert gazetteer._name_of(run) == place_names.trim(run)
        assert _word(gazetteer._word_after(after)) == _word(_long_word_after(after))
        long_way = gazetteer._CAPITAL_GENERIC.match(after)
        assert _generic(gazetteer._capital_generic(after)) == _generic(long_way)


# The locative pattern with its prepositions as a named list, longest first, as it was.
_LISTED_PREPOSITIONS = "|".join(sorted(places.PLACE_PREPOSITIONS - {"of"}, key=len, reverse=True))
_LISTED_LOCATIVE = regex.compile(place._LOCATIVE.pattern.replace(place._PREPOSITIONS, _LISTED_PREPOSITIONS))


def _locatives(pattern: regex.Pattern[str], text: str) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in pattern.finditer(text)]


def test_the_preposition_trie_finds_what_the_list_finds() -> None:
    assert _LISTED_LOCATIVE.pattern != place._LOCATIVE.pattern
    assert sum(bool(_locatives(place._LOCATIVE, s)) for s, _ in SENTENCES) > 500
    differ = [s for s, _ in SENTENCES if _locatives(place._LOCATIVE, s) != _locatives(_LISTED_LOCATIVE, s)]
    assert not differ, differ[:3]


@settings(max_examples=500, deadline=None)
@given(_PARTS)
@example([("into", str, " "), ("Kabul", str, "")])
def test_the_preposition_trie_agrees_on_generated_text(parts: list[tuple[str, Callable[[str], str], str]],
                                                       ) -> None:
    text = _text(parts)
    assert _locatives(place._LOCATIVE, text) == _locatives(_LISTED_LOCATIVE, text)


class _Everything:
    """A set holding every word: with it as `_LAST_WORDS`, `_placed` runs every test."""

    def __contains__(self, _word: object) -> bool:
        return True


def _contexts(text: str) -> Iterator[tuple[str, int, str]]:
    """The text, where each capitalised run starts and the 40 characters after it, as
    `known_places` reads them."""
    for m in place.LONE_NAME.finditer(text):
        yield text, m.start(), text[m.end() : m.end() + 40]


def _placed_both_ways(contexts: list[tuple[str, int, str]]) -> tuple[list[bool], list[bool]]:
    fast = [gazetteer._placed(text, start, after) for text, start, after in contexts]
    with pytest.MonkeyPatch.context() as patched:
        patched.setattr(gazetteer, "_LAST_WORDS", _Everything())
        return fast, [gazetteer._placed(text, start, after) for text, start, after in contexts]


def test_a_name_is_placed_as_every_test_places_it() -> None:
    contexts = [c for text in TEXTS for c in _contexts(text)]
    fast, full = _placed_both_ways(contexts)
    assert sum(full) > 300
    assert fast == full


@settings(max_examples=500, deadline=None)
@given(_PARTS)
@example([("a", str, " "), ("provincial", str, " "), ("capital", str, ", "), ("Herat", str, "")])
@example([("residents", str, " "), ("of", str, " "), ("the", str, " "), ("Herat", str, "")])
def test_a_name_is_placed_alike_on_generated_text(parts: list[tuple[str, Callable[[str], str], str]]) -> None:
    fast, full = _placed_both_ways(list(_contexts(_text(parts))))
    assert fast == full


def _long_tokens(text: str, start: int = 0, end: int | None = None) -> list[names.Token]:
    """The tokens made by the named tuple's own constructor."""
    stop = len(text) if end is None else end
    return [names.Token(m.group(), m.start(), m.end(), m.group().lower())
            for m in names.TOKEN.finditer(text, start, stop)]


def _same_tokens(made: list[names.Token], expected: list[names.Token]) -> bool:
    """Equal, and each a `Token` with its fields (not a bare tuple)."""
    return made == expected and all(type(t) is names.Token and t.end == t.start + len(t.text) for t in made)


def test_tokens_are_those_the_constructor_makes() -> None:
    assert sum(len(names.tokens(s)) for s, _ in SENTENCES) > 20000
    assert all(_same_tokens(names.tokens(s), _long_tokens(s)) for s, _ in SENTENCES)
    assert all(_same_tokens(names.tokens(s, 5, 60), _long_tokens(s, 5, 60)) for s, _ in SENTENCES)
    runs = [m.group() for text in TEXTS for m in names.NAME_RUN.finditer(text)]
    assert all(names.token_texts(run) == [t.text for t in _long_tokens(run)] for run in runs)


@settings(max_examples=300, deadline=None)
@given(_PARTS)
def test_tokens_agree_on_generated_text(parts: list[tuple[str, Callable[[str], str], str]]) -> None:
    text = _text(parts)
    assert _same_tokens(names.tokens(text), _long_tokens(text))
    assert _same_tokens(names.tokens(text, 3, len(text) - 2), _long_tokens(text, 3, len(text) - 2))


def _long_is_proper(toks: list[names.Token]) -> bool:
    joiners = {"of", "al", "el", "bin", "de", "van", "von", "du"}
    content = [t for t in toks if t.word and t.lower not in joiners]
    return bool(content) and all(t.capital for t in content)


def _long_is_title(t: names.Token) -> bool:
    low = t.lower.rstrip(".")
    if t.text.isupper() and len(t.text) > 1:
        return low in {"dsp", "asp", "sp", "ssp", "dig", "igp", "dcp", "acp", "mp", "mep", "ceo"}
    return low in sources.TITLES


def test_proper_names_and_titles_read_on_token_texts() -> None:
    """`is_proper` and `is_title` read the tokens' texts, not their properties."""
    pieces = [names.tokens(s)[i : i + 3] for s, _ in SENTENCES for i in range(0, 30, 3)]
    pieces += [names.tokens(" ".join(words)) for words in itertools.permutations(_NAME_WORDS[:9], 3)]
    pieces += [names.tokens("DSP MEP ASP SP Mep Sp Dr. CEO Ceo Gen. GEN al-Sadr Al Van of Of 5 ’s")]
    assert sum(map(names.is_proper, pieces)) > 300
    assert [names.is_proper(p) for p in pieces] == [_long_is_proper(p) for p in pieces]
    assert [names.is_title(t) for p in pieces for t in p] == [_long_is_title(t) for p in pieces for t in p]


def test_a_word_of_letters_is_trimmed_as_any_name() -> None:
    runs = [m.group() for text in TEXTS for m in place.LONE_NAME.finditer(text)]
    runs += [word for words in (places.NOT_PLACES, _WORDS, _NAME_WORDS) for word in words]
    runs += [case(word) for word in sorted(places.NOT_PLACES) for case in (str.title, str.upper)]
    assert sum(run.isalpha() and not place_names.trim(run) for run in runs) > 500
    differ = [run for run in runs if place_names.trim(run) != place_names._trim(run)]
    assert not differ, differ[:3]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["a", "A", "n", "N", "İ", "ſ", "é", "ǅ", "-", " ", "’", "s", "\u0301",
                                 "The", "Mar", "del", "Sudan"]), min_size=1, max_size=8))
@example(["’", "s", " ", "a"])  # a possessive with no owner before it (it raised IndexError)
def test_names_are_trimmed_alike_on_generated_text(pieces: list[str]) -> None:
    name = "".join(pieces)
    assert place_names.trim(name) == place_names._trim(name)


def _long_owner(sentence: str, start: int, known: set[str]) -> place_names.Mention | None:
    m = place_phrases._LEGISLATURE.match(sentence, start)
    if m is None or place_names.trim(m["owner"]) not in known:
        return None
    return place_names.Mention(m.start("owner"), m.end("owner"), place_names.trim(m["owner"]), place.IN_PLACE)


def _owners_both_ways(sentence: str, known: set[str]) -> tuple[list[object], list[object]]:
    starts = [m.start() for m in regex.finditer(r"\p{Lu}", sentence)]
    return ([place_phrases.legislature_owner(sentence, i, known, place.IN_PLACE) for i in starts],
            [_long_owner(sentence, i, known) for i in starts])


def test_a_legislature_s_owner_is_the_pattern_s() -> None:
    """`legislature_owner` tries its pattern only where a possessive follows."""
    pairs = [_owners_both_ways(s, k) for s, k in SENTENCES]
    pairs.append(_owners_both_ways("31 of the 90 seats in Slovenia’s National Assembly", {"Slovenia"}))
    assert sum(any(fast) for fast, _ in pairs) >= 1
    assert all(fast == full for fast, full in pairs)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["Kenya", "Slovenia", "’s", "'s", " ", "parliament", "National Assembly",
                                 "Kenyas", "Senate", "the", "new"]), min_size=1, max_size=8))
def test_a_legislature_s_owner_agrees_on_generated_text(pieces: list[str]) -> None:
    fast, full = _owners_both_ways("".join(pieces), {"Kenya", "Slovenia"})
    assert fast == full
