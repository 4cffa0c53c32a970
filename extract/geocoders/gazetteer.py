"""The offline default: the embedded GeoNames gazetteer behind the ``Geocoder`` interface."""

from __future__ import annotations

from ..gazetteer import Gazetteer, get_gazetteer, normalize
from ..model import Place
from ..resolve import prior
from .base import Geocoder


class GazetteerGeocoder(Geocoder):
    """Looks names up in the gazetteer and ranks namesakes by the resolver's prior."""

    name = "gazetteer"

    def __init__(self, gazetteer: Gazetteer | None = None) -> None:
        self._gazetteer = gazetteer

    @property
    def gazetteer(self) -> Gazetteer:
        if self._gazetteer is None:
            self._gazetteer = get_gazetteer()
        return self._gazetteer

    def geocode(self, query: str, *, country: str | None = None, limit: int = 5) -> list[Place]:
        key = normalize(query)
        cands = [
            e for e in self.gazetteer.candidates(query) if country is None or e.country == country.upper()
        ]
        cands.sort(key=lambda e: -prior(e, key))
        return [e.place() for e in cands[:limit]]
