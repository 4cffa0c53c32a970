"""Geocoders behind one interface: the offline gazetteer (default) and online services via geopy.

``get_geocoder(settings)`` builds the one ``Settings.geocoder`` names, with the SQLite cache and, for
online services, a fall back to the gazetteer when the service is down.
"""

from __future__ import annotations

from pathlib import Path

from ..errors import GeocoderUnavailable
from ..model import Place
from ..settings import DEFAULT, Settings
from .base import Geocoder
from .cache import GeocodeCache
from .gazetteer import GazetteerGeocoder

BACKENDS = ("gazetteer", "nominatim", "photon", "arcgis")

__all__ = ["BACKENDS", "FallbackGeocoder", "GazetteerGeocoder", "GeocodeCache", "Geocoder", "get_geocoder"]


class FallbackGeocoder(Geocoder):
    """Asks ``primary``; when it is unavailable, answers from ``fallback`` (and remembers why)."""

    def __init__(self, primary: Geocoder, fallback: Geocoder) -> None:
        self.primary = primary
        self.fallback = fallback
        self.name = primary.name
        self.last_error: GeocoderUnavailable | None = None

    def geocode(self, query: str, *, country: str | None = None, limit: int = 5) -> list[Place]:
        try:
            return self.primary.geocode(query, country=country, limit=limit)
        except GeocoderUnavailable as e:
            self.last_error = e
            return self.fallback.geocode(query, country=country, limit=limit)


def get_geocoder(settings: Settings = DEFAULT, client: object | None = None) -> Geocoder:
    """The geocoder ``settings.geocoder`` names; ``client`` replaces the geopy object (tests)."""
    name = settings.geocoder.lower()
    offline = GazetteerGeocoder()
    if name == "gazetteer":
        return offline
    if name not in BACKENDS:
        raise ValueError(f"unknown geocoder {settings.geocoder!r}: choose one of {', '.join(BACKENDS)}")
    path = settings.geocoder_cache_path or Path(settings.data_dir) / "geocode-cache.sqlite"
    cache = GeocodeCache(path) if settings.geocoder_cache else None
    kw = {
        "user_agent": settings.user_agent,
        "timeout": settings.geocoder_timeout,
        "cache": cache,
        "client": client,
    }
    online: Geocoder
    if name == "nominatim":
        from .nominatim import NominatimGeocoder

        online = NominatimGeocoder(min_delay=settings.geocoder_min_delay, **kw)  # type: ignore[arg-type]
    elif name == "photon":
        from .photon import PhotonGeocoder

        online = PhotonGeocoder(**kw)  # type: ignore[arg-type]
    else:
        from .arcgis import ArcGISGeocoder

        online = ArcGISGeocoder(**kw)  # type: ignore[arg-type]
    return FallbackGeocoder(online, offline) if settings.geocoder_fallback else online
