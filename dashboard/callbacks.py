"""Dash callbacks: redraw on filter or selection, timeline zoom, clicks, corrections, uploads, exports."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date
from typing import Any

import dash
from dash import Dash, Input, Output, State, dcc, html

from extract import extract_articles
from extract.errors import TripmapError
from extract.export import FORMATS as DATA_FORMATS
from extract.gazetteer import get_gazetteer
from extract.model import Article, DateBasis, Itinerary, Place, Status, Stop
from extract.settings import Settings

from .article_view import articles_view, evidence_sentences
from .figures import map_spec, timeline_spec
from .images import image_bytes
from .layout import DATA_EXPORTS, IMAGE_EXPORTS, date_bounds, header
from .state import filter_itinerary
from .upload import MAX_UPLOAD_BYTES, read_pasted, read_uploads
from .workspace import ADDED, Workspace, apply_corrections, stop_key, trip_key

SELECTED_STYLE = {"backgroundColor": "#FBE3D6", "fontWeight": "bold"}
DUP = {"allow_duplicate": True}


def load(data: dict) -> tuple[Itinerary, list[str]]:
    """The itinerary held in the ``itinerary`` store and each stop's correction key."""
    it = Itinerary.from_dict(data)
    keys = data.get("keys") or [stop_key(s) for s in it.stops]
    return it, list(keys)


def dump(it: Itinerary, keys: list[str]) -> dict:
    """What the ``itinerary`` store holds: the contract dict with texts, plus the keys."""
    return {**it.to_dict(include_text=True), "keys": keys}


def day(value: str | None) -> date | None:
    """An ISO date (or datetime) string from a component as a date."""
    return date.fromisoformat(value[:10]) if value else None


def stop_rows(it: Itinerary, keys: dict[int, str]) -> list[dict]:
    """Table rows for the stops of ``it``; ``keys`` maps ``id(stop)`` to its correction key."""
    return [
        {
            "key": keys.get(id(s), stop_key(s)),
            "order": s.order,
            "place": s.place.name + (" ~" if s.inferred else ""),
            "country": s.place.country or "",
            "start": s.start.isoformat() if s.start else "",
            "end": s.end.isoformat() if s.end else "",
            "status": s.status.value,
            "basis": "user" if s.note in ("corrected by user", "added by user") else (s.date_basis.value if s.date_basis else ""),
            "evidence": s.evidence[0].text if s.evidence else "",
        }
        for s in it.stops
    ]


def filtered_figures(data: dict, start: str | None, end: str | None, selected: int | None) -> tuple:
    """Map and timeline of the stored itinerary restricted to [start, end], ``selected`` highlighted."""
    full = Itinerary.from_dict(data)
    it = filter_itinerary(full, day(start), day(end))
    return map_spec(it, selected, evidence_sentences(it)), timeline_spec(it, selected)


def filtered_rows(data: dict, start: str | None, end: str | None) -> list[dict]:
    """Stop table rows of the stored itinerary restricted to [start, end]."""
    full, keys = load(data)
    it = filter_itinerary(full, day(start), day(end))
    return stop_rows(it, {id(s): k for s, k in zip(full.stops, keys, strict=True)})


def selected_style(selected: int | None) -> list[dict]:
    """Table style marking the selected stop's row."""
    return [{"if": {"filter_query": f"{{order}} = {int(selected)}"}, **SELECTED_STYLE}] if selected else []


def place_options(query: str | None, settings: Settings, limit: int = 12) -> list[str]:
    """Gazetteer names starting with ``query`` as "Name, CC" strings, most prominent first."""
    name = (query or "").split(",")[0].strip()
    if len(name) < 2:
        return []
    found = get_gazetteer(settings.min_city_population).search(name, limit)
    return list(dict.fromkeys(f"{e.name}, {e.country}" if e.country else e.name for e in found))


def lookup_place(text: str, settings: Settings) -> Place | None:
    """A place typed by the user ("Lyon" or "Lyon, FR"): the most prominent gazetteer match."""
    name, _, country = (p.strip() for p in text.rstrip(" ~").partition(","))
    cands = get_gazetteer(settings.min_city_population).candidates(name)
    if country:
        cands = [c for c in cands if (c.country or "").upper() == country.upper()] or []
    if not cands:
        return None
    return max(cands, key=lambda c: (c.level.value == "city", c.population)).place()


def _row_changes(new: dict, old: dict, stop: Stop, settings: Settings) -> dict[str, Any]:
    """Corrections one edited row asks for; raises ``ValueError`` with a user message."""
    changes: dict[str, Any] = {}
    if (new.get("place") or "") != (old.get("place") or ""):
        place = lookup_place(new.get("place") or "", settings)
        if place is None:
            raise ValueError(f"No place called {new.get('place')!r} in the gazetteer (try 'Name, CC').")
        changes["place"] = place.to_dict()
    for f in ("start", "end"):
        if (new.get(f) or "") != (old.get(f) or ""):
            value = (new.get(f) or "").strip()
            try:
                changes[f] = date.fromisoformat(value).isoformat() if value else None
            except ValueError:
                raise ValueError(f"{f} {value!r} is not a date in the form YYYY-MM-DD.") from None
    start, end = changes.get("start", stop.start and stop.start.isoformat()), changes.get("end", stop.end and stop.end.isoformat())
    if start and end and end < start:
        raise ValueError("The end date is before the start date.")
    if new.get("status") != old.get("status"):
        changes["status"] = Status(new["status"]).value
    return changes


def apply_edit(ws: Workspace, data: dict, rows: list[dict], previous: list[dict],
               settings: Settings) -> tuple[dict, str]:
    """Save the difference between ``previous`` and ``rows`` as corrections; the new store and a message."""
    it, keys = load(data)
    trip = trip_key(it)
    by_key = dict(zip(keys, it.stops, strict=True))
    old = {r["key"]: r for r in previous}
    new = {r["key"]: r for r in rows}
    fixes: dict[str, dict[str, Any]] = {}
    for key in old.keys() - new.keys():
        fixes[key] = {"deleted": True}
    moved: tuple[str, int] | None = None
    for key, row in new.items():
        if key not in old or key not in by_key:
            continue
        changes = _row_changes(row, old[key], by_key[key], settings)
        if changes:
            fixes[key] = changes
        if str(row.get("order")) != str(old[key].get("order")):
            moved = (key, int(float(row["order"])))
    if moved:  # renumber the whole trip so orders stay 1..n
        order = [k for k in keys if k != moved[0] and not fixes.get(k, {}).get("deleted")]
        order.insert(max(0, min(len(order), moved[1] - 1)), moved[0])
        for n, k in enumerate(order, 1):
            if by_key[k].order != n:
                fixes.setdefault(k, {})["order"] = n
    for key, changes in fixes.items():
        ws.save(trip, key, changes)
    it, keys = apply_corrections(it, fixes, keys)
    return dump(it, keys), f"Saved {len(fixes)} correction{'s' if len(fixes) != 1 else ''}." if fixes else ""


def merge_articles(ws: Workspace, data: dict, new: list[Article], settings: Settings) -> tuple[dict, Itinerary]:
    """Re-extract the trip from the loaded articles plus ``new``, with stored corrections applied."""
    current, _ = load(data)
    ids = {a.id for a in current.articles}
    for i, a in enumerate(new):
        while a.id in ids:  # two uploads named alike stay two articles
            a.id = f"{a.id}-{i + 2}"
        ids.add(a.id)
    it, keys = ws.apply(extract_articles([*current.articles, *new], settings))
    return dump(it, keys), it


def add_stop(ws: Workspace, data: dict, place_text: str | None, start: str | None, end: str | None,
             settings: Settings) -> tuple[dict, str]:
    """Add a stop the articles missed (saved in the workspace); raises ``ValueError`` with a user message."""
    place = lookup_place(place_text or "", settings)
    if place is None:
        raise ValueError(f"No place called {place_text!r} in the gazetteer (try 'Name, CC').")
    try:
        first = date.fromisoformat(start) if start else None
        last = date.fromisoformat(end) if end else first
    except ValueError:
        raise ValueError("Dates must be in the form YYYY-MM-DD.") from None
    if first and last and last < first:
        raise ValueError("The end date is before the start date.")
    it, keys = load(data)
    stop = Stop(place=place, order=max((s.order for s in it.stops), default=0) + 1, start=first, end=last,
                date_basis=DateBasis.EXPLICIT if first else None, confidence=1.0, note="added by user")
    key = f"{ADDED}{uuid.uuid4().hex[:12]}"
    ws.save(trip_key(it), key, {"added": stop.to_dict()})
    it.stops.append(stop)
    return dump(it, [*keys, key]), f"Added stop {stop.order}. {place.name}."


def fetch_url(url: str, settings: Settings) -> Article:
    """The article at a public URL, read like an upload (``extract.fetch`` refuses non-public addresses)."""
    try:
        from extract.fetch import fetch_article
    except ImportError:  # an extract package without the fetcher
        raise TripmapError("fetching URLs is not available in this installation") from None
    article = fetch_article(url, settings)
    article.id = article.id or url
    return article


def reextract_trip(ws: Workspace, data: dict, traveller: str | None, published: date | None,
                   settings: Settings) -> tuple[dict, Itinerary]:
    """Extract the loaded articles again for ``traveller`` with ``published`` as their date; corrections kept."""
    current, _ = load(data)
    articles = [replace(a, published=published, published_source="given") if published else a
                for a in current.articles]
    settings = replace(settings, traveller=(traveller or "").strip() or None)
    it, keys = ws.apply(extract_articles(articles, settings))
    return dump(it, keys), it


SIZE_CHECK_JS = """
function(contents, names) {
    if (!contents) { return window.dash_clientside.no_update; }
    const files = [], rejected = [];
    contents.forEach(function(c, i) {
        const size = Math.floor((c.length - c.indexOf(',') - 1) * 3 / 4);
        if (size > MAX_BYTES) { rejected.push({name: names[i], size: size}); }
        else { files.push({name: names[i], contents: c}); }
    });
    return {files: files, rejected: rejected, t: Date.now()};
}
""".replace("MAX_BYTES", str(MAX_UPLOAD_BYTES))

SCROLL_JS = """
function(children) {
    setTimeout(function() {
        const box = document.getElementById('article');
        const el = box && box.querySelector('.selected-sentence');
        if (el) { box.scrollTop += el.getBoundingClientRect().top - box.getBoundingClientRect().top - box.clientHeight / 3; }
    }, 50);
    return Date.now();
}
"""


def register_callbacks(app: Dash, ws: Workspace, settings: Settings) -> None:
    """Wire every callback of the page to ``app``; corrections go to ``ws``."""

    @app.callback(
        Output("map", "figure"),
        Output("timeline", "figure"),
        Input("itinerary", "data"),
        Input("date-range", "start_date"),
        Input("date-range", "end_date"),
        Input("selected", "data"),
    )
    def redraw(data: dict, start: str | None, end: str | None, selected: int | None) -> tuple:
        return filtered_figures(data, start, end, selected)

    # the table's rows change only with the data or the filter, so a click never interrupts an edit
    @app.callback(
        Output("stops", "data"),
        Input("itinerary", "data"),
        Input("date-range", "start_date"),
        Input("date-range", "end_date"),
    )
    def table(data: dict, start: str | None, end: str | None) -> list[dict]:
        return filtered_rows(data, start, end)

    @app.callback(Output("stops", "style_data_conditional"), Input("selected", "data"))
    def table_selection(selected: int | None) -> list[dict]:
        return selected_style(selected)

    @app.callback(Output("article", "children"), Input("itinerary", "data"), Input("selected", "data"))
    def article(data: dict, selected: int | None) -> list:
        it, _ = load(data)
        stop = next((s for s in it.stops if s.order == selected), None)
        return articles_view(it, stop)

    @app.callback(
        Output("subtitle", "children"),
        Output("date-range", "min_date_allowed"),
        Output("date-range", "max_date_allowed"),
        Output("traveller-input", "value"),
        Output("published-input", "date"),
        Input("itinerary", "data"),
    )
    def bounds(data: dict) -> tuple:
        it, _ = load(data)
        lo, hi = date_bounds(it)
        return header(it), lo, hi, it.traveller or "", it.published.isoformat() if it.published else None

    @app.callback(
        Output("itinerary", "data", **DUP),
        Output("message", "children", **DUP),
        Output("date-range", "start_date", **DUP),
        Output("date-range", "end_date", **DUP),
        Input("reextract", "n_clicks"),
        State("traveller-input", "value"),
        State("published-input", "date"),
        State("itinerary", "data"),
        prevent_initial_call=True,
    )
    def reextract(_n: int, traveller: str | None, published: str | None, data: dict) -> tuple:
        try:
            store, it = reextract_trip(ws, data, traveller, day(published), settings)
        except TripmapError as e:
            return dash.no_update, f"Could not re-extract: {e}", dash.no_update, dash.no_update
        lo, hi = date_bounds(it)
        return store, f"Re-extracted: {len(it.stops)} stops (corrections kept).", lo, hi

    @app.callback(
        Output("date-range", "start_date"),
        Output("date-range", "end_date"),
        Input("timeline", "relayoutData"),
        State("itinerary", "data"),
        prevent_initial_call=True,
    )
    def timeline_zoom(relayout: dict | None, data: dict) -> tuple:
        r = relayout or {}
        if "xaxis.range[0]" in r and "xaxis.range[1]" in r:
            return str(r["xaxis.range[0]"])[:10], str(r["xaxis.range[1]"])[:10]
        if isinstance(r.get("xaxis.range"), list):
            return str(r["xaxis.range"][0])[:10], str(r["xaxis.range"][1])[:10]
        if r.get("xaxis.autorange"):
            return date_bounds(load(data)[0])
        return dash.no_update, dash.no_update

    @app.callback(
        Output("selected", "data"),
        Input("map", "clickData"),
        Input("timeline", "clickData"),
        Input("stops", "active_cell"),
        State("stops", "data"),
        prevent_initial_call=True,
    )
    def select(map_click: dict | None, tl_click: dict | None, cell: dict | None, rows: list[dict]) -> Any:
        trigger = dash.ctx.triggered_id
        if trigger == "stops":
            if cell and rows and 0 <= cell["row"] < len(rows):
                return rows[cell["row"]]["order"]
            return dash.no_update
        click = map_click if trigger == "map" else tl_click
        points = (click or {}).get("points") or []
        order = points[0].get("customdata") if points else None
        if isinstance(order, list):
            order = order[0] if order else None
        return order if isinstance(order, int) else dash.no_update

    app.clientside_callback(SCROLL_JS, Output("article", "data-scrolled"), Input("article", "children"))

    @app.callback(
        Output("itinerary", "data", **DUP),
        Output("message", "children", **DUP),
        Output("stops", "data", **DUP),
        Input("stops", "data_timestamp"),
        State("stops", "data"),
        State("stops", "data_previous"),
        State("itinerary", "data"),
        State("date-range", "start_date"),
        State("date-range", "end_date"),
        prevent_initial_call=True,
    )
    def edit(_ts: int | None, rows: list[dict] | None, previous: list[dict] | None, data: dict,
             start: str | None, end: str | None) -> tuple:
        if rows is None or previous is None:
            return dash.no_update, dash.no_update, dash.no_update
        try:
            store, msg = apply_edit(ws, data, rows, previous, settings)
            return store, msg, dash.no_update
        except (ValueError, TripmapError) as e:  # put the table back as the store has it
            return dash.no_update, f"Not saved: {e}", filtered_rows(data, start, end)

    @app.callback(
        Output("itinerary", "data", **DUP),
        Output("message", "children", **DUP),
        Output("add-place", "value"),
        Input("add-stop", "n_clicks"),
        State("add-place", "value"),
        State("add-start", "value"),
        State("add-end", "value"),
        State("itinerary", "data"),
        prevent_initial_call=True,
    )
    def add(_n: int, place: str | None, start: str | None, end: str | None, data: dict) -> tuple:
        try:
            store, msg = add_stop(ws, data, place, (start or "").strip(), (end or "").strip(), settings)
        except ValueError as e:
            return dash.no_update, f"Not added: {e}", dash.no_update
        return store, msg, ""

    @app.callback(Output("place-options", "children"), Input("add-place", "value"), prevent_initial_call=True)
    def suggest(query: str | None) -> list:
        return [html.Option(value=v) for v in place_options(query, settings)]

    @app.callback(
        Output("itinerary", "data", **DUP),
        Output("message", "children", **DUP),
        Output("date-range", "start_date", **DUP),
        Output("date-range", "end_date", **DUP),
        Input("load-sample", "n_clicks"),
        prevent_initial_call=True,
    )
    def sample(_n: int) -> tuple:
        from .app import sample_articles

        it, keys = ws.apply(extract_articles(sample_articles(), settings))
        lo, hi = date_bounds(it)
        return dump(it, keys), "Loaded the embedded sample article.", lo, hi

    app.clientside_callback(SIZE_CHECK_JS, Output("upload-queue", "data"),
                            Input("upload", "contents"), State("upload", "filename"))

    def _loaded(data: dict, new: list[Article], errors: list[str]) -> tuple:
        if not new:
            return dash.no_update, " ".join(errors), dash.no_update, dash.no_update
        try:
            store, it = merge_articles(ws, data, new, settings)
        except TripmapError as e:
            return dash.no_update, f"Could not add the articles: {e}", dash.no_update, dash.no_update
        lo, hi = date_bounds(it)
        names = ", ".join(a.title or a.source or a.id or "article" for a in new)
        msg = f"Added {names}: {len(it.stops)} stops from {len(it.articles)} articles."
        return store, " ".join([msg, *errors]), lo, hi

    @app.callback(
        Output("itinerary", "data", **DUP),
        Output("message", "children", **DUP),
        Output("date-range", "start_date", **DUP),
        Output("date-range", "end_date", **DUP),
        Input("upload-queue", "data"),
        State("itinerary", "data"),
        prevent_initial_call=True,
    )
    def upload(queue: dict | None, data: dict) -> tuple:
        if not queue:
            return (dash.no_update,) * 4
        from .upload import too_large_message

        result = read_uploads(queue.get("files") or [], settings)
        errors = [too_large_message(r["name"], r["size"]) + "; not loaded." for r in queue.get("rejected") or []]
        errors += [f"{e}; not loaded." for e in result.errors]
        return _loaded(data, result.articles, errors)

    @app.callback(
        Output("itinerary", "data", **DUP),
        Output("message", "children", **DUP),
        Output("date-range", "start_date", **DUP),
        Output("date-range", "end_date", **DUP),
        Output("paste", "value"),
        Input("paste-add", "n_clicks"),
        State("paste", "value"),
        State("itinerary", "data"),
        prevent_initial_call=True,
    )
    def paste(_n: int, text: str | None, data: dict) -> tuple:
        try:
            article = read_pasted(text or "", settings, len(load(data)[0].articles) + 1)
        except TripmapError as e:
            return dash.no_update, f"{e}; not loaded.", dash.no_update, dash.no_update, dash.no_update
        return (*_loaded(data, [article], []), "")

    @app.callback(
        Output("itinerary", "data", **DUP),
        Output("message", "children", **DUP),
        Output("date-range", "start_date", **DUP),
        Output("date-range", "end_date", **DUP),
        Input("url-fetch", "n_clicks"),
        State("url", "value"),
        State("itinerary", "data"),
        prevent_initial_call=True,
    )
    def fetch(_n: int, url: str | None, data: dict) -> tuple:
        url = (url or "").strip()
        if not url:
            return dash.no_update, "Type the URL of an article first.", dash.no_update, dash.no_update
        try:
            article = fetch_url(url, settings)
        except TripmapError as e:
            return dash.no_update, f"{e}; not loaded.", dash.no_update, dash.no_update
        return _loaded(data, [article], [])

    @app.callback(
        Output("download", "data"),
        Output("message", "children", **DUP),
        [Input(f"export-{w}-{f}", "n_clicks") for w, f in IMAGE_EXPORTS]
        + [Input(f"export-data-{f}", "n_clicks") for f, _ in DATA_EXPORTS],
        State("itinerary", "data"),
        State("date-range", "start_date"),
        State("date-range", "end_date"),
        prevent_initial_call=True,
    )
    def export(*args: Any) -> tuple:
        data, start, end = args[-3:]
        trigger = dash.ctx.triggered_id
        if not trigger:
            return dash.no_update, dash.no_update
        it = filter_itinerary(load(data)[0], day(start), day(end))
        name = (it.traveller or "itinerary").replace(" ", "-").lower()
        try:
            if trigger.startswith("export-data-"):
                fmt = trigger.removeprefix("export-data-")
                ext = {"timelinejs": "timeline.json"}.get(fmt, fmt)
                return dict(content=DATA_FORMATS[fmt](it), filename=f"{name}.{ext}"), f"Exported {fmt}."
            _, what, fmt = trigger.split("-")
            return (dcc.send_bytes(image_bytes(it, what, fmt), f"{name}-{what}.{fmt}"),
                    f"Exported {what} as {fmt.upper()}.")
        except TripmapError as e:
            return dash.no_update, f"Export failed: {e}"
