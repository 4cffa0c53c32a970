"""Fast checks of the dashboard's pure parts: workspace, uploads, figures, filtering, serve defaults."""

from __future__ import annotations

import base64
from dataclasses import replace
from datetime import date
from pathlib import Path

import dash
import plotly.graph_objects as go
import pytest

from dashboard.edits import apply_edit
from dashboard.figures import map_spec, timeline_spec
from dashboard.trip import dump, filtered_rows, load
from dashboard.upload import MAX_UPLOAD_BYTES, read_upload, read_uploads
from dashboard.workspace import Workspace, stop_key
from extract.errors import InputError
from extract.model import Itinerary, Place, Span, Status, Stop
from extract.settings import DEFAULT
from tripmap.cli import build_parser


def _trip() -> Itinerary:
    def stop(order: int, name: str, lat: float, lon: float, start: date | None, inferred: bool = False) -> Stop:
        return Stop(Place(name, "XX", lat, lon, gazetteer_id=f"g{order}"), order, start, start,
                    evidence=[Span(f"went to {name}", 0, 5)], inferred=inferred)
    return Itinerary("Ana", date(2024, 3, 1), [
        stop(1, "Paris", 48.85, 2.35, date(2024, 3, 1)),
        stop(2, "Lyon", 45.76, 4.83, date(2024, 3, 2), inferred=True),
        stop(3, "Nice", 43.70, 7.27, None),
    ])


def _data_url(raw: bytes) -> str:
    return "data:text/plain;base64," + base64.b64encode(raw).decode()


def test_workspace_survives_reopen_and_reextraction(tmp_path: Path) -> None:
    path = tmp_path / "w.sqlite"
    it = _trip()
    data = dump(it, [stop_key(s) for s in it.stops])
    rows = filtered_rows(data, None, None)
    edited = [dict(r) for r in rows if r["place"] != "Nice"]  # delete Nice
    edited[0]["end"] = "2024-03-03"
    edited[1]["status"] = "planned"
    store, msg = apply_edit(Workspace(path), data, edited, rows, DEFAULT)
    assert msg == "Saved 3 corrections."
    assert [s.place.name for s in load(store)[0].stops] == ["Paris", "Lyon"]
    # a new process re-extracts the same trip: the corrections come back from the file
    again, keys = Workspace(path).apply(_trip())
    assert [s.place.name for s in again.stops] == ["Paris", "Lyon"]
    assert again.stops[0].end == date(2024, 3, 3) and again.stops[1].status is Status.PLANNED
    assert keys == ["g1", "g2"]
    # another traveller's trip is untouched
    other, _ = Workspace(path).apply(replace(_trip(), traveller="Bob"))
    assert len(other.stops) == 3


def test_edit_rejects_bad_dates_and_moves_order(tmp_path: Path) -> None:
    it = _trip()
    data = dump(it, [stop_key(s) for s in it.stops])
    rows = filtered_rows(data, None, None)
    bad = [dict(r) for r in rows]
    bad[0]["start"] = "2024-02-30"
    with pytest.raises(ValueError, match="not a date"):
        apply_edit(Workspace(tmp_path / "w.sqlite"), data, bad, rows, DEFAULT)
    moved = [dict(r) for r in rows]
    moved[2]["order"] = 1  # Nice first
    store, _ = apply_edit(Workspace(tmp_path / "w.sqlite"), data, moved, rows, DEFAULT)
    trip, _ = load(store)
    assert [(s.order, s.place.name) for s in trip.stops] == [(1, "Nice"), (2, "Paris"), (3, "Lyon")]


def test_uploads_capped_and_isolated() -> None:
    text = b"Ana Lopez flew to Paris on Monday and met the mayor there for talks about the budget."
    res = read_uploads([
        {"name": "good.txt", "contents": _data_url(text)},
        {"name": "bad.json", "contents": _data_url(b'{"text": ')},
        {"name": "big.txt", "contents": _data_url(b"a" * (MAX_UPLOAD_BYTES + 1))},
        {"name": "photo.png", "contents": _data_url(b"\x89PNG")},
    ], DEFAULT)
    assert [a.id for a in res.articles] == ["good"]
    assert len(res.errors) == 3
    assert "bad.json" in res.errors[0] and "invalid JSON" in res.errors[0]
    assert "big.txt" in res.errors[1] and "upload limit" in res.errors[1]
    assert "unsupported file type" in res.errors[2]
    with pytest.raises(InputError, match="malformed"):
        read_upload("no-comma-here", "x.txt", DEFAULT)


def test_map_frames_the_trip_and_marks_approximate_stops() -> None:
    spec = map_spec(_trip(), highlight=2)
    go.Figure(spec)  # a valid plotly figure
    geo = spec["layout"]["geo"]
    assert geo["fitbounds"] == "locations" and geo["projection"]["type"] == "mercator"  # a regional trip
    stops = next(t for t in spec["data"] if t.get("mode") == "markers+text")
    assert stops["text"] == ["1. Paris", "2. Lyon ~", "3. Nice"]
    assert stops["marker"]["symbol"] == ["circle", "circle-open", "circle"]  # Lyon is approximate
    assert stops["marker"]["size"] == [11, 16, 11]  # the highlighted stop is larger
    frame = next(t for t in spec["data"] if t["name"] == "frame")
    assert min(frame["lat"]) < 43.70 and max(frame["lat"]) > 48.85  # room around the stops
    world = map_spec(replace(_trip(), stops=[*_trip().stops, replace(_trip().stops[0], order=4,
                                                                        place=Place("Tokyo", "JP", 35.7, 139.7))]))
    assert world["layout"]["geo"]["projection"]["type"] == "natural earth"
    empty = map_spec(replace(_trip(), stops=[]))
    assert empty["layout"]["annotations"][0]["text"] == "No stops in this date range"


def test_timeline_marks_publication_and_orders_stops() -> None:
    spec = timeline_spec(_trip())
    go.Figure(spec)
    assert spec["layout"]["yaxis"]["categoryarray"] == ["3. Nice", "2. Lyon ~", "1. Paris"]
    assert spec["layout"]["shapes"][0]["x0"] == "2024-03-01"
    undated = next(t for t in spec["data"] if t["name"] == "undated")
    assert undated["y"] == ["3. Nice"]


def test_serve_defaults_are_safe() -> None:
    args = build_parser().parse_args(["serve"])
    assert args.host == "127.0.0.1" and args.debug is False
    import dashboard

    files = list(Path(dashboard.__file__).parent.glob("*.py"))
    assert len(files) >= 8
    for f in files:
        assert "dangerously_allow_html" not in f.read_text()


def test_added_stop_is_kept_and_can_be_deleted(tmp_path: Path) -> None:
    from dashboard.edits import add_stop

    path = tmp_path / "w.sqlite"
    it = _trip()
    data = dump(it, [stop_key(s) for s in it.stops])
    store, msg = add_stop(Workspace(path), data, "Lyon, FR", "2024-03-04", "", DEFAULT)
    assert msg == "Added stop 4. Lyon."
    trip, keys = load(store)
    assert trip.stops[-1].place.country == "FR" and trip.stops[-1].end == date(2024, 3, 4)
    again, again_keys = Workspace(path).apply(_trip())  # after a restart
    assert [s.place.name for s in again.stops][-1] == "Lyon" and again_keys[-1].startswith("added:")
    with pytest.raises(ValueError, match="No place called"):
        add_stop(Workspace(path), data, "Qqqzzz Nowhere", "", "", DEFAULT)
    rows = filtered_rows(store, None, None)
    apply_edit(Workspace(path), store, rows[:-1], rows, DEFAULT)  # delete the added stop
    assert len(Workspace(path).apply(_trip())[0].stops) == 3


def test_hover_shows_the_evidence_sentence() -> None:
    from dashboard.trip import filtered_figures
    from extract.model import Mention

    it = _trip()
    sentence = "After the summit she went to Paris <b>for</b> talks."
    it.stops[0].evidence = [Span("went to Paris", 20, 33)]
    it.mentions = [Mention("place", "Paris", 28, 33, sentence, 0, role="stop")]
    fig_map, _ = filtered_figures(dump(it, [stop_key(s) for s in it.stops]), None, None, None)
    stops = next(t for t in fig_map["data"] if t.get("mode") == "markers+text")
    assert "After the summit she went to Paris &lt;b&gt;for&lt;/b&gt;<br>talks." in stops["hovertext"][0]  # escaped, wrapped


def test_close_stops_get_different_label_positions() -> None:
    it = _trip()
    it.stops = [replace(s, place=replace(s.place, lat=31.8 + i * 0.1, lon=35.2 + i * 0.3), order=i + 1)
                for i, s in enumerate(it.stops)]  # three stops a few km apart
    stops = next(t for t in map_spec(it)["data"] if t.get("mode") == "markers+text")
    assert len(set(stops["textposition"])) == 3


def test_timeline_zoom_becomes_a_date_range_inside_the_trip() -> None:
    from dashboard.callbacks import zoom_range

    bounds = ("2023-11-03", "2023-11-10")
    assert zoom_range({"xaxis.range[0]": "2023-11-09 06:00:00", "xaxis.range[1]": "2023-11-10 18:00"}, bounds) == (
        "2023-11-09", "2023-11-10")
    assert zoom_range({"xaxis.range": ["2023-10-01", "2023-12-31"]}, bounds) == bounds  # zoomed out: clamped
    assert zoom_range({"xaxis.autorange": True}, bounds) == bounds
    assert zoom_range({"dragmode": "pan"}, bounds)[0] is dash.no_update


def test_messages_for_files_refused_in_the_browser() -> None:
    from dashboard.upload import rejected_message

    assert rejected_message({"name": "a.txt", "size": 2_500_000, "why": "file"}) == (
        "a.txt: 2.5 MB is larger than the upload limit of 2.0 MB; not loaded.")
    assert "add it on its own" in rejected_message({"name": "b.txt", "size": 1_900_000, "why": "batch"})
