"""tripmap's extraction library: articles in, dated and geocoded itineraries out.

Pure Python, no Dash. ``extract_article`` runs the named stages of ``pipeline.STAGES`` on one
article; ``extract_articles`` merges several articles about the same trip.
"""

from __future__ import annotations

from .merge import merge
from .model import Article, Itinerary
from .pipeline import extract as extract_article
from .settings import DEFAULT, Settings

__all__ = ["Article", "Itinerary", "Settings", "extract_article", "extract_articles", "merge"]


def extract_articles(articles: list[Article], settings: Settings = DEFAULT) -> Itinerary:
    """One itinerary from one or more articles about the same trip."""
    return merge([extract_article(a, settings) for a in articles])
