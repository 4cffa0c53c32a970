"""The Dash application: route map, timeline, date filter, article with highlighted spans, exports.

``create_app(articles)`` builds the app around already-read articles (the embedded sample when
none are given); ``run`` serves it on 127.0.0.1 without debug mode unless told otherwise.
"""

from __future__ import annotations

from datetime import date

import dash
from dash import Dash, Input, Output, State, dash_table, dcc, html

from extract import extract_articles
from extract.errors import TripmapError
from extract.export import to_csv, to_geojson, to_json
from extract.model import Article, Itinerary
from extract.reader import read_path

from . import ASSETS, SAMPLE
from .article_view import article_children
from .figures import map_figure, timeline_figure
from .images import image_bytes
from .state import filter_itinerary

MAX_UPLOAD_BYTES = 5_000_000
GRAPH_CONFIG = {
    "topojsonURL": "/assets/topojson/",  # served from assets/: the map draws offline
    "displaylogo": False,
    "toImageButtonOptions": {"format": "png", "scale": 2},
}


def sample_articles() -> list[Article]:
    """The embedded sample article (Blinken in Tokyo, 7 November 2023)."""
    return [read_path(SAMPLE)]


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value[:10]) if value else None


def _stop_rows(it: Itinerary) -> list[dict]:
    return [
        {
            "order": s.order,
            "place": s.place.name + (" ~" if s.inferred else ""),
            "country": s.place.country or "",
            "start": s.start.isoformat() if s.start else "",
            "end": s.end.isoformat() if s.end else "",
            "status": s.status.value,
            "basis": s.date_basis.value if s.date_basis else "",
            "evidence": s.evidence[0].text if s.evidence else "",
        }
        for s in it.stops
    ]


def _header(it: Itinerary) -> list:
    who = it.traveller or "Unknown traveller"
    if it.traveller_title:
        who += f" ({it.traveller_title})"
    pub = it.published.isoformat() if it.published else "unknown"
    source = f" · from {it.published_source}" if it.published_source else ""
    return [html.Span(who, id="traveller"), html.Span(f" · published {pub}{source}", id="published")]


def layout(it: Itinerary) -> html.Div:
    dated = [s.start for s in it.stops if s.start] + [s.end for s in it.stops if s.end]
    lo = min(dated).isoformat() if dated else None
    hi = max(dated).isoformat() if dated else None
    return html.Div(
        [
            dcc.Store(id="itinerary", data=it.to_dict(include_text=True)),
            html.Header(
                [html.H1("tripmap"), html.P(_header(it), id="subtitle")],
                className="header",
            ),
            html.Div(
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
                    *[
                        html.Button(f"{what} {fmt.upper()}", id=f"export-{what}-{fmt}", n_clicks=0, className="btn")
                        for what in ("map", "timeline")
                        for fmt in ("png", "svg", "pdf")
                    ],
                    *[
                        html.Button(label, id=f"export-data-{fmt}", n_clicks=0, className="btn")
                        for fmt, label in (("json", "JSON"), ("geojson", "GeoJSON"), ("csv", "CSV"))
                    ],
                    dcc.Download(id="download"),
                    html.Div(id="message", role="status", **{"aria-live": "polite"}),
                ],
                className="controls",
            ),
            html.Div(
                [
                    dcc.Graph(id="map", config=GRAPH_CONFIG, className="panel map"),
                    dcc.Graph(id="timeline", config=GRAPH_CONFIG, className="panel timeline"),
                ],
                className="figures",
            ),
            html.Div(
                [
                    html.Section(
                        [
                            html.H2("Stops"),
                            dash_table.DataTable(
                                id="stops",
                                columns=[{"name": c, "id": c} for c in ("order", "place", "country", "start",
                                                                        "end", "status", "basis", "evidence")],
                                style_cell={"textAlign": "left", "whiteSpace": "normal", "height": "auto",
                                            "fontFamily": "inherit", "fontSize": 13},
                                style_table={"overflowX": "auto"},
                            ),
                        ],
                        className="panel",
                    ),
                    html.Section(
                        [html.H2("Article"), html.Div(id="article", className="article")],
                        className="panel",
                    ),
                ],
                className="bottom",
            ),
        ],
        className="page",
    )


def create_app(articles: list[Article] | None = None) -> Dash:
    """The dashboard for ``articles`` (merged into one trip), or for the embedded sample."""
    it = extract_articles(articles or sample_articles())
    app = Dash(
        __name__,
        assets_folder=str(ASSETS),
        title="tripmap",
        update_title=None,
        serve_locally=True,
    )
    app.server.config["MAX_CONTENT_LENGTH"] = MAX_UPLOAD_BYTES
    app.layout = layout(it)
    register_callbacks(app)
    return app


def register_callbacks(app: Dash) -> None:
    @app.callback(
        Output("map", "figure"),
        Output("timeline", "figure"),
        Output("stops", "data"),
        Output("article", "children"),
        Input("itinerary", "data"),
        Input("date-range", "start_date"),
        Input("date-range", "end_date"),
    )
    def redraw(data: dict, start: str | None, end: str | None):
        full = Itinerary.from_dict(data)
        it = filter_itinerary(full, _date(start), _date(end))
        text = full.articles[0].text if full.articles else ""
        return map_figure(it), timeline_figure(it), _stop_rows(it), article_children(text, full)

    @app.callback(
        Output("download", "data"),
        Output("message", "children"),
        [Input(f"export-{w}-{f}", "n_clicks") for w in ("map", "timeline") for f in ("png", "svg", "pdf")]
        + [Input(f"export-data-{f}", "n_clicks") for f in ("json", "geojson", "csv")],
        State("itinerary", "data"),
        State("date-range", "start_date"),
        State("date-range", "end_date"),
        prevent_initial_call=True,
    )
    def export(*args):
        data, start, end = args[-3:]
        trigger = dash.ctx.triggered_id
        if not trigger:
            return dash.no_update, dash.no_update
        it = filter_itinerary(Itinerary.from_dict(data), _date(start), _date(end))
        name = (it.traveller or "itinerary").replace(" ", "-").lower()
        try:
            if trigger.startswith("export-data-"):
                fmt = trigger.removeprefix("export-data-")
                body = {"json": to_json, "geojson": to_geojson, "csv": to_csv}[fmt](it)
                return dict(content=body, filename=f"{name}.{fmt}"), f"Exported {fmt.upper()}."
            _, what, fmt = trigger.split("-")
            return (
                dcc.send_bytes(image_bytes(it, what, fmt), f"{name}-{what}.{fmt}"),
                f"Exported {what} as {fmt.upper()}.",
            )
        except TripmapError as e:
            return dash.no_update, f"Export failed: {e}"


def run(
    articles: list[Article] | None = None,
    host: str = "127.0.0.1",
    port: int = 8050,
    debug: bool = False,
    workspace: str | None = None,
) -> None:
    """Serve the dashboard (blocking)."""
    app = create_app(articles)
    print(f"tripmap dashboard on http://{host}:{port}/", flush=True)
    app.run(host=host, port=port, debug=debug)


if __name__ == "__main__":
    run()

