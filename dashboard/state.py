"""Itinerary views the dashboard needs: date-range filtering and (de)serialisation for dcc.Store."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from extract.model import Itinerary


def overlaps(start: date | None, end: date | None, lo: date | None, hi: date | None) -> bool:
    """True when [start, end] meets [lo, hi]; undated stops always pass (they cannot be ruled out)."""
    if start is None:
        return True
    end = end or start
    return (lo is None or end >= lo) and (hi is None or start <= hi)


def filter_itinerary(it: Itinerary, lo: date | None, hi: date | None) -> Itinerary:
    """The itinerary restricted to stops that overlap [lo, hi]; orders are kept as in the full trip."""
    if lo is None and hi is None:
        return it
    stops = [s for s in it.stops if overlaps(s.start, s.end, lo, hi)]
    return replace(it, stops=stops)
