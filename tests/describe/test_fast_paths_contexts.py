"""The sentence contexts' shortcuts give what the long way gives: quotes are marked by
scanning only the sentences that hold a quotation mark, and must be the spans a scan of
every sentence marks; an article is hard-wrapped with hyphens only when the pattern finds
one, though it is searched for only in texts holding a hyphen before a line break; a
sentence's first word, read without splitting the sentence, is the word a split gives."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from stats.describe import contexts, provenance
from stats.describe.contexts import ArticleIndex, Context, mark_quotes
from stats.lexicon import sources
from stats.text.sentences import split_sentences
from tests.conftest import ROOT, SEEDS

TEXTS = [p.read_text(encoding="utf-8") for folder in (SEEDS, ROOT / "tests" / "data" / "articles",
                                                       ROOT / "tests" / "data" / "bench")
         for p in sorted(folder.glob("*.txt"))]
_PIECES = ["“", "”", "\"", "‘", "’", "He said", "“We", "are”", " ", "\n", "\n\n", "-\n", "-\r\n", "a-\nb",
           "Qala-e-\r\n Naw", ". ", "But ", "However, ", "x", "-", "\t"]


def _contexts(text: str) -> list[Context]:
    index = ArticleIndex(text)
    breaks = index.paragraph_breaks(text)
    sentences = split_sentences(text)
    return [Context(i, s, sum(b < s.start for b in breaks), index) for i, s in enumerate(sentences)]


def _marked_long_way(text: str) -> list[tuple[bool, list[tuple[int, int]]]]:
    """`mark_quotes` as it was, every sentence scanned."""
    out = []
    inside, paragraph, continued = False, -1, False
    for ctx in _contexts(text):
        if ctx.paragraph != paragraph:
            continued = inside and ctx.sentence.raw.lstrip()[:1] in ("“", '"')
            inside, paragraph = False, ctx.paragraph
        quoted, opened = [], 0 if inside else -1
        for mark in contexts._QUOTE_MARK.finditer(ctx.sentence.raw):
            i, ch = mark.start(), mark.group()
            if not inside and ch in '“"':
                opened, inside = i, True
            elif inside and ch in '”"':
                quoted.append((max(opened, 0), i + 1))
                inside = False
        if inside:
            quoted.append((max(opened, 0), len(ctx.sentence.raw)))
        out.append((continued, quoted))
    return out


def _marked(text: str) -> list[tuple[bool, list[tuple[int, int]]]]:
    found = _contexts(text)
    mark_quotes(found)
    return [(ctx.continued, ctx.quoted) for ctx in found]


def _checks(text: str) -> None:
    assert _marked(text) == _marked_long_way(text)
    assert provenance.Article(text, []).wrapped == (provenance._WRAPPED_HYPHEN.search(text) is not None)
    for ctx in _contexts(text):
        first = ctx.raw.lstrip('“"‘ ').split(" ", 1)[0].lower()
        assert ctx.continues == (first in sources.CONTINUING_OPENERS)


def test_the_shortcuts_agree_on_our_articles() -> None:
    assert len(TEXTS) > 50
    quoted = 0
    for text in TEXTS:
        _checks(text)
        quoted += sum(bool(spans) for _, spans in _marked(text))
    assert quoted > 50  # (the articles do quote)
    assert provenance.Article("Qala-e-\nNaw was hit.", []).wrapped


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=30).map("".join))
def test_the_shortcuts_agree_on_generated_text(text: str) -> None:
    _checks(text)
