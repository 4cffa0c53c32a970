# ruff: noqa: E501  (regex tables read better unbroken)
"""The patterns that find time expressions and the functions that normalise each kind.

Spans follow TimeML: determiners and modifiers ("the past", "early", "about") are part of the
expression, prepositions ("on", "in") are not. Each rule returns a ``Norm`` or None (no reading).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta

from .timex_calendar import (
    clause_tense,
    nearest_weekday,
    nearest_year,
    quarter_of,
    safe_date,
    season_of,
    shift_month,
    week_value,
)
from .timex_lexicon import (
    ORDINALS,
    PARTS_OF_DAY,
    SEASONS,
    TIME_UNITS,
    UNITS,
    month_number,
    number_value,
    spelled_year,
    weekday_number,
)


@dataclass
class Norm:
    """A normalised reading: TIMEX3 type, value and mod; ``parts`` split a range for TimeML."""

    type: str
    value: str
    mod: str | None = None
    window: tuple[date, date] | None = None  # overrides the window derived from ``value``
    parts: list[tuple[int, int, Norm]] = field(default_factory=list)  # (start, end) in the text


class Context:
    """What normalisation needs: the text, the reference date and the last dates mentioned."""

    def __init__(self, text: str, base: date | None) -> None:
        self.text = text
        self.base = base
        self.last_day: date | None = None  # last explicit day mentioned, for "the day before"
        self.last_quarter: tuple[int, int] | None = None  # (year, q) last mentioned
        self.last_year: int | None = None
        self.last_month: date | None = None  # first day of the last month mentioned

    def tense(self, m: re.Match[str]) -> bool | None:
        return clause_tense(self.text, m.start(), m.end())

    def anchor_day(self) -> date | None:
        return self.last_day or self.base


Handler = Callable[[re.Match[str], Context], Norm | None]

_I = re.I
PRE = r"(?:(?P<pre>the\s+(?:end|beginning|start|middle|rest)\s+of|early|late|mid|earlier|later|end\s+of|beginning\s+of)(?:-|\s+))?"
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


def _pre_mod(m: re.Match[str]) -> str | None:
    pre = m.groupdict().get("pre")
    if not pre:
        return None
    key = re.sub(r"^the\s+", "", re.sub(r"\s+", " ", pre.lower()))
    return _MOD_OF_PRE.get(key)


def _year_of(word: str) -> int:
    return int(word) if word.isdigit() else (spelled_year(word) or 0)


# ---- explicit dates --------------------------------------------------------------------------


def n_full_date(m: re.Match[str], c: Context) -> Norm | None:
    g = m.groupdict()
    mon = month_number(g["mon"] or g.get("mon_b"))
    day = int(re.sub(r"\D", "", g["day"] or g.get("day_b")))
    year_word = g.get("year") or g.get("year_b")
    if not 1 <= day <= 31:
        return None
    if year_word:
        year = int(year_word)
    elif c.base is not None:
        year = nearest_year(mon, day, c.base, c.tense(m))
    else:
        return Norm("DATE", f"XXXX-{mon:02d}-{day:02d}")
    d = safe_date(year, mon, day)
    if d is None:
        return None
    c.last_day, c.last_year, c.last_month = d, d.year, d.replace(day=1)
    return Norm("DATE", d.isoformat(), _pre_mod(m))


def n_range(m: re.Match[str], c: Context) -> Norm | None:
    mon = month_number(m["mon"])
    mon2 = month_number(m["mon2"]) if m["mon2"] else mon
    d1, d2 = int(m["day"]), int(m["day2"])
    if m["year"]:
        year = int(m["year"])
    elif c.base is not None:
        year = nearest_year(mon, d1, c.base, c.tense(m))
    else:
        return Norm("DATE", f"XXXX-{mon:02d}-{d1:02d}")
    a, b = safe_date(year, mon, d1), safe_date(year, mon2, d2)
    if a is None or b is None or b < a:
        return None
    c.last_day, c.last_year = a, year
    p1 = (m.start("first"), m.end("first"), Norm("DATE", a.isoformat()))
    p2 = (m.start("second"), m.end("second"), Norm("DATE", b.isoformat()))
    return Norm("DATE", a.isoformat(), window=(a, b), parts=[p1, p2])


def n_month_year(m: re.Match[str], c: Context) -> Norm | None:
    mon = month_number(m["mon"])
    if m["year"]:
        year = _year_of(m["year"])
    elif c.base is not None:
        year = c.base.year + {"last": -1, "this": 0, "next": 1}[m["rel"].lower()]
    else:
        return Norm("DATE", f"XXXX-{mon:02d}")
    c.last_year, c.last_month = year, date(year, mon, 1)
    return Norm("DATE", f"{year}-{mon:02d}", _pre_mod(m))


def n_month(m: re.Match[str], c: Context) -> Norm | None:
    mon = month_number(m["mon"])
    rel = (m["rel"] or "").lower()
    b = c.base
    if b is None:
        return Norm("DATE", f"XXXX-{mon:02d}", _pre_mod(m))
    if rel in ("last", "this past", "past"):
        year = b.year if mon < b.month else b.year - 1
    elif rel in ("next", "this coming", "coming"):
        year = b.year if mon > b.month else b.year + 1
    elif rel == "this":
        year = b.year
    else:
        year = nearest_year(mon, None, b, c.tense(m))
    c.last_month = date(year, mon, 1)
    return Norm("DATE", f"{year}-{mon:02d}", _pre_mod(m))


def n_year(m: re.Match[str], c: Context) -> Norm | None:
    year = _year_of(m["year"])
    if not 1000 <= year <= 2100:
        return None
    c.last_year = year
    return Norm("DATE", str(year), _pre_mod(m))


def n_season_year(m: re.Match[str], c: Context) -> Norm | None:
    year = _year_of(m["year"])
    c.last_year = year
    return Norm("DATE", f"{year}-{SEASONS[m['season'].lower()]}", _pre_mod(m))


def n_decade(m: re.Match[str], c: Context) -> Norm | None:
    raw = m["dec"].lower().lstrip("'")
    words = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
             "eighties": 8, "nineties": 9}  # fmt: skip
    if raw.rstrip("s").isdigit():
        digits = raw.rstrip("s")
        value = digits[:3] if len(digits) == 4 else "19" + digits[0]
    else:
        value = "19" + str(words[raw.split()[-1]])
    return Norm("DATE", value, _pre_mod(m))


def n_century(m: re.Match[str], c: Context) -> Norm | None:
    raw = m["cent"].lower()
    n = ORDINALS.get(raw) or int(re.sub(r"\D", "", raw) or 0)
    if not n:
        return None
    return Norm("DATE", f"{n - 1:02d}", _pre_mod(m))


# ---- quarters, halves and fiscal years ------------------------------------------------------


def _quarter_year(q: int, c: Context, m: re.Match[str]) -> int | None:
    if c.base is None:
        return None
    cur = quarter_of(c.base)
    if q < cur:
        return c.base.year
    if q == cur:
        return c.base.year if c.tense(m) is not False else c.base.year
    return c.base.year if c.tense(m) is True else c.base.year - 1


def n_quarter(m: re.Match[str], c: Context) -> Norm | None:
    q = ORDINALS[m["ord"].lower()]
    if q > 4:
        return None
    rel = (m["qrel"] or "").lower()
    year_word = m["year"] or m["qyear"] or (re.findall(r"\d{4}", m["qrel"] or "") or [None])[0]
    if year_word:
        year = _year_of(year_word)
    elif c.base is None:
        return Norm("DATE", f"XXXX-Q{q}")
    elif re.search(r"year-(?:earlier|ago)|last year|previous year|prior year|a year earlier", rel):
        year = (c.last_quarter[0] if c.last_quarter else c.base.year) - 1
    elif "next year" in rel:
        year = c.base.year + 1
    elif "this year" in rel:
        year = c.base.year
    else:
        year = _quarter_year(q, c, m) or c.base.year
    c.last_quarter = (year, q)
    return Norm("DATE", f"{year}-Q{q}")


def n_anaphoric_quarter(m: re.Match[str], c: Context) -> Norm | None:
    words = m.group().lower()
    b = c.base
    if b is None:
        return Norm("DATE", "XXXX-QX")
    cur = (b.year, quarter_of(b))
    prev = (b.year, cur[1] - 1) if cur[1] > 1 else (b.year - 1, 4)
    if re.search(r"current|this", words):
        y, q = cur
    elif re.search(r"next|coming|following", words):
        y, q = (b.year, cur[1] + 1) if cur[1] < 4 else (b.year + 1, 1)
    else:
        y, q = c.last_quarter or prev
    if re.search(
        r"year-(?:earlier|ago)|a year (?:ago|earlier)|last year|previous year|prior year|comparable|corresponding",
        words,
    ):
        y -= 1
    elif re.search(r"previous|prior|last|preceding", words) and "latest" not in words:
        y, q = (y, q - 1) if q > 1 else (y - 1, 4)
    if (m["unit"] or "").lower().startswith("period") and c.last_quarter is None:
        return None
    if not re.search(r"year-(?:earlier|ago)|a year|last year|previous|prior|comparable", words):
        c.last_quarter = (y, q)
    return Norm("DATE", f"{y}-Q{q}")


def n_half(m: re.Match[str], c: Context) -> Norm | None:
    h = 1 if m["h"].lower() in ("first", "1st") else 2
    if m["year"]:
        year = _year_of(m["year"])
    elif c.base is None:
        return Norm("DATE", f"XXXX-H{h}")
    else:
        year = c.base.year if (h == 1 or c.base.month > 6 or c.tense(m)) else c.base.year - 1
    return Norm("DATE", f"{year}-H{h}")


def n_fiscal(m: re.Match[str], c: Context) -> Norm | None:
    word = m["year"] or m["year2"]
    if word:
        year = _year_of(word)
    elif c.base is None:
        return Norm("DATE", "XXXX")
    else:
        year = c.base.year + _SHIFT.get((m["fpre"] or "this").lower(), 0)
    c.last_year = year
    return Norm("DATE", str(year))


# ---- relative to the reference date ---------------------------------------------------------

_SHIFT = {
    "this": 0, "current": 0, "last": -1, "past": -1, "previous": -1, "prior": -1, "preceding": -1,
    "next": 1, "coming": 1, "following": 1, "this past": -1, "this coming": 1, "same": 0, "that": 0,
}  # fmt: skip


def n_relative(m: re.Match[str], c: Context) -> Norm | None:
    rel = re.sub(r"\s+", " ", m["rel"].lower())
    unit = m["unit"].lower()
    shift = _SHIFT[rel]
    anaphoric = rel in ("previous", "prior", "preceding", "following", "same", "that")
    b = (c.last_day or (date(c.last_year, 7, 1) if c.last_year else None) or c.base) if anaphoric else c.base
    if anaphoric and unit == "year" and c.last_year:
        b = date(c.last_year, 7, 1)
    if anaphoric and unit == "month" and c.last_month:
        b = c.last_month
    pre = (m["pre"] or "").lower()
    mod = _pre_mod(m)
    if b is None:
        code = {"week": "XXXX-WXX", "weekend": "XXXX-WXX-WE", "month": "XXXX-XX", "year": "XXXX"}
        return Norm("DATE", code.get(unit, "XXXX"), mod)
    lo: date
    hi: date
    if unit == "week":
        monday = b - timedelta(days=b.weekday()) + timedelta(weeks=shift)
        lo, hi, value = monday, monday + timedelta(days=6), week_value(monday)
    elif unit == "weekend":
        sat = b - timedelta(days=b.weekday()) + timedelta(days=5, weeks=shift)
        if shift == -1 and b.weekday() >= 5:
            sat = b - timedelta(days=b.weekday() - 5)
        lo, hi, value = sat, sat + timedelta(days=1), week_value(sat) + "-WE"
    elif unit == "month":
        lo = shift_month(date(b.year, b.month, 1), shift)
        hi, value = shift_month(lo, 1) - timedelta(days=1), lo.strftime("%Y-%m")
    elif unit == "quarter":
        q = quarter_of(b) + shift
        y = b.year + (q - 1) // 4
        q = (q - 1) % 4 + 1
        lo, hi, value = (
            date(y, 3 * q - 2, 1),
            shift_month(date(y, 3 * q - 2, 1), 3) - timedelta(days=1),
            f"{y}-Q{q}",
        )
        c.last_quarter = (y, q)
    elif unit in SEASONS:
        code = SEASONS[unit]
        cy, ccode = season_of(b)
        order = ["SP", "SU", "FA", "WI"]
        idx = cy * 4 + order.index(ccode)
        target = order.index(code)
        cand = [k for k in range(idx - 4, idx + 5) if k % 4 == target]
        if shift < 0:
            k = max(k for k in cand if k < idx)
        elif shift > 0:
            k = min(k for k in cand if k > idx)
        else:
            k = min(cand, key=lambda k: abs(k - idx))
        y = k // 4
        value = f"{y}-{code}"
        lo, hi = date(y, 1, 1), date(y, 12, 31)
        return Norm("DATE", value, mod)
    elif unit == "decade":
        d0 = (b.year // 10 + shift) * 10
        return Norm("DATE", str(d0 // 10), mod)
    elif unit == "century":
        return Norm("DATE", f"{b.year // 100 + shift:02d}", mod)
    else:  # year
        y = b.year + shift
        lo, hi, value = date(y, 1, 1), date(y, 12, 31), str(y)
        c.last_year = y
    if shift == 0 and not anaphoric and c.base is not None:
        if pre == "later":
            lo = max(lo, c.base + timedelta(days=1))
        elif pre == "earlier":
            hi = min(hi, c.base - timedelta(days=1))
    if mod == "START":
        hi = lo + (hi - lo) / 3
    elif mod == "END":
        lo = hi - (hi - lo) / 3
    if hi < lo:
        hi = lo
    return Norm("DATE", value, mod, window=(lo, hi))


def n_the_year(m: re.Match[str], c: Context) -> Norm | None:
    """ "the year": the year of the reference date (TimeML annotates it as a DATE far more often)."""
    before = c.text[max(0, m.start() - 12) : m.start()].lower()
    del before
    year = c.base.year if c.base else None
    return Norm("DATE", str(year) if year else "XXXX", _pre_mod(m))


def n_year_end(m: re.Match[str], c: Context) -> Norm | None:
    """ "year-end": the end of the year in question."""
    return Norm("DATE", str(c.base.year) if c.base else "XXXX", "END")


def n_year_quarter(m: re.Match[str], c: Context) -> Norm | None:
    """ "the 1988 quarter": the quarter under discussion, in the year given."""
    q = c.last_quarter[1] if c.last_quarter else ((quarter_of(c.base) - 2) % 4 + 1 if c.base else None)
    return Norm("DATE", f"{m['year']}-Q{q}" if q else m["year"])


def n_week_of(m: re.Match[str], c: Context) -> Norm | None:
    """ "the week of Nov. 13": the ISO week of that day."""
    norm = n_full_date(m, c)
    if norm is None or not norm.value[:1].isdigit():
        return norm
    return Norm("DATE", week_value(date.fromisoformat(norm.value)))


def n_weekend(m: re.Match[str], c: Context) -> Norm | None:
    """ "this weekend" / "the weekend": the coming one in future clauses, else the last or current."""
    b = c.base
    if b is None:
        return Norm("DATE", "XXXX-WXX-WE")
    sat = b - timedelta(days=b.weekday()) + timedelta(days=5)
    tense = c.tense(m)
    if m.group().lower().startswith("the") and tense is False and b.weekday() < 5:
        sat -= timedelta(weeks=1)
    return Norm("DATE", week_value(sat) + "-WE", window=(sat, sat + timedelta(days=1)))


def n_ago(m: re.Match[str], c: Context) -> Norm | None:
    """ "two years ago" (from the reference date), "a year earlier" (from the last date mentioned)."""
    n = number_value(m["num"])
    unit = m["unit"].lower().rstrip("s")
    direction = m["dir"].lower()
    back = direction in ("ago", "earlier", "before", "previously", "back")
    anaphoric = direction != "ago"
    b = c.base
    if anaphoric:
        b = c.last_day or (date(c.last_year, 7, 1) if c.last_year else None) or c.base
    if b is None or n is None or isinstance(n, float):
        return Norm("DATE", "PAST_REF" if back else "FUTURE_REF")
    k = -n if back else n
    if unit == "year":
        if c.last_quarter and (anaphoric or n == 1):
            y, q = c.last_quarter
            return Norm("DATE", f"{y + k}-Q{q}")
        return Norm("DATE", str(b.year + k))
    if unit == "decade":
        return Norm("DATE", str((b.year + 10 * k) // 10))
    if unit == "month":
        return Norm("DATE", shift_month(date(b.year, b.month, 1), k).strftime("%Y-%m"))
    if unit == "quarter":
        q = quarter_of(b) + k
        return Norm("DATE", f"{b.year + (q - 1) // 4}-Q{(q - 1) % 4 + 1}")
    if unit == "week":
        return Norm("DATE", week_value(b + timedelta(weeks=k)))
    if unit == "day":
        d = b + timedelta(days=k)
        return Norm("DATE", d.isoformat())
    return None


def n_anaphoric_day(m: re.Match[str], c: Context) -> Norm | None:
    words = m.group().lower()
    b = c.anchor_day()
    if b is None:
        return Norm("DATE", "XXXX-XX-XX")
    if re.search(r"before|previous|prior|earlier|eve", words):
        d = b - timedelta(days=1)
    elif re.search(r"after|next|following|later", words):
        d = b + timedelta(days=1)
    else:
        d = b
    return Norm("DATE", d.isoformat())


def n_relative_day(m: re.Match[str], c: Context) -> Norm | None:
    word = m["rday"].lower()
    part = (m["part"] or m["part0"] or "").lower()
    if word == "tonight":
        part = part or "tonight"
    if c.base is None:
        return Norm("DATE", "PRESENT_REF" if word == "today" else "XXXX-XX-XX")
    shift = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1, "last night": -1}[word]
    d = c.base + timedelta(days=shift)
    if word == "last night":
        part = "night"
    if part:
        return Norm("TIME", d.isoformat() + PARTS_OF_DAY[part], _pre_mod(m))
    return Norm("DATE", d.isoformat(), _pre_mod(m))


def n_part_of_today(m: re.Match[str], c: Context) -> Norm | None:
    part = m["part"].lower()
    if c.base is None:
        return Norm("TIME", "XXXX-XX-XX" + PARTS_OF_DAY[part])
    return Norm("TIME", c.base.isoformat() + PARTS_OF_DAY[part], _pre_mod(m))


def n_weekday(m: re.Match[str], c: Context) -> Norm | None:
    wd = weekday_number(m["wd"])
    rel = re.sub(r"\s+", " ", (m["rel"] or "").lower())
    part = (m["part"] or "").lower()
    pre = (m["pre"] or "").lower()
    if c.base is None:
        d_value = f"XXXX-WXX-{wd + 1}"
        d = None
    else:
        b = c.base
        delta = wd - b.weekday()
        if rel in ("next", "this coming", "coming"):
            d = b + timedelta(days=(delta % 7) or 7)
        elif rel in ("last", "this past", "past", "previous"):
            d = b - timedelta(days=(-delta % 7) or 7)
        elif rel == "this":
            d = b + timedelta(days=delta)
        else:
            d = _bare_weekday(c, m, wd)
        d_value = d.isoformat()
    c.last_day = d or c.last_day
    if part:
        return Norm("TIME", d_value + PARTS_OF_DAY[part], _pre_mod(m))
    if pre in ("late", "early"):
        return Norm("TIME", d_value + ("TEV" if pre == "late" else "TMO"), _pre_mod(m))
    return Norm("DATE", d_value, _pre_mod(m))


_DEADLINE = re.compile(
    r"\b(?:through|until|till|by|as\s+early\s+as|as\s+soon\s+as|no\s+later\s+than)\s+(?:(?:late|early)\s+)?$",
    re.I,
)


def _bare_weekday(c: Context, m: re.Match[str], wd: int) -> date:
    """A weekday without last/next: the coming one after "until/by" or in a future clause, else the
    most recent one (today included): news mostly reports what has happened."""
    assert c.base is not None
    tense = True if _DEADLINE.search(c.text, max(0, m.start() - 16), m.start()) else c.tense(m)
    return nearest_weekday(c.base, wd, False if tense is None else tense)


def n_clock(m: re.Match[str], c: Context) -> Norm | None:
    h = int(m["h"] or m["h2"] or m["h3"] or 12)
    mi = int(m["mi"] or m["mi3"] or 0)
    ap = (m["ap"] or "").lower().replace(".", "").replace(" ", "")
    named = (m["named"] or "").lower()
    if named:
        h, mi = (12, 0) if named in ("noon", "midday") else (24, 0)
    elif ap:
        if not 1 <= h <= 12:
            return None
        h = h % 12 + (12 if ap.startswith("p") else 0)
    elif m["morning"]:
        h = h % 12 + (12 if m["morning"].lower() in ("afternoon", "evening", "night") else 0)
    if mi > 59 or h > 24:
        return None
    day: str
    if m["wd"] and c.base is not None:
        day = _bare_weekday(c, m, weekday_number(m["wd"])).isoformat()
    elif m["rday"] and c.base is not None:
        day = (
            c.base + timedelta(days={"today": 0, "yesterday": -1, "tomorrow": 1}[m["rday"].lower()])
        ).isoformat()
    elif m["mon"] and c.base is not None:
        mon, dd = month_number(m["mon"]), int(m["day"])
        dt = safe_date(nearest_year(mon, dd, c.base, c.tense(m)), mon, dd)
        day = dt.isoformat() if dt else c.base.isoformat()
    elif c.last_day is not None:
        day = c.last_day.isoformat()
    elif c.base is not None:
        day = c.base.isoformat()
    else:
        day = "XXXX-XX-XX"
    return Norm("TIME", f"{day}T{h:02d}:{mi:02d}")


def n_ref(m: re.Match[str], c: Context) -> Norm | None:
    w = re.sub(r"\s+", " ", m.group().lower())
    if re.search(r"future|soon|coming|ahead|near term|shortly", w):
        return Norm("DATE", "FUTURE_REF")
    if re.search(r"now|current|present|these days|nowadays|today", w):
        return Norm("DATE", "PRESENT_REF")
    return Norm("DATE", "PAST_REF")


def n_holiday(m: re.Match[str], c: Context) -> Norm | None:
    name = re.sub(r"\s+", " ", m["hol"].lower())
    fixed = {"christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24),
             "new year's day": (1, 1), "new year's eve": (12, 31), "independence day": (7, 4),
             "halloween": (10, 31), "valentine's day": (2, 14), "new year's": (1, 1)}  # fmt: skip
    year = _year_of(m["year"]) if m["year"] else None
    if name in fixed:
        mon, day = fixed[name]
        if year is None:
            if c.base is None:
                return Norm("DATE", f"XXXX-{mon:02d}-{day:02d}")
            year = nearest_year(mon, day, c.base, c.tense(m))
        return Norm("DATE", f"{year}-{mon:02d}-{day:02d}")
    if not (name.startswith("thanksgiving") or name == "election day"):
        return Norm("DATE", f"{year or 'XXXX'}-XX-XX")
    if year is None and c.base is None:
        return Norm("DATE", "XXXX-XX-XX")
    years = [year] if year else [c.base.year - 1, c.base.year, c.base.year + 1]  # type: ignore[union-attr]
    days = [_movable_feast(name, y) for y in years]
    if len(days) > 1 and c.base is not None:
        tense = c.tense(m)
        days = [d for d in days if tense is None or (d >= c.base) == tense] or days
        days.sort(key=lambda d: abs((d - c.base).days))  # type: ignore[operator]
    return Norm("DATE", days[0].isoformat())


def _movable_feast(name: str, year: int) -> date:
    """US Thanksgiving (4th Thursday of November) or Election Day (Tuesday after 1st Monday)."""
    first = date(year, 11, 1)
    if name.startswith("thanksgiving"):
        return first + timedelta(days=(3 - first.weekday()) % 7 + 21)
    return first + timedelta(days=(0 - first.weekday()) % 7 + 1)


def n_season(m: re.Match[str], c: Context) -> Norm | None:
    code = SEASONS[m["season"].lower()]
    if c.base is None:
        return Norm("DATE", f"XXXX-{code}", _pre_mod(m))
    cy, ccode = season_of(c.base)
    tense = c.tense(m)
    order = ["SP", "SU", "FA", "WI"]
    idx = cy * 4 + order.index(ccode)
    cand = [k for k in range(idx - 3, idx + 4) if k % 4 == order.index(code)]
    if tense is True:
        cand = [k for k in cand if k >= idx] or cand
    elif tense is False:
        cand = [k for k in cand if k <= idx] or cand
    k = min(cand, key=lambda k: abs(k - idx))
    return Norm("DATE", f"{k // 4}-{code}", _pre_mod(m))


# ---- durations and sets ---------------------------------------------------------------------


def _duration_value(n: int | float | None, unit: str) -> str:
    unit = unit.lower().rstrip("s")
    if unit.endswith("ie"):
        unit = unit[:-2] + "y"
    code = UNITS.get(unit, "X")
    if unit == "decade" and n is not None:
        n, code = n * 10, "Y"
    elif unit == "decade":
        code = "DE"
    elif unit in ("century", "centurie") and n is not None:
        n, code = n * 100, "Y"
    elif unit == "weekend":
        return "P2D" if n == 1 else "PXWE"
    num = "X" if n is None else (f"{n:g}" if isinstance(n, float) else str(n))
    return f"PT{num}{code}" if unit in TIME_UNITS else f"P{num}{code}"


_RATE = re.compile(
    r"(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|hundred|thousand|million|billion))\S*"
    r"(?:\s+[a-z]+){0,2}\s+$|\b(?:times|twice|once)\s+$",
    re.I,
)


def n_duration(m: re.Match[str], c: Context) -> Norm | None:
    if m["unit1"]:
        return Norm("DURATION", _duration_value(1, m["unit1"]))
    num = m["num"].lower()
    unit = m["unit"].lower()
    if num in ("a", "an") and not m["approx"]:
        if unit.startswith("second"):
            return None  # "a second" is an ordinal
        before = c.text[max(0, m.start() - 40) : m.start()]
        if _RATE.search(before):
            return None  # "700 seats a week" is a rate, not a duration
    if unit.startswith("quarter") and (
        re.search(r"\w-quarter", m.group(), re.I) or re.match(r"\s+of\b", c.text[m.end() : m.end() + 4])
    ):
        return None  # "three-quarters", "a quarter of" are fractions
    n = number_value(m["num"])
    if unit.startswith("quarter"):
        return Norm("DURATION", f"P{3 * n}M" if isinstance(n, int) else "PXQ", _approx_mod(m))
    if re.search(r"\d\s+(?:or|to)\s+\d", m.group()):
        n = None
    if m["half"] and n is not None:
        n = n + 0.5
    return Norm("DURATION", _duration_value(n, m["unit"]), _approx_mod(m))


def n_plural_duration(m: re.Match[str], c: Context) -> Norm | None:
    unit = m["unit"] or m["unit2"] or m["unit3"] or m["unit4"]
    return Norm("DURATION", _duration_value(None, unit), _approx_mod(m))


def _approx_mod(m: re.Match[str]) -> str | None:
    a = re.sub(r"\s+", " ", (m.groupdict().get("approx") or "").lower())
    return {"about": "APPROX", "around": "APPROX", "roughly": "APPROX", "approximately": "APPROX",
            "nearly": "LESS_THAN", "almost": "LESS_THAN", "more than": "MORE_THAN", "over": "MORE_THAN",
            "less than": "LESS_THAN", "under": "LESS_THAN", "at least": "EQUAL_OR_MORE",
            "up to": "EQUAL_OR_LESS", "no more than": "EQUAL_OR_LESS"}.get(a)  # fmt: skip


def n_set(m: re.Match[str], c: Context) -> Norm | None:
    w = re.sub(r"\s+", " ", m.group().lower())
    swd = m["swd"] or m["swd2"]
    if swd:
        v = f"XXXX-WXX-{weekday_number(swd.rstrip('s')) + 1}"
        if m["spart"]:
            v += PARTS_OF_DAY[m["spart"].lower().rstrip("s")]
        return Norm("SET", v)
    adverbs = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y", "yearly": "P1Y",
               "hourly": "PT1H", "nightly": "P1D", "quarterly": "P3M", "biweekly": "P2W"}  # fmt: skip
    if w in adverbs:
        return Norm("SET", adverbs[w])
    if m["smon"]:
        return Norm("SET", f"XXXX-{month_number(m['smon']):02d}")
    sunit = m["sunit"] or m["sunit2"] or m["sunit3"] or m["sunit4"]
    unit = sunit.lower() if sunit else "day"
    if unit in ("morning", "afternoon", "evening", "night"):
        return Norm("SET", "XXXX-XX-XX" + PARTS_OF_DAY[unit])
    if unit in SEASONS:
        return Norm("SET", f"XXXX-{SEASONS[unit]}")
    n = 2 if "other" in w else 1
    return Norm("SET", _duration_value(n, unit))
