"""HTML pages to article text: the article (not navigation, scripts or styles) as paragraphs,
the page's own metadata and its declared charset. Its own module so that what a page's tags
mean stays apart from decoding bytes and walking files.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from stats.read.metadata import Metadata, read_html_metadata

if TYPE_CHECKING:  # bs4 itself is imported when the first page is read
    from bs4 import BeautifulSoup, Tag

_SPACES = re.compile(r"[ \t\n\r\f\v\u200b]+")
_BREAK = "\x00"  # marks block boundaries while HTML is flattened (NULs are removed from pages first)

_DROP_TAGS = ["script", "style", "noscript", "template", "nav", "aside", "form", "iframe", "svg",
              "button", "select", "textarea", "object", "embed", "canvas", "dialog", "menu"]
_DROP_ROLES = {"navigation", "banner", "complementary", "contentinfo", "search", "menu", "dialog"}
_BLOCK_TAGS = {"address", "article", "aside", "blockquote", "caption", "dd", "details", "div", "dl",
               "dt", "fieldset", "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6",
               "header", "hgroup", "hr", "li", "main", "ol", "p", "pre", "section", "summary", "table",
               "tbody", "td", "tfoot", "th", "thead", "tr", "ul"}


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in its first bytes (<meta charset=...>), if any."""
    from bs4.dammit import EncodingDetector

    declared = EncodingDetector.find_declared_encoding(data[:4096], is_html=True)
    return declared if isinstance(declared, str) else None


@functools.cache
def _empty_element_tag() -> re.Pattern[str]:
    """An empty element's tag ("<br>", "<img src=x>") that is not written self-closed."""
    from bs4.builder import HTMLTreeBuilder

    names = "|".join(sorted(HTMLTreeBuilder.DEFAULT_EMPTY_ELEMENT_TAGS or {"br"}, key=len, reverse=True))
    return re.compile(rf"<({names})\b([^<>]*?)(?<!/)>", re.IGNORECASE)


def _self_closed(html: str) -> str:
    """The page with each empty element written self-closed ("<br>" as "<br/>"): the same
    tree, but bs4's html.parser builder keeps every "<br>" in a list that it searches at
    each end tag, which made a page of 20,000 "<br>"s quadratic to parse (issue 13)."""
    return _empty_element_tag().sub(r"<\1\2/>", html)


def _collapse(line: str) -> str:
    """Runs of ASCII spaces, tabs, newlines and zero-width spaces to one space, and no space
    at either end; other Unicode spaces inside (no-break, thin: thousands separators) are kept."""
    return _SPACES.sub(" ", line).strip()


def _paragraph_chars(top: Tag, candidates: list[Tag]) -> dict[int, int]:
    """How much paragraph text each candidate article holds (the text of the <p>s inside it,
    a <p> within a <p> counted again), by id: one pass over the tree from its leaves up, so
    nested candidates cost no more than flat ones (`find_all("p")` per candidate did not)."""
    from bs4.element import NavigableString
    from bs4.element import Tag as TagType

    wanted, text_types = {id(tag) for tag in candidates}, _text_types()
    found: dict[int, int] = {}
    text: dict[int, int] = {}  # characters of text under each finished tag
    inner: dict[int, int] = {}  # paragraph characters under each finished tag, itself left out
    stack: list[tuple[Tag, bool]] = [(top, False)]
    while stack:
        tag, finished = stack.pop()
        if not finished:
            stack.append((tag, True))
            stack.extend((child, False) for child in tag.contents if isinstance(child, TagType))
            continue
        chars = paragraphs = 0
        for child in tag.contents:
            if isinstance(child, TagType):
                child_chars = text.pop(id(child))
                chars += child_chars
                paragraphs += inner.pop(id(child)) + (child_chars if child.name == "p" else 0)
            elif isinstance(child, NavigableString) and type(child) in text_types:
                chars += len(child)
        text[id(tag)], inner[id(tag)] = chars, paragraphs
        if id(tag) in wanted:
            found[id(tag)] = paragraphs
    return found


def _text_types() -> frozenset[type]:
    """The strings `get_text()` reads by default: text and CDATA (no comments, no scripts)."""
    from bs4.element import CData, NavigableString

    return frozenset({NavigableString, CData})


def _flatten(root: Tag) -> str:
    """The text of `root` with a _BREAK at each block's start and end, at each <br> and for
    each newline inside a <pre>: one pass over the tree, which is left as it was.

    Marking the blocks in the tree (inserting a string into each) made bs4 walk every block's
    subtree: 20,000 nested <div>s took 30 s (issue 13).
    """
    from bs4.element import NavigableString
    from bs4.element import Tag as TagType

    stated = root.interesting_string_types or _text_types()
    types = {stated} if isinstance(stated, type) else set(stated)  # what root.get_text() would read
    pieces: list[str] = []
    # (element, inside a <pre>); None closes a block. The root's own tag marks nothing.
    stack: list[tuple[object, bool] | None] = [(child, False) for child in reversed(root.contents)]
    while stack:
        item = stack.pop()
        if item is None:
            pieces.append(_BREAK)
            continue
        node, in_pre = item
        if isinstance(node, NavigableString):
            if type(node) in types:
                pieces.append(node.replace("\n", _BREAK) if in_pre else str(node))
        elif isinstance(node, TagType):
            if node.name == "br":
                pieces.append(_BREAK)
                continue
            if node.name in _BLOCK_TAGS:
                pieces.append(_BREAK)
                stack.append(None)
            in_pre = in_pre or node.name == "pre"
            stack.extend((child, in_pre) for child in reversed(node.contents))
    return "".join(pieces)


def _parse(soup_class: type[BeautifulSoup], html: str) -> BeautifulSoup:
    """The parsed page; a broken marked section ("<![0") that html.parser rejects is read as
    text. Raises ValueError when the parser still rejects the page."""
    from bs4.exceptions import ParserRejectedMarkup

    try:
        return soup_class(html, "html.parser")
    except ParserRejectedMarkup:
        pass
    try:
        return soup_class(html.replace("<![", "&lt;!["), "html.parser")
    except ParserRejectedMarkup as error:
        raise ValueError(f"the HTML parser rejected the page ({error})") from None


def read_html(html: str) -> tuple[str, Metadata]:
    """The article text of an HTML page and what the page states about itself.

    The article is the <article> (or <main>, [itemprop=articleBody], [role=main]) holding
    the most paragraph text, else the body; scripts, styles, navigation, asides, forms and
    page headers and footers outside it are dropped. Each block (paragraph, heading, list
    item, table cell) becomes one paragraph of the text, blocks separated by a blank line;
    runs of spaces are collapsed. A headline outside the article is put first.

    >>> read_html("<nav>Home</nav><article><h1>Blast</h1><p>At least 5 <b>were</b> killed.</p>"
    ...           "<script>var x = 1;</script></article>")[0]
    'Blast\\n\\nAt least 5 were killed.'
    """
    from bs4 import BeautifulSoup

    soup = _parse(BeautifulSoup, _self_closed(html.replace(_BREAK, "")))
    meta = read_html_metadata(soup)
    for tag in soup(_DROP_TAGS):
        if not tag.decomposed:  # (one inside another went with it: decomposing again walks it again)
            tag.decompose()
    for tag in soup.find_all(None, attrs={"role": True}):
        if not tag.decomposed and str(tag.get("role", "")).lower() in _DROP_ROLES:
            tag.decompose()
    for tag in soup.find_all(None, attrs={"aria-hidden": "true"}):
        if not tag.decomposed:
            tag.decompose()
    candidates = (soup.find_all("article") + soup.find_all("main")
                  + soup.find_all(None, attrs={"itemprop": "articleBody"})
                  + soup.find_all(None, attrs={"role": "main"}))
    chars = _paragraph_chars(soup, candidates) if len(candidates) > 1 else {}
    root = max(candidates, key=lambda tag: chars.get(id(tag), 0), default=None) or soup.body or soup
    first_h1 = soup.find("h1")
    headline = _collapse(first_h1.get_text()) if first_h1 else meta.title
    whole_page = root is soup or root is soup.body
    # A page header or footer holds the masthead and links; inside an article a <header>
    # holds the headline and byline, so only the article's footer goes.
    for tag in root(["header", "footer"] if whole_page else ["footer"]):
        if not tag.decomposed:
            tag.decompose()
    # A <pre> is the one place where a newline in the source is a line break.
    blocks = [block for block in map(_collapse, _flatten(root).split(_BREAK)) if block]
    if headline and not root.find("h1") and (not blocks or blocks[0] != headline):
        blocks.insert(0, headline)
    return "\n\n".join(blocks), meta


def html_to_text(html: str) -> str:
    """The article text of an HTML page (see `read_html`)."""
    return read_html(html)[0]


def looks_like_html(data: bytes) -> bool:
    """Whether bytes start as an HTML page does (a doctype or an <html> tag)."""
    head = data[:512].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith((b"<!doctype html", b"<html"))
