"""The dashboard in a real headless Chromium: the sample loads with its map and timeline drawn."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser


def test_sample_shows_map_and_timeline(page, sample_server):
    page.goto(sample_server)
    page.wait_for_selector("#map .geo .countries path", timeout=30_000)
    page.wait_for_selector("#timeline .barlayer .point path", timeout=30_000)
    # the map draws country shapes from the local topojson and one marker per stop
    borders = page.locator("#map .geo .countries path").first.get_attribute("d") or ""
    assert len(borders) > 5000  # real country outlines, not an empty layer
    markers = page.locator("#map .scattergeo .point").count()
    assert markers >= 3
    # the timeline has a bar per dated stop, labelled by trip order
    labels = page.locator("#timeline .ytick text").all_text_contents()
    assert any("Tokyo" in t for t in labels) and any("Seoul" in t for t in labels)
    assert "Antony Blinken" in page.locator("#traveller").inner_text()
    # the article panel highlights spans as text, never as raw HTML
    assert page.locator("#article mark.hl-stop").count() >= 3
    assert page.locator("#article mark.hl-time").count() >= 2


def test_topojson_served_locally(page, sample_server):
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.goto(sample_server)
    page.wait_for_selector("#map .geo .countries path", timeout=30_000)
    assert any(u.endswith("/assets/topojson/world_50m.json") or u.endswith("/assets/topojson/world_110m.json")
               for u in requests)
    assert all(u.startswith(sample_server) or u.startswith("data:") for u in requests), [
        u for u in requests if not u.startswith(sample_server)
    ]


def test_timeline_date_labels_are_not_cut_off(page, sample_server):
    page.goto(sample_server)
    page.wait_for_selector("#timeline .xtick text", timeout=30_000)
    # every date label lies wholly inside the drawn figure (rotated labels once ran past its bottom edge)
    boxes = page.evaluate(
        """() => {
            const svg = document.querySelector('#timeline svg.main-svg').getBoundingClientRect();
            return [...document.querySelectorAll('#timeline .xtick text')].map(t => {
                const r = t.getBoundingClientRect();
                return {text: t.textContent, top: r.top - svg.top, bottom: r.bottom - svg.top, height: svg.height};
            });
        }"""
    )
    assert boxes
    assert all(b["top"] >= 0 and b["bottom"] <= b["height"] for b in boxes), boxes
