"""Tour-date lists: the lines of a tour announcement, one date and one city each.

    NOVEMBER                     Nov. 4 – Seoul, YES24 Live Hall
    4 – Seoul, YES24 Live Hall   Sept. 27-28 — Newark, N.J., Prudential Center
    7 – Taipei, Legacy Taipei    Sat 7 Nov: Taipei (Legacy)

A line that opens with a day (under a month heading, or with its month) and then names a place is
a stop on that day: the cue is the line itself, the date its day.
"""

from __future__ import annotations

import contextlib
import re
from datetime import date, timedelta
from typing import TYPE_CHECKING

from .cues import Cue
from .drafts import Candidate
from .home import same_city
from .model import Level, Mention, Place, Span, Status, TimeRef
from .timex_lexicon import MONTHS, month_number
from .traveller import word_pattern

if TYPE_CHECKING:
    from .pipeline import Analysis

_MONTH = "|".join(sorted((re.escape(m) for m in MONTHS), key=len, reverse=True))
_HEADING = re.compile(rf"^\s*(?P<mon>{_MONTH})\.?(?:\s+(?P<year>20\d\d))?\s*:?\s*$", re.I | re.M)
_WEEKDAY_WORD = r"(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)[a-z]*"
_WEEKDAY = rf"(?:{_WEEKDAY_WORD}\.?,?\s+)?"
_BULLET = r"[•·*][ \t]*"  # a list item's mark: "• Wed 4 – Thu 5 Mar – Brussels", "• Tuesday: Rzeszów"
_LINE = re.compile(
    rf"^\s*(?:{_BULLET})?(?:Day[ \t]+\d{{1,2}}[ \t]*[-–—:,][ \t]*)?{_WEEKDAY}(?:(?P<mon>{_MONTH})\.?\s+(?P<day>[0-3]?\d)|(?P<day2>[0-3]?\d)(?:\s*[-–]\s*(?P<last2>[0-3]?\d))?(?:\s+(?P<mon2>{_MONTH})\.?)?)"
    # ("Sept. 27-28 — Newark", "Thurs., Oct. 8 – Fri., Oct. 9 — Manila", "Day 2 - Monday, November 17 - Dubai")
    # ("• Wed 4 – Thu 5 Mar – Brussels": a bullet, and the month after the last day)
    rf"(?:st|nd|rd|th)?(?:\s*[-–]\s*{_WEEKDAY}(?:(?:{_MONTH})\.?\s+)?(?P<last>[0-3]?\d)\b(?:[ \t]+(?P<mon3>{_MONTH})\b\.?)?)?"
    r"[ \t]*(?:[–—:|·•-]|[ \t])[ \t]*(?=\S)",
    re.I | re.M,
)
_REMOTE_LINE = re.compile(r"\b(?:virtual|online|livestream(?:ed)?|by\s+video(?:\s*link)?)\b", re.I)
_CALLED_OFF = re.compile(r"\b(?:postponed|cancell?ed|called\s+off|no\s+longer\s+(?:on|in|part\s+of)\s+the|moved\s+to\s+a\s+later\s+date)\b", re.I)
# "14/01 - 1st ODI - McLean Park, Napier": a numeric day, day first unless the second number cannot be a month
_NUMERIC_LINE = re.compile(r"^[ \t]*(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)(?:/(?:20)?\d\d)?\s*(?:[–—:|-]|\s)\s*(?=\S)", re.M)
# "2026-11-30 - 2026-12-01, Mexico City": a programme's line that opens with ISO dates
_ISO_LINE = re.compile(
    r"^[ \t]*(?P<y>20\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?:[ \t]*[-–—][ \t]*(?P<y2>20\d\d)-(?P<m2>[01]\d)-(?P<d2>[0-3]\d))?"
    r"[ \t]*(?:[,–—:|-]|[ \t])[ \t]*(?=\S)",
    re.M,
)
MIN_LINES = 3  # a list needs this many dated lines to be a tour list, not a stray date
# "Here is the rest of the schedule released by the campaign:": a list so announced needs only two lines
_ANNOUNCED = re.compile(r"\b(?:schedule|itinerary|programme|program|tour\s+dates)\b[^\n]*:[ \t]*\n\s*$", re.I)


def tour_candidates(a: Analysis, surname: str | None = None) -> list[Candidate]:
    """One candidate per dated line of a tour list that names a place right after its date; in a calendar
    where some lines name the traveller ("Nov 12 | Hong Kong | Reception with President Adebayo-Marsh"),
    only those lines ("Dec 3 | Toronto | Holiday Party" is someone else's event). The caller passes a
    ``surname`` only for a titled traveller (an untitled "McLean Park" may be a venue read as a name)."""
    text = a.article.text
    published = a.article.published
    lines = sorted([*_LINE.finditer(text), *_NUMERIC_LINE.finditer(text), *_ISO_LINE.finditer(text)], key=lambda m: m.start())
    if not lines or published is None:
        return []
    announced = _ANNOUNCED.search(text, max(0, lines[0].start() - 200), lines[0].start()) is not None
    least = 2 if announced else MIN_LINES
    if len(lines) < least:
        return []
    headings = list(_HEADING.finditer(text))
    found: list[Candidate] = []
    for m in lines:
        line_end = _line_end(text, m.start())
        if m.re is _ISO_LINE:
            place, day, last = _iso_line(a, m, line_end)
        else:
            place, day, last = _line_days(a, m, line_end, headings)
        if place is None or day is None or last is None:
            continue
        if called_off(text, m.end(), line_end):
            place.role = "cancelled"  # "Sat 13 Mar: Nottingham, Royal Concert Hall – POSTPONED"
            continue
        if _REMOTE_LINE.search(text, m.end(), line_end):
            place.role = "not_visited"  # "Oct. 15: Virtual event with Magers & Quinn, Minneapolis (online, 7 p.m.)"
            continue
        label = text[m.start() : m.end()].strip(" \t,–—:|-" if m.re is _ISO_LINE else None)
        time = TimeRef.on_day(label, m.start(), m.end(), day, last)
        cue = Cue("visit", 0.8, m.start(), place.end, text[m.start() : place.end], (m.start(), line_end))
        found.append(line_candidate(place, cue, time, published))
    if len(found) < least:
        return []
    if surname and surname not in {p.text for p in a.places}:  # (not a town taken for a name: "Legacy Taipei")
        who = word_pattern(surname)
        found = [c for c in found if who.search(text, *c.cue.clause)] or found
    for c in found:
        c.mention.role = "stop"
    return found


_Dated = tuple[Mention | None, date | None, date | None]  # a line's place and its first and last day


def _line_days(a: Analysis, m: re.Match[str], line_end: int, headings: list[re.Match[str]]) -> _Dated:
    """The place and days of a line that opens with a day of the month, its month on the line or in
    the heading above ("NOVEMBER / 4 – Seoul"), or with a numeric day ("14/01 - ... Napier")."""
    text, published = a.article.text, a.article.published
    assert published is not None
    if m.re is _NUMERIC_LINE:
        a_, b_ = int(m["a"]), int(m["b"])
        month, day_of_month = (a_, b_) if b_ > 12 else (b_, a_)
        place = _place_in(a.places, m.end(), line_end, text)  # "14/01 - 1st ODI - McLean Park, Napier"
    else:
        mon = m["mon"] or m["mon2"] or m["mon3"]
        if mon is None:
            heading = next((h for h in reversed(headings) if h.end() <= m.start()), None)
            if heading is None:
                return None, None, None
            mon = heading["mon"]
        month, day_of_month = month_number(mon), int(m["day"] or m["day2"])
        # "Oct 22-25: Kuala Lumpur", or a fixture's venue first: "Nov 5-8: Toto Japan Classic, Otsu, Japan"
        place = _place_at(a.places, m.end()) or _place_in(a.places, m.end(), line_end, text)
    if place is None:
        return None, None, None
    day = _date(published, month, day_of_month)
    last = day
    until = m["last"] or m["last2"] if m.re is _LINE else None  # ("5–6 March – Ho Chi Minh City")
    if day is not None and until and int(until) > day.day:  # "Sept. 27-28 — Newark": two nights
        with contextlib.suppress(ValueError):  # "Feb. 28-31" keeps its first day
            last = day.replace(day=int(until))
    return place, day, last


_HOMEWARD = re.compile(r"\b(?:return\w*|flight\s+(?:back|home)|back\s+(?:to|home))\b", re.I)


def _iso_line(a: Analysis, m: re.Match[str], line_end: int) -> _Dated:
    """The place and days of a line that opens with ISO dates ("2026-12-02, Monterrey"): their own year,
    no guessing; a "Return to Lisbon" line is the way home, no stop."""
    text = a.article.text
    place = _place_at(a.places, m.end()) or _place_in(a.places, m.end(), line_end, text)
    day = _exact(int(m["y"]), int(m["m"]), int(m["d"]))
    last = _exact(int(m["y2"]), int(m["m2"]), int(m["d2"])) if m["y2"] else day
    if place is None or day is None or last is None or not 0 <= (last - day).days <= 31:
        return None, None, None
    if _HOMEWARD.search(text, m.end(), place.start):
        return None, None, None  # "2026-09-18 | Return to Lisbon": the way home
    return place, day, last


# "- Canberra: Sunday 23 May, in conversation at Muse", "Auckland Writers Festival: Saturday 29 and Sunday 30 May":
# a schedule line that opens with its place (after a bullet), then a separator, then its days
_PLACE_LINE = re.compile(r"^[ \t]*(?:[-•*·][ \t]*)?(?=\S)", re.M)
_SEPARATOR = re.compile(r"[^:\n–—]{0,40}?\s*(?::|(?<!\d)[–—])\s*")  # (not the dash of "6–9 April")
_DAY_RANGE = re.compile(
    rf"\b(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?(?:\s*(?:to|-|–|and|&)\s*{_WEEKDAY}(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?)?\s+"
    rf"(?P<mon>{_MONTH})\b|\b(?P<mon2>{_MONTH})\.?\s+(?P<d3>[0-3]?\d)\b(?:\s*(?:-|–|to|and|&)\s*(?P<d4>[0-3]?\d)\b)?",
    re.I,
)


def place_first_candidates(a: Analysis) -> list[Candidate]:
    """One candidate per line of a schedule that opens with a place and gives its days after a colon or
    dash ("- Canberra: Sunday 23 May"); three such lines make a schedule, a stray one is no list."""
    text = a.article.text
    published = a.article.published
    if published is None:
        return []
    found: list[Candidate] = []
    for line in _PLACE_LINE.finditer(text):
        place = _place_at(a.places, line.end())
        if place is None or place.role == "stop":
            continue
        line_end = _line_end(text, line.end())
        sep = _SEPARATOR.match(text, place.end, line_end)
        if sep is None:
            continue
        days: list[date] = []
        for m in _DAY_RANGE.finditer(text, sep.end(), line_end):
            month = month_number(m["mon"] or m["mon2"])
            for d in (m["d1"], m["d2"], m["d3"], m["d4"]):
                day = _date(published, month, int(d)) if d else None
                days += [day] if day else []
        if not days or (max(days) - min(days)).days > 7:
            continue
        if called_off(text, line.end(), line_end):
            place.role = "cancelled"
            continue
        first, last = min(days), max(days)
        time = TimeRef.on_day(text[sep.end() : line_end].strip(), sep.end(), line_end, first, last)
        cue = Cue("visit", 0.8, place.start, sep.end(), text[place.start : sep.end()], (line.start(), line_end))
        found.append(line_candidate(place, cue, time, published))
    if len(found) < MIN_LINES:
        return []
    for c in found:
        c.mention.role = "stop"
    return found


def called_off(text: str, lo: int, hi: int) -> bool:
    """Whether ``text[lo:hi]`` (a line of a list) says the date is off: "Nottingham – POSTPONED"."""
    return _CALLED_OFF.search(text, lo, hi) is not None


def _line_end(text: str, at: int) -> int:
    """Where the line holding ``at`` ends (the text's end for its last line)."""
    end = text.find("\n", at)
    return len(text) if end < 0 else end


def line_candidate(place: Mention, cue: Cue, time: TimeRef, published: date) -> Candidate:
    """The stop a dated line of a list names: planned when its first day is after publication."""
    assert time.earliest is not None
    status = Status.PLANNED if time.earliest > published else Status.VISITED
    return Candidate(place, cue, status, time, place.start, [Span(cue.evidence, cue.start, cue.end)])


def _place_at(places: list[Mention], offset: int) -> Mention | None:
    """The place mention that starts right at ``offset`` (the line's first word after its date)."""
    return next((p for p in places if p.start == offset and p.place is not None and p.role != "demonym"), None)


_VENUE_WORD = re.compile(r"\s+(?:Oval|Park|Stadium|Ground|Arena|Field|Reserve|Circuit|Raceway|Speedway|Velodrome|Stadion)\b")


def _place_in(places: list[Mention], lo: int, hi: int, text: str) -> Mention | None:
    """The town of a schedule's line ``text[lo:hi]``: its last town, after the venue ("McLean Park, Napier")
    and not a team named by its country ("New Zealand won by 7 wickets")."""
    towns = [p for p in places if lo <= p.start < hi and p.place is not None and p.role != "demonym"
             and p.place.level is Level.CITY and not _VENUE_WORD.match(text, p.end)]  # (not "Saxton Oval")
    return towns[-1] if towns else None


def _date(published: date, month: int, day: int) -> date | None:
    """The day in the year that puts it nearest after publication (tour lists look ahead)."""
    for year in (published.year, published.year + 1):
        try:
            d = date(year, month, day)
        except ValueError:
            return None
        if (d - published).days >= -60:
            return d
    return None


# a programme's day heading: "Sunday, 18 October 2026", "Monday 19 October", "October 19"
_DAY_HEADING = re.compile(
    rf"^[ \t]*(?:(?:Itinerary|Schedule|Programme|Program|Agenda)\s+for\s+)?(?P<weekday>{_WEEKDAY})(?:(?P<day>[0-3]?\d)\.?\s+(?P<mon>{_MONTH})|(?P<mon2>{_MONTH})\.?\s+(?P<day2>[0-3]?\d)"
    # "16.10.2025 (Thursday)": a numeric date, day first, and its weekday
    rf"|(?P<nday>[0-3]?\d)[.-](?P<nmon>[01]?\d)[.-](?P<nyear>20\d\d)[ \t]+\((?P<nweekday>{_WEEKDAY_WORD})\))"
    r"(?:st|nd|rd|th)?,?(?:\s+(?P<year>20\d\d))?(?:[ \t]+\((?P<where>[^()\n]{1,60})\)"  # "(Puebla)"
    # "Monday, August 18, 2025 - Iqaluit, Nunavut" (not a route in capitals, "– ROME-MADRID", which the lines below tell)
    r"|[ \t]*[–—-][ \t]+(?=[^\n]*(?-i:[a-z]))(?P<where_after>[^()\n]{1,60}?))?[ \t]*:?[ \t]*$",
    re.I | re.M,
)


def _where(h: re.Match[str]) -> tuple[int, int] | None:
    """Where a day heading names its place ("(Puebla)", "- Iqaluit, Nunavut"), if it does."""
    group = "where" if h["where"] is not None else "where_after" if h["where_after"] is not None else None
    return h.span(group) if group else None


def _heading_day(h: re.Match[str], published: date) -> date | None:
    """The day a day heading names, in its own year or the one nearest after publication."""
    if h["nday"]:
        return _exact(int(h["nyear"]), int(h["nmon"]), int(h["nday"]))
    mon, d = h["mon"] or h["mon2"], int(h["day"] or h["day2"])
    return _date(published, month_number(mon), d) if not h["year"] else _exact(int(h["year"]), month_number(mon), d)


_RETURN_TO = re.compile(r"\breturn\w*\s+(?:\w+\s+){0,2}?to\s+(?:the\s+)?$", re.I)
# a schedule's line that opens with a clock time: "9:15 AM — ", "10:00 a.m. — ", "14.30 "
_CLOCK_LINE = re.compile(r"^[ \t]*(?:[-•*][ \t]*)?[0-2]?\d[:.][0-5]\d(?:[ \t]*[AaPp]\.?[ \t]*[Mm]\.?)?[ \t]*(?:[—–-][ \t]*)?(?=\S)", re.M)
# what may follow an event's town at its line's end: its province, then a note ("Bogo City, Cebu", "Santa Fe. Open press.")
_ADDRESS_END = re.compile(r"(?:,[ \t]+[A-Z][\w'’ .-]{0,30}?)?[ \t]*(?:\.[^\n]*)?")
# a clock line that ends at an address: ", <town>" and what may follow a town
_ADDRESSED_LINE = re.compile(_CLOCK_LINE.pattern + r"[^\n]*,[ \t]+[A-Z][\w'’ .-]*" + _ADDRESS_END.pattern + "$", re.M)
MIN_CLOCK_LINES = 2  # clock lines ending at an address that make one dated day a schedule
_LEAVING_LINE = re.compile(r"\b(?:departure|depart\w*|return\w*|flight\s+(?:back|home)|farewell)\b", re.I)
MIN_DAYS = 2  # a programme needs this many day headings with a place under them


def programme_candidates(a: Analysis, candidates: list[Candidate], surname: str | None = None) -> list[Candidate]:
    """A programme laid out by day: under each day heading ("Monday, 19 October 2026"), a line that is
    a place's name ("Seoul") or names one ("Evening: Arrival in Seoul") is a stop on that day; a
    departure line ("17:30 Departure for Berlin") is the way home, and its place no stop (it is taken
    out of ``candidates``)."""
    text = a.article.text
    published = a.article.published
    # (a heading naming its place after a dash has its weekday: "Dec 29 - 2nd T20I, Saxton Oval" is a fixture)
    headings = [h for h in _DAY_HEADING.finditer(text) if h["where_after"] is None or h["weekday"]]
    # (a public schedule of one day: "Friday, 14 August 2026" over its clock lines, "9:15 AM — Inspection ..., Cebu City")
    # (not a live blog's timestamped entries, told in sentences: a schedule's clock lines end at an address)
    least = 1 if len(headings) == 1 and len(_ADDRESSED_LINE.findall(text, headings[0].end())) >= MIN_CLOCK_LINES else MIN_DAYS
    if len(headings) < least or published is None:
        return []
    addressed = least == 1 or _TRAVEL_PROGRAMME.search(text, headings[0].end()) is not None
    found: list[Candidate] = []
    leaving: set[int] = set()
    days_with_places = 0
    returns: dict[str | None, set[date]] = {}  # the towns returned to, and on which days
    lines_done: set[int] = set()  # one stop per line: "Visit to the parish of Caacupé in Villa 21-24"
    homes = _departure_homes(text, a.places, headings)  # "Departure by air from Rome/Fiumicino" on the first day
    # the programme's last day by date: a page of daily itineraries may list the newest first
    last_day = max((d for d in (_heading_day(h, published) for h in headings) if d is not None), default=None)
    for i, h in enumerate(headings):
        end = headings[i + 1].start() if i + 1 < len(headings) else _section_end(text, h.end(), a.places)
        day = _heading_day(h, published)
        if day is None:
            continue
        named = False
        where = _where(h)
        for p in a.places:
            in_heading = where is not None and where[0] <= p.start and p.end <= where[1]
            if not (in_heading or h.end() <= p.start < end) or p.place is None or p.role == "demonym":
                continue
            lo = text.rfind("\n", 0, p.start) + 1
            line_end = _line_end(text, p.end)
            line = text[lo:line_end]
            if p.place.gazetteer_id in homes or p.role == "other_traveller":
                continue  # (nor "Chancellor Rachel Reeves arrives in Washington" in a diary of the week's trips)
            if called_off(text, lo, line_end):
                p.role = "cancelled"  # "the visit to La Ronge previously announced ... has been cancelled"
                continue
            before = line[: p.start - lo]
            # "Tuesday, June 10 (Puebla)", and an entry opening with its town: "— Astana: meeting with ..."
            opens = _ENTRY_OPENING.fullmatch(before) is not None and text.startswith(":", p.end)
            if _LEAVING_LINE.search(line) and (not (opens or in_heading) or _RETURN_TO.search(before)):
                # ("— Samarkand: ..., then departs for"; but a heading's "Sat., Oct. 10 — Return to Washington")
                # the last day's departure is the way home; an earlier one's destination is the next stop
                # ("08:00 Departure by air for Temuco"), never the place it leaves from
                if day == last_day or not _FOR_PLACE.search(line[: p.start - lo]):
                    leaving.add(p.start)
                    if _RETURN_TO.search(line, 0, p.start - lo):
                        returns.setdefault(p.place.gazetteer_id, set()).add(day)
                    continue
            if lo in lines_done:
                continue
            whole = bool(names_only(text, lo, line_end, a.places))  # "Seoul", "Regina, Saskatchewan"
            if whole and _venue_line(text, line_end, a.places):
                continue  # "Queen's Park" over "Toronto, Ontario": a venue and its address, the town below
            # (under "Tuesday, June 10 (Puebla)" only a move names another town: not "— Visit to a Talavera workshop")
            moved = _close_after(_MOVE_LINE if where else _ARRIVAL_LINE, before)
            # a diary's telegraphic line: "Kyle in Doha for what officials describe as ..."
            moved = moved or bool(surname and re.fullmatch(rf"{_ENTRY_OPENING.pattern}{re.escape(surname)}\s+in\s+", before))
            # a clock line's event, at its address: "10:30 AM — Distribution ..., Cebu City Sports Center, Cebu City"
            # (in a one-day public schedule or a programme of travel; a live blog's timestamped entries are told in
            # sentences, and a governor's week of events may be at "State Capitol, Santa Fe", her seat)
            moved = moved or bool(addressed and _CLOCK_LINE.match(line) and before.endswith(", ")
                                  and _ADDRESS_END.fullmatch(text, p.end, line_end))
            night_halt = _NIGHT_HALT.fullmatch(before) is not None  # "Night halt: Patna"
            moved = moved or night_halt
            if not (whole or in_heading or opens) and not moved and not _FOR_PLACE.search(before):
                continue
            lines_done.add(lo)
            if _NAMED_AFTER.search(before):
                continue  # "the parish of Caacupé (in Villa 21-24)": a church's patron, not the town
            # dated by the heading, told by its line: each line of a day is a stop's own, not a date shared
            # by a list of places ("Departure for Temuco ... Departure from Temuco for Buenos Aires")
            # ("Night halt: Patna" under one day's heading, when another day follows: there until that morning)
            night = night_halt and i + 1 < len(headings)
            time = TimeRef.on_day(h.group().strip(), lo, line_end, day, day + timedelta(days=1) if night else None)
            cue = Cue("visit", 0.8, lo, p.end, text[lo : p.end], (lo, line_end))
            p.role = "stop"
            found.append(line_candidate(p, cue, time, published))
            named = True
        days_with_places += named
    if days_with_places < least:
        return []
    # "5:00 p.m. The Prime Minister will return to Ottawa." at the end of two days, and Ottawa never
    # arrived in: home, whose own day in the programme (a Cabinet meeting) is no stop
    arrived = {c.mention.place.gazetteer_id for c in found if c.mention.place is not None and _ARRIVAL_LINE.search(c.cue.evidence)}
    home = {gid for gid, days in returns.items() if len(days) >= 2 and gid not in arrived}
    homes |= home
    # (and a landmark there: "10:00 - Council of Ministers / Élysée Palace" on a day back in Paris)
    home_places = [p.place for p in a.places if p.place is not None and p.place.gazetteer_id in home]
    found = [c for c in found if c.mention.place is None or not _at_home(c.mention.place, home, home_places)]
    candidates[:] = [
        c for c in candidates
        if c.mention.start not in leaving and (c.mention.place is None or not _at_home(c.mention.place, homes, home_places))
    ]
    return found


def _at_home(place: Place, homes: set[str | None], home_places: list[Place]) -> bool:
    """Whether a place is a home of the programme, or lies in one ("Élysée Palace" in Paris)."""
    return place.gazetteer_id in homes or any(same_city(h, place) for h in home_places)


# a section that gives someone's programme: "Provisional programme of Mr Julien Berthomier, Minister Delegate for ..."
_PROGRAMME_OF = re.compile(
    r"^[ \t]*(?:\*\*)?(?:(?:Provisional|Official|Public|Draft|Weekly|Daily|Updated)\s+)?(?:programme|program|schedule|agenda|"
    r"itinerary|diary)\s+(?:of|for)\s+(?P<who>[^\n]{3,160})$", re.M | re.I
)
_PERSON = re.compile(r"(?<!\w)[A-Z][a-z'’-]+\s+[A-Z][a-z'’-]+(?!\s+\d)")  # "Julien Berthomier" (not "Monday 10 March")
_SECTION_RULE = re.compile(r"^[ \t]*(?:-{3,}|\*{3,}|_{3,})[ \t]*$", re.M)  # "---" between two sections


def outside_others_programmes(a: Analysis, candidates: list[Candidate], surname: str | None) -> list[Candidate]:
    """The candidates not in a section that gives another person's programme ("Provisional programme of Mr
    Julien Berthomier" under the minister's own): its lines are his trips."""
    if not surname:
        return candidates
    text = a.article.text
    who = word_pattern(surname)
    spans = []
    for m in _PROGRAMME_OF.finditer(text):
        if who.search(m["who"]) or re.match(r"\s*the\b", m["who"], re.I) or not _PERSON.search(m["who"]):
            continue  # the traveller's own, an office's ("ITINERARY OF THE GOVERNOR GENERAL") or a date's
        rule = _SECTION_RULE.search(text, m.end())
        spans.append((m.start(), rule.start() if rule else len(text)))
    kept = []
    for c in candidates:
        if any(lo <= c.mention.start < hi for lo, hi in spans):
            c.mention.role = "other_traveller"
        else:
            kept.append(c)
    return kept


def _venue_line(text: str, line_end: int, places: list[Mention]) -> bool:
    """True when the line after ``line_end`` holds only place names and opens with a town: the line
    above is a venue's name over its address ("Queen's Park" / "Toronto, Ontario")."""
    nxt = line_end + 1
    if not text.startswith("\n", line_end) or text.startswith("\n", nxt):
        return False
    names = names_only(text, nxt, _line_end(text, nxt), places)
    return bool(names) and names[0].place is not None and names[0].place.level is Level.CITY


_GLUE = re.compile(r"^(?:[\s,;/&()]|\band\b)*$")  # what may stand between a line's place names


def names_only(text: str, lo: int, hi: int, places: list[Mention]) -> list[Mention]:
    """The place names of ``text[lo:hi]`` when it holds them and nothing else ("Regina, Saskatchewan",
    a table's cell "Tokyo, Osaka"); else none."""
    inside = [p for p in places if lo <= p.start and p.end <= hi and p.place is not None and p.role != "demonym"]
    bounds = [lo] + [x for p in inside for x in (p.start, p.end)] + [hi]
    whole = inside and all(_GLUE.match(text[a:b]) for a, b in zip(bounds[::2], bounds[1::2], strict=True))
    return inside if whole else []


_DAY_PLACE = re.compile(  # ("SATURDAY, KINSHASA", "SUNDAY — SÃO PAULO": a notebook's headings in capitals;
    # "Day one, Monday - Port Moresby. After an overnight flight ...": a recap's paragraph that opens with its day)
    rf"^[ \t]*(?:{_BULLET})?(?:Day\s+(?:\d{{1,2}}|one|two|three|four|five|six|seven|eight|nine|ten)[,:]?[ \t]+)?"
    r"(?i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:,|:|[ \t]+[—–-])?[ \t]+(?=\S)", re.M
)
# "Tuesday: Scranton – The Governor will tour ...", "• Tuesday: Rzeszów (briefing at ...)": the label's end
_LABEL_END = re.compile(r"[ \t]+[—–-][ \t]+|:[ \t]|[ \t]+\(")
_LIST_ITEM_DAY = re.compile(rf"[ \t]*{_BULLET}")  # a bulleted day line
_SENTENCE_AFTER = re.compile(r"\.[ \t]+(?=[A-Z])")  # "- Port Moresby. After ...": the label ends with its sentence


def day_place_candidates(a: Analysis) -> list[Candidate]:
    """A diary's day headings that name their town ("Monday, Maputo" / "Tuesday, Beira"), or a schedule's
    day labels ("Tuesday: Scranton – The Governor will tour ..."): each a stop on that day (as the times
    stage read the weekday); two such lines make a diary."""
    text, published = a.article.text, a.article.published
    if published is None:
        return []
    found: list[Candidate] = []
    for m in _DAY_PLACE.finditer(text):
        line_end = _line_end(text, m.end())
        label = _LABEL_END.search(text, m.end(), line_end)
        if label is None and m.group().rstrip().endswith(":"):
            continue  # a colon labels a line that goes on past its town ("Tuesday: Scranton – ..."), not a heading
        stop = _SENTENCE_AFTER.search(text, m.end(), line_end) if label is None and m.group().startswith("Day") else None
        towns = names_only(text, m.end(), label.start() if label else stop.start() if stop else line_end, a.places)
        day = next((t for t in a.times if m.start() <= t.start and t.end <= m.end() and t.earliest is not None), None)
        if not towns or day is None or day.earliest is None:
            continue
        if found and found[-1].time is not None and found[-1].time.earliest is not None and (
            day.earliest < found[-1].time.earliest and _LIST_ITEM_DAY.match(text, m.start())
        ):  # a programme's list runs forward: "• Tuesday: Rzeszów ... • Wednesday: Kraków", told on Tuesday
            weeks_behind = -(-(found[-1].time.earliest - day.earliest).days // 7)  # (rounded up)
            day = TimeRef.on_day(day.text, day.start, day.end, day.earliest + timedelta(weeks=weeks_behind))
        cue = Cue("visit", 0.8, m.start(), towns[0].end, text[m.start() : towns[0].end], (m.start(), line_end))
        found.append(line_candidate(towns[0], cue, day, published))
    if len(found) < MIN_DAYS:
        return []
    for c in found:
        c.mention.role = "stop"
    return found


_ENTRY = re.compile(r"[ \t]*[—–-][ \t]+")  # "NAIROBI — Ethiopian Prime Minister Abiy Ahmed arrives for a state visit"


def diary_candidates(a: Analysis, surname: str | None) -> list[Candidate]:
    """A news diary by day: under each day heading, an entry that opens with its city ("KAMPALA — Abiy holds
    talks with ...") and names the traveller is a stop on that day; the others are other people's news."""
    text = a.article.text
    published = a.article.published
    headings = list(_DAY_HEADING.finditer(text))
    if len(headings) < MIN_DAYS or published is None or not surname:
        return []
    who = word_pattern(surname)
    found: list[Candidate] = []
    for i, h in enumerate(headings):
        end = headings[i + 1].start() if i + 1 < len(headings) else len(text)
        day = _heading_day(h, published)
        if day is None:
            continue
        for p in a.places:
            lo = text.rfind("\n", 0, p.start) + 1
            if not (h.end() <= p.start < end) or p.place is None or text[lo : p.start].strip():
                continue
            dash = _ENTRY.match(text, p.end)
            line_end = _line_end(text, p.end)
            first = re.split(r"(?<=[.!?])\s", text[p.end : line_end], maxsplit=1)[0]
            if dash is None or not who.search(first):
                continue
            time = TimeRef.on_day(h.group().strip(), lo, line_end, day)
            cue = Cue("visit", 0.8, lo, dash.end(), text[lo : dash.end()], (lo, line_end))
            p.role = "stop"
            found.append(line_candidate(p, cue, time, published))
    return found if len(found) >= MIN_DAYS else []


_MOVES = (r"arriv\w*|transfer\w*\s+.*\bto|(?:fl(?:y|ies|ew)|travel\w*|head\w*|drives?|goes|moves?)\s+(?:on\s+)?to"
          r"|(?:lands?|landed|stops?|stopped)\s+(?:over\s+)?in")  # ("Kyle lands in Riyadh", "stops in Muscat on his way home")
_MOVE_LINE = re.compile(rf"\b(?:{_MOVES})\b", re.I)  # ("— Flies to Almaty in the evening")
_ARRIVAL_LINE = re.compile(rf"\b(?:{_MOVES}|visit\w*|trip\s+to)\b", re.I)  # ("Evening: Arrival in Seoul", "Visit to Kaunas",
# "Trip to Brussels (Belgium)")


def _close_after(verb: re.Pattern[str], before: str) -> bool:
    """Whether a line's verb of moving stands just before its place ("Arrival in Seoul", "— Flies to Almaty"),
    not a sentence away ("arrives for a state visit. Talks ... the upgrade of the Moyale-Isiolo road")."""
    found = list(verb.finditer(before))
    rest = before[found[-1].end() :] if found else ""
    return bool(found) and len(rest.split()) <= 5 and not re.search(r"[.;:]", rest)


# a programme that tells the traveller's moves ("11:50 hrs - Arrival at ..., Patna", "Night halt: Sasaram")
_TRAVEL_PROGRAMME = re.compile(r"^[ \t]*(?:[0-2]?\d[:.][0-5]\d[^\n]*?)?\b(?:Arrival|Departure|Night\s+halt)\b", re.M)
_ENTRY_OPENING = re.compile(r"[ \t]*(?:[—–•*-][ \t]*)?")
_NIGHT_HALT = re.compile(_ENTRY_OPENING.pattern + r"(?:Night\s+halt|Overnight(?:\s+stay)?|Night\s+stay)[ \t]*(?::|at|in)[ \t]*", re.I)
_FOR_PLACE = re.compile(r"\b(?:depart\w*|departure|leav\w*)\b.*\bfor\s+(?:the\s+)?$", re.I)
_NAMED_AFTER = re.compile(r"\b(?:parish|church|chapel|shrine|basilica|cathedral|sanctuary|school|hospital)\s+of\s+$", re.I)
_FROM_PLACE = re.compile(r"\b(?:depart\w*|departure)\b.*\bfrom\s+(?:the\s+)?(?:[A-Z][\w-]*/)?$|\bdepart(?:s|ing)?\s+$", re.I)


def _departure_homes(text: str, places: list[Mention], headings: list[re.Match[str]]) -> set[str | None]:
    """Where the programme's first day departs from ("08:30 Departure by air from Rome/Fiumicino ..."):
    home, no stop on any day of it (not the arrival back on the last day either)."""
    if not headings:
        return set()
    lo, hi = headings[0].end(), headings[1].start() if len(headings) > 1 else len(text)
    homes = set()
    where = _where(headings[0])
    for p in places:
        if p.place is None:
            continue
        in_heading = where is not None and where[0] <= p.start < where[1]  # ("Sun., Oct. 4 — Depart Washington.")
        if (lo <= p.start < hi or in_heading) and _FROM_PLACE.search(text, text.rfind("\n", 0, p.start) + 1, p.start):
            homes.add(p.place.gazetteer_id)
        elif in_heading and _NEXT_LEG.match(text, p.end, where[1]):  # type: ignore[index]
            homes.add(p.place.gazetteer_id)  # "Thursday, Nov. 5 — Rome / Lima": the first day sets out from Rome
    # and an airport written after its city's name: "Arrival at Rome/Ciampino", "Arrival at Rome Ciampino"
    named = {m.text for m in places if m.place is not None and m.place.gazetteer_id in homes}
    homes |= {p.place.gazetteer_id for p in places if p.place is not None and any(
        text.endswith((f"{n}/", f"{n} "), 0, p.start) for n in named)}
    return homes


_NEXT_LEG = re.compile(r"\s*[/–—-]\s*\S")  # a route's next leg: "Rome / Lima"


def _section_end(text: str, start: int, places: list[Mention]) -> int:
    """Where the last day's section ends: at a short heading line of its own ("Background" and a blank
    line), not a line of place names ("Edmonton, Alberta"), or at the text's end."""
    for m in _SECTION_HEADING.finditer(text, start):
        if not names_only(text, m.end(), _line_end(text, m.end()), places):
            return m.start()
    return len(text)


_SECTION_HEADING = re.compile(r"\n\s*\n(?=[A-Z][^\n\d:]{0,40}:?\n\s*\n)")  # ("Background", "Media information:")


def _exact(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None
