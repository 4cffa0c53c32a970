"""Dates of stops: which time expression dates a place, and what other phrases add.

A stop takes the nearest date of its clause (a later place's date stays with that place), a named
event dated elsewhere ("the G-20 summit on Sept. 9"), a length ("two days of talks"), an end
("run through Thursday"), successive days of a shared vague window, or, for undated visits before
the arrival that ends an N-day tour, inferred days inside that tour.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace
from datetime import date, timedelta
from typing import TYPE_CHECKING

from . import cues, dateline
from .drafts import Candidate, Draft, destination
from .model import DateBasis, Level, Mention, Place, Precision, Span, Status, Stop, TimeRef
from .sentences import RELATIVE_CLAUSE
from .timex_lexicon import AHEAD_OF, BRACKET_DAY, ORDINALS, number_value

if TYPE_CHECKING:
    from .pipeline import Analysis

_MONTH_OR_YEAR = re.compile(
    r"\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?|\b(19|20)\d\d\b|\d{4}-\d\d", re.I
)

TRIP_HORIZON = timedelta(days=120)  # dates further than this from publication are other trips
MAX_STAY_DAYS = 14  # a stay longer than this is another trip's, or no stay at all

_WHERE_WORDS = r"(?:(?:north|south|east|west|central|northern|southern|eastern|western)\s+)?(?:(?-i:[A-Z])[\w’'-]*['’]s\s+)?"
_APPOSITION = re.compile(  # ("Changsha, capital of central China's Hunan Province,"; "Shenzhen in south China's Guangdong Province")
    r",?\s*(?:(?:the|a)\s+)?(?:\w+\s+){0,2}?(?:capital|city|town|village|province|region|state|island|port|country)"
    r"\s+(?:of|in)\s+(?:the\s+)?" + _WHERE_WORDS + r"|\s+(?:in|from)\s+(?:the\s+)?" + _WHERE_WORDS + r"|,\s*(?:the\s+)?",
    re.I,
)

_WHERE_BEFORE = re.compile(r",\s*(?:where|when)\b")
_LIST_JOIN = re.compile(
    r"\s*(?:,\s*(?:and\s+)?(?:then\s+)?(?:on\s+)?(?:to\s+)?|\s+and\s+(?:then\s+)?(?:on\s+)?(?:to\s+)?|\s+or\s+"
    r"|\s*,?\s*then\s+(?:on\s+)?(?:to\s+)?)(?:the\s+)?"
    r"(?:(?:[\w-]+\s+){0,2}?(?:city|town|village|port)\s+of\s+)?"  # "Passi City and the upland town of Calinog"
)

_THE_EVENT = re.compile(r"\b(?:to|at|for|attend\w*)\s+the\s+(?:summit|meeting|conference|forum|talks)\b", re.I)
_EVENT_NOUN = re.compile(r"(summit|conference|talks|meeting|ceremony|forum|congress|assembly|games|festival|visit)\b", re.I)

_TO_PLACE = re.compile(r"\bto\s+(?:the\s+)?$")
_THROUGH = re.compile(
    r"\b(?:(?<!the\s)last(?!\s+(?:leg|stop|day|part|visit|trip)\b)\w*|continu\w*|run\w*|stay\w*|remain\w*|extend\w*|go(?:es)?\s+on|end\w*|based)\s+(?:[\w’'-]+\s+){0,6}?"
    r"(?:through|until|till|to|on)\s*$",
    re.I,
)

_CONCLUDING = re.compile(r"\b(?:conclud\w*|end\w*|wrap\w*|finish\w*|capp\w*|after)\b[^.]{0,40}?"
                         r"\b(?:blitz|tour|trip|swing|visit|journey)\b", re.I)


def time_for(
    m: Mention, cue: cues.Cue, times: list[TimeRef], published: date | None, places: list[Mention] = ()
) -> tuple[TimeRef | None, bool]:
    """(date of a stop, whether it marks an earlier trip): the nearest DATE in the cue's clause
    within the trip's horizon, after the place first; a date right after the place that lies far
    before publication ("visited Beijing in 2019") marks an earlier trip."""
    lo, hi = cue.clause
    for a, b in _relative_clauses(m):  # "Okafor, who spent Sunday in Thailand, will ... on Wednesday"
        if a < m.start < b:
            lo, hi = max(lo, a), min(hi, b)
    opening = _OPENING_PHRASE.match(m.sentence)
    if opening and m.start - m.sentence_start < opening.end():
        # "Before heading to Russia, Witkoff spent Sunday and Monday in Doha": the main clause's days are Doha's
        hi = min(hi, m.sentence_start + opening.end())
    best: tuple[int, TimeRef] | None = None
    for t in times:
        if t.type not in ("DATE", "TIME") or t.earliest is None or not (lo <= t.start < hi):
            continue
        if t.value.endswith("_REF") or _reported_on(t, m) or _in_dateline(t, m):
            continue  # "has now announced", "the Vatican said Tuesday", "PARIS, 18th November --": when the news broke
        if t.end >= m.sentence_start and _THAN.match(m.sentence, t.end - m.sentence_start):
            continue  # "arrived in Tonga two days earlier than planned": a comparison, not a day
        if t.precision is Precision.YEAR and _YEAR_OF_TRIP.match(m.sentence, t.end - m.sentence_start):
            continue  # "opened his 2026 North America tour with shows in Toronto": the tour's name, not the show's day
        if t.start >= m.end and t.precision in (Precision.MONTH, Precision.SEASON, Precision.YEAR) and t.end >= m.sentence_start and (
            m.sentence.startswith(("'s", "’s"), t.end - m.sentence_start)
        ):
            continue  # "drove to Vernon, where he met ranchers who lost fencing in July's fires": the fires' month
        ahead = AHEAD_OF.search(m.sentence, 0, max(0, t.start - m.sentence_start)) if t.start >= m.end else None
        if ahead and not ahead.group().lower().startswith("before"):  # (but "arrived before noon on Tuesday")
            continue  # "... to Busia County, ..., ahead of the August election": the event's month, not the visit's
        if t.precision is Precision.SEASON and _SEASON_EVENT.match(m.sentence, t.end - m.sentence_start):
            continue  # "for the spring meetings of the IMF": an event's name, not the season of the stay
        if t.start >= m.end and _SINCE.search(m.sentence, 0, max(0, t.start - m.sentence_start)) and re.search(
            r",\s*(?:which|that|where|who)\b", text_between(m, t)):
            continue  # "toured the mill, which has cut shifts twice since the spring": a span's start, not the visit's day
            # (but "since March, when she flew to The Hague" dates that trip)
        if t.start >= m.end and t.precision not in (Precision.DAY, Precision.TIME) and _DEADLINE.search(text_between(m, t)):
            continue  # "arrived in Riyadh ... to close a trade deal before the end of the year": a deadline, not the stay
        if t.start >= m.end and _INSIDE_THINGS_CLAUSE.search(text_between(m, t)):
            continue  # "laid flowers at the site of a strike that killed nine people earlier this month": the strike's
        if t.start >= m.end and t.precision is Precision.YEAR and _THING_WHICH.match(text_between(m, t)):
            continue  # "a day trip to the Gold Coast, which ... is expected to stage several events in 2032": the town's year
        if t.start >= m.end and _ASIDE_ACT.match(text_between(m, t)):
            continue  # "in Faro, a date added in February": when the date was added, not the day of the stay
        if t.start >= m.end and _belongs_to_later_place(m, t, places):
            continue  # "arrived in Paris, then flew to Berlin on Tuesday": Tuesday is Berlin's
        departure_day = t.end <= m.start and cue.kind in ("depart_for", "go") and _left_on(m, t, places)
        if t.end <= m.start and _belongs_to_earlier_place(m, t, places) and not departure_day:
            continue  # "returned to Washington on Saturday after a trip to Africa": Washington's (but "will
            # leave Lagos on Friday for Addis Ababa": the day of the departure is the destination's too,
            # unless the clause dates the stay itself: "for Manama, where he will hold talks on Tuesday")
        distance = t.start - m.end if t.start >= m.end else (m.start - t.end) + (160 if departure_day else 40)
        if _coordinated(m, t):
            distance += 80  # "On Monday he will travel to Dresden, and on Tuesday ... Münster"
        if t.start >= m.end and _WHERE_SOMETHING.match(m.sentence, m.end - m.sentence_start):
            continue  # "in Bundaberg, where the river broke its banks on Saturday": the river's day
        if t.end <= m.start and _inside_where_something(m, t):
            continue  # "flew over the valley, where the river burst its banks on Monday night, ..., before landing in
            # Cártama": the river's day, not the landing's
        if cue.kind in ("go", "arrive") and t.start >= m.end and _WHERE_AFTER.match(m.sentence, m.end - m.sentence_start):
            distance += 60  # "drove to Thimphu, where she called on the King on Wednesday": the arrival came first
        if _UNTIL.search(m.sentence, 0, max(0, t.start - m.sentence_start)):
            distance += 120  # "fly to New York, where he will remain until next Wednesday": that is the end
        if _another_trip(t, published):
            if t.start >= m.end and _ABOUT_THE_PLACE.match(text_between(m, t)):
                continue  # "a day trip to the Gold Coast, which hosted the 2018 Commonwealth Games": the town's past
            between = m.sentence[max(0, t.end - m.sentence_start) : max(0, m.start - m.sentence_start)]
            # (not "The envoy, appointed ... in 2024, arrived in the capital Naypyidaw on Monday": an aside's year)
            if -60 <= t.start - m.end <= 25 and (t.start >= m.end or (m.start - t.end <= 60 and "," not in between)):
                return t, True  # "visited Beijing in 2019", "in 2022, when he travelled to Benin"
            continue
        if best is None or distance < best[0]:
            best = (distance, t)
    return (best[1] if best else None), False


_THAN = re.compile(r"\s+than\b")
# a relative clause about the place itself, not what the traveller does there ("where she will meet")
_THING_WHICH = re.compile(r"\s*,\s*(?:which|that)\b")
_ABOUT_THE_PLACE = re.compile(_THING_WHICH.pattern + r"|\s*,\s*where\s+(?!(?:he|she|they|I|we)\b)")
_DEADLINE = re.compile(r"\b(?:before|by)\s+(?:the\s+)?$", re.I)
_ASIDE_ACT = re.compile(
    r"\s*,\s*(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:added|announced|confirmed|booked|founded|built|opened|inaugurated|"
    r"restored|renovated|bought|sold\s+out)\s+(?:back\s+)?(?:in|on|last|earlier\s+in|since)?\s*$"
)
_INSIDE_THINGS_CLAUSE = re.compile(  # (a noun's clause: not "with that race weekend running", "said that")
    r"\b(?!(?:with|from|into|after|before|during|said|says|told|announced|confirmed|reported|added|noted)\b)[a-z]{3,}"
    r"\s+(?:that|which)\s+(?!(?:he|she|they|I|we)\b)[^,;.]*$"
)
_OPENING_PHRASE = re.compile(r"\s*(?:Before|After)\s+[a-z]+ing\s+[^,;.]{1,60},")
# a where-clause about a thing, not a person: its days are that thing's
_WHERE_SOMETHING = re.compile(
    r",\s*where\s+(?:the|a|an|its)\s+(?!(?:[\w-]+\s+){0,2}?(?:minister|president|premier|chancellor|secretary|"
    r"king|queen|prince|princess|pope|pontiff|delegation|team|squad|couple|leader|envoy|governor|mayor|senator|"
    r"party|group|mission|officials?|ceo|executive|band|royals?|visit|stay|trip|programme|program)\b)",  # ("where a
    # two-day working visit is scheduled on Sunday 26 and Monday 27 April": the traveller's days)
    re.I,  # (", where the King arrived on Saturday": the traveller's day)
)
def _inside_where_something(m: Mention, t: TimeRef) -> bool:
    """True when the time ``t`` before ``m`` lies in a ", where the river ..." clause that ends before ``m``."""
    lo = max(0, t.start - m.sentence_start)
    return _WHERE_SOMETHING.search(m.sentence, 0, lo) is not None and "," in m.sentence[lo : max(0, m.start - m.sentence_start)]


_UNTIL = re.compile(r"\b(?:until|till|through)\s+(?:the\s+)?$", re.I)
# (past the town's country: "continues to Samarkand in Uzbekistan, where on Wednesday", "Bamako, Mali, where")
_WHERE_AFTER = re.compile(r"(?:,?\s+in\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?|,\s*[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?,\s*where\b")
_AND_DAY = re.compile(r"\s+and\s+(?:on\s+)?(\d{1,2})(?:st|nd|rd|th)?\b(?!\s*(?:%|per|people|days|km|miles))")  # "the 8th and 9th"
_AND = re.compile(rf"(?:{BRACKET_DAY})?\s+and\s+(?:on\s+)?$")  # "on Tuesday (15) and Wednesday (16)"


def pair(t: TimeRef | None, times: list[TimeRef], text: str) -> TimeRef | None:
    """"on Thursday and Friday", "Jan. 6 and 7", "Sunday and Monday morning": one stop over two days, as a
    window from the first to the second (up to three days apart; a week for "from Sunday until Tuesday");
    ``t`` itself when no second day follows."""
    if t is None or t.precision is not Precision.DAY or t.earliest is None or t.latest is None:
        return t
    second = next((u for u in times if u.start > t.end and _joined_days(text, t.end, u.start)), None)
    most = _PAIR_SPAN
    if second is not None and second.precision in (Precision.DAY, Precision.TIME) and second.latest is not None:
        end, last = second.end, second.latest
        most = _joined_days(text, t.end, second.start) or _PAIR_SPAN  # ("from Sunday until Tuesday": up to a week)
    else:
        m = _AND_DAY.match(text, t.end)
        if m is None or not 1 <= int(m[1]) <= 31 or int(m[1]) <= t.latest.day:
            return t
        try:
            end, last = m.end(), t.latest.replace(day=int(m[1]))
        except ValueError:
            return t
    if not timedelta(days=1) <= last - t.latest <= most:
        return t
    return replace(t, text=text[t.start : end], end=end, latest=last)


_DAY_AND = re.compile(r"\b([0-3]?\d)\s+and\s+$")


def pair_before(t: TimeRef | None, text: str, times: list[TimeRef] = ()) -> TimeRef | None:
    """"on 16 and 17 April", "spends Thursday and Friday in": the day before "and" opens a window that
    ends at ``t``."""
    if t is None or t.precision is not Precision.DAY or t.earliest is None:
        return t
    first = next((u for u in times if u.end < t.start and u.precision is Precision.DAY and u.earliest is not None
                  and _joined_days(text, u.end, t.start)), None)
    # ("spent Sunday to Tuesday in Brasília": a span of up to a week)
    most = (_joined_days(text, first.end, t.start) if first is not None else None) or _PAIR_SPAN
    if first is not None and first.earliest is not None and timedelta(days=1) <= t.earliest - first.earliest <= most:
        return replace(t, text=text[first.start : t.end], start=first.start, earliest=first.earliest)
    m = _DAY_AND.search(text, max(0, t.start - 12), t.start)
    if m is None or not 1 <= int(m[1]) < t.earliest.day or t.earliest.day - int(m[1]) > 3:
        return t
    first = t.earliest.replace(day=int(m[1]))
    return replace(t, text=text[m.start() : t.end], start=m.start(), earliest=first)


_TO_DAY = re.compile(r"\s+(?:to|through|until|till)\s+|\s*[–-]\s*")  # "Sunday to Tuesday"
_PAIR_SPAN = timedelta(days=3)  # the most two days joined by "and" lie apart in one stay ("Thursday and Friday")
_RANGE_SPAN = timedelta(days=6)  # the most two days joined by "to" or "until" lie apart ("from Sunday until Tuesday")


def _joined_days(text: str, lo: int, hi: int) -> timedelta | None:
    """How far apart two days that ``text[lo:hi]`` joins may lie in one stay: ``_PAIR_SPAN`` after "and",
    ``_RANGE_SPAN`` after "to", "until" or a dash; None when those words join no days."""
    gap = text[lo:hi]
    if _AND.fullmatch(gap):
        return _PAIR_SPAN
    return _RANGE_SPAN if _TO_DAY.fullmatch(gap) else None
_SAID = re.compile(  # "the ministry said Tuesday", "told reporters on Monday", "a statement on Friday"
    rf"\b(?:{cues.SAID}|told\s+(?:\w+\s+){{0,2}}?|statement)\s*(?:on\s+|late\s+|early\s+)?$",
    re.I,
)


_SINCE = re.compile(r"\b(?:since|ever\s+since)\s+$", re.I)
_SEASON_EVENT = re.compile(r"\s+(?:meetings?|session|festival|conference|summit|games|olympics|collection|sales?)\b", re.I)
_YEAR_OF_TRIP = re.compile(r"(?:\s+[A-Z][\w'’-]*){0,3}\s+(?:world\s+)?(?:tour|trip|visit|season|campaign|swing|roadshow)\b")


def _reported_on(t: TimeRef, m: Mention) -> bool:
    """True for the day a statement was made ("the ministry said Tuesday", "The Press Office on Tuesday
    published the program of ..."), not a day of the trip."""
    lo, hi = t.start - m.sentence_start, t.end - m.sentence_start
    return 0 <= lo <= len(m.sentence) and (
        _SAID.search(m.sentence[max(0, lo - 40) : lo]) is not None
        or (hi <= m.start - m.sentence_start and _SAID_AFTER.match(m.sentence, hi) is not None)
    )


_SAID_AFTER = re.compile(rf"\s+(?:{cues.SAID}|published|released|unveiled|issued)\b(?!\s+(?:that|he|she|they)\b)", re.I)


def _in_dateline(t: TimeRef, m: Mention) -> bool:
    """True for the date of a dateline ("PARIS, 18th November, 2025 (WAM) -- "): the story's day."""
    lo, hi = t.start - m.sentence_start, t.end - m.sentence_start
    return 0 <= lo <= hi <= len(m.sentence) and dateline.is_date(m.sentence, lo, hi)


def _another_trip(t: TimeRef, published: date | None) -> bool:
    """Whether a date lies on another trip: far before publication, or in a past year."""
    return published is not None and t.latest is not None and (
        t.latest < published - TRIP_HORIZON
        or (t.precision in (Precision.YEAR, Precision.DECADE, Precision.CENTURY) and t.latest < published)
    )


def far_date_in(times: list[TimeRef], clause: tuple[int, int], published: date | None, text: str, place_end: int) -> bool:
    """Whether the clause holds a date of another trip; not the bound after the place in "a visit to
    Kalgoorlie, the first since 2019" (but "the first summit abroad since 2023, when ... in Johannesburg")."""
    lo, hi = clause
    return any(lo <= t.start < hi and t.type == "DATE" and t.precision is not Precision.CENTURY and _another_trip(t, published)
               and not (place_end <= t.start and _FIRST_SINCE.search(text[place_end : t.end]))
               and not (place_end <= t.start and _THINGS_CLAUSE.search(text, place_end, t.start))
               for t in times)  # (not "a centre housed in a 16th-century Jesuit college": a building's age)


# "flew to Bogotá, where ... the binational commission, which had not met in full since 2019": the thing's year
_THINGS_CLAUSE = re.compile(r",\s*(?:which|that|whose)\s[^;]*$")


# "a two-day visit to Kalgoorlie, the first by a Governor-General since 2019": this visit, counted from then
_FIRST_SINCE = re.compile(r"\b(?:first|second|third|fourth|fifth|\d+(?:st|nd|rd|th))\b[^.;]{0,80}\bsince\s+[^.;]{1,20}$", re.I)


_LONG_SPAN = re.compile(r"^P(?:\d+(?:\.\d+)?|X)(?:Y|M|DE|CE)$")  # years, months, decades


def long_stay(times: list[TimeRef], start: int, end: int) -> bool:
    """Whether a span of months or years stands between a cue and its place: "spent a decade in
    Melbourne working as a court reporter" is a life story, not a stop."""
    return any(start <= t.start and t.end <= end and t.type == "DURATION" and _LONG_SPAN.match(t.value) for t in times)


_COORDINATION = re.compile(r",\s+(?:and|but|while|whereas|then)\s+", re.I)


def _coordinated(m: Mention, t: TimeRef) -> bool:
    """True when a ", and ..." boundary separates the place ``m`` from the time ``t`` in their sentence."""
    sentence = m.sentence
    a, b = sorted((m.start - m.sentence_start, t.start - m.sentence_start))
    if a < 0 or b > len(sentence):
        return False
    return _COORDINATION.search(sentence, a, b) is not None


def _relative_clauses(m: Mention) -> list[tuple[int, int]]:
    """Text offsets of the relative clauses (", who ... ,") of ``m``'s sentence."""
    return [(m.sentence_start + r.start(), m.sentence_start + r.end()) for r in RELATIVE_CLAUSE.finditer(m.sentence)]


_ARRIVED_BEFORE = re.compile(r"\b(?:arriv\w*|land(?:s|ed|ing)?|touch\w*\s+down|flew\s+in(?:to)?)\s+(?:\w+\s+){0,3}$", re.I)
_PLAIN_DAY = re.compile(r"\s+(?:on\s+|late\s+|early\s+)?")


_NTH_DAY_IN = re.compile(r"\b(?:a|the|his|her|their)\s+(second|third|fourth|fifth|sixth|seventh)\s+(?:and\s+(?:final|last)\s+)?"
                        r"(?:straight\s+|consecutive\s+)?day\s+(?:of\s+(?:(?!\b(?:that|which)\b)[^,.;]){0,40}?\s+)?in\s+(?:the\s+)?$", re.I)
# (not "the third day of a tour of the region that began in Winton": the tour's first town)
_SINCE_NOW = re.compile(r"\bha(?:s|ve)\s+been\b[^.;]{0,60}?\bsince\s+$", re.I)


def stretch_stay(text: str, m: Mention, cue: cues.Cue, when: TimeRef | None, published: date | None) -> TimeRef | None:
    """A stay's day widened by what its clause says of its length: "spent a third day in Copenhagen on
    Wednesday" (there since Monday), "has been staying in Doha since Sunday" (there still, as the story is told)."""
    if when is None or when.earliest is None:
        return when
    nth = _NTH_DAY_IN.search(text, cue.clause[0], m.start)
    if nth and when.precision in (Precision.DAY, Precision.TIME):
        days = ORDINALS.get(nth[1].lower(), 1)
        when = replace(when, earliest=when.earliest - timedelta(days=days - 1), precision=Precision.DAY)
    if published and when.latest and when.latest < published and _SINCE_NOW.search(text, cue.clause[0], when.start) and (
        (published - when.latest).days <= MAX_STAY_DAYS
    ):
        when = replace(when, latest=published, precision=Precision.DAY)
    return when


def _way_station(p: Mention) -> bool:
    """Whether ``p`` is named as a place passed through (", with a change of planes in Oslo,")."""
    at = max(0, p.start - p.sentence_start)
    return cues.TRANSIT_BEFORE.search(p.sentence[max(0, at - 40) : at]) is not None


# a capitalised word right before a place: the place ends a venue's name ("a women's meet at the Thekkinkadu
# Maidan in the evening" is Thrissur's evening)
_NAME_BEFORE = re.compile(r"(?<!\. )\b(?!(?:The|In|At|On|From|To|And|For|Of|By|Via)\b)[A-Z][a-z][\w'’-]*\s$")


def _belongs_to_later_place(m: Mention, t: TimeRef, places: list[Mention]) -> bool:
    """True when another place stands between ``m`` and the time ``t`` after it, joined to ``m`` by
    more than a plain list ("Port Moresby and Vanimo from 6 to 9 September" share their dates)."""
    relative = _relative_clauses(m)
    between = [p for p in places if m.end <= p.start and p.end <= t.start and p.role != "demonym"
               and not _attributive(p) and not any(a < p.start < b for a, b in relative)  # not ", who travelled via Doha,"
               and not _way_station(p) and not _NAME_BEFORE.search(m.sentence, 0, max(0, p.start - m.sentence_start))]
    prev = m
    arrival = _ARRIVED_BEFORE.search(m.sentence, 0, max(0, m.start - m.sentence_start)) is not None
    for p in between:
        gap = _gap(prev, p.start)
        if arrival and prev is m and re.search(r"\bfrom\s+(?:the\s+)?$", gap) and _PLAIN_DAY.fullmatch(_gap(p, t.start)):
            continue  # "arrived in the Ukrainian capital by train from Poland on Wednesday morning": the arrival's day
        if prev is m and cues.is_qualifier(m, p, gap):
            continue  # "travel to Bamako, Mali, where a two-day working visit is scheduled on Sunday": Bamako's
        if _WHERE_BEFORE.match(_gap(p, t.start)):
            return True  # "arrived in Montenegro from Sarajevo, where on Monday she met ...": Sarajevo's Monday
        if _APPOSITION.fullmatch(gap) or (prev is m and gap in ("'s ", "’s ")):
            continue  # "Dili, the capital of Timor-Leste, on September 9-11", "Istanbul, Republic of Türkiye, on 7
            # March", "Doha's Qatar National Convention Centre on October 30" (a venue of the city)
        if not _LIST_JOIN.fullmatch(gap):
            return True
        prev = p
    return False


def _left_on(m: Mention, t: TimeRef, places: list[Mention]) -> bool:
    """True when ``t`` dates the leaving of the place just left for ``m``: "leave Lagos on Friday for",
    "depart from Almaty on April 15 to"."""
    left = [p for p in places if p.end <= t.start and p.start >= m.sentence_start and p is not m]
    return bool(left) and _LEFT.search(left[-1].sentence[: max(0, left[-1].start - left[-1].sentence_start)]) is not None and (
        re.fullmatch(r"\s+(?:on\s+|this\s+|next\s+)?", _gap(left[-1], t.start)) is not None
        and re.fullmatch(r"\s+(?:for|to)\s+(?:the\s+)?", m.sentence[t.end - m.sentence_start : m.start - m.sentence_start]) is not None
    )


_FEATURE_BY = re.compile(r"\s+(?:in|at|near)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:(?:town|city|village|port)\s+of\s+)?")


def text_between(m: Mention, t: TimeRef) -> str:
    """The words of ``m``'s sentence between the mention and a later time."""
    return m.sentence[max(0, m.end - m.sentence_start) : max(0, t.start - m.sentence_start)]


def part_of_country(m: Mention) -> bool:
    """True for a country named with a compass word that is not part of its name ("Western Kenya", not
    "South Korea"): a part of the country (parts.py marks its id "#west"), not the country."""
    return m.place is not None and "#" in m.place.gazetteer_id


def _belongs_to_earlier_place(m: Mention, t: TimeRef, places: list[Mention]) -> bool:
    """True when the time ``t`` before ``m`` directly follows another place ("to Washington on
    Saturday") or another place not listed with ``m`` stands between them."""
    for p in places:
        if p is m or p.role in ("demonym", "transit"):
            continue  # (nor "landed at Paro on Tuesday and drove to Thimphu": the day of the way through)
        if _WAY_BACK.search(p.sentence[: max(0, p.start - p.sentence_start)]):
            continue  # "On his way back to Türkiye on Saturday, Erdoğan will stop in Baku": the day of the stop
        if p.place is not None and m.place is not None and p.place.level is Level.COUNTRY and (
            p.place.country == m.place.country
        ):
            continue  # "urged Indonesia on Tuesday ..., as he arrived in Jakarta": its own country's day is its own
        if p.place is not None and p.place.level is Level.COUNTRY and part_of_country(p):
            continue  # "on Wednesday took his tour of Western Kenya to Busia": a part of the country frames the town
        if p.place is not None and p.place.level in (Level.REGION, Level.ADMIN) and _FEATURE_BY.fullmatch(_gap(p, m.start)):
            continue  # "on Wednesday walked ... on the banks of the White Nile in the town of Malakal": Malakal's day
        if _FROM_TO.fullmatch(_gap(p, m.start)) and p.sentence[: max(0, p.start - p.sentence_start)].endswith("from "):
            continue  # "On Tuesday, he will take the flight from Yerevan to Baku": the day of the move to Baku
        if p.end <= m.start and cues.opens_venue_name(p.sentence[: max(0, p.start - p.sentence_start)], _gap(p, m.start)):
            continue  # "this morning visited the Lagan Valley Group, Ballyskeagh Road, Lisburn": Lisburn's morning
        if p.end <= t.start and _dates_place(p, t):
            return True
        # (a window is the whole list's: "will next week travel to Kenya, Ethiopia and Uganda"; a day, its first's)
        listed = _listed_with(p, m, places) if t.precision not in (Precision.DAY, Precision.TIME) else (
            _LIST_JOIN.fullmatch(_gap(p, m.start)) or _LATER_THAT_DAY.fullmatch(_gap(p, m.start)))
        if t.end <= p.start and p.end <= m.start and not _attributive(p) and not listed and (
            not _PARTNER.search(p.sentence[: max(0, p.start - p.sentence_start)])
        ):
            return True  # (not "a trade agreement with the European Union, as he arrived in Jakarta": a partner)
    return False


# "a morning roundtable in Eau Claire and an evening rally on the riverfront in La Crosse": a later part of that day
_LATER_THAT_DAY = re.compile(r"\s+and\s+(?:a|an|the)\s+(?:afternoon|evening|night|lunchtime|late)\b[^.;:]{0,60}?\s(?:in|at)\s+(?:the\s+)?")
_PARTNER = re.compile(r"\b(?:with|between|against)\s+(?:the\s+)?$", re.I)
_WAY_BACK = re.compile(r"\b(?:way|journey|flight|trip)\s+(?:back|home)\s+(?:to\s+)?$", re.I)
_ATTRIBUTIVE = re.compile(
    r"\s+(?:(?!(?:and|or|on|in|at|then|from|to|for|before|after|by|with)\b)[a-z]"
    r"|(?:Gov\.|Governor|President|Prime\s+Minister|Premier|Minister|Mayor|Senator|Sen\.|Rep\.)\s+[A-Z]"
    r"|(?:[A-Z][\w-]*\s+){0,2}(?:Committee|Council|Government|Assembly|Commission|Ministry|Party)\b)"
)  # "the European Union summit", "met Alaska Gov. Mike Dunleavy in Anchorage", "the CPC Jiangxi Provincial Committee"


def _attributive(p: Mention) -> bool:
    """True for a place name used as a modifier ("the European Union summit", "the Gaza war")."""
    lo = p.end - p.sentence_start
    return 0 <= lo <= len(p.sentence) and _ATTRIBUTIVE.match(p.sentence, lo) is not None


_FROM_TO = re.compile(  # "from Yerevan to Baku"; "from Manchester to Frankfurt and travel by bus to Mainz"
    r"\s+to\s+(?:the\s+)?(?:(?:[A-Z][\w'’-]*\s+){1,3}and\s+(?:then\s+)?(?:travel|drive|go|take|continue|head)\w*"
    r"[^.;,]{0,30}?\s+to\s+(?:the\s+)?)?"
)
_DATE_OF = re.compile(r"\s+(?:on|in|at|by|until|through|from)\s+(?:the\s+)?")
_LEFT = re.compile(r"\b(?:leav\w*|left|depart\w*)\s+(?:from\s+)?(?:the\s+)?$", re.I)


def _dates_place(p: Mention, t: TimeRef) -> bool:
    """True when the time ``t`` follows place ``p`` as its date: "to Washington on Saturday", "arrived
    in Paris today" (not "will leave Japan later this week and travel to ...": leaving dates the next leg)."""
    gap = _gap(p, t.start)
    if _DATE_OF.fullmatch(gap):
        return True
    lo = p.start - p.sentence_start
    return gap.isspace() and lo >= 0 and not _LEFT.search(p.sentence[max(0, lo - 30) : lo])


def _listed_with(p: Mention, m: Mention, places: list[Mention]) -> bool:
    """True when ``p`` and the places after it up to ``m`` form one list ("to Kenya, Ethiopia and Uganda")."""
    chain = [q for q in places if p.end <= q.start and q.end <= m.start and q.role != "demonym"]
    ends = [p, *chain]
    starts = [*(q.start for q in chain), m.start]
    return all(_LIST_JOIN.fullmatch(_gap(a, b)) for a, b in zip(ends, starts, strict=True))


def _gap(p: Mention, offset: int) -> str:
    """The text from the end of place ``p`` to ``offset`` when both lie in p's sentence, else " ; "."""
    lo, hi = p.end - p.sentence_start, offset - p.sentence_start
    return p.sentence[lo:hi] if 0 <= lo <= hi <= len(p.sentence) else " ; "


def basis(t: TimeRef) -> DateBasis:
    return DateBasis.EXPLICIT if _MONTH_OR_YEAR.search(t.text) else DateBasis.RELATIVE


def finer(new: TimeRef, old: TimeRef | None) -> bool:
    """True when ``new`` pins a day inside the vaguer window ``old`` ("next month" -> "Sept. 10"), or
    the day before it ("a state visit next week ... arrival in Tokyo on Sunday evening")."""
    if old is None or old.precision is Precision.DAY or new.precision not in (Precision.DAY, Precision.TIME):
        return False
    if old.precision is Precision.TIME and new.earliest == new.latest:
        return False  # "in Shepparton this morning" is no vaguer than "arriving in Shepparton late in the evening"
    assert new.earliest is not None
    return (
        old.earliest is not None and old.latest is not None
        and old.earliest - timedelta(days=1) <= new.earliest <= old.latest
    )


def adjacent_days(t: TimeRef, s: Stop) -> bool:
    """True when a day or days (or a part of one) ``t`` reach past the stop's dates, within three days of them."""
    if t.precision not in (Precision.DAY, Precision.TIME) or t.earliest is None or t.latest is None or s.start is None:
        return False
    end = s.end or s.start
    beyond = t.latest > end or t.earliest < s.start  # reaches past the stop's dates ("Sunday and Monday")
    return beyond and (s.start - t.latest).days <= 3 and (t.earliest - end).days <= 3


def set_dates(d: Draft, c: Candidate) -> None:
    """Dates of a stop from its time reference; a "two days of talks" clause sets the end."""
    t = c.time
    assert t is not None and t.earliest is not None and t.latest is not None
    s = d.stop
    s.start, s.end = t.earliest, t.latest
    s.date_basis = basis(t)
    d.time = t
    d.window = t.precision is not Precision.DAY
    s.evidence.append(t.span)  # duplicates are dropped once the stops are final


def event_dates(a: Analysis, candidates: list[Candidate]) -> None:
    """"the G-20 summit in New Delhi next month ... After the G-20 summit on Sept. 9": a named event
    that is dated elsewhere in the article dates the stop where it happens."""
    text = a.article.text
    day_at = {t.start: t for t in a.times if t.precision is Precision.DAY and t.earliest is not None}
    for c in candidates:
        if c.cue.kind != "meet" or (c.time is not None and c.time.precision is Precision.DAY):
            continue
        noun = _EVENT_NOUN.match(text, c.cue.start)
        name = re.search(r"((?:[A-Z][\w.’'-]*\s+){1,3})$", text[max(0, c.cue.start - 40) : c.cue.start])
        if noun and not name and sum(1 for o in candidates if o.cue.kind == "meet") == 1:
            # "the APEC leaders' meeting in Shenzhen ... He will then travel to the summit on Wednesday"
            for m in _THE_EVENT.finditer(text, c.mention.end):
                t = next((day_at[i] for i in range(m.end(), m.end() + 7) if i in day_at), None)
                if t is not None:
                    c.time = t
                    c.evidence.append(Span(text[m.start() : t.end], m.start(), t.end))
                    break
            continue
        if not noun or not name:
            continue
        phrase = re.compile(re.escape(name.group(1).strip()) + r"\s+" + re.escape(noun.group(1)) + r"\b")
        for m in phrase.finditer(text):
            if c.cue.start <= m.start() < c.mention.end:
                continue
            t = next((day_at[i] for i in range(m.end(), m.end() + 7) if i in day_at), None)
            if t is not None and (c.time is None or finer(t, c.time)):
                c.time = t
                c.evidence.append(Span(text[m.start() : t.end], m.start(), t.end))
                break


_NTH_DAY = re.compile(
    r"\b(first|second|third|fourth|fifth|sixth|seventh|final|last)(?:\s+and\s+(?:final|last))?\s+day\b", re.I
)
_DAY_HEADING = re.compile(r"^[ \t]*Day\s+(\d{1,2})[ \t]*:?[ \t]*$", re.M)  # "Day 3" on its own line
_PART_OF_DAY = re.compile(r"(?:the\s+)?(?:morning|afternoon|evening|night|midnight|noon)", re.I)
_VISIT_BEGINS = re.compile(
    r"\b(?:begins|began|starts|started|opens|opened|kicks\s+off|kicked\s+off)\s+"
    r"(?:(?:the|his|her|their)\s+(?:[\w-]+\s+)?(?:tour|trip|visit|journey)\s+)?(?:on\s+)?$",  # "began the tour on Monday"
    re.I,
)
_N_DAY_VISIT = re.compile(r"\b(two|three|four|five|six|seven|\d)[\s-]+day\s+(?:state\s+|official\s+|royal\s+)?(?:visit|trip|tour)", re.I)


def numbered_days(a: Analysis, candidates: list[Candidate]) -> None:
    """"The state visit begins on Monday 16 November ... On the second day of the visit, the royal
    couple fly to Melbourne ... The third and final day takes the couple to Hobart": undated stops in
    a paragraph that a numbered day of the visit opens get that day, counted from the visit's start."""
    text = a.article.text
    days = [t for t in a.times if t.precision is Precision.DAY and t.earliest is not None]
    first = next((t.earliest for t in days if _VISIT_BEGINS.search(text, max(0, t.start - 30), t.start)), None)
    marks = sorted([*_NTH_DAY.finditer(text), *_DAY_HEADING.finditer(text)], key=lambda m: m.start())
    if first is None and marks and marks[0].re is _DAY_HEADING:
        # "visited Mexico, Panama and Colombia from November 17 (Mon) to 22 (Sat) ... Day 1 / Day 2": the
        # numbered days count from the start of the span of days named before them
        first = next((t.earliest for t in days if t.start < marks[0].start() and t.latest and t.latest > t.earliest), None)
    if first is None:  # "on Tuesday, the second day of the state visit": count back from a dated numbered day
        for m in marks:
            n = ORDINALS.get(m[1].lower())
            near = next((t for t in days if abs(t.start - m.start()) < 60 and text.count("\n", *sorted((t.start, m.start()))) == 0), None)
            if n and near is not None:
                first = near.earliest - timedelta(days=n - 1)  # type: ignore[operator]
                break
    if first is None or not marks:
        return
    length = _N_DAY_VISIT.search(text)
    total = number_value(length[1]) if length else None  # "the three-day visit"
    for c in candidates:
        if c.time is not None and not (_PART_OF_DAY.fullmatch(c.time.text) and marks[0].re is _DAY_HEADING):
            continue  # (but under "Day 3", "in the afternoon" is the third day's)
        paragraph = text.rfind("\n\n", 0, c.mention.start) + 1
        if marks[0].re is _DAY_HEADING:  # a heading's day runs to the next heading
            paragraph = 0
        mark = next((m for m in reversed(marks) if paragraph <= m.start() < c.mention.start), None)
        if mark is None:
            continue
        word = mark[0].lower()
        n = int(mark[1]) if mark[1].isdigit() else ORDINALS.get(mark[1].lower()) or total
        if ("final" in word or "last" in word) and total:
            n = total
        if not n:
            continue
        day = first + timedelta(days=n - 1)
        if c.time is not None:  # "Day 4 ... arriving shortly before midnight": that day, told where it is told
            c.time = TimeRef.on_day(c.time.text, c.time.start, c.time.end, day)
        else:
            c.time = TimeRef.on_day(mark[0], mark.start(), mark.end(), day)
        c.evidence.append(c.time.span)


_LANDED = re.compile(r"\b(?:landed|touched\s+down|arrived)\b", re.I)
_OPENS_WITH_DAY = re.compile(r"\s*(?:On\s+|By\s+)?$")


def programme_days(a: Analysis, candidates: list[Candidate]) -> None:
    """"The final two days will be spent in Montreal. On Thursday 20 May, the couple will visit ... On
    Friday 21 May, ...": a stop takes the days that open the next sentences of its paragraph, until one
    of them names another stop (an undated stop all of them, a dated one those within three days after
    its own: "arriving in Ankara on Sunday evening ... On Monday (Nov 16), he is scheduled to ...")."""
    text = a.article.text
    sentences = a.sentences
    days = [t for t in a.times if t.precision in (Precision.DAY, Precision.TIME) and t.earliest is not None]
    # (a called-off or remote line ends the run too: "October 4 - Houston ... / October 6 - Dallas (CANCELLED)")
    named = [p for p in a.places if p.role in ("stop", "origin", "departure", "cancelled", "not_visited") and p.place is not None]
    for c in candidates:
        if c.mention.place is None or (c.time is not None and c.time.precision not in (Precision.DAY, Precision.TIME)):
            continue
        if c.cue.kind in ("origin", "leave"):  # "arrived in Manila from Tokyo, where ... On Thursday": Manila's
            continue
        found = _opening_days(text, sentences, days, named, c.mention, landing=c.cue.kind == "arrive")
        if c.time is not None and c.time.latest is not None:
            found = [t for t in found if 0 < (t.latest - c.time.latest).days <= PROGRAMME_DAYS]  # type: ignore[operator]
        if not found:
            continue
        first = found[0] if c.time is None else c.time
        last = max(t.latest or t.earliest for t in found)  # type: ignore[type-var]
        c.time = TimeRef(
            text[first.start : found[-1].end], first.start, found[-1].end, "DATE", first.value, Precision.DAY,
            first.earliest, last,
        )
        c.evidence.extend(t.span for t in found)


PROGRAMME_DAYS = 3  # how far past its own date a dated stop's programme may run


_DAY_AFTER_ARRIVING = re.compile(
    r"\s*,?\s*(?:a|one)\s+day\s+after\s+(?:he|she|they|the\s+\w+\s+)?(?:flying\s+in|flew\s+in|arriving|arrived|landing|landed)\b"
    r"(?!\s+(?:in|at)\b)",  # (not "visited Kharkiv on Feb. 18, a day after arriving in Kyiv": another place's arrival)
    re.I,
)


def arrived_day_before(a: Analysis, candidates: list[Candidate]) -> None:
    """"held talks ... in Kigali on Wednesday, a day after flying in from Kinshasa": the stay began the day before."""
    text = a.article.text
    for c in candidates:
        t = c.time
        if t is None or t.precision not in (Precision.DAY, Precision.TIME) or t.earliest is None:
            continue
        if _DAY_AFTER_ARRIVING.match(text, t.end):
            start = t.earliest - timedelta(days=1)
            c.time = TimeRef.on_day(t.text, t.start, t.end, start, max(t.latest or t.earliest, t.earliest))


def left_on_arrival_day(drafts: list[Draft], text: str) -> None:
    """"landed in Havana late on Tuesday from Santo Domingo", where the stay began on Monday: the stay in the
    place flown in from lasts until the day of a late arrival (a day spent there too; an arrival at no stated
    hour is as often the morning after the last day, and leaves the stay as it is)."""
    for d in drafts:
        s = d.stop
        if d.origin_of is None or s.start is None or (s.end is not None and s.end != s.start):
            continue
        origins = [e for e in s.evidence if FROM_WORD.search(e.text)]
        if not any(_LATE.search(e.text) for e in origins) or any(_WHERE_BEFORE.match(text, e.end) for e in origins):
            continue  # (not "from Helsinki, where she had spent Sunday": the stay's days are told)
        dest = destination(d, drafts)
        day = dest.stop.start if dest is not None else None
        if day is not None and s.start < day <= s.start + timedelta(days=MAX_LEFT_AFTER):
            s.end = day


MAX_LEFT_AFTER = 3  # an arrival this many days after the stay it came from began ends that stay
_LATE = re.compile(r"\b(?:late|afternoon|evening|night)\b", re.I)
FROM_WORD = re.compile(r"\bfrom\b", re.I)  # evidence told as where the traveller came from (itinerary reads it too)


def overnight_arrivals(candidates: list[Candidate]) -> None:
    """"took an overnight flight to London on Tuesday": the stay begins the morning after the day named."""
    for c in candidates:
        t = c.time
        if t is None or t.precision not in (Precision.DAY, Precision.TIME) or t.earliest is None or c.cue.kind != "go":
            continue
        if t.start > c.cue.start and _OVERNIGHT.search(c.cue.evidence) and not _CLOCK_ONLY.fullmatch(t.text):
            start = t.earliest + timedelta(days=1)
            c.time = TimeRef.on_day(t.text, t.start, t.end, start, max(t.latest or start, start))


# (not "flew overnight to Riyadh on Monday": the day it landed, as often as not)
_OVERNIGHT = re.compile(r"\b(?:took|takes|take|taking|boarded|boards|board|boarding|caught|catches|catch)\s+(?:an|the)\s+"
                        r"overnight\s+(?:flight|train|ferry|sleeper|bus)\b", re.I)
# "..., arriving shortly after 8am local time": a bare clock time is the landing's, on the day it reads
_CLOCK_ONLY = re.compile(r"\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?|h(?:rs)?)?(?:\s+local\s+time)?", re.I)
_DAYS_AFTER = re.compile(r"[^.;]{0,40}?,?\s*(a|one|two|three)\s+days?\s+after\s+\w+ing\b[^.;]{0,80}", re.I)


def days_before(t: TimeRef, text: str, place_start: int) -> TimeRef | None:
    """"flew to Abéché on Tuesday morning, a day after holding talks in N'Djamena": the place named after
    "a day after ..." is dated that many days before ``t`` (None when no such words stand between them)."""
    if t.precision not in (Precision.DAY, Precision.TIME) or t.earliest is None:
        return None
    m = _DAYS_AFTER.fullmatch(text, t.end, place_start)
    if m is None:
        return None
    day = t.earliest - timedelta(days=int(number_value(m[1]) or 1))
    return TimeRef.on_day(t.text, t.start, t.end, day)


_NEW_PART = re.compile(r",\s*(?:and|then|before|while|but)\b|;")


def left_for(a: Analysis, candidates: list[Candidate]) -> None:
    """"Tomorrow morning, Mr Kombo will leave Maseru for a one-day visit to Mbabane": the day of leaving is
    the day of getting there (the time had dated the place left only)."""
    text = a.article.text
    ordered = sorted(candidates, key=lambda c: c.mention.start)
    for left, went in zip(ordered, ordered[1:]):
        t = left.time
        if left.cue.kind != "leave" or went.time is not None or t is None or t.precision not in (Precision.DAY, Precision.TIME):
            continue
        if went.cue.clause == left.cue.clause and _FOR_AFTER_LEAVING.match(text, left.mention.end, went.mention.start):
            went.time = t


_FOR_AFTER_LEAVING = re.compile(r"\s+for\s+(?:(?:a|an|the|his|her|their)\s+)?(?:[\w-]+\s+){0,3}?(?:(?:visit|trip|stay)\s+to\s+)?")


def day_of_the_move_before(a: Analysis, candidates: list[Candidate]) -> None:
    """"On Wednesday the governor headed south. In Garden City she met ...": an undated stop takes the day of
    the sentence just before it in its paragraph when that sentence moves the traveller on a day and names no
    place it moves to."""
    text = a.article.text
    sentences = a.sentences
    starts = [s.start for s in sentences]
    for c in candidates:
        if c.time is not None or c.cue.kind in ("origin", "leave", "depart_for", "return"):
            continue
        k = bisect.bisect_right(starts, c.mention.start) - 1
        if k < 1:
            continue
        prev, own = sentences[k - 1], sentences[k]
        if "\n" in text[prev.end : own.start] or not _MOVES_ON.search(prev.text):
            continue
        if any(prev.start <= p.start < prev.end and p.role != "demonym" for p in a.places):
            continue
        days = [t for t in a.times if prev.start <= t.start < prev.end and t.precision is Precision.DAY
                and t.earliest is not None and t.earliest == t.latest]
        if len(days) == 1 and not any(own.start <= t.start < c.mention.start for t in a.times):
            c.time = days[0]


_MOVES_ON = re.compile(r"\b(?:headed|heads|travell?ed|travels|moved|moves|drove|set\s+(?:off|out)|went)\b", re.I)


def clause_days(a: Analysis, candidates: list[Candidate]) -> None:
    """"will first visit the Philippines, arriving on Sunday, and will hold talks ... on Monday": later days
    in a dated stop's own clause, before any other place is named, are more days of that stop."""
    text = a.article.text
    places = [p for p in a.places if p.role != "demonym" and p.place is not None]
    for c in candidates:
        t0 = c.time
        if t0 is None or t0.precision not in (Precision.DAY, Precision.TIME) or t0.latest is None or c.cue.kind in (
            "origin", "leave", "depart_for"
        ):
            continue
        lo, hi = c.cue.clause
        described = _DESCRIBED.match(text, c.mention.end)  # "Erbil, the capital of the Kurdistan Region of Iraq,"
        nxt = min((p.start for p in places if c.mention.end <= p.start < hi and p is not c.mention
                   and p.place.gazetteer_id != c.mention.place.gazetteer_id  # type: ignore[union-attr]
                   and not _contains(p.place, c.mention.place)  # type: ignore[arg-type]
                   and not (described and p.start < described.end())), default=hi)
        for rel in RELATIVE_CLAUSE.finditer(text, lo, hi):  # "Sanchez, who spent Sunday and Monday in Thailand, will"
            if rel.start() < c.mention.start < rel.end():
                nxt = min(nxt, rel.end())
        later = [
            t for t in a.times
            if max(t0.end, c.mention.end) <= t.start < nxt and t.precision in (Precision.DAY, Precision.TIME)
            and t.latest is not None and 0 < (t.latest - t0.latest).days <= PROGRAMME_DAYS
            and not _reported_on(t, c.mention) and not _UNTIL.search(text, max(0, t.start - 12), t.start)
            and not _GOING_HOME.search(text, max(0, t.start - 50), t.start)  # "before the delegation returns home on Friday"
            # (not "in Seoul ..., and from 6 to 8 June in Shanghai": a new part of the clause for the next place)
            and not (nxt < hi and _NEW_PART.search(text, c.mention.end, t.start))
        ]
        if later:
            last = max(t.latest for t in later)  # type: ignore[type-var]
            c.time = TimeRef(text[t0.start : later[-1].end], t0.start, later[-1].end, "DATE", t0.value,
                             Precision.DAY, t0.earliest, last)
            c.evidence.extend(t.span for t in later)


_DAYS_THEN_AT = re.compile(r"(?:\s+\d{1,2})?(?:\s+and\s+[A-Z][a-z]+(?:\s+\d{1,2})?)?\s+(?:in|at)\s+(?:the\s+)?")
_GOING_HOME = re.compile(r"\b(?:return\w*|fl[iy]\w*\s+(?:back|home)|head\w*\s+(?:back|home)|back\s+(?:home|to))\b[^.;,]{0,40}$", re.I)
_DESCRIBED = re.compile(
    r",\s+(?:the|its|a|an)\s+(?:[\w-]+\s+){0,3}?(?:capital|city|town|port|seat|hub|centre|center)\s+(?:of|in)\s+[^,;.]{1,80},"
)


def _contains(area: Place, town: Place) -> bool:
    """True when ``area`` is ``town``'s country ("continues to Samarkand in Uzbekistan, where on
    Wednesday ...": where the town lies names no next stop)."""
    return area.level is Level.COUNTRY and area.country == town.country


_AND_THEN = re.compile(r"(?:(?!\b(?:from|after|before|where)\b)[^.;])*\band\b(?:(?!\b(?:from|after|before|where)\b)[^.;])*")


def _opening_days(
    text: str, sentences: list[Span], days: list[TimeRef], named: list[Mention], m: Mention, landing: bool = False
) -> list[TimeRef]:
    """The days that open the sentences after ``m``'s in its paragraph, up to one naming another stop; with
    ``landing`` (the stop is an arrival), also the day of a landing told next ("has arrived in Mongolia ...
    The plane landed ... on Tuesday evening")."""
    assert m.place is not None
    paragraph_end = text.find("\n\n", m.end)
    paragraph_end = len(text) if paragraph_end < 0 else paragraph_end
    own = next((i for i, s in enumerate(sentences) if s.start <= m.start < s.end), None)
    if own is None:
        return []
    found: list[TimeRef] = []
    if any(m.end <= p.start < sentences[own].end and p.place.gazetteer_id != m.place.gazetteer_id  # type: ignore[union-attr]
           and _AND_THEN.fullmatch(text, m.end, p.start) for p in named):
        return []  # "a roundtable in Eau Claire and a rally in La Crosse. Wednesday brought ...": the days after are La Crosse's
    for k, s in enumerate(sentences[own + 1 :]):
        # (the very next sentence may tell the landing in a paragraph of its own)
        if s.start >= paragraph_end and not (landing and k == 0 and _LANDED.search(s.text)):
            break
        if any(s.start <= p.start < s.end and p.place.gazetteer_id != m.place.gazetteer_id for p in named):  # type: ignore[union-attr]
            break
        opening = next((t for t in days if s.start <= t.start < s.end and _OPENS_WITH_DAY.fullmatch(text, s.start, t.start)), None)
        if opening is None and landing and _LANDED.search(s.text):  # "The plane carrying the minister landed ... on Tuesday evening"
            opening = next((t for t in days if s.start <= t.start < s.end), None)
        if opening is None:
            break
        found.append(opening)
    return found


def extend_through(a: Analysis, drafts: list[Draft]) -> None:
    """"The meetings are expected to last through Wednesday": the stop last named before such a
    phrase (and begun by then) runs until that date."""
    dates = {(t.start, t.end) for t in a.times}  # evidence that names the place, not its dates
    place_starts = {p.start for p in a.places}
    for t in a.times:
        through = _THROUGH.search(a.article.text, max(0, t.start - 50), t.start)
        if t.latest is None or not through:
            continue
        if any(through.start() <= p.start < t.start and _TO_PLACE.search(a.article.text, max(0, p.start - 10), p.start)
               for p in a.places):
            continue  # "will go on to Kyiv on Sunday": the day of the place gone to, not a stay running on
        at = _DAYS_THEN_AT.match(a.article.text, t.end)
        if at and at.end() in place_starts:
            continue  # "end the tour on Saturday in Lubumbashi", "continues on Thursday 22 and Friday 23 in Jakarta":
            # the days of the place that follows

        def last_named(d: Draft, t: TimeRef = t) -> int:  # the stop's last naming before the phrase
            return max((e.start for e in d.stop.evidence if (e.start, e.end) not in dates and e.start < t.start),
                       default=d.position)

        # (not "the presidency, which runs until the end of the year": no stay lasts months)
        named = [d for d in drafts if d.position < t.start]
        last = max(named, key=last_named) if named else None
        if last is not None and last.stop.start is None:
            continue  # "Next stop: Washington. Mamdani flies down Thursday ... and will stay through Friday": not Albany's
        before = [d for d in named if d.stop.start and d.stop.start <= t.latest and (t.latest - d.stop.start).days <= MAX_STAY_DAYS]
        if before:
            s = max(before, key=last_named).stop
            if s.end is None or s.end < t.latest:
                s.end = t.latest
                s.evidence.append(t.span)


def bound_tours(a: Analysis, stops: list[Stop]) -> None:
    """"arrived in Tokyo ..., concluding his four-day blitz through the Mideast": the undated visits
    before the dated arrival fall in the N days before it, spread in trip order (dates inferred)."""
    text = a.article.text
    for t in a.times:
        if t.type != "DURATION" or not re.fullmatch(r"P\d+D", t.value):
            continue
        lo, hi = cues.clause_bounds(text, t.start, t.end)
        concluding = [(c.start(), c.end()) for c in _CONCLUDING.finditer(text, lo, hi)]
        if not any(a <= t.start < b for a, b in concluding):
            continue  # the length of the tour concluded ("wrapping up a two-day trip"), not of the next visit
        days = int(t.value[1:-1])
        # the stop the tour ended with, named outside the words about the tour ("arrived in Tokyo ...,
        # concluding his four-day blitz"; not "flown back to London after a four-day visit to Canada")
        told = [(a, b + 20) for a, b in concluding]
        arrival = next((s for s in stops if s.start and any(
            lo <= e.start < hi and not any(a <= e.start < b for a, b in told) for e in s.evidence)), None)
        if arrival is None or arrival.start is None:
            continue
        earlier = [s for s in stops if s.order < arrival.order and s.start is None and s.status is Status.VISITED]
        first = arrival.start - timedelta(days=days)
        n = max(1, len(earlier))
        for i, s in enumerate(earlier):  # the days before the arrival shared out in order
            day = first + timedelta(days=(i * days) // n)
            last = max(day, first + timedelta(days=((i + 1) * days) // n - 1))
            s.start, s.end, s.date_basis = day, last, DateBasis.INFERRED
            s.evidence.append(t.span)


_STAMP_REST = re.compile(r"[ \t]*(?:,?[ \t]*\d{1,2}[:.]\d\d(?:[ \t]*(?:[AaPp]\.?[Mm]\.?|[A-Z]{2,4}))?)?[ \t]*\n")


def entry_day(times: list[TimeRef], text: str, at: int) -> TimeRef | None:
    """The day of a dated entry ``at`` lies in: a live page's or a diary's stamp alone on the line that
    opens its paragraph ("Jan. 21, 23:55" above "Lee has arrived in Mumbai ...")."""
    para = text.rfind("\n\n", 0, at)
    head = para + 2 if para >= 0 else 0
    stamp = next((t for t in times if t.start == head and t.type == "DATE" and t.precision is Precision.DAY
                  and t.earliest is not None and _STAMP_REST.match(text, t.end)), None)  # (a clock alone dates nothing)
    if stamp is None or stamp.earliest is None or text.find("\n", stamp.end) >= at:
        return None
    return TimeRef.on_day(stamp.text, stamp.start, stamp.end, stamp.earliest)


def news_day(cue: cues.Cue, published: date | None) -> TimeRef | None:
    """The publication day as the date of what a report says has just happened ("has arrived in")."""
    if published is None:
        return None
    return TimeRef.on_day(cue.evidence, cue.start, cue.end, published)


def plans_from_today(drafts: list[Draft], published: date | None) -> None:
    """"will visit Spain this week", said on a Tuesday: a plan's vague window opens no earlier than publication."""
    for d in drafts:
        s = d.stop
        if d.window and d.status is Status.PLANNED and published and s.start and s.start < published <= (s.end or s.start):
            s.start = published


def apply_durations(drafts: list[Draft]) -> None:
    """A stop dated to one day whose clause gives a length ("two days of talks") lasts that long."""
    for d in drafts:
        s = d.stop
        if d.days and s.start is not None and (s.end is None or s.end == s.start):
            s.end = s.start + timedelta(days=d.days - 1)


def assign_window_days(drafts: list[Draft]) -> None:
    """Stops chained inside one vague window ("later this week ... South Korea and then India") get
    successive days of that window instead of all sharing its first day; members of the list dated on
    their own ("... Ethiopia and Uganda ... in Addis Ababa on 16 September") keep their days, and the
    members after them go on from there."""
    groups: dict[int, list[Draft]] = {}
    for d in drafts:
        if d.time is not None and d.window:
            groups.setdefault(id(d.time), []).append(d)
    for group in groups.values():
        t = group[0].time
        assert t is not None and t.earliest is not None and t.latest is not None
        chains = {d.chain for d in group}
        dated = [d for d in drafts if d.chain in chains and d not in group and d.stop.start and t.earliest <= d.stop.start <= t.latest]
        if len(group) + len(dated) < 2:
            continue
        day: date | None = None
        for d in sorted([*group, *dated], key=lambda x: x.position):
            if d not in group:
                day = d.stop.start
                continue
            day = t.earliest if day is None else min(day + timedelta(days=1), t.latest)
            d.stop.start, d.stop.end = day, min(day + timedelta(days=1), t.latest)


def range_around_own_days(drafts: list[Draft]) -> None:
    """"visits to Uzbekistan and Azerbaijan from May 18 to 23 ... in Tashkent on May 19": the list's
    first member dated on its own opens the range, and the members after it start once it is done,
    rather than all of them at the range's first day (which put Baku before Tashkent)."""
    for r in drafts:
        t = r.time
        if r.window or t is None or t.earliest is None or t.latest is None or t.earliest >= t.latest:
            continue
        if r.stop.start != t.earliest or r.origin_of is not None:  # (not "from Tokyo, where he spent Monday and Tuesday")
            continue
        members = [d for d in drafts if d.chain == r.chain and d is not r and d.position < r.position
                   and d.stop.start and t.earliest < d.stop.start <= t.latest]
        if not members:
            continue
        done = max((d.stop.end or d.stop.start) for d in members if d.stop.start)
        r.stop.start = min(done + timedelta(days=1), t.latest)
        first = min((d for d in drafts if d.chain == r.chain), key=lambda d: d.position)
        if first in members:
            first.stop.end = first.stop.end or first.stop.start
            first.stop.start = t.earliest
