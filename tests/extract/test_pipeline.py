"""The pipeline's named stages run in order, time themselves, and warn about what they cannot do."""

from __future__ import annotations

from datetime import date

import pytest

from extract.model import Article
from extract.pipeline import STAGES, analyse

ENGLISH = "Foreign Minister Ines Okafor arrived in Nairobi on Monday for two days of talks with Kenyan officials."
FRENCH = ("La ministre des Affaires étrangères Ines Okafor est arrivée lundi à Nairobi pour deux jours "
          "d'entretiens avec les responsables kényans, puis elle se rendra au Rwanda mercredi prochain.")


def test_stages_are_named_and_ordered():
    names = [n for n, _ in STAGES]
    assert names.index("times") < names.index("itinerary") and names.index("resolve") < names.index("itinerary")
    a = analyse(Article(ENGLISH, published=date(2024, 5, 8)))
    assert list(a.timings) == names


@pytest.mark.parametrize(
    ("text", "published", "warning"),
    [(FRENCH, date(2024, 5, 8), "does not look like English"),
     (ENGLISH, None, "no publication date")],
)
def test_warnings(text, published, warning):
    a = analyse(Article(text, published=published))
    assert any(warning in w for w in a.itinerary.warnings)


def test_english_text_has_no_language_warning():
    a = analyse(Article(ENGLISH, published=date(2024, 5, 8)))
    assert not a.itinerary.warnings
