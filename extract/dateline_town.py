"""The dateline's town inside the story: wire copy names it "this town" or "here", and its lede happens there.

"KISORO, Uganda (AP) — ... arrived in this hilly southwestern town on Tuesday", "talks at the Prime Minister's
House here", "MATSUYAMA, Japan >> Gov. Josh Green laid white chrysanthemums Tuesday at a memorial": each gives
the dateline's town to the traveller (the dateline itself, in dateline.py, is where a story was filed).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from . import cues, dateline, stop_dates
from .drafts import Draft
from .model import Level, Mention, Place, Precision, Span, TimeRef
from .traveller import Traveller

if TYPE_CHECKING:
    from .pipeline import Analysis

_THIS_TOWN = re.compile(
    r"\b(?:in|to|at)\s+(this\s+(?:[\w-]+\s+){0,3}?(?:town|city|capital|village|port|island|nation|country|resort))\b"
)


# "arrived here last night", "after the bilateral meeting at the Prime Minister's House here": agency copy's
# dateline town (the verb and "here" on one stretch of text, no quote mark between them)
_HERE = re.compile(
    r"\b(?:arriv\w*|reach\w*|land(?:s|ed)|held|holds|met|meets|meeting|talks|signed|addressed|inaugurated|visited|"
    r"received|welcomed)\b[^.;\"“”\n]{0,80}?\b(here)\b(?!\s+(?:is|are|was|were|and\s+now)\b)"
)


def add_mentions(a: Analysis) -> None:
    """Wire copy names its dateline city as "this town" or "here": "KISORO, Uganda (AP) — ... arrived in
    this hilly southwestern town on Tuesday". Each such phrase becomes a mention of the dateline's place."""
    text = a.article.text
    place, end = _place(a)
    if place is None:
        return
    added = [a.mention("place", m.start(1), m.end(1), place=place) for m in _THIS_TOWN.finditer(text, end)]
    added += [a.mention("place", m.start(1), m.end(1), place=place) for m in _HERE.finditer(text, end)]
    if added:
        a.places[:] = sorted(a.places + added, key=lambda p: p.start)


_AT_A_PLACE = re.compile(r"\b(?:in|to|at|from|for|into)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$")
_LEDE_MOVES = re.compile(r"\b(?:travel\w*|fl[eiy]\w*|left|leav\w*|depart\w*|head\w*|arriv\w*|land\w*|return\w*|"
                         r"will|would|is\s+(?:due|set|expected|scheduled)|plans?)\b", re.I)

_LEDE_TRIP = re.compile(r"\b(?:visit|trip|tour|mission|journey)\s+to\b", re.I)  # a trip elsewhere, told anywhere in the lede


def lede_stop(a: Analysis, line: Mention, who: Traveller) -> tuple[cues.Cue, TimeRef] | None:
    """The first dateline's town as the place of its lede, when the lede has the traveller do something
    there on a day gone by and names no move and no other town ("MATSUYAMA, Japan >> Gov. Josh Green laid
    white chrysanthemums Tuesday at a memorial"): (cue, day), else None."""
    text, published = a.article.text, a.article.published
    if not who.surname or published is None or line.place is None or any(
        p.role == "dateline" and p is not line for p in a.places if p.start < line.start
    ):
        return None
    lede = _lede(a, line)
    if lede is None:
        return None
    head = text[line.end : min(lede.end, line.end + 120)]
    named = re.search(rf"\b{re.escape(who.surname)}\b", head)
    if named is None or named.start() > 80 or _LEDE_MOVES.search(text, line.end, min(lede.end, line.end + 160)):
        return None  # (its first words: not "..., and promised that the state would keep paying")
    if _LEDE_TRIP.search(text, line.end, lede.end):
        return None  # "KUNMING -- From November 28 to December 3, Zhao ... led a delegation on a visit to Laos"
    if any(lede.start <= p.start < lede.end and p.start > line.end and p.place is not None and p.role != "demonym"
           and p.place.level is Level.CITY and _AT_A_PLACE.search(text, max(0, p.start - 30), p.start)
           and not text.startswith(("'s", "’s"), p.end) for p in a.places):
        return None  # (a town where something happens; not "the ship Ehime Maru", nor "support for Rabat's position")
    story = dateline.place_end(text, line.end)  # (not the dateline's own date: "Moscow, Jun 23 (Prensa Latina)")
    day = next((t for t in a.times if story <= t.start < lede.end and t.precision in (Precision.DAY, Precision.TIME)
                and t.earliest is not None and t.latest is not None and t.latest <= published), None)
    if day is None:
        return None
    return cues.Cue("visit", 0.6, line.start, line.end, text[line.start : line.end], (lede.start, lede.end)), day


def _place(a: Analysis) -> tuple[Place | None, int]:
    """The place of the article's dateline ("KISORO, Uganda (AP) —") and where the dateline ends."""
    found = dateline.first(a.article.text)
    if found is None:  # a dateline in title case: "Shanghai - President Yamandú Orsi said"
        line = first_line(a.article.text, a.places)
        return (line.place, line.end) if line is not None else (None, 0)
    if a.gazetteer is None:
        return None, 0
    city, country_name, end = found
    country = next((e.country for e in a.gazetteer.candidates(country_name or "") if e.level is Level.COUNTRY), None)
    towns = [e for e in a.gazetteer.candidates(city.title()) if e.level is Level.CITY]
    towns = [e for e in towns if e.country == country] if country else towns
    # the town of that very name first: "ISLAMABAD" is not Chattogram, once also called Islamabad
    best = max(towns, key=lambda e: (e.name.lower() == city.lower(), e.population), default=None)
    return (best.place() if best else None), end


def here_cue(text: str, m: Mention, clause: tuple[int, int]) -> cues.Cue:
    """The cue of a "here" mention: from the verb it follows ("held talks ... here") to the word."""
    return cues.word_cue("visit", 0.7, _HERE, text, m, clause)


def first_line(text: str, places: list[Mention]) -> Mention | None:
    """The first town named as a dateline ("KISORO, Uganda (AP) —", "Shanghai - ", "NEW DELHI: ")."""
    return next((m for m in places if m.place is not None and m.place.level is Level.CITY
                 and dateline.is_place(text, m.start, m.end)), None)


def _lede(a: Analysis, line: Mention) -> Span | None:
    """The sentence a dateline opens: the story's first."""
    return next((s for s in a.sentences if s.end > line.end), None)


def extend_stay(a: Analysis, drafts: list[Draft]) -> None:
    """"Freetown (AFP) - Kagame urged ... on Wednesday, in a speech to Sierra Leone's parliament": a wire
    story's lede happens in its dateline's town, so a stay there begun before runs to the lede's day
    (unless the lede names another town, or another stop begins in between)."""
    line = next((p for p in a.places if p.role == "dateline" and p.place is not None), None)
    published = a.article.published
    if line is None or published is None:
        return
    lede = _lede(a, line)
    if lede is None:
        return
    gid = line.place.gazetteer_id  # type: ignore[union-attr]
    if any(lede.start <= p.start < lede.end and p.place is not None and p.place.level is Level.CITY
           and p.role in ("stop", "origin", "departure") and p.place.gazetteer_id != gid for p in a.places):
        return
    story = dateline.place_end(a.article.text, line.end)  # (not the dateline's own date)
    day = next((t for t in a.times if max(story, lede.start) <= t.start < lede.end and t.precision in (Precision.DAY, Precision.TIME)
                and t.earliest is not None and t.earliest <= published), None)
    stay = next((d.stop for d in drafts if d.stop.place.gazetteer_id == gid), None)
    if day is None or stay is None or day.earliest is None:
        return
    if stay.start is None:  # "YEREVAN (AP) — Rubio pressed Armenian leaders Wednesday": the day it is told of
        stay.start = stay.end = day.earliest
        stay.evidence.append(day.span)
        return
    last = stay.end or stay.start
    if not (last < day.earliest and (day.earliest - stay.start).days <= stop_dates.MAX_STAY_DAYS):
        return
    if any(d.stop is not stay and d.stop.start is not None and stay.start < d.stop.start <= day.earliest for d in drafts):
        return
    stay.end = day.earliest
    stay.evidence.append(day.span)
