"""What the online backends share: calling a geopy geocoder, caching, pacing and error mapping.

Each backend module only says how to build its geopy object and how to read one geopy ``Location``
(``_place``). Tests pass a fake geopy-like object as ``client``, so they never touch the network.
"""

from __future__ import annotations

from typing import Any

from ..errors import GeocoderError, GeocoderUnavailable
from ..model import Level, Place
from .base import Geocoder
from .cache import GeocodeCache
from .ratelimit import rate_limited

_REGION_TYPES = frozenset({"continent", "sea", "ocean", "bay", "strait", "region", "archipelago"})
_ADMIN_TYPES = frozenset({"state", "province", "county", "administrative", "district", "region_admin"})
_COUNTRY_TYPES = frozenset({"country"})


def level_of(kind: str | None) -> Level:
    """Our ``Level`` for a service's place type ("city", "state", "country", "sea", ...)."""
    kind = (kind or "").lower()
    if kind in _COUNTRY_TYPES:
        return Level.COUNTRY
    if kind in _REGION_TYPES:
        return Level.REGION
    if kind in _ADMIN_TYPES:
        return Level.ADMIN
    return Level.CITY


class OnlineGeocoder(Geocoder):
    """A geopy-backed geocoder with an optional SQLite cache and request pacing."""

    name = "online"
    geopy_class = ""  # the geopy.geocoders class a backend wraps ("Nominatim", "Photon", ...)
    min_interval = 0.0  # the service's own floor on seconds between requests

    def __init__(
        self,
        client: Any = None,
        *,
        user_agent: str = "tripmap",
        cache: GeocodeCache | None = None,
        min_delay: float = 0.0,
        timeout: float = 5.0,
    ) -> None:
        if client is None:
            import geopy.geocoders

            client = getattr(geopy.geocoders, self.geopy_class)(user_agent=user_agent, timeout=timeout)
        self.client = client
        self.cache = cache
        self.timeout = timeout
        self._call = rate_limited(client.geocode, max(min_delay, self.min_interval))

    def _query_kwargs(self, country: str | None, limit: int) -> dict[str, Any]:
        return {"exactly_one": False, "timeout": self.timeout, "limit": limit}

    def _place(self, location: Any) -> Place | None:
        raise NotImplementedError

    def geocode(self, query: str, *, country: str | None = None, limit: int = 5) -> list[Place]:
        key = GeocodeCache.key(self.name, query, country, limit)
        if self.cache is not None:
            cached = self.cache.get(key)
            if cached is not None:
                return cached
        places = [p for p in (self._place(loc) for loc in self._ask(query, country, limit)) if p is not None]
        if country:
            places = [p for p in places if p.country in (None, country.upper())]
        places = places[:limit]
        if self.cache is not None:
            self.cache.put(key, places)
        return places

    def _ask(self, query: str, country: str | None, limit: int) -> list[Any]:
        from geopy import exc

        try:
            found = self._call(query, **self._query_kwargs(country, limit))
        except (exc.GeocoderUnavailable, exc.GeocoderTimedOut, exc.GeocoderRateLimited) as e:
            raise GeocoderUnavailable(f"{self.name} is unavailable: {e}") from e
        except exc.GeocoderServiceError as e:  # quota, auth, bad query, server error
            raise GeocoderUnavailable(f"{self.name} refused the request: {e}") from e
        except exc.GeopyError as e:
            raise GeocoderError(f"{self.name} failed: {e}") from e
        except OSError as e:  # sockets, DNS
            raise GeocoderUnavailable(f"{self.name} cannot be reached: {e}") from e
        if found is None:
            return []
        return list(found) if isinstance(found, list | tuple) else [found]
