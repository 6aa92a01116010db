package extract

import "testing"

// roleOfDemonymCases: a nationality, or a country's short name used as a
// modifier, before the office: the office is that country's.
var roleOfDemonymCases = []officeCase{
	{
		name:  "a two-word nationality before a president",
		text:  "South Korean President Yoon Dae-sung flew to Jakarta on Monday for a two-day summit.",
		roles: []string{"Yoon Dae-sung: President of South Korea"},
	},
	{
		name:  "the and a nationality before a premier",
		text:  "The Chinese Premier Zhao Minghui told a forum in Tianjin on Tuesday that growth would pick up.",
		roles: []string{"Zhao Minghui: Premier of China"},
	},
	{
		name:  "a nationality before a prime minister",
		text:  "Pakistani Prime Minister Tariq Mahmood Qureshi arrived in Riyadh on Sunday for talks on oil credit.",
		roles: []string{"Tariq Mahmood Qureshi: Prime Minister of Pakistan"},
	},
	{
		name:  "a nationality before a portfolio minister",
		text:  "Nigerian Oil Minister Emeka Obiora said output would rise to two million barrels a day by June.",
		roles: []string{"Emeka Obiora: Oil Minister of Nigeria"},
	},
	{
		name:  "a nationality before a lower-case office",
		text:  "The Irish deputy premier Siobhan Keane said on Wednesday that the budget would be tabled in October.",
		roles: []string{"Siobhan Keane: Deputy Prime Minister of Ireland"},
	},
	{
		name:  "a nationality before an envoy to another country",
		text:  "Philippine Ambassador to Vietnam Ramon Dizon presented his credentials in Hanoi on Friday.",
		roles: []string{"Ramon Dizon: Ambassador to Vietnam of Philippines"},
	},
	{
		name:  "US before a secretary of a service",
		text:  "US Secretary of the Navy Bradley Whitcombe toured the shipyard at Yokosuka on Thursday.",
		roles: []string{"Bradley Whitcombe: Secretary of the Navy of United States"},
	},
	{
		name:  "U.S. before a trade representative",
		text:  "U.S. Trade Representative Marcy Delgado met Indian officials in New Delhi on Monday.",
		roles: []string{"Marcy Delgado: Trade Representative of United States"},
	},
	{
		name:  "UK before a defence secretary",
		text:  "UK Defence Secretary Alistair Penrose said on Monday the frigates would sail in May.",
		roles: []string{"Alistair Penrose: Defence Secretary of United Kingdom"},
	},
	{
		name:  "EU before a commissioner",
		text:  "EU Trade Commissioner Annelie Vogt warned on Tuesday of swift retaliation.",
		roles: []string{"Annelie Vogt: Trade Commissioner of European Union"},
	},
	{
		name:  "a two-word nationality before a finance minister",
		text:  "Sri Lankan Finance Minister Ruwan Jayasekera presented the budget to parliament in Colombo on Thursday.",
		roles: []string{"Ruwan Jayasekera: Finance Minister of Sri Lanka"},
	},
	{
		name:  "a two-word country name as a modifier",
		text:  "New Zealand Prime Minister Hemi Tawhiri will visit Fiji next week, his office said.",
		roles: []string{"Hemi Tawhiri: Prime Minister of New Zealand"},
	},
	{
		name:  "a short nationality of a longer country name",
		text:  "Saudi Energy Minister Faisal al-Harbi said in Vienna on Sunday that the cuts would hold.",
		roles: []string{"Faisal al-Harbi: Energy Minister of Saudi Arabia"},
	},
	{
		name:  "a nationality of a small state before a prime minister",
		text:  "Nigerien Prime Minister Ali Moussa Issoufou arrived in Niamey on Monday.",
		roles: []string{"Ali Moussa Issoufou: Prime Minister of Niger"},
	},
	{
		name:  "a Caribbean nationality before an energy minister",
		text:  "Trinidadian Energy Minister Kamla Ramsaran told the conference in Houston that gas output would rise.",
		roles: []string{"Kamla Ramsaran: Energy Minister of Trinidad and Tobago"},
	},
	{
		name:  "a second spelling of a nationality",
		text:  "Former Ecuadorean president Luis Alva was arrested in Guayaquil on Tuesday.",
		roles: []string{"former Luis Alva: President of Ecuador"},
	},
	{
		name:  "a short nationality of a country named in full elsewhere",
		text:  "Azeri Foreign Minister Elnur Guliyev met his Georgian counterpart in Tbilisi on Monday.",
		roles: []string{"Elnur Guliyev: Foreign Minister of Azerbaijan"},
	},
	{
		name:  "a nationality and a capitalised field before a lower-case office",
		text:  "PRICES WILL STAY FIRM, MINISTER SAYS\nMalaysian Energy minister Ahmad Rahim said\nthe price would stay firm until June.",
		roles: []string{"Ahmad Rahim: Energy Minister of Malaysia"},
	},
	// near misses
	{
		name:    "a birthplace is no office's country",
		text:    "The French-born chief executive of Norvald Shipping, Ingrid Haugen, said on Monday the fleet would grow.",
		noRoles: []string{"Ingrid Haugen: Chief Executive of France"},
	},
	{
		name:    "a country's firm's president is the firm's",
		text:    "A German company's president, Klaus Brenner, said on Monday that orders had fallen.",
		noRoles: []string{"Klaus Brenner: President of Germany"},
	},
	{
		name:    "a class of ships named for an office holds no office",
		text:    "Two Chinese-made President-class ships docked in Piraeus on Monday, port officials said.",
		noRoles: []string{"Piraeus: President", ": President of China"},
	},
	{
		name:    "a nationality of a runner names no office",
		text:    "Kenyan runner Daniel Kiprop won the Rotterdam marathon on Sunday.",
		noRoles: []string{"Daniel Kiprop: Runner"},
	},
}

// roleOfOwnerCases: a possessive country, or "the company", "its", "the
// bank's" that stands for the body the story is about, owns the office.
var roleOfOwnerCases = []officeCase{
	{
		name:  "a country's possessive before a lower-case office in commas",
		text:  "Mongolia's president, Batbayar Ganzorig, opened the new airport on Monday.",
		roles: []string{"Batbayar Ganzorig: President of Mongolia"},
	},
	{
		name:  "the company's chief executive after the company is named",
		text:  "Halvorsen Marine reported a loss for the third quarter on Tuesday.\n\nThe company's chief executive, Lars Berg, said costs had soared.",
		roles: []string{"Lars Berg: Chief Executive of Halvorsen Marine"},
	},
	{
		name:  "its managing director after the firm is named",
		text:  "Ostrava Steelworks said on Monday it would cut 800 jobs.\n\nIts managing director, Petr Novak, blamed energy prices.",
		roles: []string{"Petr Novak: Managing Director of Ostrava Steelworks"},
	},
	{
		name:  "the bank's chairman after the bank is named",
		text:  "Banco Atlantico posted a record profit for 2025 on Friday.\n\nThe bank's chairman, Rui Tavares, said the dividend would rise.",
		roles: []string{"Rui Tavares: Chairman of Banco Atlantico"},
	},
	{
		name:  "the party's leader after the party is named",
		text:  "The Liberal Reform Party lost six seats in Sunday's election.\n\nThe party's leader, Anneke Visser, resigned on Monday.",
		roles: []string{"Anneke Visser: Leader of Liberal Reform Party"},
	},
	{
		name:  "its president of a union",
		text:  "The Zambian Farmers Union called a strike on Thursday. Its president, Mulenga Banda, said maize prices were too low.",
		roles: []string{"Mulenga Banda: President of Zambian Farmers Union"},
	},
	{
		name:  "the carmaker's chief executive before the name without commas",
		text:  "Tiberius Motors recalled 40,000 cars on Wednesday.\n\nThe carmaker's chief executive Giulia Marchetti apologised to customers.",
		roles: []string{"Giulia Marchetti: Chief Executive of Tiberius Motors"},
	},
	{
		name:  "the airline's president after the name",
		text:  "Andes Pacific Airways will add ten routes next year, said Camila Rojas, the airline's president.",
		roles: []string{"Camila Rojas: President of Andes Pacific Airways"},
	},
	{
		name:  "a country's possessive before a title-case office",
		text:  "Uruguay's Economy Minister Martin Acosta said inflation would ease in the second half.",
		roles: []string{"Martin Acosta: Economy Minister of Uruguay"},
	},
	{
		name:  "a party's office opening a later sentence",
		text:  "The Kell Workers Party won 41 seats on Sunday. Party leader Ana Berg said she would form a government by June.",
		roles: []string{"Ana Berg: Leader of Kell Workers Party"},
	},
	{
		name:  "a union's office in lower case after the union is named",
		text:  "The Marden Dockers Union rejected the offer on Friday, and union president Sipho Ndlovu said the strike would go on.",
		roles: []string{"Sipho Ndlovu: President of Marden Dockers Union"},
	},
	{
		name:  "the country's president before the name after the country is named",
		text:  "Floods swept across Malawi on Monday.\n\nThe country's president, Peter Banda, declared a state of disaster.",
		roles: []string{"Peter Banda: President of Malawi"},
	},
	{
		name:  "the kingdom's minister without commas",
		text:  "Saudi Arabia will cut output again in July. The kingdom's energy minister Faisal Harbi told reporters in Vienna that prices were too low.",
		roles: []string{"Faisal Harbi: Energy Minister of Saudi Arabia"},
	},
	{
		name:  "the nation's office in apposition",
		text:  "Protests spread across Peru on Sunday, and Dina Quispe, the nation's interior minister, called for calm.",
		roles: []string{"Dina Quispe: Interior Minister of Peru"},
	},
	// near misses
	{
		name:    "the country's president with no country named",
		text:    "The country's president, Peter Banda, declared a state of disaster on Monday in Lilongwe.",
		noRoles: []string{"Peter Banda: President of Lilongwe"},
	},
	{
		name:    "a party the story's party attacks is not the office's",
		text:    "The Kell Unity Party opened its spring conference in Varna on Friday. Speakers attacked the Kell Workers Party's record, and party leader Ana Berg will speak on Saturday.",
		roles:   []string{"Ana Berg: Leader of Kell Unity Party"},
		noRoles: []string{"Ana Berg: Leader of Kell Workers Party"},
	},
	{
		name:    "a party's office with no party named has no owner",
		text:    "Party leader Ana Berg said on Monday that she would form a government by June.",
		noRoles: []string{"Ana Berg: Leader of"},
	},
	{
		name:    "the president's spokesman is no president",
		text:    "Mongolia's president's spokesman, Tumur Bold, said the trip was off.",
		noRoles: []string{"Tumur Bold: President"},
	},
	{
		name:    "the company's chief executive when no company is named",
		text:    "The company's chief executive, Lars Berg, said on Monday that costs had soared in Oslo.",
		noRoles: []string{"Lars Berg: Chief Executive of Oslo"},
	},
	{
		name:    "a firm's chief executive is not the country's",
		text:    "Norway's largest shipowner, Halvorsen Marine, said on Monday its chief executive, Lars Berg, would step down.",
		noRoles: []string{"Lars Berg: Chief Executive of Norway"},
	},
}

// roleOfBodyNameCases: a body's name ending in its head noun (Party,
// Chamber of Commerce, Council, Union, Corporation) before an office:
// the name keeps its head, the office is the trailing word.
var roleOfBodyNameCases = []officeCase{
	{
		name:  "a party's name before leader",
		text:  "Democratic Renewal Party leader Ewan McCrory said on Monday he would not join the coalition.",
		roles: []string{"Ewan McCrory: Leader of Democratic Renewal Party"},
	},
	{
		name:  "a chamber of commerce before president",
		text:  "American Chamber of Commerce president Gloria Haskins told reporters in Seoul that firms were worried.",
		roles: []string{"Gloria Haskins: President of American Chamber of Commerce"},
	},
	{
		name:  "a chamber of commerce and industry before chairman",
		text:  "Lithuanian Chamber of Commerce and Industry chairman Vytas Petrauskas said exports had slowed.",
		roles: []string{"Vytas Petrauskas: Chairman of Lithuanian Chamber of Commerce and Industry"},
	},
	{
		name:  "an association before chairman",
		text:  "National Dairy Farmers Association chairman Cormac Doyle said milk prices must rise.",
		roles: []string{"Cormac Doyle: Chairman of National Dairy Farmers Association"},
	},
	{
		name:  "a forum before secretary-general",
		text:  "Pacific Islands Forum secretary-general Tevita Fifita arrived in Suva on Tuesday.",
		roles: []string{"Tevita Fifita: Secretary-General of Pacific Islands Forum"},
	},
	{
		name:  "a corporation before chief executive",
		text:  "Caspian Oil Corporation chief executive Rustam Aliyev said the pipeline would open next year.",
		roles: []string{"Rustam Aliyev: Chief Executive of Caspian Oil Corporation"},
	},
	{
		name:  "a union before general secretary",
		text:  "Transport Workers Union general secretary Brendan Kilroy said the strike would go ahead on Friday.",
		roles: []string{"Brendan Kilroy: General Secretary of Transport Workers Union"},
	},
	{
		name:  "a council of the before president",
		text:  "On Monday, Council of the Baltic Sea States president Ingrid Solheim opened the meeting in Gdansk.",
		roles: []string{"Ingrid Solheim: President of Council of the Baltic Sea States"},
	},
	{
		name:  "a title-case party office",
		text:  "Social Liberal Union Leader Petra Horvat said the party would vote against the budget.",
		roles: []string{"Petra Horvat: Leader of Social Liberal Union"},
	},
	{
		name:  "a body's head noun before head",
		text:  "Kell Teachers Union head Ana Berg said the schools would stay shut on Monday.",
		roles: []string{"Ana Berg: Head of Kell Teachers Union"},
	},
	{
		name:  "a party's place in politics before its name after the office",
		text:  "Nikos Pappas, leader of the opposition Hellenic Renewal Party, said the vote was rigged.",
		roles: []string{"Nikos Pappas: Leader of Hellenic Renewal Party"},
	},
	{
		name:  "a party's name before a capitalised office",
		text:  "Kell Communist Party Secretary Li Wenjun opened the congress in Harbin on Monday.",
		roles: []string{"Li Wenjun: Secretary of Kell Communist Party"},
	},
	{
		name:  "a chamber typed as no firm before its president",
		text:  "Chamber of Mines president Themba Zulu said on Monday the strike had cost R2 billion.",
		roles: []string{"Themba Zulu: President of Chamber of Mines"},
	},
	{
		name:  "a federation of opening a sentence before its president",
		text:  "Federation of Kell Industries president Ana Berg said on Monday that energy costs would close factories.",
		roles: []string{"Ana Berg: President of Federation of Kell Industries"},
	},
	{
		name:  "a chamber of fields and of a country after the office",
		text:  "Ana Berg, president of the Chamber of Commerce and Industry of Romania, said exporters needed cheaper credit.",
		roles: []string{"Ana Berg: President of Chamber of Commerce and Industry of Romania"},
	},
	{
		name:  "a council of the opening a sentence before its president",
		text:  "Council of the Baltic Sea States president Ingrid Solheim opened the meeting in Gdansk on Monday.",
		roles: []string{"Ingrid Solheim: President of Council of the Baltic Sea States"},
	},
	// near misses
	{
		name:    "a country's ministry of fields keeps its minister the country's",
		text:    "Ana Berg, minister of trade and industry of Romania, said exporters needed cheaper credit.",
		roles:   []string{"Ana Berg: Minister of Trade and Industry of Romania"},
		noRoles: []string{"Ana Berg: Minister of Trade and Industry of Industry"},
	},
	{
		name:    "a head of nothing named is no office",
		text:    "Ana Berg, who will head the talks, said on Monday the schools would stay shut.",
		noRoles: []string{"Ana Berg: Head"},
	},
	{
		name:    "a party's office keeps the party's head noun",
		text:    "Democratic Renewal Party leader Ewan McCrory said on Monday he would not join the coalition.",
		noRoles: []string{"Ewan McCrory: Party Leader"},
	},
	{
		name:    "a chamber's office keeps the chamber's name",
		text:    "American Chamber of Commerce president Gloria Haskins told reporters in Seoul that firms were worried.",
		noRoles: []string{"Gloria Haskins: Commerce President"},
	},
	{
		name:    "a union's office is not the country's",
		text:    "Transport Workers Union general secretary Brendan Kilroy said in Dublin the strike would go ahead.",
		noRoles: []string{"Brendan Kilroy: General Secretary of Ireland"},
	},
}

// roleOfQualifiedCases: an office with a qualifier (former, a portfolio
// of several fields, a department, a region) keeps its owner.
var roleOfQualifiedCases = []officeCase{
	{
		name:  "former president of a country after the name",
		text:  "Former President Luis Alva of Ecuador flew to Lima on Monday to promote his memoirs.",
		roles: []string{"former Luis Alva: President of Ecuador"},
	},
	{
		name:  "a former nationality's president",
		text:  "Former Colombian President Andres Pardo criticised the peace talks on Tuesday.",
		roles: []string{"former Andres Pardo: President of Colombia"},
	},
	{
		name:  "a lower-case portfolio of two fields with a nationality",
		text:  "Malaysian trade and industry minister Ahmad Zulkifli arrived in Tokyo on Sunday.",
		roles: []string{"Ahmad Zulkifli: Trade and Industry Minister of Malaysia"},
	},
	{
		name:  "a possessive country's portfolio of two fields",
		text:  "Ukraine's trade and industry minister, Oleg Petrenko, signed the accord in Warsaw on Monday.",
		roles: []string{"Oleg Petrenko: Trade and Industry Minister of Ukraine"},
	},
	{
		name:  "a department of a ministry of a country",
		text:  "Lin Qiao, head of the trade department of China's commerce ministry, said talks would resume.",
		roles: []string{"Lin Qiao: Head of the Trade Department of China"},
	},
	{
		name:  "a vice-president for a region of a bank",
		text:  "Carla Mendez, vice-president for Latin America of the Inter-Atlantic Development Bank, said lending would rise.",
		roles: []string{"Carla Mendez: Vice-President for Latin America of Inter-Atlantic Development Bank"},
	},
	{
		name:  "a region's secretary of a government",
		text:  "Northern Ireland Secretary Gavin Pryce met party leaders in Belfast on Tuesday.",
		roles: []string{"Gavin Pryce: Northern Ireland Secretary of United Kingdom"},
	},
	{
		name:  "a region's secretary of a government, Welsh",
		text:  "Welsh Secretary Owain Pritchard visited the steelworks in Port Talbot on Friday.",
		roles: []string{"Owain Pritchard: Welsh Secretary of United Kingdom"},
	},
	{
		name:  "a former minister of a nationality, lower case",
		text:  "The former Brazilian finance minister Joaquim Teles said the reform would fail.",
		roles: []string{"former Joaquim Teles: Finance Minister of Brazil"},
	},
	{
		name:  "an envoy's post after the office in apposition",
		text:  "Rosa Huaman, Peru's ambassador to Chile, said the talks would resume in March.",
		roles: []string{"Rosa Huaman: Ambassador to Chile of Peru"},
	},
	{
		name:  "an envoy's city after the office before the name",
		text:  "Bolivia's ambassador in Brasilia, Ernesto Vaca, was recalled on Friday.",
		roles: []string{"Ernesto Vaca: Ambassador of Bolivia"},
	},
	{
		name:  "a nationality's envoy in a city in apposition",
		text:  "Tomasz Nowak, the Polish ambassador in Kyiv, said the convoy had crossed the border.",
		roles: []string{"Tomasz Nowak: Ambassador of Poland"},
	},
	// near misses
	{
		name:    "an envoy's post is not the country served",
		text:    "Rosa Huaman, Peru's ambassador to Chile, said the talks would resume in March.",
		noRoles: []string{"Rosa Huaman: Ambassador of Chile"},
	},
	{
		name:    "a region's secretary of a party is not the government's",
		text:    "Ines Barros, secretary of the Lisbon branch of the Socialist Party, said the vote was fair.",
		noRoles: []string{"Ines Barros: Secretary of Portugal"},
	},
	{
		name:    "a former employee of a bank holds no office there",
		text:    "Carla Mendez, a former employee of the Inter-Atlantic Development Bank, said lending would rise.",
		noRoles: []string{"Carla Mendez: Employee"},
	},
	{
		name:    "a candidate for president is not president",
		text:    "Colombian presidential candidate Andres Pardo criticised the peace talks on Tuesday.",
		noRoles: []string{"Andres Pardo: President of Colombia"},
	},
}

// roleOfStoryCountryCases: a bare office takes the country the story
// elsewhere ties the same person to; never the dateline's alone.
var roleOfStoryCountryCases = []officeCase{
	{
		name:  "the person's government in a capital",
		text:  "President Karim Nasser said on Monday the canal fees would stay.\n\nNasser's government in Cairo has struggled to pay for imports.",
		roles: []string{"Karim Nasser: President of Egypt"},
	},
	{
		name:  "a possessive country before the surname later",
		text:  "Prime Minister Ola Lindqvist will travel to Washington next week.\n\nSweden's Lindqvist has pushed for tighter sanctions.",
		roles: []string{"Ola Lindqvist: Prime Minister of Sweden"},
	},
	{
		name:  "the nationality's leader later",
		text:  "President Daniel Mwangi met business leaders on Tuesday.\n\nThe Kenyan leader promised lower taxes.",
		roles: []string{"Daniel Mwangi: President of Kenya"},
	},
	{
		name:  "a nationality and the title later",
		text:  "Prime Minister Aroha Ngata opened the trade fair on Monday.\n\nThe New Zealand prime minister said dairy exports would recover.",
		roles: []string{"Aroha Ngata: Prime Minister of New Zealand"},
	},
	{
		name:  "the surname of a country's leader later",
		text:  "President Mirela Dobre called for calm on Sunday.\n\nRomania's Dobre faces a confidence vote next week.",
		roles: []string{"Mirela Dobre: President of Romania"},
	},
	{
		name:  "a nationality's leader in apposition later",
		text:  "Chancellor Jonas Riedl said on Monday that the budget was balanced.\n\nRiedl, the Austrian leader, is due in Brussels on Thursday.",
		roles: []string{"Jonas Riedl: Chancellor of Austria"},
	},
	{
		name:  "the government the person leads",
		text:  "Prime Minister Tomas Kral faces a vote on Friday.\n\nKral's Czech government has lost two ministers this month.",
		roles: []string{"Tomas Kral: Prime Minister of Czech Republic"},
	},
	{
		name:  "the country's leader in apposition later",
		text:  "President Joao Mabunda arrived in Pretoria on Monday.\n\nMabunda, Mozambique's leader since 2019, will meet business groups.",
		roles: []string{"Joao Mabunda: President of Mozambique"},
	},
	{
		name:  "the surname of a country later",
		text:  "President Karim Nasser said on Monday the canal fees would stay.\n\nNasser of Egypt has ruled since 2014.",
		roles: []string{"Karim Nasser: President of Egypt"},
	},
	// near misses
	{
		name:    "a country's party after the surname is not the office's",
		text:    "Prime Minister Ola Lindqvist will travel to Washington next week.\n\nLindqvist of Norway's Labour Party said she would go too.",
		noRoles: []string{"Ola Lindqvist: Prime Minister of Norway"},
	},
	{
		name:    "a dateline alone gives no visiting president a country",
		text:    "CAIRO, May 4 - President Arturo Quispe arrived on Monday for talks on grain.",
		noRoles: []string{"Arturo Quispe: President of Egypt"},
	},
	{
		name:    "a country someone else leads",
		text:    "President Daniel Mwangi met business leaders on Tuesday.\n\nUganda's Grace Akello is due to visit him next month.",
		noRoles: []string{"Daniel Mwangi: President of Uganda"},
	},
	{
		name:    "a country the person merely visits",
		text:    "Prime Minister Ola Lindqvist arrived in Egypt on Monday.\n\nLindqvist's visit to Cairo is the first in a decade.",
		noRoles: []string{"Ola Lindqvist: Prime Minister of Egypt"},
	},
}

// roleOfFirmOfCountryCases: a country or nationality names where a firm
// is from; the office is the firm's, not the country's.
var roleOfFirmOfCountryCases = []officeCase{
	{
		name:  "a country's firm whose name ends in a field word before its office",
		text:  "Norway's Brevik Oil chief executive Olav Sund said on Monday that output would rise.",
		roles: []string{"Olav Sund: Chief Executive of Brevik Oil"},
	},
	{
		name:  "a nationality and the kind of firm after the office",
		text:  "Olav Sund, chief executive of Norwegian oil firm Brevik Oil, said on Monday that output would rise.",
		roles: []string{"Olav Sund: Chief Executive of Brevik Oil"},
	},
	{
		name:  "the office of a country's firm before the name",
		text:  "The chairman of Japan's Tokai Heavy Industries, Kenta Ono, resigned on Friday over the accounting scandal.",
		roles: []string{"Kenta Ono: Chairman of Tokai Heavy Industries"},
	},
	{
		name:  "a nationality of the holder before the office of a firm",
		text:  "Ines Barros, the Portuguese managing director of Atlantica Shipping, said freight rates had doubled.",
		roles: []string{"Ines Barros: Managing Director of Atlantica Shipping"},
	},
	{
		name:  "a firm whose name ends in a field word before its chairman",
		text:  "Zambezi Copper chairman Mulenga Phiri told shareholders in Lusaka that the mine would reopen.",
		roles: []string{"Mulenga Phiri: Chairman of Zambezi Copper"},
	},
	{
		name:  "a country's firm and its possessive office",
		text:  "South Korea's Hanwol Electronics chairman Park Jin-ho said on Tuesday that chip prices would recover.",
		roles: []string{"Park Jin-ho: Chairman of Hanwol Electronics"},
	},
	{
		name:  "a nationality and a firm's possessive office",
		text:  "German carmaker Volkstal's chief executive, Jonas Riedl, said on Tuesday the plant would close.",
		roles: []string{"Jonas Riedl: Chief Executive of Volkstal"},
	},
	{
		name:  "a city-named firm before its founder",
		text:  "Tallinn Robotics founder Kaarel Tamm said the company would hire 200 engineers next year.",
		roles: []string{"Kaarel Tamm: Founder of Tallinn Robotics"},
	},
	// near misses
	{
		name:    "a nationality's field minister stays the country's",
		text:    "Norwegian Oil minister Olav Sund said on Monday that output would rise.",
		roles:   []string{"Olav Sund: Oil Minister of Norway"},
		noRoles: []string{"Olav Sund: Minister of Norwegian Oil"},
	},
	{
		name:    "a country's firm's chief executive is not the country's",
		text:    "The chief executive of Norway's Brevik Oil, Olav Sund, said on Monday that output would rise.",
		noRoles: []string{"Olav Sund: Chief Executive of Norway"},
	},
	{
		name:    "a holder's nationality is not the firm's office's owner",
		text:    "Ines Barros, the Portuguese managing director of Atlantica Shipping, said freight rates had doubled.",
		noRoles: []string{"Ines Barros: Managing Director of Portugal"},
	},
}

func TestRolesOfFirmOfCountry(t *testing.T) { runTitles(t, roleOfFirmOfCountryCases) }
func TestRolesOfDemonym(t *testing.T)       { runTitles(t, roleOfDemonymCases) }
func TestRolesOfOwner(t *testing.T)         { runTitles(t, roleOfOwnerCases) }
func TestRolesOfBodyName(t *testing.T)      { runTitles(t, roleOfBodyNameCases) }
func TestRolesOfQualified(t *testing.T)     { runTitles(t, roleOfQualifiedCases) }
func TestRolesOfStoryCountry(t *testing.T)  { runTitles(t, roleOfStoryCountryCases) }
