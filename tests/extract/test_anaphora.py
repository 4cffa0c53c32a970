"""A town named again by "there" (extract.anaphora): which town, and when none."""

from datetime import date

import pytest

from extract import anaphora
from extract.model import Article
from extract.pipeline import analyse


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Lula flew in from Luanda. He landed there late on Monday.", "Luanda"),
        ("She flew to Port Sudan, which the fighting forced out of Khartoum. She spent two days there.", "Port Sudan"),
        ("The team arrived in Punta Arenas with its crates and spent three days there.", "Punta Arenas"),
        # too far back: a paragraph, or two sentences, away
        ("She flew in from Luanda.\n\nShe landed there on Monday.", None),
        ("She flew in from Luanda. It rained. She landed there on Monday.", None),
        # not a verb of arriving or staying: "there" is no stop
        ("She flew in from Luanda. There was a welcome.", None),
    ],
)
def test_there_names_the_town_just_gone_to(text, town):
    a = analyse(Article(text, published=date(2026, 3, 19)))  # (its itinerary stage adds the mentions)
    named = [p.place.name for p in a.places if p.text.lower() == "there" and p.place is not None]
    assert named == ([town] if town else [])


def test_a_there_cue_runs_from_its_verb():
    text = "Lula flew in from Luanda. He landed there late on Monday."
    a = analyse(Article(text, published=date(2026, 3, 19)))
    there = next(p for p in a.places if p.text == "there")
    cue = anaphora.there_cue(text, there, (0, len(text)))
    assert cue.evidence == "landed there" and cue.kind == "arrive"
