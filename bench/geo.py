"""Geoparsing benchmark: ``python -m bench.geo FILE.jsonl [--mode resolve|end-to-end]``.

Prints one JSON line as the evaluation kit's README (section 3) specifies: in ``resolve`` mode the
gold spans are given and we report ``acc161``, ``mean_km``, ``median_km`` and ``auc`` (Gritta et al.
2018); in ``end-to-end`` mode the project finds the spans itself and we report exact-span
``precision``, ``recall``, ``f1`` and ``acc161`` over correctly found spans. The same line carries a
population-only ``baseline`` run on the same input, articles per second, milliseconds per article
(and per 700 words) in CPU time over the fastest of ``REPEATS`` passes, so a busy shared machine does
not skew them, the wall-clock time per article of the first pass, gazetteer load time and peak resident memory.
"""

from __future__ import annotations

import argparse
import json
import math
import resource
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from extract.gazetteer import Gazetteer, distance_km, get_gazetteer
from extract.resolve import Mention, lookup_key, resolve_mentions
from extract.settings import Settings
from extract.toponyms import find_toponyms

REPEATS = 3  # timed passes; speed is reported from the fastest (CPU time), scores from the first
MAX_KM = 20039.0  # half the Earth's circumference: the error of a name left unresolved
Point = tuple[float, float] | None
Resolver = Callable[[str, Sequence[Mention], Gazetteer], list[Point]]


def haversine(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance in km between two (lat, lon) points."""
    return distance_km(a[0], a[1], b[0], b[1])


def ours(text: str, mentions: Sequence[Mention], g: Gazetteer) -> list[Point]:
    """The project's resolver: whole-article context; names it lacks get the article's focus."""
    return [(e.lat, e.lon) if e else None for e in resolve_mentions(text, mentions, g, guess_unknown=True)]


def population_baseline(text: str, mentions: Sequence[Mention], g: Gazetteer) -> list[Point]:
    """The classic baseline: every name is its most populous namesake."""
    out: list[Point] = []
    for m in mentions:
        cands = [g.country(m.demonym)] if m.demonym else (g.index.get(m.key) or [])
        cands = [c for c in cands if c is not None]
        best = max(cands, key=lambda e: e.population, default=None)
        out.append((best.lat, best.lon) if best else None)
    return out


def errors_summary(errors: list[float]) -> dict[str, float]:
    """acc161, mean and median km and AUC of log errors (lower AUC is better)."""
    if not errors:
        return {"acc161": 0.0, "mean_km": 0.0, "median_km": 0.0, "auc": 0.0}
    auc = sum(math.log1p(e) for e in errors) / (len(errors) * math.log(MAX_KM))
    return {
        "acc161": round(sum(e <= 161 for e in errors) / len(errors), 4),
        "mean_km": round(statistics.fmean(errors), 1),
        "median_km": round(statistics.median(errors), 1),
        "auc": round(auc, 4),
    }


def gold_spans(article: dict) -> list[dict]:
    """Gold toponyms that have coordinates."""
    return [t for t in article["toponyms"] if t.get("lat") is not None and t.get("lon") is not None]


def run_resolve(articles: list[dict], g: Gazetteer, resolver: Resolver) -> tuple[dict, float]:
    """Resolve the gold spans of every article; returns the scores and the CPU seconds spent."""
    errors: list[float] = []
    t0 = time.process_time()
    for a in articles:
        gold = gold_spans(a)
        mentions = []
        for t in gold:
            key, dem = lookup_key(a["text"][t["start"] : t["end"]], g)
            mentions.append(Mention(t["start"], t["end"], key, dem))
        for t, p in zip(gold, resolver(a["text"], mentions, g), strict=True):
            errors.append(MAX_KM if p is None else min(MAX_KM, haversine(p, (t["lat"], t["lon"]))))
    elapsed = time.process_time() - t0
    return {**errors_summary(errors), "n": len(errors)}, elapsed


def run_end_to_end(articles: list[dict], g: Gazetteer, resolver: Resolver) -> tuple[dict, float]:
    """Find and resolve the toponyms of every article; returns the scores and the CPU seconds spent."""
    tp = fp = fn = 0
    errors: list[float] = []
    t0 = time.process_time()
    for a in articles:
        found = find_toponyms(a["text"], g)
        mentions = [Mention(t.start, t.end, t.key, t.demonym) for t in found]
        points = resolver(a["text"], mentions, g)
        gold = {(t["start"], t["end"]): (t["lat"], t["lon"]) for t in gold_spans(a)}
        predicted = {(m.start, m.end): p for m, p in zip(mentions, points, strict=True)}
        for span, p in predicted.items():
            if span in gold:
                tp += 1
                errors.append(MAX_KM if p is None else min(MAX_KM, haversine(p, gold[span])))
            else:
                fp += 1
        fn += sum(1 for span in gold if span not in predicted)
    elapsed = time.process_time() - t0
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    acc = errors_summary(errors)["acc161"]
    return {
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "f1": round(f1, 4),
        "acc161": acc,
    }, elapsed


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.geo", description=__doc__.split("\n\n")[0])
    p.add_argument("file", type=Path, help="JSON-lines corpus (evaluation kit format)")
    p.add_argument("--mode", choices=("resolve", "end-to-end"), default="resolve")
    p.add_argument("--limit", type=int, default=0, help="only the first N articles")
    args = p.parse_args(argv)

    articles = [
        json.loads(line) for line in args.file.read_text(encoding="utf-8").split("\n") if line.strip()
    ]
    if args.limit:
        articles = articles[: args.limit]
    settings = Settings.from_env()
    t0 = time.perf_counter()
    g = get_gazetteer(settings.min_city_population, settings.data_dir)
    load_s = time.perf_counter() - t0

    run = run_resolve if args.mode == "resolve" else run_end_to_end
    run(articles[:5], g, ours)  # warm up: memoised entries, compiled regexes
    wall0 = time.perf_counter()
    result, elapsed = run(articles, g, ours)
    wall = time.perf_counter() - wall0
    for _ in range(REPEATS - 1):  # the same scores again; the fastest pass is the least disturbed one
        elapsed = min(elapsed, run(articles, g, ours)[1])
    baseline, _ = run(articles, g, population_baseline)
    words = sum(len(a["text"].split()) for a in articles) or 1
    out = {
        "file": args.file.name,
        "mode": args.mode,
        "articles": len(articles),
        **result,
        "baseline": {"name": "population", **baseline},
        "articles_per_s": round(len(articles) / elapsed, 1) if elapsed else None,
        "ms_per_article": round(1000 * elapsed / max(1, len(articles)), 3),
        "ms_per_700_words": round(1000 * elapsed * 700 / words, 3),
        "wall_ms_per_article": round(1000 * wall / max(1, len(articles)), 3),
        "gazetteer_load_s": round(load_s, 3),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }
    print(json.dumps(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
