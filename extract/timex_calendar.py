"""Calendar arithmetic and tense cues for normalising time expressions against a reference date.

TIMEX3 values (1998-08-07, 1998-W32, 1998-Q3, 1998-SU, 199) and their day windows, plus the
clause-tense guess that decides whether "Friday" or "March" means the past or the coming one.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from .model import Precision
from .sentences import RELATIVE_CLAUSE, ends_with_abbreviation

SEASON_MONTHS = {"WI": (12, 2), "SP": (3, 5), "SU": (6, 8), "FA": (9, 11)}


def safe_date(y: int, m: int, d: int) -> date | None:
    """``date(y, m, d)`` or None when it does not exist."""
    try:
        return date(y, m, d)
    except ValueError:
        return None


def shift_month(d: date, months: int) -> date:
    """The first day of the month ``months`` after the month of ``d``."""
    m = d.month - 1 + months
    return date(d.year + m // 12, m % 12 + 1, 1)


def month_end(first: date) -> date:
    """The last day of the month of ``first``."""
    return shift_month(first, 1) - timedelta(days=1)


def week_value(d: date) -> str:
    """ISO week of a day in TIMEX3 style: 1998-W32."""
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def quarter_of(d: date) -> int:
    """1-4."""
    return (d.month - 1) // 3 + 1


def quarter_window(year: int, q: int) -> tuple[date, date]:
    """First and last day of a quarter."""
    first = date(year, 3 * q - 2, 1)
    return first, month_end(shift_month(first, 2))


def season_window(year: int, code: str) -> tuple[date, date]:
    """Meteorological season; winter YYYY runs from December YYYY to February YYYY+1."""
    a, b = SEASON_MONTHS[code]
    first = date(year, a, 1)
    last = month_end(date(year + 1 if code == "WI" else year, b, 1))
    return first, last


def season_of(d: date) -> tuple[int, str]:
    """(year, code) of the season containing ``d``."""
    for code, (a, b) in SEASON_MONTHS.items():
        if code == "WI":
            if d.month == 12:
                return d.year, "WI"
            if d.month <= 2:
                return d.year - 1, "WI"
        elif a <= d.month <= b:
            return d.year, code
    raise AssertionError(d)


def nearest_weekday(base: date, wd: int, future: bool | None) -> date:
    """The weekday ``wd`` (0 = Monday) meant relative to ``base``: past, coming or nearest."""
    delta = wd - base.weekday()
    if future is True:
        return base + timedelta(days=delta % 7)
    if future is False:
        return base - timedelta(days=-delta % 7)
    if delta > 3:
        delta -= 7
    elif delta < -3:
        delta += 7
    return base + timedelta(days=delta)


YEAR_CHANGE_DAYS = 30  # how much nearer a date in another year must be to beat one in the base's year


def nearest_year(m: int, d: int | None, base: date, future: bool | None) -> int:
    """The year of month ``m`` (day ``d``) meant from ``base``: tense first, then nearness."""
    best: tuple[float, int] | None = None
    for y in (base.year - 1, base.year, base.year + 1):
        c = safe_date(y, m, d or 15)
        if c is None:  # Feb. 29 outside leap years
            continue
        delta = (c - base).days
        penalty = float(abs(delta))
        slack = 7 if d else 31
        if future is True and delta < -slack:
            penalty += 2 * abs(delta)
        if future is False and delta > slack:
            penalty += 2 * abs(delta)
        if y != base.year:
            penalty += YEAR_CHANGE_DAYS  # "6-9 April" in October, untensed: this April, not next (a near tie)
        if best is None or penalty < best[0]:
            best = (penalty, y)
    return best[1] if best else base.year


def window_for(value: str) -> tuple[Precision, date | None, date | None]:
    """Precision and day window of a TIMEX3 date value (None window for unanchored values)."""
    m = re.match(r"^(\d{4})-(\d\d)-(\d\d)", value)
    if m:
        d = safe_date(int(m[1]), int(m[2]), int(m[3]))
        return (Precision.TIME if "T" in value else Precision.DAY), d, d
    m = re.fullmatch(r"(\d{4})-W(\d\d)(-WE)?", value)
    if m:
        monday = date.fromisocalendar(int(m[1]), int(m[2]), 1)
        if m[3]:
            return Precision.WEEK, monday + timedelta(days=5), monday + timedelta(days=6)
        return Precision.WEEK, monday, monday + timedelta(days=6)
    m = re.fullmatch(r"(\d{4})-(\d\d)", value)
    if m:
        first = date(int(m[1]), int(m[2]), 1)
        return Precision.MONTH, first, month_end(first)
    m = re.fullmatch(r"(\d{4})-Q(\d)", value)
    if m:
        return (Precision.QUARTER, *quarter_window(int(m[1]), int(m[2])))
    m = re.fullmatch(r"(\d{4})-H(\d)", value)
    if m:
        y, h = int(m[1]), int(m[2])
        return Precision.QUARTER, date(y, 6 * h - 5, 1), month_end(date(y, 6 * h, 1))
    m = re.fullmatch(r"(\d{4})-(SP|SU|FA|WI)", value)
    if m:
        return (Precision.SEASON, *season_window(int(m[1]), m[2]))
    m = re.fullmatch(r"(\d{4})", value)
    if m:
        y = int(m[1])
        return Precision.YEAR, date(y, 1, 1), date(y, 12, 31)
    m = re.fullmatch(r"(\d{3})", value)
    if m:
        y = int(m[1]) * 10
        return Precision.DECADE, date(y, 1, 1), date(y + 9, 12, 31)
    m = re.fullmatch(r"(\d{2})", value)
    if m:
        y = int(m[1]) * 100
        return Precision.CENTURY, date(max(y, 1), 1, 1), date(y + 99, 12, 31)
    return Precision.UNKNOWN, None, None


# ---- tense -------------------------------------------------------------------------------

# a trip's end told in the present, a schedule: "She ends the trip in Detroit on Friday"
ENDS_THE_TRIP = r"(?:ends|finishes|concludes|wraps\s+up)\s+(?:the|his|her|their|its)\s+(?:[\w-]+\s+){0,2}?(?:trip|tour|visit|journey|swing|leg)"
_FUTURE = re.compile(
    # (not a participle set off by commas: "A sortie, scheduled for Tuesday evening, was called off": nearest)
    r"\b(?:will|won't|shall|'ll|going to|plans?|(?<!, )(?:planned|scheduled)|planning|expected|expects?|due"
    r"|set to|slated|intends?|hopes? to|would(?!\s+have\b)|aims? to|next(?!\s+to\b)|upcoming|coming|to be held|is to|are to|forecast to"
    r"|comes\s+on"  # "The political heart of the trip comes on Saturday, when ...": a programme
    # what is left of a tour: "Three dates remain: Paris' Accor Arena on Thursday", "What's left: São Paulo on Saturday"
    r"|(?:dates|stops|legs|shows|concerts|gigs|events)\s+remain|remaining\s+(?:dates|stops|legs|shows|concerts|gigs|events)"
    r"|what(?:['’]s|\s+is)\s+left|still\s+to\s+come"
    r"|(?:is|are)\s+(?:still\s+)?[\"“]?going\s+ahead"  # "Thursday's show in Munich is going ahead": still to come
    r"|(?:that|which)\s+(?:ends|begins|starts|concludes|wraps\s+up|takes\s+(?:him|her|them))"  # "a four-day tour that ends in Maputo on Thursday"
    r"|(?:heads|travels|flies|goes|moves|go|fly|travel|head|move)\s+(?:on\s+|back\s+|(?:north|south|east|west)\w*\s+"
    r"|(?:up|down)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:river|coast|valley)\s+)?"
    r"(?:by\s+(?:[\w-]+\s+){1,2})?to|leaves\s+for|departs"  # "travels south by high-speed train to"
    r"|(?:heads|travels|flies|goes|leaves|arrives|returns)(?=\s+(?:on\s+)?$)"  # "He travels Friday to Stockholm"
    r"|(?:heads|travels|flies|goes)\s+(?:down|up|out|over|in|on|north|south|east|west)\b(?!\s+to\b)"  # "VDL flies down on Sunday"
    # a trip's legs in the present: "The tour ends in Grenada on Saturday", "takes him to Accra on Friday"
    r"|(?:tour|trip|visit|journey|voyage|swing|roadshow|pilgrimage|leg|programme|program)\s+(?:ends|begins|starts|continues|concludes|wraps\s+up|closes|finishes|"
    r"(?:takes|brings)\s+(?:him|her|them))"  # ("The final leg brings them to Warsaw on Monday")
    r"|takes\s+(?:a|the)\s+(?:[\w-]+\s+)?(?:train|flight|plane|ferry|boat|bus|coach|helicopter)"  # "takes the train west to"
    r"|(?:arrives|departs|returns|lands|flies)\s+(?:in|to|at|from|into)"
    r"|then\s+(?:spends|stays|visits|meets|holds|arrives|ends|wraps)|" + ENDS_THE_TRIP +
    # a programme told in the present: "He spends the night in Abuja and addresses parliament on Wednesday"
    r"|(?:he|she|they|and)\s+(?:spends|addresses|meets|visits|holds|attends|tours|hosts|inaugurates|wraps\s+up|"
    r"winds\s+up|closes|concludes|finishes)"
    r"|(?:plays|performs|headlines)\s+(?:at\s+|in\s+)?(?:the\s+)?(?=(?-i:[A-Z])))\b",  # "plays Coca-Cola Arena on Friday": a show to come
    re.I,
)
_PAST = re.compile(  # (an -ed word after a hyphen is an adjective: "forward-deployed ships")
    r"\b(?:was|were|had|did|said|told|ago|last(?!\s+(?:stop|leg|up)\b)|earlier"  # (not "Last stop: Mexico City on")
    r"|(?<!-)(?-i:(?!(?:n|sp|s|f|br|inde|proc|exc|succ|h|bl)eed\b|hundred\b|bed\b|red\b)[a-z]{2,}ed)|(?-i:went|came|made|took|met|left|began|gave|saw|got|held|won|lost|fell|rose|sold|paid|"
    r"bought|spent|sent|found|became|brought|led|ran|struck|hit|killed|announced|reported|flew|drove|rode|spoke|"
    r"wrote|stood|sat|chose|kept|built|heard|felt|thought|sought|fought|caught|withdrew|drew|grew|knew|threw|"
    r"broke|shot|fled|dealt|meant|slept))\b",  # (lower case: "the Fundy Rose", "Said Djinnit" are names)
    re.I,
)
# a headline's infinitive, "Jaishankar ... to visit Trincomalee on Saturday": future when nothing else says
_INFINITIVE = re.compile(
    r"\bto\s+(?:visit|travel|tour|meet|attend|fly|head|hold|address|open|lead|sign|begin|start|make|pay|undertake)\b",
    re.I,
)
_HAD = re.compile(r"\b(?:had|hadn't)\b", re.I)
# (not ", before travelling to ...": a participle has the tense of the clause it hangs from)
_CLAUSE_BREAK = re.compile(r"[.;!?\n]|, (?:and|but|while|as|when) |, (?:after|before) (?![a-z]+ing\b)")


_OPEN_RELATIVE = re.compile(r",\s*(?:who|which)\b[^,]*$")  # a time inside ", who ... ,"


def clause(text: str, start: int, end: int) -> tuple[str, str]:
    """The clause around ``text[start:end]``: the text before and after it up to a clause break."""
    lo = max(0, start - 160)
    left = text[lo:start]
    # (not the period of "St." or "U.S.": "will end the trip in St. John's on Saturday")
    breaks = [b for b in _CLAUSE_BREAK.finditer(left) if b.group() != "." or not ends_with_abbreviation(text, lo + b.start())]
    if breaks:
        left = left[breaks[-1].end() :]
    left = RELATIVE_CLAUSE.sub(",", left)  # "Blinken, who had been in Ankara, will hold talks on Tuesday"
    right = text[end : end + 120]
    b = next((b for b in _CLAUSE_BREAK.finditer(right)  # (nor "On Thursday, Mr. Shah will travel to Majuli")
              if b.group() != "." or not ends_with_abbreviation(text, end + b.start())), None)
    if b:
        right = right[: b.start()]
    inside = _OPEN_RELATIVE.search(left)
    if inside:  # "Huang, who held talks in Kinshasa on Monday, will travel ...": the relative clause's own
        left, right = left[inside.start() :], right.split(",", 1)[0]
    return left, right


def pluperfect(text: str, start: int, end: int) -> bool:
    """Whether the clause is in the past perfect ("had been due to expire Friday"): a past reading."""
    left, right = clause(text, start, end)
    return _HAD.search(left) is not None or _HAD.search(right) is not None


_REPORTED = re.compile(r"(?:said|told|confirmed|announced|reported|added|noted|stated)\b")


def clause_tense(text: str, start: int, end: int) -> bool | None:
    """True when the clause around ``text[start:end]`` looks future, False when past, else None.

    The past perfect wins ("had been scheduled to expire Friday"); otherwise the nearest cue, looking
    left first: "will meet on Friday" is future, "met Friday" past; with no tense at all, a headline's
    infinitive ("to visit Trincomalee on Saturday") is future.
    """
    left, right = clause(text, start, end)
    if _HAD.search(left) or _HAD.search(right):
        return False
    best: tuple[int, bool] | None = None
    for pattern, future in ((_FUTURE, True), (_PAST, False)):
        for m in pattern.finditer(left):
            dist = len(left) - m.end()
            if best is None or dist < best[0]:
                best = (dist, future)
        for m in pattern.finditer(right):
            if not future and right.startswith(" by ", m.end()):
                continue  # "on Monday and Tuesday, hosted by JPMorgan": a passive participle, no tense
            if not future and _REPORTED.match(right, m.start()) and "," in right[: m.start()]:
                continue  # "spending the weekend in Charleston, his political team confirmed Tuesday": the report's
            dist = m.start() + 40  # cues on the right count less
            if best is None or dist < best[0]:
                best = (dist, future)
    if best is None and _INFINITIVE.search(left):
        return True
    if best is None:
        return _sentence_tense(text, start)
    return best[1]


def _sentence_tense(text: str, start: int) -> bool | None:
    """The tense of the nearest verb before ``start`` in its sentence, for a clause with none of its
    own ("..., and a delegation of civil groups, before travelling to Dar es Salaam on Thursday")."""
    lo = max(0, start - 400)
    breaks = list(re.finditer(r"[.!?\n]\s", text[lo:start]))
    left = text[lo + breaks[-1].end() if breaks else lo : start]
    left = RELATIVE_CLAUSE.sub(",", left)
    found = [(m.end(), True) for m in _FUTURE.finditer(left)] + [(m.end(), False) for m in _PAST.finditer(left)]
    return max(found)[1] if found else None
