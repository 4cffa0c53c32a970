"""Extraction as an ordered list of named stages, from ``Article`` to ``Itinerary``.

Each stage reads and extends one ``Analysis``; ``STAGES`` is the order they run in, so a stage can
be swapped, timed or skipped by name (as dateparser does with its parsers).
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from . import itinerary, published, resolve, sentences, timex, toponyms
from .gazetteer import Gazetteer, get_gazetteer
from .model import Article, Itinerary, Mention, Place, Span, TimeRef
from .settings import DEFAULT, Settings


@dataclass
class Analysis:
    """Everything the stages know about one article so far."""

    article: Article
    settings: Settings
    gazetteer: Gazetteer | None = None
    sentences: list[Span] = field(default_factory=list)
    times: list[TimeRef] = field(default_factory=list)
    toponyms: list[toponyms.Toponym] = field(default_factory=list)
    places: list[Mention] = field(default_factory=list)
    people: list[Mention] = field(default_factory=list)
    itinerary: Itinerary | None = None
    warnings: list[str] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)

    def mention(self, kind: str, start: int, end: int, **extra: object) -> Mention:
        """A ``Mention`` of ``article.text[start:end]`` with its sentence filled in."""
        sent = sentences.sentence_at(self.sentences, start)
        return Mention(
            kind=kind,
            text=self.article.text[start:end],
            start=start,
            end=end,
            sentence=sent.text if sent else "",
            sentence_start=sent.start if sent else 0,
            **extra,  # type: ignore[arg-type]
        )


_ENGLISH = frozenset(
    "the of and to in a is was for on that with by he she his her will said at from as it".split()
)


def stage_language(a: Analysis) -> None:
    """Warn when the text does not look like English: the cues and date words are English."""
    words = [w.lower() for w in a.article.text.split()[:2000]]
    if len(words) >= 20 and sum(w in _ENGLISH for w in words) / len(words) < 0.08:
        a.warnings.append(
            "the text does not look like English; tripmap reads English news, so stops may be missed"
        )


def stage_sentences(a: Analysis) -> None:
    a.sentences = sentences.split_sentences(a.article.text)


def stage_publication_date(a: Analysis) -> None:
    if a.article.published is None:
        found = published.find_published(a.article.text)
        if found is not None:
            a.article.published, a.article.published_source = found
    if a.article.published is None:
        a.warnings.append("no publication date given or found: relative dates are left unresolved")


def stage_times(a: Analysis) -> None:
    a.times = timex.tag_times(a.article.text, a.article.published)


def stage_toponyms(a: Analysis) -> None:
    a.gazetteer = get_gazetteer(a.settings.min_city_population, a.settings.data_dir)
    found = toponyms.find_toponyms(a.article.text, a.gazetteer)
    # a name inside a time expression is part of the date: "Mon., Oct. 12" is no Mon State
    spans = [(t.start, t.end) for t in a.times if t.end - t.start > 0]
    a.toponyms = [
        t for t in found
        if not any(s <= t.start and t.end <= e and (s, e) != (t.start, t.end) for s, e in spans)
    ]


def stage_resolve(a: Analysis) -> None:
    g = a.gazetteer or get_gazetteer(a.settings.min_city_population, a.settings.data_dir)
    mentions = [resolve.Mention(t.start, t.end, t.key, t.demonym) for t in a.toponyms]
    entries = resolve.resolve_mentions(a.article.text, mentions, g)
    places: list[Place | None] = [e.place() if e is not None else None for e in entries]
    if a.settings.geocoder.lower() != "gazetteer":
        # an online geocoder (TRIPMAP_GEOCODER=nominatim...) places the names; the gazetteer's reading
        # in context gives it the country, and stands in when the service is down
        from .geocoders import geocode_names, shared_geocoder

        found = geocode_names(
            shared_geocoder(a.settings),
            [a.article.text[t.start : t.end] for t in a.toponyms],
            places,
            skip=[t.demonym is not None for t in a.toponyms],
            fallback=a.settings.geocoder_fallback,
        )
        places = found.places
        a.warnings.extend(w for w in found.warnings if w not in a.warnings)
    for t, place in zip(a.toponyms, places, strict=True):
        if place is not None and not _TITLE_OF.search(a.article.text, max(0, t.start - 24), t.start):
            role = "demonym" if t.demonym else "mentioned"
            a.places.append(a.mention("place", t.start, t.end, role=role, place=place))


# a place named in a peer's or a bishop's title is no place of the story: "The Duke of Edinburgh this morning
# travelled to Kumasi", "the Archbishop of Canterbury"
_TITLE_OF = re.compile(
    r"\b(?:Duke|Duchess|Earl|Countess|Marquess|Marchioness|Viscount|Baron|Baroness|Archbishop|Bishop|Prince|Princess)"
    r"\s+of\s+(?:the\s+)?$"
)


def stage_itinerary(a: Analysis) -> None:
    a.itinerary = itinerary.build(a)


Stage = Callable[[Analysis], None]
STAGES: list[tuple[str, Stage]] = [
    ("language", stage_language),
    ("sentences", stage_sentences),
    ("publication_date", stage_publication_date),
    ("times", stage_times),
    ("toponyms", stage_toponyms),
    ("resolve", stage_resolve),
    ("itinerary", stage_itinerary),
]


def analyse(article: Article, settings: Settings = DEFAULT) -> Analysis:
    """Run every stage on ``article`` and return the full analysis (with per-stage timings)."""
    a = Analysis(article=article, settings=settings)
    for name, stage in STAGES:
        t0 = time.perf_counter()
        stage(a)
        a.timings[name] = time.perf_counter() - t0
    return a


def extract(article: Article, settings: Settings = DEFAULT) -> Itinerary:
    """The itinerary of one article."""
    result = analyse(article, settings).itinerary
    assert result is not None
    return result
