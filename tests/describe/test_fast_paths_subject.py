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


def test_the_noun_of_pre_check_passes_wherever_the_pattern_matches_in_our_windows() -> None:
    matched = [w for w in WINDOWS if subject_links._NOUN_OF_BEFORE.search(w)]
    assert len(matched) > 100  # (the pattern is tested, not vacuously)
    assert sum(subject_links.may_end_with_of(w) for w in WINDOWS) < len(WINDOWS) / 3  # and it skips most
    missed = [w for w in matched if not subject_links.may_end_with_of(w)]
    assert not missed, missed[:3]


_OF_PIECES = ["of", "OF", "Of", "oF", *subject_links._OF_LEAD, "UP", "At", "cost", "Cost", "x-y", "-",
              " ", "  ", "\n", "\t", "\x1c", "\x85", "\u00a0", ",", "$", "5", "ſ", "ſome", "juſt", "K", "é",
              "İ", "s"]


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(_OF_PIECES), max_size=10))
@example(["cost", " ", "of", " ", "up", " ", "to", " "])
@example(["cost", "\x1c", "of", " "])
@example(["cost", " ", "of", " ", "ſome", " "])  # "ſ" folds to "s": the pattern reads "some"
def test_the_noun_of_pre_check_passes_where_the_pattern_matches_on_generated_text(parts: list[str]) -> None:
    text = "".join(parts)
    if subject_links._NOUN_OF_BEFORE.search(text):
        assert subject_links.may_end_with_of(text)
