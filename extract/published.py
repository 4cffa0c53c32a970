"""Publication date of an article: ``--published``, HTML metadata, a dateline, or the text, in that order.

``reader`` applies the first two; this module finds the date in the text itself and reports where it
came from ("dateline" for the opening lines or a "Published:/Updated:" line, "text" for a date
inferred from the body). ``None`` means no date: callers must say so rather than guess.
"""

from __future__ import annotations

import re
from datetime import date

from .timex_calendar import clause_tense
from .timex_lexicon import MON, month_number

_YEAR = r"((?:19|20)\d\d)"
_WD = r"(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?\s+)?"
_FULL = re.compile(
    rf"\b{_WD}({MON})\s+([0-3]?\d)(?:st|nd|rd|th)?,?\s+{_YEAR}\b"
    rf"|\b{_WD}([0-3]?\d)(?:st|nd|rd|th)?\s+({MON}),?\s+{_YEAR}\b"
)
_ISO = re.compile(r"\b((?:19|20)\d\d)-([01]\d)-([0-3]\d)\b")
_MARKER = re.compile(r"\b(?:published|updated|posted|last\s+modified|first\s+published|date)\b\s*:?", re.I)
DATELINE_WINDOW = 300  # characters of the opening that count as the dateline
SOURCE_ORDER = ("given", "html", "dateline", "text")


def _from_match(m: re.Match[str]) -> date | None:
    try:
        if m.re is _ISO:
            return date(int(m[1]), int(m[2]), int(m[3]))
        if m[1]:
            return date(int(m[3]), month_number(m[1]), int(m[2]))
        return date(int(m[6]), month_number(m[5]), int(m[4]))
    except (ValueError, KeyError):
        return None


def _dates(text: str) -> list[tuple[re.Match[str], date]]:
    found = [(m, d) for p in (_FULL, _ISO) for m in p.finditer(text) if (d := _from_match(m))]
    found.sort(key=lambda x: x[0].start())
    return found


def find_published(text: str) -> tuple[date, str] | None:
    """(date, source) from the article text, or None when it states no full date.

    A "Published:/Updated:" line anywhere, or the first full date of the opening lines, is the
    "dateline"; else the latest date of a past-tense clause in the body ("text"): an article is
    written after what it reports.
    """
    dates = _dates(text)
    for marker in _MARKER.finditer(text):
        for m, d in dates:
            if 0 <= m.start() - marker.end() <= 40:
                return d, "dateline"
    for m, d in dates:
        if m.start() < DATELINE_WINDOW:
            return d, "dateline"
        break
    past = [d for m, d in dates if clause_tense(text, m.start(), m.end()) is not True]
    return (max(past), "text") if past else None


def choose_published(given: date | None, html: date | None, text: str) -> tuple[date | None, str | None]:
    """The publication date by precedence: given, HTML metadata, dateline, text; (None, None) if none."""
    if given is not None:
        return given, "given"
    if html is not None:
        return html, "html"
    found = find_published(text)
    return found if found else (None, None)
