"""Region-level stops: a region groups the member stops it names, or takes the list that follows it.

"traveled to Asia on Tuesday ... talks in Tokyo" groups Tokyo under Asia (and gives it Asia's date);
"will travel to Asia. Events in Japan, South Korea and India" makes the listed countries the stops.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from . import cues, parts
from .drafts import Candidate, Draft
from .gazetteer import country_continents, distance_km
from .model import Level, Mention, Place, Span, Stop

if TYPE_CHECKING:
    from .gazetteer import Entry, Gazetteer
    from .pipeline import Analysis

CONTINENTS = {"Asia": "AS", "Europe": "EU", "Africa": "AF", "Oceania": "OC", "North America": "NA",
              "South America": "SA"}  # fmt: skip


@lru_cache(maxsize=256)
def _region_entry(g: Gazetteer, name: str) -> Entry | None:
    return next((e for e in g.candidates(name) if e.level is Level.REGION), None)


def in_region(place: Place, region: Place, g: Gazetteer | None) -> bool:
    """True when ``place`` lies in the curated region or continent ``region``."""
    if g is None:
        return False
    entry = _region_entry(g, region.name) or _region_entry(g, parts.whole_name(region.name))
    if entry is None or not place.country:
        return False
    if entry.members:
        return place.country in entry.members
    continent = CONTINENTS.get(entry.name)
    return continent is not None and country_continents().get(place.country) == continent


def region_lists(a: Analysis, candidates: list[Candidate]) -> list[Candidate]:
    """"will travel to Asia. Events in Japan, South Korea and India ...": a region stop with no member
    stops takes the first list of its member places in the next two sentences as its stops."""
    text = a.article.text
    added: list[Candidate] = []
    last_member: dict[str, int] = {}  # region name -> position of its last member candidate
    for c in candidates:
        region = c.mention.place
        if region is None or region.level is not Level.REGION:
            continue
        if region.name not in last_member:
            last_member[region.name] = max(
                (o.position for o in candidates
                 if o.mention.place and o.mention.place.level is not Level.REGION
                 and in_region(o.mention.place, region, a.gazetteer)),
                default=-1,
            )
        if last_member[region.name] > c.position:
            continue  # its member stops are named after it
        _, hi = c.cue.clause
        limit = hi
        for _ in range(2):
            nxt = cues.clause_bounds(text, min(limit + 2, len(text) - 1), min(limit + 3, len(text)))[1]
            limit = max(limit, nxt)
        following = [m for m in a.places if hi <= m.start < limit and m.role == "mentioned" and m.place]
        run: list[Mention] = []
        for m in following:
            if run and not re.fullmatch(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|,?\s*then\s+)(?:the\s+)?", text[run[-1].end : m.start]):
                break
            if not in_region(m.place, region, a.gazetteer):  # type: ignore[arg-type]
                break
            run.append(m)
        if len(run) < 2:
            continue
        for m in run:
            m.role = "stop"
            cue = cues.Cue("region_list", c.cue.strength - 0.1, m.start, m.end, m.text, c.cue.clause)
            added.append(Candidate(m, cue, c.status, c.time, m.start, [Span(m.text, m.start, m.end)]))
    return added


def _within(stop: Stop, window: Stop) -> bool:
    """True when ``stop`` is dated inside the region's dates ("in Europe from February 13 to 18")."""
    return bool(stop.start and window.start and window.start <= stop.start <= (window.end or window.start))


AREA_REACH_KM = 500  # how far from a first-level area's point its towns may lie (newer areas lack codes)


def _town_stop_in(area: Draft, drafts: list[Draft]) -> Draft | None:
    """The first stop (in text order) at a town that lies in the first-level area ``area`` stands for."""
    a = area.stop.place
    return next((
        o for o in sorted(drafts, key=lambda o: o.position)
        if o is not area and o.stop.place.level is Level.CITY and o.stop.place.country == a.country
        and (o.stop.place.admin1 == a.admin1 or distance_km(o.stop.place.lat, o.stop.place.lon, a.lat, a.lon) <= AREA_REACH_KM)
    ), None)


def _lend_dates(area: Draft, town: Draft) -> None:
    """An undated town takes the dates of the region or area it stands in (keeping an end of its own that
    comes later)."""
    s, t = area.stop, town.stop
    assert s.start is not None
    t.start, t.date_basis = s.start, s.date_basis
    t.end = t.end if t.end and t.end >= s.start else s.end
    town.time, town.window = area.time, area.window


def group_regions(drafts: list[Draft], g: Gazetteer | None) -> list[Draft]:
    """A region stop whose member places are also stops groups them instead of standing alone.

    Curated regions group their members wherever they are named; a continent ("traveled to Asia")
    groups the stops named after it, as news names the continent before its stops, or any of its
    stops when it has no date of its own ("It is his third trip to Asia").
    """
    out = []
    for d in drafts:
        s = d.stop
        town = _town_stop_in(d, drafts) if s.place.level is Level.ADMIN else None
        if town is not None and (s.start is None or town.stop.start is None or town.stop.start == s.start):
            # "his working visit to the Papua region ... in Jayapura", "will travel to Iowa, where he will meet
            # farmers in Des Moines": the area frames its town's stop, which takes its date when it has none
            if town.stop.start is None and s.start is not None:
                _lend_dates(d, town)
            town.stop.evidence.extend(s.evidence)
            continue
        if s.place.level is not Level.REGION:
            out.append(d)
            continue
        entry = next((e for e in g.candidates(s.place.name) if e.level is Level.REGION), None) if g else None
        others = [o for o in drafts if o is not d and o.stop.place.level is not Level.REGION]
        grouped = [
            o for o in others
            if in_region(o.stop.place, s.place, g)
            and (entry is None or entry.members or o.position > d.position or s.start is None or _within(o.stop, s))
        ]
        if not grouped:
            out.append(d)
            continue
        for o in grouped:
            o.stop.region = s.place.name
        # "traveled to Asia on Tuesday ... talks in Tokyo": the first stop after the region's
        # mention is where the traveller arrived on the region's date
        after = [o for o in grouped if o.position > d.position]
        if s.start is not None and after:
            first = min(after, key=lambda o: o.position)
            if first.stop.start is None:
                _lend_dates(d, first)
                first.stop.evidence.extend(s.evidence)
    return out
