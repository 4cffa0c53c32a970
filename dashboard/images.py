"""Static image export (PNG, SVG, PDF) of the map and timeline through kaleido and Chromium.

Offline: plotly.js comes from the plotly package and the map's topojson from ``assets/``.
Chromium is Debian's (``/usr/bin/chromium``) unless ``BROWSER_PATH`` names another.
"""

from __future__ import annotations

import os
import shutil
import threading
import warnings
from pathlib import Path

import plotly.graph_objects as go
import plotly.io as pio

from extract.errors import ExportError
from extract.model import Itinerary

from . import TOPOJSON
from .figures import map_figure, timeline_figure

FORMATS = ("png", "svg", "pdf")
SIZES = {"map": (1200, 750), "timeline": (1200, 600)}
_lock = threading.Lock()
_started = False


def configure() -> None:
    """Point kaleido at the local Chromium and topojson, and keep its browser warm (once)."""
    global _started
    with _lock:
        if _started:
            return
        # plotly passes its request headers to kaleido, which a warm server does not need
        warnings.filterwarnings("ignore", message="The kopts argument is ignored if using a server")
        if "BROWSER_PATH" not in os.environ:
            found = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
            if found:
                os.environ["BROWSER_PATH"] = found
        pio.defaults.topojson = TOPOJSON.as_uri() + "/"
        try:
            import kaleido

            kaleido.start_sync_server(silence_warnings=True)
        except Exception:  # an older kaleido without the sync server still exports, only slower
            pass
        _started = True


def figure_for(it: Itinerary, what: str) -> go.Figure:
    if what == "map":
        return map_figure(it)
    if what == "timeline":
        return timeline_figure(it)
    raise ExportError(f"cannot export {what!r}: choose map or timeline")


def image_bytes(it: Itinerary, what: str, fmt: str) -> bytes:
    """The map or timeline of ``it`` rendered as ``fmt`` (png, svg or pdf)."""
    if fmt not in FORMATS:
        raise ExportError(f"unknown image format {fmt!r}: choose one of {', '.join(FORMATS)}")
    configure()
    fig = figure_for(it, what)
    width, height = SIZES[what]
    if what == "timeline":
        height = max(height, int(fig.layout.height or 0))
    try:
        return pio.to_image(fig, format=fmt, width=width, height=height, scale=2 if fmt == "png" else 1)
    except Exception as e:  # kaleido reports a missing or crashing browser in many ways
        raise ExportError(f"image export failed ({type(e).__name__}: {e}); is chromium installed?") from e


def export_image(it: Itinerary, what: str, fmt: str, path: Path) -> Path:
    """Write the image to ``path`` and return it."""
    data = image_bytes(it, what, fmt)
    try:
        path.write_bytes(data)
    except OSError as e:
        raise ExportError(f"{path}: cannot write ({e.strerror})") from None
    return path
