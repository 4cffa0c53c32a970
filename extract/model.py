"""The one data model shared by extraction, the CLI and the dashboard.

Every result carries provenance (character offsets into the article and the sentence), and
every class round-trips through plain dicts: ``X.from_dict(x.to_dict()) == x``.
``Itinerary.to_dict()`` is the ``tripmap.itinerary/1`` JSON contract of the evaluation kit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any

SCHEMA = "tripmap.itinerary/1"


class Level(StrEnum):
    """How coarse a place is."""

    CITY = "city"
    ADMIN = "admin"
    COUNTRY = "country"
    REGION = "region"


class Status(StrEnum):
    """Whether the traveller has been at a stop, will be, or will no longer be."""

    VISITED = "visited"
    PLANNED = "planned"
    CANCELLED = "cancelled"


class DateBasis(StrEnum):
    """Where a stop's dates come from: stated, resolved from a relative phrase, or inferred."""

    EXPLICIT = "explicit"
    RELATIVE = "relative"
    INFERRED = "inferred"


class Precision(StrEnum):
    """The grain of a time reference, finest first."""

    TIME = "time"
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    SEASON = "season"
    QUARTER = "quarter"
    YEAR = "year"
    DECADE = "decade"
    CENTURY = "century"
    UNKNOWN = "unknown"


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


def parse_day(value: Any) -> date | None:
    """A date from an ISO date or datetime string (or a date); None for nothing."""
    if value in (None, ""):
        return None
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


@dataclass
class Span:
    """A stretch of article text: ``text == article.text[start:end]``."""

    text: str
    start: int
    end: int
    article_id: str | None = None  # which article, when several are merged

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"text": self.text, "start": self.start, "end": self.end}
        if self.article_id is not None:
            d["article_id"] = self.article_id
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Span:
        return cls(text=d["text"], start=int(d["start"]), end=int(d["end"]), article_id=d.get("article_id"))


@dataclass
class Article:
    """One input document; ``published`` is the base for relative dates."""

    text: str
    title: str | None = None
    published: date | None = None
    published_source: str | None = None  # "given", "html", "dateline", "text" or None
    source: str | None = None  # file path, URL or "stdin"
    id: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "published": _iso(self.published),
            "published_source": self.published_source,
            "source": self.source,
            "text": self.text,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Article:
        return cls(
            text=d["text"],
            title=d.get("title"),
            published=parse_day(d.get("published")),
            published_source=d.get("published_source"),
            source=d.get("source"),
            id=d.get("id"),
        )


@dataclass
class Place:
    """A resolved location; ``gazetteer_id`` is a GeoNames id or a curated-region key."""

    name: str
    country: str | None
    lat: float
    lon: float
    level: Level = Level.CITY
    gazetteer_id: str | None = None
    population: int | None = None
    admin1: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "country": self.country,
            "lat": self.lat,
            "lon": self.lon,
            "level": str(self.level),
            "gazetteer_id": self.gazetteer_id,
            "population": self.population,
            "admin1": self.admin1,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Place:
        return cls(
            name=d["name"],
            country=d.get("country"),
            lat=float(d["lat"]),
            lon=float(d["lon"]),
            level=Level(d.get("level") or "city"),
            gazetteer_id=d.get("gazetteer_id"),
            population=d.get("population"),
            admin1=d.get("admin1"),
        )


@dataclass
class TimeRef:
    """A normalised time expression: TIMEX3 ``type`` and ``value`` plus a day window.

    ``value`` is TIMEX3 style (2023-11-07, 2023-W45, 2023-11, P2D, XXXX-WXX-2); ``earliest`` and
    ``latest`` bound the days it can mean (both None for durations and unanchored values).
    """

    text: str
    start: int
    end: int
    type: str  # DATE, TIME, DURATION or SET
    value: str
    precision: Precision = Precision.DAY
    earliest: date | None = None
    latest: date | None = None
    mod: str | None = None  # TIMEX3 mod: START, END, MID, APPROX, ...

    @classmethod
    def on_day(cls, text: str, start: int, end: int, day: date, last: date | None = None) -> TimeRef:
        """A DATE of one day (or from ``day`` to ``last``) that the stage rules work out themselves."""
        return cls(text, start, end, "DATE", day.isoformat(), Precision.DAY, day, last or day)

    @property
    def span(self) -> Span:
        return Span(self.text, self.start, self.end)

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "type": self.type,
            "value": self.value,
            "precision": str(self.precision),
            "earliest": _iso(self.earliest),
            "latest": _iso(self.latest),
            "mod": self.mod,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> TimeRef:
        return cls(
            text=d["text"],
            start=int(d["start"]),
            end=int(d["end"]),
            type=d["type"],
            value=d["value"],
            precision=Precision(d.get("precision") or "day"),
            earliest=parse_day(d.get("earliest")),
            latest=parse_day(d.get("latest")),
            mod=d.get("mod"),
        )


@dataclass
class Mention:
    """A span of the article that names a place, a time or a person, with its sentence.

    ``role`` says what the span does in the trip: for places "stop", "origin", "mentioned",
    "dateline", "demonym"; for people "traveller" or None.
    """

    kind: str  # "place", "time" or "person"
    text: str
    start: int
    end: int
    sentence: str = ""
    sentence_start: int = 0
    role: str | None = None
    place: Place | None = None
    time: TimeRef | None = None
    article_id: str | None = None  # which article the offsets refer to, when several are merged

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "kind": self.kind,
            "article_id": self.article_id,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "role": self.role,
            "sentence": self.sentence,
            "sentence_start": self.sentence_start,
        }
        if self.place is not None:
            d["place"] = self.place.to_dict()
        if self.time is not None:
            d["value"] = self.time.value
            d["time"] = self.time.to_dict()
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Mention:
        return cls(
            kind=d["kind"],
            text=d["text"],
            start=int(d["start"]),
            end=int(d["end"]),
            sentence=d.get("sentence") or "",
            sentence_start=int(d.get("sentence_start") or 0),
            role=d.get("role"),
            place=Place.from_dict(d["place"]) if d.get("place") else None,
            time=TimeRef.from_dict(d["time"]) if d.get("time") else None,
            article_id=d.get("article_id"),
        )


@dataclass
class Stop:
    """One place on the trip, with its dates, status and the spans that support it.

    ``inferred`` marks a stop placed at a representative point (a capital for a country-level
    visit); ``mention_level`` says how the article named it.
    """

    place: Place
    order: int
    start: date | None = None
    end: date | None = None
    date_basis: DateBasis | None = None
    status: Status = Status.VISITED
    confidence: float = 0.5
    evidence: list[Span] = field(default_factory=list)
    mention_level: Level | None = None
    inferred: bool = False
    region: str | None = None  # the region stop this one is grouped under, if any
    sources: list[str] = field(default_factory=list)  # article ids
    note: str | None = None

    def to_dict(self) -> dict[str, Any]:
        p = self.place
        return {
            "order": self.order,
            "place": p.name,
            "country": p.country,
            "lat": p.lat,
            "lon": p.lon,
            "level": str(p.level),
            "gazetteer_id": p.gazetteer_id,
            "population": p.population,
            "admin1": p.admin1,
            "start": _iso(self.start),
            "end": _iso(self.end),
            "date_basis": str(self.date_basis) if self.date_basis else None,
            "status": str(self.status),
            "confidence": round(self.confidence, 3),
            "evidence": [e.to_dict() for e in self.evidence],
            "mention_level": str(self.mention_level) if self.mention_level else None,
            "inferred": self.inferred,
            "region": self.region,
            "sources": list(self.sources),
            "note": self.note,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Stop:
        place = Place(
            name=d["place"],
            country=d.get("country"),
            lat=float(d["lat"]),
            lon=float(d["lon"]),
            level=Level(d.get("level") or "city"),
            gazetteer_id=d.get("gazetteer_id"),
            population=d.get("population"),
            admin1=d.get("admin1"),
        )
        return cls(
            place=place,
            order=int(d["order"]),
            start=parse_day(d.get("start")),
            end=parse_day(d.get("end")),
            date_basis=DateBasis(d["date_basis"]) if d.get("date_basis") else None,
            status=Status(d.get("status") or "visited"),
            confidence=float(d.get("confidence", 0.5)),
            evidence=[Span.from_dict(e) for e in d.get("evidence", [])],
            mention_level=Level(d["mention_level"]) if d.get("mention_level") else None,
            inferred=bool(d.get("inferred", False)),
            region=d.get("region"),
            sources=list(d.get("sources", [])),
            note=d.get("note"),
        )


@dataclass
class Itinerary:
    """The trip of one traveller as one or more articles tell it."""

    traveller: str | None
    published: date | None
    stops: list[Stop] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    traveller_title: str | None = None
    published_source: str | None = None
    articles: list[Article] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def to_dict(self, include_text: bool = False) -> dict[str, Any]:
        """The ``tripmap.itinerary/1`` document; article texts only when asked for."""
        articles = []
        for a in self.articles:
            ad = a.to_dict()
            if not include_text:
                ad.pop("text")
            articles.append(ad)
        return {
            "schema": SCHEMA,
            "traveller": self.traveller,
            "traveller_title": self.traveller_title,
            "published": _iso(self.published),
            "published_source": self.published_source,
            "stops": [s.to_dict() for s in self.stops],
            "mentions": [m.to_dict() for m in self.mentions],
            "articles": articles,
            "warnings": list(self.warnings),
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Itinerary:
        return cls(
            traveller=d.get("traveller"),
            published=parse_day(d.get("published")),
            stops=[Stop.from_dict(s) for s in d.get("stops", [])],
            mentions=[Mention.from_dict(m) for m in d.get("mentions", [])],
            traveller_title=d.get("traveller_title"),
            published_source=d.get("published_source"),
            articles=[Article.from_dict({"text": "", **a}) for a in d.get("articles", [])],
            warnings=list(d.get("warnings", [])),
        )
