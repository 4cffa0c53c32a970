"""Geocoders behind one interface, with a fake geopy client: never the network."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from geopy import exc
from geopy.extra.rate_limiter import RateLimiter

from extract.errors import GeocoderUnavailable
from extract.geocoders import FallbackGeocoder, GazetteerGeocoder, GeocodeCache, get_geocoder
from extract.geocoders.arcgis import ArcGISGeocoder
from extract.geocoders.nominatim import NominatimGeocoder
from extract.geocoders.online import level_of
from extract.geocoders.photon import PhotonGeocoder
from extract.geocoders.ratelimit import rate_limited
from extract.model import Level
from extract.settings import Settings


def loc(lat: float, lon: float, raw: dict, address: str = "") -> SimpleNamespace:
    return SimpleNamespace(latitude=lat, longitude=lon, raw=raw, address=address)


class FakeClient:
    """A geopy-like geocoder: answers from a table, or raises the error it was given."""

    def __init__(self, answers: dict[str, list] | None = None, error: Exception | None = None) -> None:
        self.answers = answers or {}
        self.error = error
        self.calls: list[tuple[str, dict]] = []

    def geocode(self, query: str, **kwargs: object) -> list | None:
        self.calls.append((query, kwargs))
        if self.error is not None:
            raise self.error
        return self.answers.get(query)


NOMINATIM_PARIS = loc(
    48.8589,
    2.32,
    {
        "name": "Paris",
        "addresstype": "city",
        "address": {"country_code": "fr"},
        "osm_type": "relation",
        "osm_id": 7444,
    },
)
PHOTON_TEXAS = loc(
    31.2, -99.1, {"properties": {"name": "Texas", "countrycode": "US", "type": "state", "osm_id": 114690}}
)
ARCGIS_JAPAN = loc(
    36.2, 138.2, {"attributes": {"PlaceName": "Japan", "Country": "JPN", "Addr_type": "Country"}}
)


@pytest.mark.parametrize(
    ("cls", "query", "answer", "name", "country", "level"),
    [
        (NominatimGeocoder, "Paris", NOMINATIM_PARIS, "Paris", "FR", Level.CITY),
        (PhotonGeocoder, "Texas", PHOTON_TEXAS, "Texas", "US", Level.ADMIN),
        (ArcGISGeocoder, "Japan", ARCGIS_JAPAN, "Japan", "JP", Level.COUNTRY),
    ],
)
def test_backends_read_their_answers(cls, query, answer, name, country, level):
    client = FakeClient({query: [answer]})
    geocoder = cls(user_agent="tripmap-tests", client=client, min_delay=0)
    (place,) = geocoder.geocode(query)
    assert (place.name, place.country, place.level) == (name, country, level)
    assert client.calls[0][1]["exactly_one"] is False


def test_nominatim_sends_country_and_timeout():
    client = FakeClient({"Paris": [NOMINATIM_PARIS]})
    NominatimGeocoder(user_agent="ua", timeout=3.0, client=client, min_delay=0).geocode("Paris", country="FR")
    kwargs = client.calls[0][1]
    assert kwargs["country_codes"] == "fr" and kwargs["timeout"] == 3.0


def test_nominatim_is_paced_at_one_request_per_second():
    geocoder = NominatimGeocoder(user_agent="ua", client=FakeClient(), min_delay=0.1)
    assert isinstance(geocoder._call, RateLimiter)
    assert geocoder._call.min_delay_seconds == 1.0


@pytest.mark.parametrize("delay", [0.0, 2.5])
def test_rate_limited(delay):
    def f() -> int:
        return 1

    wrapped = rate_limited(f, delay)
    assert (wrapped is f) == (delay == 0.0)


def test_cache_answers_the_second_time(tmp_path):
    client = FakeClient({"Paris": [NOMINATIM_PARIS]})
    cache = GeocodeCache(tmp_path / "c.sqlite")
    geocoder = NominatimGeocoder(user_agent="ua", client=client, cache=cache, min_delay=0)
    first = geocoder.geocode("Paris")
    again = NominatimGeocoder(
        user_agent="ua", client=client, cache=GeocodeCache(tmp_path / "c.sqlite")
    ).geocode("Paris")
    assert first == again and len(client.calls) == 1


def test_empty_answers_are_cached_too(tmp_path):
    client = FakeClient({})
    geocoder = PhotonGeocoder(user_agent="ua", client=client, cache=GeocodeCache(":memory:"))
    assert geocoder.geocode("Nowhere") == [] and geocoder.geocode("Nowhere") == []
    assert len(client.calls) == 1


@pytest.mark.parametrize(
    "error",
    [
        exc.GeocoderUnavailable("down"),
        exc.GeocoderTimedOut("slow"),
        exc.GeocoderRateLimited("busy"),
        exc.GeocoderQuotaExceeded("quota"),
        OSError("no route"),
    ],
)
def test_service_errors_become_unavailable(error):
    geocoder = PhotonGeocoder(user_agent="ua", client=FakeClient(error=error))
    with pytest.raises(GeocoderUnavailable):
        geocoder.geocode("Paris")
    with pytest.raises(ConnectionError):  # GeocoderUnavailable refines the built-in
        geocoder.geocode("Paris")


def test_fallback_to_gazetteer_when_down():
    online = PhotonGeocoder(user_agent="ua", client=FakeClient(error=exc.GeocoderUnavailable("down")))
    geocoder = FallbackGeocoder(online, GazetteerGeocoder())
    place = geocoder.first("Tokyo")
    assert place is not None and place.country == "JP"
    assert isinstance(geocoder.last_error, GeocoderUnavailable)


@pytest.mark.parametrize(
    ("query", "country", "expected"),
    [("Paris", None, "FR"), ("Paris", "US", "US"), ("Georgia", None, "GE"), ("Delhi", None, "IN")],
)
def test_gazetteer_geocoder(query, country, expected):
    place = GazetteerGeocoder().first(query, country=country)
    assert place is not None and place.country == expected


@pytest.mark.parametrize(
    ("name", "kind"),
    [("gazetteer", GazetteerGeocoder), ("nominatim", FallbackGeocoder), ("photon", FallbackGeocoder)],
)
def test_get_geocoder_by_setting(tmp_path, name, kind):
    settings = Settings(geocoder=name, data_dir=tmp_path, user_agent="tripmap-tests/1")
    geocoder = get_geocoder(settings, client=FakeClient({"Paris": [NOMINATIM_PARIS]}))
    assert isinstance(geocoder, kind)


def test_get_geocoder_without_fallback_and_cache(tmp_path):
    settings = Settings(geocoder="arcgis", data_dir=tmp_path, geocoder_fallback=False, geocoder_cache=False)
    geocoder = get_geocoder(settings, client=FakeClient())
    assert isinstance(geocoder, ArcGISGeocoder) and geocoder.cache is None


def test_unknown_geocoder_is_refused():
    with pytest.raises(ValueError, match="unknown geocoder"):
        get_geocoder(Settings(geocoder="carrier-pigeon"))


@pytest.mark.parametrize(
    ("kind", "level"),
    [
        ("country", Level.COUNTRY),
        ("state", Level.ADMIN),
        ("sea", Level.REGION),
        ("town", Level.CITY),
        (None, Level.CITY),
    ],
)
def test_level_of(kind, level):
    assert level_of(kind) is level


def test_resolve_spans_asks_the_geocoder_for_unknown_names():
    from extract.geocoders.photon import PhotonGeocoder
    from extract.resolve import resolve_spans

    stadium = loc(
        48.82, 2.35, {"properties": {"name": "Stade Charléty", "countrycode": "FR", "type": "house"}}
    )
    client = FakeClient({"Stade Charléty": [stadium]})
    text = "Fans left Paris for the Stade Charléty."
    spans = [(10, 15), (24, 38)]
    paris, stade = resolve_spans(text, spans, geocoder=PhotonGeocoder(user_agent="ua", client=client))
    assert paris.country == "FR" and stade.name == "Stade Charléty"
    assert client.calls[0][0] == "Stade Charléty"


def test_resolve_spans_survives_a_service_that_is_down():
    from extract.resolve import resolve_spans

    down = PhotonGeocoder(user_agent="ua", client=FakeClient(error=exc.GeocoderUnavailable("down")))
    text = "They met at Blorptown near Paris."
    assert resolve_spans(text, [(12, 21), (27, 32)], geocoder=down)[0] is None


# ---- the pipeline asks the configured geocoder ---------------------------------------------------
PHOTON_PARIS = loc(
    48.86,
    2.35,
    {"properties": {"name": "Paris", "countrycode": "FR", "type": "city", "osm_id": 7444, "osm_type": "R"}},
)
PHOTON_LYON = loc(45.76, 4.83, {"properties": {"name": "Lyon", "countrycode": "FR", "type": "city"}})


def _analyse_with(monkeypatch, settings: Settings, geocoder, text: str):
    """Run the pipeline on ``text`` with ``geocoder`` standing for the one ``settings`` names."""
    from extract import geocoders
    from extract.model import Article
    from extract.pipeline import analyse

    monkeypatch.setitem(geocoders._SHARED, settings, geocoder)
    return analyse(Article(text), settings)


def _places(a) -> dict[str, str | None]:
    return {m.text: (m.place.gazetteer_id or "") for m in a.places}


@pytest.mark.parametrize(
    ("answers", "text", "expected"),
    [
        # the service places the names; each place says who answered
        (
            {"Paris": [PHOTON_PARIS], "Lyon": [PHOTON_LYON]},
            "The minister flew from Paris to Lyon on Monday.",
            {"Paris": "photon:osm:", "Lyon": "photon"},
        ),
        # a name the service does not know keeps the gazetteer's reading in context
        (
            {"Paris": [PHOTON_PARIS]},
            "The minister flew from Paris to Lyon on Monday.",
            {"Paris": "photon:osm:", "Lyon": "gazetteer"},
        ),
    ],
)
def test_pipeline_asks_the_configured_geocoder(monkeypatch, answers, text, expected):
    client = FakeClient(answers)
    settings = Settings(geocoder="photon", geocoder_cache=False)
    online = FallbackGeocoder(PhotonGeocoder(user_agent="ua", client=client), GazetteerGeocoder())
    a = _analyse_with(monkeypatch, settings, online, text)
    got = _places(a)
    for name, source in expected.items():
        if source == "gazetteer":
            assert not got[name].startswith("photon"), got
        else:
            assert got[name].startswith(source), got
    # each distinct name is asked (again without the country when that finds nothing)
    assert {q for q, _ in client.calls} == {"Lyon", "Paris"}
    assert not a.warnings or all("gazetteer" not in w for w in a.warnings)


def test_pipeline_geocoder_from_the_environment(monkeypatch):
    monkeypatch.setenv("TRIPMAP_GEOCODER", "nominatim")
    monkeypatch.setenv("TRIPMAP_GEOCODER_CACHE", "0")
    settings = Settings.from_env()
    client = FakeClient({"Paris": [NOMINATIM_PARIS]})
    a = _analyse_with(
        monkeypatch, settings, get_geocoder(settings, client=client), "Officials met in Paris today."
    )
    (paris,) = a.places
    assert paris.place.gazetteer_id == "nominatim:osm:relation/7444" and paris.place.country == "FR"
    assert client.calls[0][1]["country_codes"] == "fr"  # biased to the gazetteer's reading in context


def test_pipeline_falls_back_to_the_gazetteer_when_the_service_is_down(monkeypatch):
    client = FakeClient(error=exc.GeocoderUnavailable("down"))
    settings = Settings(geocoder="photon", geocoder_cache=False)
    online = FallbackGeocoder(PhotonGeocoder(user_agent="ua", client=client), GazetteerGeocoder())
    a = _analyse_with(monkeypatch, settings, online, "The minister flew from Paris to Lyon on Monday.")
    assert {m.text: m.place.country for m in a.places} == {"Paris": "FR", "Lyon": "FR"}
    assert all(not m.place.gazetteer_id.startswith("photon") for m in a.places)
    assert len(client.calls) == 1  # a service that is down is not asked again for the same article
    assert any("photon" in w and "offline gazetteer" in w for w in a.warnings)


def test_pipeline_without_fallback_reports_a_service_that_is_down(monkeypatch):
    settings = Settings(geocoder="photon", geocoder_cache=False, geocoder_fallback=False)
    online = PhotonGeocoder(user_agent="ua", client=FakeClient(error=exc.GeocoderUnavailable("down")))
    with pytest.raises(GeocoderUnavailable):
        _analyse_with(monkeypatch, settings, online, "The minister flew from Paris to Lyon on Monday.")


def test_pipeline_does_not_look_up_demonyms(monkeypatch):
    client = FakeClient({})
    settings = Settings(geocoder="photon", geocoder_cache=False)
    online = FallbackGeocoder(PhotonGeocoder(user_agent="ua", client=client), GazetteerGeocoder())
    _analyse_with(monkeypatch, settings, online, "Turkish officials met in Ankara on Monday.")
    assert {q for q, _ in client.calls} == {"Ankara"}
