# ruff: noqa: E501  (regex parts read better unbroken)
"""What every normaliser shares: the ``Norm`` result, the document ``Context``, span prefixes.

Spans follow TimeML: determiners and modifiers ("the past", "early", "about") are part of the
expression, prepositions ("on", "in") are not. Each normaliser returns a ``Norm`` or None.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from .timex_calendar import (
    clause_tense,
)
from .timex_lexicon import (
    spelled_year,
)


@dataclass
class Norm:
    """A normalised reading: TIMEX3 type, value and mod; ``parts`` split a range for TimeML."""

    type: str
    value: str
    mod: str | None = None
    window: tuple[date, date] | None = None  # overrides the window derived from ``value``
    parts: list[tuple[int, int, Norm]] = field(default_factory=list)  # (start, end) in the text


_DAY_FIRST = re.compile(r"(?<![\d/.-])(?!24/7\b)(?:1[3-9]|2\d|3[01])/(?:0?[1-9]|1[0-2])(?:/(?:19|20)?\d\d)?(?![\d/])")


class Context:
    """What normalisation needs: the text, the reference date and the last dates mentioned."""

    def __init__(self, text: str, base: date | None) -> None:
        self.text = text
        self.base = base
        self.last_day: date | None = None  # last explicit day mentioned, for "the day before"
        self.last_day_end: int | None = None  # where the last expression of a day ended
        self.last_quarter: tuple[int, int] | None = None  # (year, q) last mentioned
        self.last_year: int | None = None
        self.last_month: date | None = None  # first day of the last month mentioned
        self.last_weekday: tuple[int, date] | None = None  # (end offset, day) of the last weekday named
        self.last_week: tuple[int, date, date] | None = None  # (end offset, first, last day) of the last week or weekend
        # numeric dates are day first ("14/09", "11/09/2026") when one of them can only be read so
        self.day_first = _DAY_FIRST.search(text) is not None
        self.entry_day: date | None = None  # the day of a dated entry: a date alone on its line (a diary, a circular)

    def today(self) -> date | None:
        """The day "today" and "this morning" mean: the current dated entry's, else the reference date."""
        return self.entry_day or self.base

    def tense(self, m: re.Match[str]) -> bool | None:
        """Tense of the clause around a match: True future, False past, None unknown."""
        return clause_tense(self.text, m.start(), m.end())

    def anchor_day(self) -> date | None:
        """The day anaphora refer to: the last day mentioned, else the reference date."""
        return self.last_day or self.base


Handler = Callable[[re.Match[str], Context], Norm | None]

_I = re.I
PRE = r"(?:(?P<pre>(?i:the\s+(?:end|beginning|start|middle|rest)\s+of|early|late|mid|earlier|later|end\s+of|beginning\s+of))(?:-|\s+))?"
PRE_DAY = PRE.replace("|earlier|later", "")  # "Earlier Sunday": TimeML leaves the adverb out

APPROX = (
    r"(?:(?P<approx>about|around|nearly|almost|some|more\s+than|less\s+than|fewer\s+than|at\s+least"
    r"|up\s+to|no\s+more\s+than|roughly|approximately|another|an\s+additional|the\s+better\s+part\s+of"
    r"|well\s+over|as\s+many\s+as|as\s+much\s+as|as\s+long\s+as)\s+)?"
)
YEAR = r"(?:1[5-9]\d\d|20\d\d)"
_MOD_OF_PRE = {
    "early": "START", "beginning of": "START", "start of": "START", "late": "END", "end of": "END",
    "mid": "MID", "middle of": "MID", "earlier": None, "later": None,
}  # fmt: skip


def pre_mod(m: re.Match[str]) -> str | None:
    """TIMEX3 mod of a span prefix ("early" -> START, "late" -> END, "mid" -> MID)."""
    pre = m.groupdict().get("pre")
    if not pre:
        return None
    key = re.sub(r"^the\s+", "", re.sub(r"\s+", " ", pre.lower()))
    return _MOD_OF_PRE.get(key)


def year_of(word: str) -> int:
    """A year from digits or words ("nineteen ninety-six")."""
    return int(word) if word.isdigit() else (spelled_year(word) or 0)


ENDED = re.compile(r"\s+(?:ended|ending|that\s+ended|which\s+ended)\b", re.I)  # "the year ended June 30"
SHIFT = {
    "this": 0, "current": 0, "last": -1, "past": -1, "previous": -1, "prior": -1, "preceding": -1,
    "next": 1, "coming": 1, "following": 1, "this past": -1, "this coming": 1, "same": 0, "that": 0,
}  # fmt: skip
