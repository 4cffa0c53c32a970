"""Temporal tagger: find time expressions and normalise them against the publication date.

The patterns of ``timex_table`` find candidates (dateparser's ``search_dates`` is no finder: it
takes "we" for Wednesday); the longest non-overlapping ones are kept and normalised in text order,
so that "the day before" or "a year earlier" can lean on the date mentioned last. Each result is a
``TimeRef`` with its span, TIMEX3 type and value, precision and a (earliest, latest) day window.
"""

from __future__ import annotations

import re
from datetime import date

from .model import Precision, TimeRef
from .timex_calendar import window_for
from .timex_context import Context, Norm
from .timex_lexicon import MONTHS, WEEKDAYS
from .timex_table import RULES, TRIGGERS

__all__ = ["MONTHS", "WEEKDAYS", "tag_times", "timeml_times", "find_candidates"]


_BEFORE = 60  # characters a match may start before its trigger ("about the past two" months)
_AFTER = 45  # and end after it ("Sept. 6 through Sept. 9, 2023")


def _windows(trigger: tuple[str, ...] | re.Pattern[str], low: str) -> list[tuple[int, int]]:
    """Merged stretches of the text around each occurrence of a rule's trigger.

    Trigger strings must start a word ("mon" in "Monday", not in "Edmonton") unless they begin with
    "~", which allows them anywhere ("~0s" in "1990s").
    """
    hits: list[int] = []
    if isinstance(trigger, tuple):
        for t in trigger:
            anywhere = t.startswith("~")
            t = t.lstrip("~")
            i = low.find(t)
            while i != -1:
                if anywhere or i == 0 or not low[i - 1].isalpha():
                    hits.append(i)
                i = low.find(t, i + 1)
    else:
        hits = [m.start() for m in trigger.finditer(low)]
    if not hits:
        return []
    hits.sort()
    n = len(low)
    out: list[tuple[int, int]] = []
    for h in hits:
        a, b = max(0, h - _BEFORE), min(n, h + _AFTER)
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


def find_candidates(text: str) -> list[tuple[int, int, int, re.Match[str]]]:
    """Longest non-overlapping rule matches as (start, end, rule index, match), in text order.

    Each rule's pattern only runs around occurrences of its trigger strings (``TRIGGERS``):
    the same matches at a fraction of the cost of scanning every position with every pattern.
    """
    cands: list[tuple[int, int, int, re.Match[str]]] = []
    low = text.lower()
    # rules with the same trigger (five have the month names) share its windows, found once per text
    windows: dict[tuple[str, ...] | re.Pattern[str], list[tuple[int, int]]] = {}
    for i, (name, pattern, _handler) in enumerate(RULES):
        trigger = TRIGGERS[name]
        if trigger not in windows:
            windows[trigger] = _windows(trigger, low)
        for a, b in windows[trigger]:
            for m in pattern.finditer(text, a, b):
                start, end = m.span()
                # trim whitespace the optional parts may leave at the edges
                while start < end and text[start].isspace():
                    start += 1
                while end > start and text[end - 1].isspace():
                    end -= 1
                if end > start:
                    cands.append((start, end, i, m))
    cands.sort(key=lambda c: (-(c[1] - c[0]), c[2], c[0]))
    taken: list[tuple[int, int, int, re.Match[str]]] = []
    occupied = bytearray(len(text) + 1)
    for c in cands:
        if any(occupied[c[0] : c[1]]):
            continue
        occupied[c[0] : c[1]] = b"\x01" * (c[1] - c[0])
        taken.append(c)
    taken.sort(key=lambda c: c[0])
    return taken


def _ref(text: str, start: int, end: int, norm: Norm) -> TimeRef:
    """The ``TimeRef`` of a normalised span; durations, sets and PAST/PRESENT/FUTURE_REF ("now",
    "recently") get no day window: they do not place anything on a day."""
    if norm.type in ("DURATION", "SET") or norm.value.endswith("_REF"):
        prec, lo, hi = Precision.UNKNOWN, None, None
    else:
        prec, lo, hi = window_for(norm.value)
    if norm.window is not None:
        lo, hi = norm.window
    return TimeRef(text[start:end], start, end, norm.type, norm.value, prec, lo, hi, norm.mod)


def _tag(text: str, published: date | None) -> list[tuple[int, int, Norm]]:
    """(start, end, Norm) of every expression, normalised in text order so anaphora see what came before."""
    ctx = Context(text, published)
    out = []
    for start, end, i, m in find_candidates(text):
        norm = RULES[i][2](m, ctx)
        if norm is not None:
            out.append((start, end, norm))
            if _DAY_VALUE.match(norm.value):
                ctx.last_day_end = end  # where the day "in the afternoon" may refer to was named
    return out


_DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d")


def tag_times(text: str, published: date | None) -> list[TimeRef]:
    """Every time expression in ``text``, normalised against ``published``, in text order.

    A range ("Sept. 6-9", "from 3 to 6 September") is one DATE whose window spans the range.
    """
    return [_ref(text, s, e, n) for s, e, n in _tag(text, published)]


def timeml_times(text: str, published: date | None) -> list[TimeRef]:
    """Like ``tag_times`` but with TimeML spans: a range becomes one TIMEX3 per end point."""
    out: list[TimeRef] = []
    for s, e, n in _tag(text, published):
        if n.parts:
            out.extend(_ref(text, ps, pe, pn) for ps, pe, pn in n.parts)
        else:
            out.append(_ref(text, s, e, n))
    return out
