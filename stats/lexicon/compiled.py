"""Compile regexes with word lists from the lexicon as `regex` named lists.

Every stage's pattern table (`text.patterns`, `find.patterns`, `find.masks`,
`describe.patterns`) compiles through `compile_lists`, so a phrase list such as "more than"
matches across a line break the same way everywhere.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any, Final

import regex

# (re-exported for the rule tables)
from stats.lexicon.pattern_cache import SERIAL as SERIAL
from stats.lexicon.pattern_cache import compile_regex as compile_regex

_FLAGS: Final = regex.VERSION1 | regex.VERBOSE


def compile_lists(pattern: str, flags: int = 0, **lists: Iterable[str]) -> regex.Pattern[str]:
    """Compile with named lists; a list holding phrases matches any whitespace between
    their words ("more than" across a line break), longest phrase first."""
    for name, items in list(lists.items()):
        words = list(items)
        if any(" " in word for word in words):
            pattern = pattern.replace(f"\\L<{name}>", f"(?:{alternation(words)})")
            del lists[name]
    # The two named defaults are spelled out so that no list is taken for one of them.
    options: dict[str, Any] = {"ignore_unused": False, "cache_pattern": None, **lists}
    return compile_regex(pattern, _FLAGS | flags, **options)


# The letters outside ASCII that case-fold to or from ASCII letters ("ſ", "K", "ß", "ﬁ",
# "İ"): a case-insensitive ASCII word can match text holding one that its trie, or a test
# on case-folded words, may miss (a test checks the set is complete).
ODD_FOLDING: Final = re.compile("[\u00df\u0130\u0131\u0149\u017f\u01f0\u1e96-\u1e9a\u1e9e\u212a\ufb00-\ufb06]")


def odd_folding(text: str) -> bool:
    """Whether the text holds a letter of `ODD_FOLDING`: never an ASCII text (a flag of the
    string, read without a scan, as most are). The last few other texts scanned are
    remembered: the stages ask about a sentence several times (seven asks in ten on the
    bench corpus).

    >>> odd_folding("the ſhip"), odd_folding("the ship"), odd_folding("Zürich")
    (True, False, False)
    """
    return not text.isascii() and _holds_odd_letter(text)


@functools.lru_cache(maxsize=8)
def _holds_odd_letter(text: str) -> bool:
    return ODD_FOLDING.search(text) is not None


def trie(words: Iterable[str]) -> str:
    """A regex alternation of single words as a trie ("t(?:en|hree|wo)"), longest first as
    a named list tries them. In a case-insensitive lookahead that only asks whether some
    word stands there, `regex` tests a trie several times faster than a named list."""
    root: dict[str, dict[str, Any]] = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _branch(root) or "(?!)"


def _branch(node: dict[str, dict[str, Any]]) -> str:
    alternatives = [regex.escape(char) + _branch(child) for char, child in sorted(node.items()) if char]
    if not alternatives:
        return ""
    body = alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"
    return f"(?:{body})?" if "" in node else body


def longest_first(word: str) -> tuple[int, str]:
    """A sort key: longest first, as an alternation must try them, and words of one length
    in alphabetical order, so that a pattern built from a set reads the same in every
    process and the pattern cache finds it again. (The order of words of one length was the
    set's, which changes with the hash seed: it mattered only where case folding makes two
    of them match the same text, and now is the same in every run.)"""
    return -len(word), word


def lowered(words: Iterable[str]) -> list[str]:
    """The words in lower case, each once, sorted."""
    return sorted({w.lower() for w in words})




def alternation(phrases: Iterable[str]) -> str:
    """A regex alternation of the phrases, longest first, any whitespace between the words of
    a phrase ("shot dead" across a line break)."""
    keys = sorted(set(phrases), key=longest_first)
    return "|".join(r"\s+".join(regex.escape(part) for part in key.split()) for key in keys)


class WordCue:
    """A cheap pre-check for a table of phrase patterns: whether a text holds the first word
    of any phrase, as a whole word in any case. True for every text any of the phrases can
    match in, so a rule skipped on it loses nothing.

    The text's words are read once (case-folded) and shared by every cue that asks about
    the same text: the find and describe stages ask five cues of each sentence. A first word
    that is not one run of word characters ("refugee-camp") is searched for as a pattern.

    >>> cue = WordCue(["shot dead", "killed", "refugee-camp"])
    >>> cue.found_in("Two were SHOT\\ndead."), cue.found_in("He was shooting."), cue.found_in("The killer fled.")
    (True, False, False)
    >>> cue.found_in("a Refugee-Camp"), cue.found_in("a refugee camp")
    (True, False)
    """

    def __init__(self, phrases: Iterable[str]) -> None:
        firsts = {phrase.split()[0].casefold() for phrase in phrases if phrase.split()}
        self._words = frozenset(w for w in firsts if _WORD.fullmatch(w))
        odd = sorted(firsts - self._words)
        self._odd = compile_lists(r"\b \L<odd> \b", odd=odd) if odd else None
        self._odd_words = tuple(odd)  # every match of `_odd` is one of them: searched only where one is

    def found_in(self, text: str) -> bool:
        """Whether the text holds a first word of the phrases (a method, not `__call__`:
        compiled code calls a method of a native class directly, but calls an instance
        through Python's call protocol)."""
        if not self._words.isdisjoint(word_set(text)):
            return True
        if self._odd is None:
            return False
        folded = text.casefold()
        return any(word in folded for word in self._odd_words) and self._odd.search(folded) is not None


_WORD: Final = compile_lists(r"\w+")  # the `regex` module's word characters, as its \b sees them


def word_set(text: str) -> frozenset[str]:
    """The text's runs of word characters, case-folded (`_read_word_set`). The stages ask
    about one sentence many times in a row (85 asks in 100 on the bench corpus): the last
    text's words are kept apart and found by identity, before the cache's lookup."""
    last = _LAST.entry
    if last[0] is text:
        return last[1]
    words = _read_word_set(text)
    _LAST.entry = (text, words)
    return words


class _Last:
    """The last text `word_set` read and its words, in one tuple: stored at once, so that no
    thread can read a text paired with another's words."""

    def __init__(self) -> None:
        self.entry: tuple[str, frozenset[str]] = ("", frozenset())


_LAST: Final = _Last()


@functools.lru_cache(maxsize=8)
def _read_word_set(text: str) -> frozenset[str]:
    """The text's runs of word characters, case-folded (the last few texts asked about are
    remembered: the stages ask about one sentence at a time).

    Read from the UTF-8 bytes, every byte that is no ASCII word character turned into a
    space (`bytes.translate`, a loop in C), then split: the same runs as `_WORD` finds when
    no character outside ASCII is a word character (a sentence's curly quotes and dashes are
    not), in about a third of the instructions on the bench corpus. A text with such a
    character ("café") is scanned by `_WORD`."""
    folded = text.casefold()
    data = folded.encode("utf-8", "surrogatepass")
    if not folded.isascii() and _WORD.search(data.translate(None, _ASCII).decode("utf-8", "surrogatepass"), None, None, SERIAL):
        return frozenset(_WORD.findall(folded))
    return frozenset(data.translate(_ASCII_WORD_BYTES).decode("ascii").split())


_ASCII: Final = bytes(range(128))
# Each ASCII word character's byte as it is; every other byte (non-ASCII ones included) a space.
_ASCII_WORD_BYTES: Final = bytes(c if c < 128 and _WORD.fullmatch(chr(c)) else 32 for c in range(256))


class LazyPattern:
    """A `regex` pattern compiled the first time it is used: a rule table whose patterns are
    large (every person noun in each) and needed only by some texts ("a policeman was
    killed") costs the start-up of a run nothing until such a text comes.

    >>> pattern = LazyPattern(r"\\bkilled\\b")
    >>> pattern.search("two were killed").span()
    (9, 15)
    >>> lazy_lists(r"\\L<w>", w=["one", "two"]).fullmatch("two") is not None
    True
    """

    def __init__(self, source: str, flags: int = 0,
                 factory: Callable[[], regex.Pattern[str]] | None = None) -> None:
        self._factory = factory or (lambda: compile_regex(source, flags))
        self._pattern: regex.Pattern[str] | None = None

    def compiled(self) -> regex.Pattern[str]:
        """The pattern, compiled now if it was not yet."""
        if self._pattern is None:
            self._pattern = pattern = self._factory()
            # from now on the pattern's own methods answer, without this wrapper in between
            if hasattr(self, "__dict__"):  # (not when compiled by mypyc: no instance dict)
                vars(self).update(search=pattern.search, match=pattern.match, fullmatch=pattern.fullmatch,
                                  finditer=pattern.finditer)
        return self._pattern

    # (each method takes the pattern's own arguments, `concurrent` too: see `pattern_cache.SERIAL`)
    def fullmatch(self, text: str, pos: int | None = None, endpos: int | None = None,
                  concurrent: bool | None = None) -> regex.Match[str] | None:
        return self.compiled().fullmatch(text, pos, endpos, concurrent)

    def search(self, text: str, pos: int | None = None, endpos: int | None = None,
               concurrent: bool | None = None) -> regex.Match[str] | None:
        return self.compiled().search(text, pos, endpos, concurrent)

    def match(self, text: str, pos: int | None = None, endpos: int | None = None,
              concurrent: bool | None = None) -> regex.Match[str] | None:
        return self.compiled().match(text, pos, endpos, concurrent)

    def finditer(self, text: str, pos: int | None = None, endpos: int | None = None, overlapped: bool = False,
                 concurrent: bool | None = None) -> Iterator[regex.Match[str]]:
        return self.compiled().finditer(text, pos, endpos, overlapped, concurrent)


def lazy_lists(pattern: str, flags: int = 0, **lists: Iterable[str]) -> LazyPattern:
    """`compile_lists`, compiled on first use (see `LazyPattern`)."""
    words = {name: list(items) for name, items in lists.items()}
    return LazyPattern(pattern, factory=lambda: compile_lists(pattern, flags, **words))
