"""HTML pages to article text: the article (not navigation, scripts or styles) as paragraphs,
the page's own metadata and its declared charset. Its own module so that what a page's tags
mean stays apart from decoding bytes and walking files.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from stats.read.metadata import Metadata, read_html_metadata

if TYPE_CHECKING:  # bs4 itself is imported when the first page is read
    from bs4 import Tag

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


def _collapse(line: str) -> str:
    """Runs of ASCII spaces, tabs, newlines and zero-width spaces to one space, and no space
    at either end; other Unicode spaces inside (no-break, thin: thousands separators) are kept."""
    return _SPACES.sub(" ", line).strip()


def _paragraph_chars(tag: Tag) -> int:
    """How much paragraph text a candidate article holds."""
    return sum(len(p.get_text()) for p in tag.find_all("p"))


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
    from bs4.element import NavigableString

    soup = BeautifulSoup(html.replace(_BREAK, ""), "html.parser")
    meta = read_html_metadata(soup)
    for tag in soup(_DROP_TAGS):
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
    root = max(candidates, key=_paragraph_chars, default=None) or soup.body or soup
    first_h1 = soup.find("h1")
    headline = _collapse(first_h1.get_text()) if first_h1 else meta.title
    whole_page = root is soup or root is soup.body
    # A page header or footer holds the masthead and links; inside an article a <header>
    # holds the headline and byline, so only the article's footer goes.
    for tag in root(["header", "footer"] if whole_page else ["footer"]):
        tag.decompose()
    for pre in root.find_all("pre"):  # the one place where a newline in the source is a line break
        for string in pre.find_all(string=True):
            string.replace_with(string.replace("\n", _BREAK))
    for tag in root.find_all("br"):
        tag.replace_with(NavigableString(_BREAK))
    for tag in root.find_all(_BLOCK_TAGS):
        tag.insert(0, NavigableString(_BREAK))
        tag.append(NavigableString(_BREAK))
    blocks = [block for block in map(_collapse, root.get_text().split(_BREAK)) if block]
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
