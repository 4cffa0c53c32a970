"""Trip order: an estimated time for every stop, from its dates, its list and its cues."""

from __future__ import annotations

import re
from datetime import date, timedelta

from .drafts import Draft, destination
from .model import DateBasis, Mention, Status, Stop

TRIP_GAP = timedelta(days=14)  # dated stops further apart than this belong to different trips


_WRAPS = re.compile(r"\b(?:wrap(?:s|ped|ping)?|conclud(?:es|ed|ing)|end(?:s|ed|ing)|finish(?:es|ed|ing)|(?:last|final)\s+(?:stop|leg|day))\b", re.I)


def order(drafts: list[Draft]) -> list[Stop]:
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
        dest = destination(d, drafts)
        if dest is not None and id(dest) in when:
            when[id(d)] = when[id(dest)] - step / 2
    for d in sorted(drafts, key=lambda d: d.position):
        if id(d) in when:
            continue
        # "After Tokyo, she heads to Seoul": right after the place the clause opens with
        anchor = next((o for o in drafts if d.follows is not None and o is not d
                       and any(e.start <= d.follows < e.end for e in o.stop.evidence) and id(o) in when), None)
        # "wrapped up a visit to Israel on Friday and flew to Jordan": after the dated stop before it
        # in the same sentence; "spent two days in Hanoi before flying to Manila on Friday": before
        # the dated stop after it
        before = [o for o in drafts if o.clause == d.clause and o.position < d.position and id(o) in when]
        after = [o for o in drafts if o.clause == d.clause and o.position > d.position and id(o) in when]
        if anchor is not None:
            when[id(d)] = when[id(anchor)] + step / 2
        elif d.earlier and (before or after):
            # "visited Kyiv on Tuesday, traveling by train from Poland after a trip to India"
            first = min(before + after, key=lambda o: when[id(o)])
            when[id(d)] = when[id(first)] - step / 2 + step * d.position / 10**9
        elif before:
            when[id(d)] = when[id(max(before, key=lambda o: o.position))] + step / 2
        elif after:
            when[id(d)] = when[id(min(after, key=lambda o: o.position))] - step / 2
    visits = [when[id(d)] for d in drafts if id(d) in when and d.stop.status is Status.VISITED]
    first = min(visits or when.values(), default=0.0)
    last = max(when.values(), default=0.0)
    undated = sorted((d for d in drafts if id(d) not in when), key=lambda d: d.position)
    last_visit = max(visits, default=last)
    for k, d in enumerate(undated, 1):
        if d.stop.status is Status.VISITED and any(_WRAPS.search(e.text) for e in d.stop.evidence):
            when[id(d)] = last_visit + 0.5 + step * k  # "Carney wraps Southeast Asia swing in Singapore": the end
        elif d.stop.status is Status.VISITED:
            when[id(d)] = first - 0.5 + step * k
        else:
            when[id(d)] = last + 0.5 + step * k
    for d in drafts:  # origins whose destination was undated too
        if d.origin_of is not None and not d.stop.start:
            dest = destination(d, drafts)
            if dest is not None:
                when[id(d)] = when[id(dest)] - step / 2
    # same day: where they had been first, then the stay that ends sooner ("Busan on the 16th, before flying
    # on to Japan in the evening" beside "Japan from September 16 to 19")
    drafts.sort(key=lambda d: (when[id(d)], not d.earlier, d.stop.end or d.stop.start or date.max, d.position))
    for i, d in enumerate(drafts, 1):
        d.stop.order = i
    return [d.stop for d in drafts]


def _middle(s: Stop, published: date | None) -> date:
    """A stop's day for telling trips apart: its start, or the middle of a past window of more than a
    week ("visited Kyiv last month" is no part of next week's trip)."""
    assert s.start is not None
    end = s.end or s.start
    past = published is not None and end < published and s.date_basis is not DateBasis.EXPLICIT  # (not "January 16 ...
    # until February 3": a stay; nor "drove into Livingstone two days later ... left Livingstone on Sunday": a stay
    # between two days, not a month or a week named whole)
    return s.start + (end - s.start) / 2 if past and (end - s.start).days > 7 and _calendar_window(s.start, end) else s.start


def _calendar_window(start: date, end: date) -> bool:
    """Whether ``start``..``end`` looks like a named window rather than a stay between two told days: it runs
    from a month's first day or a Monday, or to a month's last day ("last month", "early October", "the week
    before", "late last month")."""
    return start.day == 1 or start.weekday() == 0 or (end + timedelta(days=1)).day == 1


def _last_day(s: Stop, published: date | None) -> date:
    """Where a stop's stay ends for telling trips apart: its end when the stay is a short one (a tournament's
    week, "from Tuesday through the 22-25 Oct event") or a stay between two told days, else the ``_middle`` of
    a named window."""
    if s.start is not None and s.end is not None and (s.end - s.start <= TRIP_GAP or not _calendar_window(s.start, s.end)):
        return max(_middle(s, published), s.end)  # ("drove into Livingstone ... left Livingstone on 8 November")
    return _middle(s, published)


def _named(s: Stop, places: list[Mention]) -> list[Mention]:
    """The place mentions that made ``s`` a stop (or its origin), found inside its evidence."""
    spans = {(e.start, e.end) for e in s.evidence}
    return [m for m in places if m.role in ("stop", "origin") and any(a <= m.start < b for a, b in spans)]


def main_trip(
    stops: list[Stop], published: date | None, places: list[Mention], listed: set[str | None] | None = None
) -> list[Stop]:
    """The stops of the trip the article is about: dated stops split into trips where two weeks pass
    between them ("arrived in Tokyo on Tuesday ... after she visited Kyiv in September"); the trip
    with most stops (then the one nearest publication) stays, with every undated stop. The others'
    mentions get the role "other_trip". The places of a tour list or table (``listed``, by gazetteer
    id) are one tour however far apart their dates."""
    listed = listed or set()
    dated = sorted((s for s in stops if s.start is not None), key=lambda s: _middle(s, published))
    trips: list[list[Stop]] = []
    for s in dated:
        if trips and (_middle(s, published) - max(_last_day(o, published) for o in trips[-1]) <= TRIP_GAP or any(
            o.place.gazetteer_id == s.place.gazetteer_id for o in trips[-1]
        ) or (s.place.gazetteer_id in listed and any(o.place.gazetteer_id in listed for o in trips[-1]))):
            # (a second stay in a town of the trip goes on with it: "back in Ulaanbaatar on 26 August")
            trips[-1].append(s)
        else:
            trips.append([s])
    if len(trips) < 2:
        return stops
    ref = published or dated[-1].start
    assert ref is not None

    def nearness(trip: list[Stop]) -> int:
        return min(abs((s.start - ref).days) for s in trip)  # type: ignore[operator]

    def first_told(trip: list[Stop]) -> int:  # news leads with the trip it is about
        return min((e.start for s in trip for e in s.evidence), default=0)

    main = max(trips, key=lambda t: (len(t), -first_told(t), -nearness(t)))
    others = {id(s) for t in trips if t is not main for s in t}
    for s in stops:
        if id(s) in others:
            for m in _named(s, places):
                m.role = "other_trip"
    # "following a meeting in Kampala and a visit to Juba in July": an undated stop named only in the
    # sentences of another trip belongs to it
    elsewhere = {m.sentence_start for m in places if m.role == "other_trip"}
    for s in stops:
        if s.start is not None or id(s) in others:
            continue
        named = _named(s, places)
        if named and all(m.sentence_start in elsewhere for m in named):
            others.add(id(s))
            for m in named:
                m.role = "other_trip"
    kept = [s for s in stops if id(s) not in others]
    for i, s in enumerate(kept, 1):
        s.order = i
    return kept
