"""Directional parts of areas: placed in that part of the whole, named for it, wholes untouched."""

from __future__ import annotations

import pytest

from extract.gazetteer import distance_km
from extract.parts import direction
from extract.resolve import resolve_spans


@pytest.mark.parametrize(
    ("surface", "key", "words"),
    [
        ("Southern California", "california", ("south",)),
        ("northern Syria", "syria", ("north",)),
        ("South-East Turkey", "turkey", ("south", "east")),
        ("Central Java", "java", ("central",)),
        ("North Carolina", "north carolina", None),  # a name of its own
        ("South Africa", "south africa", None),
        ("Central Asia", "central asia", None),
        ("Texas", "texas", None),
    ],
)
def test_direction(surface, key, words):
    assert direction(surface, key) == words


@pytest.mark.parametrize(
    ("text", "name", "whole", "lat_sign", "lon_sign"),
    [
        ("Wildfires raced across Southern California.", "Southern California", "California", -1, 0),
        ("Shelling hit northern Syria again.", "northern Syria", "Syria", 1, 0),
        ("Rains flooded West Africa.", "West Africa", "Africa", 0, -1),
        ("Farms in eastern Ukraine were hit.", "eastern Ukraine", "Ukraine", 0, 1),
    ],
)
def test_part_lies_in_that_part_of_the_whole(g, text, name, whole, lat_sign, lon_sign):
    start = text.index(name)
    (part,) = resolve_spans(text, [(start, start + len(name))], g)
    (entire,) = resolve_spans(whole, [(0, len(whole))], g)
    assert part is not None and entire is not None
    assert part.name == name[0].upper() + name[1:]
    assert part.gazetteer_id != entire.gazetteer_id
    if lat_sign:
        assert (part.lat - entire.lat) * lat_sign > 0.5
    if lon_sign:
        assert (part.lon - entire.lon) * lon_sign > 0.5
    assert distance_km(part.lat, part.lon, entire.lat, entire.lon) < 3000


def test_southern_california_is_near_los_angeles(g):
    text = "Wildfires raced across Southern California."
    (part,) = resolve_spans(text, [(23, 42)], g)
    assert distance_km(part.lat, part.lon, 34.05, -118.24) < 150


def test_towns_are_not_split_into_parts(g):
    text = "He lives in North Las Vegas."
    (place,) = resolve_spans(text, [(12, 27)], g)
    assert place is not None and "North" in place.name and place.name.startswith("North Las Vegas")
