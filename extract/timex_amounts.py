"""Normalisers of durations, sets and the vague PRESENT_REF / PAST_REF / FUTURE_REF references."""

from __future__ import annotations

import re

from .timex_context import Context, Norm
from .timex_lexicon import (
    PARTS_OF_DAY,
    SEASONS,
    TIME_UNITS,
    UNITS,
    month_number,
    number_value,
    weekday_number,
)


def n_ref(m: re.Match[str], c: Context) -> Norm | None:
    """ "now", "currently", "recently", "the future": PRESENT_REF, PAST_REF or FUTURE_REF."""
    w = re.sub(r"\s+", " ", m.group().lower())
    if "Future" in m.group() and m.group()[0].islower():
        return None  # "Shaping the Future" is a name
    if re.search(r"future|soon|coming|ahead|near term|shortly", w):
        return Norm("DATE", "FUTURE_REF")
    if re.search(r"now|current|present|these days|nowadays|today", w):
        return Norm("DATE", "PRESENT_REF")
    return Norm("DATE", "PAST_REF")


def _duration_value(n: int | float | None, unit: str) -> str:
    """TIMEX3 duration value: P2D, PT3H, P20Y for two decades, PXM when the number is vague."""
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
    """ "two days", "a four-day", "the past three months": a DURATION; rates ("700 a week") and
    fractions are not.
    """
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
    if (m["alt"] and not m["alt"].strip().endswith("so")) or m["alt2"]:
        n = None  # "two to three weeks", "a year or two"
    if (m["half"] or m["frac"]) and isinstance(n, int):
        return Norm("DURATION", _and_a_half(n, m["unit"]), _approx_mod(m))
    return Norm("DURATION", _duration_value(n, m["unit"]), _approx_mod(m))


_HALVES = {"year": "6M", "month": "15D", "week": "3DT12H", "day": "T12H", "hour": "30M", "minute": "30S"}


def _and_a_half(n: int, unit: str) -> str:
    """ "2 1/2 years" -> P2Y6M, "5 1/2 hours" -> PT5H30M (TimeML spells the half in the next unit)."""
    whole = _duration_value(n, unit)
    half = _HALVES.get(unit.lower().rstrip("s"))
    if half is None:
        return whole
    return whole + half if not half.startswith("T") or "T" not in whole else whole + half[1:]


def n_plural_duration(m: re.Match[str], c: Context) -> Norm | None:
    """ "for years", "in recent months", "the weeks ahead": a DURATION of unknown length."""
    unit = m["unit"] or m["unit2"] or m["unit3"] or m["unit4"]
    return Norm("DURATION", _duration_value(None, unit), _approx_mod(m))


def _approx_mod(m: re.Match[str]) -> str | None:
    """TIMEX3 mod of an approximating prefix ("about" -> APPROX, "at least" -> EQUAL_OR_MORE)."""
    a = re.sub(r"\s+", " ", (m.groupdict().get("approx") or "").lower())
    return {"about": "APPROX", "around": "APPROX", "roughly": "APPROX", "approximately": "APPROX",
            "nearly": "LESS_THAN", "almost": "LESS_THAN", "more than": "MORE_THAN", "over": "MORE_THAN",
            "less than": "LESS_THAN", "under": "LESS_THAN", "at least": "EQUAL_OR_MORE",
            "up to": "EQUAL_OR_LESS", "no more than": "EQUAL_OR_LESS"}.get(a)  # fmt: skip


def n_set(m: re.Match[str], c: Context) -> Norm | None:
    """ "every Tuesday", "daily", "twice a year": a SET."""
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
