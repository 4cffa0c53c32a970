"""Travel cues: the words before a place name that make it a stop ("arrived in", "will travel to").

``cue_for`` looks at the clause to the left of a place mention; a place that follows another cued
place in a list ("Israel, Jordan, the West Bank and Iraq", "South Korea and then India", "Jakarta
from 3 to 6 September, then Port Moresby") inherits its cue.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, replace
from functools import lru_cache

from . import dateline
from .gazetteer import distance_km
from .model import Level, Mention
from .parts import AREA_MODIFIERS, COMPASS
from .sentences import ABBREVIATIONS
from .timex_calendar import ENDS_THE_TRIP
from .timex_lexicon import BRACKET_DAY, DAY_NUMBER
from .toponyms import STATIONS

# between a country's "'s" and its place: "Iraq's southern Basra province", "Kenya's coastal Kilifi"
_OWN_PLACE = re.compile(
    r"\s+(?:(?:(?:north|south)-?(?:east|west)?(?:ern)?|east(?:ern)?|west(?:ern)?|central|coastal|restive|remote|"
    r"border|mountainous|oil-rich|far-?\w+)\s+)?"
)
# what a country or province keeps abroad: "Saskatchewan's trade and investment office", "Canada's pavilion"
_OUTPOST = re.compile(
    r"\s+(?:[\w-]+\s+){0,4}?(?:office|embassy|high\s+commission|consulate|mission|pavilion|stand|booth|residence)\b", re.I
)
_PRE = (
    r"(?:the\s+)?(?:(?:(?-i:[A-Z])[\w-]+|(?<=the\s)(?:company|group|firm|carmaker|automaker|team|club|band))['’]s\s+)?"  # "visited Iraq's
    # southern Basra province", "went directly to the company's Changwon plant"
    r"(?:(?:occupied|disputed|southern|northern|eastern|western|central|war-torn|neighbouring|neighboring|nearby)\s+)?"
    r"(?:(?:[\w-]+\s+){0,3}?(?:city|town|capital|port|shrine|island|village|province|state|holy\s+city)(?:\s+of|,)?\s+)?"
    r"(?:(?:(?-i:[A-Z])[\w-]+\s+){0,2}(?:Kingdom|Republic|Sultanate|State|Principality|Grand\s+Duchy|Federation)\s+of\s+(?:the\s+)?)?"  # "the Kingdom of the Netherlands", "the Arab Republic of Egypt"
    r"(?:(?-i:[A-Z])[\w'’-]*\s+(?:(?-i:[A-Z])[\w'’-]*\s+){0,3}(?:near|outside|close\s+to)\s+)?"
    r"(?:(?-i:el|al|ad|as|ash|az)-)?"  # the Arabic article the place name leaves out: "travel to el-Arish"
    # an air station at its town: "visited RAF Lakenheath" (a flight "from RAF Northolt" is left to the airport rules)
    r"(?:(?<!from\s)(?-i:" + "|".join(sorted(STATIONS, key=lambda w: (-len(w), w))) + r")\s+)?"
    r"(?:(?-i:State\s+(?:House|Lodge))\s+)?"  # a president's residence at its town: "arrived at State House Nakuru"
)  # "to the occupied West Bank", "to the shrine of Fatima", "to the southern port city of Mombasa",
#    "visit the Black Rock Camp near Nadi", "to the ancient Silk Road city of Samarkand"
# "to the Zaatari camp outside the northern city of Mafraq": a site named before the town it lies by
_SITE_NEAR = (
    r"(?:the\s+(?-i:[A-Z])[\w'’-]*\s+(?:(?-i:[A-Z])[\w'’-]*\s+){0,2}(?:camp|refugee\s+camp|plant|base|site|mine|dam|port|"
    r"airport|hospital|school|factory|farm|settlement|crossing)\s+(?:near|outside|close\s+to)\s+"
    r"|the\s+(?-i:[A-Z0-9])[\w'’-]*\s+(?:(?-i:[A-Z])[\w'’-]*\s+){0,3}in\s+)?"  # "moved on to the O2 Victoria Warehouse in Manchester"
)
_WORDNUM = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "a": 1}
# people met as a group where they are: "a town hall meeting with traders in Katsina" (not "talks with Hamas in Doha")
_GROUPS = (
    r"(?:traders|investors|executives|students|workers|farmers|supporters|residents|families|businesses|"
    r"entrepreneurs|nurses|doctors|teachers|veterans|voters|diaspora|community|communities|members|staff|troops|"
    r"planters|growers|fishermen|fisherfolk|miners|vendors|drivers|women|youth|elders|survivors|retirees|pensioners"
    # a country's own officials are met at home: "talks with Colombian officials in the capital Bogota"
    r"|(?-i:[A-Z])[\w-]*(?:an|ese|ish|i)\s+(?:government\s+|senior\s+|business\s+)?(?:officials|authorities|counterparts?"
    r"|ministers|leaders|lawmakers))"
)

# the last word of a venue's name ("the Friendship Café", "Ebley Mill", "the Playfair Library")
_VENUE_NOUN = (
    r"(?:Mill|Point|Caf[eé]|Library|Church|Cathedral|Memorial|Centre|Center|Club|Hall|House|School|College|University|"
    r"Hospital|Hospice|Museum|Gallery|Theatre|Theater|Park|Stadium|Academy|Institute|Barracks|Base|Station|Works|Factory|"
    r"Farm|Market|Castle|Palace|Abbey|Chapel|Hotel|Arena|Gardens?|Building|Hub|Campus|Studios?|Dock|Harbour|Pavilion|"
    r"Mosque|Temple|Synagogue|Cemetery|Headquarters|Plant|Laboratory|Port|Quay|Wharf|Depot|Yard|Common|Green|Square)"
)

# (kind, strength, pattern anchored at the end of the text left of the place)
# what a stay is not: "spent two decades in Melbourne", "spent his childhood in Accra"
_NOT_A_LIFETIME = (
    r"(?!\s+(?:(?:many|several|some|two|three|four|five|ten|\d+|(?:most|much|part|all)\s+of)\s+)?"
    r"(?:years|decades|months|(?:his|her|their)\s+(?:childhood|youth|career|life)))"
)
_CUES: list[tuple[str, float, re.Pattern[str]]] = [
    (
        "return",  # "before flying back to Rome", "returning home to Jakarta": home, not a stop
        0.0,
        re.compile(
            r"\b(?:(?:fl[eyi]\w*|flown|head\w*|go(?:es|ing)?|went|travel\w*|come|came|return\w*|get\w*|got|land\w*|arriv\w*)\s+(?:back|home)"
            r"|return\w*\s+home|back\s+home|(?:before|then|and\s+then|after\s+which)\s+return\w*"
            r"|before\s+emplaning\s+for"  # "before emplaning for New Delhi the same night": the flight home
            r"|(?:journey|trip|flight|drive)\s+(?:back|home)"  # "before beginning the journey back to London"
            r"|on\s+(?:his|her|their|the)\s+way\s+(?:back|home))\s+(?:(?:to|in|at)\s+)?" + _PRE + "$",  # ("arrive back at Nadi")
            re.I,
        ),
    ),
    (
        "earlier_trip",
        0.0,
        re.compile(r"\b(?:last|previous|earlier|prior|former)\s+(?:official\s+|state\s+)?(?:visit|trip|journey|tour)\s+(?:to|of)\s+" + _PRE + "$", re.I),
    ),
    (
        "arrive",
        0.9,
        re.compile(
            r"\b(?:arriv\w*|disembark\w*|(?<!\bup\s)(?<!\bbuy\s)(?<!\bown\s)(?<!\bthe\s)(?<!\bof\s)(?<!\bfarm\s)land(?:s|ed|ing)?|touch\w*\s+down|stopp?(?:s|ed|ing)?(?:\s+over)?|stay\w*|will\s+be|remain\w*|spen[dt]\w*" + _NOT_A_LIFETIME + r"(?:[\s,]+\w+){0,6},?|spen[dt]\w*\s+the\s+(?:first|final|last|second|third)\s+(?:day|days|night|leg)(?:[\s,]+\w+){0,7},?|set\s+foot|present|step(?:s|ped|ping)?\s+off(?:\s+the\s+[\w-]+)?|due(?:\s+to\s+arrive)?|expected(?:\s+to\s+arrive)?|(?:go(?:es|ing)?|went|c[ao]me|comes|stepp?(?:s|ed|ing)?)\s+ashore)\s+,?\s*(?:in|at)\s+"
            r"(?:(?:a|an|the|(?-i:[A-Z])[\w-]*['’]s)\s+(?:[\w'’-]+\s+){1,4}?in\s+"  # "stopping at a union hall in Scranton",
            # "due at Saab's fighter jet plant in Linköping", "spending 5 and 6 November at HMAS Stirling (Fleet Base West) in Rockingham";
            # (a blank date set off by commas before "in": "had stayed on Thursday, April 23, in Bobo-Dioulasso")
            r"|(?:(?-i:[A-Z])[\w'’.-]*\s+){1,4}(?:\([^()\n]{1,40}\)\s+)?(?<!Airport\s)(?<!Airbase\s)(?<!Air\sBase\s)(?<!Airfield\s)in\s+)?"
            # (an airport "in" a town is read by the airport rules: "arrived at Nur Khan Airbase in Rawalpindi")
            + _PRE + "$",
            re.I,
        ),
    ),
    (
        "arrive",  # "The Tbilisi stop followed two days in Azerbaijan", "after three days in Nairobi" (the
        0.8,  # length, a time expression, reads blank here)
        re.compile(r"\b(?:followed|follows|after|following|ahead\s+of)\s{5,}in\s+" + _PRE + "$", re.I),
    ),
    (
        "visit",  # "the pair begin the US leg next week, with New York on Monday and Tuesday and Boston on Wednesday"
        0.8,
        re.compile(r"\b(?:leg|tour|trip|roadshow|swing)\b[^.;:]{0,50}?,\s+with\s+(?:stops?\s+in\s+)?" + _PRE + "$", re.I),
    ),
    (
        "visit",  # "The week began on Monday in Amman, where ...", "the tour opens in Lyon" (the day reads blank); "the bus
        # tour that the nominee launched Monday evening in Superior", "a tour of the party's target seats, which began
        # on Monday in St Andrews": where the tour set out ("a four-day tour that ends in Maputo": its last stop)
        0.8,
        re.compile(r"\b(?:(?:week|visit|journey|voyage|mission|expedition|pilgrimage)\s+|(?:tour|trip|swing|campaign|roadshow)\b[^.;:]{0,60}?\b)"
                   r"(?:began|begins|started|starts|opened|opens|launched|kicked\s+off|ends|will\s+end|closes|closed|finishes|"
                   r"finished|wraps\s+up|wrapped\s+up)\s+(?:with\s+(?:a|an|the|two|three|\d+)\s+(?:[\w'’-]+\s+){0,3}?)?in\s+"
                   + _PRE + "$", re.I),  # ("the tour closes on Friday, Sept. 12, with a festival slot in San Jose")
    ),
    (
        "go",  # "brings his summer tour to Barrie", "takes her campaign to Iowa"
        0.85,
        re.compile(
            r"\b(?:brings?|brought|bringing|takes?|took|taking)\s+(?:his|her|their|the)\s+(?:[\w-]+\s+){0,3}?"
            r"(?:tour|campaign|roadshow|show|pitch|message|caravan|bus)\s+to\s+" + _PRE + "$",
            re.I,
        ),
    ),
    (
        "go",  # "took the morning ferry across the Gulf of Finland to Helsinki", "took a flight to"
        0.85,
        re.compile(
            r"\b(?:took|takes|taking|take|caught|boarded)\s+(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+){0,2}?"
            r"(?:ferry|train|flight|plane|boat|bus|helicopter|jet|red-eye|shuttle|sleeper|(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,2}(?=\s+(?:across|over)\s))"
            r"\s+(?:(?:across|over|from|via)\s+[^,.;]{0,40}?\s+)?"  # (a vessel by name: "take the Fundy Rose across the bay to")
            r"(?:(?:north|south|east|west)\w*\s+)?to\s+"  # "takes the train north to Porto"
            + _PRE + "$",
            re.I,
        ),
    ),
    # "Wednesday brought a tour of a paper mill in Wausau": the day's event, in its town
    ("meet", 0.75, re.compile(r"\bbrought\s+(?:(?:him|her|them)\s+)?(?:a|an|another)\s+(?:[\w’'-]+\s+){0,2}?(?:tour|rally|"
                              r"roundtable|town\s+hall|stop|walkabout|speech|reception)\b[^.;:]{0,60}?\s(?:in|at)\s+"
                              + _PRE + "$", re.I)),
    # "Thursday brought him to St. Anthony in Ely": a venue, then its town
    ("visit", 0.8, re.compile(r"\b(?:brought|brings|took|takes)\s+(?:him|her|them)\s+to\s+(?:(?-i:[A-Z])[\w.’'-]*\s+){1,4}in\s+"
                              + _PRE + "$", re.I)),
    # "I'm writing this from a veranda in Apia": where a letter or blog is written, now
    ("visit", 0.75, re.compile(r"\b(?:I['’]m|I\s+am|we['’]re|we\s+are)\s+writing\s+(?:this\s+|to\s+you\s+)?from\s+"
                               r"(?:(?:a|an|the|my|our)\s+(?:[\w’'-]+\s+){0,3}?(?:in|at)\s+)?" + _PRE + "$", re.I)),
    # "before driving down Highway 97A to Vernon", "was driven down the A171 to Scarborough"
    ("go", 0.85, re.compile(r"\b(?:drove|driven|drives|driving|drive|travell?(?:ed|ing|s)?|head(?:ed|ing|s)?)\s+(?:up|down|along|via)\s+"
                            r"(?:the\s+)?(?:Highway|Route|Interstate|Motorway|State\s+Route|(?-i:[A-Z])[\w-]*)\s+(?:[\w-]+\s+){0,2}to\s+"
                            + _PRE + "$", re.I)),
    # "From Munich it's straight to Strasbourg", "then on to Geneva": the next leg, told without a verb
    ("go", 0.8, re.compile(r"(?:\b(?:[Tt]hen\s+)?it['’]s|\bit\s+(?:is|was)|(?:^|[.:;!?]\s*)Then|,\s*then)\s+(?:then\s+)?(?:straight|on|off|onwards?)\s+to\s+"
                           + _PRE + "$")),
    # "will depart from Almaty on April 15 to Bishkek city"
    ("go", 0.8, re.compile(r"\b(?:depart\w*|leav(?:e|es|ing))\s+from\s+[\w.’'\s-]{1,40}?\s+to\s+" + _PRE + "$", re.I)),
    # "will reach Muscat on Saturday", "will fly out of Bengaluru ... and reach Rosario" (not "let aid reach Darfur")
    ("arrive", 0.9, re.compile(r"\b(?:(?:will|would|shall|to|and)\s+reach|reached|reaches)\s+" + _PRE + "$", re.I)),
    (
        "go",
        0.85,
        re.compile(
            r"\b(?:travel\w*|fl[eyi]\w*|flown|head\w*|went|go(?:es|ing)?|drove|driven|drives|driving|roll(?:s|ed|ing)|pull(?:s|ed|ing)|walk(?:s|ed|ing)?|cycl(?:e|es|ed|ing)|rode|sail(?:s|ed|ing)?|trip|journey|visit|visits|move[sd]?|moving|transfer\w*|continu\w*(?:\s+on)?|(?:carr(?:y|ies|ied|ying)|press(?:es|ed|ing)?)\s+on|proceed\w*|follow(?:s|ed)?(?:\s+on)?|bound|en\s+route|way|jet\w*|hop\w*|swing|trek\w*|cross\w*\s+(?:the\s+)?(?:continent|country|border|region|ocean|atlantic|pacific|(?:[\w-]+\s+){0,2}?(?:bridge|strait|channel|river|lake|sea|pass|mountains|desert)|r[ií]o\s+(?:[\w-]+\s+){0,2}?[\w-]+)|(?:travel\w*|sail\w*|head\w*|dr[io]ve\w*|fl[eyi]\w*)\s+(?:up|down)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:river|coast|valley)|cross\w*\s+over|crossed)\s+(?:(?:the|some|about|nearly|around)\s+)?(?:\d[\d,.]*\s*(?:km|kilometres|kilometers|miles)\s+)?(?:(?:on|in|back|onward|over|across|overnight|directly|straight|then|later|quickly|briefly|first|north|south|east|west|(?:north|south)-?(?:east|west)|(?:north|south|east|west)(?:east|west)?wards?|upstream|downstream|inland|upcountry)\s+)?(?:(?:(?:an?|one|two|three|\d+)\s+(?:hours?|km|kilometres|kilometers|miles)\s+)?(?:north|south|east|west)\w*\s+of\s+(?:the\s+)?[\w-]+\s+)?(?:from\s+the\s+(?:[\w’'-]+\s+){1,2}?(?:capital|city|port|town)\s+)?(?:by\s+(?:[\w()-]+\s+){0,6}?(?:helicopter|plane|car|train|boat|road|air|motorcade|bus|coach|ferry)\s+)?"
            # "travelled on a United Nations Humanitarian Air Service flight, via Abéché, to Adré"
            r"(?:on\s+(?:an?|the|his|her|their)\s+(?:[\w()-]+\s+){0,6}?(?:flight|plane|helicopter|train|boat|ferry|aircraft)\s*,?\s+)?"
            r"(?:via\s+(?-i:[A-Z])[\w’'.-]*(?:\s+(?-i:[A-Z])[\w’'.-]*){0,2}\s*,?\s+)?(?:to|into)\s+" + _SITE_NEAR
            + _PRE + "$",
            re.I,
        ),
    ),
    (
        "depart_for",
        0.8,
        re.compile(r"\b(?:left|leaves?|leaving|depart\w*)\s+[\w.\s]{1,30}?\s+for\s+" + _PRE + "$", re.I),
    ),
    (
        "visit",
        0.85,
        re.compile(
            r"\b(?:visit(?:s|ed|ing)?|tour(?:s|ed|ing)?(?:\s+(?:of|through))?|blitz\s+through|swing\s+through|stops?\s+(?:in|at)|stopover\s+in|leg\s+in|(?:take|takes|took|taking|brought|brings|bring|bringing)\s+(?:him|her|them|us|me|the\s+(?:royal\s+)?(?:couple|delegation|team|party|pair|chancellor|minister|president|premier|king|queen|prince|princess|pope|pontiff|secretary|envoy|governor)|(?-i:[A-Z][\w'’-]+))\s+(?:back\s+|directly\s+|straight\s+)?(?:from\s+[^,.;]{1,40}?\s+to|from|to)|(?:will|to)\s+fly\s+into|flew\s+into|(?:itinerary|trip|tour|visit|journey|stops|destinations)\s+(?:also\s+)?(?:includes?|including|will\s+include)(?:\s+stops?\s+in)?)\s+"
            + _PRE + "$",
            re.I,
        ),
    ),
    (
        "meet",
        0.7,  # "will attend the J.P. Morgan Healthcare Conference in San Francisco": a named event in a town
        re.compile(r"\battend(?:s|ing)?\s+(?:the\s+)?(?:[A-Z0-9][\w.’'&-]*\s+){1,6}(?:in|at)\s+" + _PRE + "$"),
    ),
    (
        "meet",
        0.7,
        re.compile(
            r"\b(?:talks|meeting|meetings|summit|conference|ceremony|visit|dinner|statements|speech|(?<!['’]s\s)address|rally|service|mass|gathering|"
            r"town\s+hall|roundtable|round\s+table|fundraiser|reception|event|(?-i:forum)|training\s+camp|welcomed|greeted|(?:was|were|be|being|is|are)\s+received"
            r"|(?:hold|holds|held|holding)\s+an?\s+[\"“'‘]?[\w-]+[\"”'’]?)"  # "will hold a 'kapihan' with farmers in"
            # (not "before the summit opens on Monday (9 November) in Antalya": the event's own doing; but "the
            # visit will begin in Brasília" is the trip's)
            r"(?!(?<!visit)\s+(?:(?:will|would|is\s+due\s+to)\s+)?(?:(?:open|begin|start|close|end|resume|convene)(?:s|ed|ing)?|began)\b)"
            # (nor "talks mediated by Qatar and Egypt in Doha and Cairo": others' talks)
            r"(?!\s+(?:mediated|brokered|hosted|sponsored|organi[sz]ed|convened|chaired)\s+by\b)"
            r"\s+(?:(?!with\b(?!\s+(?:[\w-]+\s+){0,3}?" + _GROUPS + r"\b))(?:[\w’'-]+|\([A-Za-z][A-Za-z’' -]{0,19}\))\s+){0,6}?"
            # (not "with Korean businesses based in Dubai", "a reception for German companies already operating in
            # North Carolina", "attended the meeting and said the government in Brasília had")
            r"(?<!based\s)(?<!located\s)(?<!operating\s)(?<!headquartered\s)(?<!government\s)(?<!authorities\s)(?:in|at)\s+"
            + _PRE + "$",
            re.I,
        ),
    ),
    # "will take part in the meeting of the Council of Foreign Ministers of the Central Asian states in Bishkek"
    ("meet", 0.7, re.compile(r"\b(?:(?:take|takes|took|taking)\s+part|participat(?:e|es|ed|ing))\s+in\s+(?:the\s+)?"
                             r"(?:[\w’'-]+\s+){1,14}?in\s+" + _PRE + "$", re.I)),
    # "with three shows in Auckland", "wraps with dates in Santiago" (a show "at" names its venue: "concerts at the
    # Palacio de los Deportes")
    ("meet", 0.7, re.compile(r"\b(?:shows|concerts?|gigs?|recitals|(?:tour\s+)?dates)\s+(?:[\w’'-]+\s+){0,3}?in\s+" + _PRE + "$", re.I)),
    (
        "meet",
        0.7,  # "signed an agreement at State House, Nairobi": a seat of government and its city
        re.compile(
            r"\b(?:at|in)\s+(?:the\s+)?(?:[A-Z][\w’'-]+\s+){1,3}(?:House|Palace|Hall)(?:\s*,\s*|\s+in\s+)" + _PRE + "$"
        ),
    ),
    (
        "meet",
        0.7,
        re.compile(
            r"\b(?:met|meets?|meeting|(?:hold|held|of|includes|including)\s+talks\s+(?:in\s+(?:[a-z][\w-]*\s+){1,4}?)?with|s[ai]ts?\s+down\s+with|sitting\s+down\s+with)\s+(?:with\s+)?"
            r"(?:(?:[A-Z][\w’'.-]+\s+|(?:al|el|ad|as|ash|az)-[A-Z][\w’'.-]*\s+|(?:bin|bint|ibn|de|da|van|von)\s+(?=[A-Z])"
            r"|and\s+(?=[A-Z])|of\s+(?=[A-Z])){1,10}|(?:his|her|their)\s+(?:[\w-]+\s+){1,5}?"  # "Ahmed al-Sharaa"
            r"|(?:his|her|their)\s+(?:[\w-]+\s+){0,3}[\w-]+,\s*(?:[A-Z][\w’'.-]+\s+){0,4}[A-Z][\w’'.-]+,\s*"  # "his Polish counterpart, Wladyslaw Kosiniak-Kamysz, in"
            r"|(?:[A-Z][\w’'.-]+\s+){0,5}[A-Z][\w’'.-]+,\s*(?:(?:the|a)\s+|(?-i:[A-Z])[\w-]+\s+(?:of|for)\s+)[^,;.]{0,80},\s*"  # "Dbeibah, the head of ..., in"
            r"|(?:the|a)\s+[^,;.]{0,60},\s*(?:[A-Z][\w’'.-]+\s+){0,5}[A-Z][\w’'.-]+,\s*"  # "the President of Belarus, Alexander Lukashenko, in"
            # ("met Hungary's foreign minister in Budapest")
            r"|(?:the|a|an|(?-i:[A-Z])[\w-]*['’]s)\s+(?:[\w-]+\s+){0,4}?(?:president|prime\s+minister|minister|king|queen|emir|sultan|chief|governor|"
            r"mayor|leader|counterpart|head|chairman|chairwoman|commander|ambassador|envoy|pope|patriarch|delegation)s?\s+"  # "met the intelligence chief in", "the Syrian and Jordanian foreign ministers in"
            r"|(?:[a-z][\w-]*\s+){0,2}(?:managers|investors|officials|executives|students|reporters|journalists|workers|farmers|"
            r"traders|businessmen|entrepreneurs|representatives|diplomats|troops|refugees|survivors|families|pilgrims|residents|"
            r"lawmakers|legislators|bankers|exporters|importers|donors)\s+)"  # "met asset managers in Cape Town"
            r"(?:in|at)\s+"
            + _PRE + "$"
        ),
    ),
    (
        "meet",
        0.7,
        re.compile(
            r"\b(?:said|says|(?:told|telling)\s+(?:reporters|journalists|a\s+news\s+conference|(?-i:[a-z]+\s+){1,2}(?:staff|workers|students|crowds?|supporters|farmers|residents|officials|lawmakers|delegates|troops|members))|"
            # "said in an interview with Bloomberg Television in Washington on Tuesday": where the interview was
            r"said\s+in\s+an\s+interview(?:\s+with(?:\s+[A-Z][\w.&'’-]*){1,4})?|"
            r"(?:speaking|spoke|talking)(?:\s+to\s+(?:reporters|journalists|the\s+media|the\s+press))?|addressing|addressed|"
            r"hosted|attended|attending|laid\s+a\s+wreath|promised|pledged|vowed"
            # "addressed a packed Kanduyi stadium in Bungoma": a crowd or its venue, in the town
            # ("has addressed Chile's National Congress in Valparaíso": a legislature, in its town)
            r"|address(?:ed|es|ing)?\s+(?:a|an|the|(?-i:[A-Z])[\w-]*['’]s)\s+(?:[\w’'-]+\s+){0,3}?(?:rally|crowd|gathering|meeting|stadium|"
            r"congress|parliament|assembly|senate|legislature|"
            r"congregation|audience|supporters|residents|session|conference|forum|summit|convention)"
            r")\s+(?:in|at)\s+" + _PRE + "$",
            re.I,
        ),
    ),
    (
        "meet",
        0.7,  # "read at Politics and Prose in Washington", "performed in Oslo": a performer's stop
        re.compile(
            # ("then plays the Tivoli in Brisbane", "Tonight they sing again in Kraków")
            r"\b(?:read|reads|performed|performs?|sang|sings?|played|plays)\s+(?:again\s+|twice\s+|live\s+)?"
            r"(?:(?:(?:at|from)\s+)?(?:the\s+)?(?:[A-Z][\w’'&.-]*\s+(?:(?:and|&|of|the)\s+)?){1,5})?(?:in|at)\s+" + _PRE + "$"
        ),
    ),
    (
        "meet",
        0.7,  # "took the bronze medal at Skate Canada International in Halifax", "is entered for the Japan ... Championships in"
        re.compile(r"\b(?:(?:gold|silver|bronze|medal|title|crown|trophy|victory|podium)\s+at|(?:entered|registered|selected)\s+(?:for|in))"
                   r"\s+(?:the\s+)?(?:[A-Z0-9][\w’'.&-]*\s+(?:(?:of|de|the|and)\s+)?){1,6}in\s+" + _PRE + "$"),
    ),
    ("meet", 0.7, re.compile(r"\b(?:met|meets)\s+(?:in|at)\s+" + _PRE + "$")),  # "Sandu met in Padua with 2,000 citizens"
    # "On Friday he was fourth at the E3 Saxo Classic in Harelbeke": a result at an event, in its town
    ("meet", 0.7, re.compile(r"\b(?:finished|was|came|placed|ended|took)\s+(?:a\s+|joint\s+|tied\s+)?(?:first|second|third|"
                             r"fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th)|last)(?:\s+place)?\s+(?:at|in)\s+"
                             r"(?:the\s+)?(?:[A-Z0-9][\w’'.&-]*\s+(?:(?:of|de|the|and)\s+)?){1,6}in\s+" + _PRE + "$")),
    # "She got to Busan on Oct. 9"
    ("go", 0.8, re.compile(r"\b(?:got|gets)\s+to\s+" + _PRE + "$")),
    # "forced her plane to divert to neighboring Djibouti"
    ("go", 0.8, re.compile(r"\b(?:his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:plane|jet|aircraft|flight)\s+(?:to\s+divert|was\s+diverted|"
                           r"diverted)\s+to\s+(?:neighbou?ring\s+|nearby\s+)?" + _PRE + "$")),
    (
        "meet",
        0.7,  # "opened with two sold-out nights at the Coliseu dos Recreios in Lisbon", "stepping on stage at the ... in"
        re.compile(r"\b(?:nights?|shows?|concerts?|gigs?|recitals?|performances?|(?:on\s*)?stage)\s+at\s+(?:the\s+)?"
                   r"(?:[A-Z][\w’'&.-]*\s+(?:(?:and|&|of|the|de|del|della|dos|das|do|da|la|le|des|du)\s+)?){1,5}in\s+" + _PRE + "$"),
    ),
    (
        "meet",
        0.7,  # "chaired the plenary session of the North Eastern Council (NEC) in Shillong"
        re.compile(r"\b(?:chair(?:ed|s|ing)?|presid(?:ed|es|ing)\s+over)\s+(?:the|a|an)\s+(?:[\w’'-]+\s+|\([A-Z]{2,6}\)\s+){1,9}?"
                   r"(?:in|at)\s+" + _PRE + "$", re.I),
    ),
    (
        "meet",
        0.7,  # "played to a packed Scotiabank Arena in Toronto on Friday night": a show there
        re.compile(r"\b(?:play(?:ed|s|ing)?|perform(?:ed|s|ing)?|sang|sings|headlin(?:ed|es|ing)|drew|draws|drawing)\s+(?:to\s+|at\s+)?(?:[\w’'-]+\s+){0,5}?"
                   r"(?:arena|stadium|crowd|concert|show|gig|venue|hall|theatre|theater|festival|center|centre|bowl|dome)\s+"
                   r"(?:[\w’'-]+\s+){0,3}?(?:in|at)\s+" + _PRE + "$", re.I),  # ("drew a noisier crowd at Clark College in")
    ),
    (
        "meet",
        0.7,  # "Prévot will be received by President Évariste Ndayishimiye in Bujumbura" (a town, not "at the Alvorada Palace")
        re.compile(r"\breceived\s+by\s+(?:[\w’'.-]+\s+){1,6}?in\s+" + _PRE + "$"),
    ),
    (
        "meet",
        0.7,  # "will attend Aero India, the biennial air show held at the Yelahanka air force base in Bengaluru"
        re.compile(r"\battend(?:s|ed|ing)?\s+(?:[\w’'.-]+,?\s+){1,12}?(?:held|staged|hosted|taking\s+place)\s+"
                   r"(?:[\w’'.-]+\s+){0,8}?(?:in|at)\s+" + _PRE + "$", re.I),
    ),
    (
        "arrive",
        0.8,  # "On Saturday 1 August the ship called at Longyearbyen": a port of call
        re.compile(r"\b(?:ship|vessel|icebreaker|boat|yacht|ferry|liner)\s+(?:[\w-]+\s+){0,2}?call(?:ed|s|ing)?\s+(?:in\s+)?at\s+"
                   + _PRE + "$", re.I),
    ),
    (
        "arrive",
        0.85,  # "arrived to Munich the Sunday 15": a translation's arrival
        re.compile(r"\barriv(?:e|ed|es|ing)\s+to\s+" + _PRE + "$", re.I),  # (and "will arrive to Tashkent")
    ),
    (
        "depart_for",
        0.8,
        re.compile(
            r"\b(?:headed|heading|heads|bound|set\s+off|setting\s+off|sets\s+off|depart\w*|leave|leaves|leaving|left|"
            r"emplan\w*)\s+for\s+"
            + _PRE + "$",
            re.I,
        ),
    ),
    (
        "visit",
        0.8,
        re.compile(
            r"\b(?:stop|leg|destination|port\s+of\s+call)[\s,]+(?:[\w’'.-]+[\s,]+){0,6}?(?:is|was|will\s+be|would\s+be)\s+(?:in\s+)?"
            + _PRE + "$",
            re.I,
        ),
    ),
    # "Next stop: Washington.", a newsletter's "First up: Ottawa." and "Last stop: Mexico City on Wednesday"
    ("visit", 0.8, re.compile(r"\b(?:first|next|last|final)\s+(?:stop|up)\s*:\s*" + _PRE + "$", re.I)),
    # "Then it's south to Miami.", "then it's on to Lima"
    ("go", 0.8, re.compile(r"\bit['’]s\s+(?:on|off|(?:north|south|east|west)\w*)\s+to\s+" + _PRE + "$", re.I)),
    (
        "visit",
        0.8,  # "Next up is AFAS Live in Amsterdam on Friday, followed by Le Zénith in Paris": a tour's coming shows
        re.compile(r"\b(?:next\s+up\s+(?:is|are|comes?|will\s+be)|followed\s+by)\s+(?:the\s+)?(?:(?-i:[A-Z0-9])[\w’'.&-]*\s+){1,4}"
                   r"(?:in|at)\s+" + _PRE + "$", re.I),
    ),
    # "Next on the itinerary is Almaty, where Aksoy is due on Sunday": the trip's coming stop
    ("visit", 0.8, re.compile(r"\bnext\s+on\s+(?:the|his|her|their)\s+(?:itinerary|agenda|schedule|programme|program|list)\s+"
                              r"(?:is|are|comes?|will\s+be)\s+" + _PRE + "$", re.I)),
    # "visited the Principality Stadium, Cardiff", "opened the new Seafarers' Centre, Kings Dock, Swansea": a
    # venue, its street perhaps, then its town, as court circulars and notices write them
    # (without "the", the street is written: "visited SS Nomadic, Hamilton Dock, Belfast")
    ("visit", 0.75, re.compile(r"\b(?:visit(?:s|ed|ing)?|open(?:s|ed|ing)?|tour(?:s|ed|ing)?)\s+(?:the\s+(?:new\s+)?"
                               r"(?:[A-Z][\w’'.&-]*\s+){0,5}[A-Z][\w’'.&-]*,\s+(?:[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3},\s+)?"
                               r"|(?:[A-Z][\w’'.&-]*\s+){0,5}[A-Z][\w’'.&-]*,\s+[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3},\s+)"
                               + _PRE + "$")),
    # "visited projects ... at the Friendship Café, Barton Street, Gloucester", "opened the new clubhouse of Perthshire
    # Rugby Football Club, North Inch, Perth": the engagement's venue, its street perhaps, then its town
    ("visit", 0.75, re.compile(r"\b(?:visit|open|tour|attend|unveil|launch|address)(?:s|ed|ing)?\s+(?:[\w’'-]+\s+){0,10}?"
                               r"(?:at|in|of)\s+(?:the\s+)?(?:[A-Z][\w’'.&-]*\s+){0,5}" + _VENUE_NOUN
                               + r"(?:\s+(?:of|for)\s+(?:the\s+)?(?:[A-Z][\w’'.&-]*\s+){0,4}[A-Z][\w’'.&-]*)?,\s+"
                               r"(?:[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3},\s+)?" + _PRE + "$")),
    # "the yatra entered Nawada on Monday": a journey into a town; "was flagged off on Saturday from Sasaram": its start
    ("arrive", 0.8, re.compile(r"\b(?:entered|enters|will\s+enter)\s+" + _PRE + "$", re.I)),  # (not "aid entering Gaza")
    ("visit", 0.8, re.compile(r"\bflag(?:ged|s)?\s+off\s+(?:from|in|at)\s+" + _PRE + "$", re.I)),
    # "flew to Catarman, Northern Samar, where ..., and then to Borongan City": the next leg of the same move
    ("go", 0.7, re.compile(r"\band\s+then\s+to\s+" + _PRE + "$", re.I)),
    # "Next: Belgrade, then the finish at Sulina": a label for the trip's coming stop
    ("visit", 0.8, re.compile(r"\bNext\s*:\s*" + _PRE + "$")),
    ("leave", 0.6, re.compile(r"\b(?:left|leaves?|leaving|depart\w*(?:\s+from)?)\s+" + _PRE + "$", re.I)),
]

_ACTIVITY = re.compile(
    r"\b(?<![-–])(?:wrap\w*\s+up|wrap(?:s|ped|ping)?(?=\s+(?:[\w’'-]+\s+){0,4}?(?:tour|swing|trip|visit)\b)|end(?:s|ed|ing)?|conclud\w*|finish\w*|beg[ia]n\w*|begun|start\w*|kick\w*\s+off|"
    r"open(?!ly)\w*(?!\s+(?:(?:a|an|the|her|his|its|their)\s+(?:[\w-]+\s+){0,2}?(?:location|restaurant|branch|store|shop|outlet|"
    r"bakery|caf[eé]|bar|franchise)s?\b|hostility|opposition|criticism|defiance|warfare|conflict|dissent|revolt|secret|letter|air|markets?)\b)|"
    r"clos(?:e|es|ed|ing)\b|launch\w*|(?:took|takes|take)\s+place|"  # (not "closely watched in Copenhagen"; "The first
    # leg of the tour took place on Monday 13 April in Malabo": the subject says whose)
    # ("was visiting Nordvik's newest plant on the outskirts of Saltillo": a company's site, at the town's edge)
    r"tour(?:s|ed|ing)?\s+(?:the|a|an)|visit(?:s|ed|ing)?\s+(?:the|a|an|(?-i:[A-Z])[\w-]*['’]s)|inspect\w*|"
    # "visited British soldiers at Tapa", "visited flood victims in Mingora": people visited where they are
    r"visit(?:s|ed|ing)?(?=\s+(?:[\w’'-]+\s+){0,2}?(?:soldiers|forces|personnel|sailors|marines|airmen|peacekeepers|"
    r"victims|patients|evacuees|refugees|" + _GROUPS + r")\b)|"
    # "visited Fleet Base East in Sydney", "toured Jawaharlal Nehru Port in Navi Mumbai"
    r"(?:visit|tour)(?:s|ed|ing)?(?=\s+(?-i:[A-Z])[\w'’.-]*\s+(?:(?-i:[A-Z])[\w'’.-]*\s+){0,4}(?:in|at)\s)|"
    r"spe(?:ak(?:s|ing)?|oke)(?=\s+at\s)|"  # "Speaking at the Pacific Islands Forum secretariat in Suva"
    r"picks?\s+up|resum\w*|continu(?:ed|es)(?=\s+(?:the\s+same\s+\w+|that\s+\w+|later|the\s+next\s+day|in)\b)|lin(?:e|es|ed|ing)\s+up|(?<=agenda\s)continues|(?<=tour\s)continues|(?<=trip\s)continues|(?<=programme\s)continues|(?<=program\s)continues"
    r"|continu(?:es|ed|ing)\s+(?:the|his|her|their)\s+(?:[\w’'-]+\s+){0,8}?(?:tour|leg|trip|run|swing|campaign|roadshow)\b[^.;,]{0,40}?)\s+"
    r"(?:[\w’'-]+,?\s+|,\s*|\(\s*\)\s+){0,8}?(?:in|at|on\s+the\s+outskirts\s+of)\s+" + _PRE + "$"  # "had begun two days earlier, on [Monday], in",
    # "will conclude on Thursday (April 2) with a roadshow in" (its times read blank)
    # "inspected rice fields and a new irrigation canal at the national food estate in Merauke"
    # ("visited the Imperial Kiln Museum and a ceramics cultural and creative industrial park in Jingdezhen")
    r"|\b(?:inspect(?:s|ed|ing)?|inaugurat\w*|(?-i:commission(?:s|ed|ing)?)(?=\s+(?:a|an|the)\s)|visit(?:s|ed)(?=\s+the\s)|"
    r"hear(?:s|d)\s+(?:a|the)\s+(?:work\s+)?report|"  # "heard a work report from the provincial government in Nanchang"
    r"walk(?:s|ed|ing)?\s+(?:through|around|along|across|the|(?=(?-i:[A-Z]))))\s*"
    r"(?:[\w’'-]+\s+){1,12}?(?:in|at)\s+" + _PRE + "$"  # "walked through a crowded transit site ... in Malakal"
    # "campaigned in Mansfield", "rallied supporters in Erie", "stumped for the party's candidate at"
    r"|\b(?:campaign(?:s|ed|ing)|canvass(?:es|ed|ing)?|stump(?:s|ed|ing)?|rall(?:ied|ies|ying))\s+(?:[\w’'-]+\s+){0,4}?"
    r"(?:in|at)\s+" + _PRE + "$"
    r"|\bvisit(?:s|ed|ing)?\s+(?:[\w’'-]+\s+){0,2}?(?:camps?|settlements?)\s+(?:around|near)\s+" + _PRE + "$",  # "visit camps around Adré"
    re.I,
)
# "the talks touched on the war in Ukraine": a place of the topic, not of the meeting
# "A new round of talks on the second phase of the truce is due in Cairo next week": an event's place, no one's trip
_EVENT_DUE = re.compile(
    r"\b(?:talks|negotiations|meeting|conference|summit|session|vote|ruling|verdict|report|decision)\b(?:(?!\band\b)[^.;]){0,80}?"
    r"(?:\b(?:is|are|was|were)\s+(?:also\s+)?|,\s*)(?:due|expected|scheduled)\s+(?:in|at)\s+(?:the\s+)?$", re.I  # (not "for talks
    # with battery makers and is due in Chongqing on Thursday": the traveller's next predicate)
)
_TOPIC = re.compile(
    r"\b(?:wars?|situation|crisis|crises|conflicts?|violence|fighting|tensions?|unrest|attacks?|elections?|peace|security|"
    r"humanitarian|investments?|projects?|operations?|presence|interests?|aggression|offensive|ceasefire|truce|"
    r"hostilities|protests?|issues?|developments?|events|disruptions?|stability|instability|reconstruction|transitions?)\s+(?:[\w’'-]+\s+)?(?:in|at)\s+" + _PRE + "$"
    # "the collapse of the talks in Jeddah": what became of talks, a topic
    r"|\b(?:collapse|failure|breakdown|stalling|suspension|resumption|outcome)\s+of\s+(?:the\s+)?(?:[\w’'-]+\s+)?"
    r"(?:talks|negotiations|process)\s+(?:in|at)\s+" + _PRE + "$",
    re.I,
)
# "Milei will receive an award from a think tank in Miami": what the traveller will do somewhere
_PLANNED_IN = re.compile(
    r"\b(?:will|(?:is|are)\s+(?:also\s+)?(?:due|set|scheduled|expected|slated)\s+to)\s+(?:also\s+)?"
    # (not past people placed elsewhere: "will hold a meeting in Brussels with migrants living in Belgium")
    # ("is scheduled to visit the base ... in Missoula, Montana, on Wednesday and to meet with ... in Bend")
    r"(?:[^.;:]{1,110}?,?\s+and\s+to\s+)?"
    r"(?!be\b)\w+\s+(?:(?:(?!(?:living|based|working|residing|born|who|which)\b)[\w.’'-]+\s+){0,8}?"
    # (a longer object only when it is one noun phrase: "visit the smokejumper base and the Forest Service's fire
    # sciences laboratory in", not "report on the trip to EU leaders at the European Council in")
    r"|(?:(?!(?:living|based|working|residing|born|who|which|to|when|where|after|before|while|if|as|that|of|by|for|with"
    r"|is|are|was|were|has|have|had)\b)(?!(?-i:[a-z])[\w’'-]*ing\b)[\w.’'-]+\s+){9,12}?)(?:in|at)\s+" + _PRE + "$",
    re.I,
)
# "after months of parallel talks in Doha and Washington failed": a process, no one's visit (read before times are blanked)
_PROCESS = re.compile(r"\b(?:months|years|weeks|rounds)\s+of\s+(?:[\w’'-]+\s+){0,2}(?:talks|negotiations|mediation)\s+(?:in|at)\s+"
                      + _PRE + "$", re.I)
_OPENS_PROJECT = re.compile(
    r"\b(?:commission\w*|inaugurat\w*|launch\w*|open\w*|unveil\w*|flag\w*\s+off)\s+(?:a|an|the)\s+(?:[\w’'-]+\s+){0,4}?"
    r"projects?\s+(?:in|at)\s+" + _PRE + "$", re.I,
)
_WHICH = re.compile(r"\b(?:that|which|whose)\s")
TRIP_THAT = re.compile(r"\b(?:tour|trip|visit|journey|swing|mission|roadshow)\s*,?\s+(?:that|which)\s+(?:[a-z]+\s+){0,3}$")
_WHICH_BEFORE = re.compile(r"\b(?:that|which)\s+(?:[a-z]+\s+)?$")
# ("In Quito, ...", "At Berhampur in Ganjam district, he will inaugurate")
_SCENE = re.compile(r"^\s*(?:(?:On\s+)?(?:and\s+\d{1,2}\s*)?,\s*)?(?:While\s+|Later\s+|Earlier\s+|Once\s+|Then\s+)?(?:in|at)\s+" + _PRE + "$", re.I)
_BE_IN = re.compile(
    r"(?:\b(?:is|was|were|are|will\s+(?:(?:tomorrow|today|then|also)\s+)?(?:\(\s*\w*\s*\)\s+)?be|would\s+be|has\s+been|had\s+been|"
    r"(?:scheduled|expected|due)\s+to\s+be)(?:\s+(?:reporting|filming|working|campaigning|touring))?|['’]ll\s+be|\bI['’]m)\s+(?:in|at)\s+"
    # ("will tomorrow (Wednesday) be in Kilifi", "has been reporting in San Pedro Sula")
    r"(?:the\s+(?:[\w'’-]+\s+){1,3}?(?:plant|factory|site|centre|center|headquarters|campus|base|office|port|mine)\s+in\s+"  # "was at the company's assembly plant in Nitra"
    r"|the\s+(?:(?-i:[A-Z])[\w'’-]*\s+){1,4}in\s+)?"  # "was at the African Union in Addis Ababa"
    + _PRE + "$", re.I
)
_ARRIVAL = re.compile(  # verbs only: "arrivals from Sudan", "travellers from Lagos" are people, not the traveller's move
    r"\b(?:arriv(?:e|es|ed|ing)|land\w*|touch\w*\s+down|fl[eiy]\w*|jet\w*|came|travel(?:s|l?ed|l?ing)?|head\w*|returned|go|goes|"
    r"going|went|drove|drive\w*|sail\w*|moved?)\b", re.I)
_ORIGIN = re.compile(r"\bfrom\s+" + _PRE + "$", re.I)
_STRAIGHT = r"(?:(?:directly|straight|onwards?)\s+)?"  # "flew from Copenhagen directly to Nuuk"
_LIST = re.compile(
    r"^(?:\s*,\s*(?:and\s+)?(?:then\s+)?(?:on\s+)?(?:to\s+|in\s+)?|\s+and\s+(?:then\s+)?(?:on\s+)?(?:to\s+|in\s+)?|\s+" + _STRAIGHT + r"to\s+|\s*,?\s*then\s+(?:on\s+)?(?:to\s+)?|\s+before\s+(?:heading|going|flying|travell?ing|moving)\s+(?:on\s+)?to\s+|\s+or\s+|\s*(?:and\s*)?,?\s*followed\s+by\s+)"
    + _PRE + "$",
    re.I,
)
_NEGATED = re.compile(
    r"\b(?:shirk\w*|skip\w*|miss(?:es|ed|ing)?(?!\s+it\b)|snub\w*|boycott\w*|avoid\w*|(?:not|never|n't|unable\s+to)\s+(?:be\s+)?(?:(?:expected|scheduled|due|set|planning|able|allowed|permitted)\s+to\s+)?(?:attend\w*|visit\w*|travel\w*|go\w*|stop\w*|meet\w*|set\s+foot|join\s+(?:the|his|her|their|(?-i:[A-Z])[\w’'-]*['’]s))|whether\s+(?:\w+\s+){0,2}(?:would|planned|plans|will|intends)|willing\s+to|instead\s+of|rather\s+than|in\s+(?:his|her|their)\s+stead"
    r"|(?:lobb(?:ied|ying)|push(?:ed|ing)|press(?:ed|ing)|call(?:ed|ing)|ask(?:ed|ing)|hop(?:ed|ing)|campaign(?:ed|ing))\s+for"
    r"|(?:is|are|was|were|does|do|did|will|would)n['’]t\s+(?:be\s+)?(?:(?:expected|scheduled|due|set|planning)\s+to\s+)?"
    r"(?:attend|visit|travel|go|stop|meet)\w*"  # "She isn't expected to stop at"
    r"|\b(?:not|n['’]t)\s+(?:expected|due|scheduled)\s+(?:at|in)\b"  # "is not expected at Thursday's opening ceremony in"
    r"|\b(?:wish|wishes|wished|desire|dream\w*|hop(?:e|es|ed|ing))\s+to\s+(?:visit|travel|go)"  # ("she hoped to visit Washington")
    r"|\b(?:talk|speculation)\s+of\s+(?:[\w’'-]+\s+){0,2}?(?:going|travell?ing|visiting|flying|heading)(?:\s+to)?"  # "There had been talk of them going to Khartoum"
    r"|\bhad\s+(?:also\s+)?(?:hoped|wanted|wished)\s+to\s+(?:add|hold|include|fit\s+in)\b"  # "had also hoped to add a reception in Shanghai"
    r"|\b(?:play\w*\s+down|den(?:y|ied|ies|ying)|dismiss\w*|reject\w*)\s+(?:the\s+)?(?:reports?|speculation|suggestions?|rumou?rs?)\s+that\b"  # "may again express a wish to visit North Korea"
    r"|\b(?:reports?|speculation|suggestions?|rumou?rs?)\s+(?:[\w’'-]+\s+){0,3}?that\s+(?:[\w’'-]+\s+){1,3}?(?:may|might|could)\s+(?:also\s+)?"
    r"(?:stop|visit|travel|go|fly|head|make\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:visit|trip|stop))"  # "reports that he may stop in Caracas",
    # "reports in Ukrainian media that Carney might make an unannounced visit to Kyiv"
    r"|\brequest\s+(?:(?:by|for)\s+(?:the\s+)?[\w’'-]+\s+)?to\s+(?:visit|travel|go)"  # "A request by Bishop to visit Sittwe ... was refused"
    r"|\bno\s+(?:stop|visit|leg|stopover)\s+(?:in|to|at)|\b(?:not|n['’]t)\s+include\s+(?:a\s+)?(?:stop|visit|leg|trip)s?\s+(?:in|to|at)|\b(?:possible|potential|tentative)\s+(?:stop|visit|leg|stopover)\s+(?:in|to|at)|\bno\s+way\s+(?:to|of)|\b(?:earlier|previous)\s+version\s+(?:of\s+this\s+(?:article|story|report)\s+)?(?:also\s+)?(?:said|stated|reported)\b|\bno\s+plans?\s+(?:for|of)\s+(?:a\s+|any\s+)?(?:stop|visit|leg|stopover|trip)s?\s+(?:in|to|at)|\bno\s+plans?\s+(?:yet\s+|now\s+|currently\s+)?(?:for\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:[\w’'-]+\s+){1,2}?)?to"
    r"|\bany\s+plans?\s+for\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:[\w’'-]+\s+){1,2}?to)\b",  # "Nor are there any plans for the President to travel to"
    re.I,
)
_RETRACTED = re.compile(
    r"\b(?:earlier|previous)\s+version\s+of\s+this\s+(?:story|article|report)\b|\bincorrectly\s+(?:said|stated|reported)\b"
    # "In an entry yesterday we wrote that the King and Queen would visit Hiroshima on Friday. That was wrong"
    r"|\bIn\s+an?\s+(?:earlier\s+)?(?:entry|post|update|version|report)\b[^.;]{0,40}?\bwe\s+(?:wrote|reported|said|stated)\b",
    re.I,
)
_REMOTE = re.compile(
    r"\s*[,(]?\s*(?:(?:by|via|over)\s+(?:a\s+)?(?:video(?:\s*link|\s*conference|\s*call)?|videolink|zoom|satellite\s+link|"
    r"(?:tele)?phone)|virtually|remotely|online)\b", re.I,
)
_RECORDED = re.compile(r"\b(?:recorded|pre-recorded|prerecorded|video(?:taped)?)\s+(?:video\s+)?(?:remarks|message|address|"
                       r"greeting|speech|statement)\b[^.;]*$"
                       # "will virtually inaugurate three industrial units in the Pithampur industrial area"
                       r"|\b(?:virtually|remotely)\s+(?:inaugurat|address|attend|join|open|launch|unveil)\w*\b[^.;]*$"
                       # "Virtual keynote for a forum in Singapore"
                       r"|\bvirtual\s+(?:keynote|event|appearance|talk|session|address|panel|reading|visit)\b[^.;]*$", re.I)
_DEFERRED = re.compile(
    r"\s*[\"“”']?\s*(?:at\s+a\s+(?:later|future)\s+date|at\s+another\s+time|on\s+(?:another|a\s+(?:later|future|separate))\s+"
    r"(?:occasion|trip|visit|date)|in\s+the\s+(?:coming|next)\s+(?:few\s+)?(?:weeks|months)|at\s+some\s+point)\b"
    # (and "plans to travel to Moscow 'in the coming weeks'": another trip, not yet dated)
    # "A stop in Jeddah was also under discussion but had not been confirmed": no plan yet
    r"|\s+(?:was|is|has|had)\s+(?:also\s+|still\s+)?(?:under\s+discussion|being\s+discussed|(?:not|yet\s+to)\s+(?:yet\s+)?(?:been\s+|be\s+)?confirmed)\b"
    # "A stop in Abidjan had been pencilled in until last week": no longer
    r"|\s+had\s+(?:also\s+)?been\s+(?:pencil+ed\s+in|planned|scheduled|on\s+the\s+(?:programme|program|schedule|itinerary|cards))\s+until\b"
    # "the visit to Lebanon 'remains on the agenda' and could take place later this year": some other time
    r"|[^.;]{0,60}?\b(?:could|might|may)\s+(?:still\s+)?(?:take\s+place|happen|go\s+ahead)\s+(?:later|next|in\s+the\s+(?:coming|next))\b"
    # "A side trip to Shenzhen ... had been discussed but is not on the final programme"
    r"|[^.;]{0,80}?\bbut\s+(?:is|was|are|were)\s+not\s+(?:on|part\s+of|in)\s+(?:the\s+)?(?:final\s+|official\s+)?"
    r"(?:programme|program|itinerary|schedule|agenda)\b"
    # "We will go to Ramallah when we are allowed to go": some day, not on this trip
    r"|\s+(?:when|once|if)\s+(?:we|he|she|they|I)\s+(?:are|is|am|get|gets|will\s+be)\s+(?:allowed|able|permitted)\b"
    # "visit Warsaw 'in the coming weeks' ..., but no date has yet been set": no plan yet
    r"|[^.;]{0,80}?,\s+but\s+no\s+(?:date|dates|timing)\s+(?:has|have|had)\s+(?:yet\s+)?been\s+(?:set|fixed|agreed|announced)\b",
    re.I,
)
_UNFULFILLED = re.compile(
    r"\b(?i:had)\s+been\s+(?:due|scheduled|expected|set|slated|supposed|planning|meant|invited)\s+to\s+"
    r"(?:(?:[a-z][\w-]*|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|from\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\s+){1,6}?"
    r"(?:in|to|at)\s+(?:the\s+)?$"
    r"|\b(?i:had)\s+been\s+(?:due|expected|scheduled)\s+(?:in|at)\s+(?:the\s+)?$"  # "had been due in Tripoli on Saturday"
    # "The programme originally included a visit to Bengaluru on Thursday": a plan since changed
    r"|\boriginally\s+(?:included|planned|scheduled|foresaw|envisaged|had)\s+(?:[\w-]+\s+){0,4}?(?:to|in|at)\s+(?:the\s+)?$"
    # "The trip was originally to have included a stop in Bangkok": a plan since changed
    r"|\b(?:was|were)\s+(?:originally\s+)?to\s+have\s+(?:included|been|visited|gone|flown|stopped|travell?ed)\s+(?:[\w-]+\s+){0,4}?(?:to|in|at)\s+(?:the\s+)?$"
    # "had asked to travel to Sanaa ..., but the Houthis have not responded": a request, no plan
    r"|\b(?i:had|has|have)\s+(?:asked|requested|sought)\s+(?:permission\s+)?to\s+(?:visit|travel\s+to|go\s+to|fly\s+to)\s+(?:the\s+)?$"
    # "She had hoped to travel on to the Rafah crossing, but was advised not to": a wish the trip did not meet
    r"|\b(?i:had)\s+(?:hoped|wanted|wished)\s+to\s+(?:visit|(?:travel|go|fly|drive|continue)(?:\s+on)?\s+to)\s+(?:the\s+)?$"
    # "a visit that was supposed to take him to Ramallah": a plan the trip did not keep
    r"|\b(?:was|were)\s+supposed\s+to\s+(?:[\w-]+\s+){0,4}?(?:in|to|at)\s+(?:the\s+)?$"
    # "said he wanted to visit Warsaw 'in the coming weeks'": a wish, not a plan
    r"|\b(?:wants|wanted|would\s+like|wishes|wished)\s+to\s+(?:visit|(?:travel|go|fly)\s+to)\s+(?:the\s+)?$"
    # "The presidential office had also considered a stop in Jakarta, but decided against it": weighed, not kept
    r"|\b(?i:had)\s+(?:also\s+)?(?:considered|contemplated|weighed|mulled)\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:stop|visit|trip|leg|stopover)"
    r"\s+(?:in|to|at)\s+(?:the\s+)?$",
)
_UNFULFILLED_LIST = re.compile(
    r"\b(?i:had)\s+been\s+(?:due|scheduled|expected|set|slated|supposed|meant)\s+to\s+[^.;]*?"
    r"(?:,\s+and\s+to|\s+and\s+(?:meet|visit|tour|hold|address|open|inspect|speak)|,?\s+before\s+(?:crossing|flying|travell?ing|heading|going|moving)\b)"
    r"\s+[^.;]*$"  # ("... and meet councillors in Lerwick", "..., before crossing to Orkney for a day of campaigning in Kirkwall")
)
_HYPOTHETICAL = re.compile(r"\s*[\"“']?\s*If\b[^.;]*?,[^.;]*?\b(?:would|should|could|ought)\b", re.I)  # ("If he wants to see, he should go to")
_HOME_PLACE = re.compile(
    r"\b(?:his|her|their)\s+home\s+(?:club|town|city|base|ground|village|state|province|constituency)\s+(?:of\s+|in\s+|at\s+)?$"
    r"|\b(?:spend|spends|spent|spending|be|stay|stays|stayed|rest|rests)\s+(?:the\s+weekend\s+|a\s+few\s+days\s+|[\w-]+\s+days?\s+)?"
    r"at\s+home\s+in\s+$"  # "will spend the weekend at home in Newfoundland": home, between legs
    # "to spend Thanksgiving with her family in San Antonio": where the family lives
    r"|\b(?:spend|spends|spent|spending|be|stay|stays|stayed|rest|rests)\s+(?:[\w'’-]+\s+){0,3}?with\s+(?:his|her|their)\s+"
    r"(?:family|parents|wife|husband|children|mother|father)\s+in\s+$",
    re.I,
)
_RETURN_LEG = re.compile(
    r"\b(?:return|homeward)\s+(?:flight|journey|leg|trip)\b[^.;]{0,60}?\bto\s+(?:the\s+)?$"
    # "She will fly home from St John's on Saturday night, arriving in Dublin on Sunday morning"
    r"|\b(?:fl(?:y|ies|ew|ying)|head(?:s|ed|ing)?|travel\w*|go(?:es|ing)?)\s+(?:back\s+)?home\b[^.;]{0,80}?,\s+"
    r"(?:arriv|land|touch)\w*\s+(?:down\s+|back\s+)?(?:in|at)\s+(?:the\s+)?$",
    re.I,
)
_CAME_HOME = re.compile(
    r"\b(?:returned|returns|returning|came\s+back|got\s+back|arrived\s+back)\s+(?:home|to\s+the\s+country|"
    r"to\s+(?:his|her|their)\s+(?:country|homeland))\b"
    r"|\b(?:flew|flies|flown|headed|heads)\s+back\b(?!\s+(?:to|in|into|for)\b)",  # "He flew back overnight on Thursday, landing in"
    re.I,
)
_CALENDAR_DAY = re.compile(  # "Jan. 11", "11 January": a day of the calendar, not "at about 7pm"
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d|\b\d{1,2}(?:st|nd|rd|th)?\s+"
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
)
_LANDING_AT = re.compile(r"\b(?:arriv\w*|land(?:s|ed|ing)?|touch\w*\s+down)\s+(?:in|at)\s+(?:the\s+)?$", re.I)
_NEW_VERB_PHRASE = re.compile(r",\s+(?:and|but)\s+(?:then\s+)?[a-z]+(?:ed|ew|ent|ft|ok|ll)\b|,\s+and\s+will\b")
_CONTRAST_DONE = re.compile(r"(?:rather\s+than|instead\s+of)\b[^,;.]*,\s+(?:the\s+)?(?-i:[A-Z])", re.I)  # "Rather than
# cancel the day altogether, the Queen travelled by road to Chimaltenango": the contrast ends at its comma
_PAST = re.compile(
    # (not a passive after "will be": "The final two days will be spent in Montreal")
    r"\b(?:was|were|had|did|has\s+been|have\s+been|(?<!\bbe\s)(?:arrived|visited|traveled|travelled|flew|landed|met|"
    r"went|left|held|toured|spent|stopped|began|ended|concluded|wrapped|returned|moved|drove|touched\s+down|inspected|"
    r"attended|addressed|unveiled|inaugurated)"
    r"|ha(?:s|ve)\s+(?:already\s+|now\s+)?(?:[a-z]+ed|flown|gone|come|met|left|begun|held|spent))\b",  # "has touched down at"
    re.I,
)
TRANSIT_BEFORE = re.compile(
    r"\b(?:refuel\w*|layover|in\s+transit|transit\s+stop|technical\s+(?:stop|halt)|changed\s+planes|change\s+of\s+planes?)\b[^,.]*$", re.I
)
# "did not leave the aircraft during the hour-long stop in Colombo": on board, no stop
_STAYED_ABOARD = re.compile(r"\b(?:did\s+not|didn't|never)\s+(?:leave|get\s+off)\s+the\s+(?:aircraft|plane|jet)\b[^,.;]*$", re.I)
# "will set off on a separate tour of the Gulf next week", "After returning from the Middle East, Lula is expected to"
_NEXT_TRIP = re.compile(r"\b(?:a|another)\s+separate\s+(?:tour|trip|visit|swing|journey)\b[^.;]*$")
_AFTER_RETURNING = re.compile(r"\s*(?:After|Once|Following)\s+(?:(?:his|her|their)\s+)?(?:returning|return|getting\s+back)\b[^.;]*$")
# "the Peruvian side had proposed that Modi also visit Cusco": an offer, not the plan
_PROPOSED = re.compile(r"\b(?:proposed|suggested)\s+that\s+(?:[\w’'-]+\s+){1,3}?(?:also\s+)?(?:visit|travel\s+to|go\s+to|stop\s+in)\s+$"
                       # "companies had asked the minister to visit the Hyundai Heavy Industries yards in Ulsan, but"
                       r"|\bhad\s+asked\s+(?:the\s+[\w-]+|him|her|them)\s+to\s+(?:visit|travel\s+to|go\s+to|stop\s+in)\b[^.;]{0,80}$")
# "a forum organised by the Kenyan embassy in Abu Dhabi": where the organiser sits
_ORGANISER_IN = re.compile(
    r"\b(?:organi[sz]ed|hosted|arranged|run)\s+by\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}?(?:embassy|consulate|high\s+commission|"
    r"mission|office|chamber)\s+in\s+$", re.I
)
# "landed at Paro on Tuesday and drove to Thimphu", "landed in Malaga before being driven to ... Marbella":
# the airport's town is on the way
_LANDED = re.compile(
    r"\b(?:(?:land(?:s|ed|ing)?|touch\w*\s+down)\s+(?:at|in)|fl(?:ew|ies|y|own)\s+(?:overnight\s+)?(?:from\s+[A-Z][\w-]*\s+)?(?:in)?to)\s+(?:the\s+)?$",
    re.I,
)
_DRIVEN_ON = re.compile(
    r"(?:[^.;]|(?<=[A-Z][a-z][a-z])\.){0,70}?\b(?:(?:and|before|then)\s+(?:then\s+)?(?:being\s+|was\s+)?(?:drove|driven|drive|driving|motorcaded|"
    r"(?:taken|travel\w*|went|go)\s+by\s+(?:road|car|helicopter|bus|coach|train)"
    r"|(?:taking|take|took|takes)\s+(?:a|the)\s+(?:train|bus|coach|ferry)"  # "before taking the train across the Pennines to Leeds"
    r"|went\s+(?:directly|straight))"  # "landed at Gimhae International Airport in Busan ... and went directly to"
    r"|fl(?:y|ies|ew|ying)\s+on|connect(?:s|ed|ing)?)\b"  # "after landing at Nadi International Airport fly on to the capital Suva"
    r"[^.;]{0,50}?\b(?:to|in|into)\s+(?:the\s+)?(?:[\w-]+['’]s\s+)?(?:(?:capital|city|town|port)\s+)?$",
    re.I,
)
_DRIVEN_TO_IT = re.compile(  # "flew to Noto Airport and travelled by car to the city" (Wajima, named before)
    r"[^.;]{0,60}?\b(?:and|before|then)\s+(?:then\s+)?(?:travell?ed|drove|went|was\s+driven|were\s+driven)\s+"
    r"(?:by\s+(?:car|road|helicopter)\s+)?to\s+the\s+(?:city|town|capital|village|port)\b"
    r"|[^.;]{0,60}?\b(?:and|then)\s+(?:was|were)\s+driven\s+(?:down|up|over|on|in)\s*[.;]?\s*$",  # "flew into Columbus on
    re.I,  # Monday night and was driven down."
)
_ITS_COUNTRY = re.compile(r",\s*|\s+in\s+(?:[\w-]+\s+){0,2}")  # "Manchester, England", "Rzeszów in south-eastern Poland"
_TRANSIT_AFTER = re.compile(
    r"\b(?:did\s+not|didn't|without)\s+(?:leave|leaving|disembark\w*|get\w*\s+off)\s+(?:the\s+)?(?:plane|aircraft|airport)\b"
    r"|^\s*,\s*where\s+(?:the|her|his|their)\s+(?:[\w-]+\s+){0,3}?(?:plane|jet|aircraft)\s+refuel\w*"  # "Kangerlussuaq, where the plane refuelled"
    # "flying to Rzeszów in the evening and boarding the night train at Przemyśl", "a flight into Rzeszów ... and then
    # the train to Kyiv": the airport town on the way to a train
    r"|^[^.;]{0,40}?\b(?:and\s+then|then|before|and)\s+(?:boarding\s+|taking\s+|catching\s+)?(?:the\s+|a\s+)?(?:night\s+|overnight\s+)?train\b"
    # "he will fly to Takoradi and continue by road to the site": the airport town on the way
    # (past the town's apposition: "flew ... to Abéché, the main town in the east, and continued by road to Adré")
    r"|^(?:\s*,\s*(?:the|a|an)\s+[^,.;]{1,50},)?\s+and\s+(?:then\s+)?(?:continue|continues|continued|proceed|proceeds|proceeded|travel|travels|travelled|traveled)\s+by\s+road\b"
    # "travelled by road to Przemyśl, where he boarded an overnight train to the Ukrainian capital"
    r"|^\s*,\s*where\s+(?:he|she|they|the\s+\w+)\s+(?:boarded|took|caught)\s+(?:the\s+|a\s+|an\s+)?(?:night\s+|overnight\s+)?train\b"
    # "on the overnight flight from Madrid, where she had changed planes": a connection
    r"|^\s*,\s*where\s+(?:he|she|they|the\s+\w+)\s+(?:had\s+)?(?:changed|changes|change)\s+(?:planes|flights|aircraft)\b"
    # "Her government plane landed at Geneva airport, and she was driven across the border to the summit venue"
    r"|^[^.;]{0,40}?\b(?:and|then)\s+(?:(?:she|he|they)\s+(?:was|were)\s+)?driven\s+across\s+the\s+border\b"
    # "flew into Hong Kong on Sunday morning before crossing the border to Shenzhen by road"
    r"|^[^.;]{0,40}?\b(?:before|and\s+then|then)\s+(?:crossing|crossed|driving|drove|heading)\s+(?:across\s+)?(?:the\s+border|overland)\b",
    re.I,
)
_CANCELLED = re.compile(  # (not "Rather than cancel the day, the Queen travelled by road to Chimaltenango")
    r"(?<!rather than )(?<!instead of )\b(?:cancel\w*|call(?:ed|s)?\s+off|scrap\w*|postpon\w*|scuttl\w*|shelv\w*|abandon\w*|(?:was|were|been|be|is|are|being)\s+dropped|dropped\s+(?:from|the|a|an|its|his|her|their|plans?)\b|(?:leg|stop|visit|trip|stopover)\s+dropped|dropped(?=[ \t]*(?:$|[,;:\n]))|axed|nixed|(?:deleted|removed|struck|taken)\s+(?:off\s+|out\s+of\s+|from\s+)(?:the\s+)?(?:program|programme|schedule|itinerary|agenda)\b|"
    r"(?:taken|struck|removed|left|dropped|excluded)\s+(?:off|from|out\s+of)\s+(?:the\s+|his\s+|her\s+|their\s+|its\s+)?(?:final\s+)?(?:agenda|itinerary|programme|program|schedule)|"
    r"not\s+possible\s+to\s+fit\b|(?:could|can)(?:\s+not|n't)\s+be\s+fitted\s+in|"  # "was not possible to fit it in"
    r"defer\w*|put\s+off|pushed\s+back|on\s+hold|(?:moved|pushed)\s+to\s+(?:next|a\s+later|later|(?-i:January|February|March|April|May|June|July|August|September|October|November|December)\b)|ruled\s+out(?!\s+of\b)|at\s+a\s+(?:later|future)\s+date|"
    r"not\s+(?:form\s+)?(?:be\s+)?part\s+of|no\s+longer\s+(?:on|part\s+of|in)\s+(?:the\s+)?(?:agenda|itinerary|programme|program|schedule)|not\s+(?:been\s+)?included\s+in\s+(?:the\s+)?(?:final\s+)?(?:itinerary|programme|program|schedule|agenda)|(?:does|did|do)\s+not\s+(?:feature|appear|figure)\s+(?:on|in)\s+(?:the\s+)?(?:\w+\s+)?(?:agenda|itinerary|programme|program|schedule)|(?:is|was|are|were)\s+not\s+on\s+(?:the|his|her|their)\s+(?:final\s+|official\s+)?(?:agenda|itinerary|programme|program|schedule)|(?:could|can)(?:\s+not|n't)\s+be\s+(?:fitted|squeezed|included)|"
    r"did\s+not\s+materiali[sz]e|(?:would|will)\s+not\s+be\s+rescheduled|(?:will|could|can|did)(?:\s+not|n't)\s+(?:be\s+(?:reali[sz]ed|held|possible)|take\s+place|go\s+ahead)|cannot\s+(?:take\s+place|go\s+ahead)|did\s+not\s+make\s+(?:the\s+|it\s+(?:on\s*)?to\s+the\s+)?(?:final\s+)?(?:schedule|itinerary|programme|program|cut)|fell\s+through|(?:has|have|had)\s+been\s+removed|was\s+removed|no\s+such\s+plans?|"
    r"(?:dismiss|deni|denie)\w*\s+(?:\w+\s+){0,3}(?:reports?|speculation|rumou?rs)|(?:was|were|been)\s+(?:finally\s+)?eliminated)\b",
    re.I,
)
_FUTURE = re.compile(
    r"\b(?:will|would|'ll|shall|is\s+(?:(?:also|now|still)\s+)?(?:expected|scheduled|set|due|slated|planning|going|poised|to)|"
    r"are\s+(?:(?:also|now|still)\s+)?(?:expected|scheduled|set|due|slated|planning|going|to)|plans?\s+to|planned|upcoming|intends?\s+to|next|(?:heads|travels|flies|goes|moves)\s+(?:on\s+)?to|leaves\s+for"
    r"|(?:takes|brings)\s+(?:him|her|them)\s+to"  # "a six-day swing that takes him to Hanoi on Wednesday"
    r"|" + ENDS_THE_TRIP  # a schedule told in the present: "She ends the trip in Detroit on Friday"
    + r"|(?:was|were)\s+to\s+(?:fly|travel|leave|head|go|visit|arrive|depart))\b",  # "Rubio was to fly to Istanbul late Wednesday"
    re.I,
)
_DURATION = re.compile(
    # (not "arrived two days earlier than planned": a shift, not a length)
    r"\b(\d+|one|two|three|four|five|six|seven|a)[\s-]+days?\b(?![\s-]+(?:earlier|later|ahead|behind|late|early|ago)\b)"
    r"(?:[\s-]+long)?(?:\s+(?:state\s+|official\s+)?(\w+))?", re.I
)
_WHOLE_TRIP = frozenset({"trip", "tour", "journey", "swing", "blitz", "trek", "odyssey", "voyage"})
# "a five-day Central American tour", "a four-day regional trip": the whole trip's length behind its adjectives
_TRIP_BEHIND_ADJECTIVES = re.compile(
    r"[\s-]+days?(?:[\s-]+long)?(?:\s+(?:[A-Z][\w'’-]*|state|official|working|regional|whirlwind|diplomatic|overseas|foreign)){1,3}"
    r"\s+(?:" + "|".join(sorted(_WHOLE_TRIP)) + r")\b"
)
_MAX_LEFT = 120
_AT_THE = re.compile(r"\b(?:won|win|wins|winning|raced?|races|racing|ran|runs|played|plays|competed|competes|spoke|speaks|"
                     r"performed|performs|appeared|appears|attended|attends|began|begins|opened|opens|deliver\w*|gave|gives|"
                     r"headlin\w*)\s+(?:[\w’',.-]+\s+){0,6}?at\s+the\s+$", re.I)  # ("began at the Jaipur Literature Festival")
_EVENT_NAMED = re.compile(
    r"\s+(?:[A-Z][\w'’-]*\s+){0,3}?(?:Diamond\s+League|Marathon|Open|Masters|Grand\s+Prix|Games|Festival|Classic|"
    r"Invitational|Cup|Summit|Forum|Conference|Fair|Expo|Biennale|Meeting)\b"
)
_MODIFIES = re.compile(
    r"-[A-Z]|\s+(?:troops|forces|soldiers|personnel|conference|summit|talks|forum|embassy|consulate|officials|leaders|"
    r"delegation|border|base|war|crisis|government|authorities|companies|firms|investors|counterparts|envoys?|"
    r"diplomats|veterans|exporters|importers|farmers|workers|people|residents|traders|voters|families|coast|coastline|shore|"
    r"president|prime\s+minister|premier|chancellor|monarch|leader|ambassador|pavilion)\b"  # "the U.S. president's golf resort"
)  # a lower-case noun or a hyphenated partner ("the Nigeria-Italy Business Forum") makes a place a modifier
# "told the Kyiv Independent", "the Jakarta Post reported": a newspaper's name, not the city
_NEWSPAPER_AFTER = re.compile(
    r"\s+(?:Independent|Post|Times|Herald|Tribune|Gazette|Journal|Chronicle|Courier|Standard|Observer|Telegraph|Star|"
    r"Sun|Mirror|Examiner|Inquirer|Globe)\b(?!\s+(?:Hotel|Building|Square|Tower|Centre|Center)\b)"
)
# "the India Meteorological Department's alert": a country or state opening a body's name
_ORGANISATION_AFTER = re.compile(
    r"\s+(?:[A-Z][\w-]+\s+){0,2}?(?:Department|Ministry|Agency|Bureau|Authority|Commission|Corporation|Institute|"
    r"Airlines|Airways|Railways?|Meteorological|Federation|Association|Assembly|Legislature|Senate|Police)\b"
)
_NOUN_PHRASE_AFTER = re.compile(
    r"\s+(?!(?:and|or|on|in|at|to|for|with|from|by|is|was|were|are|will|has|had|have|which|where|who|this|that|last|"
    r"next|before|after|until|since|today|tonight|tomorrow|yesterday|later|earlier|early|late|again|also|over|during|"
    r"amid|as|because|but|so|then|when|while|where|via|through|into|about|against|ahead|under|"
    r"visits?|legs?|trips?|tours?|stops?|stopovers?|portion|part|programme|program|"  # ("the Iraq leg postponed")
    r"book|film|fairs?|festivals?|expo|games|marathon|concerts?|shows?|summit|conference|forum)\b)[a-z]{3,}\s+[a-z]{3,}"  # ("at the Valencia book fair")
)
_FROM_NOUN = re.compile(
    r"\b(?:pressure|criticism|support|demands?|calls?|opposition|aid|imports?|exports?|funding|investments?|help|"
    r"warnings?|threats?|response|reaction|messages?|letters?|backlash|sanctions|orders?|shipments?|supplies|"
    r"refugees|migrants|goods|products|news|reports?|signals?|attacks?|missiles?|rockets?|drones?)\s+$"
    r"|\b(?:been|was|were|is|are)\s+(?:moved|relocated|shifted|transferred)(?:\s+\w+)?\s+$"  # "the forum had been moved from"
    r"|\b(?:goods|cargo|freight|trucks|exports|products|oil|gas)\s+(?:\w+\s+){0,3}?(?:move|moves|moved|flow|flows|travel|go)\s+$",
    re.I,
)  # nouns of what comes "from" a place, unlike a traveller's journey
_CARGO_BEFORE = re.compile(
    r"\b(?:ships|vessels|tankers|freighters|cargo|goods|freight|containers|shipments|exports"
    r"|copper|cathode|cobalt|coal|grain|ore|oil|gas|crude|output)\s+(?:(?:that\s+are|which\s+are|are|is|being|now|still)\s+)?$",
    re.I,
)


@lru_cache(maxsize=4)  # the places of a clause are read one after another
def _tells_cancellation(clause: str) -> bool:
    """Whether the clause speaks of something called off; read once per clause, not once per place in it."""
    return _CANCELLED.search(clause) is not None


_TRIP_WORD = re.compile(
    r"\b(?:stops?|leg|visit\w*|trip|tour(?!\s+operators?)|journey|travel\w*|itinerary|schedule|programme|program|agenda|fly|go|"
    r"plans?|planned|events?|rall(?:y|ies)|appearances?|engagements?|shows?|concerts?|gigs?|performances?)\b",
    re.I,
)  # what a cancellation must be about to cancel a stop ("an event in Newtown was cancelled")
_EVENT_CALLED_OFF = re.compile(  # "A meeting with the Filipino community in Munich ... has also been called off"
    r"\b(?:meeting|reception|dinner|forum)\b[^;]{0,100}?\b(?:has|have|had|was|were)\s+(?:also\s+)?been\s+"
    r"(?:called\s+off|cancell?ed|postponed|scrapped)\b", re.I,
)
_NEXT_EVENT = re.compile(
    r"\b(?:next|future|following\s+year's)\s+(?:[\w-]+\s+){0,2}?(?:summit|meeting|conference|talks|games|session|forum)"
    r"\s+(?:[\w’'-]+\s+){0,4}?(?:in|at)\s+" + _PRE + "$"
    # "They also agreed to hold a Senegal-Cabo Verde business forum in Mindelo later this year": an event agreed on
    r"|\bagreed\s+to\s+(?:hold|host|organi[sz]e|convene)\s+(?:[\w’'-]+\s+){0,6}?(?:in|at)\s+" + _PRE + "$",
    re.I,
)
_YEAR_TRIP = re.compile(  # (read in the text itself: the times stage takes the year for a time, blanked in cues)
    r"\b(?:a|an|the|his|her|their|its)\s+(?:19|20)\d\d\s+(?:official\s+|state\s+|working\s+)?(?:visit|trip|journey|tour)"
    r"\s+(?:to|of)\s+" + _PRE + "$", re.I,
)
# a move made as a rule, not on this trip: "who normally travels by boat to the nearest town, Itaituba" (itinerary's
# _USUALLY and _HABITUAL read habits and repeats around an undated stop; this one needs no date)
_HABITUAL_MOVE = re.compile(r"\b(?:normally|usually|often|regularly|habitually|typically|routinely)\s+(?:travels|goes|flies|drives|"
                           r"commutes|visits|walks|sails|takes)\b[^.;]*$", re.I)
# "The state visit follows the couple's visit to Colombia, where they travelled to Bogotá and Cartagena": the trip before
_FOLLOWS_TRIP = re.compile(
    r"\b(?:follows|followed|comes\s+after|came\s+after)\s+(?:the|his|her|their|(?-i:[A-Z])[\w'’-]*['’]s)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:visit|trip|tour|journey)\s+(?:to|of)\s+(?:" + _PRE + r"$|[^,;.]{2,40},\s+where\s+[^.;]*$)", re.I
)
# "only two months since she was at the Commonwealth Games in Glasgow": a trip months or years back (not "three
# days since she arrived in Kyiv", this trip)
_MONTHS_SINCE = re.compile(
    r"\b(?:months|years|(?:a|one)\s+(?:month|year))\s+since\s+(?:[\w'’-]+\s+){1,3}?(?:was|were|visited|toured|"
    r"travell?ed|went|flew)\b[^.;]*$", re.I,
)
_SINCE_DONE = re.compile(r"\b(?:has|have)\s+since\s+(?:also\s+)?(?:visited|toured|been\s+to|travell?ed\s+to)\s+" + _PRE + "$", re.I)
_NAME_THEN_TOWN = re.compile(r"(?:\s+[A-Z][\w'’&-]*){1,4},\s+(?:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3},\s+)?")


def opens_venue_name(before: str, between: str) -> bool:
    """Whether a place opens a venue's name that the town after it closes: "the " + Lagan + " Valley Group,
    Ballyskeagh Road, " + Lisburn (as court circulars write them), given the text before and between."""
    return before.endswith("the ") and _NAME_THEN_TOWN.fullmatch(between) is not None


_KEPT_INSTEAD = re.compile(r"\b(?:instead\s+of|rather\s+than|in\s+place\s+of)\s+(?:the\s+)?$", re.I)
# (but "his convoy snaked its way to Kitale": what carries the traveller goes there)
_CARRIER_WAY = re.compile(r"\b(?:convoy|motorcade|cavalcade|caravan|bus|coach|plane|jet|ship|train|entourage)\s+(?:[\w-]+\s+){0,2}?"
                          r"(?:made|makes|snaked|snakes|wound|winds|wended|wends|threaded|picked)\s+its\s+way\b", re.I)
# a number after a country's or state's name: a road or a channel ("U.S. 51", "France 24"), not a table's next cell
# ("Kyiv\t24 February") nor a date ("Kyiv 24 February")
_ROAD_NUMBER = re.compile(
    r"\.? +(?:Route +|Highway +)?\d{1,3}(?![\d–-]|[,.:/]\d|%|\s*(?:percent|per\s+cent|million|billion|bn|m)\b"
    r"|\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b)"
)
_ASKED_WHETHER = re.compile(r"\b(?:[Aa]sked|[Qq]uestioned)\s+(?:\w+\s+){0,2}?(?:whether|if)\b[^.?!;:]*$")
_ITS_WAY = re.compile(r"\bits\s+way\s+(?:back\s+)?(?:in)?to\s+" + _PRE + "$", re.I)
_AIRPORT_OF = re.compile(r"\s+(?:International\s+)?Airport,?\s+(?:in|near|outside)?\s*")
# a place told by the stay that follows it: "and on to Accra, where he spent May 15 and 16", "to Tarawa, the
# crowded capital of Kiribati, where they spent October 14 to 16", "Ho Chi Minh City, where she is meeting importers"
_WHERE_ONE_STAYS = re.compile(
    r"(?:\s*,\s*(?:the|a|an)\s+[^,.;()]{1,60})?\s*,\s*where\s+(?P<who>he|she|they|we|I|the\s+(?:[\w-]+\s+){0,2}?[\w-]+|"
    r"(?-i:[A-Z])[\w'’-]+)\s+(?:(?:also|then|now|first)\s+)?"
    r"(?:(?:will|would|is\s+to|was\s+to|(?:is|are|was|were)\s+(?:due|scheduled|expected|set)\s+to)\s+(?:also\s+)?"
    r"(?:spend|stay|meet|hold\s+talks)|spen[dt]s?|stay(?:s|ed)|(?:is|are|was|were)\s+(?:spending|staying|meeting))\b"
    + _NOT_A_LIFETIME,
    re.I,
)


def stay_subject(text: str, end: int) -> str | None:
    """Who stays at the place ending at ``end``, when a "where" clause tells it: "the King" in "Sisimiut,
    where the King will spend Wednesday"."""
    stay = _WHERE_ONE_STAYS.match(text, end)
    return stay["who"] if stay else None


_NAME_GOES_ON = re.compile(r"(?<![\w'’.-])(?!(?:In|At|To|From|Into|Onto|On|Then|And|Via)\s)(?-i:[A-Z])[\w'’.-]*\s+$")
_IN_AN_APPOSITION = re.compile(r",\s*(?:the|a|an)\s+[^,.;]*\b(?:of|for|to|in|from|with|on)\s+(?:the\s+)?$", re.I)
_IS_STOP = re.compile(  # (or in apposition: "in Incheon, the last stop of a three-day visit")
    r"(?:\s+(?:is|was|will\s+be)|\s*,)\s+the\s+(?:first|second|third|fourth|fifth|sixth|next|last|final|latest)\s+"
    r"(?:stop|leg|destination)\b",
    re.I,
)
# an itinerary told in verbless fragments: "The itinerary so far: Tirana on Monday, where Kos praised ... Then
# Podgorica on Tuesday, where she met", "Yesterday it was Sarajevo, and the mood was darker"
_FRAGMENT_OPENS = re.compile(r"(?:[^:]*:|\s*(?:Then|Next|First|Finally|After\s+that|Later))?[\s,]*$")
_FRAGMENT_WHERE = re.compile(r"[\s,]*where\s+(?:he|she|they|(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?)\s+[a-z]")
_CAME_BEFORE = re.compile(r"\s*(?:(?:After|Following)\s+[^,.;]{1,40}?,?\s+|(?:And\s+)?[Tt]hen\s+|Next\s+|Finally\s+)?(?:came|comes)\s+$")
_OPENS_ORDER = re.compile(r"\s*(?:(?:And\s+)?Then|Next|Finally|After\s+that)?\s*,?\s*")
_CAME_AFTER = re.compile(r"\s+(?:came|comes|followed|was\s+next|is\s+next)\b")
_FRAGMENT_END = re.compile(r"(?:\s+(?:on|from|until|through|to|and))*\s*(?:,\s*(?:for|where|with|and|then)\b|[.;:!]|[-–—]\s|$)")
_IT_WAS = re.compile(  # ("Next week it's Tokyo"; a day itself the subject: "Tuesday the 23rd was Antofagasta")
    r"\s*(?:Then\s+|Next\s+)?,?\s*(?:it\s+(?:was|is|will\s+be)|it['’]s|(?:was|is|will\s+be))\s+$"
)
_IT_WAS_END = re.compile(r"\s*(?:[,.;:!]|[-–—]\s|$)")


def _listed_stop(text: str, left: str, start: int, end: int, hi: int, times: list[tuple[int, int]]) -> int | None:
    """Where in ``left`` a stop told without a verb of travel opens its clause, or None."""
    right = _blank_times(text, end, hi, times)
    dated = left != text[start - len(left) : start]  # a day told before it ("Yesterday it was")
    where = _FRAGMENT_WHERE.match(right)  # (or between it and "where": "Tirana on Monday, where")
    fragment = where and _FRAGMENT_OPENS.fullmatch(left) and (left.strip() or right[: where.end()] != text[end : end + where.end()])
    if fragment or (_IT_WAS.fullmatch(left) and dated and _IT_WAS_END.match(right)):
        return len(left) - len(left.lstrip())
    # "London came the following Monday", "After Amsterdam came Brussels", "Then Geneva, for meetings with ...":
    # a tour's next stop told by its place in the order
    if _CAME_BEFORE.fullmatch(left) or (_OPENS_ORDER.fullmatch(left) and (
        _CAME_AFTER.match(right) or (left.strip(" ,") and _FRAGMENT_END.match(right))
    )):
        return len(left) - len(left.lstrip())
    # "What's next, assuming the transmission behaves: Chicago on Friday, the 29th.": a schedule's dated entry
    day = next((e for s, e in times if 0 <= s - end <= 4 and re.fullmatch(r"\s*(?:on\s+)?", text[end:s])), None)
    if day is not None and _SCHEDULE_HEAD.search(left) and re.match(r"\s*(?:[.;,]|$)", text[day:hi]):
        return len(left) - len(left.lstrip())
    return None


def _tour_item(text: str, lo: int, start: int, end: int, hi: int, times: list[tuple[int, int]],
               places: list[Mention]) -> int | None:
    """Where a dated item of a tour's list after a head opens: "After that it heads north: the Albert Hall in
    Manchester on Sunday, the Barrowland in Glasgow on the 21st and, finally, Vicar Street in Dublin two days
    later" (the item's town: not "Amsterdam's Paradiso", nor "the Columbia Theater in Berlin")."""
    if ":" not in text[lo:start]:
        return None  # no colon, no head (blanking the times only takes characters away)
    left = _blank_times(text, lo, start, times)  # the whole clause: the head may be far back
    head = TOUR_HEAD.search(left)
    if head is None or _POSSESSED_NAME.search(left):
        return None
    item = list(_ITEM_BREAK.finditer(left, head.end()))
    opens = item[-1].end() if item else head.end()
    rest = _blank_times(text, end, hi, times)
    closes = _ITEM_END.search(rest)
    own = rest[: closes.start() if closes else len(rest)]
    if any(end < p.start < end + len(own) and text[end : p.start] not in ("'s ", "’s ") for p in places):
        return None
    told = text[lo + opens : start] != left[opens:] or own != text[end : end + len(own)]
    return lo + opens if told and not VERB_IN_ITEM.search(left, opens) else None


# the head of a tour's list of dated items ("After that it heads north:", "What's left:"), and the verbs an item lacks
TOUR_HEAD = re.compile(
    r"\b(?:tour|dates|schedule|itinerary|left|remaining|rest|next|ahead|heads?|finish\w*|ends?|wraps?\s+up|continues|"
    r"moves\s+on|goes\s+on|stops|legs?)\b[^:.;]*:\s*", re.I
)
_ITEM_BREAK = re.compile(r"\s*,\s*(?:and\b\s*,?\s*)?(?:finally\b\s*,?\s*|then\s+)?|\s+and\b\s*,?\s*(?:finally\b\s*,?\s*|then\s+)?")
_ITEM_END = re.compile(r",|\band\b")
_POSSESSED_NAME = re.compile(r"(?-i:[A-Z])[\w.-]*['’]s?\s+$")  # "Amsterdam's Paradiso": a venue of the town
VERB_IN_ITEM = re.compile(r"\b(?:is|are|was|were|will|would|has|have|had|said|says)\b", re.I)
_SCHEDULE_HEAD = re.compile(r"\b(?:next|ahead|schedule|itinerary|programme|program|coming\s+up|still\s+to\s+come)\b[^:.;]*:\s*$", re.I)


_WAY_TO = re.compile(r"\b(?:way|en\s+route)\s+(?:back\s+)?to\s+" + _PRE + "$", re.I)
SAID = r"said|says|announced|announces|told|added|stated|confirmed|reported"  # what a source does in news
SPEAKING = "Speaking|Addressing|Talking"  # the participles that open a sentence about where one spoke
# where one spoke: "told reporters in", "announced the trip at his post-Cabinet media conference in Wellington"
SPOKE = re.compile(r"\b(?:speaking|spoke|said|says|told|telling|talking|addressing|announced|announcing)\b", re.I)
# "..., the Vatican said", "..., the U.S. Department of Agriculture said": the list ends at a speaker
_SPEAKS = re.compile(rf"(?:\s+(?:[A-Z][\w.’'-]*|of|and|for))*?\s+(?:(?:has|have|had)\s+)?(?:{SAID})\b")


@dataclass
class Cue:
    """Why a place is a stop: the cue's kind, strength and text, and the clause it governs."""

    kind: str  # arrive, go, visit, meet, leave, origin, list kinds, cancelled, earlier_trip
    strength: float
    start: int  # evidence span: from the cue word to the end of the place name
    end: int
    evidence: str
    clause: tuple[int, int]
    clause_duration: int | None = None  # "two days of talks" -> 2
    origin_of: int | None = None  # for origins: offset of the place the traveller came to
    chain: bool = False  # inherited through a list


def clause_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around ``text[start:end]`` (split on . ! ? ; and line breaks)."""
    marks = _boundaries(text)
    i = bisect_left(marks, start)  # first boundary at or after start
    lo = marks[i - 1] + 1 if i > 0 else 0
    j = bisect_left(marks, end)
    hi = marks[j] if j < len(marks) else len(text)
    return lo, hi


_CANDIDATE_BOUNDARY = re.compile(r"[!?;\n]|\.(?=[ \n\"”’']|\[\d{1,3}\])")  # (and a citation: "investment.[89] In")


@lru_cache(maxsize=8)
def _boundaries(text: str) -> list[int]:
    """Offsets of every clause boundary in ``text``, computed once per text."""
    return [m.start() for m in _CANDIDATE_BOUNDARY.finditer(text) if _is_boundary(text, m.start())]


def _is_boundary(text: str, i: int) -> bool:
    c = text[i]
    if c in "!?;\n":
        return True
    if c != ".":
        return False
    nxt = text[i + 1 : i + 3]
    if not nxt or nxt[0] not in " \n\"”’'[":
        return False
    j = i
    while j > 0 and (text[j - 1].isalpha() or text[j - 1] == "."):
        j -= 1
    word = text[j:i].lower()
    # (not after "Gen.", "Sault Ste.", an initial or "U.S."; but "Vava'u." ends its sentence)
    initial = len(word) == 1 and word.isalpha() and text[j - 1 : j] not in ("'", "’")
    return not (len(word) <= 4 and (word in ABBREVIATIONS or initial or "." in word))


_DAY_NUMBER_AFTER = re.compile(DAY_NUMBER)
_WEEKDAY_END = re.compile(r"(?:day|Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\.?$")


def _blank_times(text: str, lo: int, hi: int, times: list[tuple[int, int]]) -> str:
    """``text[lo:hi]`` with time expressions overwritten by spaces: offsets stay, cues read through."""
    chars = list(text[lo:hi])
    for a, b in times:
        if b <= lo - 12 or a >= hi:
            continue
        a = _with_preposition(text, a)
        bracket = _BRACKET_DAY.match(text, b) or _AND_DAY.match(text, b) or (  # "on Wednesday (20) in Praia", "on Jan. 19 and 20, in"
            _DAY_NUMBER_AFTER.match(text, b) if _WEEKDAY_END.search(text, a, b) else None)  # "toured this Tuesday 17 the plant"
        b = bracket.end() if bracket else b
        inner = _BRACKETED.match(text, b)  # "today (11 February) visited", "travel tomorrow (12 February) to"
        if inner and any(inner.start(1) <= s and e <= inner.end(1) for s, e in times):
            b = inner.end()
        paired = _AND_TIME.match(text, b)  # "New York on Monday and Tuesday and Boston": one pair of days
        if paired and any(start == paired.end() for start, _ in times):
            b = paired.end()
        if text.startswith(", ", a - 2) and text.startswith(",", b) and lo <= a - 2 and b < hi:
            a, b = a - 2, b + 1  # "travels today, Tuesday, to Guayaquil": a day in commas, commas and all
        for i in range(max(a, lo), min(b, hi)):
            chars[i - lo] = " "
    return "".join(chars)


_BRACKET_DAY = re.compile(BRACKET_DAY)
_BRACKETED = re.compile(r"\s*\(([^()\n]{1,40})\)")
_AND_TIME = re.compile(r"\s+(?:and|to|through)\s+(?:on\s+)?")
_AND_DAY = re.compile(r"\s+and\s+\d{1,2}(?:st|nd|rd|th)?\b(?!\s*(?:%|per|people|days|km|miles|[.,]\d))")
_PREPOSITION = re.compile(r"\b(?:from|on|in|at|between|until|through|during|since|by)\s+$", re.I)


def _with_preposition(text: str, start: int) -> int:
    """Start of a time phrase including the preposition that introduces it ("from 3 to 6 May")."""
    m = _PREPOSITION.search(text[max(0, start - 12) : start])
    return start - (len(m.group()) if m else 0)


_NAMES_INSTITUTION = re.compile(
    r"(?:\s+[a-z][\w-]*){0,3}?\s+(?:institute|institution|centre|center|university|college|laboratory|lab|company|"
    r"factory|plant|hospital|school|foundation|campus|museum|locks|dam|bridge|mine|shipyard|refinery|stadium|"
    r"cathedral|temple|shrine|memorial|monument)\b"
)


_LISTED = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?$")


def _list_size(text: str, start: int, end: int, places: list[Mention]) -> int:
    """How many places stand in the list the place at text[start:end] belongs to (1 when alone):
    "Turkiye and Pakistan" is two, "from Toronto, Montréal, Calgary and Vancouver" four."""
    others = [p for p in places if p.role != "demonym" and p.start != start]
    size, lo, hi = 1, start, end
    while (p := next((p for p in others if p.end <= lo and _LISTED.fullmatch(text, p.end, lo)), None)) is not None:
        size, lo = size + 1, p.start
    while (p := next((p for p in others if p.start >= hi and _LISTED.fullmatch(text, hi, p.start)), None)) is not None:
        size, hi = size + 1, p.end
    return size


def names_landmark(text: str, m: Mention) -> bool:
    """Whether a town's name may only name a landmark or an institution: "visit the Mila artificial
    intelligence institute", "the Miraflores locks" (whether it is that town's is the caller's to judge)."""
    town = m.place is not None and m.place.level is Level.CITY
    return town and text.endswith("the ", 0, m.start) and _NAMES_INSTITUTION.match(text, m.end) is not None


_VENUE = re.compile(  # "Glasgow's King's Theatre": a city's venue, named after the city
    r"['’]s\s+(?:[A-Z][\w'’.&-]*\s+){0,3}(?:Hall|Theatre|Theater|Arena|Stadium|Centre|Center|Opera|Playhouse|"
    r"Auditorium|Ballroom|Academy|Apollo|Palladium|Dome|Forum|Gardens|Park|Club|Cathedral|Church|Palau|Palacio|Palais|"
    r"Teatro|Auditorio|Bowl|Coliseum|Amphitheatre|Amphitheater)(?=\W)"  # "Barcelona's Palau Sant Jordi"
)
# "two sold-out nights at London's Roundhouse", "this tour - which opened at Belfast's Ulster Hall last Saturday and
# called at Edinburgh's Usher Hall": a show at a town's venue (the venue's name follows the town's, see cue_for)
_SHOW_AT = re.compile(r"\b(?:(?:nights?|shows?|concerts?|gigs?|dates?)\s+at|(?:tour|run|leg)\b[^.;]{0,90}?\b(?:opened|began|"
                      r"started|kicked\s+off|called|stopped|closed|ended|wrapped\s+up)\s+at)\s+" + _PRE + "$", re.I)
_PLAYS = re.compile(r"\b(?:play(?:s|ed|ing)?|headlin(?:es|ed|ing)|sells?\s+out|sold\s+out)\s+$", re.I)
# (not "a stop at the Fishermen's Mission in Peterhead", a place of the town)
_ACCREDITED_TO = re.compile(r"\b(?:Delegation|Embassy|Mission|Ambassador|Representation|High\s+Commission)\s+to\s+(?:the\s+)?$")
_TIME_ZONE = re.compile(r"\s+(?:standard\s+|daylight\s+)?time\b")
_LANDS_HOME = re.compile(r"\b(?:fly|flies|flying|flew|head(?:s|ing|ed)?|return(?:s|ing|ed)?)\s+(?:back\s+)?home\b[^.;]*"
                         r"\b(?:land|arriv)\w*\s+(?:at|in)\s+(?:the\s+)?$", re.I)
_SHOP_IN_TOWN = re.compile(r"['’]s\s+(?:in|on)\s+(?-i:[A-Z])")
_TIME_AFTER = re.compile(r"\s+(?:on\s+(?!a\b)|last\b|this\b|tonight\b|tomorrow\b)")  # (not "on a Tuesday")
_NAMED_AFTER = re.compile(r"['’]s\s+[A-Z]")  # "nights at London's Roundhouse": any named place of the town's
_VENUE_LIST = re.compile(r"^['’]s\s[^.;:]{0,80}?(?:,\s*(?:and\s+)?|\s+and\s+)$")  # "London's Roundhouse ..., and"
_BODYS_OWN = re.compile(r"\s+(?:University|College|Institute|Hospital|Council)['’]s\s+")
_OPENED_TOWNS = re.compile(r"\b(?:(?:officially\s+)?(?:open|unveil|christen|dedicat|inaugurat)\w*|named|names|naming)\s+$", re.I)
_NEW_THING = re.compile(r"\s*(?:new|first|latest|rebuilt|refurbished|restored|renovated|expanded)\b")
_ASIDE = re.compile(r"^\s*\([^()]{1,80}\)")  # a bracketed aside right after a list's place
_SUBORDINATE = re.compile(
    r",\s+(?:after|because|since|while|though|although|following|as(?!\s+well))\s|\s+because\s"
    r"|\s+after\s+(?=(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+)?(?:stop|visit|leg|trip|stopover)\b)"  # "in Bunia after a planned stop in Goma was"
    r"|,\s+(?=(?:cancell?ing|scrapping|skipping|dropping|postponing|calling\s+off)\b)"  # "left Canberra, cancelling a lunch"
    # "A planned visit to Charters Towers was scrapped so the Premier could attend a briefing in Mount Isa": the purpose
    r"|\s+so\s+(?:that\s+)?(?=(?:he|she|they|the\s+\w+|[A-Z][\w'’-]+)\s+(?:could|can|would|might|may)\s)|\s+in\s+order\s+to\s"
    r"|,\s+so\s+(?=[A-Z][\w'’-]+\s+(?:is|was)\s)"  # "to hold the forum in Mexico City, so Guadalajara is no longer in the programme"
    r"|,\s+(?:adding|saying|noting)\s+(?:that\s+)?"  # "..., adding that the meeting would instead take place in San Francisco"
    # "..., and an event in Newtown was cancelled" (not "a stop in Cartagena, but the idea was dropped")
    r"|,\s+(?:and|but)\s+(?=(?:a|an|the|his|her|their)\s+[\w’'-]+(?:\s+[\w’'-]+){0,3}?\s+(?:in|at|to)\s+[A-Z])"
    # "cancelled a planned trip to Brussels, where ..., and flew from Madrid to Málaga": the next verb's own doing
    r"|,\s+(?:and|but)\s+(?:then\s+)?(?=(?-i:[a-z]+(?:ed|ew|ent|ft|ok))\b)",
    re.I,
)


def _own_part(text: str, lo: int, hi: int, at: int) -> str:
    """The part of the clause ``text[lo:hi]`` around ``at`` that a subordinate clause's comma ("...,
    after ...", "..., because ...") marks off: what is said of one place there is not said of another."""
    cuts = [lo, *(m.start() for m in _SUBORDINATE.finditer(text, lo, hi)), hi]
    for a, b in zip(cuts, cuts[1:]):
        if a <= at < b:
            return text[a:b]
    return text[lo:hi]


_LEG_OF = re.compile(r",\s+(?:and|but)\s+(?:(?:a|an|the|his|her|their)\s+)?(?:[\w’'-]+\s+)?([A-Z][\w’'-]*)\s+(?:leg|visit|stop|trip|portion)\b")


def _others_leg(text: str, lo: int, hi: int, mention: Mention | None, places: list[Mention]) -> bool:
    """True when the clause's cancelled leg is another country's: "will travel to Riyadh and Doha, but the
    Iraq leg has been postponed" (not "would also visit Stockholm, but the Swedish leg does not feature")."""
    leg = _LEG_OF.search(text, lo, hi)
    if leg is None or mention is None or mention.place is None or mention.start > leg.start():
        return False
    named = next((p for p in places if p.start == leg.start(1) and p.place is not None), None)
    # (a town's leg is that town's: "heads to India ..., but Bengaluru leg postponed")
    return named is not None and (named.place.country != mention.place.country or (
        named.place.level is Level.CITY and named.place.gazetteer_id != mention.place.gazetteer_id))


def _far_namesake(owner: Mention | None, owned: Mention) -> bool:
    """True when a town's possession is a town far from it: a venue's name ("Amsterdam's Paradiso")."""
    a, b = owner.place if owner else None, owned.place
    return (
        a is not None and b is not None and a.level is Level.CITY and b.level is Level.CITY
        and distance_km(a.lat, a.lon, b.lat, b.lon) > 100
    )


def cue_for(
    text: str, start: int, places: list[Mention], times: list[tuple[int, int]] | None = None
) -> Cue | None:
    """The travel cue that governs the place mention starting at ``start``, or None."""
    cue = _cue(text, start, places, times or [])
    return None if cue is not None and _in_a_title(text, cue.start) else cue


# a capitalised verb after a capitalised word, inside a sentence: "into Mammy Goes to Lourdes when", a title
_TITLE_VERB = re.compile(r"[A-Z][\w'’-]*\s+(?:Goes|Went|Comes|Came|Travels|Flies|Returns|Visits|Heads)\s+(?:to|Home|Back)\b")


def _in_a_title(text: str, at: int) -> bool:
    """True when the cue at ``at`` is a capitalised verb inside a title written in running text ("Mammy Goes
    to Lourdes review"), not a headline's ("Biden Goes to Warsaw", on a line of capitalised words)."""
    lo = text.rfind("\n", 0, at) + 1
    head = _TITLE_VERB.match(text, max(lo, text.rfind(" ", lo, max(lo, at - 1)) + 1))
    if head is None or head.end() <= at:
        return False  # (the common case: no capitalised verb here, the line is not read)
    hi = text.find("\n", at)
    line = text[lo : hi if hi >= 0 else len(text)]
    lower = sum(1 for w in line.split() if w[:1].islower() and len(w) > 3)
    return lower >= 2 or line.rstrip().endswith(".")


def _cue(text: str, start: int, places: list[Mention], times: list[tuple[int, int]]) -> Cue | None:
    """``cue_for`` before its title check."""
    lo, hi = clause_bounds(text, start, start + 1)
    mention = next((m for m in places if m.start == start), None)
    end = mention.end if mention else start
    before = next((p for p in reversed(places) if p.end <= start and p.role != "demonym"), None)
    airport = _AIRPORT_NAMED.match(text, end) if mention is not None else None
    if airport and any(p.start == airport.end() for p in places):
        return None  # "landed at La Aurora airport in Guatemala City": an airport's name, its town follows
    if mention is not None and before is not None and _AIRPORT_NAMED.fullmatch(text, before.end, start):
        site = cue_for(text, before.start, [p for p in places if p is not before], times)  # the airport's cue is its town's
        return replace(site, end=end, evidence=text[site.start : end]) if site is not None else None
    if mention is not None and before is not None and re.fullmatch(r",\s+on\s+the\s+island\s+of\s+", text[before.end : start]):
        return None  # "in Ponta Delgada, on the island of São Miguel": where the town lies
    if mention is not None and before is not None and re.fullmatch(r",?\s+in\s+", text[before.end : start]) and (
        is_qualifier(before, mention, text[before.end : start]) or _site_in_town(before, mention)
        or (AREA_WORD.match(text, end) and mention.place is not None and before.place is not None
            and mention.place.country == before.place.country)
    ):
        # "will fly to Borongan City in Eastern Samar": where the town lies; "depart from the Bandaranaike
        # International Airport in Katunayake": where the site lies, the site has the cue; "the port city of
        # Lobito, in Benguela province" (the province read as its namesake town)
        return None
    if mention is not None and _SHOP_IN_TOWN.match(text, end) and any(0 < p.start - end < 12 for p in places):
        return None  # "her opening event at Powell's in Portland": a shop named for someone, in the town that follows
    if mention is not None and _TIME_ZONE.match(text, end):
        return None  # "on Saturday morning, Pacific time": a clock, not a place
    if _ACCREDITED_TO.search(text, max(lo, start - 40), start):
        return None  # "will be reviewed by the EU Delegation to the Kyrgyz Republic": a body's name, no trip
    left_lo = max(lo, start - _MAX_LEFT)
    if _PROCESS.search(text, left_lo, start) or _ORGANISER_IN.search(text, left_lo, start):
        return None
    if mention is not None and mention.place is not None and mention.place.level in (Level.COUNTRY, Level.ADMIN) and (
        _ROAD_NUMBER.match(text, end)
    ):
        return None  # "freezing rain closed part of U.S. 51", "France 24": a road or a channel by its number
    left = _blank_times(text, left_lo, start, times)  # "arrived Tuesday in Tokyo" reads "arrived in Tokyo"
    clause_text = text[lo:hi]
    # "will be in Turkiye and Pakistan for five days": a length shared by a list is the whole trip's
    duration = None if _list_size(text, start, end, places) >= 2 else _duration(clause_text)
    length = _DURATION.search(clause_text) if duration else None
    if length and any(
        p.role != "demonym" and start < p.start < lo + length.start()
        and re.search(r"\b(?:to|in|at)\s+(?:the\s+)?$", text[max(0, p.start - 8) : p.start])
        for p in places
    ):
        duration = None  # "moves to Edinburgh on Tuesday, before heading to New York for two days": New York's
    if length and any(  # "a two-day official visit to the Kingdom of Spain, ... will also take him to Portugal": Spain's
        p.role != "demonym" and lo + length.end() < p.start < start and re.fullmatch(r"\s+(?:to|in)\s+" + _PRE, text[lo + length.end() : p.start])
        for p in places
    ):
        duration = None
    if length and (re.search(r"\b(?:conclud|end|wrap|finish|wound|round|capp)\w*\b", clause_text[: length.start()], re.I)
                   or re.match(r"\s*(?:\w+\s+){0,2}?(?:clos|conclud|end|wrap|finish)\w*\b", clause_text[length.end() :], re.I)):
        duration = None  # "concluded this Thursday in Cusco a three-day state visit", "as four-day visit closes in
        # Porto": the whole visit's length
    if _MODIFIES.match(text, end) or _NEWSPAPER_AFTER.match(text, end) or (
        mention is not None and mention.place is not None and mention.place.level is not Level.CITY
        and (_NOUN_PHRASE_AFTER.match(text, end) or _ORGANISATION_AFTER.match(text, end))
        and not any(0 < s - end <= 2 for s, _ in times)  # (but "ends in Burundi the following day": a time)
    ):
        return None  # "a surprise visit to US troops in Iraq", "on way to Gaza conference", "investors in
        # Queensland critical minerals projects": a modifier
    # "China, Peru's largest trading partner": a modifier (but "Glasgow's King's Theatre" is the city's venue)
    if text.startswith("the ", max(0, start - 4)) and any(
        end < p.start <= end + 90 and p.place is not None and p.place.level is Level.CITY
        and opens_venue_name(text[max(0, start - 4) : start], text[end : p.start]) for p in places
    ):
        return None  # "visited the Lagan Valley Group, Ballyskeagh Road, Lisburn": a venue's name, its town after
    possessive = text.startswith(("'s", "’s"), end) and not _VENUE.match(text, end)
    if possessive and any(
        end + 2 < p.start <= end + 30 and _OWN_PLACE.fullmatch(text, end + 2, p.start) and not _far_namesake(mention, p)
        for p in places
    ):
        return None  # "visited Iraq's southern Basra province": the visit is Basra's (not "opened at Amsterdam's
        # Paradiso": a venue named like a town far away)
    body = _BODYS_OWN.match(text, end)
    if body and any(p.start == body.end() for p in places):
        return None  # "opened a centre at Coventry University's Scarborough campus": the body's, in the other town
    opened = _OPENED_TOWNS.search(left) if possessive and _NEW_THING.match(text, end + 2) else None
    if opened and mention is not None and mention.place is not None and mention.place.level is Level.CITY:
        # "named Whitby's new all-weather lifeboat", "opened Scarborough's new training centre": there to do it
        s = left_lo + opened.start()
        return Cue("activity", 0.7, s, end, text[s:end], (lo, hi), duration)
    if possessive and mention is not None and mention.place is not None and mention.place.level is not Level.CITY and (
        _OUTPOST.match(text, end + 2)
    ):
        return None  # "a reception at Saskatchewan's trade and investment office": the province's office abroad
    own = _own_part(text, lo, hi, start) if _tells_cancellation(clause_text) else ""  # "fly to Nairobi, after a meeting in Addis Ababa was postponed"
    if own and _CANCELLED.search(own):
        if _KEPT_INSTEAD.search(left):
            return None  # "An earlier draft had included Kolkata instead of Ahmedabad, but it was dropped": the one kept
        if (_TRIP_WORD.search(own) or _EVENT_CALLED_OFF.search(own)) and not _WAY_TO.search(left) and not _others_leg(
            text, lo, hi, mention, places
        ):
            # (not "stop in Beijing on his way to Mongolia", nor "after Canberra dropped its bid to host",
            # nor where the called-off trip would have started: "a trip to Kyiv from Poland")
            from_here = _ORIGIN.search(left) is not None
            return None if possessive or from_here else Cue("cancelled", 0.0, start, end, text[start:end], (lo, hi))
    next_place = min((p.start for p in places if p.start > start and p.role != "demonym" and not (
        p.place is not None and p.place.level in (Level.COUNTRY, Level.ADMIN) and _ITS_COUNTRY.fullmatch(text, end, p.start)
    ) and not _AIRPORT_OF.fullmatch(text, end, p.start)), default=hi)
    # (past the town's country: "fly overnight to Manchester, England, before taking the train"; past the airport's
    # town: "landed at Gimhae International Airport in Busan ... and went directly to")
    if TRANSIT_BEFORE.search(text[max(lo, start - 40) : start]) or _STAYED_ABOARD.search(
        text, max(lo, start - 100), start
    ) or _TRANSIT_AFTER.search(text[end : min(hi, next_place, end + 60)]) or (_LANDED.search(left) and (
        _DRIVEN_ON.match(text, end, next_place) if next_place < hi else _DRIVEN_TO_IT.match(text, end, hi)
    )):
        return Cue("transit", 0.0, left_lo, end, text[left_lo:end], (lo, hi))
    negated = list(_NEGATED.finditer(text, max(lo, start - 80), start))
    # (not "missing the first sitting day of parliament, and flew straight to Gympie": a new verb)
    if negated and not _NEW_VERB_PHRASE.search(text, negated[-1].end(), start) and not _CONTRAST_DONE.match(
        text, negated[-1].start(), start
    ):
        return Cue("negated", 0.0, left_lo, end, text[left_lo:end], (lo, hi))
    if _RETRACTED.search(text, lo, start):  # "An earlier version of this story said Anand would be in Jakarta"
        return None
    if _ASKED_WHETHER.search(text, max(0, start - 120), start):  # "Asked whether the Envoy would stop in Brussels ...,
        return None  # the Spokesperson said": a question claims no trip
    sentence_start = mention.sentence_start if mention is not None else lo
    if _HYPOTHETICAL.match(text, sentence_start, start):  # "If Australia top the group, the team would move to Sydney"
        return Cue("negated", 0.0, left_lo, end, text[left_lo:end], (lo, hi))
    if _YEAR_TRIP.search(text, max(lo, start - 60), start) or _SINCE_DONE.search(text, max(lo, start - 60), start) or (
        _FOLLOWS_TRIP.search(text, lo, start) or _MONTHS_SINCE.search(text, max(lo, start - 100), start)
    ):
        # "during a 2023 visit to Iowa", "He has since visited the Middle East": another time's trip
        return Cue("earlier_trip", 0.0, left_lo, end, text[left_lo:end], (lo, hi))
    if _NEXT_TRIP.search(text, sentence_start, start) or _AFTER_RETURNING.match(text, sentence_start, start):
        # "set off on a separate tour of the Gulf next week, with visits to Kuwait", "After returning from the
        # Middle East, Lula is expected to travel to Asia": a trip after this one
        return Cue("other_trip", 0.0, left_lo, end, text[left_lo:end], (lo, hi))
    if _HABITUAL_MOVE.search(text, max(lo, start - 80), start):  # "who normally travels by boat to the nearest town, Itaituba"
        return None
    if _HOME_PLACE.search(left) or _LANDS_HOME.search(text, sentence_start, start):
        # "practising at her home club in Bangkok", "to fly home Saturday from Fukuoka, ..., and to land at Sea-Tac": home
        return Cue("return", 0.0, left_lo, end, text[left_lo:end], (lo, hi))
    if _REMOTE.match(text, end) or _RECORDED.search(left):  # "spoke at an interfaith gathering in Abu Dhabi by video
        # link", "delivers recorded video remarks to the opening session of the ... Conference in Monterrey": not there
        return Cue("negated", 0.0, left_lo, end, text[left_lo:end], (lo, hi))
    if _DEFERRED.match(text, end):  # "would visit Manama 'at a later date'": not on this trip
        return Cue("cancelled", 0.0, left_lo, end, text[left_lo:end], (lo, hi))
    if _UNFULFILLED.search(left) or _UNFULFILLED_LIST.search(text, lo, start) or _PROPOSED.search(left):
        # "had been due to spend Tuesday in Mumbai", "had been due to fly to Wellington ..., and to address a
        # forum in Auckland": a plan that was dropped
        return Cue("cancelled", 0.0, left_lo, end, text[left_lo:end], (lo, hi))
    if _RETURN_LEG.search(left):  # "The return flight goes directly from Reykjavík to Berlin": the way home
        return Cue("return", 0.0, left_lo, end, text[left_lo:end], (lo, hi))
    if _LANDING_AT.search(left) and _CAME_HOME.search(text, max(0, lo - 300), start) and not any(
        end <= a < hi and _CALENDAR_DAY.search(text, a, b) for a, b in times
    ):
        # "returned to the country on Friday, landing at Nadi International Airport": the way home (or
        # told in the sentence before: "returned to the country on Saturday. The President landed at ..."; not a
        # lede's "returned home Sunday after a trip" before a dated chronology: "Cho arrived in Riyadh on Jan. 11")
        return Cue("return", 0.0, left_lo, end, text[left_lo:end], (lo, hi))
    is_stop = _IS_STOP.match(text, end)
    if is_stop:  # "Sarajevo is the second stop of the chancellor's trip" (the evidence says which)
        return Cue("visit", 0.8, start, end, text[start : is_stop.end()], (lo, hi), duration)
    listed_stop = _listed_stop(text, left, start, end, hi, times)
    if listed_stop is not None:  # "The itinerary so far: Tirana on Monday, where Kos praised", "Yesterday it was Sarajevo"
        s = left_lo + listed_stop
        return Cue("visit", 0.8, s, end, text[s:end], (lo, hi), duration)
    show = _SHOW_AT.search(left) if _VENUE.match(text, end) or _NAMED_AFTER.match(text, end) else None
    if show is None and (_NAMED_AFTER.match(text, end) or _TIME_AFTER.match(text, end)) and mention is not None and (
        mention.place is not None and mention.place.level is Level.CITY
    ):
        # "Rentería plays Lima's Estadio Nacional on Wednesday" (a town's, not "Brazil's Flamengo"), "The band then
        # played Guadalajara on Tuesday"
        show = _PLAYS.search(left)
    if show:
        return Cue("meet", 0.7, left_lo + show.start(), end, text[left_lo + show.start() : end], (lo, hi), duration)
    listed = _listed_cue(left)
    if listed is not None:
        kind, strength, at = listed
        if not kind:
            return None  # "Bosnia's support on its way into the European Union": a country's way, no trip
        s = left_lo + at
        if kind == "leave":
            # "left Madrid for Lisbon": Madrid is where the traveller came from
            onward = re.match(r"\s+for\s+(?:the\s+)?", text[end:hi])
            dest = onward and next((p.start for p in places if p.start == end + onward.end()), None)
            if dest is not None:
                return Cue("origin", 0.75, s, end, text[s:end], (lo, hi), None, origin_of=dest)
        return Cue(kind, strength, s, end, text[s:end], (lo, hi), duration)
    event = _AT_THE.search(left)
    if event and _EVENT_NAMED.match(text, end):  # "a win at the Doha Diamond League", "spoke at the Munich Security Conference"
        s = left_lo + event.start()
        return Cue("meet", 0.7, s, end, text[s:end], (lo, hi), duration)
    topic = _TOPIC.search(left) and not _OPENS_PROJECT.search(left)  # (but "commission a water project in Mbale")
    m = None if topic else _ACTIVITY.search(left) or _PLANNED_IN.search(left)
    if m and (_WHICH.search(left, m.start()) or _WHICH_BEFORE.search(left, 0, m.start())) and not TRIP_THAT.search(left, 0, m.start()):
        # "visited a German firm that recently opened a sales office in Fargo", "the Test series, which
        # starts in Chennai": a thing's place (but "concluded a U.S. tour that began in Washington": the trip's)
        m = None
    if m:  # not "the agreement that ended the war in Tigray"
        s = left_lo + m.start()
        return Cue("activity", 0.7, s, end, text[s:end], (lo, hi), duration)
    scene = _SCENE.search(_blank_times(text, lo, start, times))  # "On March 11 and 12, in Malawi, ..."
    if scene:
        return Cue("scene", 0.7, lo + scene.start(), end, text[lo + scene.start() : end], (lo, hi), duration)
    m = _BE_IN.search(left)
    if m:
        s = left_lo + m.start()
        return Cue("be_in", 0.75, s, end, text[s:end], (lo, hi), duration)
    m = _ORIGIN.search(left)
    if m and _FROM_NOUN.search(left, 0, m.start()):
        m = None  # "a move that helps it answer pressure from Washington": where something comes from
    if m and _list_size(text, start, end, places) >= 3:
        m = None  # "130 businesses travelling from Toronto, Montréal, Calgary and Vancouver": many people's homes
    if m:
        before = text[lo : left_lo + m.start()]
        arrival = list(_ARRIVAL.finditer(before))
        if arrival and len(before) - arrival[-1].end() < 60:
            dest = next(
                (p.start for p in places if lo + arrival[-1].end() <= p.start < left_lo + m.start() and p.role != "demonym"),
                None,
            )
            if dest is None:  # "will go from Paris to Rome": the destination follows
                onward = re.match(r"\s+" + _STRAIGHT + r"to\s+(?:the\s+)?", text[end:hi])
                dest = onward and next((p.start for p in places if p.start == end + onward.end()), None)
            s = lo + arrival[-1].start()
            return Cue("origin", 0.75, s, end, text[s:end], (lo, hi), None, origin_of=dest)
    # a list that follows a cued place inherits its cue
    previous = [p for p in places if lo <= p.start < start and p.end <= start and p.role != "demonym"]
    if previous:
        prev = previous[-1]
        between = _blank_times(text, prev.end, start, times)  # lists run across "from 3 to 6 May"
        between = _ASIDE.sub("", between)  # and across "Minneapolis (Mon., Oct. 12, Magers & Quinn) and Seattle"
        came = _CAME_AFTER.match(between)  # and past the order's verb: "London came the following Monday, then Paris"
        between = between[came.end() :] if came else between
        venue = _VENUE.match(between)  # and past a venue: "Glasgow's King's Theatre on Tuesday and the Edinburgh"
        between = between[venue.end() :] if venue else between
        if mention is not None and is_qualifier(prev, mention, between):
            return None  # "Paris, Texas": Texas says which Paris, it is not a second stop
        if _DESCRIBED_AS.search(between):
            return None  # "Mbandaka, the capital of Equateur province": where the place lies
        # "four nights at London's Roundhouse from Tuesday, all sold out, and Dublin's Vicar Street on the 24th":
        # one town's venue after another's, a tour's list
        venues = _NAMED_AFTER.match(text, end) and _NAMED_AFTER.match(text, prev.end) and _VENUE_LIST.search(between)
        if (_LIST.match(between) or venues) and not _SPEAKS.match(text, end) and (not possessive or venues):  # not "..., the Vatican said"
            inherited = cue_for(text, prev.start, places, times)
            if inherited is not None and inherited.kind not in ("cancelled", "negated", "earlier_trip", "leave", "return"):
                kind = "go" if inherited.kind == "origin" else inherited.kind
                return Cue(
                    kind, inherited.strength - 0.05, inherited.start, end, text[inherited.start : end],
                    (lo, hi), duration, chain=True,
                )
        # a time was read through, or a part of the day ("in Scranton in the morning and a diner in")
        dated = between != text[prev.end : start] or _PART_OF_DAY.search(between) is not None
        if dated and _AND_THEN_TO.search(between) and not _TOPIC.search(between):  # (not "and the situation in Haiti")
            # "transfer to Kyoto on Wednesday, where he will visit the university, and on Thursday to
            # Hiroshima", "I'll be in Seoul talking to steelmakers, and from 6 to 8 June in Shanghai"
            inherited = next((c for p in reversed(previous) if (c := cue_for(text, p.start, places, times))
                              and c.kind in ("go", "depart_for", "arrive", "be_in", "visit", "meet", "activity")), None)
            if inherited is not None:
                kind = "go" if inherited.kind == "depart_for" else inherited.kind
                own_length = _duration(text[end:hi])  # "two days of meetings" before it were the last place's
                return Cue(kind, inherited.strength - 0.05, inherited.start, end, text[inherited.start : end],
                           (lo, hi), own_length, chain=True)
    item = _tour_item(text, lo, start, end, hi, times, places)
    if item is not None:
        return Cue("visit", 0.75, item, end, text[item:end], (lo, hi), duration)
    stay = _WHERE_ONE_STAYS.match(text, end)
    if stay and not _NAME_GOES_ON.search(text, max(lo, start - 40), start) and not _IN_AN_APPOSITION.search(left):
        # "and on to Accra, where he spent May 15 and 16", "Sisimiut, where the King will spend Wednesday" (not
        # "the carrier USS George Washington, where he spent", "the hub for aid to Ukraine, where he will meet")
        return Cue("visit", 0.75, start, end, text[start : stay.end()], (lo, hi), duration)
    return None


def word_cue(kind: str, strength: float, verb_then_word: re.Pattern[str], text: str, m: Mention,
             clause: tuple[int, int]) -> Cue:
    """The cue of a word that names a place again ("here", "there"): from the verb before it, as found by
    ``verb_then_word`` (the word its group 1), to the word."""
    verb = next((h.start() for h in verb_then_word.finditer(text, clause[0], m.end) if h.start(1) == m.start), m.start)
    return Cue(kind, strength, verb, m.end, text[verb : m.end], clause)


@lru_cache(maxsize=4)  # a place in a list reads the cue of the place before it again
def _listed_cue(left: str) -> tuple[str, float, int] | None:
    """The first cue of ``_CUES`` that the words before a place end with, as (kind, strength, where it
    starts in ``left``); kind "" when the words tell a country's way, not a trip; None for no such cue."""
    for kind, strength, pattern in _CUES:
        m = pattern.search(left)
        if m and kind == "arrive" and _EVENT_DUE.search(left):
            continue  # "talks on the truce are due in Cairo next week": the talks go there
        if m and kind == "meet" and (_TOPIC.search(left) or _NEXT_EVENT.search(left)):
            continue  # "the war in Ukraine", "to hold the next informal summit in Turkistan"
        if m and _ITS_WAY.search(left, 0, m.end()) and not _CARRIER_WAY.search(left, 0, m.end()):
            return "", 0.0, 0  # "Bosnia's support on its way into the European Union": a country's way, no trip
        if m and kind in ("go", "depart_for", "arrive") and _CARGO_BEFORE.search(left, 0, m.start()):
            continue  # "ships bound for Europe and Asia", "goods heading to Kigali", "oil and gas to reach Europe": goods
            # (a convoy's "supply truck drove south to Dalanzadgad" carries the traveller)
        if m:
            return kind, strength, m.start()
    return None


_PART_OF_DAY = re.compile(r"\b(?:in|during)\s+the\s+(?:morning|afternoon|evening)\b")
# times blanked: ", and on Thursday to", "for two days of meetings on Sept. 30 and Oct. 1 and to"
_AND_THEN_TO = re.compile(
    r"(?:,\s+|\s+)and\s+(?:then\s+)?(?:(?:to|in)\s+|(?:a|an|the)\s+(?:[\w'’-]+\s+){1,2}?in\s+"
    r"|at\s+(?:the\s+)?(?:[\w'’.&-]+\s+){1,6}?in\s+"  # "and at the Palau de la Música Catalana in"
    r"|to\s+(?:meet|visit|tour|attend|address|hold|open|inspect|speak)\b[^.;:]{0,80}?\s+(?:in|at)\s+)(?:the\s+)?$"
    # ("... on Wednesday and to meet with tribal leaders and local officials in Bend")
)  # "... in Scranton in the morning and a diner in": a venue in the next town


_DESCRIBED_AS = re.compile(
    r"^\s*,\s*(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?(?:capital|city|town|port|seat|heart|centre|center|hub|part|"
    r"region|province|state|district)\s+(?:of|in)\s+(?:the\s+)?$",
    re.I,
)
_QUALIFIER_GAP = re.compile(
    r"\s+in\s+|\s*,\s*(?:(?:north|south|east|west|central|northern|southern|eastern|western|north-?eastern|north-?western|"
    r"south-?eastern|south-?western)\s+)?"
    r"(?:(?:the\s+)?(?:[A-Z][\w-]+\s+){0,2}(?:Kingdom|Republic|Sultanate|State|Federation)\s+of\s+(?:the\s+)?)?",  # "Istanbul, Republic of Türkiye"
    re.I,
)  # "Naqoura, southern Lebanon"


# ("landed at La Aurora airport in Guatemala City", "touched down at Villamor Air Base in Manila")
_AIRPORT_NAMED = re.compile(r"\s+(?:[Ii]nternational\s+)?(?:airport|(?i:air\s+base|airbase)),?\s+(?:in|near|outside)\s+(?:the\s+)?")
_SITE = re.compile(r"\b(?:Airport|Air\s+Base|Airbase|Palace|Stadium|Arena|Hall|Cent(?:re|er)|House|Castle|Cathedral|"
                   r"Basilica|Shrine|Temple|Mosque|Hotel|Harbour|Harbor|Station|University|Museum|Square)$")


def _site_in_town(site: Mention, town: Mention) -> bool:
    """True for a named site followed by the town it lies in: "the Bandaranaike International Airport in Katunayake"."""
    if site.place is None or town.place is None or town.place.level is not Level.CITY or not _SITE.search(site.text):
        return False
    return distance_km(site.place.lat, site.place.lon, town.place.lat, town.place.lon) <= 60


AREA_WORD = re.compile(r"\s+(?:province|state|region|county|district|governorate|prefecture)\b", re.I)


def is_qualifier(prev: Mention, m: Mention, between: str) -> bool:
    """True when ``m`` only says where ``prev`` lies: "Paris, Texas", "Vanimo, Papua New Guinea", "Naqoura,
    southern Lebanon"."""
    if not _QUALIFIER_GAP.fullmatch(between) or prev.place is None or m.place is None or prev.place.level is not Level.CITY:
        return False
    same_country = m.place.country is not None and m.place.country == prev.place.country
    if m.place.level is Level.COUNTRY:
        return same_country
    # (a part of an area, "Sorong, Southwest Papua", may be a province newer than the town's admin code)
    part = m.text.split()[0].lower() in COMPASS | AREA_MODIFIERS
    return m.place.level is Level.ADMIN and same_country and (m.place.admin1 == prev.place.admin1 or part)


_SPAN_BEFORE = re.compile(r"\b(?:in|within|over|across)\s+(?:the\s+(?:past|last|next|first)\s+)?$", re.I)  # "so many times in four days"
_BEGINS = re.compile(r"\s+(?:will\s+|is\s+to\s+)?(?:begin|begins|start|starts|open|opens|kick|kicks)\b", re.I)


_PART_OF = re.compile(r"\b(?:part|start|beginning|first\s+leg)\s+of\s+(?:a|an|the|his|her|their)\s+$", re.I)


@lru_cache(maxsize=4)  # every place of a clause asks of the same clause, one after another
def _duration(clause: str) -> int | None:
    """Length in days of a stay the clause states ("two days of talks", "a two-day visit"); a whole
    trip's length ("an 11-day trip to Asia") is not one stop's."""
    m = _DURATION.search(clause)
    if m and _PART_OF.search(clause, 0, m.start()):
        return None  # "as part of (at the start of) a three-day official visit to the country": the whole visit's length
    if not m or (m.group(2) or "").lower() in _WHOLE_TRIP or _BEGINS.match(clause, m.end()) or _SPAN_BEFORE.search(clause, 0, m.start()) or (
        _TRIP_BEHIND_ADJECTIVES.match(clause, m.end(1))
    ):
        return None  # (nor "The five-day visit will begin in Tokyo": the visit that begins there)
    n = m.group(1).lower()
    value = int(n) if n.isdigit() else _WORDNUM.get(n)
    return value if value and value <= 14 else None


_SPEECH = re.compile(r"[\"“][^\"“”\n]{3,}?[\"”]")  # a quotation closed before the place


def tense(text: str, start: int, end: int, cue: Cue) -> str | None:
    """"future" or "past" for the clause of a cued place, from the words before it, else after it;
    None when the clause has no tense cue ("The visit to Hanoi comes amid ...")."""
    lo, hi = cue.clause
    right = text[end:hi]
    relative = re.match(r"\s*,\s*(?:which|where|that)\b[^,]*", right)
    if cue.kind != "scene":  # "In Quito, Okafor will visit a school": a scene's verb follows its comma
        right = relative.group() if relative else right.split(",", 1)[0]
    # (a quotation's tense is the speaker's: "'Japan will continue to stand with ...,' Iwaya told reporters after a
    # meeting at Malacanang Palace" is told in the past)
    for part in (_SPEECH.sub(lambda q: " " * len(q.group()), text[lo:start]), right):
        future = [m.start() for m in _FUTURE.finditer(part)]
        past = [m.start() for m in _PAST.finditer(part)]
        if future or past:
            return "future" if max(future, default=-1) >= max(past, default=-1) else "past"
    return None


_CAPTION = re.compile(
    r"\((?:[A-Z][\w.]*\s+)?(?:Photo|Photograph|Picture|Image|File\s+photo)\b|\b(?:Photo|Photograph|Picture|Image)"
    r"(?:\s+(?:credit|caption))?\s*:|\bCaption\s*:|\bPhoto\s+by\b|\b(?:AP|AFP|Reuters|Getty\s+Images|EPA)\s*/\s*[A-Z]"
)


_LINK_HEADING = re.compile(
    r"^[ \t]*(?:related(?:\s+(?:news|stories|articles|coverage|content))?|most\s+(?:read|popular|viewed)|read\s+more|"
    r"also\s+read|more\s+(?:from|on|news)\b[^\n]*|recommended(?:\s+for\s+you)?|you\s+may\s+(?:also\s+)?like|"
    r"trending|top\s+stories|latest\s+news)[ \t]*:?[ \t]*$",
    re.I | re.M,
)
_LINK_LINE = re.compile(
    r"[ \t]*(?:read\s+(?:also|more)|also\s+read|related(?:\s+(?:news|stories|story|articles?))?|see\s+also|"
    r"you\s+may\s+be\s+interested\s+in|more\s+on\s+this\s+story)[ \t]*:[ \t]*\S",
    re.I,
)
_LIST_ITEM = re.compile(r"[ \t]*(?:[-–•*]|\d{1,2}[.)])\s+")


def in_link_list(text: str, start: int) -> bool:
    """True inside a page's list of links to other stories ("Related news" / "- Orsi to visit Brasília")."""
    lo = text.rfind("\n", 0, start) + 1
    if _LINK_LINE.match(text, lo):
        return True  # "READ ALSO: Malaria vaccine rollout reaches Borno, Ibadan"
    if not _LIST_ITEM.match(text, lo):
        return False
    while lo > 0:  # climb the list's lines to what stands above them
        prev = text.rfind("\n", 0, lo - 1) + 1
        line = text[prev : lo - 1]
        if _LINK_HEADING.fullmatch(line):
            return True
        if line.strip() and not _LIST_ITEM.match(line):
            return False
        lo = prev
    return False


def in_caption(text: str, start: int) -> bool:
    """True inside a photo caption line ("... in Washington, May 28. (AP Photo/Mark Schiefelbein)")."""
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", start)
    return _caption_line(text, lo, hi if hi >= 0 else len(text))


@lru_cache(maxsize=4)  # the places of a line are read one after another: the line is read once
def _caption_line(text: str, lo: int, hi: int) -> bool:
    """True when the line ``text[lo:hi]`` is a photo caption."""
    if dateline.LINE.match(text, lo):
        return False  # "TOKYO (AP) — Blinken landed in Tokyo late Monday. (AP Photo/...)": the story itself
    return _CAPTION.search(text, lo, hi) is not None
