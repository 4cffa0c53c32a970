"""The trip held in the page's ``itinerary`` store: (de)serialising, filtered views, (re)extraction."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from extract import extract_articles
from extract.errors import TripmapError
from extract.model import Article, Itinerary, parse_day
from extract.settings import Settings

from .article_view import evidence_sentences
from .figures import map_spec, timeline_spec
from .state import filter_itinerary
from .workspace import Workspace, stop_key

SELECTED_STYLE = {"backgroundColor": "#FBE3D6", "fontWeight": "bold"}


def load(data: dict) -> tuple[Itinerary, list[str]]:
    """The itinerary held in the ``itinerary`` store and each stop's correction key."""
    it = Itinerary.from_dict(data)
    keys = data.get("keys") or [stop_key(s) for s in it.stops]
    return it, list(keys)


def dump(it: Itinerary, keys: list[str]) -> dict:
    """What the ``itinerary`` store holds: the contract dict with texts, plus the keys."""
    return {**it.to_dict(include_text=True), "keys": keys}


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
    it = filter_itinerary(full, parse_day(start), parse_day(end))
    return map_spec(it, selected, evidence_sentences(it)), timeline_spec(it, selected)


def filtered_rows(data: dict, start: str | None, end: str | None) -> list[dict]:
    """Stop table rows of the stored itinerary restricted to [start, end]."""
    full, keys = load(data)
    it = filter_itinerary(full, parse_day(start), parse_day(end))
    return stop_rows(it, {id(s): k for s, k in zip(full.stops, keys, strict=True)})


def selected_style(selected: int | None) -> list[dict]:
    """Table style marking the selected stop's row."""
    return [{"if": {"filter_query": f"{{order}} = {int(selected)}"}, **SELECTED_STYLE}] if selected else []


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
