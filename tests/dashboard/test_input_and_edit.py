"""Uploading and pasting articles, and correcting stops that persist across a server restart."""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import start_server, stop_server
from .test_views import _open, _places

pytestmark = pytest.mark.browser

PARIS = (
    "PARIS, Nov. 14, 2023 — U.S. Secretary of State Antony Blinken arrived in Paris on Tuesday for talks "
    "with French officials about the war in Gaza. Blinken met President Emmanuel Macron at the Elysee Palace, "
    "the State Department said.\n"
)
ROME_HTML = (
    "<!doctype html><html><head><title>Blinken in Rome</title>"
    '<meta property="article:published_time" content="2023-11-16"></head><body><article>'
    "<h1>Blinken in Rome</h1><p>ROME — U.S. Secretary of State Antony Blinken arrived in Rome on Thursday "
    "for talks with Italian leaders about Ukraine and the Middle East, officials said.</p>"
    "<p>He met the prime minister and the foreign minister and spoke to reporters afterwards.</p>"
    "</article></body></html>"
)


def _wait_text(page, selector: str, text: str) -> str:
    page.wait_for_function("([s, t]) => document.querySelector(s).innerText.includes(t)", arg=[selector, text],
                           timeout=30_000)
    return page.locator(selector).inner_text()


def _message(page, text: str) -> str:
    return _wait_text(page, "#message", text)


def test_upload_files_bad_files_and_paste(page, sample_server, tmp_path: Path):
    _open(page, sample_server)
    (tmp_path / "paris.txt").write_text(PARIS, encoding="utf-8")
    (tmp_path / "rome.html").write_text(ROME_HTML, encoding="utf-8")
    page.set_input_files("#upload input[type=file]", [str(tmp_path / "paris.txt"), str(tmp_path / "rome.html")])
    _message(page, "Added")
    _wait_text(page, "#counts", "3 articles")
    assert "Paris" in _places(page) and "Tokyo" in _places(page)  # merged into one trip, nothing lost
    assert page.locator("#article .article-title").count() == 3
    stops_before = page.locator("#stops td[data-dash-column=place]").count()

    # a malformed JSON file and an oversized text file: clear messages, nothing already loaded is lost
    (tmp_path / "bad.json").write_text('{"text": "unterminated', encoding="utf-8")
    (tmp_path / "big.txt").write_text("Blinken went to Paris. " * 100_000, encoding="utf-8")  # 2.3 MB
    page.set_input_files("#upload input[type=file]", [str(tmp_path / "bad.json"), str(tmp_path / "big.txt")])
    msg = _message(page, "bad.json")
    assert "invalid JSON" in msg and "big.txt" in msg and "upload limit" in msg and "not loaded" in msg
    assert "3 articles" in page.locator("#counts").inner_text()
    assert page.locator("#stops td[data-dash-column=place]").count() == stops_before
    assert "Paris" in _places(page) and "Tokyo" in _places(page)

    # article text with markup is shown as text, never as HTML
    page.fill("#paste", "CAIRO — Antony Blinken arrived in Cairo on Wednesday. <img src=x onerror=alert(1)> "
                        "He met officials there and will fly home on Friday, aides said.")
    page.click("#paste-add")
    _message(page, "Added")
    _wait_text(page, "#counts", "4 articles")
    assert "<img src=x" in page.locator("#article").inner_text()
    assert page.locator("#article img").count() == 0
    assert page.locator("#paste").input_value() == ""
    page.click("#paste-add")  # empty paste
    _message(page, "empty")
    assert "4 articles" in page.locator("#counts").inner_text()
    page.click("#load-sample")
    _message(page, "Loaded the embedded sample")
    _wait_text(page, "#counts", "1 article ")
    assert "Paris" not in _places(page) and "Tokyo" in _places(page)


def _cell(page, place: str, column: str):
    row = page.locator("#stops tr", has=page.locator("td[data-dash-column=place]", has_text=place))
    return row.locator(f"td[data-dash-column={column}]")


def _edit(page, place: str, column: str, value: str) -> None:
    _cell(page, place, column).click()
    page.keyboard.type(value)
    page.keyboard.press("Enter")


def test_corrections_persist_after_restart(browser, tmp_path: Path):
    ws = tmp_path / "workspace.sqlite"
    proc, url = start_server(["--workspace", str(ws)])
    try:
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        _open(page, url)
        _edit(page, "Tokyo", "end", "2023-11-09")
        _message(page, "Saved 1 correction")
        assert _cell(page, "Tokyo", "end").inner_text().strip() == "2023-11-09"
        _edit(page, "Nicosia", "place", "Limassol, CY")
        page.wait_for_function("() => document.querySelector('#stops').innerText.includes('Limassol')",
                               timeout=30_000)
        _edit(page, "Seoul", "start", "2023-13-01")
        _message(page, "Not saved")
        assert _cell(page, "Seoul", "start").inner_text().strip() == "2023-11-08"  # reverted
        _edit(page, "Baghdad", "place", "Nowhereville Qqq")
        _message(page, "No place called")
        page.fill("#add-place", "Kyo")  # the gazetteer suggests places as the user types
        page.wait_for_function("() => [...document.querySelectorAll('#place-options option')]"
                               ".some(o => o.value === 'Kyoto, JP')", timeout=20_000)
        page.fill("#add-place", "Kyoto, JP")
        page.fill("#add-start", "2023-11-08")
        page.click("#add-stop")
        _message(page, "Added stop 10. Kyoto")
        page.fill("#add-place", "Atlantis Qqq")
        page.click("#add-stop")
        _message(page, "Not added: No place called")
        _cell(page, "Jerusalem", "place").locator("xpath=..").locator("td.dash-delete-cell").click()
        page.wait_for_function("() => !document.querySelector('#stops').innerText.includes('Jerusalem')",
                               timeout=20_000)
        page.close()
    finally:
        stop_server(proc)
    assert ws.exists()

    proc, url = start_server(["--workspace", str(ws)])  # a fresh process on the same workspace
    try:
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        _open(page, url)
        places = _places(page)
        assert "Limassol" in places and "Nicosia" not in places and "Jerusalem" not in places
        assert "Baghdad" in places and "Tokyo" in places and "Kyoto" in places
        assert _cell(page, "Kyoto", "start").inner_text().strip() == "2023-11-08"
        assert "Kyoto" in page.evaluate("() => document.querySelector('#map .js-plotly-plot').data"
                                        ".flatMap(t => t.text || []).join(' ')")
        assert _cell(page, "Tokyo", "end").inner_text().strip() == "2023-11-09"
        assert _cell(page, "Tokyo", "basis").inner_text().strip() == "user"
        assert _cell(page, "Seoul", "start").inner_text().strip() == "2023-11-08"
        # the map and timeline draw the corrected trip
        labels = " ".join(page.locator("#timeline .ytick text").all_text_contents())
        assert "Limassol" in labels and "Jerusalem" not in labels
        # a new publication date re-extracts the relative dates; the corrections stay
        box = page.locator("#published-input")
        box.fill("14 Nov 2023")
        box.press("Tab")
        page.click("#reextract")
        _message(page, "Re-extracted")
        seoul = _cell(page, "Seoul", "start")
        page.wait_for_function("e => !e.isConnected || e.innerText.trim() !== '2023-11-08'",
                               arg=seoul.element_handle(), timeout=20_000)
        assert _cell(page, "Seoul", "start").inner_text().strip() > "2023-11-08"
        assert "Limassol" in _places(page) and "Jerusalem" not in _places(page) and "Kyoto" in _places(page)
        assert _cell(page, "Kyoto", "start").inner_text().strip() == "2023-11-08"  # user-added: not re-dated
        assert _cell(page, "Tokyo", "end").inner_text().strip() == "2023-11-09"
        assert "published 2023-11-14" in page.locator("#subtitle").inner_text()
        page.close()
    finally:
        stop_server(proc)


def test_url_input_refuses_local_addresses(page, sample_server):
    pytest.importorskip("extract.fetch", reason="the URL fetcher lives in extract.fetch")
    _open(page, sample_server)
    counts = page.locator("#counts").inner_text()
    cases = {  # literal addresses: refused without any network traffic
        "http://127.0.0.1:9/article": "refusing to fetch from 127.0.0.1: not a public address",
        "http://[::1]/x": "refusing to fetch from ::1: not a public address",
        "http://10.1.2.3/a": "refusing to fetch from 10.1.2.3: not a public address",
        "file:///etc/passwd": "only http and https URLs can be fetched",
    }
    for url, expected in cases.items():
        page.fill("#url", url)
        page.click("#url-fetch")
        assert "not loaded" in _message(page, expected)
    assert page.locator("#counts").inner_text() == counts  # nothing lost, nothing added
