"""Serialise an ``Itinerary`` for other tools: contract JSON, GeoJSON, CSV.

Pure functions from an itinerary to text; the dashboard and the CLI both call these.
"""

from __future__ import annotations

import csv
import io
import json

from .model import Itinerary

CSV_FIELDS = [
    "order", "place", "country", "lat", "lon", "level", "start", "end", "date_basis", "status",
    "confidence", "inferred", "region", "evidence",
]  # fmt: skip


def to_json(it: Itinerary, indent: int | None = 2) -> str:
    """The ``tripmap.itinerary/1`` JSON document."""
    return json.dumps(it.to_dict(), ensure_ascii=False, indent=indent)


def to_geojson(it: Itinerary) -> str:
    """A FeatureCollection: one Point per stop (properties as in the JSON) and the route as a LineString."""
    features = []
    for s in it.stops:
        props = s.to_dict()
        props.pop("lat"), props.pop("lon")
        features.append(
            {
                "type": "Feature",
                "geometry": {"type": "Point", "coordinates": [s.place.lon, s.place.lat]},
                "properties": props,
            }
        )
    if len(it.stops) > 1:
        features.append(
            {
                "type": "Feature",
                "geometry": {"type": "LineString", "coordinates": [[s.place.lon, s.place.lat] for s in it.stops]},
                "properties": {"kind": "route", "traveller": it.traveller},
            }
        )
    return json.dumps({"type": "FeatureCollection", "features": features}, ensure_ascii=False, indent=2)


def to_csv(it: Itinerary) -> str:
    """One row per stop, evidence sentences joined with " | "."""
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=CSV_FIELDS, lineterminator="\n")
    w.writeheader()
    for s in it.stops:
        d = s.to_dict()
        d["place"] = s.place.name
        d["evidence"] = " | ".join(e.text for e in s.evidence)
        w.writerow({k: d.get(k) for k in CSV_FIELDS})
    return buf.getvalue()


FORMATS = {"json": to_json, "geojson": to_geojson, "csv": to_csv}
