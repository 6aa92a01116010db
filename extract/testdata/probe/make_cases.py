#!/usr/bin/env python3
"""Writes cases.jsonl. All snippets are written for this probe.

Participant / location names may give alternatives with "|" ("Lula|Luiz Inacio
Lula da Silva"): any one of them matching the entity's name or an alias counts.
An expect/forbid entry may carry "start" (YYYY-MM-DD, YYYY-MM or YYYY), which
must equal the event's start. A forbid entry with "participants": [] forbids
any event of that type.
"""
import json
import os

CASES = []


def ev(t, parts, loc=None, status=None, start=None):
    e = {"type": t, "participants": parts}
    if loc:
        e["location"] = loc
    if status:
        e["status"] = status
    if start:
        e["start"] = start
    return e


def M(*a, **k):
    return ev("MEETING", *a, **k)


def V(*a, **k):
    return ev("VISIT", *a, **k)


def A(*a, **k):
    return ev("AGREEMENT", *a, **k)


def NONE(*types, parts=None):
    return [ev(t, parts or []) for t in (types or ("MEETING", "VISIT", "AGREEMENT"))]


def add(kind, text, expect=(), forbid=(), published=None):
    n = sum(1 for c in CASES if c["kind"] == kind) + 1
    CASES.append({"id": f"{kind}-{n:02d}", "kind": kind, "text": text,
                  "published": published, "expect": list(expect), "forbid": list(forbid)})


# ---------------------------------------------------------------- meet-verb
K = "meet-verb"
add(K, "BRASILIA, May 14, 2025 (Reuters) - Brazilian Finance Minister Fernando Haddad met Argentine Economy Minister Luis Caputo in Brasilia on Wednesday to discuss trade barriers.",
    [M(["Fernando Haddad", "Luis Caputo"], loc="Brasilia", status="HAPPENED")])
add(K, "Kenyan President William Ruto met with Ethiopian Prime Minister Abiy Ahmed on Saturday, his office said in a statement.",
    [M(["William Ruto", "Abiy Ahmed"], status="HAPPENED")], published="2024-09-08")
add(K, "Dutch Foreign Minister Caspar Veldkamp sat down with his Polish counterpart Radoslaw Sikorski in Warsaw on Monday, a ministry spokeswoman said.",
    [M(["Caspar Veldkamp", "Radoslaw Sikorski"], loc="Warsaw", status="HAPPENED")], published="2025-03-04")
add(K, "Indonesian Defence Minister Sjafrie Sjamsoeddin conferred with Australian Defence Minister Richard Marles in Canberra on Thursday about joint naval exercises.",
    [M(["Sjafrie Sjamsoeddin", "Richard Marles"], loc="Canberra")], published="2025-02-28")
add(K, "Chilean President Gabriel Boric held talks with Spanish Prime Minister Pedro Sanchez in Madrid on Friday, with lithium investment at the top of the agenda.",
    [M(["Gabriel Boric", "Pedro Sanchez"], loc="Madrid", status="HAPPENED")], published="2024-10-19")
add(K, "Nigeria's central bank governor Olayemi Cardoso met Ghanaian Finance Minister Cassiel Ato Forson in Abuja last week, according to a central bank statement.",
    [M(["Olayemi Cardoso", "Cassiel Ato Forson"], loc="Abuja")], published="2025-07-21")
add(K, "Irish Taoiseach Micheal Martin will meet Canadian Prime Minister Mark Carney in Ottawa next Tuesday, officials in Dublin said.",
    [M(["Micheal Martin", "Mark Carney"], loc="Ottawa", status="PLANNED")], published="2025-06-12")
add(K, "Vietnamese Prime Minister Pham Minh Chinh met Singapore's Prime Minister Lawrence Wong on the sidelines of the ASEAN summit in Vientiane.",
    [M(["Pham Minh Chinh", "Lawrence Wong"])], published="2024-10-10")
add(K, "Mexican Economy Minister Marcelo Ebrard has met with U.S. Commerce Secretary Howard Lutnick twice this month, he told reporters on Monday.",
    [M(["Marcelo Ebrard", "Howard Lutnick"], status="HAPPENED")], published="2025-03-24")
add(K, "On Tuesday, Swedish Prime Minister Ulf Kristersson sat down with NATO Secretary General Mark Rutte at the alliance's headquarters in Brussels.",
    [M(["Ulf Kristersson", "Mark Rutte"], status="HAPPENED")], published="2025-01-15")
add(K, "Egyptian Foreign Minister Badr Abdelatty held talks with Qatari Prime Minister Mohammed bin Abdulrahman Al Thani in Cairo on Sunday on the Gaza ceasefire.",
    [M(["Badr Abdelatty", "Mohammed bin Abdulrahman Al Thani|Mohammed bin Abdulrahman|Al Thani"], loc="Cairo")], published="2025-01-13")
add(K, "Pakistani Prime Minister Shehbaz Sharif met Saudi Crown Prince Mohammed bin Salman in Riyadh on Tuesday, state media reported.",
    [M(["Shehbaz Sharif", "Mohammed bin Salman"], loc="Riyadh", status="HAPPENED")], published="2025-03-20")
add(K, "South African President Cyril Ramaphosa met with Zimbabwean President Emmerson Mnangagwa at State House in Harare on Thursday.",
    [M(["Cyril Ramaphosa", "Emmerson Mnangagwa"], status="HAPPENED")], published="2024-11-22")

# ---------------------------------------------------------------- meet-nominal
K = "meet-nominal"
add(K, "Talks between Japanese Foreign Minister Takeshi Iwaya and Chinese Foreign Minister Wang Yi in Beijing on Wednesday ended without a joint statement.",
    [M(["Takeshi Iwaya", "Wang Yi"], loc="Beijing", status="HAPPENED")], published="2024-12-26")
add(K, "A meeting between German Chancellor Friedrich Merz and French President Emmanuel Macron is scheduled for Friday in Paris, the Elysee said.",
    [M(["Friedrich Merz", "Emmanuel Macron"], loc="Paris", status="PLANNED")], published="2025-05-05")
add(K, "The summit between Indian Prime Minister Narendra Modi and Russian President Vladimir Putin in New Delhi on Thursday produced a string of energy deals.",
    [M(["Narendra Modi", "Vladimir Putin"], loc="New Delhi", status="HAPPENED")], published="2025-12-05")
add(K, "French President Emmanuel Macron's meeting with Italian Prime Minister Giorgia Meloni in Rome on Monday lasted more than two hours, aides said.",
    [M(["Emmanuel Macron", "Giorgia Meloni"], loc="Rome", status="HAPPENED")], published="2025-06-04")
add(K, "Polish President Karol Nawrocki pledged further military aid after talks with Ukrainian President Volodymyr Zelenskiy in Kyiv on Tuesday.",
    [M(["Karol Nawrocki", "Volodymyr Zelenskiy"], loc="Kyiv", status="HAPPENED")], published="2025-09-10")
add(K, "A meeting of Norwegian Prime Minister Jonas Gahr Store and Danish Prime Minister Mette Frederiksen in Oslo focused on Arctic security.",
    [M(["Jonas Gahr Store", "Mette Frederiksen"], loc="Oslo")], published="2025-02-11")
add(K, "Thursday's talks between Colombian President Gustavo Petro and Venezuelan President Nicolas Maduro in Caracas touched on border security and migration.",
    [M(["Gustavo Petro", "Nicolas Maduro"], loc="Caracas", status="HAPPENED")], published="2024-04-12")
add(K, "A bilateral meeting between Philippine President Ferdinand Marcos and Japanese Prime Minister Shigeru Ishiba took place in Manila on Saturday.",
    [M(["Ferdinand Marcos", "Shigeru Ishiba"], loc="Manila", status="HAPPENED")], published="2025-04-30")
add(K, "Kazakh President Kassym-Jomart Tokayev's meeting with Uzbek President Shavkat Mirziyoyev in Tashkent on Friday yielded a water-sharing roadmap.",
    [M(["Kassym-Jomart Tokayev", "Shavkat Mirziyoyev"], loc="Tashkent")], published="2024-08-25")
add(K, "The two-day summit between European Council President Antonio Costa and Chinese Premier Li Qiang opened in Brussels on Monday.",
    [M(["Antonio Costa", "Li Qiang"], loc="Brussels")], published="2025-07-22")
add(K, "Saudi Foreign Minister Prince Faisal bin Farhan described his talks with Iranian Foreign Minister Abbas Araqchi in Tehran as frank and constructive.",
    [M(["Faisal bin Farhan|Prince Faisal bin Farhan", "Abbas Araqchi"])], published="2024-11-13")
add(K, "Fresh talks between Serbian President Aleksandar Vucic and Kosovo Prime Minister Albin Kurti are planned for next month in Brussels, an EU official said.",
    [M(["Aleksandar Vucic", "Albin Kurti"], status="PLANNED")], published="2024-05-16")
add(K, "Following his meeting with Canadian Foreign Minister Anita Anand, Indian External Affairs Minister Subrahmanyam Jaishankar said ties were back on track.",
    [M(["Anita Anand", "Subrahmanyam Jaishankar"], status="HAPPENED")], published="2025-10-14")

# ---------------------------------------------------------------- meet-hosts
K = "meet-hosts"
add(K, "Thai Prime Minister Paetongtarn Shinawatra hosted Malaysian Prime Minister Anwar Ibrahim in Bangkok on Monday.",
    [M(["Paetongtarn Shinawatra", "Anwar Ibrahim"], loc="Bangkok", status="HAPPENED")], published="2024-12-17")
add(K, "King Charles received Nigerian President Bola Tinubu at Buckingham Palace on Tuesday, the palace said.",
    [M(["Charles|King Charles", "Bola Tinubu"], loc="Buckingham Palace", status="HAPPENED")], published="2025-05-07")
add(K, "Portuguese President Marcelo Rebelo de Sousa welcomed Cape Verdean President Jose Maria Neves to Lisbon on Wednesday at the start of a three-day state visit.",
    [M(["Marcelo Rebelo de Sousa", "Jose Maria Neves"])], published="2024-06-20")
add(K, "Pope Leo received Ukrainian President Volodymyr Zelenskiy at his summer residence of Castel Gandolfo on Wednesday.",
    [M(["Leo|Pope Leo", "Volodymyr Zelenskiy"], status="HAPPENED")], published="2025-07-10")
add(K, "Emirati President Sheikh Mohamed bin Zayed played host to Indonesian President Prabowo Subianto in Abu Dhabi this week.",
    [M(["Mohamed bin Zayed|Sheikh Mohamed bin Zayed", "Prabowo Subianto"], loc="Abu Dhabi")], published="2025-04-11")
add(K, "Austrian Chancellor Christian Stocker will host Slovak Prime Minister Robert Fico in Vienna on Thursday, his office said.",
    [M(["Christian Stocker", "Robert Fico"], loc="Vienna", status="PLANNED")], published="2025-04-14")
add(K, "Kenya's President William Ruto welcomed Somali President Hassan Sheikh Mohamud at State House in Nairobi on Friday.",
    [M(["William Ruto", "Hassan Sheikh Mohamud"], status="HAPPENED")], published="2024-03-16")
add(K, "Norway's King Harald received Finnish President Alexander Stubb at the Royal Palace in Oslo on Tuesday.",
    [M(["Harald|King Harald", "Alexander Stubb"], status="HAPPENED")], published="2025-03-26")
add(K, "Chinese President Xi Jinping hosted Spain's King Felipe at the Great Hall of the People in Beijing on Thursday.",
    [M(["Xi Jinping", "Felipe|King Felipe"], status="HAPPENED")], published="2025-11-13")
add(K, "Hungarian Prime Minister Viktor Orban received Georgian Prime Minister Irakli Kobakhidze in Budapest on Monday, his press chief said.",
    [M(["Viktor Orban", "Irakli Kobakhidze"], loc="Budapest", status="HAPPENED")], published="2025-02-04")
add(K, "Argentine President Javier Milei hosted Israeli Prime Minister Benjamin Netanyahu at the Casa Rosada in Buenos Aires.",
    [M(["Javier Milei", "Benjamin Netanyahu"])], published="2025-10-02")
add(K, "The White House said U.S. President Joe Biden would welcome Kenyan President William Ruto for a state visit on May 23.",
    [M(["Joe Biden", "William Ruto"], status="PLANNED", start="2024-05-23")], published="2024-04-10")

# ---------------------------------------------------------------- meet-coord
K = "meet-coord"
add(K, "Greek Prime Minister Kyriakos Mitsotakis and Turkish President Tayyip Erdogan met in Ankara on Wednesday for the first time in a year.",
    [M(["Kyriakos Mitsotakis", "Tayyip Erdogan"], loc="Ankara", status="HAPPENED")], published="2024-05-14")
add(K, "Estonian Foreign Minister Margus Tsahkna, Latvian Foreign Minister Baiba Braze and Lithuanian Foreign Minister Kestutis Budrys met in Riga on Monday to coordinate sanctions.",
    [M(["Margus Tsahkna", "Baiba Braze"], loc="Riga"), M(["Baiba Braze", "Kestutis Budrys"], loc="Riga"),
     M(["Margus Tsahkna", "Kestutis Budrys"], loc="Riga")], published="2025-05-27")
add(K, "French President Emmanuel Macron met German Chancellor Friedrich Merz and British Prime Minister Keir Starmer in Kyiv on Saturday.",
    [M(["Emmanuel Macron", "Friedrich Merz"], loc="Kyiv"), M(["Emmanuel Macron", "Keir Starmer"], loc="Kyiv")], published="2025-05-11")
add(K, "Brazilian President Luiz Inacio Lula da Silva, South African President Cyril Ramaphosa and Indian Prime Minister Narendra Modi met on the sidelines of the G20 summit in Johannesburg on Sunday.",
    [M(["Cyril Ramaphosa", "Narendra Modi"]), M(["Luiz Inacio Lula da Silva|Lula", "Cyril Ramaphosa"])], published="2025-11-24")
add(K, "Danish Prime Minister Mette Frederiksen and Greenland's Premier Jens-Frederik Nielsen met in Copenhagen on Tuesday.",
    [M(["Mette Frederiksen", "Jens-Frederik Nielsen"], loc="Copenhagen", status="HAPPENED")], published="2025-04-23")
add(K, "Chinese Premier Li Qiang met Japanese Prime Minister Shigeru Ishiba and South Korean President Lee Jae-myung in Seoul.",
    [M(["Li Qiang", "Shigeru Ishiba"]), M(["Li Qiang", "Lee Jae-myung"])], published="2025-06-30")
add(K, "U.S. Secretary of State Marco Rubio and Chinese Foreign Minister Wang Yi met on Friday in Kuala Lumpur, the State Department said.",
    [M(["Marco Rubio", "Wang Yi"], loc="Kuala Lumpur", status="HAPPENED")], published="2025-07-12")
add(K, "Spanish Prime Minister Pedro Sanchez, Portuguese Prime Minister Luis Montenegro and Moroccan Prime Minister Aziz Akhannouch will meet in Rabat next month to discuss the 2030 World Cup.",
    [M(["Pedro Sanchez", "Luis Montenegro"], status="PLANNED"), M(["Pedro Sanchez", "Aziz Akhannouch"], status="PLANNED")], published="2025-09-03")
add(K, "Ecuadorean President Daniel Noboa met Peruvian President Dina Boluarte and Colombian President Gustavo Petro at a border summit on Friday.",
    [M(["Daniel Noboa", "Dina Boluarte"]), M(["Daniel Noboa", "Gustavo Petro"])], published="2024-07-06")
add(K, "Senators Amy Klobuchar and Lisa Murkowski met with Canadian Ambassador Kirsten Hillman on Capitol Hill on Thursday.",
    [M(["Amy Klobuchar", "Kirsten Hillman"]), M(["Lisa Murkowski", "Kirsten Hillman"])], published="2025-03-01")
add(K, "Taiwan's President Lai Ching-te and Paraguayan President Santiago Pena met in Taipei on Wednesday.",
    [M(["Lai Ching-te", "Santiago Pena"], loc="Taipei", status="HAPPENED")], published="2024-10-17")
add(K, "The three leaders, Ghana's John Mahama, Ivory Coast's Alassane Ouattara and Togo's Faure Gnassingbe, met in Accra on Saturday.",
    [M(["John Mahama", "Alassane Ouattara"], loc="Accra"), M(["John Mahama", "Faure Gnassingbe"], loc="Accra")], published="2025-03-10")

# ---------------------------------------------------------------- meet-passive-relative
K = "meet-passive-relative"
add(K, "Lebanese President Joseph Aoun was received by French President Emmanuel Macron at the Elysee Palace on Friday.",
    [M(["Joseph Aoun", "Emmanuel Macron"], status="HAPPENED")], published="2025-03-29")
add(K, "Belarusian opposition leader Sviatlana Tsikhanouskaya, who met Lithuanian President Gitanas Nauseda in Vilnius on Monday, called for tougher sanctions on Minsk.",
    [M(["Sviatlana Tsikhanouskaya", "Gitanas Nauseda"], loc="Vilnius", status="HAPPENED")], published="2024-02-14")
add(K, "After meeting Japanese Prime Minister Shigeru Ishiba in Tokyo, Australian Prime Minister Anthony Albanese said the partnership had never been stronger.",
    [M(["Shigeru Ishiba", "Anthony Albanese"], loc="Tokyo", status="HAPPENED")], published="2025-02-06")
add(K, "Having met Chinese President Xi Jinping earlier in the day, Vietnamese leader To Lam travelled on to Laos.",
    [M(["Xi Jinping", "To Lam"])], published="2024-08-20")
add(K, "Indian Foreign Secretary Vikram Misri, who held talks with Bangladeshi interim leader Muhammad Yunus in Dhaka on Monday, said relations remained stable.",
    [M(["Vikram Misri", "Muhammad Yunus"], loc="Dhaka", status="HAPPENED")], published="2024-12-10")
add(K, "Czech President Petr Pavel was welcomed by South Korean President Yoon Suk Yeol at the presidential office in Seoul.",
    [M(["Petr Pavel", "Yoon Suk Yeol"])], published="2024-09-21")
add(K, "Ahead of meeting Egyptian President Abdel Fattah al-Sisi in Cairo on Sunday, Jordan's King Abdullah spoke briefly with reporters.",
    [M(["Abdel Fattah al-Sisi", "Abdullah|King Abdullah"])], published="2025-02-14")
add(K, "Malaysian Prime Minister Anwar Ibrahim, whom Chinese President Xi Jinping met in Kuala Lumpur last week, praised Beijing's investment in the country.",
    [M(["Anwar Ibrahim", "Xi Jinping"], status="HAPPENED")], published="2025-04-22")
add(K, "Qatar's emir, Sheikh Tamim bin Hamad Al Thani, was hosted by British Prime Minister Keir Starmer at Downing Street on Tuesday.",
    [M(["Tamim bin Hamad Al Thani|Sheikh Tamim bin Hamad Al Thani|Sheikh Tamim", "Keir Starmer"], status="HAPPENED")], published="2024-12-05")
add(K, "Following a meeting with Mexican President Claudia Sheinbaum, Guatemalan President Bernardo Arevalo announced a joint migration plan.",
    [M(["Claudia Sheinbaum", "Bernardo Arevalo"], status="HAPPENED")], published="2024-10-28")
add(K, "Romanian President Nicusor Dan, who was received by Moldovan President Maia Sandu in Chisinau on Thursday, pledged support for the country's EU bid.",
    [M(["Nicusor Dan", "Maia Sandu"], loc="Chisinau", status="HAPPENED")], published="2025-06-14")
add(K, "Met at the airport by Uruguayan President Yamandu Orsi, Bolivian President Luis Arce began a two-day visit to Montevideo on Monday.",
    [M(["Yamandu Orsi", "Luis Arce"]), V(["Luis Arce"], loc="Montevideo")], published="2025-05-20")

# ---------------------------------------------------------------- share-gapping
K = "share-gapping"
add(K, "Finnish President Alexander Stubb will meet Estonian President Alar Karis on Monday and Latvian President Edgars Rinkevics on Tuesday.",
    [M(["Alexander Stubb", "Alar Karis"], status="PLANNED", start="2025-06-09"),
     M(["Alexander Stubb", "Edgars Rinkevics"], status="PLANNED", start="2025-06-10")], published="2025-06-04")
add(K, "Turkish Foreign Minister Hakan Fidan met Syrian President Ahmed al-Sharaa in Damascus and Iraqi Prime Minister Mohammed Shia al-Sudani in Baghdad.",
    [M(["Hakan Fidan", "Ahmed al-Sharaa"], loc="Damascus"), M(["Hakan Fidan", "Mohammed Shia al-Sudani"], loc="Baghdad")], published="2025-01-28")
add(K, "Australian Foreign Minister Penny Wong met Fijian Prime Minister Sitiveni Rabuka in Suva on Monday and Tongan Prime Minister Aisake Eke in Nuku'alofa on Wednesday.",
    [M(["Penny Wong", "Sitiveni Rabuka"], loc="Suva"), M(["Penny Wong", "Aisake Eke"])], published="2025-05-23")
add(K, "U.S. envoy Steve Witkoff is due to meet Israeli Prime Minister Benjamin Netanyahu on Thursday and Egyptian intelligence chief Hassan Rashad on Friday.",
    [M(["Steve Witkoff", "Benjamin Netanyahu"], status="PLANNED", start="2025-10-09"),
     M(["Steve Witkoff", "Hassan Rashad"], status="PLANNED", start="2025-10-10")], published="2025-10-06")
add(K, "Canadian Prime Minister Mark Carney held talks with British Prime Minister Keir Starmer in London on Sunday and with French President Emmanuel Macron in Paris on Monday.",
    [M(["Mark Carney", "Keir Starmer"], loc="London"), M(["Mark Carney", "Emmanuel Macron"], loc="Paris")], published="2025-03-19")
add(K, "South Korean Foreign Minister Cho Hyun met Japanese Foreign Minister Takeshi Iwaya in the morning and Chinese Foreign Minister Wang Yi in the afternoon.",
    [M(["Cho Hyun", "Takeshi Iwaya"]), M(["Cho Hyun", "Wang Yi"])], published="2025-07-11")
add(K, "German Foreign Minister Johann Wadephul met Israeli Prime Minister Benjamin Netanyahu in Jerusalem on Friday, before meeting Palestinian President Mahmoud Abbas in Ramallah on Saturday.",
    [M(["Johann Wadephul", "Benjamin Netanyahu"], loc="Jerusalem"), M(["Johann Wadephul", "Mahmoud Abbas"], loc="Ramallah")], published="2025-12-08")
add(K, "Indian Prime Minister Narendra Modi visited Ghana on Wednesday and Trinidad and Tobago on Thursday.",
    [V(["Narendra Modi"], loc="Ghana"), V(["Narendra Modi"], loc="Trinidad and Tobago|Trinidad")], published="2025-07-05")
add(K, "EU Agriculture Commissioner Christophe Hansen is set to meet Spanish Agriculture Minister Luis Planas in Madrid on June 3 and Italian Agriculture Minister Francesco Lollobrigida in Rome on June 5.",
    [M(["Christophe Hansen", "Luis Planas"], loc="Madrid", status="PLANNED", start="2025-06-03"),
     M(["Christophe Hansen", "Francesco Lollobrigida"], loc="Rome", status="PLANNED", start="2025-06-05")], published="2025-05-28")
add(K, "Saudi Crown Prince Mohammed bin Salman received Syrian President Ahmed al-Sharaa on Monday and Lebanese Prime Minister Nawaf Salam on Tuesday.",
    [M(["Mohammed bin Salman", "Ahmed al-Sharaa"]), M(["Mohammed bin Salman", "Nawaf Salam"])], published="2025-03-06")
add(K, "Nigerian President Bola Tinubu will travel to Brazil on Saturday and to Saint Lucia next week, his spokesman said.",
    [V(["Bola Tinubu"], loc="Brazil", status="PLANNED"), V(["Bola Tinubu"], loc="Saint Lucia", status="PLANNED")], published="2025-06-26")
add(K, "Swiss President Karin Keller-Sutter met Chinese Vice Premier He Lifeng in Geneva on Saturday, and U.S. Treasury Secretary Scott Bessent a day later.",
    [M(["Karin Keller-Sutter", "He Lifeng"], loc="Geneva"), M(["Karin Keller-Sutter", "Scott Bessent"])], published="2025-05-12")

# ---------------------------------------------------------------- titles-coref
K = "titles-coref"
add(K, "Kenyan President William Ruto arrived in Beijing on Wednesday for a five-day trip. On Thursday the president met Chinese Premier Li Qiang.",
    [M(["William Ruto", "Li Qiang"], status="HAPPENED"), V(["William Ruto"], loc="Beijing")], published="2025-04-25")
add(K, "Norwegian Foreign Minister Espen Barth Eide is touring the Middle East this week. In Amman on Tuesday, the minister met Jordanian Foreign Minister Ayman Safadi.",
    [M(["Espen Barth Eide", "Ayman Safadi"], loc="Amman")], published="2024-11-28")
add(K, "Dutch Prime Minister Dick Schoof faces a tough week at home. Schoof met Belgian Prime Minister Bart De Wever in The Hague on Monday.",
    [M(["Dick Schoof", "Bart De Wever"], loc="The Hague|Hague", status="HAPPENED")], published="2025-03-12")
add(K, "Irish President Catherine Connolly began her first foreign trip on Sunday. She met Pope Leo at the Vatican on Monday.",
    [M(["Catherine Connolly", "Leo|Pope Leo"], status="HAPPENED")], published="2025-12-03")
add(K, "British businessman Richard Branson has long campaigned for drug policy reform. Mr Branson met Colombian President Gustavo Petro in Bogota last month.",
    [M(["Richard Branson", "Gustavo Petro"], loc="Bogota")], published="2024-06-02")
add(K, "Moldovan President Maia Sandu addressed the European Parliament on Wednesday. Later, Ms Sandu held talks with European Commission President Ursula von der Leyen.",
    [M(["Maia Sandu", "Ursula von der Leyen"], status="HAPPENED")], published="2025-07-03")
add(K, "Japanese Foreign Minister Toshimitsu Motegi took office on Tuesday. The foreign minister met U.S. Ambassador George Glass in Tokyo a day later.",
    [M(["Toshimitsu Motegi", "George Glass"], loc="Tokyo")], published="2025-10-24")
add(K, "German Chancellor Friedrich Merz flew to Washington on Wednesday night. The chancellor met U.S. President Donald Trump at the White House on Thursday.",
    [M(["Friedrich Merz", "Donald Trump"], status="HAPPENED"), V(["Friedrich Merz"], loc="Washington")], published="2025-06-06")
add(K, "Italian Prime Minister Giorgia Meloni's coalition won a regional vote on Sunday. Meloni then sat down with Libyan Prime Minister Abdul Hamid Dbeibah in Rome.",
    [M(["Giorgia Meloni", "Abdul Hamid Dbeibah"], loc="Rome")], published="2025-09-30")
add(K, "Argentine Economy Minister Luis Caputo is in Washington this week. He met IMF Managing Director Kristalina Georgieva on Monday.",
    [M(["Luis Caputo", "Kristalina Georgieva"], status="HAPPENED")], published="2025-04-23")
add(K, "Ghanaian President John Mahama flew to Tokyo for an African development conference. The Ghanaian leader met Japanese Prime Minister Shigeru Ishiba on Thursday.",
    [M(["John Mahama", "Shigeru Ishiba"], status="HAPPENED")], published="2025-08-23")
add(K, "South Korean President Lee Jae-myung opened a trade fair in Seoul on Monday. Mr Lee then held talks with Vietnamese President Luong Cuong at the presidential office.",
    [M(["Lee Jae-myung", "Luong Cuong"], status="HAPPENED")], published="2025-08-12")

# ---------------------------------------------------------------- orgs-countries
K = "orgs-countries"
add(K, "Japan and the Philippines signed a reciprocal access agreement in Manila on Monday.",
    [A(["Japan", "Philippines|the Philippines"], status="HAPPENED")], published="2024-07-09")
add(K, "Washington and Beijing agreed on Sunday to extend their tariff truce for another 90 days.",
    [A(["Washington|United States|U.S.|US", "Beijing|China"], status="HAPPENED")], published="2025-08-11")
add(K, "Toyota Motor Corp and Panasonic have agreed to jointly develop solid-state batteries, the companies said on Tuesday.",
    [A(["Toyota Motor Corp|Toyota|Toyota Motor", "Panasonic"])], published="2025-02-19")
add(K, "Officials from the International Monetary Fund met Pakistani Finance Minister Muhammad Aurangzeb in Islamabad on Wednesday.",
    [M(["International Monetary Fund|IMF", "Muhammad Aurangzeb"], loc="Islamabad")], published="2025-03-06")
add(K, "Delegations from India and Pakistan held talks in Geneva on Thursday on sharing the waters of the Indus.",
    [M(["India", "Pakistan"], loc="Geneva")], published="2024-05-18")
add(K, "The European Union and Mercosur reached a trade deal in Montevideo on Friday after 25 years of negotiations.",
    [A(["European Union|EU", "Mercosur"], status="HAPPENED")], published="2024-12-07")
add(K, "Nvidia Chief Executive Jensen Huang met Taiwanese President Lai Ching-te in Taipei on Monday.",
    [M(["Jensen Huang", "Lai Ching-te"], loc="Taipei", status="HAPPENED")], published="2025-05-20")
add(K, "Saudi Aramco signed a memorandum of understanding with PetroChina on Wednesday to expand refining cooperation.",
    [A(["Saudi Aramco|Aramco", "PetroChina"], status="HAPPENED")], published="2025-01-17")
add(K, "The World Health Organization and the Bill & Melinda Gates Foundation agreed on Tuesday on a $1 billion plan to end polio.",
    [A(["World Health Organization|WHO", "Bill & Melinda Gates Foundation|Gates Foundation"])], published="2024-10-16")
add(K, "Tokyo and Seoul held talks on Friday about the long-running export-control dispute.",
    [M(["Tokyo|Japan", "Seoul|South Korea"])], published="2023-03-12")
add(K, "Microsoft executives met European Commission antitrust officials in Brussels on Thursday.",
    [M(["Microsoft", "European Commission"], loc="Brussels")], published="2024-06-29")
add(K, "France and Morocco signed 22 agreements worth about 10 billion euros during the visit.",
    [A(["France", "Morocco"], status="HAPPENED")], published="2024-10-30")
add(K, "Volkswagen and the IG Metall union struck a deal on Friday to avoid plant closures in Germany.",
    [A(["Volkswagen|VW", "IG Metall"], status="HAPPENED")], published="2024-12-21")

# ---------------------------------------------------------------- visit-basic
K = "visit-basic"
add(K, "Brazilian President Luiz Inacio Lula da Silva visited Vietnam on Friday.",
    [V(["Luiz Inacio Lula da Silva|Lula"], loc="Vietnam", status="HAPPENED")], published="2025-03-29")
add(K, "Czech Prime Minister Andrej Babis travelled to Brussels on Thursday for his first EU summit since returning to office.",
    [V(["Andrej Babis"], loc="Brussels", status="HAPPENED")], published="2025-12-19")
add(K, "Polish President Andrzej Duda flew to Washington on Tuesday.",
    [V(["Andrzej Duda"], loc="Washington", status="HAPPENED")], published="2024-03-13")
add(K, "Indian Prime Minister Narendra Modi arrived in Buenos Aires on Friday on a two-day visit.",
    [V(["Narendra Modi"], loc="Buenos Aires", status="HAPPENED")], published="2025-07-05")
add(K, "Pope Leo toured the port of Beirut on Tuesday, where a massive blast killed more than 200 people in 2020.",
    [V(["Leo|Pope Leo"], loc="Beirut", status="HAPPENED")], published="2025-12-03")
add(K, "A visit to Jakarta by Singaporean Prime Minister Lawrence Wong is expected next month, officials said.",
    [V(["Lawrence Wong"], loc="Jakarta", status="PLANNED")], published="2024-08-01")
add(K, "Belgian King Philippe's trip to the Democratic Republic of Congo was his first since 2022.",
    [V(["Philippe|King Philippe"], loc="Democratic Republic of Congo|Congo|DRC")], published="2025-06-15")
add(K, "Spanish Prime Minister Pedro Sanchez will visit China from Friday, his office said.",
    [V(["Pedro Sanchez"], loc="China", status="PLANNED")], published="2025-04-07")
add(K, "Japanese Prime Minister Shigeru Ishiba made a surprise visit to Kyiv on Tuesday.",
    [V(["Shigeru Ishiba"], loc="Kyiv", status="HAPPENED")], published="2025-01-15")
add(K, "Ukrainian President Volodymyr Zelenskiy travelled to Ankara on Wednesday for talks with Turkish officials.",
    [V(["Volodymyr Zelenskiy"], loc="Ankara", status="HAPPENED")], published="2025-05-16")
add(K, "French President Emmanuel Macron is on a state visit to Indonesia, where he toured the Borobudur temple on Thursday.",
    [V(["Emmanuel Macron"], loc="Indonesia")], published="2025-05-30")
add(K, "U.S. Defense Secretary Pete Hegseth visited the Subic Bay naval base in the Philippines on Saturday.",
    [V(["Pete Hegseth"])], published="2025-03-30")
add(K, "South African President Cyril Ramaphosa paid a state visit to Japan last week.",
    [V(["Cyril Ramaphosa"], loc="Japan", status="HAPPENED")], published="2025-08-28")

# ---------------------------------------------------------------- visit-implied-companions
K = "visit-implied-companions"
add(K, "Australian Prime Minister Anthony Albanese was in Beijing on Tuesday, the second day of a six-day trip to China.",
    [V(["Anthony Albanese"], loc="Beijing|China")], published="2025-07-16")
add(K, "Iranian President Masoud Pezeshkian is expected in Moscow next week, the Kremlin said.",
    [V(["Masoud Pezeshkian"], loc="Moscow", status="PLANNED")], published="2025-01-09")
add(K, "Kenyan President William Ruto spent two days in Tokyo, meeting business leaders and investors.",
    [V(["William Ruto"], loc="Tokyo")], published="2024-02-09")
add(K, "British Foreign Secretary David Lammy, accompanied by Energy Secretary Ed Miliband, arrived in Brasilia on Monday.",
    [V(["David Lammy"], loc="Brasilia"), V(["Ed Miliband"], loc="Brasilia")], published="2024-10-16")
add(K, "Mongolian President Ukhnaagiin Khurelsukh led a delegation of 40 business executives to Seoul on Wednesday.",
    [V(["Ukhnaagiin Khurelsukh|Khurelsukh"], loc="Seoul")], published="2024-03-22")
add(K, "Italian Foreign Minister Antonio Tajani, with a delegation of Italian defence firms, flew to Riyadh on Sunday.",
    [V(["Antonio Tajani"], loc="Riyadh", status="HAPPENED")], published="2025-01-28")
add(K, "Senator Lindsey Graham and Senator Richard Blumenthal were in Kyiv on Friday, where they met Ukrainian President Volodymyr Zelenskiy.",
    [V(["Lindsey Graham"], loc="Kyiv"), V(["Richard Blumenthal"], loc="Kyiv"),
     M(["Lindsey Graham", "Volodymyr Zelenskiy"]), M(["Richard Blumenthal", "Volodymyr Zelenskiy"])], published="2025-05-31")
add(K, "Chinese Foreign Minister Wang Yi, joined by Commerce Minister Wang Wentao, arrived in Islamabad on Thursday.",
    [V(["Wang Yi"], loc="Islamabad"), V(["Wang Wentao"], loc="Islamabad")], published="2025-08-22")
add(K, "Saudi Crown Prince Mohammed bin Salman will be in Washington on November 18, travelling with a large delegation of ministers.",
    [V(["Mohammed bin Salman"], loc="Washington", status="PLANNED", start="2025-11-18")], published="2025-11-05")
add(K, "Prince William spent three days in Rio de Janeiro last week for the Earthshot Prize ceremony.",
    [V(["Prince William|William"], loc="Rio de Janeiro|Rio")], published="2025-11-10")
add(K, "German President Frank-Walter Steinmeier and his wife Elke Buedenbender arrived in Nairobi on Monday for a state visit.",
    [V(["Frank-Walter Steinmeier"], loc="Nairobi"), V(["Elke Buedenbender"], loc="Nairobi")], published="2023-10-31")
add(K, "Hungarian Prime Minister Viktor Orban is in Beijing this week, accompanied by Foreign Minister Peter Szijjarto.",
    [V(["Viktor Orban"], loc="Beijing"), V(["Peter Szijjarto"], loc="Beijing")], published="2024-07-08")

# ---------------------------------------------------------------- agree-basic
K = "agree-basic"
add(K, "Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev signed a peace declaration at the White House on Friday.",
    [A(["Nikol Pashinyan", "Ilham Aliyev"], status="HAPPENED")], published="2025-08-09")
add(K, "Britain and India signed a free trade agreement in London on Thursday.",
    [A(["Britain|United Kingdom|UK", "India"], status="HAPPENED")], published="2025-07-25")
add(K, "Thailand and Cambodia agreed on Monday to an immediate ceasefire after five days of border clashes.",
    [A(["Thailand", "Cambodia"], status="HAPPENED")], published="2025-07-29")
add(K, "Ford and Chinese battery maker CATL reached a licensing deal for a plant in Michigan.",
    [A(["Ford", "CATL"])], published="2023-02-14")
add(K, "Indonesia struck a pact with the European Union on Tuesday to scrap most tariffs.",
    [A(["Indonesia", "European Union|EU"], status="HAPPENED")], published="2025-09-24")
add(K, "Rwanda and the Democratic Republic of Congo signed a memorandum of understanding on regional economic integration in Washington.",
    [A(["Rwanda", "Democratic Republic of Congo|Congo|DRC"])], published="2025-08-02")
add(K, "Airbus signed a letter of intent with Vietnam Airlines for 20 A330neo jets.",
    [A(["Airbus", "Vietnam Airlines"])], published="2023-12-12")
add(K, "The treaty between Norway and Iceland on fishing rights was signed in Reykjavik on Monday.",
    [A(["Norway", "Iceland"], loc="Reykjavik", status="HAPPENED")], published="2024-09-25")
add(K, "German Chancellor Friedrich Merz and Indian Prime Minister Narendra Modi signed a defence cooperation accord in New Delhi.",
    [A(["Friedrich Merz", "Narendra Modi"], status="HAPPENED")], published="2026-01-13")
add(K, "Egyptian President Abdel Fattah al-Sisi and Greek Prime Minister Kyriakos Mitsotakis agreed to deepen energy links during talks in Cairo.",
    [A(["Abdel Fattah al-Sisi", "Kyriakos Mitsotakis"]), M(["Abdel Fattah al-Sisi", "Kyriakos Mitsotakis"], loc="Cairo")], published="2024-05-02")
add(K, "Chile's state copper miner Codelco and lithium producer SQM sealed a partnership on Wednesday.",
    [A(["Codelco", "SQM"])], published="2024-01-04")
add(K, "Ukraine and the United States signed a minerals agreement on Wednesday, the U.S. Treasury said.",
    [A(["Ukraine", "United States|U.S.|US"], status="HAPPENED")], published="2025-05-01")
add(K, "Kazakhstan's Samruk-Kazyna and France's TotalEnergies inked an agreement to build a 1 GW wind farm.",
    [A(["Samruk-Kazyna", "TotalEnergies"])], published="2024-11-21")

# ---------------------------------------------------------------- agree-status
K = "agree-status"
add(K, "Mexico and Canada will sign a new trade cooperation agreement in Mexico City next week, officials said.",
    [A(["Mexico", "Canada"], status="PLANNED")], published="2025-09-11")
add(K, "Serbia and Kosovo failed to agree on how to implement their normalisation deal after talks in Brussels on Monday.",
    [], [A(["Serbia", "Kosovo"], status="HAPPENED")], published="2023-06-27")
add(K, "Talks between Ethiopia and Egypt over the Nile dam collapsed on Tuesday without an agreement.",
    [], [A(["Ethiopia", "Egypt"], status="HAPPENED")], published="2023-12-20")
add(K, "Peru and Chile were due to sign a border accord on Thursday, but the ceremony was postponed at the last minute.",
    [A(["Peru", "Chile"])], [A(["Peru", "Chile"], status="HAPPENED")], published="2024-09-14")
add(K, "The signing of a trade pact between Indonesia and Canada is planned for December in Ottawa.",
    [A(["Indonesia", "Canada"], status="PLANNED")], published="2024-10-03")
add(K, "Boeing and Malaysia Airlines are expected to sign an order for 30 jets at the Farnborough Airshow.",
    [A(["Boeing", "Malaysia Airlines"], status="PLANNED")], published="2024-07-18")
add(K, "South Korea and the United States signed a tariff deal on Wednesday after months of wrangling.",
    [A(["South Korea", "United States|U.S.|US"], status="HAPPENED")], published="2025-10-30")
add(K, "Negotiators for Sudan's army and the Rapid Support Forces failed to reach a ceasefire deal in Jeddah.",
    [], [A(["Rapid Support Forces|RSF"], status="HAPPENED")], published="2023-06-22")
add(K, "Russian President Vladimir Putin and Chinese President Xi Jinping are set to sign a gas pipeline deal when they meet in Beijing next month.",
    [A(["Vladimir Putin", "Xi Jinping"], status="PLANNED"), M(["Vladimir Putin", "Xi Jinping"], status="PLANNED")], published="2025-08-04")
add(K, "A planned signing of a fisheries agreement between the European Union and Morocco was cancelled on Friday after a court ruling.",
    [A(["European Union|EU", "Morocco"], status="CANCELLED")], [A(["European Union|EU", "Morocco"], status="HAPPENED")], published="2024-10-05")
add(K, "Vietnam and the Philippines have yet to sign a coast guard agreement drafted last year.",
    [], [A(["Vietnam", "Philippines|the Philippines"], status="HAPPENED")], published="2024-04-04")
add(K, "Nissan and Honda called off their merger talks on Thursday, ending a plan to create the world's third-largest carmaker.",
    [], [A(["Nissan", "Honda"], status="HAPPENED")], published="2025-02-14")
add(K, "Ukraine and Russia agreed on Tuesday to a 30-day pause in strikes on energy infrastructure, the Kremlin said.",
    [A(["Ukraine", "Russia"], status="HAPPENED")], published="2025-03-19")

# ---------------------------------------------------------------- status-dates
K = "status-dates"
add(K, "ROME, March 14, 2025 (Reuters) - Italian Prime Minister Giorgia Meloni will meet Japanese Prime Minister Shigeru Ishiba on Tuesday, her office said.",
    [M(["Giorgia Meloni", "Shigeru Ishiba"], status="PLANNED", start="2025-03-18")])
add(K, "NAIROBI, June 6 (Reuters) - A planned meeting between Kenyan President William Ruto and Tanzanian President Samia Suluhu Hassan was called off on Thursday.",
    [M(["William Ruto", "Samia Suluhu Hassan"], status="CANCELLED")], published="2024-06-06")
add(K, "Kremlin spokesman Dmitry Peskov denied reports that President Vladimir Putin had met U.S. envoy Steve Witkoff in St Petersburg.",
    [], [M(["Vladimir Putin", "Steve Witkoff"], status="HAPPENED")], published="2025-04-15")
add(K, "Venezuelan opposition leader Maria Corina Machado could meet Panamanian President Jose Raul Mulino next week, provided she can travel safely, aides said.",
    [M(["Maria Corina Machado", "Jose Raul Mulino"], status="UNCERTAIN")], published="2025-12-12")
add(K, "BERLIN, Oct 2, 2024 (Reuters) - German Chancellor Olaf Scholz met Kazakh President Kassym-Jomart Tokayev in Astana on Monday.",
    [M(["Olaf Scholz", "Kassym-Jomart Tokayev"], loc="Astana", status="HAPPENED", start="2024-09-30")])
add(K, "The summit between Thai Prime Minister Anutin Charnvirakul and Cambodian Prime Minister Hun Manet, originally set for Friday, has been postponed until further notice.",
    [M(["Anutin Charnvirakul", "Hun Manet"])], [M(["Anutin Charnvirakul", "Hun Manet"], status="HAPPENED")], published="2025-10-20")
add(K, "PARIS, Jan 8, 2026 - French President Emmanuel Macron will host Indian Prime Minister Narendra Modi on Feb. 12, the Elysee said.",
    [M(["Emmanuel Macron", "Narendra Modi"], status="PLANNED", start="2026-02-12")])
add(K, "TOKYO, April 22, 2025 (Kyodo) - Japanese Prime Minister Shigeru Ishiba met Philippine President Ferdinand Marcos in Tokyo yesterday.",
    [M(["Shigeru Ishiba", "Ferdinand Marcos"], loc="Tokyo", status="HAPPENED", start="2025-04-21")])
add(K, "Chinese Foreign Minister Wang Yi cancelled a planned trip to Brussels on Wednesday amid a row over tariffs.",
    [V(["Wang Yi"], loc="Brussels", status="CANCELLED")], [V(["Wang Yi"], status="HAPPENED")], published="2025-06-19")
add(K, "Sri Lankan President Anura Kumara Dissanayake may visit New Delhi later this month, a government source said.",
    [V(["Anura Kumara Dissanayake"], loc="New Delhi", status="UNCERTAIN")], published="2024-12-02")
add(K, "OTTAWA, Nov 19, 2025 - Canadian Prime Minister Mark Carney is scheduled to meet Mexican President Claudia Sheinbaum in Mexico City on Thursday.",
    [M(["Mark Carney", "Claudia Sheinbaum"], loc="Mexico City", status="PLANNED", start="2025-11-20")])
add(K, "BUDAPEST, July 3, 2024 - Hungarian Prime Minister Viktor Orban visited Kyiv on Tuesday, his first trip there since the war began.",
    [V(["Viktor Orban"], loc="Kyiv", status="HAPPENED", start="2024-07-02")])
add(K, "A meeting between Pakistani Prime Minister Shehbaz Sharif and Afghan Foreign Minister Amir Khan Muttaqi did not take place, officials said, contradicting earlier reports.",
    [], [M(["Shehbaz Sharif", "Amir Khan Muttaqi"], status="HAPPENED")], published="2025-05-09")

# ---------------------------------------------------------------- negatives
K = "negatives"
add(K, "The government's budget plan met with fierce criticism from opposition leader Kemi Badenoch on Tuesday.",
    [], NONE("MEETING"), published="2024-11-05")
add(K, "Chipmaker TSMC said on Thursday it was still struggling to meet demand for AI processors from customers such as Nvidia.",
    [], NONE(), published="2024-10-17")
add(K, "Quarterly profits at Unilever met analysts' expectations, sending its shares up 2 percent in London.",
    [], NONE(), published="2025-02-13")
add(K, "British finance minister Rachel Reeves said she was in agreement with the Bank of England on the need for fiscal discipline.",
    [], NONE("AGREEMENT", "MEETING"), published="2024-09-20")
add(K, "Passengers are urged to visit the Deutsche Bahn website for the latest timetable changes.",
    [], NONE(), published="2024-01-10")
add(K, "Economists at Goldman Sachs and Morgan Stanley are in broad agreement that prices rose faster than expected in March.",
    [], NONE(), published="2025-04-11")
add(K, "Opinion: Why Prime Minister Mark Carney should meet the provincial premiers more often. By Andrew Coyne.",
    [], [M(["Mark Carney"], status="HAPPENED"), M(["Andrew Coyne"])], published="2025-08-14")
add(K, "The new tariffs met the legal threshold for emergency powers, a federal judge in New York ruled on Wednesday.",
    [], NONE(), published="2025-05-29")
add(K, "Spain coach Luis de la Fuente said his side would meet Portugal in the Nations League final in Munich on Sunday.",
    [], [M(["Luis de la Fuente", "Portugal"]), M(["Spain", "Portugal"])], published="2025-06-06")
add(K, "Both camps are in agreement that the OECD report, published on Monday, overstated growth in Italy and Greece.",
    [], NONE("AGREEMENT"), published="2024-12-04")
add(K, "Tens of thousands of tourists visit Venice every day during the summer, the city council said.",
    [], NONE(), published="2024-04-25")
add(K, "The romantic comedy When Harry Met Sally returns to cinemas in London this weekend for its anniversary.",
    [], NONE(), published="2024-07-12")
add(K, "Inflation in Turkey met the central bank's forecast of 33 percent, Governor Fatih Karahan said on Friday.",
    [], NONE(), published="2025-01-03")

# ---------------------------------------------------------------- web-noise
K = "web-noise"


def noise_forbid(*names):
    out = []
    for n in names:
        for t in ("MEETING", "VISIT", "AGREEMENT"):
            out.append(ev(t, [n]))
    return out


add(K, "Advertisement\n\nShare this article\n\nBy Sarah Okafor, Political Correspondent\nPublished 2 hours ago\n\n"
       "Nigerian President Bola Tinubu met French President Emmanuel Macron at the Elysee Palace in Paris on Thursday.\n\n"
       "Image caption, Photo: Getty Images\n\nRead more: Why Nigeria is courting Europe",
    [M(["Bola Tinubu", "Emmanuel Macron"])], noise_forbid("Sarah Okafor", "Getty Images"), published="2024-08-23")
add(K, "Share this article\nFacebook\nTwitter\nEmail\n\nIndonesian President Prabowo Subianto arrived in Canberra on Wednesday for talks with Australian Prime Minister Anthony Albanese.\n\n"
       "Advertisement\n\nPhoto: AFP\n\nRelated: Albanese's Asia policy explained",
    [V(["Prabowo Subianto"], loc="Canberra"), M(["Prabowo Subianto", "Anthony Albanese"])], noise_forbid("AFP"), published="2025-11-13")
add(K, "Published 45 minutes ago\nBy Tomasz Nowak in Warsaw\n\nImage caption,\nPolish Prime Minister Donald Tusk (left) and Ukrainian President Volodymyr Zelenskiy in Kyiv, Photo: Reuters\n\n"
       "Tusk and Zelenskiy met in Kyiv on Tuesday to discuss reconstruction.\n\nAdvertisement",
    [M(["Donald Tusk|Tusk", "Volodymyr Zelenskiy|Zelenskiy"], loc="Kyiv")], noise_forbid("Tomasz Nowak"), published="2024-01-23")
add(K, "Read more: EU ministers meet amid energy crunch\n\nDutch Climate Minister Sophie Hermans signed an agreement with Norwegian Energy Minister Terje Aasland in Oslo on Monday on carbon storage.\n\n"
       "Share\nSave\nAdvertisement",
    [A(["Sophie Hermans", "Terje Aasland"])], published="2025-03-25")
add(K, "LIVE UPDATES\nUpdated 10:42 GMT\n\nSouth Korean President Lee Jae-myung held talks with Chinese President Xi Jinping in Gyeongju on Saturday.\n\n"
       "Image caption, Lee and Xi shook hands before the talks, Getty Images\n\nMore on this story\nWhat we know about the trade truce",
    [M(["Lee Jae-myung", "Xi Jinping"])], noise_forbid("Getty Images"), published="2025-11-02")
add(K, "Advertisement\n\nSkip advertisement\n\nBy Maria Fernandez and Jonathan Price\nJune 3, 2025\n\n"
       "Mexican President Claudia Sheinbaum will visit Ottawa next week, her office said on Tuesday.\n\nSkip advertisement\n\nSupported by",
    [V(["Claudia Sheinbaum"], loc="Ottawa", status="PLANNED")], noise_forbid("Maria Fernandez", "Jonathan Price"), published="2025-06-03")
add(K, "Sign up for our newsletter\n\nCopyright 2024 The Associated Press. All rights reserved.\n\n"
       "Chilean President Gabriel Boric met with Argentine President Javier Milei in Santiago on Friday for the first time.\n\n"
       "This material may not be published, broadcast, rewritten or redistributed.",
    [M(["Gabriel Boric", "Javier Milei"], loc="Santiago")], noise_forbid("Associated Press"), published="2024-05-25")
add(K, "Home > World > Africa\n\nSenegalese President Bassirou Diomaye Faye visited Paris on Tuesday, his first trip to France since taking office.\n\n"
       "Image: Senegalese President Bassirou Diomaye Faye, Photo: Ludovic Marin/AFP\n\nFollow us on Instagram",
    [V(["Bassirou Diomaye Faye"], loc="Paris", status="HAPPENED")], noise_forbid("Ludovic Marin"), published="2024-06-21")
add(K, "Listen to this article\n3 min\n\nJapan's Toyota and Germany's BMW signed an agreement on Thursday to co-develop fuel-cell vehicles.\n\n"
       "Comments (12)\n\nAdvertisement\n\nRecommended: Toyota's hydrogen bet",
    [A(["Toyota", "BMW"])], published="2024-09-06")
add(K, "By Ahmed Khalil, Cairo Bureau\nPublished 1 hour ago\nShare\n\n"
       "Egyptian President Abdel Fattah al-Sisi received Jordan's King Abdullah in Cairo on Sunday.\n\n"
       "Read more:\nJordan warns on West Bank\nEgypt's economy under pressure",
    [M(["Abdel Fattah al-Sisi", "Abdullah|King Abdullah"])], noise_forbid("Ahmed Khalil"), published="2025-02-17")
add(K, "Advertisement\n\nShare this article\nImage caption, Photo: Getty Images\nRead more: Who is Prime Minister Sanna Virtanen?\nPublished 2 hours ago",
    [], NONE(), published="2025-03-03")
add(K, "Trending now\n1. Markets rally\n2. Storm warnings\n\nPeruvian President Dina Boluarte travelled to Beijing on Tuesday, where she met Chinese President Xi Jinping.\n\n"
       "Image caption, Boluarte in Beijing, Xinhua\n\nAdvertisement",
    [V(["Dina Boluarte"], loc="Beijing"), M(["Dina Boluarte", "Xi Jinping"])], noise_forbid("Xinhua"), published="2024-06-28")
add(K, "By Ingrid Larsen\nUpdated 14 minutes ago\n\nSwedish Defence Minister Pal Jonson and his Finnish counterpart Antti Hakkanen met in Helsinki on Monday.\n\n"
       "Share this article\nFacebook | X | LinkedIn\nImage caption, Photo: Lehtikuva",
    [M(["Pal Jonson", "Antti Hakkanen"], loc="Helsinki")], noise_forbid("Ingrid Larsen", "Lehtikuva"), published="2025-01-21")


# ---------------------------------------------------------------- extra cases
add("meet-hosts", "Moroccan King Mohammed VI received Mauritanian President Mohamed Ould Ghazouani at his residence in Casablanca on Friday.",
    [M(["Mohammed VI|King Mohammed VI", "Mohamed Ould Ghazouani"], status="HAPPENED")], published="2024-12-22")
add("meet-coord", "NATO Secretary General Mark Rutte met Dutch Prime Minister Dick Schoof and Defence Minister Ruben Brekelmans in The Hague on Friday.",
    [M(["Mark Rutte", "Dick Schoof"]), M(["Mark Rutte", "Ruben Brekelmans"])], published="2025-06-21")
add("meet-passive-relative", "Colombian President Gustavo Petro, who sat down with Pope Leo at the Vatican on Monday, described the meeting as warm.",
    [M(["Gustavo Petro", "Leo|Pope Leo"], status="HAPPENED")], published="2025-06-25")
add("share-gapping", "Brazilian Foreign Minister Mauro Vieira met Venezuelan Foreign Minister Yvan Gil on Monday, Bolivian Foreign Minister Celinda Sosa on Tuesday and Chilean Foreign Minister Alberto van Klaveren on Wednesday.",
    [M(["Mauro Vieira", "Yvan Gil"]), M(["Mauro Vieira", "Celinda Sosa"]), M(["Mauro Vieira", "Alberto van Klaveren"])], published="2024-09-07")
add("titles-coref", "New Zealand Prime Minister Christopher Luxon landed in Mumbai on Sunday. Luxon, who is leading a trade mission, sat down with Indian Prime Minister Narendra Modi in New Delhi on Monday.",
    [M(["Christopher Luxon", "Narendra Modi"], loc="New Delhi"), V(["Christopher Luxon"], loc="Mumbai")], published="2025-03-18")
add("visit-implied-companions", "Japanese Emperor Naruhito and Empress Masako spent a week in Mongolia, their first visit to the country.",
    [V(["Naruhito|Emperor Naruhito"], loc="Mongolia"), V(["Masako|Empress Masako"], loc="Mongolia")], published="2025-07-14")
add("negatives", "Ghana's finance ministry met the deadline to submit the budget to parliament on Friday, Finance Minister Cassiel Ato Forson said.",
    [], NONE(), published="2025-03-08")
add("negatives", "Analysts say Chinese President Xi Jinping and Indian Prime Minister Narendra Modi have little reason to meet anytime soon.",
    [], [M(["Xi Jinping", "Narendra Modi"], status="HAPPENED"), M(["Xi Jinping", "Narendra Modi"], status="PLANNED")], published="2024-02-20")
add("agree-basic", "Lufthansa and ITA Airways sealed their long-awaited tie-up on Friday after winning EU approval.",
    [A(["Lufthansa", "ITA Airways"], status="HAPPENED")], published="2025-01-18")
add("visit-basic", "Chinese Premier Li Qiang heads to Australia on Saturday for a four-day visit, Beijing said.",
    [V(["Li Qiang"], loc="Australia", status="PLANNED")], published="2024-06-12")
add("status-dates", "JAKARTA, Aug 5, 2025 - Indonesian President Prabowo Subianto met Malaysian Prime Minister Anwar Ibrahim last Friday in Jakarta.",
    [M(["Prabowo Subianto", "Anwar Ibrahim"], loc="Jakarta", status="HAPPENED", start="2025-08-01")])


if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    ids = [c["id"] for c in CASES]
    assert len(ids) == len(set(ids))
    with open(os.path.join(here, "cases.jsonl"), "w") as f:
        for c in CASES:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    from collections import Counter
    print(len(CASES), dict(Counter(c["kind"] for c in CASES)))
