"""The shortcuts of who said a figure, its time and its category give what the long way
gives: each attribution finder runs only where its first word is, the "cited ... as"
search back only where the sentence says "cited"; the costliest time patterns are tried
only where a cheaper scan of the lower-cased sentence finds a start; the first or last few
words of a text are read without reading all its words; the event idioms after a figure's
noun are tried one by one only where one pattern of them all matches; the searches before
a speech verb for a time, a bracketed acronym or "who" run only where the text can hold
one; the patterns read at the end of the text before a figure run only where it ends with
what they match ("killed:", "the search for"), the toll patterns only where it says "toll";
the speech verbs are matched only where a cheaper scan finds one; an event word's and a
head noun's category are looked up by category only when one of all their words matches;
the killed-and-injured pair is searched for only where a word of each side is.
Each is checked against the long way on our articles' sentences and on generated text
(words in any case, line breaks, and letters with odd case folding such as "ſ" and "İ")."""

from __future__ import annotations

import re
import sys
from collections.abc import Callable

import pytest
import regex
from hypothesis import example, given, settings
from hypothesis import strategies as st

from stats.describe import (
    category,
    category_groups,
    events,
    patterns,
    period,
    said_by,
    speakers,
    words,
)
from stats.describe.contexts import one_line
from stats.describe.mention import Mention
from stats.describe.names import Token
from stats.find import patterns as find_patterns
from stats.lexicon import EVENT_PHRASES, EVENT_PHRASES_BEFORE, sources, times
from stats.lexicon.compiled import ODD_FOLDING, word_set
from stats.text import patterns as text_patterns
from stats.text.sentences import split_sentences
from tests.find.test_fast_paths import TEXTS  # (the seeds, our articles, the bench's and claims6's texts)

SENTENCES = [one_line(s.raw) for text in TEXTS for s in split_sentences(text)]
_CASE: list[Callable[[str], str]] = [str, str.upper, str.title, str.lower]


class _Everything(frozenset[str]):
    """A word set that shares a word with any other: a pre-check given it always passes."""

    def isdisjoint(self, other: object) -> bool:
        return False


def _every_finder(sentence: str) -> list[said_by.Source]:
    """The sources when every finder, and the search back for "cited", always runs."""
    with pytest.MonkeyPatch.context() as patched:
        patched.setattr(said_by, "_CITED_WORDS", _Everything())
        return said_by.all_sources(sentence)


def test_each_finder_runs_where_it_can_match_in_our_articles() -> None:
    expected = {s: _every_finder(s) for s in SENTENCES}
    assert sum(bool(found) for found in expected.values()) > 250
    assert any(src.rule is said_by.CITED for found in expected.values() for src in found)
    differ = [s for s in SENTENCES if said_by.sources_in(s) != expected[s]]
    assert not differ, differ[:3]


def test_every_finder_has_its_words() -> None:
    """Each finder of the table finds something in our articles, and only with its words."""
    for finder, needs in said_by._FINDERS:
        assert any(finder(s) for s in SENTENCES), finder
        assert needs, finder
        assert all(w == w.casefold() and w.isalpha() for w in needs), finder


_SOURCE_WORDS = ["cited", "CITED", "citing", "cites", "cite", "as", "saying", "according", "to",
                 "officials", "said", "the", "ministry", "put", "puts", "putting", "toll", "at", "40",
                 "accused", "accuses", "accusation", "them", "of", "killing", "estimates", "tally", "by",
                 "from", "UN", "Reuters", "ſaid", "accordİng", "accuſed", "ciTed", "İn", "tracking",
                 "monitoring", "deaths", "He", "told", "reporters", "“", "”", "police", "since",
                 "The Times", "began"]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_SOURCE_WORDS), st.sampled_from(_CASE),
                          st.sampled_from([" ", "  ", ", ", ". ", "\n", "-"])), min_size=1, max_size=14))
@example([("UN", str, " "), ("officials", str, " "), ("cited", str, " "), ("Reuters", str, " "),
          ("as", str, " "), ("saying", str, " ")])
@example([("police", str, " "), ("ciTed", str, " "), ("the", str, " "), ("UN", str, " "), ("as", str, " "),
          ("said", str, " ")])
@example([("accordİng", str, " "), ("to", str, " "), ("officials", str, " ")])
@example([("rebels", str, " "), ("accuſed", str, " "), ("them", str, " ")])
def test_the_finders_agree_on_generated_text(parts: list[tuple[str, Callable[[str], str], str]]) -> None:
    text = "".join(case(word) + gap for word, case, gap in parts)
    assert said_by.sources_in(text) == _every_finder(text)


def test_the_speech_finder_needs_a_speech_verb() -> None:
    """The table's speech words are the verbs the speech pattern is made of."""
    assert dict(said_by._FINDERS)[said_by._verbs] == frozenset(sources.SPEECH_VERBS)


def _every_time_start(sentence: str) -> list[Mention]:
    """The time phrases when every pattern scans the whole sentence, and every time is
    searched for the statement it may be the time of."""
    with pytest.MonkeyPatch.context() as patched:
        patched.setattr(period, "_STARTS", {})
        patched.setattr(period, "_STATEMENT_VERBS", ("",))
        patched.setattr(period, "_STATEMENT_WORDS", ("",))
        return period.mentions_in(sentence)


def test_time_phrases_are_those_the_whole_scans_find() -> None:
    assert sum(bool(period.mentions_in(s)) for s in SENTENCES) > 250
    differ = [s for s in SENTENCES if period.mentions_in(s) != _every_time_start(s)]
    assert not differ, differ[:3]


def test_the_time_of_each_statement_is_left_out() -> None:
    for verb in sorted(sources.STATEMENT_VERBS):
        for text in (f"Officials {verb} on Friday that 40 people died.", f"Last week, Officials {verb}",
                     f"at a news {period._STATEMENT_WORDS[0]} on Friday, 40 people"):
            assert period.mentions_in(text) == _every_time_start(text), text
    words = regex.search(r"\(\?:([a-z|]+)\)", period._STATEMENT.pattern)
    assert words
    for word in words[1].split("|"):  # the words of the pattern, not of its pre-check
        text = f"He told a {word.upper()} on Friday that 40 people died"
        assert not period.mentions_in(text)
        assert period.mentions_in(text) == _every_time_start(text), text


def test_each_start_scan_finds_the_matches_of_its_pattern() -> None:
    for pattern in period._STARTS:
        found = 0
        for s in SENTENCES:
            expected = [m.span() for m in pattern.finditer(s)]
            # (as `period.mentions_in` calls it: no lower-cased copy when a letter folds oddly, "DSİ")
            lowered = None if not s.isascii() and ODD_FOLDING.search(s) else s.lower()
            assert [m.span() for m in period._matches(pattern, s, lowered, word_set(s))] == expected, s
            found += bool(expected)
        assert found > 5, pattern.pattern[:40]


_TIME_WORDS = ["in", "on", "In", "ON", "for", "at", "by", "between", "and", "since", "during", "over",
               "until", "through", "throughout", "before", "after", "early", "late", "within", "every",
               "each", "per", "a", "an", "the", "The", "first", "last", "past", "recent", "coming", "about",
               "around", "just", "more", "than", "two", "few", "several", "ago", "later", "span", "of", "end",
               "year", "years", "week", "months", "day", "quarter", "half", "period", "weekend", "night",
               "June", "Sept.", "march", "FRIDAY", "Monday", "midnight", "dawn", "2021", "1990s", "5",
               "12:30", "10 a.m.", "٣", "ſince", "İn", "Jan", "morning", "to", "said", "this", "x",
               "Wednesday’s", "so", "far", "yesterday", "today", "Today", "overnight", "now", "currently",
               "next", "previous", "earlier", "officials", "news", "conference", "briefing", "ſpeech",
               *sorted(sources.STATEMENT_VERBS)]
_TIME_GAPS = [" ", "  ", "\n", "\u00a0", "\u2009", "\u2028", "\x1c", "-", ", ", ". ", "’s ", "(", "“", "_"]


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_TIME_WORDS), st.sampled_from(_CASE), st.sampled_from(_TIME_GAPS)),
                min_size=1, max_size=14))
@example([("in", str, " "), ("the", str, " "), ("three", str, " "), ("months", str, " "), ("to", str, " "),
          ("June", str, " ")])
@example([("late", str, " "), ("on", str, " "), ("the", str, " "), ("weekend", str, " ")])
@example([("by", str, " "), ("the", str, "\u00a0"), ("end", str, " "), ("of", str, " "), ("year", str, " ")])
@example([("in", str, " "), ("the", str, " "), ("a", str, " "), ("few", str, " "), ("weeks", str, " "),
          ("to", str, " "), ("June", str, " ")])
@example([("x", str, "_"), ("in", str, " "), ("June", str, " ")])
def test_time_phrases_agree_on_generated_text(parts: list[tuple[str, Callable[[str], str], str]]) -> None:
    text = "".join(case(word) + gap for word, case, gap in parts)
    assert period.mentions_in(text) == _every_time_start(text)
    for pattern in period._STARTS:
        if not ODD_FOLDING.search(text):
            found = period._matches(pattern, text, text.lower(), word_set(text))
            assert [m.span() for m in found] == [m.span() for m in pattern.finditer(text)], text


def test_the_start_scans_read_the_text_as_the_patterns_do() -> None:
    """What the start scans assume of `re` and `str.lower`: every space `regex` sees is one
    for `re`; lower-casing keeps every offset and makes no ASCII letter of another
    character, but for the letters `ODD_FOLDING` holds (their sentences are scanned whole)."""
    chars = [chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c < 0xE000]
    every = "".join(chars)
    assert set(regex.findall(r"\s", every)) <= set(re.findall(r"\s", every))
    odd = [c for c in chars if not c.isascii() and (len(c.lower()) != 1 or c.lower().isascii())]
    assert odd
    assert all(ODD_FOLDING.match(c) for c in odd), [c for c in odd if not ODD_FOLDING.match(c)]
    assert all(w.islower() for w in times.TIME_NOUNS | times.MONTHS | times.WEEKDAYS)


def _all_words(text: str, offset: int = 0) -> list[words.Word]:
    """The words as `words_of` made them before: each through the named tuple's constructor."""
    return [words.Word(m.group(), m.start() + offset, m.end() + offset, m.group().lower())
            for m in text_patterns.WORD.finditer(text)]


def _same_words(found: list[words.Word], expected: list[words.Word]) -> bool:
    return found == expected and all(type(w) is words.Word for w in found)


def test_first_and_last_words_are_those_of_all_words() -> None:
    assert any(len(_all_words(s)) > 12 for s in SENTENCES)
    for s in SENTENCES:
        for count in (1, 3, 6):
            assert _same_words(words.first_words(s, count), _all_words(s)[:count]), s
            assert _same_words(words.last_words(s, count), _all_words(s)[-count:]), s
        assert _same_words(words.words_of(s, 7), _all_words(s, 7)), s


_WORD_PARTS = ["a", "word", "Longer-hyphenated", "don’t", "it's", "café", "naïve", "e\u0301te", "5", "-", "’",
               "'", "x", "ΑΘΗΝΑ", "İ", "ſ", "straße", "under_score", "—"]


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_WORD_PARTS), st.sampled_from(["", " ", "  ", ", ", "\n", "-"])),
                max_size=30), st.integers(min_value=1, max_value=6))
def test_first_and_last_words_agree_on_generated_text(parts: list[tuple[str, str]], count: int) -> None:
    text = "".join(word + gap for word, gap in parts)
    assert _same_words(words.first_words(text, count), _all_words(text)[:count])
    assert _same_words(words.last_words(text, count), _all_words(text)[-count:])
    assert _same_words(words.words_of(text, count), _all_words(text, count))


def test_the_idiom_gate_is_the_idioms_with_their_lead_shared() -> None:
    lead = events._IDIOM_LEAD
    assert lead.startswith("\\s*")
    assert len(patterns.EVENT_PHRASES_AFTER) == len(EVENT_PHRASES) > 5
    for (kind, pattern), (named, phrase) in zip(patterns.EVENT_PHRASES_AFTER, EVENT_PHRASES, strict=True):
        assert kind == named
        assert pattern.pattern == lead + f"(?:{phrase})\\b"
        assert pattern.flags == events._ANY_PHRASE_AFTER.flags


def _any_idiom(right: str) -> bool:
    return any(phrase.match(right) for _, phrase in patterns.EVENT_PHRASES_AFTER)


def test_the_idiom_gate_passes_every_idiom_of_our_articles() -> None:
    rights = [s[i:] for s in SENTENCES for i in range(len(s)) if s[i - 1 : i] in (" ", ",")]
    assert sum(_any_idiom(r) for r in rights) > 50
    differ = [r for r in rights if _any_idiom(r) != bool(events._ANY_PHRASE_AFTER.match(r))]
    assert not differ, differ[:3]


_IDIOM_WORDS = ["lost", "their", "lives", "were", "are", "in", "of", "the", "Gaza", "North", "Kivu",
                "district",
                "under", "five", "aged", "12", "forced", "to", "flee", "taken", "hospital", "Hospital",
                "still", "missing", "feared", "need", "aid", "food", "insecure", "with", "injuries", "held",
                "hostage", "sought", "refuge", "have", "died", "moved", "camps", "crossed", "border", "into",
                "people", "ſtill", "İn", "x"]


@settings(max_examples=800, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_IDIOM_WORDS), st.sampled_from(_CASE),
                          st.sampled_from([" ", "  ", "\n", ", ", "-", "", ". "])), min_size=1, max_size=10))
@example([("lost", str, " "), ("their", str, " "), ("lives", str, "")])
def test_the_idiom_gate_agrees_on_generated_text(parts: list[tuple[str, Callable[[str], str], str]]) -> None:
    text = "".join(case(word) + gap for word, case, gap in parts)
    for start in range(len(text)):
        assert _any_idiom(text[start:]) == bool(events._ANY_PHRASE_AFTER.match(text[start:])), text[start:]


def _subject_every_search(sentence: str, verb_start: int) -> list[Token]:
    """The subject of a speech verb when every search before it runs."""
    with pytest.MonkeyPatch.context() as patched:
        patched.setattr(speakers, "_TIME_WORDS", ("",))
        patched.setattr(speakers, "_BRACKET_END", "")
        patched.setattr(speakers, "_RELATIVE_WORD", "")
        return speakers.subject_before(sentence, verb_start)


def test_the_subject_of_each_verb_is_that_every_search_finds() -> None:
    verbs = [(s, m.start()) for s in SENTENCES for m in said_by._SPEECH.finditer(s)]
    assert len(verbs) > 250
    differ = [(s, i) for s, i in verbs if speakers.subject_before(s, i) != _subject_every_search(s, i)]
    assert not differ, differ[:3]


_SUBJECT_WORDS = ["Officials", "the", "The", "of", "Health", "ministry", "Office", "for", "National",
                  "Statistics", "(ONS)", "(WFP)", "on", "Monday", "Friday", "morning", "night", "evening",
                  "last", "week", "this", "year", "yesterday", "today", "earlier", "who", "whose", "son",
                  "was", "killed", "A", "woman", ",", "and", "also"]


@settings(max_examples=800, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_SUBJECT_WORDS),
                          st.sampled_from([" ", "  ", "\n", "\u00a0", "\u2028", "\x1c", ", ", ""])),
                min_size=1, max_size=12))
@example([("the", " "), ("Office", " "), ("(ONS)", "\u2028")])
@example([("Officials", " "), ("on", " "), ("Monday", "\u00a0")])
@example([("The", " "), ("ministry", " "), ("of", " "), ("Health", " "), ("last", " "), ("night", " ")])
def test_the_subject_searches_agree_on_generated_text(parts: list[tuple[str, str]]) -> None:
    text = "".join(word + gap for word, gap in parts) + "said"
    assert speakers.subject_before(text, len(text) - 4) == _subject_every_search(text, len(text) - 4)


# Each pattern read before a figure with the pre-check that spares it: (pattern, whether
# the text may end as a match must / may hold the word every match holds).
_GATED: list[tuple[regex.Pattern[str], Callable[[str], bool]]] = [
    (events._LIST_JOINT_END, lambda t: words.may_end_with(t, events._JOINT_ENDS)),
    (find_patterns.LABEL_BEFORE, lambda t: words.may_end_with(t, events._LABEL_ENDS)),
    (find_patterns.LABEL_BEFORE, lambda t: words.may_end_with(t, category._LABEL_ENDS)),
    (patterns.PARTITIVE_BEFORE, lambda t: words.may_end_with(t, events._PARTITIVE_ENDS)),
    *[(p, lambda t: words.may_end_with(t, events._EVENT_BEFORE_ENDS))
      for _, p in patterns.EVENT_PHRASES_BEFORE],
    (patterns.BREAKDOWN_MARK_BEFORE, lambda t: words.may_end_with(t, category._MARK_ENDS)),
    (category._FROM_BEFORE, lambda t: words.may_end_with(t, category._FROM_ENDS)),
    (patterns.TOLL_BEFORE, lambda t: words.may_hold(t, "toll")),
    (patterns.CASUALTY_TOLL_BEFORE, lambda t: words.may_hold(t, "casualty")),
    (patterns.NUMBER_OF_BEFORE, lambda t: words.may_hold(t, category_groups._NUMBER)),
]


def _befores(text: str) -> list[str]:
    """The texts before each word or number of a text, as the rules read them (120 and 40
    characters, and from the last comma)."""
    out = []
    for m in regex.finditer(r"(?<=[\s(])\w", text):
        lead = text[max(0, m.start() - 120) : m.start()]
        out += [lead, lead[-40:], lead[lead.rfind(",") + 1 :]]
    return out


def test_each_pre_check_passes_every_match_in_our_articles() -> None:
    leads = [lead for s in SENTENCES for lead in _befores(s)]
    found = 0
    for pattern, may in _GATED:
        matched = [lead for lead in leads if pattern.search(lead)]
        found += bool(matched)
        missed = [lead for lead in matched if not may(lead)]
        assert not missed, (pattern.pattern[:60], missed[:3])
    assert found >= len(_GATED) - 4  # a few (the casualty toll, "buried") our articles never say


_LEAD_WORDS = sorted({w for _, phrase in EVENT_PHRASES_BEFORE for w in regex.findall(r"[a-z]{2,}", phrase)}
                     | {"killed", "of", "the", "many", "Kandahar’s", "Killed", "including", "among",
                        "them", "whom", "namely", "up", "down", "from", "about", "nearly", "death", "toll",
                        "casualty", "count", "number", "numbers", "refugees", "and", "or", "search", "hoſted",
                        "İncluding", "FOR", ":", "(", "—", "-", ",", "12"})


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_LEAD_WORDS), st.sampled_from(_CASE),
                          st.sampled_from([" ", "  ", "\n", "\u00a0", ", ", "", "’s "])),
                min_size=1, max_size=8))
@example([("the", str, " "), ("search", str, " "), ("for", str, " ")])
@example([("and", str, "\u00a0")])
def test_each_pre_check_passes_every_match_of_generated_text(
        parts: list[tuple[str, Callable[[str], str], str]]) -> None:
    text = "".join(case(word) + gap for word, case, gap in parts)
    for pattern, may in _GATED:
        assert may(text) or not pattern.search(text), (pattern.pattern[:60], text)


def _speech_spans(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in speakers.speech_verbs(said_by._SPEECH, text)]


def test_the_speech_verbs_are_those_the_scan_finds() -> None:
    assert sum(bool(_speech_spans(s)) for s in SENTENCES) > 250
    differ = [s for s in SENTENCES if _speech_spans(s) != [m.span() for m in said_by._SPEECH.finditer(s)]]
    assert not differ, differ[:3]


@settings(max_examples=800, deadline=None)
@given(st.lists(st.tuples(st.sampled_from([*sorted(sources.SPEECH_VERBS)[::3], "said", "says", "Said", "re",
                                           "²", "é", "_", "x", "9", "\u0301", "told", "ſaid", "İ"]),
                          st.sampled_from(["", " ", "\n", ",", "-", "’s ", "d "])), min_size=1, max_size=10))
@example([("²", ""), ("said", " ")])
@example([("said", ""), ("\u0301", " ")])
def test_the_speech_verbs_agree_on_generated_text(parts: list[tuple[str, str]]) -> None:
    text = "".join(word + gap for word, gap in parts)
    assert _speech_spans(text) == [m.span() for m in said_by._SPEECH.finditer(text)]


def _by_each_category(patched: pytest.MonkeyPatch) -> None:
    """The long way: every word looked up category by category."""
    def each(word: str, table: list[tuple[str, list[str]]]) -> str | None:
        return next((name for name, entries in table if words.matches(word, entries)), None)
    patched.setattr(events, "first_listed", each)
    patched.setattr(words, "first_listed", each)


def _phrases(text: str) -> list[str]:
    found = [w.text for w in words.words_of(text)]
    return [*found, *(" ".join(found[i : i + 2]) for i in range(len(found) - 1))]


def test_event_words_and_head_nouns_take_the_category_of_each_category_lookup() -> None:
    phrases = sorted({p for s in SENTENCES for p in _phrases(s)})
    fast = [(events.event_category(p.lower()), words.noun_category(p)) for p in phrases]
    assert sum(bool(e) for e, _ in fast) > 50
    assert sum(bool(n) for _, n in fast) > 50
    with pytest.MonkeyPatch.context() as patched:
        _by_each_category(patched)
        slow = [(events.event_category(p.lower()), words.noun_category(p)) for p in phrases]
    assert fast == slow


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["killed", "kills", "air", "strike", "strikes", "refugee", "refugees", "fled",
                                 "people", "troops", "houses", "x", "dead", "missing", "hectares", "dollars",
                                 "Killed", "detainees", "wounded", "airstrike", "ſtrikes", "camps"]),
                min_size=1, max_size=3))
def test_categories_agree_on_generated_words(parts: list[str]) -> None:
    subject = " ".join(parts)
    fast = (events.event_category(parts[-1].lower()), words.noun_category(subject))
    with pytest.MonkeyPatch.context() as patched:
        _by_each_category(patched)
        assert fast == (events.event_category(parts[-1].lower()), words.noun_category(subject))


_PAIR_WORDS = ["killed", "Kill", "dead", "died", "deaths", "wounded", "injured", "INJURIES", "hurt", "maimed",
               "and", "or", "and/or", "/", ",", "seriously", "people", "ſeriously", "woundİng", "x"]


def test_the_casualty_pair_is_searched_where_it_can_be() -> None:
    found = [s for s in SENTENCES if patterns.CASUALTY_PAIR.search(s)]
    assert found
    assert all(events._has_pair(s) == bool(patterns.CASUALTY_PAIR.search(s)) for s in SENTENCES)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_PAIR_WORDS), st.sampled_from(_CASE),
                          st.sampled_from([" ", "", "\n"])), min_size=1, max_size=8))
@example([("woundİng", str, " "), ("and", str, " "), ("killed", str, "")])
@example([("kİlled", str, " "), ("and", str, " "), ("wounded", str, "")])
@example([("killed", str, " "), ("and", str, " "), ("maimed", str, "")])
def test_the_casualty_pair_agrees_on_generated_text(
        parts: list[tuple[str, Callable[[str], str], str]]) -> None:
    text = "".join(case(word) + gap for word, case, gap in parts)
    assert events._has_pair(text) == bool(patterns.CASUALTY_PAIR.search(text))
