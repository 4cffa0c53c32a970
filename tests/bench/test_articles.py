"""The whole-article benchmark prints stop precision, recall, F1, false stops and exact articles."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench import articles
from extract.gazetteer import get_gazetteer
from extract.model import Stop

ARTICLE = {
    "id": "tiny",
    "published": "2024-05-08",
    "text": "Foreign Minister Ines Okafor arrived in Nairobi on Monday and will fly to Lima on Friday. "
    "Her deputy will travel to Quito.",
    "expected": [
        {"place": "Nairobi", "status": "visited", "start": "2024-05-06"},
        {"place": "Lima", "status": "planned", "start": "2024-05-10"},
    ],
    "not_stops": ["Quito"],
}


def test_one_article_exactly_right(tmp_path: Path, capsys):
    (tmp_path / "tiny.json").write_text(json.dumps(ARTICLE), encoding="utf-8")
    assert articles.main([str(tmp_path)]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["articles"] == 1 and out["exactly_right"] == 1
    assert (out["stop_precision"], out["stop_recall"], out["false_stops"]) == (1.0, 1.0, 0)
    assert (out["status_acc"], out["date_exact"], out["date_within1"]) == (1.0, 1.0, 1.0)


def test_a_wrong_date_is_not_exactly_right(tmp_path: Path, capsys):
    wrong = {**ARTICLE, "expected": [{**ARTICLE["expected"][0], "start": "2024-05-07"}, ARTICLE["expected"][1]]}
    (tmp_path / "tiny.json").write_text(json.dumps(wrong), encoding="utf-8")
    articles.main([str(tmp_path)])
    out = json.loads(capsys.readouterr().out)
    assert out["exactly_right"] == 0 and out["stop_f1"] == 1.0
    assert (out["date_exact"], out["date_within1"]) == (0.5, 1.0)


def test_a_wrong_status_counts_against_status_accuracy(tmp_path: Path, capsys):
    wrong = {**ARTICLE, "expected": [ARTICLE["expected"][0], {**ARTICLE["expected"][1], "status": "visited"}]}
    (tmp_path / "tiny.json").write_text(json.dumps(wrong), encoding="utf-8")
    articles.main([str(tmp_path)])
    out = json.loads(capsys.readouterr().out)
    assert out["status_acc"] == 0.5 and out["exactly_right"] == 0


def test_a_place_listed_twice_counts_once(tmp_path: Path, capsys):
    twice = {**ARTICLE, "expected": [*ARTICLE["expected"], {"place": "Nairobi", "status": "visited"}]}
    (tmp_path / "tiny.json").write_text(json.dumps(twice), encoding="utf-8")
    articles.main([str(tmp_path)])
    out = json.loads(capsys.readouterr().out)
    assert out["status_acc"] <= 1.0


def test_order_agreement_counts_pairs_of_found_stops(tmp_path: Path, capsys):
    swapped = {**ARTICLE, "expected": [ARTICLE["expected"][1], ARTICLE["expected"][0]]}
    (tmp_path / "tiny.json").write_text(json.dumps(swapped), encoding="utf-8")
    articles.main([str(tmp_path)])
    assert json.loads(capsys.readouterr().out)["order_agreement"] == 0.0
    (tmp_path / "tiny.json").write_text(json.dumps(ARTICLE), encoding="utf-8")
    articles.main([str(tmp_path)])
    assert json.loads(capsys.readouterr().out)["order_agreement"] == 1.0


def _stop(name: str, country: str) -> Stop:
    entry = next(e for e in get_gazetteer().candidates(name) if e.country == country)
    return Stop(place=entry.place(), order=0)


@pytest.mark.parametrize(
    ("gold", "found", "country", "same"),
    [
        ("Delhi", "Delhi", "IN", True),  # the same name
        ("Delhi", "Delhi", "CA", True),  # the same name, wherever it is
        ("New Delhi", "Delhi", "IN", True),  # another town within 100 km
        ("India", "Delhi", "IN", True),  # a country and a town in it
        ("Mumbai", "Delhi", "IN", False),  # a town 1,100 km away
        ("Pakistan", "Delhi", "IN", False),  # a country the town is not in
        ("Nowhere-in-particular", "Delhi", "IN", False),  # a name the gazetteer does not know
    ],
)
def test_a_gold_name_stands_for_a_stop_near_it(gold: str, found: str, country: str, same: bool):
    assert articles.same_place(gold, _stop(found, country)) is same


def test_by_distance_forgives_a_spelling_the_name_match_does_not(tmp_path: Path, capsys):
    doc = {**ARTICLE, "expected": [{**ARTICLE["expected"][0], "place": "Thika"}, ARTICLE["expected"][1]]}
    (tmp_path / "tiny.json").write_text(json.dumps(doc), encoding="utf-8")
    articles.main([str(tmp_path)])
    out = json.loads(capsys.readouterr().out)
    assert out["stop_f1"] == 0.5 and out["by_distance"]["stop_f1"] == 1.0


def test_a_listed_non_stop_found_stands_for_nothing(tmp_path: Path, capsys):
    doc = {**ARTICLE, "expected": [{"place": "Kenya", "status": "visited"}], "not_stops": ["Nairobi", "Quito"]}
    (tmp_path / "tiny.json").write_text(json.dumps(doc), encoding="utf-8")
    articles.main([str(tmp_path)])
    assert json.loads(capsys.readouterr().out)["by_distance"]["stop_recall"] == 0.0
