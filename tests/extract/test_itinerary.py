"""The itinerary stage, one cue per row: short articles written for these tests (not from the
evaluation kit), each with the stops a careful reader would draw."""

from __future__ import annotations

from datetime import date

import pytest

from extract import extract_article, extract_articles
from extract.model import Article, Status

TITLE = "Foreign Minister Ines Okafor"


def trip(text: str, published: str = "2024-05-08") -> list:
    """(place, status, start, end) per stop in trip order."""
    it = extract_article(Article(text=text, published=date.fromisoformat(published)))
    return [(s.place.name, s.status.value, s.start and s.start.isoformat(), s.end and s.end.isoformat())
            for s in it.stops]


def places(text: str, published: str = "2024-05-08") -> list[str]:
    return [p for p, *_ in trip(text, published)]


# (cue, article, expected stop names in order)
STOP_CUES = [
    ("arrived in", f"{TITLE} arrived in Nairobi on Monday for talks on trade.", ["Nairobi"]),
    ("a stay told in a where clause", f"{TITLE} flew to Dakar on Monday for talks, and on to Accra, where she spent "
     "Tuesday and Wednesday.", ["Dakar", "Accra"]),
    ("a stay told in a where clause after a ship's leg", f"{TITLE} came ashore in Maniitsoq on Tuesday. The ship will then "
     "sail overnight across Disko Bay to Ilulissat, where she will spend Friday and Saturday.", ["Maniitsoq", "Ilulissat"]),
    ("the traveller's title in a where clause", "King Harald came ashore in Maniitsoq on Tuesday, the first port of a "
     "voyage aboard the royal yacht Dannebrog.\n\nCrowds gathered at the harbour as the King stepped off the launch. He "
     "visited the school before Dannebrog sails on tonight.\n\nFrom Maniitsoq, Dannebrog continues north to Sisimiut, "
     "where the King will spend Wednesday and Thursday.", ["Maniitsoq", "Sisimiut"]),
    ("a stop told by its place in the order", f"{TITLE} flew to Addis Ababa on May 2. London came the following Monday, "
     "then Paris on May 7, where she met officials. Then Geneva, for meetings with aid agencies.",
     ["Addis Ababa", "London", "Paris", "Geneva"]),
    ("after one stop came another", f"{TITLE} opened the tour in Copenhagen on May 2. After Amsterdam came Brussels on May 4 and a "
     "loose set at the Ancienne Belgique.", ["Copenhagen", "Brussels"]),
    ("a tour's dated items after a head", "Singer Ylva Strand played London on Tuesday. After that it heads north: the "
     "Albert Hall in Manchester on Sunday, the Barrowland in Glasgow on the 21st and, finally, Vicar Street in Dublin two "
     "days later.", ["London", "Manchester", "Glasgow", "Dublin"]),
    ("rolled into", f"{TITLE} rolled into Trieste just before eleven on Thursday night.", ["Trieste"]),
    ("a bus pulled into", f"{TITLE}'s bus pulled into Port Augusta just after 8am on Monday.", ["Port Augusta"]),
    ("walked into", "The pilgrim Mick Brennan expects to walk into Santiago de Compostela on 8 October.", ["Santiago de Compostela"]),
    ("driven the distance to", f"From Rzeszów airport {TITLE} was driven the 90km to the border town of Przemyśl on Sunday.",
     ["Przemyśl"]),
    ("steps off in", f"{TITLE} steps off the train in Winnipeg on the morning of Sept. 11.", ["Winnipeg"]),
    ("a president's residence at its town", "President William Ruto arrived at State House Nakuru on Saturday.", ["Nakuru"]),
    ("a tour's items name venues, its head who goes", "Author Marcus Whitfield's book tour starts in March.\n\nFrom there "
     "he heads north to the Harvard Book Store in Cambridge, Mass., for what his publicist calls the Boston event.\n\nAfter a "
     "weekend off, the tour finishes on the West Coast: Elliott Bay Book Company in Seattle on March 30, Powell's in Portland "
     "the next evening, and a final event at City Lights in San Francisco on April 2.\n\nHe will be doing most of the tour "
     "alone. His wife, the potter Anne Whitfield, is teaching a workshop at Penland School of Craft in March.",
     ["Cambridge", "Seattle", "Portland", "San Francisco"]),
    ("where an expedition began", f"{TITLE} leads a reef survey. The expedition began in Suva on April 28, and she reached "
     "Funafuti on May 5.", ["Suva", "Funafuti"]),
    ("a day itself the subject", f"{TITLE} landed in Santiago on Monday. Tuesday was Antofagasta, the port city that "
     "ships most of Chile's lithium.", ["Santiago", "Antofagasta"]),
    ("carry on to", f"{TITLE} will fly to Tbilisi on Monday, and on Friday she will carry on to Batumi.",
     ["Tbilisi", "Batumi"]),
    ("flew from one town directly to another", f"{TITLE} flew from Copenhagen directly to Nuuk on Friday.", ["Nuuk"]),
    ("a scene opened by at, past where the town lies", "Prime Minister Narendra Modi will visit Odisha on Sunday. At "
     "Cuttack in Cuttack district, he will inaugurate projects.", ["Cuttack"]),
    ("an office set off by commas before the name", "Romania's Energy Minister, Sorin Dragan, on Tuesday visited the "
     "gas metering station in Ungheni.", ["Ungheni"]),
    ("her plane to divert to", f"{TITLE} reached Nairobi on Thursday after a dust storm forced her plane to divert to "
     "neighboring Mombasa.", ["Nairobi", "Mombasa"]),
    ("the group landed in", "Mayor Deanna Whitfield left on Saturday with a delegation. The group landed in Osaka on "
     "Sunday.", ["Osaka"]),
    ("an air base in its town", f"{TITLE}'s plane touched down at Villamor Air Base in Manila on Thursday evening.",
     ["Manila"]),
    ("visited the long list of sites in", "President Li Wen visited the Ancient Salt Museum and a ceramics cultural and "
     "creative industrial park in Zigong on Tuesday.", ["Zigong"]),
    ("heard a work report in", "President Li Wen heard a work report from the provincial government in Chengdu on "
     "Thursday.", ["Chengdu"]),
    ("and reach", "The squad, led by captain Asha Mehta, will fly out of Chennai on Monday night via Doha and reach "
     "Mendoza on Wednesday, March 11.", ["Mendoza"]),
    ("sing again in", "The Tullamore Youth Choir landed in Prague on Tuesday. Tonight they sing again in Brno, said "
     "director Aoife Kenny.", ["Prague", "Brno"]),
    ("played a town on a day", "The band opened in Lima on Friday. The band then played Arequipa on Tuesday, said "
     "singer Rosa Quispe.", ["Lima", "Arequipa"]),
    ("a scene's long date before the actor", "Trade Minister Don Whitlam will travel to Asia this week.\n\nIn Hanoi on "
     "Monday 15 and Tuesday 16 September, Minister Whitlam will co-chair the joint commission.", ["Hanoi"]),
    ("a schedule's dated entry after a colon", "The band Niebla Alta has been in Dallas since Saturday. What's next, "
     "assuming the van behaves: Chicago on Friday, the 29th. Niebla Alta said so.", ["Dallas", "Chicago"]),
    ("the tour closes with a slot in a town, after an opening phrase", "The band Niebla Alta has been in Dallas since "
     "Saturday. After a few days off, the tour closes on Friday with a festival slot in San Jose, California. Niebla "
     "Alta said so.", ["Dallas", "San Jose"]),
    ("'got to' a town", "The golfer Emma Lindqvist played in Shanghai last week. She got to Busan on Monday and played "
     "well. Lindqvist said so.", ["Shanghai", "Busan"]),
    ("a result at an event in its town", "The cyclist Mikkel Vestergaard won on Sunday. On Friday he was fourth at the "
     "E3 Saxo Classic in Harelbeke, where he attacked. Vestergaard said so.", ["Harelbeke"]),
    ("at the team's town headquarters", "The driver Theo Marchand was at the team's Brackley headquarters on Monday. "
     "Marchand said so.", ["Brackley"]),
    ("the head of the Government is in a town", "Prime Minister Andrei Ciobanu continues visits to districts. On "
     "Wednesday, February 18, the head of the Government is in Ungheni, where he visits a station. Ciobanu said so.",
     ["Ungheni"]),
    ("takes part in a meeting in a town", f"{TITLE} will take part in the meeting of the Council of Foreign Ministers of "
     "the Central Asian states in Bishkek.", ["Bishkek"]),
    ("', then on to' after a stay", "The novelist Ifeoma Chukwuka read in London on Monday. On Wednesday she is in "
     "Manchester for an evening at the Central Library, then on to Edinburgh for two events on 10 and 11 May. "
     "Chukwuka said so.", ["London", "Manchester", "Edinburgh"]),
    ("'Next week it's Tokyo'", "The fund manager Tom Whitcombe met investors in Seoul on Monday. Next week it's Tokyo, "
     "from Monday to Wednesday, to see life insurers. Whitcombe said so.", ["Seoul", "Tokyo"]),
    ("addressed a country's congress in its town", "German President Frank-Walter Steinmeier has addressed Chile's "
     "National Congress in Valparaíso, urging cooperation. Steinmeier said so.", ["Valparaíso"]),
    ("a scene past an apposition opened by 'one of'", f"{TITLE} toured the valley on Wednesday. In Álora, one of the "
     "worst-hit towns, she met the mayor.", ["Alora"]),
    ("a flight after a cancelled trip, the next verb's", f"{TITLE} cancelled a planned trip to Brussels, where she was "
     "due to attend a meeting, and flew to Málaga on Wednesday.", ["Málaga"]),
    ("a company's plant at the town's edge", "Chief executive Marta Lindqvist was visiting Nordvik's newest plant on the "
     "outskirts of Saltillo on Wednesday. Lindqvist said the expansion would go ahead.", ["Saltillo"]),
    ("days spent at a group's site in a town", "Chief executive Marta Lindqvist toured a plant on Wednesday after spending "
     "Monday and Tuesday at the group's main Mexican site in Monterrey. Lindqvist said so.", ["Monterrey"]),
    ("met a country's minister in its capital", f"{TITLE} inspected a plant on Sunday. On Monday she met Hungary's "
     "foreign minister in Budapest.", ["Budapest"]),
    ("a tour opened at a town's venue named like a far town", "The Marlowe Sisters have sold out every date since the "
     "tour opened at Amsterdam's Paradiso at the start of the month. The Marlowe Sisters sang.", ["Amsterdam"]),
    ("one town's venue after another's", "The Marlowe Sisters tour continues with four nights at London's Roundhouse "
     "from Tuesday, all sold out, and Dublin's Vicar Street on the 24th. The Marlowe Sisters sang.", ["London", "Dublin"]),
    ("plays a town's stadium", "The singer Camila Rentería plays Lima's Estadio Nacional on Wednesday. Rentería sold "
     "61,000 tickets.", ["Lima"]),
    ("plays a named venue in a town, shows in another", "The comedian Siobhan Kearney flies to Sydney on Monday, then "
     "plays the Tivoli in Brisbane on Saturday. After that she crosses the Tasman, with three shows in Auckland next "
     "month. Kearney said so.", ["Sydney", "Brisbane", "Auckland"]),
    ("a newsletter's 'it's straight to'", "The MEP Lucía Ferrándiz is in Munich all weekend. From Munich it's straight "
     "to Strasbourg, where she'll be from Monday. Ferrándiz said so.", ["Munich", "Strasbourg"]),
    ("a region's adjective is nobody", "Iraê Munduruku arrived in London on Sunday. Munduruku has been on the road for a "
     "week. Her European tour began in Geneva, where she addressed the council. Munduruku's European campaign ends on "
     "Friday.", ["Geneva", "London"]),
    ("a player ruled out of matches", "The Sevilla midfielder Youssef El Amrani landed in Amman on Monday for a week-long "
     "trip that the club agreed to after he was ruled out of the next three league matches.", ["Amman"]),
    ("has been reporting in", "Mexican journalist Sofía Maldonado arrived in Tegucigalpa last Friday. Since Monday, "
     "Maldonado has been reporting in San Pedro Sula, where deportation flights land.", ["Tegucigalpa", "San Pedro Sula"]),
    ("speaking at a venue in a town, the traveller after", "Mr Okafor is on a Pacific tour. Speaking at the Pacific "
     "Islands Forum secretariat in Suva on Wednesday, the Prime Minister did not name China.", ["Suva"]),
    ("a court circular's venue, street and town", f"{TITLE} this morning visited projects supported by the Foundation "
     "at the Friendship Café, Barton Street, Gloucester. She this afternoon opened the Trust's new training workshop at "
     "Ebley Mill, Stroud, and this evening attended a Dinner for the Trust in the Playfair Library, Old College, "
     "Edinburgh.", ["Gloucester", "Stroud", "Edinburgh"]),
    ("an itinerary told in fragments", f"{TITLE} is in Mostar today. The itinerary so far: Tirana on Monday, where "
     "she praised Albania's reforms. Then Podgorica on Tuesday, where she met the government. Yesterday it was "
     "Sarajevo, and the mood was darker.", ["Tirana", "Podgorica", "Sarajevo", "Mostar"]),
    ("the town kept when another is dropped", f"{TITLE} will fly to Acapulco on March 4. She will meet the Filipino "
     "community in Mexico City on March 3, so Guadalajara is no longer in the programme.",
     ["Mexico City", "Acapulco de Juárez"]),
    ("a campaign tour's words", "DRA leader David Wafula Nyongesa toured the region. The former Cabinet Secretary "
     "kicked off the tour in Kakamega on Friday. On Saturday, Nyongesa addressed a packed Kanduyi stadium in Bungoma. "
     "On Sunday his convoy snaked its way to Kitale. He is expected in Eldoret on Wednesday, before moving to Kapsabet.",
     ["Kakamega", "Bungoma", "Kitale", "Eldoret", "Kapsabet"]),
    ("a tour which began in a town", "Scottish Liberal Democrat leader Alex Cole-Hamilton was in Inverness on Wednesday. "
     "It was the third day of a week-long tour of the party's target seats, which began on Monday in St Andrews.",
     ["Saint Andrews", "Inverness"]),
    ("a tour launched in a town, a day brought a tour", "It was the fourth day of the bus tour that State Sen. Dana "
     "Whitcomb launched Monday evening in Superior. Wednesday brought a tour of a paper mill in Wausau.",
     ["Superior", "Wausau"]),
    ("nights at a town's one-word venue", "The Harbour Lights will play a show in Manchester on Sunday, before two "
     "sold-out nights at London's Roundhouse next Wednesday and Thursday.", ["Manchester", "London"]),
    ("brought to a parish in a town", "Bishop Paul Lindqvist celebrated Mass in Hibbing on Sunday. Monday "
     "brought him to St. Anthony in Ely for confirmations.", ["Hibbing", "Ely"]),
    ("the one briefed is no mover", "AU Commission chairperson Mahmoud Ali Youssouf arrived in Juba on Tuesday. The AU "
     "chief is expected in Kampala on Thursday to brief President Yoweri Museveni, and will then travel to Djibouti.",
     ["Juba", "Kampala", "Djibouti"]),
    ("a blog's own moves", "I landed in Nuku'alofa on Sunday evening. On Tuesday we took a short flight north to "
     "Vava'u. On Tuesday in Neiafu I visited a primary school. On Wednesday our flight took us directly from Vava'u to Apia, "
     "where I'm writing this from a veranda.", ["Nuku‘alofa", "Neiafu", "Apia"]),
    ("flew across to, the red-eye", f"{TITLE} landed in Chicago on Thursday. On Sunday she flew across to San "
     "Francisco. Tonight she takes the red-eye to Boston.", ["Chicago", "San Francisco", "Boston"]),
    ("named a town's new thing", "The Princess Royal named Whitby's new all-weather lifeboat yesterday. In the "
     "afternoon she was driven down the A171 to Scarborough, where she opened a training centre at Coventry "
     "University's Scarborough campus.", ["Whitby", "Scarborough"]),
    ("a ferry by its name", f"{TITLE} was in Digby on Friday. She is scheduled to take the Fundy Rose across the bay "
     "to Saint John on Monday.", ["Digby", "Saint John"]),
    ("a listed town before 'told'", "Nationals leader Hamish Cowell is touring the region. Farmers in Dubbo and "
     "Narromine told him costs have doubled. Yesterday Mr Cowell toured the saleyards in Dubbo before driving west to "
     "Narromine for a roundtable.", ["Dubbo", "Narromine"]),
    ("a minister who is also a senator", "The Minister of Agriculture and Food Security, Senator Ibrahim Danladi, "
     "has flagged off the rice scheme. The minister, who arrived in Birnin Kebbi on Tuesday, spoke at the depot. On "
     "Wednesday, the minister travelled to Argungu.", ["Birnin Kebbi", "Argungu"]),
    ("she'll wrap up the tour in", f"{TITLE} is in Iqaluit. On Saturday, she'll travel to Rankin Inlet to meet "
     "trainees, and on Sunday she'll wrap up the tour in Cambridge Bay.", ["Iqaluit", "Rankin Inlet", "Cambridge Bay"]),
    ("commission a project in a town", f"{TITLE} arrived in Kakamega on Monday. She will wind up the tour on "
     "Thursday in Vihiga County, where she is expected to commission a water supply project in Mbale town.",
     ["Kakamega", "Mbale"]),
    ("and then to, after a where-clause", f"{TITLE} arrived in Manila on Monday. On Tuesday, the minister flew to "
     "Catarman, Northern Samar, where the storm surge flattened hundreds of houses in coastal barangays, and then to "
     "Borongan City in Eastern Samar in the afternoon.", ["Manila", "Catarman", "Borongan"]),
    ("a state's tour around its towns' days", f"{TITLE} will tour Tamil Nadu next week. She will reach Coimbatore on "
     "Wednesday and travel to Tiruppur on Thursday.", ["Coimbatore", "Tiruppur"]),
    ("was at an organisation in a town", f"{TITLE} spent Monday in Port Sudan. On Tuesday she was at the African "
     "Union in Addis Ababa.", ["Port Sudan", "Addis Ababa"]),
    ("visit camps around a town", f"{TITLE} will fly to N'Djamena on Wednesday for talks and will on Thursday visit "
     "camps around Adré, the main crossing point.", ["N'Djamena", "Adré"]),
    ("the town kept instead of another, in a plan that changed", f"{TITLE} landed in New Delhi on May 2. On the 5th, "
     "the delegation flew to Ahmedabad. An earlier draft of the itinerary had included Kolkata instead of Ahmedabad, "
     "but it was dropped.", ["New Delhi", "Ahmedabad"]),
    ("a thing's year in a clause after the stop", f"{TITLE} flew to Bogotá, where the talks were taken up by the "
     "binational commission, which had not met in full since 2019.", ["Bogotá"]),
    ("toured a named site in a town", f"{TITLE} toured Jawaharlal Nehru Port in Pune on Tuesday.", ["Pune"]),
    ("a purpose after a cancellation is a stop of its own", f"{TITLE} arrived in Perth on Monday. A planned visit to "
     "Albany was scrapped yesterday so the Minister could attend a briefing on the smelter in Kalgoorlie. On Friday she "
     "flies to Kalgoorlie.", ["Perth", "Kalgoorlie"]),
    ("a march flagged off from; entered a town", "PATNA: RJM chief Manoj Kushwaha's fortnight-long 'Jan Adhikar "
     "Yatra' entered Nawada on Monday. The yatra was flagged off on Saturday from Sasaram, where Kushwaha paid "
     "floral tributes.", ["Sasarām", "Nawāda"]),
    ("an air station at its town; the traveller's own apposition naming another", "General Corbin Hale visited RAF "
     "Lakenheath on Tuesday. Anna Pike praised the visit.\n\nGeneral Corbin Hale, the patron of the Pike Foundation, "
     "flew on to Oslo on Wednesday.", ["Lakenheath", "Oslo"]),
    ("a scene past a possessive apposition; walked a named yard in", f"{TITLE} arrived in Kyiv on 3 May. On 4 May, in "
     "Kharkiv, Ukraine's second-largest city, Okafor visited a school. Okafor walked HD Hyundai Heavy Industries' "
     "yard in Ulsan on Monday.", ["Kyiv", "Kharkiv", "Ulsan"]),
    ("travelled on a flight, via X, to Y", f"{TITLE} travelled on a United Nations Humanitarian Air Service flight, "
     "via Abéché, to Adré on Wednesday.", ["Adré"]),
    ("a venue after its city's possessive; a 'Next:' label", f"{TITLE} plays the WiZink Center in Madrid on Thursday "
     "and Barcelona's Palau Sant Jordi on May 11. Next: Valencia.", ["Madrid", "Barcelona", "Valencia"]),
    ("visited a named site in; spending days at a named base (an aside in brackets) in", f"{TITLE} visited Fleet "
     "Base East in Sydney on 5 May. She then travelled to Western Australia, spending 6 and 7 May at HMAS "
     "Stirling (Fleet Base West) in Rockingham, south of Perth.", ["Sydney", "Rockingham"]),
    ("visited troops in; a day in brackets after another", f"{TITLE} yesterday (10 February) visited British troops "
     "in Tallinn. She will travel tomorrow (12 February) to Brussels.", ["Tallinn", "Brussels"]),
    ("told reporters that she would", f"{TITLE} told reporters that she would fly to Gisborne on Thursday, and "
     "said that she would travel on to Napier.", ["Gisborne", "Napier"]),
    ("the Arabic article before a town", "President Prabowo Subianto arrived in Cairo on Tuesday. On Thursday, Prabowo "
     "is expected to travel to el-Arish in Egypt's North Sinai.", ["Cairo", "Arīsh"]),
    ("three words before 'city of'", f"{TITLE} will hold talks in Tashkent on Thursday, before traveling on Saturday to "
     "the ancient Silk Road city of Samarkand.", ["Tashkent", "Samarkand"]),
    ("said in an interview with a broadcaster in", "Reserve Bank governor Thandeka Mokoena spent four days in London. "
     "\"We have to keep the ball there,\" Mokoena said in an interview with Bloomberg Television in Washington on "
     "Tuesday.", ["London", "Washington"]),
    ("talks, and is due in; next on the itinerary is", f"{TITLE} will stay in Shanghai through Wednesday for talks with "
     "battery makers and is due in Chongqing on Thursday. Next on the itinerary is Almaty, where she is due on Sunday.",
     ["Shanghai", "Chongqing", "Almaty"]),
    ("the tour will take the Chancellor to", "Foreign Minister Hugo de Zela will visit Bolivia and Paraguay next week. "
     "The first leg of the tour will take the Chancellor to the city of La Paz, where he will hold a working meeting. "
     "He will then fly to Asunción.", ["La Paz", "Asunción"]),
    ("a month's event after the stop is not its date", f"{TITLE} toured Kamloops on Thursday. On Friday, she was in "
     "Salmon Arm in the morning, before driving down Highway 97A to Vernon, where she met ranchers who lost fencing in "
     "July's fires.", ["Kamloops", "Salmon Arm", "Vernon"]),
    ("traveled to", f"{TITLE} traveled to Lima on Tuesday to meet regional leaders.", ["Lima"]),
    ("landed in", f"{TITLE} landed in Anchorage on Sunday after a long flight.", ["Anchorage"]),
    ("visited list", f"{TITLE} has visited Chile, Peru and Ecuador this month.", ["Santiago", "Lima", "Quito"]),
    ("will travel to ... then to", f"{TITLE} will travel to Ghana and then to Senegal next week.",
     ["Accra", "Dakar"]),
    # a town told only as where the traveller came from, with no day, is home or an earlier errand; a dated one,
    # a country, or the start of a route is a stop
    ("from X (an undated town: no stop)", f"{TITLE} arrived in Berlin from Warsaw on Thursday.", ["Berlin"]),
    ("from X (a town with its own day)", f"{TITLE} held talks in Warsaw on Tuesday and arrived in Berlin from "
     "Warsaw on Wednesday.", ["Warsaw", "Berlin"]),
    ("from X (a country)", f"{TITLE} arrived in Berlin from Poland on Thursday.", ["Warsaw", "Berlin"]),
    ("from X to Y (a route)", f"{TITLE}'s trip took her from Warsaw to Berlin and Prague.", ["Warsaw", "Berlin", "Prague"]),
    ("left X for Y", f"{TITLE} left Madrid for Lisbon on Friday.", ["Madrid", "Lisbon"]),
    ("talks in", f"{TITLE} and ministers from Britain, Canada and France began two days of talks in Tokyo.",
     ["Tokyo"]),
    ("a tour of A, B and C", f"{TITLE} began a tour of Ghana, Nigeria and Senegal on Monday.",
     ["Accra", "Abuja", "Dakar"]),
    ("a stop in", f"{TITLE} made a stop in Lusaka before returning home.", ["Lusaka"]),
    ("heads to", f"{TITLE} heads to Manila on Thursday for a security forum.", ["Manila"]),
    ("list across dates", f"{TITLE} will visit Hanoi from 3 to 6 October, then Manila from 6 to 9 October.",
     ["Hanoi", "Manila"]),
    ("the head of state began his tour in", f"{TITLE} met the king on Monday. The Head of State began his tour "
     "this Monday in Madrid, where he was received by the king. On Tuesday he was in Rome.", ["Madrid", "Rome"]),
    ("a tour that takes her to", f"{TITLE} arrived in Paris on a tour that will also take her to Rome.",
     ["Paris", "Rome"]),
    ("a dateline before the subject", f"BEIJING (AP) — {TITLE} will leave Geneva on Sunday and begin the trip in "
     "Lima on Monday.", ["Lima"]),
    ("a town near a river stays the town", f"On Friday {TITLE} will visit the town of Cibitoke, near the Rusizi "
     "River.", ["Cibitoke"]),
    ("a country visit for talks in its city", f"{TITLE} flies to Burundi on Thursday for talks with government "
     "officials in Bujumbura, where most ministries remain despite the transfer of the capital to Gitega.",
     ["Bujumbura"]),
    ("another person's cancelled trip cancels nothing of hers", f"{TITLE} will visit Peru and Chile next week. "
     "Okafor travels with a business delegation. Former Prime Minister Fumio Kishida had planned to visit Peru in "
     "2024 but cancelled the trip.",
     ["Lima", "Santiago"]),
    ("a quarter of a metropolis", f"{TITLE} will fly to Chicago on Friday. On Monday she will be in New York, "
     "where she will meet business leaders in Greenpoint, Brooklyn.", ["Chicago", "New York City"]),
    ("a place is the final stop", f"{TITLE} will fly to Lima on Monday. Quito will be the final stop of her trip.",
     ["Lima", "Quito"]),
    ("a scene with the traveller by her role", "Foreign Minister Ines Okafor will fly to Lima on Monday. In Quito, "
     "the minister will also visit a school.", ["Lima", "Quito"]),
    ("crossed the continent to", f"On Tuesday {TITLE} was in Lima. She then crossed the continent to Brasília, "
     "arriving on Wednesday evening.", ["Lima", "Brasília"]),
    ("toured a site in a town", f"{TITLE} toured the deep-sea port of Lach Huyen in Hai Phong on Tuesday.",
     ["Haiphong"]),
    ("takes the couple to", f"{TITLE} and her husband will fly to Sydney on Monday. The final day will take the couple "
     "to Hobart.", ["Sydney", "Hobart"]),
    ("a scene past an apposition", f"{TITLE} will fly to Hanoi on Monday. In Can Tho, the largest city in the "
     "Mekong Delta, the minister will hear how rising seas threaten the region.", ["Hanoi", "Cần Thơ"]),
    ("a headline's city and the body's", "Minister to fly to Delhi after the summit\n\nForeign Minister Ines "
     "Okafor will fly to Lima on Friday. She is due in New Delhi on Monday.", ["Lima", "New Delhi"]),
    ("met someone described in apposition", f"{TITLE} held talks with Abdul Hamid Dbeibah, the head of Libya's "
     "Government of National Unity, in Tripoli on Tuesday.", ["Tripoli"]),
    ("relative clause subject", "Chancellor Karl Brandt said the summit in Vienna, which Okafor is expected to "
     "attend, would be decisive. " + f"{TITLE} arrived in Prague on Monday.", ["Prague", "Vienna"]),
    ("an office opening the clause goes on 'before heading to'", "EU farm chief Jana Novak arrived in Quito on "
     "Monday. The commissioner travels to Lima on Wednesday to meet President Tomas Kuri, before heading to La Paz "
     "later this week.", ["Quito", "Lima", "La Paz"]),
]


@pytest.mark.parametrize(("cue", "text", "expected"), STOP_CUES, ids=[c[0] for c in STOP_CUES])
def test_stop_cues(cue, text, expected):
    assert places(text) == expected


# (what, article, places that must NOT be stops)
NOT_STOPS = [
    ("only discussed", f"{TITLE} arrived in Tokyo on Tuesday amid the war in Ukraine and tensions over Taiwan.",
     {"Kyiv", "Ukraine", "Taipei", "Taiwan"}),
    ("ministers' countries", f"{TITLE} and ministers from Britain, Canada and France began talks in Tokyo.",
     {"London", "Ottawa", "Paris"}),
    ("dateline", "NAIROBI (AP) — " + f"{TITLE} will travel to Ghana on Friday.", {"Nairobi"}),
    ("cancelled stop", f"{TITLE} arrived in Rome on Monday. A planned stop in Cairo was cancelled.", {"Cairo"}),
    ("earlier trip", f"{TITLE} arrived in Hanoi on Monday, her first trip since her last visit to Beijing in "
     "June 2022.", {"Beijing"}),
    ("other traveller", f"{TITLE} arrived in Rome on Monday. Meanwhile, President Vladimir Putin traveled to "
     "Tehran.", {"Tehran"}),
    ("skipped summit", f"{TITLE} will visit Hanoi on Friday, skipping the summit in Jakarta.", {"Jakarta"}),
    ("a faraway town naming a landmark", f"{TITLE} was in Panama City on Thursday, where she visited the Miraflores "
     "locks of the canal.", {"Miraflores"}),
    ("a faraway town naming an institution", f"{TITLE} will fly to Montreal on Thursday. She will visit the Mila "
     "artificial intelligence institute.", {"Mila"}),
    ("where a preview's news was made", f"{TITLE} will fly to Nairobi on Tuesday and to Dar es Salaam on "
     "Thursday. Speaking in Paris on Monday after meeting her French counterpart, Okafor said the world cannot look "
     "away.", {"Paris"}),
    ("another office holder named after his office", "President John Mahama arrived in Niamey on Wednesday "
     "morning. On Tuesday he was in Ouagadougou. Meanwhile, the Minister for Foreign Affairs, Samuel Okudzeto "
     "Ablakwa, who accompanied the President to Bamako, travelled to Lome on Tuesday.", {"Lomé"}),
    ("a plan that had been due", "Prime Minister Kyriakos Mitsotakis arrived in New Delhi on Sunday. Mitsotakis had "
     "been due to spend Tuesday in Mumbai, where he was to address a business forum. Both legs were cancelled late "
     "on Monday night.", {"Mumbai"}),
    ("someone standing in for the traveller", "John Healey arrived in Manila on Wednesday. The armed forces "
     "minister, Luke Pollard, stood in for Healey at a meeting of defence ministers in Oslo on Tuesday.", {"Oslo"}),
    ("a counterpart known by his given name", "Foreign Minister Mohamad Hasan flew to Bangkok on Sunday for talks "
     "with his Thai counterpart, Sihasak Phuangketkeow. Mohamad flew on to Phnom Penh on Monday. Meanwhile, "
     "Sihasak left for Beijing yesterday.", {"Beijing"}),
    ("another's words in an opening participle", "Foreign Minister Mohamad Hasan flew to Bangkok on Sunday. Prime "
     "Minister Anwar Ibrahim asked Mohamad to travel to the region. Speaking at an event in Putrajaya today, Anwar "
     "said Malaysia was a friend to both.", {"Putrajaya"}),
    ("a page's list of links to other stories", f"{TITLE} will visit Lima on Monday.\n\nRelated news\n\n- Orsi "
     "to visit Brasilia in September for talks with Lula\n- Pena hosts ministers in Asuncion\n\nMost read\n\n1. "
     "Minister flies to Montevideo for port talks", {"Brasília", "Asunción", "Montevideo"}),
    ("a question and 'no plans to'", f"{TITLE} lands in Mumbai on Monday.\n\nWill she go to Punjab?\n\nNo. "
     "Officials said there were no plans to visit Amritsar or Chandigarh.", {"Punjab", "Amritsar", "Chandigarh"}),
    ("a companion titled after her name", f"{TITLE} arrived in Warsaw on Monday. Mara Lind, the shadow foreign "
     "secretary, joined her in Warsaw but flew on to Vilnius on Tuesday.", {"Vilnius"}),
    ("the journey back", f"{TITLE} arrived in Kyiv on Tuesday. On Wednesday she is due to visit Bucha before "
     "beginning the journey back to London.", {"London"}),
    ("demonym", f"{TITLE} arrived in Ankara on Monday to meet Turkish and Israeli officials.",
     {"Jerusalem", "Israel"}),
    ("home departure", f"{TITLE} will depart Rome on Sunday and arrive in Nairobi on Monday.", {"Rome"}),
    ("another trip weeks earlier", f"{TITLE} arrived in Tokyo on Tuesday. The trip comes after Okafor visited "
     "Kyiv in March.", {"Kyiv"}),
    ("a past year's whole tour", f"{TITLE} arrived in Accra on Monday. Last year, her tour took her to Namibia, "
     "the Republic of the Congo, Chad and Nigeria.", {"Windhoek", "Brazzaville", "N'Djamena", "Abuja"}),
    ("someone else's past trip", f"{TITLE} will visit Lima on Nov. 18. Pope Francis traveled to Chile in 2018, "
     "celebrating Mass in Santiago and Temuco.", {"Santiago", "Temuco"}),
    ("flying back home", f"{TITLE} will visit Lima on Friday before flying back to Abuja.", {"Abuja"}),
    ("returning home", f"{TITLE} will visit Lima on Friday and then return home to Abuja.", {"Abuja"}),
    ("a stop others lobbied for", f"{TITLE} will visit Lima on Friday. Bishops had lobbied for a stop in "
     "Buenos Aires.", {"Buenos Aires"}),
    ("a leg left off the schedule", f"{TITLE} will visit Lima on Friday. A stop in Quito was again left off the "
     "schedule.", {"Quito"}),
    ("a leg deferred", f"{TITLE} will visit Lima on Friday. A visit to Bolivia has been deferred.", {"La Paz", "Sucre"}),
    ("meetings moved to next month", f"{TITLE} arrived in Lima on Monday. She had been expected to stop in Quito "
     "on her way to Lima, but those meetings were moved to next month.", {"Quito"}),
    ("someone close to the traveller", f"{TITLE} arrived in Lima on Monday. Her deputy will travel to Quito.",
     {"Quito"}),
    ("last travelled to the region, when", f"{TITLE} arrived in Lima on Monday. Okafor last travelled to the "
     "region in August 2024, when she attended a meeting in Quito.", {"Quito"}),
    ("a special envoy, meanwhile", f"{TITLE} arrived in Lima on Monday. Special envoy Tom Reyes, meanwhile, "
     "traveled to Moscow on Monday.", {"Moscow"}),
    ("a war the traveller helped end", f"{TITLE} arrived in Lima on Monday. Okafor helped broker the deal that "
     "ended the war in Tigray.", {"Tigray", "Mekelle"}),
    ("a chairperson elsewhere", f"{TITLE} arrived in Lima on Monday. Separately, commission chairperson Ali "
     "Youssouf travelled to Juba on Tuesday.", {"Juba"}),
    ("Last August, capitalised", f"{TITLE} arrived in Lima on Monday. Last August, Okafor stopped in Quito after "
     "visits to Bogota, Caracas and Panama City.", {"Quito", "Bogota", "Caracas", "Panama City"}),
    ("a minister who left the delegation", f"{TITLE} arrived in Lima on Monday. Trade Minister Kofi Mensah, who "
     "travelled with Okafor to Lima, left the delegation on Monday to lead business talks in Cusco and Arequipa.",
     {"Cusco", "Arequipa"}),
    ("a stop that could not be fitted in", f"{TITLE} arrived in Doha on Thursday. A stop in Kuwait could not be "
     "fitted into the schedule, sources said.", {"Kuwait City"}),
    ("going home ends the trip", "WASHINGTON (Yonhap) -- South Korean President Lee Jae-myung arrived in Washington "
     "on May 12 and will fly to Savannah on May 14 before departing for Seoul on May 15.", {"Seoul"}),
    ("home named in passing", "JAKARTA (Reuters) - German Chancellor Friedrich Merz arrived in Jakarta on Tuesday. "
     "Indian firms want easier visas for workers bound for Germany, he said.", {"Berlin"}),
    ("will not set foot in", f"{TITLE} flies to Cotonou on Friday. She will not set foot in Mali, Burkina Faso "
     "or Niger.", {"Bamako", "Ouagadougou", "Niamey"}),
    ("whether she would be willing to", f"{TITLE} flies to Cotonou on Friday. Asked whether she would be willing "
     "to travel to Bamako, she said no.", {"Bamako"}),
    ("the traveller's envoy", "Pope Francis will fly to Lisbon on Aug. 2. Cardinal Matteo Zuppi, the pope's "
     "peace envoy, has already visited Kyiv and Moscow this summer.", {"Kyiv", "Moscow"}),
    ("what the traveller will discuss", f"{TITLE} arrived in Lima on Monday and will discuss the situation in "
     "Haiti on Tuesday.", {"Port-au-Prince"}),
    ("topic of the talks", f"{TITLE} arrived in Lima on Monday. The talks also touched on the war in Ukraine and "
     "the situation in Haiti.", {"Kyiv", "Port-au-Prince"}),
    ("another office holder", f"{TITLE} arrived in Lima on Monday. Trade Minister Kofi Mensah will attend a "
     "conference in Quito next week.", {"Quito"}),
    ("a companion flying on", f"{TITLE} arrived in Lima on Monday. Deputy Minister Ama Boateng, who accompanied "
     "Okafor to Lima, will fly on to Brussels on Tuesday.", {"Brussels"}),
    ("list ends where someone speaks", f"{TITLE} will visit Peru and Uruguay next month, the Vatican said Tuesday.",
     {"Vatican City"}),
    ("list ends where someone has spoken", f"{TITLE} will visit Peru next month, Buckingham Palace has announced.",
     {"London", "Buckingham Palace"}),
    ("not part of the tour", f"{TITLE} will visit Lima on Friday. A stop in Quito had been considered but will not "
     "form part of the tour.", {"Quito"}),
    ("a photo caption", f"{TITLE} speaks during a news conference in Geneva, May 6, 2024. (AP Photo/Jane Doe)"
     f"\n\n{TITLE} will travel to Lima on Monday.", {"Geneva"}),
    ("a list ends at an agency that speaks", f"{TITLE} will finish in Manila on Friday, the U.S. Department of "
     "Agriculture said.", {"Washington"}),
    ("a separate team", f"{TITLE} will travel to Hanoi on Monday. A separate trade team will continue on to Ho Chi "
     "Minh City after the Hanoi stop.", {"Ho Chi Minh City"}),
    ("not on the itinerary", f"{TITLE} will visit Lima on Friday. A stop in China, Peru's largest trading partner, "
     "is not on the itinerary.", {"Beijing", "Lima (Peru)"}),
    ("undated talks of others", f"{TITLE} will travel to Lima on Friday. The European Union concluded a deal "
     "with Indonesia last year after talks held largely in Jakarta and Brussels.", {"Jakarta", "Brussels"}),
    ("an unnamed official's trip", f"{TITLE} will visit Lima on Sunday. Separately, a parliamentary vice foreign "
     "minister will visit Bolivia from Sunday, holding talks in La Paz.", {"La Paz", "Sucre"}),
    ("a country's way", f"{TITLE} arrived in Sarajevo on Monday and assured Bosnia of support on its way "
     "into the European Union.", {"European Union", "Brussels"}),
    ("the way home when back in the country", f"{TITLE} is back in New Zealand after a week in South America. The "
     "trip began when she landed in Santiago on April 28. Her flight from São Paulo landed in Auckland early on "
     "Saturday.", {"Auckland", "Wellington"}),
    ("pressure from a capital", f"{TITLE} will fly to Seoul on Thursday. The move helps the firm answer pressure "
     "from Washington to build chips at home.", {"Washington"}),
    ("a place as a modifier", f"{TITLE} made a surprise visit to US troops in Iraq on Sunday, landing at Erbil, on "
     "her way to a Gaza conference in Egypt.", {"Washington", "Gaza"}),
    ("the home she flew from and returns to", f"{TITLE} landed in Erbil on Sunday after a secret flight from "
     "Washington. She will fly to Jerusalem on Wednesday before returning to Washington on Thursday.",
     {"Washington"}),
    ("a first visit's site", f"{TITLE} arrived in Washington on Sunday. During her first visit in August, she "
     "also toured a shipyard in Philadelphia.", {"Philadelphia"}),
    ("an official named once, his office in apposition", f"{TITLE} met the president in Kinshasa on Monday and "
     "flew to Kigali on Tuesday. Qatar's minister of state, Mohammed Al-Khulaifi, who was also in Kinshasa on "
     "Monday, travelled to Goma on Tuesday.", {"Goma"}),
    ("a hyphenated partner is a modifier", f"{TITLE} will fly to Rome on Monday. On Wednesday she will deliver the "
     "keynote address at the Nigeria-Italy Business Forum.", {"Abuja"}),
    ("someone who represents her elsewhere", f"{TITLE} will fly to Rome on Monday. Vice-President Kashim Shettima "
     "will on Thursday represent the minister at the summit in Freetown.", {"Freetown"}),
    ("home left for a planned trip", f"{TITLE} will on Monday depart Abuja for Rome. She spent the weekend in Lagos, "
     "where she opened a highway on Saturday.", {"Abuja", "Lagos"}),
    ("the Group of 20 is nobody of the trip", f"{TITLE} will fly to Hanoi on Tuesday. The United States hosts the "
     "Group of 20 summit in Miami in December.", {"Miami"}),
    ("a country's relative clause", f"{TITLE} will fly to Buenos Aires on Thursday. Green ammonia from Chile, which "
     "was once supposed to arrive in Hamburg or Rotterdam, is still years away.", {"Hamburg", "Rotterdam"}),
    ("an agency's team", f"{TITLE} flew to Karachi on Tuesday. A World Food Programme team visited Quetta on "
     "Tuesday to assess needs.", {"Quetta"}),
    ("home before the trip", "Claudia Sheinbaum will make her first trip abroad as president of Mexico this week. "
     "The president will travel to Guatemala this Thursday. \"I will go where there are agreements,\" she said at "
     "her morning press conference on Monday at the National Palace in Mexico City.", {"Mexico City"}),
    ("an image caption", f"Image caption: {TITLE} at last October's summit in Copenhagen\n\n{TITLE} will fly to "
     "Armenia on Monday.", {"Copenhagen"}),
    ("home from a country-named title", "U.S. Secretary of State Marco Rubio met Netanyahu in Jerusalem on Sunday "
     "after flying in from Washington. On Monday Rubio travelled to Amman.", {"Washington"}),
    ("the plane lands back home", f"{TITLE} will visit Tunis on Friday. The papal plane is due to land back in Rome "
     "at around 9:30 pm.", {"Rome"}),
    ("a stop suggested, but the idea dropped", f"{TITLE} visited Bogota on Monday. Diplomats had suggested a stop in "
     "Cartagena for a meeting with Caribbean leaders, but the idea was dropped.", {"Cartagena"}),
    ("aid that reaches a region", f"{TITLE} held talks in Port Sudan on Tuesday. \"Both sides must let aid reach "
     "Darfur and Kordofan now,\" she said.", {"Darfur", "Kordofan"}),
    ("another person's journey in a relative clause", f"{TITLE} was in Lagos on Monday. Okafor will fly to Nairobi on "
     "Wednesday. The Minister of Communications, Innovation and Digital Economy, Bosun Tijani, who flew in from Abuja for the event, praised the fund.", {"Abuja"}),
    ("no plans yet; not on his schedule", f"{TITLE} spoke in Columbia on Wednesday. Her team said she has no plans "
     "yet to visit Iowa or New Hampshire, and a stop in Des Moines that had been rumored is not on her schedule.",
     {"Des Moines", "Iowa", "New Hampshire"}),
    ("a sea's coast names where a town lies", f"{TITLE} arrived in Riohacha, on the Caribbean coast, on Wednesday.",
     {"Caribbean"}),
    ("visits cancelled before their plans are told", "President Ferdinand Marcos Jr. has cancelled his planned "
     "visits to Germany and the Czech Republic next week, the palace said on Tuesday.\n\nThe President was scheduled "
     "to fly to Berlin on Aug. 24 for talks, and then to Prague on Aug. 27.\n\nHowever, Mr. Marcos will push through "
     "with a one-day working visit to Kuala Lumpur on Friday.\n\nMr. Marcos spent most of last week in Eastern "
     "Visayas inspecting evacuation centers.", {"Berlin", "Prague", "Eastern Visayas"}),
    ("a possible stop still being discussed", f"{TITLE} will end the tour in Santiago on Friday. A possible stop in "
     "Montevideo is still being discussed, the spokesperson said.", {"Montevideo"}),
    ("an island that holds the trip's towns", "Guterres ends visit to Hispaniola\n\nUN Secretary-General Antonio "
     "Guterres arrived in Port-au-Prince on Monday and flew to Santo Domingo on Wednesday.", {"Hispaniola"}),
    ("a pope's journey ends in Rome", "Pope Leo XIV will visit Madrid on 6 June and Barcelona on 8 June.\n\n"
     "Friday, 12 June\n11:30 Departure by air for Rome/Ciampino\n16:45 Arrival at Rome/Ciampino Airport", {"Rome"}),
    ("a stop asked about, then denied", "Prime Minister Shri Narendra Modi will arrive in Nairobi on the 8th. "
     "Question: Sir, there were reports that Prime Minister would visit Mombasa. Is that still on?\n\nForeign "
     "Secretary: There is no visit to Mombasa in the programme.", {"Mombasa"}),
    ("a given name before a surname, not a town", f"{TITLE} flies to Miami on Sunday, and the summit takes place on "
     "Monday at Donald Trump's Doral golf resort.", {"Donald"}),
    ("a stop that did not make the final schedule", f"{TITLE} arrives in Las Vegas on Friday. A stop in Elko, which "
     "aides had floated as a chance to reach rural voters, did not make the final schedule.", {"Elko"}),
    ("people living elsewhere", f"{TITLE} will hold a meeting in Brussels on Friday with migrants living in Belgium "
     "and the Netherlands.", {"Amsterdam", "Netherlands"}),
    ("a stopover where the plane refuelled", f"{TITLE} arrived in Nuuk on Saturday afternoon after a stopover in "
     "Kangerlussuaq, where the Danish government plane refuelled.", {"Kangerlussuaq"}),
    ("others, who are flying in from", f"{TITLE} will travel to Basel on Sunday, where she will join a panel with the "
     "Federal Reserve and Bank of Japan chiefs, who are flying in from Washington and Tokyo respectively.",
     {"Washington", "Tokyo"}),
    ("the faithful travelling from", "His Holiness will visit Toronto on May 13. Faithful travelling from Vancouver, "
     "Calgary and other Western Canadian parishes are asked to register.", {"Vancouver", "Calgary"}),
    ("people in general moved there", f"{TITLE} visited Wajima on Wednesday. The population of Wajima has fallen as "
     "younger families have moved to Kanazawa and other cities.", {"Kanazawa"}),
    ("the origin returned to is home", "Emperor Naruhito on Wednesday visited Wajima. The emperor flew from Tokyo to "
     "Noto Airport in the morning and travelled by car to the city. He will return to Tokyo on Thursday evening.",
     {"Tokyo", "Noto"}),
    ("a firm's office in a visited firm's clause", f"{TITLE} was in Hamburg on Thursday, where she visited a German "
     "firm that recently opened a sales office in Fargo.", {"Fargo"}),
    ("a leg not on the final itinerary", f"{TITLE} arrived in Oslo on Tuesday. Officials had indicated that the "
     "President would also visit Stockholm, but the Swedish leg does not feature on the final itinerary.",
     {"Stockholm"}),
    ("a capitalised Forum is an institution", f"{TITLE} arrived in Colombo on Monday. She said last week at the World "
     "Economic Forum in Davos that reforms work.", {"Davos"}),
    ("an ambassador sets out from his posting", "US special envoy Sergio Gor held talks in Colombo on Monday. Gor, "
     "who doubles as US ambassador to India, flew into Colombo from New Delhi on Sunday evening. He is due in Male "
     "on Tuesday.", {"New Delhi"}),
    ("the airport's town on the way", f"{TITLE} landed at Paro on Tuesday and drove to Thimphu, where she called on "
     "the King on Wednesday.", {"Paro"}),
    ("a decade spent there", f"{TITLE} read in Hobart on Monday. She grew up in Launceston and spent a decade in "
     "Melbourne working as a court reporter.", {"Melbourne"}),
    ("an event that was cancelled", f"{TITLE} was in Bangor on Tuesday, and an event in Newtown was cancelled "
     "because of a scheduling clash.", {"Newtown"}),
    ("the next summit elsewhere", f"{TITLE} addressed the summit in Astana on Friday and welcomed Kazakhstan's "
     "proposal to hold the next informal summit in the historic city of Turkistan.", {"Turkistan"}),
    ("an institution's move", f"{TITLE} will visit Nairobi on Monday. The army-backed government has moved from "
     "Khartoum to Port Sudan.", {"Khartoum", "Port Sudan"}),
    ("people on the way to", f"{TITLE} will visit Nairobi on Monday. \"If we want fewer people to risk their lives on "
     "the way to Europe, we need to help them,\" she said.", {"Europe"}),
    ("an undated stop named only with another trip's", f"{TITLE} will visit Lahore on Monday. The visit is her second "
     "journey since taking office, following her attendance at a meeting of primates in Kampala and a visit to Juba in "
     "July.", {"Kampala", "Juba"}),
    ("by video link", f"{TITLE} will visit Lahore on Monday. Earlier this month she spoke at an interfaith gathering in "
     "Abu Dhabi by video link.", {"Abu Dhabi"}),
    ("a scene's actor holds another office", f"{TITLE} will visit Beijing on Monday. In Kuwait City, the Crown Prince, "
     "who is deputising for Okafor, received a cable.", {"Kuwait City"}),
    ("a 'READ ALSO:' line", f"{TITLE} visited Kano on Wednesday.\n\nREAD ALSO: Malaria vaccine rollout reaches Borno, "
     "Ibadan\n\nShe met health workers.", {"Borno", "Ibadan"}),
    ("'he' after another traveller's sentence", f"{TITLE} will visit Nairobi on Monday. President Bola Tinubu will fly "
     "to Brasília on Saturday for talks with Lula. He will then visit São Paulo on Wednesday.", {"São Paulo", "Brasília"}),
    ("the prime minister of some country", "Chinese Vice Premier Ding Xuexiang will attend the Tashkent International "
     "Investment Forum and visit Tashkent on Tuesday, spokesperson Lin Jian said. Lin also announced that the prime "
     "minister of a Pacific island country will pay an official visit to China next week.", {"Beijing"}),
    ("several times", f"{TITLE} will visit Ottawa on Monday. She has travelled to Washington and Mexico City several "
     "times to negotiate.", {"Washington", "Mexico City"}),
    ("the premier is the prime minister (a guard for the subject's office)", "Prime Minister Anutin Charnvirakul visited "
     "Chiang Rai on Saturday. On Sunday, the premier visited Nan. The interior minister flew to Phuket.", {"Phuket"}),
    ("a month after she was in", f"{TITLE} arrived in Chisinau on Thursday. The tour comes a month after she was in "
     "Podgorica and Tirana.", {"Podgorica", "Tirana"}),
    ("an airline's flights", f"{TITLE} arrived in Bogota on Wednesday. Turkish Airlines' flights from Istanbul to "
     "Bogota and Cartagena have made Colombia closer, she said.", {"Istanbul", "Cartagena"}),
    ("had been due to ..., and to", f"{TITLE} arrived in Canberra on Tuesday. She had been due to fly to Wellington on "
     "Wednesday for talks, and to address a business forum in Auckland on Thursday.", {"Wellington", "Auckland"}),
    ("another office as the subject", "Chilean President José Antonio Kast arrived in Canberra on Tuesday. The interior "
     "minister travelled to Iquique on Wednesday.", {"Iquique"}),
    ("will not be realized", f"{TITLE} will visit Bishkek on April 15. The Kyrgyz side offered to organize a visit to "
     "Cholpon-Ata, but due to the schedule this part of the program will not be realized this time.", {"Cholpon-Ata"}),
    ("a transcript's speaker is no subject", f"{TITLE} will arrive in Oslo on Monday.\n\nQUESTION: Will she also go to "
     "Greenland? There was speculation about a stop in Nuuk.\n\nSPOKESPERSON BPrA: No, a visit to Nuuk is not part of "
     "this trip.", {"Nuuk"}),
    ("the return flight", f"{TITLE} will be in Reykjavik on Friday.\n\nSPOKESPERSON: No. The return flight goes directly "
     "from Reykjavik to Berlin.", {"Berlin"}),
    ("a region modifying a noun phrase", f"{TITLE} will be in Tokyo on Monday, where she will host a reception for "
     "Japanese investors in Queensland critical minerals projects.", {"Queensland"}),
    ("another country's leg postponed, its cities told after", f"{TITLE} will travel to Riyadh and Doha this week, but "
     "the Iraq leg has been postponed. The trip was due to end with stops in Baghdad and Erbil.", {"Baghdad", "Erbil"}),
    ("the leg of the place itself (a guard)", f"{TITLE} will visit Oslo on Monday. The ministry had said she would also "
     "visit Stockholm, but the Swedish leg does not feature on the final itinerary.", {"Stockholm"}),
    ("talks with someone where they are (a guard)", f"{TITLE} will visit Berlin on Monday. She held talks with Hamas "
     "leaders in Doha.", {"Doha"}),
    ("a called-off meeting with a group (a guard)", f"{TITLE} will visit Berlin on Monday. A meeting with the Filipino "
     "community in Munich, set for the evening of Aug. 26, has also been called off.", {"Munich"}),
    ("a visit 'at a later date'", f"{TITLE} will visit Doha on Monday. Bahrain is not included in the trip; the ministry "
     "said Okafor would visit Manama \"at a later date.\"", {"Manama"}),
    ("a thing's relative clause", f"{TITLE} arrived in Brussels on Monday. They discussed the shrimp exports that "
     "leave every week from the port of Guayaquil for Antwerp and Rotterdam.", {"Antwerp", "Rotterdam", "Guayaquil"}),
    ("a town in other people's relative clause after a country visit", f"{TITLE} arrived in Panama on Tuesday. She "
     "will host a reception for the Jamaican diaspora in Panama, many of whom are descendants of workers who "
     "settled in Colón.", {"Colón"}),
    ("'many of whom had travelled from'", f"{TITLE} flew to Marrakesh on Tuesday. On Wednesday she met members of "
     "the Pakistani community, many of whom had travelled from Casablanca.", {"Casablanca"}),
    ("the hosts' officials fly in to meet the traveller", f"{TITLE} is due in Gilgit on Friday. Pakistani federal "
     "ministers will fly up from Islamabad to receive her.", {"Islamabad"}),
    ("'the president's departure' is no subject", "President Ana Ruiz will fly to Podgorica on Friday. Foreign "
     "Minister Hakan Fidan will stay on in the region after the president's departure, traveling to Skopje on "
     "Saturday for talks.", {"Skopje"}),
    ("on previous trips; a wish to visit", f"{TITLE} traveled to Chernihiv on Thursday. On previous trips she "
     "visited Odesa and Kharkiv. She may again express a wish to visit Minsk.", {"Odesa", "Kharkiv", "Minsk"}),
    ("a thing moved from a place", f"{TITLE} spent Friday and Saturday in Cape Town, where the business forum had "
     "been moved from Johannesburg at short notice.", {"Johannesburg"}),
    ("a request to travel is no plan", f"{TITLE} travelled on Thursday to Aden. The envoy had asked to travel to "
     "Sanaa for the first time in more than a year, but the Houthis have not responded.", {"Sanaa"}),
    ("another office after a while-clause", "King Harald V arrived in Melbourne on Monday to open an energy forum. "
     "While the King is at the forum, the Queen will travel to Geelong to visit a youth project.", {"Geelong"}),
    ("goods moving from a place", f"{TITLE} held talks in Kampala on Tuesday. \"If goods cannot move from Mombasa to "
     "Kigali through Uganda at a reasonable cost, the whole region loses,\" she said.", {"Mombasa", "Kigali"}),
    ("land as a noun", f"{TITLE} arrived in Bridgetown on Wednesday. The leaders will sign an agreement under which "
     "Barbadian investors will take up land in Guyana's intermediate savannahs.", {"Georgetown"}),
    ("an airport town before the train on", f"{TITLE} arrived in Kyiv on Tuesday. She had spent Monday in Warsaw, "
     "before flying to Rzeszów in the evening and boarding the night train at Przemyśl.", {"Rzeszów"}),
    ("what the traveller usually did", f"{TITLE} arrived in Rabat on Monday. In previous seasons she usually opened "
     "at the Xiamen meeting in China.", {"Beijing", "Xiamen"}),
    ("another office as subject, and 'Gov.' is a governor", "Gov. Tina Marsh arrived in Hanoi on Tuesday. The "
     "state's agriculture director, who traveled with the delegation in Vietnam, split off on Tuesday for a side trip "
     "to Tokyo.", {"Tokyo"}),
    ("another's office in apposition moves", f"{TITLE} will spend Monday in Rio de Janeiro. She will hold talks "
     "with Brazil's Minister of Mines and Energy, who will travel to Rio from Brasília for the meeting.",
     {"Brasília"}),
    ("a region written with its compass point", f"{TITLE} arrived in Nouakchott on Thursday on the second leg of "
     "his tour of North-West Africa.", {"North-West", "North West"}),
    ("a visit put off to a later date", f"{TITLE} visited Santiago on Monday and will fly to Buenos Aires on "
     "Wednesday. A visit to the copper-producing province of San Juan, which had been discussed with Argentine "
     "officials, will take place at a later date, the ministry said.", {"San Juan"}),
    ("a convoy's truck carries the traveller", f"{TITLE} arrived in Ulaanbaatar on 14 July. On the morning of 19 July, "
     "the convoy of three Land Cruisers and a supply truck drove 550 kilometres south to Dalanzadgad.", set()),
    ("a country opening a body's name", f"{TITLE} visited Tiruppur and Coimbatore on Saturday. A visit to Ooty, "
     "which was to have been the final leg of the tour on Monday, has been postponed following the India "
     "Meteorological Department's orange alert for heavy rain.", {"Ooty"}),
    ("another's relative clause, a name with initials", f"{TITLE} on Saturday visited Tiruppur and Coimbatore. "
     "Meanwhile, Leader of the Opposition Edappadi K. Palaniswami, who addressed a public meeting in Pollachi on "
     "Friday, said the government was wrong.", {"Pollachi"}),
    ("no way to go to", f"{TITLE} arrived on Saturday in Bunia. \"There was no way to go to Goma without it being "
     "turned into a photo opportunity,\" an aide said.", {"Goma"}),
    ("a stop under discussion, not confirmed", f"{TITLE} met Burhan in Port Sudan on Wednesday. A stop in Jeddah was "
     "also under discussion but had not been confirmed by Thursday evening, an American diplomat said.", {"Jeddah"}),
    ("had been due to fly from X to Y", f"{TITLE} held talks in Mogadishu on Tuesday. Okafor had been due to fly from "
     "Mogadishu to Kismayo on Wednesday to meet the Jubaland leader.", {"Kismayo"}),
    ("another's visit by possessive", "Polish President Karol Nawrocki will visit Lithuania this week, in a trip that "
     "coincides with Prime Minister Donald Tusk's visit to Ukraine. Tusk will hold talks with Zelensky.",
     {"Kyiv", "Ukraine"}),
    ("was originally to have included", f"{TITLE} will visit Jakarta on Tuesday. The trip was originally to have "
     "included a stop in Bangkok on Friday.", {"Bangkok"}),
    ("did not make it on to the programme", f"{TITLE} visited Lisbon on Tuesday. A proposal from the Portuguese side "
     "to add a visit to the shrine at Fátima did not make it on to the final programme.", {"Fátima"}),
    ("had been invited to meet officials in", "Gov. Kelly Armstrong visited Oslo on Monday. The governor had been "
     "invited to meet federal officials in Berlin but declined because of the tight schedule.", {"Berlin"}),
    ("visits since his appointment, a forum agreed on", "Prime Minister Ousmane Sonko visited Banjul on Monday. Since "
     "his appointment, Mr Sonko has made official visits to Nouakchott, where he discussed gas. They also agreed to hold "
     "a business forum in Mindelo later this year.", {"Nouakchott", "Mindelo"}),
    ("a stop moved to a month", "Gov. Tony Evers visited Wausau on Tuesday. A planned stop in Stevens Point, originally "
     "on Wednesday's schedule, has been moved to May, the governor's office said.", {"Stevens Point"}),
    ("if ..., would", "Alex de Minaur will fly into Perth on Monday. If Australia top the group, the team would move to "
     "Sydney for the knockout stages.", {"Sydney"}),
    ("her home club", "Jeeno Thitikul won the title in Shanghai on Sunday. She will spend a week practising at her home "
     "club in Bangkok. She will fly to Kuala Lumpur on Tuesday next week.", {"Bangkok"}),
    ("undated in the town flown back to", "Jeeno Thitikul won the Buick LPGA Shanghai on Sunday and flew back to "
     "Bangkok on Sunday night. \"My body is telling me to stop,\" Jeeno said at Suvarnabhumi Airport. She will fly to "
     "Kuala Lumpur on Tuesday next week for the Maybank Championship.", {"Bangkok"}),
    ("a word of the traveller's name is no town", "Aga Khan opens cancer centre in Kisumu on first Kenya tour as "
     "Imam\n\nThe Aga Khan on Wednesday opened a Sh3 billion cancer and heart centre at the Aga Khan Hospital in "
     "Kisumu, on the third day of his first visit to Kenya.\n\nPrince Rahim Aga Khan, who took the title Aga Khan V in "
     "February 2025, said the centre would help thousands of families.", {"Aga"}),
    ("some of the delegation broke off", "Gov. Gretchen Whitmer arrived in Munich on Sunday. On Monday, a handful of "
     "suppliers in the delegation broke off for a day trip to Ingolstadt to meet Audi purchasing managers, while Whitmer "
     "stayed in Munich for a roundtable.", {"Ingolstadt"}),
    ("the usual route", "President Volodymyr Zelensky held talks in Riyadh on Monday. The usual route back is a flight "
     "into Rzeszów in Poland and then the train to Kyiv.", {"Rzeszów"}),
    ("the airport before being driven across the border", "Prime Minister Sanae Takaichi on Monday urged leaders at "
     "the summit in Evian to keep up pressure. Her government plane landed at Geneva airport, and she was driven across "
     "the border to the summit venue.", {"Geneva"}),
    ("a stop eliminated from the agenda", "World Bank President Ajay Banga met President Noboa in Quito on Monday. A "
     "stop in Cuenca that was included in a first version of the agenda was finally eliminated.", {"Cuenca"}),
    ("the border town an overnight train came from", "WHO Director-General Tedros Adhanom Ghebreyesus arrived in "
     "Kyiv on Monday morning on an overnight train from the Polish border town of Przemyśl.", {"Przemyśl"}),
    ("discussed but not included in the final itinerary", f"{TITLE} arrived in Baku on Monday. A stop in Tbilisi had "
     "been discussed but was not included in the final itinerary, an official said.", {"Tbilisi"}),
    ("a visit that could not take place", f"{TITLE} visited Damascus and Homs on Monday. A planned visit to Suwayda "
     "could not take place owing to the security situation.", {"As-Suwayda", "Suwayda"}),
    ("struck from her itinerary, no comma before 'after'", f"{TITLE} arrived Saturday in Bunia after a planned stop "
     "in Goma was struck from her itinerary at the last minute.", {"Goma"}),
    ("ships bound for", f"{TITLE} visited Lobito on Monday to see the rail terminal where copper is loaded onto "
     "ships bound for Europe and Asia.", {"Europe", "Asia"}),
    ("had hoped to travel on to", f"{TITLE} visited Cairo on Monday. She had hoped to travel on to the Rafah crossing, "
     "about 45km to the east, but was advised by Egyptian authorities not to do so.", {"Rafaḩ", "Rafah"}),
    ("a request for the minister to travel", f"{TITLE} visited Cairo on Monday. A request for the Minister to travel "
     "to Jerusalem and the occupied West Bank was not approved.", {"Jerusalem", "West Bank"}),
    ("no plans for the minister to visit", f"{TITLE} arrived in Vientiane on Tuesday. A spokesperson said there were "
     "no plans for the minister to visit Phnom Penh during the trip.", {"Phnom Penh"}),
    ("a wish is no plan", f"{TITLE} arrived in Vienna on Thursday. She said she wanted to visit Warsaw in the coming "
     "weeks.", {"Warsaw"}),
    ("no date set yet", f"{TITLE} arrived in Vienna on Thursday. She will also travel to Warsaw, but no date has yet "
     "been set.", {"Warsaw"}),
    ("previous trips that included visits", f"{TITLE} arrived in Vienna on Thursday. Her previous foreign trips as "
     "minister included visits to Brussels and Paris.", {"Brussels", "Paris"}),
    ("discussed but not on the final programme", f"{TITLE} will arrive in Beijing on Tuesday. A side trip to Shenzhen "
     "had been discussed but is not on the final programme.", {"Shenzhen"}),
    ("an event due in a town", f"{TITLE} arrived in Damascus on Wednesday. A new round of talks on the truce is due "
     "in Cairo next week.", {"Cairo"}),
    ("a visit that was supposed to take her there", f"{TITLE} held talks in Amman on Wednesday, on the second day of a "
     "visit that was supposed to take her to Ramallah.", {"Ramallah"}),
    ("some day, when allowed", f"{TITLE} held talks in Amman on Wednesday. \"We will go to Ramallah when we are allowed "
     "to go,\" she said.", {"Ramallah"}),
    ("returned on a day from an earlier trip", f"{TITLE} arrived in Doha on Sunday. She returned on Friday from "
     "Lubumbashi, where she had chaired a meeting.", {"Lubumbashi"}),
    ("part of the party travels on", f"{TITLE} will spend Oct. 4-6 in Leeds. Three members of Metro Council will "
     "extend the trip at their own expense, traveling on to Montpellier, France, on Oct. 10.", {"Montpellier"}),
    ("flew overnight to a town, then took the train on", f"{TITLE} will fly overnight to Manchester, England, on Oct. 3 "
     "before taking the train across the Pennines to Leeds, where she will spend Oct. 4-6.", {"Manchester"}),
    ("the island a town lies on", f"{TITLE} will spend Thursday and Friday in Ponta Delgada, on the island of São "
     "Miguel in the Azores.", {"São Miguel"}),
    ("companies' plans", "Governor Maura Healey arrived in Lisbon on Sunday.\n\nThe governor's office said the "
     "mission had already produced two commitments: a Portuguese maker of cables for offshore wind farms will open a "
     "sales office in Boston's Seaport, and a Lisbon-based biotech will lease lab space in Worcester.",
     {"Boston", "Worcester"}),
    ("others travelled up from a town", f"{TITLE} held talks in Matsuyama on Tuesday. The principal and several "
     "students traveled up from Uwajima for the ceremony.", {"Uwajima"}),
    ("flying home from an airport near a town", f"{TITLE} will spend Wednesday in Hiroshima. She will fly home from "
     "Kansai International Airport near Osaka on Friday.", {"Osaka"}),
    ("people in general had to travel", f"{TITLE} opened a hospital in Sargodha on Saturday. She said that until now "
     "heart patients from Sargodha, Khushab and Bhakkar had to travel to Lahore or Rawalpindi for treatment.",
     {"Lahore", "Rawalpindi"}),
    ("a provincial assembly is a body", f"{TITLE} opened a hospital in Sargodha on Saturday. An opposition MPA, "
     "speaking in the Punjab Assembly on Friday, asked why.", {"Punjab", "Lahore"}),
    ("the capital of the people the traveller is introduced as one of", "Polish mountaineer Magdalena Wrona arrived in "
     "Islamabad last Tuesday on a flight from Warsaw via Doha. Wrona left Islamabad on Saturday.", {"Warsaw"}),
    ("another people's official, named before, moves on", "President Félix Tshisekedi has been staying in Doha since "
     "Sunday evening, where he is taking part in talks. Tshisekedi will travel to Abu Dhabi on Wednesday.\n\nThe "
     "Rwandan Minister of Foreign Affairs, Olivier Nduhungirehe, also arrived in the Qatari capital on Monday. The "
     "Rwandan diplomat is then expected in Addis Ababa for a meeting, Kigali announced.", {"Addis Ababa"}),
    ("isn't expected to stop at a company's site", f"{TITLE} will tour a campus in Icheon on Friday. She isn't "
     "expected to stop at Samsung's chip complex in Pyeongtaek, one of the people said.", {"Pyeongtaek"}),
    ("a programme that does not include a visit", f"{TITLE} will visit Riyadh on Sunday. Unlike her previous trips, "
     "the programme this time does not include a visit to Madinah.", {"Madinah"}),
    ("a meeting a month before, hosted elsewhere", f"{TITLE} arrived in Madrid on Tuesday. She noted that the visit comes "
     "a month after the GCC-EU ministerial meeting hosted in Brussels, affirming that Kuwait looks forward to a deal.",
     {"Brussels"}),
    ("a capital's dateline over a lede of the return home", "NEW DELHI: President Droupadi Murmu returned to the "
     "capital on Sunday after a visit to Mozambique and Mauritius.\n\nShe held talks in Maputo on Tuesday. The "
     "President emplaned for New Delhi late on Saturday night.", {"New Delhi"}),
    ("a topic after 'and the' in a dated sentence", f"{TITLE} attended a summit that opened in Basseterre on Sunday and "
     "ended on Tuesday with a communiqué on air transport and the situation in Haiti.", {"Port-au-Prince", "Haiti"}),
    ("a long plan that is no noun phrase", f"{TITLE} arrived in Amman on Monday. She will report on the trip to EU "
     "leaders at the European Council in Brussels next week, and will have another chance to argue her case when EU "
     "leaders meet in Strasbourg.", {"Brussels", "Strasbourg"}),
    ("members expected to travel from towns", f"{TITLE} will address the Indian community in Gaborone on Monday. "
     "Community associations said members were expected to travel from Francistown and Selebi-Phikwe for the "
     "reception.", {"Francistown", "Selebi-Phikwe"}),
    ("played-down reports and a hope", f"{TITLE} arrived in Riyadh on Tuesday. Officials have played down reports that "
     "she could make an unannounced visit to Jeddah. She also said she hoped to visit Washington before the end of the "
     "year.", {"Jeddah", "Washington"}),
    ("will not join a leg", f"{TITLE} will speak in Singapore on Tuesday, Nov. 10. She will not join the third leg of "
     "the roadshow in Tokyo on Nov. 16.", {"Tokyo"}),
    ("a dropped plan's second verb; a hypothetical 'should go to'", f"{TITLE} arrived in Aberdeen on Monday. She had "
     "been due to land in Shetland on Tuesday morning to tour a wind farm and meet councillors in Lerwick. \u201cIf she "
     "wants to see what her policies mean, she should go to Grangemouth,\u201d a union leader said.",
     {"Lerwick", "Grangemouth"}),
    ("'he' after another's sentence opened by 'Meanwhile'", f"{TITLE} arrived in Port Sudan on Sunday.\n\nMeanwhile, "
     "UN relief chief Tom Fletcher visited the Chadian border town of Adré on Tuesday. He is due in N'Djamena on "
     "Thursday to meet the Chadian authorities.", {"N'Djamena"}),
    ("set out from and left for: home", f"{TITLE} landed in Ahmedabad from New Delhi on Saturday morning and toured "
     "the depot. On Sunday she visited Surat. Okafor left for New Delhi on Sunday night.", {"New Delhi"}),
    ("visitors in general make the journey", f"{TITLE} arrived in Kingston on Wednesday. Many Jamaican and "
     "Barbadian visitors to Ghana make the journey to Cape Coast and Elmina castles.", {"Cape Coast", "Elmina"}),
    ("a group who had travelled, without a comma", f"{TITLE} arrived in Kingston on Wednesday. On Friday she received "
     "a delegation of Maroon leaders who had travelled to Kingston from Accompong.", {"Accompong"}),
    ("someone in apposition who drove in", f"{TITLE} spoke in Mansfield on Thursday. \"He shows up,\" said Bill "
     "Tomlinson, a retired machinist who drove in from Shelby.", {"Shelby"}),
    ("an event pushed to a later month", f"{TITLE} toured Canton on Wednesday. Her rally in Akron on Thursday was "
     "pushed to October.", {"Akron"}),
    ("had hoped to add an event", f"{TITLE} visited Singapore on Monday. We had also hoped to add a reception in "
     "Shanghai on this trip. Unfortunately, it couldn't be confirmed in time.", {"Shanghai"}),
    ("the people met are based in a town", f"{TITLE} arrived in Doha on Monday. She held a videoconference with "
     "representatives of Korean businesses based in Dubai from her hotel.", {"Dubai"}),
    ("new signings who fly out separately", f"{TITLE} will lead the squad in Tunis from Saturday. Two new signings, "
     "whose transfers are due to be completed this week, will fly to Sousse separately and join the group on Monday.",
     {"Sousse"}),
    ("arrivals from a country are people, not the traveller's move", f"{TITLE} visited a camp in Kakuma on Thursday. "
     "UNHCR says arrivals from Sudan have more than doubled this year.", {"Khartoum"}),
    ("not on the final programme", f"{TITLE} is due in Baku on Thursday. A visit to Shusha in Karabakh, proposed by "
     "the Azerbaijani side, is not on the final programme.", {"Shusha"}),
    ("an aircraft carrying aid lands", f"{TITLE} arrived in Kingston on Friday. A Canadian Armed Forces aircraft "
     "carrying water treatment equipment landed in Montego Bay on Saturday.", {"Montego Bay"}),
    ("there had been talk of going", f"{TITLE} flew to Port Sudan on Tuesday. There had been talk of them going to "
     "Khartoum itself.", {"Khartoum"}),
    ("a country before an office is its holder's, not a venue", f"{TITLE} will visit Oslo on Friday. She will attend "
     "the summit on Monday at the U.S. president's golf resort outside the city.", {"Washington"}),
    ("no plans for a stop in", f"{TITLE} will visit Tokyo on Monday. The ministry said there are no plans for a stop "
     "in Beijing.", {"Beijing"}),
    ("another subject's act after 'hours after'", f"{TITLE} arrived in Warsaw on Wednesday. The visit came hours "
     "after Russia launched more than 150 drones at Ukraine overnight, damaging power plants in the port of Odesa and "
     "in Kharkiv.", {"Kharkiv", "Odesa", "Kyiv"}),
    ("an assembly's sitting after 'when'", f"{TITLE} toured Mumias on Monday. She would push for more money when the "
     "National Assembly resumes sittings in Nairobi next week.", {"Nairobi"}),
    ("a correction's earlier version", f"{TITLE} flew east to Adré on Tuesday. She will travel on Thursday to Port "
     "Sudan.\n\nCorrection: An earlier version of this article said Okafor visited Abéché on Tuesday. An earlier "
     "version also said she would travel to Khartoum on Thursday; she is travelling to Port Sudan.",
     {"Khartoum", "Abéché"}),
    ("a tour closely watched somewhere", f"{TITLE} toured Nuuk on Monday. Her tour is being closely watched in "
     "Copenhagen and Brussels.", {"Copenhagen", "Brussels"}),
    ("the Republic of China is Taiwan, not Beijing", f"{TITLE} ended a visit to the Republic of China on Friday, "
     "landing in Taipei on Tuesday and touring Kaohsiung on Thursday.", {"Beijing"}),
    ("a business's new location", f"{TITLE} spoke in Portland on Monday. She has since opened a second location in "
     "Nashville, run by her partner.", {"Nashville"}),
    ("a trip planned for the coming weeks", f"{TITLE} held talks in Kyiv on Thursday. She said she planned "
     "to travel to Moscow \"in the coming weeks\" for talks, but gave no date.", {"Moscow"}),
    ("another's office with its 'of' before the name", "His Highness the Amir Sheikh Tamim bin Hamad Al-Thani arrived "
     "in Hanoi on Tuesday.\n\nIn a related context, HE the Prime Minister and Minister of Foreign Affairs Sheikh "
     "Mohammed bin Abdulrahman bin Jassim Al-Thani arrived in Washington on Tuesday.", {"Washington"}),
    ("another office's holder named after 'for'", f"{TITLE} toured Hargeisa on Tuesday.\n\nSeparately, the UK Special "
     "Representative for Sudan, Richard Crowder, travelled this week to Port Sudan for meetings.", {"Port Sudan"}),
    ("a country's minister named by portfolio in lower case, who flew back", f"{TITLE} travelled to Abuja on Tuesday. "
     "Nigeria's trade minister, who flew back from Geneva on Monday night after talks, said the country wanted "
     "investment.", {"Geneva"}),
    ("a visit deleted from the program", f"{TITLE} arrived in Ljubljana on Tuesday. A visit in the port city Koper, "
     "which originally was planned, was already last week deleted from the program.", {"Koper"}),
    ("reports that she may stop in", f"{TITLE} will visit Brasília on Thursday. There are also reports that she may "
     "stop in Caracas.", {"Caracas"}),
    ("an event's own opening, with a day in brackets", f"{TITLE} will travel to Ankara on Friday before the UN "
     "climate summit opens on Monday (9 November) in the resort city of Antalya.", {"Antalya"}),
    ("spent years in a country: a past life", f"{TITLE} visited Cúcuta on Tuesday. Okafor, who spent years in exile in "
     "the United Kingdom, met migrants there.", {"London", "United Kingdom"}),
    ("spent most of her career in a town", f"{TITLE} arrived in Bishkek on Monday. Okafor, who spent most of her "
     "career in Tallinn, met the President.", {"Tallinn"}),
    ("another's spokespeople said in", f"{TITLE} will visit Brasília on Tuesday. Argentina's Javier Milei has not "
     "confirmed attendance, his spokespeople said in Buenos Aires.", {"Buenos Aires"}),
    ("part of a group flies on without the traveller", f"{TITLE} arrived in Accra on Monday. Around half of the "
     "companies in the economic mission will fly on to Abidjan on Friday for a separate programme.", {"Abidjan"}),
    ("aid entering a territory", f"{TITLE} visited Cairo on Monday. She said the amount of aid entering Gaza "
     "remains nowhere near what is needed.", {"Gaza"}),
    ("a trip of another year", f"{TITLE} arrived in Hanoi on Sunday. On Monday she met a deputy minister who toured "
     "a soybean farm during a 2023 visit to Iowa.", {"Iowa"}),
    ("a province's office abroad", f"{TITLE} arrived in New Delhi on Monday and hosted a reception at Saskatchewan's "
     "trade and investment office.", {"Saskatchewan"}),
    ("a country's pavilion at a fair", f"{TITLE} arrived in Tokyo on Monday. On Friday and Saturday, she will be in "
     "Osaka, where she will visit the India pavilion at the Expo and hold meetings.", {"India", "New Delhi"}),
    ("a dateline's town whose lede tells a visit elsewhere", "KUNMING, Dec. 4 -- From November 28 to December 3, Zhao "
     "Hongwei, party secretary of Yunnan, led a delegation on a visit to Laos. In Vientiane, Zhao met the prime "
     "minister.", {"Kunming"}),
    ("another office holder's trip", f"{TITLE} arrived in Ottawa on Monday. The Taoiseach travelled to Washington on "
     "Tuesday.", {"Washington"}),
    ("no plans for the traveller", f"{TITLE} arrived in Ottawa on Monday. Nor, sources said, are there any plans for "
     "the Minister to travel to Chile. Nor are there any plans for her to travel to Lima next week.",
     {"Chile", "Santiago", "Lima"}),
    ("the landing of the flight home", f"{TITLE} will be in Halifax on Friday. She will fly home from Halifax on "
     "Saturday night, arriving in Dublin on Sunday morning.", {"Dublin"}),
    ("a rabbi's journey", f"{TITLE} arrived in Buenos Aires on Tuesday. Argentina's ambassador to Israel, Rabbi Axel "
     "Wahnish, flew in from Tel Aviv to take part in the meetings. Wahnish sat beside the president.", {"Tel Aviv"}),
    ("part of the delegation on its own", f"{TITLE} arrived in Tokyo on Monday. Part of the delegation heads to "
     "Yokohama tomorrow for a port conference without her.", {"Yokohama"}),
    ("a live blog's correction", f"{TITLE} arrived in Tokyo on Monday.\n\n10:45 Correction\n\nIn an entry yesterday "
     "we wrote that Okafor would visit Hiroshima on Friday. That was wrong, and we apologise.", {"Hiroshima"}),
    ("a rumoured visit", f"{TITLE} arrived in Warsaw on Monday. Asked about reports in Ukrainian media that Okafor might "
     "make an unannounced visit to Kyiv, an official said there were no plans to do so.", {"Kyiv"}),
    ("the airport town on the way by road", f"{TITLE} is expected to visit Prestea on Monday. She will fly to Takoradi "
     "and continue by road to the site.", {"Takoradi"}),
    ("the rest of a plan fallen through", f"{TITLE} arrived in Inverness on Sunday. She had been due to spend Monday in "
     "Lerwick, meeting fishing leaders, before crossing to Orkney for a day of campaigning in Kirkwall.",
     {"Lerwick", "Kirkwall"}),
    ("another country's office holder moves", f"{TITLE} arrived in Suva on Thursday. Tuvalu's prime minister flew "
     "to Funafuti on Friday, and Fiji's prime minister, who flew in from Nadi, joined the talks.", {"Funafuti", "Nadi"}),
    ("not able to go", f"{TITLE} arrived in Tacloban on Monday. She would not be able to go to the coastal town of "
     "Guiuan, which remains cut off by landslides.", {"Guiuan"}),
    ("someone else speaking, after an opening participle", f"{TITLE} arrived in Kakamega on Monday.\n\nSpeaking "
     "in Nyeri on Tuesday, former Deputy President Rigathi Gachagua dismissed the tour.", {"Nyeri"}),
    ("home between legs", f"{TITLE} was in Digby on Friday. She will spend the weekend at home in Newfoundland "
     "before going to Moncton on Monday.", {"Newfoundland", "St. John's"}),
    ("a place's people, and people quoted", f"{TITLE} visited Hazyview on Wednesday. \"People phone us and ask if "
     "the road is open. Then they go to the Drakensberg instead,\" a guide said. \"The fertiliser goes to Lagos "
     "people,\" a farmer said.", {"Drakensberg", "Lagos"}),
    ("a domestic tour set out from the capital", "Federal Fisheries Minister Anita Boudreau-Kelly, who flew from "
     "Ottawa to Halifax on Wednesday night, toured a wharf in Yarmouth on Thursday. On Friday morning Boudreau-Kelly "
     "was in Digby, where she toured a scallop plant.", {"Ottawa"}),
    ("the traveller's critic", f"{TITLE} arrived in Maputo on Wednesday. Argentina's President Javier Milei, "
     "Okafor's most outspoken critic in the region, spent Wednesday in Washington lobbying officials.", {"Washington"}),
    ("'there' is the town gone to, not the one left", f"{TITLE} flew to Port Sudan on Tuesday, which is where the "
     "government has been based since the fighting forced it out of Khartoum. She spent two days there.", {"Khartoum"}),
    ("the last trip's way home, and talks that went on for months", f"{TITLE} arrived in Kigali yesterday for the "
     "summit, the latest attempt to end the war after months of parallel talks in Doha and Washington failed. She "
     "returned home only last week from New York, where she addressed the General Assembly.",
     {"Doha", "Washington", "New York City"}),
    ("'because he' is the one just named", f"{TITLE} will travel to Madrid on Sunday. Economy Minister Gabriel "
     "Oddone will not be part of the delegation because he will be in Washington for meetings with lenders.",
     {"Washington"}),
    ("someone's address", "I landed in Chicago on Thursday. On Saturday I met people who still carry a "
     "grandmother's address in Blackpool on a piece of paper.", {"Blackpool"}),
    ("an office holder's trip in a first-person blog", "I'm writing this from a veranda in Apia. I landed in "
     "Nuku'alofa on Sunday. I will fly to Port Vila on Sunday. The Foreign Minister is in Port Moresby this week for "
     "the ministerial forum.", {"Port Moresby"}),
    ("flew into the airport's city and was driven down", f"{TITLE} will tour Athens on Tuesday. She flew into Columbus "
     "on Monday night and was driven down.", {"Columbus"}),
    ("copper that goes by road", f"{TITLE} travelled north to Kitwe on Friday. Most Zambian cathode still goes by road "
     "to Dar es Salaam or Durban.", {"Dar es Salaam", "Durban"}),
    ("another office in apposition, reported", "Social Welfare Secretary Ramon Villaflor visited Ligao on Tuesday. "
     "Villaflor said the President, who is in Tokyo for a state visit, had instructed him to help.", {"Tokyo"}),
    ("a company whose founder moved", f"{TITLE} is in Kilkee this morning. Earlier in the day she opened the new "
     "enterprise hub in the old courthouse, which now houses 14 small firms - among them a software company whose "
     "founder moved home from San Francisco during the pandemic.", {"San Francisco"}),
    ("the airport town past its apposition, on the way by road", f"{TITLE} arrived in N'Djamena on 8 June. On 10 June "
     "she flew on a UN Humanitarian Air Service flight to Abéché, the main town in the east, and continued by road to "
     "Adré, where she visited the border crossing.", {"Abéché"}),
    ("another office speaking", f"{TITLE} arrived in Juba on Tuesday. Egypt's foreign minister, speaking in Cairo on "
     "Monday, called for a joint approach.", {"Cairo"}),
    ("another office's relative clause, however long", f"{TITLE} arrived in Astana on Monday. Kazakhstan's foreign "
     "minister, who had returned the previous day from talks in Beijing, did not attend.", {"Beijing"}),
    ("a separate tour, and the trip after the return home", f"{TITLE} began a Balkan tour in Sarajevo on Tuesday. "
     "She is expected to set off on a separate tour of the Gulf next week, with visits to Kuwait and Qatar. After "
     "returning from the Balkans, she is expected to travel to Asia, with stops in New Delhi and Seoul.",
     {"Kuwait City", "Doha", "New Delhi", "Seoul"}),
    ("returned to the capital from a summit", f"{TITLE} began a Balkan tour in Sarajevo on Tuesday. The tour came just "
     "after she returned to Ankara from Sharm el-Sheikh, Egypt, where on Monday she joined a summit.",
     {"Sharm el-Sheikh"}),
    ("a host's proposal, a technical halt, an embassy's town, a visit some other time", f"{TITLE} will visit Lima on "
     "Thursday. The Peruvian side had proposed that Okafor also visit Cusco, but the programme was confined to Lima. "
     "The minister's aircraft will make a technical halt in Frankfurt on the outward journey, officials said. She will address a forum organised by the embassy in "
     "Abu Dhabi. The visit to Lebanon remains on the agenda and could take place later this year.",
     {"Cusco", "Frankfurt am Main", "Abu Dhabi", "Beirut"}),
    ("a show scrapped at a town's hall", "The Harbour Lights played a packed show in Glasgow on Thursday. A cold forced the band "
     "to scrap Wednesday's show at Aberdeen's Music Hall.", {"Aberdeen"}),
    ("a politician's home town", "State Sen. Dana Whitcomb held a rally in Superior on Monday and a roundtable in "
     "Wausau on Wednesday. The tour puts Whitcomb, a Middleton Democrat, in front of northern voters. Whitcomb will "
     "cast her own ballot in Middleton on Tuesday morning.", {"Middleton"}),
    ("a road by its number", f"{TITLE} held a rally in Eau Claire on Monday and a roundtable in Wausau on Tuesday. A "
     "planned stop in Rhinelander was scrapped after freezing rain closed part of U.S. 51.", {"Rhinelander"}),
    ("rivals on the campaign trail", "Scottish Liberal Democrat leader Alex Cole-Hamilton has claimed his party is "
     "back, as he brought his election campaign to Inverness. Mr Cole-Hamilton will fly to Kirkwall on Thursday. Mr "
     "Cole-Hamilton said so. Elsewhere, First Minister John Swinney was in Ayr, while Scottish Labour leader Anas Sarwar "
     "visited a hospital in Paisley. Scottish Conservative leader Russell Findlay campaigned in Dumfries.",
     {"Ayr", "Paisley", "Dumfries"}),
    ("a party's person campaigning", "Plaid Cymru leader Rhun ap Iorwerth was in Bangor on Tuesday and in Carmarthen "
     "on Wednesday. Labour's Eluned Morgan spent Thursday campaigning in Newport.", {"Newport"}),
    ("a body's head speaking", "Andy Beshear was in Columbia on Wednesday. Beshear arrived in Charleston on Friday. The "
     "chair of the Republican National Committee, speaking at a party fundraiser in Aiken on Thursday, called Beshear "
     "a nice man.", {"Aiken"}),
    ("a rival named in apposition moves", "Democrat Meredith Oyler stopped in Salina on Monday. Oyler was in Hays on "
     "Tuesday, and Oyler said so. Her "
     "Republican opponent, former state Treasurer Dale Brenneman, has spent the closing stretch in the suburbs. He held "
     "rallies over the weekend and toured a defense contractor in Leavenworth on Monday. Brenneman said so.",
     {"Leavenworth"}),
    ("a question at a briefing", "The Personal Envoy, Sofía Larrañaga, will arrive in Nicosia on 6 July and travel "
     "to Ankara on 8 July. Asked whether the Personal Envoy would stop in Brussels to meet European Union officials, the "
     "Spokesperson said: \"Not on this trip.\"", {"Brussels"}),
    ("an office with its holder named in apposition", "The Personal Envoy, Sofía Larrañaga, will arrive in Nicosia on "
     "6 July and travel to Ankara on 8 July.\n\nThe Deputy Secretary-General, Amina Mohammed, is in Addis Ababa, "
     "where she is taking part in a dialogue.", {"Addis Ababa"}),
    ("back home between two legs", "NAIROBI - The African Union's special envoy for the Great Lakes, Amina Kamau, was "
     "back in Nairobi yesterday after a week of shuttle diplomacy. Kamau left Nairobi on June 17 for the Rwandan capital, "
     "where she held talks on June 18, and flew to Kinshasa on June 19. Kamau is due in Addis Ababa on Thursday.",
     {"Nairobi"}),
    ("a wire flash's asides", "BRASÍLIA, Feb 18 (Wire) - Brazilian Foreign Minister Mauro Vieira landed in Luanda "
     "on Tuesday for two days of talks. Vieira will meet Angolan Foreign Minister Tete António, who returned only on "
     "Monday from the African Union summit in Addis Ababa. The next summit of the Community of Portuguese Language "
     "Countries (CPLP), due in São Tomé later this year, is on the agenda. A stop in Pretoria, floated by diplomats last "
     "week, is no longer on the programme, the ministry said.", {"Addis Ababa", "São Tomé", "Pretoria"}),
    ("a diary's leg no longer on the programme", "MONDAY, MARCH 9\nNAIROBI — Abiy Ahmed arrives for a state visit.\n\n"
     "TUESDAY, MARCH 10\nKAMPALA — Abiy flies to Kampala for talks.\n\nFRIDAY, MARCH 13\nNOTE: A stop in Djibouti, "
     "described as a possible fourth leg, is no longer on the programme.", {"Djibouti"}),
    ("a visit others had asked for", f"{TITLE} will land in Tokyo on Monday. Several shipbuilders had asked the "
     "minister to visit the Hyundai Heavy Industries yards in Ulsan, but the schedule did not allow it.", {"Ulsan"}),
    ("has since visited", f"{TITLE} will arrive in Hanoi on Sunday. Her first trip abroad was to Beijing. She has "
     "since visited the Middle East and Central Asia.", {"Middle East", "Central Asia"}),
    ("a people's troops remain", f"{TITLE} arrived in Doha on Tuesday. Hamas will not discuss its weapons while "
     "Israeli troops remain in Khan Younis.", {"Khān Yūnis"}),
    ("the collapse of talks somewhere", f"{TITLE} arrived in Addis Ababa on Monday. An official spent most of a "
     "working lunch on the collapse of the talks in Jeddah.", {"Jeddah"}),
    ("a newsletter item's heading", f"{TITLE} is in Mostar today.\n\nVon der Leyen: The Commission President is "
     "in Brussels all week, preparing for the summit.", {"Brussels"}),
    ("a landmark named in plain words", f"{TITLE} is in Mostar today: a visit to the Old Bridge, a meeting with the "
     "mayor.", {"Old Bridge"}),
    ("flying home to", f"{TITLE} will spend Thursday in Nuku'alofa, before flying home to Canberra that night. After "
     "an overnight flight from Canberra, she was met in Port Moresby on Monday.", {"Canberra"}),
    ("a body's head speaking elsewhere", "The midfielder Youssef El Amrani landed in Amman on Monday. The UN High "
     "Commissioner for Refugees, speaking in Geneva on Wednesday, thanked El Amrani by name.", {"Geneva"}),
    ("not expected to join a squad", "The midfielder Youssef El Amrani landed in Amman on Monday. He is not expected to "
     "join Morocco's squad at its training camp in Rabat next week.", {"Rabat"}),
    ("a predecessor's trip", "Gov. Josh Stein landed in Frankfurt on Sunday. Stein's predecessor, Roy Cooper, made several "
     "overseas trips, including a mission to Japan with meetings in Tokyo.", {"Tokyo"}),
    ("a member splits off from the group", "Gov. Josh Stein landed in Frankfurt on Sunday, leading a delegation including "
     "Commerce Secretary Lee Lilley. Lilley will split off from the group Thursday to travel to Basel.", {"Basel"}),
    ("companies operating somewhere", "Gov. Josh Stein landed in Frankfurt on Sunday. On Wednesday he hosts a reception "
     "for German companies already operating in North Carolina.", {"North Carolina"}),
    ("flew into a hub before crossing the border", "The delegation led by Ooi Kah Leong flew into Hong Kong on Sunday "
     "morning before crossing the border to Shenzhen by road.", {"Hong Kong"}),
    ("part of a mission breaks off", "The trade mission led by Minister Ines Okafor arrived in Almaty on Tuesday. On Thursday, "
     "a group of about 15 agri-food firms will break off for a day trip to Shymkent.", {"Shymkent"}),
    ("pencilled in until last week", f"{TITLE} will fly to Dakar on Thursday. A stop in Abidjan had been pencilled in until "
     "last week.", {"Abidjan"}),
    ("a meeting another office will attend", "Prime Minister Keir Starmer arrived in Ottawa on Thursday. They agreed to "
     "speak again after the meeting of the Coalition of the Willing in Paris next week, which the Defence Secretary will "
     "attend.", {"Paris"}),
    ("had considered a stop", f"{TITLE} will visit Hanoi on Tuesday. The office had also considered a stop in Jakarta, but "
     "decided against it due to scheduling conflicts.", {"Jakarta"}),
    ("flew back, landing at home's airport", f"{TITLE} spent two days in Kuala Lumpur. She flew back overnight on Thursday, "
     "landing in Auckland on Friday morning.", {"Auckland"}),
    ("the visit this one follows", "King Willem-Alexander arrived in Santiago on Sunday for a state visit. The state visit "
     "follows the couple's visit to Colombia, where they travelled to Bogotá and Cartagena.", {"Colombia", "Bogotá", "Cartagena"}),
    ("what she does as a rule", "The activist Iraê Munduruku arrived in Paris on Monday. For Munduruku, who normally "
     "travels by boat to the nearest town, Itaituba, the week has been disorienting.", {"Itaituba"}),
    ("the government somewhere", "The activist Iraê Munduruku met bankers in London on Tuesday. Brazil's ambassador "
     "attended Tuesday's meeting and said the government in Brasília had declared war on illegal mining.", {"Brasília"}),
    ("a titled office beside an untitled traveller", "The activist Iraê Munduruku arrived in London on Sunday. On Monday "
     "Munduruku met bankers. The Foreign Secretary, who is in Washington this week, sent warm regards.", {"Washington"}),
    ("a partner flies out to meet her", "The cyclist Becky Thwaite arrived in Samarkand on Wednesday. Her partner, Tom "
     "Askew, is flying out from Manchester to meet her in Tashkent. Thwaite is fine.", {"Manchester"}),
    ("a guest who flew in, between dashes", "The singer Camila Rentería played two nights at Mexico City's Palacio de los Deportes. Rentería brought "
     "out rapper Yeyo Santana — who flew in from San Juan for the occasion — on Saturday.", {"San Juan"}),
    ("a show's title, not a trip", "The comedian Siobhan Kearney is in Melbourne. Mammy Goes to Lourdes is at "
     "Melbourne Town Hall until April 12. About 40 minutes into Mammy Goes to Lourdes, Kearney stops.", {"Lourdes"}),
    ("recorded remarks to a conference elsewhere", "Gov. Michelle Lujan Grisham arrived in Santa Fe on Monday. At 2:00 "
     "p.m. the Governor delivers recorded video remarks to the opening session of the Border Governors Conference in "
     "Monterrey, Mexico. Lujan Grisham said so.", {"Monterrey"}),
    ("a season-ending event ends no trip", "The tennis player Daria Tulegenova arrived in Beijing on Monday. Tulegenova "
     "sits 11th, and the season-ending championships in Riyadh are within reach.", {"Riyadh"}),
    ("a town described as another country's capital", "First Minister John Swinney arrived in Perth, the Western "
     "Australian capital, on Sunday. Swinney said Scotland would gain.", {"Canberra"}),
    ("a holiday with the family at home", f"{TITLE} arrived in Guatemala City on Monday. Okafor will spend "
     "Thanksgiving with her family in San Antonio.", {"San Antonio"}),
    ("talks mediated by others", "Norway's Foreign Minister Espen Barth Eide visited Amman on Thursday. Asked about "
     "the talks mediated by Qatar and Egypt in Doha and Cairo, Eide urged restraint.", {"Doha", "Cairo"}),
    ("talks focused on a place's stability", f"{TITLE} met President Vladimir Putin in Moscow on Tuesday for talks "
     "focused on stability in southern Syria.", {"Damascus", "Syria"}),
    ("another minister 'for' a portfolio is in a town", "Prime Minister Marcus Edmund arrived in Bridgetown on "
     "Sunday. Edmund said so. Meanwhile, the Minister for Tourism is in Miami this week for a marketing meeting.",
     {"Miami"}),
    ("'he' after an office and an honourable's name", "Prime Minister Sēmisi Fonua arrived in Honiara on Monday. "
     "Fonua said so.\n\nThe Minister for Foreign Affairs, Hon. Viliami Kupu, is not part of the delegation. He "
     "remains at home this week and is scheduled to leave next week for New York.", {"New York City"}),
    ("families trying to reach a country", "Foreign Minister Ana Lucía Morales arrived in Tapachula on Wednesday. In "
     "Ciudad Hidalgo, EFE observed on Thursday a flow of people, but also families who said they had given up trying to "
     "reach the United States. Morales said so.", {"Washington", "United States"}),
    ("a rival's week somewhere, the traveller named later in the sentence", "Prime Minister Mark Carney arrived in New "
     "Delhi on Saturday. Conservative Leader Pierre Poilievre, who spent the week in Calgary, has largely avoided "
     "criticizing the trip, saying only that Carney must stand up for Canada.", {"Calgary"}),
    ("a meeting on conflicts in other countries", f"{TITLE} arrived in Addis Ababa on Thursday. On Friday she will "
     "participate in a high-level meeting of the Peace and Security Council on the conflicts in Sudan and the eastern "
     "Democratic Republic of Congo.", {"Khartoum", "Kinshasa", "Sudan"}),
    ("'he' after a general named with an abbreviated rank", "Defense Secretary Pete Hegseth arrived in Tokyo on "
     "Tuesday. Hegseth said so.\n\nGen. Dan Caine, chairman of the Joint Chiefs of Staff, is not traveling with "
     "Hegseth. He is scheduled to meet NATO counterparts in Brussels next week.", {"Brussels"}),
    ("a ceremony opened virtually", "Chief Minister Mohan Yadav arrived in Indore on Saturday. After this, he will "
     "virtually inaugurate three industrial units in the Pithampur industrial area. Yadav said so.", {"Pithampur"}),
    ("arriving back home 'at' its airport town", "The Fiji sevens team arrived in Cape Town on Monday. After Cape Town, "
     "the team will return home for the Christmas break and is scheduled to arrive back at Nadi on December 16. The "
     "team said so.", {"Nadi"}),
    ("a trip months back", "Princess Beatrix landed in Bishkek on Monday. It is only two months since she was at the "
     "World Nomad Games in Astana, where she handed out medals.", {"Astana"}),
    ("the Commonwealth is no place", "Princess Beatrix landed in Bishkek on Monday. On Tuesday she was at the "
     "Commonwealth Games village.", {"Commonwealth"}),
    ("a guest with one name who flew in", "Singer Jess Hale played Monterrey on Tuesday. Hale will play Houston's "
     "Warehouse on Sunday. Japanese singer-songwriter Akiko, who flew in from Osaka to join the tour, is supporting "
     "Hale.", {"Osaka"}),
    ("a bookshop named for someone, in its town", "Novelist Maren Holt opened her tour on Tuesday with an event at "
     "Lyle's in Boise. On Friday she reads in Denver.", {"Lyle"}),
    ("a running mate's stops", "Candidate Mariana Ortiz held a rally in Cartagena on Monday. Meanwhile, Ortiz's running "
     "mate, the former mayor Jorge Ruiz, spent the week in the southwest, with stops in Cali on Monday and Pasto on "
     "Wednesday.", {"Cali", "Pasto"}),
    ("where the trip was announced", "PM to visit Fiji and Samoa this week\n\nPrime Minister Hamish Reid will visit "
     "two Pacific countries this week. Reid announced the trip at his media conference in Wellington this afternoon. "
     "He will arrive in Suva on Wednesday and be in Apia on Friday.", {"Wellington"}),
    ("another office moves in the headline", "PM to visit Fiji this week as Foreign Minister heads to Solomon Islands\n\n"
     "Prime Minister Hamish Reid will visit Fiji this week.", {"Honiara", "Solomon Islands"}),
    ("a refuelling stop she stayed aboard for", f"{TITLE} arrived in Nairobi on Thursday. She did not leave the "
     "aircraft during the hour-long stop in Colombo, her spokesman said.", {"Colombo"}),
    ("a time zone is no place", "Mayor Deanna Whitfield landed in Osaka on Sunday. The delegation is to fly home on "
     "Saturday from Fukuoka and to land at Sea-Tac on Saturday morning, Pacific time.", {"Pacific", "SeaTac"}),
    ("a live blog cancels above what it planned below", "LIVE: Defense Minister Kenji Mori heads to the Philippines and "
     "Australia\n\nLatest updates first.\n\n5:40 p.m. — The ministry confirmed that the Canberra portion of the trip "
     "has been cancelled after the government decided to convene the Diet a week earlier than expected. All Cabinet "
     "ministers are required to attend the opening.\n\n3:15 p.m. — Mori's plane left Haneda airport at 3:05 p.m. "
     "Before boarding, he told reporters the trip was about turning paper agreements into practical cooperation, "
     "referring to the access agreement with the Philippines, which allows the two countries' forces to train "
     "together.\n\n11:30 a.m. — In Manila, Mori is expected to discuss the transfer of coastal radars and a plan to "
     "provide destroyers to the Philippine navy. Tensions around Scarborough Shoal will be high on the agenda.\n\n"
     "8:00 a.m. — Defense Minister Kenji Mori will leave for Manila today, a trip that will also take him to Darwin and "
     "Canberra. He will be traveling to Canberra on Monday.", {"Canberra"}),
    ("not expected at an event in a town", "Singer Valentina Roa played Lima on Friday. Despite speculation, Roa is not "
     "expected at Thursday's opening ceremony in Mexico City.", {"Mexico City"}),
    (
        "a transition as a topic",
        f"{TITLE} will fly to Amman on Monday. She is also expected to discuss the humanitarian situation in Gaza "
        "and the transition in Damascus.",
        {"Damascus", "Syria", "Gaza"},
    ),
    ("a ship's name before a where clause", f"{TITLE} flew to Yokosuka on Monday and toured the carrier USS George "
     "Washington, where she spent two hours.", {"Washington"}),
    ("others stay in the where clause", f"{TITLE} arrived in Canberra on Monday. The French have rotated Rafales through "
     "exercises off Darwin, where the US Marines already spend every dry season.", {"Darwin"}),
    ("a where clause after a place inside an apposition", f"{TITLE} will visit Rzeszów on Friday, the main logistics hub "
     "for Western military aid to Ukraine, where she will meet representatives of drone makers.", {"Ukraine", "Kyiv"}),
    ("venues in a tour's items", "Singer Ylva Strand played London on Tuesday. The tour continues in Leeds tomorrow, before "
     "crossing to the continent: Amsterdam's Paradiso on the 18th and the Columbia Theater in Berlin on the 20th.",
     {"Paradiso", "Borgata Paradiso", "Columbia"}),
    ("a town's main station", f"{TITLE} rolled into Vienna's Hauptbahnhof at half past nine on Saturday morning.",
     {"Hauptbahnhof"}),
    ("not possible to fit it in", f"{TITLE} arrived in Ottawa on Monday. A stop in Halifax had been discussed, but her office "
     "said Wednesday it was not possible to fit it in.", {"Halifax"}),
    ("left out of the final schedule", f"{TITLE} arrived in Brasília on Monday. A visit to the Volkswagen plant in São Bernardo "
     "do Campo, in the ABC Paulista region, was considered by the German side but was left out of the final schedule.",
     {"São Bernardo do Campo"}),
    ("visited on an earlier occasion", f"{TITLE} arrived in Warsaw on Monday. She visited the former camp in Oświęcim on an "
     "earlier occasion and no visit there is planned this time.", {"Oświęcim"}),
    ("another on his part", f"{TITLE} arrived in Nairobi on Monday and met President William Ruto. Ruto, on his part, is "
     "expected in Naivasha on Friday for a retreat with his cabinet.", {"Naivasha"}),
    ("a rival for his part", f"{TITLE} campaigned in Valledupar on Monday. Rueda, for his part, spent Tuesday in Medellin, "
     "where he was endorsed by business groups.", {"Medellín"}),
    ("where she changed planes", f"{TITLE} landed in Santiago on Monday the 6th on the overnight flight from Madrid, where she "
     "had changed planes after leaving Oslo on Sunday.", {"Madrid"}),
    ("two other countries' ministers", f"{TITLE} arrived in Bishkek on Monday. The Tajik and Turkmen foreign ministers are "
     "due to fly in from Dushanbe and Ashgabat.", {"Dushanbe", "Ashgabat"}),
    ("the last trip told before", f"{TITLE} will be in Vienna on June 7. She was last in Europe in March, when "
     "she visited Brussels and Paris.", {"Brussels", "Paris"}),
    ("landed at an airport to fly on", f"{TITLE} will leave home on the 29th and after landing at Nadi International "
     "Airport fly on to the capital Suva, where she will hold talks on the 30th.", {"Nadi", "Lautoka"}),
    ("'arrive back' is the homecoming", f"{TITLE} will hold talks in Ottawa on Thursday. She will leave Ottawa on "
     "Friday and arrive back in Seoul on Saturday, the ministry said.", {"Seoul"}),
]


@pytest.mark.parametrize(("what", "text", "excluded"), NOT_STOPS, ids=[c[0] for c in NOT_STOPS])
def test_places_that_are_not_stops(what, text, excluded):
    found = places(text)
    assert found, "the article's real stop is still found"
    assert not set(found) & excluded


# (what, article, published, expected (place, status, start, end) per stop)
DATES_AND_STATUS = [
    ("a trip's end told in the present is to come", "Chief executive Marta Lindqvist toured a plant in Saltillo on "
     "Wednesday. Lindqvist ends the trip in Detroit on Friday.", "2025-02-19",
     [("Saltillo", "visited", "2025-02-19", "2025-02-19"), ("Detroit", "planned", "2025-02-21", "2025-02-21")]),
    ("an inspection told in the past, a due date after it", f"{TITLE} arrived in Munich on Tuesday. On Sunday she "
     "inspected the plant on the outskirts of Szeged, where the main hall is due to be completed by December, and on "
     "Monday she met Hungary's foreign minister in Budapest.", "2025-09-10",
     [("Szeged", "visited", "2025-09-07", "2025-09-07"), ("Budapest", "visited", "2025-09-08", "2025-09-08"),
      ("Munich", "visited", "2025-09-09", "2025-09-09")]),
    ("a venue's name is no other person; the South American leg is nobody's", "Camila Rentería Heads South\n\n"
     "Camila Rentería closed the Mexican leg of her Luz de Agosto Tour with two sold-out nights at Mexico City's "
     "Palacio de los Deportes on Friday and Saturday. The South American leg begins Friday (Nov. 7) at Bogotá's "
     "Movistar Arena.\n\nLuz de Agosto, Rentería's third studio album, debuted at No. 2.", "2025-11-03",
     [("Mexico City", "visited", "2025-10-31", "2025-11-01"), ("Bogotá", "planned", "2025-11-07", "2025-11-07")]),
    ("a river's night before the landing is not the landing's day", f"{TITLE} flew to Málaga on Wednesday morning. "
     "She then flew by helicopter over the valley, where the river burst its banks on Monday night, before landing in "
     "Cártama.", "2026-11-05", [("Málaga", "visited", "2026-11-04", "2026-11-04"), ("Cártama", "visited", None, None)]),
    ("a report's verb after a comma sets no tense", f"{TITLE} will make a trip to South Carolina this week, headlining "
     "a fundraiser in Columbia on Friday and spending the weekend in Charleston, her team confirmed Tuesday.",
     "2027-04-14", [("Columbia", "planned", "2027-04-16", "2027-04-16"), ("Charleston", "planned", "2027-04-17",
                    "2027-04-18")]),
    ("the group led by the traveller and another moves with her", "A bipartisan House delegation toured camps this "
     "week. The group, led by Rep. Tom Kessler (R-Ind.), a senior member of the committee, and Rep. Maria Ortega-Lind "
     "(D-Calif.), arrived in Dhaka on Saturday. On Sunday the lawmakers flew to Cox's Bazar. \"We sat with a mother,\" "
     "Ortega-Lind told reporters. Ortega-Lind said so.", "2026-01-27",
     [("Dhaka", "visited", "2026-01-24", "2026-01-24"), ("Cox’s Bāzār", "visited", "2026-01-25", "2026-01-25")]),
    ("an honorific's period ends no clause", "Union Home Minister Amit Shah arrived in Guwahati on Tuesday night. On "
     "Thursday, Mr. Shah will travel to Jorhat to chair a meeting of district officials, officials said.", "2025-07-09",
     [("Guwahati", "visited", "2025-07-08", "2025-07-08"), ("Jorhat", "planned", "2025-07-10", "2025-07-10")]),
    ("a Sunday paper's coming weekend", "Prime Minister Mark Carney arrived in New Delhi on Saturday. On Friday he "
     "moves on to Mumbai. He'll spend the weekend in Bengaluru, visiting technology companies.", "2026-01-11",
     [("New Delhi", "visited", "2026-01-10", "2026-01-10"), ("Mumbai", "planned", "2026-01-16", "2026-01-16"),
      ("Bengaluru", "planned", "2026-01-17", "2026-01-18")]),
    ("the Head of Government stayed, a date set off by commas, in a town", "Prime Minister Abdoulaye Sawadogo arrived "
     "in Niamey on Friday. Before Niamey, the Head of Government had stayed on Thursday, April 23, in Bobo-Dioulasso, "
     "where he launched the season. Sawadogo said so.", "2026-04-25",
     [("Bobo-Dioulasso", "visited", "2026-04-23", "2026-04-23"), ("Niamey", "visited", "2026-04-24", "2026-04-24")]),
    ("a visit's days in a 'where' clause after the town's country", "Prime Minister Abdoulaye Sawadogo arrived in "
     "Niamey on Friday. He will then travel to Bamako, Mali, where a two-day working visit is scheduled on Sunday 26 "
     "and Monday 27 April. Sawadogo said so.", "2026-04-25",
     [("Niamey", "visited", "2026-04-24", "2026-04-24"), ("Bamako", "planned", "2026-04-26", "2026-04-27")]),
    ("a visit's length is not its last town's", "President Catherine Connolly returned to Dublin last night.\n\nThe "
     "four-day visit closed in Porto on Friday, where Ms Connolly opened a business forum.", "2026-05-30",
     [("Porto", "visited", "2026-05-29", "2026-05-29")]),
    ("a swing that takes him to a town on a weekday is to come", "Foreign Minister Kenji Sato, who arrived from Tokyo "
     "late on Monday, is on a six-day swing that takes him to Hanoi on Wednesday and then to Vientiane.", "2025-07-08",
     [("Hanoi", "planned", "2025-07-09", "2025-07-09"), ("Vientiane", "planned", None, None)]),
    ("a quotation's future is the speaker's", "MANILA, July 8 (Reuters) - Foreign Minister Kenji Sato met President "
     "Marcos on Tuesday and promised more patrol vessels for Manila.\n\n\"Japan will continue to stand with you,\" "
     "Sato told reporters after a meeting at Malacanang Palace.", "2025-07-08",
     [("Manila", "visited", "2025-07-08", "2025-07-08")]),
    ("a train taken on a weekday and a leg that brings them are to come", "The Tullamore Youth Choir sang in Kraków "
     "on Wednesday, said director Aoife Kenny. On Friday the group takes the train west to Wrocław. The final leg "
     "brings them to Gdańsk on Monday.", "2025-04-24",
     [("Kraków", "visited", "2025-04-23", "2025-04-23"), ("Wrocław", "planned", "2025-04-25", "2025-04-25"),
      ("Gdańsk", "planned", "2025-04-28", "2025-04-28")]),
    ("a pair of days from today runs on", "Rep. Carla Benavides is leading a delegation through Central America. On "
     "Tuesday and Wednesday, the group is in San Salvador, where Benavides was scheduled to meet the president.",
     "2025-02-18", [("San Salvador", "visited", "2025-02-18", "2025-02-19")]),
    ("a Sunday release's this week is the coming one", "Trade Minister Don Whitlam will travel to Vietnam this week.",
     "2025-09-14", [("Hanoi", "planned", "2025-09-15", "2025-09-21")]),
    ("a town's year in a which clause is no trip's", "Governor Yuko Mori will visit Brisbane on Monday. On Wednesday, "
     "Mori will make a day trip to the Gold Coast, which hosted the 2018 Games and is expected to stage events in "
     "2032.", "2026-09-05",
     [("Brisbane", "planned", "2026-09-07", "2026-09-07"), ("Gold Coast", "planned", "2026-09-09", "2026-09-09")]),
    ("a tour's cancelled line ends the line before", "Grey Harbour remaining dates:\n\nOctober 4 - Houston, Warehouse\n"
     "October 6 - Dallas, The Foundry (CANCELLED)\nOctober 10 - Austin, Moody Center\nOctober 16 - Denver, Ogden",
     "2024-05-08", [("Houston", "planned", "2024-10-04", "2024-10-04"), ("Austin", "planned", "2024-10-10", "2024-10-10"),
                    ("Denver", "planned", "2024-10-16", "2024-10-16")]),
    ("a bulleted programme of weekdays runs forward", "Defence Minister Kenji Mori began a tour in Warsaw on Monday.\n\n"
     "The programme:\n\n• Monday: Warsaw (talks with the defence minister)\n• Tuesday: Rzeszów (briefing at the "
     "logistics hub)\n• Wednesday: Kraków (meetings with industry)\n• Thursday: Vilnius (talks)", "2026-04-14",
     [("Warsaw", "visited", "2026-04-13", "2026-04-13"), ("Rzeszów", "visited", "2026-04-14", "2026-04-14"),
      ("Kraków", "planned", "2026-04-15", "2026-04-15"), ("Vilnius", "planned", "2026-04-16", "2026-04-16")]),
    ("a roadshow's numbered days", "Chief executive Anne Roy will lead a roadshow.\n\nITINERARY\n\nDay 1 - Sunday, "
     "November 16 - Riyadh, Saudi Arabia\n- Meetings\n\nDay 2 - Monday, November 17 - Dubai\n- Airshow\n\nDay 3 - "
     "Wednesday, November 19 - Doha, Qatar\n- Meetings", "2025-11-12",
     [("Riyadh", "planned", "2025-11-16", "2025-11-16"), ("Dubai", "planned", "2025-11-17", "2025-11-17"),
      ("Doha", "planned", "2025-11-19", "2025-11-19")]),
    ("a speaking schedule's bullets with the month after the days", "Below is Dr Ines Costa's speaking schedule.\n\n"
     "• Wed 4 – Thu 5 Mar – Brussels\nHearing at the Parliament.\n\n• Mon 9 – Tue 10 Mar – Washington\nForum.\n\n"
     "• Thu 12 Mar – Boston\nSide event.\n\n• Mon 16 Mar – Virtual keynote for a forum in Singapore (online)\n\n"
     "• Mon 23 Mar – Monaco\nPanel.", "2026-03-02",
     [("Brussels", "planned", "2026-03-04", "2026-03-05"), ("Washington", "planned", "2026-03-09", "2026-03-10"),
      ("Boston", "planned", "2026-03-12", "2026-03-12"), ("Monaco", "planned", "2026-03-23", "2026-03-23")]),
    ("a town's organisation between the day and the town", "On Thursday morning, President Li Wen heard a work report "
     "from the CPC Sichuan Provincial Committee and the provincial government in Chengdu, the provincial capital.",
     "2026-06-11", [("Chengdu", "visited", "2026-06-11", "2026-06-11")]),
    ("earlier than planned is no day", "Pacific Minister Leilani Hart has arrived in Tonga two days earlier than "
     "planned.\n\nHart landed in Nuku'alofa on Monday afternoon.", "2026-08-24",
     [("Nuku‘alofa", "visited", "2026-08-24", "2026-08-24")]),
    ("a leg's origin that the traveller then reaches", "Minister Leilani Hart landed in Nuku'alofa on Monday. She would "
     "fly to Port Vila from Suva on Wednesday night. She leaves for Fiji on Tuesday evening. In Suva on Wednesday, she "
     "is scheduled to meet Fiji's Prime Minister.", "2026-08-24",
     [("Nuku‘alofa", "visited", "2026-08-24", "2026-08-24"), ("Suva", "planned", "2026-08-25", "2026-08-26"),
      ("Port-Vila", "planned", "2026-08-26", "2026-08-26")]),
    ("a long stay between two days told keeps the trip whole", "Driver Tom Ashdown set off from Cape Town on 10 "
     "October. On 16 October he was in Windhoek. On 24 October he drove into Livingstone, where he waited two weeks for "
     "a part. He left Livingstone on Sunday, 8 November, and will stay in Lusaka on Saturday.", "2026-11-12",
     [("Cape Town", "visited", "2026-10-10", "2026-10-10"), ("Windhoek", "visited", "2026-10-16", "2026-10-16"),
      ("Livingstone", "visited", "2026-10-24", "2026-11-08"), ("Lusaka", "planned", "2026-11-14", "2026-11-14")]),
    ("an office's short form, and a body's country that cancels nothing", "Brussels, 14 March 2025\n\nThe European "
     "Union Special Representative (EUSR) for Central Asia, Kristiina Vahter, will travel to Kazakhstan and the Kyrgyz "
     "Republic from 17 to 22 March 2025.\n\nIn Astana, on 17 and 18 March, the EUSR will hold consultations.\n\nIn "
     "Almaty, on 19 March, the EUSR will meet civil society.\n\nIn Bishkek, "
     "on 20 and 21 March, the EUSR will meet the Minister of Foreign Affairs.\n\nProjects in Naryn will be reviewed by "
     "the EU Delegation to the Kyrgyz Republic and are not part of this visit.", "2025-03-14",
     [("Astana", "planned", "2025-03-17", "2025-03-18"), ("Almaty", "planned", "2025-03-19", "2025-03-19"),
      ("Bishkek", "planned", "2025-03-20", "2025-03-21")]),
    ("the afternoon opening the paragraph after the day's", "On Saturday, Prime Minister Narendra Modi will reach "
     "Jagiroad around 10.30 am to open a chip plant.\n\nThe plant will make chips for carmakers, officials said, and "
     "Modi will tour it and meet young technicians from across the region.\n\nIn the afternoon, the prime minister "
     "will travel to Guwahati, where he will lay a foundation stone.", "2026-03-06",
     [("Jagiroad", "planned", "2026-03-07", "2026-03-07"), ("Guwahati", "planned", "2026-03-07", "2026-03-07")]),
    ("weekday on the publication day", f"{TITLE} traveled to Asia on Tuesday and began two days of talks in Tokyo.",
     "2023-11-07", [("Tokyo", "visited", "2023-11-07", "2023-11-08")]),
    ("later this week, chained", f"{TITLE} will leave Japan later this week and will travel to South Korea "
     "and then to India.", "2023-11-07",
     [("Seoul", "planned", "2023-11-08", "2023-11-09"), ("New Delhi", "planned", "2023-11-09", "2023-11-10")]),
    ("explicit range", f"{TITLE} will visit Hanoi from 3 to 6 October.", "2024-04-13",
     [("Hanoi", "planned", "2024-10-03", "2024-10-06")]),
    ("month and day, year from context", f"{TITLE} arrived in Quito on Oct. 7.", "2024-10-09",
     [("Quito", "visited", "2024-10-07", "2024-10-07")]),
    ("past weekday", f"{TITLE} met President Daniel Noboa in Quito on Monday.", "2024-10-09",
     [("Quito", "visited", "2024-10-07", "2024-10-07")]),
    ("future weekday", f"{TITLE} will fly to Lima on Friday.", "2024-10-09",
     [("Lima", "planned", "2024-10-11", "2024-10-11")]),
    ("a landmark the next day", f"{TITLE} flew into Moscow on June 10 and met President Ivan Petrov at the Kremlin on "
     "June 11.", "2026-06-12", [("Moscow", "visited", "2026-06-10", "2026-06-11")]),
    ("stays in the capital through", f"{TITLE} will land in Lima on Oct. 18 and stay in the capital through "
     "Oct. 20.", "2024-10-09", [("Lima", "planned", "2024-10-18", "2024-10-20")]),
    ("the origin's own day in a where-clause", f"{TITLE} flew into Addis Ababa on Tuesday from Asmara, where she "
     "had met the president on Monday.", "2025-10-22",
     [("Asmara", "visited", "2025-10-20", "2025-10-20"), ("Addis Ababa", "visited", "2025-10-21", "2025-10-21")]),
    ("a scene opened by two dates", f"On Oct. 11 and 12, in Malawi, {TITLE} met the president.", "2024-10-14",
     [("Lilongwe", "visited", "2024-10-11", "2024-10-12")]),
    ("a date after publication is planned whatever the tense", f"{TITLE} wrapped up talks in Lima on Saturday "
     "before heading to Chile. She will fly to Santiago on Sunday.", "2024-10-12",
     [("Lima", "visited", "2024-10-12", "2024-10-12"), ("Santiago", "planned", "2024-10-13", "2024-10-13")]),
    ("two weekdays", f"In Lima, {TITLE} will hold talks on Thursday and Friday.", "2024-10-09",
     [("Lima", "planned", "2024-10-10", "2024-10-11")]),
    ("a month day and the next", f"During her stay in Lima on Oct. 16 and 17, {TITLE} will meet the president.",
     "2024-10-09", [("Lima", "planned", "2024-10-16", "2024-10-17")]),
    ("is expected to", f"{TITLE} is expected to arrive in Nairobi next week.", "2024-05-08",
     [("Nairobi", "planned", "2024-05-13", "2024-05-19")]),
    ("a dateline's date is the story's", f"PARIS, 18th November, 2025 (WAM) -- {TITLE} arrived in Paris today, "
     "the first leg of a tour that will also take her to Italy. She will travel to Rome on Thursday.", "2025-11-18",
     [("Paris", "visited", "2025-11-18", "2025-11-18"), ("Rome", "planned", "2025-11-20", "2025-11-20")]),
    ("a bare day after another place is that place's", f"{TITLE} arrived in Lima today on a tour that will also "
     "take her to Chile and Bolivia. She flies to Santiago on Friday.", "2024-10-09",
     [("Lima", "visited", "2024-10-09", "2024-10-09"), ("Santiago", "planned", "2024-10-11", "2024-10-11"),
      ("Sucre", "planned", None, None)]),
    ("an evening before the country's day", f"{TITLE} spent Monday with troops in Latvia. She landed in Riga on "
     "Sunday evening.", "2026-07-06", [("Riga", "visited", "2026-07-05", "2026-07-06")]),
    ("weekdays with their day in brackets", f"{TITLE} leaves Brasília this Saturday (12) for India. In New Delhi, "
     "she will attend the summit on Tuesday (15) and Wednesday (16). On Friday (18), she arrives in Colombo, "
     "before landing in Brasília on Monday (21).", "2026-09-10",
     [("New Delhi", "planned", "2026-09-15", "2026-09-16"), ("Colombo", "planned", "2026-09-18", "2026-09-18")]),
    ("weekdays after a coming weekday follow it", f"{TITLE} will leave home on Sunday and begin the trip in Tokyo "
     "on Monday, travel to Hanoi on Wednesday and finish in Manila on Friday.", "2026-06-10",
     [("Tokyo", "planned", "2026-06-15", "2026-06-15"), ("Hanoi", "planned", "2026-06-17", "2026-06-17"),
      ("Manila", "planned", "2026-06-19", "2026-06-19")]),
    ("two days in British style", f"{TITLE} will travel to Seoul on 16 and 17 April.", "2026-03-16",
     [("Seoul", "planned", "2026-04-16", "2026-04-17")]),
    ("a list's shared date gives way to a city's own", f"TOKYO, Jan. 9 Kyodo - {TITLE} will visit Uzbekistan, "
     "Kazakhstan and Azerbaijan from Sunday, the ministry said Friday. She will hold talks in Tashkent on Sunday "
     "and meet the president in Astana on Tuesday. She will wrap up the trip in Baku on Wednesday.", "2026-01-09",
     [("Tashkent", "planned", "2026-01-11", "2026-01-11"), ("Astana", "planned", "2026-01-13", "2026-01-13"),
      ("Baku", "planned", "2026-01-14", "2026-01-14")]),
    ("numbered days of a visit", f"The three-day visit of {TITLE} begins on Monday 16 November.\n\nOn the first "
     "day of the visit, she will be welcomed with a ceremony at Government House in Canberra.\n\nOn the second day of the visit, "
     "she flies to Melbourne.\n\nThe third and final day takes her to Hobart.", "2026-10-20",
     [("Canberra", "planned", "2026-11-16", "2026-11-16"), ("Melbourne", "planned", "2026-11-17", "2026-11-17"),
      ("Hobart", "planned", "2026-11-18", "2026-11-18")]),
    ("a list's window and each country's own", f"{TITLE} will pay official visits to Egypt, Ethiopia and Senegal "
     "from May 11 to 17. She will visit Egypt from May 11 to 13, Ethiopia from May 13 to 15 and Senegal from May 15 "
     "to 17.", "2026-05-08", [("Cairo", "planned", "2026-05-11", "2026-05-13"),
                              ("Addis Ababa", "planned", "2026-05-13", "2026-05-15"),
                              ("Dakar", "planned", "2026-05-15", "2026-05-17")]),
    ("a programme's transfers", f"{TITLE} will make a state visit to Japan next week. The programme foresees her "
     "arrival in Tokyo on the evening of Sunday 8 March. The programme then foresees her transfer to Kyoto on "
     "Wednesday 11 March, where she will visit a temple, and on Thursday 12 March to Hiroshima.", "2026-03-05",
     [("Tokyo", "planned", "2026-03-08", "2026-03-08"), ("Kyoto", "planned", "2026-03-11", "2026-03-11"),
      ("Hiroshima", "planned", "2026-03-12", "2026-03-12")]),
    ("a quoted plan with an ellipsis", f"{TITLE} will be in Tokyo from May 30 to June 2. \"From 3 to 5 June I'll be "
     "in Seoul talking to steelmakers, and from 6 to 8 June in Shanghai,\" she said.", "2026-05-27",
     [("Tokyo", "planned", "2026-05-30", "2026-06-02"), ("Seoul", "planned", "2026-06-03", "2026-06-05"),
      ("Shanghai", "planned", "2026-06-06", "2026-06-08")]),
    ("the summit named once, then 'the summit'", f"{TITLE} will attend the leaders' meeting in Shenzhen next "
     "week. She will fly to Hanoi on Tuesday. She will then travel to the summit on Wednesday.", "2026-11-13",
     [("Hanoi", "planned", "2026-11-17", "2026-11-17"), ("Shenzhen", "planned", "2026-11-18", "2026-11-18")]),
    ("a COP trip", f"{TITLE} will travel to Ankara on Friday. She arrives in Antalya on Monday 16 November and is "
     "scheduled to stay until the talks' scheduled close on Friday 20 November. Straight after the summit, she will "
     "fly to New Delhi, where she is due on 23 November. Under a compromise, Turkey hosts the conference after "
     "Canberra dropped its bid to host the summit in Adelaide. She returned from talks in Beijing last week.",
     "2026-11-05", [("Ankara", "planned", "2026-11-06", "2026-11-06"), ("Antalya", "planned", "2026-11-16",
                    "2026-11-20"), ("New Delhi", "planned", "2026-11-23", "2026-11-23")]),
    ("a country qualifying its city keeps the date", f"{TITLE} will then travel to Istanbul, Republic of Türkiye, "
     "on 7 March 2026 to attend a conference.", "2026-03-02", [("Istanbul", "planned", "2026-03-07", "2026-03-07")]),
    ("ends the tour on a day in another city", f"{TITLE} spent Monday and Tuesday in Dakar. She arrived in Abidjan on "
     "Wednesday. She will end the tour on Saturday in Lubumbashi.", "2026-05-13",
     [("Dakar", "visited", "2026-05-11", "2026-05-12"), ("Abidjan", "visited", "2026-05-13", "2026-05-13"),
      ("Lubumbashi", "planned", "2026-05-16", "2026-05-16")]),
    ("jetted in from, where he arrived on", f"{TITLE} jetted into the Norwegian capital last evening from Copenhagen, "
     "where he arrived on Sunday. Speaking at a business forum in Copenhagen on Monday, he urged Danish firms to "
     "invest.", "2026-05-20", [("Copenhagen", "visited", "2026-05-17", "2026-05-18"),
                               ("Oslo", "visited", "2026-05-19", "2026-05-19")]),
    ("drove on from the airport", f"{TITLE} landed at Paro on Tuesday and drove to Thimphu, where she called on the "
     "King on Wednesday.", "2026-12-03", [("Thimphu", "visited", "2026-12-01", "2026-12-02")]),
    ("after wrapping up a trip to", f"{TITLE} arrived in Kathmandu on Thursday on a three-day visit to Nepal, after "
     "wrapping up a two-day trip to Bhutan.", "2026-12-03",
     [("Thimphu", "visited", "2026-12-01", "2026-12-02"), ("Kathmandu", "visited", "2026-12-03", "2026-12-05")]),
    ("a day after talks in", f"{TITLE} flew to Abeche on Tuesday morning, a day after holding talks in N'Djamena "
     "with the president.", "2026-06-16", [("N'Djamena", "visited", "2026-06-15", "2026-06-15"),
                                           ("Abéché", "visited", "2026-06-16", "2026-06-16")]),
    ("in the afternoon, the day named before", f"{TITLE} was in Kitwe on Friday, where she toured a mine. In the "
     "afternoon she proceeded to Chingola.", "2026-07-13", [("Kitwe", "visited", "2026-07-10", "2026-07-10"),
                                                            ("Chingola", "visited", "2026-07-10", "2026-07-10")]),
    ("a weekday after a dated weekday", f"{TITLE} will spend Monday in Santiago. On Wednesday, November 11th, she "
     "will travel to the port city of Valparaiso. The visit ends on Thursday in Punta Arenas.", "2026-10-30",
     [("Santiago", "planned", "2026-11-02", "2026-11-02"), ("Valparaíso", "planned", "2026-11-11", "2026-11-11"),
      ("Punta Arenas", "planned", "2026-11-12", "2026-11-12")]),
    ("has touched down: visited", f"{TITLE} is due in Nigeria this morning. She will address parliament in Abuja on "
     "Wednesday. Her jet has touched down at Nnamdi Azikiwe International Airport.", "2026-10-20",
     [("Abuja", "visited", "2026-10-20", "2026-10-21")]),
    ("a town with an abbreviation in its name", f"{TITLE} opened the tour Monday in Thunder Bay, then moved on to "
     "Sault Ste. Marie on Tuesday to meet steelworkers.", "2026-07-22",
     [("Thunder Bay", "visited", "2026-07-20", "2026-07-20"), ("Sault Ste. Marie", "visited", "2026-07-21", "2026-07-21")]),
    ("a programme in the present tense", f"{TITLE} was in Barrie on Wednesday. On Thursday she heads east to "
     "Peterborough for a town hall, and she wraps up Friday in Kingston.", "2026-07-22",
     [("Barrie", "visited", "2026-07-22", "2026-07-22"), ("Peterborough", "planned", "2026-07-23", "2026-07-23"),
      ("Kingston", "planned", "2026-07-24", "2026-07-24")]),
    ("by high-speed train to; the programme concludes in", f"{TITLE} will lead a delegation to South Korea next "
     "week. She arrives in Seoul on Monday. On Wednesday the delegation travels south by high-speed train to Ulsan. "
     "The programme concludes in Busan on Thursday.", "2026-10-16",
     [("Seoul", "planned", "2026-10-19", "2026-10-19"), ("Ulsan", "planned", "2026-10-21", "2026-10-21"),
      ("Busan", "planned", "2026-10-22", "2026-10-22")]),
    ("flew in to; a town in its province; go on to", "Social Welfare Secretary Rex Gatchalian, who flew in to "
     "Tacloban City on Tuesday, visited evacuation centers. Gatchalian will fly to Borongan City in Eastern Samar on "
     "Thursday and go on to Ormoc on Friday, where landslides buried parts of two villages, his office said.",
     "2026-11-19", [("Tacloban", "visited", "2026-11-17", "2026-11-17"), ("Borongan", "planned", "2026-11-19",
                    "2026-11-19"), ("Ormoc", "planned", "2026-11-20", "2026-11-20")]),
    ("a summit before a preview's plans", f"{TITLE} briefed leaders at a euro summit in Brussels on Thursday. She "
     "will travel to Basel on Sunday and is due to speak in Aix-en-Provence on July 3.", "2027-06-25",
     [("Brussels", "visited", "2027-06-24", "2027-06-24"), ("Basel", "planned", "2027-06-27", "2027-06-27"),
      ("Aix-en-Provence", "planned", "2027-07-03", "2027-07-03")]),
    ("then spends two weekdays in", f"{TITLE} opened her swing in Nairobi on Tuesday. She then spends Thursday "
     "and Friday in Addis Ababa, before ending the trip in Accra on Saturday.", "2026-05-20",
     [("Nairobi", "visited", "2026-05-19", "2026-05-19"), ("Addis Ababa", "planned", "2026-05-21", "2026-05-22"),
      ("Accra", "planned", "2026-05-23", "2026-05-23")]),
    ("a long-named counterpart, then the trip's end", f"{TITLE} will travel first to Munich on Saturday. She will "
     "then fly to Madrid for talks with Spanish Foreign Minister José Manuel Albares, and end the trip in Budapest, "
     "where she will meet the foreign minister on February 17 and 18.", "2026-02-10",
     [("Munich", "planned", "2026-02-14", "2026-02-14"), ("Madrid", "planned", None, None),
      ("Budapest", "planned", "2026-02-17", "2026-02-18")]),
    ("a plan's window opens today at the earliest", f"{TITLE} will visit Spain this week, the ministry said on "
     "Tuesday.", "2026-02-10", [("Madrid", "planned", "2026-02-10", "2026-02-15")]),
    ("a Brazilian recap with bracketed days", f"{TITLE} arrived back home on Sunday night (24) after a tour. The "
     "trip began on Wednesday (20) in Praia. On Saturday (23), she was in Maputo. On the way back, the plane made a "
     "technical stop in Recife to refuel.", "2026-05-25",
     [("Praia", "visited", "2026-05-20", "2026-05-20"), ("Maputo", "visited", "2026-05-23", "2026-05-23")]),
    ("the day of a flight from A to B", f"{TITLE} will fly to Armenia on Monday. On Tuesday, she will take the "
     "short flight from Yerevan to Baku.", "2026-05-03",
     [("Yerevan", "planned", "2026-05-04", "2026-05-04"), ("Baku", "planned", "2026-05-05", "2026-05-05")]),
    ("will emplane for", f"{TITLE} arrived in Doha on Thursday. She will emplane for Abu Dhabi on Saturday, before "
     "emplaning for New Delhi the same night.", "2025-11-14",
     [("Doha", "visited", "2025-11-13", "2025-11-13"), ("Abu Dhabi", "planned", "2025-11-15", "2025-11-15")]),
    ("its country's day is its own", f"JAKARTA, Oct 27 (Reuters) - {TITLE} urged Indonesia on Tuesday to ratify the "
     "trade deal, as she arrived in Jakarta from India.", "2026-10-27",
     [("New Delhi", "visited", None, None), ("Jakarta", "visited", "2026-10-27", "2026-10-27")]),
    ("a country's day and its city's", f"{TITLE} made a surprise visit to troops in northern Iraq on Sunday, landing "
     "at Erbil after an overnight flight.", "2026-04-26", [("Erbil", "visited", "2026-04-26", "2026-04-26")]),
    ("a dateline city named 'this town'", "KISORO, Uganda (AP) — The head of the U.N. refugee agency visited a "
     f"transit center on Wednesday.\n\n{TITLE} arrived in this hilly southwestern town on Tuesday after meeting "
     "officials in Kampala on Monday.", "2026-04-15",  # (the lede's Wednesday is the dateline town's too)
     [("Kampala", "visited", "2026-04-13", "2026-04-13"), ("Kisoro", "visited", "2026-04-14", "2026-04-15")]),
    ("a scene with its days before the actor", f"{TITLE} arrived in Astana on Thursday evening after an official "
     "visit to Kyrgyzstan. In Bishkek on Wednesday and Thursday she held talks with the president.", "2026-10-09",
     [("Bishkek", "visited", "2026-10-07", "2026-10-08"), ("Astana", "visited", "2026-10-08", "2026-10-08")]),
    ("until a day is the end", f"On Sunday {TITLE} will fly to New York, where she will remain until next "
     "Wednesday.", "2026-09-18", [("New York City", "planned", "2026-09-20", "2026-09-23")]),
    ("a participle after 'before' has its sentence's subject and tense", f"{TITLE} will spend Monday in Nairobi, "
     "where she is expected to meet Kenya's president, William Ruto, and a delegation of civilian politicians and "
     "women's groups, before travelling to Dar es Salaam on Thursday.", "2027-01-23",
     [("Nairobi", "planned", "2027-01-25", "2027-01-25"), ("Dar es Salaam", "planned", "2027-01-28", "2027-01-28")]),
    ("a tour begun by the titled traveller's office", "Chief Minister Devendra Patil toured flood-hit districts. "
     "The Chief Minister began the tour on Monday in Latur. He will visit Parbhani on Thursday before returning "
     "to Mumbai. A visit to Hingoli has been dropped because the road from Parbhani is under water.", "2026-09-30",
     [("Latur", "visited", "2026-09-28", "2026-09-28"), ("Parbhani", "planned", "2026-10-01", "2026-10-01")]),
    ("speaking to reporters in", f"{TITLE} arrived in Kigali on Monday. Speaking to reporters in Goma on Tuesday, "
     "she said aid was coming.", "2026-09-30",
     [("Kigali", "visited", "2026-09-28", "2026-09-28"), ("Goma", "visited", "2026-09-29", "2026-09-29")]),
    ("'and to' after a dated stop and its length", f"{TITLE} will start in London on Monday. She then heads to New "
     "York for two days of meetings on Sept. 30 and Oct. 1 and to Boston on Oct. 2.", "2026-09-24",
     [("London", "planned", "2026-09-28", "2026-09-28"), ("New York City", "planned", "2026-09-30", "2026-10-01"),
      ("Boston", "planned", "2026-10-02", "2026-10-02")]),
    ("a domestic tour in weekdays", f"{TITLE} left Canberra early on Monday, missing the first sitting day of "
     "parliament, and flew straight to Gympie. By Tuesday she had moved downstream to Maryborough. This morning she "
     "was in Bundaberg, where the river broke its banks on Saturday.", "2027-02-10",
     [("Gympie", "visited", "2027-02-08", "2027-02-08"), ("Maryborough", "visited", "2027-02-09", "2027-02-09"),
      ("Bundaberg", "visited", "2027-02-10", "2027-02-10")]),
    ("a governor's swing through towns", "Gov. Josh Shapiro spent this week courting voters. The swing began "
     "Monday in Erie. On Tuesday he held a town hall at a community college in Williamsport. By Thursday he had "
     "reached the northeast, stopping at a union hall in Scranton in the morning and a diner in Wilkes-Barre in the "
     "afternoon. Over the weekend he heads east, with a rally in Allentown on Saturday and a get-out-the-vote event "
     "in Philadelphia on Sunday. Lt. Gov. Austin Davis took the southwest for the Shapiro campaign, with stops in "
     "Altoona and Johnstown.", "2026-10-16",
     [("Erie", "visited", "2026-10-12", "2026-10-12"), ("Williamsport", "visited", "2026-10-13", "2026-10-13"),
      ("Scranton", "visited", "2026-10-15", "2026-10-15"), ("Wilkes-Barre", "visited", "2026-10-15", "2026-10-15"),
      ("Allentown", "planned", "2026-10-17", "2026-10-17"), ("Philadelphia", "planned", "2026-10-18", "2026-10-18")]),
    ("a recap: the landing at home, the city's own length, the day it was left, the next trip",
     "Prime Minister Sitiveni Rabuka returned to the country on Friday, landing at Nadi International Airport after "
     "a five-day official visit to New Zealand. The Prime Minister spent two days in Wellington from Monday 10 "
     "August. He then travelled to Auckland on Wednesday. He flew home from Auckland on Friday morning. He is "
     "expected to travel to Koror next month.", "2026-08-17",
     [("Wellington", "visited", "2026-08-10", "2026-08-11"), ("Auckland", "visited", "2026-08-12", "2026-08-14")]),
    ("a town naming a landmark of its own", f"{TITLE} was in Colon on Thursday, where she visited the Gatun locks "
     "of the canal.", "2024-05-08", [("Colón", "visited", "2024-05-02", "2024-05-02"), ("Gatún", "visited", None, None)]),
    ("a list's shared length, a dated stop's next day, a removed leg", "President Prabowo Subianto departed for "
     "Turkiye on Sunday. \"The President will be in Turkiye and Pakistan for five days,\" Hadi said. Upon arriving "
     "in Ankara on Sunday evening, the President will be welcomed by officials. On Monday, he is scheduled to meet "
     "President Erdogan. A visit to Lahore that had been included in an earlier draft has been removed.",
     "2026-11-15", [("Ankara", "planned", "2026-11-15", "2026-11-16"), ("Islamabad", "planned", None, None)]),
    ("talks told around the traveller", f"{TITLE} met her Iraqi counterpart and Prime Minister in Baghdad on Monday. "
     "In Tehran on Sunday, Okafor met President Pezeshkian.", "2026-10-12",
     [("Tehran", "visited", "2026-10-11", "2026-10-11"), ("Baghdad", "visited", "2026-10-12", "2026-10-12")]),
    ("a relative clause between the traveller and 'was in'", "Musalia Mudavadi spoke to reporters. Mudavadi, who "
     "also holds the foreign affairs docket, was in Mogadishu on Sunday, where he held talks.", "2026-07-14",
     [("Mogadishu", "visited", "2026-07-12", "2026-07-12")]),
    ("a length after the next destination is that one's", f"{TITLE} will start in London on Monday. The roadshow "
     "then moves to Edinburgh on Tuesday, before she heads to New York for two days of meetings on Sept. 30 and "
     "Oct. 1.", "2026-09-24",
     [("London", "planned", "2026-09-28", "2026-09-28"), ("Edinburgh", "planned", "2026-09-29", "2026-09-29"),
      ("New York City", "planned", "2026-09-30", "2026-10-01")]),
    ("talks with long-titled counterparts; a denied side trip; a trip in March", f"{TITLE} held talks with her "
     "Polish counterpart, Wladyslaw Kosiniak-Kamysz, in Warsaw on Wednesday. On Thursday, she is scheduled to hold "
     "talks with Australia's Deputy Prime Minister and Defence Minister Richard Marles in Canberra. The ministry "
     "dismissed media reports that Okafor could make an unannounced trip to Kyiv from Poland, saying there was no "
     "such plan. Okafor visited Washington in March for talks with US Defense Secretary Pete Hegseth.", "2026-09-09",
     [("Warsaw", "visited", "2026-09-09", "2026-09-09"), ("Canberra", "planned", "2026-09-10", "2026-09-10")]),
    ("welcomed in; the spouse's own programme", "President Alexander Stubb will make a state visit to Romania on "
     "Sunday and Monday. Stubb and his spouse, Suzanne Innes-Stubb, will be welcomed with military honours in "
     "Bucharest on Sunday afternoon. He will hold talks on Monday morning. Innes-Stubb will have her own programme "
     "on Monday. She will travel to Cluj-Napoca to visit a hospital. From Romania, Stubb will travel directly to "
     "Ankara, where he will attend the summit.", "2026-07-02",
     [("Bucharest", "planned", "2026-07-05", "2026-07-06"), ("Ankara", "planned", None, None)]),
    ("the length of a visit that begins somewhere is the whole visit's", "The King and Queen will make a state visit "
     "to Japan next month. The five-day visit will begin in Tokyo on 13 April, where the couple will be welcomed by "
     "Emperor Naruhito at the Imperial Palace. The King will remain in the capital until 15 April. The tour ends in "
     "Hiroshima on 17 April.", "2026-03-05",
     [("Tokyo", "planned", "2026-04-13", "2026-04-15"), ("Hiroshima", "planned", "2026-04-17", "2026-04-17")]),
    ("a landmark and its city on one day are one place", "King Philippe will land in Ottawa on the afternoon of "
     "Monday 17 May, where he will be welcomed by the Governor General at Rideau Hall. On Tuesday 18 May, he will "
     "visit Parliament Hill.", "2027-05-12", [("Ottawa", "planned", "2027-05-17", "2027-05-18")]),
    ("a visiting president's home, a host's invitation, a seat of government and its city", "Somalia's President "
     "Hassan Sheikh Mohamud and President William Ruto on Tuesday signed a pact at State House, Nairobi, during the "
     "state visit. Mr Mohamud will travel to Mombasa on Wednesday. President Ruto said Kenya would help. Mr Mohamud "
     "thanked Kenya. Dr Ruto praised him and accepted an invitation to visit Mogadishu later this year.",
     "2026-03-24", [("Nairobi", "visited", "2026-03-24", "2026-03-24"), ("Mombasa", "planned", "2026-03-25", "2026-03-25")]),
    ("a compass word in a place's qualifier", "UN Secretary-General Antonio Guterres flew from Beirut to Naqoura on "
     "Wednesday. Guterres is greeted by peacekeepers at UNIFIL headquarters in Naqoura, southern Lebanon, on June 10. "
     "Guterres will travel on Thursday to Damascus.", "2026-06-10",
     [("Beirut", "visited", None, None), ("En Nâqoûra", "visited", "2026-06-10", "2026-06-10"),
      ("Damascus", "planned", "2026-06-11", "2026-06-11")]),
    ("more days in a stop's own clause", f"{TITLE} said on Friday that she will first visit the Philippines, "
     "arriving on Sunday, and will hold talks with Defense Secretary Gilberto Teodoro on Monday.", "2026-08-28",
     [("Manila", "planned", "2026-08-30", "2026-08-31")]),
    ("but not the next place's days", f"\"From 3 to 5 June I will be in Seoul talking to steelmakers, and from 6 to "
     f"8 June in Shanghai,\" {TITLE} said.", "2026-05-27",
     [("Seoul", "planned", "2026-06-03", "2026-06-05"), ("Shanghai", "planned", "2026-06-06", "2026-06-08")]),
    ("a relative clause's place keeps its own days", f"{TITLE} arrived in Hanoi from Bangkok on Tuesday. Okafor, who "
     "spent Sunday and Monday in Thailand, will hold talks with To Lam on Wednesday.", "2026-11-17",
     [("Bangkok", "visited", "2026-11-15", "2026-11-16"), ("Hanoi", "visited", "2026-11-17", "2026-11-17")]),
    ("a name that begins like 'tour'; the office in apposition; last month's trip", "The President of the ECOWAS "
     "Commission, Omar Alieu Touray, has returned to Abuja after a four-day working visit to Sierra Leone and "
     "Liberia. In a statement issued on Sunday, the Commission said Mr Touray began the tour in Freetown on 13 "
     "October. On Thursday, the Commission President was in Monrovia. Mr Touray visited Lome and Cotonou in "
     "September.", "2026-10-19",
     [("Freetown", "visited", "2026-10-13", "2026-10-13"), ("Monrovia", "visited", "2026-10-15", "2026-10-15")]),
    ("a visit last month is another trip", "Defence Minister Wladyslaw Kosiniak-Kamysz will travel to Seoul on "
     "Monday and to Tokyo on Thursday. Kosiniak-Kamysz travelled to Kyiv last month to discuss drones.",
     "2026-09-08", [("Seoul", "planned", "2026-09-14", "2026-09-14"), ("Tokyo", "planned", "2026-09-17", "2026-09-17")]),
    ("a headline's 'to begin', a weekday with its full date in brackets, 'the Kingdom of the Netherlands'",
     "His Majesty the Sultan to begin state visit to Netherlands on Tuesday\n\nMuscat, May 10 (ONA) --- His Majesty "
     "Sultan Haitham bin Tarik will begin on Tuesday (12 May 2026) a state visit to the Kingdom of the Netherlands. On "
     "13 May, His Majesty will proceed to The Hague.", "2026-05-10",
     [("Amsterdam", "planned", "2026-05-12", "2026-05-12"), ("The Hague", "planned", "2026-05-13", "2026-05-13")]),
    ("a government release: the mission's legs, the businesses' home towns, last year's visit", "Today, we are "
     "announcing that the Honourable Maninder Sidhu, Minister of International Trade, will lead a trade mission to "
     "Mexico from February 15 to 19, 2027. He will be joined by 130 businesses travelling from Toronto, Montreal, "
     "Calgary and Vancouver. The mission will begin in Monterrey on February 15 and 16. On February 17, the Minister "
     "will travel to Guadalajara. The mission will conclude in Mexico City on February 18 and 19. This mission builds "
     "on the Minister's visit to Queretaro and Leon in October 2026.", "2027-02-08",
     [("Monterrey", "planned", "2027-02-15", "2027-02-16"), ("Guadalajara", "planned", "2027-02-17", "2027-02-17"),
      ("Mexico City", "planned", "2027-02-18", "2027-02-19")]),
    ("an envoy named once with a particle, then by title; 'flown into'; 'whether he planned'", "Staffan de Mistura, "
     "the personal envoy of UN Secretary-General Antonio Guterres, held talks with Polisario leader Brahim Ghali. The "
     "envoy had flown into Tindouf on Wednesday. Earlier in the week, on Monday and Tuesday, the UN diplomat was in "
     "Rabat. The envoy's spokesperson declined to say whether he planned to convene a new round of talks in Geneva.",
     "2026-02-13", [("Rabat", "visited", "2026-02-09", "2026-02-10"), ("Tindouf", "visited", "2026-02-11", "2026-02-11")]),
    ("a programme laid out by day headings, with the departure home", "Federal President Frank-Walter Steinmeier "
     "will pay a state visit to the Republic of Korea.\n\nProgramme\n\nSunday, 18 October 2026\n\nEvening: Arrival "
     "in Seoul\n\nMonday, 19 October 2026\n\nSeoul\n10:00 Talks with the President\n\nTuesday, 20 October 2026\n\n"
     "Daejeon\n16:30 Visit to a research institute\n\nWednesday, 21 October 2026\n\nGwangju\n10:00 Visit to the "
     "May 18th National Cemetery\n17:30 Departure for Berlin", "2026-10-14",
     [("Seoul", "planned", "2026-10-18", "2026-10-19"), ("Daejeon", "planned", "2026-10-20", "2026-10-20"),
      ("Gwangju", "planned", "2026-10-21", "2026-10-21")]),
    ("a programme's day lines of a town and its province, a called-off visit, the last day's town", "ITINERARY OF "
     "THE GOVERNOR GENERAL\n\nTUESDAY, SEPTEMBER 16, 2025\n\nRegina, Saskatchewan\n\n- 10:30 a.m. - The Governor "
     "General will sign the Book of Honour.\n\nTHURSDAY, SEPTEMBER 18, 2025\n\nPrince Albert, Saskatchewan\n\n- 1:00 "
     "p.m. - She will present medals.\n\nPlease note: the visit to La Ronge previously announced for Thursday has been "
     "cancelled.\n\nFRIDAY, SEPTEMBER 19, 2025\n\nEdmonton, Alberta\n\n- 11:00 a.m. - She will deliver remarks.\n",
     "2025-09-12",
     [("Regina", "planned", "2025-09-16", "2025-09-16"), ("Prince Albert", "planned", "2025-09-18", "2025-09-18"),
      ("Edmonton", "planned", "2025-09-19", "2025-09-19")]),
    ("a feature's flashbacks: a journey that 'had begun', a visit in a clause about another year", "Marina Silva "
     "spent a week on the Amazon rivers. The journey had begun on Monday, March 16, in Manaus, where Silva announced a "
     "new fund. She flew to Tefe the next morning and stayed three days. Twenty years later, as environment minister "
     "the first time, she flew to Altamira to face down opponents, months before she resigned from the government "
     "in 2008.", "2026-03-30",
     [("Manaus", "visited", "2026-03-16", "2026-03-16"), ("Tefé", "visited", "2026-03-17", "2026-03-19")]),
    ("an arrival dated by the landing told next", "ULAANBAATAR, February 10. /TASS/. Russian Foreign Minister "
     "Sergey Lavrov has arrived in Mongolia on an official visit, a TASS correspondent reports.\n\nThe plane carrying "
     "the Russian top diplomat landed at Chinggis Khaan International Airport on Tuesday evening.", "2026-02-10",
     [("Ulan Bator", "visited", "2026-02-10", "2026-02-10")]),
    ("a stop on the way back home takes that day", f"{TITLE} arrived in Astana on Thursday. On her way back to "
     "Nigeria on Saturday, Okafor will stop in Baku for a working lunch.", "2026-10-09",
     [("Astana", "visited", "2026-10-08", "2026-10-08"), ("Baku", "planned", "2026-10-10", "2026-10-10")]),
    ("'a day after flying in'", f"{TITLE} held talks with President Paul Kagame in Kigali on Wednesday, a day after "
     "flying in from Kinshasa.", "2026-02-11",
     [("Kinshasa", "visited", None, None), ("Kigali", "visited", "2026-02-10", "2026-02-11")]),
    ("a place in a relative clause stands between no place and its days", "Foreign Minister Sugiono flew to Cape Town "
     "on Saturday. The trip began in Addis Ababa, where Sugiono, who travelled via Doha, met African Union officials "
     "on Monday and Tuesday.", "2025-02-22",
     [("Addis Ababa", "visited", "2025-02-17", "2025-02-18"), ("Cape Town", "visited", "2025-02-22", "2025-02-22")]),
    ("a programme's days after an undated stop", f"{TITLE} will land in Ottawa on Monday 17 May. The final two "
     "days will be spent in Montreal. On Thursday 20 May, she will visit a school. On Friday 21 May, she will meet "
     "students.", "2027-05-12",
     [("Ottawa", "planned", "2027-05-17", "2027-05-17"), ("Montréal", "planned", "2027-05-20", "2027-05-21")]),
    ("a cancellation in a subordinate clause is about its own place", f"{TITLE} will fly to Nairobi on Tuesday, "
     "after a planned meeting of the council in Addis Ababa was postponed.", "2027-01-25",
     [("Nairobi", "planned", "2027-01-26", "2027-01-26")]),
    ("named event dated later", f"{TITLE} will attend the Pacific Forum summit in Suva next month. The "
     "Pacific Forum summit on June 12 is her main engagement.", "2024-05-08",
     [("Suva", "planned", "2024-06-12", "2024-06-12")]),
    ("a country's visit begun in its capital, told after another of its cities", f"{TITLE} arrived in Herat today. "
     "Okafor began her working visit to Afghanistan in Kabul. On November 9, she held talks with the deputy prime "
     "minister. On Wednesday, she travelled to Mazar-i-Sharif.", "2026-11-12",
     [("Kabul", "visited", "2026-11-09", "2026-11-09"), ("Mazār-e Sharīf", "visited", "2026-11-11", "2026-11-11"),
      ("Herāt", "visited", "2026-11-12", "2026-11-12")]),
    ("the week began in X; a camp outside a town", f"The week began on Monday in Amman, where {TITLE} met the "
     "planning minister. On Tuesday she drove north to the Zaatari camp outside the northern city of Mafraq.",
     "2026-02-13", [("Amman", "visited", "2026-02-09", "2026-02-09"), ("Mafraq", "visited", "2026-02-10", "2026-02-10")]),
    ("an opening 'Before heading to X,' takes none of the main clause's days", f"{TITLE} arrived in Moscow on "
     "Wednesday. Before heading to Russia, Okafor spent Sunday and Monday in Doha.", "2026-10-15",
     [("Doha", "visited", "2026-10-11", "2026-10-12"), ("Moscow", "visited", "2026-10-14", "2026-10-14")]),
    ("a province's towns, its new provinces as qualifiers, an inspection", "Vice President Budi Santoso Raka on "
     "Thursday inspected rice fields and a new irrigation canal at the national food estate in Merauke, on the third "
     "day of his working visit to the Papua region. Raka began his visit in Jayapura on Tuesday. On Wednesday he flew "
     "to Wamena, Highland Papua. He will continue his trip to Sorong, Southwest Papua, on Friday.", "2026-06-25",
     [("Jayapura", "visited", "2026-06-23", "2026-06-23"), ("Wamena", "visited", "2026-06-24", "2026-06-24"),
      ("Merauke", "visited", "2026-06-25", "2026-06-25"), ("Sorong", "planned", "2026-06-26", "2026-06-26")]),
    ("'followed two days in' a country", f"{TITLE} visited Tbilisi on Tuesday. The Tbilisi stop followed two days "
     "in Azerbaijan.", "2026-11-25", [("Baku", "visited", None, None), ("Tbilisi", "visited", "2026-11-24", "2026-11-24")]),
    ("'had been due in' a place; talks before the plans are a stop, not an appearance", f"{TITLE} will fly to "
     "Cairo on Sunday instead. Okafor had been due in Tripoli on Saturday to meet the prime minister, at the end of "
     "two days of talks in neighbouring Tunisia. She will then spend Monday and Tuesday in Amman. \"We are clear,\" "
     "she told reporters in Tunis on Friday.", "2026-04-18",
     [("Tunis", "visited", "2026-04-17", "2026-04-17"), ("Cairo", "planned", "2026-04-19", "2026-04-19"),
      ("Amman", "planned", "2026-04-20", "2026-04-21")]),
    ("walked through a site by a river in a town", f"{TITLE} on Wednesday walked through a crowded transit site on "
     "the banks of the White Nile in the South Sudanese town of Malakal.", "2026-07-16",
     [("Malakal", "visited", "2026-07-15", "2026-07-15")]),
    ("a schedule whose lines open with their places", "Novelist Aoife Byrne will tour this month.\n\nByrne's "
     "schedule:\n\n- Sydney Writers' Festival: Thursday 20 to Saturday 22 May\n- Canberra: Sunday 23 May, in "
     "conversation at Muse\n- Melbourne: Tuesday 25 May at the Wheeler Centre, and Wednesday 26 May at Readings\n"
     "- Perth: Friday 28 May, cancelled\n- Auckland Writers Festival: Saturday 29 and Sunday 30 May", "2027-05-04",
     [("Sydney", "planned", "2027-05-20", "2027-05-22"), ("Canberra", "planned", "2027-05-23", "2027-05-23"),
      ("Melbourne", "planned", "2027-05-25", "2027-05-26"), ("Auckland", "planned", "2027-05-29", "2027-05-30")]),
    ("a city's named event, and 'lining up at'", f"{TITLE} opened her season with a win at the Doha Diamond League "
     "on Friday night. She will next race in Rabat on May 31, before lining up at the Bislett Games in Oslo on June 4.",
     "2026-05-26", [("Doha", "visited", "2026-05-22", "2026-05-22"), ("Rabat", "planned", "2026-05-31", "2026-05-31"),
                    ("Oslo", "planned", "2026-06-04", "2026-06-04")]),
    ("a coordinated 'and were in'; a leg 'with X on ... and Y on ...'", "Chief executive Marta Nowak has spent a week in "
     "Britain and Germany. Nowak held meetings in London on Monday and Tuesday, travelled to Edinburgh on Wednesday, "
     "and was in Frankfurt on Thursday. Nowak "
     "begins the US leg next week, with New York on Monday and Tuesday and Boston on Wednesday.", "2027-03-11",
     [("London", "visited", "2027-03-08", "2027-03-09"), ("Edinburgh", "visited", "2027-03-10", "2027-03-10"),
      ("Frankfurt am Main", "visited", "2027-03-11", "2027-03-11"), ("New York City", "planned", "2027-03-15", "2027-03-16"),
      ("Boston", "planned", "2027-03-17", "2027-03-17")]),
    ("the article of a name opens a sentence in capitals", "Syrian President Ahmed al-Sharaa flew to Manama on "
     "Monday, where he was received by King Hamad bin Isa Al Khalifa. Al-Sharaa is due to travel to Oman on Tuesday.",
     "2026-05-18", [("Manama", "visited", "2026-05-18", "2026-05-18"), ("Muscat", "planned", "2026-05-19", "2026-05-19")]),
    ("arrived in X by train from Y on a day: the arrival's day", f"{TITLE} held talks in Warsaw on Tuesday. She "
     "arrived in the Ukrainian capital by train from Poland on Wednesday morning. She traveled to Chernihiv on "
     "Thursday.", "2026-11-05",
     [("Warsaw", "visited", "2026-11-03", "2026-11-03"), ("Kyiv", "visited", "2026-11-04", "2026-11-04"),
      ("Chernihiv", "visited", "2026-11-05", "2026-11-05")]),
    ("a state's dated visit is its town's", f"{TITLE} arrived in Washington on Thursday. On Saturday she will travel "
     "to Iowa, where she will meet farmers and state officials in Des Moines.", "2026-12-11",
     [("Washington", "visited", "2026-12-10", "2026-12-10"), ("Des Moines", "planned", "2026-12-12", "2026-12-12")]),
    ("a dropped visit near a stop does not drop the stop", f"{TITLE} arrived in Bogota on Tuesday from Lima, where she met "
     "the president on Monday. A planned visit to the port itself, about 80 km north of Lima, was dropped from "
     "her schedule.", "2026-10-14",
     [("Lima", "visited", "2026-10-12", "2026-10-12"), ("Bogotá", "visited", "2026-10-13", "2026-10-13")]),
    ("a news diary by day", "WEEK AHEAD\n\nMONDAY, MARCH 9\n\nNAIROBI — Ethiopian Prime Minister Abiy Ahmed arrives "
     "for a two-day state visit.\n\nDAR ES SALAAM — Tanzania's parliament resumes.\n\nWEDNESDAY, MARCH 11\n\n"
     "KAMPALA — Abiy holds talks with President Yoweri Museveni.\n\nSATURDAY, MARCH 14\n\nMOMBASA — Kenyan "
     "President William Ruto commissions a new berth at the port.", "2026-03-08",
     [("Nairobi", "planned", "2026-03-09", "2026-03-09"), ("Kampala", "planned", "2026-03-11", "2026-03-11")]),
    ("home from 'a Korean president'", "President Lee Jae-myung arrived in New Delhi on Monday. It is the first "
     "visit to India by a Korean president since 2018. He flew to Mumbai on Wednesday. His plane will land at Seoul "
     "Air Base on Saturday.", "2026-01-22",
     [("New Delhi", "visited", "2026-01-19", "2026-01-19"), ("Mumbai", "visited", "2026-01-21", "2026-01-21")]),
    ("the team the traveller leads; north-east to", "Associate Professor Jonas Holm has spent the past month "
     "listening to frogs. Holm, who studies the evolution of mating calls in Malagasy frogs, led a four-person team "
     "that landed in Antananarivo on 3 October. On 7 October the team flew north-east to Maroantsetra.", "2026-11-19",
     [("Antananarivo", "visited", "2026-10-03", "2026-10-03"), ("Maroantsetra", "visited", "2026-10-07", "2026-10-07")]),
    ("a town's leg postponed in a headline; an original plan; a minister staying on", "Ruiz heads to India with "
     "business delegation, but Bengaluru leg postponed\n\nPrime Minister Ana Ruiz will fly to India on Sunday. Ruiz "
     "is due to land in New Delhi on Sunday evening. The programme originally included a visit to Bengaluru on "
     "Thursday. Trade Minister Jon Dousa will stay on in India after the prime minister leaves and travel to Chennai "
     "on Thursday.", "2026-02-05", [("New Delhi", "planned", "2026-02-08", "2026-02-08")]),
    ("a national agency's city left for at the end is home", "(ANSA) - ROME, MAR 5 - President Sergio Mattarella "
     "will make a state visit to Japan next week. He will arrive in Tokyo on the evening of Sunday 8 March. On "
     "Thursday 12 March he will travel to Hiroshima. The President will leave Hiroshima for Rome on the evening of 12 "
     "March.", "2026-03-05",
     [("Tokyo", "planned", "2026-03-08", "2026-03-08"), ("Hiroshima", "planned", "2026-03-12", "2026-03-12")]),
    ("home from 'the first Indian prime minister'", "Prime Minister Narendra Modi arrived in Buenos Aires on Tuesday. "
     "On Friday he travels to Valparaíso to address the National Congress, the first Indian prime minister to do so, "
     "and emplanes for New Delhi from there.", "2026-09-16",
     [("Buenos Aires", "visited", "2026-09-15", "2026-09-15"), ("Valparaíso", "planned", "2026-09-18", "2026-09-18")]),
    ("an aside's year does not make the arrival another trip; a request to visit", "The former foreign minister, "
     "appointed the special envoy in 2024, arrived in the capital Naypyidaw on Monday for meetings with the "
     "president. A request by Bishop to visit Sittwe was turned down.", "2026-09-16",
     [("Nay Pyi Taw", "visited", "2026-09-14", "2026-09-14")]),
    ("a live page's date stamp dates its entry", "LIVE: President Lee in India\n\nJan. 21, 23:55\nLee has arrived in "
     "Mumbai after a flight of a little over two hours. He was greeted at the airport by the governor.\n\nJan. 20, "
     "14:00\nAn official welcome ceremony was held.", "2026-01-22", [("Mumbai", "visited", "2026-01-21", "2026-01-21")]),
    ("a place's name holds no person of the article", "President Laura Vega arrived back in San José late Saturday "
     "after a three-day regional swing that ended in Panama City, where she and Panamanian President José Raúl Mulino "
     "signed an agreement.", "2026-08-10", [("Panama City", "visited", None, None)]),
    ("a stated range over a list whose first member has its own day", f"{TITLE} will pay official visits to Ghana "
     "and Togo from March 9 to 13. She will open a trade fair in Accra on March 10.", "2027-03-02",
     [("Accra", "planned", "2027-03-09", "2027-03-10"), ("Lomé", "planned", "2027-03-11", "2027-03-13")]),
    ("an origin's two days in its where-clause, and the next sentence's day is the arrival's", f"{TITLE} arrived "
     "in Nairobi on Wednesday from Kampala, where she had spent Monday and Tuesday with President Yoweri Museveni. "
     "On Thursday she opened a clinic.", "2026-05-28",
     [("Kampala", "visited", "2026-05-25", "2026-05-26"), ("Nairobi", "visited", "2026-05-27", "2026-05-28")]),
    ("a whole tour's length behind its adjectives is no stop's", f"{TITLE} will leave the country from Sunday on a "
     "five-day Central American tour that will include a state visit to Guatemala and an official visit to Belize. She "
     "will arrive in Guatemala City on Sunday afternoon. She will travel to Belize on Thursday.", "2026-10-30",
     [("Guatemala City", "planned", "2026-11-01", "2026-11-01"), ("Belmopan", "planned", "2026-11-05", "2026-11-05")]),
    ("crossing a bridge to a town, a span's start, a name ending in its possessive", "Prime Minister Mark Carney "
     "was in Corner Brook on Friday morning. Carney toured the Corner Brook Pulp and Paper mill, which has cut shifts "
     "twice since the spring. On Wednesday he crossed the Confederation Bridge to Charlottetown. The prime minister "
     "will end the trip in St. John's on Saturday.", "2026-08-14",
     [("Charlottetown", "visited", "2026-08-12", "2026-08-12"), ("Corner Brook", "visited", "2026-08-14", "2026-08-14"),
      ("St. John's", "planned", "2026-08-15", "2026-08-15")]),
    ("up a river to a town, across the Río de la Plata, the heart of the trip 'comes on' a day; 'open hostility' "
     "is no act", "Prime Minister Giorgia Meloni flies to Buenos Aires on Thursday. She is wary of a fight in "
     "Strasbourg and open hostility in Paris. The political heart of the trip comes on Saturday, when Meloni travels "
     "up the Paraná river to Rosario to address a rally. Meloni will cross the Río de la Plata to Montevideo on Sunday "
     "for lunch.", "2026-04-15",
     [("Buenos Aires", "planned", "2026-04-16", "2026-04-16"), ("Rosario", "planned", "2026-04-18", "2026-04-18"),
      ("Montevideo", "planned", "2026-04-19", "2026-04-19")]),
    ("a newspaper named after a city cancels nothing; the border town a train came from; another place's arrival",
     "Norwegian Prime Minister Jonas Gahr Støre visited Kharkiv on Feb. 18, a day after arriving in Kyiv.\n\nThe prime "
     "minister arrived in Kyiv by train from the Polish border town of Przemyśl on the morning of Feb. 17. A visit to a "
     "brigade, which had been tentatively included in the program, was dropped, a source told the Kyiv Independent.",
     "2026-02-18", [("Kyiv", "visited", "2026-02-17", "2026-02-17"), ("Kharkiv", "visited", "2026-02-18", "2026-02-18")]),
    ("sat down with the president of a country in its capital; dozens of executives flew in; 'in four days' is no stay",
     "By the time President Volodymyr Zelensky sat down with President Bola Tinubu of Nigeria in Abuja on Friday, he "
     "had made the same argument so many times in four days that his aides could recite it. Dozens of Nigerian "
     "executives flew in from Lagos for a business forum on Friday afternoon. Zelensky left Abuja on Friday night.",
     "2026-06-07", [("Abuja", "visited", "2026-06-05", "2026-06-05")]),
    ("translated: disembarked in the Philippine capital, the mission follows to Hanoi", "The Minister of Agriculture, "
     "Carlos Fávaro, disembarked in the Philippine capital on Monday (15), accompanied by a delegation. The mission "
     "follows on Wednesday (17) to Hanoi, where Fávaro must meet the Vietnamese minister.", "2025-09-16",
     [("Manila", "visited", "2025-09-15", "2025-09-15"), ("Hanoi", "planned", "2025-09-17", "2025-09-17")]),
    ("translated: 'arrived to', a weekday with its day number, 'the agenda continues in'", "The governor Samuel García "
     "toured this Tuesday 17 the plant of Audi in Ingolstadt, Germany. He arrived to Munich the Sunday 15, where he "
     "offered a dinner. The agenda continues the Wednesday 18/03 in Wolfsburg, where the governor will meet the "
     "director of purchases.", "2026-03-17",
     [("Munich", "visited", "2026-03-15", "2026-03-15"), ("Ingolstadt", "visited", "2026-03-17", "2026-03-17"),
      ("Wolfsburg", "planned", "2026-03-18", "2026-03-18")]),
    ("home by two names, a plenary session (NEC) in a town, the state's days go on from its capital", "Union "
     "Minister Jyotiraditya Scindia on Saturday reached Aizawl on the third leg of his tour.\n\nScindia, who arrived "
     "in Guwahati from New Delhi on Thursday, held a review meeting the same evening. On Friday, he chaired the plenary "
     "session of the North Eastern Council (NEC) in Shillong.\n\nFrom Aizawl, Scindia will fly to Agartala on "
     "Sunday. He will stay in Tripura till Monday, before returning to Delhi.", "2025-11-15",
     [("Guwahati", "visited", "2025-11-13", "2025-11-13"), ("Shillong", "visited", "2025-11-14", "2025-11-14"),
      ("Aizawl", "visited", "2025-11-15", "2025-11-15"), ("Agartala", "planned", "2025-11-16", "2025-11-17")]),
    ("received at a palace in a town; met asset managers in a town", "Aliko Dangote, who left Lagos on Monday "
     "morning, was received the same day by President Paul Biya at the Unity Palace in Yaoundé. On Thursday Dangote "
     "met asset managers in Abidjan.", "2026-01-31",
     [("Yaoundé", "visited", "2026-01-26", "2026-01-26"), ("Abidjan", "visited", "2026-01-29", "2026-01-29")]),
    ("a part of a country frames its town; 'ahead of the August election' is no visit's month", "President William "
     "Ruto began the five-day tour in Kakamega on Monday.\n\nPresident William Ruto on Wednesday took his development "
     "tour of Western Kenya to Kisumu, where he launched an affordable housing project, as the Head of State intensified "
     "his push for votes in the region ahead of the August election.", "2027-02-17",
     [("Kakamega", "visited", "2027-02-15", "2027-02-15"), ("Kisumu", "visited", "2027-02-17", "2027-02-17")]),
    ("a fixture list: date, event, town (not the venue's name)", "Jeeno Thitikul will play three more events this "
     "season.\n\nSchedule\nOct 22-25: Maybank Championship, Kuala Lumpur\nNov 5-8: Toto Japan Classic, Otsu, Japan\n"
     "Nov 19-22: CME Group Tour Championship, Saxton Oval, Naples, Florida", "2026-10-13",
     [("Kuala Lumpur", "planned", "2026-10-22", "2026-10-25"), ("Ōtsu", "planned", "2026-11-05", "2026-11-08"),
      ("Naples", "planned", "2026-11-19", "2026-11-22")]),
    ("a tour named by its year dates nothing; a show played in an arena in a town", "Arijit Singh opened his 2026 "
     "North America tour with an arena show in Toronto.\n\nThe singer played to a packed "
     "Scotiabank Arena in Toronto on Friday night.\n\nRemaining dates\n\nSeptember 19 - Chicago, United Center\n"
     "September 25 - Houston, Toyota Center\nSeptember 26 - Dallas, American Airlines Center", "2026-09-15",
     [("Toronto", "visited", "2026-09-11", "2026-09-11"), ("Chicago", "planned", "2026-09-19", "2026-09-19"), ("Houston", "planned", "2026-09-25", "2026-09-25"),
      ("Dallas", "planned", "2026-09-26", "2026-09-26")]),
    ("'has been in X since Monday' for 'the spring meetings'", "Turkey's central bank governor Fatih Karahan, who "
     "has been in Washington since Monday for the spring meetings of the International Monetary Fund, will stay until "
     "the meetings wrap up on Saturday.", "2027-04-15", [("Washington", "visited", "2027-04-12", "2027-04-17")]),
    ("met the office, the name, in a town; 'the Holy Father' is nobody", "Cardinal Matteo Zuppi met the President of "
     "Belarus, Alexander Lukashenko, in Minsk on Saturday, 30 May, the Director of the Holy See Press Office said in a "
     "statement on Monday. \"The Cardinal brings with him the Holy Father's closeness to all who suffer,\" the "
     "statement said. The Holy Father thanked him.", "2026-06-01", [("Minsk", "visited", "2026-05-30", "2026-05-30")]),
    ("a headline's wrap-up town ends the trip", "Carney wraps Southeast Asia swing in Singapore, touting trade deal\n\n"
     "Prime Minister Mark Carney began the tour in Jakarta on Tuesday. On Thursday he was in Manila.", "2027-02-14",
     [("Jakarta", "visited", "2027-02-09", "2027-02-09"), ("Manila", "visited", "2027-02-11", "2027-02-11"),
      ("Singapore", "visited", None, None)]),
    ("a meeting's name in brackets", "ASEAN Secretary-General Kao Kim Hourn met officials in Dili on Monday. The "
     "Secretary-General will next attend the ASEAN Foreign Ministers' Meeting (Retreat) in Cebu, the Philippines, on "
     "28-29 January 2026.", "2026-01-20",
     [("Dili", "visited", "2026-01-19", "2026-01-19"), ("Cebu City", "planned", "2026-01-28", "2026-01-29")]),
    ("a day in commas before the town", "World Bank President Ajay Banga met President Noboa in Quito on Monday. The "
     "official travels today, Tuesday, to Guayaquil, where he will visit the port.", "2026-11-10",
     [("Quito", "visited", "2026-11-09", "2026-11-09"), ("Guayaquil", "planned", "2026-11-10", "2026-11-10")]),
    ("talks with a counterpart and his office in apposition, in a town", f"{TITLE} held today a session of talks with "
     "Bakhtiyor Saidov, Minister of Foreign Affairs, in Tashkent.", "2025-11-10",
     [("Tashkent", "visited", "2025-11-10", "2025-11-10")]),
    ("a scene in the <people's> capital, days between it and the role noun", "Cardinal Matteo Zuppi met Lukashenko in "
     "Minsk on Saturday, 30 May.\n\nIn the Ukrainian capital, on Tuesday 26 and Wednesday 27 May, the Cardinal met "
     "President Volodymyr Zelensky.", "2026-06-01",
     [("Kyiv", "visited", "2026-05-26", "2026-05-27"), ("Minsk", "visited", "2026-05-30", "2026-05-30")]),
    ("the Commissioner as a scene's actor", "European Commissioner Hadja Lahbib will travel to Thailand next week.\n\n"
     "In Bangkok on Wednesday, the Commissioner will meet the Minister of Foreign Affairs.", "2026-06-19",
     [("Bangkok", "planned", "2026-06-24", "2026-06-24")]),
    ("a town's description names no next stop; the trip home is no day of the stay", "On Monday evening "
     f"{TITLE} will fly to Erbil, the capital of the Kurdistan Region of Iraq, where on Tuesday she will meet the "
     "regional president, before returning home on Tuesday afternoon.", "2027-04-18",
     [("Erbil", "planned", "2027-04-19", "2027-04-20")]),
    ("where the town lies names no next stop", f"On Tuesday evening {TITLE} continues to Samarkand in Uzbekistan, "
     "where on Wednesday and Thursday she will co-chair a ministerial meeting.", "2026-05-22",
     [("Samarkand", "planned", "2026-05-26", "2026-05-28")]),
    ("telling staff in a town this morning, after arriving there late the evening before", f"{TITLE} promised money "
     "on Thursday, telling hospital staff in Shepparton this morning that the cranes will be back. On Wednesday she drove "
     "to Shepparton, arriving late in the evening.", "2026-05-21", [("Shepparton", "visited", "2026-05-20", "2026-05-21")]),
    ("moved on to a venue in a town", f"On Monday night {TITLE} moved on to the O2 Victoria Warehouse in Manchester.",
     "2026-04-16", [("Manchester", "visited", "2026-04-13", "2026-04-13")]),
    ("a tour's next shows", f"{TITLE} is on a European tour. Next up is AFAS Live in Amsterdam on Friday, followed by "
     "Le Zénith in Paris on Sunday, April 19.", "2026-04-16",
     [("Amsterdam", "planned", "2026-04-17", "2026-04-17"), ("Paris", "planned", "2026-04-19", "2026-04-19")]),
    ("continues the leg of a tour in a town", f"{TITLE} continues the European leg of her tour in Amsterdam on April 17.",
     "2026-04-16", [("Amsterdam", "planned", "2026-04-17", "2026-04-17")]),
    ("the leg closes in a town", f"{TITLE} will be in Paris on Sunday. The European leg will now close at Annexet in "
     "Stockholm on Saturday, April 25.", "2026-04-16",
     [("Paris", "planned", "2026-04-19", "2026-04-19"), ("Stockholm", "planned", "2026-04-25", "2026-04-25")]),
    ("a flight, then a bus on to the town stayed in", f"{TITLE} will leave Louisville on Oct. 3 and fly overnight to "
     "Manchester, England, before taking the train across the Pennines to Leeds, where she will spend Oct. 4-6. On Oct. 7 "
     "she will fly from Manchester to Frankfurt and travel by bus to Mainz, where she will stay through Oct. 9.",
     "2026-09-17",
     [("Leeds", "planned", "2026-10-04", "2026-10-06"), ("Mainz", "planned", "2026-10-07", "2026-10-09")]),
    ("the train north", f"On Wednesday, {TITLE} will take the train north to Porto.", "2026-06-09",
     [("Porto", "planned", "2026-06-10", "2026-06-10")]),
    ("a circuit began at a festival named after its town", f"The circuit began at the Jaipur Literature Festival, "
     f"where {TITLE} spent Thursday to Saturday last week.", "2027-01-27",
     [("Jaipur", "visited", "2027-01-21", "2027-01-23")]),
    ("the lede happens in its dateline's town", "MATSUYAMA, Japan >> Gov. Josh Green laid white chrysanthemums "
     "Tuesday at a memorial.\n\nGreen arrived in Tokyo on Saturday.", "2026-10-06",
     [("Tokyo", "visited", "2026-10-03", "2026-10-03"), ("Matsuyama", "visited", "2026-10-06", "2026-10-06")]),
    ("a lede in its dateline's town that promises something later on", "ASHEVILLE - Gov. Josh Stein stood on the "
     "rebuilt riverbank behind a pottery studio Friday morning, where two years ago the river had climbed past the "
     "windows, and promised that the state would keep paying.\n\nStein began the tour Thursday in Boone.",
     "2026-09-25", [("Boone", "visited", "2026-09-24", "2026-09-24"), ("Asheville", "visited", "2026-09-25", "2026-09-25")]),
    ("a lede in another town than its home dateline", "ANKARA\n\nTurkish Trade Minister Omer Bolat on Wednesday held "
     "talks with Colombian officials in the capital Bogota.", "2026-09-16",
     [("Bogotá", "visited", "2026-09-16", "2026-09-16")]),
    ("a dateline with a colon, later in the day", "SARGODHA: Punjab Chief Minister Maryam Nawaz on Saturday "
     "inaugurated the 200-bed Nawaz Sharif Institute of Cardiology in Sargodha. Later in the day, the chief minister "
     "flew to Khushab by helicopter.", "2026-02-15",
     [("Sargodha", "visited", "2026-02-14", "2026-02-14"), ("Khushāb", "visited", "2026-02-14", "2026-02-14")]),
    ("two days of the month told as ordinals", f"{TITLE} will meet investors in Boston on the 8th and 9th.",
     "2027-01-07", [("Boston", "planned", "2027-01-08", "2027-01-09")]),
    ("attending a named conference in a town; the meeting moved there instead", f"{TITLE} will leave on January 8. "
     "She will then attend the J.P. Morgan Healthcare Conference in San Francisco from the 11th to 14th. A previously "
     "planned stop in Basel has been dropped, an official said, adding that the meeting would instead take place in "
     "San Francisco.", "2027-01-07", [("San Francisco", "planned", "2027-01-11", "2027-01-14")]),
    ("reached a town after a road journey, following cancelled flights", "Polish mountaineer Magdalena Wrona reached "
     "Skardu late on Sunday night after a 26-hour road journey, following the cancellation of flights from Islamabad "
     "due to bad weather.", "2027-06-14", [("Skardu", "visited", "2027-06-13", "2027-06-13")]),
    ("tour operators' talk of cancelled flights cancels no stop", "Polish mountaineer Magdalena Wrona arrived in "
     "Islamabad last Tuesday. Wrona left Islamabad by road on Saturday.\n\nLocal tour operators said the "
     "weather-related flight cancellations had left more than 200 foreign climbers stranded in Islamabad last week.",
     "2027-06-14", [("Islamabad", "visited", "2027-06-08", "2027-06-12")]),
    ("a change of planes on the way; a ship's port of call", f"{TITLE} flew to Tromsø, with a change of planes in "
     "Oslo, on Tuesday 28 July. On Saturday 1 August the ship called at Longyearbyen.", "2026-08-06",
     [("Tromsø", "visited", "2026-07-28", "2026-07-28"), ("Longyearbyen", "visited", "2026-08-01", "2026-08-01")]),
    ("a chief executive's trip told out of order: 'the Apple chief', a walk through a plant, a visit capped",
     "Apple's Cook Tours Vietnam Plant as iPhone Maker Deepens Shift From China\n\nBy Mark Gurman and "
     "Nguyen Dieu Tu Uyen\nMarch 12, 2026 at 5:14 AM GMT+7\n\nApple Inc. Chief Executive Officer Tim Cook "
     "toured a supplier's factory in northern Vietnam on Wednesday, capping a three-day visit that "
     "underscored the Southeast Asian nation's growing role in the company's production network as it "
     "reduces its reliance on China.\n\nCook walked the assembly lines at a plant in the city of Bac Ninh, "
     "about 30 kilometers (19 miles) northeast of Hanoi, that produces AirPods and Apple Watch components, "
     "according to people familiar with the matter who asked not to be identified because the visit was "
     "private. He was accompanied by Chief Operating Officer Sabih Khan, who took over supply-chain "
     "oversight from Jeff Williams last year.\n\nThe Apple chief arrived in Hanoi on Monday, where he met "
     "the country's top leader, To Lam, and announced that the company would increase its spending with "
     "local suppliers. On Tuesday, he met with students and app developers at a Hanoi university and "
     "posted photos on social media from a coffee shop in the city's Old Quarter. Cook flew back to "
     "California on Thursday, one of the people said.\n\n\"Vietnam has become an incredibly important part "
     "of how we build our products,\" Cook said in a statement distributed by Vietnamese state media. "
     "Apple didn't respond to a request for additional comment outside of regular business hours in "
     "Cupertino.",
     "2026-03-12", [("Hanoi", "visited", "2026-03-09", "2026-03-10"), ("Bắc Ninh", "visited", "2026-03-11", "2026-03-11")]),
    ("next stop: a town; a stay through a day there is not the last town's", "Mayor Zohran Mamdani spent Tuesday in "
     "Albany.\n\nNext stop: Washington. Mamdani flies down Thursday for a meeting and will stay through Friday.",
     "2026-01-21", [("Albany", "visited", "2026-01-20", "2026-01-20"), ("Washington", "planned", None, None)]),
    ("a product named after its company is nobody; at the company's plant in a town", "Sahyadri Motors CEO tours "
     "European plants\n\nSahyadri Motors chief executive Ananya Deshpande is on a week-long tour of the carmaker's "
     "European operations.\n\nOn Thursday she was at the company's assembly plant in Nitra, Slovakia, which began "
     "building the Sahyadri Vaayu electric SUV in March, Deshpande told employees.\n\nOn Friday she held talks in "
     "Bratislava. Deshpande said the Sahyadri Vaayu sells well.", "2027-09-10",
     [("Nitra", "visited", "2027-09-09", "2027-09-09"), ("Bratislava", "visited", "2027-09-10", "2027-09-10")]),
    ("an agency dateline with its date and no dash; the lede's day is not the dateline's", "Moscow, Jun 23 (Prensa "
     "Latina) Cuban President Miguel Díaz-Canel received this Tuesday an honorary doctorate from a university.\n\nOn "
     "Wednesday and Thursday, Díaz-Canel will be in Minsk.", "2026-06-23",
     [("Moscow", "visited", "2026-06-23", "2026-06-23"), ("Minsk", "planned", "2026-06-24", "2026-06-25")]),
    ("a second stay in a town of the trip: returns to it", "ASHEVILLE - Gov. Josh Stein stood on the riverbank "
     "Friday morning.\n\nStein began the tour Thursday in Boone. On Saturday, the governor will travel to Morganton. He "
     "returns to Asheville on Sunday for a memorial service.", "2026-09-25",
     [("Boone", "visited", "2026-09-24", "2026-09-24"), ("Asheville", "visited", "2026-09-25", "2026-09-25"),
      ("Morganton", "planned", "2026-09-26", "2026-09-26"), ("Asheville", "planned", "2026-09-27", "2026-09-27")]),
    ("a shuttle: back in the first town", f"{TITLE} arrived in Bangkok on Saturday. She flew on to Phnom Penh on "
     "Monday, and was back in Bangkok on Tuesday.", "2026-08-13",
     [("Bangkok", "visited", "2026-08-08", "2026-08-08"), ("Phnom Penh", "visited", "2026-08-10", "2026-08-10"),
      ("Bangkok", "visited", "2026-08-11", "2026-08-11")]),
    ("back in a town weeks later: one trip still", f"{TITLE} arrived in Ulaanbaatar on 14 July and drove south to "
     "Dalanzadgad on 19 July. She will be back in Ulaanbaatar on 26 August before flying to Beijing on 7 September.",
     "2025-08-01", [("Ulan Bator", "visited", "2025-07-14", "2025-07-14"), ("Dalandzadgad", "visited", "2025-07-19",
                    "2025-07-19"), ("Ulan Bator", "planned", "2025-08-26", "2025-08-26"),
                    ("Beijing", "planned", "2025-09-07", "2025-09-07")]),
    ("flew back to a town of the trip told undated before: its day", f"Speaking to journalists in Harare, {TITLE} "
     "said the appeal was underfunded. On Wednesday she was in Bulawayo. She flew back to Harare on Friday morning for a "
     "press conference.", "2026-07-25",
     [("Bulawayo", "visited", "2026-07-22", "2026-07-22"), ("Harare", "visited", "2026-07-24", "2026-07-24")]),
    ("returning home is no second stay", f"{TITLE} flew from Washington to Nairobi on Monday and held talks in Kampala "
     "on Tuesday. She returned to Washington on Thursday.", "2026-05-01",
     [("Nairobi", "visited", "2026-04-27", "2026-04-27"), ("Kampala", "visited", "2026-04-28", "2026-04-28")]),
    ("speaking in a town the day before the plans of a tour in its country", "Speaking in Mombasa on Tuesday, "
     "President William Ruto commissioned a road.\n\nThe President will be in Kilifi on Wednesday. On Thursday the "
     "President heads to Malindi.", "2026-01-20",
     [("Mombasa", "visited", "2026-01-20", "2026-01-20"), ("Kilifi", "planned", "2026-01-21", "2026-01-21"),
      ("Malindi", "planned", "2026-01-22", "2026-01-22")]),
    ("a day in brackets between 'will' and 'be in'", "President William Ruto has assured residents of Kwale County "
     "that the dam will be completed.\n\nSpeaking in Kwale town on Tuesday, he commissioned a road.\n\nThe President "
     "will tomorrow (Wednesday) be in Kilifi. On Thursday the President heads to Malindi.", "2026-01-20",
     [("Kwale", "visited", "2026-01-20", "2026-01-20"), ("Kilifi", "planned", "2026-01-21", "2026-01-21"),
      ("Malindi", "planned", "2026-01-22", "2026-01-22")]),
    ("due at a company's plant in a town", f"{TITLE} was in Oslo on Monday. She is due at Saab's fighter jet plant in "
     "Linköping tomorrow.", "2026-03-10",
     [("Oslo", "visited", "2026-03-09", "2026-03-09"), ("Linköping", "planned", "2026-03-11", "2026-03-11")]),
    ("the delegation drives north to a town", f"{TITLE} held talks in Rabat on Monday. On Tuesday, the delegation drives "
     "north to Tangier.", "2026-02-27",
     [("Rabat", "visited", "2026-02-23", "2026-02-23"), ("Tangier", "visited", "2026-02-24", "2026-02-24")]),
    ("a town described by its province, then its days", f"{TITLE} arrived in Beijing on Monday. She began her state "
     "visit in Changsha, capital of central China's Hunan Province, on Saturday and Sunday. She will visit Shenzhen in "
     "south China's Guangdong Province on Wednesday and Thursday.", "2026-03-24",
     [("Changsha", "visited", "2026-03-21", "2026-03-22"), ("Beijing", "visited", "2026-03-23", "2026-03-23"),
      ("Shenzhen", "planned", "2026-03-25", "2026-03-26")]),
    ("heads an hour southwest of the capital to a town", f"{TITLE} held talks in Oslo on Monday. Today "
     "she heads an hour southwest of the capital to Kongsberg.", "2026-03-10",
     [("Oslo", "visited", "2026-03-09", "2026-03-09"), ("Kongsberg", "visited", "2026-03-10", "2026-03-10")]),
    ("leaving told with a year's end ends no stay", f"{TITLE} arrived in Mayotte on Saturday, April 11. \"The State will "
     "not leave Mayotte alone,\" she said, promising results before the end of the year.", "2026-04-13",
     [("Mamoudzou", "visited", "2026-04-11", "2026-04-11")]),
    ("a length told of the country named after it is not the next one's", f"{TITLE} arrived in Madrid on Tuesday on a "
     "two-day official visit to the Kingdom of Spain, the first leg of a tour that will also take her to the Portuguese "
     "Republic. She will then head on Thursday to the Portuguese Republic for a one-day visit.", "2026-04-21",
     [("Madrid", "visited", "2026-04-21", "2026-04-22"), ("Lisbon", "planned", "2026-04-23", "2026-04-23")]),
    ("a singer's nights, a stage, a show 'and at the' next venue", "Luana Prado's tour opened with two sold-out "
     "nights at the Coliseu dos Recreios in Lisbon, on Saturday (10) and Sunday (11). The Portuguese leg closes "
     "tomorrow, Saturday (17), at the Teatro das Figuras in Faro, a date added in February. Then she sings at the "
     "Teatro Real in Madrid on the 22nd and at the Palau de la Música Catalana in Barcelona on the 24th.", "2027-04-16",
     [("Lisbon", "visited", "2027-04-10", "2027-04-11"), ("Faro", "planned", "2027-04-17", "2027-04-17"),
      ("Madrid", "planned", "2027-04-22", "2027-04-22"), ("Barcelona", "planned", "2027-04-24", "2027-04-24")]),
    ("a medal at an event in a town; entered for championships in another", "Hana Oyama took the bronze medal at "
     "Skate Canada International in Halifax last weekend. She is entered for the Japan Figure Skating Championships in "
     "Sapporo from Nov. 10-12.", "2026-11-05",
     [("Halifax", "visited", "2026-10-31", "2026-11-01"), ("Sapporo", "planned", "2026-11-10", "2026-11-12")]),
    ("a long object of a plan, then 'and to meet ... in' the next town", f"{TITLE} toured a fire centre in Boise on "
     "Tuesday. Okafor is scheduled to visit the smokejumper base and the Forest Service's fire sciences laboratory in "
     "Missoula, Montana, on Wednesday and to meet with tribal leaders and local officials in Bend, Oregon, on Thursday. "
     "Agriculture Secretary Brooke Rollins had been expected to join Okafor in Missoula but will remain in Washington.",
     "2026-07-21", [("Boise", "visited", "2026-07-21", "2026-07-21"), ("Missoula", "planned", "2026-07-22", "2026-07-22"),
                    ("Bend", "planned", "2026-07-23", "2026-07-23")]),
    ("a country's province visited, part of a visit to the country", f"{TITLE} arrived in Baghdad on Sunday. On Monday "
     "she visited Iraq's southern Basra province as part of a three-day official visit to the country. \"We want "
     "Iraqi oil and gas to reach Europe,\" she said.", "2027-01-18",
     [("Baghdad", "visited", "2027-01-17", "2027-01-17"), ("Basrah", "visited", "2027-01-18", "2027-01-18")]),
    ("a deadline is no stay's date; the start of a visit to a region is no stay's length", "Sir Keir Starmer has "
     "arrived in Riyadh at the start of a two-day visit to the Gulf, as the government tries to close a trade deal "
     "before the end of the year. Tomorrow he travels to Abu Dhabi for talks.", "2026-12-08",
     [("Riyadh", "visited", "2026-12-08", "2026-12-08"), ("Abu Dhabi", "planned", "2026-12-09", "2026-12-09")]),
    ("an airport's town on the way, the last stop in apposition, 'leave for'", "Mary Barra made the remarks during a tour "
     "of the Bupyeong plant in Incheon, the last stop of a three-day visit to Korea. Barra landed at Gimhae International "
     "Airport in Busan on Monday morning and went directly to the company's Changwon plant. On Tuesday, she was in "
     "Seoul. She is scheduled to leave for Shanghai on Thursday.", "2026-10-21",
     [("Changwon", "visited", None, None), ("Seoul", "visited", "2026-10-20", "2026-10-20"),
      ("Incheon", "visited", None, None), ("Shanghai", "planned", "2026-10-22", "2026-10-22")]),
    ("an airport's name then its town; rather than cancel; a building's century; a cancelled leg told by the palace",
     "Queen Letizia has spent the final day of her trip to Guatemala in the colonial city of Antigua Guatemala, where "
     "she toured a centre housed in a 16th-century Jesuit college.\n\nOn Tuesday rain grounded the helicopter that "
     "was due to take her to Cobán. Rather than cancel the day altogether, the Queen travelled by road to "
     "Chimaltenango. Zarzuela Palace confirmed that the Cobán visit would not be rescheduled. Royal watchers noted "
     "her espadrilles in Chimaltenango when the temperature dropped.\n\nLetizia landed at La Aurora airport in "
     "Guatemala City on Sunday night.", "2026-06-17",
     [("Chimaltenango", "visited", None, None), ("Guatemala City", "visited", "2026-06-14", "2026-06-14"),
      ("Antigua Guatemala", "visited", None, None)]),  # (undated: the day of the road trip is told a sentence before)
    ("a local office names home; a relative clause tells the town's past", "Tokyo Gov. Yuriko Koike will begin the "
     "trip in Brisbane on Monday. On Wednesday, Koike will make a day trip to the Gold Coast, which hosted the 2018 "
     "Commonwealth Games. She will fly back from Sydney on Thursday, arriving in Tokyo on Friday morning.", "2026-09-04",
     [("Brisbane", "planned", "2026-09-07", "2026-09-07"), ("Gold Coast", "planned", "2026-09-09", "2026-09-09"),
      ("Sydney", "planned", "2026-09-10", "2026-09-10")]),
    ("met in a town with people", f"{TITLE} was in Brussels on Friday. On Saturday, President Okafor met in Padua with "
     "about 2,000 citizens.", "2026-05-18",
     [("Brussels", "visited", "2026-05-15", "2026-05-15"), ("Padua", "visited", "2026-05-16", "2026-05-16")]),
    ("a tour that began in one town and continued the same afternoon in the next", "The tour began on Monday in "
     "Margate, where the leader met traders in the Old Town, and continued the same afternoon in Ramsgate.",
     "2026-07-03", [("Margate", "visited", "2026-06-29", "2026-06-29"), ("Ramsgate", "visited", "2026-06-29", "2026-06-29")]),
    ("a crowd drawn at a college in a town; a drive down a highway to the next", f"{TITLE} held a town hall in Camas on "
     "Saturday. On Monday night, Okafor drew a bigger and noisier crowd at Clark College in Vancouver. On Tuesday she "
     "drove down Highway 97A to Longview.", "2026-08-12",
     [("Camas", "visited", "2026-08-08", "2026-08-08"), ("Vancouver", "visited", "2026-08-10", "2026-08-10"),
      ("Longview", "visited", "2026-08-11", "2026-08-11")]),
    ("the company names the traveller's office", "When Satya Nadella last toured Asia he flew home. Microsoft said "
     "little. Microsoft declined to comment.\n\nThe Microsoft chairman and CEO arrived in Ho Chi Minh City on "
     "Tuesday. He moved on to Hanoi the next day.", "2027-03-12",
     [("Ho Chi Minh City", "visited", "2027-03-09", "2027-03-09"), ("Hanoi", "visited", "2027-03-10", "2027-03-10")]),
    ("met an office-holder in a town", f"{TITLE} met the intelligence chief in Cairo on Tuesday.", "2026-07-15",
     [("Cairo", "visited", "2026-07-14", "2026-07-14")]),
    ("a town flown in from and arrived in earlier is a stop", f"{TITLE} met the prime minister in Cairo on Tuesday, hours "
     "after flying in from Israel. Okafor had arrived in Jerusalem on Sunday evening and held talks there on Monday. By "
     "Tuesday night she was back in Jerusalem.", "2026-07-15",
     [("Jerusalem", "visited", "2026-07-12", "2026-07-14"), ("Cairo", "visited", "2026-07-14", "2026-07-14"),
      ("Jerusalem", "visited", "2026-07-14", "2026-07-14")]),
    ("an arrival's day is its own, though its sentence dates another stay", f"{TITLE} arrived in Bridgetown, Barbados, "
     "on Sunday evening, after five days in Jamaica. In Bridgetown, Okafor is scheduled to address parliament on "
     "Tuesday and will open an exhibition on Wednesday.", "2026-08-03",
     [("Kingston", "visited", "2026-07-28", "2026-08-01"), ("Bridgetown", "visited", "2026-08-02", "2026-08-05")]),
    ("a town hall in a nearby town", f"{TITLE} held a morning rally in Youngstown on Tuesday and an evening town hall "
     "in nearby Warren on Wednesday.", "2026-09-10",
     [("Youngstown", "visited", "2026-09-08", "2026-09-08"), ("Warren", "visited", "2026-09-09", "2026-09-09")]),
    ("campaigned in; the home returned to is no stop after the trip", f"{TITLE} campaigned in Mansfield on Thursday. "
     "The campaign said Okafor would return to Cleveland on Saturday night and resume regular campaigning in the "
     "Cleveland area next week.", "2026-09-10", [("Mansfield", "visited", "2026-09-10", "2026-09-10")]),
    ("a schedule of two lines announced as one", f"{TITLE} spoke in Mansfield on Thursday. Here is the rest of the "
     "schedule released by the campaign:\n\nFriday, Sept. 11: Lima - 10 a.m. rally downtown.\n\nSaturday, Sept. 12: "
     "Chillicothe - morning meet-and-greet with veterans.", "2026-09-10",
     [("Mansfield", "visited", "2026-09-10", "2026-09-10"), ("Lima", "planned", "2026-09-11", "2026-09-11"),
      ("Chillicothe", "planned", "2026-09-12", "2026-09-12")]),
    ("a town hall with planters; a named event held with farmers", f"{TITLE} held a town hall with sugarcane planters "
     "and mill workers in Victorias City on Tuesday. On Thursday she will hold a \"kapihan\" with farmers in Passi City.",
     "2028-02-16", [("Victorias", "visited", "2028-02-15", "2028-02-15"), ("Passi", "planned", "2028-02-17", "2028-02-17")]),
    ("a translation's 'arrive to', the way home, and a capital named after its country left out", f"{TITLE} will "
     "visit Uzbekistan from the 14th. She will arrive to Tashkent on the 14th and move to Samarkand on the 16th. On the "
     "19th she departs to return home and arrives to Incheon Airport on the 20th. At first, a visit to the Kazakhstan "
     "capital Astana was also reviewed, but it was excluded from the schedule.", "2025-09-09",
     [("Tashkent", "planned", "2025-09-14", "2025-09-14"), ("Samarkand", "planned", "2025-09-16", "2025-09-19")]),
    ("the source a plan is told according to is no actor", f"{TITLE} reached Gorakhpur on Thursday. According to the "
     "programme released by state president Shyamlal Pal, the yatra will reach Kushinagar on Friday.", "2027-01-15",
     [("Gorakhpur", "visited", "2027-01-14", "2027-01-14"), ("Kushinagar", "planned", "2027-01-15", "2027-01-15")]),
    ("a breakfast with growers of three words", f"{TITLE} visited Chihuahua state on Sunday. On Monday she held a "
     "breakfast with pecan and walnut growers in Delicias.", "2027-05-12",
     [("Chihuahua", "visited", "2027-05-09", "2027-05-09"), ("Ciudad Delicias", "visited", "2027-05-10", "2027-05-10")]),
    ("flying on from a capital named by its country", f"{TITLE} will move to Tunis on 21 July, before flying directly "
     "from the Tunisian capital to Abu Dhabi on 24 July.", "2026-07-08",
     [("Tunis", "planned", "2026-07-21", "2026-07-21"), ("Abu Dhabi", "planned", "2026-07-24", "2026-07-24")]),
    ("met two countries' ministers in a town", f"{TITLE} met the Syrian and Jordanian foreign ministers in Amman on "
     "Wednesday.", "2026-01-21", [("Amman", "visited", "2026-01-21", "2026-01-21")]),
    ("flew by a named air service's helicopter to", f"{TITLE} arrived in Port-au-Prince on Monday. On 20 October she "
     "flew by UN Humanitarian Air Service (UNHAS) helicopter to Les Cayes.", "2026-10-22",
     [("Port-au-Prince", "visited", "2026-10-19", "2026-10-19"), ("Les Cayes", "visited", "2026-10-20", "2026-10-20")]),
    ("promised today in a town", f"{TITLE} was yesterday in Viseu. She promised this Tuesday in Guarda an exceptional "
     "support regime for the towns hit by the fires.", "2026-08-18",
     [("Viseu", "visited", "2026-08-17", "2026-08-17"), ("Guarda", "visited", "2026-08-18", "2026-08-18")]),
    ("a facility named for its province, in its town", f"{TITLE} arrived in Kabul on 3 May. On 5 May, she visited "
     "Nangarhar Regional Hospital in Jalalabad.", "2026-05-07",
     [("Kabul", "visited", "2026-05-03", "2026-05-03"), ("Jalālābād", "visited", "2026-05-05", "2026-05-05")]),
    ("a counterpart's name with al-", f"{TITLE} met Syrian President Ahmed al-Sharaa in Damascus on Wednesday.",
     "2026-03-04", [("Damascus", "visited", "2026-03-04", "2026-03-04")]),
    ("an undated dateline town takes the lede's day", "YEREVAN, Armenia (AP) — Foreign Minister Ines Okafor pressed "
     "Armenian leaders Wednesday to speed up work on a transit route.\n\nOkafor flew overnight to the Armenian capital "
     "from Baku, where she spent Tuesday with President Aliyev.", "2026-08-26",
     [("Baku", "visited", "2026-08-25", "2026-08-25"), ("Yerevan", "visited", "2026-08-26", "2026-08-26")]),
    ("'was to fly' is a plan", f"{TITLE} was to fly to Istanbul late Wednesday for talks Thursday.", "2026-08-26",
     [("Istanbul", "planned", "2026-08-26", "2026-08-27")]),
    ("kicking off a trip to two countries: the second is to come", f"{TITLE} arrived in Brasília on Sunday, kicking off "
     "a seven-day trip to Brazil and Chile. On Wednesday, she will travel to Chile.", "2026-05-20",
     [("Brasília", "visited", "2026-05-17", "2026-05-17"), ("Santiago", "planned", "2026-05-20", "2026-05-20")]),
    ("the last leg will take the traveller, by name, to a town", f"{TITLE} will visit Rome on Thursday. The last leg of "
     "the tour will take Okafor to Madrid on Friday and Saturday.", "2026-07-17",
     [("Rome", "planned", "2026-07-23", "2026-07-23"), ("Madrid", "planned", "2026-07-24", "2026-07-25")]),
    ("has been staying since: there still", f"{TITLE} has been staying in Doha since Sunday evening, May 10, where she "
     "is taking part in talks.", "2026-05-12", [("Doha", "visited", "2026-05-10", "2026-05-12")]),
    ("a third day in a town", f"{TITLE} spent a third day in Copenhagen on Wednesday.", "2026-03-04",
     [("Copenhagen", "visited", "2026-03-02", "2026-03-04")]),
    ("arrived in this city (a dateline in title case) after three days elsewhere", "Shanghai - Foreign Minister Ines "
     "Okafor said this Friday in Shanghai that trade matters.\n\nOkafor, who arrived in this city on Thursday after "
     "three days in Beijing, will fly home on Sunday.", "2027-04-16",
     [("Beijing", "visited", "2027-04-12", "2027-04-14"), ("Shanghai", "visited", "2027-04-15", "2027-04-17")]),
    ("agency copy's 'here' is its dateline town", "ISLAMABAD, Sept 29 (Bernama) -- Foreign Minister Ines Okafor "
     "held talks with Pakistani officials here today.", "2026-09-29", [("Islamabad", "visited", "2026-09-29", "2026-09-29")]),
    ("the last leg of a tour is not a stay lasting", f"{TITLE} travelled to Kenya on Tuesday and stayed in Nairobi "
     "until Wednesday.\n\nOn the last leg of the tour on Thursday, she held talks in Addis Ababa.", "2026-02-27",
     [("Nairobi", "visited", "2026-02-24", "2026-02-25"), ("Addis Ababa", "visited", "2026-02-26", "2026-02-26")]),
    ("the Solomons", f"{TITLE} will visit Fiji, Vanuatu and the Solomons next week.", "2026-04-24",
     [("Suva", "planned", "2026-04-27", "2026-04-28"), ("Port-Vila", "planned", "2026-04-28", "2026-04-29"),
      ("Honiara", "planned", "2026-04-29", "2026-04-30")]),
    ("a trip ending in a country the next day, received by its president in a town", f"{TITLE} will be in Kigali on "
     "Wednesday. The trip ends in Burundi the following day. She will be received by President Évariste Ndayishimiye "
     "in Bujumbura.", "2026-11-12", [("Kigali", "planned", "2026-11-18", "2026-11-18"),
                                    ("Bujumbura", "planned", "2026-11-19", "2026-11-19")]),
    ("a list's span is not one town's stay", "STOCKHOLM, Oct. 13 (Xinhua) -- Foreign Minister Ines Okafor held talks "
     "with her Swedish counterpart here on Tuesday. Okafor is paying official visits to Finland, Sweden and Norway "
     "from Oct. 11 to 15. She arrived in Stockholm on Monday evening from Helsinki, where she had spent Sunday. She "
     "will travel to Oslo on Wednesday.", "2026-10-13",
     [("Helsinki", "visited", "2026-10-11", "2026-10-11"), ("Stockholm", "visited", "2026-10-12", "2026-10-13"),
      ("Oslo", "planned", "2026-10-14", "2026-10-14")]),
    ("flew in from a place at the weekend: the day of coming here", f"{TITLE} flew in from Lima at the weekend. On "
     "Monday she held talks in Bogotá.", "2026-05-20",
     [("Bogotá", "visited", "2026-05-18", "2026-05-18")]),  # (Lima, undated, only flown in from: no stop)
    ("the day of returning home is not the last stop's", f"On Thursday {TITLE} travels to Muscat, where she will meet "
     "the minister of commerce, before the delegation returns home on Friday.", "2026-03-10",
     [("Muscat", "planned", "2026-03-12", "2026-03-12")]),
    ("a wire story's lede happens in its dateline's town", "Freetown (AFP) - Foreign Minister Ines Okafor urged "
     "governments on Wednesday to cooperate, in a speech to Sierra Leone's parliament.\n\nOkafor arrived in Conakry "
     "on Monday. She flew on to Freetown late on Monday and on Tuesday met President Bio.", "2026-11-18",
     [("Conakry", "visited", "2026-11-16", "2026-11-16"), ("Freetown", "visited", "2026-11-16", "2026-11-18")]),
    ("someone else going on to a place is no stay running on", f"{TITLE} will be in Samarkand on Wednesday next week. "
     "Commissioner Marta Kos is in Chisinau today and will go on to Kyiv on Sunday.", "2026-05-22",
     [("Samarkand", "planned", "2026-05-27", "2026-05-27")]),
    ("the capital's own days inside the country's", f"{TITLE} will pay a state visit to Pakistan on September 16-18. "
     "The programme includes talks in narrow and extended formats with President Asif Ali Zardari in Islamabad on "
     "September 16 and 17. On September 18 she will travel to Lahore.", "2026-09-14",
     [("Islamabad", "planned", "2026-09-16", "2026-09-17"), ("Lahore", "planned", "2026-09-18", "2026-09-18")]),
    ("attending an event held in a town", f"On Friday {TITLE} will attend Aero India, the biennial air show held at "
     "the Yelahanka air force base in Bengaluru.", "2027-02-10", [("Bengaluru", "planned", "2027-02-12", "2027-02-12")]),
    ("the tour continues on days in a town", f"{TITLE} will be in Mumbai on Wednesday. The tour continues on Thursday "
     "22 and Friday 23 in Jakarta.", "2026-10-20",
     [("Mumbai", "planned", "2026-10-21", "2026-10-21"), ("Jakarta", "planned", "2026-10-22", "2026-10-23")]),
    ("the days after coming in from a place are not that place's", f"{TITLE} landed in Bogotá on Wednesday. She "
     "arrived from Lima after two days of talks there on Monday and Tuesday.", "2026-05-20",
     [("Lima", "visited", "2026-05-18", "2026-05-19"), ("Bogotá", "visited", "2026-05-20", "2026-05-20")]),
    ("an office only one country has, then the office alone", "Taoiseach arrives in Vilnius\n\nThe Taoiseach Seán "
     "Brennan arrived in Vilnius on Tuesday. Mr Brennan met President Nausėda. Later today the Taoiseach will travel "
     "to Kaunas, where he will meet students.", "2026-05-13",
     [("Vilnius", "visited", "2026-05-12", "2026-05-12"), ("Kaunas", "planned", "2026-05-13", "2026-05-13")]),
    ("an office only one country has names home", "The Taoiseach Seán Brennan flew from Dublin to Vilnius on Tuesday "
     "for talks with President Nausėda.", "2026-05-13", [("Vilnius", "visited", "2026-05-12", "2026-05-12")]),
    ("a flight and a drive to an overnight train are the way in, landing on a clock time", "Prime Minister Seán "
     "Brennan has arrived in Vilnius. He flew to Warsaw in central Poland yesterday and then travelled by road to "
     "Białystok, where he boarded an overnight train to the Lithuanian capital, arriving shortly after 7am local time.",
     "2026-05-13", [("Vilnius", "visited", "2026-05-13", "2026-05-13")]),
    ("a late arrival from a stay ends that stay on the arrival's day", f"{TITLE} held talks in Santo Domingo on "
     "Monday. She landed in the Cuban capital late on Tuesday from Santo Domingo and met President Díaz-Canel this "
     "Wednesday in Havana.", "2026-11-18",
     [("Santo Domingo", "visited", "2026-11-16", "2026-11-17"), ("Havana", "visited", "2026-11-17", "2026-11-18")]),
    ("'flew in on Tuesday morning from X': the day is the arrival's", f"{TITLE} held talks in Cairo on Tuesday. "
     "Okafor, who flew in on Tuesday morning from Brussels after a NATO meeting, also met the foreign minister.",
     "2026-04-07", [("Cairo", "visited", "2026-04-07", "2026-04-07")]),  # (Brussels, undated: no stop)
    ("the traveller's office heads a relative clause full of other people", "Governor Ikenna Obiora concluded a "
     "tour. The governor, who was accompanied by the Commissioner for Works, Engr. Uchenna Ede, and the Commissioner "
     "for Health, Dr. Ngozi Anih, arrived in Nsukka on Thursday morning.", "2025-11-30",
     [("Nsukka", "visited", "2025-11-27", "2025-11-27")]),
    ("the day of a move told just before, with no place", "On Wednesday Governor Dana Whitcomb headed south. In "
     "Wichita she met with nursing faculty at the college and then drove to Dodge City, where she toured a housing "
     "site.", "2025-04-17",
     [("Wichita", "visited", "2025-04-16", "2025-04-16"), ("Dodge City", "visited", "2025-04-16", "2025-04-16")]),
    ("leaving X tomorrow morning for a visit to Y: Y's day, X's last day today", "Foreign Minister Mahmoud Kombo "
     "arrived in Maseru on Tuesday. Tomorrow morning, Mr Kombo will leave Maseru for a one-day visit to Mbabane, "
     "Eswatini, where he is expected to deliver a message.", "2026-06-17",
     [("Maseru", "visited", "2026-06-16", "2026-06-17"), ("Mbabane", "planned", "2026-06-18", "2026-06-18")]),
    ("a morning spent before leaving is a day there", f"{TITLE} arrived in Singapore on Sunday. On Tuesday morning, "
     "before leaving Singapore, she visited the port.", "2026-05-14",
     [("Singapore", "visited", "2026-05-10", "2026-05-12")]),
    ("a day and the next morning spent where one flew in from", f"{TITLE} arrived in the Saudi capital late Monday "
     "from Jerusalem, where she had spent Sunday and Monday morning in talks.", "2026-02-10",
     [("Jerusalem", "visited", "2026-02-08", "2026-02-09"), ("Riyadh", "visited", "2026-02-09", "2026-02-09")]),
    ("an arrival at no stated hour leaves the stay before it", f"{TITLE} held talks in Santo Domingo on Monday. She "
     "landed in the Cuban capital on Tuesday from Santo Domingo and met President Díaz-Canel this Wednesday in Havana.",
     "2026-11-18",
     [("Santo Domingo", "visited", "2026-11-16", "2026-11-16"), ("Havana", "visited", "2026-11-17", "2026-11-18")]),
    ("a governor-general while a state governor travels too", "Governor-General Ana Reyes flew into "
     "Kalgoorlie on Monday. Ms Reyes met miners there on Tuesday.\n\nWA Governor Chris Dawson, who travelled from Perth to join the couple, said the tour was long."
     "\n\nThe Governor-General is due to leave Kalgoorlie this morning for Albany, where she will spend today and "
     "tomorrow.", "2026-08-13",
     [("Kalgoorlie", "visited", "2026-08-10", "2026-08-12"), ("Albany", "planned", "2026-08-13", "2026-08-14")]),
    ("the day a programme was published is not the trip's", "The Press Office on Tuesday published the full "
     "program of Pope Leo XIV's journey to Peru. The Pope will land in Lima on Friday, Oct. 23, and fly to Chiclayo on "
     "Saturday, Oct. 24.", "2026-08-20",
     [("Lima", "planned", "2026-10-23", "2026-10-23"), ("Chiclayo", "planned", "2026-10-24", "2026-10-24")]),
    ("went ashore in; where the King arrived", "King Frederik is touring Greenland by ship. The voyage began in "
     "Nuuk, where the King arrived on Saturday. On Tuesday the King went ashore in Sisimiut.", "2026-06-24",
     [("Nuuk", "visited", "2026-06-20", "2026-06-20"), ("Sisimiut", "visited", "2026-06-23", "2026-06-23")]),
    ("the traveller and a companion named in apposition", "Assistant Minister Craig Fennessy spent 13 days abroad."
     "\n\nMr Fennessy and his chief of staff, Brooke Tanner, flew out of Brisbane on Thursday, April 3, and landed in "
     "Lisbon on Friday, April 4.", "2025-06-20", [("Lisbon", "visited", "2025-04-04", "2025-04-04")]),
    ("a lede's return home over a chronology; the airport that serves home", "SEOUL, Jan. 17 (Yonhap) -- Foreign "
     "Minister Cho Hyun returned home Sunday after a weeklong trip to four Gulf countries, the ministry said.\n\nCho "
     "arrived in Riyadh on Jan. 11 and held talks with Saudi officials. He traveled to Abu Dhabi on Jan. 13.\n\nCho "
     "arrived at Incheon International Airport on Sunday afternoon.", "2027-01-17",
     [("Riyadh", "visited", "2027-01-11", "2027-01-11"), ("Abu Dhabi", "visited", "2027-01-13", "2027-01-13")]),
    ("a title-case dateline's lede; a town's possessive in it is no other scene", "Santo Domingo (AFP) - Moroccan "
     "Foreign Minister Nasser Bourita signed agreements with the Dominican Republic on Friday, rallying support for "
     "Rabat's position on Western Sahara.\n\nBourita is due in Guatemala on Sunday.", "2026-05-22",
     [("Santo Domingo", "visited", "2026-05-22", "2026-05-22"), ("Guatemala City", "planned", "2026-05-24", "2026-05-24")]),
    ("back in the dateline's town: the second part of a stay untold by name", "JERUSALEM, March 24 (Reuters) - U.S. "
     "Secretary of State Marco Rubio was back in Jerusalem on Tuesday for talks, a day after flying to Amman.\n\nRubio "
     "is due to fly to Muscat on Wednesday.", "2026-03-24",
     [("Amman", "visited", "2026-03-23", "2026-03-23"), ("Jerusalem", "visited", "2026-03-24", "2026-03-24"),
      ("Muscat", "planned", "2026-03-25", "2026-03-25")]),
    ("back in the dateline's town that is home", "WASHINGTON, March 24 (Reuters) - U.S. Secretary of State Marco "
     "Rubio was back in Washington on Tuesday, a day after flying to Amman.", "2026-03-24",
     [("Amman", "visited", "2026-03-23", "2026-03-23")]),
    ("a time after a venue whose name ends in a place word", f"{TITLE} will land in Calicut on Tuesday (March 31). On "
     "Wednesday (April 1), she will be in Malappuram in the morning, before travelling by road to Thrissur for a "
     "women's meet at the Thekkinkadu Maidan in the evening.", "2026-03-30",
     [("Kozhikode", "planned", "2026-03-31", "2026-03-31"), ("Malappuram", "planned", "2026-04-01", "2026-04-01"),
      ("Thrissur", "planned", "2026-04-01", "2026-04-01")]),
    ("a tour's end with a bracketed day; an event that opens", f"{TITLE} will travel to Ankara on Friday, before the "
     "UN climate summit opens on Monday (9 November) in Antalya. The tour will conclude on Thursday (12 November) "
     "with a roadshow in Izmir.", "2026-11-05",
     [("Ankara", "planned", "2026-11-06", "2026-11-06"), ("İzmir", "planned", "2026-11-12", "2026-11-12")]),
    ("the tour's first leg took place in; a meeting that took place elsewhere", "President Oligui Nguema is back in "
     "Libreville after a sub-regional tour. The first leg of the tour took place on Monday 13 April in Malabo. Talks "
     "between the rebels and the army took place in Geneva.", "2026-04-18",
     [("Malabo", "visited", "2026-04-13", "2026-04-13")]),
    ("the Special Representative by her office; the President accompanied by a named minister", "TRIPOLI, 3 March 2027 "
     "- The Special Representative of the Secretary-General for Libya, Hanna Serwaa Tetteh, returned to Tripoli on "
     "Tuesday.\n\nMs. Tetteh began the tour in Benghazi on Friday, 26 February. On Sunday, 28 February, the Special "
     "Representative travelled to Sirte.\n\nThe Special Representative will travel to Cairo on Monday, 8 March.",
     "2027-03-03", [("Benghazi", "visited", "2027-02-26", "2027-02-26"), ("Sirte", "visited", "2027-02-28", "2027-02-28"),
                    ("Cairo", "planned", "2027-03-08", "2027-03-08")]),
    ("the President, who is accompanied by a named minister, arrived", "President John Mahama is on a state visit to "
     "Brazil.\n\nThe President, who is accompanied by the Minister for Foreign Affairs, Samuel Okudzeto Ablakwa, "
     "arrived in Brasília last Sunday evening.", "2026-08-12", [("Brasília", "visited", "2026-08-09", "2026-08-09")]),
    ("a town, in its province named like a bigger town", "President Lula landed in Luanda on Thursday night. On "
     "Saturday, Lula travels in the morning to the port city of Lobito, in Benguela province, where he will visit the "
     "port terminal.", "2026-02-20",
     [("Luanda", "visited", "2026-02-19", "2026-02-19"), ("Lobito", "planned", "2026-02-21", "2026-02-21")]),
    ("a day inside a thing's relative clause is the thing's", "Okafor visits Kharkiv after unannounced Kyiv trip\n\n"
     f"{TITLE} visited Kharkiv on Feb. 18, a day after arriving in Kyiv on a trip that was not announced in advance.\n\n"
     "In Kharkiv, Ukraine's second-largest city, Okafor met the mayor and laid flowers at the site of a strike that "
     "killed nine people in a residential district earlier this month.", "2026-02-18",
     [("Kyiv", "visited", "2026-02-17", "2026-02-17"), ("Kharkiv", "visited", "2026-02-18", "2026-02-18")]),
    ("a span of weekdays, 'Sunday to Tuesday'", f"{TITLE} was welcomed in Montevideo on Wednesday. She spent Sunday "
     "to Tuesday in Brasília, where she met President Lula.", "2026-05-20",
     [("Brasília", "visited", "2026-05-17", "2026-05-19"), ("Montevideo", "visited", "2026-05-20", "2026-05-20")]),
    ("a prefecture named for the day, its town told after", f"{TITLE} is in Tokyo this week. She will leave the "
     "capital on Thursday for Aichi prefecture, where she will tour a car plant and meet business leaders in Nagoya. "
     "On Friday she travels to Osaka.", "2026-10-14",
     [("Tokyo", "visited", "2026-10-12", "2026-10-18"), ("Nagoya", "planned", "2026-10-15", "2026-10-15"),
      ("Osaka", "planned", "2026-10-16", "2026-10-16")]),
    ("a state's visit is no visit to a town bearing its name as another name", f"{TITLE} concluded on Saturday a "
     "two-day visit to Rio Grande do Sul, where floods left 27 people dead. She landed in Lajeado on Friday.",
     "2026-10-14", [("Lajeado", "visited", "2026-10-09", "2026-10-10")]),
    ("a day told before a school named for a saint", f"{TITLE} came to Nova Scotia. She finished Thursday at "
     "Université Sainte-Anne in Church Point.", "2026-05-22", [("Church Point", "visited", "2026-05-21", "2026-05-21")]),
    ("a week-ahead diary of several ministers' trips", "The week ahead: Kyle takes trade push to the Gulf\n\nMONDAY "
     "13 OCTOBER\n\nBusiness and Trade Secretary Peter Kyle hosts a roundtable, then flies out overnight.\n\n"
     "Chancellor Rachel Reeves arrives in Washington for the IMF meetings.\n\nTUESDAY 14 OCTOBER\n\nKyle lands in "
     "Riyadh for two days of meetings. On Tuesday he sees the investment minister.\n\nTHURSDAY 16 OCTOBER\n\nKyle in "
     "Doha for trade talks.\n\nFRIDAY 17 OCTOBER\n\nKyle stops in Muscat on his way home.", "2025-10-12",
     [("Riyadh", "planned", "2025-10-14", "2025-10-15"), ("Doha", "planned", "2025-10-16", "2025-10-16"),
      ("Muscat", "planned", "2025-10-17", "2025-10-17")]),
    ("'landed there': the town just come from", "President Lula arrived in Mozambique on Wednesday. Lula, 79, flew "
     "in from Luanda. He landed there late on Monday and spent Tuesday in talks with Angolan President Joao Lourenco.",
     "2025-03-19", [("Luanda", "visited", "2025-03-17", "2025-03-18"), ("Maputo", "visited", "2025-03-19", "2025-03-19")]),
    ("a long stay told by its dates is one trip with the stop a week before it", f"{TITLE} landed in Punta Arenas on "
     "January 9. From January 16 to February 3 she was in El Calafate, on the ice.", "2027-04-12",
     [("Punta Arenas", "visited", "2027-01-09", "2027-01-09"), ("El Calafate", "visited", "2027-01-16", "2027-02-03")]),
    ("'is also expected to' is a plan", f"{TITLE} arrived in Kigali yesterday. She is also expected to make a "
     "brief stopover in Juba on her way back.", "2025-10-02",
     [("Kigali", "visited", "2025-10-01", "2025-10-01"), ("Juba", "planned", None, None)]),
    ("from one weekday until another", f"{TITLE} will be in Madrid from Sunday until Tuesday, where she will be "
     "received by the King. She will then be in Lisbon from Thursday until Friday.", "2026-05-08",
     [("Madrid", "planned", "2026-05-10", "2026-05-12"), ("Lisbon", "planned", "2026-05-14", "2026-05-15")]),
    ("a schedule that departs from and returns to home, with a two-day line", "Agriculture Secretary Brooke Rollins "
     "will lead a trade mission to Asia. The department released the schedule:\n\nSun., Oct. 4 — Depart Washington.\n"
     "Mon., Oct. 5 — Arrive Tokyo, 3:40 p.m. Embassy reception.\nTues., Oct. 6 — Tokyo. Meetings with importers.\n"
     "Wed., Oct. 7 — Seoul. Talks with ministers.\nThurs., Oct. 8 – Fri., Oct. 9 — Manila. Business meetings.\n"
     "Sat., Oct. 10 — Return to Washington.", "2026-10-02",
     [("Tokyo", "planned", "2026-10-05", "2026-10-06"), ("Seoul", "planned", "2026-10-07", "2026-10-07"),
      ("Manila", "planned", "2026-10-08", "2026-10-09")]),
    ("a band's tour told by its towns' halls", "The Harbour Lights review\n\nThis tour – which opened at Belfast's "
     "Ulster Hall last Saturday and called at Edinburgh's Usher Hall on Tuesday – is the biggest they have attempted. "
     "The tour continues at Manchester's Albert Hall tomorrow, before two sold-out nights at London's Palladium next "
     "Wednesday and Thursday.", "2025-03-14",
     [("Belfast", "visited", "2025-03-08", "2025-03-08"), ("Edinburgh", "visited", "2025-03-11", "2025-03-11"),
      ("Manchester", "planned", "2025-03-15", "2025-03-15"), ("London", "planned", "2025-03-19", "2025-03-20")]),
    ("a programme line of two days before its month", f"{TITLE} will lead a trade mission to Vietnam.\n\nProgramme"
     "\n\nMonday 3 March – Hanoi: meetings with ministers.\nTuesday 4 March – Haiphong: visit to the port.\n5–6 March – "
     "Ho Chi Minh City: opening of a conference.\nFriday 7 March – Phnom Penh: meeting with the Minister of Commerce.",
     "2025-02-27", [("Hanoi", "planned", "2025-03-03", "2025-03-03"), ("Haiphong", "planned", "2025-03-04", "2025-03-04"),
                    ("Ho Chi Minh City", "planned", "2025-03-05", "2025-03-06"),
                    ("Phnom Penh", "planned", "2025-03-07", "2025-03-07")]),
    ("a weekday's show going ahead is to come", "The Corrib Daughters played a show in Barcelona on Friday. The band say "
     "Thursday's show at Munich's Backstage Werk is \"going ahead for now\".", "2026-05-18",
     [("Barcelona", "visited", "2026-05-15", "2026-05-15"), ("Munich", "planned", "2026-05-21", "2026-05-21")]),
    ("a morning's town and an evening's town share the day, the next day is the next town's", "State Sen. Dana "
     "Whitcomb spoke in Green Bay on Thursday. On Tuesday the bus turned south, with a morning roundtable at a farm "
     "equipment dealership in Eau Claire and an evening rally on the riverfront in La Crosse. Wednesday brought a tour "
     "of a paper mill in Wausau.", "2026-10-29",
     [("Eau Claire", "visited", "2026-10-27", "2026-10-27"), ("La Crosse", "visited", "2026-10-27", "2026-10-27"),
      ("Wausau", "visited", "2026-10-28", "2026-10-28"), ("Green Bay", "visited", "2026-10-29", "2026-10-29")]),
    ("the third day of a tour that began in a town", "Leanne Carmody arrived in Barcaldine this morning, the third "
     "day of a tour of the region that began in Winton on Tuesday.", "2026-05-21",
     [("Winton", "visited", "2026-05-19", "2026-05-19"), ("Barcaldine", "visited", "2026-05-21", "2026-05-21")]),
    ("a tour that ends in a town on coming days", "BRASÍLIA, Feb 18 (Wire) - Brazilian Foreign Minister Mauro Vieira "
     "landed in Luanda on Tuesday for two days of talks, opening a four-day tour that ends in Maputo on Thursday and "
     "Friday.", "2025-02-18",
     [("Luanda", "visited", "2025-02-18", "2025-02-19"), ("Maputo", "planned", "2025-02-20", "2025-02-21")]),
    ("a one-day public schedule's clock lines at their addresses", "MEDIA ADVISORY\nPublic schedule of President "
     "Ferdinand R. Marcos Jr.\nFriday, 14 August 2026\n\n7:30 AM — Departure, Villamor Air Base, Pasay City\n10:30 AM — "
     "Distribution of assistance to farmers, Cebu City Sports Center, Cebu City\n1:30 PM — Turnover of housing units, "
     "Bogo City, Cebu\n6:30 PM — Return to Manila\n\nThe President's visit to Davao City, earlier announced for "
     "Saturday, has been moved to a later date.", "2026-08-13",
     [("Cebu City", "planned", "2026-08-14", "2026-08-14"), ("Bogo", "planned", "2026-08-14", "2026-08-14")]),
    ("a weekday with its day of the month, a quarter inside the stay, an overnight flight", f"{TITLE} arrived in "
     "Washington on the 14th and stayed until Friday, the 17th. She flew to New York on Sunday, the 19th, for two days "
     "of meetings with investors. On Tuesday she spoke at a lunch. The previous day she had been in meetings at banks "
     "in Manhattan. She took an overnight flight to London on Tuesday. On Thursday she delivered a lecture.",
     "2026-04-27", [("Washington", "visited", "2026-04-14", "2026-04-17"), ("New York City", "visited", "2026-04-19",
                    "2026-04-21"), ("London", "visited", "2026-04-22", "2026-04-23")]),
]


@pytest.mark.parametrize(("what", "text", "published", "expected"), DATES_AND_STATUS,
                         ids=[c[0] for c in DATES_AND_STATUS])
def test_dates_and_status(what, text, published, expected):
    assert trip(text, published) == expected


def test_country_level_stop_is_capital_flagged_inferred():
    it = extract_article(Article(f"{TITLE} will travel to Kenya next week.", published=date(2024, 5, 8)))
    (stop,) = it.stops
    assert stop.place.name == "Nairobi" and stop.inferred and stop.mention_level.value == "country"
    assert stop.place.level.value == "country"  # drawn at the capital; only the country is known
    assert stop.status is Status.PLANNED and stop.date_basis.value == "relative"


def test_region_lists_its_member_stops():
    text = f"{TITLE} is scheduled to travel to Asia. Events in Japan, South Korea and India will follow."
    it = extract_article(Article(text, published=date(2024, 5, 8)))
    assert [s.place.name for s in it.stops] == ["Tokyo", "Seoul", "New Delhi"]
    assert all(s.region == "Asia" and s.status is Status.PLANNED for s in it.stops)


def test_a_newsletter_loop_told_in_stops_to_come():
    """"First up: Oslo ... Then it's north to Tromsø. Last stop: Helsinki": an untensed, undated stop between
    two plans is a plan too."""
    text = ("Commission President Clara Weiss kicks off a three-country swing this weekend. First up: Oslo, where "
            "Weiss will meet the prime minister on Saturday. Then it's north to Tromsø. Last stop: Helsinki on "
            "Wednesday, where Weiss and President Stubb are set to sign a deal.")
    got = {place: (status, start) for place, status, start, _ in trip(text, "2026-12-10")}
    assert got == {"Oslo": ("planned", "2026-12-12"), "Tromsø": ("planned", None),
                   "Helsinki": ("planned", "2026-12-16")}


@pytest.mark.parametrize(("what", "text", "expected"), [
    ("a town with its 'City', then the described town of a list", "Governor Ramon Sarabia earlier visited Passi City and "
     "the upland town of Calinog on Saturday, where he met with local officials.",
     {("Passi", "2026-10-03"), ("Calinog", "2026-10-03")}),
    ("a town 10 km from another, driven to, is a stop of its own", "Governor Ramon Sarabia visited Calinog on Saturday, "
     "where he met with local officials. Sarabia then drove to Lambunao, where the river damaged houses.",
     {("Calinog", "2026-10-03"), ("Lambunao", None)}),
    ("a second name of one city is no second stop", f"{TITLE} will fly to Delhi. She is due in New Delhi on Tuesday.",
     {("New Delhi", "2026-10-06")}),
])
def test_towns_close_together(what, text, expected):
    assert {(place, start) for place, _, start, _ in trip(text, "2026-10-06")} == expected


def test_no_traveller_named_and_a_tour_wrapped_up_after_a_gerund():
    # the clause's subject is read without a surname to look for (it raised TypeError once)
    text = "The delegation held talks in Pretoria on Monday, before wrapping up the tour in Johannesburg on Tuesday."
    it = extract_article(Article(text, published=date(2026, 3, 4)))
    assert it.traveller is None
    assert {s.place.name for s in it.stops} == {"Pretoria", "Johannesburg"}


def test_traveller_detected_and_forced():
    text = f"{TITLE} arrived in Lima on Monday. Okafor met President Ana Lindqvist there. Okafor will fly home."
    it = extract_article(Article(text, published=date(2024, 5, 8)))
    assert it.traveller == "Ines Okafor" and it.traveller_title == "Foreign Minister"
    assert all(text[s:e] == "Okafor" for s, e in [(m.start, m.end) for m in it.mentions if m.kind == "person"])


def test_evidence_points_into_the_text():
    text = f"{TITLE} arrived in Berlin from Warsaw on Thursday. She will travel to Prague on Saturday."
    it = extract_article(Article(text, published=date(2024, 5, 8)))
    for s in it.stops:
        assert s.evidence
        for e in s.evidence:
            assert text[e.start : e.end] == e.text


def test_merging_articles_keeps_evidence_and_lets_reports_override_plans():
    plan = Article(f"{TITLE} will travel to Lima on Friday and then to Quito.", published=date(2024, 10, 9), id="a")
    report = Article(f"{TITLE} arrived in Lima on Friday. She visited Quito on Saturday.",
                     published=date(2024, 10, 13), id="b")
    it = extract_articles([report, plan])
    assert [s.place.name for s in it.stops] == ["Lima", "Quito"]
    lima, quito = it.stops
    assert lima.status is Status.VISITED and quito.status is Status.VISITED
    assert set(lima.sources) == {"a", "b"} and len(lima.evidence) >= 2
    assert quito.start == date(2024, 10, 12)
    assert {m.article_id for m in it.mentions} == {"a", "b"}
    texts = {"a": plan.text, "b": report.text}
    for e in lima.evidence:  # every span points into the article it came from
        assert texts[e.article_id][e.start : e.end] == e.text


def test_merging_flags_contradicting_dates():
    a = Article(f"{TITLE} arrived in Lima on Oct. 4.", published=date(2024, 10, 5), id="a")
    b = Article(f"{TITLE} arrived in Lima on Oct. 9.", published=date(2024, 10, 10), id="b")
    it = extract_articles([a, b])
    assert len(it.stops) == 1 and it.stops[0].start == date(2024, 10, 9)
    assert any("Lima" in w for w in it.warnings)


MORE_CUES = [
    ("told reporters in", f"{TITLE} told reporters in Jakarta on Monday that talks went well.", ["Jakarta"]),
    ("met his counterpart in", f"{TITLE} met her counterpart in Ankara on Monday.", ["Ankara"]),
    ("scene: In X, traveller ...", f"In Manila, {TITLE} met President Marcos on Monday.", ["Manila"]),
    ("scene without the traveller", f"{TITLE} arrived in Cairo on Monday. In Gaza, the toll rose again.",
     ["Cairo"]),
    ("is in", f"{TITLE} arrived in Oslo on Monday. Okafor is in Stockholm today.", ["Oslo", "Stockholm"]),
    ("not the traveller's 'is in'", f"{TITLE} arrived in Oslo on Monday. The real risk is in Syria, she said.",
     ["Oslo"]),
    ("bound for", f"{TITLE} boarded a plane bound for Canberra on Sunday.", ["Canberra"]),
    ("a camp near a city", f"{TITLE} will visit the Blorp Camp near Nadi on Saturday.", ["Nadi"]),
    ("touched down after a journey from", f"{TITLE} touched down in Dublin on Monday after a long journey from "
     "Tokyo.", ["Tokyo", "Dublin"]),
    ("will do something in", f"{TITLE} will receive an award from a think tank in Miami on Monday.", ["Miami"]),
    ("the Kenyan capital", f"{TITLE} arrived in the Kenyan capital on Monday.", ["Nairobi"]),
    ("an ocean beside its islands", f"{TITLE} will travel to the Pacific next week. She will begin her trip in "
     "Suva on Monday and then visit Majuro.", ["Suva", "Majuro"]),
    ("expected in A later this week, and in B", f"{TITLE} is expected in Djibouti later this week, and in Nairobi "
     "next week.", ["Djibouti", "Nairobi"]),
    ("a forum with a dotted name", f"{TITLE} will address a U.S.-Ireland business forum in Philadelphia on Monday.",
     ["Philadelphia"]),
    ("its continent named after its stops", f"{TITLE} will arrive in Tokyo on Sunday and visit Seoul on Tuesday. "
     "It is her third trip to Asia as minister.", ["Tokyo", "Seoul"]),
    ("touched down at a district's airport", f"{TITLE} touched down at Pudong airport on Monday.", ["Shanghai"]),
    ("the band opened the tour at", "The band opened the tour on Saturday with two nights at Dublin's Olympia "
     "Theatre. The tour picks up in Amsterdam on May 9.", ["Dublin", "Amsterdam"]),
    ("an honorific and a long name", "ABU DHABI (WAM) -- President His Highness Sheikh Mohamed bin Zayed Al "
     "Nahyan arrived in Paris on Monday. His Highness will then travel to Rome.", ["Paris", "Rome"]),
    ("a quarter in its city", f"{TITLE} will open a warehouse at Jebel Ali in Dubai on Sunday.", ["Dubai"]),
    ("a province and its town", f"{TITLE} will visit Puerto Princesa, in Palawan province, on Thursday. The visit to "
     "Palawan will focus on fisheries.", ["Puerto Princesa"]),
    ("fly by helicopter to", f"{TITLE} will fly by helicopter to Fatima on Saturday.", ["Fátima"]),
    ("is expected in", f"{TITLE} is expected in Nairobi later this week.", ["Nairobi"]),
    ("the Red Sea city: the city named before", f"{TITLE} held talks in Port Sudan, as fighting raged around the "
     f"city of El Fasher. {TITLE} arrived in the Red Sea city on Monday.", ["Port Sudan"]),
    ("the tour will end in", f"{TITLE} will visit Lima on Friday. The tour will end in Quito on Sunday.", ["Lima", "Quito"]),
    ("a landmark is its city", f"{TITLE} arrived in Berlin on Monday and met the chancellor at the Reichstag.",
     ["Berlin"]),
    ("a landmark alone", f"{TITLE} landed at Heathrow on Sunday.", ["London"]),
    ("the trip takes her to", f"{TITLE} begins a tour on Monday. The trip will take her to Japan and Vietnam.",
     ["Tokyo", "Hanoi"]),
    ("itinerary includes", f"{TITLE}'s itinerary includes Lima and Quito next week.", ["Lima", "Quito"]),
    ("the campaign bus was in", f"{TITLE} began her tour in Wrexham on Monday. On Tuesday the bus was in Bangor for "
     "a rally.", ["Wrexham", "Bangor"]),
    ("a list past bracketed dates", f"{TITLE} continues to Minneapolis (Mon., Oct. 12, Magers & Quinn) and Seattle "
     "(Wed., Oct. 14, Elliott Bay Book Company).", ["Minneapolis", "Seattle"]),
    ("launched the tour in", f"{TITLE} launched the tour in Boston on Monday.", ["Boston"]),
    ("a performer read at a venue in", f"{TITLE} read at Politics and Prose in Washington on Wednesday.",
     ["Washington"]),
    ("a country named like its capital", f"{TITLE} has arrived in Djibouti for talks with the president. On Friday "
     "she will travel to Obock, on the northern coast.", ["Djibouti", "Obock"]),
    ("the Arab Republic of", f"{TITLE} will make an official visit to the Arab Republic of Egypt from 3 to 4 March, "
     "and to the Hashemite Kingdom of Jordan from 5 to 6 March.", ["Cairo", "Amman"]),
    ("a team's training camp", "The squad has begun its final preparations for the 2026 World Cup at a "
     "training camp in Marbella, Spain.",
     ["Marbella"]),
    ("will reach", f"{TITLE} will reach Muscat on Saturday (October 18).", ["Muscat"]),
    ("before wrapping up the tour in", "According to a Google spokesperson, Pichai heads to Nairobi on Wednesday, "
     "where he is expected to meet President William Ruto, before wrapping up the three-country tour in Johannesburg "
     "on Friday. Google CEO Sundar Pichai was in Lagos on Monday.", ["Lagos", "Nairobi", "Johannesburg"]),
    ("in the capital, <city>", f"{TITLE} will spend the first two days in the capital, Santiago, where she will be "
     "received by the president.", ["Santiago"]),
    ("a seat of talks named after another city", f"{TITLE} arrived in New Delhi on Wednesday. She holds talks with "
     "Prime Minister Modi today at Hyderabad House.", ["New Delhi"]),
    ("brings his tour to", "Conservative Leader Pierre Poilievre brings his summer tour to Barrie on Wednesday. "
     "Poilievre opened the tour Monday in Thunder Bay.", ["Thunder Bay", "Barrie"]),
    ("a palace near the capital", f"{TITLE} held talks at Malacanang Palace on Sunday.", ["Manila"]),
    ("a university named after another town", f"{TITLE} held a town hall at Winthrop University in Rock Hill on "
     "Monday.", ["Rock Hill"]),
    ("the pair were in", "Kestrel Lithium boss Sarah Whitcombe was in Melbourne on Monday with chief financial "
     "officer Dev Patel. The pair were in Sydney on Tuesday.", ["Melbourne", "Sydney"]),
    ("a foreign ministry named by its palace", f"{TITLE} held talks at Itamaraty, Brazil's foreign ministry, on "
     "Tuesday.", ["Brasília"]),
    ("took the morning ferry to", f"{TITLE} took the morning ferry across the Gulf of Finland to Helsinki on Monday. "
     "On Tuesday she was in Stockholm.", ["Helsinki", "Stockholm"]),
    ("is also due to speak at", f"{TITLE} is also due to speak at the Rencontres Economiques in Aix-en-Provence on "
     "July 3.", ["Aix-en-Provence"]),
    ("a byline's town is no person", "By Efa Gruffudd Jones, Llanelli | Friday 1 May 2026\n\nThe tour began in "
     "Wrexham on Monday. Today's stop is Llanelli.", ["Wrexham", "Llanelli"]),
]


@pytest.mark.parametrize(("cue", "text", "expected"), MORE_CUES, ids=[c[0] for c in MORE_CUES])
def test_more_stop_cues(cue, text, expected):
    assert places(text) == expected


def test_time_between_verb_and_place():
    assert trip(f"{TITLE} arrived Tuesday in Tokyo for talks.", "2023-11-07") == [
        ("Tokyo", "visited", "2023-11-07", "2023-11-07")
    ]


def test_refuelling_stop_is_not_a_stop():
    text = f"{TITLE} arrived in Nairobi on Monday after a refuelling stop in Cairo where she did not leave the plane."
    it = extract_article(Article(text, published=date(2024, 5, 8)))
    assert [s.place.name for s in it.stops] == ["Nairobi"]
    assert [m.role for m in it.mentions if m.text == "Cairo"] == ["transit"]


def test_through_extends_the_current_stop():
    text = f"{TITLE} began talks in Lima on Monday. The talks are expected to run through Thursday."
    assert trip(text, "2024-10-08") == [("Lima", "visited", "2024-10-07", "2024-10-10")]


def test_concluded_tour_bounds_the_undated_stops_before_the_arrival():
    text = (f"{TITLE} arrived in Nairobi from Uganda on Friday, concluding her three-day swing through the "
            "region. She also visited Rwanda.")
    it = extract_article(Article(text, published=date(2024, 5, 10)))
    by_name = {s.place.name: s for s in it.stops}
    assert [s.place.name for s in it.stops][-1] == "Nairobi"
    assert by_name["Nairobi"].start == date(2024, 5, 10)
    for name in ("Kampala", "Kigali"):
        s = by_name[name]
        assert s.date_basis.value == "inferred" and date(2024, 5, 7) <= s.start < date(2024, 5, 10)


MORE_DATES = [
    ("a later place's date is not an earlier place's",
     f"{TITLE} arrived in Paris on Monday, then flew to Berlin on Tuesday.", "2024-05-08",
     [("Paris", "visited", "2024-05-06", "2024-05-06"), ("Berlin", "visited", "2024-05-07", "2024-05-07")]),
    ("a list shares its date", f"{TITLE} will visit Accra and Lomé from 3 to 5 June.", "2024-05-08",
     [("Accra", "planned", "2024-06-03", "2024-06-05"), ("Lomé", "planned", "2024-06-03", "2024-06-05")]),
    ("will meet a named person in", f"{TITLE} will meet Foreign Minister Wang Yi in Beijing on Friday.",
     "2024-05-08", [("Beijing", "planned", "2024-05-10", "2024-05-10")]),
    ("a place used as a modifier does not take the date", f"{TITLE} will attend Tuesday's African Union "
     "summit in Addis Ababa.", "2024-05-08", [("Addis Ababa", "planned", "2024-05-14", "2024-05-14")]),
    ("a date that follows another place is that place's", f"{TITLE} returned to London on Saturday after "
     "a trip that took her to Ghana.", "2024-05-12", [("Accra", "visited", None, None)]),
]


@pytest.mark.parametrize(("what", "text", "published", "expected"), MORE_DATES, ids=[c[0] for c in MORE_DATES])
def test_more_dates(what, text, published, expected):
    assert trip(text, published) == expected


def test_surname_first_names_and_reuters_datelines():
    text = ("MOSCOW, March 20 (Reuters) - Chinese President Xi Jinping arrived in Moscow on Monday. "
            "Xi will travel to Minsk on Wednesday. Xi said the talks went well.")
    it = extract_article(Article(text, published=date(2023, 3, 20)))
    assert [s.place.name for s in it.stops] == ["Moscow", "Minsk"]
    assert it.traveller == "Xi Jinping"
    assert [m.role for m in it.mentions if m.text == "MOSCOW"] == ["dateline"]


# (what, article, expected (place, country, admin1) per stop)
WHICH_PLACE = [
    ("famous namesake over a village", f"{TITLE} flew to New York on Monday and then to Boston on Tuesday.",
     [("New York City", "US", "NY"), ("Boston", "US", "MA")]),
    ("a qualifier is not a stop", "Governor Ann Lee visited Paris, Texas on Monday.", [("Paris", "US", "TX")]),
    ("state name means its big city", f"{TITLE} left for the United States on Tuesday. She will go to "
     "Washington on June 22.", [("Washington", "US", "DC")]),
]


@pytest.mark.parametrize(("what", "text", "expected"), WHICH_PLACE, ids=[c[0] for c in WHICH_PLACE])
def test_which_place_a_stop_is(what, text, expected):
    it = extract_article(Article(text, published=date(2024, 5, 8)))
    assert [(s.place.name, s.place.country, s.place.admin1) for s in it.stops] == expected


HARDER = [
    ("first stop ... is X", f"The first stop on {TITLE}'s trip is Hiroshima, where she will attend the G7 summit "
     "on Friday.", "2023-05-17", [("Hiroshima", "planned", "2023-05-19", "2023-05-19")]),
    ("cancelled final leg", f"{TITLE} will attend talks in Hiroshima on Friday. The final leg of her trip, to "
     "Papua New Guinea and Australia, was cancelled.", "2023-05-17",
     [("Hiroshima", "planned", "2023-05-19", "2023-05-19")]),
    ("is due in", f"{TITLE} is due in Ankara on Monday for talks.", "2023-05-17",
     [("Ankara", "planned", "2023-05-22", "2023-05-22")]),
    ("arriving in, opening participle", f"Arriving in Canberra on Tuesday, {TITLE} said trade was on the "
     "agenda.", "2023-05-17", [("Canberra", "visited", "2023-05-16", "2023-05-16")]),
    ("a trip that begins in X", f"{TITLE}'s 11-day trip to Asia begins in Jakarta on Sept. 3.", "2024-08-20",
     [("Jakarta", "planned", "2024-09-03", "2024-09-03")]),
    ("a partner between the day and the arrival", f"{TITLE} urged Indonesia on Tuesday to ratify its trade deal "
     "with the European Union, as she arrived in Jakarta from India.", "2024-05-08",
     [("New Delhi", "visited", None, None), ("Jakarta", "visited", "2024-05-07", "2024-05-07")]),
    ("a cancellation of another year is no cancelled stop", f"{TITLE} will visit Tokyo on Monday. A rail project "
     "financed by Japan and cancelled in 2020 is not on the agenda for the visit.", "2024-05-08",
     [("Tokyo", "planned", "2024-05-13", "2024-05-13")]),
    ("the airport's town is where the departure is", f"{TITLE} will depart from the Bandaranaike International "
     "Airport in Katunayake on Sunday night and arrive in Tokyo on Monday.", "2024-05-08",
     [("Tokyo", "planned", "2024-05-13", "2024-05-13")]),
    ("a country visit from Sunday, the capital's arrival on Monday", f"{TITLE} will pay a state visit to Japan from "
     "Sunday. On arrival in Tokyo on Monday, she will meet the Emperor.", "2024-05-08",
     [("Tokyo", "planned", "2024-05-13", "2024-05-13")]),
    ("the same evening; in X on Thursday (16), the minister", f"{TITLE} will visit Yokohama on Wednesday (15). She "
     "will travel to Osaka by train the same evening. In Osaka on Thursday (16), the minister will address a business "
     "forum.", "2024-05-08",
     [("Yokohama", "planned", "2024-05-15", "2024-05-15"), ("Osaka", "planned", "2024-05-15", "2024-05-16")]),
    ("the landing after a return told in the sentence before", "President William Ruto returned to the country on "
     "Saturday evening after a tour of the Caribbean.\n\nThe President landed at Jomo Kenyatta International Airport "
     "in Nairobi at about 7pm.\n\nRuto opened the tour on Monday in Bridgetown, Barbados.", "2024-05-12",
     [("Bridgetown", "visited", "2024-05-06", "2024-05-06")]),
    ("would be in X on Jan. 19 and 20, in Y on Jan. 21", f"In a statement on Saturday, the ministry said {TITLE} would "
     "be in Riyadh on Jan. 19 and 20, in Kuwait on Jan. 21 and in Doha on Jan. 22.", "2026-01-17",
     [("Riyadh", "planned", "2026-01-19", "2026-01-20"), ("Kuwait City", "planned", "2026-01-21", "2026-01-21"),
      ("Doha", "planned", "2026-01-22", "2026-01-22")]),
    ("a correction's earlier version is no claim", f"{TITLE} will hold talks in Bangkok on Tuesday and fly to Jakarta "
     "later in the week.\n\nCorrection: An earlier version of this story said Okafor will be in Jakarta on Wednesday. "
     "In fact, she will be in Jakarta on Thursday.", "2026-01-17",
     [("Bangkok", "planned", "2026-01-20", "2026-01-20"), ("Jakarta", "planned", "2026-01-22", "2026-01-22")]),
    ("a continent's dates hold the stops dated inside them", f"{TITLE} will fly to Munich on Friday for the security "
     "conference and hold talks in Madrid on Monday. She will be in Europe from January 23 to 28.",
     "2026-01-17", [("Munich", "planned", "2026-01-23", "2026-01-23"), ("Madrid", "planned", "2026-01-26", "2026-01-26")]),
    ("'until the end of the year' is no stay's end", f"{TITLE} will be in Addis Ababa on 16 September. The trip "
     "comes during Denmark's presidency of the Council of the EU, which runs until the end of the year.", "2025-09-10",
     [("Addis Ababa", "planned", "2025-09-16", "2025-09-16")]),
    ("a list's window around its members' own days", f"{TITLE} will next week travel to Kenya, Ethiopia and Uganda. "
     "On 16 September she will be in Addis Ababa. The last stop, on 17 September, is Uganda.", "2025-09-10",
     [("Nairobi", "planned", "2025-09-15", "2025-09-16"), ("Addis Ababa", "planned", "2025-09-16", "2025-09-16"),
      ("Kampala", "planned", "2025-09-17", "2025-09-17")]),
    ("a list's last member goes on from the days of those before it", f"{TITLE} will travel next week to Hawaii, "
     "Australia, Papua New Guinea and Indonesia. She flies to Darwin, arriving Wednesday. On Friday she travels to "
     "Port Moresby. The final stop is Jakarta.", "2026-07-17",
     [("Hawaii", "planned", "2026-07-20", "2026-07-21"), ("Darwin", "planned", "2026-07-22", "2026-07-22"),
      ("Port Moresby", "planned", "2026-07-24", "2026-07-24"), ("Jakarta", "planned", "2026-07-25", "2026-07-26")]),
    ("where the traveller acted", f"{TITLE} flew home on Friday. The week had begun on Monday in Kingston, where "
     "Okafor sat down with Jamaica's prime minister.", "2026-01-17", [("Kingston", "visited", "2026-01-12", "2026-01-12")]),
    ("a city's venue before the date", f"After Dubai, {TITLE}'s tour moves to Doha's Qatar National Convention Centre on "
     "October 30.", "2025-10-22", [("Doha", "planned", "2025-10-30", "2025-10-30")]),
    ("another's office of a country is no home", "President of the People's Republic of China Xi Jinping and the "
     "Amir Sheikh Mishal Al-Ahmad Al-Jaber Al-Sabah held talks in Beijing on Wednesday. The Amir had arrived in Beijing "
     "on Monday. He will fly on to Shanghai on Thursday.", "2027-05-26",
     [("Beijing", "visited", "2027-05-24", "2027-05-26"), ("Shanghai", "planned", "2027-05-27", "2027-05-27")]),
    ("arrived from a town of the traveller's own country", "Saudi Defense Minister Prince Khalid bin Salman held talks "
     "in Islamabad on Sunday. Prince Khalid arrived in the Pakistani capital on Saturday evening from Jeddah. On Monday "
     "he will visit Kamra.", "2027-04-11",
     [("Islamabad", "visited", "2027-04-10", "2027-04-11"), ("Kamra", "planned", "2027-04-12", "2027-04-12")]),
    ("leave X on Friday for Y: Y's day", f"{TITLE} will leave Lagos on Friday for Addis Ababa.", "2024-05-08",
     [("Addis Ababa", "planned", "2024-05-10", "2024-05-10")]),
    ("left on Monday for X, told on Wednesday: there since", f"{TITLE} left Accra on Monday for Bamako, where she held "
     "talks. On Tuesday she was in Ouagadougou.", "2024-05-08",
     [("Bamako", "visited", "2024-05-06", "2024-05-06"), ("Ouagadougou", "visited", "2024-05-07", "2024-05-07")]),
    ("home by a window that reaches past the last stop", f"{TITLE} left Edmonton in late August and arrived in "
     "Ulaanbaatar on 1 September. She will fly to Beijing on 7 September. \"I'll be in Edmonton by mid-September,\" she "
     "said.", "2025-09-03",
     [("Ulan Bator", "visited", "2025-09-01", "2025-09-01"), ("Beijing", "planned", "2025-09-07", "2025-09-07")]),
    ("drove 550 kilometres south to", f"{TITLE} drove 550 kilometres south to Dalanzadgad on Monday.", "2024-05-08",
     [("Dalandzadgad", "visited", "2024-05-06", "2024-05-06")]),
    ("the national agency's home city the traveller returns to", "(ANSA) - ROME, APR 11 - Defence Minister Guido "
     "Crosetto will be in Tokyo on Tuesday 13. \"Italy's security is at stake,\" Crosetto said last week at a conference "
     "in Rome. The minister will return to Rome on Sunday 18.", "2027-04-11",
     [("Tokyo", "planned", "2027-04-13", "2027-04-13")]),
    ("a governor named by his state before the day's place", f"{TITLE} on Thursday met Alaska Gov. Mike Dunleavy in "
     "Anchorage.", "2026-03-20", [("Anchorage", "visited", "2026-03-19", "2026-03-19")]),
    ("a tour that began in X", f"{TITLE}'s visit to Anchorage on Thursday concluded a U.S. tour that began in "
     "Washington on Monday.", "2026-03-20",
     [("Washington", "visited", "2026-03-16", "2026-03-16"), ("Anchorage", "visited", "2026-03-19", "2026-03-19")]),
    ("left X, cancelling a lunch", f"{TITLE} arrived in Canberra on Tuesday. She left Canberra early on Wednesday, "
     "cancelling a planned lunch with the Governor-General.", "2026-10-15",
     [("Canberra", "visited", "2026-10-13", "2026-10-14")]),
    ("depart from X on a day to Y", f"{TITLE} will visit Almaty on April 14. She will depart from Almaty on April 15 "
     "to Bishkek city.", "2027-04-13",
     [("Almaty", "planned", "2027-04-14", "2027-04-15"), ("Bishkek", "planned", "2027-04-15", "2027-04-15")]),
    ("'Day 3' headings count from the span named before them", f"{TITLE} visited Mexico and Panama from November 17 "
     "(Mon) to 20 (Thu).\n\nDay 1\nOkafor arrived in Mexico City in the afternoon.\n\nDay 2\nOkafor met the "
     "president.\n\nDay 3\nOkafor departed for Panama City in the afternoon.", "2025-11-23",
     [("Mexico City", "visited", "2025-11-17", "2025-11-17"), ("Panama City", "visited", "2025-11-19", "2025-11-19")]),
    ("citation marks end sentences", f"{TITLE} arrived in Warsaw on the evening of 14 September.[86] On 16 September "
     "she travelled by train to Kraków.[89] A visit to the memorial in Oświęcim did not form part of the final "
     "programme.[91]", "2026-11-03",
     [("Warsaw", "visited", "2026-09-14", "2026-09-14"), ("Kraków", "visited", "2026-09-16", "2026-09-16")]),
    ("a meeting with a group in X", f"{TITLE} opened the tour with a town hall meeting with traders in Katsina on "
     "Friday.", "2027-01-18", [("Katsina", "visited", "2027-01-15", "2027-01-15")]),
    ("talks with the country's own officials in X", f"{TITLE} arrived in Quito on Monday. On Wednesday she held talks "
     "with Peruvian officials in the capital Lima.", "2027-01-22",
     [("Quito", "visited", "2027-01-18", "2027-01-18"), ("Lima", "visited", "2027-01-20", "2027-01-20")]),
    ("a place in a peer's title is no place of the story", "BUCKINGHAM PALACE\n21st January 2026\n\nThe Duke of "
     "Edinburgh this morning travelled to Kumasi.", "2026-01-24", [("Kumasi", "visited", "2026-01-21", "2026-01-21")]),
    ("a college named twice is nobody, and a town opens its sentence without a comma", "On Wednesday Governor Dana "
     "Whitcomb headed south. In Wichita she met with nursing faculty at Seward County Community College, which has a "
     "waiting list for its program, and then drove to Dodge City, where she toured a housing site. Seward County "
     "Community College will add a clinic. Whitcomb said the state would help.", "2025-04-17",
     [("Wichita", "visited", "2025-04-16", "2025-04-16"), ("Dodge City", "visited", "2025-04-16", "2025-04-16")]),
    ("'in case you missed it' negates nothing", f"A quick recap of Wednesday, in case you missed it: {TITLE} landed "
     "in Kochi on Wednesday afternoon and addressed a rally.", "2026-03-26",
     [("Kochi", "visited", "2026-03-25", "2026-03-25")]),
    ("'This tour ... opened at a venue in' a town", "Singer Maeve Doucette is on tour. This tour, their biggest in "
     "Europe, opened at Vicar Street in Dublin last Thursday.", "2025-11-12",
     [("Dublin", "visited", "2025-11-06", "2025-11-06")]),
    ("a federal minister who flew in", "Governor Dana Whitcomb visited Salina on Monday, where she met the mayor and "
     "the federal Minister of Integration and Regional Development, who flew in from Wichita.", "2025-04-17",
     [("Salina", "visited", "2025-04-14", "2025-04-14")]),
    ("the first visit since a past year is this one", "Governor-General Ana Reyes praised the Goldfields during "
     "a two-day visit to Kalgoorlie, the first by a Governor-General since 2019. She flew on to Albany on Thursday.",
     "2026-08-14", [("Kalgoorlie", "visited", None, None), ("Albany", "visited", "2026-08-13", "2026-08-13")]),
    ("concluded in X a three-day visit: the whole visit's length", f"Lima, May 9 (EFE).- {TITLE} concluded this "
     "Thursday in the Andean city of Cusco a three-day state visit to Peru.", "2024-05-09",
     [("Cusco", "visited", "2024-05-09", "2024-05-09")]),
]


@pytest.mark.parametrize(("what", "text", "published", "expected"), HARDER, ids=[c[0] for c in HARDER])
def test_harder_phrasings(what, text, published, expected):
    assert trip(text, published) == expected


ORDER_CUES = [
    ("and flew to, after a dated stop", f"{TITLE} wrapped up her visit to Israel on Friday and flew to Jordan.",
     "2023-11-04", [("Jerusalem", "visited"), ("Amman", "visited")]),
    ("After X, heads to Y", f"{TITLE} arrived in Tokyo on Tuesday. After Tokyo, Okafor heads to Seoul.",
     "2023-11-07", [("Tokyo", "visited"), ("Seoul", "planned")]),
    ("X then drove to Y, undated, after a dated stop", f"{TITLE} visited Calinog on Saturday, where she met local "
     "officials. Okafor then drove to Lambunao, where the river damaged houses.", "2026-10-06",
     [("Calinog", "visited"), ("Lambunao", "visited")]),
    ("before flying to a dated stop", f"{TITLE} spent two days in Hanoi before flying to Manila on Friday.",
     "2023-07-31", [("Hanoi", "visited"), ("Manila", "visited")]),
    ("She later landed in Y, undated, after a dated stop", f"{TITLE} flew to Peshawar on Sunday, where she "
     "chaired a meeting. She later landed in Mingora. She will visit Charsadda on Monday.", "2024-05-08",
     [("Peshawar", "visited"), ("Mingora", "visited"), ("Charsadda", "planned")]),
    ("From X, undated, after X's own dated stay", f"{TITLE} was in Quito on Monday. From Quito she flew to Bogotá, "
     "where the talks were taken up by the binational commission.", "2024-05-08",
     [("Quito", "visited"), ("Bogotá", "visited")]),
    ("her stops include", f"{TITLE}'s stops include Cairo, Doha and Riyadh.", "2023-11-07",
     [("Cairo", "visited"), ("Doha", "visited"), ("Riyadh", "visited")]),
]


@pytest.mark.parametrize(("what", "text", "published", "expected"), ORDER_CUES, ids=[c[0] for c in ORDER_CUES])
def test_order_cues(what, text, published, expected):
    assert [(p, st) for p, st, *_ in trip(text, published)] == expected


WORLD_TRIPS = [
    ("the shrine of X", "Pope Francis arrived in Lisbon on Wednesday. On Saturday he will travel to the shrine of "
     "Fatima, before returning to Rome on Sunday.", "2023-08-02",
     [("Lisbon", "visited", "2023-08-02"), ("Fátima", "planned", "2023-08-05")]),
    ("a long event name before 'in'", "Chinese President Xi Jinping arrived in Astana on Wednesday. He will then "
     "attend a summit of the Shanghai Cooperation Organization in Samarkand, Uzbekistan, on Thursday.",
     "2022-09-14", [("Astana", "visited", "2022-09-14"), ("Samarkand", "planned", "2022-09-15")]),
    ("from X after a trip to Y", "Japan's Prime Minister Fumio Kishida made an unannounced visit to Kyiv on "
     "Tuesday, traveling by train from Poland after a trip to India.", "2023-03-21",
     [("New Delhi", "visited", None), ("Warsaw", "visited", None), ("Kyiv", "visited", "2023-03-21")]),
]


@pytest.mark.parametrize(("what", "text", "published", "expected"), WORLD_TRIPS, ids=[c[0] for c in WORLD_TRIPS])
def test_world_trips(what, text, published, expected):
    assert [(p, st, s) for p, st, s, _ in trip(text, published)] == expected


MOVES = [
    ("departing for home 'wrapping up the trip'", "President Lee Jae-myung arrived in Washington on Sunday for a "
     "four-day visit. He will travel to Savannah on Tuesday to visit a battery plant and depart for Seoul from "
     "Savannah on Wednesday, wrapping up the trip.", "2026-03-17",
     [("Washington", "visited", "2026-03-15"), ("Savannah", "planned", "2026-03-17")]),
    ("the traveller is scheduled to tour a plant in", "Governor Gavin Newsom arrives in Las Vegas on Friday. On Sunday, "
     "Newsom is scheduled to tour a battery recycling plant in Sparks before returning to Sacramento.", "2027-10-14",
     [("Las Vegas", "planned", "2027-10-15"), ("Sparks", "planned", "2027-10-17")]),
    ("a cancelled place located in a country visited", "Foreign Minister Antonio Tajani started his tour in Beirut on "
     "Monday, where he met President Joseph Aoun. A planned visit to the Italian contingent at its base in Shama, in "
     "southern Lebanon, was called off on security advice. On Tuesday he was in Jerusalem.", "2026-03-11",
     [("Beirut", "visited", "2026-03-09"), ("Jerusalem", "visited", "2026-03-10")]),
    ("same start day: the shorter stay first", "Prime Minister Hun Manet will pay an official visit to the Republic of "
     "Korea from September 14 to 16 and to Japan from September 16 to 19. Hun Manet will arrive in Seoul on "
     "September 14. On September 16, the Prime Minister will travel to Busan, before flying on to Japan in the "
     "evening.", "2026-09-08", [("Seoul", "planned", "2026-09-14"), ("Busan", "planned", "2026-09-16"),
                                ("Tokyo", "planned", "2026-09-16")]),
    ("a country in next week's list and its city that week; a forum named after a town", "WASHINGTON - Secretary of "
     "War Pete Hegseth will travel next week to Hawaii, Australia and Papua New Guinea. The trip begins Monday in "
     "Honolulu. From Hawaii, Hegseth flies to Darwin, arriving Wednesday. Hegseth used a speech at the Shangri-La "
     "Dialogue in Singapore in May to warn China. On Friday, Hegseth travels to Port Moresby.", "2026-07-17",
     [("Honolulu", "planned", "2026-07-20"), ("Darwin", "planned", "2026-07-22"), ("Port Moresby", "planned", "2026-07-24")]),
    ("In X on an abbreviated date, she", f"{TITLE} held talks in Milan on Oct. 14. In Vienna on Oct. 15, she held "
     "talks with the federal president.", "2026-10-17", [("Milan", "visited", "2026-10-14"),
                                                          ("Vienna", "visited", "2026-10-15")]),
    ("arrived from a city, where on Monday", "Speaking in the Montenegrin capital, Podgorica, on Tuesday, Foreign "
     "Secretary Yvette Cooper said the UK would fund investigations. She arrived in Montenegro from Sarajevo, where on "
     "Monday she met Bosnia-Herzegovina's leaders. On Wednesday, Ms Cooper will travel to Tirana.", "2026-10-13",
     [("Sarajevo", "visited", "2026-10-12"), ("Podgorica", "visited", "2026-10-13"), ("Tirana", "planned", "2026-10-14")]),
    ("from the Armenian capital Yerevan, where on Wednesday", "German Foreign Minister Johann Wadephul arrived in "
     "Tbilisi on Thursday morning from the Armenian capital Yerevan, where on Wednesday he held talks with the prime "
     "minister. He travels on to Baku on Friday.", "2026-06-11",
     [("Yerevan", "visited", "2026-06-10"), ("Tbilisi", "visited", "2026-06-11"), ("Baku", "planned", "2026-06-12")]),
    ("he and a colleague are due to", "Secretary of State Marco Rubio goes to Jakarta on Thursday, and then to "
     "Australia, where he and Defense Secretary Pete Hegseth are due to hold talks with their Australian counterparts "
     "in Canberra on Saturday.", "2026-03-17", [("Jakarta", "planned", "2026-03-19"), ("Canberra", "planned",
                                                                                      "2026-03-21")]),
    ("has arrived: today; a day after talks with someone met", "Iranian Foreign Minister Abbas Araghchi has arrived "
     "in Qatar's capital, Doha, in the second leg of a regional tour.\n\nAraghchi met Qatari Prime Minister Sheikh "
     "Mohammed bin Abdulrahman Al Thani on Monday, a day after holding talks in Muscat with his Omani counterpart.",
     "2026-02-23", [("Muscat", "visited", "2026-02-22"), ("Doha", "visited", "2026-02-23")]),
    ("a papal programme: departures mid-journey, home on both ends", "HOLY SEE PRESS OFFICE\nBulletin, Saturday 26 "
     "September 2026\n\nHis Holiness Pope Leo XIV will make an Apostolic Journey to Chile and Argentina.\n\n"
     "Friday 13 November 2026\nROME - SANTIAGO DE CHILE\n08:30 Departure by air from Rome/Fiumicino International "
     "Airport for Santiago de Chile\n19:15 Arrival at Arturo Merino Benitez International Airport, Santiago\n\n"
     "Saturday 14 November 2026\nSANTIAGO DE CHILE\n17:00 Holy Mass in O'Higgins Park\n\nSunday 15 November 2026\n"
     "08:00 Departure by air for Temuco\n10:30 Holy Mass, Maquehue airfield, Temuco\n16:30 Departure by air from "
     "Temuco for Buenos Aires\n\nTuesday 17 November 2026\nBUENOS AIRES\n09:30 Visit to the parish of Caacupe in "
     "Villa 21-24\n\nFriday 20 November 2026\nROME\n07:00 Arrival at Rome/Fiumicino International Airport\n",
     "2026-09-26", [("Santiago", "planned", "2026-11-13"), ("Temuco", "planned", "2026-11-15"),
                    ("Buenos Aires", "planned", "2026-11-15")]),
    ("daily itineraries newest first: returns home, a venue over its address", "Prime Minister's Itineraries\n\n"
     "Itinerary for Thursday, March 12, 2026\n\nToronto, Ontario\n\n8:30 a.m. The Prime Minister will meet with the "
     "Premier.\n\nQueen's Park\nToronto, Ontario\n\n5:00 p.m. The Prime Minister will return to Ottawa.\n\n"
     "Itinerary for Wednesday, March 11, 2026\n\nCalgary, Alberta\n\n8:00 a.m. The Prime Minister will make an "
     "announcement.\n\n3:00 p.m. The Prime Minister will return to Ottawa.\n\nItinerary for Tuesday, March 10, 2026\n\n"
     "Ottawa, Ontario\n\n10:00 a.m. The Prime Minister will chair a Cabinet meeting.\n\n7:30 p.m. The Prime Minister "
     "will travel to Saskatoon, Saskatchewan.", "2026-03-09",
     [("Saskatoon", "planned", "2026-03-10"), ("Calgary", "planned", "2026-03-11"), ("Toronto", "planned", "2026-03-12")]),
    ("day headings naming their town after a dash; a notice's closing section", "Media Advisory - Governor General "
     "to visit Nunavut\n\nOTTAWA, August 13, 2025 - Her Excellency the Right Honourable Ana Reyes will travel to "
     "Nunavut.\n\nItinerary (subject to change):\n\nMonday, August 18, 2025 - Iqaluit, Nunavut\nArrival ceremony\n\n"
     "Wednesday, August 20, 2025 - Pangnirtung, Nunavut\nVisit to the arts centre\n\nMedia information:\n\nRideau Hall "
     "Press Office\nOttawa, Ontario", "2025-08-13",
     [("Iqaluit", "planned", "2025-08-18"), ("Pangnirtung", "planned", "2025-08-20")]),
    ("a first day's route heading sets out from home; its airport written after the city", "Programme of the "
     "journey\n\nThursday, Nov. 5 — Rome / Lima\n08:00 Departure from Fiumicino\n\nFriday, Nov. 6 — Lima\nMeeting "
     "with the President\n\nMonday, Nov. 9 — Lima / Rome\nFarewell ceremony\n\nTuesday, Nov. 10\n06:15 Arrival at "
     "Rome Ciampino", "2026-10-20", [("Lima", "planned", "2026-11-05")]),
    ("a court circular: the royal named by style alone, the other royals others", "Court Circular\n\nBUCKINGHAM "
     "PALACE\n13th May, 2025\n\nThe King held an Investiture at Buckingham Palace this morning.\n\nThe Princess Royal "
     "this morning visited the Principality Stadium, Cardiff, to open the Community Rugby Centre.\n\nThe Prince of Wales "
     "this afternoon visited Belfast. His Royal Highness subsequently opened the Harbour Hub, Queen's Road, Belfast.\n\n"
     "The Princess Royal this afternoon opened the new Seafarers' Centre, Kings Dock, Swansea.\n\nThe Princess Royal, "
     "Patron, the Scottish Rugby Union, this evening attended a dinner in Dundee.", "2025-05-17",
     [("Cardiff", "visited", "2025-05-13"), ("Swansea", "visited", "2025-05-13"), ("Dundee", "visited", "2025-05-13")]),
    ("a schedule's day labels, each naming its town before a dash", "Governor Mark Kowalczyk visited a foundry in "
     "Erie today.\n\nThe tour continues this week with the following stops:\n\nTuesday: Scranton – The Governor will "
     "tour a medical device maker.\n\nWednesday: Allentown – The Governor will visit a packaging plant.\n\nFriday: "
     "Pittsburgh – The Governor will close out the tour at a robotics firm.", "2026-04-20",
     [("Erie", "visited", "2026-04-20"), ("Scranton", "planned", "2026-04-21"), ("Allentown", "planned", "2026-04-22"),
      ("Pittsburgh", "planned", "2026-04-24")]),
    ("a court circular: a venue named after a place before its town; the style's 'Her Royal Highness'; "
     "people named once, a body named after a place, a peer's style",
     "Court Circular\n\nBUCKINGHAM PALACE\n12th March 2025\n\nThe King this morning received the High "
     "Commissioner for Ghana in London.\n\nHis Majesty subsequently received Major General James Thornbury "
     "upon relinquishing his appointment as General Officer Commanding London District.\n\nThe Princess "
     "Royal, President, Riding for the Disabled Association, this morning visited the Lagan Valley Group, "
     "Ballyskeagh Road, Lisburn.\n\nHer Royal Highness, Patron, the Maritime Heritage Trust of Northern "
     "Ireland, this afternoon visited SS Nomadic, Hamilton Dock, Belfast.\n\nThe Princess Royal was "
     "represented by Vice Admiral Sir Timothy Laurence at the Service of Thanksgiving for the Life of Lady"
     " Harriet Pendleton in Wells Cathedral.\n\nThe Princess Royal this evening attended a Dinner in "
     "Dundee.\n\nCLARENCE HOUSE\n12th March\n\nThe Queen this morning visited the Community Hub, Station Hill, "
     "Chippenham, Wiltshire.\n\nHer Majesty this afternoon received the Lady Mayoress of London.", "2025-03-13",
     [("Lisburn", "visited", "2025-03-12"), ("Belfast", "visited", "2025-03-12"), ("Dundee", "visited", "2025-03-12")]),
    ("the day a tour of two countries ended", "MEXICO CITY (AP) - The head of the U.N. migration agency wrapped up a "
     "five-day tour of Guatemala and Mexico on Friday. Amy Pope, director general of the International Organization "
     "for Migration, visited the border city of Tapachula on Wednesday. Pope began the trip on Monday in Guatemala "
     "City.", "2026-11-21", [("Guatemala City", "visited", "2026-11-16"), ("Tapachula", "visited", "2026-11-18"),
                             ("Mexico City", "visited", "2026-11-20")]),
    ("a schedule table in numeric days", "India's players travelled to Tauranga on Thursday for a camp. The home Test "
     "series against England, which starts in Chennai on February 11, follows.\n\nIndia's tour of New Zealand - "
     "schedule and results:\n\n14/01 - 1st ODI - McLean Park, Napier - No result (rain)\n17/01 - 2nd ODI - Seddon "
     "Park, Hamilton - India won\n20/01 - 3rd ODI - Eden Park, Auckland - New Zealand won by 7 wickets\n24/01 - 1st "
     "T20I - Sky Stadium, Wellington\n", "2027-01-22",
     [("Napier", "visited", "2027-01-14"), ("Hamilton", "visited", "2027-01-17"), ("Auckland", "visited", "2027-01-20"),
      ("Tauranga", "visited", "2027-01-21"), ("Wellington", "planned", "2027-01-24")]),
    ("a comic's run told by its venues, and a postponed date", "Aoife Brennan has added a second Birmingham date. The "
     "run opened with two nights at Belfast's Ulster Hall last Friday and Saturday, followed by Glasgow's King's "
     "Theatre on Tuesday and the Edinburgh Playhouse on Wednesday.\n\nRemaining dates:\n\nThu 11 Mar: Newcastle, O2 "
     "City Hall\nFri 12 Mar: Leeds, Grand Theatre\nSat 13 Mar: Nottingham, Royal Concert Hall - POSTPONED\n"
     "Thu 18 Mar: Birmingham, Symphony Hall\n", "2027-03-05",
     [("Belfast", "visited", "2027-02-26"), ("Glasgow", "visited", "2027-03-02"), ("Edinburgh", "visited", "2027-03-03"),
      ("Newcastle upon Tyne", "planned", "2027-03-11"), ("Leeds", "planned", "2027-03-12"),
      ("Birmingham", "planned", "2027-03-18")]),
    ("flown back home after a tour; its final day", "Princess Anne has flown back to London after a whirlwind "
     "four-day visit to Canada. The Princess Royal began the tour on Monday in Winnipeg. On Tuesday and Wednesday she "
     "was in Regina.\n\nOn the final day of the visit she was in Ottawa, where she laid a wreath.", "2027-05-01",
     [("Winnipeg", "visited", "2027-04-26"), ("Regina", "visited", "2027-04-27"), ("Ottawa", "visited", "2027-04-29")]),
    ("a recap that leaves the last stop before telling the arrival there", "The foreign secretary, Yvette Cooper, "
     "left Port of Spain late on Wednesday after a day of talks.\n\nCooper arrived in Kingston on Sunday night. She "
     "flew to Port of Spain on Tuesday evening.", "2026-02-19",
     [("Kingston", "visited", "2026-02-15"), ("Port of Spain", "visited", "2026-02-17")]),
    ("flew overnight to", f"{TITLE} flew overnight to Riyadh on Monday.", "2024-05-08",
     [("Riyadh", "visited", "2024-05-06")]),
    ("travels on to (present for a plan)", f"{TITLE} travels on to Tallinn on Friday.", "2024-05-08",
     [("Tallinn", "planned", "2024-05-10")]),
    ("go from X to Y", f"{TITLE} will go from Paris to Rome on Monday.", "2024-05-08",
     [("Paris", "planned", None), ("Rome", "planned", "2024-05-13")]),
    ("a country's dated span gives way to its city dated inside it", f"{TITLE} will visit Kenya and Tanzania from "
     "July 8 to 12. She will be in Dar es Salaam on July 10.", "2024-07-01",
     [("Nairobi", "planned", "2024-07-08"), ("Dar es Salaam", "planned", "2024-07-10")]),
    ("returned on Saturday after a visit to X: the return's day", f"{TITLE} returned to the country on Saturday after "
     "a five-day official visit to Canada. She began her tour on Monday in Ottawa, where she met the Governor General.",
     "2026-11-08", [("Ottawa", "visited", "2026-11-02")]),
    ("days of the month told as ordinals", f"{TITLE} will visit Kenya and Tanzania from the 8th to the 12th of July. "
     "She will be in Dar es Salaam on the 10th.", "2024-07-01",
     [("Nairobi", "planned", "2024-07-08"), ("Dar es Salaam", "planned", "2024-07-10")]),
]


@pytest.mark.parametrize(("what", "text", "published", "expected"), MOVES, ids=[c[0] for c in MOVES])
def test_moves(what, text, published, expected):
    assert [(p, st, s) for p, st, s, _ in trip(text, published)] == expected
