"""Directional parts of areas: "Southern California", "West Africa", "northern Syria".

News often names a part of a country, state or continent rather than the whole. The gazetteer
knows the whole; the part is placed at the middle (median) of the whole's towns that lie in that
part: the southern third of California's towns for "Southern California", the western third of
Africa's country points for "West Africa". Parts of towns ("South Boston") are left as the town.
"""

from __future__ import annotations

import re
import statistics
from dataclasses import replace
from functools import lru_cache

from .gazetteer import Entry, Gazetteer, country_continents
from .model import Level

_DIRECTION = re.compile(
    r"^(?:the\s+)?(north|south|east|west|central|mid)(?:ern)?[\s-]*(east|west)?(?:ern)?\b", re.IGNORECASE
)
COMPASS = frozenset(
    """north south east west northern southern eastern western central northeast northwest southeast
    southwest northeastern northwestern southeastern southwestern""".split()
)  # the words that name a part of an area; recognition (toponyms.py) reads them too
AREA_MODIFIERS = frozenset({"highland", "highlands", "upper", "lower", "greater"})  # "Upper Egypt", "Highland Papua"
_CONTINENT_CODES = {"africa": "AF", "asia": "AS", "europe": "EU", "north america": "NA", "south america": "SA",
                    "oceania": "OC", "antarctica": "AN"}  # fmt: skip
SHARE = 1 / 3  # the part of the whole a direction names: its outer third
MIN_POINTS = 3  # fewer towns than this say nothing about a part


def direction(surface: str, key: str) -> tuple[str, ...] | None:
    """The compass words a name starts with when its lookup key left them out: "Southern
    California" -> ("south",); "South-East Asia" keyed as "southeast asia" -> None (a name of its own)."""
    m = _DIRECTION.match(surface.strip())
    if not m or key.split(" ", 1)[0] in COMPASS | {"mid"}:
        return None  # "North Carolina", "South Africa", "Central Asia": the key is the whole name
    words = [m.group(1).lower()] + ([m.group(2).lower()] if m.group(2) else [])
    return tuple("central" if w == "mid" else w for w in words)


def _continent_members(name: str) -> tuple[str, ...]:
    """ISO codes of the countries of a continent, by its English name."""
    code = _CONTINENT_CODES.get(name.lower())
    return tuple(c for c, cont in country_continents().items() if cont == code) if code else ()


def whole_name(name: str) -> str:
    """The whole a part is named after: "Central Africa" -> "Africa"."""
    return _DIRECTION.sub("", name).strip()


def _points(whole: Entry, g: Gazetteer) -> list[tuple[float, float]]:
    if whole.level is Level.COUNTRY and whole.country:
        return g.towns(whole.country)
    if whole.level is Level.ADMIN and whole.country and whole.admin1 and not whole.admin2:
        return g.towns(whole.country, whole.admin1)
    if whole.level is Level.REGION:
        codes = whole.members or _continent_members(whole.name)
        return [(c.lat, c.lon) for c in (g.country(code) for code in codes) if c is not None]
    return []


def label(surface: str, whole: Entry) -> str:
    """The part's name as the article writes its compass words: "northern Syria" -> "Northern Syria"."""
    m = _DIRECTION.match(surface.strip())
    words = m.group(0).replace("the ", "").replace("The ", "").strip() if m else ""
    return f"{words[:1].upper()}{words[1:]} {whole.name}".strip()


@lru_cache(maxsize=4096)
def part_of(whole: Entry, words: tuple[str, ...], g: Gazetteer, name: str | None = None) -> Entry:
    """``whole`` moved to the middle of its part named by ``words`` (and called ``name``); ``whole``
    itself when its towns are too few to tell. Cached: a big country has tens of thousands of towns."""
    points = _points(whole, g)
    if len(points) < MIN_POINTS:
        return whole
    lats = sorted(p[0] for p in points)
    lons = sorted(p[1] for p in points)

    def q(values: list[float], share: float) -> float:
        return values[min(len(values) - 1, int(share * len(values)))]

    keep = points
    for w in words:
        if w == "south":
            keep = [p for p in keep if p[0] <= q(lats, SHARE)]
        elif w == "north":
            keep = [p for p in keep if p[0] >= q(lats, 1 - SHARE)]
        elif w == "west":
            keep = [p for p in keep if p[1] <= q(lons, SHARE)]
        elif w == "east":
            keep = [p for p in keep if p[1] >= q(lons, 1 - SHARE)]
        else:  # central: the middle third both ways
            lat_lo, lat_hi, lon_lo, lon_hi = q(lats, SHARE), q(lats, 1 - SHARE), q(lons, SHARE), q(lons, 1 - SHARE)
            keep = [p for p in keep if lat_lo <= p[0] <= lat_hi and lon_lo <= p[1] <= lon_hi]
    if len(keep) < MIN_POINTS:
        return whole
    return replace(
        whole,
        name=name or " ".join(w.capitalize() for w in words) + " " + whole.name,
        lat=round(statistics.median(p[0] for p in keep), 4),
        lon=round(statistics.median(p[1] for p in keep), 4),
        gid=f"{whole.gid}#{'-'.join(words)}",
    )
