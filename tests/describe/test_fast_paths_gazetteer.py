"""`known_places` reads what a capitalised run's own words say once for each run text an
article repeats, and the characters before a run only when a space stands right before it:
the names it gives are those of the long way, which reads every run afresh, on our articles
and on generated text (names repeated in and out of place, runs at the text's start). The
dateline pattern, tried only at a line that may open one, finds the datelines a whole scan
finds on generated text (lines opening with spaces, tabs, capitals outside ASCII, title-case
letters, capitals `regex` knows and Python does not)."""

from __future__ import annotations

from collections.abc import Callable

from hypothesis import example, given, settings
from hypothesis import strategies as st

from stats.describe import gazetteer
from stats.describe.place import LONE_NAME
from stats.lexicon import places
from tests.describe.test_fast_paths_place import _PARTS, TEXTS, _text


def _long_known(text: str) -> set[str]:
    """`known_places` of a text that is not hard-wrapped, each run read afresh, the 40
    characters before it sliced for every run and read by every test (as it read them)."""
    known: set[str] = set()
    demonyms: set[str] = set()
    unplaced: list[tuple[str, int]] = []
    for m in LONE_NAME.finditer(text):
        own = gazetteer._own_words(m.group(), demonyms)
        if own is None:
            continue
        name, placed = own
        start, end = m.span()
        after = text[end : end + 40]
        if after[:1].isdigit() or (after[1:2].isdigit() and gazetteer._NUMBERED.match(after)):
            continue  # a currency prefix or a code ("R21 billion", "M23")
        if (name in known or name in gazetteer._LISTED) and not gazetteer._capital_generic(after):
            continue
        if not (placed or _placed_long(text[max(0, start - 40) : start], after)):
            if " " not in name:
                unplaced.append((name, end))
            continue
        if gazetteer.nationality(name) and gazetteer._generic_next(after):
            continue
        if not gazetteer.adjective(text, end) and not gazetteer.institution(text, end):
            known.add(name)
            generic = gazetteer._capital_generic(after)
            if generic:
                known.add(f"{name} {generic.group(1)}")
    stems = gazetteer._demonym_stems(demonyms)
    known.update(n for n, e in unplaced if n in stems and not (gazetteer.adjective(text, e)
                                                               or gazetteer.institution(text, e)))
    known.update(gazetteer.datelines(text))
    return set(gazetteer._LISTED) | {k for k in known if k.lower() not in places.NOT_PLACES}


def _placed_long(before: str, after: str) -> bool:
    """`_placed` as it read the 40 characters before a run, sliced for every run, and ran
    every test of them."""
    word = gazetteer._word_after(after)
    if word and word.group(1) in places.PLACE_GENERICS:
        return True
    if after[:1] == "," and gazetteer._DESCRIBED.match(after):
        return True
    if not before[-1:].isspace():
        return False
    t = before.split()[-3:]
    w = [x.lower() for x in t]
    strong = places.STRONG_PREPOSITIONS
    between = gazetteer._BETWEEN_WORDS
    of_at = len(t) - (2 if t[-1:] == ["the"] else 1)
    return bool(
        (w and (w[-1] in strong or (w[-1] == "the" and len(w) > 1 and w[-2] in strong)))
        or (len(w) > 2 and w[-1] == "and" and w[-3] in strong)
        or (len(w) > 1 and w[-1] == "on" and w[-2] in places.ARRIVAL_WORDS)
        or (w and w[-1] in between and len(w) > 1
            and (w[-2] in strong or (w[-2] == "the" and len(w) > 2 and w[-3] in strong)))
        or (t and t[-1].endswith(",") and t[-1][:-1] in places.PLACE_GENERICS)
        or (1 <= of_at < len(t) and t[of_at] == "of" and w[of_at - 1] in gazetteer._OF_HEADS)
        or (word is not None and word.group(1) in places.FACILITY_WORDS and len(t) >= 2 and t[-1] == "the"
            and w[-2] in {"at", "near", "in", "outside", "from"}))


def test_the_known_places_are_the_long_way_s_in_our_articles() -> None:
    assert sum(len(gazetteer.known_places(t)) > len(gazetteer._LISTED) for t in TEXTS) > 50
    differ = [t[:80] for t in TEXTS if gazetteer.known_places(t) != _long_known(t)]
    assert not differ, differ[:3]


@settings(max_examples=500, deadline=None)
@given(st.lists(_PARTS, min_size=1, max_size=3))
@example([[("Sarobi", str, " "), ("district", str, ". ")], [("Sarobi", str, " "), ("said", str, "")]])
@example([[("Bavarian", str, " "), ("in", str, " "), ("Bavaria", str, "")]])
def test_the_known_places_are_the_long_way_s_on_generated_text(
        texts: list[list[tuple[str, Callable[[str], str], str]]]) -> None:
    text = "\n\n".join(_text(parts) for parts in texts)
    assert gazetteer.known_places(text) == _long_known(text)


def _spans(matches: object) -> list[tuple[int, int]]:
    return [m.span() for m in matches]  # type: ignore[attr-defined]


# (our articles' datelines: tests/describe/test_article_scans.py; "\u1c89" is a capital to
# `regex`, of a later Unicode than Python's, to which it is no capital)
_LINE_PIECES = ["GOMA", "COX'S", "BAZAR", "ST.", "O’HARE", "Ö", "ÉTÉ", "ǅ", "Ⓐ", "Ⅻ", "\u1c89", "A", "The",
                "said", ", DR Congo", " (AFP)", " - ", " — ", "--", "-", "'", "’", ".", "\n", " ", "\t", "\r",
                "\u2028", "5", "x"]


@settings(max_examples=2000, deadline=None)
@given(st.lists(st.sampled_from(_LINE_PIECES), max_size=24))
@example(["GOMA", ", DR Congo", " (AFP)", " - ", "x"])
@example(["x", "\n", " ", "GOMA", " - ", "x", "\n", "\t", "O’HARE", " — ", "x"])
@example(["Ö", "ÉTÉ", " - ", "x"])
@example(["A", "'", " - ", "x"])
@example(["A", "-", " - ", "x"])
@example(["\u1c89", "KABUL", " - ", "x"])
@example(["K", "\u1c89", "ABUL", " - ", "x"])
def test_the_datelines_are_those_the_whole_scan_finds_on_generated_text(parts: list[str]) -> None:
    text = "".join(parts)
    assert _spans(gazetteer._dateline_matches(text)) == _spans(gazetteer._DATELINE.finditer(text))
