"""Toponym resolution: choose, for each recognised name, the place the article means.

Each candidate gets a prior (kind of place, own name or alternate, population, capital) and then,
over two rounds, evidence from the rest of the article: a qualifier right after the name ("Paris,
Texas", "Athens, Ga."), the countries and first-level areas the other names point to, and how near
the candidate lies to the places chosen for them. ``resolve_spans`` resolves spans given by a caller
(the benchmark, manual correction in the dashboard).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .gazetteer import Entry, Gazetteer, get_gazetteer, normalize
from .model import Level, Place

LEVEL_PRIOR = {Level.COUNTRY: 9.0, Level.REGION: 7.5, Level.ADMIN: 5.0, Level.CITY: 0.0}
MAX_CANDIDATES = 25  # only the best candidates by prior take part in the context rounds
_QUALIFIER = re.compile(r",\s*((?:[A-Z][\w.']*)(?:\s+[A-Z][\w.']*){0,2})")
_EARTH_KM = 6371.0


@dataclass(frozen=True, slots=True)
class Mention:
    """A name to resolve: ``text[start:end]`` with its lookup ``key`` (and country code for demonyms)."""

    start: int
    end: int
    key: str
    demonym: str | None = None


# ---- the legacy one-name interface ---------------------------------------------------------------
def article_countries(
    keys: Iterable[str], gazetteer: Gazetteer, demonyms: Iterable[str] = ()
) -> Counter[str]:
    """How often each country is named or implied, by unambiguous names and demonyms."""
    counts: Counter[str] = Counter(demonyms)
    for key in keys:
        cands = gazetteer.index.get(key) or []
        countries = {e.country for e in cands if e.country}
        if len(countries) == 1:
            counts[countries.pop()] += 1
        else:
            for e in cands:
                if e.level is Level.COUNTRY and e.country:
                    counts[e.country] += 1
    return counts


def prior(entry: Entry, key: str, gazetteer: Gazetteer | None = None) -> float:
    """Plausibility of ``entry`` for a name with lookup ``key`` before looking at the article."""
    pop = math.log10(entry.population + 1)
    if entry.level is Level.COUNTRY:
        s = 9.0 + pop * 0.1
    elif entry.level is Level.REGION:
        s = 8.5
    elif entry.admin2:
        s = pop * 0.8 - 0.5
    elif entry.level is Level.ADMIN:
        s = 2.0 + pop * 0.85
    else:
        s = pop
    if entry.capital:
        s += 1.0
    if entry.level is Level.CITY and normalize(entry.name) != key:
        # an alternate name: "Paris" is also an old name of some hamlets, "New Delhi" one of Delhi's
        s -= 1.5 if entry.population < 100_000 else 1.0
    return s


def score(entry: Entry, key: str, context: Counter[str]) -> float:
    """Prior plus a bonus for countries named elsewhere in the article (``context``)."""
    s = prior(entry, key)
    if entry.country and context.get(entry.country):
        s += 2.0 + min(context[entry.country], 5) * 0.3
    return s


def resolve(key: str, gazetteer: Gazetteer, context: Counter[str]) -> Place | None:
    """The best place for lookup ``key`` given the article's country ``context``."""
    cands = gazetteer.index.get(key)
    if not cands:
        return None
    best = max(cands, key=lambda e: score(e, key, context))
    return best.place()


# ---- whole-article resolution --------------------------------------------------------------------
def _km(a: Entry, b: Entry) -> float:
    """Great-circle distance in km (haversine)."""
    la1, la2 = math.radians(a.lat), math.radians(b.lat)
    dla, dlo = la2 - la1, math.radians(b.lon - a.lon)
    h = math.sin(dla / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin(dlo / 2) ** 2
    return 2 * _EARTH_KM * math.asin(min(1.0, math.sqrt(h)))


def _qualifier(text: str, end: int, gazetteer: Gazetteer) -> tuple[str, str | None] | None:
    """The (country, admin1) named right after a place: "Athens, Ga." -> ("US", "GA")."""
    m = _QUALIFIER.match(text, end, min(len(text), end + 40))
    if not m:
        return None
    words = m.group(1).split()
    for n in range(len(words), 0, -1):
        q = gazetteer.qualifiers.get(normalize(" ".join(words[:n])))
        if q:
            return q
    return None


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


def resolve_mentions(text: str, mentions: Sequence[Mention], gazetteer: Gazetteer) -> list[Entry | None]:
    """The entry each mention most likely names, using the whole article as context."""
    cands: list[list[tuple[Entry, float]]] = []
    for m in mentions:
        scored = _namesake_cities_first(
            _big_names_first([(e, prior(e, m.key)) for e in _candidates(m, gazetteer)])
        )
        scored.sort(key=lambda x: -x[1])
        q = _qualifier(text, m.end, gazetteer) if scored else None
        if q is not None:
            cc, a1 = q
            boosted = []
            for e, s in scored:
                if e.country == cc and e.level is not Level.COUNTRY:
                    s += 4.0 + (6.0 if a1 is not None and e.admin1 == a1 else 0.0)
                boosted.append((e, s))
            scored = sorted(boosted, key=lambda x: -x[1])
        cands.append(scored[:MAX_CANDIDATES])
    cands = _joint_support(mentions, cands)
    chosen: list[Entry | None] = [c[0][0] if c else None for c in cands]
    for _ in range(ROUNDS):
        chosen = _context_round(mentions, cands, chosen)
    return chosen


ROUNDS = 1
SUPPORT_COUNTRY, SUPPORT_ADMIN1, SUPPORT_NEAR = 0.6, 1.5, 2.0
NEAR_KM = 40.0
EVIDENCE_SPREAD = 1.5  # how far below the best reading a reading of a name still counts as evidence


def _evidence(opts: list[tuple[Entry, float]]) -> tuple[dict, dict, dict]:
    """What one name says about the article's countries and areas, weighted by how likely each reading is."""
    top = opts[0][1]
    countries: dict[str | None, float] = {}
    areas: dict[tuple[str | None, str], float] = {}
    members: dict[tuple[str | None, str], list[tuple[Entry, float]]] = {}
    for e, s in opts[:10]:
        w = math.exp((s - top) / EVIDENCE_SPREAD)
        if w < 0.05:
            break
        if e.country:
            countries[e.country] = max(countries.get(e.country, 0.0), w)
        if e.admin1 and e.level is not Level.COUNTRY:
            k = (e.country, e.admin1)
            areas[k] = max(areas.get(k, 0.0), w)
            members.setdefault(k, []).append((e, w))
    return countries, areas, members


def _joint_support(
    mentions: Sequence[Mention], cands: list[list[tuple[Entry, float]]]
) -> list[list[tuple[Entry, float]]]:
    """Re-score every reading by how well it fits the possible readings of the article's other names.

    "Paris and Henry County": Paris, Tennessee lies in a Henry County, Paris, France near none, so
    both names settle on Tennessee even though no name alone says so.
    """
    evidence: dict[str, tuple[dict, dict, dict]] = {}
    for m, opts in zip(mentions, cands, strict=True):
        if opts and m.key not in evidence:
            evidence[m.key] = _evidence(opts)
    out = []
    for m, opts in zip(mentions, cands, strict=True):
        if len(opts) < 2:
            out.append(opts)
            continue
        rescored = []
        for e, s in opts:
            by_country = by_area = near = 0.0
            area = (e.country, e.admin1) if e.admin1 and e.level is not Level.COUNTRY else None
            for key, (countries, areas, members) in evidence.items():
                if key == m.key:
                    continue
                by_country += countries.get(e.country, 0.0)
                if area is not None and area in areas:
                    by_area += areas[area]
                    if e.level is Level.CITY or e.admin2:
                        near += max(
                            (w * math.exp(-_km(e, b) / NEAR_KM) for b, w in members[area] if b is not e),
                            default=0.0,
                        )
            s += (
                SUPPORT_COUNTRY * min(by_country, 4.0)
                + SUPPORT_ADMIN1 * min(by_area, 3.0)
                + SUPPORT_NEAR * min(near, 2.0)
            )
            rescored.append((e, s))
        rescored.sort(key=lambda x: -x[1])
        out.append(rescored)
    return out


def _big_names_first(scored: list[tuple[Entry, float]]) -> list[tuple[Entry, float]]:
    """A name that is a country's or a state's ("Mexico", "Oregon") means a town only on strong evidence."""
    if not any(e.level is Level.COUNTRY or (e.level is Level.ADMIN and not e.admin2) for e, _ in scored):
        return scored
    return [(e, s - BIG_NAME_MARGIN if e.level is Level.CITY else s) for e, s in scored]


BIG_NAME_MARGIN = 3.0


def _namesake_cities_first(scored: list[tuple[Entry, float]]) -> list[tuple[Entry, float]]:
    """An area named after its main city ("Tokyo", "Istanbul") means the city unless context says otherwise."""
    cities = [(e, s) for e, s in scored if e.level is Level.CITY]
    out = []
    for e, s in scored:
        if e.level is Level.ADMIN and not e.admin2:
            main = [
                cs
                for c, cs in cities
                if c.country == e.country and c.admin1 == e.admin1 and c.population * 4 >= e.population
            ]
            if main:
                s = min(s, max(main) - 1.0)
        out.append((e, s))
    return out


def _context_round(
    mentions: Sequence[Mention], cands: list[list[tuple[Entry, float]]], chosen: list[Entry | None]
) -> list[Entry | None]:
    """One round: re-choose every ambiguous mention given the current choices for the other names."""
    by_key: dict[str, Entry] = {}
    for m, e in zip(mentions, chosen, strict=True):
        if e is not None and m.key not in by_key:
            by_key[m.key] = e
    out: list[Entry | None] = []
    for m, options, current in zip(mentions, cands, chosen, strict=True):
        if len(options) < 2:
            out.append(current)
            continue
        others = [e for k, e in by_key.items() if k != m.key]
        countries = Counter(e.country for e in others if e.country)
        admins = Counter((e.country, e.admin1) for e in others if e.admin1 and e.level is not Level.COUNTRY)
        points = [e for e in others if e.level in (Level.CITY, Level.ADMIN)][:12]
        best, best_s = current, -1e9
        for e, s in options:
            s += _context_bonus(e, countries, admins, points)
            if s > best_s:
                best, best_s = e, s
        out.append(best)
    return out


def _context_bonus(
    e: Entry, countries: Counter[str | None], admins: Counter[tuple[str | None, str]], points: list[Entry]
) -> float:
    """Evidence from the other names of the article for candidate ``e``."""
    s = 0.0
    if e.country and countries.get(e.country):
        s += 1.5 + 0.5 * min(countries[e.country], 4)
    if e.level is Level.COUNTRY:
        return s
    if e.admin1 and admins.get((e.country, e.admin1)):
        s += 1.5 + 0.5 * min(admins[(e.country, e.admin1)], 4)
    if points and e.level is Level.CITY:
        d = min(_km(e, p) for p in points)
        s += 2.0 * max(0.0, 1.0 - math.log1p(d) / math.log1p(3000.0))
    return s


# ---- spans given by a caller ---------------------------------------------------------------------
def lookup_key(surface: str, gazetteer: Gazetteer) -> tuple[str, str | None]:
    """Lookup key (and demonym country) for a span's text, trying the usual news variants."""
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
    return key, None


def resolve_spans(
    text: str, spans: Sequence[tuple[int, int]], gazetteer: Gazetteer | None = None
) -> list[Place | None]:
    """The place each ``(start, end)`` span of ``text`` names, resolved together as one article."""
    g = gazetteer or get_gazetteer()
    mentions = []
    for start, end in spans:
        key, demonym = lookup_key(text[start:end], g)
        mentions.append(Mention(start, end, key, demonym))
    return [e.place() if e else None for e in resolve_mentions(text, mentions, g)]
