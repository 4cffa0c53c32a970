"""Normalisers of calendar dates: explicit dates, ranges, months, years, decades, quarters, holidays."""

from __future__ import annotations

import re
from datetime import date, timedelta

from .timex_calendar import (
    nearest_year,
    quarter_of,
    safe_date,
    season_of,
)
from .timex_context import ENDED, SHIFT, Context, Norm, pre_mod, year_of
from .timex_lexicon import (
    AHEAD_OF,
    ORDINALS,
    SEASONS,
    month_number,
    weekday_number,
)


def n_full_date(m: re.Match[str], c: Context) -> Norm | None:
    """ "Nov. 7", "7 November 2023", "Tuesday, Nov. 7": a day; a missing year is the one nearest the
    reference date, tense breaking ties, unless a weekday given with it only fits a neighbouring year.
    """
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
        if g.get("wd"):
            wd = weekday_number(g["wd"])
            fits = [
                y for y in (year, year - 1, year + 1) if (x := safe_date(y, mon, day)) and x.weekday() == wd
            ]
            year = fits[0] if fits else year
    else:
        return Norm("DATE", f"XXXX-{mon:02d}-{day:02d}")
    d = safe_date(year, mon, day)
    if d is None:
        return None
    c.last_day, c.last_year, c.last_month = d, d.year, d.replace(day=1)
    if alone_on_line(c.text, m.start(), m.end()):
        c.entry_day = d  # "WINDSOR CASTLE / 19th January 2026 / The King this morning held a Council"
    if g.get("wd") and c.base is not None and abs((d - c.base).days) <= 60:
        c.last_weekday = (m.end(), d)  # "On Wednesday, November 11th ... The visit ends on Thursday": days go on from it
    return Norm("DATE", d.isoformat(), pre_mod(m))


_ALONE_ON_LINE = re.compile(r"[ \t]*")


def alone_on_line(text: str, start: int, end: int, lead: re.Pattern[str] = _ALONE_ON_LINE,
                  trail: re.Pattern[str] = _ALONE_ON_LINE) -> bool:
    """Whether ``text[start:end]`` stands alone on its line, with only what ``lead`` and ``trail`` allow
    before and after it: a dated entry's heading."""
    return lead.fullmatch(text, text.rfind("\n", 0, start) + 1, start) is not None and (
        trail.fullmatch(text, end, _line_end(text, end)) is not None
    )


def _line_end(text: str, i: int) -> int:
    end = text.find("\n", i)
    return len(text) if end < 0 else end


def n_ordinal_day(m: re.Match[str], c: Context) -> Norm | None:
    """ "the 8th" with no month: that day in the month of the day last named (or of the reference
    date), or the month after or before when that lies nearer ("on the 2nd", said on the 28th)."""
    anchor = c.anchor_day()
    if anchor is None:
        return None
    day = int(m["day"])
    first = anchor.replace(day=1)
    months = [(first - timedelta(days=1)).replace(day=1), first, (first + timedelta(days=31)).replace(day=1)]
    options = [d for mon in months if (d := safe_date(mon.year, mon.month, day)) is not None]
    if not options:
        return None
    d = min(options, key=lambda x: abs((x - anchor).days))
    c.last_day, c.last_year, c.last_month = d, d.year, d.replace(day=1)
    return Norm("DATE", d.isoformat())


def n_ordinal_range(m: re.Match[str], c: Context) -> Norm | None:
    """ "from the 11th to 14th" with no month: days of the month in talk, as one DATE spanning them."""
    first = n_ordinal_day(m, c)
    if first is None or first.value.startswith("X"):
        return first
    a = date.fromisoformat(first.value)
    d2 = int(m["day2"])
    b = safe_date(a.year, a.month, d2) if d2 >= a.day else safe_date(*(
        (a.year + 1, 1) if a.month == 12 else (a.year, a.month + 1)), d2)
    if b is None or (b - a).days > 31:
        return None
    p1 = (m.start("first"), m.end("first"), Norm("DATE", a.isoformat()))
    p2 = (m.start("second"), m.end("second"), Norm("DATE", b.isoformat()))
    return Norm("DATE", a.isoformat(), window=(a, b), parts=[p1, p2])


def n_numeric_date(m: re.Match[str], c: Context) -> Norm | None:
    """ "2023-11-07", "2023-11-07T15:30", "11/7/2023", "11/7/23" (US order unless the text writes days
    first: "14/09", "11/09/2026"), "16.10.2025" (day first): a day or a time."""
    if m["iy"]:
        d = safe_date(int(m["iy"]), int(m["im"]), int(m["id"]))
        if d is None:
            return None
        c.last_day, c.last_year, c.last_month = d, d.year, d.replace(day=1)
        if m["ih"]:
            return Norm("TIME", f"{d.isoformat()}T{m['ih']}:{m['imi']}")
        return Norm("DATE", d.isoformat())
    if m["dd"]:
        d = safe_date(int(m["dy"]), int(m["dm"]), int(m["dd"]))
        if d is None:
            return None
        c.last_day, c.last_year, c.last_month = d, d.year, d.replace(day=1)
        return Norm("DATE", d.isoformat())
    first, second = int(m["um"]), int(m["ud"])
    mon, day = (second, first) if c.day_first else (first, second)  # "14/09" in a text that writes days first
    if m["uy"] is None:
        if not c.day_first or c.base is None or m.group() == "24/7":
            return None  # "24/7", "9/11": no date without a year unless the text writes days first
        d = safe_date(nearest_year(mon, day, c.base, c.tense(m)), mon, day)
    else:
        y = int(m["uy"])
        if y < 100:
            y += 2000 if y < 50 else 1900
        d = safe_date(y, mon, day)
    if d is None:
        return None
    c.last_day, c.last_year, c.last_month = d, d.year, d.replace(day=1)
    return Norm("DATE", d.isoformat())


def n_range(m: re.Match[str], c: Context) -> Norm | None:
    """ "Sept. 6-9", "3 to 6 September": one DATE spanning the range, with one part per end point for
    TimeML.
    """
    g = {k: v for k, v in m.groupdict().items() if v}
    for k in ("mon", "day", "mon2", "day2"):  # a weekday range writes each end day-first or month-first
        g.setdefault(k, g.get(f"{k}_a"))
    mon = month_number(g["mon"])
    mon2 = month_number(g["mon2"]) if g.get("mon2") else mon
    d1, d2 = int(g["day"]), int(g["day2"])
    if g.get("year"):
        year = int(g["year"])
    elif c.base is not None:
        year = nearest_year(mon, d1, c.base, c.tense(m))
    else:
        return Norm("DATE", f"XXXX-{mon:02d}-{d1:02d}")
    a, b = safe_date(year, mon, d1), safe_date(year, mon2, d2)
    if a is None or b is None or b < a:
        return None
    c.last_day, c.last_year = a, year
    if (b - a).days < 7:  # "from Monday 1 to Thursday 4 June ... On Monday the Queen will meet": a day of those
        c.last_week = (m.end(), a, b)
    p1 = (m.start("first"), m.end("first"), Norm("DATE", a.isoformat()))
    p2 = (m.start("second"), m.end("second"), Norm("DATE", b.isoformat()))
    return Norm("DATE", a.isoformat(), window=(a, b), parts=[p1, p2])


def n_month_year(m: re.Match[str], c: Context) -> Norm | None:
    """ "August 1998", "June last year": a month."""
    mon = month_number(m["mon"])
    if m["year"]:
        year = year_of(m["year"])
    elif c.base is not None:
        year = c.base.year + {"last": -1, "this": 0, "next": 1}[m["rel"].lower()]
    else:
        return Norm("DATE", f"XXXX-{mon:02d}")
    c.last_year, c.last_month = year, date(year, mon, 1)
    return Norm("DATE", f"{year}-{mon:02d}", pre_mod(m))


_EVENT_AFTER = re.compile(r"\s+(?:[\w-]+\s+)?(?:election|elections|vote|poll|polls|summit|deadline|referendum|games|congress|conference)\b",
                          re.I)


def n_month(m: re.Match[str], c: Context) -> Norm | None:
    """A month name alone ("in May", "last November"): the year from last/next/this, else tense and
    nearness.
    """
    mon = month_number(m["mon"])
    rel = (m["rel"] or "").lower()
    b = c.base
    if b is None:
        return Norm("DATE", f"XXXX-{mon:02d}", pre_mod(m))
    if rel in ("last", "this past", "past"):
        year = b.year if mon < b.month else b.year - 1
    elif rel in ("next", "this coming", "coming"):
        year = b.year if mon > b.month else b.year + 1
    elif rel == "this":
        year = b.year
    else:
        # "ahead of the August election": a coming month whatever the clause's tense
        ahead = AHEAD_OF.search(c.text, max(0, m.start() - 24), m.start()) and _EVENT_AFTER.match(c.text, m.end())
        year = (b.year if mon >= b.month else b.year + 1) if ahead else nearest_year(mon, None, b, c.tense(m))
    c.last_month = date(year, mon, 1)
    return Norm("DATE", f"{year}-{mon:02d}", pre_mod(m))


def n_year(m: re.Match[str], c: Context) -> Norm | None:
    """ "1998", "mid-1996", "nineteen ninety-six": a year."""
    year = year_of(m["year"])
    if not 1000 <= year <= 2100:
        return None
    c.last_year = year
    return Norm("DATE", str(year), pre_mod(m))


def n_season_year(m: re.Match[str], c: Context) -> Norm | None:
    """ "the winter of 1994": a season of a given year."""
    year = year_of(m["year"])
    c.last_year = year
    return Norm("DATE", f"{year}-{SEASONS[m['season'].lower()]}", pre_mod(m))


def n_decade(m: re.Match[str], c: Context) -> Norm | None:
    """ "the 1990s", "the '80s", "the late eighties": a decade (TIMEX3 "199")."""
    raw = m["dec"].lower().lstrip("'")
    words = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
             "eighties": 8, "nineties": 9}  # fmt: skip
    if raw.rstrip("s").isdigit():
        digits = raw.rstrip("s")
        value = digits[:3] if len(digits) == 4 else "19" + digits[0]
    else:
        value = "19" + str(words[raw.split()[-1]])
    return Norm("DATE", value, pre_mod(m))


def n_century(m: re.Match[str], c: Context) -> Norm | None:
    """ "the 20th century": a century (TIMEX3 "19")."""
    raw = m["cent"].lower()
    n = ORDINALS.get(raw) or int(re.sub(r"\D", "", raw) or 0)
    if not n:
        return None
    return Norm("DATE", f"{n - 1:02d}", pre_mod(m))


# ---- quarters, halves and fiscal years ------------------------------------------------------


def _quarter_year(q: int, c: Context, m: re.Match[str]) -> int | None:
    """The year of an ordinal quarter without one: this year if reached, else last year unless future."""
    if c.base is None:
        return None
    cur = quarter_of(c.base)
    if q < cur:
        return c.base.year
    if q == cur:
        return c.base.year if c.tense(m) is not False else c.base.year
    return c.base.year if c.tense(m) is True else c.base.year - 1


def n_quarter(m: re.Match[str], c: Context) -> Norm | None:
    """ "the third quarter", "third-quarter", "the 1988 second quarter": YYYY-Qn."""
    q = ORDINALS[m["ord"].lower()]
    if q > 4:
        return None
    rel = (m["qrel"] or "").lower()
    year_word = m["year"] or m["qyear"] or (re.findall(r"\d{4}", m["qrel"] or "") or [None])[0]
    if year_word:
        year = year_of(year_word)
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


_YEAR_BACK = (
    r"year-(?:earlier|ago)|a year (?:ago|earlier)|last year|previous year|prior year|comparable|corresponding"
)


def n_anaphoric_quarter(m: re.Match[str], c: Context) -> Norm | None:
    """ "the quarter", "the latest quarter", "the year-earlier period": the quarter under discussion."""
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
    elif re.search(r"latest|most recent", words):
        y, q = prev  # the last quarter completed, whatever forecasts were mentioned since
    else:
        y, q = c.last_quarter or prev
    if re.search(_YEAR_BACK, words):
        y -= 1
    elif re.search(r"previous|prior|last|preceding", words) and "latest" not in words:
        y, q = (y, q - 1) if q > 1 else (y - 1, 4)
    if (m["unit"] or "").lower().startswith("period") and c.last_quarter is None:
        return None
    if not re.search(r"year-(?:earlier|ago)|a year|last year|previous|prior|comparable", words):
        c.last_quarter = (y, q)
    return Norm("DATE", f"{y}-Q{q}")


def n_half(m: re.Match[str], c: Context) -> Norm | None:
    """ "the first half (of 1989)": YYYY-H1/H2."""
    h = 1 if m["h"].lower() in ("first", "1st") else 2
    if m["year"]:
        year = year_of(m["year"])
    elif c.base is None:
        return Norm("DATE", f"XXXX-H{h}")
    else:
        year = c.base.year if (h == 1 or c.base.month > 6 or c.tense(m)) else c.base.year - 1
    return Norm("DATE", f"{year}-H{h}")


def n_fiscal(m: re.Match[str], c: Context) -> Norm | None:
    """ "fiscal 1989", "the current fiscal year": a year."""
    word = m["year"] or m["year2"]
    if word:
        year = year_of(word)
    elif ENDED.match(c.text, m.end()):
        return Norm("DURATION", "P1Y")  # "the fiscal year ended Sept. 30": a span ending then
    elif c.base is None:
        return Norm("DATE", "XXXX")
    else:
        year = c.base.year + SHIFT.get((m["fpre"] or "this").lower(), 0)
    c.last_year = year
    return Norm("DATE", str(year))


# ---- holidays and seasons ------------------------------------------------------------------


def n_holiday(m: re.Match[str], c: Context) -> Norm | None:
    """ "Christmas", "Thanksgiving Day": the nearest such day, tense breaking ties."""
    name = re.sub(r"\s+", " ", m["hol"].lower())
    fixed = {"christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24),
             "new year's day": (1, 1), "new year's eve": (12, 31), "independence day": (7, 4),
             "halloween": (10, 31), "valentine's day": (2, 14), "new year's": (1, 1)}  # fmt: skip
    year = year_of(m["year"]) if m["year"] else None
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
    """ "this summer", "the fall": the nearest such season, tense breaking ties."""
    code = SEASONS[m["season"].lower()]
    if c.base is None:
        return Norm("DATE", f"XXXX-{code}", pre_mod(m))
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
    return Norm("DATE", f"{k // 4}-{code}", pre_mod(m))
