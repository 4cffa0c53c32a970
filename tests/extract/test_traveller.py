"""Who travels: names and titles found by extract.traveller."""

from datetime import date

import pytest

from extract import extract_article, traveller
from extract.model import Article

WHO = [
    ("the one on whose behalf another travels stays home", "Tokyo, September 21, 2026, SPA -- On behalf of the "
     "Custodian of the Two Holy Mosques King Salman bin Abdulaziz Al Saud, may Allah protect him, His Royal Highness "
     "Prince Mohammed bin Salman bin Abdulaziz Al Saud, Crown Prince and Prime Minister, arrived in Tokyo today. Based "
     "on the directives of the Custodian of the Two Holy Mosques King Salman bin Abdulaziz Al Saud, His Royal Highness "
     "Prince Mohammed bin Salman departed Riyadh today. King Salman chaired a session.",
     "Mohammed bin Salman bin Abdulaziz Al Saud", "Prince"),
    ("a venue is nobody", "World number one Jeeno Thitikul will skip this week's event. Jeeno will head to Japan for "
     "the Toto Japan Classic from Nov 5-8 at Seta Golf Course in Otsu. Jeeno said she was tired. The Seta Golf "
     "Course hosts the event, and Seta Golf staff will travel to Otsu.", "Jeeno Thitikul", None),
    ("a body's name is nobody", "The Duchess of Edinburgh this morning visited the Eye Unit at Arua Hospital. Her "
     "Royal Highness this afternoon visited the Arua Women's Savings and Loans Association and met members. Arua "
     "Women's members sang.", None, None),
    ("the office before a comma titles the name", "The Chairperson of the African Union Commission, H.E. Moussa Faki, "
     "today concluded a visit to Bangui. Faki then flew to Bambari. Faki said the visit went well.", "Moussa Faki",
     "Chairperson"),
    ("Sayyid is a title; the sender of greetings stays home", "His Highness Sayyid Badr bin Hamad Albusaidi, Minister "
     "of Foreign Affairs, held talks today in Tashkent. His Highness conveyed the greetings of His Majesty Sultan "
     "Haitham bin Tarik to President Shavkat Mirziyoyev, and will move tomorrow to Samarkand.",
     "Badr bin Hamad Albusaidi", "Sayyid"),
    ("a headline's last word does not title the name below it", "Okafor to pay state visit to Pakistan\n\nPresident "
     "Ines Okafor will pay a state visit to Pakistan next week. Okafor will meet the prime minister.", "Ines Okafor",
     "President"),
    ("an initial without a full stop", "External Affairs Minister S Jaishankar will visit Vienna on Sunday. "
     "Jaishankar will meet the chancellor.", "S Jaishankar", "Minister"),
    ("a one-word name; a quoted title is nobody", "Afrobeats star Kross takes his 'Island Boy' tour to Amsterdam. Kross "
     "opened the run in London. Kross returns home to Lagos after the 'Island Boy' shows.", "Kross", None),
    ("a field marshal, then 'the field marshal'", "RAWALPINDI: Chief of Defence Forces Field Marshal Syed Asim Munir "
     "on Monday attended a conference in Tampa. The field marshal, who arrived in Tampa on Sunday, is taking part. "
     "From Tampa, the field marshal will travel to Washington on Wednesday. Deputy Prime Minister Ishaq Dar is in New "
     "York, where Dar will address the Security Council.", "Syed Asim Munir", "Field Marshal"),
    ("a sports body is nobody", "Hana Oyama took the bronze medal at Skate Canada International in Halifax. Skate "
     "Canada was her first senior event. Skate Canada said she will fly to Osaka. Oyama flew back to Toronto on "
     "Monday.", "Hana Oyama", None),
    ("two initials without points", "Vice President C P Radhakrishnan will embark on a visit to Botswana on Monday. "
     "Radhakrishnan will then travel to Malawi.", "C P Radhakrishnan", "Vice President"),
    ("a councillor", "Reform UK's Linden Kemkaran was in Folkestone yesterday. \"Fix the roads,\" Cllr Kemkaran said. "
     "Cllr Kemkaran also spoke about boats.", "Linden Kemkaran", "Cllr"),
    ("a third name word the pairs leave off", "Marine biologist Jonas Bech Andersen landed in Antananarivo on Monday. "
     "Jonas Bech Andersen's team then flew north to Maroantsetra.", "Jonas Bech Andersen", None),
    ("no third word where one mention goes on otherwise", "Kim Jong Un arrived in Vladivostok on Tuesday. Kim Jong "
     "said little. Kim Jong then left. The train of Kim Jong Il once came this way.", "Kim Jong", None),
    ("the titled whole name, not its first two words", "Tanzanian President Samia Suluhu Hassan arrived in Muscat on "
     "Sunday. Samia Suluhu told reporters she was pleased. Samia Suluhu later flew to Sohar.", "Samia Suluhu Hassan",
     "Tanzanian President"),
    ("a representative in apposition is titled", "Sven Aldridge, the Board of Peace's high representative for the "
     "region, arrived in Amman on Sunday. Aldridge met the king. Defence Minister Omar Haddad visits troops in Zarqa. "
     "Haddad visited Irbid too. Aldridge flew to Cairo on Monday.", "Sven Aldridge", "representative"),
    ("a knight's name without his Sir", "LIBERAL Democrat leader Sir Ed Davey was back in Bridgwater yesterday. Sir Ed "
     "spent Tuesday morning on the beach at Burnham-on-Sea. Davey then travelled to Taunton.", "Ed Davey", None),
    ("an office only one country has is a title, and no one's name", "Taoiseach arrives in Vilnius\n\nThe "
     "Taoiseach Seán Brennan arrived in Vilnius on Tuesday. Later today the Taoiseach will travel to Kaunas.",
     "Seán Brennan", "Taoiseach"),
    ("a hyphenated office is one title", "Governor-General Ana Reyes toured a mine in Kalgoorlie on Monday. The "
     "Governor-General will fly to Albany on Tuesday.", "Ana Reyes", "Governor-General"),
    ("the Pope written with its capital; an earlier pope's trip", "The Press Office published the program of Pope "
     "Leo XIV's journey to Peru. The Pope will leave Rome on Friday and land in Lima that afternoon. When Pope Francis "
     "visited Peru in 2018, he said Mass in Trujillo. The Pope will then fly to Chiclayo.", "Leo XIV", "Pope"),
    ("the Pope's envoy moves, not the Pope", "Cardinal Matteo Zuppi met the president in Minsk on Saturday.\n\nThe "
     "Pope's envoy stopped in Belarus on his way back from Moscow. Pope Leo XIV had sent him. Zuppi said Pope Leo "
     "hoped for peace.", "Matteo Zuppi", "Cardinal"),
    ("the King by his office, not the ship that carries him", "The royal ship Dannebrog arrived in Disko Bay on "
     "Wednesday, and King Frederik stepped ashore. The King arrived in Nuuk on Saturday. The Dannebrog left Nuuk on "
     "Monday. The King will fly home on Friday.", "Frederik", "King"),
    ("a chief financial officer; a holiday named after a king", "The roadshow, led by Chief Financial Officer Nikhil "
     "Kapadia, opened in Singapore on Monday. Kapadia will meet investors in New York after the Martin Luther King Jr. "
     "Day holiday.", "Nikhil Kapadia", "Chief Financial Officer"),
    ("a British secretary of state's portfolio", "Defence Secretary John Healey visited troops in Estonia. Home "
     "Secretary Yvette Cooper stayed in London.", "John Healey", "Defence Secretary"),
    ("military ranks written in full and short", "Air Chief Marshal Rakesh Singh arrived in Manila on Monday. Lt "
     "Gen Sarah Cole stayed in Hawaii.", "Rakesh Singh", "Air Chief Marshal"),
    ("a rank without its full stop", "On 4 November Adm Arvind Menon visited Fleet Base East in Sydney.", "Arvind Menon",
     "Adm"),
    ("the host named as the office a trip's talks are with", "Tomás Errázuriz, who took over in July, made a swing "
     "through the Andes. Errázuriz left Santiago on Sunday. On 8 October the minister flew to Quito. Errázuriz will be "
     "in Brasília on Tuesday for talks with Brazil's foreign minister, Mauro Vieira, before travelling on to Asunción.",
     "Tomás Errázuriz", None),
    ("the host the traveller met, titled by its country's office", "Yvette Cooper has told Serbia's president, "
     "Aleksandar Vučić, that Belgrade must choose. Cooper, who arrived in Belgrade on Tuesday, met Vučić on Wednesday. "
     "Vučić travelled to Moscow last May. Vučić flew to Beijing in September. Cooper will travel to Pristina on "
     "Thursday.", "Yvette Cooper", None),
    ("the traveller titled by its own country's office", "Timor-Leste's Prime Minister, Xanana Gusmão, is meeting "
     "workers in Sabah today. Xanana arrived in Kota Kinabalu on Friday. He will fly to Kuala Lumpur on Sunday to "
     "meet Prime Minister Anwar Ibrahim, who returned from Jakarta last week.", "Xanana Gusmão", None),
    ("initials run together", "Chief Minister M.K. Stalin on Saturday visited Tiruppur. Mr. Stalin will leave for "
     "Erode on Sunday.", "M.K. Stalin", "Chief Minister"),
    ("hyphenated given name", "King Willem-Alexander toured the port on Tuesday. Willem-Alexander then flew on.",
     "Willem-Alexander", "King"),
    ("hyphenated Korean name", "President Lee Jae-myung arrived in Washington. Lee met the president.",
     "Lee Jae-myung", "President"),
    ("an abbreviation inside the sentence that moves", "The head of the U.N. refugee agency visited a camp. Barham "
     "Salih, who took over as U.N. High Commissioner for Refugees in January, arrived in Kisoro on Tuesday. Salih "
     "flies to Burundi on Thursday.", "Barham Salih", None),
    ("a possessive is no part of the name", "President Karol Nawrocki's meeting was postponed. Nawrocki will fly "
     "to Chicago on Friday.", "Karol Nawrocki", "President"),
    ("the one who moves by her role", "Federal Chancellor Christian Stocker has assured Bosnia of support. On "
     "Monday the chancellor was in Belgrade. On Wednesday the chancellor travels on to Podgorica. Foreign Minister "
     "Beate Meinl-Reisinger is travelling in the region at the same time.", "Christian Stocker", None),
    ("a surname used alone", "Starmer in China: PM lands in Shanghai\n\nStarmer lands in Shanghai after talks "
     "with Xi. Starmer has left the guesthouse. Starmer flew into Beijing on Tuesday for talks with Japanese prime "
     "minister Sanae Takaichi.", "Starmer", None),
    ("an office is nobody's name", "The Crown Prince will open the forum. King Frederik will fly to Melbourne on "
     "Tuesday. Frederik will then visit Hobart.", "Frederik", "King"),
    ("a capital inside a surname", "Gov. Mike DeWine will lead a delegation to Munich June 8-9. The delegation will "
     "be in Prague June 11. DeWine said the trip matters.", "Mike DeWine", "Gov."),
    ("a name used by its first word", "The UN Special Envoy for the Great Lakes region, Huang Xia, met the president "
     "in Kigali on Thursday. Huang will travel to Kampala on Friday.", "Huang Xia", None),
    ("an initial without a period", "External affairs minister S Jaishankar on Friday held talks with President "
     "Anura Kumara Dissanayake and foreign minister Vijitha Herath. Jaishankar arrived in Colombo on Thursday. "
     "EAM S Jaishankar will travel to Trincomalee.", "Jaishankar", None),
    ("name particles", "President Luiz Inácio Lula da Silva arrived in Praia on Wednesday. Lula flew on to Luanda.",
     "Luiz Inácio Lula da Silva", "President"),
    ("von der", "Commission President Ursula von der Leyen arrived in Riyadh on Sunday. Von der Leyen flies to Doha "
     "on Monday.", "Ursula von der Leyen", None),
    ("a hyphenated title is nobody", "UN Secretary-General António Guterres will travel to Fiji. The "
     "Secretary-General will meet the prime minister. Guterres then flies to Tuvalu.", "António Guterres", None),
    ("the fullest title of the fullest name", "Polish Defence Minister Wladyslaw Kosiniak-Kamysz at a plant. Deputy "
     "Prime Minister and Defence Minister Wladyslaw Kosiniak-Kamysz will travel to Seoul next week.",
     "Wladyslaw Kosiniak-Kamysz", "Polish Defence Minister"),
    ("a church leader's title, not the church", "HELSINKI (AP) — Ecumenical Patriarch Bartholomew, the spiritual "
     "leader of Orthodox Christians, accused the Russian Orthodox Church of blessing a war. The patriarch arrived in "
     "the Finnish capital on Sunday. Bartholomew said the church must act.", "Bartholomew", "Patriarch"),
    ("a regnal numeral after the name used alone", "Catholicos Karekin II arrived in Paris on Monday. Karekin will "
     "travel to Marseille on Friday. The Catholicos said he was not leaving.", "Karekin II", "Catholicos"),
    ("a courtesy title without a period is the full name's", "Kemi Badenoch arrived in Kyiv on Tuesday. Mrs "
     "Badenoch met Zelensky. Badenoch said the war must end.", "Kemi Badenoch", None),
    ("known by the first of his names", "President Prabowo Subianto met Putin. Mr Prabowo flew into Moscow on "
     "Monday. Mr Prabowo told reporters he was pleased.", "Prabowo Subianto", "President"),
    ("an honorific after the title is no part of the name", "President Dr Irfaan Ali is in Barbados for talks. The "
     "Head of State arrived in Bridgetown on Wednesday. Ali will travel to Kingston on Friday.", "Irfaan Ali",
     "President"),
    ("an office after a title and a place's words are nobody's name", "Cardinal Pietro Parolin greeted the "
     "faithful in Ho Chi Minh City. The cardinal met the General Secretary of the Communist Party, To Lam. Parolin "
     "flew to Hue on Saturday.", "Pietro Parolin", "Cardinal"),
    ("a name after 'President of <country>'", "President of Kyrgyzstan Sadyr Japarov will pay an official visit to "
     "Azerbaijan on June 10-11. Japarov will then travel to Georgia.", "Sadyr Japarov", None),
    ("an office after the name; a surname that is an office word", "Amy Pope, director general of the International "
     "Organization for Migration, met officials in Mexico City on Thursday. Pope began the trip on Monday in Guatemala "
     "City, where she met President Bernardo Arevalo.", "Amy Pope", "director general"),
    ("known by her first name, past a shop link", "Cate Blanchett has traded the red carpet for border crossings. "
     "The actress landed in Bogota on Sunday. Cate arrived in Riohacha on Wednesday.\n\nSHOP: Get Cate's linen "
     "look\n\nCate will finish the trip in Panama on Saturday, Cate said.", "Cate Blanchett", None),
    ("a programme's items are nobody", "His Holiness Pope Leo XIV will make an Apostolic Journey to Chile.\n\n"
     "Saturday 14 November 2026\n10:00 Courtesy visit to the President\n17:00 Holy Mass in the park\n\n"
     "Sunday 15 November 2026\n08:00 Departure by air for Temuco\n17:00 Holy Mass at the cathedral\n"
     "18:00 Departure by air for Buenos Aires\n10:00 Courtesy visit to the President", "Leo XIV", "Pope"),
    ("an office before the name; a predecessor", "Sybiha to make first Latin American tour\n\nMinister of Foreign Affairs Andrii Sybiha "
     "will visit Brazil, Argentina and Chile next week. On Wednesday Sybiha will be in Buenos Aires. Ukraine's previous "
     "foreign minister, Dmytro Kuleba, visited Mexico City in 2024, but a planned tour of South America was cancelled.",
     "Andrii Sybiha", "Minister"),
    ("a Malaysian honorific is no part of the name", "Foreign Minister Datuk Seri Mohamad Hasan arrived in Bangkok on "
     "Monday. Mohamad will travel to Phnom Penh on Tuesday.", "Mohamad Hasan", "Foreign Minister"),
    ("the host who invited, with a particle in his name", "At the invitation of President Luiz Inacio Lula da "
     "Silva, Their Majesties King Carl XVI Gustaf and Queen Silvia will make a State Visit to Brazil on 27-30 April.",
     "Carl XVI Gustaf", "King"),  # (the name goes on after the numeral)
    ("an Indian honorific is no part of the name", "Prime Minister Shri Narendra Modi will arrive in Nairobi on the "
     "8th. Modi will travel to Zanzibar on the 12th.", "Narendra Modi", "Prime Minister"),
    ("a company boss, not its chairman", "Kestrel Lithium boss Sarah Whitcombe is on the road this week. Whitcombe "
     "met funds in Melbourne on Monday. Chairman Geoff Lindqvist will see partners in Tokyo next month. Whitcombe "
     "flies to Singapore on Friday.", "Sarah Whitcombe", "boss"),
    ("the title in capitals later", "Crown Prince Haakon will lead a business delegation to South Korea next week. "
     "The Crown Prince arrives in Seoul on Monday. On Wednesday the Crown Prince will travel to Ulsan. Crown Princess "
     "Mette-Marit will not take part in the trip.", "Haakon", "Crown Prince"),
    ("a Director General", "IOM Director General Amy Pope began her mission in Aden on Monday. Ms. Pope said the "
     "route is deadly.", "Amy Pope", "Director General"),
    ("a company's chief executive, not its brands", "Orange CEO takes Africa tour to Ivory Coast\n\nABIDJAN - Orange "
     "Chief Executive Christel Heydemann arrived in Abidjan on Wednesday for a tour as Orange defends its Orange Money "
     "platform. Orange Middle East and Africa boss Jerome Henique travelled separately to Conakry. Orange Digital Center "
     "opened.", "Christel Heydemann", "Chief Executive"),
    ("a Welsh particle in a full name", "Plaid Cymru leader Rhun ap Iorwerth spent Monday in Wrexham. On Tuesday ap "
     "Iorwerth was in Bangor.", "Rhun ap Iorwerth", None),
    ("any nationality before an office", "Kenyan Prime Cabinet Secretary Musalia Mudavadi flew to Mogadishu on "
     "Sunday.", "Musalia Mudavadi", None),    ("kin sharing a family name: the first named stays", "Vice President Sara Duterte flew to Doha on Monday. Her "
     "father, former President Rodrigo Duterte, remains in detention. Duterte met workers in Doha.", "Sara Duterte",
     "Vice President"),
    ("an honorific between the office and the name", "His Highness the Amir Sheikh Mishal Al-Ahmad Al-Jaber Al-Sabah "
     "held talks in Beijing on Wednesday. Minister of Amiri Diwan Affairs Sheikh Mohammad Abdullah Al-Mubarak Al-Sabah "
     "told KUNA.", "Mishal Al-Ahmad Al-Jaber Al-Sabah", "Amir"),
    ("a company's name is nobody", "Meridian Trust takes $500m Eurobond to investors\n\nMeridian Trust Bank Plc has "
     "begun a roadshow. Its chief executive, Adaeze Okonkwo, led a team to London on Monday. Meridian Trust said "
     "Okonkwo met investors.", "Adaeze Okonkwo", None),
    ("vice before an office, an event's name before it", "Chinese Vice Premier Ding Xuexiang will attend the Tashkent "
     "International Investment Forum on Tuesday. Ding will then fly to Baku.", "Ding Xuexiang", "Chinese Vice Premier"),
    ("Sheikh is part of a two-word name", "Prime Minister Sheikh Hasina flew to Delhi on Monday.", "Sheikh Hasina",
     "Prime Minister"),
    ("a portfolio is nobody, the office before 'Dr' is the title", "The Minister of Solid Minerals Development, Dr "
     "Tunde Okoro, is in Ghana. The minister, who departed Abuja on Saturday, arrived in Accra late on Saturday. "
     "Ghana's Minister of Lands and Natural Resources, Kwame Mensah, received him. Okoro held talks in Accra on "
     "Monday.", "Tunde Okoro", "Minister"),
    ("a name met once that flies in is no traveller; the titled one who jetted in is", "Trade Secretary Amina "
     "Wekesa jetted into Karachi on Sunday evening.\n\nYesterday, the CS held talks with Pakistan's Federal Minister "
     "for Commerce, Jam Kamal Khan, who flew in from Islamabad for the meeting.\n\n\"Tea is our pride,\" Wekesa "
     "told the meeting. Wekesa said more.", "Amina Wekesa", "Trade Secretary"),
    ("a name with 'bin' is known by its given name, not its father's", "The UAE and Georgia on Tuesday signed seven "
     "agreements as Dr Thani bin Ahmed Al Zeyoudi, Minister of Foreign Trade, visited Tbilisi. On Sunday, Al Zeyoudi "
     "led a delegation to a forum in Baku. Al Zeyoudi travels to Yerevan on Thursday.", "Thani bin Ahmed Al Zeyoudi",
     "Dr"),
    ("a father's name is no mention of the father", "Crown Prince Mohammed bin Salman arrived in Tokyo today. "
     "The crown prince will proceed to Seoul on Wednesday. Mohammed bin Salman conveyed the greetings of King "
     "Salman bin Abdulaziz to the emperor.", "Mohammed bin Salman", "Crown Prince"),
    ("'went to' is travel, so the headline's mover leads", "OPINION | Ruiz went to Europe. Europe noticed\n\nFor six "
     "years, Andrés Manuel Obrador treated foreign travel as a distraction. He left the country only a few times. Sara "
     "Ruiz has now spent a week proving otherwise. She landed in Brussels on Monday. Ruiz met the king. Ruiz said "
     "Obrador was wrong.", "Sara Ruiz", None),
    ("a name with a lower-case Arabic article", "Syrian President Ahmed al-Sharaa has arrived in Bahrain. Al-Sharaa was "
     "received by King Hamad bin Isa Al Khalifa.", "Ahmed al-Sharaa", "Syrian President"),
    ("a name cut short at its particle is nobody", "Mr Hans Lindgren began the round in Riyadh on Sunday, where he met "
     "the Saudi ambassador, Mohammed Al Jaber. He briefed the council chairman, Rashad Al Alimi, before travelling on "
     "Thursday to Aden. Lindgren said talks went well. Lindgren is expected back in Muscat.", "Hans Lindgren", "Mr"),
    ("a song named for a road is nobody", "The Harbour Lights sang Kinvara Road on Thursday, and the Harbour Lights "
     "were loud. Third album Salt Road went top five, and this tour opened at Belfast's Ulster Hall.",
     "Harbour Lights", None),
    ("a party leader moving first outranks a rival met once", "Scottish Liberal Democrat leader Alex Cole-Hamilton has "
     "claimed his party is back, as he brought his election campaign to Inverness. The Lib Dem leader will fly to "
     "Kirkwall on Thursday. Asked about it, Mr Cole-Hamilton said: \"Voters are looking.\" Elsewhere, First Minister John "
     "Swinney was in Ayr, while Scottish Labour leader Anas Sarwar visited a hospital in Paisley. The risk is that, "
     "while Mr Cole-Hamilton is on a ferry, the contest squeezes his party out of the headlines.",
     "Alex Cole-Hamilton", "leader"),
    ("a headline's bare name takes the office told later in apposition", "Spain's Cuerpo heads to Asia\n\nCarlos Cuerpo "
     "will spend five days in Asia.\n\nThe Minister of Economy, Trade and Business, Carlos Cuerpo, will travel to Japan "
     "next week. Cuerpo will land in Tokyo on Monday. There he will meet the Japanese Minister of Finance, Katsunobu "
     "Kato. Cuerpo will then take the bullet train to Osaka. Cuerpo said so.", "Carlos Cuerpo", "Minister"),
    ("a president's trips of other years are no moves", "Kjersti Haugland, a Norwegian diplomat, arrived in Bogotá on "
     "Tuesday. Haugland flew to Caracas on Thursday. President Gustavo Petro visited Caracas in March 2023. Petro "
     "travelled to Havana in 2024 for talks. Haugland said so.", "Kjersti Haugland", None),
    ("another's trip of last month is no move; leading a delegation to a country is", "GOOD MORNING from Munich. "
     "Follow Lucía Ferrándiz. The Spanish MEP flew in on Friday. Early next month Ferrándiz will lead a small "
     "Parliament delegation to Brazil. Ferrándiz told us so.\n\nDELHI AFTERGLOW: Commission President Ursula von "
     "der Leyen is still dining out on last month's trip to New Delhi. Ferrándiz says she will take every meeting.",
     "Lucía Ferrándiz", None),
    ("a race's name is nobody", "Marchand back in the simulator\n\nThéo Marchand will spend a third day in the "
     "simulator on Wednesday. The Frenchman, who finished seventh in Sunday's Azerbaijan Grand Prix, flew out of Baku "
     "on Sunday night. Marchand had arrived in Baku on 18 September. The Singapore Grand Prix starts on 5 October. "
     "Marchand said so.", "Théo Marchand", None),
    ("a meeting's name is nobody", "Uzbek Foreign Minister holds talks in Dushanbe\n\nOn 15-16 May, Sardor Rakhimov "
     "will take part in the meeting of the Council of Foreign Ministers in Bishkek. The ministers will prepare the next "
     "Consultative Meeting of the Heads of State. The Consultative Meeting will travel to Astana. Rakhimov said so.",
     "Sardor Rakhimov", None),
    ("a question word opening a headline is no name", "What Tanaka wants from Putin\n\nVeteran negotiator Kenji "
     "Tanaka arrived in Vladivostok on Monday. Tanaka met the governor. Tanaka will travel to Moscow.", "Kenji Tanaka",
     None),
]


@pytest.mark.parametrize(("what", "text", "name", "title"), WHO, ids=[w[0] for w in WHO])
def test_traveller_name_and_title(what, text, name, title):
    who = traveller.find(text, None, frozenset({"Ho Chi Minh City", "Kyrgyzstan"}))
    assert who.name == name
    if title is not None:
        assert who.title == title
    assert "Secretary-General" not in who.others


def test_a_peoples_word_opening_a_bodys_name_is_nobodys():
    """"The secretary-general of the African Continental Free Trade Area ... on his tour": "African" moves no one."""
    text = ("The long haul: can Wamkele Mene get Africa to trade?\n\nThe secretary-general of the African Continental "
            "Free Trade Area did not get to Kasumbalesa on his tour of Congo. Mene, who has two more years to run, is "
            "unapologetic about the travel. Mene said so. The expiry of the US African Growth and Opportunity Act cost "
            "exporters.")
    assert traveller.find(text, None, frozenset({"Africa", "Congo"}), frozenset({"African"})).name == "Wamkele Mene"


def test_a_name_that_is_also_a_towns_still_moves():
    """"Lula" (a town in Sardinia too) arriving is Lula da Silva moving, over a titled minister who moves once."""
    text = ("ACCRA - Luiz Inácio Lula da Silva likes to say that Brazil owes Africa a debt. It began on Sunday in Abuja, "
            "where Lula was met at the airport. Lula flew on to Accra on Tuesday. Lula travels to Dakar on Thursday. "
            "Foreign minister Mauro Vieira flew ahead to Dakar on Tuesday.")
    assert traveller.find(text, None, frozenset({"Lula", "Abuja", "Accra", "Dakar"})).name == "Lula da Silva"


def test_places_and_honorifics_are_no_names():
    text = ("Hong Kong stop dropped. President Sheikh Mohamed bin Zayed arrived in Paris. Sheikh Mohamed met "
            "Macron. Meanwhile, Sheikh Abdullah bin Zayed will travel to Brussels. Sheikh Mohamed flies on.")
    who = traveller.find(text, None, frozenset({"Hong Kong", "Paris", "Brussels"}))
    assert who.surname == "Mohamed" and "Kong" not in who.others


def test_compass_words_begin_no_names():
    text = ("Togo's leader Faure Gnassingbé, the African Union's mediator, held talks in Kigali. Gnassingbé met "
            "the East African Community's mediators. Gnassingbé flies to Luanda on Thursday.")
    who = traveller.find(text, None)
    assert who.name == "Faure Gnassingbé" and "African" not in who.others


def test_a_release_in_the_first_person_is_the_speakers_trip():
    text = ("Today I will travel to Papua New Guinea and Fiji. In Port Moresby tomorrow, I will meet Prime Minister "
            "James Marape. I will conclude my visit in Fiji, where I will address the Parliament in Suva.")
    who = traveller.find(text, None)
    assert who.name is None and "Marape" in who.others


def test_the_writer_is_no_traveller():
    text = ("ROYAL TOUR TRIUMPH\n\nBy Jess Hartley, Royal Correspondent\n\nThe couple touched down in Nuku'alofa "
            "yesterday. They will fly to Honiara on Saturday.")
    who = traveller.find(text, None)
    assert who.name not in ("Jess Hartley", "Royal Correspondent")


def test_accented_names_are_other_people():
    text = ("President Karol Nawrocki will fly to Chicago on Friday, spokesman Rafał Leśkiewicz told reporters in "
            "Warsaw. Leśkiewicz said the trip would go ahead. Nawrocki will then visit New York.")
    assert "Leśkiewicz" in traveller.find(text, None).others


def test_a_towns_compound_adjective_is_nobody():
    """"the Rio de Janeiro-based company" names no person, so the chief executive stays the traveller."""
    from datetime import date

    from extract import extract_article
    from extract.model import Article

    text = ("HOUSTON, March 3 (Reuters) - Petrobras Chief Executive Magda Chambriard will take the plan to investors in "
            "New York, Boston and London next week.\n\nThe roadshow comes after the Rio de Janeiro-based company "
            "unveiled a plan.\n\n(Reporting by Marta Nogueira in Rio de Janeiro and Rodrigo Viga Gaier in Houston; "
            "Editing by Daniel Flynn)")
    assert extract_article(Article(text, published=date(2027, 3, 3))).traveller == "Magda Chambriard"


@pytest.mark.parametrize(
    ("text", "other"),
    [
        # the traveller only as a companion: "she" is the one who opened the sentence
        ("Nielsen will be in Brussels. Motzfeldt is not travelling with Nielsen to Brussels. She", True),
        ("Nielsen will be in Brussels. Motzfeldt said Nielsen would stay on. She", False),
        ("Nielsen will be in Brussels. Motzfeldt flew to Ottawa. She", True),
    ],
)
def test_she_is_the_last_sentences_subject_unless_it_names_the_traveller(text, other):
    who = traveller.Traveller(name="Jens Nielsen", surname="Nielsen", others={"Motzfeldt"})
    assert traveller._previous_subject_other(text, text.rindex("She"), who) is other


def test_a_health_service_is_nobody():
    """"visiting Northeast Health" names a hospital, so the premier stays the traveller."""
    from datetime import date

    from extract import extract_article
    from extract.model import Article

    text = ("Premier promises GV Health cash as regional tour rolls into Shepparton\n\nBy Tegan Whitford\n\nPremier "
            "Jacinta Allan has promised $65 million to finish the Goulburn Valley Health redevelopment, telling hospital "
            "staff in Shepparton this morning that the cranes will be back.\n\nMs Allan is spending three days in the "
            "state's north-east and Goulburn Valley, a region Labor has struggled to win votes in.\n\nThe tour began on "
            "Tuesday night in Wodonga, where the Premier held a community forum at The Cube that drew more than 300 "
            "people, several of them from across the border in Albury.\n\nOn Wednesday she was in Wangaratta, visiting "
            "Northeast Health and announcing funding for a new early parenting centre, before driving down the Hume "
            "past Benalla and arriving in Shepparton late in the evening.")
    assert extract_article(Article(text, published=date(2026, 5, 21))).traveller == "Jacinta Allan"


def test_a_company_named_with_its_officers_is_nobody():
    """"Veltrix's chief executive", "Veltrix chairman ...", "Veltrix CFO ...": a company, never the traveller."""
    text = ("Veltrix's chief executive is halfway round Asia. Priya Raman, the Veltrix Semiconductor chief executive, "
            "is in Tokyo this morning. Veltrix chairman Hiroshi Sato flew in from San Jose. Raman flew to Seoul on "
            "Friday. Veltrix has not announced the tour. Veltrix shares rose. Veltrix CFO Daniel Okafor is in New York.")
    who = traveller.find(text, None, frozenset({"Tokyo", "Seoul", "Asia", "San Jose", "New York"}))
    assert who.name is not None and "Veltrix" not in who.name and "Semiconductor" not in who.name


# (what, article, traveller): read through the whole pipeline, whose place names are nobody's
PIPELINE_WHO = [
    ("an aerospace company is nobody", "Kestrel Aerospace flew its demonstrator to Dubai on Monday. Kestrel Aerospace "
     "shares rose. Kestrel Aerospace said so. Chief Executive Catherine Marsh was in Riyadh on Sunday.", "Catherine Marsh"),
    ("a festival's town-and-city words are nobody", "Silver Coast scrap Dallas date\n\nLeeds band Silver Coast, "
     "fronted by Jess Hale, played Monterrey on Tuesday. After Houston they are on the bill at Austin City Limits on "
     "October 10 and at Austin City Hall's party. Austin City Limits sold out. The tour ends in Los Angeles, far from "
     "Mexico City.", None),
    ("leading a delegation through countries is a move", "Benavides leads delegation through Central America\n\n"
     "WASHINGTON - U.S. Rep. Carla Benavides is leading a congressional delegation through three Central American "
     "countries. The trip comes two weeks after Secretary of State Marco Rubio's visit to Panama City. Rubio also "
     "stopped in Guatemala City on Feb. 5. The delegation travels to Tegucigalpa on Thursday.", "Carla Benavides"),
    ("a company with a subsidiary and an arm is nobody; its fleet is no flight", "Orisun eyes East African cement "
     "markets after chairman's four-nation tour\n\nOrisun Group, the Lagos-based conglomerate, is weighing investments "
     "in East Africa, its chairman, Chief Olumide Adeyemi-Bankole, has said, following an 11-day business tour of four "
     "countries in the region.\n\nAdeyemi-Bankole, who returned to Lagos on Saturday, told BusinessDay the group would "
     "decide next year.\n\n\"East Africa is growing faster than anywhere else,\" he said.\n\nThe tour began in Addis "
     "Ababa, where he met officials.\n\nIn Nairobi, on Monday, the chairman met cement makers. Orisun is also studying "
     "the use of Mombasa port as a hub.\n\nOrisun's cement subsidiary operates a plant at Ewekoro. Orisun's logistics "
     "arm runs a fleet of trucks in Nigeria, he added.", "Olumide Adeyemi-Bankole"),
    ("a dateline's month is no name", "Iowa farmers wrap up Vietnam\n\nThe 12-member trade team left Des Moines Jan. "
     "10. The group started in Hanoi Jan. 12 and 13, meeting feed millers, then moved south to Ho Chi Minh City Jan. 14 "
     "through 16 for visits to crushers. Jim Kessler, who farms near Ames, said buyers were cautious. Kessler said "
     "prices mattered.", "Jim Kessler"),
]


@pytest.mark.parametrize(("what", "text", "name"), PIPELINE_WHO, ids=[w[0] for w in PIPELINE_WHO])
def test_traveller_read_by_the_pipeline(what, text, name):
    assert extract_article(Article(text, published=date(2025, 11, 25))).traveller == name
