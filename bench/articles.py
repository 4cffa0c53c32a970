"""Whole-article check: ``python -m bench.articles [FOLDER]`` prints one JSON line.

For hand-written articles in the repository's test format (``tests/data/articles``: ``text``,
``published``, ``expected`` stops in order with status and dates, ``not_stops``), it reports stop
precision, recall and F1 by stop name, how many listed non-stops came out as stops, for the stops
found, how many have the right status and the stated start day (exactly and within a day, as the
kit's scorer counts them), the share of pairs of found stops in the expected order, and how many articles came out exactly right (every stop in order with its status and stated dates). Under
``by_distance`` it also gives stop precision, recall and F1 matched the kit's way: a gold name stands for a
stop when one of the places it can name lies within 100 km of it (or in its country, when either is a
country or region), so "Sasaram" matches our "Sasarām" and "New Delhi" our "Delhi"; as there, each
stop of the list counts (a place the gold lists twice is two stops to find). The
default folder, ``tests/data/articles-blind``, holds articles written by a session that never ran
tripmap; those that come out exactly right are also copied into ``tests/data/articles``.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

from extract import extract_article
from extract.gazetteer import distance_km, get_gazetteer, normalize
from extract.model import Article, Level, Stop

DEFAULT = Path(__file__).resolve().parents[1] / "tests" / "data" / "articles-blind"
NEAR_KM = 100.0  # the kit's scorer: two towns are the same stop within this distance
COARSE_KM = 1500.0  # ... and a country or region the same as a place inside it within this one
_COARSE = {Level.COUNTRY, Level.REGION, Level.ADMIN}


def same_place(name: str, stop: Stop) -> bool:
    """Whether a gold stop's name stands for this stop, as the kit's scorer matches by coordinates:
    the same name, or a place of that name near the stop (or its country, for a country or region)."""
    if normalize(name) == normalize(stop.place.name):
        return True
    got = stop.place
    if got.lat is None or got.lon is None:
        return False
    named = get_gazetteer().candidates(name)
    if not any(e.level == Level.COUNTRY for e in named):
        # a name that is a town stands for the town ("Edinburgh" the city, not its council area)
        named = [e for e in named if e.level == Level.CITY] or named
    for entry in named:
        d = distance_km(entry.lat, entry.lon, got.lat, got.lon)
        coarse = entry.level in _COARSE or got.level in _COARSE
        if d <= NEAR_KM or (coarse and d <= COARSE_KM and entry.country == got.country):
            return True
    return False


def near_matches(doc: dict, stops: list[Stop]) -> int:
    """How many expected stops pair off one to one with found stops: by name first, then by
    distance. A stop named after a listed non-stop stands for nothing, as in the kit's scorer."""
    bad = {normalize(n) for n in doc.get("not_stops", ())} - {normalize(e["place"]) for e in doc["expected"]}
    free = [s for s in stops if normalize(s.place.name) not in bad]
    left = []
    for want in doc["expected"]:
        hit = next((s for s in free if normalize(s.place.name) == normalize(want["place"])), None)
        if hit is None:
            left.append(want["place"])
        else:
            free.remove(hit)
    for name in left:
        hit = next((s for s in free if same_place(name, s)), None)
        if hit is not None:
            free.remove(hit)
    return len(stops) - len(free) - sum(normalize(s.place.name) in bad for s in stops)


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    """Precision, recall and F1 from counts (0 where undefined)."""
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    return precision, recall, 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def exact(doc: dict, stops: list) -> bool:
    """Every expected stop, in order, with its status and the dates the article states."""
    if [s.place.name for s in stops] != [e["place"] for e in doc["expected"]]:
        return False
    for stop, want in zip(stops, doc["expected"], strict=True):
        if stop.status.value != want["status"]:
            return False
        for key in ("start", "end"):
            value = getattr(stop, key)
            if key in want and (value.isoformat() if value else None) != want[key]:
                return False
    return not {s.place.name for s in stops} & set(doc.get("not_stops", ()))


def day_errors(doc: dict, stops: list) -> list[int | None]:
    """For each expected stop with a start day that was found: how many days our start is off (None: no date)."""
    found = {s.place.name: s for s in stops}
    out: list[int | None] = []
    for want in doc["expected"]:
        stop = found.get(want["place"])
        if stop is not None and "start" in want:
            out.append(None if stop.start is None else abs((stop.start - date.fromisoformat(want["start"])).days))
    return out


def order_pairs(doc: dict, stops: list) -> tuple[int, int]:
    """(pairs in the expected order, pairs) over the expected stops that were found, each place at its
    first appearance: the order agreement the kit's scorer reports."""
    where = {}
    for i, s in enumerate(stops):
        where.setdefault(s.place.name, i)
    seen: list[str] = []
    for e in doc["expected"]:
        if e["place"] in where and e["place"] not in seen:
            seen.append(e["place"])
    pairs = [(a, b) for i, a in enumerate(seen) for b in seen[i + 1 :]]
    return sum(where[a] < where[b] for a, b in pairs), len(pairs)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.articles", description=__doc__.split("\n\n")[0])
    p.add_argument("folder", type=Path, nargs="?", default=DEFAULT)
    args = p.parse_args(argv)
    tp = fp = fn = false_stops = right = status_right = in_order = pairs = 0
    near = found = wanted_n = 0
    days: list[int | None] = []
    paths = sorted(args.folder.glob("*.json"))
    for path in paths:
        doc = json.loads(path.read_text(encoding="utf-8"))
        it = extract_article(Article(doc["text"], published=date.fromisoformat(doc["published"]), id=doc["id"]))
        got = {s.place.name for s in it.stops}
        want = {e["place"] for e in doc["expected"]}
        tp, fp, fn = tp + len(got & want), fp + len(got - want), fn + len(want - got)
        false_stops += len(got & set(doc.get("not_stops", ())))
        near += near_matches(doc, it.stops)
        found, wanted_n = found + len(it.stops), wanted_n + len(doc["expected"])
        right += exact(doc, it.stops)
        days += day_errors(doc, it.stops)
        agree, n = order_pairs(doc, it.stops)
        in_order, pairs = in_order + agree, pairs + n
        status = {s.place.name: s.status.value for s in it.stops}
        # one verdict per place, as stops are counted (a place the gold lists twice counts once)
        wanted = {e["place"]: e["status"] for e in doc["expected"]}
        status_right += sum(status.get(place) == value for place, value in wanted.items())
    precision, recall, f1 = prf(tp, fp, fn)
    by_distance = prf(near, found - near, wanted_n - near)
    print(json.dumps({
        "folder": args.folder.name, "articles": len(paths), "stop_precision": round(precision, 3),
        "stop_recall": round(recall, 3), "stop_f1": round(f1, 3), "false_stops": false_stops,
        "status_acc": round(status_right / tp, 3) if tp else 0.0,
        "date_exact": round(sum(d == 0 for d in days) / len(days), 3) if days else 0.0,
        "date_within1": round(sum(d is not None and d <= 1 for d in days) / len(days), 3) if days else 0.0,
        "order_agreement": round(in_order / pairs, 3) if pairs else 1.0,
        "exactly_right": right,
        "by_distance": dict(zip(("stop_precision", "stop_recall", "stop_f1"), (round(x, 3) for x in by_distance))),
    }))
    return 0


if __name__ == "__main__":
    sys.exit(main())
