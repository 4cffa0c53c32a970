"""Wire datelines: "KISORO, Uganda (AP) —", "BEIJING (AP) —", "PARIS, 18th November, 2025 (WAM) --".

A dateline says where, and sometimes on what day, a story was filed, not where the traveller went.
Four readers need it, each in its own shape: a place mention that is the dateline (``is_place``), a
line opened by one (``LINE``), a date inside one (``is_date``), and the first dateline's own names
(``first``, for "arrived in this hilly town" under it).
"""

from __future__ import annotations

import re

# a line opened by a dateline: "BEIJING (AP) — ", "KIGALI, Rwanda — ", "Lima, Sep 10 (EFE).- "
LINE = re.compile(
    r"\s*(?:(?:[A-Z][\w.'’-]*,?\s+)(?:[A-Z0-9][\w.'’-]*,?\s+){0,4}(?:\([A-Za-z]{2,8}\)\.?\s*)?(?:[—–-]{1,2}|>>)\s"
    r"|[A-Z][A-Z.'’ -]{2,30}:\s)"  # "SARGODHA: Punjab Chief Minister ..."
)

# what follows a dateline's place: ", Uganda (AP) — ", " (Reuters) - ", ", 08.09.2026 (PAP) - "
_AFTER_PLACE = re.compile(
    r"^[ \t]*,?[ \t]*(?:[\w.]+(?:-[\w.]+)?,?[ \t]+){0,8}(?:\([A-Z][A-Za-z]{1,7}\))?"  # ("Hanoi, Jumada Al-Awwal 20, 1447, Nov 11, 2025, SPA --")
    r"[ \t]*(?:[—–-]{1,2}|>>)\s"  # ("MATSUYAMA, Japan >> Gov. Josh Green ...")
    r"|^\s*,\s*(?:[\w.]+\s+){0,2}\d{1,2}\s+\((?:Prensa\s+Latina|[A-Z][A-Za-z]{1,9})\)\s+(?=[A-Z])"  # "Moscow, Jun 23 (Prensa Latina) Cuban ..."
)

# before and after a dateline's date: "PARIS, " and " (WAM) -- ", "Kyodo -"
_BEFORE_DATE = re.compile(r"\s*(?:[A-Z][\w.'’-]*,?\s+){1,4}")
_AFTER_DATE = re.compile(r"\s*(?:\(?[A-Z][A-Za-z]{1,7}\)?\s*)?[—–-]{1,2}\s")

# the first dateline's city and country: "KISORO, Uganda (AP) —" -> ("KISORO", "Uganda"), "(ANSA) - ROME, APR 11 -" -> ("ROME", None)
_NAMES = re.compile(
    r"^[ \t]*(?:\([A-Za-z]+\)[ \t]*[—–-][ \t]*)?"  # "(ANSA) - ROME, APR 11 - "
    r"([A-Z][A-Z.'’ -]{2,30}?)(?:,[ \t]*([A-Z][\w.]*(?:[ \t][A-Z][\w.]*)?))?"
    r"(?:,[ \t]*(?:[A-Z][A-Za-z]{2,8}\.?[ \t]+\d{1,2}|\d{1,2}[ \t]+[A-Z][A-Za-z]{2,8}))?[ \t]*(?:\([A-Za-z]+\))?[ \t]*(?:[—–-]|>>)",
    re.M,
)
_NAMES_WITHIN = 1500  # characters of the opening searched for the first dateline


def is_place(text: str, start: int, end: int) -> bool:
    """True for a dateline's place: "SEOUL (AP) —", "ANKARA -" at the start of a line."""
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip():
        return False
    word = text[start:end]
    return (word.isupper() and len(word) > 2) or bool(_AFTER_PLACE.match(text[end : end + 80]))


def place_end(text: str, end: int) -> int:
    """Where the dateline whose place ends at ``end`` ends ("KISORO, Uganda (AP) — " or "Moscow, Jun 23
    (Prensa Latina) "): its story starts there."""
    m = _AFTER_PLACE.match(text[end : end + 80])
    return end + m.end() if m else end


def is_date(text: str, start: int, end: int) -> bool:
    """True for the date ``text[start:end]`` of a dateline ("PARIS, 18th November, 2025 (WAM) -- ")."""
    head = text[text.rfind("\n", 0, start) + 1 : start]
    return _BEFORE_DATE.fullmatch(head) is not None and _AFTER_DATE.match(text, end) is not None


def first(text: str) -> tuple[str, str | None, int] | None:
    """The city and country words of the article's first dateline, and where the dateline ends."""
    m = _NAMES.search(text[:_NAMES_WITHIN])
    return None if m is None else (m[1].strip(), m[2], m.end())
