package extract

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"strings"
)

// General-knowledge word lists: countries with their aliases and demonyms,
// capitals and large cities, regions, and the head nouns that type a name.
// They know nothing about any particular article.

// countryList is "Canonical|alias|alias;demonym|demonym".
var countryList = []string{
	"Afghanistan;Afghan", "Albania;Albanian", "Algeria;Algerian", "Angola;Angolan", "Argentina;Argentine|Argentinian",
	"Armenia;Armenian", "Australia;Australian", "Austria;Austrian", "Azerbaijan;Azerbaijani|Azeri", "Bahrain;Bahraini",
	"Bangladesh;Bangladeshi", "Belarus;Belarusian|Belarusan", "Belgium;Belgian", "Bhutan;Bhutanese", "Bolivia;Bolivian",
	"Bosnia and Herzegovina|Bosnia;Bosnian", "Botswana;Botswanan", "Brazil;Brazilian", "Brunei;Bruneian", "Bulgaria;Bulgarian",
	"Cambodia;Cambodian", "Cameroon;Cameroonian", "Canada;Canadian", "Chad;Chadian", "Chile;Chilean",
	"China|People's Republic of China|PRC;Chinese", "Colombia;Colombian", "Congo;Congolese", "Costa Rica;Costa Rican",
	"Croatia;Croatian", "Cuba;Cuban", "Cyprus;Cypriot", "Czech Republic|Czechia;Czech", "Denmark;Danish",
	"Ecuador;Ecuadorian|Ecuadorean", "Egypt;Egyptian", "Estonia;Estonian", "Ethiopia;Ethiopian", "Fiji;Fijian", "Finland;Finnish",
	"France;French", "Georgia;Georgian", "Germany;German", "Ghana;Ghanaian", "Greece;Greek", "Guatemala;Guatemalan",
	"Haiti;Haitian", "Honduras;Honduran", "Hungary;Hungarian", "Iceland;Icelandic", "India;Indian",
	"Indonesia;Indonesian", "Iran;Iranian", "Iraq;Iraqi", "Ireland;Irish", "Israel;Israeli", "Italy;Italian",
	"Jamaica;Jamaican", "Japan;Japanese", "Jordan;Jordanian", "Kazakhstan;Kazakh|Kazakhstani", "Kenya;Kenyan", "Kuwait;Kuwaiti",
	"Kyrgyzstan;Kyrgyz", "Laos;Lao|Laotian", "Latvia;Latvian", "Lebanon;Lebanese", "Libya;Libyan",
	"Lithuania;Lithuanian", "Luxembourg;Luxembourgish", "Madagascar;Malagasy", "Malaysia;Malaysian", "Maldives;Maldivian", "Mali;Malian",
	"Malta;Maltese", "Mexico;Mexican", "Moldova;Moldovan", "Mongolia;Mongolian", "Montenegro;Montenegrin", "Morocco;Moroccan",
	"Mozambique;Mozambican", "Myanmar|Burma;Burmese", "Namibia;Namibian", "Nepal;Nepali|Nepalese", "Netherlands|Holland;Dutch",
	"New Zealand;New Zealander", "Nicaragua;Nicaraguan", "Niger;Nigerien", "Nigeria;Nigerian", "North Korea|DPRK|Democratic People's Republic of Korea;North Korean",
	"Norway;Norwegian", "Oman;Omani", "Pakistan;Pakistani", "Palestine;Palestinian", "Panama;Panamanian",
	"Papua New Guinea;Papua New Guinean", "Paraguay;Paraguayan", "Peru;Peruvian", "Philippines;Philippine|Filipino", "Poland;Polish",
	"Portugal;Portuguese", "Qatar;Qatari", "Romania;Romanian", "Russia|Russian Federation;Russian", "Rwanda;Rwandan",
	"Saudi Arabia;Saudi", "Senegal;Senegalese", "Serbia;Serbian", "Singapore;Singaporean", "Slovakia;Slovak|Slovakian", "Slovenia;Slovenian|Slovene",
	"Somalia;Somali", "South Africa;South African", "South Korea|Republic of Korea|ROK;South Korean", "South Sudan;South Sudanese",
	"Spain;Spanish", "Sri Lanka;Sri Lankan", "Sudan;Sudanese", "Sweden;Swedish", "Switzerland;Swiss", "Syria;Syrian",
	"Taiwan;Taiwanese", "Tajikistan;Tajik", "Tanzania;Tanzanian", "Thailand;Thai", "Timor-Leste|East Timor;Timorese|East Timorese", "Tunisia;Tunisian",
	"Turkey|Turkiye|Türkiye;Turkish", "Turkmenistan;Turkmen", "Uganda;Ugandan", "Ukraine;Ukrainian",
	"United Arab Emirates|UAE;Emirati", "United Kingdom|UK|U.K.|Britain|Great Britain;British",
	"United States|US|U.S.|USA|U.S.A.|United States of America|America;American", "Uruguay;Uruguayan", "Uzbekistan;Uzbek",
	"Venezuela;Venezuelan", "Vietnam|Viet Nam;Vietnamese", "Yemen;Yemeni", "Zambia;Zambian", "Zimbabwe;Zimbabwean",
	"Cape Verde|Cabo Verde;Cape Verdean", "Equatorial Guinea;Equatorial Guinean|Equatoguinean", "Guinea-Bissau;Bissau-Guinean", "Seychelles;Seychellois", "Comoros;Comoran|Comorian", "Barbados;Barbadian", "Samoa;Samoan", "Tonga;Tongan",
	"Hong Kong", "Macau;Macanese", "Greenland", "Kosovo;Kosovar|Kosovan", "Gaza", "Vatican",
	"Gabon;Gabonese", "Benin;Beninese", "Togo;Togolese", "Burkina Faso;Burkinabe", "Ivory Coast|Cote d'Ivoire;Ivorian",
	"Liberia;Liberian", "Sierra Leone;Sierra Leonean", "Guinea;Guinean", "Eritrea;Eritrean", "Djibouti;Djiboutian",
	"Burundi;Burundian", "Malawi;Malawian", "Lesotho", "Mauritania;Mauritanian", "Gambia;Gambian",
	"El Salvador;Salvadoran|Salvadorean", "Dominican Republic;Dominican", "Trinidad and Tobago;Trinidadian", "Bahamas;Bahamian", "Belize;Belizean", "Guyana;Guyanese",
	"Cape Verde|Cabo Verde;Cape Verdean", "Guinea-Bissau;Bissau-Guinean", "Equatorial Guinea;Equatorial Guinean|Equatoguinean",
	"Central African Republic", "Comoros;Comoran|Comorian", "Seychelles;Seychellois",
	"Sao Tome and Principe;Santomean", "Barbados;Barbadian", "Samoa;Samoan", "Tonga;Tongan", "Palau;Palauan", "Vanuatu", "San Marino",
	"Suriname;Surinamese", "Mauritius;Mauritian", "North Macedonia|Macedonia;Macedonian|North Macedonian", "Monaco;Monegasque", "Liechtenstein", "Andorra;Andorran",
	// countries of older news
	"Zaire;Zairean|Zairian", "West Germany;West German", "East Germany;East German", "Yugoslavia;Yugoslav", "Soviet Union|USSR;Soviet", "Czechoslovakia;Czechoslovak",
	"North Yemen;North Yemeni", "South Yemen;South Yemeni", "North Vietnam;North Vietnamese", "South Vietnam;South Vietnamese",
}

// cityList is "City:Country" for capitals and large cities, each
// country's capital (or the seat news names for it) before its other cities:
// capital reads it so.
var cityList = []string{
	"Kabul:Afghanistan", "Tirana:Albania", "Algiers:Algeria", "Buenos Aires:Argentina", "Yerevan:Armenia",
	"Canberra:Australia", "Sydney:Australia", "Melbourne:Australia", "Vienna:Austria", "Baku:Azerbaijan",
	"Dhaka:Bangladesh", "Minsk:Belarus", "Brussels:Belgium", "Brasilia:Brazil", "Rio de Janeiro:Brazil",
	"Sao Paulo:Brazil", "Sofia:Bulgaria", "Phnom Penh:Cambodia", "Ottawa:Canada", "Toronto:Canada", "Montreal:Canada",
	"Vancouver:Canada", "Santiago:Chile", "Beijing:China", "Shanghai:China", "Guangzhou:China", "Shenzhen:China",
	"Wuhan:China", "Bogota:Colombia", "Zagreb:Croatia", "Havana:Cuba", "Prague:Czech Republic", "Copenhagen:Denmark",
	"Quito:Ecuador", "Cairo:Egypt", "Addis Ababa:Ethiopia", "Helsinki:Finland", "Paris:France", "Tbilisi:Georgia",
	"Berlin:Germany", "Munich:Germany", "Frankfurt:Germany", "Athens:Greece", "Budapest:Hungary",
	"New Delhi:India", "Delhi:India", "Mumbai:India", "Jakarta:Indonesia", "Bali:Indonesia", "Tehran:Iran",
	"Baghdad:Iraq", "Dublin:Ireland", "Jerusalem:Israel", "Tel Aviv:Israel", "Rome:Italy", "Milan:Italy",
	"Tokyo:Japan", "Osaka:Japan", "Kyoto:Japan", "Yokohama:Japan", "Nagoya:Japan", "Hiroshima:Japan",
	"Okinawa:Japan", "Sapporo:Japan", "Fukuoka:Japan", "Amman:Jordan", "Astana:Kazakhstan", "Nairobi:Kenya",
	"Vientiane:Laos", "Riga:Latvia", "Beirut:Lebanon", "Tripoli:Libya", "Vilnius:Lithuania",
	"Kuala Lumpur:Malaysia", "Mexico City:Mexico", "Ulaanbaatar:Mongolia", "Rabat:Morocco", "Naypyidaw:Myanmar",
	"Yangon:Myanmar", "Kathmandu:Nepal", "Amsterdam:Netherlands", "The Hague:Netherlands", "Wellington:New Zealand",
	"Auckland:New Zealand", "Abuja:Nigeria", "Lagos:Nigeria", "Pyongyang:North Korea", "Oslo:Norway",
	"Islamabad:Pakistan", "Karachi:Pakistan", "Lima:Peru", "Manila:Philippines", "Warsaw:Poland", "Lisbon:Portugal",
	"Doha:Qatar", "Bucharest:Romania", "Moscow:Russia", "St. Petersburg:Russia", "Riyadh:Saudi Arabia",
	"Belgrade:Serbia", "Seoul:South Korea", "Busan:South Korea", "Gyeongju:South Korea", "Madrid:Spain",
	"Barcelona:Spain", "Colombo:Sri Lanka", "Khartoum:Sudan", "Stockholm:Sweden", "Bern:Switzerland",
	"Geneva:Switzerland", "Zurich:Switzerland", "Davos:Switzerland", "Damascus:Syria", "Taipei:Taiwan",
	"Bangkok:Thailand", "Ankara:Turkey", "Istanbul:Turkey", "Kyiv:Ukraine", "Kiev:Ukraine", "Abu Dhabi:United Arab Emirates",
	"Dubai:United Arab Emirates", "London:United Kingdom", "Washington:United States", "Washington D.C.:United States",
	"New York:United States", "New York City:United States", "Los Angeles:United States", "Chicago:United States",
	"San Francisco:United States", "Boston:United States", "Houston:United States", "Miami:United States",
	"Seattle:United States", "Minneapolis:United States", "Atlanta:United States", "Philadelphia:United States",
	"Detroit:United States", "Honolulu:United States", "Hanoi:Vietnam", "Ho Chi Minh City:Vietnam", "Caracas:Venezuela",
	"Singapore:Singapore", "Brussels:Belgium", "Gaza City:Gaza", "Sanaa:Yemen", "Tashkent:Uzbekistan",
	// the other capitals of the countries above, and a few cities news
	// datelines often name
	"Luanda:Angola", "Manama:Bahrain", "Thimphu:Bhutan", "La Paz:Bolivia", "Sarajevo:Bosnia and Herzegovina",
	"Gaborone:Botswana", "Bandar Seri Begawan:Brunei", "Yaounde:Cameroon", "N'Djamena:Chad", "Kinshasa:Congo",
	"Brazzaville:Congo", "Nicosia:Cyprus", "Tallinn:Estonia", "Suva:Fiji", "Accra:Ghana", "Guatemala City:Guatemala",
	"Port-au-Prince:Haiti", "Tegucigalpa:Honduras", "Reykjavik:Iceland", "Kuwait City:Kuwait", "Bishkek:Kyrgyzstan",
	"Antananarivo:Madagascar", "Bamako:Mali", "Valletta:Malta", "Chisinau:Moldova", "Podgorica:Montenegro",
	"Maputo:Mozambique", "Windhoek:Namibia", "Managua:Nicaragua", "Niamey:Niger", "Muscat:Oman",
	"Panama City:Panama", "Port Moresby:Papua New Guinea", "Asuncion:Paraguay", "Kigali:Rwanda", "Dakar:Senegal",
	"Ljubljana:Slovenia", "Bratislava:Slovakia", "Mogadishu:Somalia", "Pretoria:South Africa",
	"Johannesburg:South Africa", "Cape Town:South Africa", "Juba:South Sudan", "Dushanbe:Tajikistan",
	"Dodoma:Tanzania", "Dar es Salaam:Tanzania", "Dili:Timor-Leste", "Tunis:Tunisia", "Ashgabat:Turkmenistan",
	"Kampala:Uganda", "Montevideo:Uruguay", "Lusaka:Zambia", "Harare:Zimbabwe", "Ramallah:Palestine",
	"Jeddah:Saudi Arabia", "Lahore:Pakistan", "Kandahar:Afghanistan", "Kolkata:India", "Calcutta:India",
	"Bonn:Germany", "Hamburg:Germany", "Lyon:France", "Marseille:France", "Edinburgh:United Kingdom",
	"Chongqing:China", "Grozny:Russia", "Almaty:Kazakhstan", "Libreville:Gabon",
	"Skopje:North Macedonia", "Monrovia:Liberia", "Freetown:Sierra Leone", "Conakry:Guinea", "Asmara:Eritrea",
	"Bujumbura:Burundi", "Lilongwe:Malawi", "Nouakchott:Mauritania", "San Salvador:El Salvador",
	"Santo Domingo:Dominican Republic", "Abidjan:Ivory Coast", "Lome:Togo", "Cotonou:Benin", "Ouagadougou:Burkina Faso",
}

// usStates are states of the United States, typed GPE.
var usStates = []string{"Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut",
	"Delaware", "Florida", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana",
	"Maine", "Maryland", "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska",
	"Nevada", "New Hampshire", "New Jersey", "New Mexico", "North Carolina", "North Dakota", "Ohio", "Oklahoma",
	"Oregon", "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas", "Utah",
	"Vermont", "Virginia", "West Virginia", "Wisconsin", "Wyoming"}

// regionList are named regions, seas and areas (LOCATION).
var regionList = []string{"Asia-Pacific", "Indo-Pacific", "Middle East", "Southeast Asia", "East Asia", "South Asia",
	"Central Asia", "Northeast Asia", "Asia", "Europe", "Africa", "Latin America", "North America", "South America",
	"Oceania", "Arctic", "Antarctica", "Balkans", "Caribbean", "Persian Gulf", "Korean Peninsula", "Pacific",
	"Atlantic", "Mediterranean", "Sahel", "Horn of Africa", "West Bank", "Gaza Strip", "Crimea", "Donbas",
	"Kashmir", "Eastern Europe", "Western Europe", "Scandinavia", "Siberia", "Pacific Ocean", "Atlantic Ocean",
	"Indian Ocean", "Red Sea", "Black Sea", "Baltic", "Himalayas"}

// knownOrgs maps well-known acronyms to the full names of organisations.
var knownOrgs = map[string]string{
	"ASEAN": "Association of Southeast Asian Nations", "APEC": "Asia-Pacific Economic Cooperation",
	"NATO": "NATO", "EU": "European Union", "UN": "United Nations", "U.N.": "United Nations",
	"G7": "Group of Seven", "G-7": "Group of Seven", "G20": "Group of 20", "G-20": "Group of 20",
	"G3": "Group of Three", "G-3": "Group of Three", "G5": "Group of Five", "G-5": "Group of Five",
	"G6": "Group of Six", "G-6": "Group of Six",
	"G10": "Group of Ten", "G-10": "Group of Ten", "G15": "Group of 15", "G-15": "Group of 15",
	"G24": "Group of 24", "G-24": "Group of 24", "G77": "Group of 77", "G-77": "Group of 77",
	"WHO": "World Health Organization", "IMF": "International Monetary Fund", "WTO": "World Trade Organization",
	"OPEC": "OPEC", "AFP": "AFP", "AP": "Associated Press", "BBC": "BBC", "CNN": "CNN", "FBI": "FBI", "CIA": "CIA",
	"ICE": "Immigration and Customs Enforcement", "NHK": "NHK", "IAEA": "International Atomic Energy Agency",
	"BRICS": "BRICS", "SCO": "Shanghai Cooperation Organisation", "OECD": "OECD", "Quad": "Quad",
	"Reuters": "Reuters", "Bloomberg": "Bloomberg", "Xinhua": "Xinhua", "Kyodo": "Kyodo News", "Yonhap": "Yonhap",
	"Pentagon": "Pentagon", "Kremlin": "Kremlin", "Facebook": "Facebook", "Google": "Google", "Microsoft": "Microsoft",
	"Apple": "Apple", "Amazon": "Amazon", "Tesla": "Tesla", "Meta": "Meta", "OpenAI": "OpenAI", "Toyota": "Toyota",
	"Samsung": "Samsung", "Huawei": "Huawei", "Boeing": "Boeing", "Nvidia": "Nvidia", "TikTok": "TikTok",
	"Hamas": "Hamas", "Hezbollah": "Hezbollah", "Taliban": "Taliban",
	"LDP": "Liberal Democratic Party", "DPJ": "Democratic Party of Japan", "CCP": "Chinese Communist Party",
	"Interpol": "Interpol", "Europol": "Europol", "G8": "Group of Eight", "G-8": "Group of Eight",
	"EC": "European Community", "EEC": "European Economic Community",
	"UNICEF": "UNICEF", "UNESCO": "UNESCO", "UNHCR": "UNHCR", "FIFA": "FIFA", "UEFA": "UEFA", "NASA": "NASA",
	"OSCE": "Organization for Security and Co-operation in Europe", "ECOWAS": "Economic Community of West African States",
	// the US central bank: its short name, its name and its board are one body
	"Fed": "Federal Reserve Board", "Federal Reserve": "Federal Reserve Board",
}

// knownOrgNames are the full names knownOrgs gives: the bodies whatever
// the recogniser makes of a mention.
var knownOrgNames = func() map[string]bool {
	out := map[string]bool{}
	for _, n := range knownOrgs {
		out[n] = true
	}
	return out
}()

// placeAliases are older or other names of places: "Bombay" is Mumbai.
var placeAliases = map[string]string{"Bombay": "Mumbai", "Madras": "Chennai", "Peking": "Beijing", "Rangoon": "Yangon",
	"Saigon": "Ho Chi Minh City", "Calcutta": "Kolkata", "South-East Asia": "Southeast Asia", "South East Asia": "Southeast Asia",
	"Leningrad": "St. Petersburg"}

// parties are the party families news names by their members' noun:
// "the Tories", "a Labour MP", "Democrats".
var parties = map[string]string{"Tory": "Conservative Party", "Tories": "Conservative Party", "Conservative": "Conservative Party",
	"Conservatives": "Conservative Party", "Labour": "Labour Party", "Liberal": "Liberal Party", "Liberals": "Liberal Party",
	"Lib Dems": "Liberal Democrats", "Lib Dem": "Liberal Democrats", "Liberal Democrat": "Liberal Democrats", "Liberal Democrats": "Liberal Democrats",
	"Democrat": "Democratic Party", "Democrats": "Democratic Party", "Republican": "Republican Party",
	"Republicans": "Republican Party", "Socialists": "Socialist Party", "Communists": "Communist Party",
	"Greens": "Green Party", "Christian Democrats": "Christian Democratic Union", "Social Democrats": "Social Democratic Party"}

// peopleWords name peoples and faiths, not entities ("Muslim leaders",
// "Britons").
var peopleWords = set("Muslim", "Muslims", "Moslem", "Moslems", "Christian", "Christians", "Jew", "Jews", "Jewish", "Hindu", "Hindus", "Sikh",
	"Sikhs", "Sikhism", "Islam", "Buddhist", "Buddhists", "Catholic", "Catholics", "Protestant", "Protestants", "Arab",
	"Arabs", "Briton", "Britons", "Shia", "Shiite", "Sunni", "Kurds", "Kurdish", "Hinduism", "Judaism", "Christianity",
	// a nationality's noun for one of its people ("the Swede's coach")
	"Dane", "Danes", "Swede", "Swedes", "Spaniard", "Spaniards", "Frenchman", "Frenchmen", "Englishman", "Englishmen",
	"Welshman", "Welshmen", "Irishman", "Irishmen", "Scotsman", "Scotsmen", "Dutchman", "Dutchmen", "Serbs", "Croats", "Turks")

// nonEntityCaps are capitalised words and acronyms that do not name entities.
var nonEntityCaps = set("GDP", "AI", "CEO", "LNG", "LPG", "GNP", "VAT", "CPI", "TV", "PM", "CM", "UAV", "UAVs", "OK", "AM", "PM", "GMT", "UTC",
	"COVID", "COVID-19", "I", "I'm", "I'll", "I've", "I'd", "We", "We'll", "We're", "You", "It", "They", "He", "She",
	"The", "A", "An", "This", "That", "These", "Those", "But", "And", "Or", "If", "In", "On", "At", "For", "With", "As",
	"By", "From", "To", "Of", "After", "Before", "During", "While", "When", "Where", "What", "Who", "Why", "How",
	"Meanwhile", "However", "Also", "Moreover", "Both", "Each", "Some", "Many", "Most", "All", "No", "Not", "Yes",
	"Mr", "Mrs", "Ms", "Did", "Do", "Does", "Will", "Would", "Could", "Should", "Can", "May", "Might", "Must",
	"Photo", "Image", "Video", "Read", "More", "Share", "Click", "Subscribe", "Advertisement", "Related", "Share",
	"LOI", "MOU", "MoU", // a letter of intent, a memorandum: documents
	"SOURCE", // a press release's sign-off line: "SOURCE Firm, Inc."
	"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March",
	"April", "June", "July", "August", "September", "October", "November", "December", "Jan.", "Feb.", "Mar.",
	"Apr.", "Jun.", "Jul.", "Aug.", "Sep.", "Sept.", "Oct.", "Nov.", "Dec.",
	// technologies, formats and diseases: things, not bodies
	"LCD", "LED", "OLED", "GSM", "CDMA", "3G", "4G", "5G", "DVD", "CD", "PC", "GPS", "SMS", "MP3", "USB", "HDTV",
	"DSL", "ADSL", "CPU", "RFID", "Wi-Fi", "WiFi", "HIV", "AIDS", "Aids", "SARS", "DNA",
	// codes, rights tools and the benchmark rates and bonds of markets:
	// instruments, not bodies
	"PIN", "PINs", "DRM", "ATM", "ATMs", "ISBN", "URL", "PDF", "SIM", "Libor", "LIBOR", "Euribor", "EURIBOR", "Tibor", "TIBOR",
	"Hibor", "HIBOR", "SONIA", "SOFR", "Eurobond", "Eurobonds", "Eurodollar", "Eurodollars", "Gilts", "Bunds",
	// a memorandum of understanding or of cooperation: a deal, not a body
	"MoU", "MOU", "MoUs", "MOUs", "MoC", "MoCs")

// titleHeads end a title before a person's name (the forms of address
// stand where a title does, and hold none).
var titleHeads = union(addressForms, set("President", "MP", "MEP", "Manager", "Undersecretary", "Under-Secretary", "d'Affaires", "Rabbi", "Imam", "Director-General", "Secretary-General", "Co-Chairman", "Correspondent", "Editor", "Minister", "Secretary", "Premier", "Chancellor", "Emperor", "Empress", "King",
	"Queen", "Prince", "Princess", "Pope", "Taoiseach", "Tanaiste", "Governor", "Senator", "Sen.", "Rep.", "Representative", "Mayor",
	"Ambassador", "Chairman", "Chairwoman", "Chairperson", "CEO", "Director", "Admiral", "Adm.", "Colonel", "Col.",
	"Captain", "Capt.", "Commander", "Sheriff", "Spokesman", "Spokeswoman", "Spokesperson", "Leader", "Speaker", "Judge",
	"Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "Sir", "Lord", "Lady", "Baroness", "Majesty", "Highness", "Sheikh",
	"Envoy", "Founder", "Chair", "Secretary-General", "Officer", "Adviser", "Advisor", "Gen.", "General", "Lt.", "Sgt.", "Justice",
	"Councillor", "Councilor", "Lawmaker", "Coach", "Chief", "Commissioner", "Treasurer", "Attorney", "Vice-President", "Constable",
	"Congressman", "Congresswoman", "Emir", "Sheik", "Ayatollah", "Cardinal", "Archbishop", "Bishop", "Marshal", "Professor", "Prof.", "Father",
	"Brigadier", "Lieutenant-Colonel", "Lieutenant-General", "Major-General", "Brigadier-General", "Vice-Admiral",
	"Rear-Admiral", "Lieutenant-Commander", "Sergeant-Major",
	// the officers of a state's audits, laws and schools ("Deputy
	// Comptroller X", "State Prosecutor Y")
	"Comptroller", "Ombudsman", "Prosecutor", "Registrar", "Superintendent", "Inspector", "Auditor-General",
	// the dotted ranks, and the plurals that head a list of holders ("Sens. A and B")
	"Gov.", "Maj.", "Brig.", "Cmdr.", "Cdr.", "Cpl.", "Pvt.", "Supt.", "Insp.", "Det.", "Atty.", "Hon.",
	"Sens.", "Reps.", "Govs.", "Gens.", "Messrs.", "Drs.", "Senators", "Representatives", "Ministers",
	// British copy writes the abbreviations without a full stop: "Gen Musharraf"
	"Gen", "Lt", "Col", "Maj", "Capt", "Sgt", "Adm", "Brig", "Cpl", "Cdr", "Supt", "Insp", "Cllr",
	// the letters of a seat written before the name as MP is ("local TD
	// X", "MLA Y"): a legislator's title, no part of the name
	"TD", "MLA", "MLC", "MNA", "MHA", "MPP", "MSP"))

// titleMods are words that may stand inside a title before its head.
var titleMods = set("Prime", "Vice", "Deputy", "Foreign", "Defense", "Defence", "Finance", "Trade", "Economy",
	"Economic", "Commerce", "Interior", "Home", "State", "General", "Chief", "Executive", "Acting", "Senior",
	"Former", "Crown", "His", "Her", "Royal", "Supreme", "Grand", "Lieutenant", "Major", "First", "Special",
	"Cabinet", "Chief Cabinet", "Industry", "Health", "Education", "Energy", "Security", "National", "Agriculture",
	"Transport", "Justice", "Labor", "Labour", "Environment", "Digital", "Economic", "Fiscal", "Policy", "Press",
	"Presidential", "Majority", "Minority", "Opposition", "Party", "Managing", "Operating", "Financial", "Top",
	"Joint", "Staff", "Foreign Affairs", "Affairs", "Homeland", "Assistant", "Under", "Charge", "Fisheries", "Oil", "Farm", "Shadow", "High")

// titleOfWords may follow "Secretary of"/"Minister of".
var titleOfWords = set("State", "Defense", "Defence", "Commerce", "Treasury", "Homeland", "Security", "Energy",
	"Agriculture", "Labor", "Labour", "Education", "Health", "Human", "Services", "Interior", "Transportation",
	"Justice", "Finance", "Economy", "Trade", "Industry", "Foreign", "Affairs", "Internal", "Home", "War",
	"Veterans", "Housing", "Urban", "Development", "the", "and", "Land", "Infrastructure", "Tourism", "Culture",
	"Exchequer", "Environment", "Fisheries", "Mines", "Oil", "Petroleum", "Planning", "Information", "Communications",
	"Staff",               // "Chief of Staff X"
	"Navy", "Army", "Air", // "Secretary of the Navy X", "Secretary of the Air Force Y"
	"Opposition", // "Leader of the Opposition X"
	// portfolios that lists of them name ("Minister of Energy, Mines and
	// Resources", "Secretary of State for Environment, Food and Rural Affairs")
	"Resources", "Natural", "Mineral", "Water", "Food", "Rural", "Transport", "Public", "Works", "Science",
	"Technology", "Innovation", "Sport", "Sports", "Youth", "Women", "Children", "Family", "Social", "Welfare",
	"Employment", "Investment", "Digital", "Climate", "Media", "Arts", "Heritage", "Forestry", "Mining",
	"Cooperation", "Relations", "Immigration", "Migration", "Citizenship", "Aviation", "Maritime",
	"Telecommunications", "Revenue", "Customs", "Budget", "Lands", "Irrigation", "Livestock", "Gender", "International")

// lowerTitles are title nouns written in lower case before or after a name
// ("former prime minister Shigeru Ishiba", "White House spokeswoman").
var lowerTitles = union(set("president", "minister", "secretary", "leader", "spokesman", "spokeswoman", "spokesperson",
	"chief", "ceo", "chairman", "chairwoman", "founder", "emperor", "empress", "king", "queen", "envoy", "ambassador",
	"governor", "mayor", "senator", "premier", "chancellor", "director", "commander", "general", "official",
	"counterpart", "prince", "princess", "lawmaker", "executive", "head", "boss", "adviser", "advisor", "aide",
	"representative", "negotiator", "coach", "owner", "analyst", "delegate", "correspondent", "journalist", "editor", "reporter",
	"co-chairman", "co-chair", "co-ordinator", "coordinator", "officer", "director-general", "secretary-general",
	"undersecretary", "economist", "professor", "campaigner", "activist", "rabbi", "chair", "commissioner",
	"manager", "vice-president", "vice-chairman", "vice-chair", "treasurer", "captain", "agent", "mp", "mep", "pm",
	"co-founder", "cofounder", "strategist", "consultant", "presenter", "referee", "umpire", "lawyer",
	"researcher", "scientist", "specialist", "chairperson", "principal",
	// Ireland's head of government and deputy, as British and Irish papers
	// write them; a broadcaster's or a firm's controller
	"taoiseach", "t\u00e1naiste", "tanaiste", "controller",
	// a union's officer at a workplace: "the union's shop steward X"
	"steward", "convener", "convenor",
	// a player's position and a team's staff: "Kelby striker X", "Vessia doctor Y"
	"doctor"), union(playerPositions, bandTitles))

// bandTitles are a music act's members' places in it ("drummer X"),
// titles of the band the story is about.
var bandTitles = set("drummer", "bassist", "guitarist", "singer", "vocalist", "keyboardist", "frontman", "frontwoman")

// sideTitles are a team's posts written in lower case before a name that
// are no office on their own ("put forward X", "taxi driver Y"): a title
// only of the club, team or country named right before ("Leeds forward
// X", "Kell skipper Y", "Ferrari driver Z").
var sideTitles = set("skipper", "forward", "centre-forward", "center-forward", "keeper", "goalie", "centre-back", "center-back",
	"fullback", "quarterback", "playmaker", "wicketkeeper", "batsman", "bowler", "driver", "jockey", "rider")

// playerPositions are the places in a team that title a player.
var playerPositions = set("defender", "striker", "midfielder", "goalkeeper", "winger", "flanker", "fly-half", "scrum-half", "full-back")

// teamPosts are the places in a team, which acts for no state: the
// positions, and the team's staff and players by other names.
var teamPosts = union(playerPositions, set("forward", "captain", "coach", "doctor", "player", "batsman", "bowler", "jockey"))

// lowerTitleMods may precede a lower-case title noun.
var lowerTitleMods = set("prime", "vice", "deputy", "foreign", "defense", "defence", "finance", "trade", "economy",
	"commerce", "interior", "general", "chief", "executive", "acting", "senior", "crown", "press", "top",
	"cabinet", "security", "national", "presidential", "party", "state", "political", "operating", "financial",
	"central", "bank", "oil", "justice", "shadow", "policy", "campaign", "procurement", "opposition",
	// a portfolio: "mining and transport minister", "farm minister"
	"energy", "mines", "mining", "farm", "agriculture", "education", "health", "transport", "environment",
	"labour", "labor", "industry", "culture", "tourism", "communications", "information", "fisheries", "housing",
	"welfare", "employment", "development", "planning", "petroleum", "economic", "home", "treasury", "science",
	"technology", "sports", "sport", "telecommunications", "managing", "marketing", "commercial", "technical",
	"sporting", "assistant", "associate", "regional", "foreign affairs", "monetary", "fiscal", "budget", "water",
	"attorney", // "the attorney general, X"
	"joint",    // "joint chief executive"
	// "home affairs minister", "corporate affairs minister"
	"affairs", "internal", "corporate",
	"shop") // "shop steward"

// corpSuffixes end a company's name: "Kia Motor Corp of South Korea" is
// the company and where it is from, "Lear Corp and Johnson Controls Inc"
// two companies.
var corpSuffixes = set("Corp.", "Corp", "Inc.", "Inc", "Co.", "Ltd.", "Ltd", "LLC", "Plc", "PLC", "plc", "AG", "SA", "S.A.", "NV", "N.V.", "GmbH", "Bhd",
	"ASA", "A/S", "AB", "Oyj", "Oy", "SpA", "S.p.A.", "BV", "B.V.", "Pty", "KK")

var orgHeads = set("ASA", "A/S", "AB", "Oyj", "Oy", "SpA", "S.p.A.", "BV", "B.V.", "Pty", "KK", "Party", "Ministry", "Department", "Agency", "Group", "Corp.", "Corp", "Corporation", "Inc.",
	"Inc", "Co.", "Ltd.", "Ltd", "LLC", "Company", "Association", "Organization", "Organisation", "Union", "Council",
	"Committee", "Commission", "Bank", "Guard", "Navy", "Army", "Forces", "Police", "Times", "Post", "Journal",
	"News", "Press", "Herald", "Tribune", "University", "Institute", "Foundation", "Cooperation", "Forum",
	"Nations", "Service", "Office", "Court", "Parliament", "Congress", "Senate", "Assembly", "Federation", "League",
	"Club", "Fund", "Authority", "Bureau", "Administration", "Enforcement", "Secretariat", "Board", "Diet",
	"Command", "Network", "Airlines", "Airways", "Motors", "Holdings", "Industries", "Systems", "Technologies",
	"Media", "Broadcasting", "Reserve", "Coalition", "Movement", "Front", "Corps", "Force", "Agency", "Academy",
	"School", "College", "Hospital", "Trust", "Partners", "Capital", "Securities", "Electric", "Energy", "Group,",
	"Weekly", "Daily", "Gazette", "Telegraph", "Guardian", "Observer", "Monitor", "Chronicle", "Express",
	"Courier", "Mail", "Record", "Standard", "Globe", "Mirror", "Subcommittee", "Motor", "Tribunal", "Directorate", "Lobby", "Executive", "Industrie", "Inspectorate", "Research",
	"Exchange", "Bourse", "Boerse", "B\u00f6rse",
	// a firm's trade closing its name ("X Savings", "Y Chemicals")
	"Savings", "Resources", "Pharma", "Pharmaceuticals", "Chemicals", "Shipping", "Aerospace", "Telecom", "Foods",
	"Bancorp", "Enterprises", "Logistics", "Breweries")

var facilityHeads = set("Palace", "House", "Tower", "Embassy", "Consulate", "Base", "Airport", "Airbase", "Hall",
	"Temple", "Shrine", "Stadium", "Arena", "Bridge", "Square", "Hotel", "Building", "Castle", "Museum", "Station",
	"Port", "Harbor", "Harbour", "Cathedral", "Church", "Mosque", "Dam", "Plant", "Skyscraper", "Mansion",
	"Residence", "Cemetery", "Memorial", "Monument", "Gate", "Prison", "Terminal", "Pier", "Skytree", "Room", "Street",
	"Road", "Lane", "Avenue")

var locationHeads = set("Sea", "Seas", "Ocean", "Strait", "Straits", "Gulf", "Bay", "River", "Lake", "Mountains",
	"Mount", "Island", "Islands", "Peninsula", "Desert", "Valley", "Canal", "Channel", "Region", "Basin", "Coast",
	"Shoal", "Reef", "Archipelago", "Plateau", "Delta")

// vesselNouns before a name make it a ship (FACILITY), not a person.
var vesselNouns = set("carrier", "destroyer", "ship", "vessel", "warship", "submarine", "frigate", "cruiser",
	"yacht", "tanker", "USS", "HMS")

// boatNouns after a capitalised word make it a boat's name or class ("the
// Kestrel dinghy"), no place or body.
var boatNouns = set("dinghy", "dinghies", "yacht", "yachts", "schooner", "ketch", "catamaran", "trawler", "ferry", "canoe", "kayak")

// demonym and place tables, built once by newGazetteer.
type gazetteer struct {
	country  map[string]string // alias key -> canonical country
	demonym  map[string]string // "japanese" -> "Japan"
	city     map[string]string // city key -> country
	cityName map[string]string // city key -> canonical city
	state    map[string]string
	region   map[string]string
	capital  map[string]string // canonical country -> its capital, the first of its cities in cityList
	// town is the second tier of places, towns.tsv.gz (GeoNames): key ->
	// whether the name is a division (a state, province or county) rather
	// than a town. A town is a place only where the words around it say so
	// (see recognizer.townHere): the table holds surnames and clubs too.
	town map[string]bool
	// islesTown holds the towns of Britain and Ireland, whose clubs take
	// "City" or "Town" after the town's name ("Harlow Town"); elsewhere
	// that is often the place's own name ("Namie Town", "Kobe City").
	islesTown map[string]bool
	// maxWords is the most words a key of these tables or of knownOrgs
	// holds: a longer stretch of text names none of them.
	maxWords int
}

func newGazetteer() *gazetteer {
	g := &gazetteer{country: map[string]string{}, demonym: map[string]string{}, city: map[string]string{},
		cityName: map[string]string{}, state: map[string]string{}, region: map[string]string{}, capital: map[string]string{}}
	for _, line := range countryList {
		names, dems, _ := strings.Cut(line, ";")
		parts := strings.Split(names, "|")
		for _, p := range parts {
			g.country[key(p)] = parts[0]
		}
		if dems != "" {
			for _, d := range strings.Split(dems, "|") {
				g.demonym[key(d)] = parts[0]
			}
		}
	}
	for _, c := range cityList {
		name, country, _ := strings.Cut(c, ":")
		if _, ok := g.country[key(name)]; ok {
			continue
		}
		g.city[key(name)] = country
		g.cityName[key(name)] = name
		if _, ok := g.capital[country]; !ok {
			g.capital[country] = name
		}
	}
	for alias, canon := range placeAliases {
		if c, ok := g.cityName[key(canon)]; ok {
			g.cityName[key(alias)], g.city[key(alias)] = c, g.city[key(canon)]
		}
	}
	for _, s := range usStates {
		g.state[key(s)] = s
	}
	for _, r := range regionList {
		g.region[key(r)] = r
	}
	for alias, canon := range placeAliases {
		if r, ok := g.region[key(canon)]; ok {
			g.region[key(alias)] = r
		}
	}
	loadCountries(g)
	g.islesTown = map[string]bool{}
	g.town = loadTowns(g)
	for _, m := range []map[string]string{g.country, g.demonym, g.cityName, g.state, g.region, knownOrgs} {
		for k := range m {
			g.maxWords = max(g.maxWords, len(strings.Fields(k)))
		}
	}
	return g
}

// place types a name found in the tables and returns its canonical form.
func (g *gazetteer) place(s string) (string, string, bool) {
	k := key(s)
	if c, t, ok := g.placeKey(k); ok || isASCII(s) {
		return c, t, ok
	}
	// "Hà Nội": a name written in its own language's syllables, which
	// English closes up ("Hanoi")
	return g.placeKey(strings.ReplaceAll(k, " ", ""))
}

// isASCII: s holds no byte beyond ASCII.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// placeKey types the place the tables hold under key k.
func (g *gazetteer) placeKey(k string) (string, string, bool) {
	if c, ok := g.country[k]; ok {
		return c, "GPE", true
	}
	if c, ok := g.cityName[k]; ok {
		return c, "GPE", true
	}
	if c, ok := g.state[k]; ok {
		return c, "GPE", true
	}
	if c, ok := g.region[k]; ok {
		return c, "LOCATION", true
	}
	return "", "", false
}

// placeEnding is the place whose name ends at token e, the longest of up
// to four capitalised words ("South Africa's", "New Zealand's", not the
// continent its last word names), and where its name starts.
func (g *gazetteer) placeEnding(toks []token, e int) (c, typ string, start int, ok bool) {
	for n := 4; n >= 1; n-- {
		a := e - n + 1
		if a < 0 || !toks[a].isCap() {
			continue
		}
		if c, typ, ok := g.place(span(toks, a, e+1)); ok {
			return c, typ, a, true
		}
	}
	return "", "", e, false
}

// countryOf is the country a place lies in ("" when unknown).
func (g *gazetteer) countryOf(name string) string {
	k := key(name)
	if !isASCII(name) {
		if c, _, ok := g.place(name); ok {
			k = key(c) // "Hà Nội" is Hanoi
		}
	}
	if c, ok := g.country[k]; ok {
		return c
	}
	if c, ok := g.city[k]; ok {
		return c
	}
	if _, ok := g.state[k]; ok {
		return "United States"
	}
	return ""
}

func (g *gazetteer) isCountry(name string) bool {
	c, ok := g.country[key(name)]
	return ok && c == name
}

// union is a new set of the words of both.
func union(a, b map[string]bool) map[string]bool {
	m := make(map[string]bool, len(a)+len(b))
	for w := range a {
		m[w] = true
	}
	for w := range b {
		m[w] = true
	}
	return m
}

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// townsTSV is towns.tsv.gz: GeoNames' towns of 15,000 people or more and
// first-level divisions (counties too in Britain and Ireland), CC BY 4.0
// (https://www.geonames.org), written by gentowns.go ("make towns").
//
//go:embed towns.tsv.gz
var townsTSV []byte

// loadCountries adds the countries and territories of townsTSV's ISO 3166
// lines that countryList lacks ("the Tuvalu government", "Nauru and
// Palau"): a country named nowhere in the first tier is still a country,
// never a body or a surname. Its names with a comma or a bracket are the
// standard's inverted forms ("Congo, The Democratic Republic of the"), no
// text's; a code in noCountry names no people's land, and a name in
// commonNouns is an everyday word first ("a jersey").
func loadCountries(g *gazetteer) {
	zr, err := gzip.NewReader(bytes.NewReader(townsTSV))
	if err != nil {
		panic("extract: towns.tsv.gz: " + err.Error())
	}
	sc := bufio.NewScanner(zr)
	for sc.Scan() {
		f := strings.Split(sc.Text(), "\t")
		if len(f) != 3 || f[0] != "C" || noCountry[f[1]] {
			continue
		}
		var names []string
		known := false
		for _, n := range strings.Split(f[2], "|") {
			k := key(n)
			_, c := g.country[k]
			_, t := g.cityName[k]
			_, st := g.state[k]
			_, rg := g.region[k]
			known = known || c || t || st || rg
			if !strings.ContainsAny(n, ",()") && n != "" && !unicode0Lower(n) && !commonNouns[n] {
				names = append(names, n)
			}
		}
		if known || len(names) == 0 {
			continue
		}
		for _, n := range names {
			g.country[key(n)] = names[0]
		}
	}
	if err := sc.Err(); err != nil {
		panic("extract: towns.tsv.gz: " + err.Error())
	}
}

// noCountry are ISO 3166 codes of a continent and of uninhabited
// territories.
var noCountry = set("AQ", "BV", "HM", "TF", "UM", "GS", "IO")

// commonNouns are ISO 3166 country names that are first an everyday word.
var commonNouns = set("Jersey", "Guernsey")

// loadTowns reads townsTSV's towns and divisions, leaving out the names the
// first-tier tables or knownOrgs already give a reading. (Its country lines
// and codes, for the country a town lies in, are not read yet: the event
// code's choice of place prefers the most specific place it knows, which
// a town's country would move off the dateline.)
func loadTowns(g *gazetteer) map[string]bool {
	zr, err := gzip.NewReader(bytes.NewReader(townsTSV))
	if err != nil {
		// an embedded file that does not read is a broken build
		panic("extract: towns.tsv.gz: " + err.Error())
	}
	out := make(map[string]bool, 28000)
	sc := bufio.NewScanner(zr)
	for sc.Scan() {
		f := strings.Split(sc.Text(), "\t")
		if len(f) != 3 {
			continue
		}
		if f[0] != "T" && f[0] != "A" {
			continue
		}
		k := key(f[1])
		if f[0] == "T" && (f[2] == "GB" || f[2] == "IE") {
			g.islesTown[k] = true
		}
		_, c := g.country[k]
		_, t := g.cityName[k]
		_, st := g.state[k]
		_, rg := g.region[k]
		_, o := knownOrgs[f[1]]
		if k == "" || c || t || st || rg || o {
			continue
		}
		if _, dup := out[k]; !dup {
			out[k] = f[0] == "A"
		}
	}
	if err := sc.Err(); err != nil {
		panic("extract: towns.tsv.gz: " + err.Error())
	}
	return out
}
