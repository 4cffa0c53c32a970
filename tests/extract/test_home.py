"""Home: the traveller's capital from the title or the opening, and stops that are the way home."""

from datetime import date

import pytest

from extract import extract_article, home
from extract.model import Article, Level, Place, Stop
from extract.pipeline import analyse


@pytest.mark.parametrize(
    ("title", "text", "capital"),
    [
        ("South Korean President", "", "Seoul"),
        ("Polish Defence Minister", "", "Warsaw"),
        ("Vietnamese Prime Minister", "", "Hanoi"),
        ("U.S. Secretary of State", "", "Washington"),
        (None, "Claudia Sheinbaum will make her first trip abroad as president of Mexico this week.", "Mexico City"),
        ("President", "The president will travel to Guatemala on Thursday.", None),
        # the host's office is not the traveller's
        ("President", "President Cyril Ramaphosa will undertake a State Visit to Viet Nam at the invitation of his "
         "counterpart, the President of Viet Nam. He will then visit Indonesia.", None),
        ("President", "Asif Ali Zardari arrived in Nouakchott, becoming the first Pakistani head of state to visit "
         "Mauritania in three decades.", "Islamabad"),
    ],
)
def test_home_capital(g, title, text, capital):
    places = analyse(Article(text)).places if text else []
    found = home.home_capital(title, text, places, g)
    assert (found.name if found else None) == capital


@pytest.mark.parametrize(
    ("name", "text", "capital"),
    [
        # the people named before the traveller's office, over a capital's dateline and a return to it
        ("Jubeir", "ISLAMABAD: Saudi Minister of State for Foreign Affairs Adel al-Jubeir returned to the capital on "
         "Saturday after talks in New Delhi.", "Riyadh"),
        # an agency's dateline with an abbreviated month, then the return home
        ("Cho Hyun", "SEOUL, Jan. 17 (Yonhap) -- Foreign Minister Cho Hyun returned home Sunday after a trip to four "
         "Gulf countries.", "Seoul"),
        # the seat of the body the traveller heads, in the office before the name or in the headline
        ("António Guterres", "UN Secretary-General António Guterres landed in N'Djamena on Wednesday.", "New York City"),
        ("Tedros Adhanom Ghebreyesus", "WHO Director-General Tedros Adhanom Ghebreyesus arrived in Kinshasa on Monday.",
         "Geneva"),
        ("António Guterres", "UN chief in Chad: rolling coverage of Guterres\n\nGuterres landed in N'Djamena.",
         "New York City"),
        ("William Ruto", "UN chief António Guterres met President William Ruto in Nairobi.", None),  # not Ruto's body
        # the host who welcomes the traveller holds an office of the country visited, not the traveller's
        ("Abdoulaye Sawadogo", "Prime Minister Abdoulaye Sawadogo has been staying in Niamey since Friday. He was "
         "welcomed at Diori Hamani International Airport by the Prime Minister of Niger.", None),
    ],
)
def test_home_from_the_opening(g, name, text, capital):
    found = home.home_capital(None, text, analyse(Article(text)).places, g, name)
    assert (found.name if found else None) == capital


def _stop(name: str, gid: str, day: int | None) -> Stop:
    place = Place(name, "XX", 0.0, 0.0, Level.CITY, gid)
    return Stop(place=place, order=0, start=date(2026, 1, day) if day else None)


def test_home_is_no_stop_at_either_end_nor_between_legs(g):
    seoul = g.capital("KR")  # (a day at home between two legs is home, not a stop of the trip)
    trip = [_stop("Seoul", seoul.gid, 1), _stop("Tokyo", "t", 2), _stop("Seoul", seoul.gid, 3),
            _stop("Manila", "m", 4), _stop("Seoul", seoul.gid, 5)]
    assert [s.place.name for s in home.drop_home_stops(trip, seoul)] == ["Tokyo", "Manila"]


def test_a_national_agencys_title_case_dateline_and_the_return_there_is_home(g):
    text = ("Vienna (APA) - The following appointments are planned.\n\nMONDAY, OCTOBER 19\n\nLUXEMBOURG - Foreign "
            "Minister Ines Okafor attends the meeting of EU foreign ministers.\n\nTUESDAY, OCTOBER 20\n\nVIENNA - "
            "Okafor opens the conference of ambassadors.\n\nTHURSDAY, OCTOBER 22\n\nTBILISI - Okafor begins a trip "
            "to the South Caucasus.\n\nSATURDAY, OCTOBER 24\n\nGYUMRI - Okafor visits a training centre. Return to "
            "Vienna in the evening.\n")
    a = analyse(Article(text, published=date(2026, 10, 16)))
    assert home.home_capital("Foreign Minister", text, a.places, g).name == "Vienna"


def test_an_office_in_a_photo_credit_is_not_the_travellers(g):
    text = ("[Photo: Czech President Petr Pavel in Kyiv on Nov. 4. Photo: Office of the President of Ukraine]\n\n"
            "Pavel traveled to Chernihiv on Thursday.")
    assert home.home_capital(None, text, analyse(Article(text)).places, g) is None


@pytest.mark.parametrize(
    ("text", "stops"),
    [
        # a leader whose title names no country, on a tour at home: the capital spoken from is home
        ("Prime Minister Rhys Tane told reporters in Wellington on Tuesday that he would fly to Rotorua on "
         "Thursday and travel to Napier and Hastings on Friday.", ["Rotorua", "Napier", "Hastings"]),
        ("ISLAMABAD: Prime Minister Tariq Aziz on Sunday directed relief work in flood-hit areas. The prime minister "
         "flew to Peshawar in the morning, where he chaired a meeting. He will visit Charsadda on Friday.",
         ["Peshawar", "Charsadda"]),
        # the capital of an opening participle: "Speaking at her press conference at the National Palace in ..."
        ("President Claudia Sheinbaum spent the weekend in Hermosillo and Navojoa. Speaking at her Monday morning "
         "press conference at the National Palace in Mexico City, Sheinbaum said she will be in Chihuahua on "
         "Saturday.", ["Hermosillo", "Navojoa", "Chihuahua"]),
        # a capital the traveller arrives in is a stop, whoever the traveller is
        ("King Harald arrived in Ottawa on Monday. He travels to Toronto on Tuesday and Montreal on Wednesday.",
         ["Ottawa", "Toronto", "Montréal"]),
    ],
)
def test_a_capital_only_spoken_from_on_a_tour_at_home_is_home(text, stops):
    it = extract_article(Article(text, published=date(2024, 5, 8)))
    assert [s.place.name for s in it.stops] == stops
