"""Write ``extract/data/area_codes.tsv``: the US state or Canadian province of each North American area code.

Reads the English geocoding data of Google's libphonenumber as packaged in ``phonenumbers`` (Apache
2.0): for each area code it asks the region of a few numbers and keeps the state or province most of
them give. Area codes of other North American Numbering Plan countries are left out.
Run: ``python scripts/make_area_codes.py [PATH/TO/phonenumbers/parent]``.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "extract" / "data" / "area_codes.tsv"
# GeoNames admin1 codes of the Canadian provinces (US states' codes are their postal abbreviations)
CA_CODES = {
    "AB": "01", "BC": "02", "MB": "03", "NB": "04", "NL": "05", "NS": "07", "ON": "08",
    "PE": "09", "QC": "10", "SK": "11", "YT": "12", "NT": "13", "NU": "14",
}


def admin1_codes() -> dict[str, str]:
    """GeoNames admin1 code of each US state and Canadian province by English name."""
    codes = {"Washington D.C.": "DC"}
    admin1 = OUT.parent / "admin1.tsv"
    for line in admin1.read_text(encoding="utf-8").splitlines():
        cc, code, name, *_ = line.split("\t")
        if cc in ("US", "CA"):
            codes[name] = code
    return codes


def area_of(npa: int, names: dict[str, str]) -> tuple[str, str] | None:
    """The (country, admin1) most numbers of area code ``npa`` are in, if one is."""
    import phonenumbers
    from phonenumbers import geocoder

    seen: Counter[tuple[str, str]] = Counter()
    for exchange in range(200, 1000, 37):
        n = phonenumbers.parse(f"+1{npa}{exchange}0000")
        region = phonenumbers.region_code_for_number(n)
        where = geocoder.description_for_number(n, "en")
        if region not in ("US", "CA") or not where:
            continue
        state = where.rsplit(", ", 1)[-1].strip()
        if state in names:  # "Ontario", "New Jersey": a whole state or province
            state = names[state]
        elif region == "CA":
            state = CA_CODES.get(state, "")
        if len(state) == 2:
            seen[(region, state)] += 1
    if not seen:
        return None
    (best, count), total = seen.most_common(1)[0], sum(seen.values())
    return best if count * 2 > total else None


def main() -> None:
    if len(sys.argv) > 1:
        sys.path.insert(0, sys.argv[1])
    names = admin1_codes()
    rows = ["# area code\tcountry\tadmin1 (GeoNames code)"]
    for npa in range(200, 1000):
        found = area_of(npa, names)
        if found:
            rows.append(f"{npa}\t{found[0]}\t{found[1]}")
    OUT.write_text("\n".join(rows) + "\n")
    print(len(rows) - 1, "area codes ->", OUT)


if __name__ == "__main__":
    main()
