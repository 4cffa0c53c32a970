"""Sentence splitting with character offsets, aware of news abbreviations (U.S., Sept., Gen.)."""

from __future__ import annotations

import re

from .model import Span

# Words that end with a period without ending the sentence.
ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof engr arch barr gen lt col maj capt sgt sen sens rep reps gov govs pres st ste sr jr rev hon adm cmdr
    jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
    no vs etc inc corp co ltd dept univ ft mt ave blvd approx est""".split()
)

# a non-restrictive relative clause: "Blinken, who had been in Ankara, will ..."
RELATIVE_CLAUSE = re.compile(r",\s*(?:who|which)\b[^,]*,")

_BREAK = re.compile(r"[.!?]+(?:\[\d{1,3}\])*[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9])|\n\s*\n|\n(?=\s*[A-Z\"“(])")  # "...investment.[89] In"


def ends_with_abbreviation(text: str, dot: int) -> bool:
    """True when the period at ``dot`` closes an abbreviation or an initial (U.S., J.)."""
    if text[dot] != ".":
        return False
    j = dot
    while j > 0 and (text[j - 1].isalpha() or text[j - 1] == "."):
        j -= 1
    word = text[j:dot]
    if not word:
        return False
    if word.lower() in ABBREVIATIONS:
        return True
    # Initials and dotted acronyms: "U.S", "J", "D.C"
    return all(len(part) == 1 and part.isupper() for part in word.split(".") if part)


def split_sentences(text: str) -> list[Span]:
    """Sentences of ``text`` as spans, whitespace trimmed, in order."""
    spans: list[Span] = []
    start = 0
    for m in _BREAK.finditer(text):
        if text[m.start()] == "." and ends_with_abbreviation(text, m.start()):
            continue
        _add(spans, text, start, m.end())
        start = m.end()
    _add(spans, text, start, len(text))
    return spans


def _add(spans: list[Span], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append(Span(text[start:end], start, end))


def sentence_at(sentences: list[Span], offset: int) -> Span | None:
    """The sentence that contains character ``offset`` (binary search)."""
    lo, hi = 0, len(sentences) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        s = sentences[mid]
        if offset < s.start:
            hi = mid - 1
        elif offset >= s.end:
            lo = mid + 1
        else:
            return s
    return None
