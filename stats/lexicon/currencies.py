"""Currencies as news writes them: signs and codes before an amount, names after it."""

from __future__ import annotations

from typing import Final

# Currency symbols and codes written before an amount, as written (case matters) -> ISO code.
CURRENCY_PREFIXES: Final[dict[str, str]] = {
    "$": "USD", "US$": "USD", "US $": "USD", "USD": "USD", "A$": "AUD", "AU$": "AUD",
    "AUD": "AUD", "C$": "CAD", "CA$": "CAD", "CAD": "CAD", "NZ$": "NZD", "HK$": "HKD",
    "S$": "SGD", "R$": "BRL", "€": "EUR", "EUR": "EUR", "£": "GBP", "GBP": "GBP",
    "¥": "JPY", "JPY": "JPY", "₹": "INR", "Rs": "INR", "Rs.": "INR", "INR": "INR",
    "₽": "RUB", "₺": "TRY", "₪": "ILS", "CHF": "CHF", "CNY": "CNY", "RMB": "CNY",
    "₦": "NGN", "₩": "KRW", "KES": "KES", "ZAR": "ZAR", "AFN": "AFN", "RM": "MYR",
    "$US": "USD", "$A": "AUD", "$NZ": "NZD", "HK $": "HKD", "C $": "CAD", "A $": "AUD",
    "NZ $": "NZD", "S $": "SGD",
    # Peru's sol, written "S/" and a space before the amount ("S/ 22 million"; not the UN's
    # document symbols, "S/2023/456": see `stats.find.atoms.read_money`).
    "S/": "PEN", "S/.": "PEN",
    # ASCII-folded text (unidecode and many news exports) writes "£" as "PS": "PS6m".
    "PS": "GBP",
    # East African shillings: Kenyan papers write "Sh2 billion" and "KSh".
    "KSh": "KES", "Ksh": "KES", "KShs": "KES", "Kshs": "KES", "Sh": "KES",
    "USh": "UGX", "UGX": "UGX", "TSh": "TZS", "TZS": "TZS",
    "GH¢": "GHS", "GH₵": "GHS", "GHS": "GHS", "MZN": "MZN",
    "Tk": "BDT", "Tk.": "BDT", "৳": "BDT",  # Bangladeshi taka
    "MK": "MWK",  # Malawian kwacha
    "ZiG": "ZWG", "ZWG": "ZWG",  # Zimbabwe Gold
    "Rp": "IDR", "Rp.": "IDR",  # Indonesian rupiah: "Rp 2.5 billion"
    # Signs and dollar prefixes of other countries: "₱500", "RD$1,200", "J$3 billion".
    "₱": "PHP", "₴": "UAH", "₸": "KZT", "₾": "GEL", "₼": "AZN", "₲": "PYG", "₡": "CRC", "₮": "MNT",
    "RD$": "DOP", "J$": "JMD", "TT$": "TTD", "N$": "NAD", "EC$": "XCD", "Bds$": "BBD",
}
# Currency letters read only glued to an amount that is written as money, with a thousands
# separator or a scale: South African rand, "R15,000", "R48 million", "R2bn" (not the road
# "R61", the "R 45%" of a poll, a grade "R5").
GLUED_CURRENCY_PREFIXES: Final[dict[str, str]] = {"R": "ZAR", "N": "NGN",  # and naira, "N100 million" (not "N95 masks")
                                                  "K": "ZMW"}  # and kwacha, "K2,140" (Malawi's where the article says)
# Currency units written glued after the amount: "164p" (pence, a hundredth of a pound: the
# guide's unit is the ISO 4217 code, so the value is read in pounds, GBP 1.64).
CURRENCY_SUFFIXES: Final[dict[str, str]] = {"p": "GBP"}
# A currency's hundredth written after an amount or glued to it -> how many make one unit of
# its ISO code ("85 pence" is GBP 0.85; "16 cents" is 0.16 of the article's own currency,
# `CENTS_DEFAULT` where it has none: `stats.find.local_currency` reads which).
SUBUNITS: Final[dict[str, int]] = {"p": 100, "pence": 100, "cents": 100, "cent": 100, "us cents": 100, "us cent": 100}
CENTS_DEFAULT: Final = "USD"
# The currencies whose hundredths are called cents: an article's other amounts in one of these
# say what its cents are ("up 12 cents" among euro amounts); pounds have pence, yen none.
CENTS_CURRENCIES: Final = frozenset({"USD", "EUR", "ZAR", "AUD", "CAD", "NZD", "HKD", "SGD", "KES", "UGX", "TZS",
                                     "NAD", "BWP", "LRD", "JMD", "TTD", "FJD", "XCD", "BBD", "ZWL"})
# Currency names written after an amount -> ISO code ("5 billion euros").
CURRENCY_WORDS: Final[dict[str, str]] = {
    "dollar": "USD", "dollars": "USD", "us dollars": "USD", "euro": "EUR", "euros": "EUR",
    "pound": "GBP", "pounds": "GBP", "pounds sterling": "GBP", "sterling": "GBP", "pence": "GBP",
    "cents": "USD", "cent": "USD", "us cents": "USD", "us cent": "USD",
    "yen": "JPY", "yuan": "CNY", "renminbi": "CNY", "rupee": "INR", "rupees": "INR",
    "rouble": "RUB", "roubles": "RUB", "ruble": "RUB", "rubles": "RUB",
    "shekel": "ILS", "shekels": "ILS", "afghani": "AFN", "afghanis": "AFN",
    "lira": "TRY", "naira": "NGN", "rand": "ZAR", "franc": "CHF", "francs": "CHF", "won": "KRW",
    # Bitcoin has no ISO 4217 code: XBT, the code in its style that exchanges use.
    "bitcoin": "XBT", "bitcoins": "XBT",
    "riyal": "SAR", "riyals": "SAR", "dirham": "AED", "dirhams": "AED",
    "hryvnia": "UAH", "hryvnias": "UAH", "pesos": "MXN", "shillings": "KES", "shilling": "KES",
    "chinese yuan": "CNY", "japanese yen": "JPY", "indian rupees": "INR",
    "hong kong dollars": "HKD", "australian dollars": "AUD", "canadian dollars": "CAD",
    "new zealand dollars": "NZD", "singapore dollars": "SGD", "ringgit": "MYR",
    "swiss francs": "CHF", "cfa francs": "XOF", "kenyan shillings": "KES", "ugandan shillings": "UGX",
    "tanzanian shillings": "TZS", "egyptian pounds": "EGP", "pakistani rupees": "PKR",
    "sri lankan rupees": "LKR", "nepali rupees": "NPR", "nepalese rupees": "NPR",
    "lebanese pounds": "LBP", "sudanese pounds": "SDG", "turkish lira": "TRY", "lei": "RON",
    "leu": "RON", "zloty": "PLN", "zlotys": "PLN", "forint": "HUF", "koruna": "CZK",
    "taka": "BDT", "baht": "THB", "rupiah": "IDR", "reais": "BRL", "birr": "ETB", "cedis": "GHS",
    "kwacha": "ZMW", "nigerian naira": "NGN", "south african rand": "ZAR", "australian dollar": "AUD",
    "soles": "PEN", "sol": "PEN", "ariary": "MGA", "dong": "VND", "kyat": "MMK", "riel": "KHR",
    "tenge": "KZT", "lari": "GEL", "dram": "AMD", "manat": "AZN", "somoni": "TJS", "leones": "SLE",
    "cedi": "GHS", "dalasi": "GMD", "kina": "PGK", "guarani": "PYG", "guaraní": "PYG", "guaranis": "PYG", "guaranies": "PYG",
    "guaraníes": "PYG", "bolivianos": "BOB", "boliviano": "BOB", "kyats": "MMK", "lempira": "HNL",
    "colombian pesos": "COP", "argentine pesos": "ARS", "chilean pesos": "CLP", "philippine pesos": "PHP",
    "mexican pesos": "MXN", "brazilian reais": "BRL", "indonesian rupiah": "IDR",
    "meticais": "MZN", "metical": "MZN", "meticals": "MZN", "quetzal": "GTQ", "quetzales": "GTQ",
    "quetzals": "GTQ", "lempiras": "HNL", "cordobas": "NIO", "colones": "CRC",
    # The rest of the world's currencies news names after an amount; a name several countries
    # use is read as the one most news means by it bare ("dinars": Iraq's), and exactly with
    # its country's adjective.
    "tugrik": "MNT", "tugriks": "MNT", "togrog": "MNT", "tughrik": "MNT", "loti": "LSL", "maloti": "LSL",
    "dinar": "IQD", "dinars": "IQD", "iraqi dinars": "IQD", "jordanian dinars": "JOD", "kuwaiti dinars": "KWD",
    "algerian dinars": "DZD", "tunisian dinars": "TND", "libyan dinars": "LYD", "serbian dinars": "RSD",
    "rial": "IRR", "rials": "IRR", "iranian rials": "IRR", "yemeni rials": "YER", "omani rials": "OMR",
    "qatari riyals": "QAR", "saudi riyals": "SAR", "moroccan dirhams": "MAD", "uae dirhams": "AED",
    "kwanza": "AOA", "kwanzas": "AOA", "gourdes": "HTG", "gourde": "HTG", "bolivares": "VES", "bolivars": "VES",
    "pula": "BWP", "nakfa": "ERN", "kip": "LAK", "som": "KGS", "soms": "KGS", "lek": "ALL", "leke": "ALL",
    "leva": "BGN", "lev": "BGN", "denars": "MKD", "ouguiya": "MRU", "ouguiyas": "MRU", "rufiyaa": "MVR",
    "ngultrum": "BTN", "emalangeni": "SZL", "lilangeni": "SZL", "congolese francs": "CDF",
    "rwandan francs": "RWF", "burundian francs": "BIF", "guinean francs": "GNF", "djiboutian francs": "DJF",
    "somali shillings": "SOS", "south sudanese pounds": "SSP", "syrian pounds": "SYP",
    "mauritian rupees": "MUR", "afghan afghanis": "AFN", "kyrgyz som": "KGS", "uzbek sum": "UZS",
    # The Nordic crowns: "kroner" bare is read as Denmark's (Norway's with its adjective).
    "krone": "DKK", "kroner": "DKK", "danish krone": "DKK", "danish kroner": "DKK", "norwegian krone": "NOK",
    "norwegian kroner": "NOK", "krona": "SEK", "kronor": "SEK", "swedish krona": "SEK", "swedish kronor": "SEK",
    "icelandic krona": "ISK", "icelandic kronur": "ISK",
}

# ISO codes written before an amount that is written as money, with a scale or a thousands
# separator ("PKR 420 million", "EGP 1,500", "NPR 2bn"), as development agencies and
# financial wires do: a bare "COP 28" or "AMD 7800" names a summit or a chip, not pesos or drams.
# Codes that are also words, names or brands: read as money only before a scale.
WORD_CODES: Final = frozenset({"COP", "AMD", "PHP", "CUP", "SOS", "PEN", "MAD", "GEL", "BOB", "SAR", "CAD", "ALL", "TOP",
                               "AED", "ARS", "CDF", "HTG", "TRY", "RON", "NOK", "SEK", "DKK", "ILS", "UAH"})
CODE_PREFIXES: Final[dict[str, str]] = {code: code for code in (
    "PKR", "NPR", "LKR", "BDT", "EGP", "LBP", "SDG", "SSP", "ETB", "ZMW", "MWK", "NGN", "XOF", "XAF",
    "UAH", "SAR", "AED", "QAR", "MXN", "PHP", "IDR", "BRL", "TRY", "RUB", "ILS", "PLN", "HUF", "CZK",
    "RON", "THB", "VND", "MMK", "KHR", "KZT", "GEL", "AMD", "AZN", "TJS", "SLE", "GMD", "PGK",
    "PYG", "BOB", "COP", "ARS", "CLP", "PEN", "MGA", "GTQ", "HNL", "NIO", "CRC", "MYR", "SGD",
    "NZD", "HKD", "KRW", "SEK", "NOK", "DKK", "IRR", "IQD", "SYP", "YER", "MAD", "TND", "DZD",
    "RWF", "BIF", "CDF", "SOS", "HTG", "VES", "CUP",
    # and the rest of ISO 4217's codes news writes before amounts ("MDL 2,200", "MNT 40 billion"),
    # but those that are also words or other acronyms ("BAM", "MOP", "CVE", "BTN", "SCR 2334", "NAD")
    "MDL", "MNT", "KGS", "UZS", "TMT", "BYN", "MKD", "RSD", "ISK", "JMD", "TTD", "DOP", "UYU",
    "GHS", "LRD", "SLL", "GNF", "MRU", "MUR", "MVR", "GYD", "SRD", "BZD",
    "BWP", "SZL", "LSL", "AOA", "ZWL", "KMF", "DJF", "FJD", "WST", "VUV", "SBD",
    "XPF", "JOD", "KWD", "BHD", "OMR", "LYD", "SYP", "TWD", "BND", "XCD", "BBD", "AWG",
) if code not in CURRENCY_PREFIXES}

# Currency names that several countries share, read after an amount as the first country's
# money ("pesos": MXN) unless the article names another of them: "120,000 million pesos" in a
# story about Argentina are ARS. Name (as written after the amount, or its sign) -> the
# countries and regions that use it, each with its code; the first is the default.
SHARED_CURRENCY_NAMES: Final[dict[str, dict[str, str]]] = {
    "pesos": {"Mexico": "MXN", "Argentina": "ARS", "Chile": "CLP", "Colombia": "COP", "Philippines": "PHP",
              "Uruguay": "UYU", "Cuba": "CUP", "Dominican Republic": "DOP"},
    "rupees": {"India": "INR", "Pakistan": "PKR", "Nepal": "NPR", "Sri Lanka": "LKR", "Mauritius": "MUR",
               "Seychelles": "SCR"},
    "pounds": {"Britain": "GBP", "United Kingdom": "GBP", "England": "GBP", "Scotland": "GBP", "Wales": "GBP",
               "Egypt": "EGP", "Lebanon": "LBP", "Sudan": "SDG", "South Sudan": "SSP", "Syria": "SYP"},
    "shillings": {"Kenya": "KES", "Uganda": "UGX", "Tanzania": "TZS", "Somalia": "SOS"},
    "dirhams": {"United Arab Emirates": "AED", "UAE": "AED", "Dubai": "AED", "Abu Dhabi": "AED",
                "Morocco": "MAD"},
    "kwacha": {"Zambia": "ZMW", "Malawi": "MWK"},
    # a glued "K" before an amount: the kwacha's, the kina's or the kyat's sign
    "K": {"Zambia": "ZMW", "Malawi": "MWK", "Papua New Guinea": "PGK", "Myanmar": "MMK", "Burma": "MMK"},
    "lei": {"Romania": "RON", "Moldova": "MDL"},
    "francs": {"Switzerland": "CHF", "DR Congo": "CDF", "DRC": "CDF", "Democratic Republic of the Congo": "CDF",
               "Democratic Republic of Congo": "CDF", "Rwanda": "RWF", "Burundi": "BIF", "Djibouti": "DJF",
               # the CFA francs of West and Central Africa (Guinea's own franc left out: "Guinea"
               # is also read inside "Equatorial Guinea" and "Guinea-Bissau", CFA countries)
               "Senegal": "XOF", "Mali": "XOF", "Burkina Faso": "XOF", "Niger": "XOF", "Ivory Coast": "XOF",
               "Côte d'Ivoire": "XOF", "Benin": "XOF", "Togo": "XOF", "Guinea-Bissau": "XOF",
               "Cameroon": "XAF", "Chad": "XAF", "Central African Republic": "XAF", "Gabon": "XAF",
               "Equatorial Guinea": "XAF"},
    "kroner": {"Denmark": "DKK", "Norway": "NOK", "Faroe": "DKK", "Greenland": "DKK"},
    "kronor": {"Sweden": "SEK", "Iceland": "ISK"},
}
# The written forms of each shared name (singular, plural, sign).
SHARED_CURRENCY_FORMS: Final[dict[str, str]] = {
    "peso": "pesos", "pesos": "pesos", "rupee": "rupees", "rupees": "rupees", "rs": "rupees", "rs.": "rupees",
    "pound": "pounds", "pounds": "pounds", "shilling": "shillings", "shillings": "shillings",
    "dirham": "dirhams", "dirhams": "dirhams", "kwacha": "kwacha",
    "franc": "francs", "francs": "francs", "lei": "lei", "leu": "lei", "k": "K",
    "krone": "kroner", "kroner": "kroner", "krona": "kronor", "kronor": "kronor",
}
