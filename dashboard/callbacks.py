"""Dash callbacks: redraw on filter or selection, timeline zoom, clicks, corrections, uploads, exports."""

from __future__ import annotations

from typing import Any

import dash
from dash import Dash, Input, Output, State, dcc, html

from extract import extract_articles
from extract.errors import TripmapError
from extract.export import FORMATS as DATA_FORMATS
from extract.model import Article, parse_day
from extract.settings import Settings

from .article_view import articles_view
from .edits import add_stop, apply_edit, place_options
from .images import image_bytes
from .layout import DATA_EXPORTS, IMAGE_EXPORTS, date_bounds, header
from .state import filter_itinerary
from .trip import (
    dump,
    fetch_url,
    filtered_figures,
    filtered_rows,
    load,
    merge_articles,
    reextract_trip,
    selected_style,
)
from .upload import MAX_BATCH_BYTES, MAX_UPLOAD_BYTES, read_pasted, read_uploads, rejected_message
from .workspace import Workspace

DUP = {"allow_duplicate": True}
# What every callback that changes the trip writes: the store, the status line and the date range.
TRIP_OUTPUTS = [
    Output("itinerary", "data", **DUP),
    Output("message", "children", **DUP),
    Output("date-range", "start_date", **DUP),
    Output("date-range", "end_date", **DUP),
]


def zoom_range(r: dict, bounds: tuple[str | None, str | None]) -> tuple:
    """Date-picker (start, end) for a timeline relayout event, kept inside the trip's ``bounds``."""
    if "xaxis.range[0]" in r and "xaxis.range[1]" in r:
        lo, hi = str(r["xaxis.range[0]"])[:10], str(r["xaxis.range[1]"])[:10]
    elif isinstance(r.get("xaxis.range"), list) and len(r["xaxis.range"]) == 2:
        lo, hi = str(r["xaxis.range"][0])[:10], str(r["xaxis.range"][1])[:10]
    elif r.get("xaxis.autorange"):
        return bounds
    else:
        return dash.no_update, dash.no_update
    first, last = bounds
    if first and last:  # ISO dates compare as strings
        lo, hi = min(max(lo, first), last), max(min(hi, last), first)
    return lo, hi


# Oversized files are refused in the browser, before their bytes are sent: a clear message instead
# of the server's 413. A batch is capped too, so one request stays under MAX_CONTENT_LENGTH.
SIZE_CHECK_JS = """
function(contents, names) {
    if (!contents) { return window.dash_clientside.no_update; }
    const files = [], rejected = [];
    let total = 0;
    contents.forEach(function(c, i) {
        const size = Math.floor((c.length - c.indexOf(',') - 1) * 3 / 4);
        if (size > MAX_BYTES) { rejected.push({name: names[i], size: size, why: 'file'}); }
        else if (total + size > MAX_BATCH) { rejected.push({name: names[i], size: size, why: 'batch'}); }
        else { total += size; files.push({name: names[i], contents: c}); }
    });
    return {files: files, rejected: rejected, t: Date.now()};
}
""".replace("MAX_BYTES", str(MAX_UPLOAD_BYTES)).replace("MAX_BATCH", str(MAX_BATCH_BYTES))

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
        *TRIP_OUTPUTS,
        Input("reextract", "n_clicks"),
        State("traveller-input", "value"),
        State("published-input", "date"),
        State("itinerary", "data"),
        prevent_initial_call=True,
    )
    def reextract(_n: int, traveller: str | None, published: str | None, data: dict) -> tuple:
        try:
            store, it = reextract_trip(ws, data, traveller, parse_day(published), settings)
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
        return zoom_range(relayout or {}, date_bounds(load(data)[0]))

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
        *TRIP_OUTPUTS,
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
        *TRIP_OUTPUTS,
        Input("upload-queue", "data"),
        State("itinerary", "data"),
        prevent_initial_call=True,
    )
    def upload(queue: dict | None, data: dict) -> tuple:
        if not queue:
            return (dash.no_update,) * 4
        result = read_uploads(queue.get("files") or [], settings)
        errors = [rejected_message(r) for r in queue.get("rejected") or []]
        errors += [f"{e}; not loaded." for e in result.errors]
        return _loaded(data, result.articles, errors)

    @app.callback(
        *TRIP_OUTPUTS,
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
        *TRIP_OUTPUTS,
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
        it = filter_itinerary(load(data)[0], parse_day(start), parse_day(end))
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
