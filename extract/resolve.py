"""Toponym resolution: choose, for each recognised name, the place the article means.

``readings`` scores every gazetteer entry a name may mean before any context: kind of place,
population, capital, own name or alternate, and a few rules (a country or state name beats towns of
that name, an area named after its main city means the city). ``resolve_mentions`` then reads the
whole article: one reading per distinct name; a qualifier after any occurrence ("Paris, Texas",
"Athens, Ga."); support from the possible readings of the other names (the countries they name or
lie in, the first-level areas they lie in, and how near their readings are), counted double for
names close by in the text; and finally nearness to the places chosen for the others.
``resolve_spans`` resolves spans given by a caller (the benchmark, manual correction in the
dashboard), optionally asking an online geocoder for names the gazetteer lacks.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from . import parts
from .gazetteer import Entry, Gazetteer, area_codes, distance_km, get_gazetteer, normalize
from .model import Level, Place

if TYPE_CHECKING:
    from .geocoders.base import Geocoder

# Weights, all on the scale of log10(population); tuned on the whole of three dev corpora at once.
# Before context:
CAPITAL_BONUS = 1.0  # a national capital, whose other names ("Kiev", "Washington") are the ones news uses
ADMIN_BASE = 2.0  # prior of a first-level area over a town of the same population
ALTERNATE_WHEN_EXACT = 1.5  # extra doubt on an alternate name when another place bears the name itself
ALTERNATE_SIZE = 10  # ... unless the place is this many times bigger than its country's towns of that name
BIG_NAME_MARGIN = 3.0  # how much less a town is than a country, region or state of the same name
BIG_AREA = 300_000  # only areas this populous are "big names" ("Oregon", not Hanover parish, Jamaica)
MAIN_CITY_SHARE = 5  # an area named like a city holding at least 1/5 of its people means the city
BIG_CITY = 100_000  # a city whose people have a name of their own ("Parisians", "Bostonians")
MAX_CANDIDATES = 25  # only the best readings of a name take part in the context rounds
QUALIFIER_COUNTRY, QUALIFIER_ADMIN1 = 4.0, 6.0  # "Paris, Texas": a country, a state named after the name
# Context:
SUPPORT_EXPLICIT, SUPPORT_COUNTRY, SUPPORT_ADMIN1, SUPPORT_NEAR = 2.0, 0.4, 1.5, 3.0
SUPPORT_NAMED_AREA = (
    1.5  # a town or county in a state or province the article names ("Perry County" with "Tennessee")
)
CAPITAL_OF_NAMED = 4.0  # a national capital in an article that names its country
NEAR_KM = 40.0  # scale of "near" between readings in the same first-level area
DAMP_FROM, DAMP_SCALE = 1.5, 1.0  # country support fades for readings this far below the best one
LOCAL_CHARS, LOCAL_FACTOR = 250, 2.0  # names this close in the text count this much more
EVIDENCE_MIN = 0.05  # readings less likely than this relative to the best one say nothing
EVIDENCE_SPREAD = 2.0  # how far below the best reading a reading of a name still counts as evidence
NEARBY_CHARS = 40  # a name the gazetteer lacks is in the town named this close to it, if any
ROUNDS = 1  # rounds of nearness to the places chosen for the other names
LIST_LEVEL = 8.0  # a name in a list ("Georgia, Oklahoma and Ohio") is the same kind of place as the rest
KIND_WORD = 4.0  # "Washington state", "Madison County": the area of that kind and name
TOWN_WORD = 12.0  # "the city of Turkey", "Town of Hempstead": a town even against a country of that name
_QUALIFIER = re.compile(r",\s*((?:[A-Z][\w.']*)(?:\s+[A-Z][\w.']*){0,2})")
_QUALIFIER_GOES_ON = re.compile(r"\s+[A-Z]")  # "Panama City", "Vladimir Isachenkov": more capitalised words
STATE_COUNTRIES = ("US", "CA", "AU")  # where news writes a town with its state: "Paris, Texas"
STRAY_SHARE = 0.6  # share of an article's other places in one country that makes a lone foreign village stray
STRAY_MIN = 2  # ... and how many names at least that takes
_LIST_JOIN = re.compile(r"\s*(?:,|;|/|&|,?\s*and|,?\s*or)\s*", re.IGNORECASE)
_CONJUNCTION = re.compile(r"\b(?:and|or)\b|[&/;]", re.IGNORECASE)
_KIND_WORD = {
    "admin1": re.compile(r"\s+[Ss]tate\b(?!\s+(?:Department|[Uu]niversity|College|Police|Patrol))"),
    "admin2": re.compile(r"\s+(?:County|Parish)\b"),
}
# "the city of Turkey", "City of Turkey", not "the capital city of Kenya" or "the largest city of Brazil"
_TOWN_BEFORE = re.compile(r"(?:\b[Tt]he\s+(?:[Cc]ity|[Tt]own|[Vv]illage)|\b(?:City|Town|Village))\s+of\s+$")
# "the state of Washington", "the province of Punjab": the first-level area, not its capital or a town
_STATE_BEFORE = re.compile(r"\b[Tt]he\s+(?:[Ss]tate|[Pp]rovince)\s+of\s+$")
_OWN_KIND = re.compile(r" (county|co|parish|borough|province|state|governorate|prefecture|oblast)$")
# a North American phone number, "(519) 661-5670" or "304-399-6500" (not "1-800-..." toll-free: no area)
_PHONE = re.compile(r"[2-9]\d{2}-\d{4}(?![\d-])")  # the exchange and line number, found first (fast)
_AREA_CODE = re.compile(r"(?:\(([2-9]\d{2})\) ?|(?<![\d-])([2-9]\d{2})-)$")  # ... and the area code before them
_KINDS_WORD = {"admin1": re.compile(r"\s+states\b"), "admin2": re.compile(r"\s+(?:counties|parishes)\b")}


@dataclass(frozen=True, slots=True)
class Mention:
    """A name to resolve: ``text[start:end]`` with its lookup ``key`` (and country code for demonyms)."""

    start: int
    end: int
    key: str
    demonym: str | None = None


def prior(entry: Entry, key: str, gazetteer: Gazetteer | None = None) -> float:
    """Plausibility of ``entry`` for a name with lookup ``key`` before looking at the article."""
    pop = math.log10(entry.population + 1)
    if entry.level is Level.COUNTRY:
        s = 9.0 + pop * 0.1
    elif entry.level is Level.REGION or (entry.level is Level.ADMIN and not entry.population):
        s = 8.5  # curated regions and territories ("Gaza Strip") carry no population
    elif entry.admin2:
        s = pop * 0.8 - 0.5 - (2.0 if normalize(entry.name) != key else 0.0)  # "Clarke" for Clarke County
    elif entry.level is Level.ADMIN:
        # a populous state or province is named more often than a town of its size; a small parish is not
        s = (ADMIN_BASE + pop * 0.85 if entry.population >= BIG_AREA else pop) - (
            1.0 if normalize(entry.name) != key and len(key) > 3 else 0.0
        )
    else:
        s = pop
    if entry.capital:
        s += CAPITAL_BONUS
    elif entry.level is Level.CITY and normalize(entry.name) != key:
        # an alternate name: "Paris" is also an old name of some hamlets, "New Delhi" one of Delhi's
        s -= 1.5 if entry.population < 100_000 else 1.0
    return s


# ---- whole-article resolution --------------------------------------------------------------------
def _km(a: Entry, b: Entry) -> float:
    return distance_km(a.lat, a.lon, b.lat, b.lon)


def _qualifiers(text: str, end: int, gazetteer: Gazetteer) -> list[tuple[str, str | None]]:
    """The (country, admin1) named right after a place: "Athens, Ga." -> [("US", "GA")]; a name that
    is both a country and a state gives both ("Atlanta, Georgia")."""
    m = _QUALIFIER.match(text, end, min(len(text), end + 40))
    if not m:
        return _described(text, end, gazetteer)
    words = m.group(1).split()
    for n in range(len(words), 0, -1):
        key = normalize(" ".join(words[:n]))
        q = gazetteer.qualifiers.get(key)
        if q:
            states = [
                (e.country, e.admin1)
                for e in gazetteer.index.get(key) or ()
                if e.level is Level.ADMIN and not e.admin2 and e.country and e.population >= BIG_AREA
            ]
            return [q, *(s for s in states if s != q)]
    return []


# "Perth, the Western Australian capital", "Victoria, the Seychelles capital": the area an apposition names
_DESCRIBED = re.compile(r",\s*(?:the|a)\s+((?:[A-Z][\w'-]*\s+){1,3})(?:state\s+|provincial\s+|regional\s+|port\s+)?"
                        r"(?:capital|city|town|port|village)\b")


def _described(text: str, end: int, gazetteer: Gazetteer) -> list[tuple[str, str | None]]:
    """The (country, admin1) of an apposition that describes the place by its area's adjective or name."""
    m = _DESCRIBED.match(text, end, min(len(text), end + 60))
    if not m:
        return []
    words = m.group(1).split()
    for n in range(len(words)):  # "Western Australian", then "Australian"
        key = normalize(" ".join(words[n:]))
        for k in (key, key[:-1] if key.endswith("n") else ""):  # the state's name from its adjective
            if k in gazetteer.qualifiers:
                return [gazetteer.qualifiers[k]]
        if key in gazetteer.demonyms:
            return [(gazetteer.demonyms[key], None)]
    return []


_POSSESSOR = re.compile(r"((?:[A-Z][\w.'-]*\s+){0,2}[A-Z][\w.'-]*)['’]s\s+(?:(?:[a-z][\w-]*)\s+)?$")


def _possessor(text: str, start: int, gazetteer: Gazetteer) -> tuple[str, str | None] | None:
    """The (country, admin1) a place is named as part of: "Quebec's North Shore", "Iraq's southern Basra"."""
    m = _POSSESSOR.search(text, max(0, start - 40), start)
    return gazetteer.qualifiers.get(normalize(m.group(1))) if m else None


def _state_after(text: str, end: int, gazetteer: Gazetteer) -> tuple[str, str] | None:
    """The state or province of the news form "Town, State" ("Holliday, Mo.", "Stroud, Ontario"),
    used where that form is the convention (``STATE_COUNTRIES``); the whole capitalised run after the
    comma must be the state, so "Pensacola, Panama City" and "Beirut, Vladimir Isachenkov" name none."""
    m = _QUALIFIER.match(text, end, min(len(text), end + 40))
    if not m or _QUALIFIER_GOES_ON.match(text, m.end()):
        return None
    q = gazetteer.qualifiers.get(normalize(m.group(1)))
    return q if q and q[1] is not None and q[0] in STATE_COUNTRIES else None  # type: ignore[return-value]


def _candidates(m: Mention, gazetteer: Gazetteer) -> list[Entry]:
    if m.demonym:
        c = gazetteer.country(m.demonym)
        return [c] if c else []
    found = gazetteer.index.get(m.key)
    if found:
        if any(e.level is Level.COUNTRY for e in found):  # "Mexico" is the country, not Mexico City
            found = [e for e in found if e.level is not Level.CITY or normalize(e.name) == m.key]
        return found
    adjective = gazetteer.adjectives.get(m.key)
    return [adjective] if adjective else []


def resolve_mentions(
    text: str, mentions: Sequence[Mention], gazetteer: Gazetteer, guess_unknown: bool = False
) -> list[Entry | None]:
    """The entry each mention most likely names, using the whole article as context.

    One sense per name and article: every occurrence of a name gets the same reading, chosen from the
    evidence of all its occurrences (a qualifier after any of them counts for all). With
    ``guess_unknown``, names the gazetteer lacks get the town named next to them, else the article's
    focus (see ``nearby_town`` and ``article_focus``).
    """
    keys: dict[str, _Name] = {}
    for m in mentions:
        name = keys.get(m.key)
        if name is None:
            opts = readings(_candidates(m, gazetteer), m.key)
            name = keys[m.key] = _Name(m.key, opts, [], bool(m.demonym))
        name.positions.append(m.start)
        if name.options:
            name.qualifiers.extend(_qualifiers(text, m.end, gazetteer))
            phoned = _phone_after(text, m.end)
            if phoned is not None:
                name.qualifiers.append(phoned)
        owner = _possessor(text, m.start, gazetteer) if name.options else None
        if owner is not None:
            name.qualifiers.append(owner)
            if owner[1] is not None and owner[0] in STATE_COUNTRIES:
                name.state = name.state or owner  # type: ignore[assignment]
        name.state = name.state or _state_after(text, m.end, gazetteer)
        name.kind_word = name.kind_word or _kind_word(text, m.end, _KIND_WORD) or _own_kind(text, m) or (
            "admin1" if _STATE_BEFORE.search(text, max(0, m.start - 20), m.start) else None
        )
        name.town_word = name.town_word or bool(_TOWN_BEFORE.search(text, max(0, m.start - 20), m.start))
    for run in _lists(text, mentions, gazetteer.abbreviations):
        plural = _kind_word(text, run[-1].end, _KINDS_WORD)  # "Clarke and Oconee counties"
        for m in run:
            keys[m.key].peers.update(keys[o.key] for o in run if o.key != m.key)
            keys[m.key].kind_word = keys[m.key].kind_word or plural
    for name in keys.values():
        name.apply_qualifiers()
        name.settle_outside_qualifier(gazetteer)
    names = list(keys.values())
    for name in names:
        name.evidence = _evidence(name.options)
    context = _phone_evidence(text, gazetteer)
    for name in names:
        name.choose(names, context)
    for _ in range(ROUNDS):
        chosen = {n.key: n.best for n in names}
        for name in names:
            name.refine(chosen)
    settled = {id(n): n.best for n in names}
    for name in names:
        name.match_peers(settled)
    longer = _short_forms(names)
    out = [_part(text, m, longer.get(m.key) or keys[m.key].best, gazetteer) for m in mentions]
    if guess_unknown:  # a caller's span is a place: a better guess than the stray village
        out = _drop_stray_villages(text, mentions, out, gazetteer)
    if guess_unknown and None in out:
        focus = article_focus(out)
        out = [
            e if e is not None else guess_unknown_place(text, m, mentions, out, focus)
            for m, e in zip(mentions, out)
        ]
    return out


def _short_forms(names: list[_Name]) -> dict[str, Entry]:
    """Names that are the opening words of a bigger town the article names in full ("Rio" beside "Rio
    de Janeiro", not the Greek town Río): the bigger town, by name."""
    out: dict[str, Entry] = {}
    for name in names:
        best = name.best
        if best is None or best.level is not Level.CITY:
            continue
        for other in names:
            full = other.best
            if other.key.startswith(name.key + " ") and full is not None and full.level is Level.CITY and (
                (full.population or 0) > (best.population or 0)
            ):
                out[name.key] = full
                break
    return out


def _drop_stray_villages(
    text: str, mentions: Sequence[Mention], entries: list[Entry | None], gazetteer: Gazetteer
) -> list[Entry | None]:
    """A small town abroad that nothing else in the article points to is a namesake the gazetteer
    lacks nearer home: "The Crescent" in a story of London boroughs is no village in Oklahoma. A town
    under ``BIG_CITY`` people in a country no other name lies in, in an article whose other places lie
    mostly (``STRAY_SHARE``, at least ``STRAY_MIN`` names) in one other country, is left unresolved (and
    so guessed like unknown names); a name in a list of places is left alone ("Zaire, Bundibugyo and
    Sudan strains")."""
    countries = {m.key: e.country for m, e in zip(mentions, entries, strict=True) if e is not None}
    small = {m.key for m, e in zip(mentions, entries, strict=True) if _small_town(e, m.key)}
    if not small:
        return entries
    stray = {key for key in small if _abroad(countries[key], Counter(c for k, c in countries.items() if k != key))}
    if stray:
        stray -= {m.key for run in _lists(text, mentions, gazetteer.abbreviations) for m in run}
    return [None if m.key in stray else e for m, e in zip(mentions, entries, strict=True)]


def _abroad(country: str | None, others: Counter[str | None]) -> bool:
    """Whether a country no other name lies in is foreign to an article mostly about one other country."""
    if country in others or not others:
        return False
    n = others.most_common(1)[0][1]
    return n >= STRAY_MIN and n >= STRAY_SHARE * sum(others.values())


def _small_town(e: Entry | None, key: str) -> bool:
    """A town under ``BIG_CITY`` people named by its own name: one English has no name of its own for
    ("Auschwitz" is Oswiecim's, so a place the world knows)."""
    return (
        e is not None
        and e.level is Level.CITY
        and e.population < BIG_CITY
        and not e.capital
        and normalize(e.name) == key
    )


def _part(text: str, m: Mention, e: Entry | None, gazetteer: Gazetteer) -> Entry | None:
    """ "Southern California", "West Africa": the part of the area the name's compass words say."""
    if e is None or e.level is Level.CITY or e.admin2:
        return e
    surface = text[m.start : m.end]
    words = parts.direction(surface, m.key)
    return parts.part_of(e, words, gazetteer, parts.label(surface, e)) if words else e


# between a name and the place it lies in: "Zion Park in Utah", "Maoxian county in Sichuan", "Gondra
# district of Uttar Pradesh", "Xinmo, Kenya" (a kind word or two, then "in", "of" or a comma)
_INSIDE_GAP = re.compile(r"(?:\s+[a-z]+){0,2}(?:\s+(in|of)\s+(?:the\s+)?|\s*,\s*)")
_OWNER_GAP = re.compile(r"['’]s\s+")  # "Utah's Zion National Park"
COUNTY_KM = 80.0  # a town this near a county's point may lie in it (entries do not record their county)


def container(
    text: str, m: Mention, mentions: Sequence[Mention], entries: Sequence[Entry | None]
) -> Entry | None:
    """The place the text says ``m`` lies in: the one named right after it ("the Blorp Park in
    Michigan", "Blorp county in Sichuan province"; after a comma only an area or a country, "Blorpville,
    Kenya", for a town after a comma is as often the next of a list) or owning it ("Utah's Blorp Park")."""
    for o, e in zip(mentions, entries):
        if e is None or o is m:
            continue
        if o.start >= m.end:
            gap = _INSIDE_GAP.fullmatch(text, m.end, o.start)
            if gap and (gap[1] or e.level is not Level.CITY):
                return e
        elif o.end <= m.start and _OWNER_GAP.fullmatch(text, o.end, m.start):
            return e
    return None


def _inside(town: Entry, area: Entry) -> bool:
    """Whether a town lies in a country, a first-level area or (near enough to) a county."""
    if area.level is Level.COUNTRY:
        return town.country == area.country
    if area.level is not Level.ADMIN or (town.country, town.admin1) != (area.country, area.admin1):
        return False
    return not area.admin2 or _km(town, area) <= COUNTY_KM


def guess_unknown_place(
    text: str, m: Mention, mentions: Sequence[Mention], entries: Sequence[Entry | None], focus: Entry | None
) -> Entry | None:
    """The best guess for a name the gazetteer lacks: the place the text says it lies in (or the town
    named next to it, when that town lies there too: "of Blorpville, Okla." beside a town of Oklahoma),
    else the town named next to it, else the article's ``focus``."""
    area = container(text, m, mentions, entries)
    town = nearby_town(m, mentions, entries)
    if area is not None and (town is None or area.level is Level.CITY or not _inside(town, area)):
        return area
    return town or focus


def nearby_town(m: Mention, mentions: Sequence[Mention], entries: Sequence[Entry | None]) -> Entry | None:
    """The town named closest to ``m`` in the text, within ``NEARBY_CHARS``: "St. Mark's Church in
    Alexandria", "the Imperial Hotel, Tokyo" are in that town."""
    best: tuple[int, Entry] | None = None
    for o, e in zip(mentions, entries):
        if e is not None and e.level is Level.CITY:
            gap = max(o.start - m.end, m.start - o.end)
            if gap <= NEARBY_CHARS and (best is None or gap < best[0]):
                best = (gap, e)
    return best[1] if best else None


def _lists(text: str, mentions: Sequence[Mention], abbreviations: frozenset[str] = frozenset()) -> list[list[Mention]]:
    """Runs of names joined only by commas, "and" or "or": a list when it has three names or a
    conjunction ("Benin, Niger and Togo", "New York and Toronto"); two names joined by a comma are
    a qualified name ("Paris, Texas") rather than a list, and so is a name before a state's
    abbreviation ("Texas and Washington, D.C.")."""
    ordered = sorted(mentions, key=lambda m: m.start)
    runs: list[list[Mention]] = []
    run: list[Mention] = []
    conj = False
    for m in ordered:
        if run and normalize(text[m.start : m.end]) not in abbreviations and _LIST_JOIN.fullmatch(text, run[-1].end, m.start):
            run.append(m)
            conj = conj or bool(_CONJUNCTION.search(text, run[-2].end, m.start))
            continue
        if len(run) >= 3 or (len(run) == 2 and conj):
            runs.append(run)
        run, conj = [m], False
    if len(run) >= 3 or (len(run) == 2 and conj):
        runs.append(run)
    return runs


def _kind_word(text: str, end: int, words: dict[str, re.Pattern[str]]) -> str | None:
    """The kind of area a word right after a name or list says it is ("state", "counties")."""
    return next((kind for kind, pattern in words.items() if pattern.match(text, end)), None)


def _own_kind(text: str, m: Mention) -> str | None:
    """The kind of area a span's own last word says when its key left the word out: "PLYMOUTH CO."
    (keyed "plymouth") is a county, "Nyanza Province" a first-level area."""
    surface = normalize(text[m.start : m.end])
    if surface == m.key:
        return None
    found = _OWN_KIND.search(surface)
    return None if found is None else ("admin2" if found[1] in ("county", "co", "parish", "borough") else "admin1")


def _kind(e: Entry) -> str:
    """The kind of place an entry is, for comparing the members of a list."""
    if e.level is Level.ADMIN:
        return "admin2" if e.admin2 else "admin1"
    return e.level.value


def article_focus(entries: Iterable[Entry | None]) -> Entry | None:
    """The place an article is mostly about: its most mentioned town, else area, else country.

    A name the gazetteer lacks, but that a caller says is a place (a landmark, a street, a hamlet, a
    river: "Champs-Elysees", "Neches River"), is most often in or near the place the article is about,
    so that is the best guess for it; a country is a coarse guess, but better than none.
    """
    found = [e for e in entries if e is not None]
    for level in (Level.CITY, Level.ADMIN, Level.COUNTRY):
        counts = Counter(e.gid for e in found if e.level is level)
        if counts:
            gid = counts.most_common(1)[0][0]
            return next(e for e in found if e.gid == gid)
    return None


@dataclass
class _Evidence:
    explicit: dict[str, float]  # countries the name itself is (or is the demonym of)
    countries: dict[str | None, float]  # countries its readings lie in
    areas: dict[tuple[str | None, str], float]  # first-level areas its readings lie in
    members: dict[tuple[str | None, str], list[tuple[Entry, float]]]
    states: dict[tuple[str | None, str], float] = field(default_factory=dict)  # areas it is itself


@dataclass(eq=False)
class _Name:
    """One distinct name of the article: its readings, where it occurs and what it says about the rest."""

    key: str
    options: list[tuple[Entry, float]]
    positions: list[int]
    demonym: bool = False
    qualifiers: list[tuple[str, str | None]] = field(default_factory=list)
    evidence: _Evidence | None = None
    scores: list[tuple[Entry, float]] = field(default_factory=list)
    kind_word: str | None = None
    town_word: bool = False  # "the city of X" before some occurrence
    state: tuple[str, str] | None = None  # the state "Town, State" names after some occurrence
    peers: set[_Name] = field(default_factory=set)

    def apply_qualifiers(self) -> None:
        """ "Paris, Texas" anywhere in the article: towns in that state and country come first;
        "Washington state", "Madison County": the area of that kind; "the city of Turkey": a town."""
        boosted = []
        for e, s in self.options:
            bonus = KIND_WORD if self.kind_word is not None and _kind(e) == self.kind_word else 0.0
            if self.town_word and e.level is Level.CITY and normalize(e.name) == self.key:
                bonus += TOWN_WORD
            for cc, a1 in self.qualifiers:
                if e.country == cc and e.level is not Level.COUNTRY:
                    bonus = max(
                        bonus,
                        QUALIFIER_COUNTRY + (QUALIFIER_ADMIN1 if a1 is not None and e.admin1 == a1 else 0),
                    )
            boosted.append((e, s + bonus))
        boosted.sort(key=lambda x: -x[1])
        self.options = boosted[:MAX_CANDIDATES]
        self.scores = self.options

    def settle_outside_qualifier(self, gazetteer: Gazetteer) -> None:
        """ "Holliday, Missouri" where the gazetteer knows only a Holliday in Texas: a town it lacks,
        so the state the qualifier names is the nearest honest answer (names that are also states or
        countries are left alone: "Georgia, Florida" is a list)."""
        if not self.state or not self.options or any(e.level is not Level.CITY and not e.admin2 for e, _ in self.options):
            return  # (a county elsewhere of the name is no more the town than a namesake town: "Greenwood, W.Va.")
        if any((e.country, e.admin1) == self.state for e, _ in self.options):
            return
        area = gazetteer.admin1(*self.state)
        if area is not None:
            self.options = self.scores = [(area, self.options[0][1])]

    @property
    def best(self) -> Entry | None:
        return self.scores[0][0] if self.scores else None

    def near(self, other: _Name) -> bool:
        return any(abs(a - b) <= LOCAL_CHARS for a in self.positions for b in other.positions)

    def near_position(self, at: int) -> bool:
        return any(abs(a - at) <= LOCAL_CHARS for a in self.positions)

    def choose(self, names: list[_Name], context: Sequence[tuple[int, _Evidence]] = ()) -> None:
        """Re-score the readings by how well they fit the possible readings of the other names (and
        ``context``, what the article says of its places other than by naming them, at its position)."""
        if len(self.options) < 2:
            return
        others = [
            (n.evidence, LOCAL_FACTOR if self.near(n) else 1.0) for n in names if n is not self and n.evidence
        ]
        others.extend((ev, LOCAL_FACTOR if self.near_position(at) else 1.0) for at, ev in context)
        rescored = []
        top = self.options[0][1]
        for e, s in self.options:
            explicit = implicit = by_area = near = named_area = 0.0
            area = (e.country, e.admin1) if e.admin1 and e.level is not Level.COUNTRY else None
            inner = area is not None and (e.level is Level.CITY or e.admin2)
            for ev, f in others:
                if inner:
                    named_area += f * ev.states.get(area, 0.0)  # type: ignore[arg-type]
                explicit += f * ev.explicit.get(e.country or "", 0.0)
                implicit += f * ev.countries.get(e.country, 0.0)
                if area is not None and area in ev.areas:
                    by_area += f * ev.areas[area]
                    if e.level is Level.CITY or e.admin2:
                        near += f * max(
                            (w * math.exp(-_km(e, b) / NEAR_KM) for b, w in ev.members[area] if b is not e),
                            default=0.0,
                        )
            national = SUPPORT_EXPLICIT * min(explicit, 2.0) + SUPPORT_COUNTRY * min(implicit, 4.0)
            if e.capital and e.level is Level.CITY:  # "Rome" in an article that names Italy
                national += CAPITAL_OF_NAMED * min(explicit, 1.0)
            # naming a country says little about which of its villages is meant: Brussels, Wisconsin
            # needs more than an article that mentions the United States to beat Brussels
            gap = max(0.0, top - s - DAMP_FROM)
            s += (
                national / (1.0 + gap / DAMP_SCALE)
                + SUPPORT_ADMIN1 * min(by_area, 3.0)
                + SUPPORT_NEAR * min(near, 2.0)
                + SUPPORT_NAMED_AREA * min(named_area, 1.0)
            )
            rescored.append((e, s))
        rescored.sort(key=lambda x: -x[1])
        self.scores = rescored

    def match_peers(self, settled: dict[int, Entry | None]) -> None:
        """A name in a list of places all of one kind is that kind of place too: "Georgia, Oklahoma and
        Ohio" are states, "Benin, Niger and Togo" countries, "New York and Toronto" cities."""
        if len(self.scores) < 2 or not self.peers:
            return
        chosen = [e for e in (settled[id(p)] for p in self.peers) if e is not None]
        kinds = {_kind(e) for e in chosen}
        if len(kinds) != 1:
            return  # only a list of one kind of place says what kind this one is
        (kind,) = kinds
        countries = {e.country for e in chosen}
        top = self.scores[0][0]
        if kind == "city" and top.level is not Level.CITY:
            return  # a country or state among towns stays what it is ("Moscow, Russia and Riga")
        areas = {(e.country, e.admin1) for e in chosen}
        # two or more others settle it; one other ("Georgia and Alabama") weighs LIST_LEVEL
        bonus = 100.0 if len(self.peers) >= 2 else LIST_LEVEL
        rescored = []
        for e, s in self.scores:
            # towns of one country listed together lie in it; towns of several say nothing of the country
            if _kind(e) == kind and (kind == "country" or len(countries) > 1 or e.country in countries):
                # towns and counties listed with others of one state lie in that state if they can
                elsewhere = kind in ("city", "admin2") and len(areas) == 1 and (e.country, e.admin1) not in areas
                s += bonus * (0.5 if elsewhere else 1.0)
            rescored.append((e, s))
        rescored.sort(key=lambda x: -x[1])
        self.scores = rescored

    def refine(self, chosen: dict[str, Entry | None]) -> None:
        """Nearness to the places chosen for the other names settles what support left open."""
        if len(self.scores) < 2 or self.scores[0][0].level is not Level.CITY:
            return  # nearness only chooses among towns: it never turns a country or a state into a town
        points = [e for k, e in chosen.items() if k != self.key and e is not None and e.level is Level.CITY][
            :12
        ]
        if not points:
            return
        rescored = []
        for e, s in self.scores:
            if e.level is Level.CITY:
                d = min(_km(e, p) for p in points)
                s += 2.0 * max(0.0, 1.0 - math.log1p(d) / math.log1p(3000.0))
            rescored.append((e, s))
        rescored.sort(key=lambda x: -x[1])
        self.scores = rescored


# a phone number right after a place: "the cancer center in Huntington at 304-399-6500", "Dublin (614) 555-0100"
_PHONE_AFTER = re.compile(r"\s*(?:,\s*)?(?:(?:at|on|call|phone|tel\.?|telephone)\s+)?\(?([2-9]\d{2})\)?[ -]?\d{3}-\d{4}(?![\d-])")


def _phone_after(text: str, end: int) -> tuple[str, str] | None:
    """The state or province of the area code of a phone number written right after a place, which
    says where the place is as "Huntington, W.Va." would."""
    m = _PHONE_AFTER.match(text, end, min(len(text), end + 30))
    return area_codes().get(m[1]) if m else None


def _phone_evidence(text: str, gazetteer: Gazetteer) -> list[tuple[int, _Evidence]]:
    """The state or province of each North American phone number's area code, as if named: a local
    paper's "call London police at 519-661-5670" places its London in Ontario."""
    out = []
    for number in _PHONE.finditer(text):
        m = _AREA_CODE.search(text, max(0, number.start() - 6), number.start())
        area = area_codes().get(m[1] or m[2]) if m else None
        entry = gazetteer.admin1(*area) if area else None
        if m and area and entry:
            ev = _Evidence({}, {area[0]: 1.0}, {area: 1.0}, {area: [(entry, 1.0)]}, {area: 1.0})
            out.append((m.start(), ev))
    return out


def _evidence(opts: list[tuple[Entry, float]]) -> _Evidence:
    """What one name says about the article's countries and areas, weighted by how likely each reading is."""
    ev = _Evidence({}, {}, {}, {})
    if not opts:
        return ev
    top = opts[0][1]
    for e, s in opts[:10]:
        w = math.exp((s - top) / EVIDENCE_SPREAD)
        if w < EVIDENCE_MIN:
            break
        if e.country:
            ev.countries[e.country] = max(ev.countries.get(e.country, 0.0), w)
            if e.level is Level.COUNTRY:
                ev.explicit[e.country] = max(ev.explicit.get(e.country, 0.0), w)
        if e.admin1 and e.level is not Level.COUNTRY:
            k = (e.country, e.admin1)
            if e.level is Level.ADMIN and not e.admin2:
                ev.states[k] = max(ev.states.get(k, 0.0), w)
            ev.areas[k] = max(ev.areas.get(k, 0.0), w)
            ev.members.setdefault(k, []).append((e, w))
    return ev


def readings(entries: list[Entry], key: str) -> list[tuple[Entry, float]]:
    """Every reading of a name with its score before context, best first.

    On top of each entry's ``prior``: an area named after its main city ("Tokyo", "Istanbul") or after
    its country's capital ("Washington", "Bern") ranks just below that city (but plain "New York" is
    the state, the city's own name being "New York City"); where some town bears the name itself, towns that only have it as an
    alternate name lose ground; and a name that is a country's, a region's or a state's own ("Mexico",
    "Oregon") means a town only on strong evidence (its main city excepted).
    """
    scored = [(e, prior(e, key)) for e in entries]
    cities = [(e, s) for e, s in scored if e.level is Level.CITY]
    mains: set[int] = set()
    for i, (e, s) in enumerate(scored):
        if e.level is Level.ADMIN:
            # the area's main city, or the national capital of that name ("Washington", "Bern", "Madrid")
            main = [
                (cs, c)
                for c, cs in cities
                if c.country == e.country
                and (
                    (c.capital and normalize(c.name) == key)
                    or (
                        not e.admin2
                        and c.admin1 == e.admin1
                        and c.population * MAIN_CITY_SHARE >= e.population
                        and normalize(c.name) != key + " city"  # "New York" is the state
                    )
                )
            ]
            if main:
                best_s, best_c = max(main, key=lambda x: x[0])
                scored[i] = (e, min(s, best_s - 1.0))
                mains.add(id(best_c))
    own = any(normalize(e.name) == key for e, _ in scored)
    own_pop: dict[str | None, int] = {}  # the biggest town of each country that bears the name itself
    for e, _ in scored:
        if e.level is Level.CITY and normalize(e.name) == key:
            own_pop[e.country] = max(own_pop.get(e.country, 0), e.population)
    big = any(
        e.level in (Level.COUNTRY, Level.REGION)
        or (
            e.level is Level.ADMIN
            and not e.admin2
            and normalize(e.name) == key
            and (e.population >= BIG_AREA or not e.population)
        )
        for e, _ in scored
    )
    out = []
    for e, s in scored:
        if e.level is Level.CITY and id(e) not in mains and not e.capital:
            # a city far bigger than its country's towns of that name goes by it ("Newcastle")
            bigger = e.population >= ALTERNATE_SIZE * own_pop.get(e.country, e.population)
            if own and normalize(e.name) != key and not bigger:
                s -= ALTERNATE_WHEN_EXACT
            if big:
                s -= BIG_NAME_MARGIN
        out.append((e, s))
    out.sort(key=lambda x: -x[1])
    return out


# ---- spans given by a caller ---------------------------------------------------------------------
def lookup_key(surface: str, gazetteer: Gazetteer) -> tuple[str, str | None]:
    """Lookup key (and demonym country) for a span's text, trying the usual news variants."""
    if surface.strip() in gazetteer.surfaces:  # "L.A." is Los Angeles, not "La." for Louisiana
        return gazetteer.surfaces[surface.strip()], None
    key = normalize(surface)
    code = gazetteer.demonym(surface)
    if code:  # "Canadian" is the country, not the town in Victoria
        return key, code
    variants = [key]
    for suffix in ("'s", "'"):
        if key.endswith(suffix):
            variants.append(key[: -len(suffix)].strip())
    if key.startswith("the "):
        variants.append(key[4:])
    for v in variants:
        if v in gazetteer.index:
            return v, None
    # "Da Nang International Airport": a city's airport, near enough to it (not "Pearson Airport")
    airport = _AIRPORT.match(key)
    if airport:  # "Montreal-Pierre Elliott Trudeau International Airport": the city its name starts with
        words = airport[1].split()
        for n in range(len(words), 0, -1):
            head = " ".join(words[:n])
            if any(e.level is Level.CITY and e.population >= BIG_CITY for e in gazetteer.index.get(head) or ()):
                return head, None
    # "Nyanza Province", "Southern California", "PLYMOUTH CO.": the name inside the descriptive words
    head = key
    for _ in range(3):
        head = _FALLBACK_SUFFIX.sub("", _FALLBACK_PREFIX.sub("", head))
        if head in gazetteer.index:
            return head, None
    area = _people_of_area(key, gazetteer)
    return (area, None) if area else (key, None)


def _people_of_area(key: str, gazetteer: Gazetteer) -> str | None:
    """The state, province, region or big city a word for its people names: "Ohioans", "Texan",
    "Ontarians", "Bostonians" (country demonyms are ``Gazetteer.demonym``'s)."""
    word = key[:-1] if key.endswith("s") else key
    if word.endswith("n"):
        cut = word[:-3]  # "-ian": Ontar-io, Kentuck-y, Florid-a, Paris
        stems = [word[:-1], word[:-2], word[:-1] + "s", cut + "io", cut + "y", cut + "a", cut]
    elif word.endswith("i"):  # "Dagestani"
        stems = [word[:-1]]
    else:
        return None
    for stem in stems:
        for e in gazetteer.index.get(stem) or ():
            if (
                len(stem) > 3
                and normalize(e.name) == stem
                and (
                    e.level is Level.REGION
                    or (e.level is Level.ADMIN and not e.admin2)
                    or (e.level is Level.CITY and e.population >= BIG_CITY)
                )
            ):
                return stem
    return None


_AIRPORT = re.compile(r"(.+?) (?:international |national |regional |municipal )?airport$")
_FALLBACK_PREFIX = re.compile(
    r"^(?:the|north|south|east|west|northern|southern|eastern|western|central|greater|upper|lower|downtown"
    r"|metro|rural|suburban|northeast|northwest|southeast|southwest|northeastern|northwestern|southeastern"
    r"|southwestern|mid|inner|outer|occupied) "
)
_FALLBACK_SUFFIX = re.compile(
    r" (?:province|prefecture|district|region|governorate|township|county|co|parish|valley|area|metropolitan area"
    r"|metro area|city|river|mountains|delta|peninsula|islands?|state|territory|municipality|village|borough)$"
)


def resolve_spans(
    text: str,
    spans: Sequence[tuple[int, int]],
    gazetteer: Gazetteer | None = None,
    geocoder: Geocoder | None = None,
    guess_unknown: bool = False,
) -> list[Place | None]:
    """The place each ``(start, end)`` span of ``text`` names, resolved together as one article.

    Spans the gazetteer does not know ("Stade de France") are asked of ``geocoder`` when one is given
    (an online service from ``extract.geocoders``), biased to the article's most named country; a
    service that is down leaves them unresolved rather than failing. With ``guess_unknown``, spans
    still unresolved get the town named next to them (``nearby_town``), else the article's focus
    (``article_focus``), rather than ``None``.
    """
    g = gazetteer or get_gazetteer()
    mentions = []
    for start, end in spans:
        key, demonym = lookup_key(text[start:end], g)
        mentions.append(Mention(start, end, key, demonym))
    entries = resolve_mentions(text, mentions, g)
    if guess_unknown:
        entries = _drop_stray_villages(text, mentions, entries, g)
    places = [e.place() if e else None for e in entries]
    if geocoder is not None and any(p is None for p in places):
        from .errors import GeocoderUnavailable

        countries = Counter(p.country for p in places if p is not None and p.country)
        main = countries.most_common(1)[0][0] if countries else None
        for i, ((start, end), p) in enumerate(zip(spans, places, strict=True)):
            if p is None:
                try:
                    places[i] = geocoder.first(text[start:end], country=main) or geocoder.first(
                        text[start:end]
                    )
                except GeocoderUnavailable:
                    break
    if guess_unknown and None in places:
        focus = article_focus(entries)
        for i, (m, p) in enumerate(zip(mentions, places, strict=True)):
            guess = guess_unknown_place(text, m, mentions, entries, focus) if p is None else None
            if guess is not None:
                places[i] = guess.place()
    return places
