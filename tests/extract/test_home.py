"""Home: the traveller's capital from the title or the opening, and stops that are the way home."""

from datetime import date

import pytest

from extract import home
from extract.model import Article, Level, Place, Stop
from extract.pipeline import analyse


@pytest.mark.parametrize(
    ("title", "text", "capital"),
    [
        ("South Korean President", "", "Seoul"),
        ("Polish Defence Minister", "", "Warsaw"),
        ("Vietnamese Prime Minister", "", "Hanoi"),
        ("U.S. Secretary of State", "", "Washington"),
        (None, "Claudia Sheinbaum will make her first trip abroad as president of Mexico this week.", "Mexico City"),
        ("President", "The president will travel to Guatemala on Thursday.", None),
    ],
)
def test_home_capital(g, title, text, capital):
    places = analyse(Article(text)).places if text else []
    found = home.home_capital(title, text, places, g)
    assert (found.name if found else None) == capital


def _stop(name: str, gid: str, day: int | None) -> Stop:
    place = Place(name, "XX", 0.0, 0.0, Level.CITY, gid)
    return Stop(place=place, order=0, start=date(2026, 1, day) if day else None)


def test_home_is_no_stop_at_either_end_but_a_dated_middle_visit_stays(g):
    seoul = g.capital("KR")
    trip = [_stop("Seoul", seoul.gid, 1), _stop("Tokyo", "t", 2), _stop("Seoul", seoul.gid, 3),
            _stop("Manila", "m", 4), _stop("Seoul", seoul.gid, 5)]
    assert [s.place.name for s in home.drop_home_stops(trip, seoul)] == ["Tokyo", "Seoul", "Manila"]
