"""A place name's runs of letters are possessive (`place_names._WORD`), and the generic
words a trie (`place_names.GENERICS`): every pattern that holds a name or the generic words
finds what it found when the runs could give back letters and the words were a list sorted
longest first. Checked pattern by pattern against its twin written the old way, on our
articles (whole, and sentence by sentence) and on generated text (capitals, quote marks,
hyphens, accents, joining and generic words in any case, tabs and line breaks)."""

from __future__ import annotations

import pytest
import regex
from hypothesis import example, given, settings
from hypothesis import strategies as st

from stats.describe import (
    gazetteer,
    place,
    place_choice,
    place_names,
    place_objects,
    place_phrases,
    place_scene,
)
from stats.lexicon import places
from stats.text.sentences import split_sentences
from tests.conftest import ROOT, SEEDS

# The word as written in most patterns, and in the gazetteer's hard-wrapped name.
_FORMS = [place_names._WORD, place_names._WORD.replace(r"[ \t]+", r"(?:[ \t]+|[ \t]*\r?\n[ \t]*)")]


_SORTED_GENERICS = "|".join(sorted(places.PLACE_GENERICS, key=len, reverse=True))


def _twin(pattern: regex.Pattern[str]) -> regex.Pattern[str]:
    """The pattern with its words' runs of letters backtracking and its generic words a list."""
    text = pattern.pattern.replace(place_names.GENERICS, _SORTED_GENERICS)
    for form in _FORMS:
        text = text.replace(form, form.replace("*+", "*"))
    return regex.compile(text, pattern.flags)


# Every compiled pattern of the place modules that holds a name or the generic words, with its twin.
_TWINS = {
    f"{module.__name__}.{name}": (pattern, _twin(pattern))
    for module in (place, place_objects, place_phrases, place_scene, place_choice, gazetteer)
    for name, pattern in vars(module).items()
    if isinstance(pattern, regex.Pattern)
    and (place_names.GENERICS in pattern.pattern or any(form in pattern.pattern for form in _FORMS))
}
TEXTS = [p.read_text(encoding="utf-8") for folder in (SEEDS, ROOT / "tests" / "data" / "articles",
                                                       ROOT / "tests" / "data" / "bench")
         for p in sorted(folder.glob("*.txt"))]
SAMPLES = TEXTS + [s.raw for text in TEXTS for s in split_sentences(text)]


def _found(pattern: regex.Pattern[str], text: str) -> list[list[tuple[int, int]]]:
    """Every match's span and its groups' spans."""
    return [[m.span(i) for i in range(pattern.groups + 1)] for m in pattern.finditer(text)]


def _differ(text: str) -> list[str]:
    return [name for name, (fast, slow) in _TWINS.items() if _found(fast, text) != _found(slow, text)]


def test_the_twins_are_the_name_patterns() -> None:
    assert "*+" in place_names._WORD
    assert len(_TWINS) >= 28  # LONE_NAME, _LOCATIVE, WHERE, _NAME_GENERIC, _OPENING, ...
    assert "stats.describe.gazetteer._WRAPPED_LONE_NAME" in _TWINS
    wanted = {"stats.describe.place_phrases._PART_OF_PLACE", "stats.describe.gazetteer._CAPITAL_GENERIC"}
    assert wanted <= set(_TWINS)
    assert all(fast.pattern != slow.pattern for fast, slow in _TWINS.values())


def test_names_match_as_the_backtracking_pattern_does_on_our_texts() -> None:
    assert sum(len(_found(place.LONE_NAME, t)) for t in TEXTS) > 1000
    differ = [(text[:60], names) for text in SAMPLES if (names := _differ(text))]
    assert not differ, differ[:3]


_WORDS = """Kabul Herat Cox's Martin’s O'Brien Qala-e-Naw Viña del Mar de of Saint Island Bazar É Se\u0301gou
    Kandahar- ʼs ’s 's s city district Province province where and in In the The said has for appeal states
    Kano siege residents border with parliament northern Lake Kivu hospital at struck capital there
    Slovenia’s A- B İzmir ß City CITY cities towns refugee-camp Refugee-Camp camp provinces
    outskirts ſtate""".split()
_GAPS = [" ", " ", " ", ", ", ". ", ",", "-", "’", "'", "\t", "\n", "\r\n", " \n ", "; ", ""]


@pytest.mark.parametrize("text", ["Cox's Bazar", "Saint Martin’s Island, where", "Viña del Mar's",
                                  "Qala-e-Naw district", "O'Brien’s Kabul-", "in Kano, Katsina and Jigawa"])
def test_names_match_as_the_backtracking_pattern_does_on_pinned_text(text: str) -> None:
    assert not _differ(text)


@settings(max_examples=800, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_WORDS), st.sampled_from(_GAPS)), min_size=1, max_size=14))
@example([("Cox's", " "), ("Bazar", " "), ("district", "")])
@example([("Martin’s", "\n"), ("Island", ", "), ("where", "")])
def test_names_match_as_the_backtracking_pattern_does_on_generated_text(parts: list[tuple[str, str]]) -> None:
    assert not _differ("".join(word + gap for word, gap in parts))
