"""The rule table of the temporal tagger: one (name, pattern, normaliser) per kind of expression.

Patterns are written as joined fragments so each stays readable; spans follow TimeML (see
``timex_context`` for the span conventions and ``timex_dates``, ``timex_relative``,
``timex_amounts`` for the normalisers).
"""

from __future__ import annotations

import re

from .timex_amounts import (
    n_duration,
    n_plural_duration,
    n_ref,
    n_set,
)
from .timex_context import (
    APPROX,
    PRE,
    PRE_DAY,
    YEAR,
    Handler,
)
from .timex_dates import (
    n_anaphoric_quarter,
    n_century,
    n_decade,
    n_fiscal,
    n_full_date,
    n_half,
    n_holiday,
    n_month,
    n_month_year,
    n_numeric_date,
    n_ordinal_day,
    n_ordinal_range,
    n_quarter,
    n_range,
    n_season,
    n_season_year,
    n_year,
)
from .timex_lexicon import MON, NUM, SPELLED_YEAR, UNIT, WD
from .timex_relative import (
    n_ago,
    n_anaphoric_day,
    n_clock,
    n_midweek,
    n_part_of_today,
    n_relative,
    n_relative_day,
    n_the_year,
    n_week_of,
    n_weekday,
    n_weekend,
    n_year_end,
    n_year_quarter,
)

_I = re.I
_DAYNUM = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_PART = r"(?:\s+(?P<part>morning|afternoon|evening|night))?"


def _rule(name: str, handler: Handler, *parts: str, flags: int = 0) -> tuple[str, re.Pattern[str], Handler]:
    return name, re.compile("".join(parts), flags), handler


_NUMW = r"(?:one|two|three|four|five|six|seven|eight|nine)"
_TENSW = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
_NINETEEN_YEAR = (
    rf"nineteen[\s-](?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
    rf"|{_TENSW}(?:[\s-]{_NUMW})?)"
)
_UNITS_PL = r"(?:years|months|weeks|days|decades|quarters)"
_CONNECT = r"\s*(?:-|–|to|through|until)\s*"
_WD_BRACKET = r"(?:\s*\((?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?\))?"  # "from November 17 (Mon) to 22 (Sat)"

RULES: list[tuple[str, re.Pattern[str], Handler]] = [
    _rule("range", n_range,
          rf"\b(?P<first>(?P<mon>{MON})\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?){_WD_BRACKET}{_CONNECT}",
          rf"(?P<second>(?:(?P<mon2>{MON})\s+)?(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?)\b(?![:%]|\.\d|,\d)",
          rf"(?:,?\s+(?P<year>{YEAR})\b)?"),
    _rule("range_day_first", n_range,
          rf"\b(?P<first>(?:the\s+)?(?P<day>[0-3]?\d)(?:st|nd|rd|th)?){_CONNECT}",
          rf"(?P<second>(?:the\s+)?(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?(?:\s+of)?\s+(?P<mon>{MON}))",
          rf"(?P<mon2>)(?:\s+(?P<year>{YEAR}))?\b"),
    # "from Tuesday, 19 May to Thursday, 21 May 2026", "Tuesday, May 19 through Thursday, May 21": each end with its weekday
    _rule("range_weekdays", n_range,
          rf"\b(?P<first>(?:{WD}),?\s+(?:(?:the\s+)?(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?:\s+of)?\s+(?P<mon>{MON})"
          rf"|(?P<mon_a>{MON})\s+(?P<day_a>[0-3]?\d)(?:st|nd|rd|th)?)){_CONNECT}",
          rf"(?P<second>(?:{WD}),?\s+(?:(?:the\s+)?(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?(?:\s+of)?\s+(?P<mon2>{MON})"
          rf"|(?P<mon2_a>{MON})\s+(?P<day2_a>[0-3]?\d)(?:st|nd|rd|th)?))\b(?:,?\s+(?P<year>{YEAR})\b)?"),
    # "on Friday, 22 and Saturday, 23 May 2026": the month and year said once, after the second day
    _rule("range_weekdays_and", n_range,
          rf"\b(?P<first>(?:{WD}),?\s+(?:the\s+)?(?P<day>[0-3]?\d)(?:st|nd|rd|th)?)\s*(?:-|–|to|through|until|and)\s*",
          rf"(?P<second>(?:{WD}),?\s+(?:the\s+)?(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?(?:\s+of)?\s+(?P<mon>{MON}))"
          rf"(?P<mon2>)\b(?:,?\s+(?P<year>{YEAR})\b)?"),
    _rule("full_date", n_full_date,
          rf"\b(?:(?P<wd>{WD}),?\s+)?{PRE}",
          rf"(?:(?P<mon>{MON})\s+(?P<day>{_DAYNUM})(?![\d:,.]\d)(?:,?\s+(?P<year>{YEAR})\b)?",
          rf"|(?P<day_b>{_DAYNUM})(?:\s+of)?\s+(?P<mon_b>{MON})(?:,?\s+(?P<year_b>{YEAR})\b)?)(?!\s*(?:%|percent))"),
    _rule("ordinal_range", n_ordinal_range,  # "from the 11th to 14th", "spent the 6th through the 8th": days of the month in talk
          r"(?:(?<=\bfrom\s)|(?=the\s+\d{1,2}(?:st|nd|rd|th)\s+(?:through|until)\s))"
          r"(?P<first>the\s+(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th))\s+(?:to|through|until|-)\s+",
          rf"(?P<second>(?:the\s+)?(?P<day2>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th))\b(?!\s+(?:of\s+)?(?:{MON}))"),
    _rule("ordinal_day", n_ordinal_day,  # "on the morning of the 8th": a day of the month in talk
          r"\bthe\s+(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)\b",
          rf"(?!-|\s+(?:of\s+)?(?:{MON})|\s+(?!and\b|to\b|through\b|until\b|or\b|with\b|before\b|after\b|for\b|at\b|when\b|was\b|"
          r"(?:she|he|they|we|I)\s+[a-z]|in\s+[A-Z])[A-Za-z])"),
    # ("the 30th in Lobito", "talks on the 30th with ...", "On the 6th she travelled", "due in Lubumbashi on the 12th
    # for talks"; not "the 30th anniversary")
    _rule("numeric_date", n_numeric_date,
          r"(?<![\d/.-])(?:(?P<iy>(?:19|20)\d\d)-(?P<im>[01]\d)-(?P<id>[0-3]\d)(?:T(?P<ih>[0-2]\d):(?P<imi>[0-5]\d))?",
          r"|(?P<um>[0-3]?\d)/(?P<ud>[0-3]?\d)(?:/(?P<uy>(?:19|20)?\d\d))?",
          # "16.10.2025 (Thursday)", "16-10-2025": dots or dashes with the year in full write the day first
          r"|(?P<dd>[0-3]?\d)(?P<sep>[.-])(?P<dm>[01]?\d)(?P=sep)(?P<dy>(?:19|20)\d\d)" + _WD_BRACKET + r")(?![\d/]|\.\d|-\d)"),
    _rule("month_year", n_month_year,
          rf"\b{PRE}(?P<mon>{MON})(?:\s+of)?,?\s+",
          rf"(?:(?P<year>{YEAR}|{SPELLED_YEAR})\b|(?P<rel>last|this|next)\s+year\b)"),
    _rule("month", n_month,
          rf"\b{PRE}(?:(?P<rel>[Ll]ast|[Tt]his|[Nn]ext|[Tt]his past|[Tt]his coming|[Pp]ast|[Cc]oming)\s+)?",
          r"(?P<mon>(?:January|February|(?:(?<=\bin\s)|(?<=\bsince\s)|(?<=\buntil\s)|(?<=\blast\s)|(?<=\bnext\s)|(?<=\bearly\s)|(?<=\blate\s))March|March(?!\s+(?:for|of|on|to|in)\b)|April|June|July|August|September",
          r"|October|November|December|Sept?\.|Oct\.|Nov\.|Dec\.|Jan\.|Feb\.|Aug\.)(?!\w|\s*\d)",
          r"|(?:(?<=in )|(?<=early )|(?<=late )|(?<=last )|(?<=next )|(?<=mid-)|(?<=since )|(?<=until )",
          r"|(?<=by ))May\b)"),
    _rule("fiscal", n_fiscal,
          r"\b(?:the\s+)?(?:(?P<fpre>current|latest|last|next|this|previous|prior)\s+)?fiscal\s+",
          rf"(?:year(?:\s+(?P<year>{YEAR}))?|(?P<year2>{YEAR}))\b", flags=_I),
    _rule("season_year", n_season_year,
          rf"\b{PRE}(?:the\s+)?(?P<season>spring|summer|fall|autumn|winter)(?:\s+of)?,?\s+",
          rf"(?P<year>{YEAR}|{SPELLED_YEAR})\b", flags=_I),
    _rule("year", n_year,
          rf"(?<![$\d,.£€-])(?:(?P<the>the\s+year\s+)?{PRE}(?P<year>{YEAR}|(?<=year ){SPELLED_YEAR}",
          rf"|(?<=in ){SPELLED_YEAR}|(?<=since ){SPELLED_YEAR}|(?<=of ){SPELLED_YEAR}|{_NINETEEN_YEAR}))",
          r"\b(?![\d,.]\d|\s*(?:%|percent|-\d)|-(?:year|day|month))", flags=_I),
    _rule("decade", n_decade,
          r"(?<![\d$])(?:the\s+)?(?P<pre>early|late|mid)?-?\s*",
          r"(?P<dec>(?:1[5-9]|20)\d0s|'\d0s|(?<=the )\d0s|(?<=-)\d0s",
          r"|(?:nineteen\s+)?(?:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))\b",
          flags=_I),
    _rule("century", n_century,
          r"\b(?:the\s+)?(?P<pre>early|late|mid)?-?\s*(?P<cent>\d{1,2}(?:st|nd|rd|th)|first|second|third",
          r"|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|nineteenth|twentieth|twenty-first)",
          r"[\s-]+century\b", flags=_I),
    _rule("quarter", n_quarter,
          r"\b(?:(?P<qrel>(?:the|its|a|this year's|last year's|next year's|the\s+year-(?:earlier|ago)",
          rf"|year-(?:earlier|ago)|the\s+same|the\s+comparable)(?:\s+(?:{YEAR}))?)\s+)?",
          rf"(?:(?P<qyear>{YEAR})\s+)?(?:fiscal[\s-]+)?",
          r"(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+(?:fiscal[\s-]+)?quarter\b(?!-)",
          rf"(?:\s+of\s+(?:fiscal\s+)?(?:(?P<year>{YEAR})|(?P<qrel2>last year|this year|next year)))?",
          flags=_I),
    _rule("anaphoric_quarter", n_anaphoric_quarter,
          r"\b(?:the|this|that|its|last\s+year's)\s+(?:(?:latest|current|recent|most\s+recent|year-earlier",
          r"|year-ago|comparable|same|previous|prior|preceding|last|fiscal|next|coming|following|corresponding)",
          r"[\s-]+)*(?P<unit>quarter|period)\b(?!-)(?:\s+(?:a\s+year\s+(?:ago|earlier)|last\s+year))?",
          r"|\b(?P<unit2>year-(?:earlier|ago))\b(?!\s+(?:quarter|period))", flags=_I),
    _rule("year_quarter", n_year_quarter, rf"\bthe\s+(?P<year>{YEAR})\s+(?:quarter|period)\b", flags=_I),
    _rule("half", n_half,
          r"\b(?:the\s+)?(?P<h>first|second|1st|2nd|last|latter)\s+half",
          rf"(?:\s+of\s+(?:(?P<year>{YEAR})|the\s+year))?\b", flags=_I),
    _rule("relative", n_relative,
          rf"\b{PRE}(?:the\s+)?(?P<rel>this\s+past|this\s+coming|this|last|next|past|coming|previous|prior",
          r"|preceding|following|current|same|that)\s+(?P<unit>week(?!s)|weekend|month(?!s)",
          r"|year(?!s|-)|quarter(?!s|-)|spring|summer|fall|autumn|winter|decade|century)\b", flags=_I),
    _rule("the_year", n_the_year,
          r"\b(?:(?P<pre>the\s+(?:end|beginning|start|middle|rest)\s+of)\s+)?the\s+(?:(?P<full>full|entire|whole)\s+)?",
          r"year\b(?![-']|\s+(?:\d|two|nineteen|ago|earlier|before|after))", flags=_I),
    _rule("year_end", n_year_end, r"\b(?:the\s+)?year(?:-|\s+|'s\s+)end\b", flags=_I),
    _rule("week_of", n_week_of,
          rf"\bthe\s+week\s+of\s+(?P<mon>{MON})\s+(?P<day>{_DAYNUM})(?:,?\s+(?P<year>{YEAR}))?\b"),
    _rule("weekend", n_weekend, r"\b(?:the|this)\s+weekend\b(?!s)", flags=_I),
    _rule("midweek", n_midweek, r"\b(?:mid-?week|the\s+middle\s+of\s+(?:the|this|(?P<shift>next))\s+week)\b", flags=_I),
    _rule("ago", n_ago,
          rf"\b{APPROX}(?P<num>{NUM})\s+(?:more\s+)?(?P<unit>{UNIT}s?)(?:\s+or\s+so)?\s+",
          r"(?P<dir>ago|earlier|later|back|hence|from\s+now)\b", flags=_I),
    _rule("anaphoric_day", n_anaphoric_day,
          r"\b(?:the\s+(?:day|night)\s+(?:before|after)(?!\s+(?:the|a|his|her|their|its|\w+day|\w+ing)\b)",
          r"|the\s+(?:previous|next|following|same|prior)\s+day|that\s+(?:same\s+)?day",
          r"|a\s+day\s+(?:earlier|later|before)|(?:later|earlier)\s+(?:in\s+the|that)\s+day",
          r"|(?:the\s+(?:next|following|previous|same)|that(?:\s+same)?|(?<=\b[Ii]n\s)the)\s+(?P<apart>morning|afternoon|evening|night))\b"
          r"(?!\s+(?:session|sitting|shift|edition|papers?|prayers?|news|show|sun|light|hours?))",  # "In the afternoon he"
          flags=_I),
    _rule("relative_day", n_relative_day,
          rf"\b{PRE}(?:(?P<part0>morning|afternoon|evening)\s+)?",
          r"(?P<rday>today|tonight|yesterday|tomorrow|last\s+night|last\s+evening)(?:\s+(?P<part>morning|afternoon|evening|night))?",
          r"\b(?!\s+(?:show|program))", flags=_I),
    _rule("part_of_today", n_part_of_today,
          r"\b(?:(?P<pre>later|earlier|early|late)?\s*\bthis\s+|mid[-\s]?)(?P<part>morning|afternoon|evening|arvo)\b",
          flags=_I),
    _rule("clock", n_clock,
          r"\b(?:(?:about|around|approximately)\s+)?(?:(?P<h>[01]?\d)(?:[:.](?P<mi>[0-5]\d))?\s*",
          r"(?P<ap>[ap]\.\s?m\.?|[ap]m\b|[AP]\.M\.|[AP]M\b)",
          r"|(?P<h2>[01]?\d)\s+in\s+the\s+(?P<morning>morning|afternoon|evening)",
          r"|(?<!high )(?P<named>noon|midnight|midday)",
          r"|(?P<h3>[01]?\d|2[0-3]):?(?P<mi3>[0-5]\d)(?=\s+(?:GMT|UTC|[ECMP][SD]T|local\s+time|hrs|hours\s+(?:GMT|local))))",
          rf"(?:\s+(?:[ECMP][SD]T|GMT|local\s+time))?(?:,?\s+(?:on\s+)?(?:(?P<wd>{WD})",
          rf"|(?P<rday>today|yesterday|tomorrow)|(?P<mon>{MON})\s+(?P<day>[0-3]?\d)\b))?", flags=_I),
    _rule("weekday", n_weekday,
          rf"\b{PRE_DAY}(?:(?:the\s+)?(?P<rel>last|next|this\s+coming|this\s+past|this|coming|past|previous|following)\s+)?",
          rf"(?P<wd>{WD})(?!s\b){_PART}(?!\s*,?\s*{MON})"),
    _rule("set", n_set,
          rf"\b(?:(?:every|each)\s+(?:other\s+)?(?:(?P<swd>{WD})|(?P<smon>{MON})|(?P<sunit>day|week|month|year|quarter",
          r"|morning|afternoon|evening|night|spring|summer|fall|autumn|winter))",
          r"|(?P<swd2>(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)s)",
          r"(?:\s+(?P<spart>nights|mornings|evenings|afternoons))?",
          r"|(?:daily|weekly|monthly|annually|yearly|hourly|nightly|biweekly)",
          r"|(?<=once )(?:a|per)\s+(?P<sunit2>day|week|month|year)",
          r"|(?<=twice )(?:a|per)\s+(?P<sunit3>day|week|month|year)",
          r"|(?<=times )(?:a|per)\s+(?P<sunit4>day|week|month|year))\b"),
    _rule("ref", n_ref,
          r"\b(?:(?:right\s+)?now|currently|current(?!\s+(?:account|accounts|events|affairs|price|prices|rate",
          r"|rates|level|levels|law|laws|system))|at\s+present|the\s+present|these\s+days|nowadays",
          rf"|(?:more\s+)?recently|recent(?!\s+{_UNITS_PL})|lately",
          r"|the\s+past(?!\s+(?:\d|few|several|two|three|four|five|six|seven|eight|nine|ten|year|month|week",
          r"|decade|quarter|day|weekend))|in\s+the\s+past|the\s+(?:near\s+|distant\s+)?future",
          r"|(?<!the )future(?=\s+[a-z]+s\b)|as\s+soon\s+as\s+possible|the\s+near\s+term",
          r"|future\s+(?:years|months|weeks|days|decades|quarters))\b", flags=_I),
    _rule("holiday", n_holiday,
          r"\b(?P<hol>Christmas(?:\s+(?:Day|Eve))?|New\s+Year's(?:\s+(?:Day|Eve))?|Thanksgiving(?:\s+Day)?",
          r"|Independence\s+Day|Halloween|Valentine's\s+Day|Election\s+Day|Easter(?:\s+Sunday)?|Labor\s+Day",
          rf"|Memorial\s+Day)(?:\s+(?P<year>{YEAR}))?\b"),
    _rule("season", n_season,
          rf"\b{PRE}(?:(?<=the )|(?<=in )|(?<=this )|(?:the\s+))",
          r"(?P<season>summer|winter|spring|autumn|fall)\b",
          r"(?!\s+of\s+(?!\d)|\s+(?:semester|term|collection|session|quarter))", flags=_I),
    _rule("duration", n_duration,
          rf"\b{APPROX}(?:the\s+)?(?:(?:past|last|next|first|coming|previous|following|final|latest|remaining",
          r"|initial|recent|same)\s+)?",
          rf"(?P<num>(?!(?:19|20)\d\d\b){NUM}|(?<!\bin\s)(?:19|20)\d\d)(?P<frac>\s+1/2|-and-a-half)?(?P<alt>\s+(?:or|to)\s+(?:so|{NUM}))?",
          r"(?:[\s-]+(?:more|additional|full|straight|consecutive|trading|business|working))?[\s-]+",
          rf"(?P<unit>{UNIT}|weekend)s?(?P<half>\s+and\s+a\s+half)?(?P<alt2>\s+or\s+(?:two|three|four|more))?",
          r"(?:[\s-]+long)?\b(?!-old|\s+old\b|-\w)",
          r"|\b(?P<unit1>day|week|month|year)-long\b", flags=_I),
    _rule("plural_duration", n_plural_duration,
          rf"\b{APPROX}(?:(?:the\s+)?(?:past|last|next|previous|following|recent|coming)\s+(?:(?:few|several|many)\s+)?",
          r"|(?<=for )|(?<=in )",
          r"|(?<=within )|(?<=over )|(?<=after ))",
          r"(?P<unit>(?:second|minute|hour|day|week|month|year|decade|centurie)s)",
          r"(?:\s+or\s+(?:weeks|months|years|days))?\b(?!\s+(?:old|before|after))(?:\s+ago)?",
          r"|\bthe\s+(?P<unit3>years|decades)\b(?!\s+(?:before|after))",
          r"|\bthe\s+(?P<unit4>weeks|months|days|years)\s+ahead\b|\b(?P<unit2>decades)-long\b", flags=_I),
]  # fmt: skip

# ---- triggers: cheap tests on the lower-cased text that a rule can match at all ------------------
# A rule's pattern only runs on the stretches of text that contain one of its trigger strings
# (or match its trigger regex); this keeps the tagger fast without changing what it finds.

_MONTH_KEYS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_WEEKDAY_KEYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_SEASON_KEYS = ("spring", "summer", "fall", "autumn", "winter")
_UNIT_KEYS = ("second", "minute", "hour", "day", "week", "month", "quarter", "year", "decade", "centur")

TRIGGERS: dict[str, tuple[str, ...] | re.Pattern[str]] = {
    "range": _MONTH_KEYS,
    "range_day_first": _MONTH_KEYS,
    "range_weekdays": _MONTH_KEYS,
    "range_weekdays_and": _MONTH_KEYS,
    "full_date": _MONTH_KEYS,
    "ordinal_range": re.compile(r"from\s+the\s+\d{1,2}(?:st|nd|rd|th)\b|the\s+\d{1,2}(?:st|nd|rd|th)\s+(?:through|until)\s"),
    "ordinal_day": re.compile(r"the\s+\d{1,2}(?:st|nd|rd|th)\b"),
    "month_year": _MONTH_KEYS,
    "numeric_date": re.compile(r"\d[-/]\d|\d\.\d\d?\.[12]"),
    "month": _MONTH_KEYS,
    "fiscal": ("fiscal",),
    "season_year": _SEASON_KEYS,
    "year": re.compile(r"1[5-9]\d\d|20\d\d|nineteen|two thousand"),
    "decade": ("~0s", "~ties"),
    "century": ("century",),
    "quarter": ("quarter",),
    "anaphoric_quarter": ("quarter", "period", "year-"),
    "year_quarter": ("quarter", "period"),
    "half": ("half",),
    "relative": ("week", "month", "year", "quarter", "decade", "century", *_SEASON_KEYS),
    "the_year": ("year",),
    "year_end": ("end",),
    "weekend": ("weekend",),
    "midweek": ("week",),
    "week_of": ("week of",),
    "ago": ("ago", "earlier", "later", "back", "hence", "from now"),
    "anaphoric_day": ("day", "night", "morning", "afternoon", "evening"),
    "relative_day": ("today", "tonight", "yesterday", "tomorrow", "last night", "last evening"),
    "part_of_today": ("morning", "afternoon", "evening", "arvo"),
    "clock": re.compile(
        r"\d\s*[ap]\.?\s?m\b|noon|midnight|midday|\d\s+in\s+the\s|\d\s+(?:gmt|utc|[ecmp][sd]t|local|hrs)\b"
    ),
    "weekday": _WEEKDAY_KEYS,
    "set": (
        "every",
        "each",
        "daily",
        "weekly",
        "monthly",
        "annually",
        "yearly",
        "hourly",
        "nightly",
        "once",
        "twice",
        "times",
        *_WEEKDAY_KEYS,
    ),  # fmt: skip
    "ref": (
        "now",
        "current",
        "present",
        "these days",
        "recent",
        "lately",
        "past",
        "future",
        "as soon",
        "near term",
    ),  # fmt: skip
    "holiday": (
        "christmas",
        "new year",
        "thanksgiving",
        "independence",
        "halloween",
        "valentine",
        "election",
        "easter",
        "labor day",
        "memorial day",
    ),  # fmt: skip
    "season": _SEASON_KEYS,
    "duration": _UNIT_KEYS,
    "plural_duration": _UNIT_KEYS,
}
assert set(TRIGGERS) == {name for name, _, _ in RULES}
