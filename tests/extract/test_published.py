"""Publication date from the article text, and the precedence of its sources."""

from __future__ import annotations

from datetime import date

import pytest

from extract.published import choose_published, find_published

NOV7 = date(2023, 11, 7)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("WASHINGTON, Nov. 7, 2023 (Reuters) - Blinken flew to Tokyo.", (NOV7, "dateline")),
        ("TOKYO, 7 November 2023 (AFP) - Talks began.", (NOV7, "dateline")),
        ("Tuesday, November 7, 2023\nBlinken arrived in Tokyo.", (NOV7, "dateline")),
        ("Published: 2023-11-07\nBlinken arrived in Tokyo.", (NOV7, "dateline")),
        ("x" * 400 + " Updated: Nov. 7, 2023 10:00 GMT", (NOV7, "dateline")),
        (
            "Blinken arrived in Tokyo. " * 20
            + "The deal was signed on March 3, 2021, and talks ended Nov. 6, 2023.",
            (date(2023, 11, 6), "text"),
        ),
        ("Blinken arrived in Tokyo on Tuesday.", None),
    ],
)
def test_find_published(text: str, expected: tuple[date, str] | None) -> None:
    assert find_published(text) == expected


def test_future_dates_in_the_body_are_not_publication_dates() -> None:
    text = "Blinken arrived in Tokyo. " * 20 + "Talks ended on Nov. 6, 2023. He will return on Jan. 9, 2024."
    assert find_published(text) == (date(2023, 11, 6), "text")


@pytest.mark.parametrize(
    ("given", "html", "text", "expected"),
    [
        (NOV7, date(2023, 1, 1), "LONDON, May 1, 2020 - x", (NOV7, "given")),
        (None, NOV7, "LONDON, May 1, 2020 - x", (NOV7, "html")),
        (None, None, "LONDON, Nov. 7, 2023 - x", (NOV7, "dateline")),
        (None, None, "No date here.", (None, None)),
    ],
)
def test_precedence(given, html, text, expected) -> None:
    assert choose_published(given, html, text) == expected
