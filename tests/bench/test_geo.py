"""The geoparsing benchmark keeps the evaluation kit's contract: one JSON line with the named figures."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench import geo

ARTICLES = [
    {
        "id": "a1",
        "text": "Officials in Paris met envoys from Berlin on Monday.",
        "published": None,
        "source": "test",
        "toponyms": [
            {"start": 13, "end": 18, "text": "Paris", "lat": 48.8566, "lon": 2.3522, "geonameid": None, "type": None},
            {"start": 35, "end": 41, "text": "Berlin", "lat": 52.52, "lon": 13.405, "geonameid": None, "type": None},
        ],
    },
    {
        "id": "a2",
        "text": "Floods hit Southern California and the Blorp Fields.",
        "published": None,
        "source": "test",
        "toponyms": [
            {"start": 11, "end": 30, "text": "Southern California", "lat": 34.0, "lon": -118.0},
            {"start": 39, "end": 51, "text": "Blorp Fields", "lat": None, "lon": None},  # no coordinates: not scored
        ],
    },
]


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    path = tmp_path / "tiny.jsonl"
    path.write_text("\n".join(json.dumps(a) for a in ARTICLES) + "\n", encoding="utf-8")
    return path


def _run(capsys, *argv: str) -> dict:
    assert geo.main(list(argv)) == 0
    return json.loads(capsys.readouterr().out)


def test_resolve_mode(corpus, capsys):
    out = _run(capsys, str(corpus), "--mode", "resolve")
    assert out["file"] == "tiny.jsonl" and out["mode"] == "resolve" and out["articles"] == 2
    assert out["n"] == 3 and out["acc161"] == 1.0  # Southern California near Los Angeles, not mid-state
    for key in ("mean_km", "median_km", "auc", "articles_per_s", "ms_per_700_words", "gazetteer_load_s", "peak_rss_mb"):
        assert out[key] is not None
    assert out["baseline"]["name"] == "population" and out["baseline"]["n"] == 3


def test_end_to_end_mode(corpus, capsys):
    out = _run(capsys, str(corpus), "--mode", "end-to-end")
    assert (out["precision"], out["recall"], out["f1"]) == (1.0, 1.0, 1.0)
    assert out["acc161"] == 1.0


def test_errors_summary_counts_unresolved_as_half_the_earth():
    summary = geo.errors_summary([0.0, geo.MAX_KM])
    assert summary["acc161"] == 0.5 and summary["mean_km"] == round(geo.MAX_KM / 2, 1)
