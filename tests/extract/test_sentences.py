"""Sentences end at their stops, abbreviations and citation marks included, and nowhere else."""

import pytest

from extract.sentences import split_sentences


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("He left Warsaw. He flew to Prague.", ["He left Warsaw.", "He flew to Prague."]),
        ("He left Warsaw.[89] In Kraków he toured Wawel Castle.", ["He left Warsaw.[89]", "In Kraków he toured Wawel Castle."]),
        ("Gen. Smith met Sen. Jones in Washington.", ["Gen. Smith met Sen. Jones in Washington."]),
        ("The Commissioner, Engr. Uchenna Ede, came.", ["The Commissioner, Engr. Uchenna Ede, came."]),
        ("The group includes Sens. Jeanne Shaheen and John Curtis.", ["The group includes Sens. Jeanne Shaheen and John Curtis."]),
        ("Headline\n\nBody text here.", ["Headline", "Body text here."]),
    ],
)
def test_split_sentences(text: str, sentences: list[str]) -> None:
    assert [text[s.start : s.end].strip() for s in split_sentences(text)] == sentences
