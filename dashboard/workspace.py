"""Corrections kept in a SQLite workspace file, so a user's fixes survive restarts and re-extraction.

A correction is keyed by the stop's identity as extraction produced it (``stop_key``), not by its
position, so re-running extraction, or adding another article, applies it again.
"""

from __future__ import annotations

import json
import os
import sqlite3
import threading
from dataclasses import replace
from pathlib import Path
from typing import Any

from extract.model import Itinerary, Place, Status, Stop, parse_day

SCHEMA = """
CREATE TABLE IF NOT EXISTS corrections (
    trip TEXT NOT NULL,
    stop_key TEXT NOT NULL,
    data TEXT NOT NULL,
    updated TEXT NOT NULL DEFAULT (datetime('now')),
    PRIMARY KEY (trip, stop_key)
);
"""
FIELDS = ("place", "start", "end", "status", "order", "deleted", "added")
ADDED = "added:"  # key prefix of stops the user added by hand


def default_path() -> Path:
    """``$XDG_DATA_HOME/tripmap/workspace.sqlite`` (``~/.local/share`` when unset)."""
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "tripmap" / "workspace.sqlite"


def stop_key(s: Stop) -> str:
    """Stable identity of an extracted stop: its gazetteer id, else name and country."""
    return s.place.gazetteer_id or f"{s.place.name}|{s.place.country or ''}"


def trip_key(it: Itinerary) -> str:
    """Which trip corrections belong to: the traveller (one workspace may hold several trips)."""
    return (it.traveller or "").strip().lower()


class Workspace:
    """A SQLite file of per-stop corrections; safe to share between Dash's worker threads."""

    def __init__(self, path: str | Path | None = None) -> None:
        self.path = Path(path) if path else default_path()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        with self._connect() as db:
            db.executescript(SCHEMA)

    def _connect(self) -> sqlite3.Connection:
        return sqlite3.connect(self.path, timeout=10)

    def corrections(self, trip: str) -> dict[str, dict[str, Any]]:
        """Every correction of ``trip`` by stop key."""
        with self._lock, self._connect() as db:
            rows = db.execute("SELECT stop_key, data FROM corrections WHERE trip = ?", (trip,)).fetchall()
        return {k: json.loads(d) for k, d in rows}

    def save(self, trip: str, key: str, changes: dict[str, Any]) -> None:
        """Merge ``changes`` (subset of FIELDS) into the stored correction of one stop."""
        unknown = set(changes) - set(FIELDS)
        if unknown:
            raise ValueError(f"unknown correction fields: {sorted(unknown)}")
        with self._lock, self._connect() as db:
            row = db.execute("SELECT data FROM corrections WHERE trip = ? AND stop_key = ?", (trip, key)).fetchone()
            data = {**(json.loads(row[0]) if row else {}), **changes}
            db.execute(
                "INSERT INTO corrections (trip, stop_key, data) VALUES (?, ?, ?) "
                "ON CONFLICT(trip, stop_key) DO UPDATE SET data = excluded.data, updated = datetime('now')",
                (trip, key, json.dumps(data)),
            )

    def apply(self, it: Itinerary) -> tuple[Itinerary, list[str]]:
        """``it`` with the stored corrections applied, and the extraction key of each remaining stop."""
        return apply_corrections(it, self.corrections(trip_key(it)))


def apply_corrections(it: Itinerary, fixes: dict[str, dict[str, Any]],
                      keys: list[str] | None = None) -> tuple[Itinerary, list[str]]:
    """Stops corrected by ``fixes`` (deleted ones dropped, sorted by order) with their keys.

    ``keys`` are the stops' extraction keys when ``it`` was corrected before (a corrected place
    no longer yields its original key).
    """
    keys = keys or [stop_key(s) for s in it.stops]
    pairs = []
    for key, s in zip(keys, it.stops, strict=True):
        fix = fixes.get(key)
        if fix is None:
            pairs.append((key, s))
        elif not fix.get("deleted"):
            pairs.append((key, corrected(s, fix)))
    known = set(keys)
    for key, fix in fixes.items():  # stops the user added: not in any extraction
        if key.startswith(ADDED) and key not in known and "added" in fix and not fix.get("deleted"):
            pairs.append((key, corrected(Stop.from_dict(fix["added"]), fix)))
    pairs.sort(key=lambda p: p[1].order)
    return replace(it, stops=[s for _, s in pairs]), [k for k, _ in pairs]


def corrected(s: Stop, fix: dict[str, Any]) -> Stop:
    """``s`` with the fields of ``fix`` replaced; marked as user-corrected."""
    changes: dict[str, Any] = {}
    if "place" in fix:
        changes["place"] = Place.from_dict(fix["place"])
        changes["inferred"] = False  # the user chose this place
    if "start" in fix:
        changes["start"] = parse_day(fix["start"])
    if "end" in fix:
        changes["end"] = parse_day(fix["end"])
    if "status" in fix:
        changes["status"] = Status(fix["status"])
    if "order" in fix:
        changes["order"] = int(fix["order"])
    if "added" in fix:
        return replace(s, **changes, note="added by user", confidence=1.0)
    return replace(s, **changes, note="corrected by user", confidence=1.0)
