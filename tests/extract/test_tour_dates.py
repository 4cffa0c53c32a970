"""Tour-date lists: one stop per dated line (extract.tour_dates through the whole pipeline)."""

from datetime import date

import pytest

from extract import extract_article
from extract.model import Article

LISTS = [
    ("a month heading and days", "The singer will play five cities.\n\nNOVEMBER\n4 – Seoul, YES24 Live Hall\n"
     "5 – Seoul, YES24 Live Hall\n7 – Taipei, Legacy Taipei\n10 – Bangkok, Samyan Mitrtown Hall\n",
     [("Seoul", "2026-11-04", "2026-11-05"), ("Taipei", "2026-11-07", "2026-11-07"),
      ("Bangkok", "2026-11-10", "2026-11-10")]),
    ("month and day on each line, with a two-night range", "The tour continues with the following dates:\n\n"
     "Sept. 19 — Chicago, Soldier Field\nSept. 25 — Atlanta, Mercedes-Benz Stadium\n"
     "Sept. 27-28 — Newark, N.J., Prudential Center\n",
     [("Chicago", "2026-09-19", "2026-09-19"), ("Atlanta", "2026-09-25", "2026-09-25"),
      ("Newark", "2026-09-27", "2026-09-28")]),
    ("a middle dot between day, town and venue", "EUROPE TOUR\n\nTue 3 Mar · Hamburg · Molotow\n"
     "Wed 4 Mar · Berlin · Lido\nFri 6 Mar · Copenhagen · Loppen\n",
     [("Hamburg", "2027-03-03", "2027-03-03"), ("Berlin", "2027-03-04", "2027-03-04"),
      ("Copenhagen", "2027-03-06", "2027-03-06")]),
    ("a programme by ISO dates, a range across months", "The minister will visit Mexico and Colombia.\n\nProgramme\n\n"
     "2026-11-30 - 2026-12-01, Mexico City\nMeetings with ministers.\n\n2026-12-02, Monterrey\nPlant visits.\n\n"
     "2026-12-03 - 2026-12-04, Bogotá\nRound table.\n",
     [("Mexico City", "2026-11-30", "2026-12-01"), ("Monterrey", "2026-12-02", "2026-12-02"),
      ("Bogotá", "2026-12-03", "2026-12-04")]),
]


@pytest.mark.parametrize(("what", "text", "expected"), LISTS, ids=[c[0] for c in LISTS])
def test_tour_list_lines_are_dated_stops(what, text, expected):
    it = extract_article(Article(text, published=date(2026, 7, 22)))
    got = [(s.place.name, s.start.isoformat(), s.end.isoformat()) for s in it.stops if s.start]
    assert got[: len(expected)] == expected


@pytest.mark.parametrize(("what", "text", "expected"), [
    ("a schedule box: entries opening with a town, a flight to the next", "Premier Ines Okafor will visit Kazakhstan "
     "and Uzbekistan.\n\nSCHEDULE AT A GLANCE\n\nWednesday, Nov. 18\n— Arrives in Astana; talks with the prime "
     "minister\n\nThursday, Nov. 19\n— Astana: meeting with the president\n— Flies to Almaty in the evening\n\n"
     "Friday, Nov. 20\n— Almaty: business council\n— Flies to Tashkent; talks in the evening\n\nSaturday, Nov. 21\n"
     "— Samarkand: visit to the Registan, then departs for Beijing\n",
     [("Astana", "2026-11-18", "2026-11-19"), ("Almaty", "2026-11-19", "2026-11-20"),
      ("Tashkent", "2026-11-20", "2026-11-20"), ("Samarkand", "2026-11-21", "2026-11-21")]),
    ("day headings naming their town in brackets", "King Felipe VI will make a state visit.\n\nSunday, June 7\n"
     "— Arrives in Mexico City in the evening.\n\nMonday, June 8 (Mexico City)\n— Talks with the president\n\n"
     "Tuesday, June 9 (Puebla)\n— Visit to a Talavera workshop\n\nWednesday, June 10 (Guadalajara)\n"
     "— Departs for Madrid in the afternoon\n",
     [("Mexico City", "2026-06-07", "2026-06-08"), ("Puebla", "2026-06-09", "2026-06-09"),
      ("Guadalajara", "2026-06-10", "2026-06-10")]),
    ("a tour programme by numeric dates, clock lines at addresses, night halts", "Party President Ines Okafor will tour "
     "Bihar.\n\n16.10.2025 (Thursday)\n10:05 hrs - Departure from New Delhi by flight\n11:50 hrs - Arrival at the "
     "airport, Patna\nNight halt: Patna\n\n17.10.2025 (Friday)\n09:00 hrs - Departure from Patna by road\n11:30 hrs - "
     "Public meeting at Gandhi Maidan, Gaya\nNight halt: Sasaram\n\n18.10.2025 (Saturday)\n11:00 hrs - Workers' "
     "Convention at Town Hall, Bhagalpur\n15:30 hrs - Departure from Bhagalpur for New Delhi\n",
     [("Patna", "2025-10-16", "2025-10-17"), ("Gaya", "2025-10-17", "2025-10-17"), ("Sasarām", "2025-10-17", "2025-10-18"),
      ("Bhāgalpur", "2025-10-18", "2025-10-18")]),
])
def test_schedule_boxes(what, text, expected):
    it = extract_article(Article(text, published=date(2026, 6, 2)))
    assert [(s.place.name, s.start.isoformat(), s.end.isoformat()) for s in it.stops] == expected


def test_two_dated_lines_are_no_tour_list():
    text = "Prices:\n4 – Seoul tickets sell out\n5 – Taipei tickets on sale\n"
    assert not extract_article(Article(text, published=date(2026, 7, 22))).stops


def test_an_iso_programmes_return_line_is_the_way_home():
    text = ("The prime minister will visit Brazil and Cape Verde.\n\n2026-09-14 | São Paulo | Community dinner\n"
            "2026-09-15 | Brasília | Summit\n2026-09-17 | Praia | Bilateral meeting\n2026-09-18 | Return to Lisbon\n")
    it = extract_article(Article(text, published=date(2026, 9, 11)))
    assert [s.place.name for s in it.stops] == ["São Paulo", "Brasília", "Praia"]


def test_a_calendar_naming_the_traveller_on_some_lines_is_theirs_on_those_only():
    text = ("President Ines Okafor is heading back to Asia next month.\n\nUPCOMING EVENTS\n\n"
            "Oct 29 | Vancouver | Fall Mixer with Dean Paul Ferreira | RSVP\n"
            "Nov 12 | Hong Kong | Alumni Reception with President Okafor | RSVP\n"
            "Nov 14 | Taipei | Alumni Dinner with President Okafor | RSVP\n"
            "Dec 3 | Toronto | Holiday Party | RSVP\n")
    it = extract_article(Article(text, published=date(2026, 10, 20)))
    assert [s.place.name for s in it.stops] == ["Hong Kong", "Taipei"]


def test_a_tour_list_is_one_tour_however_long():
    text = ("The band announced its world tour.\n\nMarch 3 – Chicago, United Center\nMarch 5 – Atlanta, State Farm "
            "Arena\nApril 20 – London, The O2\nJune 2 – Tokyo, Budokan\n")
    it = extract_article(Article(text, published=date(2026, 2, 10)))
    assert [s.place.name for s in it.stops] == ["Chicago", "Atlanta", "London", "Tokyo"]


def test_a_diarys_day_headings_that_name_their_town_are_its_stops():
    text = ("Last week I travelled the length of the country.\n\nTuesday, Beira\n\nThe city is tired.\n\n"
            "Wednesday, Dondo\n\nIn a resettlement site I met Aida.\n\nThursday, Pemba\n\nI flew north.\n")
    it = extract_article(Article(text, published=date(2026, 3, 16)))
    assert [(s.place.name, s.status.value, s.start.isoformat()) for s in it.stops] == [
        ("Beira", "visited", "2026-03-10"), ("Dondo", "visited", "2026-03-11"), ("Pemba", "visited", "2026-03-12")]


def test_a_ministers_programme_leaves_home_landmarks_and_anothers_programme_out():
    text = ("Provisional programme of Ms Ines Okafor, Minister of Agriculture\n\nParis, Friday 6 March 2026\n\n"
            "TUESDAY 10 MARCH\n\nTrip to Brussels (Belgium)\n10:00 - Agriculture Council\nReturn to Paris in the evening\n\n"
            "WEDNESDAY 11 MARCH\n\n10:00 - Council of Ministers\nÉlysée Palace\n\nTHURSDAY 12 MARCH\n\n"
            "09:40 - Arrival at Rennes station\n18:30 - Return to Paris\n\n---\n\nProvisional programme of Mr Julien "
            "Berthomier, Minister Delegate for Fisheries\n\nTuesday 10 March - Trip to Marseille: meeting with fishing "
            "committees\nThursday 12 March - Trip to Strasbourg: exchange with members of the European Parliament\n")
    it = extract_article(Article(text, published=date(2026, 3, 6)))
    assert [(s.place.name, s.start.isoformat()) for s in it.stops] == [("Brussels", "2026-03-10"), ("Rennes", "2026-03-12")]


@pytest.mark.parametrize(("what", "text", "published", "expected"), [
    ("a notebook's headings in capitals", "Notes filed along the way.\n\nSATURDAY, KINSHASA\n\nWe landed at noon.\n\n"
     "MONDAY — GOMA\n\nA briefing.\n\nTUESDAY, BUNIA\n\nThe long haul east.\n", date(2026, 7, 8),
     [("Kinshasa", "2026-07-04"), ("Goma", "2026-07-06"), ("Bunia", "2026-07-07")]),
    ("a recap's paragraphs that open with their day and town", "Day three: the Prime Minister in Fiji.\n\nTHE TOUR SO "
     "FAR\n\nDay one, Monday - Port Moresby. After an overnight flight, he was met on the tarmac.\n\nDay two, Tuesday - "
     "Honiara. The leg officials were most nervous about.\n", date(2026, 7, 15),
     [("Port Moresby", "2026-07-13"), ("Honiara", "2026-07-14")]),
])
def test_day_labels_that_name_their_towns_are_its_stops(what, text, published, expected):
    it = extract_article(Article(text, published=published))
    assert [(s.place.name, s.start.isoformat()) for s in it.stops] == expected


def test_a_single_day_heading_with_a_town_is_no_diary():
    text = "Monday, Maputo\n\nThe minister spoke about the floods and the budget."
    assert not [c for c in extract_article(Article(text, published=date(2026, 3, 16))).stops if c.start]
