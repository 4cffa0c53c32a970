"""Serialise an ``Itinerary`` for other tools: contract JSON, GeoJSON, CSV, iCalendar, TimelineJS.

Pure functions from an itinerary to text; the dashboard and the CLI both call these.
"""

from __future__ import annotations

import csv
import html
import io
import json
from datetime import UTC, date, datetime, timedelta

from .model import Itinerary, Status, Stop

CSV_FIELDS = [
    "order", "place", "country", "lat", "lon", "level", "start", "end", "date_basis", "status",
    "confidence", "inferred", "region", "evidence",
]  # fmt: skip


def to_json(it: Itinerary, indent: int | None = 2) -> str:
    """The ``tripmap.itinerary/1`` JSON document."""
    return json.dumps(it.to_dict(), ensure_ascii=False, indent=indent)


def to_geojson(it: Itinerary) -> str:
    """A FeatureCollection: one Point per stop (properties as in the JSON) and the route as a LineString."""
    features = []
    for s in it.stops:
        props = s.to_dict()
        props.pop("lat"), props.pop("lon")
        features.append(
            {
                "type": "Feature",
                "geometry": {"type": "Point", "coordinates": [s.place.lon, s.place.lat]},
                "properties": props,
            }
        )
    if len(it.stops) > 1:
        features.append(
            {
                "type": "Feature",
                "geometry": {"type": "LineString", "coordinates": [[s.place.lon, s.place.lat] for s in it.stops]},
                "properties": {"kind": "route", "traveller": it.traveller},
            }
        )
    return json.dumps({"type": "FeatureCollection", "features": features}, ensure_ascii=False, indent=2)


def to_csv(it: Itinerary) -> str:
    """One row per stop, evidence sentences joined with " | "."""
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=CSV_FIELDS, lineterminator="\n")
    w.writeheader()
    for s in it.stops:
        d = s.to_dict()
        d["place"] = s.place.name
        d["evidence"] = " | ".join(e.text for e in s.evidence)
        w.writerow({k: d.get(k) for k in CSV_FIELDS})
    return buf.getvalue()


_ICS_STATUS = {Status.VISITED: "CONFIRMED", Status.PLANNED: "TENTATIVE", Status.CANCELLED: "CANCELLED"}


def _ics_text(value: str) -> str:
    """RFC 5545 TEXT escaping: backslash, semicolon, comma and newlines."""
    value = value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return value.replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n")


def _ics_fold(line: str) -> str:
    """Fold a content line at 75 octets (RFC 5545 3.1) without splitting a UTF-8 character."""
    out, cur, size = [], "", 0
    for ch in line:
        n = len(ch.encode("utf-8"))
        if size + n > 75:
            out.append(cur)
            cur, size = " ", 1
        cur += ch
        size += n
    out.append(cur)
    return "\r\n".join(out)


def _slug(text: str | None) -> str:
    return "".join(c if c.isalnum() else "-" for c in (text or "itinerary").lower()).strip("-") or "itinerary"


def to_ics(it: Itinerary, stamp: datetime | None = None) -> str:
    """An iCalendar file: one all-day VEVENT per dated stop (DTEND exclusive, as RFC 5545 wants)."""
    stamp = stamp or datetime.now(UTC)
    who = it.traveller or "traveller"
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//tripmap//itinerary//EN",
        "CALSCALE:GREGORIAN",
        f"X-WR-CALNAME:{_ics_text(f'Itinerary of {who}')}",
    ]
    for s in it.stops:
        if s.start is None:
            continue  # an undated stop has no place in a calendar
        end = (s.end or s.start) + timedelta(days=1)
        where = s.place.name + (f", {s.place.country}" if s.place.country else "")
        evidence = " | ".join(e.text for e in s.evidence)
        approx = " (approximate location)" if s.inferred else ""
        lines += [
            "BEGIN:VEVENT",
            f"UID:{_slug(it.traveller)}-{s.order}-{s.start:%Y%m%d}@tripmap",
            f"DTSTAMP:{stamp.astimezone(UTC):%Y%m%dT%H%M%SZ}",
            f"DTSTART;VALUE=DATE:{s.start:%Y%m%d}",
            f"DTEND;VALUE=DATE:{end:%Y%m%d}",
            f"SUMMARY:{_ics_text(f'{who} in {s.place.name} ({s.status.value})')}",
            f"LOCATION:{_ics_text(where + approx)}",
            f"GEO:{s.place.lat:.6f};{s.place.lon:.6f}",
            f"STATUS:{_ICS_STATUS[s.status]}",
            f"DESCRIPTION:{_ics_text(f'Stop {s.order}. Evidence: {evidence}' if evidence else f'Stop {s.order}.')}",
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    return "\r\n".join(_ics_fold(line) for line in lines) + "\r\n"


def _tl_date(d: date) -> dict:
    return {"year": d.year, "month": d.month, "day": d.day}


def _tl_event(s: Stop) -> dict:
    assert s.start is not None
    evidence = "".join(f"<p>{html.escape(e.text)}</p>" for e in s.evidence)
    approx = " (approximate location)" if s.inferred else ""
    event = {
        "unique_id": f"stop-{s.order}",
        "start_date": _tl_date(s.start),
        "text": {
            "headline": html.escape(f"{s.order}. {s.place.name}{approx}"),
            "text": f"<p>{html.escape(s.status.value)}</p>{evidence}",
        },
        "group": s.status.value,
        "location": {"lat": s.place.lat, "lon": s.place.lon, "name": html.escape(s.place.name)},
    }
    if s.end and s.end != s.start:
        event["end_date"] = _tl_date(s.end)
    return event


def to_timelinejs(it: Itinerary) -> str:
    """A TimelineJS 3 JSON document: one event per dated stop; text fields are HTML-escaped."""
    who = it.traveller or "Unknown traveller"
    doc: dict = {
        "title": {"text": {"headline": html.escape(f"Itinerary of {who}"),
                           "text": html.escape(f"Published {it.published}") if it.published else ""}},
        "events": [_tl_event(s) for s in it.stops if s.start is not None],
    }
    return json.dumps(doc, ensure_ascii=False, indent=2)


FORMATS = {"json": to_json, "geojson": to_geojson, "csv": to_csv, "ics": to_ics, "timelinejs": to_timelinejs}
