"""What the itinerary stage builds on its way to stops: cued candidates and stops in the making."""

from __future__ import annotations

from dataclasses import dataclass, field

from .cues import Cue
from .model import Mention, Span, Status, Stop, TimeRef


@dataclass
class Draft:
    """A stop under construction, with what ordering and dating still need to know."""

    stop: Stop
    position: int
    origin_of: int | None = None
    time: TimeRef | None = None
    window: bool = False
    days: int | None = None  # "two days of talks": how long the stop lasted
    status: Status | None = None  # None until a clause says
    chain: int = -1  # the cue a list of stops shares ("visited A, B and C"): their order is the trip's
    clause: tuple[int, int] = (0, 0)  # the sentence that made it a stop
    follows: int | None = None  # offset of a place it comes after ("After Tokyo, she heads to Seoul")
    earlier: bool = False  # came before its sentence's dated stop ("from Poland", "after a trip to India")
    kind: str = ""  # the cue that made it a stop


@dataclass
class Candidate:
    """A place mention that a cue ties to the traveller, before merging into stops."""

    mention: Mention
    cue: Cue
    status: Status | None  # None: the clause does not say
    time: TimeRef | None = None
    position: int = 0
    evidence: list[Span] = field(default_factory=list)
    again: bool = False  # a second stay in a town of the trip ("flew back to Antananarivo on Friday")


def destination(d: Draft, drafts: list[Draft]) -> Draft | None:
    """The draft an origin led to ("arrived in Tokyo from Turkey": Tokyo's), found by the evidence that holds
    the place the traveller came to (a draft's evidence always covers its own mention); None for no origin."""
    if d.origin_of is None:
        return None
    at = d.origin_of
    return next((o for o in drafts if o is not d and any(e.start <= at < e.end for e in o.stop.evidence)), None)
