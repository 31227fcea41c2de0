"""The atom scan's and the masks' start places give what the long way gives: the atoms
tried only at a digit run, a mark, a currency sign or a capital a currency's letters start
(with the digit-first part of the pattern at a digit), the masks tried at the digit runs the
atom scan found, and the masks' cues searched only where a string they need stands. Each
is checked against the long way on our articles' sentences and on generated text
(currencies written with letters in any case, web addresses, handles, scores, brackets,
apostrophes and plus signs before digits, letters with odd case folding)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from stats.find import atom_scan, atoms, masks, patterns
from tests.find.test_fast_paths import _GAPS, _NUMBERS, _WORDS, SENTENCES, _atoms, _found, _was

_CURRENCIES = ["US$5", "US $ 5", "Rs. 500", "Rs500", "R15,000", "the R61", "KShs 20", "Kshs", "A$3", "EUR 5",
               "USD5", "$US5", "ZiG 3", "us 5", "COP 28", "SOS 1,000", "NZ  $4", "Tk.9", "GH₵ 5", "CA$2",
               "€4.1 billion", "−5", "-.5", "minus 5", "5-", "(4)", "'90s", "’22", "+44 20", "(+1) 202",
               "++5", "(+", "3.", "US$", "USD", "−٣٠", "-.٥", ".٥", "Rs. −5",
               "Tk.-5", "Rs.\u00a05"]
_ADDRESSES = ["www.un.org", "WWW.UN.ORG", "bbc.co.uk/news/12345", "x.news", "un.ſnews", "http://a", "a.Kom",
              "press@un.org", "#G20", "@UN_News2", "www.gaza", "a://b", "7-2", "7–2", "won 3-1", "a.in",
              "e.g.", "U.S.", "in"]


@st.composite
def sentences(draw: st.DrawFn) -> str:
    """A sentence of number words, numbers, currencies, web addresses and scores."""
    tokens = _WORDS + _NUMBERS + _CURRENCIES + _ADDRESSES
    parts = draw(st.lists(st.tuples(st.sampled_from(tokens), st.sampled_from([str, str.upper, str.lower]),
                                    st.sampled_from(_GAPS)), min_size=1, max_size=14))
    return "".join(case(token) + gap for token, case, gap in parts)


def test_the_atoms_found_from_their_starts_are_the_atoms() -> None:
    differ = [s for s in SENTENCES if _found(s) != _atoms(_was(s), s)]
    assert not differ, differ[:3]


@settings(max_examples=600, deadline=None)
@given(sentences())
def test_the_atom_starts_agree_on_generated_text(text: str) -> None:
    assert _found(text) == _atoms(_was(text), text)


def _shared(sentence: str) -> list[tuple[int, int, str]]:
    """The masks given the digit runs the atom scan found."""
    starts = atoms._starts(sentence)
    return masks.masked_spans(sentence, None if starts is None else starts[1])  # type: ignore[return-value]


def test_the_masks_from_the_atom_scan_s_digits_are_the_masks() -> None:
    assert sum(bool(masks.masked_spans(s)) for s in SENTENCES) > 100
    differ = [s for s in SENTENCES if _shared(s) != masks.masked_spans(s)]
    assert not differ, differ[:3]


@settings(max_examples=600, deadline=None)
@given(sentences())
def test_the_masks_from_the_atom_scan_s_digits_agree_on_generated_text(text: str) -> None:
    assert _shared(text) == masks.masked_spans(text)
    assert _shared(text) == [(a, b, masks._RULE_OF[name]) for name, pattern in masks.MASKS.items()
                             for m in pattern.finditer(text) for a, b in [m.span()]]


def _cue_strings_hold(text: str) -> bool:
    """Wherever a cue matches, the case-folded text holds one of its strings."""
    folded = text.casefold()
    return all(any(s in folded for s in masks.CUE_STRINGS[name])
               for name, cue in masks.MASK_CUES.items() if name in masks.CUE_STRINGS and cue.search(text))


def test_the_cue_strings_stand_wherever_a_cue_matches() -> None:
    assert sum(masks.MASK_CUES["url"].search(s) is not None for s in SENTENCES) > 3
    assert all(_cue_strings_hold(s) for s in SENTENCES)


@settings(max_examples=600, deadline=None)
@given(sentences())
def test_the_cue_strings_stand_wherever_a_cue_matches_in_generated_text(text: str) -> None:
    assert _cue_strings_hold(text)


_LEADS = ["a", "an", "A", "AN", "An", "several", "Several", "SEVERAL", "a few", "A few dozen",
          "several hundred", "A$", "A $"]
_FOLLOWERS = ["week", "weekend", "hour", "Hours", "quarter", "quarters", "third", "half", "halfway", "dozen",
              "dozens", "hundred", "few", "fewer", "FEW", "million", "man", "second", "seconds",
              "thou\u017fand", "qua\u212art", "week2", "week_", "weeké", "day’s", "5", "$5", "-", "", "the",
              "of", "fortnight"]
_LEAD_GAPS = [" ", "  ", "-", " - ", "‐", "‑", "\t", "\n", "\u00a0", "", ", ", "’"]


@st.composite
def lead_sentences(draw: st.DrawFn) -> str:
    """"a", "an" and "several" before the words they start an atom with, and others."""
    parts = draw(st.lists(st.tuples(st.sampled_from(_LEADS), st.sampled_from(_LEAD_GAPS),
                                    st.sampled_from(_FOLLOWERS), st.sampled_from(_GAPS)),
                          min_size=1, max_size=8))
    return "".join("".join(part) for part in parts)


@settings(max_examples=1500, deadline=None)
@given(lead_sentences())
def test_the_atom_starts_agree_after_a_lead_in_generated_text(text: str) -> None:
    assert _found(text) == _atoms(_was(text), text)


def test_the_leads_start_only_the_alternatives_they_are_known_in() -> None:
    """Three alternatives of the atom pattern start with "a" or "an" (a time unit, a
    fraction, a scale: `atom_scan._LEADS`), and only vague plurals with "several"; a new one
    must add its words there."""
    assert patterns._ATOM_BODY.count("(?:a|an") == 3
    assert "(?:a|an) \\s+ (?! second" in patterns._ATOM_BODY
    assert "\\L<dur1> \\b" in patterns._ATOM_BODY
    assert "[\\s\\-‐‑]+\n                    \\L<fraction> | half ) \\b" in patterns._ATOM_BODY
    assert not [w for w in patterns._ATOM_LISTS["numword"] + patterns._ATOM_LISTS["ordinal"]
                if w.split()[0] in atom_scan._LEADS]
    assert atom_scan._LEADS["several"] == {"dozen", "hundred", "thousand", "million"}
