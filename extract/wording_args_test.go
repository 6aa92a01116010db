package extract

import "testing"

// argsBuildingCases are invented arrivals at a building: a visit is to a
// place, so the destination is the town the building stands in (told
// "in Y" or by the dateline) and the building is where in it; an arrival
// at a building of the visitor's own seat is no visit.
var argsBuildingCases = []wordingCase{
	{
		name: "seen arriving at a palace under a town's dateline",
		text: "VIENNA, April 13 - Saudi Oil Minister Khalid al-Rumaih was seen arriving at the Hofburg Palace on Tuesday.",
		want: []string{"VISIT: destination=Vienna; visitor=Khalid al-Rumaih"},
		not:  []string{"destination=Hofburg"},
	},
	{
		name: "arrived at a palace in a town: one visit, to the town",
		text: "Kenyan President Daniel Mwangi arrived at the Elysee Palace in Paris on Wednesday.",
		want: []string{"VISIT: destination=Paris; visitor=Daniel Mwangi"},
		not:  []string{"destination=Elysee"},
	},
	{
		name: "two ministers seen arriving at a hall: each visits the dateline's town",
		text: "OTTAWA, April 14 - Italian Treasury Minister Ugo Ferrante and Dutch Finance Minister Pieter van Loon were seen arriving at the Rideau Hall on Wednesday.",
		want: []string{"VISIT: destination=Ottawa; visitor=Ugo Ferrante", "VISIT: destination=Ottawa; visitor=Pieter van Loon"},
		not:  []string{"destination=Rideau"},
	},
	{
		name: "arrived at a palace in a town for talks",
		text: "Chilean Foreign Minister Ines Lagomarsino arrived at the Ajuda Palace in Lisbon on Monday for talks on trade.",
		want: []string{"VISIT: destination=Lisbon; visitor=Ines Lagomarsino"},
		not:  []string{"destination=Ajuda"},
	},
	{
		name: "arrived at a street in a town",
		text: "Polish Premier Marek Zielinski arrived at Downing Street in London yesterday.",
		want: []string{"VISIT: destination=London; visitor=Marek Zielinski"},
		not:  []string{"destination=Downing"},
	},
	{
		name: "arrived at a parliament building under the capital's dateline",
		text: "CANBERRA, April 14 - Indonesian Foreign Minister Budi Santoso arrived at Parliament House today for a two-day visit.",
		want: []string{"VISIT: destination=Canberra; visitor=Budi Santoso"},
		not:  []string{"destination=Parliament"},
	},
	{
		name: "will arrive at a residence in a town",
		text: "Thai Prime Minister Somchai Wongsawat will arrive at the Blue House in Seoul on Friday.",
		want: []string{"VISIT: destination=Seoul; visitor=Somchai Wongsawat"},
		not:  []string{"destination=Blue House"},
	},
	{
		name: "arrived at a presidential palace under a town's dateline",
		text: "BRASILIA, April 12 - Peruvian President Alberto Quispe arrived at the Planalto Palace on Monday.",
		want: []string{"VISIT: destination=Brasilia; visitor=Alberto Quispe"},
		not:  []string{"destination=Planalto"},
	},
	// negatives: a leader at a building of the own capital pays no visit
	{
		name: "a minister arriving at a palace of the own capital",
		text: "MADRID, April 13 - Spanish Economy Minister Rosa Ibarra arrived at the Moncloa Palace on Tuesday for a cabinet session.",
		not:  []string{"VISIT"},
	},
	{
		name: "a president arriving at a palace of the own capital",
		text: "CAIRO, April 12 - Egyptian President Hosni Farouk arrived at the Abdeen Palace on Monday.",
		not:  []string{"VISIT"},
	},
	{
		name: "a prime minister arriving at a palace of the own capital",
		text: "ROME, April 13 - Italian Prime Minister Carlo Benedetti arrived at the Quirinale Palace on Tuesday.",
		not:  []string{"VISIT"},
	},
}

func TestWordingArgsBuildings(t *testing.T) { runWording(t, argsBuildingCases) }

// argsModifierCases are invented sides told through a town placing a
// trade's people ("Houston refiners": firms based there, no side of the
// town) and a firm kept out of an agreement ("excluded from the accord
// with X": no side of it).
var argsModifierCases = []wordingCase{
	{
		name: "a minister met a town's bankers",
		text: "Peruvian Finance Minister Lucia Caceres met New York bankers on Friday to discuss the country's debt.",
		want: []string{"MEETING: participant=Lucia Caceres"},
		not:  []string{"New York"},
	},
	{
		name: "talks with a town's bankers in that town",
		text: "Mexico's Finance Minister Jorge Salinas held talks with Paris bankers in Paris on Tuesday.",
		want: []string{"MEETING: participant=Jorge Salinas", "VISIT: destination=Paris; visitor=Jorge Salinas"},
		not:  []string{"participant=Paris"},
	},
	{
		name: "a country met a town's bankers",
		text: "Peru met Rotterdam bankers on Friday.",
		want: []string{"MEETING: participant=Peru"},
		not:  []string{"Rotterdam"},
	},
	{
		name: "a minister met a town's refiners",
		text: "Ecuador's Energy Minister Raul Cordero met Houston refiners on Wednesday.",
		want: []string{"MEETING: participant=Raul Cordero"},
		not:  []string{"Houston"},
	},
	{
		name: "an agreement with a town's steelmakers",
		text: "Vietnam signed a supply agreement with Osaka steelmakers on Tuesday.",
		not:  []string{"Osaka"},
	},
	{
		name: "a governor's talks with a town's bankers",
		text: "The Kenyan central bank governor held talks with Geneva bankers on Monday.",
		not:  []string{"Geneva"},
	},
	{
		name: "an agreement with a town's refiners",
		text: "Ghana signed an accord with Hamburg refiners on Friday for crude supplies.",
		not:  []string{"Hamburg"},
	},
	{
		name: "a firm excluded from an agreement is no side of it",
		text: "Norbeck Systems said on Monday it was excluded from the agreement with Vantor Avionics.",
		not:  []string{"Norbeck"},
	},
	{
		name: "a firm's unit excluded from a pact",
		text: "A unit of Halberg Group had been excluded from the supply pact with Ostrava Steel, a spokesman said.",
		not:  []string{"Halberg"},
	},
	{
		name: "a firm barred from a venture agreement between two others",
		text: "Kestrel Mining was barred from the joint venture agreement between Orvane Petroleum and Tessel Harbour Works.",
		want: []string{"AGREEMENT: party=Orvane Petroleum; party=Tessel Harbour Works"},
		not:  []string{"Kestrel"},
	},
	{
		name: "a firm won a navy contract: the navy is the side",
		text: "Dravon Systems won a German Navy contract on Monday for sonar sets.",
		want: []string{"AGREEMENT: party=Dravon Systems; party=German Navy"},
		not:  []string{"party=Germany"},
	},
	// negatives: two towns' traders are no two sides
	{
		name: "two towns' bankers held talks",
		text: "Frankfurt bankers held talks with Zurich bankers on Tuesday about the loan.",
		not:  []string{"MEETING"},
	},
	{
		name: "two towns' investors met",
		text: "Milan investors met Turin investors on Monday to discuss the merger.",
		not:  []string{"MEETING"},
	},
	{
		name: "two towns' shipowners signed a pact",
		text: "Oslo shipowners signed a pact with Bergen shipowners on Thursday.",
		not:  []string{"AGREEMENT"},
	},
}

func TestWordingArgsModifiers(t *testing.T) { runWording(t, argsModifierCases) }

// argsSameEventCases are invented follow-ups about an event the story
// already told: a signing sentence whose signatories' offices name no
// side ("The agreement was signed by Minister X and Y") adds them to the
// agreement told before, and "looking forward to the talks with X" is
// the talks to come, not talks held; neither is a second event.
var argsSameEventCases = []wordingCase{
	{
		name: "two ministers signed the agreement two countries made",
		text: "Portugal and Angola signed an oil exploration agreement in Luanda on Thursday.\n\nThe agreement was signed by Economy Minister Rui Tavares and Petroleum Minister Joao Mbala.",
		want: []string{"AGREEMENT: party=Angola; party=Portugal; signatory=Joao Mbala; signatory=Rui Tavares"},
		not:  []string{": signatory="},
	},
	{
		name: "two firms' officers signed their contract",
		text: "Tarvell Freight and Qorvane Shipping signed a joint venture contract on Monday.\n\nThe contract was signed by chairman Ilse Branco and managing director Obi Nakamura.",
		want: []string{"AGREEMENT: party=Qorvane Shipping; party=Tarvell Freight; signatory=Ilse Branco; signatory=Obi Nakamura"},
		not:  []string{": signatory="},
	},
	{
		name: "two bodies' officers signed the accord, in a town",
		text: "The European Union and Mercosur concluded a framework accord on Tuesday.\n\nThe accord was signed by Commissioner Anna Lindqvist and Secretary-General Pablo Ortiz in Madrid.",
		want: []string{"AGREEMENT: party=European Union; party=Mercosur; signatory=Anna Lindqvist; signatory=Pablo Ortiz"},
		not:  []string{": signatory="},
	},
	{
		name: "two secretaries signed the accord two capitals concluded",
		text: "Washington and Athens concluded a defence accord in Athens on Monday, allowing U.S. forces to keep two bases.\n\nThe agreement was signed by Secretary of State Helen Marsh and Foreign Minister Kostas Pappas after 14 months of negotiations.",
		want: []string{"AGREEMENT: party=Greece; party=United States; signatory=Helen Marsh; signatory=Kostas Pappas"},
		not:  []string{": signatory="},
	},
	{
		name: "looked forward to talks planned in the sentence before",
		text: "Prime Minister Taro Ishida of Japan will hold talks with Chancellor Greta Vogel in Berlin on Friday.\n\nVogel said she looked forward to her talks with Ishida.",
		want: []string{"MEETING/PLANNED: participant=Greta Vogel; participant=Taro Ishida"},
		not:  []string{"MEETING/HAPPENED"},
	},
	{
		name: "was looking forward to talks on a planned visit",
		text: "South Korean President Lee Jae-sung will visit Canberra next week for talks with Prime Minister Tom Holt.\n\nHolt told parliament he was looking forward to his talks with Lee.",
		want: []string{"MEETING/PLANNED: participant=Lee Jae-sung; participant=Tom Holt"},
		not:  []string{"MEETING/HAPPENED"},
	},
	{
		name: "a signatory in a relative clause joins the accord",
		text: "Chile and Bolivia signed a gas accord on Monday.\n\nBolivian President Evo Quiroga, who signed the accord, said it would bring jobs.",
		want: []string{"AGREEMENT: party=Bolivia; party=Chile; signatory=Evo Quiroga"},
		not:  []string{": signatory="},
	},
	{
		name: "a signatory and his counterpart in a relative clause join the treaty",
		text: "Hungary and Croatia signed a border treaty in Zagreb on Wednesday.\n\nHungarian Foreign Minister Laszlo Kovacs, who signed the treaty with his Croatian counterpart Ivo Maric, called it historic.",
		want: []string{"AGREEMENT: party=Croatia; party=Hungary; signatory=Ivo Maric; signatory=Laszlo Kovacs"},
		not:  []string{": signatory="},
	},
	// negatives: looking forward to talks nobody has set is no meeting
	{
		name: "looking forward to talks, none set",
		text: "Markets were calm on Wednesday.\n\nThe farm minister said he was looking forward to talks with growers.",
		not:  []string{"MEETING"},
	},
	{
		name: "looking forward to the talks, no side named",
		text: "Markets were calm on Wednesday.\n\nThe Bolivian envoy said he looked forward to the talks.",
		not:  []string{"MEETING"},
	},
	{
		name: "looking forward to a holiday",
		text: "Markets were calm on Wednesday.\n\nThe chancellor said she was looking forward to her holiday in Tuscany.",
		not:  []string{"MEETING", "VISIT"},
	},
}

func TestWordingArgsSameEvent(t *testing.T) { runWording(t, argsSameEventCases) }

// argsMemberCases are invented agreements of a body whose members an
// apposition lists ("the X Group, comprising A, B and C, agreed ..."):
// every member is a side, the first ones too, however the parser hung
// them.
var argsMemberCases = []wordingCase{
	{
		name: "a council comprising five states agreed",
		text: "The Nordic Council, comprising Denmark, Finland, Iceland, Norway and Sweden, has agreed to share fishing data.",
		want: []string{"AGREEMENT: party=Denmark; party=Finland; party=Iceland; party=Nordic Council; party=Norway; party=Sweden"},
	},
	{
		name: "a group comprising four states signed a pact",
		text: "The Visegrad Group, comprising Poland, Hungary, the Czech Republic and Slovakia, signed a pact on energy security on Monday.",
		want: []string{"AGREEMENT: party=Czech Republic; party=Hungary; party=Poland; party=Slovakia; party=Visegrad Group"},
	},
	{
		name: "a group comprising four states agreed to hold a conference",
		text: "The Contadora Group, comprising Mexico, Colombia, Venezuela and Panama, agreed on Tuesday to hold a regional peace conference.",
		want: []string{"AGREEMENT: party=Colombia; party=Contadora Group; party=Mexico; party=Panama; party=Venezuela"},
	},
	{
		name: "a union grouping five states signed an accord",
		text: "The Arab Maghreb Union, grouping Morocco, Algeria, Tunisia, Libya and Mauritania, signed a customs accord on Thursday.",
		want: []string{"AGREEMENT: party=Algeria; party=Arab Maghreb Union; party=Libya; party=Mauritania; party=Morocco; party=Tunisia"},
	},
	{
		name: "a council consisting of three states reached an agreement with a fourth",
		text: "The Baltic Council, consisting of Estonia, Latvia and Lithuania, reached an agreement with Russia on Monday on border crossings.",
		want: []string{"AGREEMENT: party=Baltic Council; party=Estonia; party=Latvia; party=Lithuania; party=Russia"},
	},
	{
		name: "a commission comprising four states agreed",
		text: "The Mekong River Commission, comprising Cambodia, Laos, Thailand and Vietnam, agreed on Tuesday to share flood data.",
		want: []string{"AGREEMENT: party=Cambodia; party=Laos; party=Mekong River Commission; party=Thailand; party=Vietnam"},
	},
	{
		name: "a customs union comprising five states signed with a bloc",
		text: "The Southern African Customs Union, comprising South Africa, Botswana, Lesotho, Namibia and Swaziland, signed a trade agreement with the European Union in Brussels.",
		want: []string{"AGREEMENT: party=Botswana; party=European Union; party=Lesotho; party=Namibia; party=South Africa; party=Southern African Customs Union; party=Swaziland"},
	},
	{
		name: "an alliance made up of four states signed an accord",
		text: "The Pacific Rim Alliance, made up of Chile, Peru, Canada and Japan, signed a fisheries accord on Monday.",
		want: []string{"AGREEMENT: party=Canada; party=Chile; party=Japan; party=Pacific Rim Alliance; party=Peru"},
	},
	// negatives: a body with its members listed, and no agreement
	{
		name: "a commission comprising four states publishes a report",
		text: "The Mekong River Commission, comprising Cambodia, Laos, Thailand and Vietnam, publishes a yearly report on fish stocks.",
		not:  []string{"AGREEMENT", "MEETING"},
	},
	{
		name: "a council comprising three states rejected a proposal",
		text: "The Baltic Council, comprising Estonia, Latvia and Lithuania, rejected the proposal on Monday.",
		not:  []string{"AGREEMENT", "MEETING"},
	},
	{
		name: "a group comprising four states was founded",
		text: "The Visegrad Group, comprising Poland, Hungary, the Czech Republic and Slovakia, was founded in 1991.",
		not:  []string{"AGREEMENT", "MEETING"},
	},
}

func TestWordingArgsMembers(t *testing.T) { runWording(t, argsMemberCases) }
