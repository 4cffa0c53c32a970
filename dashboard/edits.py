"""User corrections from the stop table and the add-stop form, checked and saved in the workspace."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from extract.gazetteer import get_gazetteer
from extract.model import DateBasis, Place, Status, Stop
from extract.settings import Settings

from .trip import dump, load
from .workspace import ADDED, Workspace, apply_corrections, trip_key


def place_options(query: str | None, settings: Settings, limit: int = 12) -> list[str]:
    """Gazetteer names starting with ``query`` as "Name, CC" strings, most prominent first."""
    name = (query or "").split(",")[0].strip()
    if len(name) < 2:
        return []
    found = get_gazetteer(settings.min_city_population).search(name, limit)
    return list(dict.fromkeys(f"{e.name}, {e.country}" if e.country else e.name for e in found))


def lookup_place(text: str, settings: Settings) -> Place | None:
    """A place typed by the user ("Lyon" or "Lyon, FR"): the most prominent gazetteer match."""
    name, _, country = (p.strip() for p in text.rstrip(" ~").partition(","))
    cands = get_gazetteer(settings.min_city_population).candidates(name)
    if country:
        cands = [c for c in cands if (c.country or "").upper() == country.upper()] or []
    if not cands:
        return None
    return max(cands, key=lambda c: (c.level.value == "city", c.population)).place()


def _row_changes(new: dict, old: dict, stop: Stop, settings: Settings) -> dict[str, Any]:
    """Corrections one edited row asks for; raises ``ValueError`` with a user message."""
    changes: dict[str, Any] = {}
    if (new.get("place") or "") != (old.get("place") or ""):
        place = lookup_place(new.get("place") or "", settings)
        if place is None:
            raise ValueError(f"No place called {new.get('place')!r} in the gazetteer (try 'Name, CC').")
        changes["place"] = place.to_dict()
    for f in ("start", "end"):
        if (new.get(f) or "") != (old.get(f) or ""):
            value = (new.get(f) or "").strip()
            try:
                changes[f] = date.fromisoformat(value).isoformat() if value else None
            except ValueError:
                raise ValueError(f"{f} {value!r} is not a date in the form YYYY-MM-DD.") from None
    start, end = changes.get("start", stop.start and stop.start.isoformat()), changes.get("end", stop.end and stop.end.isoformat())
    if start and end and end < start:
        raise ValueError("The end date is before the start date.")
    if new.get("status") != old.get("status"):
        changes["status"] = Status(new["status"]).value
    return changes


def apply_edit(ws: Workspace, data: dict, rows: list[dict], previous: list[dict],
               settings: Settings) -> tuple[dict, str]:
    """Save the difference between ``previous`` and ``rows`` as corrections; the new store and a message."""
    it, keys = load(data)
    trip = trip_key(it)
    by_key = dict(zip(keys, it.stops, strict=True))
    old = {r["key"]: r for r in previous}
    new = {r["key"]: r for r in rows}
    fixes: dict[str, dict[str, Any]] = {}
    for key in old.keys() - new.keys():
        fixes[key] = {"deleted": True}
    moved: tuple[str, int] | None = None
    for key, row in new.items():
        if key not in old or key not in by_key:
            continue
        changes = _row_changes(row, old[key], by_key[key], settings)
        if changes:
            fixes[key] = changes
        if str(row.get("order")) != str(old[key].get("order")):
            moved = (key, int(float(row["order"])))
    if moved:  # renumber the whole trip so orders stay 1..n
        order = [k for k in keys if k != moved[0] and not fixes.get(k, {}).get("deleted")]
        order.insert(max(0, min(len(order), moved[1] - 1)), moved[0])
        for n, k in enumerate(order, 1):
            if by_key[k].order != n:
                fixes.setdefault(k, {})["order"] = n
    for key, changes in fixes.items():
        ws.save(trip, key, changes)
    it, keys = apply_corrections(it, fixes, keys)
    return dump(it, keys), f"Saved {len(fixes)} correction{'s' if len(fixes) != 1 else ''}." if fixes else ""


def add_stop(ws: Workspace, data: dict, place_text: str | None, start: str | None, end: str | None,
             settings: Settings) -> tuple[dict, str]:
    """Add a stop the articles missed (saved in the workspace); raises ``ValueError`` with a user message."""
    place = lookup_place(place_text or "", settings)
    if place is None:
        raise ValueError(f"No place called {place_text!r} in the gazetteer (try 'Name, CC').")
    try:
        first = date.fromisoformat(start) if start else None
        last = date.fromisoformat(end) if end else first
    except ValueError:
        raise ValueError("Dates must be in the form YYYY-MM-DD.") from None
    if first and last and last < first:
        raise ValueError("The end date is before the start date.")
    it, keys = load(data)
    stop = Stop(place=place, order=max((s.order for s in it.stops), default=0) + 1, start=first, end=last,
                date_basis=DateBasis.EXPLICIT if first else None, confidence=1.0, note="added by user")
    key = f"{ADDED}{uuid.uuid4().hex[:12]}"
    ws.save(trip_key(it), key, {"added": stop.to_dict()})
    it.stops.append(stop)
    return dump(it, [*keys, key]), f"Added stop {stop.order}. {place.name}."
