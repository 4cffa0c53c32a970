"""The temporal tagger on the cases of issue 4 and on TimeML conventions (article of Tue 2023-11-07)."""

from __future__ import annotations

from datetime import date

import pytest

from extract.model import Precision
from extract.timex import tag_times, timeml_times

TUE = date(2023, 11, 7)
D = date.fromisoformat

# sentence, span, TimeML type, TIMEX3 value, precision, (earliest, latest) or None
ISSUE_CASES = [
    ("Monday the 6th was Antofagasta.", "the 6th", "DATE", "2023-11-06", "day", ("2023-11-06", "2023-11-06")),
    ("Polls have been open since Monday.\n\n9:05am\n\nThe bus pulled in just after 8am.", "8am", "TIME", "2023-11-07T08:00",
     "time", ("2023-11-07", "2023-11-07")),  # a live blog's entry time heads what follows: today, not Monday
    ("Three dates remain: Paris' Accor Arena on Thursday.", "Thursday", "DATE", "2023-11-09", "day",
     ("2023-11-09", "2023-11-09")),  # what is left of a tour is still to come
    ("The crew crossed to Amsterdam's Ziggo Dome on Sunday (Nov. 5) and Brussels' Forest National on Monday, where "
     "promoters said demand would have supported a second night.", "Monday",
     "DATE", "2023-11-06", "day", ("2023-11-06", "2023-11-06")),  # "would have": what did not happen, not a plan
    ("She flew in on Oct. 26 and left the following Monday.", "the following Monday", "DATE", "2023-10-30", "day",
     ("2023-10-30", "2023-10-30")),  # the Monday after the day just told, not the one nearest publication
    (
        "Blinken traveled to Asia on Tuesday.",
        "Tuesday",
        "DATE",
        "2023-11-07",
        "day",
        ("2023-11-07", "2023-11-07"),
    ),
    ("He will meet Kishida on Friday.", "Friday", "DATE", "2023-11-10", "day", ("2023-11-10", "2023-11-10")),
    # a range whose ends carry their weekdays, day first or month first, and two days sharing one month
    ("He will, from Tuesday, 14 November to Thursday, 16 November 2023, visit Viet Nam.",
     "Tuesday, 14 November to Thursday, 16 November 2023", "DATE", "2023-11-14", "day", ("2023-11-14", "2023-11-16")),
    ("She travels Tuesday, Nov. 14 through Thursday, Nov. 16.", "Tuesday, Nov. 14 through Thursday, Nov. 16", "DATE",
     "2023-11-14", "day", ("2023-11-14", "2023-11-16")),
    ("A working visit on Friday, 17 and Saturday, 18 November 2023.", "Friday, 17 and Saturday, 18 November 2023",
     "DATE", "2023-11-17", "day", ("2023-11-17", "2023-11-18")),
    ("He met Lee on Monday.", "Monday", "DATE", "2023-11-06", "day", ("2023-11-06", "2023-11-06")),
    (
        "He will stay in Tokyo through Wednesday.",
        "Wednesday",
        "DATE",
        "2023-11-08",
        "day",
        ("2023-11-08", "2023-11-08"),
    ),
    (
        "He will visit Seoul later this week.",
        "later this week",
        "DATE",
        "2023-W45",
        "week",
        ("2023-11-08", "2023-11-12"),
    ),
    (
        "She will leave Japan later this week and will travel to Seoul.",
        "later this week",
        "DATE",
        "2023-W45",
        "week",
        ("2023-11-08", "2023-11-12"),
    ),
    ("He goes to Paris next month.", "next month", "DATE", "2023-12", "month", ("2023-12-01", "2023-12-31")),
    ("He went to Rome last year.", "last year", "DATE", "2022", "year", ("2022-01-01", "2022-12-31")),
    (
        "The talks opened Oct. 7 in Cairo.",
        "Oct. 7",
        "DATE",
        "2023-10-07",
        "day",
        ("2023-10-07", "2023-10-07"),
    ),
    ("The talks opened Oct 7 in Cairo.", "Oct 7", "DATE", "2023-10-07", "day", ("2023-10-07", "2023-10-07")),
    ("The summit opens on Jan. 9.", "Jan. 9", "DATE", "2024-01-09", "day", ("2024-01-09", "2024-01-09")),
    (
        "Talks were held Sept. 6-9 in Delhi.",
        "Sept. 6-9",
        "DATE",
        "2023-09-06",
        "day",
        ("2023-09-06", "2023-09-09"),
    ),
    (
        "He toured India from Sept 3 to 6.",
        "Sept 3 to 6",
        "DATE",
        "2023-09-03",
        "day",
        ("2023-09-03", "2023-09-06"),
    ),
    (
        "He returns early next week.",
        "early next week",
        "DATE",
        "2023-W46",
        "week",
        ("2023-11-13", "2023-11-15"),
    ),
    (
        "Protests are planned this weekend.",
        "this weekend",
        "DATE",
        "2023-W45-WE",
        "week",
        ("2023-11-11", "2023-11-12"),
    ),
    (
        "He landed on Monday; the day before he was in Seoul.",
        "the day before",
        "DATE",
        "2023-11-05",
        "day",
        ("2023-11-05", "2023-11-05"),
    ),
    (
        "He will fly in on Wednesday for a dinner that evening.",
        "that evening",
        "TIME",
        "2023-11-08TEV",
        "time",
        ("2023-11-08", "2023-11-08"),
    ),
    (
        "On Wednesday morning, she flies to Ankara for the two-day summit, which opens with a dinner hosted by "
        "President Recep Tayyip Erdoğan and wraps up Thursday.",
        "Thursday",
        "DATE",
        "2023-11-09",
        "day",
        ("2023-11-09", "2023-11-09"),
    ),
    ("On Friday (17), Lula arrives in Colombo.", "Friday", "DATE", "2023-11-17", "day", ("2023-11-17", "2023-11-17")),
    ("The trip began on Tuesday (31st) in Bogota.", "Tuesday", "DATE", "2023-10-31", "day", ("2023-10-31", "2023-10-31")),
    (
        "Blinken, who had been in Ankara earlier on Monday, will hold talks in Tokyo on Tuesday and Wednesday.",
        "Wednesday",
        "DATE",
        "2023-11-08",
        "day",
        ("2023-11-08", "2023-11-08"),
    ),
    ("He will visit Peru from Sunday, the ministry said Friday.", "Friday", "DATE", "2023-11-03", "day", ("2023-11-03", "2023-11-03")),
    ("He stayed in Lima until Friday, the 3rd.", "Friday", "DATE", "2023-11-03", "day", ("2023-11-03", "2023-11-03")),
    ("She heads to Echuca this arvo.", "this arvo", "TIME", "2023-11-07TAF", "time", ("2023-11-07", "2023-11-07")),
    ("She will attend the conference from the 11th to 14th.", "the 11th to 14th", "DATE", "2023-11-11", "day",
     ("2023-11-11", "2023-11-14")),
    ("She stays here through Monday. She will return to Port Sudan on Thursday.", "Thursday", "DATE", "2023-11-09",
     "day", ("2023-11-09", "2023-11-09")),  # a stay's end next week starts no week-ahead schedule
    ("He will then spend the 30th in Lobito.", "the 30th", "DATE", "2023-10-30", "day", ("2023-10-30", "2023-10-30")),
    ("He will hold talks on the 30th with the prime minister.", "the 30th", "DATE", "2023-10-30", "day",
     ("2023-10-30", "2023-10-30")),
    ("On the 6th she travelled north to Kitwe.", "the 6th", "DATE", "2023-11-06", "day", ("2023-11-06", "2023-11-06")),
    ("She is due in Lubumbashi on the 12th for talks.", "the 12th", "DATE", "2023-11-12", "day",
     ("2023-11-12", "2023-11-12")),
    ("The official travels tomorrow, Wednesday, to Baucau.", "Wednesday", "DATE", "2023-11-08", "day",
     ("2023-11-08", "2023-11-08")),
    ("Francis, who came in 2015 months after the thaw, met Castro.", "2015", "DATE", "2015", "year",
     ("2015-01-01", "2015-12-31")),
    ("He'll then hold meetings with asset managers in New York on Monday, hosted by JPMorgan.", "Monday", "DATE",
     "2023-11-13", "day", ("2023-11-13", "2023-11-13")),
    ("He toured the region, pushing for votes ahead of the August election.", "August", "DATE", "2024-08", "month",
     ("2024-08-01", "2024-08-31")),
    ("The agenda continues the Wednesday 8/11 in Wolfsburg.", "Wednesday", "DATE", "2023-11-08", "day",
     ("2023-11-08", "2023-11-08")),
    ("Many were wounded in the blasts next to the U.S. embassies on Friday.", "Friday", "DATE", "2023-11-03", "day",
     ("2023-11-03", "2023-11-03")),
    ("The prime minister will end the trip in St. John's on Saturday.", "Saturday", "DATE", "2023-11-11", "day",
     ("2023-11-11", "2023-11-11")),
    ("He flew to Lima on Sunday, the 29th, for two days of talks.", "Sunday", "DATE", "2023-10-29", "day",
     ("2023-10-29", "2023-10-29")),
    ("He will leave from Sunday on a tour that will include Peru, the ministry reported on Thursday.", "Thursday", "DATE",
     "2023-11-02", "day", ("2023-11-02", "2023-11-02")),
    ("The comic plays Coca-Cola Arena on Friday.", "Friday", "DATE", "2023-11-10", "day", ("2023-11-10", "2023-11-10")),
    ("He plays golf on Friday.", "Friday", "DATE", "2023-11-03", "day", ("2023-11-03", "2023-11-03")),
    ("He visited Mexico from November 17 (Mon) to 22 (Sat).", "November 17 (Mon) to 22", "DATE", "2023-11-17", "day",
     ("2023-11-17", "2023-11-22")),
    ("He will visit Kenya on the 12th of July.", "12th of July", "DATE", "2024-07-12", "day", ("2024-07-12", "2024-07-12")),
    ("He will visit Kenya from the 8th to the 12th of July.", "the 8th to the 12th of July", "DATE", "2024-07-08", "day",
     ("2024-07-08", "2024-07-12")),
    ("He arrives on November 11 and leaves on the 14th.", "the 14th", "DATE", "2023-11-14", "day", ("2023-11-14", "2023-11-14")),
    ("The talks, said on the 3rd, went well.", "the 3rd", "DATE", "2023-11-03", "day", ("2023-11-03", "2023-11-03")),
    ("On Wednesday he visits Yokohama and travels to Osaka the same evening.", "the same evening", "TIME", "2023-11-08TEV",
     "time", ("2023-11-08", "2023-11-08")),
    (
        "The trip starts in Brasília on Monday, where he will meet Haddad, the ministry said in a press release on Sunday.",
        "Sunday", "DATE", "2023-11-05", "day", ("2023-11-05", "2023-11-05"),
    ),
    (
        "Huang, who held talks in Kinshasa on Monday, will travel to Kampala on Friday.",
        "Monday",
        "DATE",
        "2023-11-06",
        "day",
        ("2023-11-06", "2023-11-06"),
    ),
    ("Tinubu departs Abuja Monday for Italy", "Monday", "DATE", "2023-11-13", "day", ("2023-11-13", "2023-11-13")),
    # a trip told in the present is coming: "travels Friday", "the tour ends ... on Saturday"
    ("He travels Friday to Stockholm.", "Friday", "DATE", "2023-11-10", "day", ("2023-11-10", "2023-11-10")),
    ("The tour ends in Grenada on Saturday.", "Saturday", "DATE", "2023-11-11", "day", ("2023-11-11", "2023-11-11")),
    ("The final leg takes him to Accra on Friday.", "Friday", "DATE", "2023-11-10", "day", ("2023-11-10", "2023-11-10")),
    ("She arrives in Lima on Thursday.", "Thursday", "DATE", "2023-11-09", "day", ("2023-11-09", "2023-11-09")),
    ("He lands in Mumbai on Monday.", "Monday", "DATE", "2023-11-13", "day", ("2023-11-13", "2023-11-13")),
    # a coming trip told in next week's days goes on in that week; one in this week's days does not
    (
        "He will travel next week and begin the trip in Seoul on Monday. On Wednesday he will visit Changwon.",
        "Wednesday", "DATE", "2023-11-15", "day", ("2023-11-15", "2023-11-15"),
    ),
    (
        "He will fly to Seoul on Friday. On Wednesday he will brief parliament.",
        "Wednesday", "DATE", "2023-11-08", "day", ("2023-11-08", "2023-11-08"),
    ),
    # a weekday inside the week or weekend named before it in the sentence
    ("Over the weekend he heads east, with a rally in Allentown on Saturday.", "Saturday", "DATE", "2023-11-11", "day",
     ("2023-11-11", "2023-11-11")),
    ("Last week he visited Paris on Tuesday.", "Tuesday", "DATE", "2023-10-31", "day", ("2023-10-31", "2023-10-31")),
    ("He visited Washington in March for talks.", "March", "DATE", "2023-03", "month", ("2023-03-01", "2023-03-31")),
    ("The river is forecast to peak on Friday.", "Friday", "DATE", "2023-11-10", "day", ("2023-11-10", "2023-11-10")),
    # a headline's infinitive with no tensed verb is coming; with a past verb it is not
    ("Ito in Colombo; to visit Trincomalee on Saturday", "Saturday", "DATE", "2023-11-11", "day", ("2023-11-11", "2023-11-11")),
    ("He flew to Kyiv to meet Zelensky on Saturday.", "Saturday", "DATE", "2023-11-04", "day", ("2023-11-04", "2023-11-04")),
    (
        "She will depart Wednesday for Manila and hold a summit with President Ferdinand Marcos Jr. on Monday.",
        "Monday",
        "DATE",
        "2023-11-13",
        "day",
        ("2023-11-13", "2023-11-13"),
    ),
    ("Blinken began two days of talks in Tokyo.", "two days", "DURATION", "P2D", "unknown", None),
    ("It was a four-day blitz.", "four-day", "DURATION", "P4D", "unknown", None),
    ("He ended a week-long tour of Asia.", "a week-long", "DURATION", "P1W", "unknown", None),
    (
        "He will arrive late Wednesday.",
        "late Wednesday",
        "TIME",
        "2023-11-08TEV",
        "time",
        ("2023-11-08", "2023-11-08"),
    ),
    (
        "The meeting starts at 3 p.m.",
        "3 p.m.",
        "TIME",
        "2023-11-07T15:00",
        "time",
        ("2023-11-07", "2023-11-07"),
    ),
    ("The cabinet meets every Tuesday.", "every Tuesday", "SET", "XXXX-WXX-2", "unknown", None),
    (
        "He met them the week of Nov. 13.",
        "the week of Nov. 13",
        "DATE",
        "2023-W46",
        "week",
        ("2023-11-13", "2023-11-19"),
    ),
    (  # "proceed" is no past tense (nor "exceed", "succeed")
        "The delegation will proceed to Namibia for a visit beginning Thursday.",
        "Thursday",
        "DATE",
        "2023-11-09",
        "day",
        ("2023-11-09", "2023-11-09"),
    ),
    (
        "The delegation arrived in Jakarta on Monday last week.",
        "Monday",
        "DATE",
        "2023-10-30",
        "day",
        ("2023-10-30", "2023-10-30"),
    ),
    (
        "She will land in Jakarta on Monday next week.",
        "Monday",
        "DATE",
        "2023-11-13",
        "day",
        ("2023-11-13", "2023-11-13"),
    ),
    (
        "The team will fly to La Paz on the morning of Thursday's match.",
        "Thursday",
        "DATE",
        "2023-11-09",
        "day",
        ("2023-11-09", "2023-11-09"),
    ),
    (
        "By Thursday he was in Addis Ababa.",
        "Thursday",
        "DATE",
        "2023-11-02",
        "day",
        ("2023-11-02", "2023-11-02"),
    ),
    (
        "Mid-week, the delegation moves to Lahore.",
        "Mid-week",
        "DATE",
        "2023-W45",
        "week",
        ("2023-11-07", "2023-11-09"),
    ),
]

TIMEML_CASES = [
    ("He said now is the time.", "now", "DATE", "PRESENT_REF"),
    ("Sales rose recently.", "recently", "DATE", "PAST_REF"),
    ("We will see in the future.", "the future", "DATE", "FUTURE_REF"),
    ("Profit in the third quarter rose.", "the third quarter", "DATE", "2023-Q3"),
    ("Third-quarter profit rose.", "Third-quarter", "DATE", "2023-Q3"),
    ("In the 1990s it grew.", "the 1990s", "DATE", "199"),
    ("Sales fell over the past three months.", "the past three months", "DURATION", "P3M"),
    ("Results for fiscal 2022 were weak.", "fiscal 2022", "DATE", "2022"),
    ("He spoke on Friday night.", "Friday night", "TIME", "2023-11-03TNI"),
    ("The plant closed two years ago.", "two years ago", "DATE", "2021"),
    ("Two weeks ago he left.", "Two weeks ago", "DATE", "2023-W43"),
    ("Prices rose last month.", "last month", "DATE", "2023-10"),
    ("It happened in May.", "May", "DATE", "2023-05"),
    ("He met her on 3 March 2021.", "3 March 2021", "DATE", "2021-03-03"),
    ("He left on Tuesday, Nov. 7.", "Tuesday, Nov. 7", "DATE", "2023-11-07"),
    ("The firm reports daily.", "daily", "SET", "P1D"),
    ("Flights run four times a week.", "a week", "SET", "P1W"),
    ("It has grown for years.", "years", "DURATION", "PXY"),
    ("Trading halted yesterday.", "yesterday", "DATE", "2023-11-06"),
    ("He flies tomorrow morning.", "tomorrow morning", "TIME", "2023-11-08TMO"),
    ("He jetted into Oslo last evening.", "last evening", "TIME", "2023-11-06TEV"),
    ("She left on Monday. The next day she flew on. Two days later she was home.", "Two days later", "DATE",
     "2023-11-09"),
    ("He will be in Doha on Tuesday (November 14).", "Tuesday", "DATE", "2023-11-14"),
    ("He left on Monday. That afternoon he flew on.", "That afternoon", "TIME", "2023-11-06TAF"),
    ("He met him on Monday. In the afternoon he flew on.", "the afternoon", "TIME", "2023-11-06TAF"),
    ("He spends the night in Abuja and addresses parliament on Thursday morning.", "Thursday morning", "TIME",
     "2023-11-09TMO"),
    ("It was his first visit this summer.", "this summer", "DATE", "2023-SU"),
    ("Last fall he resigned.", "Last fall", "DATE", "2022-FA"),
    ("Profit rose in the first half.", "the first half", "DATE", "2023-H1"),
    ("He was born in the 20th century.", "the 20th century", "DATE", "19"),
    ("It rose 5% in 2021.", "2021", "DATE", "2021"),
    ("They met at 10:30 a.m. Monday.", "10:30 a.m. Monday", "TIME", "2023-11-06T10:30"),
    ("He was elected in nineteen ninety-six.", "nineteen ninety-six", "DATE", "1996"),
    ("The talks began at 1030 GMT on Tuesday.", "1030 GMT on Tuesday", "TIME", "2023-11-07T10:30"),
    ("He landed at 9 p.m. local time.", "9 p.m. local time", "TIME", "2023-11-07T21:00"),
    ("Net rose 5% for the year ended Sept. 30.", "the year", "DURATION", "P1Y"),
    ("For the year, sales rose.", "the year", "DATE", "2023"),
    ("The trial lasted 2 1/2 years.", "2 1/2 years", "DURATION", "P2Y6M"),
    ("It took two to three weeks.", "two to three weeks", "DURATION", "PXW"),
    ("Prices fell over the past decade.", "the past decade", "DURATION", "P10Y"),
    ("Late Monday, talks broke down.", "Late Monday", "TIME", "2023-11-06TEV"),
    ("Hearings ran on Wednesday, Feb. 22.", "Wednesday, Feb. 22", "DATE", "2023-02-22"),
    ("He arrived on Nov. 3 and left the next morning.", "the next morning", "TIME", "2023-11-04TMO"),
    ("Published 2023-11-07.", "2023-11-07", "DATE", "2023-11-07"),
    ("The offer had been due to expire Friday evening.", "Friday evening", "TIME", "2023-11-03TEV"),
    ("Until Thursday, they had no lead.", "Thursday", "DATE", "2023-11-02"),
    ("The talks were postponed until Thursday.", "Thursday", "DATE", "2023-11-09"),
    ("They will appeal Monday's ruling.", "Monday", "DATE", "2023-11-06"),
    ("Q4 will be weak, but profit in the latest quarter rose.", "the latest quarter", "DATE", "2023-Q3"),
    ("Net rose in the third quarter from the year-ago period.", "the year-ago period", "DATE", "2022-Q3"),
    ("Filed on 11/7/23.", "11/7/23", "DATE", "2023-11-07"),
    ("Hearings ran on Thursday, Feb. 22.", "Thursday, Feb. 22", "DATE", "2024-02-22"),
]

NOT_TIMES = [
    "The 5th time he came, the crowd was smaller.",  # an ordinal of something else, not a day of the month
    "We met them in Tokyo.",
    "They may go to Seoul.",
    "Thousands march on the capital.",
    "The Sun reported it first.",
    "He was a 45-year-old banker.",
    "Prices rose to $1,998 from $2,000.",
    "Seats rose to 700 a week.",
    "Iraq imports about three-quarters of its food.",
    "The annual March for Life drew crowds.",
    "He chairs the Shaping the Future committee.",
    "The 8th Army crossed the river.",
    "He won for the 3rd time.",
    "She lives on the 12th floor.",
    "She spent the last week of the trip in Kyoto.",  # the end of the trip, not the week before publication
]


def _one(sentence: str, span: str):
    refs = [r for r in tag_times(sentence, TUE) if r.text == span]
    assert refs, f"{span!r} not found in {[r.text for r in tag_times(sentence, TUE)]}"
    return refs[0]


@pytest.mark.parametrize(("sentence", "span", "typ", "value", "precision", "window"), ISSUE_CASES)
def test_issue_cases(sentence: str, span: str, typ: str, value: str, precision: str, window) -> None:
    ref = _one(sentence, span)
    assert (ref.type, ref.value, ref.precision) == (typ, value, Precision(precision))
    assert sentence[ref.start : ref.end] == span
    if window is None:
        assert ref.earliest is None and ref.latest is None
    else:
        assert (ref.earliest, ref.latest) == (D(window[0]), D(window[1]))


@pytest.mark.parametrize(("sentence", "span", "typ", "value"), TIMEML_CASES)
def test_timeml_conventions(sentence: str, span: str, typ: str, value: str) -> None:
    ref = _one(sentence, span)
    assert (ref.type, ref.value) == (typ, value)


@pytest.mark.parametrize("sentence", NOT_TIMES)
def test_not_times(sentence: str) -> None:
    assert [r.text for r in tag_times(sentence, TUE)] == []


@pytest.mark.parametrize(
    ("sentence", "span", "value"),
    [
        ("He met them on Tuesday.", "Tuesday", "XXXX-WXX-2"),
        ("It opens next month.", "next month", "XXXX-XX"),
        ("Talks opened Oct. 7.", "Oct. 7", "XXXX-10-07"),
    ],
)
def test_without_publication_date(sentence: str, span: str, value: str) -> None:
    (ref,) = [r for r in tag_times(sentence, None) if r.text == span]
    assert ref.value == value and ref.earliest is None


@pytest.mark.parametrize(
    ("sentence", "spans"),
    [
        ("Talks were held Sept. 6-9 in Delhi.", [("Sept. 6", "2023-09-06"), ("9", "2023-09-09")]),
        ("He toured from 3 to 6 October.", [("3", "2023-10-03"), ("6 October", "2023-10-06")]),
    ],
)
def test_timeml_splits_ranges(sentence: str, spans: list[tuple[str, str]]) -> None:
    assert [(r.text, r.value) for r in timeml_times(sentence, TUE)] == spans
    assert len(tag_times(sentence, TUE)) == 1


def test_spans_are_offsets_into_the_text() -> None:
    text = "On Monday he met Lee. He will fly to Seoul on Friday and stay two days."
    for ref in tag_times(text, TUE):
        assert text[ref.start : ref.end] == ref.text


@pytest.mark.parametrize(
    "sentence", ["He said now is the time.", "Sales rose recently.", "We will see in the future."]
)
def test_vague_references_have_no_day_window(sentence: str) -> None:
    (ref,) = tag_times(sentence, TUE)
    assert ref.value.endswith("_REF") and ref.earliest is None and ref.latest is None


@pytest.mark.parametrize(
    ("text", "value"),
    [("She will attend Tuesday's summit.", "2023-11-14"), ("They will appeal Tuesday's ruling.", "2023-11-07")],
)
def test_possessive_weekday_of_a_coming_event(text, value):
    """A day named for a coming event after a future verb is the coming one; a decided thing's day is past."""
    (t,) = tag_times(text, date(2023, 11, 8))
    assert t.value == value


@pytest.mark.parametrize(
    ("text", "published", "values"),
    [
        # a coming trip told in its days goes on from the last one named ...
        ("The delegation will leave next week. On Monday they will meet the speaker. They will fly to Almaty on "
         "Wednesday and on Thursday travel to Ushtobe. They will spend Friday and Saturday in Astana.", "2023-11-10",
         ["2023-W46", "2023-11-13", "2023-11-15", "2023-11-16", "2023-11-17", "2023-11-18"]),
        # ... but the trip's end told first does not move the days after it
        ("He departed on Sunday. He will be back in Jakarta on Friday. Upon arriving in Ankara on Sunday evening, he "
         "will be welcomed by officials.", "2023-11-05", ["2023-11-05", "2023-11-10", "2023-11-05TEV"]),
        # a stay told in the past runs until a day gone by
        ("On Wednesday he moved on to Budapest, where he stayed until Thursday lunchtime.", "2027-03-06",
         ["2027-03-03", "2027-03-04"]),
        # "today" counts the days from now again, after a coming week's days
        ("She will travel next week. On Thursday she will be in Rome. The commissioner is in Oslo today and will go on "
         "to Bergen on Sunday.", "2026-05-22", ["2026-W22", "2026-05-28", "2026-05-22", "2026-05-24"]),
        # a day joined to the one before goes on from it, even inside a week named earlier
        ("Next week the delegation will be at the fair in Guangzhou on Sunday and Monday.", "2027-04-10",
         ["2027-W15", "2027-04-18", "2027-04-19"]),
        # "later in the day", "earlier that day": the day just named
        ("She inaugurated a hospital on Saturday. Later in the day, she flew to Khushab. Earlier that day she met "
         "traders.", "2026-02-15", ["2026-02-14", "2026-02-14", "2026-02-14"]),
        # an untensed day half a year off either way is this year's, not next year's (a near tie)
        ("Japan: Tokyo, 6-9 April. State visit.", "2026-10-12", ["2026-04-06"]),
        # a participle set off by commas has no tense of its own: the nearest such day
        ("A sortie in Kabankalan, scheduled for Tuesday evening, was called off.", "2028-02-16", ["2028-02-15TEV"]),
        # a present-tense move with no place is a plan ("flies down on Sunday"); "Last stop:" is no past
        ("VDL flies down on Sunday ahead of the summit. Last stop: Mexico City on Wednesday, where she is set to sign a "
         "deal.", "2026-12-10",
         ["2026-12-13", "2026-12-16"]),
        # a voyage's last leg told in the present is to come
        ("The King's summer voyage ends in Uummannaq on Friday.", "2026-06-24", ["2026-06-26"]),
        # "that Sunday" is the weekday of the days just told, not the last Sunday before publication
        ("From Friday, April 11, to Sunday, April 13, they toured the valley. The party flew to Barcelona that Sunday "
         "afternoon and left on Wednesday, April 16.", "2025-06-20", ["2025-04-11", "2025-04-13", "2025-04-13TAF", "2025-04-16"]),
        ("They met in Porto on Tuesday, April 8. They flew on that Friday. He said that Sunday was free.", "2025-06-20",
         ["2025-04-08", "2025-04-11", "2025-06-15"]),
        # a bare weekday after a range of days is the one inside it (not the coming one after publication)
        ("She will visit Ghana from Monday 1 to Thursday 4 June. On Monday she will meet the President. On Tuesday "
         "she will visit a market.", "2026-05-19", ["2026-06-01", "2026-06-01", "2026-06-02"]),
        # an -ed word after a hyphen is an adjective, not the clause's past tense
        ("She returns to Seoul Wednesday before flying to Japan, where she is scheduled to visit Yokosuka, home of the "
         "fleet's forward-deployed ships, on Thursday.", "2025-09-23", ["2025-09-24", "2025-09-25"]),
        # a standfirst's week (no full stop) does not frame the weekdays of the story below it
        ("President lands in Argentina; a planned stop in Chile was scrapped last week\n\nBUENOS AIRES — President "
         "Isaac Herzog met Javier Milei on Wednesday.", "2026-02-25", ["2026-W08", "2026-02-25"]),
        # but a heading that is the week alone frames the days below it
        ("She carried out nine engagements this week.\n\nNEXT WEEK\n\nThe Princess is in Belfast on Monday for a "
         "riding event.", "2026-09-05", ["2026-W36", "2026-W37", "2026-09-07"]),
        # days of the month in talk, "the 6th through the 8th": one window
        ("The delegation landed on the 5th and spent the 6th through the 8th in Mumbai.", "2026-11-18",
         ["2026-11-05", "2026-11-06"]),
        # a diary entry's weekday is the entry's own day, not last week's
        ("MONDAY 13 OCTOBER\n\nCommons returns.\n\nTUESDAY 14 OCTOBER\n\nKyle lands in Riyadh. On Tuesday he sees the "
         "minister.", "2025-10-12", ["2025-10-13", "2025-10-14", "2025-10-14"]),
        # a headline's coming day does not carry on into the story below it
        ("Stalin distributes aid in Tiruppur; to visit Erode on Sunday\n\nChief Minister M.K. Stalin on Saturday "
         "distributed welfare assistance here.", "2025-11-08", ["2025-11-09", "2025-11-08"]),
    ],
)
def test_a_trip_told_in_weekdays(text: str, published: str, values: list[str]) -> None:
    assert [r.value for r in tag_times(text, D(published))] == values


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # a text that writes a day first ("14/09") is read day first throughout, year or not
        ("Lisbon, 11/09/2026 (Lusa) - He will travel between 14/09 and 17/09.", ["2026-09-11", "2026-09-14", "2026-09-17"]),
        # otherwise month first, and no date without a year ("9/11", "24/7")
        ("After 9/11 and with a 24/7 service, he met them on 11/7/2023.", ["2023-11-07"]),
        # dots or dashes with the year in full write the day first, a weekday in brackets is the same day's
        ("16.10.2025 (Thursday)\n10:05 hrs - Departure; on 17-10-2025 a meeting; not 31.02.2025.",
         ["2025-10-16", "2025-10-16T10:05", "2025-10-17"]),
    ],
)
def test_numeric_dates(text: str, values: list[str]) -> None:
    assert [r.value for r in tag_times(text, D("2026-09-11"))] == values


@pytest.mark.parametrize(
    "text",
    [
        "He met him on Monday.\n\nIn the afternoon he flew on.",  # another paragraph: no day known
        "He arrived on Monday. On the second day he spoke at a university. In the afternoon he flew on.",
    ],
)
def test_an_afternoon_without_a_day_is_not_dated(text):
    assert "the afternoon" not in {t.text for t in tag_times(text, date(2023, 11, 7))}


def test_a_later_day_is_a_duration_in_timeml():
    """TimeML marks "Two days later" as the duration "Two days"; the itinerary needs the day it names."""
    text = "She arrived on Monday. Two days later she flew on."
    assert [(t.text, t.value) for t in tag_times(text, date(2023, 11, 7))][-1] == ("Two days later", "2023-11-08")
    assert [(t.text, t.type, t.value) for t in timeml_times(text, date(2023, 11, 7))][-1] == ("Two days", "DURATION", "P2D")


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # a date alone on its line heads an entry: "this morning" and "today" under it are that day's
        ("BUCKINGHAM PALACE\n19th January 2026\n\nThe Duke this morning left London.\n\n21st January 2026\n\n"
         "He today visited Kumasi and this evening left for Freetown.",
         ["2026-01-19", "2026-01-19TMO", "2026-01-21", "2026-01-21", "2026-01-21TEV"]),
        # a date inside a sentence is no entry's heading
        ("He arrived on 19 January 2026. This morning he left.", ["2026-01-19", "2026-01-24TMO"]),
    ],
)
def test_dated_entries(text: str, values: list[str]) -> None:
    assert [t.value for t in tag_times(text, date(2026, 1, 24))] == values
