"""Geocoders behind one interface: the offline gazetteer (default) and online services via geopy.

``get_geocoder(settings)`` builds the one ``Settings.geocoder`` names, with the SQLite cache and, for
online services, a fall back to the gazetteer when the service is down; ``shared_geocoder`` keeps one
per settings for the pipeline, and ``geocode_names`` is how the pipeline asks it about an article.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from ..errors import GeocoderUnavailable
from ..model import Place
from ..settings import DEFAULT, Settings
from .base import Geocoder
from .cache import GeocodeCache
from .gazetteer import GazetteerGeocoder

BACKENDS = ("gazetteer", "nominatim", "photon", "arcgis")

__all__ = [
    "BACKENDS",
    "FallbackGeocoder",
    "GazetteerGeocoder",
    "GeocodeCache",
    "Geocoded",
    "Geocoder",
    "geocode_names",
    "get_geocoder",
    "shared_geocoder",
]


class FallbackGeocoder(Geocoder):
    """Asks ``primary``; when it is unavailable, answers from ``fallback`` (and remembers why)."""

    def __init__(self, primary: Geocoder, fallback: Geocoder) -> None:
        self.primary = primary
        self.fallback = fallback
        self.name = primary.name
        self.last_error: GeocoderUnavailable | None = None

        self.answered_by: str | None = None  # the backend that answered the last query

    def geocode(self, query: str, *, country: str | None = None, limit: int = 5) -> list[Place]:
        try:
            found = self.primary.geocode(query, country=country, limit=limit)
            self.answered_by = self.primary.name
            return found
        except GeocoderUnavailable as e:
            self.last_error = e
            self.answered_by = self.fallback.name
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


_SHARED: dict[Settings, Geocoder] = {}


def shared_geocoder(settings: Settings = DEFAULT) -> Geocoder:
    """One geocoder per settings for the whole process, so its cache and request pacing are shared."""
    if settings not in _SHARED:
        _SHARED[settings] = get_geocoder(settings)
    return _SHARED[settings]


@dataclass
class Geocoded:
    """What an online geocoder made of an article's names: a place each and who answered."""

    places: list[Place | None]
    sources: list[str | None]  # the backend that answered for each name ("nominatim", "gazetteer")
    warnings: list[str] = field(default_factory=list)


def geocode_names(
    geocoder: Geocoder,
    names: Sequence[str],
    resolved: Sequence[Place | None],
    *,
    skip: Sequence[bool] = (),
    fallback: bool = True,
) -> Geocoded:
    """Ask ``geocoder`` for each of an article's ``names``, given the gazetteer's reading ``resolved``.

    Each distinct name is asked once, restricted to the country of its gazetteer reading (which has
    the article's context a one-name query lacks; without it when that finds nothing) or, for names the
    gazetteer lacks, to the article's most named country. A name the service does not know keeps its
    gazetteer reading. Once the service is down, the rest of the article keeps the gazetteer's readings
    (the fall back) and a warning says so; with ``fallback`` off the ``GeocoderUnavailable`` propagates.
    Names marked in ``skip`` (demonyms: "Turkish" names a country, not a place to look up) are not asked.
    Every place that came from a service says so in its ``gazetteer_id`` ("nominatim:osm:node/1").
    """
    primary = geocoder.primary if isinstance(geocoder, FallbackGeocoder) else geocoder
    label = primary.name
    places: list[Place | None] = list(resolved)
    sources: list[str | None] = ["gazetteer" if p is not None else None for p in resolved]
    counts = Counter(p.country for p in resolved if p is not None and p.country)
    main = counts.most_common(1)[0][0] if counts else None
    answers: dict[tuple[str, str | None], Place | None] = {}
    out = Geocoded(places, sources)
    for i, name in enumerate(names):
        if i < len(skip) and skip[i]:
            continue
        base = resolved[i]
        country = base.country if base is not None else main
        if (name, country) not in answers:
            try:
                found = primary.first(name, country=country) if country else None
                answers[(name, country)] = found or primary.first(name)
            except GeocoderUnavailable as e:
                if not fallback:
                    raise
                out.warnings.append(f"{e}; places are resolved from the offline gazetteer")
                break
        found = answers[(name, country)]
        if found is not None:
            places[i] = replace(found, gazetteer_id=f"{label}:{found.gazetteer_id or ''}".rstrip(":"))
            sources[i] = label
    return out
