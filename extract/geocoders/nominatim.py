"""OpenStreetMap's Nominatim through geopy: 1 request per second and a real user agent, as its policy asks."""

from __future__ import annotations

from typing import Any

from ..model import Place
from .online import OnlineGeocoder, level_of


class NominatimGeocoder(OnlineGeocoder):
    name = "nominatim"
    geopy_class = "Nominatim"
    min_interval = 1.0  # the usage policy: one request a second

    def _query_kwargs(self, country: str | None, limit: int) -> dict[str, Any]:
        kw = super()._query_kwargs(country, limit)
        kw["addressdetails"] = True
        kw["language"] = "en"
        if country:
            kw["country_codes"] = country.lower()
        return kw

    def _place(self, location: Any) -> Place | None:
        raw = getattr(location, "raw", {}) or {}
        address = raw.get("address") or {}
        code = address.get("country_code")
        kind = raw.get("addresstype") or raw.get("type")
        name = raw.get("name") or str(getattr(location, "address", "")).split(",")[0]
        return Place(
            name=name,
            country=code.upper() if code else None,
            lat=float(location.latitude),
            lon=float(location.longitude),
            level=level_of(kind),
            gazetteer_id=f"osm:{raw['osm_type']}/{raw['osm_id']}" if raw.get("osm_id") else None,
        )
