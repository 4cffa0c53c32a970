"""Toponym recognition: find the spans of an article that name places in the gazetteer.

A candidate is the longest run of capitalised words (with inner connectors such as "of" or "al")
whose name is in the gazetteer. Person names that are also towns ("Antony Blinken", "Lloyd
Austin"), capitalised common words and titles are dropped; demonyms ("Turkish") are kept with
role "demonym" so the resolver can use them as context but never as stops.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from .gazetteer import Gazetteer, normalize

_WORD = re.compile(r"[A-Za-zÀ-ÖØ-öø-ɏ][\w'’.\-]*\w\.?|[A-Za-zÀ-ÖØ-öø-ɏ]\.?")
_CONNECTORS = frozenset({"of", "the", "de", "del", "da", "do", "al", "el", "la", "le", "upon", "on", "and"})
_TITLES = frozenset(
    """mr mrs ms dr president secretary minister prime senator sen rep gov governor general gen
    king queen prince princess pope chancellor premier ambassador judge justice mayor lord sir
    saint st coach officer spokesperson spokesman spokeswoman chief director professor prof
    sheikh emir crown pres lt col capt sgt adm""".split()
)


@dataclass(frozen=True, slots=True)
class Toponym:
    """A recognised place name: span, normalised key, and ``demonym`` when it is one."""

    text: str
    start: int
    end: int
    key: str
    demonym: str | None = None  # ISO code when the span is a demonym ("Turkish")


@cache
def _stoplist() -> frozenset[str]:
    path = Path(__file__).parent / "data" / "not_places.txt"
    words = (w.strip() for w in path.read_text().splitlines())
    return frozenset(normalize(w) for w in words if w and not w.startswith("#"))


def _tokens(text: str) -> list[tuple[str, int, int]]:
    out = []
    for m in _WORD.finditer(text):
        word, start, end = m.group(), m.start(), m.end()
        # a trailing period ends the word unless the word is an abbreviation such as "U.S."
        if word.endswith(".") and word.count(".") == 1 and len(word) > 2:
            word, end = word[:-1], end - 1
        # possessives: "Japan’s" -> "Japan"
        for suffix in ("'s", "’s"):
            if word.endswith(suffix):
                word, end = word[: -len(suffix)], end - len(suffix)
        out.append((word, start, end))
    return out


def _capitalised(word: str) -> bool:
    return word[:1].isupper()


def find_toponyms(text: str, gazetteer: Gazetteer) -> list[Toponym]:
    """Every place name in ``text``, longest match first, non-overlapping, in text order."""
    tokens = _tokens(text)
    stop = _stoplist()
    found: list[Toponym] = []
    i = 0
    n = len(tokens)
    while i < n:
        word, start, _ = tokens[i]
        if not _capitalised(word):
            i += 1
            continue
        match = None
        for j in range(min(n, i + gazetteer.max_words), i, -1):
            last = tokens[j - 1][0]
            if not _capitalised(last) and last.upper() != last:
                continue
            inner = tokens[i:j]
            if any(not _capitalised(w) and w.lower() not in _CONNECTORS for w, _, _ in inner):
                continue
            if any(
                text[a:b].count("\n") or "," in text[a:b] for (_, _, a), (_, b, _) in zip(inner, inner[1:])
            ):
                continue
            surface = text[start : tokens[j - 1][2]]
            key = normalize(surface)
            if key in gazetteer.index and key not in stop:
                match = (j, surface, key)
                break
        if match is None:
            code = gazetteer.demonym(word)
            if code and normalize(word) not in stop:
                found.append(Toponym(word, start, start + len(word), normalize(word), demonym=code))
            i += 1
            continue
        j, surface, key = match
        if not _is_person_name(tokens, i, j, gazetteer, text):
            found.append(Toponym(surface, start, start + len(surface), key))
        i = j
    return found


def _is_person_name(
    tokens: list[tuple[str, int, int]], i: int, j: int, gazetteer: Gazetteer, text: str
) -> bool:
    """True when tokens[i:j] look like (part of) a person's name rather than a place."""
    if j - i > 1:
        return False
    prev = tokens[i - 1] if i > 0 else None
    nxt = tokens[j] if j < len(tokens) else None
    adjacent_prev = prev is not None and text[prev[2] : tokens[i][1]] == " "
    adjacent_next = nxt is not None and text[tokens[j - 1][2] : nxt[1]] == " "
    if adjacent_prev and prev[0].lower().rstrip(".") in _TITLES:
        return not _is_country(tokens[i][0], gazetteer)
    # "Antony Blinken": a place name followed directly by a capitalised non-place word
    if adjacent_next and _capitalised(nxt[0]) and nxt[0] not in gazetteer and nxt[0].isalpha():
        if not _is_country(tokens[i][0], gazetteer) and nxt[0].lower() not in _CONNECTORS:
            return True
    # "Lloyd Austin": a capitalised non-place word directly before, not at a sentence start
    if adjacent_prev and _capitalised(prev[0]) and prev[0].isalpha() and prev[0] not in gazetteer:
        before = text[max(0, prev[1] - 2) : prev[1]]
        if not re.search(r"[.!?\n\"“]\s*$", before) and prev[1] > 0:
            return not _is_country(tokens[i][0], gazetteer) and prev[0].lower() not in _CONNECTORS
    return False


def _is_country(word: str, gazetteer: Gazetteer) -> bool:
    from .model import Level

    return any(e.level in (Level.COUNTRY, Level.REGION) for e in gazetteer.candidates(word))
