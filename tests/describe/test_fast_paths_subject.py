"""The subject and category readers' shortcuts give what the long way gives: a pattern
anchored at the end of the text before an amount is searched only where a look at the text's
last words says it may match. Each is checked against the long way on the windows our
articles' sentences give before every number, and on generated text (upper case, line
breaks, the control characters `str.split` takes for spaces and `regex` does not, letters
outside ASCII that fold to ASCII ones)."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from stats.describe import subject_links
from stats.describe.contexts import one_line
from stats.lexicon.pattern_cache import compile_regex
from stats.text.sentences import before, split_sentences
from tests.conftest import ROOT, SEEDS

TEXTS = [p.read_text(encoding="utf-8") for folder in (SEEDS, ROOT / "tests" / "data" / "articles",
                                                       ROOT / "tests" / "data" / "bench")
         for p in sorted(folder.glob("*.txt"))]
SENTENCES = [one_line(s.raw) for text in TEXTS for s in split_sentences(text)]
_AMOUNT = compile_regex(r"(?<![\p{L}\p{N}])[\p{N}$€£]")  # where a figure may start
# Windows as the rules read them: the 80 characters before each place a figure may start.
WINDOWS = [before(s, m.start(), 80) for s in SENTENCES for m in _AMOUNT.finditer(s)]


def _noun_of_match(text: str) -> tuple[int, int] | None:
    """The noun of `_NOUN_OF_BEFORE`'s match in the text, found the short way."""
    at = subject_links.noun_of_from(text)
    match = subject_links._NOUN_OF_BEFORE.search(text, at) if at >= 0 else None
    return match.span("noun") if match else None


def _noun_of_long(text: str) -> tuple[int, int] | None:
    match = subject_links._NOUN_OF_BEFORE.search(text)
    return match.span("noun") if match else None


def test_the_noun_of_is_found_where_the_whole_search_finds_it_in_our_windows() -> None:
    assert sum(_noun_of_long(w) is not None for w in WINDOWS) > 100  # (the pattern is tested, not vacuously)
    assert sum(subject_links.noun_of_from(w) >= 0 for w in WINDOWS) < len(WINDOWS) / 3  # and most skipped
    differ = [w for w in WINDOWS if _noun_of_match(w) != _noun_of_long(w)]
    assert not differ, differ[:3]


_OF_PIECES = ["of", "OF", "Of", "oF", *subject_links._OF_LEAD, "UP", "At", "cost", "Cost", "x-y", "-",
              " ", "  ", "\n", "\t", "\x1c", "\x85", "\u00a0", ",", "$", "5", "ſ", "ſome", "juſt", "K", "é",
              "İ", "s", "x-of", "Of-", "a.of"]


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(_OF_PIECES), max_size=10))
@example(["cost", " ", "of", " ", "up", " ", "to", " "])
@example(["cost", "\x1c", "of", " "])
@example(["cost", " ", "of", " ", "ſome", " "])  # "ſ" folds to "s": the pattern reads "some"
def test_the_noun_of_is_found_where_the_whole_search_finds_it_on_generated_text(parts: list[str]) -> None:
    text = "".join(parts)
    assert _noun_of_match(text) == _noun_of_long(text)
