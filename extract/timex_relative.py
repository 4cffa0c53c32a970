"""Normalisers of dates relative to the publication date or to the last date mentioned, and clock times."""

from __future__ import annotations

import re
from datetime import date, timedelta

from .sentences import ends_with_abbreviation
from .timex_calendar import (
    nearest_weekday,
    nearest_year,
    pluperfect,
    quarter_of,
    safe_date,
    season_of,
    shift_month,
    week_value,
)
from .timex_context import ENDED, SHIFT, Context, Norm, pre_mod
from .timex_dates import alone_on_line, n_full_date
from .timex_lexicon import (
    BRACKET_DATE,
    BRACKET_DAY,
    DAY_NUMBER,
    PARTS_OF_DAY,
    SEASONS,
    month_number,
    number_value,
    weekday_number,
)


def n_relative(m: re.Match[str], c: Context) -> Norm | None:
    """ "last week", "next month", "earlier this year", "the following year": shifted from the
    reference date.
    """
    rel = re.sub(r"\s+", " ", m["rel"].lower())
    unit = m["unit"].lower()
    if rel == "last" and m.group().lower().startswith("the ") and _OF_AFTER.match(m.string, m.end()):
        return None  # "the last week of the trip", "the last week of March": the end of something, not the week before
    shift = SHIFT[rel]
    anaphoric = rel in ("previous", "prior", "preceding", "following", "same", "that")
    b = (c.last_day or (date(c.last_year, 7, 1) if c.last_year else None) or c.base) if anaphoric else c.base
    if anaphoric and unit == "year" and c.last_year:
        b = date(c.last_year, 7, 1)
    if anaphoric and unit == "month" and c.last_month:
        b = c.last_month
    pre = (m["pre"] or "").lower()
    mod = pre_mod(m)
    if b is None:
        code = {"week": "XXXX-WXX", "weekend": "XXXX-WXX-WE", "month": "XXXX-XX", "year": "XXXX"}
        return Norm("DATE", code.get(unit, "XXXX"), mod)
    lo: date
    hi: date
    if unit == "week":
        monday = b - timedelta(days=b.weekday()) + timedelta(weeks=shift)
        if rel == "this" and b.weekday() == 6 and c.tense(m) is True:
            monday += timedelta(weeks=1)  # a Sunday release's "will travel to India this week": the coming one
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
    elif unit in ("decade", "century") and rel in ("past", "last") and m.group().lower().startswith("the"):
        return Norm("DURATION", "P10Y" if unit == "decade" else "P100Y")  # "the past decade": a span
    elif unit == "decade":
        d0 = (b.year // 10 + shift) * 10
        return Norm("DATE", str(d0 // 10), mod)
    elif unit == "century":
        return Norm("DATE", f"{b.year // 100 + shift:02d}", mod)
    else:  # year
        y = b.year + shift
        lo, hi, value = date(y, 1, 1), date(y, 12, 31), str(y)
        c.last_year = y
    if unit in ("week", "weekend"):
        c.last_week = (m.end(), lo, hi)  # "next week ... on Tuesday" is that week's
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
    """ "the year": the year of the reference date; "the year ended Sept. 30" is a one-year DURATION."""
    if ENDED.match(c.text, m.end()) and not m["pre"]:
        return Norm("DURATION", "P1Y")
    year = c.base.year if c.base else None
    return Norm("DATE", str(year) if year else "XXXX", pre_mod(m))


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
    elif tense is True and b.weekday() == 6:
        sat += timedelta(weeks=1)  # a Sunday paper's "He'll spend the weekend in Bengaluru": the next one
    c.last_week = (m.end(), sat, sat + timedelta(days=1))
    return Norm("DATE", week_value(sat) + "-WE", window=(sat, sat + timedelta(days=1)))


def n_midweek(m: re.Match[str], c: Context) -> Norm | None:
    """ "mid-week", "the middle of next week": Tuesday to Thursday of the current week (of the next
    one when named so, or when the current one's middle is over and the clause looks ahead)."""
    b = c.base
    if b is None:
        return Norm("DATE", "XXXX-WXX", mod="MID")
    tue = b - timedelta(days=b.weekday()) + timedelta(days=1)
    if (m["shift"] or "").lower() == "next" or (b.weekday() > 3 and c.tense(m) is True):
        tue += timedelta(weeks=1)
    c.last_week = (m.end(), tue, tue + timedelta(days=2))
    return Norm("DATE", week_value(tue), mod="MID", window=(tue, tue + timedelta(days=2)))


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
    if direction == "later":
        # "Two days later, she arrived in Riohacha": a day on from the last one named; TimeML marks only
        # the duration ("Two days"), so that is the span's TimeML part
        lo = m.start("approx") if m["approx"] else m.start("num")
        amount = "X" if n is None else f"{n:g}"
        code = {"hour": "TH", "minute": "TM", "decade": "DE", "century": "CE"}.get(unit, unit[0].upper())
        length = Norm("DURATION", f"PT{amount}{code[1]}" if code.startswith("T") else f"P{amount}{code}")
        parts = [(lo, m.end("unit"), length)]
        if unit not in ("day", "week") or c.last_day is None or n is None or isinstance(n, float):
            return Norm(length.type, length.value, parts=parts)
        d = c.last_day + (timedelta(days=n) if unit == "day" else timedelta(weeks=n))
        c.last_day = d
        return Norm("DATE", d.isoformat(), parts=parts)
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


_OF_AFTER = re.compile(r"\s+of\b", re.I)
_OTHER_DAY = re.compile(r"\b(?:the\s+(?:first|second|third|fourth|fifth|last|final|next|following)\s+day)\b", re.I)


def _near_day(c: Context, m: re.Match[str]) -> bool:
    """Whether a day was named shortly before ``m`` with no other day ("On the second day") in between."""
    end = c.last_day_end
    if end is None or m.start() < end or _OTHER_DAY.search(c.text, end, m.start()):
        return False
    if "\n" not in c.text[end : m.start()]:
        return m.start() - end <= 250  # (in the same paragraph)
    # or opening the next paragraphs of a programme: "On Saturday, ... will reach Jagiroad ... [a paragraph on the
    # plant] ... In the afternoon, the prime minister will travel to Guwahati" (not after an aside's day: "took over
    # ... on Jan. 1")
    opening = c.text[c.text.rfind("\n", 0, m.start()) + 1 : m.start()].strip()
    near_story = c.last_day is not None and c.base is not None and abs((c.last_day - c.base).days) <= 7
    # (a programme to come only: a report may leave the day behind, "He met him on Monday.\n\nIn the afternoon he flew on")
    return opening in ("In", "in", "") and m.start() - end <= 800 and near_story and c.tense(m) is True


def n_anaphoric_day(m: re.Match[str], c: Context) -> Norm | None:
    """ "the day before", "the next day", "that day": around the last day mentioned."""
    words = m.group().lower()
    if re.fullmatch(r"the\s+\w+", words) and m["apart"] and not _near_day(c, m):
        return None  # "In the afternoon" far from any day, or after "On the second day": no day known
    b = c.anchor_day()
    if b is None:
        return Norm("DATE", "XXXX-XX-XX")
    if re.search(r"\b(?:in\s+the|that)\s+day\b", words):
        d = b  # "later in the day", "earlier that day": the same day
    elif re.search(r"\b(?:before|previous|prior|earlier|eve)\b", words):
        d = b - timedelta(days=1)
    elif re.search(r"\b(?:after|next|following|later)\b", words):  # (not "that afternoon")
        d = b + timedelta(days=1)
    else:
        d = b
    c.last_day = d  # "The next day ... Two days later": chains go on from this day
    if m["apart"]:
        return Norm("TIME", d.isoformat() + PARTS_OF_DAY[m["apart"].lower()])
    return Norm("DATE", d.isoformat())


def n_relative_day(m: re.Match[str], c: Context) -> Norm | None:
    """ "today", "yesterday", "tonight", "tomorrow morning", "last night", "last evening"."""
    word = " ".join(m["rday"].lower().split())
    part = (m["part"] or m["part0"] or "").lower()
    if word == "tonight":
        part = part or "tonight"
    if c.base is None:
        return Norm("DATE", "PRESENT_REF" if word == "today" else "XXXX-XX-XX")
    shift = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1, "last night": -1, "last evening": -1}[word]
    d = (c.today() or c.base) + timedelta(days=shift)
    c.last_weekday = None  # "Kos is in Chisinau today ... will go on to Kyiv on Sunday": days count from now again
    if word.startswith("last "):
        part = word.split()[1]  # "last night", "last evening": yesterday's
    if part:
        return Norm("TIME", d.isoformat() + PARTS_OF_DAY[part], pre_mod(m))
    return Norm("DATE", d.isoformat(), pre_mod(m))


def n_part_of_today(m: re.Match[str], c: Context) -> Norm | None:
    """ "this morning", "mid-afternoon": a part of the reference day (TIME)."""
    part = m["part"].lower()
    if c.base is None:
        return Norm("TIME", "XXXX-XX-XX" + PARTS_OF_DAY[part])
    return Norm("TIME", (c.today() or c.base).isoformat() + PARTS_OF_DAY[part], pre_mod(m))


def n_weekday(m: re.Match[str], c: Context) -> Norm | None:
    """ "Friday", "last Monday", "Friday night", "late Wednesday": a day (or part of one) near the
    reference date."""
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
        elif rel == "following" and c.last_day is not None:  # "flew in on April 2 ... the following Monday": after that day
            d = c.last_day + timedelta(days=(wd - c.last_day.weekday()) % 7 or 7)
        else:
            d = _bare_weekday(c, m, wd)
        week_after = _WEEK_AFTER.match(c.text, m.end())
        if week_after and not rel:  # "on Monday last week", "on Tuesday next week": that week's day
            monday = b - timedelta(days=b.weekday()) + timedelta(weeks=SHIFT[week_after[1].lower()])
            d = monday + timedelta(days=wd)
        d = _day_in_brackets(c, m, wd) or d
        d_value = d.isoformat()
    c.last_day = d or c.last_day
    if d is not None and not _HOMECOMING.search(c.text, max(0, m.start() - 40), m.start()) and not _END_OF_STAY.search(
        c.text, max(0, m.start() - 10), m.start()
    ):  # (not "will be back in Jakarta on Friday": the trip's end, told first; nor "is here through Monday": a stay's end)
        c.last_weekday = (m.end(), d)
    if part:
        return Norm("TIME", d_value + PARTS_OF_DAY[part], pre_mod(m))
    if pre in ("late", "early"):
        return Norm("TIME", d_value + ("TEV" if pre == "late" else "TMO"), pre_mod(m))
    return Norm("DATE", d_value, pre_mod(m))


_DAY_WORD_BEFORE = re.compile(r"\b(today|tomorrow|yesterday),\s*$", re.I)
_WEEK_AFTER = re.compile(r",?\s+(last|next|this)\s+week\b", re.I)
_BY_THEN_PAST = re.compile(r",?\s+(?:he|she|they|it|we|the\s+\w+|[A-Z]\w+)\s+(?:was|were|had)\b")
_HOMECOMING = re.compile(r"\b(?:back|return\w*|home)\b[^.;]*$", re.I)
_DEADLINE = re.compile(
    r"\b(?:through|until|till|by|as\s+early\s+as|as\s+soon\s+as|no\s+later\s+than)\s+(?:(?:late|early)\s+)?$",
    re.I,
)


_STAYED_UNTIL = re.compile(r"\b(?:stayed|remained|lasted|waited|continued|ran)\s+(?:[\w-]+\s+){0,3}?(?:until|till|through)\s+$", re.I)
_SAID_ON = re.compile(
    r"\b(?:said|announced|confirmed|reported|stated|told\s+\w+)"
    r"(?:\s+in\s+(?:a|an|the|its)\s+(?:[\w-]+\s+){0,2}?(?:statement|release|post|interview|briefing|letter|note))?"
    r"\s+(?:on\s+)?$"
)  # "the ministry said Friday", "said in a press release on Sunday"
_AHEAD = re.compile(r"\b(?:ahead\s+of|before|until|for)\s+$", re.I)


_WILL_BEFORE = re.compile(r"\b(?:will|'ll|to)\s+(?:\w+\s+){0,2}$", re.I)
_COMING_EVENT = re.compile(
    r"\s+(?:[\w-]+\s+){0,3}?(?:summit|meeting|talks|visit|vote|election|ceremony|conference|forum|"
    r"game|match|trip|launch|debate|session|parade|rally|inauguration|funeral|show|concert|gig)\b",
    re.I,
)


_BRACKET_DAY = re.compile(BRACKET_DAY)
_BRACKET_DATE = re.compile(BRACKET_DATE)
# "until Friday, the 17th"; a translation's "this Tuesday 17", "the Wednesday 18/03"
_COMMA_ORDINAL = re.compile(r",\s+the\s+([0-3]?\d)(?:st|nd|rd|th)\b|" + DAY_NUMBER)


def _day_in_brackets(c: Context, m: re.Match[str], wd: int) -> date | None:
    """ "on Friday (18)", "this Saturday (12)", "on Tuesday (October 21)", "on Sunday, the 19th": the weekday within three weeks
    of the reference date that falls on that day (of that month; a house style of Brazilian, Portuguese
    and Indian news)."""
    if c.base is None:
        return None
    found = _BRACKET_DAY.match(c.text, m.end()) or _COMMA_ORDINAL.match(c.text, m.end())
    dated = None if found else _BRACKET_DATE.match(c.text, m.end())
    if found is None and dated is None:
        return None
    day = int(found[1] or found[2]) if found else int(dated["bday"] or dated["bday2"])
    month = month_number(dated["bmon"] or dated["bmon2"]) if dated else None
    for shift in sorted(range(-21, 22), key=abs):
        d = c.base + timedelta(days=shift)
        if d.weekday() == wd and d.day == day and month in (None, d.month):
            return d
    return None


_END_OF_STAY = re.compile(r"\b(?:through|until|till)\s+$", re.I)
_JOINED_DAYS = re.compile(r"\s+(?:and|or|to|through|until)\s+(?:on\s+)?|\s*[-–]\s*")  # "on Tuesday and Wednesday"


def _after_coming_weekday(c: Context, m: re.Match[str]) -> bool:
    """True when a coming weekday was named earlier in the same sentence."""
    if c.last_weekday is None or c.base is None:
        return False
    end, day = c.last_weekday
    if day <= c.base or end > m.start():
        return False
    if "\n" in c.text[end : m.start()]:
        return False  # a headline's "to visit Erode on Sunday" and the story's "on Saturday" below it
    for b in re.finditer(r"[.!?]\s", c.text[end : m.start()]):
        if not ends_with_abbreviation(c.text, end + b.start()):  # "Marcos Jr. on Monday" is one sentence
            return False
    return True


_THAT_DAY = re.compile(r"(?<!said\s)(?<!says\s)(?<!told\s)(?<!noted\s)(?<!added\s)\bthat\s+$", re.I)


def _bare_weekday(c: Context, m: re.Match[str], wd: int) -> date:
    """A weekday without last/next: the coming one after "until/by" or in a future clause, else the
    most recent one (today included): news mostly reports what has happened."""
    assert c.base is not None
    named = _DAY_WORD_BEFORE.search(c.text, max(0, m.start() - 14), m.start())
    if named:  # "travels tomorrow, Tuesday, to Baucau": the day just named, if it is that weekday
        d = (c.today() or c.base) + timedelta(days={"today": 0, "tomorrow": 1, "yesterday": -1}[named[1].lower()])
        if d.weekday() == wd:
            return d
    if c.entry_day is not None and c.entry_day.weekday() == wd and c.entry_day != c.base:  # (not the date line)
        return c.entry_day  # "TUESDAY 14 OCTOBER\n\nKyle lands in Riyadh. On Tuesday he sees": the entry's own day
    if c.last_day is not None and _THAT_DAY.search(c.text, max(0, m.start() - 20), m.start()):
        # "From Friday, April 11, to Sunday, April 13 ... flew to Barcelona that Sunday afternoon": the
        # weekday of the days just told (that day itself, or the first such day after it)
        return c.last_day + timedelta(days=(wd - c.last_day.weekday()) % 7)
    if (
        c.text.startswith(("'s", "’s"), m.end())
        and _COMING_EVENT.match(c.text, m.end() + 2)
        and (_WILL_BEFORE.search(c.text, max(0, m.start() - 24), m.start()) or c.tense(m) is True)
    ):  # (and "will fly to La Paz on the morning of Wednesday's match")
        tense = True  # "will attend Tuesday's summit": a coming event, not "will appeal Monday's ruling"
    elif c.text.startswith("'s", m.end()) and not _AHEAD.search(c.text, max(0, m.start() - 12), m.start()):
        tense = None  # "Wednesday's ruling" names a day already known: the clause tense is about else
    elif _DEADLINE.search(c.text, max(0, m.start() - 16), m.start()) and not pluperfect(c.text, *m.span()) and not (
        _BY_THEN_PAST.match(c.text, m.end())
    ) and not _STAYED_UNTIL.search(c.text, max(0, m.start() - 40), m.start()):
        tense = True  # (not "By Wednesday he was in Addis Ababa", "where he stayed until Thursday": past)
    elif _SAID_ON.search(c.text, max(0, m.start() - 60), m.start()):
        return nearest_weekday(c.base, wd, False)  # "the ministry said Friday": when the news broke, today at the latest
    else:
        tense = c.tense(m)
    joined = c.last_weekday is not None and _JOINED_DAYS.fullmatch(c.text, c.last_weekday[0], m.start())
    within = None if joined else _in_week_named(c, m, wd, tense)  # (a joined day goes on from the one before it)
    if within is not None:  # "Over the weekend he heads east, with a rally in Allentown on Saturday"
        return within
    if joined and tense is False and (c.last_weekday[1] - nearest_weekday(c.base, wd, False)).days > 3:  # type: ignore[index]
        tense = None  # "On Tuesday and Wednesday, the group is in Guatemala City, where ... was scheduled", told on
        # Tuesday: a pair runs on from its first day (but "statements made Friday and Thursday" go back)
    if c.last_weekday is not None and (_after_coming_weekday(c, m) or (joined and tense is not False)):
        # "flies to Ankara on Tuesday for a summit that wraps up Wednesday", "begin the trip in Tokyo on
        # Monday, travel to Hanoi on Wednesday", "talks on Tuesday and Wednesday": the first such
        # weekday from the one just named on
        after = c.last_weekday[1]
        return after + timedelta(days=(wd - after.weekday()) % 7)
    d = nearest_weekday(c.base, wd, False if tense is None else tense)
    if tense is True and c.last_weekday is not None and _monday(c.last_weekday[1]) > _monday(c.base):
        # "will begin in Seoul on Monday [next week] ... On Wednesday he will visit Changwon": once a
        # coming trip is told in next week's days, a bare weekday goes on from the last one named
        after = c.last_weekday[1]
        d = max(d, after + timedelta(days=(wd - after.weekday()) % 7))
    return d


def _monday(d: date) -> date:
    """The Monday of ``d``'s week."""
    return d - timedelta(days=d.weekday())


def _in_week_named(c: Context, m: re.Match[str], wd: int, tense: bool | None) -> date | None:
    """The weekday inside the week or weekend named before it: in the same sentence, or anywhere
    before for a coming day of a coming week ("will travel next week ... On Wednesday he will visit")."""
    if c.last_week is None or c.base is None:
        return None
    end, lo, hi = c.last_week
    if end > m.start():
        return None
    # (across sentences only a whole coming week frames its workdays: a weekend day may lie either side of it)
    across = tense is True and lo > c.base and hi - lo > timedelta(days=1) and wd < 5
    # (a standfirst's week, with no full stop, ends with its line; a heading's, "NEXT WEEK", frames what follows)
    heading = len(c.text[c.text.rfind("\n", 0, end) + 1 : end].split()) <= 3
    if re.search(r"[.!?]\s" if heading else r"[.!?]\s|\n", c.text[end : m.start()]) and not across:
        return None
    d = lo + timedelta(days=(wd - lo.weekday()) % 7)
    return d if d <= hi else None


def n_clock(m: re.Match[str], c: Context) -> Norm | None:
    """ "3 p.m.", "10:30 a.m. Monday", "noon", "1030 GMT": a clock time on the day named or in question."""
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
    elif c.base is not None and alone_on_line(c.text, m.start(), m.end(), _ENTRY_MARKS, _ENTRY_END):
        c.last_day = c.today()  # "9:05am" heading a live blog's entry: today's, and so is what the entry tells
        day = c.last_day.isoformat()  # type: ignore[union-attr]
    elif c.last_day is not None:
        day = c.last_day.isoformat()
    elif c.base is not None:
        day = c.base.isoformat()
    else:
        day = "XXXX-XX-XX"
    return Norm("TIME", f"{day}T{h:02d}:{mi:02d}")


_ENTRY_MARKS = re.compile(r"[\s*#>|-]*")  # a live blog's entry time may stand after a bullet or a heading mark
_ENTRY_END = re.compile(r"[\s:|—–-]*")  # and before a colon or a dash
