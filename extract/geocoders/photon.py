"""Komoot's Photon (OpenStreetMap data) through geopy."""

from __future__ import annotations

from typing import Any

from ..model import Place
from .online import OnlineGeocoder, level_of


class PhotonGeocoder(OnlineGeocoder):
    name = "photon"
    geopy_class = "Photon"

    def _query_kwargs(self, country: str | None, limit: int) -> dict[str, Any]:
        kw = super()._query_kwargs(country, limit)
        kw["language"] = "en"
        return kw

    def _place(self, location: Any) -> Place | None:
        props = (getattr(location, "raw", {}) or {}).get("properties") or {}
        code = props.get("countrycode")
        osm = props.get("osm_id")
        return Place(
            name=props.get("name") or str(getattr(location, "address", "")).split(",")[0],
            country=code.upper() if code else None,
            lat=float(location.latitude),
            lon=float(location.longitude),
            level=level_of(props.get("type") or props.get("osm_value")),
            gazetteer_id=f"osm:{props.get('osm_type', '')}/{osm}" if osm else None,
        )
