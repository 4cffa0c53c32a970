"""Words of time expressions: month, weekday, season, unit and number words, as regex parts.

Kept apart from the rules so that the tagger, the publication-date finder and tests share one
vocabulary.
"""

from __future__ import annotations

import re

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
SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
PARTS_OF_DAY = {
    "morning": "TMO", "afternoon": "TAF", "arvo": "TAF", "evening": "TEV", "night": "TNI", "nights": "TNI",
    "overnight": "TNI", "tonight": "TNI", "midday": "T12:00", "noon": "T12:00", "midnight": "T24:00",
}  # fmt: skip
ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
    "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11,
    "twelfth": 12,
}  # fmt: skip
UNITS = {
    "second": "S", "minute": "M", "hour": "H", "day": "D", "week": "W", "weekend": "WE",
    "month": "M", "quarter": "Q", "year": "Y", "decade": "DE", "century": "CE", "centurie": "CE",
}  # fmt: skip
TIME_UNITS = {"second", "minute", "hour"}

_SMALL = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
VAGUE = {"several", "few", "a few", "many", "some", "numerous", "more"}

# ---- regex parts ------------------------------------------------------------------------

MON = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?|JANUARY|FEBRUARY|MARCH|APRIL|JUNE|JULY"
    r"|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)"
)
# "on Tuesday (October 21)", "Friday (17 October)": a weekday and its date in brackets
BRACKET_DATE = rf"\s*\((?:(?P<bmon>{MON})\s+(?P<bday>[0-3]?\d)|(?P<bday2>[0-3]?\d)\s+(?P<bmon2>{MON}))\)"
WD = (
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat)\."
    r"|MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY)"
)
WORD_NUM = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:one|two|three|four|five|six"
    r"|seven|eight|nine))?|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen"
    r"|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|hundred|a hundred|one hundred|thousand)"
)
NUM = rf"(?:\d+(?:\.\d+)?|{WORD_NUM}|an?|several|a few|few|a couple of|couple of|many|some)"
UNIT = r"(?:second|minute|hour|day|week|month|quarter|year|decade|century|centurie)"
# a day of the month in brackets after a weekday, "on Friday (18)": a house style of Brazilian and
# Portuguese news, read by the tagger, the cues and the stop dates alike
BRACKET_DAY = r"\s*\(([0-3]?\d)(?:st|nd|rd|th)?\)"  # "(18)", "(14th)"
# a translation's day number right after a weekday: "this Tuesday 17", "the Wednesday 18/03" (not "Tuesday 2 May")
DAY_NUMBER = r"[ \t]+([0-3]?\d)(?:/[01]?\d)?(?![\w/:.,-]|\s+(?:of\s+)?[A-Z])"
# "ahead of the August election", "in the run-up to next week's summit": what follows is still to come
AHEAD_OF = re.compile(r"\b(?:ahead\s+of|before|in\s+the\s+run[\s-]up\s+to)\s+(?:the\s+|next\s+|this\s+)?$", re.I)
SPELLED_YEAR = (
    r"(?:nineteen|twenty)[\s-](?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:one|two"
    r"|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
    r"|seventeen|eighteen|nineteen|oh[\s-](?:one|two|three|four|five|six|seven|eight|nine))"
    r"|two thousand(?:[\s-](?:and[\s-])?(?:one|two|three|four|five|six|seven|eight|nine|ten))?"
)


def month_number(word: str) -> int:
    """1-12 for a month name or abbreviation ("Sept." -> 9)."""
    return MONTHS[word.lower().rstrip(".")]


def weekday_number(word: str) -> int:
    """0 (Monday) to 6 (Sunday) for a weekday name or abbreviation."""
    return WEEKDAYS[word.lower().rstrip(".")]


def number_value(word: str) -> int | float | None:
    """The number a numeral or number word stands for; None for vague ones ("several")."""
    w = re.sub(r"\s+", " ", word.lower().replace("-", " ")).strip()
    if w in VAGUE:
        return None
    if w in ("a", "an"):
        return 1
    if w in ("couple of", "a couple of"):
        return 2
    if re.fullmatch(r"\d+(?:\.\d+)?", w):
        return float(w) if "." in w else int(w)
    total = 0
    for part in w.split():
        if part in ("a", "and"):
            continue
        if part in _SMALL:
            total += _SMALL[part]
        elif part in _TENS:
            total += _TENS[part]
        elif part == "hundred":
            total = max(total, 1) * 100
        elif part == "thousand":
            total = max(total, 1) * 1000
        else:
            return None
    return total


def spelled_year(words: str) -> int | None:
    """ "nineteen ninety-six" -> 1996, "two thousand" -> 2000."""
    w = words.lower().replace("-", " ").split()
    if w[:2] == ["two", "thousand"]:
        rest = number_value(" ".join(x for x in w[2:] if x != "and")) if len(w) > 2 else 0
        return 2000 + (rest or 0)
    head = number_value(w[0])
    if head is None:
        return None
    tail_words = [x for x in w[1:] if x != "oh"]
    tail = number_value(" ".join(tail_words)) if tail_words else 0
    return None if tail is None else head * 100 + int(tail)
