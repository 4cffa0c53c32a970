"""A place named again by "there": "Lula flew in from Luanda. He landed there late on Monday".

The word after a verb of arriving or spending time ("landed there", "spent two days there") stands for
the town named just before it, in the same sentence or the one before, so it becomes a mention of that
town with the verb as its cue.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from . import cues
from .model import Level, Mention

if TYPE_CHECKING:
    from .pipeline import Analysis

_THERE = re.compile(
    r"\b(?:arriv(?:ed|es|ing)|land(?:ed|s|ing)|touch(?:ed|es|ing)\s+down|"
    r"spen(?:t|ds?|ding)\s+(?:[\w-]+\s+){1,3}?)\s*(there)\b(?!\s+(?:is|are|was|were|will|would)\b)"
)
_GONE_TO = re.compile(r"\b(?:in|to|from|at|into)\s+(?:the\s+)?$")  # a town one goes to, is in or comes from
_REACH = 250  # characters back to the town "there" may stand for
_SENTENCE_BREAK = re.compile(r"[.!?](?:\s|$)")


def add_mentions(a: Analysis) -> None:
    """Each "landed there", "spent Tuesday there" becomes a mention of the town named just before it,
    in its sentence or the one before (not further: a paragraph away, "there" is anywhere)."""
    text = a.article.text
    added = []
    for m in _THERE.finditer(text):
        town = _antecedent(a.places, text, m.start(1))
        if town is not None:
            added.append(a.mention("place", m.start(1), m.end(1), place=town.place))
    if added:
        a.places[:] = sorted(a.places + added, key=lambda p: p.start)


def _antecedent(places: list[Mention], text: str, at: int) -> Mention | None:
    """The town "there" at ``at`` stands for: the last town named within reach as one goes to, is in or
    comes from ("flew to Port Sudan"), past no more than one sentence break and no paragraph break."""
    town = next((p for p in reversed(places) if p.end <= at and p.role != "demonym" and p.place is not None
                 and _GONE_TO.search(text, max(0, p.start - 12), p.start)), None)  # (not "forced it out of Khartoum")
    if town is None or town.place is None or town.place.level is not Level.CITY or at - town.end > _REACH:
        return None
    between = text[town.end : at]
    if "\n" in between or len(_SENTENCE_BREAK.findall(between)) > 1:
        return None
    return town


def there_cue(text: str, m: Mention, clause: tuple[int, int]) -> cues.Cue:
    """The cue of a "there" mention: from its verb ("landed there") to the word."""
    return cues.word_cue("arrive", 0.8, _THERE, text, m, clause)
