"""The article as Dash components with extracted spans highlighted by kind.

Text goes into components as plain strings, which React escapes: article text is never rendered
as HTML, whatever it contains.
"""

from __future__ import annotations

from dash import html

from extract.model import Itinerary, Mention

KINDS = {
    "stop": ("Stop", "hl-stop"),
    "place": ("Mentioned place", "hl-place"),
    "time": ("Time", "hl-time"),
    "person": ("Traveller", "hl-person"),
}


def _kind(m: Mention) -> str:
    if m.kind == "place":
        return "stop" if m.role in ("stop", "origin") else "place"
    return m.kind


def legend() -> html.Div:
    return html.Div(
        [html.Mark(label, className=f"hl {cls}") for label, cls in KINDS.values()],
        className="legend",
        **{"aria-label": "Highlight legend"},
    )


def article_children(text: str, it: Itinerary, article_id: str | None = None) -> list:
    """Legend plus paragraphs of ``text`` with non-overlapping mentions wrapped in <mark>."""
    mentions = sorted(
        (m for m in it.mentions if article_id is None or m.article_id in (None, article_id)),
        key=lambda m: (m.start, -(m.end - m.start)),
    )
    pieces: list = []
    pos = 0
    for m in mentions:
        if m.start < pos or m.end > len(text) or text[m.start : m.end] != m.text:
            continue
        if m.start > pos:
            pieces.append(text[pos : m.start])
        label, cls = KINDS[_kind(m)]
        pieces.append(
            html.Mark(m.text, className=f"hl {cls}", title=f"{label}: {m.role or m.kind}",
                      id={"type": "span", "start": m.start})
        )
        pos = m.end
    pieces.append(text[pos:])
    return [legend(), html.Div(pieces, className="article-text")]
