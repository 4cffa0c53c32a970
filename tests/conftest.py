"""Shared fixtures: the embedded sample article and a small hand-made itinerary."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from extract.model import Article, DateBasis, Itinerary, Level, Place, Span, Status, Stop

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "assets" / "sample" / "blinken-tokyo-2023-11-07.json"


@pytest.fixture(scope="session")
def sample_doc() -> dict:
    return json.loads(SAMPLE.read_text())


@pytest.fixture
def small_itinerary() -> Itinerary:
    def stop(order: int, name: str, cc: str, lat: float, lon: float, start: str | None, status: Status) -> Stop:
        d = date.fromisoformat(start) if start else None
        return Stop(
            place=Place(name, cc, lat, lon, Level.CITY, gazetteer_id=str(order)),
            order=order,
            start=d,
            end=d,
            date_basis=DateBasis.EXPLICIT if d else None,
            status=status,
            evidence=[Span(f"visited {name}", 10 * order, 10 * order + 8 + len(name))],
        )

    return Itinerary(
        traveller="Ada Lovelace",
        published=date(2024, 3, 5),
        stops=[
            stop(1, "Paris", "FR", 48.85, 2.35, "2024-03-01", Status.VISITED),
            stop(2, "Berlin", "DE", 52.52, 13.4, "2024-03-04", Status.VISITED),
            stop(3, "Warsaw", "PL", 52.23, 21.01, "2024-03-08", Status.PLANNED),
            stop(4, "Vilnius", "LT", 54.69, 25.28, None, Status.PLANNED),
        ],
        articles=[Article(text="x" * 100, id="a1")],
    )
