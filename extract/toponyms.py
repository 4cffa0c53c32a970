"""Toponym recognition: find the spans of an article that name places in the gazetteer.

A candidate is the longest run of capitalised words (with inner connectors such as "of" or "al")
whose name is in the gazetteer. It is kept unless it looks like part of a person's name ("Antony
Blinken", "Lloyd Austin", a surname seen before), a title, an acronym of an organisation, or a
common English word that only small towns bear ("Steele", "Mobile") without a cue such as "in" before
it or ", Texas" after it. Demonyms ("Turkish") are kept with their country code so the resolver can
use them as context but never as stops. A physical feature is named whole ("the Catawba River"), and
one the gazetteer lacks ("Lake Lanier", "the Neches River") is kept under its own key, which only a
guess (``resolve_mentions(..., guess_unknown=True)``) or an online geocoder places.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from . import dateline
from .gazetteer import LANDMARK_ID, Entry, Gazetteer, normalize
from .model import Level
from .parts import AREA_MODIFIERS, COMPASS
from .resolve import BIG_AREA

DATA = Path(__file__).parent / "data"
_WORD = re.compile(r"[A-Za-zÀ-ÖØ-öø-ɏ][\w'’.]*\w\.?|[A-Za-zÀ-ÖØ-öø-ɏ]\.?")
_CONNECTORS = frozenset({"of", "the", "de", "del", "da", "do", "al", "el", "la", "le", "upon", "on", "and"})
_NAME_LINKS = frozenset({"de", "del", "da", "do", "di", "la"})  # inside Romance names: "Salar del Carmen"
_TITLES = frozenset(
    """mr mrs ms dr president secretary minister prime senator sen rep gov governor general gen
    king queen prince princess pope chancellor premier ambassador judge justice mayor lord sir
    saint coach officer spokesperson spokesman spokeswoman chief director professor prof
    sheikh emir crown pres lt col capt sgt adm rev det cpl pvt sheriff deputy sister brother father
    bishop rabbi imam trooper cardinal reverend pastor""".split()
)
# words before a place name that do not make it a person's name ("Southern California")
_MODIFIERS = frozenset(
    """north south east west northern southern eastern western central downtown greater metro upper
    lower new old northeast northwest southeast southwest northeastern northwestern southeastern
    southwestern mid inner outer rural suburban occupied""".split()
)
_CUES = frozenset(
    """in at from near to into outside across toward towards via around through throughout visit
    visited visiting visits across inside within""".split()
)
_PLACE_NOUNS = frozenset(
    """city town village capital port shrine island province state region district county municipality
    commune hamlet kingdom""".split()
)
_BUILDINGS = frozenset("house hall tower building bridge".split())
_STREETS = frozenset(
    """street st road rd avenue ave boulevard blvd lane ln drive dr way court ct pike parkway pkwy terrace
    circle highway hwy turnpike expressway dock docks quay wharf""".split()
)
_FACILITIES = frozenset(
    """palace hotel stadium arena hall centre center museum theatre theater tower mosque cathedral temple
    church base camp barracks university college academy park airbase airfield auditorium amphitheatre
    amphitheater playhouse ballroom coliseum pavilion campus""".split()
)
# capitalised words after a place name that make it the name of the place's own public body ("the
# Paris Police Department", "Georgia Public Service Commission", "Columbus City Council"): never the
# start of a person's name ("Georgia Stevens"); schools and hospitals are named after people too
# an air or naval station named after its town ("RAF Lakenheath"); cues.py reads the same prefixes before a place
STATIONS = frozenset("RAF RAAF RCAF RNZAF USAF NAS MCAS CFB RNAS".split())
_FORCES = frozenset("army air naval navy military marine marines".split())  # a military base named after its town
_CIVIC = frozenset(
    """police pd sheriff fire city town village municipal civic community public regional council
    councilors board chamber zoo court circuit mayor mayoral department commission""".split()
)
_DISTRICT_OFFICES = frozenset("attorney attorneys court judge".split())
# words after a town named like a common word that make it the town ("the Canaan Police", "Hurricane
# police", "a Hammond resident"), lower-case or capitalised
_CIVIC_CUES = frozenset("police pd sheriff resident residents native natives".split())
# lower-case words after a name that make it an area's ("Giza's Haram district"; but "Sand Creek
# Township" is one longer name)
_AREA_CUES = frozenset("district province governorate prefecture township neighborhood neighbourhood".split())
_AGREEMENTS = frozenset("dialogue accord accords agreement agreements declaration protocol consensus format process forum".split())
BIG_TOWN = 100_000  # a town this big names its buildings ("Berlin Airport", "London Stadium")
_COMMON_STREET_WORDS = frozenset("court way circle drive terrace lane".split())  # lowercase: plain words
_DISEASES = frozenset("virus disease fever flu syndrome strain".split())
# the title word of a newspaper named after its town ("The New York Times", "the Miami Herald", "China
# Daily"): an organisation, not a mention of the place (but "the Bangor Post Office" is a building)
_PRESS = frozenset(
    """times post herald journal tribune gazette chronicle courier examiner inquirer dispatch sentinel
    observer telegraph courant globe bee register star daily""".split()
)
_SPEECH = frozenset(
    "said says told added noted explained wrote asked testified stated replied declined".split()
)
# after a landmark, words that make it the institution it houses ("Buckingham Palace said", "a
# Downing Street spokesman"), not a place anyone went to
_STATEMENT = _SPEECH | frozenset(
    """announced confirmed denied warned insisted spokesman spokeswoman spokesperson official officials
    press statement aide aides adviser advisers""".split()
)
_SUBJECT_VERB = re.compile(r"\s+(?:is|was|has|had|will|would|said|says|told|met|meets|arrived|arrives|flew|flies|visited|visits)\b")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\n\"“(—–]\s*)$")


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
    path = DATA / "not_places.txt"
    words = (w.strip() for w in path.read_text().splitlines())
    return frozenset(normalize(w) for w in words if w and not w.startswith("#")) | _TITLES


@cache
def _not_area_heads() -> frozenset[str]:
    """Words never taken as the area after a compass word: stop words and compass words ("North West")."""
    return _stoplist() | COMPASS


@cache
def _given_names() -> frozenset[str]:
    """The curated given names that are also place names and the common ones of the census that only
    towns bear ("Janet", "Nadia")."""
    text = (DATA / "given_names.txt").read_text() + (DATA / "given_names_census.txt").read_text()
    return frozenset(
        normalize(w) for line in text.splitlines() if not line.startswith("#") for w in line.split()
    )


@dataclass(slots=True)
class _Token:
    word: str
    start: int
    end: int
    norm: str
    cap: bool
    poss: str = ""  # the possessive cut off the word ("'s"), kept inside names ("Martha's Vineyard")


def _tokens(text: str) -> list[_Token]:
    """Words with their spans; only capitalised ones get the full (slower) lookup normalisation."""
    out = []
    for m in _WORD.finditer(text):
        word = m.group()
        start, end = m.span()
        # a trailing period ends the word unless the word is an abbreviation such as "U.S."
        if word[-1] == "." and len(word) > 2 and word.count(".") == 1:
            word, end = word[:-1], end - 1
        poss = ""
        if "'" in word or "’" in word:
            for suffix in ("'s", "’s", "'", "’"):  # possessives: "Japan’s" -> "Japan"
                if word.endswith(suffix) and len(word) > len(suffix):
                    word, end, poss = word[: -len(suffix)], end - len(suffix), normalize(suffix)
                    break
        cap = word[0].isupper() or bool(_ELIDED.match(word))  # "d'Ivoire", "l'Aquila"
        out.append(_Token(word, start, end, normalize(word) if cap else word.lower(), cap, poss))
    return out


_QUALIFIED = re.compile(r",\s+[A-Z]")  # "Canadian, Texas": a town named by its state
_ELIDED = re.compile(r"[dl]['’][A-ZÀ-Ö]")  # the elided article of a French or Italian name
# abbreviations that open a name, their period kept inside it: "St. Louis", "Mt. Everest"
_NAME_ABBREVIATIONS = frozenset({"st", "mt", "ft", "ste"})


def _joined(text: str, a: _Token, b: _Token) -> bool:
    """True when two tokens belong to one name: only a space or a hyphen between them.

    A possessive ("Martha's Vineyard", "St. Peter's Square") or the period of "St." may sit between
    the words of one name too.
    """
    gap = text[a.end : b.start]
    if gap in (" ", "-") or (gap.strip() == "" and "\n" not in gap and len(gap) < 4):
        return True
    if a.poss and gap[: -1] in ("'s", "’s") and gap[-1:] == " ":
        return True
    return gap == ". " and a.norm in _NAME_ABBREVIATIONS and a.word[:1].isupper()


# the period of a state's abbreviation and a lower-case word after it ("Ill. man", "Ga. pastor")
_ABBREVIATION_BEFORE_NOUN = re.compile(r"\. (?!and\b|or\b)[a-z]")
_ERA = re.compile(r"B\.?C\.?(?![\w.])|BCE\b")
_YEAR_BEFORE = re.compile(r"\d\s*$")
_STRAIN = re.compile(r"/\d")  # after the place in an influenza strain's name ("A/Victoria/361/2011")
_LIST_GAP = re.compile(r",?\s+(?:and|or)\s+")  # between the last two places of a list
_FEATURE_HEADS = frozenset({"Port", "Fort", "Mount", "Lake", "Cape", "Camp"})  # the first word of a longer place name
# the last word of a physical feature's name, which news writes whole ("the Neches River", "Kiser Lake")
_FEATURE_TAILS = frozenset("river creek lake bay island islands mountain mountains canyon reservoir valley".split())


# a kind of place before "of" ("the village of Xinmo", "the towns of Haris and ...") or, in lower case,
# after the name ("Maoxian county", "the Gondra district", "Abu Shok refugee camp")
_KIND_OF = re.compile(
    r"\b(?:town|village|city|hamlet|community|township|suburb|province|district|region|island|settlement|county|municipality"
    r"|neighbou?rhood|quarter|port|mountain|valley|area)s?\s+of\s+$"
)
_KIND_AFTER = re.compile(
    r"\s+(?:district|province|county|area|village|township|region|neighbou?rhood|suburb|municipality|governorate"
    r"|prefecture|(?:refugee\s+)?camp)s?\b"
)
_AREA_WORDS = frozenset("county parish borough district province state region township municipality city".split())
_FAITHS = frozenset("sunni shia shiite alawite druze maronite muslim christian catholic jewish hindu sikh".split())
_UNLISTED_GAP = re.compile(r",\s+(?:and\s+)?|\s+and\s+")  # the next name of a list of them


def _named_by_its_kind(
    text: str, tokens: list[_Token], i: int, gazetteer: Gazetteer, found: list[Toponym]
) -> int:
    """Where a place name the gazetteer lacks ends when the text says what kind of place it is ("the
    village of Xinmo", "the villages of Foua and Kfraya", "Maoxian county"), else 0. The name is one to
    three capitalised words that are neither common English nor known names, so the context, not the
    word, makes it a place."""
    def unknown(t: _Token) -> bool:
        return (
            t.cap and t.word.isalpha() and len(t.word) > 2 and not t.word.isupper()
            and t.norm not in gazetteer.english and t.norm not in gazetteer.index and t.norm not in _CONNECTORS
            and t.norm not in _FAITHS and not t.norm.endswith("ite")  # "the Shiite villages", "a Maronite area"
        )

    if not unknown(tokens[i]):
        return 0
    j = i + 1
    while j < len(tokens) and j - i < 3 and text[tokens[j - 1].end : tokens[j].start] == " " and unknown(tokens[j]):
        j += 1
    start, end = tokens[i].start, tokens[j - 1].end
    if _KIND_OF.search(text, max(0, start - 30), start) or _KIND_AFTER.match(text, end):
        return j
    prev = found[-1] if found else None  # "the villages of Foua and Kfraya": the list goes on
    if prev is not None and prev.key not in gazetteer.index and _UNLISTED_GAP.fullmatch(text, prev.end, start):
        return j if _KIND_OF.search(text, max(0, prev.start - 30), prev.start) else 0
    return 0


def _unlisted(text: str, start: int, end: int) -> Toponym:
    """A place nobody listed, named whole ("Lake Lanier", "the village of Xinmo"'s "Xinmo") and keyed by its own
    words: only a guess for unknown names or an online geocoder places it."""
    return Toponym(text[start:end], start, end, normalize(text[start:end]))


def _feature_tail(text: str, tokens: list[_Token], i: int, j: int) -> bool:
    """Whether a capitalised feature word ("River", "Lake") follows tokens[i:j] and ends the name there
    (not "the Red River Valley Fair": more capitalised words go on)."""
    if j >= len(tokens) or not tokens[j].cap or tokens[j].norm not in _FEATURE_TAILS or tokens[j].poss:
        return False
    if text[tokens[j - 1].end : tokens[j].start] != " " or tokens[j - 1].poss:
        return False
    return not _name_goes_on(text, tokens, j)


def find_toponyms(text: str, gazetteer: Gazetteer) -> list[Toponym]:
    """Every place name in ``text``, longest match first, non-overlapping, in text order."""
    tokens = _tokens(text)
    stop = _stoplist()
    index = gazetteer.index
    found: list[Toponym] = []
    persons: set[str] = set()
    n = len(tokens)
    i = 0
    while i < n:
        tok = tokens[i]
        if not tok.cap or _ELIDED.match(tok.word):  # "d'Ivoire" only continues a name ("Palme d'Or")
            i += 1
            continue
        if tok.word in gazetteer.surfaces:  # "L.A.": an exact spelling that stands for one name
            found.append(Toponym(tok.word, tok.start, tok.end, gazetteer.surfaces[tok.word]))
            i += 1
            continue
        run = i + 1
        while run < n and run - i < gazetteer.max_words and _joined(text, tokens[run - 1], tokens[run]):
            hyphened = text[tokens[run - 1].end : tokens[run].start] == "-"
            if not tokens[run].cap and tokens[run].norm not in _CONNECTORS and not (
                hyphened and len(tokens[run].word) <= 4  # "Port-au-Prince", "Aix-en-Provence"
            ) and not (len(tokens[run].word) <= 3 and tokens[run].word.isalpha()):  # "Dar es Salaam", "Frankfurt am Main"
                break
            run += 1
        match = None
        for j in range(run, i, -1):
            if not tokens[j - 1].cap:
                continue
            key = " ".join(t.norm + t.poss for t in tokens[i : j - 1])
            key = f"{key} {tokens[j - 1].norm}" if key else tokens[j - 1].norm
            if tokens[j - 1].poss and j - i > 1 and key + tokens[j - 1].poss in index:
                key += tokens[j - 1].poss  # "St. John's", a name ending in its possessive
            if key in index and (key not in stop or _landmark_visited(text, tokens[i], index.get(key) or [])):
                if key in _CONNECTORS:
                    break  # "Al Husseiniya Palace", "El ...": an article of a longer name, no Ål or El
                match = (j, key)
                break
        if match is not None and tok.word == "The" and match[1].startswith("the ") and match[1][4:] in index:
            i += 1  # "The Philippines reported", "The Vatican said": the name without the article that opens
            continue  # the sentence, as it stands mid-sentence ("in the Philippines")
        if match is not None and match[1].endswith(" city") and match[0] - i > 1:
            match = _city_body(tokens, i, match, index)  # "Dublin City Council": Dublin's council
        # a two-word demonym ("Sri Lankan", "South Korean") wins over a place name inside it
        pair = f"{tok.norm} {tokens[i + 1].norm}" if i + 1 < n and _joined(text, tok, tokens[i + 1]) else ""
        if pair in gazetteer.demonyms and (match is None or match[0] <= i + 2):
            end = tokens[i + 1].end
            found.append(
                Toponym(text[tok.start : end], tok.start, end, pair, demonym=gazetteer.demonyms[pair])
            )
            i += 2
            continue
        if (match is None and tok.norm in COMPASS) or (
            tok.norm in AREA_MODIFIERS and match is not None and match[0] == i + 1 and i + 1 < n and tokens[i + 1].cap
        ):  # ("Highland Papua": the highlands of Papua, no Highland, California)
            # (a town's part is "North", "South": not "the Northern Metropolis development area")
            part = _area_after(tokens, i + 1, run, index, _not_area_heads(), towns=tok.norm in _TOWN_PARTS)
            if part is not None and _disease_after(text, tokens, part[0]):
                part = None  # "West Nile virus"
            if part is not None:  # "Southern California": the part of an area, keyed by the area
                j, key = part
                found.append(Toponym(text[tok.start : tokens[j - 1].end], tok.start, tokens[j - 1].end, key))
                i = j
                continue
        code = gazetteer.demonyms.get(tok.norm)  # "Syrian" (the plural names people, not a place)
        state = _state_named(text, tokens, i, code, gazetteer)
        if state is not None and (match is None or match[0] <= i + 1):
            found.append(state)  # "the Portuguese Republic": the country itself, not its people
            i += 2
            continue
        if match is not None and match[0] == i + 1 and code and not _QUALIFIED.match(text, tok.end):
            match = None  # "Canadian", "Spanish": the people's word, not Canadian, Texas or Spanish, Ontario
        if match is None and tok.word in _FEATURE_HEADS and i + 1 < n and tokens[i + 1].cap and _joined(text, tok, tokens[i + 1]):
            if tok.word in ("Lake", "Mount") and tokens[i + 1].word.isalpha() and tokens[i + 1].norm not in stop and (
                text[tok.end : tokens[i + 1].start] == " "
            ):  # "Lake Lanier", "Mount Hood": a feature nobody listed, named whole
                found.append(_unlisted(text, tok.start, tokens[i + 1].end))
            i += 2  # "Port Qasim", a port nobody listed: no "Qasim" elsewhere either
            continue
        if match is None and _feature_tail(text, tokens, i, i + 1) and tok.word.isalpha() and tok.norm not in stop and (
            tok.norm not in _CONNECTORS
        ):  # "the Neches River", "Anthony Creek": a feature nobody listed, named whole
            found.append(_unlisted(text, tok.start, tokens[i + 1].end))
            i += 2
            continue
        if match is None and not code:
            named = _named_by_its_kind(text, tokens, i, gazetteer, found)
            if named:  # "the village of Xinmo", "Maoxian county", "Abu Shok refugee camp": a place nobody listed
                found.append(_unlisted(text, tok.start, tokens[named - 1].end))
                i = named
                continue
        if match is None:
            if code and tok.norm not in stop:
                found.append(Toponym(tok.word, tok.start, tok.end, tok.norm, demonym=code))
            i += 1
            continue
        j, key = match
        if tok.norm in _PALACES and j == i + 1 and j < n and tokens[j].cap and _joined(text, tok, tokens[j]):
            i = j + 1  # "Palácio Piratini", "Palais Bourbon": a palace's name, neither Palácio nor Piratini the town
            continue
        tail = _romance_name_tail(tokens, j, run)
        if tail:
            i = tail  # "the Palau de la Música Catalana", "Palacio de Carondelet": a building's name, no Palau
            continue
        end = tokens[j - 1].end + (len(tokens[j - 1].poss) if tokens[j - 1].poss and key.endswith(tokens[j - 1].poss) else 0)
        cands = index.get(key) or []
        # after "and" or "or" (a comma is as often the end of a clause: "In Tokyo, Vance and Takaichi met")
        listed = bool(found) and not found[-1].demonym and _LIST_GAP.fullmatch(text, found[-1].end, tok.start) is not None
        if listed and len(found) > 1 and found[-1].key in gazetteer.qualifiers and text[found[-2].end : found[-1].start] == ", ":
            listed = False  # "of Medina, Ohio, and her dog Sissy": a town and its state, no list
        verdict = _accept(text, tokens, i, j, key, cands, gazetteer, persons, listed)
        if verdict == "abbrev":
            end += 1 if text[end : end + 1] == "." and not tokens[j - 1].word.endswith(".") else 0
            verdict = "yes"
        if verdict == "yes" and found and not found[-1].demonym and text[found[-1].end : tok.start] == " " and (
            tokens[j - 1].end == end and j - i > 1
        ):
            pass  # "Busan New Port": a place's facility named right after it, not a second place
        elif verdict == "yes":
            if _city_word_after(text, tokens, j, cands):
                end, j = tokens[j].end, j + 1  # "Passi City", "Roxas City": the town with the word it goes by
            elif end == tokens[j - 1].end and key.rsplit(" ", 1)[-1] not in _FEATURE_TAILS and _feature_tail(text, tokens, i, j):
                end, j = tokens[j].end, j + 1  # "the Catawba River", "Lake Harriet": the feature named after the place
            found.append(Toponym(text[tok.start : end], tok.start, end, key))
        elif verdict == "landmark":  # a place, but not the small town of that name: kept under "the ..." words
            found.append(Toponym(text[tok.start : end], tok.start, end, f"the {key}"))
        elif verdict == "person":  # the name and the word after it: the surname ("Austin Dillon") or
            # the next name of a list ("Harmon, Boyd J. Jones"), not a lone word ("By Efa Jones, Llanelli |")
            follows = j < n and (_joined(text, tokens[j - 1], tokens[j]) or (
                j + 1 < n and tokens[j + 1].cap and _joined(text, tokens[j], tokens[j + 1])))
            persons.update(t.norm for t in tokens[i : j + 1 if follows else j] if t.cap)
        elif verdict == "name":  # the rest of a name nobody listed is no place either ("del Carmen")
            while j < n and _joined(text, tokens[j - 1], tokens[j]) and (tokens[j].cap or tokens[j].norm in _NAME_LINKS):
                j += 1
        i = j
    return found


_CITY_BODIES = _CIVIC | frozenset("schools manager clerk attorney hall".split())


def _city_word_after(text: str, tokens: list[_Token], j: int, cands: list[Entry]) -> bool:
    """Whether a town's name runs on into a "City" that is no part of a body's name ("visited Passi City and
    the upland town of Calinog"; not "Dublin City Council", read before)."""
    if j >= len(tokens) or tokens[j].word != "City" or not _joined(text, tokens[j - 1], tokens[j]):
        return False
    if j + 1 < len(tokens) and tokens[j + 1].cap and _joined(text, tokens[j], tokens[j + 1]):
        return False  # "Manchester City Football Club", "Garden City Community College"
    return any(e.level is Level.CITY for e in cands)


def _city_body(tokens: list[_Token], i: int, match: tuple[int, str], index: Mapping[str, list[Entry]]) -> tuple[int, str]:
    """The match without its last word "City" when that word begins a town's body ("Dublin City
    Council", "Springfield City Schools") and "X City" is only another name of the town X (not
    "Kansas City Council", "Carson City Manager", towns named "X City" themselves)."""
    j, key = match
    if j >= len(tokens) or not tokens[j].cap or tokens[j].norm not in _CITY_BODIES:
        return match
    if any(e.level is Level.CITY and normalize(e.name) == key for e in index.get(key) or ()):
        return match
    short = key[: -len(" city")]
    if not any(e.level is Level.CITY and normalize(e.name) == short for e in index.get(short) or ()):
        return match
    return j - 1, short


_STATE_WORDS = frozenset({"republic", "federation", "confederation", "commonwealth"})


def _state_named(text: str, tokens: list[_Token], i: int, code: str | None, gazetteer: Gazetteer) -> Toponym | None:
    """A demonym and the word for a state ("the Portuguese Republic", "the Swiss Confederation") as the country."""
    country = gazetteer.country(code) if code else None
    if country is None or i + 1 >= len(tokens) or tokens[i + 1].norm not in _STATE_WORDS:
        return None
    if not tokens[i + 1].cap or not _joined(text, tokens[i], tokens[i + 1]):
        return None
    start, end = tokens[i].start, tokens[i + 1].end
    return Toponym(text[start:end], start, end, normalize(country.name))


_TOWN_PARTS = frozenset({"north", "south", "east", "west"})


def _area_after(
    tokens: list[_Token], i: int, run: int, index: Mapping[str, list[Entry]], stop: frozenset[str], towns: bool = False
) -> tuple[int, str] | None:
    """The longest name of a country, region or big state (or, with ``towns``, a town: "North Mitrovica" is read
    as the town) in ``tokens[i:run]`` starting at ``i``; ``stop`` holds names never taken here (stop words,
    compass words: "North West")."""
    for j in range(run, i, -1):
        if not tokens[j - 1].cap:
            continue
        key = " ".join(t.norm for t in tokens[i:j])
        if key not in stop and any(
            e.level in (Level.COUNTRY, Level.REGION) or (towns and e.level is Level.CITY)
            or (e.level is Level.ADMIN and not e.admin2 and e.population >= BIG_AREA)
            for e in index.get(key) or ()
        ):
            return j, key
    return None


def _accept(
    text: str,
    tokens: list[_Token],
    i: int,
    j: int,
    key: str,
    cands: list[Entry],
    gazetteer: Gazetteer,
    persons: set[str],
    listed: bool = False,
) -> str:
    """ "yes", "abbrev" (keep, with its period), "landmark" (keep, not as the town), "person", "name" (the start of a longer name nobody
    listed: skip all of it) or "no" for the match tokens[i:j]; ``listed``: the name follows a place
    found just before it in a list ("Darfur and Malakal", "Newark, Heath and Pataskala")."""
    big = any(
        e.level in (Level.COUNTRY, Level.REGION)
        or (e.level is Level.ADMIN and not e.admin2 and (e.population >= BIG_AREA or not e.population))
        for e in cands
    )
    prev = tokens[i - 1] if i > 0 else None
    nxt = tokens[j] if j < len(tokens) else None
    adjacent_prev = prev is not None and text[prev.end : tokens[i].start] == " "
    adjacent_next = nxt is not None and text[tokens[j - 1].end : nxt.start] == " "
    after_comma = prev is not None and text[prev.end : tokens[i].start].strip() == ","
    civic = adjacent_next and nxt.cap and (nxt.norm in _CIVIC or (
        nxt.norm == "district" and j + 1 < len(tokens) and tokens[j + 1].norm in _DISTRICT_OFFICES
    ))  # ("the Brooklyn District Attorney", "Denver District Judge")
    if _wire_dateline(text, tokens[i].start, tokens[j - 1].end):
        return "yes"  # "... supporters. HARWINTON — Former ...": a dateline run into the headline before it
    if _ERA.match(text, tokens[i].start) and _YEAR_BEFORE.search(text, max(0, tokens[i].start - 8), tokens[i].start):
        return "no"  # "between 250 and 100 B.C.": an era, not British Columbia
    if key in gazetteer.abbreviations:
        word = tokens[i].word
        if after_comma and _wire_dateline(text, prev.start, prev.end, tokens[j - 1].end):
            return "abbrev"  # "LOUISVILLE, KY--(Marketwire)", "EDMONTON, Ky (WBKO) --": a dateline's state
        if _HOMETOWN.search(text, max(0, tokens[i].start - 12), tokens[i].start):
            return "abbrev"  # "Nancy Pelosi, D-Calif.": a legislator's state
        dotted = text[tokens[i].start : tokens[j - 1].end].replace(" ", "").lower()
        if dotted.count(".") > 1 and dotted not in gazetteer.abbreviation_spellings:
            return "no"  # "M.D." after a doctor's name is no "Md." for Maryland
        if after_comma and (text[tokens[j - 1].end : tokens[j - 1].end + 1] == "." or word.endswith(".")):
            return "abbrev"
        if _ABBREVIATION_BEFORE_NOUN.match(text, tokens[j - 1].end) and prev is not None and prev.norm not in _TITLES:
            return "abbrev"  # "Missing Ill. man found", "Mass. legislators put off debate": a state's people
        return "yes" if word.isupper() and len(word) >= 3 and j - i == 1 else "no"
    if adjacent_next and nxt.norm in _STREETS and (nxt.cap or nxt.norm not in _COMMON_STREET_WORDS) and not (
        big and nxt.cap and _body_goes_on(text, tokens, j)
    ):  # (a state's body named on past the word: "the Florida Highway Patrol", "the Kentucky Court of Appeals")
        return "no"  # "Washington Drive", "Paris Avenue": a street, not the place (but "a Texas court")
    if adjacent_prev and prev.word in _CLUB_HEADS:
        return "no"  # "Real Madrid", "AC Milan", "Racing Victoria": a sports club or body named after the place
    if adjacent_prev and prev.word in _INSTITUTION_HEADS and not big:
        return "no"  # "Université Sainte-Anne", "Colegio San José": a school named after a saint, not the town
    if adjacent_next and nxt.cap and nxt.norm in _PRESS and not _press_building(text, tokens, j):
        return "no"  # "the Washington Post reported", "told the Moscow Times": a newspaper
    if adjacent_next and nxt.cap and nxt.norm in _BUILDINGS and not big:
        return "no"  # "a press conference at Freedom House": a building, not Freedom, Maine
    if adjacent_next and nxt.cap and nxt.norm in ("mausoleum", "tomb"):
        return "no"  # "the Ho Chi Minh Mausoleum": a person's resting place, however big the town of that name
    if key.split(" ", 1)[0] in ("st", "saint", "ste") and j - i > 1 and _saint(text, tokens, i, j, big, cands):
        return "no"  # "the church of St. Peter and St. Paul", "St. Rose Dominican Hospital": saints
    if tokens[j - 1].poss and nxt is not None and nxt.cap and key.split(" ", 1)[0] in ("st", "saint", "ste") and (
        text[tokens[j - 1].end : nxt.start].strip() in ("'s", "’s", "'", "’")
    ):  # (but "in St. John's, N.L.")
        return "no"  # "St. Patrick's Day", "St. John's Church": a saint's day or church, not the town
    if (
        adjacent_next and nxt.cap and nxt.norm in _FACILITIES
        # (a state's or province's name too: "O'Higgins Park", but not "University of Kentucky College")
        and not any(e.level in (Level.COUNTRY, Level.REGION) for e in cands)
        and not (big and prev is not None and prev.norm == "of")
        and _small_town(cands)
    ):
        return "no"  # "the Merdeka Palace", "the Imperial Palace": a building named after a word, not the town
    after = tokens[j + 1] if j + 1 < len(tokens) else None
    if (
        adjacent_next and nxt.cap and after is not None and after.cap and after.norm in _FACILITIES
        and text[nxt.end : after.start] == " " and not big and _small_town(cands)
        and not (nxt.norm in _FORCES and after.norm == "base")  # "Tapa Army Base", "Ramstein Air Base": at the town
    ):
        return "no"  # "Nur Khan Airbase": the first word of a building's name, not the town Nur
    # (a town known by another name counts as small: "Casa" of "Casa de Nariño" is no Chas, India)
    own_pop = max((e.population for e in cands if normalize(e.name) == key), default=0)
    after_the = prev is not None and prev.word == "the" and adjacent_prev  # "at the Hub Criativo do Beato": a venue's name
    if not big and (own_pop < BIG_TOWN or after_the) and _starts_longer_name(
        text, tokens, i, j, gazetteer
    ):
        return "name"  # "the port of Lach Huyen", "Salar del Carmen", "Port-Bouët": not the towns Lach, Salar, Port
    if adjacent_next and nxt.cap and nxt.norm in _AGREEMENTS and not _country(cands):
        return "no"  # "the Shangri-La Dialogue", "the Oslo Accords", "the Paris Agreement": named after the place
    if _STRAIN.match(text, tokens[j - 1].end) and text[max(0, tokens[i].start - 2) : tokens[i].start] in ("A/", "B/"):
        return "no"  # "A/California/7/2009": an influenza strain's name
    if _disease_after(text, tokens, j) and not _country(cands):
        return "no"  # "Marburg virus", "West Nile virus", "Rift Valley fever": a disease named after a place
    if adjacent_next and not nxt.cap and nxt.norm in _STATEMENT and _landmark(cands) and not (
        prev is not None and prev.norm in ("at", "in") and adjacent_prev
    ):  # (but "the crew based at Heathrow said": the people there speak)
        return "no"  # "Buckingham Palace said": the institution speaking
    if j - i > 1 and after_the and not big and _small_town(cands) and _ends_phrase(text, tokens, j) and all(
        t.norm in gazetteer.english for t in tokens[i:j]
    ) and tokens[j - 1].norm not in _FEATURE_TAILS | _AREA_WORDS and not any(t.norm in COMPASS for t in tokens[i:j]):
        # (but "the Peace River", "the LaFayette County", "the North-East": a feature, an area, a region)
        return "landmark"  # "a visit to the Old Bridge", "through the Golden Gate": a landmark named in plain words
    if j - i == 1:
        word = tokens[i].word
        heading = _WEEKDAY_HEADING.search(text, max(0, tokens[i].start - 16), tokens[i].start)
        if word.isupper() and len(word) <= 5 and not big and not heading:
            return "no"  # "CNN", "PKK": acronyms of organisations, not towns (but "TUESDAY, BUNIA": a day's heading)
        if word.isupper() and _shouted(text, tokens, i, j):
            return "no"  # "JOIN US ON TELEGRAM": a capitalised line, not a name
        if not big and after_the and _family(text, tokens[i].word):
            return "person"  # "the Boons" of an article about "Arlene Boon": a family, not a town
        titled = prev is not None and text[prev.end : tokens[i].start] in (" ", ". ") and prev.norm in _TITLES
        if titled:
            return "no" if big else "person"
        given = tokens[i].norm in _given_names()
        if key in persons and not _large(cands) and not civic:
            # a surname, or a first name ("Georgia" after "Georgia Stevens"), seen before in the article;
            # "in Henry", "of Jordan" still name the place
            if not big and not listed and not _cued(text, tokens, i, j, gazetteer, strong=True):
                return "person"
            if (
                big
                and given
                and not _cued(text, tokens, i, j, gazetteer)
                and (prev is None or prev.norm != "of")
            ):
                return "person"
        if (
            not big
            and not _large(cands)
            and nxt is not None
            and nxt.norm in _SPEECH
            and text[tokens[i].end : nxt.start] == " "
            and not _cued(text, tokens, i, j, gazetteer)
            and (prev is None or prev.norm not in ("of", "the"))
            and not listed  # ("Farmers in Dubbo and Narromine told him": the second town of a list)
        ):  # (a city of a million speaks for its government: "Tbilisi says")
            return "person"  # "Nelson said", not "a resident of Tabriz told"
        initial = prev is not None and prev.word[:1].isupper() and (
            (len(prev.word) == 1 and text[prev.end : tokens[i].start] == ". ")
            or (len(prev.word) == 2 and prev.word[1] == "." and text[prev.end : tokens[i].start] == " ")
            or (
                _INITIALS.fullmatch(prev.word) is not None and text[prev.end : tokens[i].start] == " "
                and prev.norm not in gazetteer.index and prev.norm not in ("nw", "ne", "sw", "se")
            )  # (not "the U.S. Houston office", "N.W. Rochester")
        )
        if initial and not big:
            return "person"  # "Roy A. Nelson", "Charles W. Murphy", "J.M. Barrie"
        after = tokens[j + 1] if j + 1 < len(tokens) else None
        if (
            not big and adjacent_next and after is not None and after.cap and len(after.word) > 1
            and re.fullmatch(r"[A-Z]\.", nxt.word) and text[nxt.end : after.start] == " "
        ):
            return "person"  # "Maury M. Rosenstein": a first name before a middle initial
        plural_owner = nxt is not None and nxt.word.endswith("s") and text[nxt.end : nxt.end + 1] in ("'", "’")
        if given and adjacent_next and nxt.cap and nxt.word.isalpha() and nxt.norm not in _CONNECTORS and not plural_owner and not civic:
            # (not "Sydney Writers' Festival": a plural's possessive is no surname)
            if not big and not any(
                e.level is not Level.CITY and not e.admin2 for e in gazetteer.index.get(nxt.norm) or ()
            ):
                return "person"  # "Austin Dillon", "Mary Wheeler", "Caroline Johnson" (a county's name too)
            if (
                big and nxt.norm not in _INSTITUTIONS and not _notable(gazetteer.index.get(nxt.norm) or ())
                and not _name_goes_on(text, tokens, j)
            ):  # (but "Georgia Tech", "Jordan Valley", "Georgia Modular Systems" stay places)
                return "person"  # "Georgia Stevens", "Vladimir Putin": a word that ends the name, a surname
        if not big and (_NAME_SUFFIX.match(text, tokens[j - 1].end) or _titled_first_name(text, tokens, i)):
            return "person"  # "Gov. Charlie Crist", "Dr. Tony Moll", "Tony Servance Jr.": a surname
        if (
            adjacent_prev
            and prev.cap
            and prev.word.isalpha()
            and (prev.norm not in gazetteer.index or prev.norm in _given_names())
            and prev.norm not in _MODIFIERS
            and prev.norm not in _CONNECTORS
            and prev.word not in STATIONS  # "RAF Lakenheath": the air station at the village
            and not big
            # (not a place's cue in a headline in title case: "Will Visit Scranton, Allentown")
            and (prev.norm not in _CUES or prev.norm in _given_names() or not _title_cased(text, tokens, i))
            and (prev.norm in _given_names() or not _SENTENCE_START.search(text[max(0, prev.start - 3) : prev.start])
                 or _SUBJECT_VERB.match(text, tokens[j - 1].end))  # "Priya Raman is in Tokyo": a name opening its sentence
            and (prev.norm in _given_names() or max((e.population for e in cands if e.level is Level.CITY), default=0) < 500_000)
        ):
            return "person"  # "Lloyd Austin"
        if adjacent_prev and prev.cap and prev.norm in _given_names() and key in _given_names():
            return "person"  # "Michael Jordan", "Chad" and "Georgia" too: a first name before a name-like country
        if not big and not listed and not (
            adjacent_next and (nxt.norm in _CIVIC_CUES or (not nxt.cap and nxt.norm in _AREA_CUES))
        ) and not _common_enough(
            key, cands, gazetteer, text, tokens, i, j
        ):
            return "no"
    return "yes"


_PALACES = frozenset({"palacio", "palais", "palazzo", "palau", "palast", "paco"})  # a palace named by the word
_ROMANCE_LINKS = _NAME_LINKS | {"dos", "das", "des", "du", "della", "degli", "delle"}


def _romance_name_tail(tokens: list[_Token], j: int, run: int) -> int:
    """Where a longer name ends when the name ending before ``tokens[j]`` goes on through "de la" to
    capitalised words ("Palau de la Música Catalana"), else 0."""
    k = j
    while k < run and tokens[k].norm in _ROMANCE_LINKS:
        k += 1
    if not (j < k < run and tokens[k].cap):
        return 0
    while k < run and tokens[k].cap:
        k += 1
    return k


def _ends_phrase(text: str, tokens: list[_Token], j: int) -> bool:
    """Whether the name ending before tokens[j] ends its noun phrase (not "the Grand Rapids area")."""
    return j >= len(tokens) or _PHRASE_END.match(text, tokens[j - 1].end) is not None


_PHRASE_END = re.compile(r"\s*(?:[,.;:!?)]|[-–—]\s|$|\s+(?:and|or|in|on|at|to|with|for|of|where|which|that)\b)")


def _small_town(cands: list[Entry]) -> bool:
    """Whether no town of the name is big enough to name its buildings after itself ("Berlin Airport")."""
    return max((e.population for e in cands if e.level is Level.CITY), default=0) < BIG_TOWN


def _starts_longer_name(text: str, tokens: list[_Token], i: int, j: int, gazetteer: Gazetteer) -> bool:
    """Whether the match tokens[i:j] begins a longer name the gazetteer lacks: a capitalised word after
    it that is neither common English nor a place ("Lach Huyen"; after a hyphen, "Port-Bouët"), or a
    Romance name link and a capitalised word ("Salar del Carmen")."""
    nxt = tokens[j] if j < len(tokens) else None
    if nxt is None:
        return False
    gap = text[tokens[j - 1].end : nxt.start]
    unknown = bool(gazetteer.english) and nxt.norm not in gazetteer.english and nxt.norm not in gazetteer.index
    if gap == " " and nxt.cap and nxt.word.isalpha() and j - i == 1 and unknown:
        return True
    after = tokens[j + 1] if j + 1 < len(tokens) else None
    if gap == " " and nxt.norm in _NAME_LINKS and after is not None and after.cap:
        return True
    return gap == "-" and nxt.cap and unknown


_SAINT_BEFORE = re.compile(r"\b(?:[Cc]hurch|[Cc]athedral|[Cc]hapel|[Bb]asilica|[Ff]east|[Pp]arish|[Oo]rder)\s+of\s+(?:the\s+)?$")
_SAINT_PAIR_AFTER = re.compile(r"\s+and\s+(?:St\.?|Saint|Ste\.?)\s")
_SAINT_PAIR_BEFORE = re.compile(r"(?:St\.?|Saint|Ste\.?)\s+[A-Z][\w'’]*\s+and\s+$")
_SAINT_HOUSES = frozenset(  # (not "Hospital" or "School": "St. Cloud Hospital" is the town's)
    "church cathedral chapel basilica abbey priory parish catholic episcopal orthodox dominican coptic".split()
)


def _saint(text: str, tokens: list[_Token], i: int, j: int, big: bool, cands: list[Entry]) -> bool:
    """Whether a "St. X" name is the saint: after "the church of", paired with another saint ("St.
    Peter and St. Paul"), or before the name of a church or an order when no big town or area bears it
    ("St. Rose Dominican Hospital", not "St. Louis Cathedral")."""
    start, end = tokens[i].start, tokens[j - 1].end
    if _SAINT_BEFORE.search(text, max(0, start - 30), start) or _SAINT_PAIR_AFTER.match(text, end):
        return True
    if _SAINT_PAIR_BEFORE.search(text, max(0, start - 30), start):
        return True
    nxt = tokens[j] if j < len(tokens) else None
    if _small_town(cands) and _IN_A_TOWN.match(text, end):
        return True  # "brought him to St. Anthony in Ely": a parish church, its town after it
    return (
        not big and _small_town(cands) and nxt is not None and nxt.cap and nxt.norm in _SAINT_HOUSES
        and text[end : nxt.start] in (" ", "'s ", "’s ")
    )


_IN_A_TOWN = re.compile(r" in (?-i:[A-Z])")


_INITIALS = re.compile(r"(?:[A-Z]\.){2,3}")  # "J.M.", "A.J.": a person's initials
_NAME_SUFFIX = re.compile(r",? (?:Jr|Sr)\b|,? I{2,3}\b")  # "Tony Servance Jr.", "John Doe III"


def _titled_first_name(text: str, tokens: list[_Token], i: int) -> bool:
    """Whether a title and a capitalised word stand right before tokens[i] ("Gov. Charlie Crist", "Dr.
    Tony Moll"): tokens[i] is then the surname, even after the period of an abbreviated title."""
    if i < 2:
        return False
    title, first = tokens[i - 2], tokens[i - 1]
    return (
        title.norm in _TITLES and first.cap and first.word.isalpha() and first.norm not in _TITLES
        and text[title.end : first.start] in (" ", ". ") and text[first.end : tokens[i].start] == " "
    )


# the word that opens the name of a sports club or body named after its town: "Real Madrid", "Atletico
# Madrid", "Deportivo La Coruna", "Inter Milan", "Dynamo Kyiv", "Club America", "Racing Victoria"
_INSTITUTION_HEADS = frozenset("Université Universidad Universidade Università Universität Collège Colegio Lycée École Escuela "
                               "Instituto Institut Hôpital Hospital".split())  # (their town comes after "de")
_CLUB_HEADS = frozenset(
    """Real Atletico Atlético Deportivo Sporting Olympique Dynamo Dinamo Inter AC FC SC CF Spartak CSKA
    Lokomotiv Borussia Eintracht Hertha Werder Bayern Racing Club Athletic Steaua Rapid Slavia Sparta""".split()
)


def _body_goes_on(text: str, tokens: list[_Token], j: int) -> bool:
    """Whether the name goes on past tokens[j] with a capitalised word or "of" and one ("Highway Patrol",
    "Court of Appeals"): a body's name, not a street's."""
    after = tokens[j + 1] if j + 1 < len(tokens) else None
    if after is None or text[tokens[j].end : after.start] != " ":
        return False
    if after.norm == "of":
        return j + 2 < len(tokens) and tokens[j + 2].cap
    return after.cap and after.word.isalpha() and after.norm not in _STREETS and after.norm not in _BUILDINGS


def _press_building(text: str, tokens: list[_Token], j: int) -> bool:
    """Whether the title word at tokens[j] begins the name of a building or a square instead ("the
    Bangor Post Office", "Herald Square")."""
    after = tokens[j + 1] if j + 1 < len(tokens) else None
    return after is not None and after.norm in ("office", "square") and _joined(text, tokens[j], after)


def _family(text: str, word: str) -> bool:
    """Whether a plural ("Boons", "Joneses") is the family of a person the article names with a first
    name ("Arlene Boon", "Ann Jones")."""
    for stem in (word[:-2], word[:-1]) if word.endswith("es") else (word[:-1],) if word.endswith("s") else ():
        if len(stem) > 2 and re.search(rf"\b[A-Z][a-z]+ {re.escape(stem)}\b(?!['’]?[A-Za-z])", text):
            return True
    return False


def _name_goes_on(text: str, tokens: list[_Token], j: int) -> bool:
    """Whether the word after tokens[j] is capitalised and joined to it: "Georgia Modular Systems",
    "the Georgia Public Service Commission" (a body's name, not a person's)."""
    return j + 1 < len(tokens) and tokens[j + 1].cap and tokens[j + 1].word.isalpha() and _joined(text, tokens[j], tokens[j + 1])


_WEEKDAY_HEADING = re.compile(r"(?:^|\n)[ \t]*(?:MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY)(?:,|[ \t]+[—–-])[ \t]*$")


def _shouted(text: str, tokens: list[_Token], i: int, j: int) -> bool:
    """Whether the words on both sides of tokens[i:j], on its line, are in capitals too (a headline or a
    banner; not a diary's "MONDAY, MARCH 9" heading over "NAIROBI — Abiy arrives")."""
    lo, hi = tokens[i].start, tokens[j - 1].end
    around = [t.word for t in tokens[max(0, i - 2) : i] + tokens[j : j + 2]
              if "\n" not in text[min(t.end, lo) : max(t.start, hi)]]
    return sum(len(w) > 1 and w.isupper() and w.isalpha() for w in around) >= 2


def _title_cased(text: str, tokens: list[_Token], i: int) -> bool:
    """Whether the line holding tokens[i] capitalises its words (a headline in title case), so that a
    capital tells no name: four in five of its words of four letters or more, five such words at least."""
    lo, hi = text.rfind("\n", 0, tokens[i].start) + 1, text.find("\n", tokens[i].start) % (len(text) + 1)
    a = i
    while a > 0 and tokens[a - 1].start >= lo:
        a -= 1
    b = i
    while b < len(tokens) and tokens[b].end <= hi:
        b += 1
    words = [t for t in tokens[a:b] if len(t.word) > 3 and t.word.isalpha()]
    return len(words) >= 5 and sum(t.cap for t in words) >= 0.8 * len(words)


_INSTITUTIONS = frozenset(
    """tech state university college institute department police national valley river basin sea lake
    times post daily herald avenue street road power""".split()
)


def _disease_after(text: str, tokens: list[_Token], j: int) -> bool:
    """Whether a disease word follows ``tokens[j-1]``, perhaps after one more lowercase word:
    "Marburg virus", "Reston ebolavirus", "Marburg hemorrhagic fever", "West Nile Virus"."""
    for k in range(j, min(j + 2, len(tokens))):
        t = tokens[k]
        if text[tokens[k - 1].end : t.start] != " ":
            return False
        if t.norm in _DISEASES or t.norm.endswith("virus"):
            return True
        if t.cap:
            return False
    return False


def _country(cands: list[Entry]) -> bool:
    """Whether a name may be a country's ("Hong Kong flu" still names Hong Kong)."""
    return any(e.level is Level.COUNTRY for e in cands)


_LOCATIVE = re.compile(r"\b(?:at|to|in|inside|outside|into|from|toward|towards)\s+the\s+$", re.I)


def _landmark_visited(text: str, tok: _Token, cands: list[Entry]) -> bool:
    """A landmark that usually names its institution is a place where the text puts someone at it:
    "met Putin at the Kremlin", "returned to the White House" (not "the Kremlin said")."""
    is_landmark = any(e.gid.startswith(LANDMARK_ID) for e in cands)
    return is_landmark and _LOCATIVE.search(text, max(0, tok.start - 12), tok.start) is not None


def _landmark(cands: list[Entry]) -> bool:
    """Whether the most populous reading of a name is a curated landmark ("White House")."""
    best = max(cands, key=lambda e: e.population, default=None)
    return best is not None and best.gid.startswith(LANDMARK_ID)


def _notable(cands: Iterable[Entry]) -> bool:
    """Whether a word names a place of some size (not a hamlet or a county that shares a surname)."""
    return any(e.population >= 10_000 or (e.level is not Level.CITY and not e.admin2) for e in cands)


def _large(cands: list[Entry]) -> bool:
    """A city of a million people is not taken for a surname just because one was seen."""
    return any(e.level is Level.CITY and e.population >= 1_000_000 for e in cands)


def _common_enough(
    key: str, cands: list[Entry], gazetteer: Gazetteer, text: str, tokens: list[_Token], i: int, j: int
) -> bool:
    """Whether a one-word town name that is also an English word is populous or cued enough."""
    z = gazetteer.zipf.get(key, 0.0)
    pop = max((e.population for e in cands), default=0)
    need = next((p for limit, p in COMMON_WORD_POPULATION if z >= limit), 0)
    return pop >= need or _cued(text, tokens, i, j, gazetteer)


# (word frequency, population): a town named like a word this common must be this big to count
# without a cue; "Fargo" (Zipf 3.6) and "Cambridge" (4.4) pass, "Henry" (4.7) in Illinois does not
COMMON_WORD_POPULATION = [(4.5, 500_000), (3.5, 100_000), (2.8, 20_000)]


# before a home town: a person's age ("Jane Roe, 43, of Pomeroy") or, in US news, a legislator's party
# ("Rep. John Doe, D-Marshall", "(R-Winthrop)", "DFL-Chisholm")
_HOMETOWN = re.compile(r"(?:\b\d{1,3},\s+of\s+|(?:,\s*|\()(?:D|R|I|DFL)-)$")
# the rest of a list of area names and the plural of their kind: "(Alachua) and Gilchrist counties",
# "(Grant), Swift and Wilkin counties", "(Pleasant) and Madison townships"
_AREA_LIST = re.compile(
    r"(?:(?:,\s+(?:and\s+)?|\s+and\s+)[A-Z][\w'’.]*(?:\s[A-Z][\w'’.]*)?){0,8}\s+(?:counties|townships|parishes|boroughs)\b"
)
# a capitalised dateline inside a line: after the end of a sentence, before a dash ("HARWINTON — ")
_SENTENCE_END = re.compile(r"(?:^|[.!?]['\"”’]?\s+|\n\s*)$")


def _wire_dateline(text: str, start: int, end: int, after: int | None = None) -> bool:
    """Whether ``text[start:end]`` is a wire dateline's place in capitals ("CROMWELL — The third ...",
    "OMAHA -- A University ..."): at the start of a line or after a sentence, before a dash (from
    ``after`` on, when its state is named between: "LOUISVILLE, KY--")."""
    word = text[start:end]
    return (
        word.isupper() and len(word) > 2
        and _SENTENCE_END.search(text, max(0, start - 4), start) is not None
        and dateline.place_end(text, after or end) > (after or end)
    )


def _cued(
    text: str, tokens: list[_Token], i: int, j: int, gazetteer: Gazetteer, strong: bool = False
) -> bool:
    """A word such as "in" just before, or a state or country just after ("Austin, Texas").

    ``strong`` ignores "to", which precedes people as often as places ("led detectives to Henry").
    """
    prev = tokens[i - 1] if i > 0 else None
    if (
        prev is not None and prev.norm in _CUES and not prev.cap and not (strong and prev.norm == "to")
        and not text[prev.end : tokens[i].start].strip()  # (not "call us at 304-766-3413. Charles")
    ):
        return True
    if _HOMETOWN.search(text, max(0, tokens[i].start - 12), tokens[i].start):
        return True  # "Jane Roe, 43, of Pomeroy", "Rep. John Doe, D-Marshall": a person's home town
    if _AREA_LIST.match(text, tokens[j - 1].end):
        return True  # "in Alachua and Gilchrist counties": the names of a list of counties
    if prev is not None and prev.norm == "of" and i > 1 and tokens[i - 2].norm in _PLACE_NOUNS:
        return True  # "the shrine of Fatima", "the town of Henry"
    m = re.match(r",\s*([A-Z][\w.]*(?:\s[A-Z][\w.]*)?)", text[tokens[j - 1].end : tokens[j - 1].end + 30])
    if m:
        words = m.group(1).split()
        return any(normalize(" ".join(words[:k])) in gazetteer.qualifiers for k in (2, 1))
    return False
