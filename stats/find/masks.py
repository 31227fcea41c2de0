"""Spans that are never figures: dates, clock times, phone numbers, addresses, scores.

Each mask is a named pattern; the find stage drops any number inside one, and the mask's
rule (`MASK_RULES`, ids `mask.date`, `mask.phone`, ...) says why.
"""

from __future__ import annotations

from typing import Final

import regex

from stats import lexicon
from stats.find.rule import Rule, Stage
from stats.lexicon import compiled
from stats.lexicon.anchored import finditer_at, merged, word_starts
from stats.lexicon.compiled import LazyPattern, compile_lists, lazy_lists, word_set
from stats.lexicon.pattern_cache import SERIAL, compile_regex

# Spans that are never figures: dates, clock times, phone numbers, addresses, handles.
# The month list holds capitalised and upper-case forms, but the date alternatives read it
# inside (?i: ...), so lower-case "may 5" is masked too (a known over-reach).
_MONTH: Final = r"(?: \L<month> )"
# Verbs a match score or a vote tally follows ("won 7-2"), and nouns it comes before ("a 7-2 vote").
_SCORE_VERBS: Final = ["tied", "tie", "ties", "won", "win", "wins", "lost", "lose", "loses", "beat", "beats",
                       "defeated", "defeats", "led", "lead", "leads", "leading", "trailed", "trail", "trails",
                       "trailing", "drew", "draw", "draws", "edged", "thrashed", "routed", "crushed", "level",
                       "levelled", "leveled", "voted", "vote", "ruled", "split", "finished", "ended",
                       "passed", "approved", "rejected", "carried", "backed", "adopted", "defeated"]
_SCORE_NOUNS: Final = ["win", "wins", "victory", "lead", "defeat", "loss", "draw", "tie", "vote", "votes",
                       "decision", "ruling", "majority", "margin", "split", "verdict", "scoreline", "result",
                       "tally", "count", "on aggregate", "in favour", "in favor", "down", "up", "home win",
                       "away win", "shootout", "penalty shootout", "record"]
# Dates, as two sets of alternatives: those that start at a month's name ("Sept. 11",
# "March 3, 2021") and those that start at a digit or an apostrophe ("23/July/2021", "5 May",
# "the 1990s", "'90s"). A sentence that names no month needs only the second, whose scan
# can skip to its digits (a scan that must try every letter is ten times slower).
_DATE_MONTH_FIRST: Final = rf"""
            (?i: \b {_MONTH} \.? ) \s+ \p{{Nd}}{{1,2}} (?: st | nd | rd | th )? \b (?! \.\p{{Nd}} ) (?: ,? \s+ \p{{Nd}}{{4}} \b )?
          | (?i: \b {_MONTH} \.? ) ,? \s+ \p{{Nd}}{{4}} \b
          | (?i: \b {_MONTH} \.? ) \s+ \p{{Nd}}{{1,2}} \s* (?: [-–] | (?i: and | to | through ) ) \s* \p{{Nd}}{{1,2}} \b"""
_DATE_DIGIT_FIRST: Final = rf"""
            \b \p{{Nd}}{{1,4}} [/.\-] (?: \p{{Nd}}{{1,2}} | (?i: {_MONTH} ) ) [/.\-] \p{{Nd}}{{2,4}} \b
          | \b \p{{Nd}}{{1,2}} (?: st | nd | rd | th )? \s+ (?: of \s+ )? (?i: {_MONTH} ) \b \.? (?: ,? \s+ \p{{Nd}}{{4}} \b )?
          | \b \p{{Nd}}{{1,2}} (?: st | nd | rd | th )? \s* (?: [-–] | (?i: and | to | through ) ) \s* \p{{Nd}}{{1,2}} (?: st | nd | rd | th )? \s+ (?i: {_MONTH} ) \b
          | \b (?: 1[0-9] | 20 ) \p{{Nd}}{{2}} [\-–/] (?: \p{{Nd}}{{2}} | (?: 1[0-9] | 20 ) \p{{Nd}}{{2}} ) \b
          | \b (?:1[0-9]|20)\p{{Nd}}{{2}} s \b | ['’] \p{{Nd}}{{2}} s \b"""
_MONTHS: Final = [m.capitalize() for m in lexicon.MONTHS] + [m.upper() for m in lexicon.MONTHS]
_MONTH_WORDS: Final = frozenset(lexicon.MONTHS)  # "may", "sept", "december": a date's month is a word of its own
# The dates of a sentence that names no month (no word of `_MONTH_WORDS`).
_DIGIT_DATES: Final = compile_lists(rf"(?= [\p{{Nd}}'’] ) (?: {_DATE_DIGIT_FIRST} )", month=_MONTHS)
MASKS: Final[dict[str, regex.Pattern[str] | LazyPattern]] = {
    # Web addresses: a scheme or "www.", or dotted labels whose last one is a known TLD
    # (checked by a lookbehind, so the scan fails fast inside ordinary words).
    "url": compile_lists(r"""(?i: \b (?: https?:// | www\. ) \S+
                         | (?<![\w.@\-]) [\w\-]++ (?: \. [\w\-]++ )++
                           (?<= \. (?: com | org | net | gov | edu | io | info | int | in | co | uk | af | news ) )
                           (?![\w\-]) (?: / \S* )? )"""),
    "email": compile_lists(r"[\w.+\-]+ @ [\w\-]+ (?: \. [\w\-]+ )+"),
    "handle": compile_lists(r"(?<![\w]) [#@] \w+"),
    # A match score or a vote tally: "won 7-2", "led 9-2", "tied at 2-2", "drew 89-89",
    # "beat Chelsea 3-1", "a 7-2 vote", "a 5-4 Supreme Court ruling", "by a vote of 52-47".
    # After a verb it is no score when a counted noun follows ("lost 5-10 jobs").
    "score": compile_lists(
        r"""(?<= \b (?: (?i: \L<verb> ) (?: \s+ (?i: at | by | of | to ) )?
                    | (?i: (?: a | the ) \s+ (?: vote | score | scoreline | margin | tally ) \s+ (?: of | was | is ) ) )
                 \s+ (?: (?i: the ) \s+ )? (?: \p{Lu}[\p{L}.'’\-]* \s+ ){0,3} )
            \p{Nd}{1,3} [-–] \p{Nd}{1,3} \b
            (?! [-–] | \s+ (?! (?i: as | is | was | this | his | its | thanks | plus | minus ) \b ) \p{Ll}{2,} s \b )
          | \b \p{Nd}{1,3} [-–] \p{Nd}{1,3} (?= [\s\-]+ (?: \p{Lu}[\p{L}.'’\-]* \s+ ){0,3} (?i: \L<noun> ) \b )""",
        verb=_SCORE_VERBS, noun=_SCORE_NOUNS,
    ),
    "phone": compile_lists(
        r"""(?: \( \+? \p{Nd}{1,4} \) | \+ \p{Nd}{1,4} ) [\s.\-]* \p{Nd} [\p{Nd}\s.\-]{5,} \p{Nd}
          | \b \p{Nd}{3} [\-.] \p{Nd}{3} [\-.] \p{Nd}{4} \b
          | \b 0 \p{Nd}{1,4} [\s\-] \p{Nd}{3,4} [\s\-]? \p{Nd}{3,4} \b        # 020 7946 0958, 07 3666 8000
          | \b 0 \p{Nd}{2,5} [\x20\-] \p{Nd}{5,6} \b | \b 0 [\x20\-] \p{Nd}{3} (?: [\x20\-] \p{Nd}{2,4} ){2,3} \b   # 08600 10111, 0 800 800 11
          | (?<= \b (?i: send | text | sms ) \s+ \p{Lu}{2,} \s+ (?i: to ) \s+ ) \p{Nd}{3,6} \b   # text SLIDE to 8228
          | \b 0 \p{Nd} (?P<pair>[\x20.]) \p{Nd}{2} (?: (?P=pair) \p{Nd}{2} ){3} \b   # 04 72 10 30 30 (in pairs)
          | \( \p{Nd}{3} \) \s? \p{Nd}{3} [\-.] \p{Nd}{4}"""
    ),
    "clock": compile_lists(
        r"""\b \p{Nd}{1,2} [:.] \p{Nd}{2} (?: [:.] \p{Nd}{2} )? \s* (?i: [ap] \.? m \b \.? | gmt | utc | bst | [ecmp][sd]t | cet | hrs )
          | \b \p{Nd}{1,2} : \p{Nd}{2} (?: : \p{Nd}{2} )? (?: \. \p{Nd}+ )? \b
          | \b \p{Nd}{4} - \p{Nd}{2} - \p{Nd}{2} T [\p{Nd}:.]+ Z?
          | \b \p{Nd}{1,2} \s* (?i: [ap] \. m \. | [ap] m \b )
          | (?<= \b (?i: at | by | until | till | before | after | around | from ) \s+ )  # at 3 in the morning
            \p{Nd}{1,2} (?= \s+ (?i: in \s+ the \s+ (?: morning | afternoon | evening ) | at \s+ night | o['’]clock ) \b )
          | \b \p{Nd}{4} \s* (?i: gmt | utc | hrs | hours \s+ gmt ) \b"""
    ),
    "date": lazy_lists(rf"(?: {_DATE_MONTH_FIRST} | {_DATE_DIGIT_FIRST} )", month=_MONTHS),  # (most texts: the narrowed form)
    # A number to call or text, after the word that says so, whatever its grouping ("call
    # 922 55 00 20", "Hotline (free): 151", "on 1800 226 226"), up to a clause end or a joint
    # ("call 20 witnesses" counts witnesses).
    "contact": lazy_lists(
        r"""\b (?i: \L<cue> ) \b \.? (?: \s* \( [^()]{0,15} \) )?
            (?: \s* : | \s+ (?i: on | at | number | no\. ) )? \s*
            (?: (?= [+0] | \p{Nd}{3} | \p{Nd}+ [\-.\x20] \p{Nd} )             # phone-like: 3 digits, a 0 or +, groups
                \+? \p{Nd} (?: \p{Nd} | [\-.\x20] (?= \p{Nd} ) )*                # a number, any grouping
                (?: \s* (?: / | ,(?=\s) | (?i: or | and ) \b ) \s* (?= [+\p{Nd}] ) )? )+   # another
            (?<= \p{Nd} ) (?! [,.] \p{Nd} )
            (?= \s* (?: [.,;:)!?] | $ ) | \s+ (?i: for | from | between | if | free | in \s+ (?: an \s+ )? emergenc\w* | in \s+ case ) \b
                | \s+ (?i: or | to | and ) \b (?! \s+ (?: [+\p{Nd}] | (?i: more | so | less ) \b ) ) )
          # after "enquiries", "Newsroom:" only a number in groups: three or more, or a last of four
          # ("33 3641 4507", "555-0143"; "inquiries 350" in a tally counts)
          | \b (?i: \L<grouped> ) \b \s* (?: : | (?i: on | at ) )? \s* \+?
            (?: \p{Nd}{2,5} (?: [\-.\x20] \p{Nd}{2,5} ){2,} | \p{Nd}{3,5} [\-.\x20] \p{Nd}{4} ) (?! [,.]? \p{Nd} )""",
        cue=lexicon.CONTACT_WORDS, grouped=lexicon.GROUPED_CONTACT_WORDS,
    ),
    # A page's or a gallery's place: "Page 2 of 3", "Photo 1 of 5", "Part 3 of 4" (no count).
    "page": lazy_lists(
        r"\b (?i: page | photo | image | picture | slide | part ) \s+ \p{Nd}{1,3} \s+ of \s+ \p{Nd}{1,3} \b"),
}
# A mask read in a narrower form when the sentence holds none of the words the full form
# needs: a sentence that names no month has only the dates written in digits.
MASK_NARROWED: Final[dict[str, tuple[frozenset[str], regex.Pattern[str]]]] = {"date": (_MONTH_WORDS, _DIGIT_DATES)}
# A mask that needs one of these words (case-folded) is not searched for without one.
MASK_WORDS: Final[dict[str, frozenset[str]]] = {"contact": frozenset(lexicon.CONTACT_WORDS + lexicon.GROUPED_CONTACT_WORDS),
                                          "page": frozenset({"page", "photo", "image", "picture", "slide", "part"})}
_TLDS: Final = ("com", "org", "net", "gov", "edu", "io", "info", "int", "in", "co", "uk", "af", "news")
# A cheap test each costly mask runs after: no cue, no match possible.
MASK_CUES: Final[dict[str, regex.Pattern[str]]] = {
    # a scheme, "www." or a known last label ("un.org"), not "U.S." or "1.5"
    "url": compile_regex(rf"://|(?i:www\.|\.(?:{'|'.join(_TLDS)})(?![\w\-]))"),
    "email": compile_regex(r"@"),
    "handle": compile_regex(r"[#@]"),
    # every alternative of these holds a digit (a sentence with only number words has none)
    **dict.fromkeys(("phone", "clock", "date"), compile_regex(r"\p{Nd}")),
    # both alternatives of a score hold two numbers joined by a dash ("7-2"); the full
    # pattern starts with a lookbehind that `regex` tries at every character
    "score": compile_regex(r"\p{Nd}[-–]\p{Nd}"),
}


# Strings a cue cannot match without, one of them in the case-folded sentence (a search
# in C, where the cue is a scan of every character): no string, no cue searched.
CUE_STRINGS: Final[dict[str, tuple[str, ...]]] = {
    "url": ("://", "www.", *(f".{tld}" for tld in _TLDS)),
    "email": ("@",),
    "handle": ("#", "@"),
    "score": ("-", "–"),
}


_MASK_MEANINGS: Final = {
    "url": 'a web address: "www.un.org", "bbc.co.uk/news/12345"',
    "email": 'an e-mail address: "press@un.org"',
    "handle": 'a hashtag or handle: "#G20", "@UN_News2"',
    "score": 'a match score: "won 7-2", "a 3-1 victory"',
    "contact": 'a number to call after the word that says so: "call 922 55 00 20", "Hotline (free): 151"',
    "phone": 'a phone number: "+44 20 7946 0958", "555-123-4567"',
    "clock": 'a clock time: "06:25 PM", "14:30 GMT", "9 a.m."',
    "date": 'a date: "23/July/2021", "Sept. 11", "March 3, 2021", "the 1990s"',
    "page": 'a page or a picture of a set: "Page 2 of 3", "Photo 1 of 5"',
}
MASK_RULES: Final = tuple(Rule(f"mask.{name}", Stage.MASK, _MASK_MEANINGS[name], MASKS[name].finditer)
                          for name in MASKS)
_RULE_OF: Final = dict(zip(MASKS, MASK_RULES, strict=True))


# The masks whose every match starts at a digit after no word character (the first digit of
# a run), a "(" or "+" before a digit or sign (phone numbers) or an apostrophe before a
# digit ("'90s"); the date mask also at a month's name. Each is tried only there (with
# `finditer_at`, the same matches as a scan: tests/find/test_fast_paths.py).
_AT_DIGITS: Final = frozenset({"phone", "clock", "date"})
_DIGIT_STARTS: Final = compile_regex(r"\p{Nd}+|[(+'’](?=[+\p{Nd}])")
Run = tuple[int, int]  # a run of digits (start, end), or a bracket, plus sign or apostrophe (start, start)


def _at_digits(name: str, sentence: str, runs: list[Run], words: frozenset[str],
               starts: list[int] | None = None) -> list[regex.Match[str]]:
    """The matches of a mask of `_AT_DIGITS`, tried only where one can start (`starts`,
    when the caller has them: `_could_start`'s answer)."""
    if not runs:  # every match holds a digit
        return []
    narrowed = name in MASK_NARROWED and MASK_NARROWED[name][0].isdisjoint(words)
    if starts is None:
        starts = _could_start(name, sentence, runs, words, narrowed)
    if not starts and (narrowed or name != "date"):
        return []
    if narrowed:
        return list(finditer_at(MASK_NARROWED[name][1], sentence, starts))
    pattern = MASKS[name]
    full = pattern.compiled() if isinstance(pattern, LazyPattern) else pattern
    if name == "date":
        months = word_starts(sentence, _MONTH_WORDS)
        if months is None:  # a letter that case-folds oddly: the whole text
            return list(full.finditer(sentence))
        starts = merged(starts, months)
    return list(finditer_at(full, sentence, starts))


def _could_start(name: str, sentence: str, runs: list[Run], words: frozenset[str], narrowed: bool) -> list[int]:
    """The places of `runs` where the mask can match: a bracket, plus sign or apostrophe,
    and the digit runs whose length and next characters one of its alternatives starting
    at a digit needs (`_clock_at`, `_date_at`, the phone's test in `_digit_mask_starts`: a
    date's "5/3", "1990s", a clock's "9:30", "9 am", "2100 GMT", a phone's "0..." or "555-",
    a number to text). A test on a few characters
    spares the pattern's call (tests/find/test_fast_paths_masks.py); a sentence holding a
    letter that case-folds oddly is tried at every run."""
    return _digit_mask_starts(sentence, runs, words, narrowed)[name]


def _digit_mask_starts(sentence: str, runs: list[Run], words: frozenset[str],
                       narrowed: bool) -> dict[str, list[int]]:
    """`_could_start` for the phone, clock and date masks at once: one pass over the runs
    (`narrowed`: the sentence names no month, so a date's "5 May" needs no look)."""
    if compiled.odd_folding(sentence):
        every = [start for start, _ in runs]
        return {"phone": every, "clock": every, "date": every}
    # the phone's number to text needs a word that says so; a date's "5 May" a month's name
    texting, months = not _TEXTING.isdisjoint(words), not narrowed
    phone: list[int] = []
    clock: list[int] = []
    date: list[int] = []
    for start, end in runs:
        if end == start:
            phone.append(start)
            clock.append(start)
            date.append(start)
            continue
        # (each test's first characters asked here, before a call: most runs need none)
        length, after = end - start, sentence[end:end + 1]
        if sentence[start] == "0" or (length == 3 and after in _DASH_POINT) or (texting and 3 <= length <= 6):
            phone.append(start)  # a phone's "0...", "555-", a number to text
        if (length <= 2 or length == 4) and _clock_at(sentence, start, end, False):
            clock.append(start)
        if (after in _DATE_AFTER or (months and length <= 2)) and _date_at(sentence, start, end, months):
            date.append(start)
    return {"phone": phone, "clock": clock, "date": date}


def _clock_at(sentence: str, start: int, end: int, _: bool) -> bool:
    length, after = end - start, sentence[end:end + 1]
    if length > 4 or length == 3:
        return False
    rest = sentence[end:end + 12].lstrip()[:2].lower()  # the next two characters past any space
    if length == 4:  # "2014-05-06T10:00Z", "2100 GMT"
        return after == "-" or len(rest) < 2 or rest[0] in "guh"
    if after in _CLOCK_MARKS:  # "9:30", "9.30" (not "5." or "3.5")
        return _digit_or_other(sentence[end + 1:end + 2])
    return len(rest) < 2 or rest in _CLOCK_WORDS  # "9 am", "3 in the morning"


def _date_at(sentence: str, start: int, end: int, months: bool) -> bool:
    length, after = end - start, sentence[end:end + 1]
    if length <= 4 and after in _DATE_MARKS:  # "5/3/2021", "23/July/2021" (not "in 2015.")
        following = sentence[end + 1:end + 2]
        return following.isalnum() or not following.isascii()
    return (length == 4 and after in _YEAR_AFTER) or (months and length <= 2)  # "1990s", "2012–13", "5 May"


def _digit_or_other(char: str) -> bool:
    """Whether a character is an ASCII digit or no ASCII character (a digit of any script)."""
    return char.isdigit() or not char.isascii()


_DATE_MARKS: Final = frozenset("/.-")
_YEAR_AFTER: Final = frozenset("-–/s")
_DATE_AFTER: Final = _DATE_MARKS | _YEAR_AFTER  # what `_date_at` wants after a run but for a month


_DASH_POINT: Final = frozenset("-.")
_CLOCK_MARKS: Final = frozenset(":.")
_CLOCK_WORDS: Final = frozenset({"a.", "am", "p.", "pm", "in", "at", "o'", "o’"})
_TEXTING: Final = frozenset({"send", "text", "sms"})


def masked_spans(sentence: str, digits: list[Run] | None = None) -> list[tuple[int, int, Rule]]:
    """Spans of the sentence that are never figures, each with the mask rule that covers it,
    in the order of `MASKS`. `digits`, when given, are its digit runs, (start, end) (the atom
    scan has them). Each mask is asked in turn, written out (a loop over the table asked
    each the same questions at several times the cost); a test compares the spans with every
    mask's own scan."""
    words = word_set(sentence)
    folded = sentence.casefold()
    found: list[tuple[str, list[regex.Match[str]]]] = []
    if _holds_cue_string("url", sentence, folded, words) and MASK_CUES["url"].search(sentence):
        found.append(("url", list(MASKS["url"].finditer(sentence))))
    at = "@" in folded  # (the cue strings of `CUE_STRINGS`)
    if at and MASK_CUES["email"].search(sentence):
        found.append(("email", list(MASKS["email"].finditer(sentence))))
    if (at or "#" in folded) and MASK_CUES["handle"].search(sentence):
        found.append(("handle", list(MASKS["handle"].finditer(sentence))))
    if ("-" in folded or "–" in folded) and MASK_CUES["score"].search(sentence, None, None, SERIAL):
        found.append(("score", list(MASKS["score"].finditer(sentence))))
    runs = _digit_runs(sentence, digits)
    if runs:  # (every match of a digit mask holds a digit)
        narrowed = _MONTH_WORDS.isdisjoint(words)
        starts = _digit_mask_starts(sentence, runs, words, narrowed)
        for name in ("phone", "clock", "date"):  # (a date may start at a month's name)
            if starts[name] or (name == "date" and not narrowed):
                found.append((name, _at_digits(name, sentence, runs, words, starts[name])))
    if not MASK_WORDS["contact"].isdisjoint(words):
        found.append(("contact", list(MASKS["contact"].finditer(sentence))))
    if not MASK_WORDS["page"].isdisjoint(words):
        found.append(("page", list(MASKS["page"].finditer(sentence))))
    return [(m.start(), m.end(), _RULE_OF[name]) for name, matches in found for m in matches]


if tuple(MASKS) != ("url", "email", "handle", "score", "phone", "clock", "date", "contact", "page"):
    raise RuntimeError("masked_spans asks the masks of MASKS in its order: write a new one out there")


def _holds_cue_string(name: str, sentence: str, folded: str, words: frozenset[str]) -> bool:
    """Whether the case-folded sentence holds one of `_cue_strings(name, ...)`; a web
    address's known last labels are looked for only when one stands as a word."""
    if name != "url" or not sentence.isascii():
        return any(map(folded.__contains__, CUE_STRINGS[name]))
    if "://" in folded or "www." in folded:
        return True
    return not _DOTTED_SET.isdisjoint(words) and any(
        map(folded.__contains__, map(_DOTTED.__getitem__, _DOTTED_SET.intersection(words))))


def _cue_strings(name: str, sentence: str, words: frozenset[str]) -> tuple[str, ...]:
    """The strings of `CUE_STRINGS[name]` the sentence must hold for the cue to match. For
    a web address in an ASCII sentence: "://", "www." and the known last labels it holds as
    words of their own (the cue wants one after a point and before no word character or
    hyphen: "un.org", not "U.S." or ".community"), fewer searches than every label."""
    if name == "url" and sentence.isascii():
        return ("://", "www.", *map(_DOTTED.__getitem__, _DOTTED.keys() & words))
    return CUE_STRINGS[name]


_DOTTED: Final = {tld: f".{tld}" for tld in _TLDS}
_DOTTED_SET: Final = frozenset(_DOTTED)


def _digit_runs(sentence: str, digits: list[Run] | None) -> list[Run]:
    """Where `_DIGIT_STARTS` matches: the digit runs, and the brackets, plus signs and
    apostrophes before a digit (a plus sign also before another: found by the scan), these
    as (start, start)."""
    if digits is None or "+" in sentence:
        return [(at, at) if sentence[at] in _SIGNS_BEFORE else (at, m.end())
                for m in _DIGIT_STARTS.finditer(sentence, None, None, False, SERIAL) for at in [m.start()]]
    marks = [(at - 1, at - 1) for at, _ in digits if at and sentence[at - 1] in _OPENERS]
    return sorted(digits + marks) if marks else digits


_OPENERS: Final = frozenset("('’")
_SIGNS_BEFORE: Final = frozenset("(+'’")  # a mark of `_DIGIT_STARTS` before a digit
