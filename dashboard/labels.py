"""How the dashboard writes a figure for people: its value ("≥ 703", "≈ $281 million",
"200+ (hundreds)") and who gives it, where and when ("— according to the Taliban · Kandahar").

Pure functions of the values in figures.csv; no pandas, no Dash.
"""

from __future__ import annotations

import math
from datetime import date
from fractions import Fraction

from stats.vocabulary import QUALIFIER_WORDS as _QUALIFIER_WORDS

# The qualifier codes of figures.csv as words ("at_least" -> "at least"), from the core's
# vocabulary; what a person reads never shows a code.
QUALIFIER_WORDS = {str(code): words for code, words in _QUALIFIER_WORDS.items()}
_QUALIFIER_SIGNS = {
    "exact": "", "at_least": "≥ ", "more_than": "> ", "at_most": "≤ ", "less_than": "< ",
    "about": "≈ ", "nearly": "nearly ", "up_to": "up to ",
}
_CURRENCY_SIGNS = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥", "INR": "₹"}
_ABBREVIATED = {"km", "m", "cm", "mm", "mi", "ft", "yd", "kg", "g", "mg", "lb", "lbs", "oz", "t", "mph",
                "kph", "kmh", "kw", "mw", "gw", "kwh", "mwh", "v", "hz", "l", "ml", "ha", "bbl"}

# The longest title, publisher or source shown in full on the page; a longer one is cut with an
# ellipsis (its whole text in a tooltip). Issue 13: a 20,000-character title without a space
# crashed chromium's tab, 10,000 made the page 73,811 px wide.
MAX_LABEL_CHARS = 160


def clip(text: object, limit: int = MAX_LABEL_CHARS) -> str:
    """A label as the page shows it: cut to `limit` characters with "…" when longer.

    >>> clip("x" * 200, 10), clip("Kabul", 10)
    ('xxxxxxxxx…', 'Kabul')
    """
    text = "" if text is None else str(text)
    return text if len(text) <= limit else text[:limit - 1] + "…"


def format_number(value: float) -> str:
    """A number as a reader says it: 600,000; 2.5 million; 0.33.

    >>> format_number(600000), format_number(2_500_000), format_number(1e12), format_number(0.3333)
    ('600,000', '2.5 million', '1 trillion', '0.3333')
    """
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    magnitude = abs(value)
    for scale, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        # Round first, then pick the scale: 999.6 million reads "1 billion", never "1e+03 million".
        scaled = float(f"{magnitude / scale:.3g}")
        if scaled >= 1 and (scaled < 1000 or scale == 1e12):
            return f"{'-' if value < 0 else ''}{scaled:g} {word}"
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:.4g}"


def _fraction(value: float) -> str:
    """A fraction as 1/4 or 2/3 when it is one, else the plain number."""
    close = Fraction(value).limit_denominator(12)
    if abs(float(close) - value) < 0.002 and 0 < close < 1:
        return f"{close.numerator}/{close.denominator}"
    return format_number(value)


def _with_unit(value: float, kind: str, unit: str) -> str:
    """The number with its unit: $281 million, 85%, 1/4, 9th, 24 hours, 150 km."""
    if kind == "money":
        sign = _CURRENCY_SIGNS.get(unit)
        return f"{sign}{format_number(value)}" if sign else f"{format_number(value)} {unit}".strip()
    if kind == "percent":
        return f"{format_number(value)}%"
    if kind == "fraction":
        return _fraction(value)
    if kind == "ordinal" and float(value).is_integer():
        n = int(value)
        suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
        return f"{n}{suffix}"
    if unit and kind in ("distance", "duration", "measure"):
        plural = value != 1 and unit.isalpha() and unit.lower() not in _ABBREVIATED and not unit.endswith("s")
        return f"{format_number(value)} {unit}{'s' if plural else ''}"
    return format_number(value)


def value_label(value: float, qualifier: str = "exact", kind: str = "count", unit: str = "",
                value_high: float | None = None, whole: float | None = None, vague: bool = False,
                span: str = "") -> str:
    """The figure as a short label with its qualifier: "≥ 703", "> 1,000", "200+ (hundreds)".

    >>> value_label(703, "at_least"), value_label(1000, "more_than")
    ('≥ 703', '> 1,000')
    >>> value_label(200, "at_least", vague=True, span="hundreds")
    '200+ (hundreds)'
    >>> value_label(150, "at_least", whole=400), value_label(281e6, "about", "money", "USD")
    ('≥ 150 of 400', '≈ $281 million')
    """
    unit = unit if isinstance(unit, str) else ""
    if vague:
        return f"{format_number(value)}+ ({span.strip().lower()})" if span else f"{format_number(value)}+"
    if qualifier == "range" and value_high is not None and not isnan(value_high):
        label = f"{_with_unit(value, kind, '')}–{_with_unit(value_high, kind, unit)}"
    else:
        label = _QUALIFIER_SIGNS.get(qualifier, "") + _with_unit(value, kind, unit)
    if whole is not None and not isnan(whole):
        label += f" of {format_number(whole)}"
    return label


def isnan(value: object) -> bool:
    """Whether a value is a float NaN (a blank cell)."""
    return isinstance(value, float) and math.isnan(value)


def qualifier_words(qualifier: object, implied: bool = False) -> str:
    """A qualifier code in words for the table: "at least"; "implied" for an implied single
    casualty (the text gives no number); an unknown code with its underscores as spaces.

    >>> qualifier_words("at_least"), qualifier_words("exact", implied=True), qualifier_words("new_one")
    ('at least', 'implied', 'new one')
    """
    if implied:
        return "implied"
    code = "" if qualifier is None or isnan(qualifier) else str(qualifier)
    return QUALIFIER_WORDS.get(code, code.replace("_", " "))


def date_text(published: object) -> str:
    """An ISO date for people ("23 Jul 2021"), or "undated"."""
    text = str(published or "").strip()
    if not text or text == "nan":
        return "undated"
    try:
        day = date.fromisoformat(text[:10])
        return f"{day.day} {day:%b %Y}"
    except ValueError:
        return text


OWN_VOICE = "the article's own figure"
IMPLIED_NOTE = "implied: a single casualty"


def attribution(said_by: object, place: object, period: object) -> list[tuple[str, str]]:
    """Who gives a figure, where and when, as (part, text) pairs for the quote panel: the
    source ("according to the Taliban", or the article's own figure when said_by is blank),
    then the place and the period as written, each left out when blank, each cut to
    MAX_LABEL_CHARS (a 20,000-character source is no line to read).

    >>> attribution("the Taliban", "Kandahar", "last week")
    [('source', 'according to the Taliban'), ('place', 'Kandahar'), ('period', 'last week')]
    >>> attribution("", None, "in June")
    [('source', "the article's own figure"), ('period', 'in June')]
    """
    def text(value: object) -> str:
        """A cell as clean text: blank for None and NaN, whitespace collapsed, cut (`clip`)."""
        return "" if value is None or isnan(value) else clip(" ".join(str(value).split()))

    source = text(said_by)
    parts = [("source", f"according to {source}" if source else OWN_VOICE)]
    parts += [(name, text(value)) for name, value in (("place", place), ("period", period)) if text(value)]
    return parts


def attribution_text(said_by: object, place: object, period: object) -> str:
    """The attribution line as one string.

    >>> attribution_text("the Taliban", "Kandahar", "last week")
    '— according to the Taliban · Kandahar · last week'
    >>> attribution_text(None, "", "")
    "— the article's own figure"
    """
    return "— " + " · ".join(text for _part, text in attribution(said_by, place, period))
