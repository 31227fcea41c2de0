"""Title, publisher and publication date, only where the article itself states them.

Read from the article's top lines: a headline, a masthead line ("The New York Times"), an
"Issued by ..." line or a wire dateline ("KABUL (Reuters) -"), and a dateline date
("Friday 23/July/2021 - 06:25 PM"). An HTML page's own statements (Open Graph and
schema.org tags, JSON-LD, <title>) are read by `read_html_metadata`. Nothing is guessed:
what is not stated stays empty.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final

import regex

from stats import lexicon
from stats.lexicon.pattern_cache import SERIAL, compile_regex

if TYPE_CHECKING:  # bs4 itself is imported by stats.read.html when the first page is read
    from bs4 import BeautifulSoup

_TOP_LINES: Final = 12
_TOP_CHARS: Final = 65_536
_TITLE_WORDS: Final = (4, 25)  # a headline's length in words ...
_TITLE_CHARS: Final = 250  # ... and in characters at most
_MONTH: Final = r"(?P<month>\L<month>)"
_DATE_PATTERNS: Final = [
    compile_regex(r"\b(?P<day>\d{1,2})[/.\- ]" + _MONTH + r"\.?[/.\-, ]+(?P<year>\d{4})\b",
                  regex.I, month=list(lexicon.MONTHS)),
    compile_regex(r"\b" + _MONTH + r"\.?\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>\d{4})\b",
                  regex.I, month=list(lexicon.MONTHS)),
    compile_regex(r"\b(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})\b"),
    compile_regex(r"\b(?P<day>\d{1,2})/(?P<month>\d{1,2})/(?P<year>\d{4})\b"),
]
# What a dateline line may hold besides its date: weekdays, times, "Published", "Updated".
_DATELINE_REST: Final = compile_regex(
    r"(?i)^[\s,|\-–—:]*(?:(?:published|updated|posted|on|at|gmt|utc|am|pm|a\.m\.|p\.m\.|"
    r"\L<day>|\d{1,2}[:.]\d{2})[\s,|\-–—:.]*)*$", day=lexicon.WEEKDAYS)
_ISSUED_BY: Final = compile_regex(r"(?i)^\s*(?:issued|published)\s+by\s+(?P<pub>[^\-–—|]+)")
_WIRE_DATELINE: Final = compile_regex(
    r"^\s*\p{Lu}[\p{Lu}\s,.'-]{1,40}\((?P<pub>[\p{L}][\p{L} .&]{1,30})\)\s*[-–—]")
_MASTHEAD: Final = compile_regex(
    r"^(?:The\s+)?\p{Lu}[\p{L}&.'’]*(?:\s+(?:of|the|and|\p{Lu}[\p{L}&.'’]*)){0,5}$")
_NAMED_ACRONYM: Final = compile_regex(
    r"^\p{Lu}[\p{L}'’\-]*(?:\s+(?:of|for|the|and|\p{Lu}[\p{L}'’\-]*)){1,7}\s+\(\p{Lu}{2,}\)$")
_SKIP_TITLE: Final = compile_regex(r"(?i)^\s*(?:issued|published)\s+by\b|^\s*by\s+\p{Lu}|^\s*image\s+source")
# A site's menu above the article: "Home | News | Politics | Health" (three items or more).
# A breadcrumb trail counts too: "Home > News > Metro", "News » World » Africa".
_MENU: Final = compile_regex(r"^[^|•·>»]{1,30}(?:\s[|•·>»]\s[^|•·>»]{1,30}){2,}$")


@dataclass(frozen=True, slots=True)
class Metadata:
    """What the article states about itself."""

    title: str = ""
    publisher: str = ""
    published: str = ""


def parse_date(text: str) -> str:
    """An ISO date from a dateline, or "" when the text holds none.

    >>> parse_date("Friday 23/July/2021 - 06:25 PM")
    '2021-07-23'
    """
    for pattern in _DATE_PATTERNS:
        match = pattern.search(text)
        if not match:
            continue
        month = match["month"]
        number = int(month) if month.isdigit() else lexicon.MONTHS[month.lower().rstrip(".")]
        day, year = int(match["day"]), int(match["year"])
        if 1 <= number <= 12 and 1 <= day <= 31 and 1800 <= year <= 2200:
            return f"{year:04d}-{number:02d}-{day:02d}"
    return ""


def _is_dateline(line: str) -> bool:
    for pattern in _DATE_PATTERNS:
        match = pattern.search(line, None, None, SERIAL)
        if match and _DATELINE_REST.match(line[:match.start()] + " " + line[match.end():]):
            return True
    return False


def _top_lines(text: str) -> list[tuple[str, bool]]:
    """The first non-blank lines, stripped, each with whether the paragraph runs on into the
    next line (a hard-wrapped paragraph: the next line is not blank and starts in lower case)."""
    # Only the top of the article is read: splitting a 50 MB text into lines would copy it all.
    physical = text[:_TOP_CHARS].splitlines()
    lines = []
    for index, line in enumerate(physical):
        if line.strip():
            following = physical[index + 1].strip() if index + 1 < len(physical) else ""
            lines.append((line.strip(), following[:1].islower()))
            if len(lines) == _TOP_LINES:
                break
    return lines


def never_title(line: str) -> bool:
    """A top line that is no headline whatever its length: a by-line ("By Jane Smith"), "Issued
    by ...", an image credit, a site's menu ("Home | News | Politics") or breadcrumb trail
    ("Home > News > Metro"), a date ("Tuesday, 8 July 2025")."""
    return bool(_SKIP_TITLE.match(line, None, None, SERIAL) or _MENU.match(line, None, None, SERIAL)
                or _is_dateline(line))


def looks_like_masthead(line: str) -> bool:
    """A paper's or an agency's name: a few capitalised words ("The Daily Dhaka Observer"),
    or a name with its acronym ("Medecins Sans Frontieres (MSF)")."""
    return bool(_MASTHEAD.match(line, None, None, SERIAL) or _NAMED_ACRONYM.match(line, None, None, SERIAL))


def looks_like_title(line: str, runs_on: bool = False) -> bool:
    """Whether a first line reads as a headline: a whole line of a few words (4 to 25) that
    does not end as a sentence does, with a full stop.

    >>> looks_like_title("Floods kill 12 in northern Nepal"), looks_like_title("Aid")
    (True, False)
    >>> looks_like_title("Heavy rains killed 12 people in the north, officials said.")
    False
    """
    words = len(line.split())
    return (_TITLE_WORDS[0] <= words <= _TITLE_WORDS[1] and len(line) <= _TITLE_CHARS and not runs_on
            and not line.rstrip("\"'”’)]").endswith((".", "…")))


def read_metadata(text: str) -> Metadata:
    """Title, publisher and date stated in the article's first lines.

    The title is the article's first line of four words or more, when it looks like a
    headline (`looks_like_title`); lines before it may only be datelines, mastheads,
    "Issued by" and by-lines, a site's menu, or short labels ("Aid", "World news"). A first line that
    reads as a sentence means the article states no title: it stays empty (and the
    dashboard shows the file name), rather than a body sentence taken for one (issue 12).
    """
    title = publisher = published = issued = ""
    looking = True  # for the title: until the first line of four words or more
    for line, runs_on in _top_lines(text):
        words = line.split()
        if not published and _is_dateline(line):
            published = parse_date(line)
            continue
        if match := _ISSUED_BY.match(line):
            issued = issued or match["pub"].strip()
            continue
        if match := _WIRE_DATELINE.match(line):  # "KABUL (Reuters) -" opens the body
            publisher, looking = publisher or match["pub"].strip(), False
        if (not publisher and title and len(words) <= 5 and line.startswith("The ")
                and _MASTHEAD.match(line)):
            publisher = line
            continue
        if looking and len(words) >= _TITLE_WORDS[0] and not never_title(line):
            looking = False
            title = line if looks_like_title(line, runs_on) else ""
    return Metadata(title=title, publisher=publisher or issued, published=published)


_HTML_TITLE: Final = (("property", "og:title"), ("name", "twitter:title"), ("itemprop", "headline"))
_HTML_PUBLISHER: Final = (("property", "og:site_name"), ("name", "publisher"), ("name", "application-name"))
_HTML_DATE: Final = (("property", "article:published_time"), ("itemprop", "datePublished"),
                     ("name", "date"), ("name", "pubdate"), ("name", "publish-date"), ("name", "dc.date"),
                     ("name", "DC.date.issued"), ("property", "og:published_time"))


def _meta_content(soup: BeautifulSoup, keys: tuple[tuple[str, str], ...]) -> str:
    """The first non-empty <meta> content among (attribute, value) keys, matched without case."""
    for attribute, value in keys:
        wanted = value.lower()

        def matches(v: str | None, wanted: str = wanted) -> bool:
            return bool(v and v.lower() == wanted)

        tag = soup.find("meta", attrs={attribute: matches})
        content = " ".join(str(tag.get("content") or "").split()) if tag else ""
        if content:
            return content
    return ""


def _json_ld(soup: BeautifulSoup) -> dict[str, object]:
    """The first schema.org NewsArticle/Article object in the page's JSON-LD, if any."""
    for script in soup.find_all("script", attrs={"type": "application/ld+json"}):
        try:
            data: object = json.loads(script.string or "")
        except (ValueError, RecursionError):
            continue
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                kind = item.get("@type")
                kinds = kind if isinstance(kind, list) else [kind]
                if any(isinstance(k, str) and k.endswith("Article") for k in kinds):
                    return item
                stack.extend(v for v in item.values() if isinstance(v, list | dict))
    return {}


def _date(value: str) -> str:
    """An ISO date from "2021-07-23T10:00:00Z" or "23 July 2021", else ""."""
    value = value.strip()
    if len(value) >= 10 and value[4] == "-" and value[7] == "-" and value[:4].isdigit():
        return parse_date(value[:10])
    return parse_date(value)


def read_html_metadata(soup: BeautifulSoup) -> Metadata:
    """Title, publisher and date an HTML page states: its <meta> tags (Open Graph, schema.org),
    its JSON-LD article, a <time datetime>, its <title>. Call before scripts are removed."""
    article = _json_ld(soup)
    publisher = article.get("publisher")
    title = (_meta_content(soup, _HTML_TITLE) or str(article.get("headline") or "").strip()
             or (" ".join(soup.title.get_text().split()) if soup.title else ""))
    site = (_meta_content(soup, _HTML_PUBLISHER)
            or (str(publisher.get("name") or "").strip() if isinstance(publisher, dict) else ""))
    time_tag = soup.find("time", attrs={"datetime": True})
    published = (_date(_meta_content(soup, _HTML_DATE)) or _date(str(article.get("datePublished") or ""))
                 or (_date(str(time_tag.get("datetime"))) if time_tag else ""))
    for separator in (" | ", " - ", " – ", " — "):  # "Headline | Site" in a <title>
        if site and title.endswith(separator + site):
            title = title[: -len(separator + site)].strip()
    return Metadata(title=title, publisher=site, published=published)
