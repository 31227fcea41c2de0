"""Split an article into sentences with offsets, and flag the lines that are page furniture.

Offsets always index the article text as given: nothing here rewrites the text.
A line is one paragraph; hard-wrapped lines (a line that runs on in lower case) are joined.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Final

from stats.lexicon.pattern_cache import SERIAL, compile_regex
from stats.text import patterns
from stats.text.prechecks import may_bullet, may_count, may_head, names_furniture
from stats.text.stops import sentence_ends


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence: `article[start:end] == raw`; `furniture` says it is not reporting."""

    start: int
    end: int
    raw: str
    furniture: bool = False

    def __init__(self, start: int, end: int, raw: str, furniture: bool = False) -> None:
        """The dataclass's own constructor written out (see `stats.model`)."""
        object.__setattr__(self, "start", start)
        object.__setattr__(self, "end", end)
        object.__setattr__(self, "raw", raw)
        object.__setattr__(self, "furniture", furniture)

    @property
    def text(self) -> str:
        """The sentence with runs of whitespace collapsed (as the gold guide writes it)."""
        return collapse(self.raw)


def collapse(text: str) -> str:
    """Runs of whitespace to one space, trimmed; a word hyphenated across a line break is
    joined again ("Qala-e-\nNaw" -> "Qala-e-Naw").

    Most sentences hold only single spaces: then there is nothing to collapse or join (a
    wrapped hyphen needs a line break) and two plain string tests spare the substitutions."""
    if single_spaced(text):
        return text.strip()
    joined = patterns.WRAPPED_HYPHEN.sub("-", text, 0, None, None, SERIAL)
    return patterns.WHITESPACE.sub(" ", joined, 0, None, None, SERIAL).strip()


def single_spaced(text: str) -> bool:
    """Whether the only whitespace in `text` is single spaces: it is printable (every
    whitespace character but the space is not, and `regex`'s \\s is whitespace to Python too)
    and holds no two spaces in a row. (False may also mean some other unprintable character.)"""
    return text.isprintable() and "  " not in text


def one_spaced(text: str) -> str:
    """The text with each run of whitespace one space; most are so already (`single_spaced`)."""
    return text if single_spaced(text) else patterns.WHITESPACE.sub(" ", text, 0, None, None, SERIAL)


@dataclass(frozen=True, slots=True)
class _Line:
    start: int
    end: int
    text: str

    def __init__(self, start: int, end: int, text: str) -> None:
        """The dataclass's own constructor written out (see `stats.model`)."""
        object.__setattr__(self, "start", start)
        object.__setattr__(self, "end", end)
        object.__setattr__(self, "text", text)

    @property
    def stripped(self) -> str:
        return self.text.strip()


def _lines(text: str) -> list[_Line]:
    """Non-blank paragraphs with offsets; wrapped lines that run on in lower case are joined."""
    spans: list[list[int]] = []
    last = ""  # the previous physical line, for the run-on test
    wrapped = hard_wrapped(text)
    pos = 0
    for raw in text.splitlines(keepends=True):
        body = raw.rstrip("\r\n\u2028\u2029\x0b\x0c\x1c\x1d\x1e\x85")
        stripped = body.strip()
        if stripped:
            start = pos + (len(body) - len(body.lstrip()))
            end = pos + len(body.rstrip())
            if spans and _runs_on(last, stripped, wrapped) and text.count("\n", spans[-1][1], start) == 1:
                spans[-1][1] = end
            else:
                spans.append([start, end])
            last = stripped
        pos += len(raw)
    return [_Line(start, end, text[start:end]) for start, end in spans]


WINDOW: Final = 120  # characters of context read on either side of a number: keeps work per figure bounded


def after(text: str, position: int, size: int = WINDOW) -> str:
    """The text just after `position`, at most `size` characters (bounded context)."""
    return text[position:position + size]


def before(text: str, position: int, size: int = WINDOW) -> str:
    """The text just before `position`, at most `size` characters (bounded context)."""
    return text[max(0, position - size):position]


def _runs_on(previous: str, current: str, wrapped: bool = False) -> bool:
    """Hard-wrapped prose: the previous line has no end and this one goes on (in lower case,
    or in any case when the whole text is hard-wrapped)."""
    return (len(previous) > 40 and previous[-1] not in ".!?:;\"”’)"
            and (current[:1].islower() or wrapped) and not patterns.BULLET.match(current, None, None, SERIAL))


@functools.lru_cache(maxsize=1)
def hard_wrapped(text: str, sample: int = 200_000) -> bool:
    """Whether the text is wrapped at a fixed width (a plain-text export): many long lines
    stop without punctuation, in mid-sentence. (Asked by the splitter and by provenance
    about the same article, one after the other: answered once. Only the last text is kept:
    the cache holds the text itself, a megabyte or more for each part of a long article.)"""
    long_lines = open_ended = 0
    for line in text[:sample].splitlines():
        line = line.rstrip()
        if len(line) >= 50:
            long_lines += 1
            open_ended += line[-1] not in ".!?:;\"”’)"
    return open_ended >= 3 and open_ended >= 0.5 * long_lines


def _is_chrome(line: str) -> bool:
    """A short line that is not a sentence and names page chrome ("Updated 5 hours ago")."""
    # (the ending first: most lines are sentences, and then no split is needed; only whether
    # there are more than 10 words is asked: split no further)
    if (line.rstrip()[-1:] in ".!?\"”" and "©" not in line) or len(line.split(None, 11)) > 10:
        return False
    return names_furniture(line)


def _is_meta_line(line: str) -> bool:
    """A line of short fields between bars that names page chrome: a by-line and its stamps
    ("By Ana Quintero | August 9, 2027 | Updated 2 hours ago"), a newsletter's masthead ("Issue
    #214 | 6-minute read | View in browser"); not a table's row ("| Kano | 12 |"). Between
    dots, every field must be a stamp or chrome ("May 19, 2025 10:42 AM GMT+7 · Updated 2 hours
    ago"; not "Death toll 40 · 300 injured · Video shows collapsed homes")."""
    separator = next((mark for mark in _FIELD_MARKS if mark in line), None)
    if separator is None or line.lstrip().startswith("|"):
        return False
    cells = [cell.strip() for cell in line.split(separator)]
    long = [cell for cell in cells if not _UPDATE_NOTE.fullmatch(cell)]  # (a wire's "(Updates toll, ...)")
    if len(cells) < 2 or any(len(cell.split(None, 9)) > 8 or cell[-1:] in ".!?" for cell in long):
        return False
    if separator != "|":  # (dots also part a line of figures: "Turnout 64% · Labour 33%")
        return all(names_furniture(cell) or _STAMP.search(cell) for cell in cells)
    return names_furniture(line) or not _META_CELLS.isdisjoint(cell.lower() for cell in cells)


_UPDATE_NOTE: Final = compile_regex(
    r"\((?:Updates|Adds|Recasts|Changes|Corrects|Refiles|Repeats|Rewrites|Writes\s+through)\b[^()]*\)")
# Between a by-line's fields ("10:42 AM GMT+7 · Updated 2 hours ago")
_FIELD_MARKS: Final = ("|", " · ", " • ")
_META_CELLS: Final = frozenset({"transcript"})  # (a furniture word only as a bar-separated line's cell)
# A date or a clock time: a by-line's stamp ("May 19, 2025 10:42 AM GMT+7", "19 May 2025").
_STAMP: Final = compile_regex(
    r"\b(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\p{L}*\.?\s+\d{1,2}\b"
    r"|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\p{L}*\s+\d{4}|\d{1,2}:\d{2})")


def _is_link(line: str) -> bool:
    """A line under a links heading that reads as a linked headline, not as a sentence."""
    text = line.strip()
    return (bool(text) and text[-1] not in ".!?:\"”" and len(text.split()) <= 25) or bool(
        patterns.BULLET.match(text))


_LOWER: Final = compile_regex(r"\p{Ll}")
_UPPER: Final = compile_regex(r"\p{Lu}|\p{Lt}")
_ASCII_UPPER: Final = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_ASCII_LOWER: Final = b"abcdefghijklmnopqrstuvwxyz"
_ASCII: Final = bytes(range(128))


def _is_shouting(line: str) -> bool:
    """An all-capitals line of several words: a banner or advert, not reporting.

    A long line is read from its start (4,000 characters are enough to tell). The letters
    are counted in its UTF-8 bytes: ASCII ones by deleting them (a loop in C), the others by
    `regex` among the non-ASCII characters alone (what is left once every ASCII byte is
    deleted), as a scan of the whole line by `regex` costs hundreds of instructions a
    character."""
    head = line[:4000].encode("utf-8", "surrogatepass")
    # Each capital takes at least one byte that is no ASCII lower-case letter, and each of
    # those letters is lower case: with a tenth of the bytes or more such letters, capitals
    # cannot pass nine tenths of the letters (a line of prose is told from one deletion).
    ascii_lower = len(head) - len(head.translate(None, _ASCII_LOWER))
    if 10 * ascii_lower >= len(head):
        return False
    others = head.translate(None, _ASCII).decode("utf-8", "surrogatepass")
    upper = (len(head) - len(head.translate(None, _ASCII_UPPER))
             + len(_UPPER.findall(others, None, None, False, SERIAL)))
    if upper < 11:
        return False  # too few capitals to be a banner: no need to count the rest
    lower = ascii_lower + len(_LOWER.findall(others))
    return upper + lower >= 12 and upper / (upper + lower) > 0.9


def _words_key(line: str) -> str:
    """A stripped line's words, one space apart and case-folded: the same key for a line
    repeated with other spacing. (A line with single spaces only, most, is its own words.)"""
    return (line if single_spaced(line) else " ".join(line.split())).casefold()


def furniture_lines(lines: list[_Line]) -> set[int]:
    """Indexes of lines that are page furniture.

    Counters ("321 Interactions"), all-capital banners, the links under an "Also read:"
    heading, and a line repeated verbatim (a repeated headline) after its first showing.
    """
    furniture: set[int] = set()
    seen: set[str] = set()
    i = 0
    while i < len(lines):
        line = lines[i].stripped
        counter = may_count(line) and patterns.FURNITURE_LINE.match(line, None, None, SERIAL)
        stamp = line.endswith(("ago", "Ago", "AGO")) and patterns.AGO_LINE.match(line)
        lone = len(line) <= 9 and line[-1:].isdigit() and patterns.LONE_NUMBER_LINE.match(line)
        if counter or stamp or lone or _is_shouting(line) or _is_chrome(line) or _is_meta_line(line):
            furniture.add(i)
        key = _words_key(line)
        if key in seen and len(key) > 20:
            furniture.add(i)
        seen.add(key)
        header = patterns.LINK_LIST_HEADER.match(line, None, None, SERIAL) if may_head(line) else None
        if header:
            furniture.add(i)
            rest = line[header.end():].strip()
            j = i + 1
            if not rest:
                # The links are the lines that follow while they read as linked headlines
                # (bullets, or lines with no full stop), up to the next heading.
                while (j < len(lines) and _is_link(lines[j].stripped)
                       and not patterns.LINK_LIST_HEADER.match(lines[j].stripped)):
                    furniture.add(j)
                    j += 1
            i = j
            continue
        i += 1
    return furniture


def _is_boundary(line_text: str, cut: int) -> bool:
    """Whether a stop before `cut` ends a sentence (not "Mr.", "U.S.", "J." or "No.")."""
    head = line_text[max(0, cut - 40):cut].rstrip("\"”’')]")
    if not head.endswith("."):
        return True
    match = patterns.WORD_BEFORE_STOP.search(head, None, None, SERIAL)
    if not match:
        return True
    word = match[patterns.WORD_BEFORE_STOP_WORD].lower()
    if word in patterns.ABBREVIATIONS:
        return False
    # Initials ("J. Smith") and dotted abbreviations ("U.N.") keep going.
    return not (len(word) == 1 or "." in word.rstrip("."))


MAX_SENTENCE: Final = 1_000  # characters: a longer run without a sentence end is cut (see _bounded)


def _bounded(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The sentence text[start:end] as spans of at most MAX_SENTENCE characters, trimmed.

    Text with no sentence end for pages (a table dumped as one line, a 48 KB list) would
    otherwise be one sentence that every figure in it repeats: output grew with the square
    of the input (issue 13). It is cut at the last clause break (a comma, semicolon or
    colon before a space, a spaced dash) in the second half of each MAX_SENTENCE window,
    else at the last space there, else at the window's end. News sentences are far shorter
    (the longest in the seeds and test articles is under 300 characters).
    """
    spans: list[tuple[int, int]] = []
    while end - start > MAX_SENTENCE:
        low, high = start + MAX_SENTENCE // 2, start + MAX_SENTENCE
        cut = -1
        for match in patterns.CLAUSE_BREAK.finditer(text, low, high):
            cut = match.end()
        if cut < 0:
            cut = max(text.rfind(" ", low, high), text.rfind("\t", low, high))
        if cut <= start:
            cut = high
        piece = text[start:cut].rstrip()
        if piece:
            spans.append((start, start + len(piece)))
        start = cut
        while start < end and text[start].isspace():  # (no copy of the rest: it may be long)
            start += 1
    if end > start:
        spans.append((start, end))
    return spans


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of an article, in order, with offsets and a furniture flag."""
    lines = _lines(text)
    furniture = furniture_lines(lines)
    sentences: list[Sentence] = []
    for index, line in enumerate(lines):
        flag = index in furniture
        body_start, body = line.start, line.text  # (the line's text is text[start:end])
        bullet = patterns.BULLET.match(body, None, None, SERIAL) if may_bullet(body[:1]) else None
        if bullet:
            body_start += bullet.end()
            body = body[bullet.end():]
        a = 0
        for end in sentence_ends(body):
            if _is_boundary(body, end):
                _add_sentences(sentences, text, body_start, body[a:end], a, flag)
                a = end
        _add_sentences(sentences, text, body_start, body[a:], a, flag)
    return sentences


def _add_sentences(sentences: list[Sentence], text: str, body_start: int, chunk: str, at: int,
                   furniture: bool) -> None:
    """The piece `chunk` of a line's body (from `at` in the body, which starts at `body_start`
    in the text) as sentences, trimmed; over-long ones cut (see `_bounded`). Most pieces are
    one short sentence with nothing to trim: added as they are, without the cutting step."""
    lead = len(chunk) - len(chunk.lstrip())
    trail = len(chunk.rstrip())
    if trail <= lead:
        return
    first, last = body_start + at + lead, body_start + at + trail
    if last - first <= MAX_SENTENCE:
        sentences.append(Sentence(first, last, chunk[lead:trail], furniture))  # (text[first:last])
        return
    for start, end in _bounded(text, first, last):
        sentences.append(Sentence(start, end, text[start:end], furniture))


# Line and paragraph separators, each turned into one space: the find and describe stages
# read a sentence as one line of the same length, so offsets hold (in a wrapped line
# "their\n20-year", "$" would otherwise match before the newline).
ONE_LINE: Final = str.maketrans(dict.fromkeys("\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029\ufeff", " "))
