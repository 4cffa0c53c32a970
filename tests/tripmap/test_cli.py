"""The tripmap command: the extract contract on the sample, other formats, and clear errors."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys

import pytest

from tests.conftest import SAMPLE


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "tripmap.cli", *args], input=stdin, capture_output=True, timeout=120,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
    )


@pytest.fixture(scope="module")
def seed_text() -> bytes:
    return json.loads(SAMPLE.read_text())["text"].encode()


def test_extract_stdin_prints_contract_json(seed_text):
    r = run("extract", "-", "--published", "2023-11-07", "--format", "json", stdin=seed_text)
    assert r.returncode == 0, r.stderr
    doc = json.loads(r.stdout)
    assert doc["schema"] == "tripmap.itinerary/1"
    assert doc["published"] == "2023-11-07"
    assert "Blinken" in doc["traveller"]
    places = [s["place"] for s in doc["stops"]]
    assert {"Tokyo", "Seoul", "New Delhi"} <= set(places)
    assert places.index("Tokyo") < places.index("Seoul") < places.index("New Delhi")
    for s in doc["stops"]:
        assert s["level"] in ("city", "admin", "country", "region")
        assert s["status"] in ("visited", "planned", "cancelled")
        for e in s["evidence"]:
            assert seed_text.decode()[e["start"] : e["end"]] == e["text"]
    tokyo = next(s for s in doc["stops"] if s["place"] == "Tokyo")
    assert tokyo["start"] == "2023-11-07" and tokyo["status"] == "visited"
    kinds = {m["kind"] for m in doc["mentions"]}
    assert {"place", "time"} <= kinds
    gaza = [m for m in doc["mentions"] if m["text"] == "Gaza"]
    assert gaza and all(m["role"] == "mentioned" for m in gaza)


def test_extract_json_article_file_and_geojson(tmp_path):
    r = run("extract", str(SAMPLE), "--format", "geojson")
    assert r.returncode == 0, r.stderr
    fc = json.loads(r.stdout)
    assert fc["type"] == "FeatureCollection"
    points = [f for f in fc["features"] if f["geometry"]["type"] == "Point"]
    assert points and all(len(f["geometry"]["coordinates"]) == 2 for f in points)
    assert fc["features"][-1]["geometry"]["type"] == "LineString"


def test_extract_csv_to_file(tmp_path):
    out = tmp_path / "stops.csv"
    r = run("extract", str(SAMPLE), "--format", "csv", "-o", str(out))
    assert r.returncode == 0, r.stderr
    rows = list(csv.DictReader(io.StringIO(out.read_text())))
    assert rows and rows[0]["order"] == "1" and {"place", "lat", "lon", "start"} <= rows[0].keys()


def test_extract_html_page(tmp_path):
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Trip</title><meta property='article:published_time' content='2023-11-07'></head>"
        "<body><nav>Home | World</nav><article><h1>Minister travels</h1>"
        "<p>Foreign Minister Jane Doe arrived in Tokyo on Tuesday for two days of talks.</p>"
        "<p>Doe will travel to Seoul later this week and then to New Delhi.</p></article></body></html>"
    )
    r = run("extract", str(page))
    assert r.returncode == 0, r.stderr
    doc = json.loads(r.stdout)
    assert doc["published"] == "2023-11-07" and doc["published_source"] == "html"
    assert [s["place"] for s in doc["stops"]][:3] == ["Tokyo", "Seoul", "New Delhi"]


@pytest.mark.parametrize(
    ("args", "stdin", "message"),
    [
        (["extract", "/no/such/file.txt"], None, "no such file"),
        (["extract", "-"], b"", "empty"),
        (["extract", "-"], b"   \n\t  ", "empty"),
        (["extract", "-"], b"\x00\x01\x02binary\x00" * 50, "binary"),
        (["extract", "-", "--published", "2023-02-30"], b"Some article text about a trip to Paris.", "not a real date"),
        (["extract", "-", "--published", "yesterday"], b"Some article text about a trip to Paris.", "YYYY-MM-DD"),
        (["extract", "-"], b"{not json", "invalid JSON"),
        (["extract", "-"], b'{"title": "no text field"}', "'text' field"),
        (["extract", "-"], "caf\u00e9".encode("utf-16-be") * 3, "binary"),
    ],
)
def test_user_errors_are_one_clear_line(args, stdin, message):
    r = run(*args, stdin=stdin)
    assert r.returncode == 2
    err = r.stderr.decode()
    assert message in err
    assert "Traceback" not in err
    assert err.count("\n") == 1 and err.startswith("tripmap: error:")


def test_directory_and_too_large(tmp_path):
    r = run("extract", str(tmp_path))
    assert r.returncode == 2 and "directory" in r.stderr.decode()
    big = tmp_path / "big.txt"
    big.write_bytes(b"Paris. " * 1_000_000)
    r = run("extract", str(big))
    assert r.returncode == 2 and "larger than the limit" in r.stderr.decode()


def test_latin1_text_is_read():
    text = "Le ministre est arrivé à Paris. Minister Jean Dupont arrived in Paris on Monday.".encode("cp1252")
    r = run("extract", "-", "--published", "2024-01-10", stdin=text)
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["stops"][0]["place"] == "Paris"


def test_one_bad_file_among_several_loses_nothing_else(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("Foreign Minister Ines Okafor arrived in Nairobi on Monday for talks.")
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    r = run("extract", str(good), str(empty), "--published", "2024-05-08")
    assert r.returncode == 1
    assert "empty.txt: the input is empty" in r.stderr.decode()
    assert [s["place"] for s in json.loads(r.stdout)["stops"]] == ["Nairobi"]


def test_private_url_is_refused_with_a_clear_message():
    r = run("extract", "http://127.0.0.1:9/article")
    assert r.returncode == 2
    assert "not a public address" in r.stderr.decode() and "Traceback" not in r.stderr.decode()
