"""The gazetteer: spelling variants, curated regions, admin areas, demonyms and the fast cache."""

from __future__ import annotations

import json
import math

import pytest

from extract.gazetteer import DATA, distance_km, load_or_build, normalize
from extract.model import Level


@pytest.mark.parametrize(
    ("name", "country", "level"),
    [
        ("Türkiye", "TR", Level.COUNTRY),
        ("Turkiye", "TR", Level.COUNTRY),
        ("Turkey", "TR", Level.COUNTRY),
        ("Britain", "GB", Level.COUNTRY),
        ("UK", "GB", Level.COUNTRY),
        ("United Kingdom", "GB", Level.COUNTRY),
        ("U.S.", "US", Level.COUNTRY),
        ("United States", "US", Level.COUNTRY),
        ("Kiev", "UA", Level.CITY),
        ("Kyiv", "UA", Level.CITY),
        ("West Bank", "PS", Level.ADMIN),
        ("Gaza Strip", "PS", Level.ADMIN),
        ("Alberta", "CA", Level.ADMIN),
        ("Queensland", "AU", Level.ADMIN),
        ("Scotland", "GB", Level.ADMIN),
        ("Metcalfe County", "US", Level.ADMIN),
        ("Ky.", "US", Level.ADMIN),
        ("Georgia", "GE", Level.COUNTRY),
        ("Georgia", "US", Level.ADMIN),
        ("Jordan", "JO", Level.COUNTRY),
        ("Republic of Congo", "CG", Level.COUNTRY),
        ("Zaire", "CD", Level.COUNTRY),  # the former name of the DR Congo
        ("Pangasinan", "PH", Level.ADMIN),  # the Province of Pangasinan, a second-level area
        ("Nueva Ecija", "PH", Level.ADMIN),
    ],
)
def test_names_reach_their_places(g, name, country, level):
    assert any(e.country == country and e.level is level for e in g.candidates(name))


@pytest.mark.parametrize(
    "name",
    ["Middle East", "Mideast", "South China Sea", "Taiwan Strait", "Korean Peninsula", "Balkans", "Sahel"],
)
def test_curated_regions(g, name):
    assert any(e.level is Level.REGION for e in g.candidates(name))


@pytest.mark.parametrize(
    ("word", "code"),
    [("Turkish", "TR"), ("Israeli", "IL"), ("Syrians", "SY"), ("American", "US"), ("Tokyo", None)],
)
def test_demonyms(g, word, code):
    assert g.demonym(word) == code


@pytest.mark.parametrize(
    ("raw", "key"),
    [
        ("São Paulo", "sao paulo"),
        ("U.S.", "us"),
        ("Wilkes-Barre", "wilkes barre"),
        ("Nuku'alofa", "nuku'alofa"),  # the apostrophe as typed, as GeoNames writes it, and the okina
        ("Nuku‘alofa", "nuku'alofa"),
        ("Hawaiʻi", "hawai'i"),
    ],
)
def test_normalize(raw, key):
    assert normalize(raw) == key


def test_capitals_and_admin1(g):
    assert g.capital("JP").name == "Tokyo"
    assert g.admin1("US", "TX").name == "Texas"
    assert g.country("FR").level is Level.COUNTRY


def test_search_for_manual_correction(g):
    names = [e.name for e in g.search("Edmont", limit=5)]
    assert "Edmonton" in names


def test_qualifiers_and_abbreviations(g):
    assert g.qualifiers["ga"] == ("US", "GA")
    assert g.qualifiers["texas"] == ("US", "TX")
    assert "bc" in g.abbreviations


def test_cached_index_loads_equal(tmp_path, monkeypatch, g):
    """The cache file gives back the same index (its load time is measured by bench.geo, not here)."""
    import extract.gazetteer as gz

    monkeypatch.setattr(gz, "build", lambda n: g)  # "build" = the one this session already has
    first = load_or_build(g.min_city_population, tmp_path, separate=False)
    assert first is g and list(tmp_path.glob("gazetteer-*.pickle"))
    again = load_or_build(g.min_city_population, tmp_path, separate=False)
    assert again is not g
    assert [e.gid for e in again.candidates("Paris")] == [e.gid for e in g.candidates("Paris")]
    assert again.index.get("paris") == again.candidates("Paris")
    assert again.demonym("Turkish") == "TR" and again.zipf == g.zipf


@pytest.mark.parametrize(
    ("code", "lat", "lon", "tolerance_km"),
    [
        ("CA", 60.0, -95.0, 50),  # the two sources disagree: the Factbook point, not a mean in Manitoba
        ("ID", -5.0, 120.0, 50),
        ("FR", 46.5, 2.3, 150),  # they agree: their mean
        ("DE", 51.2, 10.3, 150),
        ("US", 39.8, -98.6, 20),  # curated override: the centre of the contiguous states
    ],
)
def test_country_points(g, code, lat, lon, tolerance_km):
    """A country-level mention lands on a conventional centre of the country."""
    c = g.country(code)
    assert c is not None
    assert distance_km(c.lat, c.lon, lat, lon) <= tolerance_km


@pytest.mark.parametrize(
    ("country", "code", "lat", "lon"),
    [
        ("US", "TX", 31.4, -99.3),  # Natural Earth's label point, not the middle of Texas's towns (30.5, -98.4)
        ("US", "CA", 37.3, -119.6),
        ("BR", "27", -22.3, -48.7),  # São Paulo state
        ("CA", "08", 49.25, -84.5),  # curated centres win over the label points
    ],
)
def test_admin1_points(g, country, code, lat, lon):
    """A state-level mention lands near the conventional centre of the state."""
    a = g.admin1(country, code)
    assert a is not None
    assert distance_km(a.lat, a.lon, lat, lon) <= 30


@pytest.mark.parametrize(
    ("name", "country"),
    [("Somme", "FR"), ("Essonne", "FR"), ("Pangasinan", "PH")],  # "Departement de la Somme", ...
)
def test_second_level_areas_by_their_english_short_name(g, name, country):
    assert any(e.country == country and e.level is Level.ADMIN for e in g.candidates(name))


def _curated(name):
    return json.loads((DATA / name).read_text())


@pytest.mark.parametrize(
    ("name", "level", "country", "lat", "lon"),
    [
        ("Lake Erie", Level.REGION, None, 42.2, -81.2),
        ("Luzon", Level.REGION, "PH", 16.0, 121.0),
        ("Himalayas", Level.REGION, None, 28.0, 84.0),
        ("Danube Delta", Level.REGION, "RO", 45.1, 29.3),
        ("Mekong Delta", Level.REGION, "VN", 10.0, 105.75),  # the delta, not the middle of the river
        ("Soviet Union", Level.REGION, None, 60.0, 100.0),
        ("USSR", Level.REGION, None, 60.0, 100.0),
        ("Nyanza Province", Level.ADMIN, "KE", -0.5, 34.6),
        ("Rift Valley", Level.ADMIN, "KE", 1.0, 36.0),
        ("Katanga", Level.ADMIN, "CD", -8.5, 26.5),
        ("White House", Level.CITY, "US", 38.9, -77.04),
        ("JFK Airport", Level.CITY, "US", 40.64, -73.78),
        ("Champs-Élysées", Level.CITY, "FR", 48.87, 2.31),
    ],
)
def test_features_and_landmarks_are_indexed(g, name, level, country, lat, lon):
    found = [e for e in g.candidates(name) if e.level is level and e.country == country]
    assert any(distance_km(e.lat, e.lon, lat, lon) < 5 for e in found)


@pytest.mark.parametrize(("name", "city_population"), [("White House", 600_000), ("Heathrow", 5_000_000)])
def test_landmark_ranks_like_its_city(g, name, city_population):
    landmark = next(e for e in g.candidates(name) if e.gid.startswith("landmark:"))
    assert landmark.population >= city_population and landmark.admin1


def test_curated_records_are_well_formed():
    """Every record has a name, coordinates and a known level; landmarks carry a country."""
    for file, key in (("features.json", "features"), ("landmarks.json", "landmarks")):
        records = _curated(file)[key]
        assert len(records) >= (300 if key == "features" else 200)
        for r in records:
            assert r["name"] and -90 <= r["lat"] <= 90 and -180 <= r["lon"] <= 180
            assert Level(r.get("level", "region")) in (Level.REGION, Level.ADMIN, Level.CITY)
            assert key == "features" or (r["country"] and r["level"] == "city")


def test_landmarks_lie_near_a_town_of_their_country(g):
    """Coordinates are checked against the gazetteer: each landmark within 60 km of one of its
    country's towns (St. Peter's Square, an enclave, within 60 km of Rome)."""
    towns = {}  # towns by 1-degree cell
    for i in range(len(g._store)):
        e = g._store.entry(i)
        if e.level is Level.CITY and not e.gid.startswith("landmark:"):
            towns.setdefault((math.floor(e.lat), math.floor(e.lon)), []).append(e)
    far = []
    for r in _curated("landmarks.json")["landmarks"]:
        la, lo = math.floor(r["lat"]), math.floor(r["lon"])
        near = [
            e
            for a in (-1, 0, 1)
            for b in (-1, 0, 1)
            for e in towns.get((la + a, lo + b), ())
            if distance_km(r["lat"], r["lon"], e.lat, e.lon) <= 60
        ]
        if not any(e.country == r["country"] or r["country"] == "VA" for e in near):
            far.append(r["name"])
    assert far == []


@pytest.mark.parametrize(
    ("name", "country", "admin1", "shown"),
    [
        ("Menoufia", "EG", "09", "Minufiyah"),  # English news spelling; shown without "Muhafazat al"
        ("Jammu and Kashmir", "IN", "12", "Kashmir"),
        ("Nineveh", "IQ", "15", "Ninawa"),
        ("Hodeidah", "YE", "08", "Hudaydah"),
    ],
)
def test_english_spellings_of_first_level_areas(g, name, country, admin1, shown):
    (area,) = [e for e in g.candidates(name) if e.level is Level.ADMIN]
    assert (area.country, area.admin1, area.name) == (country, admin1, shown)


@pytest.mark.parametrize(
    ("code", "capital"),
    [
        ("BR", "Brasília"),  # the country list spells it without the accent
        ("CO", "Bogotá"),
        ("MN", "Ulan Bator"),  # "Ulaanbaatar" is an alternate name of GeoNames' Ulan Bator
        ("KZ", "Astana"),  # listed as "Nur-Sultan"
        ("JM", "Kingston"),  # another country's capital bears the name too (Norfolk Island)
        ("IN", "New Delhi"),  # a town bearing the name itself beats Delhi, which has it as an alternate
        ("US", "Washington"),
    ],
)
def test_every_country_has_its_capital(g, code, capital):
    assert g.capital(code) is not None and g.capital(code).name == capital


def test_only_one_town_per_country_is_its_capital(g):
    assert sum(e.capital for e in g.candidates("Washington") if e.country == "US") == 1
