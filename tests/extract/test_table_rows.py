"""Tables pasted from web pages: one stop per place named in a dated row (extract.table_rows, whole pipeline)."""

from datetime import date

import pytest

from extract import extract_article
from extract.model import Article

TRIPS_TABLE = (
    "List of foreign trips made by President Ana Lindqvist in 2026\n\n"
    "Country\tAreas visited\tDate(s)\tDetails\n"
    "Norway\tOslo\t12–13 January\tMet the prime minister.\n"
    "Spain\tMadrid, Seville\t3–5 March\tState visit. Talks in Madrid and a business forum in Seville.\n"
    "Kenya\tNairobi\t20–22 June\tOpened an embassy.\n"
    "Chile\tSantiago\t17 November\tScheduled state visit.\n\n"
    "Multilateral meetings\n\n"
    "Group\tYear\tHost\tCity\tNotes\n"
    "EPC\t2026\tArmenia\tYerevan\tDid not attend.\n"
)


def _stops(text: str, published: date) -> list[tuple[str, str, str | None, str | None]]:
    it = extract_article(Article(text, published=published))
    return [(s.place.name, s.status.value, s.start and s.start.isoformat(), s.end and s.end.isoformat()) for s in it.stops]


def test_a_trips_table_is_one_list_of_stops_however_far_apart():
    # the rows' towns, not their countries; months apart yet one list; past rows visited, coming ones planned;
    # a row with no date ("Did not attend") names no stop
    assert _stops(TRIPS_TABLE, date(2026, 10, 12)) == [
        ("Oslo", "visited", "2026-01-12", "2026-01-13"),
        ("Madrid", "visited", "2026-03-03", "2026-03-05"),
        ("Sevilla", "visited", "2026-03-03", "2026-03-05"),
        ("Nairobi", "visited", "2026-06-20", "2026-06-22"),
        ("Santiago", "planned", "2026-11-17", "2026-11-17"),
    ]


@pytest.mark.parametrize(
    ("what", "text"),
    [
        ("two dated rows are no table", "Country\tCity\tDate\nNorway\tOslo\t12 January\nSpain\tMadrid\t3 March\n"),
        ("cells of prose name no stops", "Event\tDate\tNote\nA speech about Oslo and its port\t12 January\tlong\n"
         "A film about Madrid, shown twice\t3 March\tshort\nA book on Nairobi's markets\t20 June\tnew\n"),
    ],
)
def test_what_is_no_table_of_stops(what, text):
    assert _stops(text, date(2026, 10, 12)) == []
