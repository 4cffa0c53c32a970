"""Itinerary benchmark: speed and quality of the whole pipeline beside an off-the-shelf baseline.

    python -m bench.itinerary [GOLD.json ...] [--repeat 5] [--scorer ../shared/eval/score_itinerary.py]

For each system it prints one JSON line: articles per second, milliseconds per article (warm, median
over repeats), peak resident memory, and, when the evaluation kit's scorer is found, its summary.
The baseline is what a user would assemble from off-the-shelf parts: every gazetteer name in the
text is a stop (in text order) and dates come from ``dateparser.search.search_dates``.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import resource
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from types import ModuleType

from extract import extract_article
from extract.gazetteer import get_gazetteer
from extract.model import Article
from extract.settings import DEFAULT
from extract.toponyms import find_toponyms

KIT = Path(__file__).resolve().parents[1].parent / "shared" / "eval"


def tripmap_system(doc: dict) -> dict:
    article = Article(doc["text"], published=date.fromisoformat(doc["published"]))
    return extract_article(article).to_dict()


def baseline_system(doc: dict) -> dict:
    """Every gazetteer name a stop; the first date search_dates finds in its sentence as its date."""
    from dateparser.search import search_dates

    text = doc["text"]
    published = date.fromisoformat(doc["published"])
    g = get_gazetteer(DEFAULT.min_city_population)
    found = search_dates(text, settings={"RELATIVE_BASE": _dt(published)}) or []
    stops = []
    for n, t in enumerate(x for x in find_toponyms(text, g) if x.demonym is None):
        cands = g.candidates(t.text)
        if not cands:
            continue
        best = max(cands, key=lambda e: e.population)
        when = next((d for s, d in found if text.find(s) >= t.end), None)
        day = when.date().isoformat() if when else None
        stops.append(
            {
                "order": n + 1,
                "place": best.name,
                "country": best.country,
                "lat": best.lat,
                "lon": best.lon,
                "level": best.level.value,
                "start": day,
                "end": day,
                "status": "visited",
                "evidence": [],
            }
        )
    return {"schema": "tripmap.itinerary/1", "stops": stops, "mentions": []}


def _dt(d: date):
    from datetime import datetime

    return datetime(d.year, d.month, d.day, 12)


def _scorer(path: Path) -> ModuleType | None:
    if not path.exists():
        return None
    spec = importlib.util.spec_from_file_location("score_itinerary", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def measure(name: str, system: Callable[[dict], dict], docs: list[dict], repeat: int, scorer) -> dict:
    system(docs[0])  # warm: gazetteer and regexes loaded once
    per_article: list[float] = []
    preds = []
    for doc in docs:
        times = []
        for _ in range(repeat):
            t0 = time.perf_counter()
            pred = system(doc)
            times.append(time.perf_counter() - t0)
        per_article.append(statistics.median(times))
        preds.append(pred)
    row = {
        "system": name,
        "articles": len(docs),
        "ms_per_article": round(1000 * statistics.mean(per_article), 2),
        "ms_per_article_max": round(1000 * max(per_article), 2),
        "articles_per_s": round(len(docs) / sum(per_article), 1),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }
    if scorer is not None:
        rows = [scorer.score_article(doc, pred) for doc, pred in zip(docs, preds, strict=True)]
        row["score"] = scorer.summarise([{**r, "error": ""} for r in rows])
    return row


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold", nargs="*", type=Path, help="gold article JSON files (default: the kit's dev set)")
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--scorer", type=Path, default=KIT / "score_itinerary.py")
    ap.add_argument("--no-baseline", action="store_true")
    a = ap.parse_args(argv)
    files = a.gold or sorted((KIT / "itinerary-dev").glob("*.json"))
    if not files:
        print("bench.itinerary: no gold files given or found", file=sys.stderr)
        return 2
    docs = [json.loads(p.read_text()) for p in files]
    scorer = _scorer(a.scorer)
    t0 = time.perf_counter()
    get_gazetteer(DEFAULT.min_city_population)
    print(json.dumps({"gazetteer_ready_s": round(time.perf_counter() - t0, 3)}))
    print(json.dumps(measure("tripmap", tripmap_system, docs, a.repeat, scorer)))
    if not a.no_baseline:
        print(json.dumps(measure("baseline:gazetteer-names+search_dates", baseline_system, docs, 1, scorer)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
