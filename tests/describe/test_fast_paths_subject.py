"""The subject and category readers' shortcuts give what the long way gives: a pattern
anchored at the end of the text before an amount is searched only where a look at the text's
last words says it may match. Each is checked against the long way on the windows our
articles' sentences give before every number, and on generated text (upper case, line
breaks, the control characters `str.split` takes for spaces and `regex` does not, letters
outside ASCII that fold to ASCII ones). The test for a subject that counts nothing looks at
the pattern only for a calendar name or a subject ending with one of its words, and at the
adverb pattern only for a word ending in "ly"; it is checked on every run of one to four
words of our sentences and on generated words."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from stats.describe import subject_empty, subject_links
from stats.describe.contexts import one_line
from stats.lexicon import inflection
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


def _counts_nothing_long(subject: str) -> bool:
    adverb = subject.islower() and inflection._ADVERB.fullmatch(subject) is not None
    return adverb or subject_empty._NO_SUBJECT.fullmatch(subject) is not None


PHRASES = sorted({" ".join(words[i:i + n]) for s in SENTENCES for words in [s.split()]
                  for n in range(1, 5) for i in range(len(words))})


def test_what_counts_nothing_is_what_the_whole_patterns_say_in_our_sentences() -> None:
    assert sum(map(_counts_nothing_long, PHRASES)) > 50  # (the patterns are tested, not vacuously)
    assert sum(subject_empty.counts_nothing(p) for p in PHRASES) == sum(map(_counts_nothing_long, PHRASES))
    differ = [p for p in PHRASES if subject_empty.counts_nothing(p) != _counts_nothing_long(p)]
    assert not differ, differ[:3]


_SUBJECT_PIECES = ["three", "years", "YEARS", "months", "earlier", "Earlier", "EARLIER", "ago", "aGo",
                   "later", "before", "another", "Another", "steady", "STABLE", "unchanged", "March", "march",
                   "Monday", "seasonal", "season", "initial", "new", "hast", "famil", "ly", "LY", "Ly", "ily",
                   "i", " ", "  ", "\n", "\x1c", "\u00a0", "ſ", "ſteady", "aſ", "K", "İ", "é", "-", "s"]


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(_SUBJECT_PIECES), min_size=1, max_size=6))
@example(["three", " ", "years", " ", "earlier"])
@example(["ſteady"])  # "ſ" folds to "s": the pattern reads "steady"
@example(["seasonal", "ly"])
def test_what_counts_nothing_is_what_the_whole_patterns_say_on_generated_text(parts: list[str]) -> None:
    subject = "".join(parts)
    assert subject_empty.counts_nothing(subject) == _counts_nothing_long(subject)
