"""A currency name several countries share is read as the money of the country the article
names most often (`stats.find.local_currency`): cases as data, positives and negatives."""

from __future__ import annotations

import pytest

from stats import extract

CASES = [
    # (article, span, unit)
    ("Colombia's mining agency said the fine was 300 million pesos.", "300 million pesos", "COP"),
    ("In Lahore, Pakistan, traders lost Rs 40 million in the fire.", "Rs 40 million", "PKR"),
    ("Sudan's finance ministry raised fuel prices. A litre now costs 2,000 pounds in Sudan.",
     "2,000 pounds", "SDG"),
    ("Tanzania set aside 90 billion shillings for the roads.", "90 billion shillings", "TZS"),
    # the default's country named as often: unchanged
    ("Britain and Egypt each gave 5 million pounds.", "5 million pounds", "GBP"),
    # no country of the name: the default
    ("The club paid 40 million pounds for the striker.", "40 million pounds", "GBP"),
    # a name with its nationality is read as written
    ("Peru imported goods worth 12 billion Mexican pesos from Mexico's rivals in Chile.",
     "12 billion Mexican pesos", "MXN"),
    # two other users named as often: unchanged
    ("Chile and Argentina each pledged 1 billion pesos.", "1 billion pesos", "MXN"),
    # cents are hundredths of the currency of the article's other amounts ...
    ("Spending rises to R2.54 trillion. The fuel levy goes up by 16 cents a litre.", "16 cents", "ZAR"),
    ("Petrol costs €1.80 a litre, up 12 cents.", "12 cents", "EUR"),
    # ... of dollars when it has none, or two currencies as often
    ("Shares fell 12 cents in early trade.", "12 cents", "USD"),
    ("The fund gave €5 million and R90 million; bread rose 8 cents.", "8 cents", "USD"),
    # the sentence's own currency first, and never a currency without cents
    ("Exports hit €4 billion and imports €3 billion. Brent crude rose 50 cents to $85.20 a barrel.",
     "50 cents", "USD"),
    ("Profits were £4m and £3m. Shares rose 50 cents.", "50 cents", "USD"),
]


@pytest.mark.parametrize(("text", "span", "unit"), CASES)
def test_shared_currency_names_take_the_article_country(text: str, span: str, unit: str) -> None:
    figures = {f.span: f for f in extract(text, doc="case.txt")}
    assert figures[span].unit == unit
