"""The data model round-trips through dicts and JSON, and produces the contract's fields."""

from __future__ import annotations

import json
from datetime import date

import pytest

from extract.model import (
    SCHEMA,
    Article,
    DateBasis,
    Itinerary,
    Level,
    Mention,
    Place,
    Precision,
    Span,
    Status,
    Stop,
    TimeRef,
)

PLACE = Place("Tokyo", "JP", 35.69, 139.69, Level.CITY, "1850147", 9733276, "40")
TIME = TimeRef("later this week", 10, 25, "DATE", "2023-W45", Precision.WEEK, date(2023, 11, 8), date(2023, 11, 12))


@pytest.mark.parametrize(
    "obj",
    [
        Span("in Tokyo", 3, 11),
        Span("in Tokyo", 3, 11, "article-2"),
        Article("text", "Title", date(2023, 11, 7), "given", "stdin", "a1"),
        Article("text only"),
        PLACE,
        Place("Middle East", None, 29.3, 42.5, Level.REGION),
        TIME,
        TimeRef("two days", 0, 8, "DURATION", "P2D", Precision.UNKNOWN),
        Mention("place", "Tokyo", 5, 10, "In Tokyo.", 2, "stop", place=PLACE, article_id="a1"),
        Mention("time", "later this week", 10, 25, "s", 0, None, time=TIME),
        Stop(PLACE, 1, date(2023, 11, 7), date(2023, 11, 8), DateBasis.RELATIVE, Status.VISITED, 0.9,
             [Span("talks in Tokyo", 1, 15)], Level.CITY, False, "Asia", ["a1"], "note"),
        Stop(Place("Seoul", "KR", 37.57, 126.98, Level.CITY), 2, status=Status.PLANNED, inferred=True),
    ],
    ids=lambda o: type(o).__name__,
)
def test_round_trip(obj):
    d = obj.to_dict()
    assert type(obj).from_dict(json.loads(json.dumps(d))) == obj


def test_itinerary_round_trip_and_contract_fields():
    it = Itinerary(
        traveller="Antony Blinken",
        published=date(2023, 11, 7),
        stops=[Stop(PLACE, 1, date(2023, 11, 7), date(2023, 11, 8), DateBasis.RELATIVE, Status.VISITED, 0.9,
                    [Span("talks in Tokyo", 1, 15)])],
        mentions=[Mention("place", "Gaza", 20, 24, role="mentioned"), Mention("time", "later this week", 10, 25,
                                                                             time=TIME)],
        traveller_title="U.S. Secretary of State",
        published_source="given",
        articles=[Article("some text", id="a1", published=date(2023, 11, 7))],
        warnings=["w"],
    )
    d = json.loads(json.dumps(it.to_dict(include_text=True)))
    assert Itinerary.from_dict(d) == it
    assert d["schema"] == SCHEMA
    stop = d["stops"][0]
    for key in ("order", "place", "country", "lat", "lon", "level", "start", "end", "date_basis", "status",
                "confidence", "evidence"):
        assert key in stop
    assert stop["evidence"] == [{"text": "talks in Tokyo", "start": 1, "end": 15}]
    assert {"kind": "time", "value": "2023-W45"}.items() <= d["mentions"][1].items()
    assert d["mentions"][0]["role"] == "mentioned"


def test_article_text_left_out_unless_asked():
    it = Itinerary(None, None, articles=[Article("secret text", id="a")])
    assert "text" not in it.to_dict()["articles"][0]
    assert it.to_dict(include_text=True)["articles"][0]["text"] == "secret text"
