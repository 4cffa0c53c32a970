"""Merge the itineraries of several articles about the same trip into one.

Stops match by place (same gazetteer id, within 50 km, or the same country when either side is a
country-level inference) and overlapping or missing dates. Every source's evidence is kept; a
later article's report of what happened overrides an earlier one's plan; conflicting explicit
dates are kept from the later article and flagged in ``warnings``.
"""

from __future__ import annotations

from collections import Counter
from datetime import date

from .gazetteer import distance_km
from .model import Itinerary, Status, Stop

NEAR_KM = 50.0


def _km(a: Stop, b: Stop) -> float:
    return distance_km(a.place.lat, a.place.lon, b.place.lat, b.place.lon)


def _same_place(a: Stop, b: Stop) -> bool:
    if a.place.gazetteer_id and a.place.gazetteer_id == b.place.gazetteer_id:
        return True
    if _km(a, b) <= NEAR_KM:
        return True
    return a.place.country == b.place.country and (a.inferred or b.inferred)


def _overlap(a: Stop, b: Stop) -> bool:
    if a.start is None or b.start is None:
        return True
    a_end, b_end = a.end or a.start, b.end or b.start
    return a.start <= b_end and b.start <= a_end


def merge(itineraries: list[Itinerary]) -> Itinerary:
    """One itinerary from several; a single itinerary comes back unchanged."""
    if len(itineraries) == 1:
        return itineraries[0]
    ordered = sorted(itineraries, key=lambda it: it.published or date.min)
    names = Counter(it.traveller for it in ordered if it.traveller)
    traveller = names.most_common(1)[0][0] if names else None
    title = next((it.traveller_title for it in ordered if it.traveller == traveller and it.traveller_title), None)
    merged: list[Stop] = []
    warnings: list[str] = []
    mentions = []
    articles = []
    for n, it in enumerate(ordered):
        for a in it.articles:
            a.id = a.id or f"article-{n + 1}"
            articles.append(a)
        source = it.articles[0].id if it.articles else f"article-{n + 1}"
        for m in it.mentions:
            m.article_id = m.article_id or source
            mentions.append(m)
        if it.traveller and traveller and it.traveller != traveller:
            warnings.append(f"{source}: its traveller {it.traveller} differs from {traveller}; stops kept apart")
            continue
        for stop in it.stops:
            stop.sources = stop.sources or [source]
            for e in stop.evidence:
                e.article_id = e.article_id or source
            match = next((m for m in merged if _same_place(m, stop) and _overlap(m, stop)), None)
            if match is None:
                same_place = next((m for m in merged if _same_place(m, stop)), None)
                if same_place is not None and stop.start and same_place.start:
                    warnings.append(
                        f"{stop.place.name}: {source} dates it {stop.start}, earlier reports {same_place.start}"
                    )
                    match = same_place
            if match is None:
                merged.append(stop)
                continue
            _absorb(match, stop)
        warnings.extend(w for w in it.warnings if w not in warnings)
    merged.sort(key=lambda s: (s.start or date.max, s.order))
    for i, s in enumerate(merged, 1):
        s.order = i
    published = max((it.published for it in ordered if it.published), default=None)
    return Itinerary(
        traveller=traveller,
        traveller_title=title,
        published=published,
        published_source=ordered[-1].published_source,
        stops=merged,
        mentions=mentions,
        articles=articles,
        warnings=warnings,
    )


def _absorb(into: Stop, later: Stop) -> None:
    """Fold a later report of the same stop into ``into``: later facts win, evidence accumulates."""
    into.evidence.extend(e for e in later.evidence if e not in into.evidence)
    into.sources.extend(s for s in later.sources if s not in into.sources)
    if later.status is not Status.PLANNED or into.status is Status.PLANNED:
        into.status = later.status
    if later.start is not None:
        into.start, into.end, into.date_basis = later.start, later.end, later.date_basis
    if into.inferred and not later.inferred:
        into.place, into.inferred, into.mention_level = later.place, False, later.mention_level
    into.confidence = min(0.99, max(into.confidence, later.confidence) + 0.05)
