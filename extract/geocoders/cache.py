"""A persistent SQLite cache of geocoder answers, so a name is asked of a service only once."""

from __future__ import annotations

import json
import sqlite3
import threading
from pathlib import Path

from ..model import Place


class GeocodeCache:
    """``(backend, query, country, limit) -> list[Place]`` stored in one SQLite file."""

    def __init__(self, path: Path | str) -> None:
        self.path = str(path)
        if self.path != ":memory:":
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        self._db = sqlite3.connect(self.path, check_same_thread=False)
        self._db.execute("CREATE TABLE IF NOT EXISTS answers (key TEXT PRIMARY KEY, places TEXT NOT NULL)")
        self._db.commit()

    @staticmethod
    def key(backend: str, query: str, country: str | None, limit: int) -> str:
        return json.dumps([backend, query.strip().casefold(), (country or "").upper(), limit])

    def get(self, key: str) -> list[Place] | None:
        """The cached answer (possibly empty), or None when the question was never asked."""
        with self._lock:
            row = self._db.execute("SELECT places FROM answers WHERE key = ?", (key,)).fetchone()
        if row is None:
            return None
        return [Place.from_dict(d) for d in json.loads(row[0])]

    def put(self, key: str, places: list[Place]) -> None:
        data = json.dumps([p.to_dict() for p in places])
        with self._lock:
            self._db.execute("INSERT OR REPLACE INTO answers (key, places) VALUES (?, ?)", (key, data))
            self._db.commit()

    def __len__(self) -> int:
        with self._lock:
            return self._db.execute("SELECT COUNT(*) FROM answers").fetchone()[0]

    def close(self) -> None:
        with self._lock:
            self._db.close()
