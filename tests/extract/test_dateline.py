"""Wire datelines are read as where and when a story was filed, not as trip stops or trip days."""

import pytest

from extract import dateline


def _span(text: str, word: str) -> tuple[int, int]:
    start = text.index(word)
    return start, start + len(word)


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("SEOUL (AP) — Blinken arrived on Monday.", "SEOUL", True),
        ("Ankara - Erdogan met Putin.", "Ankara", True),
        ("Title\nKISORO, Uganda (AP) — The envoy arrived.", "KISORO", True),
        ("Tokyo (Reuters) - Talks began.", "Tokyo", True),
        ("Warsaw, 08.09.2026 (PAP) - The minister will travel.", "Warsaw", True),
        ("Hanoi, Jumada Al-Awwal 20, 1447, Nov 11, 2025, SPA -- The forum was held.", "Hanoi", True),  # a Hijri date too
        ("Moscow, Jun 23 (Prensa Latina) Cuban President Díaz-Canel spoke.", "Moscow", True),
        ("Ellen Marchetti\nAsheville Citizen-Times\n\nASHEVILLE - Gov. Stein spoke.", "Asheville", False),  # a paper's name
        ("Blinken arrived in SEOUL (AP) — late.", "SEOUL", False),  # not at the start of a line
        ("Tokyo is the first stop of the tour.", "Tokyo", False),
    ],
)
def test_is_place(text, word, expected):
    assert dateline.is_place(text, *_span(text, word)) is expected


@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        ("PARIS, 18th November, 2025 (WAM) -- The president arrived.", "18th November, 2025", True),
        ("KYIV, Oct. 7 (Kyodo) - Motegi arrived.", "Oct. 7", True),
        ("The president arrived in Paris on 18th November, 2025 -- a day late.", "18th November, 2025", False),
        ("PARIS, 18th November, 2025. The president arrived.", "18th November, 2025", False),
    ],
)
def test_is_date(text, date, expected):
    assert dateline.is_date(text, *_span(text, date)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("KISORO, Uganda (AP) — Arrived in this hilly town.", ("KISORO", "Uganda")),
        ("(ANSA) - ROME, APR 11 - Defence Minister Guido Crosetto will leave.", ("ROME", None)),  # the agency first
        ("Headline\n\nBEIJING (AP) — Okafor will travel.", ("BEIJING", None)),
        ("No dateline here, only a sentence — and a dash.", None),
    ],
)
def test_first(text, expected):
    found = dateline.first(text)
    assert (found[:2] if found else None) == expected
    if found:
        assert text[found[2] - 1] in "—–-"


@pytest.mark.parametrize(("text", "opens"), [
    ("KIGALI, Rwanda — Huang arrived.", True),
    ("Lima, Sep 10 (EFE).- King Felipe VI concluded", True),  # EFE's date and ".-"
    ("Huang arrived in Kigali — late.", False),
    ("2024 - a year of travel", False),
])
def test_a_line_opened_by_a_dateline(text, opens):
    assert bool(dateline.LINE.match(text)) is opens
