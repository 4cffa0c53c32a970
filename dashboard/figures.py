"""Pure figure builders: ``Itinerary -> go.Figure`` for the route map and the timeline.

The map is plotly geo (vector, exportable) drawn from the topojson files in ``assets/``, so it
renders and exports without internet. Colours come from the Okabe-Ito palette (colour-blind safe).
"""

from __future__ import annotations

import math
from collections import deque
from datetime import date
from html import escape

import plotly.graph_objects as go

from extract.model import Itinerary, Status, Stop

# Okabe & Ito (2008), safe for the common colour-vision deficiencies.
COLORS = {
    Status.VISITED: "#0072B2",  # blue
    Status.PLANNED: "#E69F00",  # orange
    Status.CANCELLED: "#999999",  # grey
}
ACCENT = "#D55E00"  # vermillion: highlighted stop
FONT = dict(family="Helvetica, Arial, sans-serif", size=13, color="#222")


def _dates(s: Stop) -> str:
    if s.start is None:
        return "date unknown"
    if s.end and s.end != s.start:
        return f"{s.start:%d %b %Y} – {s.end:%d %b %Y}"
    return f"{s.start:%d %b %Y}"


def _wrap(text: str, width: int = 60) -> str:
    words, lines, line = text.split(), [], ""
    for w in words:
        if len(line) + len(w) + 1 > width:
            lines.append(line)
            line = w
        else:
            line = f"{line} {w}".strip()
    lines.append(line)
    return "<br>".join(lines[:5])


def stop_label(s: Stop) -> str:
    """Short label: order, place, and "~" for an approximate (inferred) location."""
    return f"{s.order}. {s.place.name}{' ~' if s.inferred else ''}"


def hover_text(s: Stop, sentence: str | None = None) -> str:
    evidence = sentence or (s.evidence[0].text if s.evidence else "")
    approx = " (approximate: country-level mention)" if s.inferred else ""
    return (
        f"<b>{s.order}. {escape(s.place.name, quote=False)}</b>{approx}<br>"
        f"{_dates(s)} · {s.status.value}<br><i>{_wrap(escape(evidence, quote=False))}</i>"
    )


def _great_circle(a: Stop, b: Stop, n: int = 24) -> tuple[list[float], list[float]]:
    """Points along the great circle from a to b (slerp on the unit sphere), about one per 4 degrees."""
    lat1, lon1, lat2, lon2 = map(math.radians, (a.place.lat, a.place.lon, b.place.lat, b.place.lon))
    p1 = (math.cos(lat1) * math.cos(lon1), math.cos(lat1) * math.sin(lon1), math.sin(lat1))
    p2 = (math.cos(lat2) * math.cos(lon2), math.cos(lat2) * math.sin(lon2), math.sin(lat2))
    dot = max(-1.0, min(1.0, sum(x * y for x, y in zip(p1, p2, strict=True))))
    omega = math.acos(dot)
    if omega < 1e-9:
        return [a.place.lat, b.place.lat], [a.place.lon, b.place.lon]
    n = max(2, min(n, int(math.degrees(omega) / 4)))
    lats, lons = [], []
    for i in range(n + 1):
        t = i / n
        k1, k2 = math.sin((1 - t) * omega) / math.sin(omega), math.sin(t * omega) / math.sin(omega)
        x, y, z = (k1 * u + k2 * v for u, v in zip(p1, p2, strict=True))
        lats.append(math.degrees(math.atan2(z, math.hypot(x, y))))
        lons.append(math.degrees(math.atan2(y, x)))
    return lats, lons


def _view(stops: list[Stop]) -> dict:
    """Geo settings that frame the trip: a world view when empty, else fitted to the stops and legs."""
    if not stops:
        return dict(projection_type="natural earth")
    lats = [s.place.lat for s in stops]
    lons = [s.place.lon for s in stops]
    span = max(max(lats) - min(lats), max(lons) - min(lons))
    # regional trips read best in Mercator; continental or wider ones in Natural Earth
    projection = "mercator" if span < 60 else "natural earth"
    return dict(projection_type=projection, fitbounds="locations")


def _frame_points(stops: list[Stop]) -> tuple[list[float], list[float]]:
    """Invisible corner points around the stops so fitbounds leaves room for labels."""
    lats = [s.place.lat for s in stops]
    lons = [s.place.lon for s in stops]
    pad_lat = max(2.0, (max(lats) - min(lats)) * 0.12)
    pad_lon = max(3.0, (max(lons) - min(lons)) * 0.12)
    lo_lat, hi_lat = max(-85.0, min(lats) - pad_lat), min(85.0, max(lats) + pad_lat)
    lo_lon, hi_lon = max(-180.0, min(lons) - pad_lon), min(180.0, max(lons) + pad_lon)
    return [lo_lat, lo_lat, hi_lat, hi_lat], [lo_lon, hi_lon, lo_lon, hi_lon]


def _bearing(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Screen-ish direction from point 1 to 2 in degrees clockwise from up (for arrowheads)."""
    dlon = ((lon2 - lon1 + 540) % 360) - 180
    return math.degrees(math.atan2(dlon * math.cos(math.radians((lat1 + lat2) / 2)), lat2 - lat1))


def _legs(stops: list[Stop]) -> list[dict]:
    """Legs as great-circle arcs, one trace per status (fast for long trips), with arrowheads."""
    traces: list[dict] = []
    n = 24 if len(stops) < 200 else 8  # long trips: coarser arcs keep the figure small
    for status in (Status.VISITED, Status.PLANNED, Status.CANCELLED):
        lats: list[float | None] = []
        lons: list[float | None] = []
        heads: tuple[list[float], list[float], list[float]] = ([], [], [])
        for a, b in zip(stops, stops[1:], strict=False):
            if b.status is not status:
                continue
            la, lo = _great_circle(a, b, n)
            lats += [*la, None]
            lons += [*lo, None]
            k = max(1, int(len(la) * 2 / 3))  # the arrowhead sits two thirds along the leg
            heads[0].append(la[k])
            heads[1].append(lo[k])
            heads[2].append(_bearing(la[k - 1], lo[k - 1], la[k], lo[k]))
        if not heads[0]:
            continue
        color = COLORS[status]
        traces.append(dict(
            type="scattergeo", lat=lats, lon=lons, mode="lines", hoverinfo="skip", showlegend=False,
            name=f"{status.value} legs", line=dict(width=2, color=color, dash="solid" if status is Status.VISITED else "dash"),
        ))
        traces.append(dict(
            type="scattergeo", lat=heads[0], lon=heads[1], mode="markers", hoverinfo="skip", showlegend=False,
            name=f"{status.value} direction",
            marker=dict(symbol="triangle-up", size=9, color=color, angle=heads[2], angleref="up"),
        ))
    return traces


LABEL_POSITIONS = ("top right", "bottom right", "top left", "bottom left", "middle right", "middle left")


def _label_positions(stops: list[Stop], near: float = 2.0) -> dict[int, str]:
    """A text position per stop order that differs from those of stops within ``near`` degrees."""
    out: dict[int, str] = {}
    placed: deque[tuple[float, float, str]] = deque(maxlen=60)  # recent stops: neighbours on a trip
    for s in stops:
        taken = {p for lat, lon, p in placed if abs(lat - s.place.lat) < near and abs(lon - s.place.lon) < near}
        pos = next((p for p in LABEL_POSITIONS if p not in taken), LABEL_POSITIONS[0])
        out[s.order] = pos
        placed.append((s.place.lat, s.place.lon, pos))
    return out


def _empty_note() -> dict:
    return dict(text="No stops in this date range", showarrow=False, font=dict(size=16),
                xref="paper", yref="paper", x=0.5, y=0.5)


def map_spec(it: Itinerary, highlight: int | None = None, sentences: dict[int, str] | None = None) -> dict:
    """The route as a plain plotly figure dict: numbered stops, great-circle legs with direction.

    Plain dicts skip plotly's validation, which costs most of the time on long trips; ``map_figure``
    wraps the same dict in a validated ``go.Figure``.
    """
    stops = it.stops
    traces = _legs(stops)
    if stops:
        flats, flons = _frame_points(stops)
        traces.append(dict(type="scattergeo", lat=flats, lon=flons, mode="markers", marker=dict(size=1, opacity=0),
                           hoverinfo="skip", showlegend=False, name="frame"))
    sentences = sentences or {}
    positions = _label_positions(stops)
    for status in (Status.VISITED, Status.PLANNED, Status.CANCELLED):
        group = [s for s in stops if s.status is status]
        if not group:
            continue
        colors = [ACCENT if s.order == highlight else COLORS[status] for s in group]
        traces.append(dict(
            type="scattergeo",
            lat=[s.place.lat for s in group],
            lon=[s.place.lon for s in group],
            mode="markers+text",
            text=[stop_label(s) for s in group],
            textposition=[positions[s.order] for s in group],
            textfont=dict(size=12, color="#222"),
            customdata=[s.order for s in group],
            hovertext=[hover_text(s, sentences.get(s.order)) for s in group],
            hoverinfo="text",
            marker=dict(
                size=[16 if s.order == highlight else 11 for s in group],
                color=colors,
                symbol=["circle-open" if s.inferred else "circle" for s in group],  # open: approximate place
                line=dict(width=2, color=colors),
            ),
            name=status.value,
        ))
    geo = dict(showcountries=True, countrycolor="#bbbbbb", showland=True, landcolor="#f2f2ee", showocean=True,
               oceancolor="#e8f1f8", showframe=False, resolution=50)
    view = _view(stops)
    geo["projection"] = dict(type=view.pop("projection_type"))
    geo.update(view)
    title = f"Itinerary of {it.traveller}" if it.traveller else "Itinerary"
    layout = dict(
        title=dict(text=title, x=0.01),
        font=FONT,
        margin=dict(l=0, r=0, t=40, b=0),
        legend=dict(orientation="h", y=-0.02, title=dict(text="status")),
        height=480,
        paper_bgcolor="white",
        geo=geo,
        annotations=[] if stops else [_empty_note()],
    )
    return dict(data=traces, layout=layout)


def map_figure(it: Itinerary, highlight: int | None = None, sentences: dict[int, str] | None = None) -> go.Figure:
    """The route map as a validated ``go.Figure`` (for image export)."""
    return go.Figure(map_spec(it, highlight, sentences))


def timeline_spec(it: Itinerary, highlight: int | None = None) -> dict:
    """Stops as bars over dates in trip order as a plain figure dict; uncertain lighter, planned hatched."""
    dated = [s for s in it.stops if s.start is not None]
    labels = [stop_label(s) for s in it.stops]
    groups: dict[tuple[Status, bool], list[Stop]] = {}
    for s in dated:
        uncertain = s.date_basis is not None and s.date_basis.value == "inferred"
        groups.setdefault((s.status, uncertain), []).append(s)
    traces: list[dict] = []
    for (status, uncertain), group in groups.items():  # one trace per look: fast for long trips
        colors = [ACCENT if s.order == highlight else COLORS[status] for s in group]
        traces.append(dict(
            type="bar",
            y=[stop_label(s) for s in group],
            x=[(((s.end or s.start) - s.start).days + 1) * 86_400_000 for s in group],  # type: ignore[operator]
            base=[s.start.isoformat() for s in group],  # type: ignore[union-attr]
            orientation="h",
            marker=dict(
                color=colors,
                opacity=0.45 if uncertain else 0.9,
                pattern=dict(shape="/" if status is not Status.VISITED else "", fgcolor="white", bgcolor=COLORS[status]),
                line=dict(color=colors, width=[3 if s.order == highlight else 1 for s in group]),
            ),
            customdata=[s.order for s in group],
            hovertext=[hover_text(s) for s in group],
            hoverinfo="text",
            showlegend=False,
            name=f"{status.value}{' (uncertain dates)' if uncertain else ''}",
        ))
    undated = [s for s in it.stops if s.start is None]
    if undated:
        traces.append(dict(
            type="scatter",
            y=[stop_label(s) for s in undated],
            x=[_anchor(it, dated)] * len(undated),
            mode="markers",
            marker=dict(symbol="line-ew-open", size=14, color="#777"),
            hovertext=[hover_text(s) for s in undated],
            hoverinfo="text",
            customdata=[s.order for s in undated],
            showlegend=False,
            name="undated",
        ))
    shapes, annotations = [], []
    if it.published:
        pub = it.published.isoformat()
        shapes.append(dict(type="line", x0=pub, x1=pub, xref="x", y0=0, y1=1, yref="paper",
                           line=dict(color="#444", dash="dot", width=1)))
        annotations.append(dict(x=pub, y=1.02, yref="paper", text="published", showarrow=False, font=dict(size=11)))
    if not it.stops:
        annotations.append(_empty_note())
    # (automargin: room below for two-line or rotated date labels, which a fixed margin cut off)
    xaxis = dict(type="date", tickformat="%d %b\n%Y", showgrid=True, gridcolor="#eee", automargin=True)
    days = {s.start for s in dated} | {s.end for s in dated if s.end}
    if days and (max(days) - min(days)).days <= 14:  # short trips: one tick per day, no repeated labels
        xaxis["dtick"] = 86_400_000
    layout = dict(
        title=dict(text="Timeline", x=0.01),
        font=FONT,
        barmode="overlay",
        margin=dict(l=10, r=20, t=40, b=30),
        height=_timeline_height(len(it.stops)),
        plot_bgcolor="white",
        paper_bgcolor="white",
        xaxis=xaxis,
        yaxis=dict(categoryorder="array", categoryarray=list(reversed(labels)), automargin=True),
        shapes=shapes,
        annotations=annotations,
    )
    return dict(data=traces, layout=layout)


def timeline_figure(it: Itinerary, highlight: int | None = None) -> go.Figure:
    """The timeline as a validated ``go.Figure`` (for image export)."""
    return go.Figure(timeline_spec(it, highlight))


def _timeline_height(n: int) -> int:
    """Pixels for ``n`` rows: roomy for a normal trip, compact (and capped) for very long ones."""
    return max(260, min(6000, 60 + (34 if n <= 40 else 14) * n))


def _anchor(it: Itinerary, dated: list[Stop]) -> str:
    """Where undated stops sit on the date axis: the first dated stop, else publication."""
    first: date | None = min((s.start for s in dated if s.start), default=None) or it.published
    return (first or date.today()).isoformat()
