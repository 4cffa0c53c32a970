"""The articles as Dash components with extracted spans highlighted by kind.

Text goes into components as plain strings, which React escapes: article text is never rendered
as HTML, whatever it contains. The sentences supporting the selected stop are wrapped in a
``span.selected-sentence`` the page scrolls to.
"""

from __future__ import annotations

from dash import html

from extract.model import Itinerary, Mention, Stop

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
    """The colour key of the highlights."""
    return html.Div(
        [html.Mark(label, className=f"hl {cls}") for label, cls in KINDS.values()],
        className="legend",
        **{"aria-label": "Highlight legend"},
    )


def sentence_ranges(stop: Stop, it: Itinerary, article_id: str | None = None) -> list[tuple[int, int]]:
    """Character ranges of the sentences holding ``stop``'s evidence (the evidence itself if unknown)."""
    ranges = []
    for e in stop.evidence:
        rng = (e.start, e.end)
        for m in it.mentions:
            if article_id is not None and m.article_id not in (None, article_id):
                continue
            lo, hi = m.sentence_start, m.sentence_start + len(m.sentence)
            if m.sentence and lo <= e.start < hi:
                rng = (lo, max(hi, e.end))
                break
        ranges.append(rng)
    return sorted(set(ranges))


def evidence_sentences(it: Itinerary) -> dict[int, str]:
    """Stop order -> the full sentence holding its first evidence span (for hover text), when known."""
    import bisect

    sentences = sorted({(m.sentence_start, m.sentence) for m in it.mentions if m.sentence})
    starts = [st for st, _ in sentences]
    out: dict[int, str] = {}
    for stop in it.stops:
        if not stop.evidence:
            continue
        e = stop.evidence[0]
        i = bisect.bisect_right(starts, e.start) - 1
        if i >= 0 and starts[i] <= e.start < starts[i] + len(sentences[i][1]):
            out[stop.order] = sentences[i][1]
    return out


def _tokens(text: str, mentions: list[Mention], cuts: set[int]) -> list[tuple[int, int, Mention | None]]:
    """Text split into plain pieces and mention pieces; plain pieces also split at ``cuts``."""
    out: list[tuple[int, int, Mention | None]] = []
    pos = 0

    def plain(a: int, b: int) -> None:
        points = [a, *sorted(c for c in cuts if a < c < b), b]
        out.extend((x, y, None) for x, y in zip(points, points[1:], strict=False) if y > x)

    for m in mentions:
        if m.start < pos or m.end > len(text) or text[m.start : m.end] != m.text:
            continue
        plain(pos, m.start)
        out.append((m.start, m.end, m))
        pos = m.end
    plain(pos, len(text))
    return out


def _piece(text: str, a: int, b: int, m: Mention | None) -> object:
    if m is None:
        return text[a:b]
    label, cls = KINDS[_kind(m)]
    return html.Mark(m.text, className=f"hl {cls}", title=f"{label}: {m.role or m.kind}")


def article_children(text: str, it: Itinerary, article_id: str | None = None,
                     selected: list[tuple[int, int]] | None = None) -> list:
    """Paragraph of ``text`` with non-overlapping mentions wrapped in <mark>, selected sentences marked."""
    mentions = sorted(
        (m for m in it.mentions if article_id is None or m.article_id in (None, article_id)),
        key=lambda m: (m.start, -(m.end - m.start)),
    )
    selected = selected or []
    cuts = {x for r in selected for x in r}
    pieces: list = []
    group: list = []
    in_sel = False
    for a, b, m in _tokens(text, mentions, cuts):
        inside = any(lo <= a < hi for lo, hi in selected)
        if inside != in_sel and group:
            pieces.append(html.Span(group, className="selected-sentence") if in_sel else group)
            group = []
        in_sel = inside
        group.append(_piece(text, a, b, m))
    if group:
        pieces.append(html.Span(group, className="selected-sentence") if in_sel else group)
    flat: list = []
    for p in pieces:
        flat.extend(p if isinstance(p, list) else [p])
    return [html.Div(flat, className="article-text")]


def articles_view(it: Itinerary, selected_stop: Stop | None = None) -> list:
    """Legend and every article (title, source, text), the selected stop's sentences marked."""
    children: list = [legend()]
    many = len(it.articles) > 1
    for a in it.articles:
        ranges: list[tuple[int, int]] = []
        if selected_stop is not None and (not selected_stop.sources or a.id in selected_stop.sources or not many):
            ranges = sentence_ranges(selected_stop, it, a.id if many else None)
        head = a.title or a.source or a.id or "Article"
        children.append(html.H3(head, className="article-title"))
        children.extend(article_children(a.text, it, a.id if many else None, ranges))
    return children
