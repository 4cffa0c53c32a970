"""Regenerate extract/data/country_latlng.json: the conventional point of each country.

The points are the ``latlng`` of the countryinfo package (MIT; the REST Countries / CIA World
Factbook "geographic coordinates", which GeoNames also uses for most countries), keyed by ISO 3166-1
alpha-2 code. Usage: python scripts/make_country_latlng.py PATH/TO/countryinfo/data
"""

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main(data_dir: str) -> None:
    points = {}
    for path in sorted(Path(data_dir).glob("*.json")):
        d = json.loads(path.read_text(encoding="utf-8"))
        code = (d.get("ISO") or {}).get("alpha2")
        latlng = d.get("latlng")
        if code and latlng and len(latlng) == 2:
            points[code] = [round(float(latlng[0]), 3), round(float(latlng[1]), 3)]
    lines = ",\n".join(f'"{k}": {v}' for k, v in sorted(points.items()))
    (ROOT / "extract/data/country_latlng.json").write_text("{\n" + lines + "\n}\n")


if __name__ == "__main__":
    main(sys.argv[1])
