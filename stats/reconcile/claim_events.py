"""Which articles report the same event: the first step of matching claims across them.

Two articles are about one event when the proper names their figures' sentences hold
overlap enough, each name weighed by how rare it is among the articles (a shared "Ukerewe"
or "MINUSCA" says more than a shared "Lake" or "Nigeria"). Articles are compared only when
they share a name, through an index from name to articles, so the work grows with the
articles that share names, not with the square of the corpus. Claims are then looked for
within one event, where the same category and group of people is the same claim, whatever
the place level ("Nansio", "Ukerewe island") or the day of the report.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence

import regex

from stats.lexicon.claims import GENERIC_NAME_WORDS
from stats.lexicon.pattern_cache import compile_regex
from stats.model import Figure
from stats.read.metadata import looks_like_masthead
from stats.reconcile.claim_keys import DATELINE_CREDIT, Keys, country_of, iter_names
from stats.reconcile.telling import day, linked_by_values

SAME_EVENT = 0.3  # weighted share of the lighter article's key names that the two share
MIN_SHARED = 2  # names two articles of one event share at least ("Ukerewe", "Tumaini"), or
# all the names a short one has
KEY_NAMES = 12  # an article's key names: its heaviest by count times rarity
NEAR_DAYS = 21  # articles published further apart than this report different events
_COMMON = 0.5  # a name in more than this share of the articles (and more than 50) links none
_TOP_LINES = 4  # lines at a report's top where its credits stand (a title, a by-line, a date)
_BY_LINE = compile_regex(r"^\s*By\s+\p{Lu}")
# A wire's credits at a report's end: "(Reporting by Tom Hale; Editing by Ana Ruiz)".
# (not "compiled by", which a sentence's bracket may hold: "(compiled by the Kano State Ministry")
_WIRE_CREDITS = compile_regex(
    r"\((?:Additional\s+)?(?:Reporting|Writing|Editing)\s+by\b[^()\n]*\)", regex.IGNORECASE)
_NAME = compile_regex(r"\p{L}[\p{L}\p{N}'’-]*")
_PIECE = 1 << 16  # a text longer than this has its names read a piece at a time (memory)
_POSTING = 200  # a name in more articles than this links none either: the pairs it would make
# grow with the square of its articles ("Kabul" in 40,000 reports); rarer names still link


def events(figures: Sequence[Figure], keyed: Sequence[Keys],
           article_names: Mapping[str, Counter[str]] | None = None,
           published: Mapping[str, str] | None = None) -> dict[str, int]:
    """Each article's event number (articles of one event share it). `article_names` gives
    the names of an article's whole text and title (see `names_in`) where the caller has
    them; otherwise the names of its figures' sentences and places stand for them. Two
    articles whose whole texts are known and that are set in two places (`_other_scenes`)
    are two events (what a text never names can only be told from all of it)."""
    names: dict[str, Counter[str]] = defaultdict(Counter)
    scene: dict[str, frozenset[str]] = {}
    for f, k in zip(figures, keyed, strict=True):
        names[f.doc].update(k.names)
        names[f.doc].update(_place_words(f.place))
        if f.place and f.doc not in scene and article_names and f.doc in article_names:
            scene[f.doc] = _scene(f.place)  # (figures come in text order: the lede's place)
    for doc, found in (article_names or {}).items():
        if doc in names:
            names[doc].update(found)
    docs = sorted(names)  # (numbered in name order: the lower number is the first name)
    weight, linking = _weights(names.values(), len(docs))
    key = [_key_names(names[d], weight, linking) for d in docs]
    total = [_weight_of(named, weight) for named in key]
    dates = published or {}
    span = [(dates.get(d, "")[:10],) * 2 for d in docs]
    parent = list(range(len(docs)))
    by_values = set(linked_by_values(figures, [k.kind.removeprefix("aside:") for k in keyed], docs, dates))
    for a, b in _candidates(key, by_values):
        ra, rb = _root(parent, a), _root(parent, b)
        if ra == rb:
            continue  # one event already (joining them again would change nothing)
        tied = (a, b) in by_values or _named_alike(key[a], key[b], min(total[a], total[b]), weight)
        if tied and not _other_scenes(scene.get(docs[a], frozenset()), scene.get(docs[b], frozenset()),
                                      names[docs[a]], names[docs[b]]):
            _join(parent, span, ra, rb)
    roots = sorted({_root(parent, i) for i in range(len(docs))})
    number = {root: i for i, root in enumerate(roots)}
    return {d: number[_root(parent, i)] for i, d in enumerate(docs)}


def names_in(text: str) -> Counter[str]:
    """The proper names of a text with their counts, lower case: capitalised words that do
    not open a sentence or line (see `claim_keys.names_of`), but those of its credits: a
    by-line ("By Kwame Boateng, Pan-African Wire"), an outlet's name on a line of its own
    among the top lines ("Radio Indico"), a wire dateline's agency ("ACCRA (PAW) -") and a
    wire's credits ("(Reporting by Tom Hale; Editing by ...)") say who wrote the report, not
    what happened, so two reports by one wire about a cyclone and
    about inflation share no event by them. A long text is read a paragraph's end at a time
    (`_PIECE`), so its names cost memory and not copies of it."""
    counted: Counter[str] = Counter()
    start = 0
    while start < len(text):
        end = _piece_end(text, start)
        piece = text[start:end] if start or end < len(text) else text
        lines = piece.split("\n")
        for i, line in enumerate(lines[1:_TOP_LINES] if not start else (), start=1):  # (the first: the title)
            if not line.strip():
                break
            if _BY_LINE.match(line) or looks_like_masthead(line.strip()):
                lines[i] = ""
        kept = "\n".join(lines)
        if "by " in kept or "By " in kept or "BY " in kept:  # "(Reporting by Tom Hale; ...)"
            kept = _WIRE_CREDITS.sub("", kept)
        counted.update(iter_names(DATELINE_CREDIT.sub(_blank_credit, kept)))
        start = end
    return counted


def packed_names(text: str) -> str:
    """`names_in(text)` packed in one string, a "count name" line each: what a run keeps of
    an article whose text it lets go (one object, not a dict of strings)."""
    return "\n".join(f"{count} {name}" for name, count in names_in(text).items())


def unpacked_names(packed: str) -> Counter[str]:
    """The names `packed_names` packed, with their counts."""
    counted: Counter[str] = Counter()
    for line in packed.split("\n") if packed else ():
        count, name = line.split(" ", 1)
        counted[name] = int(count)
    return counted


def _piece_end(text: str, start: int) -> int:
    """Where the piece of a text read from `start` ends: after the first paragraph break (else
    line break) `_PIECE` characters on, or at the text's end."""
    if len(text) - start <= _PIECE:
        return len(text)
    for mark in ("\n\n", "\n"):
        found = text.find(mark, start + _PIECE, start + 2 * _PIECE)  # (a near break, not any)
        if found >= 0:
            return found + len(mark)
    space = text.find(" ", start + 2 * _PIECE)  # (a text without line breaks: a word's end)
    return len(text) if space < 0 else space + 1


def _blank_credit(credit: regex.Match[str]) -> str:
    """A dateline with its agency blanked ("ACCRA (   ) -")."""
    start, end = credit.start(1) - credit.start(), credit.end(1) - credit.start()
    whole = credit.group()
    return whole[:start] + " " * (end - start) + whole[end:]


def _key_names(counted: Counter[str], weight: Mapping[str, float], linking: set[str]) -> set[str]:
    """An article's heaviest names (count times rarity) among those another article also
    names: what it is about that could tie it to another report, whatever its length."""
    ranked = sorted((n for n in counted if n in linking), key=lambda n: (-counted[n] * weight[n], n))
    return set(ranked[:KEY_NAMES])


def _far_apart(a: str, b: str) -> bool:
    """Whether two publication dates (ISO, as the reader writes them) are weeks apart."""
    first, last = day(a), day(b)
    return first is not None and last is not None and abs((first - last).days) > NEAR_DAYS


def _scene(place: str) -> frozenset[str]:
    """The names of an article's scene: those of the place of its first placed figure (the
    lede's "near Kalana", "in the port city's Patenga area"), a nationality as its country,
    no generic word ("district", "southern")."""
    return frozenset(country_of(w) for w in _place_words(place)) - GENERIC_NAME_WORDS


def _other_scenes(scene_a: frozenset[str], scene_b: frozenset[str], names_a: Counter[str],
                  names_b: Counter[str]) -> bool:
    """Whether two reports are set in two places: each has a scene with a name the other
    never names. A second mine collapse near Kenieba is another event than the one near
    Kalana, in one country and one week, however many names (the country's, its
    neighbours') the reports share; a later report set where the injured were taken still
    names the first report's scene, so it stays with it."""
    return (bool(scene_a - set(names_b)) and bool(scene_b - set(names_a))
            and not scene_a & scene_b)


def _place_words(place: str | None) -> list[str]:
    return [w.lower() for w in (place or "").replace("’s", "").replace("'s", "").split() if w[:1].isupper()]


def _weights(documents: Iterable[Counter[str]], total: int) -> tuple[dict[str, float], set[str]]:
    """A name's weight, log(1 + articles / articles naming it), and the names that can tie
    articles: named by two or more, and not by most of a large corpus."""
    frequency: Counter[str] = Counter()
    for counted in documents:
        frequency.update(set(counted))
    weight = {name: math.log(1 + total / n) for name, n in frequency.items()}
    linking = {name for name, n in frequency.items()
               if 1 < n <= _POSTING and not n > _COMMON * total > 50 and name not in GENERIC_NAME_WORDS}
    return weight, linking


def _candidates(names: Sequence[set[str]], more: Iterable[tuple[int, int]] = ()) -> Iterator[tuple[int, int]]:
    """Pairs of articles (by number) that share a name that is not everywhere, and the pairs
    `more` gives, in order (each pair once, the lower number first). A pair is made as one
    integer, so a few hundred thousand pairs are made and sorted as integers, not as tuples."""
    count = len(names)
    index: dict[str, list[int]] = defaultdict(list)
    for number, named in enumerate(names):
        for name in named:
            index[name].append(number)
    pairs: set[int] = {a * count + b for a, b in more}
    for numbers in index.values():
        if len(numbers) > _POSTING:
            continue
        for i, a in enumerate(numbers):
            pairs.update(a * count + b for b in numbers[i + 1:])
    return (divmod(pair, count) for pair in sorted(pairs))


def _named_alike(a: set[str], b: set[str], lighter: float, weight: Mapping[str, float]) -> bool:
    """Whether two articles' key names say one event: they share `MIN_SHARED` (or all a short
    one has) and those weigh `SAME_EVENT` of the lighter article's."""
    shared = a & b
    enough = len(shared) >= min(MIN_SHARED, len(a), len(b))
    return enough and _similarity(shared, lighter, weight) >= SAME_EVENT


def _weight_of(names: set[str], weight: Mapping[str, float]) -> float:
    """The weight of some names (summed in name order, so the result is the same in every
    process)."""
    return sum(weight[n] for n in sorted(names))


def _similarity(shared: set[str], lighter: float, weight: Mapping[str, float]) -> float:
    """The weight of the names two articles share over the lighter article's (each
    article's weight summed once, not once per pair)."""
    return _weight_of(shared, weight) / lighter if lighter else 0.0


def _root(parent: list[int], d: int) -> int:
    while parent[d] != d:
        parent[d] = parent[parent[d]]
        d = parent[d]
    return d


def _join(parent: list[int], span: list[tuple[str, str]], ra: int, rb: int) -> None:
    """One event of two (given by their roots), unless together their reports would span
    more than `NEAR_DAYS` (a chain of attacks in one province over months is not one event)."""
    dated = [d for d in (*span[ra], *span[rb]) if d]
    if dated and _far_apart(min(dated), max(dated)):
        return
    keep, gone = min(ra, rb), max(ra, rb)
    parent[gone] = keep
    span[keep] = (min(dated), max(dated)) if dated else ("", "")
