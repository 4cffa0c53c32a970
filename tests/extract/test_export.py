"""Data exports parsed back with real readers: JSON, GeoJSON, CSV, iCalendar and TimelineJS."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, date, datetime, timedelta

import icalendar
import pytest

from extract.export import FORMATS, to_csv, to_geojson, to_ics, to_json, to_timelinejs
from extract.model import Itinerary, Place, Span, Status, Stop


def _stop(order: int, name: str, lat: float, lon: float, start: date | None, end: date | None,
          status: Status = Status.VISITED, evidence: str = "", inferred: bool = False) -> Stop:
    return Stop(place=Place(name, "XX", lat, lon), order=order, start=start, end=end, status=status,
                evidence=[Span(evidence, 0, len(evidence))] if evidence else [], inferred=inferred)


@pytest.fixture
def trip() -> Itinerary:
    return Itinerary(
        traveller="Ana Ñúñez",
        published=date(2024, 3, 1),
        stops=[
            _stop(1, "Paris", 48.85, 2.35, date(2024, 3, 1), date(2024, 3, 3), evidence="She flew to Paris; then, rested."),
            _stop(2, "Lyon", 45.76, 4.83, None, None, evidence="Lyon was mentioned."),
            _stop(3, "Nice", 43.70, 7.27, date(2024, 3, 5), None, Status.PLANNED,
                  evidence="She will go to Nice " + "and talk about very long things " * 6, inferred=True),
            _stop(4, "Rome", 41.9, 12.5, date(2024, 3, 8), date(2024, 3, 8), Status.CANCELLED),
        ],
    )


def test_ics_one_all_day_event_per_dated_stop(trip: Itinerary) -> None:
    text = to_ics(trip, stamp=datetime(2024, 3, 2, 12, 0, tzinfo=UTC))
    assert "\r\n" in text and all(len(line.encode()) <= 75 for line in text.split("\r\n"))
    cal = icalendar.Calendar.from_ical(text)
    events = [c for c in cal.walk("VEVENT")]
    assert len(events) == 3  # the undated Lyon stop is left out
    by_summary = {str(e["SUMMARY"]): e for e in events}
    paris = by_summary["Ana Ñúñez in Paris (visited)"]
    assert paris["DTSTART"].dt == date(2024, 3, 1) and paris["DTEND"].dt == date(2024, 3, 4)  # exclusive
    assert paris["DTSTART"].params.get("VALUE") == "DATE"
    assert "She flew to Paris; then, rested." in str(paris["DESCRIPTION"])  # escaping round-trips
    nice = by_summary["Ana Ñúñez in Nice (planned)"]
    assert nice["DTEND"].dt == nice["DTSTART"].dt + timedelta(days=1)
    assert str(nice["STATUS"]) == "TENTATIVE" and "approximate" in str(nice["LOCATION"])
    assert "very long things" in str(nice["DESCRIPTION"]).replace("\n", "")  # folded line unfolds intact
    rome = by_summary["Ana Ñúñez in Rome (cancelled)"]
    assert str(rome["STATUS"]) == "CANCELLED" and rome["DTEND"].dt == date(2024, 3, 9)
    assert len({str(e["UID"]) for e in events}) == 3


def test_timelinejs_events(trip: Itinerary) -> None:
    doc = json.loads(to_timelinejs(trip))
    assert doc["title"]["text"]["headline"] == "Itinerary of Ana Ñúñez"
    events = doc["events"]
    assert [e["unique_id"] for e in events] == ["stop-1", "stop-3", "stop-4"]
    assert events[0]["start_date"] == {"year": 2024, "month": 3, "day": 1}
    assert events[0]["end_date"] == {"year": 2024, "month": 3, "day": 3}
    assert "end_date" not in events[2]  # one-day stop
    assert events[1]["group"] == "planned" and "approximate" in events[1]["text"]["headline"]


def test_timelinejs_escapes_html() -> None:
    it = Itinerary(traveller="<b>X</b>", published=None,
                   stops=[_stop(1, "A<script>", 1, 2, date(2024, 1, 1), None, evidence="<img src=x onerror=1>")])
    out = to_timelinejs(it)
    assert "<script>" not in out and "<img" not in out and "&lt;img" in out


def test_json_geojson_csv_round_trip(trip: Itinerary) -> None:
    assert Itinerary.from_dict(json.loads(to_json(trip))).stops == trip.stops
    gj = json.loads(to_geojson(trip))
    points = [f for f in gj["features"] if f["geometry"]["type"] == "Point"]
    assert len(points) == 4 and points[0]["geometry"]["coordinates"] == [2.35, 48.85]
    rows = list(csv.DictReader(io.StringIO(to_csv(trip))))
    assert [r["place"] for r in rows] == ["Paris", "Lyon", "Nice", "Rome"]
    assert set(FORMATS) >= {"json", "geojson", "csv", "ics", "timelinejs"}
