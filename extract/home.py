"""Home: where the traveller's trip starts and ends, which is no stop of it.

The home capital comes from the traveller's title ("South Korean President", "U.S. Secretary of
State") or the opening ("her first trip abroad as president of Mexico"); a planned trip's point of
departure, a return to where the trip set out from, the country the traveller "is back in", and an
origin the traveller later returns to are home as well.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from . import cues, dateline, dateline_town
from .drafts import Candidate, Draft
from .gazetteer import Entry, Gazetteer, distance_km
from .model import Level, Mention, Place, Status, Stop
from .sentences import ends_with_abbreviation
from .traveller import PARTY_WORDS

SAME_CITY_KM = 15.0  # two names this close are one city ("Delhi", "New Delhi")


def same_city(a: Place, b: Place) -> bool:
    """Whether two places of one country lie within a city of each other ("Delhi", "New Delhi"; the Élysée Palace
    and Paris)."""
    return a.country == b.country and distance_km(a.lat, a.lon, b.lat, b.lon) <= SAME_CITY_KM


def home_capital(
    title: str | None, text: str, places: list[Mention], g: Gazetteer | None, name: str | None = None
) -> Entry | None:
    """The capital of the traveller's country, from the title, the country whose office the traveller
    holds ("Somalia's President Hassan Sheikh Mohamud"), or else the opening."""
    return (
        _home_posting(text, places, g, name) or _home_party_town(text, places, g, name)
        or _home_capital(title, g) or _home_seat(text, g, name)
        or _home_title_place(text, places, g, name)
        or _home_possessive(text, places, g, name)
        or _home_named(text, places, g, name) or _home_demonym(text, places, g, title)
        or _home_office_demonym(text, places, g, name) or _home_returned(text, places, g)
        or _home_described(text, places, g, name) or _home_capital_dateline(text, places, g)
    )


def _entry(g: Gazetteer, place: Place) -> Entry | None:
    """The gazetteer entry a resolved place was read from (home is compared by entry)."""
    return next((e for e in g.candidates(place.name) if e.gid == place.gazetteer_id), None)


_PARTY_MEMBER = re.compile(  # one member: "Democrat", not "Democrats"; and not "the Republican National Committee"
    r"[ \t]+(?:" + "|".join(w for w in PARTY_WORDS if not w.endswith("s")) + r")\b(?![ \t]+(?:Party|National|Convention))"
)


def _home_party_town(text: str, places: list[Mention], g: Gazetteer | None, name: str | None) -> Entry | None:
    """The town of a politician so introduced: "Whitcomb, a Middleton Democrat" lives in Middleton (and
    votes there), which is home, not a stop (the town read where the article names it as a place)."""
    if g is None or not name:
        return None
    said = re.search(rf"\b{re.escape(name.split()[-1])},[ \t]+(?:a|the)[ \t]+([A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)?)"
                     + _PARTY_MEMBER.pattern, text)
    town = next((m for m in places if said and m.text == said[1] and m.place is not None and m.place.level is Level.CITY), None)
    return _entry(g, town.place) if town is not None and town.place is not None else None


_LOCAL_TITLE = re.compile(r"\s+(?:Gov\.|Governor|Mayor|Lord\s+Mayor|Premier|Chief\s+Minister|Deputy\s+Mayor)\s+$")


def _home_title_place(text: str, places: list[Mention], g: Gazetteer | None, name: str | None) -> Entry | None:
    """The town a local office names before the traveller's name: "Tokyo Gov. Yuriko Koike" is at home in Tokyo."""
    if g is None or not name:
        return None
    at = text.find(name)
    town = next((m for m in places if m.place is not None and m.place.level is Level.CITY and m.end < at
                 and _LOCAL_TITLE.fullmatch(text, m.end, at)), None)
    return _entry(g, town.place) if town is not None and town.place is not None else None


_BACK_TO_THE_CAPITAL = re.compile(r"\breturn\w*\s+(?:home|to\s+the\s+capital)\b", re.I)


def _home_capital_dateline(text: str, places: list[Mention], g: Gazetteer | None) -> Entry | None:
    """A capital's dateline over a story of the traveller's return home ("NEW DELHI: President Droupadi Murmu
    returned to the capital on Sunday after a week-long state visit"): that capital is home."""
    if g is None:
        return None
    line = dateline_town.first_line(text, places)
    if line is None or line.place is None:
        return None
    lede_end = text.find(". ", line.end)
    while lede_end > 0 and ends_with_abbreviation(text, lede_end):  # "SEOUL, Jan. 17 (Yonhap) --"
        lede_end = text.find(". ", lede_end + 1)
    if not _BACK_TO_THE_CAPITAL.search(text, line.end, lede_end if lede_end > 0 else len(text)):
        return None  # (the lede itself tells of the return, not a later paragraph)
    capital = g.capital(line.place.country or "")
    return capital if capital is not None and capital.gid == line.place.gazetteer_id else None


def _home_described(text: str, places: list[Mention], g: Gazetteer | None, name: str | None) -> Entry | None:
    """The capital of the people the traveller is introduced as one of: "Polish mountaineer Magdalena
    Wrona" flies in from Warsaw, which is home, not a stop."""
    return _people_before_name(text, places, g, name, lambda gap: _DESCRIBED_AS.fullmatch(gap) is not None)


def _people_before_name(
    text: str, places: list[Mention], g: Gazetteer | None, name: str | None, introduces: Callable[[str], bool]
) -> Entry | None:
    """The capital of a people (a demonym) named before the traveller's first mention, when the words between
    ``introduces`` the traveller as one of them."""
    first = text.find(name) if name else -1
    if g is None or first < 0:
        return None
    for m in places:
        if (m.role == "demonym" and m.place is not None and m.place.level is Level.COUNTRY and m.end <= first
                and introduces(text[m.end : first])):
            return g.capital(m.place.country or "")
    return None


_DESCRIBED_AS = re.compile(r"\s+(?:[a-z][\w-]*\s+){1,2}")  # "Polish mountaineer ", "Dutch rally driver "


def _home_demonym(text: str, places: list[Mention], g: Gazetteer | None, title: str | None) -> Entry | None:
    """The capital of the people "the Korean president" names, when the office is the traveller's title:
    "the first visit by a Korean president since 2018" (President Lee's trip starts and ends in Seoul), "the
    first Pakistani head of state to visit" (President Zardari's)."""
    own = " ".join((title or "").replace(".", "").lower().split())
    office = next((o for o in _HEAD_OFFICES if own == o or own.endswith(" " + o)), None)
    if g is None or office is None:
        return None
    phrase = r"\s+".join(office.split())
    for m in places:
        if m.role != "demonym" or m.place is None or m.place.level is not Level.COUNTRY:
            continue
        if re.match(rf"\s+(?:{phrase}|head\s+of\s+(?:state|government)|leader)\b", text[m.end : m.end + 40], re.I) and _ONE_OF.search(
            text, max(0, m.start - 20), m.start
        ):
            return g.capital(m.place.country or "")
    return None


def _home_office_demonym(text: str, places: list[Mention], g: Gazetteer | None, name: str | None) -> Entry | None:
    """The capital of the people named before the traveller's office at the first mention: "Saudi Minister of
    State for Foreign Affairs Adel al-Jubeir returned to the capital" (Islamabad, in the dateline) is Saudi."""
    return _people_before_name(
        text, places, g, name, lambda gap: _OFFICE_GAP.fullmatch(gap) is not None and _OFFICE_WORD.search(gap) is not None
    )


# capitalised office words and their small joining words, up to a name's particle: " Minister of State for
# Foreign Affairs Adel al-"
_OFFICE_GAP = re.compile(r"(?:[ \t]+(?:[A-Z][\w.'’-]*|of|for|and|the))+[ \t]+(?:(?:al|el|ad|as|az|ash)-)?")
_OFFICE_WORD = re.compile(
    r"\b(?:Minister|President|Premier|Chancellor|Secretary|King|Queen|Prince|Princess|Envoy|Ambassador|Emir|Sultan|"
    r"Governor|Mayor|Senator|Speaker|Leader)\b"
)

_HEAD_OFFICES = ("prime minister", "president", "chancellor", "premier", "king", "queen", "emir", "amir", "sultan")
_ONE_OF = re.compile(r"\b(?:a|an|the\s+(?:first|second|third|only|last))\s+$", re.I)  # "the first Indian prime minister"


_AGENCY_FIRST = re.compile(r"[ \t]*\([A-Za-z]+\)[ \t]*[—–-]")


def _home_returned(text: str, places: list[Mention], g: Gazetteer | None) -> Entry | None:
    """The city the traveller returns home to ("will return home to Lima"), or returns to when it is the
    home of the national agency that filed the story ("(ANSA) - ROME ... The minister will return to Rome
    on Sunday 18"; not a reporter's dateline: "KINSHASA, Congo (AP) - ... due to return to Kinshasa")."""
    if g is None:
        return None
    filed = dateline.first(text)
    if filed and not _AGENCY_FIRST.match(text, text.rfind("\n", 0, filed[2]) + 1, filed[2]):
        filed = None
    line = dateline_town.first_line(text, places)
    if line is not None and not line.text.isupper() and (filed is None or line.start < filed[2]) and _AGENCY_FIRST.match(text, line.end):
        filed = (line.text, None, line.end)  # "Vienna (APA) - ": a national agency's dateline, in title case
    for m in places:
        if m.place is None or m.place.level is not Level.CITY:
            continue
        back = _returned_to(text, m) or (
            filed and _LEAVE_FOR.search(text, max(0, m.start - 60), m.start))  # "will leave Hiroshima for Rome"
        if back and ("home" in back.group().lower() or (filed and filed[0].lower() == m.text.lower())):
            return _entry(g, m.place)
    return None


_POSTED_TO = re.compile(r"\b(?:ambassador|high\s+commissioner)\s+(?:to|in)\s+(?:the\s+)?$", re.I)


def _home_posting(text: str, places: list[Mention], g: Gazetteer | None, name: str | None) -> Entry | None:
    """The capital of the country a traveller is posted to: "Gor, who doubles as US ambassador to India,
    flew into Colombo from New Delhi" sets out from his base."""
    if g is None or not name:
        return None
    # the traveller's own office: "Gor, who doubles as US ambassador to", "Gor, the ambassador to"
    own = re.compile(
        rf"\b{re.escape(name.split()[-1])},?\s+(?:who\s+(?:\w+\s+){{0,2}}?(?:as\s+)?)?(?:the\s+)?(?:[A-Z][\w.]*\s+)?$"
    )
    for m in places:
        if m.place is None or m.place.level is not Level.COUNTRY:
            continue
        posted = _POSTED_TO.search(text, max(0, m.start - 40), m.start)
        if posted and own.search(text, max(0, posted.start() - 80), posted.start()):
            return g.capital(m.place.country or "")
    return None


def _home_possessive(text: str, places: list[Mention], g: Gazetteer | None, name: str | None) -> Entry | None:
    """The capital of "<country>'s <office> <the traveller's name>": "Somalia's President Hassan Sheikh Mohamud"."""
    if g is None or not name:
        return None
    for m in places:
        if m.place is None or m.place.level is not Level.COUNTRY:
            continue
        if re.match(rf"['’]s\s+(?:[A-Z][\w.-]*\s+){{1,4}}{re.escape(name)}\b", text[m.end : m.end + 80 + len(name)]):
            return g.capital(m.place.country or "")
    return None


def drop_home_stops(stops: list[Stop], home: Entry | None) -> list[Stop]:
    """"South Korean President Lee ... will depart for Seoul": going home ends the trip; an undated
    mention of home anywhere ("workers bound for Germany") is no stop either, nor home before the
    trip ("she said at her morning press conference at the National Palace in Mexico City")."""
    if home is None or len(stops) < 2:
        return stops
    return [
        s for s in stops
        if s.place.gazetteer_id != home.gid
        and not (s.start is None and s.place.country == home.country and _only_origin(s))
        and not (s is stops[-1] and _home_airport(s, home))
    ]


def drop_capital_at_home(stops: list[Stop], home: Entry | None, g: Gazetteer | None, text: str) -> list[Stop]:
    """A tour inside one country by a traveller whose home is not known otherwise: the country's capital,
    known only from a dateline ("ISLAMABAD: ..."), as where the traveller spoke ("told reporters in
    Wellington this afternoon" before Gisborne and Napier) or as where the tour set out from ("flew from Ottawa
    to Halifax"), is the home the tour sets out from."""
    countries = {s.place.country for s in stops}
    if home is not None or g is None or len(stops) < 3 or len(countries) != 1:
        return stops
    capital = g.capital(countries.pop() or "")
    return [s for s in stops if capital is None or s.place.gazetteer_id != capital.gid or not (
        _filed_or_spoken(s, text) or _only_origin(s))]  # (or set out from: "flew from Ottawa to Halifax")


def _filed_or_spoken(s: Stop, text: str) -> bool:
    """True when every piece of evidence that names the stop opens a dateline line or is a place the
    traveller spoke in (not a heading in capitals, "SATURDAY, KINSHASA", over a notebook's day)."""
    named = [e for e in s.evidence if s.place.name.lower() in e.text.lower()]
    return bool(named) and all(_opens_dateline(text, e.start, e.end) or _spoken(text, e.start, e.end) for e in named)


def _spoken(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` tells where the traveller spoke ("told reporters in Wellington"), or an
    opening participle just before it does: "Speaking at her Monday morning press conference at the National
    Palace in Mexico City, Sheinbaum said"."""
    return cues.SPOKE.search(text, start, end) is not None or _SPEAKING_AT.search(text, max(0, start - 80), start) is not None


_SPEAKING_AT = re.compile(rf"(?:^|[.\n]\s*)(?:{cues.SPEAKING})\b[^,.;\n]*$")


def _opens_dateline(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` is the place of a dateline opening its line ("ISLAMABAD: ...")."""
    line_start = text.rfind("\n", 0, start) + 1
    line = dateline.LINE.match(text, line_start)
    return line is not None and not text[line_start:start].strip() and line.end() > end


HOME_AIRPORT_KM = 80.0  # Incheon from Seoul, Narita from Tokyo, Dulles from Washington


def _home_airport(s: Stop, home: Entry) -> bool:
    """True for a last stop told only as an airport that serves home: "arrived at Incheon International Airport
    on Sunday afternoon" after a tour of the Gulf is the flight home to Seoul."""
    named = [e.text for e in s.evidence if s.place.name in e.text or _AIRPORT.search(e.text)]
    return (
        s.place.country == home.country and distance_km(s.place.lat, s.place.lon, home.lat, home.lon) <= HOME_AIRPORT_KM
        and bool(named) and all(_AIRPORT.search(t) for t in named)
    )


_AIRPORT = re.compile(r"\b(?:International\s+)?Airport\b|\bair\s*base\b", re.I)


def _only_origin(s: Stop) -> bool:
    """True for a stop known only as where the traveller came from ("arrived ... from Jeddah"): in the
    traveller's own country, that is the way out of home."""
    named = [e for e in s.evidence if _FROM_END.search(e.text) or s.place.name in e.text]
    return bool(named) and all(_FROM_END.search(e.text) for e in named)


def drop_after_return_home(drafts: list[Draft], places: list[Mention], text: str) -> list[Draft]:
    """"would return to Cleveland on Saturday night and resume campaigning in the Cleveland area next week":
    when the trip ends with a return to a town, what the traveller does there afterwards is done at home."""
    returns = [m for m in places if m.place is not None and _returned_to(text, m)]
    if not returns:
        return drafts
    last = max(returns, key=lambda m: m.start)
    assert last.place is not None
    home = last.place.gazetteer_id
    if any(e.start > last.start for d in drafts if d.stop.place.gazetteer_id != home for e in d.stop.evidence):
        return drafts  # the return does not end the story's trip ("returned to Kabul, then flew to Herat")
    return [d for d in drafts if not (d.stop.place.gazetteer_id == home and all(e.start > last.start for e in d.stop.evidence))]


_FROM_END = re.compile(r"\bfrom\s+(?:the\s+)?(?:(?!\bto\s)[\w’'. -]){1,40}$")  # (not "from Copenhagen directly to Nuuk")


_LEAVE_FOR = re.compile(r"\b(?:leave|leaves|left|leaving|depart\w*)\s+(?:from\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?\s+for\s+$")
_RETURN_TO = re.compile(r"\breturn(?:s|ed|ing)?\s+(?:home\s+)?to\s+(?:the\s+)?$", re.I)


def _returned_to(text: str, m: Mention) -> re.Match[str] | None:
    """The "return to" just before a place's mention ("will return to Cleveland"), if any."""
    return _RETURN_TO.search(text, max(0, m.start - 30), m.start)


_LEFT_FOR = re.compile(r"\b(?:left|leaves|leave|leaving|departed|departs|emplaned|flew\s+back)\s+(?:for|to)\s+(?:the\s+)?$", re.I)


def drop_origin_returned_to(drafts: list[Draft], places: list[Mention], text: str = "") -> list[Draft]:
    """"a flight from Washington ... before returning to Washington on Thursday", "flew from Tokyo ...
    They will return to Tokyo on Thursday evening": the trip's home; a town the trip set out from and then
    left for is home, no stop at all."""
    home = [
        m.place for m in places if m.place is not None
        and (m.role == "return" or _returned_to(text, m))
    ]
    # "landed in Ahmedabad from New Delhi ... left for New Delhi on Sunday night": set out from and left for
    came_from = {d.stop.place.gazetteer_id for d in drafts if d.kind == "origin"}
    left_for = {m.place.gazetteer_id for m in places if m.place is not None and _LEFT_FOR.search(text, max(0, m.start - 30), m.start)}
    homes = came_from & left_for
    if homes:
        return [d for d in drafts if d.stop.place.gazetteer_id not in homes]
    # (one city by two names: "from New Delhi ... before returning to Delhi")
    return [d for d in drafts if not (d.kind == "origin" and any(
        p.gazetteer_id == d.stop.place.gazetteer_id or same_city(p, d.stop.place) for p in home))]


_DEPARTS = re.compile(r"\b(?:depart\w*|leav\w*|left)\b", re.I)


def drop_home_departure(drafts: list[Draft]) -> list[Draft]:
    """"President Tinubu will on Monday depart Abuja for Rome": a planned trip's point of departure is
    home, no stop; nor is a visit in that country before it ("spent the weekend in Lagos")."""
    homes = [
        d for d in drafts
        if d.kind == "origin" and d.origin_of is not None and d.status is Status.PLANNED
        and any(_DEPARTS.search(e.text) for e in d.stop.evidence)
    ]
    if not homes:
        return drafts
    leavers = {id(d) for d in homes}
    countries = {d.stop.place.country for d in homes}
    leaving = min((d.stop.end or d.stop.start for d in homes if d.stop.end or d.stop.start), default=None)
    return [
        d for d in drafts
        if id(d) not in leavers and not (
            d.status is Status.VISITED and d.stop.place.country in countries
            and (leaving is None or d.stop.start is None or d.stop.start <= leaving)
        )
    ]


def drop_return_to_start(stops: list[Stop], candidates: list[Candidate]) -> list[Stop]:
    """"leaves Brasília this Saturday for India ... before landing in Brasília on Monday": coming back
    to the place the trip set out from ends the trip; it is no stop of it."""
    if len(stops) < 2:
        return stops

    def left_first(s: Stop) -> bool:
        first_named = min((e.start for e in s.evidence), default=0)
        return any(
            c.cue.kind == "leave" and c.position < first_named and c.mention.place is not None
            and c.mention.place.gazetteer_id == s.place.gazetteer_id
            # (not "left Port of Spain late on Wednesday" told before "She flew to Port of Spain on Tuesday")
            and not (c.time is not None and c.time.earliest is not None and s.start is not None and c.time.earliest > s.start)
            for c in candidates
        )

    # (or a homecoming dated by a window that reaches past the last stop: "I'll be in Edmonton by mid-September")
    end = stops[-1].start
    return [
        s for i, s in enumerate(stops)
        if not (left_first(s) and (i == len(stops) - 1 or (end and s.end and s.end > end)))
        and not (any(_BACK_AT.search(e.text) for e in s.evidence) and _only_left(s, candidates))
    ]  # ("was back in Nairobi yesterday ... left Nairobi on June 17 for the Rwandan capital": home)


def _only_left(s: Stop, candidates: list[Candidate]) -> bool:
    """Whether the article only ever leaves the stop's town (besides being back in it): home, not a hub
    that was a stop before the trip out of it ("arrived in N'Djamena ... leaves N'Djamena for Adré")."""
    own = [c for c in candidates if c.mention.place is not None and c.mention.place.gazetteer_id == s.place.gazetteer_id]
    left = [c for c in own if c.cue.kind in ("leave", "origin")]
    return bool(left) and all(c in left or _BACK_AT.search(c.cue.evidence) for c in own)


_BACK_AT = re.compile(r"^back\s+(?:home\s+)?in\b", re.I)  # the evidence of "was back in Nairobi yesterday"


_BACK_IN = re.compile(r"\b(?:is|was|are|were|arrived|got)\s+back\s+(?:home\s+)?(?:in|to)\s+(?:the\s+)?$", re.I)


def drop_undated_returns(stops: list[Stop], places: list[Mention]) -> list[Stop]:
    """"flew back to Bangkok on Sunday night ... said at Suvarnabhumi Airport": an undated stop in the
    town the article says the traveller flew back to is the homecoming, not a stop."""
    back = {m.place.gazetteer_id for m in places if m.place is not None and m.role == "return"}
    kept = [s for s in stops if not (s.start is None and s.place.gazetteer_id in back)]
    return kept if kept else stops


def drop_return_home(stops: list[Stop], text: str, places: list[Mention]) -> list[Stop]:
    """"Luxon is back in New Zealand ... His flight landed in Auckland": the trip's last stops in the
    country the traveller is back in are the way home."""
    home = {
        m.place.country for m in places
        if m.place is not None and m.place.level is Level.COUNTRY and _BACK_IN.search(text, max(0, m.start - 30), m.start)
    }
    while len(stops) > 1 and stops[-1].place.country in home:
        stops = stops[:-1]
    return stops


_HOLDER = re.compile(r",?\s+((?:[A-Z][\w'’-]+\s+)*[A-Z][\w'’-]+)")  # the name after an office: "... of China Xi Jinping"
_HOST_BEFORE = re.compile(r"\b(?:counterpart|host|invitation\s+of)\b[^.;]*$"
                          # "was welcomed at Diori Hamani International Airport by the Prime Minister of Niger"
                          r"|\b(?:welcomed|received|greeted|met|hosted)\b[^.;]{0,80}?\bby\s+(?:the\s+)?[^.;]*$", re.I)
_OFFICE_OF = re.compile(r"\b(?:president|prime\s+minister|premier|chancellor|king|queen|emir|leader)\s+of\s+(?:the\s+)?$", re.I)


def _home_named(text: str, places: list[Mention], g: Gazetteer | None, name: str | None = None) -> Entry | None:
    """The capital of the country the opening names as the traveller's ("her first trip abroad as
    president of Mexico"): the first "<office> of <country>" in the first 600 characters that is not
    followed by someone else's name ("President of the People's Republic of China Xi Jinping")."""
    if g is None:
        return None
    own = set((name or "").split())
    for m in places:
        if m.start > 600:
            break
        if cues.in_caption(text, m.start):
            continue  # "[Photo: ... Photo: Office of the President of Ukraine]": a credit, not the traveller's office
        if m.place is not None and m.place.level is Level.COUNTRY and _OFFICE_OF.search(text, max(0, m.start - 40), m.start):
            holder = _HOLDER.match(text, m.end)
            if holder and not set(holder[1].split()) & own:
                continue
            if _HOST_BEFORE.search(text, max(0, m.start - 80), m.start):
                continue  # "at the invitation of his counterpart, the President of Viet Nam": the host's office
            return g.capital(m.place.country or "")
    return None


_OWN_COUNTRY_TITLES = {"Taoiseach": "IE", "Tánaiste": "IE", "Tanaiste": "IE"}

# where international bodies sit: their heads and envoys set out from there and fly back to it
_SEATS = {
    "UN": ("New York City", "US"), "U.N.": ("New York City", "US"), "United Nations": ("New York City", "US"),
    "UNICEF": ("New York City", "US"), "UNDP": ("New York City", "US"),
    "NATO": ("Brussels", "BE"), "EU": ("Brussels", "BE"), "European Commission": ("Brussels", "BE"),
    "European Council": ("Brussels", "BE"), "WHO": ("Geneva", "CH"), "World Health Organization": ("Geneva", "CH"),
    "UNHCR": ("Geneva", "CH"), "IOM": ("Geneva", "CH"), "ILO": ("Geneva", "CH"), "WTO": ("Geneva", "CH"),
    "ICRC": ("Geneva", "CH"), "IMF": ("Washington", "US"), "World Bank": ("Washington", "US"),
    "African Union": ("Addis Ababa", "ET"), "IAEA": ("Vienna", "AT"), "OPEC": ("Vienna", "AT"), "OSCE": ("Vienna", "AT"),
    "WFP": ("Rome", "IT"), "FAO": ("Rome", "IT"), "UNESCO": ("Paris", "FR"), "OECD": ("Paris", "FR"),
    "ASEAN": ("Jakarta", "ID"),
}
_SEAT_OFFICE = re.compile(
    r"\b(?P<body>" + "|".join(re.escape(k) for k in sorted(_SEATS, key=len, reverse=True)) + r")(?![\w.])(?:['’]s)?\s+"
    r"(?:[a-z][\w-]*\s+){0,3}?(?:Secretary[- ]General|Director[- ]General|[Cc]hief|[Hh]ead|President|High\s+Commissioner|"
    r"Executive\s+Director|Managing\s+Director|Administrator|(?:[Ss]pecial\s+)?[Ee]nvoy|Commissioner|Representative)\s+"
    r"(?:[A-Z][\w'’.-]*\s+){0,3}$"
)

_ANOTHER_OFFICE = re.compile(r"\b(?:President|Prime|Minister|King|Queen|Chancellor|Premier|Governor|Emir|Sheikh|Pope)\b")
_SEAT_HEADLINE = re.compile(r"\b(?P<body>UN|U\.N\.|NATO|EU|WHO|IMF|IAEA|WFP|UNHCR|IOM)\s+(?:chief|head|boss)\b")


def _home_seat(text: str, g: Gazetteer | None, name: str | None) -> Entry | None:
    """The seat of the international body the traveller heads or speaks for: "U.N. Secretary-General António
    Guterres" sets out from New York, "WHO Director-General Tedros" from Geneva."""
    if g is None or not name:
        return None
    surname = name.split()[-1]
    headline = text.split("\n", 1)[0]
    for m in re.finditer(rf"\b{re.escape(surname)}\b", text):
        # (or a headline's "UN chief in Chad: rolling coverage of Guterres")
        office = _SEAT_OFFICE.search(text, max(0, m.start() - 90), m.start()) or (
            _SEAT_HEADLINE.search(headline, 0, m.start()) if m.end() <= len(headline) else None)
        if office and office.re is _SEAT_HEADLINE and _ANOTHER_OFFICE.search(text, office.end(), m.start()):
            office = None  # ("UN chief Guterres meets President Ruto": the other office holder's)
        if office:
            return _biggest_city(g, *_SEATS[office["body"]])
    return None


def _biggest_city(g: Gazetteer, name: str, country: str) -> Entry | None:
    """The most populous city of that name in that country ("Rome", "IT"): a seat named by its city."""
    return max((e for e in g.candidates(name) if e.level is Level.CITY and e.country == country),
               key=lambda e: e.population, default=None)


def _home_capital(title: str | None, g: Gazetteer | None) -> Entry | None:
    """The capital of the country a traveller's title names ("South Korean President": Seoul; "U.S.
    Secretary of State": Washington)."""
    if not title or g is None:
        return None
    words = title.replace(".", "").split()
    if words and words[-1] in _OWN_COUNTRY_TITLES:  # "Taoiseach": an office only one country has
        return g.capital(_OWN_COUNTRY_TITLES[words[-1]])
    if "Pope" in words or "Pontiff" in words:  # the Holy See's trips set out from and end in Rome
        return _biggest_city(g, "Rome", "IT")
    for n in (2, 1):
        name = " ".join(words[:n]) if len(words) > n else ""
        country = next((e for e in g.candidates(name) if e.level is Level.COUNTRY), None) if name else None
        code = g.demonym(name) if name else None  # "South Korean President"
        code = code or (country.country if country else None)  # "U.S. Secretary of State"
        if code:
            return g.capital(code)
    return None
