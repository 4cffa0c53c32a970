"""Toponym resolution: choose, for each recognised name, the place the article means.

Scores every gazetteer candidate by its kind (country and region names beat homonymous towns),
the name's status (a place's own name beats an alternate), population, capital status and the
article's context (countries named or implied elsewhere in the same article).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable

from .gazetteer import Entry, Gazetteer, normalize
from .model import Level, Place

LEVEL_PRIOR = {Level.COUNTRY: 9.0, Level.REGION: 7.5, Level.ADMIN: 5.0, Level.CITY: 0.0}


def article_countries(keys: Iterable[str], gazetteer: Gazetteer, demonyms: Iterable[str] = ()) -> Counter[str]:
    """How often each country is named or implied, by unambiguous names and demonyms."""
    counts: Counter[str] = Counter(demonyms)
    for key in keys:
        cands = gazetteer.index.get(key, [])
        countries = {e.country for e in cands if e.country}
        if len(countries) == 1:
            counts[countries.pop()] += 1
        else:
            for e in cands:
                if e.level is Level.COUNTRY and e.country:
                    counts[e.country] += 1
    return counts


def score(entry: Entry, key: str, context: Counter[str]) -> float:
    """Plausibility of ``entry`` for a name with lookup ``key`` in an article with ``context``."""
    s = LEVEL_PRIOR[entry.level]
    if normalize(entry.name) == key:
        s += 2.0
    s += math.log10(entry.population + 1) * 0.6
    if entry.capital:
        s += 1.0
    if entry.country and context.get(entry.country):
        s += 2.0 + min(context[entry.country], 5) * 0.3
    return s


def resolve(key: str, gazetteer: Gazetteer, context: Counter[str]) -> Place | None:
    """The best place for lookup ``key`` given the article's country ``context``."""
    cands = gazetteer.index.get(key)
    if not cands:
        return None
    best = max(cands, key=lambda e: score(e, key, context))
    return best.place()
