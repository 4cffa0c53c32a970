"""Filtering, selection and exports in a real headless Chromium against a live dashboard server."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import icalendar
import pytest

from .checks import check_image

pytestmark = pytest.mark.browser


def _open(page, url: str) -> None:
    page.goto(url)
    page.wait_for_selector("#map .geo .countries path", timeout=30_000)
    page.wait_for_selector("#timeline .barlayer .point path", timeout=30_000)
    page.wait_for_selector("#stops td", timeout=30_000)


def _places(page) -> str:
    return " ".join(page.locator("#stops td[data-dash-column=place]").all_text_contents())


def _timeline_labels(page) -> str:
    return " ".join(page.locator("#timeline .ytick text").all_text_contents())


def _map_labels(page) -> str:
    return page.evaluate(
        "() => document.querySelector('#map .js-plotly-plot').data"
        ".filter(t => t.mode === 'markers+text').flatMap(t => t.text).join(' ')"
    )


def _wait_places(page, absent: str, present: str = "") -> None:
    """Wait until table, timeline and map all lack ``absent`` (and have ``present``): they update separately."""
    page.wait_for_function(
        """([absent, present]) => {
            const views = [
                [...document.querySelectorAll('#stops td[data-dash-column=place]')].map(e => e.innerText).join(' '),
                [...document.querySelectorAll('#timeline .ytick text')].map(e => e.textContent).join(' '),
                document.querySelector('#map .js-plotly-plot').data
                    .filter(t => t.mode === 'markers+text').flatMap(t => t.text).join(' '),
            ];
            return views.every(t => !t.includes(absent) && t.includes(present)); }""",
        arg=[absent, present], timeout=20_000)


def _set_date(page, which: str, text: str) -> None:
    box = page.locator("#date-range" if which == "start" else "#date-range-end-date")
    box.fill(text)
    box.press("Tab")


def test_date_picker_filters_map_timeline_and_table(page, sample_server):
    _open(page, sample_server)
    assert "Tokyo" in _places(page) and "New Delhi" in _places(page)
    _set_date(page, "start", "9 Nov 2023")
    _wait_places(page, "Tokyo")
    # Tokyo (7-8 Nov) is gone from all three views; Seoul (8-9) and New Delhi (9-10) stay
    for text in (_places(page), _timeline_labels(page), _map_labels(page)):
        assert "Tokyo" not in text and "Seoul" in text and "New Delhi" in text, text
    _set_date(page, "start", "7 Nov 2023")
    _set_date(page, "end", "8 Nov 2023")
    _wait_places(page, "New Delhi", "Tokyo")
    for text in (_places(page), _timeline_labels(page), _map_labels(page)):
        assert "Tokyo" in text and "Seoul" in text and "New Delhi" not in text, text


def test_timeline_zoom_filters_the_other_views(page, sample_server):
    _open(page, sample_server)
    box = page.evaluate(
        """() => {
            const gd = document.querySelector('#timeline .js-plotly-plot');
            const xa = gd._fullLayout.xaxis, ya = gd._fullLayout.yaxis;
            const r = gd.getBoundingClientRect();
            return {x0: r.left + xa._offset + xa.d2p('2023-11-09 06:00'),
                    x1: r.left + xa._offset + xa.d2p('2023-11-10 18:00'),
                    y: r.top + ya._offset + ya._length / 2};
        }"""
    )
    page.mouse.move(box["x0"], box["y"])
    page.mouse.down()
    page.mouse.move((box["x0"] + box["x1"]) / 2, box["y"], steps=5)
    page.mouse.move(box["x1"], box["y"], steps=5)
    page.mouse.up()
    page.wait_for_function("() => document.querySelector('#date-range').value.startsWith('9 Nov')", timeout=20_000)
    _wait_places(page, "Tokyo")
    assert "Tokyo" not in _map_labels(page) and "New Delhi" in _map_labels(page)
    assert page.locator("#date-range-end-date").input_value().startswith("10 Nov")


def test_clicking_a_stop_highlights_it_everywhere(page, sample_server):
    _open(page, sample_server)
    b = page.evaluate(  # the bar of stop 7 (Tokyo): traces are drawn in data order, points in array order
        """() => { const gd = document.querySelector('#timeline .js-plotly-plot');
                  const i = gd.data.findIndex(t => t.type === 'bar' && (t.customdata || []).includes(7));
                  const j = gd.data[i].customdata.indexOf(7);
                  const r = document.querySelectorAll('#timeline .barlayer .trace')[i]
                      .querySelectorAll('.point')[j].getBoundingClientRect();
                  return {x: r.left, y: r.top, width: r.width, height: r.height}; }"""
    )
    x, y = b["x"] + b["width"] / 2, b["y"] + b["height"] / 2
    page.mouse.move(x - 5, y)
    page.mouse.move(x, y, steps=3)
    page.wait_for_selector("#timeline .hoverlayer .hovertext", timeout=20_000)  # plotly sees the pointer
    page.mouse.click(x, y)
    page.wait_for_selector("#article .selected-sentence", timeout=20_000)
    assert "Tokyo" in " ".join(page.locator("#article .selected-sentence").all_text_contents())
    # the map draws the same stop larger, the table row is marked (each view updates on its own)
    page.wait_for_function(
        """() => { for (const t of document.querySelector('#map .js-plotly-plot').data) {
                 const i = (t.customdata || []).indexOf(7); if (i >= 0 && t.marker && Array.isArray(t.marker.size))
                 return t.marker.size[i] === 16; } return false; }""", timeout=20_000)
    cell = page.locator("#stops tr", has=page.locator("td[data-dash-column=place]", has_text="Tokyo")).locator(
        "td[data-dash-column=place]")
    page.wait_for_function("e => getComputedStyle(e).backgroundColor === 'rgb(251, 227, 214)'",
                           arg=cell.element_handle(), timeout=20_000)
    other = page.locator("#stops tr", has=page.locator("td[data-dash-column=place]", has_text="Seoul")).locator(
        "td[data-dash-column=place]")
    assert other.evaluate("e => getComputedStyle(e).backgroundColor") != "rgb(251, 227, 214)"
    # the article scrolled to the sentence: it is inside the visible part of the article box
    page.wait_for_timeout(300)
    inside = page.evaluate(
        """() => { const box = document.getElementById('article').getBoundingClientRect();
                  const s = document.querySelector('#article .selected-sentence').getBoundingClientRect();
                  return s.top >= box.top - 1 && s.top <= box.bottom; }"""
    )
    assert inside
    # clicking a table cell selects another stop
    page.locator("#stops td[data-dash-column=evidence]", has_text="travel to South Korea").first.click()
    page.wait_for_function("() => [...document.querySelectorAll('#article .selected-sentence')]"
                           ".some(e => e.innerText.includes('South Korea'))", timeout=20_000)


@pytest.mark.parametrize("what", ["map", "timeline"])
def test_page_image_exports(page, sample_server, tmp_path: Path, what: str):
    _open(page, sample_server)
    for fmt in ("png", "svg", "pdf"):
        with page.expect_download(timeout=60_000) as dl:
            page.click(f"#export-{what}-{fmt}")
        d = dl.value
        assert d.suggested_filename == f"antony-blinken-{what}.{fmt}"
        out = tmp_path / d.suggested_filename
        d.save_as(out)
        check_image(out.read_bytes(), what, fmt)


def test_page_data_exports_follow_the_filter(page, sample_server, tmp_path: Path):
    _open(page, sample_server)
    _set_date(page, "start", "9 Nov 2023")
    _wait_places(page, "Tokyo")
    files = {}
    for fmt in ("json", "geojson", "csv", "ics", "timelinejs"):
        with page.expect_download(timeout=30_000) as dl:
            page.click(f"#export-data-{fmt}")
        out = tmp_path / dl.value.suggested_filename
        dl.value.save_as(out)
        files[fmt] = out.read_text(encoding="utf-8")
    assert files["ics"].startswith("BEGIN:VCALENDAR")
    events = icalendar.Calendar.from_ical(files["ics"]).walk("VEVENT")
    assert sorted(str(e["SUMMARY"]) for e in events) == ["Antony Blinken in New Delhi (planned)",
                                                         "Antony Blinken in Seoul (planned)"]
    assert [e["unique_id"] for e in json.loads(files["timelinejs"])["events"]] == ["stop-8", "stop-9"]
    places = [r["place"] for r in csv.DictReader(io.StringIO(files["csv"]))]
    assert "Tokyo" not in places and "Seoul" in places
    assert "Tokyo" not in [s["place"] for s in json.loads(files["json"])["stops"]]
    assert json.loads(files["geojson"])["type"] == "FeatureCollection"


def test_clicking_a_map_marker_selects_the_stop(page, sample_server):
    _open(page, sample_server)
    box = page.evaluate(
        """() => { const e = [...document.querySelectorAll('#map .scattergeo .point')]
                      .find(e => e.__data__ && e.__data__.tx === '9. New Delhi ~');
                  const r = e.getBoundingClientRect(); return {x: r.left + r.width / 2, y: r.top + r.height / 2}; }"""
    )
    page.mouse.move(box["x"] - 4, box["y"])
    page.mouse.move(box["x"], box["y"], steps=3)
    page.wait_for_selector("#map .hoverlayer .hovertext", timeout=20_000)
    page.mouse.click(box["x"], box["y"])
    cell = page.locator("#stops tr", has=page.locator("td[data-dash-column=place]", has_text="New Delhi")).locator(
        "td[data-dash-column=place]")
    page.wait_for_function("e => getComputedStyle(e).backgroundColor === 'rgb(251, 227, 214)'",
                           arg=cell.element_handle(), timeout=20_000)
    page.wait_for_function(  # the timeline bar of stop 9 is drawn in the highlight colour
        """() => { const t = document.querySelector('#timeline .js-plotly-plot').data
                      .find(t => t.type === 'bar' && (t.customdata || []).includes(9));
                  return t && t.marker.color[t.customdata.indexOf(9)] === '#D55E00'; }""", timeout=20_000)
    assert page.locator("#article .selected-sentence").count() >= 1
