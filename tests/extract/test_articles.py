"""Whole articles written for these tests (tests/data/articles), each with the trip a careful reader
would draw: stops in order with status and the dates the text supports, and places that are not stops."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from extract import extract_article
from extract.model import Article

ARTICLES = sorted((Path(__file__).parents[1] / "data" / "articles").glob("*.json"))


@pytest.mark.parametrize("path", ARTICLES, ids=[p.stem for p in ARTICLES])
def test_article_trip(path):
    doc = json.loads(path.read_text())
    it = extract_article(Article(doc["text"], published=date.fromisoformat(doc["published"]), id=doc["id"]))
    got = [s.place.name for s in it.stops]
    assert got == [e["place"] for e in doc["expected"]]
    for stop, want in zip(it.stops, doc["expected"], strict=True):
        assert stop.status.value == want["status"], stop.place.name
        for key in ("start", "end"):
            if key in want:
                value = getattr(stop, key)
                assert (value.isoformat() if value else None) == want[key], (stop.place.name, key)
    assert not set(got) & set(doc["not_stops"])
    if "traveller" in doc:
        assert it.traveller == doc["traveller"]
