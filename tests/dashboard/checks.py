"""Open exported image files with real decoders and check they hold a real picture."""

from __future__ import annotations

import io
import re
import xml.etree.ElementTree as ET

from PIL import Image

OCEAN = (0xE8, 0xF1, 0xF8)  # the map's ocean colour (dashboard.figures)
LAND = (0xF2, 0xF2, 0xEE)  # the map's land colour


def check_png(data: bytes, what: str) -> Image.Image:
    """A decodable PNG of a sensible size with many colours; for the map, land and sea are drawn."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n", data[:16]
    img = Image.open(io.BytesIO(data))
    img.load()
    assert img.format == "PNG"
    assert img.width >= 1000 and img.height >= 500, img.size
    rgb = img.convert("RGB").resize((img.width // 4, img.height // 4), Image.NEAREST)
    colours = rgb.getcolors(maxcolors=1_000_000) or []
    assert len(colours) > 50, f"only {len(colours)} colours: a blank image"
    counts = {c: n for n, c in colours}
    total = rgb.width * rgb.height
    white = counts.get((255, 255, 255), 0)
    assert white / total < (0.9 if what == "map" else 0.995), "blank: all white"
    if what == "map":  # the topojson was drawn: a fair share of land and of ocean
        assert counts.get(OCEAN, 0) / total > 0.05, "no ocean drawn"
        assert counts.get(LAND, 0) / total > 0.05, "no land drawn"
    return img


def check_svg(data: bytes, what: str) -> ET.Element:
    """Well-formed XML with an <svg> root of a sensible size and real content."""
    root = ET.fromstring(data)
    assert root.tag.endswith("svg"), root.tag
    width, height = float(root.get("width", "0")), float(root.get("height", "0"))
    assert width >= 1000 and height >= 500, (width, height)
    paths = [e for e in root.iter() if e.tag.endswith("path")]
    if what == "map":  # country outlines are paths with long outlines
        assert len(paths) > 10 and max(len(p.get("d", "")) for p in paths) > 5000
    else:
        assert len(paths) >= 3  # bars
    return root


def check_pdf(data: bytes) -> None:
    """A PDF with at least one page and real content."""
    assert data.startswith(b"%PDF-"), data[:16]
    assert b"%%EOF" in data[-1024:]
    assert re.search(rb"/Type\s*/Page(?!s)", data), "no page object"
    assert len(data) > 10_000


def check_image(data: bytes, what: str, fmt: str) -> None:
    """Dispatch on format."""
    {"png": lambda: check_png(data, what), "svg": lambda: check_svg(data, what), "pdf": lambda: check_pdf(data)}[fmt]()
