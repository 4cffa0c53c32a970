"""Who travels: the person whose trip the article is about, and whether a cue's subject is them.

People are titled names ("U.S. Secretary of State Antony Blinken", "Pope Francis") or repeated
first-and-last names; the traveller is the one whose surname recurs most, titled people first.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from . import dateline
from .cues import SPEAKING, TOUR_HEAD, TRIP_THAT, VERB_IN_ITEM, stay_subject
from .model import Mention, Span
from .sentences import RELATIVE_CLAUSE, ends_with_abbreviation, split_sentences

_TITLE = (
    r"(?:(?:U\.S\.|US|American|British|French|German|Ukrainian|Russian|Chinese|Japanese|Indian|Israeli|"
    r"Turkish|Canadian|Australian|South Korean|Italian|Spanish|Brazilian|Iranian|Saudi|"
    r"[A-Z][a-z]+(?:ish|ese|ian|an|i))[ \t]+)?"  # "Polish", "Vietnamese", "Kenyan", "Qatari" (on the title's line)
    r"(?:(?:Defence|Defense|Finance|Trade|Interior|Economy|Health|Energy|Deputy)\s+(?=Minister)|(?:Vice|Deputy)\s+(?=Premier|Prime|Chancellor)"
    r"|(?:Defence|Home|Health|Business|Energy|Trade|Transport|Education|Environment|Culture|Justice)\s+(?=Secretary\b))?"  # "Defence Secretary John Healey"
    r"(?:(?i:president|prime\s+minister|foreign\s+minister|chancellor|king|queen|boss|leader|governor|nominee|candidate)(?=\s+[A-Z])|"
    r"Secretary\s+of\s+State|Secretary\s+of\s+Defense|Defense\s+Secretary|Foreign\s+Secretary|"
    r"Taoiseach|T[áa]naiste|Foreign\s+Minister|Prime\s+Minister|Chief\s+Minister|First\s+Minister|Vice[\s-]+President|President|Pope|Chancellor|King|Queen|"
    r"Crown\s+Prince|Prince|Princess|Senator|Sen\.|Rep\.|Gov\.|Governor[\s-]+General|Governor|Mayor|Premier|Emperor|Empress|Cllr\.?|Councillor|"
    r"(?:Secretary|Director)[\s-]+General|Chief\s+Executive(?:\s+Officer)?|CEO|Chairman|Chairwoman|Chairperson|Minister|Secretary|"
    r"Chief\s+(?:Financial|Operating|Technology|Investment)\s+Officer|CFO|COO|Managing\s+Director|"
    r"(?:Vice|Rear)\s+Admiral|(?:Lieutenant|Lt\.?|Major|Maj\.?|Brigadier|Brig\.?)[\s-]+Gen(?:eral|\.)?|Air\s+(?:Chief\s+|Vice\s+)?Marshal|"
    r"Field\s+Marshal|General|Gen\.|Admiral|Adm\.|Adm(?=\s+[A-Z])|Gen(?=\s+[A-Z])|Ambassador|Envoy|Special\s+Envoy|Speaker|Leader|Cardinal|"
    r"Archbishop|Patriarch|Catholicos|Metropolitan|Sheikh|Sayyid|Sayed|Emir|Amir|Sultan|Director|Commissioner|Dr\.?|Mr\.?|Mrs\.?|Ms\.?)"
)
# names never run across a line break ("Great Hall of the People" / "Hong Kong stop dropped")
# a name word: "Willem-Alexander", "Jae-myung", but no hyphenated title ("Secretary-General")
_LOWER = "a-zà-ÿĀ-ſ'’"  # Latin letters with the accents of Central European names ("Leśkiewicz", "Siliņa")
_WORD = rf"(?!(?:Secretary|Director|Governor|Attorney|Lieutenant|Major|Vice|Deputy)-)(?:(?:al|el|ad|ash|as|az)-)?[A-ZĀ-Ž][{_LOWER}]+(?:[A-Z][{_LOWER}]+)?(?:-[A-Z{_LOWER}]+)*"  # "DeWine", "McCarthy"
_PARTICLE = r"(?:da|de|do|dos|das|del|della|di|von|van|der|den|la|le|ap|bin|bint|ibn)"  # "Lula da Silva", "von der Leyen", "ap Iorwerth", "Thani bin Ahmed"
_NAME = (
    rf"(?:{_WORD}|(?:[A-Z]\.){{1,3}}|[A-Z](?:[ \t][A-Z]){{0,2}}(?=[ \t]+[A-Z][a-z]))(?:[ \t]+(?:{_PARTICLE}[ \t]+)*(?:{_WORD}|(?:[A-Z]\.){{1,3}})){{0,4}}(?:[ \t]+[IVX]{{1,5}}\b)?"  # "Leo XIV", "M.K. Stalin", "C P Radhakrishnan"
)
_TITLED = re.compile(rf"\b(?P<title>{_TITLE})(?:[ \t]+Sheikha?(?=[ \t]+[A-Z][\w'’-]*[ \t]+[A-Z]))?[ \t]+(?P<name>{_NAME})")  # "Amir Sheikh Mishal ..." (not "Sheikh Hasina")
_NUMERAL = re.compile(r"[IVX]{1,5}")
_BYLINE = re.compile(r"(?:^|\n|\|)\s*By\s+$")  # "By Jess Hartley": a writer, not a traveller
_I_TRAVEL = re.compile(
    r"\bI\s+(?:will\s+|am\s+|have\s+|had\s+)?(?:travel\w*|visit\w*|fly|flew|arriv\w*|land\w*|conclud\w*|lead|led|head\w*|"
    r"begin|began|depart\w*)\b"
)
_NAME_PARTICLES = frozenset("Al El Abu Bin Ibn Bint Ben Van Von De Da Del Di Le La".split())
_COMPASS_WORDS = frozenset("North South East West Northern Southern Eastern Western Central".split())
_OFFICE_BEFORE = re.compile(
    r"\b(minister|secretary|envoy|ambassador|spokes(?:man|woman|person)|official|adviser|advisor|chief|director|"
    # ("The European Union Special Representative (EUSR) for Central Asia, Kristiina Vahtra": its short form too)
    r"president|governor|mayor|commissioner|chairperson|chairman|chairwoman|representative)(?:\s+\([A-Z]{2,6}\))?(?:\s+(?:of|for)\s+[\w\s]+?"
    r"(?:,\s+[\w\s]+?\s+and\s+[\w\s]+?)?)?,?\s+$",  # ("The Minister of Economy, Trade and Business, Carlos Cuerpo")
    re.I,  # "Minister of Foreign Affairs of Ukraine Andrii Sybiha"
)
_OFFICE_AFTER = re.compile(
    r",\s+(?:the|a|an|[A-Z][\w.]*['’]s)\s+(?:[\w'’-]+\s+){0,4}?(minister|secretary|envoy|ambassador|president|governor|"
    r"mayor|leader|chancellor|premier|senator|commissioner|representative|coordinator|rapporteur)\b"
    r"|,\s+(director[\s-]+general|secretary[\s-]+general|president|chief\s+executive|head|chair(?:man|woman)?)\s+of\b"
)  # "Priti Patel, the shadow foreign secretary,", "Amy Pope, director general of the IOM,"
# "told Serbia's president, ...", "talks with Brazil's foreign minister, ...": an office met, in apposition
_MET_COUNTRYS = re.compile(
    r"\b(?:told|tells|met|meets|meeting|with|by|welcomed|greeted|hosted|on|of)\s+(?:the\s+)?[A-Z][\w.-]*['’]s\s+(?:[\w-]+\s+){0,2}$"
)
_BARE_SURNAME = re.compile(
    rf"\b({_WORD})\s+(?:has|had|is|was|will|said|says|lands|landed|arrived|arrives|flew|flies|left|leaves|opened|opens|"
    r"continues|continued|returns|returned|performed|performs|played|plays|"
    r"met|meets|travel(?:s|l?ed|l?ing)|visit(?:s|ed|ing)|head(?:s|ed|ing))\b"  # (not "Courtesy visit")
)
_FULLNAME = re.compile(rf"\b(?P<name>{_WORD}[ \t]+(?:{_PARTICLE}[ \t]+)*{_WORD})\b")  # "Staffan de Mistura"
# Last words of organisations, events and landmarks: "Pacific Forum", "Élysée Palace" are nobody.
# a party and its members, as news writes them: "Republican Dale Brenneman", "a Middleton Democrat"
PARTY_WORDS = ("Democrat", "Democrats", "Republican", "Republicans", "Conservative", "Conservatives", "Labour", "Liberal",
                "Liberals")
_ORG_WORDS = frozenset(
    "League Federation Forum Summit Group World Tour Council Union Party Organization Organisation Bank Fund Agency Committee Commission "
    "Association Alliance Conference Games Cup Club University College School Academy Medical Clinic Institute Foundation County "
    "Corporation Company Times Aerospace Technologies Industries Logistics Resources Minerals Pharmaceuticals "
    "Post News Journal Airlines Airways Force Army Navy Guard Court Assembly Parliament Congress Senate Office "
    "Department Ministry Administration Network Initiative Program Programme Community Coalition Front "
    "Movement Area Palace House Square Street Road Avenue Boulevard Highway Bridge Airport Center Centre Hospital Strait Sea Ocean Gulf Island Islands "
    "Peninsula Valley Mountains River Lake Bay Coast Base Minister Cabinet Government Republic Kingdom "
    "Church Cathedral Museum Mosque Temple Stadium Arena Hotel Hall Showgrounds Grounds Market Port Journey Visit Division "
    "Pilgrimage Mission Trust Holdings Capital Securities Partners Plc Ltd Inc Energy Motors Bancorp International "
    "National Global Regional Investment Health Entertainment Music Records Media Studios Productions "
    "Advisory Release Bulletin Statement Itinerary Itineraries Schedule Service Services Society "  # a notice's label: "Media Advisory"
    "Prix Open Masters Marathon Trophy Zone Day Meeting Session Dialogue".split()  # events: "the Azerbaijan Grand Prix", "Boxing Day"
) | set(PARTY_WORDS)  # a party's member: "Scottish Liberal Democrat leader Alex Cole-Hamilton" is no one's name
_MONTH_ABBREVIATIONS = frozenset("Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec".split())
_ORG_TAIL = re.compile(r"(?:[ \t]+[A-Z][\w'’-]*){0,3}?[ \t]+(?:" + "|".join(sorted(_ORG_WORDS)) + r")\b")
_ROLE_NOUN = (
    r"the\s+(?:former\s+|outgoing\s+)?(?-i:[A-Z][\w-]+\s+){0,2}(?:secretary|president|pope|pontiff|minister|prime\s+minister|chief\s+minister|chancellor|premier|king|queen|"
    r"leader|envoy|(?-i:Special\s+|High\s+)?[Rr]epresentative|delegation|diplomat|senator|governor(?:[\s-]general)?|mayor|prince|princess|emperor|cardinal|archbishop|patriarch|"
    r"duke|duchess|sultan|emir|amir|commissioner|chairperson|director(?:-general)?|"
    r"(?:band|team|squad|group|side|club|orchestra|choir|crew)(?!\s+of\b)|"  # not "the Group of 20"
    r"head\s+of\s+(?:the\s+)?(?:state|government)|monarch|royal\s+couple|pair|duo|emir|amir|"
    r"sheikh|crown\s+prince|chief\s+executive|ceo|chief|field\s+marshal|general|admiral)"
)
_CARRIER = (
    r"(?:the|this|his|her|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:tour|trip|visit|journey|swing|roadshow|run|leg|mission|programme|program|bus|coach|motorcade|convoy|plane|train|ship|"
    r"caravan|entourage|agenda|itinerary|schedule|yatra|rath|procession|cavalcade|march)"
)  # what carries the traveller: "The tour ends in Hiroshima", "the bus was in Bangor"
_FIRST_PERSON = re.compile(r"\b(?:I|we|We|my|My|our|Our)\b")
_FOR_ONES_PART = re.compile(r"\b((?-i:[A-Z])[\w'’-]+),?\s+(?:for|on)\s+(?:his|her|their|its)\s+part\b", re.I)
_PRONOUN = re.compile(rf"\b(?:he|she|(?:his|her)(?!\s+part\b)|they|{_ROLE_NOUN})\b", re.I)  # (not "Ruto, on his part, is")
_NOT_NAMES = frozenset(
    ["The", "This", "That", "These", "Those", "There", "Then", "When", "While", "After", "Before", "During", "Since", "Under", "Over", "From", "With", "In", "On", "At", "By", "For", "And", "But", "Or", "Of", "To", "As", "If", "It", "Its", "He", "She", "They", "We", "You", "I", "Category", "Politics", "News", "What", "Why", "How", "Who", "Where", "Which", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December", "State", "Department", "House", "Ministry",
     # venues and events are no one's name ("Seta Golf Course", "the Maybank Championship")
     "Golf", "Club", "Course", "Stadium", "Arena", "Championship", "Classic", "Cup", "Festival", "Airport",
     "Holy",  # "the Holy Father's closeness", "the Holy See": the Pope and his see, not a traveller's name
     # bodies and groups: "the Arua Women's Savings and Loans Association", "Central African States"
     "Women", "Men", "Youth", "Association", "Council", "Chamber", "Union", "Society", "States", "Farmers", "Workers",
     "International", "National", "Sport", "Sports"]
)
# sports bodies are named for their sport and country ("Skate Canada", "Hockey India", "Cricket Australia")
_SPORTS = frozenset(
    "Skate Skating Hockey Cricket Rugby Athletics Swimming Tennis Football Netball Basketball Cycling Rowing "
    "Gymnastics Volleyball Badminton Triathlon Ski Sailing Judo".split()
)


@dataclass
class Traveller:
    """The traveller's display name and title, and every span that names them."""

    name: str | None = None
    title: str | None = None
    surname: str | None = None
    spans: list[tuple[int, int]] = field(default_factory=list)
    others: set[str] = field(default_factory=set)  # surnames of other people in the article
    pronoun: str | None = None  # "he" or "she" when the article clearly uses one for the traveller
    place_names: frozenset[str] = frozenset()  # the article's place names: "San José" holds no José
    leads_a_group: bool = False  # the article has the traveller lead a delegation: "the group" moves with them
    speaker: bool = False  # the article tells the trip in the first person ("I will travel to Suva")
    alias: str | None = None  # the office's short form the article defines: "Special Representative (EUSR) ... the EUSR"


_TRAVEL = re.compile(
    r"\b(?:travel\w*|visit\w*|arriv\w*|tour(?:s|ed|ing)?\b|trip|journey|fl(?!eet)[eiy]\w*|land\w*|depart\w*|head(?:s|ed|ing)?|"
    r"leave|leaves|left|stop\w*|jet(?:s|ted)|touch\w*\s+down|went\s+to"  # (not "the headlines")
    # "as he brought his election campaign to Inverness"
    r"|(?:brought|brings|bringing|took|takes|taking)\s+(?:his|her|their)\s+(?:[\w-]+\s+){0,3}?(?:campaign|tour|roadshow|bus)\s+to"
    # "Ferrándiz will lead a small Parliament delegation to Brazil", "leading a ... delegation through three countries"
    r"|(?:leads?|led|leading)\s+(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+){0,3}?(?:delegation|mission)"
    r"(?:\s+of(?:\s+[\w-]+){1,8}?)?\s+(?:to|through))\b",
    re.I,
)


# "the Pope's envoy stopped in Belarus": someone else of theirs moves (but "Brown's bus rolls through Mansfield")
_PAST_TRIP_OF = re.compile(r"\b(?:last|previous|past)\s+(?:week|month|year|summer|autumn|winter|spring)['’]s\s+$", re.I)  # "last month's trip"
_THEIR_PERSON = re.compile(
    r"['’]s\s+(?:[\w-]+\s+)?(?:envoy|emissary|representative|aides?|spokes(?:man|woman|person)|wife|husband|son|daughter|"
    r"deputy|successor|predecessor|rival|opponent|ambassador|minister|adviser|advisor|counterpart)\b"
)


_ANOTHER_YEAR = re.compile(r"\w+\s+(?:\w+\s+){0,4}?(?:in|since)\s+(?:(?:early|late|mid-?)\s*)?(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d\b")
_WHILE_ANOTHER = re.compile(r",\s+(?:while|whereas)\s+(?:[\w-]+\s+){0,3}?[A-Z]")


def _moves(sentences: list[tuple[str, int]], names: list[str]) -> list[bool]:
    """For each travel sentence (its text, and where its first travel verb starts), whether one of ``names``
    is the subject of that verb: the traveller is the one who moves, not the one met ("talks with Scholz
    before heading to France")."""
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(n) for n in names) + r")\b")
    return [
        any(not _OBJECT_BEFORE.search(s[: m.start()]) and not _THEIR_PERSON.match(s, m.end())
            and not _WHILE_ANOTHER.search(s, m.end(), verb)  # ("Swinney was in Ayr, while Sarwar visited")
            and not _ANOTHER_YEAR.match(s, verb)  # ("Modi's visit there in November 2024": a trip of another year)
            for m in pattern.finditer(s, 0, verb))
        for s, verb in sentences
    ]


def _first_move(moves: list[bool]) -> int:
    """Index of the first travel sentence the name moves in (a large number if none)."""
    return moves.index(True) if True in moves else 10**6


_ROLE_WORDS = frozenset(
    "chancellor president minister secretary premier king queen pope pontiff governor mayor senator ambassador "
    "envoy emperor emir amir sheikh prince princess director commissioner marshal general admiral taoiseach tánaiste "
    "governor-general".split()
)


_ONE_HOLDER = frozenset({"pope", "pontiff", "king", "queen", "emperor", "empress", "taoiseach", "tánaiste", "governor-general"})


_ROYAL_STYLE = re.compile(
    r"\b[Tt]he\s+(Princess\s+Royal|(?:Prince|Princess|Duke|Duchess|Earl|Countess)\s+of\s+[A-Z][a-z]+)\b(?!\s+and\b)"
)
_THE_SOVEREIGN = re.compile(r"\bThe\s+(King|Queen)\b")
_PEERS = frozenset({"Lady", "Lord"})  # "Lady Harriet Pendleton", "the Lady Mayoress": a style, no one's name
_ROYAL_TITLES = frozenset("King Queen Prince Princess Duke Duchess Earl Countess Emperor Empress".split())


def _royal_styles(text: str, titled: dict[str, tuple[str, str]]) -> Counter[str]:
    """How often the text names each royal style ("The Princess Royal", "The Duke of Edinburgh"), when
    no one is named with a royal title ("Prince William" is his own name; then none)."""
    if any(set(title.split()) & _ROYAL_TITLES for _, title in titled.values()):
        return Counter()
    return Counter(re.sub(r"\s+", " ", m[1]) for m in _ROYAL_STYLE.finditer(text))


def _role_phrases(title: str) -> list[str]:
    """How an article names a titled person after the first mention: "Federal Chancellor" -> "the chancellor"."""
    words = re.sub(r"^governor\s+general$", "governor-general", title.lower().replace(".", "")).split()
    if not words or words[-1] not in _ROLE_WORDS:
        return []
    whole = " ".join(w for w in words if not w.isupper() and not w.endswith(("ish", "ese", "ian", "an")))
    longer = [f"the {whole}", f"The {whole}"] if whole != words[-1] else []  # "the chief minister"
    # "the Pope", "the Governor-General": an office one person holds is written with its capital
    only = [f"the {words[-1]}", f"The {words[-1]}"] if words[-1] in _ONE_HOLDER else []
    titled = [p[:4] + p[4:].title() for p in longer + only]  # "The Crown Prince" (not "the President": anyone's)
    return [f"the {words[-1]}", f"The {words[-1]}", *longer, *titled]


_PATRONYMIC = frozenset({"bin", "bint", "ibn"})


@lru_cache(maxsize=4096)
def word_pattern(word: str) -> re.Pattern[str]:
    """``word`` as a whole word, not as a father's name ("bin Salman" is no Salman); compiled once:
    articles bring more names than re's own cache holds."""
    name = _name_re(word)  # the name first, its left edge checked behind it: a literal start searches fast
    return re.compile(rf"{name}(?<!\w{name})(?<!\bbin {name})(?<!\bibn {name})(?<!\bbint {name})\b(?!-)")


def _name_re(word: str) -> str:
    """``word`` as a regex, its Arabic article in either case ("al-Sharaa" opens a sentence as "Al-Sharaa")."""
    article = re.match(r"(?:al|el|ad|ash|as|az)-", word, re.I)
    return f"(?i:{re.escape(article.group())}){re.escape(word[article.end():])}" if article else re.escape(word)


def _spans(word: str, text: str) -> list[tuple[int, int]]:
    """Where ``word`` stands as a whole word in ``text``."""
    return [(m.start(), m.end()) for m in word_pattern(word).finditer(text)]


def _occurrences(word: str, text: str) -> int:
    """How often ``word`` stands as a whole word in ``text``."""
    return len(_spans(word, text))


def _after_name(name: str, after: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """Each match of ``after`` right where ``name`` (a name's regex, matching one way only) ends, as
    ``re.finditer(name + after.pattern, text)`` would find them: compiled per article, a name's pattern
    stays short, and the long ``after`` is compiled once (articles bring more names than re's cache holds)."""
    at = re.compile(name)
    pos = 0
    while (m := at.search(text, pos)) is not None:
        found = after.match(text, m.end())
        if found is None:
            pos = m.start() + 1
        else:
            yield found
            pos = found.end()  # (matches do not overlap)


_HONOURS = frozenset("Dr Mr Mrs Ms Senator Sen Prof Professor Engr Alhaji Chief Hon Barr Sir Dame".split())  # not offices
_HONORIFICS = frozenset("Dr Dr. Mr Mr. Mrs Mrs. Ms Ms. Sir Dame Madam".split())


_COMPOUND_ADJECTIVE = re.compile(r"-(?:based|born|bred|led|owned|backed|listed|made|registered|headquartered|bound)\b")


_QUOTED = re.compile(r"(['‘\"“]).+(['’\"”])$")


def _full_names(text: str, place_words: set[str]) -> Iterator[re.Match[str]]:
    """Two-word names, read again from the second word when the first is a place's ("Minister of
    Foreign Affairs of Ukraine Andrii Sybiha": Andrii Sybiha, not "Ukraine Andrii")."""
    pos = 0
    while (m := _FULLNAME.search(text, pos)) is not None:
        first = m["name"].split()[0]
        if _CLOCK_BEFORE.search(text, max(0, m.start() - 8), m.start()) or (  # "17:00 Holy Mass": a programme item
            _PORTFOLIO_END.match(text, m.end()) and _PORTFOLIO_BEFORE.search(text, max(0, m.start() - 60), m.start())
        ):
            pos = m.end()
            continue
        if _COMPOUND_ADJECTIVE.search(m["name"]) or _QUOTED.match(text[max(0, m.start() - 1) : m.end() + 1]):
            pos = m.end()  # "the Rio de Janeiro-based company", "a Lagos-born singer", "his 'Island Boy' tour": no one's name
            continue
        if (first in place_words and text.endswith("of ", 0, m.start("name"))) or first in _PAGE_VERBS or first in (
            "Sir", "Dame", *PARTY_WORDS
        ) or (first in _OFFICE_WORDS and not _TITLED.match(text, m.start())) or first.endswith(("'s", "’s")):
            # ("Sir Ed Davey", "Republican Dale Brenneman", "state Treasurer Dale Brenneman": an office no title reads;
            # "Labour's Eluned Morgan": the party's, or the country's, person)
            # "... of Ukraine Andrii Sybiha", "SHOP: Get Cate's linen look": read on from the second word
            pos = m.start("name") + len(first)
            continue
        yield m
        pos = m.end()


_SPORTS_BODY = re.compile(r"\b(?:" + "|".join(sorted(_SPORTS)) + r")\s+([A-Z][\w-]+)")


def _clean(name: str) -> str:
    """A name without its non-name words and the possessive ("Karol Nawrocki's meeting")."""
    words = []
    if _SPORTS & set(name.split()):
        return ""  # "Skate Canada", "Pakistan Hockey Federation": a sport's governing body
    for w in name.split():
        if w in _NOT_NAMES or (not words and w in _HONORIFICS):  # "President Dr Irfaan Ali"
            continue
        if w.endswith(("'s", "’s")) and w[:-2] in _NOT_NAMES:
            break  # "Arua Women's Association": a body's name ends the person's
        if w.endswith(("'s", "’s")):
            words.append(w[:-2])
            break
        words.append(w)
    return " ".join(words)


_NAME_RUNS_ON = re.compile(rf"([ \t]+{_WORD}(?=[,;:.)]|[ \t]+[a-z]))?")  # the word a name may run on into


def _whole_name(name: str, text: str, never: set[str]) -> str:
    """The name with the word that ends it wherever the article writes it: "Kim Jong" is "Kim Jong Un"
    when every "Kim Jong" runs on into "Un" and the name ends there (names are read two words at a time)."""
    runs_on = _after_name(rf"\b{re.escape(name)}\b", _NAME_RUNS_ON, text)
    after = {(m[1] or "").strip().removesuffix("'s").removesuffix("’s") for m in runs_on}
    word = after.pop() if len(after) == 1 else ""
    return f"{name} {word}" if word and word not in never else name


def find(
    text: str, forced: str | None = None, not_names: frozenset[str] = frozenset(), peoples: frozenset[str] = frozenset()
) -> Traveller:
    """The article's traveller; ``forced`` (a user-given name) wins over detection; ``not_names``
    are the article's place names ("Hong Kong" is nobody), ``peoples`` its demonyms ("East African")."""
    # "President His Highness Sheikh Mohamed": honorifics are no part of a name (offsets kept)
    text = _HONORIFIC.sub(lambda m: " " * len(m.group()), text)
    # "On behalf of King Salman ..., Prince Mohammed bin Salman arrived": the one who sends does not go
    text = _ON_BEHALF.sub(lambda m: " " * len(m.group()), text)
    titled: dict[str, tuple[str, str]] = {}  # surname -> (full name, title)
    for m in _TITLED.finditer(text):
        name = _clean(m["name"])
        if not name or all(w in _OFFICE_WORDS for w in name.split()) or name in ("Jr", "Sr"):
            continue  # "General Secretary of the Communist Party": an office, nobody's name ("King Jr. Day" neither)
        words = name.split()
        # "Catholicos Karekin II", "Pope Leo XIV": the name before the numeral is the one used alone
        surname = words[-2] if len(words) > 1 and _NUMERAL.fullmatch(words[-1]) else words[-1]
        if _PATRONYMIC & set(words):  # "Prince Mohammed bin Salman bin Abdulaziz Al Saud": known by his given
            surname = next((w for w in words if w not in _NOT_SURNAMES and w not in ("Al", "El")), surname)  # name
        if surname in _ORG_WORDS:
            continue  # "the U.N. General Assembly" is nobody
        full, title = titled.get(surname, ("", ""))
        if full and len(full.split()) > 1 and len(words) > 1 and not (set(words) <= set(full.split()) or set(full.split()) <= set(words)):
            continue  # "Sheikh Mishal Al-Ahmad Al-Jaber Al-Sabah ... Sheikh Mohammad Abdullah Al-Mubarak Al-Sabah": kin, the first named stays
        new_title = " ".join(m["title"].split())
        if new_title.rstrip(".") in _HONOURS:
            # "The Minister of Solid Minerals Development, Dr Dele Alake": the office is the title (and
            # "The Minister of Agriculture and Food Security, Senator Ibrahim Danladi": "the minister" is him)
            office = _OFFICE_BEFORE.search(text, max(0, m.start() - 60), m.start())
            new_title = office[1].title() if office else new_title
        # the fullest name, and of its titles the fullest ("Polish Defence Minister" over "Minister")
        if len(name) > len(full) or (name == full and len(new_title) > len(title)):
            titled[surname] = (name, new_title)
    place_words = {w for n in not_names for w in n.split()}
    hosts: set[str] = set()  # names titled only by a country's office in apposition
    full_names = list(_full_names(text, place_words))  # read once: the names here, their first words below
    for m in full_names:
        name = _clean(m["name"])
        if _BYLINE.search(text, max(0, m.start() - 8), m.start()):
            continue  # "By Jess Hartley, Royal Correspondent": the writer
        last = m["name"].split()[-1]
        if any(len(n) > len(last) and text.startswith(n, m.end() - len(last)) for n in not_names if n.startswith(last)):
            continue  # "Orange Middle East and Africa": the name runs into a place's, it is no person's
        if _ORG_TAIL.match(text, m.end()):
            continue  # "the African Continental Free Trade Area": the opening words of a body's name
        if last in _MONTH_ABBREVIATIONS and text.startswith(".", m.end()):
            continue  # "Hanoi, Jan. 13": a dateline's month, no one's name
        words = name.split()
        if not name or any(name in n for n in not_names) or any(w in _OFFICE_WORDS or w in peoples for w in words[:-1]) or (
            words[-1] in peoples or words[-1] in _NOT_SURNAMES or words[0] in _COMPASS_WORDS
            or words[-1] in _NAME_PARTICLES  # "Mohammed Al" of "Mohammed Al Jaber": a name cut short
            # "Austin City Limits" beside "Austin" and "Mexico City" (but "Sofía Maldonado" is a name of two towns)
            or (words[-1] in ("City", "Town", "County") and all(w in place_words for w in words))
        ):
            continue  # "Hong Kong", "East African", "Crown Prince": a place, a people or an office
        if any(full.startswith(name + " ") for full, _ in titled.values()):
            continue  # "Samia Suluhu" of "President Samia Suluhu Hassan": the titled name is the whole one
        if len([w for w in name.split() if w[:1].isupper()]) == 2 and name.split()[-1] not in _ORG_WORDS:
            surname = name.split()[0 if _PATRONYMIC & set(words) else -1]  # "Faisal bin Thani" is Faisal
            if surname in titled and titled[surname][0] == surname:
                titled[surname] = (name, titled[surname][1])  # "Kemi Badenoch ... Mrs Badenoch": the full name
            elif surname not in titled or (not titled[surname][1] and titled[surname][0] == name):
                # "Qatar's minister of state, Mohammed Al-Khulaifi": an office in apposition is a title (and a
                # headline's bare "Carlos Cuerpo" takes the title of "The Minister of Economy, Trade and Business, Carlos Cuerpo")
                office = _OFFICE_BEFORE.search(text, max(0, m.start() - 60), m.start())
                if office and _FORMER.search(text, max(0, office.start() - 30), office.start()):
                    office = None  # "Ukraine's previous foreign minister, Dmytro Kuleba": not today's office
                after = _OFFICE_AFTER.match(text, m.end())  # "Priti Patel, the shadow foreign secretary,"
                title = office[1] if office else (after[1] or after[2]) if after else ""
                if surname not in titled or title:
                    titled[surname] = (name, title)
                if office and _MET_COUNTRYS.search(text, max(0, office.start() - 60), office.start()):
                    hosts.add(surname)  # "has told Serbia's president, Aleksandar Vučić": the host the traveller meets
    for word in [w for w, (name, _) in titled.items() if name == w]:
        if any(word in full.split()[:-1] for k, (full, _) in titled.items() if k != word):
            del titled[word]  # "Mr Prabowo" is "President Prabowo Subianto", known by his first name
    # "Veltrix's chief executive", "Veltrix chairman Hiroshi Sato", "Veltrix CFO": a company, twice or more, is nobody
    companies_named = {w for w, n in Counter(m[1] for m in _COMPANY_HEAD.finditer(text)).items() if n >= 2}
    for key in [k for k, (name, _) in titled.items() if companies_named & set(name.split())]:
        del titled[key]
    never_names = {w for n in not_names for w in n.split()} | _NOT_NAMES | _OFFICE_WORDS | _ORG_WORDS | companies_named
    never_names |= {b[1] for b in _SPORTS_BODY.finditer(text)}  # "Skate Canada said": no one called Canada
    for word, n in Counter(m[1] for m in _BARE_SURNAME.finditer(text)).items():
        # "Starmer lands in Shanghai ... Starmer has left ...": a surname the article uses alone, as a subject
        # at least twice, or once and three times in all ("S Jaishankar ... Jaishankar arrived in Colombo")
        given = any(word in full.split()[:-1] for full, title in titled.values() if not title)  # "Cate Blanchett ... Cate said"
        if (n >= 2 or _occurrences(word, text) >= 3) and word not in titled and word not in never_names and not given:
            titled[word] = (word, "")

    def mentions(full: str) -> int:  # "Huang Xia ... Huang said": Chinese names are used by the first word
        return max((_occurrences(w, text) for w in full.split() if w not in _OFFICE_WORDS), default=0)

    counts = Counter({s: _occurrences(s, text) for s in titled})
    sentences = split_sentences(text)
    # the travel sentences, each with where its first travel verb starts ("U.N. High Commissioner" is one)
    moving = [(s.text, verb.start()) for s in sentences if (verb := next((
        v for v in _TRAVEL.finditer(s.text) if not _PAST_TRIP_OF.search(s.text, 0, v.start())), None))]
    # a name by its words and "the chancellor" of its title; but a first word that opens many names is
    # a company's or a place's ("Orange Money", "Orange Digital Center"): it is not this name's
    openers = Counter(name.split()[0] for name in {m["name"] for m in full_names})
    # (nor a company's first word: "Sahyadri Motors" ... "the Sahyadri Vaayu electric SUV")
    companies = {name.split()[0] for name in {m["name"] for m in full_names} if name.split()[-1] in _ORG_WORDS}
    refs = {
        s: [w for w in titled[s][0].split() if titled[s][1] or w == s or (
            openers[w] < 3 and w not in companies and w not in peoples
            and not (w in place_words and w.endswith(("an", "ese", "ish")))  # (not "African" of "African Growth")
        )]
        + _role_phrases(titled[s][1])
        for s in titled
    }
    moves = {s: _moves(moving, refs[s]) for s in titled}  # read once: how often and how early each moves
    travels = Counter({s: sum(moves[s]) for s in titled})
    if forced:
        surname = forced.split()[-1]
        spans = _spans(surname, text)
        title = titled.get(surname, ("", ""))[1] or None
        return Traveller(forced, title, surname, spans, set(titled) - {surname})
    styles = _royal_styles(text, titled)
    style, n = styles.most_common(1)[0] if styles else ("", 0)
    # (the most named person, by the words of a name that are no place's: "General Officer Commanding London District")
    rival = max((max((_occurrences(w, text) for w in titled[s][0].split()
                      if w not in _OFFICE_WORDS and w not in _PEERS and w not in never_names),
                     default=0) for s in counts), default=0)
    if n >= 3 and n > rival:
        # a court circular's "The Princess Royal this morning visited ...": the style, three times or more, is the
        # only name she has; the other royals it names ("The King", "The Prince of Wales") are others
        royals = set(styles) | set(_THE_SOVEREIGN.findall(text))
        she = style.split()[0] in ("Princess", "Duchess", "Countess")  # ("His Royal Highness ... Belfast" is not hers)
        # (every other name met may act, once is enough in a circular; not a body's name with a place in it)
        others = {k for k, (name, _) in titled.items() if not set(name.split()) & never_names}
        return Traveller(f"The {style}", None, style, _spans(style, text), others | (royals - {style}),
                         pronoun="she" if she else "he")
    if not counts or len(_I_TRAVEL.findall(text)) >= 2:
        # "Today I will travel to Papua New Guinea ... I will conclude my visit in Fiji": a release in the
        # first person is the speaker's trip, not that of the people it names
        return Traveller(others=set(titled), speaker=len(_I_TRAVEL.findall(text)) >= 2)
    # titled people first, then the most frequent surname, then the earliest mention
    first_move = {s: _first_move(moves[s]) for s in titled}

    def rank(s: str) -> tuple:
        # who moves most (capped), a title, who moves first (news leads with the traveller), mentions, and
        # who is most often the subject of a verb of travel ("Mr Mohamud will travel to Mombasa")
        return (min(travels[s], 2), bool(titled[s][1]) and s not in hosts, -first_move[s], counts[s],
                _moves_as_subject(s, text), -text.find(s))

    # (a name met once, untitled, is nobody's trip: the next best may still be a traveller)
    surname = max(counts, key=rank)
    if mentions(titled[surname][0]) < 2 and not titled[surname][1]:
        # "Jam Kamal Khan, who flew in from Islamabad": a name met once, untitled, is nobody's trip; a
        # titled person the article names more often may still be the traveller
        surname = max((s for s in counts if titled[s][1] and counts[s] >= 3), key=rank, default="")
        if not surname:
            return Traveller(others=set(titled))
    full, title = _whole_name(titled[surname][0], text, never_names), titled[surname][1]
    # the article's short name may be the first word ("President Xi Jinping ... Xi said")
    words = [w for w in full.split() if w not in _NOT_SURNAMES] or full.split()  # "Sheikh" is no one's name
    if not _PATRONYMIC & set(words):  # ("Mohammed bin Salman" is Mohammed, however often "Salman" comes)
        surname = max(words, key=lambda w: (_occurrences(w, text), w == surname))
    spans = _spans(surname, text)
    own = set(full.split())
    others = _other_actors(titled, counts) - own
    own_lower = {w.lower() for w in own}
    others = {s for s in others if s.lower() not in own_lower}  # "Al-Sharaa" opening a sentence
    for s, (name, _) in titled.items():  # "Sihasak Phuangketkeow ... Sihasak left for Beijing": a given name used alone
        first = name.split()[0]
        if len(name.split()) > 1 and first not in own and first not in _OFFICE_WORDS and _occurrences(first, text) > counts[s]:
            others.add(first)
    others = {s for s in others if s not in _COMPASS_WORDS}  # ("The South American leg" is no one)
    return Traveller(full, title or None, surname, spans, others, pronoun_of(sentences, surname), alias=_alias(text, spans))


_DEFINED_SHORT = re.compile(r"\(([A-Z]{2,6})\)[^.;()]{0,60}$")  # "The European Union Special Representative (EUSR) for ...,"


def _alias(text: str, spans: list[tuple[int, int]]) -> str | None:
    """The short form defined in the office just before the traveller's first naming, when the article goes on
    to use it ("The European Union Special Representative (EUSR) for Central Asia, Kristiina Vahtra, ... the EUSR
    will hold consultations")."""
    if not spans:
        return None
    first = spans[0][0]
    short = _DEFINED_SHORT.search(text, max(0, first - 80), first)
    if short is None or len(re.findall(rf"\bthe\s+{short[1]}\b", text)) < 2:
        return None
    return short[1]


def _other_actors(titled: dict[str, tuple[str, str]], counts: Counter[str]) -> set[str]:
    """Other actors: titled people, or untitled names the article repeats ("Pacific Forum", "Maritime
    Heritage" of a trust's name, met once, are nobody); not "Secretary-" of "Deputy Secretary-General"."""
    return {s for s, (_, t) in titled.items()
            if (t or counts[s] > 1) and not s.endswith("-") and s not in _OFFICES and s not in _REGION_ADJECTIVES}


# a region's adjective opens many names and no person's ("Her European tour", "the European Union")
_REGION_ADJECTIVES = frozenset("European African Asian American Arab Caribbean Scandinavian Nordic Balkan Latin".split())


_REPORTS_THAT = re.compile(r"\b(?:said|says|confirmed|confirms|announced|announces|added)\s+(?:that\s+)?(?:the\s+)?$")


_NAMED_IN_APPOSITION = re.compile(r"^\s*(?:The|the)\s+[^,;]{2,60},\s+((?:[A-Z][\w'’.-]+\s+){1,3}[A-Z][\w'’-]+),\s+(?:\w+\s+){0,2}$")
_HEAD_WHO = re.compile(r"\s*((?:The|the)\s+[A-Za-z]+(?:\s+[a-z]+)?|[A-Z][\w’'-]+),\s+who\b[^;\n]*,\s*")


def is_subject(text: str, place: Mention, cue: object, who: Traveller) -> bool:
    """False when the clause's nearest named actor before the cue is someone other than the traveller."""
    lo, hi = cue.clause  # type: ignore[attr-defined]
    stays = stay_subject(text, place.end) if cue.start == place.start else None  # type: ignore[attr-defined]
    if stays and stays.lower().startswith("the ") and not _refers(r"\b{ref}\b", stays, who):
        return False  # "off Darwin, where the US Marines already spend every dry season": others stay
    left = text[lo : cue.start]  # type: ignore[attr-defined]
    label = _SPEAKER_LABEL.match(left)  # "SPOKESPERSON BPrA: No, a visit to Nuuk is not part of this trip"
    if not label and (lo == 0 or text[lo - 1] == "\n"):  # a newsletter item's heading: "Von der Leyen: The Commission
        label = _ITEM_HEADING.match(left)  # President is in Brussels all week" (the heading is no actor)
        label = label if label and not word_pattern(who.surname or "\x00").search(label.group()) else None
    left = left[label.end() :] if label else left
    head = TOUR_HEAD.search(text, lo, cue.start)  # type: ignore[attr-defined]
    if head and not VERB_IN_ITEM.search(text, head.end(), cue.start):  # type: ignore[attr-defined]
        # "the tour finishes on the West Coast: Elliott Bay Book Company in Seattle ..., Powell's in Portland": the
        # head says who goes, the items after it name venues
        left = left[: len(left) - (cue.start - head.end())]  # type: ignore[attr-defined]
    # "According to the programme released by SP state president Shyamlal Pal, the yatra will reach": the source
    left = _ACCORDING_TO.sub(lambda m: " " * len(m.group()), left)  # is no actor (blanked, offsets kept)
    if cue.kind == "cancelled" and _REPORTS_THAT.search(left):  # type: ignore[attr-defined]
        return True  # "Zarzuela Palace confirmed that the Cobán visit would not be rescheduled": told of the trip
    if who.leads_a_group and _GROUP_SUBJECT.match(left):
        return True  # "Risch is leading a Senate delegation ... The group, which also includes Sens. ..., arrived in Baku"
    if _PLURAL_SUBJECT.search(left) or _THEY_WHO.search(left) or _GROUP_MOVING.search(text, lo, place.start) or _HOSTS_MOVING.search(left) or (
        _PEOPLE_MOVING.search(left)) or _A_CRAFT_SUBJECT.search(left) or (
        _INSTITUTION_SUBJECT.search(left)
    ):
        # "younger families have moved to Kanazawa", "the Fed and BOJ chiefs, who are flying in from
        # Washington", "Faithful travelling from Vancouver": people in general, or others
        return False
    if who.speaker and not _FIRST_PERSON.search(left) and _OFFICE_SUBJECT.match(left):
        return False  # "I'm writing this from Apia ... The Foreign Minister is in Port Moresby this week": another's
    if not who.surname:
        return True
    head = _HEAD_WHO.fullmatch(left)
    if head and _refers(r"\b{ref}\b", head[1], who):
        return True  # "The governor, who was accompanied by the Commissioner ..., Dr. Ngozi Anih, arrived in Nsukka"
    named = _NAMED_IN_APPOSITION.search(left)
    if named and not set(named[1].split()) & (set((who.name or "").split()) | {who.surname}):
        return False  # "The Deputy Secretary-General, Amina Mohammed, is in Addis Ababa": the one named moves
    if _others_people(text, left, lo, who):
        return False  # "The Rwandan diplomat is then expected in Addis Ababa", after "The Rwandan Minister ..., Olivier Nduhungirehe"
    if _OWN_GROUP_THAT.search(left) and word_pattern(who.surname).search(left):
        return True  # "Bech Andersen ... led a four-person team that landed in Antananarivo": his team, with him
    if _HE_OPENS.match(left) and _previous_subject_other(text, lo, who):
        return False  # "Tinubu left Abuja for Brasília ... He will then visit São Paulo": Tinubu's trip
    # "... summit in Brussels, which Zelensky is expected to attend"
    right = text[place.end : hi]
    own = re.escape(who.surname) + (rf"|the\s+{re.escape(who.title.split()[-1])}" if who.title else "")
    if re.match(rf"\s*,?\s*(?:which|where|that)\s+(?:\w+\s+){{0,2}}?(?:{own})\b", right):
        return True  # (right after the place: not "who spent the week in Calgary, has ..., saying only that Carney must")
    attends = _WHICH_OFFICE_ATTENDS.search(right)
    if attends and _another_office(attends[1], who):
        return False  # "the meeting of the Coalition of the Willing in Paris next week, which the Defence Secretary will attend"
    if _THING_THAT.search(left) and not TRIP_THAT.search(left) and not re.search(
        rf"\b(?:him|her|them|{re.escape(who.surname)})\b", text[cue.start : place.start]  # type: ignore[attr-defined]
    ):
        return False  # "exports that leave every week from Guayaquil for Antwerp" (not "a tour that takes him to")
    # "Speaking at an event in Putrajaya today, Anwar said": who follows (the cue may open with the participle)
    if _OPENING_PARTICIPLE.match(left) or _OPENING_PARTICIPLE.match(text, lo, place.start):
        stop = _SENTENCE_END.search(text, place.end)
        after = text[place.end : max(hi, stop.start()) if stop else hi]
        comma = after.find(",")
        actor = after[comma + 1 :] if comma >= 0 else ""
        first = min(
            [(m.start(), o != who.surname) for o in (*who.others, who.surname) if o
             for m in [word_pattern(o).search(actor)] if m] or [(0, False)]
        )
        if first[1]:
            return False
        if first == (0, False) and _SOMEONE_NAMED.match(actor) and not word_pattern(who.surname).search(actor[:100]):
            return False  # "Speaking in Nyeri on Friday, former Deputy President Rigathi Gachagua dismissed": another
    if re.search(rf"\b(?:{re.escape(who.surname)}|he|she)\s+and\s+(?:[A-Z][\w.'’-]*\s+){{1,6}}(?:are|were|will|have|had)\b",
                 text[lo : place.start]):
        return True  # "where he and Defense Secretary Pete Hegseth are due to hold talks in Canberra": both go
    if _OFFICE_WHO.search(left):
        return False  # another's office in apposition moves, not the traveller
    bare = _BARE_OFFICE_SUBJECT.search(left)
    if bare and _another_office(f"the {bare[1]}", who):
        return False  # "PM to visit Fiji this week as Foreign Minister heads to Solomon Islands": the other office moves
    office = _THE_OFFICE_WHO.search(left)
    if office and (_another_office(f"the {office[1]}", who) or _titled_office_of_another(office[1], who) or (
        office["of"] and not left[: office.start()].strip() and office[1].split()[-1].lower() not in (who.title or "").lower()
    )):  # (and "The chair of the Republican National Committee, speaking at a fundraiser in Aiken": the body's head)
        return False  # "Villaflor said the President, who is in Tokyo for a state visit, had": the President's
    part = _FOR_ONES_PART.search(left)
    if part and part[1] not in {who.surname, *(who.name or "").split()}:
        return False  # "Rueda, for his part, spent Tuesday in Medellin", "Ruto, on his part, is expected in Naivasha"
    if _SOME_BROKE_OFF.search(left):
        return False  # "a handful of suppliers in the delegation broke off for a day trip to Ingolstadt"
    split = _SPLITS_OFF.search(left)
    if split and not (who.surname and word_pattern(who.surname).search(left, 0, split.start())):
        return False  # "Lilley will split off from the group Thursday to travel to Basel": a member alone
    owner = next((o for o in _OWNER_OF_TRIP.finditer(text, max(lo, cue.start - 60), cue.start + 12)  # type: ignore[attr-defined]
                  if o.end() == cue.start), None)  # type: ignore[attr-defined]
    if owner and owner[1] in who.others and owner[1] != who.surname:
        return False  # "coincides with Prime Minister Donald Tusk's visit to Ukraine": another's trip
    named = _WHO_ELSE.search(left)
    if named and (named[2] in who.others or not (
        {named[1], named[2]} & (_OFFICE_WORDS | _ORG_WORDS | set((who.name or "").split())))):
        return False  # "The Minister ..., Bosun Tijani, who flew in from Abuja": another's journey
    one = _ONE_NAME_WHO.search(left)
    if one and one[1] not in set((who.name or "").split()) | {who.surname} | _OFFICE_WORDS | _ORG_WORDS | who.place_names:
        return False  # "Japanese singer-songwriter Mitsuki, who flew in from Tokyo to join the tour": a guest's journey
    left = RELATIVE_CLAUSE.sub(",", left)  # "Sugiono, who accompanied Prabowo to the Kremlin, will fly on to"
    if (_BEFORE_GERUND.search(left) and re.match(r"[a-z]+ing\b", text[cue.start :])) or _AFTER_DOING.search(left):  # type: ignore[attr-defined]
        # "Cooper will meet William Ruto ..., before travelling to", "met the Qatari premier on Monday, a
        # day after holding talks in Muscat": the clause's subject does it
        return _main_subject_is(left, who)
    last_self = max(  # not "the Shapiro campaign" (a modifier), nor "Innes-Stubb" (another's name)
        (
            m.end() for m in re.finditer(rf"(?<!\bthe\s)(?<![\w-]){_name_re(who.surname)}(?![\w-])", left)
            if not _IN_PLACE_OF.search(left, 0, m.start())  # "Luke Pollard stood in for Healey at a meeting in Oslo"
            and not _SELF_AS_OBJECT.search(left, 0, m.start())  # "Rollins, expected to join Burgum in Missoula, will remain in"
            and not _SOMEONE_OF_HIS.match(left, m.end())  # "Javier Milei, Lula's most outspoken critic, spent ... in"
        ),
        default=-1,
    )
    kin = list(_RELATION.finditer(left))
    companions = [  # "Okafor and her husband will fly to ...": the traveller goes too
        m for m in kin if last_self >= 0 and re.fullmatch(r"\s+and\s+", left[last_self : m.start()])
    ]
    # (with the apposition that names the relation: "Zuluaga's running mate, the former Cali mayor Jorge Restrepo,")
    relations = [(m.start(), a.end() if (a := _APPOSITION_AFTER.match(left, m.end())) else m.end())
                 for m in kin if m not in companions]
    # (an official may report the traveller's cancelled stop: "an official said a stop in Kyiv was ruled out")
    groups = [] if cue.kind == "cancelled" else [m.span() for m in _SEPARATE_GROUP.finditer(left)]  # type: ignore[attr-defined]
    last_pronoun = max(
        (
            m.end() for m in _PRONOUN.finditer(left)
            if not any(a <= m.start() < b for a, b in relations + groups)  # ("Part of the delegation heads to")
            and not _VERB_BEFORE.search(left, 0, m.start())
            and not _another_office(m.group(), who) and not left.startswith(("'s", "’s"), m.end())
            and not _WHEN_BEFORE.search(left, 0, m.start())  # (nor "Dousa will stay on after the prime minister leaves")
        ),  # (not "Fidan will stay on ... after the president's departure, traveling to Skopje")
        default=-1,
    )
    separate = max((b for _, b in groups), default=-1)
    if separate > max(last_self, last_pronoun):
        return False  # "A separate USDA trade team will continue on to Ho Chi Minh City"
    if max((b for _, b in relations), default=-1) > max(last_self, last_pronoun):
        return False  # "Her deputy will travel to Quito": someone close to the traveller, not the traveller
    if last_pronoun > last_self and _other_gender(left, who):
        return False  # "Innes-Stubb will have her own programme. She will travel to Cluj-Napoca" (he travels)
    if last_pronoun > last_self and left[: last_pronoun].lower().endswith("they") and not who.leads_a_group and (
        _quoted(text, place.start)
    ):
        return False  # "'People phone us ... Then they go to the Drakensberg instead,' she said": the people quoted of
    if last_self == -1 and last_pronoun == -1 and _someone_else(left, who):
        return False  # "Chief Financial Officer Peter Cunningham will present ... in Florida"
    if last_self >= 0 and _OWN_APPOSITION.fullmatch(left, last_self):
        return True  # "General Corbin Hale, the US Air Force Chief of Staff, flew in": the apposition is his
    last_other = -1
    for other in who.others:
        for m in word_pattern(other).finditer(left):
            if _OBJECT_BEFORE.search(left[: m.start()]) and not _OFFICE_OF.search(left[: m.start()]):
                continue  # "welcomed by President Ruto" acts on the traveller (but "the Minister of Foreign Affairs
                # Sheikh Mohammed arrived": an office's "of")
            if _inside_place_name(left, m, who.place_names):
                continue  # "arrived back in San José": no José of the article
            if _POSSESSED.search(left, 0, m.start()):
                continue  # "closed the Mexican leg of her Luz de Agosto Tour": a name in the traveller's thing
            if _ITS_OFFICE.match(left, m.end()):
                continue  # "The Microsoft chairman and CEO arrived": the company names an office, the traveller's
            if last_self >= 0 and _REST_OF_NAME.fullmatch(left, last_self, m.start()):
                continue  # "Mohamed bin Zayed Al Nahyan": the rest of the traveller's own name
            if any(re.fullmatch(r",\s*(?:[A-Z][\w'’.-]*\s+){0,3}", left[c.end() : m.start()]) for c in companions):
                continue  # "Mr Fennessy and his chief of staff, Brooke Tanner, flew": the companion's name
            last_other = max(last_other, m.end())
    if last_self == -1 and 0 <= last_other < last_pronoun and _HIS_OWN_REASON.search(left, 0, last_pronoun):
        return False  # "Economy Minister Gabriel Oddone will not be part of the delegation because he will be in"
    return last_other < max(last_self, last_pronoun) or last_other == -1


def _inside_place_name(left: str, m: re.Match[str], names: frozenset[str]) -> bool:
    """True when the name matched by ``m`` is a word of a place name written around it in ``left``."""
    for name in names:
        if m.group() in name.split() and name != m.group():
            at = left.find(name, max(0, m.start() - len(name)), m.end() + len(name))
            if at >= 0 and at <= m.start() and m.end() <= at + len(name):
                return True
    return False


_OFFICE_NOUNS = _ROLE_WORDS - {"ambassador", "envoy"}  # offices "the <office>" may name someone else by


_COMPANION = re.compile(r"\b(?:with|without|alongside|accompanying|than)\s+$")


_PEOPLES_ROLE = re.compile(
    r"^\s*(?:The|the)\s+([A-Z][a-z]+(?:an|ese|ish|i))\s+(?:[a-z-]+\s+)?(?:diplomat|minister|envoy|official|leader|premier|"
    r"president|delegation|delegate|ambassador|commissioner|chief|general|counterpart)\s+(?:is|was|will|has|had)?\s*(?:\w+\s+)?$"
)


def _others_people(text: str, left: str, lo: int, who: Traveller) -> bool:
    """Whether the clause (from ``lo``) has for subject a people's official ("The Rwandan diplomat") whose
    people the article gave, elsewhere, another named person of ("The Rwandan Minister of Foreign Affairs,
    Olivier Nduhungirehe") and never the traveller."""
    m = _PEOPLES_ROLE.match(left)
    if m is None or not who.others:
        return False
    near = [text[k.end() : k.end() + 90] for k in re.finditer(rf"\b{m[1]}\b", text) if not lo <= k.start() < lo + len(left)]
    named = {o for o in (*who.others, who.surname or "") if o and any(word_pattern(o).search(n) for n in near)}
    return bool(named) and who.surname not in named


_HE_OPENS = re.compile(r"\s*(?:(?:On|By|Later|Then)\b[^,]{0,30},?\s+)?(?:He|She|he|she)\b")
_HIS_OWN_REASON = re.compile(r"\b(?:because|since|as|although|though)\s+(?:he|she)$")  # the pronoun of the one just named


def _previous_subject_other(text: str, lo: int, who: Traveller) -> bool:
    """True when the sentence before ``lo`` opens with someone else as its subject and never names the
    traveller: its "he" or "she" is that person."""
    dot = text.rfind(". ", 0, max(0, lo - 2))
    while dot > 0 and ends_with_abbreviation(text, dot):  # "Hon. Viliami Kupu" opens no sentence
        dot = text.rfind(". ", 0, dot)
    start = max(dot, text.rfind("\n", 0, max(0, lo - 1))) + 1
    before = text[start:lo]
    # (the traveller only as a companion does not make "she" the traveller: "Motzfeldt is not travelling with Nielsen")
    if who.surname and any(not _COMPANION.search(before, 0, n.start()) for n in word_pattern(who.surname).finditer(before)):
        return False
    # its subject: "President Bola Tinubu left", "Meanwhile, UN relief chief Tom Fletcher visited"
    opening = re.match(r"\s*(?:(?:Meanwhile|Separately|Elsewhere|However),\s+)?(?:(?:[A-Z][\w.'’-]*|of|the|[a-z]+\s+chief)\s+){0,5}"
                       r"(?:[A-Z][\w'’-]*(?=,))?", before)  # (and the name an apposition follows: "Gen. Dan Caine, chairman")
    head = before[: opening.end()] if opening else ""
    apposed = _APPOSED_SUBJECT.match(before)  # "Her Republican opponent, former state Treasurer Dale Brenneman, has"
    return any(not _ITS_OFFICE.match(before, m.end()) for o in who.others for m in word_pattern(o).finditer(before, 0, len(head))) or (
        apposed is not None and (any(word_pattern(o).search(apposed[1]) for o in who.others) or (
            # an office, then someone's whole name in apposition: "The Minister for Foreign Affairs, Hon. Viliami Kupu,"
            _OFFICE_OPENS.match(before) is not None and _SOMEONE_NAMED.match(apposed[1] + " ") is not None)))


_OFFICE_OPENS = re.compile(r"\s*(?:The|the)\s+(?:[A-Z][\w-]*\s+){0,2}(?:Minister|Secretary|Commissioner|Governor|"
                           r"Ambassador|Speaker|President|Chancellor)\b")  # a sentence opened by an office
# a sentence's opening noun phrase and its apposition: "Her Republican opponent, former state Treasurer Dale Brenneman,"
# (an abbreviation's period inside it: "The Minister for Foreign Affairs, Hon. Viliami Kupu, is not part of the delegation")
_APPOSED_SUBJECT = re.compile(r"\s*(?:[\w'’-]+\s+){0,5}[\w'’-]+,\s+((?:[^,.;]|\.(?=\s[A-Z])){3,80}),")


def _another_office(phrase: str, who: Traveller) -> bool:
    """Whether "the minister" names an office the traveller's title is not ("President Mahama ... the
    Minister for Foreign Affairs, Samuel Ablakwa, travelled to Lomé")."""
    words = phrase.lower().split()
    if len(words) < 2 or words[0] != "the" or words[-1] not in _OFFICE_NOUNS or not who.title:
        return False
    own = set(who.title.lower().replace(".", "").split())
    own |= {alias for word in own for alias in _SAME_OFFICE.get(word, ())}  # "the premier" is Prime Minister Anutin
    if bool(own & _OFFICE_NOUNS) and (set(words[1:-1]) & _PORTFOLIOS) - own:
        return True  # "the interior minister" is not Prime Minister Anutin
    return bool(own & _OFFICE_NOUNS) and words[-1] not in own  # ("Mr Touray" may be "the Commission President")


def _titled_office_of_another(phrase: str, who: Traveller) -> bool:
    """Whether a capitalised office ("the Foreign Secretary, who is in Washington") names someone other than
    a traveller the article gives no office at all (an activist, a footballer)."""
    words = phrase.split()
    return not who.title and bool(who.surname) and words[-1][:1].isupper() and words[-1].lower() in _OFFICE_NOUNS


_PORTFOLIOS = frozenset(
    "interior foreign defence defense finance trade economy health energy home justice education deputy vice prime "
    "mining agriculture transport labour labor environment".split()
)


_SAME_OFFICE = {"prime": ("premier",), "premier": ("prime",), "pope": ("pontiff",), "pontiff": ("pope",),
                "gov": ("governor",), "sen": ("senator",)}


_HE = re.compile(r"\b(?:he|his|him)\b", re.I)
_SHE = re.compile(r"\b(?:she|her|hers)\b", re.I)


def pronoun_of(sentences: list[Span], surname: str) -> str | None:
    """"he" or "she" when the sentences naming the traveller (and the next ones) clearly use one."""
    he = she = 0
    name = re.compile(rf"(?<![\w-]){re.escape(surname)}(?![\w-])")
    for i, s in enumerate(sentences):
        if name.search(s.text):
            for t in sentences[i : i + 2]:
                he += len(_HE.findall(t.text))
                she += len(_SHE.findall(t.text))
    if he >= 2 and he >= 3 * she:
        return "he"
    if she >= 2 and she >= 3 * he:
        return "she"
    return None


def _quoted(text: str, at: int) -> bool:
    """Whether ``at`` lies inside a quotation opened earlier in its paragraph."""
    para = text[text.rfind("\n", 0, at) + 1 : at]
    return para.count("“") > para.count("”") or para.count('"') % 2 == 1


def _other_gender(left: str, who: Traveller) -> bool:
    """Whether the last pronoun before the cue is not the one the article uses for the traveller."""
    found = list(_PRONOUN.finditer(left))
    if who.pronoun is None or not found:
        return False
    word = found[-1].group().lower()
    return (word in ("he", "his", "him") and who.pronoun == "she") or (word in ("she", "her") and who.pronoun == "he")


_TRAVEL_AFTER_NAME = re.compile(
    r"(?:,\s*who\b)?\s+(?:\w+\s+){0,2}?(?:travel|fl[eiy]|arriv|head|jet|land|depart|leav|left|tour)\w*"
)


def _moves_as_subject(surname: str, text: str) -> int:
    """How often the name is the subject of a verb of travel: "Mr Mohamud will travel to", "Ruto flew"."""
    return sum(1 for _ in _after_name(rf"\b{re.escape(surname)}\b", _TRAVEL_AFTER_NAME, text))


_BEFORE_GERUND = re.compile(r"\b(?:before|after)\s+$")
_ITEM_HEADING = re.compile(r"\s*[A-Z][\w'’.-]*(?:[ \t]+(?:[A-Z][\w'’.-]*|von|van|der|de|in|of|on|at|and)){0,4}:[ \t]+(?=[A-Z])")
_SPEAKER_LABEL = re.compile(r"\s*(?:[A-Z][A-Z'’.-]+(?:[ \t]+[A-Z][\w.()'’-]*){0,4}|Q|A):[ \t]+")  # a transcript's speaker
_PLURAL_SUBJECT = re.compile(
    r"\b(?:the|these|those|many|some|several|most|other|local|foreign|young\w*|old\w*|(?i:thousands|hundreds|millions|dozens|scores)\s+of)\s+"
    r"(?:[a-z]+\s+|(?-i:[A-Z][a-z]+(?:an|ese|ish|i))\s+)?(?!(?:leaders|delegations|royals|presidents|ministers|guests|visitors|teams|players|members)\b)"
    r"[a-z]{3,}s\s+(?:have\s+|had\s+|are\s+|were\s+)?(?:also\s+|since\s+|recently\s+)?$"
    # "while Israeli troops remain in Khan Younis": a people's forces
    r"|\b[A-Z][a-z]+(?:an|ese|ish|i)\s+(?:troops|forces|soldiers|police|militants|fighters|settlers)\s+$"
    # "The Tajik and Turkmen foreign ministers are due to fly in from": two other countries' officials
    r"|\b[A-Z][a-z]+\s+and\s+[A-Z][a-z]+\s+(?:[a-z]+\s+)?(?:ministers|leaders|presidents|premiers|envoys|delegations)\s+"
    r"(?:are|were|will|have|had)\s+(?:[a-z]+\s+){0,3}$"
)
# "Pakistani federal ministers will fly up from Islamabad to receive him": a country's officials come to the traveller
# "heart patients from Sargodha ... had to travel to Lahore": people in general, not the traveller
_PEOPLE_MOVING = re.compile(
    r"\b(?:patients|people|residents|families|farmers|students|workers|pilgrims|travell?ers|passengers|fans|tourists|"
    r"migrants|refugees)\b[^.;]{0,80}?\b(?:had|have|has|would|will|must|need)\s+(?:to\s+)?$"
    # "families who said they had given up trying to reach the United States"
    r"|\b(?:patients|people|residents|families|farmers|students|workers|migrants|refugees)\b[^.;]{0,80}?\b"
    r"(?:trying|tried|hoping|hoped|wanting|wanted|attempting|attempted)\s+(?:to\s+)?$"
    r"|\b(?:members|supporters|volunteers|spectators)\s+(?:were|are)\s+(?:expected|due|set)\s+to\s+$"  # "said members were expected to travel from"
    # "Around half of the companies in the economic mission will fly on to Abidjan": part of a group, not the traveller
    r"|\b(?i:half|some|most|many|several|part|the\s+rest)\s+of\s+the\s+(?:[\w-]+\s+){0,2}?(?:companies|firms|delegates|"
    r"members|executives|participants|journalists|business\s+people)\b[^.;]{0,80}$"
    # "Many Jamaican and Barbadian visitors to Ghana make the journey to Cape Coast": people in general
    r"|\b(?i:many|most|some|thousands\s+of|hundreds\s+of|millions\s+of)\s+[^.;]{0,40}?\b(?:visitors|tourists|people|"
    r"pilgrims|travell?ers|fans|migrants)\b[^.;]{0,60}$"
)
_HOSTS_MOVING = re.compile(
    r"\b[A-Z][a-z]+(?:an|ese|ish|i)\s+(?:federal\s+|senior\s+|government\s+|provincial\s+)?(?:ministers|officials|leaders|"
    r"diplomats|dignitaries)\s+(?:will|would|are|were|have|had)\s+(?:\w+\s+){0,2}$"
)
_GROUP_MOVING = re.compile(  # "Faithful travelling from Vancouver ... are asked to register"
    r"\b(?:people|faithful|pilgrims|fans|supporters|visitors|delegates|participants|spectators|families|residents|"
    r"migrants|refugees|worshippers|parishioners)\s+(?:who\s+are\s+)?(?:travell?ing|coming|flying|arriving|driving)\s+"
    r"(?:in\s+)?(?:from|to)\b"  # (and the list after it: "from Vancouver, Calgary and ...")
    # "fewer people to risk their lives on the way to Europe"
    r"|\b(?:people|migrants|refugees|asylum\s+seekers)\b[^,.;]{0,40}?\bon\s+(?:the|their)\s+way\s+(?:to|from)\b"
    # "Turkish Airlines' flights from Istanbul to Bogota": a service, not a journey
    r"|\b(?:flights|routes|services|connections|links|shipments|exports|imports|cargo|pipelines?)\s+"
    r"(?:from|to|between)\b",
    re.I,
)
# "A Canadian Armed Forces aircraft carrying water treatment equipment landed in Montego Bay": a craft, not the traveller's
_A_CRAFT_SUBJECT = re.compile(r"(?:^|[.;]\s+|\n)\s*An?\s+[^,.;]{0,60}?\b(?:aircraft|plane|jet|ship|vessel|convoy|truck|lorry|"
                              r"flight|helicopter)\b[^.;]{0,80}$")
_INSTITUTION_SUBJECT = re.compile(  # "The army-backed government has moved from Khartoum to Port Sudan" (not "The Head of
    # Government had stayed on Thursday in Bobo-Dioulasso": the prime minister)
    r"(?<!\bhead\sof\s)\b(?:the|its|a)\s+(?!head\s+of\s)(?:[\w-]+\s+){0,2}?(?:government|regime|army|military|administration|company|firm|headquarters|"
    r"embassy|ministry|parliament|court|agency|bank|factory|plant|biotech|startup|maker|manufacturer|supplier|producer|"
    r"developer|retailer|airline|carrier|insurer|lender)(?:\s+(?:of|for)\s+[^,.;]{1,40}?)?\s+(?:has\s+|had\s+|have\s+|was\s+|were\s+)?"
    r"(?:also\s+|since\s+|recently\s+|now\s+)?$",
    re.I,
)
_WHEN_BEFORE = re.compile(r"\b(?:after|before|when|while|until|once)\s+$", re.I)
_GROUP_NOUNS = r"(?:group|delegation|team|party|senators|lawmakers|mission)"  # a traveller's party, as a subject
_GROUP_SUBJECT = re.compile(rf"\s*(?:(?:On|By|Later|Then)\b[^,]{{0,30}},?\s+)?(?:The|the)\s+(?:[\w-]+\s+){{0,2}}?{_GROUP_NOUNS}\b")
_GROUP_WORDS = rf"(?:the\s+(?:[\w-]+\s+){{0,2}}?{_GROUP_NOUNS})"


def leads_group(text: str, who: Traveller) -> bool:
    """Whether the article has the traveller lead a group ("Risch is leading a bipartisan Senate delegation"):
    then "the group", "the delegation" moves with the traveller (read once per article, into
    ``Traveller.leads_a_group``)."""
    if not who.surname:
        return False
    # (or "The group, led by Rep. Tom Kessler (R-Ind.) ... and Rep. Maria Ortega-Lind (D-Calif.), arrived in Dhaka")
    led_by = re.compile(rf"\b{_GROUP_NOUNS}\b[^.;]{{0,30}}?\bled\s+by\b[^;\n]{{0,160}}?\b{_name_re(who.surname)}")
    return any(_after_name(rf"\b{_name_re(who.surname)}", _LEADS_AFTER_NAME, text)) or led_by.search(text) is not None


_LEADS_AFTER_NAME = re.compile(
    r"\b[^.]{0,80}?\b(?:is\s+|was\s+|will\s+be\s+)?(?:lead|leads|leading|led|heads|heading|headed)\s+"
    r"(?:a|an|the|his|her)\s+(?:[\w-]+\s+){0,4}?(?:delegation|group|team|mission|party)\b"
)


_OWN_GROUP_THAT = re.compile(
    r"\b(?:led|leads|leading|heads|headed|heading)\s+(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:team|delegation|group|party|expedition|mission)\s*,?\s+(?:that|which|who)\s+(?:[a-z]+\s+){0,3}$"
)
_THEY_WHO = re.compile(r"\b(?:[a-z]{3,}s\s*,?\s*who|[a-z]{3,}\s*,\s*(?:many|most|some|all|several|few|one)\s+of\s+whom)\s+(?:[a-z]+\s+){0,3}$")
# ("members of the Pakistani community, many of whom had travelled from Casablanca")
_AFTER_DOING = re.compile(r"\b(?:before|after)\s+[a-z]+ing\s+$")
_ACCORDING_TO = re.compile(r"^\s*According\s+to\s+[^,]*,\s*")
_OWN_APPOSITION = re.compile(r"\s*,\s*(?:the|a|an|[A-Z][\w-]*['’]s)\s+[^,;.]{1,80},\s*")
# "the President, who is in Tokyo", "The chair of the Republican National Committee, speaking at a fundraiser in",
# "The UN High Commissioner for Refugees, speaking in Geneva"
_THE_OFFICE_WHO = re.compile(r"\b[Tt]he\s+((?:[\w-]+\s+){0,2}?[A-Za-z]+)(?P<of>\s+(?:of\s+the|for)\s+(?:[A-Z][\w-]*\s+){0,5}?(?:[A-Z][\w-]*))?"
                             r"\s*,\s*(?:who\s+(?:[a-z]+\s+){0,3}|(?:speaking|talking|appearing)\s+[^,;]{0,40})?$")
_OFFICE_WHO = re.compile(  # "talks with Brazil's Minister of Mines and Energy, who will travel to Rio from Brasília",
    # "met the mayor and the federal Minister of Integration, who flew in from Brasília", "Nigeria's trade minister, who"
    r"(?:\b(?:with|and)\s+(?:the\s+)?|[A-Z][\w-]*['’]s\s+)(?:(?:[A-Z][\w-]*|federal|state|regional|deputy|visiting|trade|foreign|"
    r"finance|defen[cs]e|energy|health|interior|economy|agriculture|transport|mining|petroleum)\s+){0,3}(?:[Mm]inister|[Ss]ecretary|[Cc]ounterpart"
    r"|[Aa]mbassador|[Pp]resident|[Gg]overnor|[Mm]ayor|[Hh]ead|[Cc]hief|officials?)\b(?:\s+(?:of|for)\s+[^,]{1,50})?"
    r"\s*,\s*(?:who\s+(?:[a-z]+\s+){0,6})?$"  # (and the participle after it: "Egypt's foreign minister, speaking in Cairo")
)
# a clause opened by a bare office: "... as Foreign Minister heads to", "while the Defence Minister flies to"
_BARE_OFFICE_SUBJECT = re.compile(  # (not "The King and Queen landed": one subject)
    r"(?:\b(?:as|while|whereas)|,\s*(?:and|but))\s+(?:the\s+)?((?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*){0,2})\s+$")
_WHO_ELSE = re.compile(  # "Bosun Tijani, who flew in from", "Bill Tomlinson, a retired machinist who drove in from"
    r"([A-Z][\w'’.-]+)\s+([A-Z][\w'’-]+)(?:\s*,|\s+[—–-]{1,2})\s*(?:\d{1,3}\s*,\s*|an?\s+(?:[a-z-]+\s+){1,4})?who\s+(?:[a-z]+\s+){0,3}$"
)  # (or between dashes: "rapper Yeyo Santana — who flew in from San Juan for the occasion —")
_ONE_NAME_WHO = re.compile(r"(?<=[a-z]\s)([A-Z][a-z][\w'’-]+)\s*,\s*who\s+(?:[a-z]+\s+){0,3}$")  # "singer-songwriter Mitsuki, who flew in"
_WHICH_OFFICE_ATTENDS = re.compile(r"\b(?:which|that)\s+(the\s+(?:[A-Za-z-]+\s+){0,2}?[A-Za-z-]+)\s+(?:will|would|is\s+to|is\s+due\s+to)"
                                   r"\s+(?:attend|chair|host|lead|address)\b")
_SPLITS_OFF = re.compile(r"\b(?:split|splits|splitting|break|breaks|broke|peel(?:s|ed)?)\s+(?:off|away)\s+from\s+(?:the|his|her|their)\s+"
                         r"(?:[\w-]+\s+)?(?:group|delegation|party|team|mission|tour|entourage)\b", re.I)
_SOME_BROKE_OFF = re.compile(
    r"\b(?:a\s+handful|some|several|a\s+few|a\s+group|part|members|most|two|three|four|five)\s+of\s+(?:the\s+)?[^.;]{0,60}?"
    r"\b(?:broke|break|breaks|breaking|split|peeled|splintered)\s+(?:off|away)\b"
    # "Three members of Metro Council will extend the trip ..., traveling on to Montpellier": part of the party only
    r"|^\s*(?:two|three|four|five|six|several|some|a\s+few|a\s+handful\s+of|\d+)\s+(?:other\s+|new\s+)?(?:members|delegates|"
    r"lawmakers|councillors|councilors|officials|executives|signings|players|recruits|newcomers)\b[^.;]{0,80}?\b"
    r"(?:will|would|are|were)\b", re.I)  # "Two new signings, whose transfers are due ..., will fly to Sousse separately"
_OWNER_OF_TRIP = re.compile(r"\b([A-Z][\w'’-]+)['’]s\s+(?:[\w-]+\s+){0,2}?(?=(?:visits?|trips?|tours?|journeys?|stops?|stays?)\b)")
_SOMEONE_NAMED = re.compile(r"\s*(?:former\s+|ex-)?(?:[A-Z][\w'’.-]*\s+){2,}")  # "former Deputy President Rigathi ..."
_OPENING_PARTICIPLE = re.compile(rf"\s*(?:{SPEAKING}|Writing|Visiting|Touring)\b")
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)|\n")
_IN_PLACE_OF = re.compile(
    r"\b(?:(?:stood|stands?|standing|filled|filling|deputi[sz]\w*|substitut\w*)\s+in\s+for|substitut\w*\s+for|"
    r"(?:on\s+behalf|in\s+place)\s+of|represent\w*)\s+$",
    re.I,
)


_ROLES = "|".join(sorted(_ROLE_WORDS))
_ROLE_SUBJECT = re.compile(r"\s*[Tt]he\s+(?:[a-z]+\s+)?(?:" + _ROLES + r")\b")  # "the minister", "the foreign minister"
_OFFICE_SUBJECT = re.compile(r"\s*[Tt]he\s+(?:[A-Za-z-]+\s+){0,2}?(?:" + _ROLES + r")\b", re.I)  # and "The Foreign Minister"


def _main_subject_is(left: str, who: Traveller) -> bool:
    """Whether the traveller (by name, pronoun, or an office opening the clause: "The commissioner"), rather
    than someone else, is the first actor of the clause: the one who does what a participle after "before"
    or "after" says ("..., before travelling to Dar es Salaam")."""
    left = _ACCORDING_TO.sub("", left)  # not the spokesperson's company: "According to a Google spokesperson, Pichai"
    refs = "|".join(([re.escape(who.surname)] if who.surname else []) + ["he", "she", "they"])
    own = [m.start() for m in re.finditer(rf"\b(?:{refs})\b", left, re.I)]  # (no surname: the group, nameless)
    if _ROLE_SUBJECT.match(left):
        own.insert(0, 0)  # "The commissioner travels to Asunción to meet President Peña, before heading to"
    others = [m.start() for o in who.others for m in word_pattern(o).finditer(left)]
    return not others or (bool(own) and min(own) < min(others))


_REST_OF_NAME = re.compile(r"(?:\s+(?:[A-Z][\w'’-]*|bin|bint|ibn|al|el|de|da|van|von|der|y))*\s+")
_ON_BEHALF = re.compile(
    r"\b(?:[Oo]n\s+behalf\s+of|(?:[Bb]ased\s+)?on\s+the\s+directives?\s+of)\s+[^,.;\n]{1,120},"
    # "conveyed the greetings of His Majesty Sultan Haitham bin Tarik ... to": the sender stays home
    r"|\b(?:greetings|message|letter|regards|best\s+wishes)\s+(?:of|from)\s+[^,.;\n]{1,120}?(?=\s+to\b|\s*[-–—,])"
)
_HONORIFIC = re.compile(
    r"\b(?:His|Her|Their|Your)\s+(?:Royal\s+)?(?:Highness|Highnesses|Excellency|Majesty|Holiness)\b|\bH\.[HE]\.|\bHRH\b"
    r"|\b(?:Datuk|Dato['’]?|Tan)\s+Seri\b|\b(?:Datuk|Dato['’]|Tun)(?=\s+[A-Z])"  # Malaysian honorifics: "Datuk Seri Mohamad Hasan"
    r"|\b(?:Shri|Shrimati|Smt\.)(?=\s+[A-Z])"  # Indian: "Shri Narendra Modi"
    r"|\b(?:Right\s+|Rt\.?\s+)?Hon(?:ourable|orable|\.)(?=\s+[A-Z])"  # "the Right Honourable Mary Simon", "the Hon. P.J. Akeeagok"
)
# a verb right before "the delegation", "him": the traveller is its object, not the clause's subject
_VERB_BEFORE = re.compile(
    r"\b(?:left|leave|leaves|leaving|joined|join|joins|joining|led|lead|leads|leading|with|accompan\w+|met|"
    r"meet|meets|meeting|told|telling|brief\w*|represent\w*|replac\w*|behalf\s+of|place\s+of|stead\s+of)\s+$",
    re.I,
)
_POSSESSED = re.compile(r"\b(?:his|her|their)\s+(?:[A-Z][\w'’-]*\s+(?:(?:de|del|of|the)\s+)?){0,4}$")
_RELATION = re.compile(
    r"\b(?:his|her|their|the\s+\w+['’]s)\s+(?:\w+\s+)?(?:deputy|wife|husband|spouse|aides?|spokes(?:man|woman|person|people|persons)|"
    r"son|daughter|counterpart|predecessor|successor|chief\s+of\s+staff|advis[eo]rs?|envoy|deputies|partner|"
    r"mother|father|parents|brother|sister|children|family|fianc[eé]e?|boyfriend|girlfriend|colleagues?|friends?|running\s+mate)\b"
    r"|(?-i:[A-Z])[\w-]*['’]s\s+(?:predecessor|successor|wife|husband|spouse|son|daughter|deputy|partner|mother|father|"
    # ("Stein's predecessor", "Zuluaga's running mate"; not "the State Department's senior adviser", the traveller's own office)
    r"brother|sister|running\s+mate)\b",
    re.I,
)  # "her deputy", "the pope's peace envoy", "Her partner, Tom Askew, is flying out from Manchester to meet her"
_APPOSITION_AFTER = re.compile(r",\s+[^,;.]{3,80},")
_SOMEONE_OF_HIS = re.compile(
    r"['’]s\s+(?:[\w-]+\s+){0,3}?(?:critic|rival|ally|opponent|foe|successor|predecessor|counterpart|friend|deputy|wife|"
    r"husband|spouse|son|daughter|aide|adviser|advisor|spokes(?:man|woman|person)|envoy|challenger|nemesis|running\s+mate)s?\b", re.I
)  # the traveller's name as the possessor of someone else
_SEPARATE_GROUP = re.compile(
    r"\b(?:a\s+separate|another|a\s+second|a\s+different)\s+(?:[\w.-]+\s+){0,3}?"
    r"(?:team|delegation|group|mission|party|squad|contingent)\b"
    r"|\b(?:an?|another)\s+(?:[\w.-]+\s+){0,4}?(?:minister|official|secretary|envoy|diplomat|lawmaker|senator|team|"
    r"delegation|mission)\s+(?:will|would|is|was|has|had|travel\w*|flew|flies|went|goes|heads?|headed|left|leaves|"
    r"arrived|visited)\b"
    r"|\b(?:an?|another)\s+(?:[\w.-]+\s+){0,4}?(?:team|delegation|mission)\s+$"  # "A World Food Programme team visited"
    # "Part of the delegation heads to Yokohama tomorrow ... without the King": some of the group, on their own
    r"|\b(?:[Pp]art|[Ss]ome|[Hh]alf|[Mm]ost|[Mm]embers|[Tt]he\s+rest)\s+of\s+the\s+(?:[\w.-]+\s+){0,2}?(?:delegation|group|party|entourage)\b"
    r"|^\s*Separately\b",
    re.I,
)  # someone unnamed: "A separate trade team", "a parliamentary vice foreign minister", "Separately, ..."
# a thing's relative clause: "exports that leave every week from", "Chile, which was once supposed to arrive in"
# (not "said that he would fly to": what was said)
_THING_THAT = re.compile(r"\b[a-z]{3,}\s+(?:that|which)\s+(?!(?:he|she)\s)(?:[a-z]+\s+){0,3}$|,\s*which\s+(?:[a-z]+\s+){0,5}$"
                         r"|\b[a-z]{3,}\s+whose\s+(?:[a-z]+\s+){1,4}$")  # ("a software company whose founder moved home from")
_OFFICES = (
    "Minister Secretary Officer Executive Chief Financial Operating Chairman Chairwoman Director Ambassador Envoy "
    "Chairperson Chair Premier President Vice Deputy Foreign Defence Defense Interior Finance Trade Economy State External Affairs "
    "Governor Mayor Senator Queen King Prince Princess Commissioner Chancellor Spokesman Spokeswoman Spokesperson "
    "Captain Coach Cardinal Archbishop Bishop Rabbi Imam Taoiseach Tánaiste Representative Special High Treasurer Comptroller"
).split()
_COMPANY_HEAD = re.compile(
    r"\b([A-Z][\w&-]+)(?:['’]s)?\s+(?:chief\s+executive|chairman|chairwoman|CEO|CFO|COO|shares|customers?|employees|"
    r"engineers|executives|shareholders|(?:[a-z]+\s+)?(?:subsidiary|subsidiaries|arm|division))\b"
)  # ("Orisun's cement subsidiary ... Orisun's logistics arm"; but "Dangote Group" is its founder's too)
_OFFICE_WORDS = frozenset(
    _OFFICES + "Crown Amir Emir Sheikh Sultan Pope Patriarch Catholicos Metropolitan Emperor Empress General "
    "Secretary-General Prime Correspondent Mr Mrs Ms Dr Sir Dame Madam "
    "Editor Reporter Writer Columnist Photographer Royal Political Diplomatic "
    "Admiral Marshal Brigadier Colonel Lieutenant Commodore Adm Gen Lt Maj Brig Col".split()  # military ranks
)
# a page's imperative words before a name: "Get Cate's look", "Watch Obama's speech", "Read Modi's letter"
_FORMER = re.compile(r"\b(?:former|previous|late|ex-|then)\s*(?:[\w-]+\s+)?$", re.I)
_CLOCK_BEFORE = re.compile(r"\b\d{1,2}[:.]\d\d\s+$")
# "The Minister of Solid Minerals Development, Dr Dele Alake": a portfolio, nobody's name
_PORTFOLIO_BEFORE = re.compile(r"\b(?:Minister|Ministry|Secretary|Department|Commissioner)\s+(?:of|for)\s+(?:(?:[A-Z][\w-]*|and|&)\s+){0,3}$")
_PORTFOLIO_END = re.compile(r"\s*(?:,|\)|\n|$)")
_PAGE_VERBS = frozenset("Get Read Watch Shop Buy See Click Subscribe Follow Share Sign Join Listen Meet Discover".split())
_SURNAME_OFFICES = frozenset({"Pope", "King", "Bishop"})  # offices that are surnames too: "Amy Pope"
_NOT_SURNAMES = _OFFICE_WORDS - _SURNAME_OFFICES
_OFFICE = re.compile(
    rf"\b(?i:{'|'.join(_OFFICES)})\b(?:\s+(?:of|for|the|[A-Z][\w.’'-]*)|,(?=\s+[A-Z])){{1,9}}"
)  # the office in any case ("special envoy Steve Witkoff", "the Minister for Foreign Affairs, Samuel Ablakwa")


def _someone_else(left: str, who: Traveller) -> bool:
    """True when the clause names an office holder who is not the traveller: "Foreign Minister
    Sugiono", "Minister of State for External Affairs Kirti Vardhan Singh"; a bare office ("the
    King") says nothing."""
    own = set((who.name or "").split()) | {who.surname}
    theirs = _THEIR_NAMED.match(left)  # "Labour's Eluned Morgan spent Thursday campaigning in": a party's person
    if theirs and not own & set(theirs[1].split()):
        return True
    for m in _OFFICE.finditer(left):
        name = [w for w in m.group().split() if w[:1].isupper() and w not in _OFFICES and w not in _ORG_WORDS]
        if name and not own & set(name):
            return True
    # "the prime minister of a Pacific island country will pay a visit": an office of some country, not the
    # traveller's; "The interior minister travelled to Iquique": another office as the clause's subject
    subject = _SUBJECT_OFFICE.match(left)
    return any(_another_office(f"the {m[1]}", who) for m in _OFFICE_OF_SOMEWHERE.finditer(left)) or bool(
        subject and _another_office(f"the {subject[1]}", who)
    )


_THEIR_NAMED = re.compile(r"\s*[A-Z][\w-]*['’]s\s+((?:[A-Z][\w'’-]+\s+){1,2}[A-Z][\w'’-]+)\s+$")
_ITS_OFFICE = re.compile(r"\s+(?:chairman|chairwoman|chair|chief|ceo|boss|founder|executive)\b", re.I)
_SUBJECT_OFFICE = re.compile(
    r"\s*(?:(?:On|In|Later|Meanwhile|Separately)\b[^,]{0,30},\s*|(?:While|When|As|After|Before)\b[^,]{0,60},\s*)?"
    r"(?:the|[A-Z][\w'’-]*['’]s)\s+((?:[a-z'’-]+\s+){0,2}?"  # ("While the King is at the forum, the Queen will travel to Geelong",
    # "Tuvalu's prime minister, who flew in from Funafuti")
    r"(?:minister|secretary|president|premier|governor|mayor|chancellor|director|commissioner|king|queen|taoiseach|tánaiste|"
    r"ambassador|envoy))\b",
    re.I,
)


_OFFICE_OF_SOMEWHERE = re.compile(
    r"\b(?:the|a)\s+((?:prime\s+)?minister|president|premier|chancellor|king|queen|emir|amir|sultan)\s+of\s+(?:a|an|the|[A-Z])",
    re.I,
)

# Words after which a named person is an object or a companion, not the clause's subject.
_SELF_AS_OBJECT = re.compile(
    r"\b(?:join|joins|joined|joining|accompany|accompanies|accompanied|accompanying)\s+(?:[A-Z][\w.’'-]*\s+){0,2}$"
)
_OFFICE_OF = re.compile(r"\b(?:Minister|Secretary|President)\s+of\s+(?:[A-Z][\w.’'-]*\s+){1,6}$")
_OBJECT_BEFORE = re.compile(
    r"\b(?:by|with|and|met|meet|meets|meeting|to|for|from|of|welcomed|greeted|hosted|joined|invited|brief|briefs|briefed|"
    r"invitation\s+of|alongside)\s+(?:(?:[A-Z][\w.’'-]*|" + _PARTICLE + r")\s+){0,6}$"  # "... of President Lula da Silva"
    # "for talks with Brazil's foreign minister, Mauro Vieira": an office in apposition before the name
    r"|\b(?:with|met|meets|meeting|by|welcomed|greeted|hosted|invited)\s+(?:(?:the|his|her|their|[A-Z][\w.’'-]*['’]s)\s+)?"
    r"(?:[a-z][\w-]*\s+){0,3}(?:minister|president|premier|chancellor|secretary|king|queen|counterpart|host)\s*,?\s+"
    r"(?:[A-Z][\w.’'-]*\s+){0,4}$"
)


def mentioned_in(sentence: str, who: Traveller) -> bool:
    """Whether a sentence names the traveller, by name, pronoun or role ("the premier"), or speaks as them."""
    if not who.surname or _FIRST_PERSON.search(sentence):
        return True
    return word_pattern(who.surname).search(sentence) is not None or _PRONOUN.search(sentence) is not None


_CAPITAL_WORD = re.compile(r"^\s+capital\b")


# how an article refers to the traveller besides by name: "he", "I'll be in Seoul", "the minister"
_OTHER_REFS = (r"he", r"she", r"they", r"I", r"we", _ROLE_NOUN)
_HE_SHE_ROLE = re.compile(rf"\b(?:he|she|{_ROLE_NOUN})\b", re.I)


@lru_cache(maxsize=64)
def _fixed_refs(template: str, refs: tuple[str, ...], flags: int) -> re.Pattern[str]:
    """``template`` with its ``{ref}`` as any of ``refs``, compiled once (not once per traveller's name)."""
    return re.compile(template.format(ref="(?:" + "|".join(refs) + ")"), flags)


def _refers(template: str, s: str, who: Traveller, anchored: bool = False, flags: int = re.I,
            also: tuple[str, ...] = ()) -> bool:
    """Whether ``template`` matches ``s`` (at its start when ``anchored``) with its ``{ref}`` read as the
    traveller: their surname, a pronoun or a role, the group they lead, or ``also`` ("the tour"). The same
    as one alternation of them all; but only the name is compiled per article, the long rest once."""
    group = (_GROUP_WORDS,) if who.leads_a_group else ()  # "The delegation is scheduled to be in Ankara"
    patterns = [_fixed_refs(template, _OTHER_REFS + group + also, flags)]
    if who.surname:
        patterns.append(re.compile(template.format(ref=f"(?:{re.escape(who.surname)})"), flags))
    if who.alias:
        patterns.append(re.compile(template.format(ref=f"(?:the\\s+)?{who.alias}"), flags))
    return any((p.match(s) if anchored else p.search(s)) is not None for p in patterns)


_OFFICE_FOR = re.compile(r"\bthe\s+(?:[A-Z][\w-]*\s+)?(?:Minister|Secretary|Commissioner)\s+(?:for|of)\s+"
                         r"((?:[A-Z][\w'’-]*\s+(?:and\s+)?){1,4})(?:is|was|will\s+be|has\s+been|remains)?\s*$")
_OPENING_ADVERBIAL = re.compile(r"\s*(?:After|Before|Following|Later|Then|Meanwhile)\b[^,]{0,50},\s*")
_EVENT_DOES = re.compile(
    r"\b(?:summit|conference|congress|forum|games|olympics|festival|championships?|tournament|expo|fair|exhibition|"
    r"assembly|session|meeting|talks|COP\d*)\s+(?:(?:will|would|is\s+due\s+to)\s+)?$", re.I
)
_OFFICE_COMMA = (r"(?:Minister|Secretary|President|Governor|Mayor|Ambassador|Envoy|Commissioner|Chancellor|Premier|Director|"
                 r"Representative),\s+(?:[A-Z][\w.’'-]*\s+){{0,2}}")  # "Romania's Energy Minister, Sorin Dragomir, ..."
_OTHER_SUBJECT_AFTER = re.compile(
    r"\b(?:after|before|when|while|as|because|since|until)\s+((?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)?)\s+$"
)


def is_actor(text: str, place: Mention, cue: object, who: Traveller) -> bool:
    """For weak cues: "In Tokyo, Blinken met ..." (the traveller acts right after the place) or
    "Blinken is in Tokyo" (the traveller right before the verb)."""
    lo, hi = cue.clause  # type: ignore[attr-defined]
    if _refers(r",\s*where\s+(?:the\s+)?{ref}\b", text[place.end : hi], who, anchored=True):
        return True  # "The week had begun on Monday in Kingston, where Mottley sat down with ...": the traveller was there
    if cue.kind == "scene":  # type: ignore[attr-defined]
        names = [re.escape(who.surname)] if who.surname else []
        names += [who.alias] if who.alias else []  # "In Astana, on 17 and 18 March, the EUSR will hold"
        group = [_GROUP_WORDS] if who.leads_a_group else []
        ref = r"(?:" + "|".join(names + list(_OTHER_REFS) + group) + r")"  # (which of them acts, below)
        after = _CAPITAL_WORD.sub("", text[place.end : hi], count=1)  # "In the Ukrainian capital, on Tuesday ..., the Cardinal met"
        # "In Can Tho, the largest city in the Mekong Delta, the King will ...", "In Álora, one of the worst-hit towns,
        # he met", "On 4 November, in Kharkiv, Ukraine's
        # second-largest city, Russell visited": past an apposition
        # and "In Bishkek on Wednesday and Thursday he held talks", "In New Delhi on Monday 15 and Tuesday 16 September,
        # Minister Farrell will": a time may stand before the actor ("In Garden
        # City she met ...": the actor right after the place, no comma)
        actor = re.match(
            # (or past where the town lies: "At Berhampur in Ganjam district, he will")
            rf"\s*(?:,?\s*on\s+(?:[\w.()]+[\s,]+){{1,8}}?|(?:\s+in\s+[^,.;]{{1,40}})?,\s*(?:(?:the|a|an|one\s+of|[A-Z][\w'’-]*['’]s)\s+[^,]{{0,60}},\s*)?(?:[\w.]+\s+){{0,3}}?|(?<=\s))(?P<ref>{ref})\b",
            after, re.I,
        )
        # (not "In Kuwait City, His Highness the Crown Prince, who is deputising for ... the Amir")
        return actor is not None and not _another_office(actor["ref"], who) and (
            not names or any(re.search(rf"\b{n}\b", after[:80], re.I) for n in names)
            or _HE_SHE_ROLE.search(after[:80]) is not None
        )
    before = text[lo : cue.start]  # type: ignore[attr-defined]
    opened = dateline.LINE.match(before)  # "BEIJING (AP) — Okafor will ...": the subject follows it
    before = before[opened.end() :] if opened else before
    if cue.kind == "activity" and _BEFORE_GERUND.search(before) and "\n" not in before:
        # "Pichai heads to Nairobi on Wednesday, ..., before wrapping up the tour in Johannesburg"
        return _main_subject_is(before, who) and _refers(r"\b{ref}\b", before, who)
    if cue.kind == "activity" and _EVENT_DOES.search(before):  # type: ignore[attr-defined]
        return False  # "before the UN climate summit opens on Monday (9 November) in Antalya": the event's day
    if cue.kind == "activity" and not before.strip() and _OPENING_PARTICIPLE.match(text, cue.start):  # type: ignore[attr-defined]
        # "Speaking at the Pacific Islands Forum secretariat in Suva on Wednesday, the Prime Minister did not": who follows
        comma = text.find(",", place.end, hi)
        actor = text[comma + 1 : hi] if comma >= 0 else ""
        role = re.match(rf"\s*({_ROLE_NOUN})\b", actor, re.I)
        return _refers(r"\s*{ref}\b", actor, who, anchored=True) and not (role and _another_office(role[1], who))
    if cue.kind == "activity":  # type: ignore[attr-defined]
        # "Macron wrapped up a tour ... in Kinshasa", "The tour ends in Hiroshima": the traveller or
        # the trip is the clause's subject (not "The visit came hours after Russia launched drones at Ukraine")
        other = _OTHER_SUBJECT_AFTER.search(before)
        if other and not _refers(r"\b{ref}\b", other[1], who):
            return False
        opener = _OPENING_ADVERBIAL.match(before)  # "After a few days off, the tour closes ... in San Jose"
        subject = before[opener.end() :] if opener else before
        # (an office before the name, set off by commas: "Romania's Energy Minister, Sorin Dragomir, on Tuesday visited")
        return _refers(r"\s*(?:[A-Z][\w.’'-]*\s+){{0,5}}?(?:" + _OFFICE_COMMA + r")?{ref}\b", subject, who, anchored=True,
                       also=(_CARRIER,)) or (
            _refers(r"\bsaid\s+(?:that\s+)?(?:[A-Z][\w.’'-]*\s+){{0,2}}?{ref}(?:\s+\w+)?\s*$", before, who, flags=0)
        ) or (  # "the Commission said Mr Touray began the tour in Freetown"; "where he and Pete Hegseth are due to hold"
            _refers(r"\b{ref}(?:\s+and\s+(?:[A-Z][\w.’'-]*\s+){{1,6}})?"
                    r"(?:\s+(?:is|are|was|were)\s+(?:\w+\s+){{0,2}}?to|\s+(?:will|would)(?:\s+also)?|['’]ll)?\s*$", before, who)
        )
    # "Blinken is in Tokyo", "Blinken, who had been in Ankara", "Mudavadi, who also holds ..., was in"
    before = RELATIVE_CLAUSE.sub("", before)
    if re.search(r",?\s+and\s+$", before) and _refers(r"\s*(?:[A-Z][\w.’'-]*\s+){{0,5}}?{ref}\b", before, who, anchored=True):
        return True  # "Kowalczyk ... held meetings in London on Monday, ..., and were in Frankfurt on Thursday"
    office = _OFFICE_FOR.search(before)
    if office and not set(office[1].lower().split()) - {"and"} <= set((who.title or "").lower().split()):
        return False  # "the Minister for Tourism is in Miami this week" beside the Prime Minister: another office
    # "On Tuesday the bus was in Bangor": the campaign bus or the tour stands for the traveller
    return _refers(r"\b{ref}(?:\s*,\s*who)?(?:\s+\w+){{0,2}}\s*$", before, who, also=(_CARRIER,))
