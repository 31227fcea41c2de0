"""The shared word helpers' shortcuts give what the long way gives, on our texts and on
generated text: a table's first listing name from its index (`first_listed`), a word list
looked for in a text only where the text holds an entry (`any_word_matches`), a phrase's
whitespace left as it is when it holds single spaces only (`phrase_text`), the odd first words
of a cue searched for only where one stands (`WordCue`), the answers remembered for a figure."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from stats import lexicon
from stats.describe import sentence_words, words
from stats.describe.contexts import one_line
from stats.describe.listed import first_listed, matches
from stats.lexicon.compiled import WordCue, word_set
from stats.text import patterns as text_patterns
from stats.text.sentences import split_sentences
from tests.conftest import ROOT, SEEDS

TEXTS = [p.read_text(encoding="utf-8") for folder in (SEEDS, ROOT / "tests" / "data" / "articles",
                                                       ROOT / "tests" / "data" / "bench")
         for p in sorted(folder.glob("*.txt"))]
SENTENCES = [one_line(s.raw) for text in TEXTS for s in split_sentences(text)]
TABLES = [lexicon.NOUN_CATEGORIES, lexicon.EVENT_CUES,
          # a stem listed before a word it starts ("kill*" before "killer"), and the other way round
          [("a", ["x", "killer"]), ("b", ["kill*", "dead"]), ("c", ["killers", "de*"]),
           ("d", ["dea*", "x*"])]]
LISTS = [lexicon.TERRITORY_VERBS, lexicon.HOLDING_WORDS, lexicon.ARMED_PEOPLE]


def _first_the_long_way(word: str, table: list[tuple[str, list[str]]]) -> str | None:
    return next((name for name, entries in table if matches(word, entries)), None)


def _every_entry(table: list[tuple[str, list[str]]]) -> list[str]:
    return sorted({entry.rstrip("*") for _, entries in table for entry in entries})


def test_the_first_listing_name_is_the_long_way_s_on_our_words() -> None:
    found = {w.lower for s in SENTENCES for w in words.words_of(s)}
    for table in TABLES:
        tried = found | {e + tail for e in _every_entry(table) for tail in ("", "s", "ed", "ing")}
        assert sum(first_listed(w, table) is not None for w in tried) > 30
        differ = [w for w in tried if first_listed(w, table) != _first_the_long_way(w, table)]
        assert not differ, differ[:5]


@settings(max_examples=500, deadline=None)
@given(st.integers(0, len(TABLES) - 1), st.data())
@example(2, None)
def test_the_first_listing_name_agrees_on_generated_words(which: int, data: st.DataObject | None) -> None:
    table = TABLES[which]
    pieces = [*_every_entry(table), "s", "ed", "er", "ing", "x", ""]
    word = "killer" if data is None else "".join(data.draw(st.lists(st.sampled_from(pieces), max_size=3)))
    assert first_listed(word, table) == _first_the_long_way(word, table)


def _any_the_long_way(text: str, entries: list[str]) -> bool:
    return any(matches(w.lower, entries) for w in words.words_of(text))


def test_a_word_list_is_found_where_the_long_way_finds_it_in_our_sentences() -> None:
    for entries in LISTS:
        assert sum(words.any_word_matches(s, entries) for s in SENTENCES) > 20
        differ = [s for s in SENTENCES if words.any_word_matches(s, entries) != _any_the_long_way(s, entries)]
        assert not differ, differ[:3]


_PIECES = ["seized", "Captured", "TOOK", "fell", "under", "held", "soldier", "troops", "militia", "los",
           "the", "city", "ſeized", "İ", "K", "é", "’s", "-", "'", " ", "  ", "\n", ",", "5", "ſ"]


@settings(max_examples=500, deadline=None)
@given(st.integers(0, len(LISTS) - 1), st.lists(st.sampled_from(_PIECES), max_size=12))
def test_a_word_list_is_found_as_the_long_way_finds_it_on_generated_text(
        which: int, parts: list[str]) -> None:
    text = "".join(parts)
    assert words.any_word_matches(text, LISTS[which]) == _any_the_long_way(text, LISTS[which])


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from(["a", "B", " ", "\n", "\t", "\u00a0", "\u2009", "\x1c", "\u2028",
                                         "\x85", "é", "-"]), min_size=1))
@example("a\u00a0b")
def test_a_phrase_is_written_with_its_whitespace_collapsed(text: str) -> None:
    phrase = [words.Word(text, 0, len(text), text.lower())]
    assert words.phrase_text(text, phrase) == text_patterns.WHITESPACE.sub(" ", text)


def test_our_phrases_are_written_as_the_long_way_writes_them() -> None:
    for s in SENTENCES[:3000]:
        found = words.words_of(s)
        for i in range(0, len(found) - 3, 3):
            phrase = found[i:i + 4]
            assert words.phrase_text(s, phrase) == text_patterns.WHITESPACE.sub(
                " ", s[phrase[0].start:phrase[-1].end])


def _cue_the_long_way(cue: WordCue, text: str) -> bool:
    """`WordCue.found_in` as it was: the pattern of the odd first words searched in every text."""
    if not cue._words.isdisjoint(word_set(text)):
        return True
    return cue._odd is not None and cue._odd.search(text.casefold()) is not None


_CUE = WordCue(["refugee-camp", "shot dead", "e-mail address", "killed"])


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["refugee", "Refugee", "-", "camp", "CAMP", "e", "mail", "E-MAIL", "killed",
                                 "ſ", "K", " ", "\n", "x", "camps", "a"]), max_size=10))
@example(["Refugee", "-", "Camp"])
def test_a_cue_with_odd_words_answers_as_the_long_way_on_generated_text(parts: list[str]) -> None:
    text = "".join(parts)
    assert _CUE.found_in(text) == _cue_the_long_way(_CUE, text)


def test_a_cue_with_odd_words_answers_as_the_long_way_on_our_sentences() -> None:
    texts = [*SENTENCES, "a refugee-camp", "E-Mail Address:"]
    answers = [(_CUE.found_in(s), _cue_the_long_way(_CUE, s)) for s in texts]
    assert sum(fast for fast, _ in answers) > 20
    assert all(fast == slow for fast, slow in answers)


def test_the_remembered_clauses_and_people_tests_are_those_worked_out_again() -> None:
    """`clause_before` and `is_people` remember their last answers (asked again for one
    figure): the same as worked out afresh, in any order of asking."""
    asked = 0
    for s in SENTENCES[::7]:
        for w in words.words_of(s)[::3]:
            for end in (w.start, w.end, len(s)):
                assert words.clause_before(s, end) == words.clause_before.__wrapped__(s, end)
                asked += 1
            assert words.is_people(w.text) == words.is_people.__wrapped__(w.text)
    assert asked > 1000
    assert words.is_people("soldiers")
    assert not words.is_people("rockets")


def test_remembered_words_are_those_read_again_and_each_caller_gets_its_own_list() -> None:
    """`words_of` remembers the last texts' words: the same words as read afresh, and a
    caller that takes words off its list (as `phrase_before` does) changes no later answer."""
    read = 0
    for s in SENTENCES[::5]:
        for text, offset in ((s, 0), (s[:40], 3), (s, 0)):
            found = words.words_of(text, offset)
            assert found == list(sentence_words._words_of.__wrapped__(text, offset))
            found.clear()
            read += 1
    assert read > 1000
    assert words.words_of("Seven soldiers", 2) == [("Seven", 2, 7, "seven"), ("soldiers", 8, 16, "soldiers")]
