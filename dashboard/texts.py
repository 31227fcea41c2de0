"""Article texts from the core's texts.jsonl, found by doc name and read only when asked for.

texts.jsonl (written by `stats extract` beside figures.csv) holds one JSON object a line:
`{"doc": ..., "text": ..., "sentences": [[start, end], ...]}`, the article as the extractor
read it (so figures' offsets index it) and its non-furniture sentence spans, in order.

The first look-up indexes the file in one pass that keeps only each line's doc name and byte
offset (the "doc" key is read without parsing the text when it comes first, as the core
writes it); a look-up then reads a single line. Parsed texts are kept in a small LRU cache,
so memory stays bounded however big the folder. A file replaced on disk is indexed again.
An output folder from an older `stats extract` has no texts.jsonl: every look-up is None.
"""

from __future__ import annotations

import json
import logging
import re
import threading
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

TEXT_CACHE_SIZE = 64
INDEX_BLOCK = 16 << 20  # bytes of texts.jsonl read at a time to index it
# The start of a line as the core writes it: {"doc": "<name>", ... (the name still JSON-escaped).
_DOC_FIRST = re.compile(rb'\{\s*"doc"\s*:\s*("(?:[^"\\\n]|\\.)*")')


@dataclass(frozen=True)
class ArticleText:
    """One article as read by the extractor, with its sentence spans (start, end), in order."""

    doc: str
    text: str
    sentences: tuple[tuple[int, int], ...]


class Texts:
    """Look-ups of article texts in one texts.jsonl (absent or not), safe across threads."""

    def __init__(self, path: Path, cache_size: int = TEXT_CACHE_SIZE) -> None:
        self.path = Path(path)
        self.cache_size = cache_size
        self._offsets: dict[str, int] = {}
        self._stamp: tuple[int, int] | None = None  # (mtime, size) of the file indexed
        self._cache: OrderedDict[str, ArticleText | None] = OrderedDict()
        self._lock = threading.Lock()

    def available(self) -> bool:
        """Whether the output folder has a texts.jsonl at all."""
        return self.path.is_file()

    def get(self, doc: str) -> ArticleText | None:
        """The article named doc, or None when texts.jsonl is missing or has no usable line for it."""
        with self._lock:
            if doc in self._cache:
                self._cache.move_to_end(doc)
                return self._cache[doc]
            found = self._find(doc)
            self._cache[doc] = found
            while len(self._cache) > self.cache_size:
                self._cache.popitem(last=False)
            return found

    def _find(self, doc: str) -> ArticleText | None:
        """Read doc's line, indexing the file first if it is new or has changed."""
        try:
            stat = self.path.stat()
            if self._stamp != (stat.st_mtime_ns, stat.st_size):
                self._offsets = index(self.path)
                self._stamp = (stat.st_mtime_ns, stat.st_size)
                self._cache.clear()
            offset = self._offsets.get(doc)
            if offset is None:
                return None
            with self.path.open("rb") as handle:
                handle.seek(offset)
                line = handle.readline()
        except OSError:  # missing (older output) or unreadable: the caller falls back
            return None
        return parse(line, doc)


def index(path: Path) -> dict[str, int]:
    """Byte offset of each doc's line (the first line of a doc wins). The file is read a block
    at a time; a doc name is read where its line starts, so a line is copied only when its doc
    is not its first key (a million figures' 550 MB of texts: 1.05 -> 0.5 s of CPU, on the
    warm-up thread, where it competes with the first requests)."""
    offsets: dict[str, int] = {}
    base, size = 0, INDEX_BLOCK  # where the next block starts (a line's start), and its size
    with path.open("rb") as handle:
        while True:
            handle.seek(base)
            data = handle.read(size)
            last = len(data) < size
            cut = _index_lines(data, base, offsets, last)
            if last:
                return offsets
            if cut == 0:  # a line longer than a block: read it in a bigger one
                size *= 2
            base += cut


def _index_lines(data: bytes, base: int, offsets: dict[str, int], last: bool) -> int:
    """Index the whole lines of `data` (and, when `last`, a last one without a line break),
    `data` being at `base` in the file; returns where the lines it indexed end."""
    start = 0
    while start < len(data):
        end = data.find(b"\n", start)
        if end < 0:
            if not last:
                return start
            end = len(data)
        match = _DOC_FIRST.match(data, start, end)
        try:
            if match is None:
                doc = doc_of(data[start:end])
            elif b"\\" in (name := match.group(1)):  # an escape in the name: JSON reads it
                doc = json.loads(name)
            else:
                doc = name[1:-1].decode("utf-8")
        except ValueError:  # (UnicodeDecodeError is one)
            doc = None
        if isinstance(doc, str) and doc not in offsets:
            offsets[doc] = base + start
        start = end + 1
    return len(data)


def doc_of(line: bytes) -> str | None:
    """The doc name of one texts.jsonl line, cheaply when "doc" is its first key."""
    match = _DOC_FIRST.match(line)
    try:
        doc = json.loads(match.group(1)) if match else json.loads(line).get("doc")
    except (ValueError, AttributeError):  # a blank, broken or non-object line
        return None
    return doc if isinstance(doc, str) else None


def parse(line: bytes, doc: str) -> ArticleText | None:
    """One line as an ArticleText, or None (logged) if it is not a well-formed record of doc."""
    try:
        record: Any = json.loads(line)
    except ValueError:
        log.warning("texts.jsonl: the line of %r is not JSON", doc)
        return None
    if not isinstance(record, dict) or record.get("doc") != doc or not isinstance(record.get("text"), str):
        log.warning("texts.jsonl: the line of %r is not a text record", doc)
        return None
    text = record["text"]
    return ArticleText(doc, text, sentence_spans(record.get("sentences"), len(text)))


def sentence_spans(value: Any, length: int) -> tuple[tuple[int, int], ...]:
    """The well-formed [start, end] pairs inside the text, in order."""
    spans = []
    for pair in value if isinstance(value, list) else []:
        if (isinstance(pair, list) and len(pair) == 2 and all(type(n) is int for n in pair)
                and 0 <= pair[0] <= pair[1] <= length):
            spans.append((pair[0], pair[1]))
    return tuple(sorted(spans))
