"""The gazetteer: spelling variants, curated regions, admin areas, demonyms and the fast cache."""

from __future__ import annotations

import time

import pytest

from extract.gazetteer import distance_km, get_gazetteer, load_or_build, normalize
from extract.model import Level


@pytest.fixture(scope="module")
def g():
    return get_gazetteer()


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
    ("raw", "key"), [("São Paulo", "sao paulo"), ("U.S.", "us"), ("Wilkes-Barre", "wilkes barre")]
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


def test_cached_index_loads_fast_and_equal(tmp_path, monkeypatch, g):
    import extract.gazetteer as gz

    monkeypatch.setattr(gz, "build", lambda n: g)  # "build" = the one this session already has
    first = load_or_build(g.min_city_population, tmp_path, separate=False)
    assert first is g and list(tmp_path.glob("gazetteer-*.pickle"))
    t0 = time.perf_counter()
    again = load_or_build(g.min_city_population, tmp_path, separate=False)
    assert time.perf_counter() - t0 < 2.0  # about 0.6 s here; loose so a busy CI machine does not flake
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
