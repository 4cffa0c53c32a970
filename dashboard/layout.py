"""The page: inputs, date filter, exports, map, timeline, editable stop table and article panel."""

from __future__ import annotations

from dash import dash_table, dcc, html

from extract.model import Itinerary, Status

from .upload import ACCEPT

GRAPH_CONFIG = {
    "topojsonURL": "/assets/topojson/",  # served from assets/: the map draws offline
    "displaylogo": False,
    "toImageButtonOptions": {"format": "png", "scale": 2},
}
IMAGE_EXPORTS = [(what, fmt) for what in ("map", "timeline") for fmt in ("png", "svg", "pdf")]
DATA_EXPORTS = [("json", "JSON"), ("geojson", "GeoJSON"), ("csv", "CSV"), ("ics", "iCalendar"),
                ("timelinejs", "TimelineJS")]
COLUMNS = [
    {"name": "#", "id": "order", "type": "numeric", "editable": True},
    {"name": "Place", "id": "place", "editable": True},
    {"name": "Country", "id": "country", "editable": False},
    {"name": "Start", "id": "start", "editable": True},
    {"name": "End", "id": "end", "editable": True},
    {"name": "Status", "id": "status", "presentation": "dropdown", "editable": True},
    {"name": "Dates from", "id": "basis", "editable": False},
    {"name": "Evidence", "id": "evidence", "editable": False},
]


def date_bounds(it: Itinerary) -> tuple[str | None, str | None]:
    """First and last day any stop covers, as ISO strings."""
    dated = [s.start for s in it.stops if s.start] + [s.end for s in it.stops if s.end]
    return (min(dated).isoformat(), max(dated).isoformat()) if dated else (None, None)


def header(it: Itinerary) -> list:
    """Traveller and publication date line."""
    who = it.traveller or "Unknown traveller"
    if it.traveller_title:
        who += f" ({it.traveller_title})"
    pub = it.published.isoformat() if it.published else "unknown"
    source = f" · from {it.published_source}" if it.published_source else ""
    n = len(it.articles)
    return [html.Span(who, id="traveller"), html.Span(f" · published {pub}{source}", id="published"),
            html.Span(f" · {n} article{'s' if n != 1 else ''} · {len(it.stops)} stops", id="counts")]


def _trip_settings(it: Itinerary) -> html.Div:
    return html.Div(
        [
            html.Label("Traveller", htmlFor="traveller-input", className="control-label"),
            dcc.Input(id="traveller-input", type="text", value=it.traveller or "", debounce=True,
                      placeholder="detected from the articles", className="text-input"),
            html.Label("Published", htmlFor="published-input", className="control-label"),
            dcc.DatePickerSingle(id="published-input", date=it.published.isoformat() if it.published else None,
                                 display_format="D MMM YYYY", clearable=True),
            html.Button("Re-extract", id="reextract", n_clicks=0, className="btn",
                        title="Extract the trip again with this traveller and publication date; "
                              "your corrections are kept"),
        ],
        className="trip-settings",
    )


def _inputs() -> html.Section:
    return html.Section(
        [
            dcc.Upload(
                id="upload",
                multiple=True,
                accept=",".join(ACCEPT),
                children=html.Div(["Add articles: drop files here or ", html.Button("choose files", className="link")]),
                className="upload",
            ),
            html.Label("Or paste article text", htmlFor="paste", className="control-label"),
            dcc.Textarea(id="paste", placeholder="Paste the text of an article…", className="paste"),
            html.Button("Add pasted text", id="paste-add", n_clicks=0, className="btn"),
            html.Button("Start over with the sample", id="load-sample", n_clicks=0, className="btn",
                        title="Replace the loaded articles with the embedded sample article"),
            html.Label("or an article URL", htmlFor="url", className="control-label"),
            dcc.Input(id="url", type="url", placeholder="https://…", className="text-input url-input"),
            html.Button("Fetch", id="url-fetch", n_clicks=0, className="btn",
                        title="Fetch a public web page (private and local addresses are refused)"),
            dcc.Store(id="upload-queue"),
        ],
        className="inputs panel",
        **{"aria-label": "Add articles"},
    )


def _controls(lo: str | None, hi: str | None) -> html.Div:
    return html.Div(
        [
            html.Label("Dates", htmlFor="date-range", className="control-label"),
            dcc.DatePickerRange(
                id="date-range",
                start_date=lo,
                end_date=hi,
                min_date_allowed=lo,
                max_date_allowed=hi,
                display_format="D MMM YYYY",
                clearable=True,
            ),
            html.Span("Export:", className="control-label"),
            *[html.Button(f"{what} {fmt.upper()}", id=f"export-{what}-{fmt}", n_clicks=0, className="btn")
              for what, fmt in IMAGE_EXPORTS],
            *[html.Button(label, id=f"export-data-{fmt}", n_clicks=0, className="btn") for fmt, label in DATA_EXPORTS],
            dcc.Download(id="download"),
            # a spinner while uploads, re-extraction or an export run (they all report here)
            dcc.Loading(html.Div(id="message", role="status", **{"aria-live": "polite"}), type="dot",
                        delay_show=300, parent_className="message-box"),
        ],
        className="controls",
    )


def layout(it: Itinerary, keys: list[str]) -> html.Div:
    """The whole page around the itinerary ``it`` (``keys``: each stop's correction key)."""
    lo, hi = date_bounds(it)
    return html.Div(
        [
            dcc.Store(id="itinerary", data={**it.to_dict(include_text=True), "keys": keys}),
            dcc.Store(id="selected"),
            html.Header([html.H1("tripmap"), html.P(header(it), id="subtitle"), _trip_settings(it)],
                        className="header"),
            _inputs(),
            _controls(lo, hi),
            html.Div(
                [
                    html.Div(dcc.Graph(id="map", config=GRAPH_CONFIG, className="panel map"), role="figure",
                             **{"aria-label": "Route map: numbered stops, arrows show the direction of travel; "
                                              "the stop table below lists the same stops"}),
                    html.Div(dcc.Graph(id="timeline", config=GRAPH_CONFIG, className="panel timeline"),
                             role="figure", **{"aria-label": "Timeline of the stops; drag across it to filter "
                                                             "every view to those dates"}),
                ],
                className="figures",
            ),
            html.Div(
                [
                    html.Section(
                        [
                            html.H2("Stops"),
                            html.P("Edit a cell to correct a stop (place names are looked up in the gazetteer); "
                                   "× deletes a stop. Corrections are saved in the workspace.", className="hint"),
                            dash_table.DataTable(
                                id="stops",
                                columns=COLUMNS,
                                editable=True,
                                row_deletable=True,
                                dropdown={"status": {"options": [{"label": s.value, "value": s.value}
                                                                 for s in Status], "clearable": False}},
                                style_cell={"textAlign": "left", "whiteSpace": "normal", "height": "auto",
                                            "fontFamily": "inherit", "fontSize": 13},
                                style_table={"overflowX": "auto"},
                                css=[{"selector": ".Select-menu-outer", "rule": "display: block !important"}],
                            ),
                            html.Div(
                                [
                                    html.Label("Add a stop", htmlFor="add-place", className="control-label"),
                                    dcc.Input(id="add-place", type="text", placeholder="Place, e.g. Kyoto or Lyon, FR",
                                              className="text-input", list="place-options", debounce=False),
                                    html.Datalist(id="place-options"),  # gazetteer matches as the user types
                                    html.Label("from", htmlFor="add-start"),
                                    dcc.Input(id="add-start", type="text", placeholder="YYYY-MM-DD",
                                              className="text-input"),
                                    html.Label("to", htmlFor="add-end"),
                                    dcc.Input(id="add-end", type="text", placeholder="YYYY-MM-DD",
                                              className="text-input"),
                                    html.Button("Add stop", id="add-stop", n_clicks=0, className="btn"),
                                ],
                                className="add-stop",
                            ),
                        ],
                        className="panel",
                    ),
                    html.Section([html.H2("Article"), html.Div(id="article", className="article")], className="panel"),
                ],
                className="bottom",
            ),
        ],
        className="page",
    )
