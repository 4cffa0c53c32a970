"""Temporal tagger: find time expressions and normalise them against the publication date.

Finding is done by the patterns below (dateparser's ``search_dates`` is not a finder: it takes
"we" for Wednesday); each match is normalised here, with the sentence's tense deciding whether a
bare weekday is the past or the coming one. Every result is a ``TimeRef`` with its span, TIMEX3
type and value, precision and a (earliest, latest) day window.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

from .model import Precision, TimeRef

MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
    "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9,
    "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}  # fmt: skip
WEEKDAYS = {
    "monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2,
    "thursday": 3, "thu": 3, "thur": 3, "thurs": 3, "friday": 4, "fri": 4, "saturday": 5, "sat": 5,
    "sunday": 6, "sun": 6,
}  # fmt: skip
NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "several": None, "few": None,
    "couple": 2, "half": None,
}  # fmt: skip
UNITS = {"day": "D", "week": "W", "month": "M", "year": "Y", "hour": "H", "minute": "M", "decade": "DE"}

_MON = r"(?P<mon>January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)"
_MON2 = _MON.replace("?P<mon>", "?P<mon2>")
_WD = r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\.)"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:1[89]|20)\d\d)"
_NUM = r"(?P<num>\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few|couple)"
_UNIT = r"(?P<unit>day|week|month|year|hour|minute|decade)"
_PART = r"(?:\s+(?P<part>morning|afternoon|evening|night))?"

FUTURE_CUES = re.compile(
    r"\b(will|'ll|shall|is|are) (?:also )?(?:be )?(?:expected|scheduled|set|due|slated|planning|going|poised)\b"
    r"|\bwill\b|\bplans? to\b|\bplanned\b|\bupcoming\b|\bnext\b|\bto (?:visit|travel|attend|meet|fly|head)\b",
    re.I,
)


def _month(s: str) -> int:
    return MONTHS[s.lower().rstrip(".")]


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _nearest_year(m: int, d: int, base: date | None, future: bool | None) -> int | None:
    """The year of month/day closest to ``base``; tense breaks ties within half a year."""
    if base is None:
        return None
    best = None
    for y in (base.year - 1, base.year, base.year + 1):
        c = _safe_date(y, m, d)
        if c is None:
            continue
        delta = (c - base).days
        penalty = abs(delta)
        if future is True and delta < -7:
            penalty += 120
        if future is False and delta > 7:
            penalty += 120
        if best is None or penalty < best[0]:
            best = (penalty, y)
    return best[1] if best else None


def _week_value(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def _shift_month(d: date, months: int) -> date:
    m = d.month - 1 + months
    return date(d.year + m // 12, m % 12 + 1, 1)


def _month_end(first: date) -> date:
    return _shift_month(first, 1) - timedelta(days=1)


class _Context:
    """What normalisation needs: base date and the sentence tense around a match."""

    def __init__(self, text: str, base: date | None) -> None:
        self.text = text
        self.base = base

    def future(self, start: int, end: int) -> bool | None:
        """True for future tense, False for past, None when the clause gives no cue."""
        left = max(self.text.rfind(".", 0, start), self.text.rfind("\n", 0, start)) + 1
        right_candidates = [i for i in (self.text.find(".", end), self.text.find("\n", end)) if i != -1]
        right = min(right_candidates) if right_candidates else len(self.text)
        clause = self.text[left:right]
        if FUTURE_CUES.search(clause):
            return True
        if re.search(r"\b(was|were|had|did|said|\w+ed)\b", clause):
            return False
        return None


# ---- normalisers: (match, context) -> (type, value, precision, earliest, latest) ------------


def _n_range_month_first(m: re.Match, c: _Context) -> tuple:
    mon = _month(m["mon"])
    d1, d2 = int(m["day"]), int(m["day2"])
    mon2 = _month(m["mon2"]) if m["mon2"] else mon
    year = int(m["year"]) if m["year"] else _nearest_year(mon, d1, c.base, c.future(m.start(), m.end()))
    if year is None:
        return ("DATE", f"XXXX-{mon:02d}-{d1:02d}", Precision.DAY, None, None)
    a, b = _safe_date(year, mon, d1), _safe_date(year, mon2, d2)
    if a is None or b is None or b < a:
        return None
    return ("DATE", a.isoformat(), Precision.DAY, a, b)


def _n_range_day_first(m: re.Match, c: _Context) -> tuple:
    mon = _month(m["mon"])
    d1, d2 = int(m["day"]), int(m["day2"])
    year = int(m["year"]) if m["year"] else _nearest_year(mon, d1, c.base, c.future(m.start(), m.end()))
    if year is None:
        return ("DATE", f"XXXX-{mon:02d}-{d1:02d}", Precision.DAY, None, None)
    a, b = _safe_date(year, mon, d1), _safe_date(year, mon, d2)
    if a is None or b is None or b < a:
        return None
    return ("DATE", a.isoformat(), Precision.DAY, a, b)


def _n_month_day(m: re.Match, c: _Context) -> tuple | None:
    mon, day = _month(m["mon"]), int(m["day"])
    if not 1 <= day <= 31:
        return None
    year = int(m["year"]) if m["year"] else _nearest_year(mon, day, c.base, c.future(m.start(), m.end()))
    if year is None:
        return ("DATE", f"XXXX-{mon:02d}-{day:02d}", Precision.DAY, None, None)
    d = _safe_date(year, mon, day)
    return None if d is None else ("DATE", d.isoformat(), Precision.DAY, d, d)


def _n_month_year(m: re.Match, c: _Context) -> tuple:
    first = date(int(m["year"]), _month(m["mon"]), 1)
    return ("DATE", first.strftime("%Y-%m"), Precision.MONTH, first, _month_end(first))


def _n_iso(m: re.Match, c: _Context) -> tuple | None:
    d = _safe_date(int(m["year"]), int(m["m"]), int(m["d"]))
    return None if d is None else ("DATE", d.isoformat(), Precision.DAY, d, d)


def _n_weekday(m: re.Match, c: _Context) -> tuple:
    wd = WEEKDAYS[m["wd"].lower().rstrip(".")]
    mod = (m["mod"] or "").lower()
    if c.base is None:
        return ("DATE", f"XXXX-WXX-{wd + 1}", Precision.DAY, None, None)
    delta = wd - c.base.weekday()
    if mod == "next":
        d = c.base + timedelta(days=(delta % 7) or 7)
    elif mod == "last":
        d = c.base - timedelta(days=(-delta % 7) or 7)
    elif mod == "this":
        d = c.base + timedelta(days=delta)
    else:
        future = c.future(m.start(), m.end())
        if future:
            d = c.base + timedelta(days=delta % 7)
        elif future is False:
            d = c.base - timedelta(days=-delta % 7)
        else:
            d = c.base + timedelta(days=delta if -3 <= delta <= 3 else (delta - 7 if delta > 3 else delta + 7))
    value = d.isoformat()
    part = (m["part"] or "").lower()
    if part:
        value += {"morning": "TMO", "afternoon": "TAF", "evening": "TEV", "night": "TNI"}[part]
        return ("TIME", value, Precision.TIME, d, d)
    return ("DATE", value, Precision.DAY, d, d)


_RELATIVE_DAYS = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}


def _n_relative_day(m: re.Match, c: _Context) -> tuple:
    word = m.group().lower()
    if c.base is None:
        return ("DATE", "PRESENT_REF" if word == "today" else "XXXX-XX-XX", Precision.DAY, None, None)
    d = c.base + timedelta(days=_RELATIVE_DAYS[word])
    if word == "tonight":
        return ("TIME", d.isoformat() + "TNI", Precision.TIME, d, d)
    return ("DATE", d.isoformat(), Precision.DAY, d, d)


def _n_relative_period(m: re.Match, c: _Context) -> tuple | None:
    mod = (m["rmod"] or "").lower()
    rel = m["rel"].lower()
    unit = m["runit"].lower()
    b = c.base
    if b is None:
        return ("DATE", "XXXX", Precision.UNKNOWN, None, None)
    shift = {"this": 0, "next": 1, "last": -1, "past": -1, "coming": 1, "following": 1}[rel]
    if unit == "week":
        monday = b - timedelta(days=b.weekday()) + timedelta(weeks=shift)
        lo, hi = monday, monday + timedelta(days=6)
        value, prec = _week_value(monday), Precision.WEEK
    elif unit == "weekend":
        saturday = b - timedelta(days=b.weekday()) + timedelta(days=5, weeks=shift)
        lo, hi = saturday, saturday + timedelta(days=1)
        value, prec = _week_value(saturday) + "-WE", Precision.WEEK
    elif unit == "month":
        lo = _shift_month(date(b.year, b.month, 1), shift)
        hi = _month_end(lo)
        value, prec = lo.strftime("%Y-%m"), Precision.MONTH
    else:  # year
        lo, hi = date(b.year + shift, 1, 1), date(b.year + shift, 12, 31)
        value, prec = str(b.year + shift), Precision.YEAR
    if mod in ("later", "late") and shift == 0:
        lo = max(lo, b + timedelta(days=1))
    elif mod in ("earlier",) and shift == 0:
        hi = min(hi, b - timedelta(days=1))
    elif mod in ("early",):
        hi = lo + (hi - lo) / 3
    elif mod in ("late", "later"):
        lo = hi - (hi - lo) / 3
    if hi < lo:
        hi = lo
    return ("DATE", value, prec, lo, hi)


def _n_duration(m: re.Match, c: _Context) -> tuple | None:
    num = m["num"].lower()
    n = int(num) if num.isdigit() else NUMBERS.get(num)
    unit = m["unit"].lower()
    code = UNITS[unit]
    if unit in ("hour", "minute"):
        value = f"PT{n if n is not None else 'X'}{code}"
    else:
        value = f"P{n if n is not None else 'X'}{code}"
    return ("DURATION", value, Precision.UNKNOWN, None, None)


def _n_year(m: re.Match, c: _Context) -> tuple:
    y = int(m["year"])
    return ("DATE", str(y), Precision.YEAR, date(y, 1, 1), date(y, 12, 31))


def _n_set(m: re.Match, c: _Context) -> tuple:
    wd = m["swd"]
    if wd:
        return ("SET", f"XXXX-WXX-{WEEKDAYS[wd.lower()] + 1}", Precision.UNKNOWN, None, None)
    word = m["sword"].lower()
    value = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y", "yearly": "P1Y"}[word]
    return ("SET", value, Precision.UNKNOWN, None, None)


_PATTERNS: list[tuple[str, re.Pattern[str], Callable[[re.Match, _Context], tuple | None]]] = [
    (
        "range_month_first",
        re.compile(
            rf"\b(?:from\s+)?{_MON}\s+{_DAY}\s*(?:-|–|to|through|until|and)\s*(?:{_MON2}\s+)?(?P<day2>[0-3]?\d)\b(?:,?\s+{_YEAR})?"
        ),
        _n_range_month_first,
    ),
    (
        "range_day_first",
        re.compile(rf"\b(?:from\s+)?{_DAY}\s*(?:-|–|to|through|until|and)\s*(?P<day2>[0-3]?\d)\s+{_MON}(?:,?\s+{_YEAR})?"),
        _n_range_day_first,
    ),
    ("iso", re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b"), _n_iso),
    ("month_day", re.compile(rf"\b{_MON}\s+{_DAY}\b(?:,?\s+{_YEAR})?"), _n_month_day),
    ("day_month", re.compile(rf"\b{_DAY}\s+{_MON}(?:,?\s+{_YEAR})?\b"), _n_month_day),
    ("month_year", re.compile(rf"\b{_MON}\s+(?:of\s+)?{_YEAR}\b"), _n_month_year),
    ("set", re.compile(r"\b(?:every\s+(?P<swd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(?P<sword>daily|weekly|monthly|annually|yearly))\b", re.I), _n_set),
    (
        "weekday",
        re.compile(rf"\b(?:(?P<mod>last|next|this|on|late|early)\s+)?{_WD}{_PART}", re.I),
        _n_weekday,
    ),
    ("relative_day", re.compile(r"\b(?:today|tonight|yesterday|tomorrow)\b", re.I), _n_relative_day),
    (
        "relative_period",
        re.compile(
            r"\b(?:(?P<rmod>later|earlier|early|late)\s+)?(?P<rel>this|next|last|past|coming|following)\s+(?P<runit>week(?!s)|weekend|month|year)\b",
            re.I,
        ),
        _n_relative_period,
    ),
    (
        "duration",
        re.compile(rf"\b{_NUM}[\s-]+{_UNIT}s?(?:[\s-]+long)?\b", re.I),
        _n_duration,
    ),
    ("year", re.compile(rf"\b(?:in|since|by|of|until|before|after)\s+{_YEAR}\b"), _n_year),
]


def tag_times(text: str, published: date | None) -> list[TimeRef]:
    """Every time expression in ``text``, normalised against ``published``, in text order."""
    ctx = _Context(text, published)
    taken: list[tuple[int, int]] = []
    found: list[TimeRef] = []
    for _name, pattern, normalise in _PATTERNS:
        for m in pattern.finditer(text):
            start, end = m.start(), m.end()
            if any(start < b and a < end for a, b in taken):
                continue
            result = normalise(m, ctx)
            if result is None:
                continue
            if _name == "year":  # keep just the year itself in the span
                start = m.start("year")
            if _name == "weekday" and (m["mod"] or "").lower() == "on":
                pass  # "on Tuesday" keeps the preposition: it marks a date reading
            typ, value, prec, lo, hi = result
            taken.append((start, end))
            found.append(TimeRef(text[start:end], start, end, typ, value, prec, lo, hi))
    found.sort(key=lambda t: t.start)
    return found
