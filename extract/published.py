"""Publication date of an article from its own text: a dateline first, then an early full date.

The CLI's ``--published`` and HTML metadata take precedence (see ``reader``); this module is the
fallback and reports where it found the date.
"""

from __future__ import annotations

import re
from datetime import date

from .timex import MONTHS

_MON = r"(January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)"
_FULL = re.compile(rf"\b{_MON}\s+([0-3]?\d)(?:st|nd|rd|th)?,?\s+((?:19|20)\d\d)\b|\b([0-3]?\d)\s+{_MON},?\s+((?:19|20)\d\d)\b")
_ISO = re.compile(r"\b((?:19|20)\d\d)-([01]\d)-([0-3]\d)\b")
# "WASHINGTON, Nov. 7, 2023 (Reuters) -" or "Published: 2023-11-07"
_DATELINE_WINDOW = 300


def _from_match(m: re.Match[str]) -> date | None:
    try:
        if m.re is _ISO:
            return date(int(m[1]), int(m[2]), int(m[3]))
        if m[1]:
            return date(int(m[3]), MONTHS[m[1].lower().rstrip(".")], int(m[2]))
        return date(int(m[6]), MONTHS[m[5].lower().rstrip(".")], int(m[4]))
    except (ValueError, KeyError):
        return None


def find_published(text: str) -> tuple[date, str] | None:
    """(date, source): "dateline" for a full date in the opening lines, else "text"; or None."""
    head = text[:_DATELINE_WINDOW]
    for pattern in (_FULL, _ISO):
        for m in pattern.finditer(head):
            d = _from_match(m)
            if d:
                return d, "dateline"
    # Elsewhere in the text, the latest full date: articles look back more than forward.
    dates = [d for p in (_FULL, _ISO) for m in p.finditer(text) if (d := _from_match(m))]
    return (max(dates), "text") if dates else None
