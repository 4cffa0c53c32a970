"""The one interface every geocoder honours: ``geocode(query) -> list[Place]``, best first.

Backends (the offline gazetteer, Nominatim, Photon, ArcGIS) subclass ``Geocoder``; callers choose one
with ``extract.geocoders.get_geocoder(settings)`` and never see which one answered.
"""

from __future__ import annotations

from abc import ABC, abstractmethod

from ..model import Place


class Geocoder(ABC):
    """Turns a place name into candidate places, most likely first."""

    name: str = "geocoder"

    @abstractmethod
    def geocode(self, query: str, *, country: str | None = None, limit: int = 5) -> list[Place]:
        """Places ``query`` may name, best first; ``country`` (ISO alpha-2) restricts the search.

        Raises ``GeocoderUnavailable`` when the service cannot be reached (online backends only).
        """

    def first(self, query: str, *, country: str | None = None) -> Place | None:
        """The best place for ``query``, or None."""
        found = self.geocode(query, country=country, limit=1)
        return found[0] if found else None
