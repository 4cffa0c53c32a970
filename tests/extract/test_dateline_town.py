"""The dateline's town inside the story (extract.dateline_town): "this town", "here" and the lede."""

from datetime import date

import pytest

from extract import dateline_town
from extract.model import Article
from extract.pipeline import analyse


@pytest.mark.parametrize(
    ("text", "phrase", "town"),
    [
        ("KISORO, Uganda (AP) — The envoy arrived in this hilly southwestern town on Tuesday.", "this hilly southwestern town",
         "Kisoro"),
        ("ISLAMABAD, Sept 29 (Bernama) -- The minister held talks with officials here today.", "here", "Islamabad"),
    ],
)
def test_the_dateline_town_is_named_again_in_the_story(text, phrase, town):
    a = analyse(Article(text, published=date(2026, 9, 29)))
    named = [p for p in a.places if p.text == phrase]
    assert named and named[0].place is not None and named[0].place.name == town


def test_a_here_cue_runs_from_its_verb():
    text = "ISLAMABAD, Sept 29 (Bernama) -- The minister held talks with officials here today."
    a = analyse(Article(text, published=date(2026, 9, 29)))
    here = next(p for p in a.places if p.text == "here")
    cue = dateline_town.here_cue(text, here, (0, len(text)))
    assert cue.evidence == "held talks with officials here" and cue.kind == "visit"


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Shanghai - President Yamandú Orsi said this Friday in Shanghai that trade matters.", "Shanghai"),
        ("NEW DELHI: President Droupadi Murmu returned to the capital on Sunday.", "New Delhi"),
        ("President Murmu held talks in Maputo on Tuesday.", None),  # no dateline
    ],
)
def test_the_first_dateline_town(text, town):
    a = analyse(Article(text, published=date(2026, 10, 19)))
    line = dateline_town.first_line(text, a.places)
    assert (line.place.name if line is not None and line.place is not None else None) == town
