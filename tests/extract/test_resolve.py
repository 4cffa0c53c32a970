"""Resolution in context: the traps of the issue and given spans (benchmark, manual correction)."""

from __future__ import annotations

import pytest

from extract.gazetteer import distance_km
from extract.model import Level
from extract.resolve import resolve_spans


def spans_of(text: str, *names: str) -> list[tuple[int, int]]:
    out = []
    for name in names:
        start = text.index(name)
        out.append((start, start + len(name)))
    return out


@pytest.mark.parametrize(
    ("text", "name", "country", "admin1"),
    [
        ("The festival is in Paris, Texas, this year.", "Paris", "US", "TX"),
        ("A fire in Palestine, Texas, destroyed a barn.", "Palestine", "US", "TX"),
        # an apposition describing the town by its area: "the Western Australian capital", "the Scottish city"
        ("The Scottish leader arrived in Perth, the Western Australian capital, on Sunday.", "Perth", "AU", "08"),
        ("The Australian envoy arrived in Perth, the Scottish city, on Sunday.", "Perth", "GB", None),
        ("The minister flew to Paris for talks with France.", "Paris", "FR", None),
        ("Officials in Delhi said the smog was severe.", "Delhi", "IN", None),
        ("Talks in Washington ended on Friday.", "Washington", "US", "DC"),  # the capital, not the state
        ("The president of Timor-Leste spoke in Dili.", "Dili", "TL", None),
        ("Protesters in Tbilisi said Georgia must join the EU.", "Georgia", "GE", None),
        ("King Abdullah of Jordan met leaders in Amman.", "Jordan", "JO", None),
        ("The robbery happened in Athens, Ga., on Monday.", "Athens", "US", "GA"),
        ("Prime minister Kishida welcomed him to Tokyo.", "Tokyo", "JP", None),
        ("Police in London, Ont., charged a man.", "London", "CA", "08"),
        ("Turkish troops crossed the border.", "Turkish", "TR", None),
        ("Traffic in L.A. was heavy.", "L.A.", "US", "CA"),
        ("He was born in Monroe, La., in 1950.", "La.", "US", "LA"),
        ("He will then head to Quebec's North Shore.", "North Shore", "CA", "10"),  # no town of that name there
        # England's regions and metropolitan counties, not the Midlands of Zimbabwe
        ("Flooding closed roads across the West Midlands on Sunday.", "West Midlands", "GB", None),
        ("Floods hit farms across Yorkshire.", "Yorkshire", "GB", None),
        # "the state of X": the state, not the capital or a town of that name
        ("The first case was found in the state of Washington last year.", "Washington", "US", "WA"),
        # letters with no accent to strip: "Østfold" is GeoNames' "Ostfold"
        ("Bird flu was found on a farm in Østfold on Friday.", "Østfold", "NO", "13"),
    ],
)
def test_resolve_spans_in_context(g, text, name, country, admin1):
    (place,) = resolve_spans(text, spans_of(text, name), g)
    assert place is not None and place.country == country
    if admin1:
        assert place.admin1 == admin1


@pytest.mark.parametrize(
    ("text", "name", "level"),
    [
        ("Trade across Asia slowed.", "Asia", Level.REGION),
        ("Ships sailed the South China Sea.", "South China Sea", Level.REGION),
        ("Prices rose in Texas.", "Texas", Level.ADMIN),
        ("Leaders met in Tokyo.", "Tokyo", Level.CITY),
    ],
)
def test_levels(g, text, name, level):
    (place,) = resolve_spans(text, spans_of(text, name), g)
    assert place is not None and place.level is level


@pytest.mark.parametrize(
    ("text", "names", "country"),
    [
        ("Atlanta police said Georgia would not appeal.", ("Atlanta", "Georgia"), "US"),
        ("Tbilisi officials said Georgia would not appeal.", ("Tbilisi", "Georgia"), "GE"),
        ("Amman welcomed the decision, and Jordan will vote.", ("Amman", "Jordan"), "JO"),
        ("He grew up in Jordan, Minnesota, near Minneapolis.", ("Jordan", "Minnesota", "Minneapolis"), "US"),
        # a bare "Congo" is either Congo: Kinshasa's or Brazzaville's, as its article says
        ("Kinshasa airport reopened and Congo voted.", ("Kinshasa", "Congo"), "CD"),
        ("Brazzaville officials said Congo would vote.", ("Brazzaville", "Congo"), "CG"),
        # Kenya's former provinces by their names without "Province", as current ones are named
        ("Clashes spread to the provinces of Nyanza, Western and Coast.", ("Nyanza", "Western"), "KE"),
    ],
)
def test_other_spans_disambiguate(g, text, names, country):
    places = resolve_spans(text, spans_of(text, *names), g)
    assert (
        places[names.index(names[-1] if country == "US" and names[0] == "Jordan" else names[1])].country
        == country
    )
    assert all(p is not None for p in places)


def test_unknown_span_is_none(g):
    text = "They met at Blorptown."
    assert resolve_spans(text, spans_of(text, "Blorptown"), g) == [None]


def test_many_spans_keep_order(g):
    text = "From Ottawa to Toronto and Winnipeg, Manitoba."
    places = resolve_spans(text, spans_of(text, "Ottawa", "Toronto", "Winnipeg", "Manitoba"), g)
    assert [p.country for p in places] == ["CA"] * 4
    assert [p.name for p in places][:3] == ["Ottawa", "Toronto", "Winnipeg"]


@pytest.mark.parametrize(
    ("surface", "key", "demonym"),
    [
        ("Japan's", "japan", None),
        ("the Netherlands", "the netherlands", None),
        ("Mwingi District", "mwingi", None),  # the name inside descriptive words
        ("Southern California", "california", None),
        ("Ohioans", "ohio", None),  # the people of a state, province or big city
        ("Ontarians", "ontario", None),
        ("Texan", "texas", None),
        ("Bostonians", "boston", None),
        ("Christians", "christians", None),  # not a place's people
        ("Canadian", "canadian", "CA"),
        ("Canadians", "canadians", "CA"),
        ("Blorptown", "blorptown", None),
    ],
)
def test_lookup_key_variants(g, surface, key, demonym):
    from extract.resolve import lookup_key

    assert lookup_key(surface, g) == (key, demonym)


@pytest.mark.parametrize(
    ("name", "first_level", "first_country"),
    [
        ("Tokyo", Level.CITY, "JP"),  # the city before the prefecture named after it
        ("Mexico", Level.COUNTRY, "MX"),  # the country before Mexico City or Mexico, Missouri
        ("Oregon", Level.ADMIN, "US"),  # the state before Oregon, Ohio
        ("Brussels", Level.CITY, "BE"),
    ],
)
def test_readings_before_context(g, name, first_level, first_country):
    from extract.resolve import readings

    best, _ = readings(g.candidates(name), name.lower())[0]
    assert (best.level, best.country) == (first_level, first_country)


def test_one_reading_per_name(g):
    text = "Paris, Texas, held a fair. Paris officials were pleased."
    first, second = resolve_spans(text, [(0, 5), (27, 32)], g)
    assert first == second and first.country == "US"


def test_village_needs_more_than_a_country_mention(g):
    text = "The United States welcomed the summit in Brussels."
    (_, brussels) = resolve_spans(text, spans_of(text, "United States", "Brussels"), g)
    assert brussels.country == "BE"


@pytest.mark.parametrize(
    ("text", "names", "unknown", "focus"),
    [
        # a landmark the gazetteer lacks goes to the town the article is about, not to the country
        (
            "In Paris, France, fans gathered on the Champs-Blorpees; Paris police watched.",
            ("Paris", "France", "Champs-Blorpees"),
            "Champs-Blorpees",
            "Paris",
        ),
        # a town named right next to it wins over the article's main town
        (
            "Cairo was calm. Cairo police said the Blorp Church in Alexandria was guarded; Cairo slept.",
            ("Cairo", "Blorp Church", "Alexandria"),
            "Blorp Church",
            "Alexandria",
        ),
        # no town named: the most named area
        (
            "Floods hit Texas and the Blorp River rose; Texas declared a disaster.",
            ("Texas", "Blorp River"),
            "Blorp River",
            "Texas",
        ),
    ],
)
def test_unknown_span_guesses_the_article_focus(g, text, names, unknown, focus):
    places = resolve_spans(text, spans_of(text, *names), g, guess_unknown=True)
    assert places[names.index(unknown)] is not None
    assert places[names.index(unknown)].name == focus
    assert resolve_spans(text, spans_of(text, *names), g)[names.index(unknown)] is None


@pytest.mark.parametrize(
    ("text", "names", "unknown", "where", "level"),
    [
        # the area named after "in" (not the town named just before it, nor the article's town)
        (
            "Rangers in Denver said the Blorp Wilderness in Utah burned; Denver crews went.",
            ("Denver", "Blorp Wilderness", "Utah", "Denver"),
            "Blorp Wilderness",
            "Utah",
            Level.ADMIN,
        ),
        # a kind word between: "Blorp county in Sichuan province"
        (
            "Rain fell in Beijing. Mud buried homes in Blorpxian county in Sichuan province; Beijing sent aid.",
            ("Beijing", "Blorpxian", "Sichuan", "Beijing"),
            "Blorpxian",
            "Sichuan",
            Level.ADMIN,
        ),
        # a country after a comma
        (
            "Doctors in Nairobi said cases rose in Blorpani, Uganda, and in Nairobi too.",
            ("Nairobi", "Blorpani", "Uganda", "Nairobi"),
            "Blorpani",
            "Uganda",
            Level.COUNTRY,
        ),
        # the owner before: "Montana's Blorp Basin"
        (
            "Crews from Denver reached Montana's Blorp Basin; Denver paid for it.",
            ("Denver", "Montana", "Blorp Basin", "Denver"),
            "Blorp Basin",
            "Montana",
            Level.ADMIN,
        ),
    ],
)
def test_unknown_span_lies_in_the_place_named_with_it(g, text, names, unknown, where, level):
    places = resolve_spans(text, _spans_in_order(text, names), g, guess_unknown=True)
    place = places[names.index(unknown)]
    assert place is not None and (place.name, place.level) == (where, level)


def test_unknown_span_container_defers_to_a_town_inside_it(g):
    # "of Blorpville, Okla." beside Lindsay, a town of Oklahoma: the town is the nearer guess; and a
    # town after a comma is the next of a list, not the place the name lies in
    text = "Jo Doe of Lindsay and Sam Roe of Blorpville, Okla. came."
    places = resolve_spans(text, spans_of(text, "Lindsay", "Blorpville", "Okla."), g, guess_unknown=True)
    assert places[1] is not None and places[1].name == "Lindsay"
    text = "Sirens went up in Columbus, Blorp Township, Dayton and Akron."
    names = ("Columbus", "Blorp Township", "Dayton", "Akron")
    places = resolve_spans(text, spans_of(text, *names), g, guess_unknown=True)
    assert places[1] is not None and places[1].name != "Dayton"


def _spans_in_order(text: str, names: tuple[str, ...]) -> list[tuple[int, int]]:
    """Spans of ``names`` found one after the other (a name may occur more than once)."""
    out, at = [], 0
    for name in names:
        start = text.index(name, at)
        out.append((start, start + len(name)))
        at = start + len(name)
    return out


def test_unknown_span_without_any_town_or_area_gets_the_country_or_none(g):
    text = "From France to Blorptown."
    guess = resolve_spans(text, spans_of(text, "France", "Blorptown"), g, guess_unknown=True)[1]
    assert guess is not None and guess.level is Level.COUNTRY and guess.country == "FR"
    assert resolve_spans("To Blorptown.", [(3, 12)], g, guess_unknown=True) == [None]


@pytest.mark.parametrize(
    ("text", "names", "admin1", "level"),
    [
        (
            "Talks in Washington ended; Paris and Berlin agreed.",
            ("Washington", "Paris", "Berlin"),
            "DC",
            Level.CITY,
        ),
        # towns of the state around it: the state, not the capital
        (
            "Wildfires near Seattle and Spokane forced evacuations in Washington.",
            ("Seattle", "Spokane", "Washington"),
            "WA",
            Level.ADMIN,
        ),
    ],
)
def test_capital_or_namesake_area(g, text, names, admin1, level):
    place = resolve_spans(text, spans_of(text, *names), g)[names.index("Washington")]
    assert (place.admin1, place.level) == (admin1, level)


@pytest.mark.parametrize(
    ("text", "names", "name", "country", "admin1"),
    [
        # a town in a state the article names itself
        (
            "A storm hit London overnight. Kentucky officials said it was the worst in years.",
            ("London", "Kentucky"),
            "London",
            "US",
            "KY",
        ),
        (
            "A storm hit London overnight. Officials in Paris said it was the worst in years.",
            ("London", "Paris"),
            "London",
            "GB",
            "ENG",
        ),
        (
            "McLean County deputies made the arrest. Kentucky State Police are investigating.",
            ("McLean County", "Kentucky"),
            "McLean County",
            "US",
            "KY",
        ),
    ],
)
def test_towns_of_a_named_state(g, text, names, name, country, admin1):
    place = resolve_spans(text, spans_of(text, *names), g)[names.index(name)]
    assert (place.country, place.admin1) == (country, admin1)


@pytest.mark.parametrize(
    ("text", "name", "level"),
    [
        ("Snow fell across New York on Monday.", "New York", Level.ADMIN),  # the city is "New York City"
        ("Snow fell across New York City on Monday.", "New York City", Level.CITY),
        ("Traffic in Istanbul was heavy.", "Istanbul", Level.CITY),  # the city bears the area's name
        ("Traffic in Sao Paulo was heavy.", "Sao Paulo", Level.CITY),  # a fifth of the state lives there
        ("Wildfires spread across Texas.", "Texas", Level.ADMIN),
    ],
)
def test_area_or_its_main_city(g, text, name, level):
    (place,) = resolve_spans(text, spans_of(text, name), g)
    assert place.level is level


@pytest.mark.parametrize(
    ("text", "names", "name", "country", "level"),
    [
        # the word "state" after a name: the state, not the capital named like it
        ("Farmers in Washington state lost their crops.", ("Washington",), "Washington", "US", Level.ADMIN),
        ("Voters in New York State were asked twice.", ("New York",), "New York", "US", Level.ADMIN),
        # a list of one kind of place: states, countries, cities
        (
            "Cases were found in Illinois, Oregon, Utah, Washington and Missouri.",
            ("Illinois", "Oregon", "Utah", "Washington", "Missouri"),
            "Washington",
            "US",
            Level.ADMIN,
        ),
        (
            "Vaccinators worked in Mali, Niger, Chad and Nigeria.",
            ("Mali", "Niger", "Chad", "Nigeria"),
            "Niger",
            "NE",
            Level.COUNTRY,
        ),
        (
            "Drought hit Kansas, Iowa, Oklahoma and Nebraska.",
            ("Kansas", "Iowa", "Oklahoma", "Nebraska"),
            "Oklahoma",
            "US",
            Level.ADMIN,
        ),
        (
            "Storms hit Georgia and Alabama overnight.",
            ("Georgia", "Alabama"),
            "Georgia",
            "US",
            Level.ADMIN,
        ),
        # a list ends before a state's abbreviation: "Washington, D.C." is the capital
        (
            "Fans came from as far as Texas and Washington, D.C., to taste it.",
            ("Texas", "Washington", "D.C."),
            "Washington",
            "US",
            Level.CITY,
        ),
        # a national capital in an article that names its country, whatever else it names
        (
            "Officials in New York, Ohio and Texas met envoys from Italy at the agency in Rome.",
            ("New York", "Ohio", "Texas", "Italy", "Rome"),
            "Rome",
            "IT",
            Level.CITY,
        ),
        # a list of capitals of several countries says nothing of the country of each
        (
            "Jakarta has sought to balance its ties with Washington, Beijing and Moscow.",
            ("Jakarta", "Washington", "Beijing", "Moscow"),
            "Moscow",
            "RU",
            Level.CITY,
        ),
        # "the city of X" is a town even where a country bears the name, but "the capital city of X" is not
        ("Police in the city of Lebanon said the road was closed.", ("Lebanon",), "Lebanon", "US", Level.CITY),
        ("The City of Lebanon will repave Main Street.", ("Lebanon",), "Lebanon", "US", Level.CITY),
        ("He grew up in Nairobi, the capital city of Kenya.", ("Nairobi", "Kenya"), "Kenya", "KE", Level.COUNTRY),
        # a country among towns stays a country
        (
            "Flights link Moscow, Riga and Russia's other cities.",
            ("Moscow", "Riga", "Russia"),
            "Russia",
            "RU",
            Level.COUNTRY,
        ),
    ],
)
def test_kind_of_place_from_the_words_around_it(g, text, names, name, country, level):
    place = resolve_spans(text, spans_of(text, *names), g)[names.index(name)]
    assert (place.country, place.level) == (country, level)


def test_two_names_after_a_comma_are_a_qualified_name_not_a_list(g):
    from extract.resolve import Mention, _lists

    text = "Paris, Texas, and Rome, Georgia, are small. They visited Ohio, Iowa and Utah."
    mentions = [Mention(s, e, text[s:e].lower()) for s, e in spans_of(text, "Paris", "Texas", "Ohio", "Iowa", "Utah")]
    assert [[m.key for m in run] for run in _lists(text, mentions)] == [["ohio", "iowa", "utah"]]


@pytest.mark.parametrize(
    ("surface", "key"),
    [
        ("Akita Prefecture", "akita"),
        ("Da Nang International Airport", "da nang"),  # a city's airport is near the city
        ("Montreal-Pierre Elliott Trudeau International Airport", "montreal"),
        ("Pearson International Airport", "pearson international airport"),  # a person's name, not a city
    ],
)
def test_lookup_key_descriptive_words(g, surface, key):
    from extract.resolve import lookup_key

    assert lookup_key(surface, g)[0] == key


def test_counties_listed_with_others_of_one_state_lie_in_it(g):
    text = "Around Athens, Georgia, jobs grew in Clarke, Madison, Oconee and Oglethorpe counties."
    names = ("Athens", "Georgia", "Clarke", "Madison", "Oconee", "Oglethorpe")
    places = resolve_spans(text, spans_of(text, *names), g)
    assert {(p.country, p.admin1) for p in places[2:]} == {("US", "GA")}


def test_a_big_city_goes_by_its_short_name_among_small_namesakes(g):
    """Newcastle upon Tyne is "Newcastle" in English news, not the Northern Irish town of that name."""
    text = "Fans in Newcastle cheered as England won; Sunderland fans did not."
    newcastle, _, _ = resolve_spans(text, spans_of(text, "Newcastle", "England", "Sunderland"), g)
    assert (newcastle.name, newcastle.admin1) == ("Newcastle upon Tyne", "ENG")


def test_an_old_name_of_a_city_abroad_yields_to_a_town_bearing_it(g):
    """Berea is an old name of Aleppo; a town that bears it itself comes first."""
    text = "The fair in Berea drew crowds from across Kentucky."
    (place, _) = resolve_spans(text, spans_of(text, "Berea", "Kentucky"), g)
    assert (place.country, place.admin1) == ("US", "KY")


@pytest.mark.parametrize(
    ("text", "name", "lat", "lon", "km"),
    [
        ("Ferries stopped crossing Lake Erie when the ice came.", "Lake Erie", 42.2, -81.2, 100),
        ("The typhoon made landfall on Luzon before dawn.", "Luzon", 16.0, 121.0, 150),
        ("Reporters waited outside the Kremlin all night.", "the Kremlin", 55.75, 37.62, 5),
        ("Her flight from Heathrow was cancelled.", "Heathrow", 51.47, -0.45, 5),
        ("His parents left the Soviet Union in 1979.", "Soviet Union", 60.0, 100.0, 500),
        ("The senator returned to Capitol Hill for the vote.", "Capitol Hill", 38.89, -77.01, 5),
        ("Climbers set out for Mount Everest from Lukla.", "Mount Everest", 27.99, 86.93, 10),
        ("Barges moved grain along the Danube River.", "Danube River", 44.6, 22.5, 500),
        ("Rice farmers in the Mekong Delta feared the drought.", "Mekong Delta", 10.0, 105.75, 100),
        ("Fighting spread through the Swat Valley.", "Swat Valley", 35.2, 72.5, 60),
        ("Refugees crossed from the Bekaa Valley.", "Bekaa Valley", 33.85, 36.0, 40),
        ("Teachers in Nyanza Province went on strike, Kenyan unions said.", "Nyanza Province", -0.5, 34.6, 100),
        ("Mining resumed in Katanga after the rains.", "Katanga", -8.5, 26.5, 300),
        ("Tourists filled St. Peter's Square for the blessing.", "St. Peter's Square", 41.9, 12.46, 5),
        ("Crowds marched down the Champs-Élysées.", "Champs-Élysées", 48.87, 2.31, 5),
        ("The detainees were flown to Guantanamo Bay.", "Guantanamo Bay", 19.9, -75.15, 30),
    ],
)
def test_features_and_landmarks_in_context(g, text, name, lat, lon, km):
    (place,) = resolve_spans(text, spans_of(text, name), g)
    assert place is not None and distance_km(place.lat, place.lon, lat, lon) <= km


@pytest.mark.parametrize(
    ("text", "names", "name", "country", "level"),
    [
        # a landmark ranks like its city against a small namesake town, without context
        ("The visitors were received at the White House.", ["White House"], "White House", "US", Level.CITY),
        # plain towns keep their names where a state or country says which one is meant
        ("The plant in Erie, Pennsylvania, closed.", ["Erie", "Pennsylvania"], "Erie", "US", Level.CITY),
        ("She grew up in White House, Tennessee.", ["White House", "Tennessee"], "White House", "US", Level.CITY),
        ("Nyanza, a town in Rwanda, held a market.", ["Nyanza", "Rwanda"], "Nyanza", "RW", Level.CITY),
        (
            "Oil workers in the Eastern Province of Saudi Arabia walked out in Dammam.",
            ["Eastern Province", "Saudi Arabia", "Dammam"],
            "Eastern Province",
            "SA",
            Level.ADMIN,
        ),
        (
            "Drought hit the Eastern Province, officials in Kenya said.",
            ["Eastern Province", "Kenya"],
            "Eastern Province",
            "KE",
            Level.ADMIN,
        ),
    ],
)
def test_landmarks_and_namesakes(g, text, names, name, country, level):
    places = resolve_spans(text, spans_of(text, *names), g)
    place = places[names.index(name)]
    assert place is not None and place.country == country and place.level is level


def test_landmark_beats_small_namesake_and_town_keeps_its_state(g):
    text = "She grew up in White House, Tennessee."
    (town, _) = resolve_spans(text, spans_of(text, "White House", "Tennessee"), g)
    assert town.admin1 == "TN"
    text = "The visitors were received at the White House."
    (seat,) = resolve_spans(text, spans_of(text, "White House"), g)
    assert seat.admin1 == "DC"


def test_a_qualifier_that_is_a_country_and_a_state(g):
    """"Atlanta, Georgia": Georgia the state, even beside Indianapolis, Indiana (Atlanta, Indiana)."""
    text = "Stores in Indianapolis, Indiana and Atlanta, Georgia will close."
    places = resolve_spans(text, spans_of(text, "Indianapolis", "Indiana", "Atlanta", "Georgia"), g)
    assert (places[2].country, places[2].admin1) == ("US", "GA")
    (tbilisi, _) = resolve_spans("Protests in Tbilisi, Georgia grew.", [(12, 19), (21, 28)], g)
    assert tbilisi.country == "GE"


@pytest.mark.parametrize(
    ("text", "name", "gid_prefix", "admin1"),
    [
        ("A fire destroyed a barn in PLYMOUTH CO. on Monday.", "PLYMOUTH CO.", "A2:", None),  # a county, not a town
        ("Flooding hit towns across NSW.", "NSW", "A1:AU.", "02"),
    ],
)
def test_kind_and_abbreviations_inside_the_span(g, text, name, gid_prefix, admin1):
    (place,) = resolve_spans(text, spans_of(text, name), g)
    assert place.level is Level.ADMIN and place.gazetteer_id.startswith(gid_prefix)
    assert admin1 is None or place.admin1 == admin1


@pytest.mark.parametrize(
    ("text", "name", "country", "admin1"),
    [
        # a local paper's phone numbers say which London or Huntington it means
        ("A man was stabbed in London on Sunday. Tips: call police at 519-555-0142.", "London", "CA", "08"),
        ("A man was stabbed in London on Sunday. Tips: call police at (606) 555-0142.", "London", "US", "KY"),
        ("Huntington council met on Monday. For tickets call 631-555-0199.", "Huntington", "US", "NY"),
    ],
)
def test_phone_area_codes_name_the_state_or_province(g, text, name, country, admin1):
    (place,) = resolve_spans(text, spans_of(text, name), g)
    assert (place.country, place.admin1) == (country, admin1)


def test_toll_free_numbers_name_no_area(g):
    text = "A man was stabbed in London on Sunday. Tips: call 1-800-555-0142."
    (place,) = resolve_spans(text, spans_of(text, "London"), g)
    assert (place.country, place.admin1) == ("GB", "ENG")


@pytest.mark.parametrize(
    ("text", "name", "admin1"),
    [
        # "Town, State" where the gazetteer knows the town's name only in other states: the state named
        ("Hail damaged barns near Rolla, Kan., on Tuesday.", "Rolla", "KS"),
        ("ELY, Vt. — Crews worked through the night to clear the road.", "ELY", "VT"),
    ],
)
def test_a_town_missing_from_the_state_named_after_it_is_that_state(g, text, name, admin1):
    (place,) = resolve_spans(text, spans_of(text, name), g)
    assert (place.country, place.admin1, place.level) == ("US", admin1, Level.ADMIN)


def test_a_longer_capitalised_run_after_the_comma_names_no_state(g):
    text = "Reporters in Beirut, Vladimir Petrov in Moscow and others contributed."
    (place,) = resolve_spans(text, spans_of(text, "Beirut"), g)
    assert place.country == "LB"


@pytest.mark.parametrize(
    ("text", "names", "stray", "country"),
    [
        # a village abroad that nothing else points to is a namesake near home, guessed like unknown names
        (
            "Pupils from Tottenham planted bulbs along the Crescent. Hackney and Islington families joined them.",
            ("Tottenham", "Crescent", "Hackney", "Islington"),
            "Crescent",
            "GB",
        ),
        (
            "Police in Cairo said a bomb went off in Haram on Friday. Alexandria was calm.",
            ("Cairo", "Haram", "Alexandria"),
            "Haram",
            "EG",
        ),
    ],
)
def test_a_stray_village_abroad_is_guessed_from_the_article(g, text, names, stray, country):
    places = resolve_spans(text, spans_of(text, *names), g, guess_unknown=True)
    assert places[names.index(stray)].country == country


def test_a_listed_or_known_village_abroad_stays(g):
    text = "The strains of Zaire, Bundibugyo and Sudan differ, experts in Manila and Cebu said."
    names = ("Zaire", "Bundibugyo", "Sudan", "Manila", "Cebu")
    assert resolve_spans(text, spans_of(text, *names), g, guess_unknown=True)[1].country == "UG"
    text = "Police in Cairo said a bomb went off in Haram on Friday. Alexandria was calm."
    assert resolve_spans(text, spans_of(text, "Cairo", "Haram", "Alexandria"), g)[1].country == "NO"


@pytest.mark.parametrize(
    ("text", "name", "country", "admin1"),
    [
        # first-level areas by the English or local names news uses, not GeoNames' own
        ("Storms felled trees across Rhineland-Palatinate on Monday.", "Rhineland-Palatinate", "DE", "08"),
        ("Wine growers in Lazio lost half the harvest.", "Lazio", "IT", "07"),
        ("A bus crashed in Castilla-La Mancha overnight.", "Castilla-La Mancha", "ES", "54"),
        # GeoNames' "ae", "oe", "ue" for an umlaut ("Baden-Wuerttemberg"), and a Polish voivodeship's kind word
        ("Factories in Baden-Württemberg cut shifts.", "Baden-Württemberg", "DE", "01"),
        ("Farmers in Västra Götaland protested.", "Västra Götaland", "SE", "28"),
        ("Floods reached Lesser Poland by Friday.", "Lesser Poland", "PL", "77"),
    ],
)
def test_first_level_area_by_its_news_name(g, text, name, country, admin1):
    (place,) = resolve_spans(text, spans_of(text, name), g)
    assert place is not None and (place.country, place.admin1, place.level) == (country, admin1, Level.ADMIN)


@pytest.mark.parametrize(
    ("text", "names", "town", "admin1"),
    [
        # a phone number right after a town says its state, as "Rochester, Minn." would, against the state
        # the article names elsewhere
        (
            "She worked in Albany, New York, for years. Call her new office in Rochester at 507-555-0100.",
            ("Albany", "New York", "Rochester"),
            "Rochester",
            "MN",
        ),
        (
            "He trained in Boston, Massachusetts, and now runs the clinic in Springfield at 417-555-0142.",
            ("Boston", "Massachusetts", "Springfield"),
            "Springfield",
            "MO",
        ),
        (
            "After years in Columbus, Ohio, she opened a bakery in Athens, (706) 555-0123.",
            ("Columbus", "Ohio", "Athens"),
            "Athens",
            "GA",
        ),
    ],
)
def test_phone_number_after_a_town_names_its_state(g, text, names, town, admin1):
    place = resolve_spans(text, spans_of(text, *names), g)[names.index(town)]
    assert place is not None and (place.country, place.admin1) == ("US", admin1)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # "Town, State" where the gazetteer has no such town in that state, only towns and counties of the
        # name elsewhere: the state, not a namesake elsewhere (a county elsewhere settles nothing)
        ("A fire destroyed a barn in Jasper, Ky., on Sunday.", ("Jasper", "Ky.")),
        ("The mill in Polk, Ohio, will close in May.", ("Polk", "Ohio")),
        ("Voters in Greene, Maine, backed the levy.", ("Greene", "Maine")),
    ],
)
def test_town_missing_from_its_state_is_the_state(g, text, names):
    town, state = resolve_spans(text, spans_of(text, *names), g)
    assert town is not None and town == state and town.level is Level.ADMIN


def test_a_short_form_of_a_town_named_in_full_is_that_town(g):
    text = "She will be in Rio de Janeiro on 6 February and will visit the Port of Rio."
    full = text.index("Rio de Janeiro")
    short = text.rindex("Rio")
    places = resolve_spans(text, [(full, full + len("Rio de Janeiro")), (short, short + 3)], g)
    assert [p.name for p in places] == ["Rio de Janeiro", "Rio de Janeiro"]  # not the Greek town Río
