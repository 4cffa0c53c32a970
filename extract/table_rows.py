"""Rows of a table pasted from a web page: cells split by tabs, one trip leg a row.

    Country     Areas visited    Date(s)        Details
    Japan       Tokyo, Osaka     6–9 April      State visit. Received by ...
    Date        City             Venue
    12 March    Leeds            First Direct Arena

A row with a cell that is a date (or a span of days) and a cell that holds only place names is a
stop (or stops) on those days; its towns win over its country. Three such rows make a table.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from .cues import Cue
from .drafts import Candidate
from .model import Level, Mention, Precision, TimeRef
from .tour_dates import MIN_LINES, called_off, line_candidate, names_only

if TYPE_CHECKING:
    from .pipeline import Analysis

_ROW = re.compile(r"^[^\n\t]*\t[^\n]*\t[^\n]*$", re.M)  # two tabs at least: three cells
_CELL = re.compile(r"[^\t\n]+")
MAX_CELL = 60  # a longer cell is prose (the "Details"), not a cell of names or a date
DATE_SHARE = 0.6  # a date cell is mostly its date: "21–24 September", not "22–30 September (general debate)"


_Row = tuple[re.Match[str], TimeRef, list[Mention]]  # a dated row, its date and its places


def table_candidates(a: Analysis) -> list[Candidate]:
    """One candidate per place named in a dated row of a tab-separated table."""
    text, published = a.article.text, a.article.published
    if published is None:
        return []
    rows: list[_Row] = []
    for row in _ROW.finditer(text):
        cells = [c for c in _CELL.finditer(text, row.start(), row.end()) if c.group().strip()]
        time = next((t for c in cells if (t := _date_cell(a.times, c)) is not None), None)
        if time is None:
            continue
        places = [p for c in cells for p in _place_cell(a.places, c, text)]
        towns = [p for p in places if p.place is not None and p.place.level is Level.CITY]
        if towns or places:  # "Japan | Tokyo, Osaka": the towns
            rows.append((row, time, towns or places))
    if len(rows) < MIN_LINES:
        return []
    found: list[Candidate] = []
    for table in _tables(rows, text):
        for (row, _, places), time in zip(table, _in_time_order([t for _, t, _ in table]), strict=True):
            off = called_off(text, row.start(), row.end())
            for p in places:
                if off:
                    p.role = "cancelled"
                    continue
                cue = Cue("visit", 0.8, row.start(), p.end, text[row.start() : p.end], (row.start(), row.end()))
                p.role = "stop"
                found.append(line_candidate(p, cue, time, published))
    return found


def _tables(rows: list[_Row], text: str) -> list[list[_Row]]:
    """The dated ``rows`` grouped by table: a table ends at a line that is no row of it (undated rows
    may stand between its dated ones)."""
    tables: list[list[_Row]] = []
    for i, row in enumerate(rows):
        between = text[rows[i - 1][0].end() + 1 : row[0].start()].split("\n")[:-1] if i else []
        if i and all(line.count("\t") >= 2 for line in between):
            tables[-1].append(row)
        else:
            tables.append([row])
    return tables


def _in_time_order(times: list[TimeRef]) -> list[TimeRef]:
    """The rows' dates, a year earlier where a row without a year was read as next year's and so comes
    after the rows below it ("3–5 March | State visit" above "20–22 June | Opened", published in October)."""
    out = list(times)
    for i in range(len(out) - 2, -1, -1):
        t, below = out[i], out[i + 1]
        assert t.earliest is not None and t.latest is not None and below.earliest is not None
        if t.earliest <= below.earliest or re.search(r"\d{4}", t.text):
            continue
        earlier = _year_before(t.earliest), _year_before(t.latest)
        if earlier[0] is not None and earlier[1] is not None and earlier[0] <= below.earliest:
            out[i] = replace(t, value=earlier[0].isoformat(), earliest=earlier[0], latest=earlier[1])
    return out


def _year_before(d: date) -> date | None:
    try:
        return d.replace(year=d.year - 1)
    except ValueError:  # 29 February
        return None


def _date_cell(times: list[TimeRef], cell: re.Match[str]) -> TimeRef | None:
    """The days a cell gives, when the cell is a date and little else ("6–9 April", "Sat 12 March")."""
    size = len(cell.group().strip())
    if size > MAX_CELL:
        return None
    for t in times:
        if (cell.start() <= t.start and t.end <= cell.end() and t.precision is Precision.DAY
                and t.earliest is not None and len(t.text) >= DATE_SHARE * size):
            return t
    return None


def _place_cell(places: list[Mention], cell: re.Match[str], text: str) -> list[Mention]:
    """The place names of a cell that holds nothing else ("Tokyo, Osaka", "Poland")."""
    if len(cell.group().strip()) > MAX_CELL:
        return []
    return names_only(text, cell.start(), cell.end(), places)
