"""From resolved mentions to the trip: which places are stops, their status, dates and order.

A place is a stop only when a travel cue ties it to the traveller ("arrived in", "will travel to",
"visited", "talks in", "then to", "from X" after an arrival, a list following such a cue); all
other places stay mentions with a role. Country-level stops are placed at the capital and flagged
inferred; region stops that list member stops group them instead of standing alone.

The parts: ``cues`` (why a place is a stop), ``traveller`` (whose trip), ``stop_dates`` (when),
``regions`` (region-level stops), ``trip_order`` (in which order); this module merges mentions into
stops and settles their status.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import replace
from datetime import date, timedelta
from typing import TYPE_CHECKING

from . import (
    anaphora,
    cues,
    dateline,
    dateline_town,
    home,
    regions,
    stop_dates,
    table_rows,
    tour_dates,
    traveller,
    trip_order,
)
from .drafts import Candidate, Draft
from .gazetteer import LANDMARK_ID, distance_km, normalize
from .model import Itinerary, Level, Mention, Place, Precision, Span, Status, Stop, TimeRef
from .resolve import (
    MAIN_CITY_SHARE,  # a city that holds a fifth of its namesake area's people is what the area means
)
from .timex_lexicon import number_value

if TYPE_CHECKING:
    from .gazetteer import Gazetteer
    from .pipeline import Analysis

MAX_EVIDENCE = 25  # spans kept per stop: enough to trace it, bounded for very long texts
QUARTER_KM = 15.0  # a town this close to a metropolis of the trip is one of its quarters
METROPOLIS = 500_000


def build(a: Analysis) -> Itinerary:
    """The itinerary of one analysed article."""
    text = a.article.text
    who = traveller.find(
        text, a.settings.traveller, frozenset(m.text for m in a.places),
        frozenset(m.text for m in a.places if m.role == "demonym"),
    )
    if who.name and len(who.name.split()) > 1:  # "Vice President Gibran Rakabuming Raka": no Raka, Syria
        # (nor two words of the name together: "the Aga Khan Hospital" when the traveller is Rahim Aga Khan)
        words = who.name.split()
        parts = [re.escape(who.name), *(rf"(?<!\w){re.escape(x)} {re.escape(y)}(?!\w)" for x, y in zip(words, words[1:]))]
        named = [(n.start(), n.end()) for part in parts for n in re.finditer(part, text)]
        a.places = [p for p in a.places if not any(s <= p.start and p.end <= e for s, e in named)]
    who.place_names = frozenset(m.text for m in a.places)
    who.leads_a_group = traveller.leads_group(text, who)
    # "Middle East" is nobody, but "Ruto" read once as a town in a headline is still President Ruto
    place_words = Counter(w for m in a.places for w in m.text.split())
    who.others = {o for o in who.others if place_words[o] < len(traveller.word_pattern(o).findall(text))}
    g = a.gazetteer
    candidates: list[Candidate] = []
    dateline_town.add_mentions(a)  # "arrived in this hilly southwestern town" under a "KISORO, Uganda (AP) —" dateline
    anaphora.add_mentions(a)  # "flew in from Luanda. He landed there late on Monday"
    place_starts = [p.start for p in a.places]
    time_starts = [t.start for t in a.times]
    earlier_clauses: set[tuple[int, int]] = set()  # clauses about an earlier trip
    for m in a.places:
        if m.role == "demonym" and g is not None and m.place is not None and _CAPITAL_AFTER.match(text, m.end) and not (
            _APPOSED_DESCRIPTION.search(text, max(0, m.start - 40), m.start)
        ):  # (not "arrived in Perth, the Western Australian capital": the town named describes itself)
            capital = g.capital(m.place.country or "")  # "arrived in the Saudi capital": Riyadh
            if capital is None:
                continue
            m.place, m.role = capital.place(), None
        if m.role == "demonym":
            continue
        if dateline.is_place(text, m.start, m.end):
            m.role = "dateline"
            lede = dateline_town.lede_stop(a, m, who)
            if lede is not None:  # "MATSUYAMA, Japan >> Gov. Josh Green laid white chrysanthemums Tuesday at a memorial"
                cue, day = lede
                candidates.append(Candidate(m, cue, _status("past", day, a.article.published), day, m.start,
                                            [Span(cue.evidence, cue.start, cue.end)]))
            continue
        if cues.in_caption(text, m.start):
            m.role = "caption"  # a photo's caption shows another day
            continue
        if cues.in_link_list(text, m.start):
            m.role = "link"  # "Related news / - Orsi to visit Brasília": another story's headline
            continue
        if m.sentence.rstrip().endswith("?") and not m.sentence.lstrip().startswith(("\"", "“")):
            continue  # "Will he go to Punjab?": a question claims no trip
        # only the mentions of this clause matter: slicing keeps long articles linear
        lo, hi = cues.clause_bounds(text, m.start, m.start + 1)
        local_places = a.places[bisect_left(place_starts, lo) : bisect_left(place_starts, hi)]
        local_times = a.times[bisect_left(time_starts, lo - 40) : bisect_left(time_starts, hi)]
        spans = [(t.start, t.end) for t in local_times]
        cue = cues.cue_for(text, m.start, local_places, spans)
        if cue is not None and cues.names_landmark(text, m) and _foreign_here(m, a.places):
            continue  # "visit the Mila artificial intelligence institute" in Montreal: not Mila, Algeria
        if cue is None and m.text == "here":  # the dateline town, where the story's verb happened
            cue = dateline_town.here_cue(text, m, (lo, hi))
        if cue is None and m.text == "there":  # the town just named, arrived at
            cue = anaphora.there_cue(text, m, (lo, hi))
        if cue is None:
            cue = _country_visit_around(text, m, candidates)  # "flies to Burundi ... for talks in Bujumbura"
        back = _BACK_TO.search(text, max(lo, m.start - 40), m.start) if cue is None else None
        if back is not None:  # "He returned to Dhaka on Wednesday": a stop only as a second stay (below)
            cue = cues.Cue("return", 0.0, back.start(), m.end, text[back.start() : m.end], (lo, hi))
        if cue is None:
            continue
        _settle_referent(text, m, a.places, local_places, g)
        if cue.kind in ("scene", "be_in", "activity") and not traveller.is_actor(text, m, cue, who):
            continue  # "In Gaza, the toll rose" / "the interest is in Gaza": not the traveller's
        if cue.kind == "meet" and not traveller.mentioned_in(m.sentence, who) and not _dated(cue.clause, local_times):
            continue  # "talks held largely in Jakarta and Brussels": undated talks of nobody on this trip
        if not traveller.is_subject(text, m, cue, who):
            m.role = "other_traveller"
            continue
        if cue.kind == "cancelled" and stop_dates.far_date_in(local_times, cue.clause, a.article.published, text, m.end):
            continue  # "a rail project financed by Japan and cancelled in 2020": another time's plan
        if (cue.kind in ("depart_for", "go") and _ENDS_THE_TRIP.match(text, m.end, cue.clause[1])) or (
            cue.kind in ("arrive", "go") and _HOME_AND_THEN.search(text, cue.clause[0], cue.start)
        ):  # "depart for Seoul from Savannah on Wednesday, wrapping up the trip", "departs to return home and
            cue = replace(cue, kind="return")  # arrives to Incheon Airport": the way home
        again = _back_again(text, m, cue, candidates, local_times, local_places, a.article.published)
        if again or (cue.kind == "return" and _undated_stop(m, candidates)):
            cue = replace(cue, kind="go", strength=max(cue.strength, 0.7))  # (or "flew back to Antananarivo on Friday" after an undated stay there: its day)
        if cue.kind in ("cancelled", "negated", "earlier_trip", "other_trip", "transit", "return"):
            m.role = {"negated": "not_visited"}.get(cue.kind, cue.kind)
            continue
        if m.place is not None and m.place.level is Level.COUNTRY and stop_dates.part_of_country(m):
            continue  # "his development tour of Western Kenya to Busia County": a part of the country, not its capital
        when, earlier = stop_dates.time_for(m, cue, local_times, a.article.published, local_places)
        when = stop_dates.pair_before(stop_dates.pair(when, local_times, text), text, local_times)  # "16 and 17 April"
        # "Last year, his tour took him to Namibia, the Congo and Chad": the whole clause is that trip
        earlier = earlier or (when is None and cue.clause in earlier_clauses)
        if _RETURNED_FROM.search(text, max(cue.clause[0], m.start - 60), m.start):
            earlier = True  # "Hoekstra, who returned from talks in Beijing last week"
        if when is not None and m.end <= when.start and _ENDED_TOUR.search(text, cue.clause[0], m.start) and any(
            m.end <= p.start and p.end <= when.start and p.role != "demonym" for p in local_places
        ):
            when = None  # "wrapped up a tour of Guatemala and Mexico on Friday": the day the tour ended, in Mexico
        before = [t for t in local_times if cue.clause[0] <= t.start and t.end <= m.start and t.earliest is not None
                  and t.precision in (Precision.DAY, Precision.TIME)]
        done = _AFTER_DONE.search(text, before[-1].end, m.start) if before else None
        if done and done["days"]:  # "arrived in this city on Thursday after three days in Beijing": the three days before
            days = int(number_value(done["days"]) or 1)
            arrival = before[-1].earliest
            assert arrival is not None
            when = replace(before[-1], earliest=arrival - timedelta(days=days), latest=arrival - timedelta(days=1),
                           precision=Precision.DAY)
        elif done and when is not None and when.end <= m.start:
            when = None  # "arrived here on Thursday ..., after wrapping up a two-day trip to Bhutan": not Bhutan's day
        elif cue.kind != "origin" and (when is None or when.end <= m.start):
            # "flew to Abéché on Tuesday morning, a day after holding talks in N'Djamena": the day before
            prior = [t for t in local_times if cue.clause[0] <= t.start and t.end <= m.start and t.type in ("DATE", "TIME")]
            when = (stop_dates.days_before(prior[-1], text, m.start) if prior else None) or when
        if when is None and not earlier and cue.kind in ("arrive", "go", "visit", "meet", "be_in", "activity") and (
            cues.tense(text, m.start, m.end, cue) == "past"
        ):
            when = stop_dates.entry_day(a.times, text, m.start)  # "Jan. 21, 23:55 / Lee has arrived in Mumbai"
        if when is None and not earlier and cue.kind == "arrive" and _HAS_ARRIVED.search(
            text, max(cue.clause[0], cue.start - 16), cue.end
        ):
            when = stop_dates.news_day(cue, a.article.published)  # "has arrived in Qatar's capital, Doha": today
        if cue.kind == "arrive" and stop_dates.long_stay(local_times, cue.start, m.start):
            earlier = True  # "spent a decade in Melbourne"
        if when is None and (_HABITUAL.search(text, m.end, cue.clause[1]) or _WHILE_AFTER.search(text, cue.clause[0], cue.start)
                             or _USUALLY.search(text, cue.clause[0], m.start) or _PREVIOUS_TRIPS.search(text, m.sentence_start, m.start)
                             or _last_there(text, m)):
            earlier = True  # "has travelled to Washington and Mexico City several times", "comes a month after
            # she was in Podgorica and Tirana": other trips
        if not earlier and when is None:
            # "last travelled to the region in August 2024, when he attended a meeting in Nuku'alofa", "she
            # flew to Altamira ..., months before she resigned from the government in 2008": an undated
            # visit in a clause about another year
            earlier = stop_dates.far_date_in(local_times, cue.clause, a.article.published, text, m.end)
        if cue.kind == "origin":
            # "arrived in Berlin from Warsaw on Thursday": Thursday is the arrival's, unless a relative
            # clause dates the origin ("from Asmara, where he had met Isaias on Monday")
            where = _WHERE_CLAUSE.match(text, m.end)
            own = where and next((t for t in local_times if m.end < t.start < where.end() and t.type == "DATE"), None)
            if own:
                when = stop_dates.pair(own, local_times, text)  # "where he had spent Monday and Tuesday"
            elif when is not None and (cue.origin_of is not None or _IN_FROM.search(cue.evidence)) and not (
                when.start > m.end and re.search(r",\s*(?:where|when)\b|\b(?:after|following)\b", text[m.end : when.start])
            ):
                when = None  # (with no destination named, "flew home from Auckland on Friday" left it that day)
        if earlier:
            m.role = "earlier_trip"  # "visited Beijing in 2019"
            earlier_clauses.add(cue.clause)
            continue
        when = stop_dates.stretch_stay(text, m, cue, when, a.article.published)  # "a third day in", "since Sunday"
        status = _status(cues.tense(text, m.start, m.end, cue), when, a.article.published)
        if when is None and _TRIP_BEGUN.search(text, cue.clause[0], cue.start):
            status = None  # "arrived in Brasilia on Sunday, kicking off a trip to Brazil and Chile": Chile is to come
        if cue.kind == "depart_for" and status is Status.VISITED and not (
            when is not None and when.latest is not None and a.article.published and when.latest < a.article.published
        ):
            status = Status.PLANNED  # "left for the United States": on the way, not there yet (but "left Accra
            # on Monday for Bamako", told on Wednesday: arrived long since)
        if cue.kind == "origin" and when is None and _BY_TRAIN_FROM.search(cue.evidence) and (
            m.place is not None and m.place.level is Level.CITY
        ):  # (a country stays: "traveling by train from Poland after a trip to India")
            m.role = "transit"  # "arrived in Kyiv by train from the Polish border town of Przemyśl": the way in
            continue
        if cue.kind == "origin" and _HOME_FROM.search(cue.evidence) and (
            _AIRPORT_AFTER.match(text, m.end) or _AIRPORT_NEAR.search(text, max(0, m.start - 30), m.start)
        ):  # "fly home from Kansai International Airport near Osaka on Friday": the way home
            m.role = "transit"
            continue
        m.role = {"origin": "origin", "leave": "departure"}.get(cue.kind, "stop")
        candidates.append(
            Candidate(m, cue, status, when, m.start, [Span(cue.evidence, cue.start, cue.end)], again=again)
        )
    # "flew in from Paro" where the article says he only landed there: a way station is no stop either
    on_the_way = {m.place.gazetteer_id for m in a.places if m.role == "transit" and m.place is not None}
    candidates = [c for c in candidates if not (c.cue.kind == "origin" and c.mention.place.gazetteer_id in on_the_way)]
    candidates += regions.region_lists(a, candidates)
    # lists of dated lines (tour dates, place-first schedules, tables): each one tour, however long
    listed = (tour_dates.tour_candidates(a, who.surname if who.title else None)
              + tour_dates.place_first_candidates(a) + tour_dates.day_place_candidates(a) + table_rows.table_candidates(a))
    candidates += listed
    candidates += tour_dates.diary_candidates(a, who.surname)
    candidates += tour_dates.programme_candidates(a, candidates, who.surname)
    candidates = tour_dates.outside_others_programmes(a, candidates, who.surname)
    stop_dates.event_dates(a, candidates)
    stop_dates.numbered_days(a, candidates)
    stop_dates.programme_days(a, candidates)
    stop_dates.left_for(a, candidates)
    stop_dates.day_of_the_move_before(a, candidates)
    stop_dates.clause_days(a, candidates)
    stop_dates.arrived_day_before(a, candidates)
    stop_dates.overnight_arrivals(candidates)
    drafts = _drop_cancelled(_merge(candidates, g, text), a.places, g, text)
    drafts = home.drop_origin_returned_to(drafts, a.places, text)
    drafts = home.drop_after_return_home(drafts, a.places, text)
    _settle_status(drafts, a.article.published)
    drafts = _appearances_before_plans(drafts, a.article.published, text)
    drafts = home.drop_home_departure(drafts)
    stop_dates.plans_from_today(drafts, a.article.published)
    drafts = regions.group_regions(drafts, g)
    if len(drafts) > 1:  # "will travel to the Pacific next week" ... Suva, Funafuti: an ocean is no stop
        drafts = [d for d in drafts if not (d.stop.place.level is Level.REGION and _WATER.search(d.stop.place.name))]
    stop_dates.apply_durations(drafts)
    stop_dates.assign_window_days(drafts)
    stop_dates.range_around_own_days(drafts)
    stop_dates.extend_through(a, drafts)
    dateline_town.extend_stay(a, drafts)
    stop_dates.left_on_arrival_day(drafts, text)
    drafts = _drop_undated_origins(drafts, text)
    stops = trip_order.order(drafts)
    for stop in stops:
        unique = {(e.start, e.end): e for e in stop.evidence}
        stop.evidence = list(unique.values())[:MAX_EVIDENCE]
    listed_places = {c.mention.place.gazetteer_id for c in listed if c.mention.place is not None}
    stops = trip_order.main_trip(stops, a.article.published, a.places, listed_places)
    home_town = home.home_capital(who.title, text, a.places, g, who.name)
    stops = home.drop_capital_at_home(home.drop_home_stops(stops, home_town), home_town, g, text)
    stops = home.drop_return_to_start(stops, candidates)
    stops = home.drop_return_home(stops, text, a.places)
    stops = home.drop_undated_returns(stops, a.places)
    stops = _inside_others(stops)  # renumbers the stops
    stop_dates.bound_tours(a, stops)
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


_TRIP_BEGUN = re.compile(r"\b(?:kick\w*\s+off|begin\w*|began|start\w*|launch\w*|embark\w*\s+on|open\w*)\s+"
                         r"(?:a|an|his|her|their|the)\s+(?:[\w-]+\s+){0,3}$", re.I)
_BY_TRAIN_FROM = re.compile(r"\b(?:by|on\s+(?:an?|the))\s+(?:(?:night|overnight|sleeper)\s+)?train\s+from\b", re.I)
_HOME_FROM = re.compile(r"\bhome\s+from\b", re.I)
_AIRPORT_NEAR = re.compile(r"\bairport\s+(?:near|outside)\s+$", re.I)
_AIRPORT_AFTER = re.compile(r"\s+(?:international\s+)?airport\b", re.I)
_WHERE_CLAUSE = re.compile(r",\s*(?:where|when)\b[^.;]*")
_WATER = re.compile(r"\b(?:Ocean|Sea|Gulf|Strait|Bay|Channel)\b")
_CAPITAL_AFTER = re.compile(r"\s+capital\b")
_APPOSED_DESCRIPTION = re.compile(r"[A-Z][\w'’-]*,\s*the\s+(?:[A-Z][\w'-]*\s+){0,2}$")
# "flew in from Toulouse at the weekend": the day of the arrival here, not of a stay there
_AFTER_COMING = re.compile(r"\bafter\b", re.I)
_ROUTE_ON = re.compile(r"\s+(?:to|and\s+on\s+to|on\s+to)\s", re.I)  # "from Israel to Jordan"
_MORNING = re.compile(r"\b(?:morning|dawn)\b", re.I)
_BEFORE_WORD = re.compile(r"\bbefore\b", re.I)
_IN_FROM = re.compile(  # (and "flew in on Tuesday morning from Brussels")
    r"\b(?:fl[eoy]\w*|c[oa]me\w*|jet\w*|dr[oi]ve\w*)\s+in\s+(?:[\w,]+\s+){0,4}?from\b|\barriv\w*\s+from\b", re.I
)
# "Jaishankar was last in Europe in March, when he visited Brussels": the previous trip (not "was last in
# China in 2023 and returns this week to Beijing")
_LAST_THERE = re.compile(r"\b(?:was|were|had\s+been)\s+last\s+in\b|\blast\s+(?:visited|travell?ed\s+to|went\s+to)\b", re.I)
_NOW = re.compile(r"\b(?:will|returns?|returning|now|this\s+(?:week|month|time))\b", re.I)


_BACK_TO = re.compile(r"\b(?:return\w*\s+to|back\s+(?:in|to))\s+(?:the\s+)?$", re.I)
_BE_BACK = re.compile(r"\b(?:was|is|were|are)\s+back\s+in\s+(?:the\s+)?$", re.I)


def _back_again(text: str, m: Mention, cue: cues.Cue, candidates: list[Candidate], times: list[TimeRef],
                places: list[Mention], published: date | None) -> bool:
    """Whether ``m`` is a second stay in a town of the trip: "flew back to Antananarivo on Friday", "was back in
    Bangkok on Tuesday", told with a day after the first stay there and after a stay elsewhere in between
    (not "returned to Washington", home, nor a town named twice for one stay)."""
    if m.place is None or not (cue.kind == "return" or (
        cue.kind in ("go", "arrive", "be_in", "visit", "meet") and _BACK_TO.search(text, max(cue.clause[0], m.start - 40), m.start)
    )):
        return False
    gid = m.place.gazetteer_id
    first = [c.time.latest for c in candidates if c.mention.place is not None and c.mention.place.gazetteer_id == gid
             and c.time is not None and c.time.latest is not None and c.cue.kind not in ("origin", "leave", "depart_for")]
    # "JERUSALEM, March 24 (Reuters) - Rubio was back in Jerusalem on Tuesday": the story is filed from the town
    # the traveller is back in, a stay whose first part went untold by name (home is dropped later)
    back_in = not first and _BE_BACK.search(text, max(cue.clause[0], m.start - 30), m.start) is not None
    if not first and not back_in:
        return False
    when, _ = stop_dates.time_for(m, replace(cue, kind="go"), times, published, places)
    if when is None or when.earliest is None or when.precision not in (Precision.DAY, Precision.TIME):
        return False
    if back_in:
        line = dateline_town.first_line(text, places)
        return line is not None and line.place is not None and line.place.gazetteer_id == gid
    if when.earliest <= max(first):
        return False
    return any(c.mention.place is not None and c.mention.place.gazetteer_id != gid and c.time is not None
               and c.time.earliest is not None and max(first) < c.time.earliest <= when.earliest
               and c.cue.kind not in ("origin", "leave", "depart_for") for c in candidates)


def _undated_stop(m: Mention, candidates: list[Candidate]) -> bool:
    """Whether ``m`` names a town already made an undated stop of the trip ("Speaking to journalists in
    Antananarivo, ..." before "flew back to Antananarivo on Friday")."""
    gid = m.place.gazetteer_id if m.place is not None else None
    same = [c for c in candidates if gid is not None and c.mention.place is not None and c.mention.place.gazetteer_id == gid
            and c.cue.kind not in ("origin", "leave", "depart_for")]
    return bool(same) and all(c.time is None for c in same)


def _last_there(text: str, m: Mention) -> bool:
    """Whether ``m``'s sentence tells, before it, of the traveller's last trip (and nothing of this one)."""
    found = list(_LAST_THERE.finditer(text, m.sentence_start, m.start))
    return bool(found) and not _NOW.search(text, found[-1].end(), m.start)


_ENDED_TOUR = re.compile(r"\b(?:wrap\w*\s+up|conclud\w*|end(?:s|ed)|finish\w*)\s+(?:a|an|his|her|their|the)\s+(?:[\w-]+\s+){0,3}?"
                         r"(?:tour|trip|visit|swing|journey)\s+(?:of|to|through)\s+", re.I)
_HAS_ARRIVED = re.compile(r"\bha(?:s|ve)\s+(?:just\s+|now\s+)?(?:arrived|landed)\b", re.I)
_AFTER_DONE = re.compile(
    r"\b(?:after|following|fresh\s+from)\s+(?:wrapping\s+up|concluding|completing|ending|finishing|winding\s+up"
    r"|(?:a|an|his|her|their)\s+(?:[\w-]+\s+){0,3}?(?:visit|trip|tour|journey|swing)\s+(?:to|of|through)"
    r"|(?P<days>two|three|four|five|six|seven|\d)\s+days\s+(?:of\s+[\w\s]{0,30}?\s+)?in)\b", re.I
)  # (and "returned on Saturday after a five-day official visit to Canada": the day of the return; "arrived in this
# city on Thursday after three days in Beijing": the three days before it)
_HABITUAL = re.compile(r"\s+(?:several|many|a\s+number\s+of|countless|numerous|multiple)\s+times\b|\s+(?:repeatedly|frequently|regularly)\b"
                       r"|\s+on\s+(?:several|many|numerous)\s+occasions\b"
                       # "visited the former camp in Oświęcim on an earlier occasion": another trip
                       r"|\s+on\s+(?:an?\s+)?(?:earlier|previous|prior|past)\s+(?:occasions?|visits?|trips?)\b", re.I)
_PREVIOUS_TRIPS = re.compile(  # "On previous trips he visited Odesa and Kharkiv"
    r"\b(?:on|during|in)\s+(?:(?:his|her|their|the|a)\s+)?(?:previous|earlier|past|former|prior|last)\s+(?:\w+\s+)?"
    r"(?:trips?|visits?|tours?)\b"
    # "His previous foreign trips as prime minister included visits to Brussels"
    r"|\b(?:his|her|their)\s+(?:previous|earlier|past|prior)\s+(?:\w+\s+)?(?:trips?|visits?|tours?)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:included|took\s+(?:him|her|them))\b"
    # "Since his appointment, Mr Sonko has made official visits to Nouakchott"
    r"|\b[Ss]ince\s+(?:his|her|their)\s+(?:appointment|election|inauguration|swearing[\s-]in|taking\s+office|arrival\s+in\s+office)\b",
    re.I)
_HOME_AND_THEN = re.compile(r"\b(?:return(?:s|ed|ing)?|head(?:s|ed|ing)?|fl(?:y|ies|ew|ying))\s+(?:back\s+)?home\s+and\b", re.I)
_ENDS_THE_TRIP = re.compile(
    r"[^.;]{0,60}?,\s*(?:wrapping\s+up|ending|concluding|capping|rounding\s+off)\s+(?:the|his|her|their|a)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:trip|visit|tour|journey)\b", re.I)
_USUALLY = re.compile(r"\b(?:usually|typically|traditionally|customarily|habitually|used\s+to|the\s+usual\s+(?:route|way|path))\b", re.I)  # "usually opened at the Xiamen meeting"
_WHILE_AFTER = re.compile(r"\b(?:a|one|two|three|four|several|some|\d+)\s+(?:weeks?|months?|years?)\s+after\s+(?:[\w’'-]+\s+){1,6}$", re.I)
_RETURNED_FROM = re.compile(r"\breturned\s+(?:home\s+|to\s+[A-Z][\w’'-]*\s+)?(?:(?:only|just)\s+)?(?:on\s+[A-Z][a-z]+day\s+|last\s+week\s+|yesterday\s+)?from\s+(?:[\w’'-]+\s+){0,5}?(?:in\s+)?(?:the\s+)?$", re.I)
_NEAR = re.compile(
    r"(?:\s+[A-Z][\w'’-]*){0,3},?\s+(?:near|outside|just\s+outside|close\s+to|on\s+the\s+outskirts\s+of)\s+"
    r"(?:the\s+)?(?:(?:city|town|port)\s+of\s+)?"
)
_IN_TOWN = re.compile(r",?\s+in\s+")
_NAMED_FOR_AREA_IN = re.compile(r"(?:\s+[A-Z][\w'’-]*){1,3},?\s+in\s+")  # "Nangarhar Regional Hospital in Jalalabad"
_DESCRIBES_TOWN = re.compile(r"\s+(?:port\s+|coastal\s+|border\s+|capital\s+)?(?:city|town|port|capital)\b")
ANAPHORA_CHARS = 1500  # how far back "the Red Sea city" looks for the city it describes


_TRAVELLED = re.compile(r"\b(?:fl[eyio]\w*|flown|travel\w*|arriv\w*|land\w*|head\w*|drove|went|jet\w*|sail\w*)\b", re.I)


def _stay_goes_on(area: Stop, town: Stop) -> bool:
    """True when an area's days follow straight on from the stay in its town, told after it."""
    if area.start is None or town.start is None or area.order < town.order:
        return False
    return town.start < area.start <= (town.end or town.start) + timedelta(days=1)


_MOVED_TO = re.compile(r"(?:travel|fl[yie]|flown|mov|proceed|dr[io]v|head|went|go|arriv|land|reach)\w*\s+(?!from\b)", re.I)


def _one_name(a: Place, b: Place) -> bool:
    """Whether two names share a word: "Delhi" and "New Delhi" are one city's."""
    return bool(set(a.name.lower().split()) & set(b.name.lower().split()))


def _holds(area: Stop, town: Stop) -> bool:
    """True when a state's or province's window holds the stay of a town in it ("will tour Tamil Nadu next
    week" around "will reach Coimbatore on Wednesday"): the tour of the area is its towns'."""
    return area.place.level is Level.ADMIN and None not in (area.start, area.end, town.start) and (
        area.start <= town.start and (town.end or town.start) <= area.end)  # type: ignore[operator]


def _within_stay(quarter: Stop, town: Stop) -> bool:
    """True when a quarter's day falls inside the stay of the town holding it ("meetings at banks in
    Manhattan" the day after flying to New York for two days)."""
    if quarter.place.level is not Level.CITY or quarter.start is None or town.start is None:
        return False
    if any(_TRAVELLED.search(e.text) for e in quarter.evidence):
        return False  # (not "On Wednesday he flew to Nagasaki" read as the Tokyo quarter of that name)
    return town.start <= quarter.start <= (town.end or town.start) and (quarter.end or quarter.start) <= (town.end or town.start)


def _inside_others(stops: list[Stop]) -> list[Stop]:
    """A first-level area that holds a town of the trip is no stop beside it ("Puerto Princesa" and
    "Palawan"), nor is a quarter of a bigger town of the trip ("Brooklyn" beside New York): its
    evidence joins that town. The kept stops are numbered in order."""
    kept: list[Stop] = []
    absorbed: set[int] = set()  # undated towns whose dated area stop became theirs
    for s in stops:
        area = s.place
        town = None
        if area.level is Level.ADMIN:
            town = next(
                (t for t in stops if t.place.level is Level.CITY and t.place.country == area.country
                 and t.place.admin1 is not None and t.place.admin1 == area.admin1),
                None,
            )
        elif area.level is Level.REGION and s.start is None:
            # "ends visit to Hispaniola" beside Port-au-Prince and Santo Domingo: the island holds the trip's towns
            town = next((t for t in stops if t.place.level is Level.CITY
                         and distance_km(t.place.lat, t.place.lon, area.lat, area.lon) <= REGION_KM), None)
        elif area.level is Level.CITY:
            close = [t for t in stops if t is not s and t.place.level is Level.CITY and t.place.country == area.country
                     and distance_km(t.place.lat, t.place.lon, area.lat, area.lon) <= QUARTER_KM]
            # "fly to Delhi" in a headline, "due in New Delhi on 23 November" below: one stop (not two towns
            # 10 km apart, each a town the traveller moved to: "proceeding to Lambunao"); "business
            # leaders in Greenpoint, Brooklyn" on the New York day: a quarter of a metropolis of the trip
            town = next((t for t in close if s.start is None and t.start is not None and (
                _one_name(t.place, area) or not _MOVED_TO.match(s.evidence[0].text if s.evidence else ""))), None) or next(
                (t for t in close if (t.place.population or 0) >= max(METROPOLIS, 3 * (area.population or 0))), None
            )
        if town is not None and area.level is Level.ADMIN and _stay_goes_on(s, town):
            town.end = max(town.end or town.start, s.end or s.start)  # type: ignore[type-var]
            town.evidence.extend(e for e in s.evidence if e not in town.evidence)
            continue  # "fly to Agartala on Sunday ... He will stay in Tripura till Monday": the stay goes on
        if town is not None and area.level is Level.ADMIN and s.start is not None and town.start is None:
            # "leave the capital on Thursday for Aichi ... meets business leaders in Nagoya": the area's day and
            # place in the trip are the town's
            s.place = town.place
            s.evidence.extend(e for e in town.evidence if e not in s.evidence)
            absorbed.add(id(town))
            kept.append(s)
            continue
        if town is not None and (s.start is None or s.start == town.start or _within_stay(s, town) or _holds(s, town)):
            town.evidence.extend(e for e in s.evidence if e not in town.evidence)
            continue
        kept.append(s)
    kept = [s for s in kept if id(s) not in absorbed]
    for i, s in enumerate(kept, start=1):
        s.order = i
    return kept


def _foreign_here(m: Mention, places: list[Mention]) -> bool:
    """Whether ``m`` lies in a country that its sentence's other places, or all the article's, are not in."""
    country = m.place.country if m.place else None
    others = [p for p in places if p is not m and p.place is not None and p.role != "demonym"]
    beside = {p.place.country for p in others if p.sentence_start == m.sentence_start}  # type: ignore[union-attr]
    if beside:
        return country not in beside
    return all(p.place.country != country for p in others)  # type: ignore[union-attr]


def _dated(clause: tuple[int, int], times: list[TimeRef]) -> bool:
    """Whether a clause holds a day ("The Nov. 6 meeting in Ankara came amid ...")."""
    return any(clause[0] <= t.start < clause[1] and t.precision in (Precision.DAY, Precision.TIME) for t in times)


def _country_visit_around(text: str, m: Mention, candidates: list[Candidate]) -> cues.Cue | None:
    """The cue of a visit to a country that ``m``, "in" a town of that country, follows in its clause:
    "Salih flies to Burundi on Thursday for talks with officials in Bujumbura" is a visit to Bujumbura
    (not "..., the minister announced in Tel Aviv", nor "the transfer of the capital to Gitega")."""
    if m.place is None or m.place.level is not Level.CITY or not m.place.country:
        return None
    if not text.endswith(" in ", 0, m.start) and not text.endswith(" in the city of ", 0, m.start):
        return None
    for c in reversed(candidates):
        lo, hi = c.cue.clause
        place = c.mention.place
        if (
            lo <= c.mention.end < m.start < hi and place is not None and place.level is Level.COUNTRY
            and place.country == m.place.country
            and not re.search(rf"\b(?:{cues.SAID}|who|whom|whose)\b", text[c.mention.end : m.start])
        ):  # (nor "the diaspora in Panama, ... workers who went to build the canal and settled in Colón")
            return replace(c.cue, chain=True)
    return None


def _settle_referent(text: str, m: Mention, places: list[Mention], local: list[Mention], g: Gazetteer | None) -> None:
    """Set ``m.place`` to the place a cued mention stands for: the city an airport serves ("touched
    down at Pudong airport": Shanghai), the town a venue is near ("the Black Rock Camp near Nadi"),
    the city "the Red Sea city" describes."""
    if g is not None and m.place is not None and m.place.country and _AIRPORT_AFTER.match(text, m.end):
        served = g.biggest_town_near(m.place.lat, m.place.lon, m.place.country)
        if served is not None and (served.population or 0) > (m.place.population or 0):
            m.place = served.place()
    town = m.place is not None and m.place.level is Level.CITY and not (m.place.gazetteer_id or "").startswith(LANDMARK_ID)
    # the town a venue is near ("the Black Rock Camp near Nadi"; but "the town of Cibitoke, near the Rusizi River"
    # stays Cibitoke), the town of a facility named for its area ("Nangarhar Regional Hospital in Jalalabad")
    for joint in (_NEAR, _NAMED_FOR_AREA_IN):
        after = _joined_after(text, m, local, joint)
        if after is not None and after.place is not None and after.place.level is Level.CITY and not town:
            m.place = after.place
    inside = _joined_after(text, m, local, _IN_TOWN)
    if (
        inside is not None and inside.place is not None and m.place is not None and m.place.level is Level.CITY
        and inside.place.level is Level.CITY and (inside.place.population or 0) > (m.place.population or 0)
        and not cues.AREA_WORD.match(text, inside.end)  # (not "Lobito, in Benguela province": the province)
    ):
        m.place = inside.place  # "at Jebel Ali in Dubai": a quarter or a small town of the city named after it
    described = _DESCRIBES_TOWN.match(text, m.end) if m.place is not None and m.place.level is not Level.CITY else None
    if described is not None:
        # "the Kazakhstan capital Astana" names its town right after; "the Red Sea city" means one told before
        named = next((p for p in local if p.start > m.end and p.place is not None
                      and not text[described.end() : p.start].strip()), None)
        meant = named or _town_before(places, m)
        if meant is not None:
            m.place = meant.place


def _joined_after(text: str, m: Mention, local: list[Mention], joint: re.Pattern[str]) -> Mention | None:
    """The first place after ``m`` that ``joint`` joins to it ("... near Nadi", "... in Dubai")."""
    return next((p for p in local if p.start > m.end and joint.fullmatch(text, m.end, p.start)), None)


def _town_before(places: list[Mention], m: Mention) -> Mention | None:
    """The city named before ``m`` that "the Red Sea city" means: of those within ``ANAPHORA_CHARS``,
    the one nearest to the area named (Port Sudan, not El Fasher, for the Red Sea)."""
    area = m.place
    before = [p for p in places if p.end <= m.start and m.start - p.end <= ANAPHORA_CHARS and p.role != "demonym"
              and p.place is not None and p.place.level is Level.CITY]
    if area is None or not before:
        return None
    return min(reversed(before), key=lambda p: distance_km(p.place.lat, p.place.lon, area.lat, area.lon))  # type: ignore[union-attr]


def _status(tense: str | None, when: TimeRef | None, published: date | None) -> Status | None:
    """Planned for the future tense or a date after publication, visited for the past; else None."""
    if when is not None and published and when.earliest:
        if when.earliest > published:
            return Status.PLANNED
        if when.latest and when.latest < published and tense != "future":
            return Status.VISITED
    return {"future": Status.PLANNED, "past": Status.VISITED}.get(tense or "")


BIG_CITY = 100_000  # a city this large is what a visit to its namesake state means
SMALL_TOWN, FAMOUS_CITY = 20_000, 500_000  # a stop in a small town yields to a famous namesake city
_NO_VISIT = re.compile(r"\b(?:no|not\s+a)\s+(?:stop|visit|leg|stopover)\s+(?:in|to|at)\s+(?:the\s+)?$", re.I)
_LOCATING = re.compile(
    r",\s*in\s+(?:the\s+)?(?:north|south|east|west|central)\w*\s+$"
    # "the port itself, about 80 km (50 miles) north of Lima": where the cancelled place lies
    r"|\b(?:north|south|east|west|northeast|northwest|southeast|southwest|outside|near)(?:\s+of)?\s+(?:the\s+)?(?:city\s+of\s+)?$",
    re.I,
)
CANCEL_REACH = 400  # a cancelled country's plans told this soon after the cancellation are the cancelled ones
REGION_KM = 400.0  # an undated region (island, peninsula) this close to a town of the trip holds that town
CAPITAL_KM = 20.0  # a landmark this close to its country's capital is a stop in the capital


def _stop_place(place: Place, g: Gazetteer | None, name: str = "", qualified: bool = False) -> tuple[Place, bool]:
    """Where a visit to ``place`` happens: a country's capital (inferred), the big city that shares
    a state's name ("heading to Washington", "travel to New York") or the town inside an area of its
    name (Faro, not Faro district), or the place itself."""
    if g is None or not place.country:
        return place, False
    if (place.gazetteer_id or "").startswith(LANDMARK_ID):
        # "met Macron at the Elysee Palace": the visit is to the city the landmark is in, the capital when
        # it is close by (Malacañang Palace is Manila's, not Quezon City's; Hyderabad House New Delhi's)
        cap = g.capital(place.country)
        if cap is not None and distance_km(place.lat, place.lon, cap.lat, cap.lon) <= CAPITAL_KM:
            return cap.place(), False
        city = g.biggest_town_near(place.lat, place.lon, place.country)
        return (city.place(), False) if city is not None else (place, False)
    if place.level is Level.COUNTRY:
        cap = g.capital(place.country)
        if cap is not None and name and cap.name.casefold() == name.casefold():
            return cap.place(), False  # "arrived in Djibouti", "in Singapore": the name is the capital's too
        if cap is not None:
            # drawn at the capital, but only the country is known: the level says so
            return replace(cap.place(), level=Level.COUNTRY), True
    if place.level is Level.CITY and place.population and place.population < SMALL_TOWN and name and not qualified:
        # "flew to New York and then to Boston": a traveller in the news goes to the famous namesake,
        # not to the village the state context suggests, unless the text qualifies it ("Paris, Texas")
        big = [e for e in g.candidates(name) if e.level is Level.CITY and e.population >= FAMOUS_CITY]
        if big:
            return max(big, key=lambda e: e.population).place(), False
    if place.level is Level.ADMIN and name:
        # (or any town of the name inside the area: "at the Teatro das Figuras in Faro" is the town, not its district)
        # (but not a town that only bears the area's name as another name, a small share of its people: "Rio
        # Grande" for "Rio Grande do Sul")
        share = (place.population or 0) // MAIN_CITY_SHARE
        cities = [e for e in g.candidates(name) if e.level is Level.CITY and e.country == place.country
                  and ((e.population >= BIG_CITY and e.population >= share)
                       or (place.admin1 is not None and e.admin1 == place.admin1 and normalize(e.name) == normalize(name)))]
        if cities:
            return max(cities, key=lambda e: e.population).place(), False
    return place, False


_IN_CITY = re.compile(r"\s+in\s+(?:the\s+(?:capital|city)(?:\s+of)?,?\s+)?")


def _country_in_city(candidates: list[Candidate], text: str) -> list[Candidate]:
    """"began his visit to Afghanistan in Kabul": the country's visit is the city's (not that of another
    of its cities already a stop); the city takes the country's date when it has none."""
    kept = []
    for c in candidates:
        place = c.mention.place
        city = place is not None and place.level is Level.COUNTRY and next(
            (o for o in candidates if o.mention.place is not None and o.mention.place.level is Level.CITY
             and o.mention.place.country == place.country and _IN_CITY.fullmatch(text, c.mention.end, o.mention.start)),
            None,
        )
        if not city:
            kept.append(c)
            continue
        if city.time is None:
            city.time = c.time
        city.evidence.extend(c.evidence)
    return kept


def _merge(candidates: list[Candidate], g: Gazetteer | None, a_text: str = "") -> list[Draft]:
    """One stop per place: repeated mentions add evidence and fill in missing dates."""
    drafts: list[Draft] = []
    by_key: dict[str, Draft] = {}
    candidates = _country_in_city(candidates, a_text)
    told = sorted(c.position for c in candidates)  # where the stops are named: "Sarabia then drove to" comes after
    stop_places = []  # where each candidate's visit happens, worked out once
    for c in candidates:
        assert c.mention.place is not None
        qualified = bool(re.match(r",\s*[A-Z]", a_text[c.mention.end : c.mention.end + 3]))
        stop_places.append(_stop_place(c.mention.place, g, c.mention.text, qualified))
    places_at: dict[int, set[str]] = {}  # a time's start -> the places it dates
    countries_at: dict[int, set[str | None]] = {}  # ... and their countries
    for c, (where, _) in zip(candidates, stop_places, strict=True):
        if c.time is not None:
            # (by the stop each names: Rideau Hall and Ottawa on one day are one place)
            places_at.setdefault(c.time.start, set()).add(where.gazetteer_id or c.mention.text)
            countries_at.setdefault(c.time.start, set()).add(where.country)
    shared = {start for start, named in places_at.items() if len(named) > 1}  # "visit A, B and C from Sunday"
    # a span of several countries' ("Finland, Sweden and Norway from Oct. 11 to 15"), not a country's and its town's
    across = {start for start, codes in countries_at.items() if len(codes) > 1}
    for c, (where, inferred) in zip(candidates, stop_places, strict=True):
        place = c.mention.place
        assert place is not None
        key = where.gazetteer_id or f"{where.name}:{where.country}"
        if c.again:
            key = f"{key}@{c.position}"  # a second stay in the town is a stop of its own
        existing = by_key.get(key)
        if existing is None and place.level is Level.COUNTRY:
            # a country named where one of its cities is already a stop adds to that stop (but a dated
            # country visit is no undated city's: "heads to Mombasa" ... "the state visit to Kenya" on Tuesday)
            same = [d for d in drafts if d.stop.place.country == place.country and (c.time is None or d.stop.start)]
            capital = g.capital(place.country or "") if g is not None else None
            existing = next((d for d in same if capital is not None and d.stop.place.gazetteer_id == capital.gid),
                            same[0] if same else None)  # its capital's stop first
        if existing is None and place.level in (Level.CITY, Level.ADMIN):
            # a city or state named after its country was made a stop replaces the inferred capital
            # ("left for the United States ... go to New York"), unless the country visit has a date
            # of its own and the city another ("a state visit to Germany on Sunday ... Dresden on Monday")
            existing = next(
                (d for d in drafts if d.stop.inferred and d.stop.place.country == place.country
                 and (d.kind == "depart_for" or d.stop.start is None or c.time is None or d.clause == c.cue.clause
                      or c.time.earliest == d.stop.start  # "troops in Iraq on Sunday, landing at Erbil" that day
                      # "will travel next week to ... Australia ... flies to Darwin, arriving Wednesday": inside the window
                      # or "visit Kenya and Tanzania from the 8th to the 12th ... Dar es Salaam on the 10th"
                      or (c.time.earliest is not None and d.stop.start <= c.time.earliest <= (d.stop.end or d.stop.start)))),
                None,
            )
            if existing is not None:
                old_key = existing.stop.place.gazetteer_id or ""
                by_key.pop(old_key, None)  # the capital is free to be a stop of its own
                existing.stop.place, existing.stop.inferred = where, False
                existing.stop.mention_level = Level.CITY
                by_key[key] = existing
                if c.time is not None:  # the city's own date beats the country's ("left for the US")
                    stop_dates.set_dates(existing, c)
                if c.status is not None:
                    existing.status = c.status
        if existing is not None:
            s = existing.stop
            country_day = s.start if s.inferred and existing.kind in ("go", "depart_for") else None
            own_day = False
            if s.inferred and not inferred:
                s.place, s.inferred, s.mention_level = where, False, place.level
                # "a five-day visit to New Zealand ... spent two days in Wellington": the city's own length
                existing.days = c.cue.clause_duration or existing.days
                # "a state visit to Pakistan on September 16-18 ... talks in Islamabad on September 16 and 17"
                own_day = (c.time is not None and c.cue.kind not in ("leave", "origin") and s.start is not None
                           and c.time.earliest is not None and c.time.latest is not None
                           and s.start <= c.time.earliest < c.time.latest < (s.end or s.start))  # (a span of its own)
            if len(s.evidence) < MAX_EVIDENCE:
                s.evidence.extend(c.evidence)  # duplicates are dropped once, in build()
            existing.days = existing.days or c.cue.clause_duration
            if c.cue.kind == "leave" and c.time is not None and c.time.earliest is not None:
                # "will leave Japan later this week": the stop ends when the leaving window opens (not before the
                # stay began, nor at a year's start: "will not leave Mayotte alone ... before the end of the year")
                if c.time.precision not in (Precision.YEAR, Precision.MONTH) and (s.start is None or c.time.earliest >= s.start):
                    s.end = c.time.earliest
                    if _MORNING.search(c.time.text) and s.start is not None and s.end > s.start and not (
                        _BEFORE_WORD.search(a_text, c.time.end, c.cue.start)  # ("On Tuesday morning, before leaving")
                    ):
                        s.end -= timedelta(days=1)  # "will leave Maseru tomorrow morning": the last day there is today
            elif (
                c.cue.kind == "origin" and c.time is not None and c.time.precision in (Precision.DAY, Precision.TIME)
                and c.time.earliest is not None and s.start is not None and c.time.earliest > (s.end or s.start)
                and (c.time.earliest - s.start).days <= stop_dates.MAX_STAY_DAYS
            ):
                # "travelled to Auckland on Wednesday ... flew home from Auckland on Friday": left on Friday
                s.end = c.time.earliest
                s.evidence.append(c.time.span)
            elif c.time is not None and (
                own_day or s.start is None or stop_dates.finer(c.time, existing.time)
                or (existing.time is not None and existing.time.start in shared and c.time.start not in shared
                    and not (existing.kind == "arrive" and existing.time.earliest == existing.time.latest))
            ):
                # a list's shared dates give way to a place's own: "will visit Egypt, Ethiopia and Senegal from
                # May 11 to 17 ... Ethiopia from May 13 to 15", "... from Sunday ... in Baku on Wednesday"
                stop_dates.set_dates(existing, c)
            elif (
                country_day is not None and c.cue.kind == "arrive" and c.time is not None and c.time.precision is Precision.DAY
                and c.time.earliest is not None and 0 < (c.time.earliest - country_day).days <= 2
            ):
                stop_dates.set_dates(existing, c)  # "will leave for Japan on Sunday ... On arrival in Tokyo on Monday"
            elif c.time is not None and existing.time is not None and stop_dates.adjacent_days(c.time, s) and not (
                c.time.start in across and c.time.earliest != c.time.latest  # (not a list's whole span: "visits to
            ):  # Finland, Sweden and Norway from Oct. 11 to 15" is not Stockholm's)
                # "arrived in Kinshasa on Friday ... wrapped up on Saturday in Kinshasa": Friday-Saturday
                assert c.time.earliest is not None and c.time.latest is not None and s.start is not None
                s.start = min(s.start, c.time.earliest)
                s.end = max(s.end or s.start, c.time.latest)
                s.evidence.append(c.time.span)
            if c.status is not None and c.cue.kind != "leave" and existing.status is not Status.VISITED:
                # a visit, once reported, is not undone by talk of what happens there next
                if existing.status is None or c.time is not None or c.status is Status.VISITED:
                    existing.status = c.status
            if existing.kind == "origin" and c.cue.kind in ("arrive", "visit", "scene", "be_in"):
                # "flying in from Israel ... arrived in Jerusalem on Sunday", "fly to Port Vila from Suva ... In Suva on
                # Wednesday, she is scheduled to meet": a stop too (but not "left for New Delhi", home again)
                existing.kind = c.cue.kind
            if existing.origin_of is None and existing.stop.start is not None:
                existing.origin_of = c.cue.origin_of  # "talks in Santo Domingo on Monday ... landed in Havana from Santo Domingo"
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
            stop, c.position, c.cue.origin_of, days=c.cue.clause_duration, status=c.status, chain=c.cue.start,
            clause=c.cue.clause, follows=_told_stop(_after_place(a_text, c.cue.clause[0], c.position, told), candidates, a_text),
            earlier=c.cue.kind == "origin"
            or bool(_EARLIER.search(a_text[max(0, c.cue.start - 40) : c.cue.start]))
            or bool(_HAD.search(a_text, c.cue.clause[0], c.cue.end)),
            kind=c.cue.kind,
        )
        if c.time is not None and c.cue.kind != "leave":
            stop_dates.set_dates(draft, c)
        by_key[key] = draft
        drafts.append(draft)
    return drafts


def _drop_cancelled(drafts: list[Draft], places: list[Mention], g: Gazetteer | None = None, text: str = "") -> list[Draft]:
    """"will then go to Jordan ... The Jordan leg was later canceled": a stop that a later sentence
    cancels is no stop; its mentions keep the role "cancelled"."""
    # (not a country named only to say where the cancelled place lies: "its base in Shama, in southern Lebanon")
    cancels = [m for m in places if m.role == "cancelled" and m.place is not None
               and not _LOCATING.search(text, max(0, m.start - 30), m.start)]
    # "reports that Prime Minister would visit Mombasa ... There is no visit to Mombasa in the programme"
    denied = {m.place.gazetteer_id for m in places if m.role == "not_visited" and m.place is not None
              and _NO_VISIT.search(text, max(0, m.start - 40), m.start)}  # (not "will skip the opening week in")
    newest_first = _NEWEST_FIRST.search(text) is not None  # a live blog's "Latest updates first": later news comes first
    kept = []
    for d in drafts:
        place = d.stop.place
        due = _DUE.search(text, d.clause[0], d.position) is not None  # "the trip was due to end with stops in Baghdad"
        hit = [m for m in cancels if m.place is not None and (
            (newest_first and m.start < d.position and m.place.gazetteer_id == place.gazetteer_id)
            or (m.start > d.position and (
                m.place.gazetteer_id == place.gazetteer_id
                or (m.place.level is Level.COUNTRY and m.place.country == place.country)))
            # "has cancelled his planned visits to Germany ... was scheduled to fly to Berlin on Aug. 24": the
            # plan told right after a country's cancelled visit, in its capital
            or ((d.status is not Status.VISITED or due) and 0 < d.position - m.end < CANCEL_REACH and (
                m.place.gazetteer_id == place.gazetteer_id
                or (m.place.level is Level.COUNTRY and g is not None
                    and (g.capital(m.place.country or "") or place).gid == place.gazetteer_id)
                # "the Iraq leg has been postponed. The trip was due to end with stops in Baghdad and Erbil"
                or (m.place.level is Level.COUNTRY and place.country == m.place.country and due)))
        )]
        if hit or (d.status is Status.PLANNED and place.gazetteer_id in denied and place.level is Level.CITY):
            for m in places:
                if m.role in ("stop", "origin") and m.start == d.position:
                    m.role = "cancelled"
            continue
        kept.append(d)
    return kept


_NEWEST_FIRST = re.compile(r"\b(?:latest|newest|most\s+recent)\s+(?:updates?|posts?|entries)\s+(?:first|on\s+top|at\s+the\s+top)\b", re.I)
_DUE = re.compile(r"\b(?:was|were|had\s+been)\s+(?:due|scheduled|supposed|meant|set|planned)\s+to\b", re.I)
_EARLIER = re.compile(
    r"\b(?:after|following|fresh\s+from)\s+(?:(?:wrapping\s+up|concluding|completing|ending|finishing)\s+)?"
    r"(?:(?:a|an|his|her|their|the)\s+)?(?:[\w-]+\s+){0,2}?$",
    re.I,
)  # the words before a cue: "after a trip to India", "after visiting Seoul"
_HAD = re.compile(r"\bhad\s+(?:been|visited|travell?ed|stopped|flown|met|held)\b", re.I)
_AFTER = re.compile(r"\s*(?:After|From)\s+(?:visiting\s+|leaving\s+|there\s*,?\s*)?(?=[A-Z])")
_THEN_OPENS = re.compile(
    r"\s*(?:(?:[A-Z][\w'’-]+|[Hh]e|[Ss]he|[Tt]hey|[Tt]he\s+[a-z]+)\s+)?(?:then|afterwards|later|subsequently)\b"
    r"|\s*(?:Then|Afterwards|From\s+there|Later|Subsequently)\b"
)


def _told_stop(at: int | None, candidates: list[Candidate], text: str) -> int | None:
    """``at`` (where a clause's "From X" names X), moved onto where X was told as a stop when this mention of X
    is none ("was in Quito on 8 October ... From Quito he flew to Bogotá"): the order reads stops' evidence."""
    if at is None or any(c.cue.start <= at < c.cue.end for c in candidates):
        return at
    same = next((c for c in candidates if c.mention.text and text.startswith(c.mention.text, at)), None)
    return same.cue.start if same is not None else at


def _after_place(text: str, clause_start: int, position: int, told: list[int]) -> int | None:
    """Offset of X in a clause opening "After X, ..." (or "From X, ...") before the stop at ``position``; for a
    clause opening "Sarabia then drove to ...", the stop named last before it (``told``: where stops are named)."""
    m = _AFTER.match(text, clause_start, position)
    if m and m.end() < position:
        return m.end()
    then = _THEN_OPENS.match(text, clause_start, position)
    return next((p for p in reversed(told) if p < clause_start), None) if then else None


_TRAVEL_WORD = re.compile(r"\b(?:arriv\w*|land\w*|visit\w*|travel\w*|fl[eiy]\w*|went|tour\w*|trip|stop\w*)\b", re.I)


_TALKS = re.compile(r"\b(?:talks|meetings?|summit|signed|signing)\b", re.I)


def _appearances_before_plans(drafts: list[Draft], published: date | None, text: str) -> list[Draft]:
    """A preview of a coming trip: a place the traveller only spoke or met someone in, on or before the
    publication day ("Speaking at an energy conference in Frankfurt on Wednesday, she said"), is where
    the news was made, not a stop of the trip, when every other stop is planned."""
    planned = [d for d in drafts if d.status is Status.PLANNED and d.stop.start is not None]
    others = [d for d in drafts if d.status is not Status.PLANNED]
    if published is None or len(planned) < 2 or not others:
        return drafts
    appearances = [
        d for d in others
        if d.kind == "meet" and d.stop.start is not None and d.stop.start <= published
        and not any(_TRAVEL_WORD.search(e.text) or _TALKS.search(e.text) for e in d.stop.evidence)
        # (not "two days of talks in neighbouring Tunisia ... she told reporters in Tunis on Friday")
        and any(cues.SPOKE.search(text, d.clause[0], e.end) for e in d.stop.evidence)  # (not "briefed leaders at a summit in")
        # (nor the tour's own day before its plans, in their country: "Speaking in Kwale town on Tuesday" ... Kilifi on Wednesday)
        and not (d.stop.place.country in {p.stop.place.country for p in planned}
                 and (min(p.stop.start for p in planned) - d.stop.start).days <= 2)  # type: ignore[operator]
    ]
    if len(appearances) != len(others):
        return drafts
    gone = {id(d) for d in appearances}
    return [d for d in drafts if id(d) not in gone]


_WAYS_OUT = ("depart_for", "leave", "origin", "return")  # ("Departs for Mexico" at a plan's end: the way home)


def _between_plans(d: Draft, told: list[Draft], published: date | None) -> bool:
    """Whether the stops told just before and just after an untensed, undated one are both plans."""
    before = [o for o in told if o.position < d.position]
    after = [o for o in told if o.position > d.position]

    def planned(o: Draft) -> bool:
        if o.status is not None:
            return o.status is Status.PLANNED
        return published is not None and o.stop.start is not None and o.stop.start > published

    return bool(before and after) and planned(before[-1]) and planned(after[0])


def _drop_undated_origins(drafts: list[Draft], text: str) -> list[Draft]:
    """A town told only as where the traveller came from, with no day ("flew in from Kuala Lumpur", "travelled
    from Beijing"), is as a rule home or an earlier errand, not a stop of this trip. Kept: a dated one ("arrived
    in Baku late on Monday from Ankara", after talks in Ankara), a country ("arrived in Tokyo from Turkey": a leg
    told by its country), the start of a route ("took him from Israel to Jordan") and a leg the trip came on ("a
    day after flying in from Kinshasa"); and all of them when nothing else would stay."""
    kept = [d for d in drafts if not (d.kind == "origin" and d.stop.start is None and d.stop.mention_level is Level.CITY
                                      and all(_only_came_from(e, text) for e in d.stop.evidence))]
    return kept or drafts


def _only_came_from(e: Span, text: str) -> bool:
    """Whether a piece of evidence tells only where the traveller came from ("flew in from X"), not a route
    ("from X to Y") nor a leg just before ("after a long journey from X")."""
    return bool(stop_dates.FROM_WORD.search(e.text)) and not _ROUTE_ON.match(text, e.end) and not _AFTER_COMING.search(
        text, max(0, e.start - 24), e.end)


def _settle_status(drafts: list[Draft], published: date | None) -> None:
    """Stops whose clauses gave no tense: planned when dated after publication, else visited; and a
    stop that starts after publication is planned whatever its clauses said ("before heading to
    Australia" in a past-tense sentence, then "will fly to Canberra on Sunday")."""
    told = sorted((d for d in drafts if d.status is not None or d.stop.start is not None), key=lambda d: d.position)
    for d in drafts:
        future = published is not None and d.stop.start is not None and d.stop.start > published
        if d.status is None and d.stop.start is None and d.kind not in _WAYS_OUT and _between_plans(d, told, published):
            future = True  # "First up: Ottawa. ... Then it's south to Miami. ... Last stop: Mexico City on Wednesday, where"
        if d.status is None or future:
            d.status = Status.PLANNED if future else Status.VISITED
        d.stop.status = d.status
