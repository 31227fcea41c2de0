"""What provenance reads around a figure: the article's index of names and places, each
sentence's attributions, places and times (read lazily), and which parts of each sentence
are inside quotation marks, a quote carried over sentences and, in the news convention,
over paragraphs."""

from __future__ import annotations

import itertools
import re
from typing import Final

from stats.describe import gazetteer, mention, names, period, place, place_names, place_scene, said_by
from stats.describe.said_by import Source
from stats.lexicon import sources
from stats.lexicon.pattern_cache import SERIAL, compile_regex
from stats.text.sentences import ONE_LINE, Sentence, hard_wrapped

_QUOTE_MARK: Final = compile_regex(r'[“”"]')
# Any character `ONE_LINE` turns into a space (a plain character set: `re` scans it fastest);
# most sentences hold none, and then their copy is the sentence itself.
_LINE_BREAK: Final = re.compile("[" + re.escape("".join(map(chr, ONE_LINE))) + "]")
_ASCII_BREAKS: Final = [c for c in map(chr, ONE_LINE) if c.isascii()]


# A paragraph break: blank lines, or in a text that writes each paragraph on a line of its
# own (see `ArticleIndex.lines_are_paragraphs`), a line break too, unless the line runs on: it
# ends in a colon or a comma ("told reporters on Tuesday:" before the quote) or the next line
# opens in lower case ("destroyed 30\nhouses", a wrap the width test missed).
_BLANK_LINES: Final = compile_regex(r"\n(?:[ \t\r\f\v]*\n)+")
_LINE_END: Final = compile_regex(r"\n(?:[ \t\r\f\v]*\n)+|(?<![:,][ \t\r]*)\n(?![ \t]*\p{Ll})")
_SINGLE_BREAK: Final = re.compile(r"[^\s][ \t\r]*\n(?=[ \t]*[^\s])")  # between two lines of text
_TEXT_LINE: Final = re.compile(r"[^\n]*[^\s][^\n]*")  # a line holding text

# (single quotes are left alone: ’ is also the apostrophe)
_OPEN: Final = "“"
_CLOSE: Final = "”"

class ArticleIndex:
    """What provenance needs from a whole article, read on first use and kept: its names in
    full and titled people, and the names it uses as places. Sentences refer to it, not to
    their Article, so an article's sentences are freed with it (no reference cycle).

    Its readings, and those of `Context`, are properties over attributes that hold None until
    the first read (a value that may itself be None is kept in a 1-tuple): compiled by mypyc,
    a read is then a C call, where a class with an instance dictionary (as
    `functools.cached_property` needs) costs a dictionary lookup through the type at every
    read: 2.5% of a compiled run's instructions on the bench corpus, for the four classes
    that kept their readings so (this one, `Context`, `category_context.Context`, `Layout`)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._wrapped: bool | None = None
        self._lines_are_paragraphs: bool | None = None
        self._names: names.NameIndex | None = None
        self._known: set[str] | None = None

    @property
    def wrapped(self) -> bool:
        if self._wrapped is None:
            self._wrapped = hard_wrapped(self.text)
        return self._wrapped

    @property
    def lines_are_paragraphs(self) -> bool:
        """Whether the article writes one paragraph per line: from its third line of text on
        (a headline and a by-line may stand apart) one run of blank lines at most, and from its
        second two line breaks between lines of text or more (a text of paragraphs between blank
        lines may still write each sentence, list item or time stamp on a line of its own),
        and not wrapped at a fixed width. Text taken from web pages often comes so; there a
        line break ends a paragraph as a blank line does elsewhere (a quote's speaker, a
        scene, a lead's time are read within a paragraph and its neighbours). Decided on the
        whole article, so its parts (see `extract_parts`) read paragraphs alike."""
        if self._lines_are_paragraphs is None:
            self._lines_are_paragraphs = self._paragraph_lines()
        return self._lines_are_paragraphs

    def _paragraph_lines(self) -> bool:
        if self.wrapped:
            return False
        if not _BLANK_LINES.search(self.text, None, None, SERIAL):
            return "\n" in self.text.strip()  # (lines and no blank line at all)
        lines = list(itertools.islice(_TEXT_LINE.finditer(self.text), 3))
        if len(lines) < 3:
            return False
        blank = _BLANK_LINES.search(self.text, lines[2].start(), None, SERIAL)  # (from the third line on)
        one_blank = blank is None or _BLANK_LINES.search(self.text, blank.end(), None, SERIAL) is None
        breaks = _SINGLE_BREAK.finditer(self.text, lines[1].start())
        return one_blank and next(itertools.islice(breaks, 1, None), None) is not None  # (two: not read on)

    def paragraph_breaks(self, text: str) -> list[int]:
        """Where paragraphs break in `text` (the article or a part of it), in this article's style."""
        pattern = _LINE_END if self.lines_are_paragraphs else _BLANK_LINES
        return [m.start() for m in pattern.finditer(text, None, None, False, SERIAL)]

    @property
    def names(self) -> names.NameIndex:
        if self._names is None:
            self._names = names.NameIndex(self.text, self.wrapped)
        return self._names

    @property
    def known(self) -> set[str]:
        if self._known is None:
            self._known = gazetteer.known_places(self.text, self.wrapped)
        return self._known


class Context:
    """One sentence as the provenance rules see it. Its attributions, places and times are
    read only when a figure, or a figure's neighbour, asks for them, and kept (as
    `ArticleIndex`'s readings are)."""

    def __init__(self, index: int, sentence: Sentence, paragraph: int, article: ArticleIndex) -> None:
        self.index, self.start, self.paragraph = index, sentence.start, paragraph
        self.sentence, self._article = sentence, article
        self.quoted: list[tuple[int, int]] = []
        self.continued = False  # in a paragraph that carries on a quote from the one before
        self._raw: str | None = None
        self._written_sources: list[Source] | None = None
        self._places: list[place_names.Mention] | None = None
        self._periods: list[mention.Mention] | None = None
        self._bare: list[place_names.Mention] | None = None
        self._opening: tuple[place_names.Mention | None] | None = None
        self._continues: bool | None = None

    @property
    def raw(self) -> str:
        """The sentence with line breaks as spaces (same length: offsets hold)."""
        if self._raw is None:
            self._raw = one_line(self.sentence.raw)
        return self._raw

    @property
    def written_sources(self) -> list[Source]:
        """The attributions as written, pronouns unresolved."""
        if self._written_sources is None:
            self._written_sources = said_by.sources_in(self.raw)
        return self._written_sources

    @property
    def places(self) -> list[place_names.Mention]:
        if self._places is None:
            self._places = place.mentions_in(self.raw, self._article.known)
        return self._places

    @property
    def periods(self) -> list[mention.Mention]:
        if self._periods is None:
            self._periods = period.mentions_in(self.raw)
        return self._periods

    @property
    def bare(self) -> list[place_names.Mention]:
        if self._bare is None:
            self._bare = place.names_in(self.raw, self._article.known)
        return self._bare

    @property
    def opening(self) -> place_names.Mention | None:
        if self._opening is None:
            self._opening = (place_scene.opening_place(self.raw, self._article.known),)
        return self._opening[0]

    def in_quote(self, position: int) -> bool:
        # (most sentences hold no quote: then no generator is made)
        return bool(self.quoted) and any(a <= position < b for a, b in self.quoted)

    @property
    def continues(self) -> bool:
        """Whether the sentence opens with a word that carries on the one before ("But",
        "However"): its first word, read once, without copying the rest of the sentence."""
        if self._continues is None:
            head = self.raw.lstrip('“"‘ ')
            space = head.find(" ")
            first = (head if space < 0 else head[:space]).lower()
            self._continues = first in sources.CONTINUING_OPENERS
        return self._continues


def one_line(text: str) -> str:
    """`text.translate(ONE_LINE)`, without the copy when the text holds no line break: an
    ASCII text (most sentences) is looked at for each ASCII break with `in`, a scan in C
    several times cheaper than the character set's."""
    if text.isascii():
        broken = any(c in text for c in _ASCII_BREAKS)
    else:
        broken = _LINE_BREAK.search(text) is not None
    return text.translate(ONE_LINE) if broken else text


def mark_quotes(contexts: list[Context]) -> None:
    """The spans of each sentence inside quotation marks, a quote carried over sentence
    boundaries within a paragraph. A quote left open at a paragraph's end and taken up by
    the next paragraph's opening mark (the news convention for a long quote) goes on there,
    and that paragraph's sentences are marked `continued`."""
    inside, paragraph, continued = False, -1, False
    for ctx in contexts:
        if ctx.paragraph != paragraph:
            continued = inside and ctx.sentence.raw.lstrip()[:1] in (_OPEN, '"')
            inside, paragraph = False, ctx.paragraph
        ctx.continued = continued
        opened = 0 if inside else -1
        raw = ctx.sentence.raw  # (most sentences hold no quotation mark: not scanned for one)
        quoted = '"' in raw or _OPEN in raw or _CLOSE in raw
        marks = _QUOTE_MARK.finditer(raw, None, None, False, SERIAL) if quoted else ()
        for mark in marks:  # quote marks: the same offsets
            i, ch = mark.start(), mark.group()
            if not inside and (ch in _OPEN or ch == '"'):
                opened, inside = i, True
            elif inside and (ch in _CLOSE or ch == '"'):
                ctx.quoted.append((max(opened, 0), i + 1))
                inside = False
        if inside:
            ctx.quoted.append((max(opened, 0), len(raw)))
