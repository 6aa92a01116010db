package extract

import "testing"

// gatheringCases are invented paragraphs that tell an event without a verb
// of meeting or travel: a body's summit one speaks at or is at, a trip or
// an appearance called off, an accord initialled.
var gatheringCases = []wordingCase{
	{
		name: "a fronted phrase puts the speaker at a body's summit in a city",
		text: "Markets were calm on Wednesday.\n\nAt last month's Baltic Fisheries Council summit in Oslo, Finnish Prime Minister Tavi Korhonen urged deeper cuts in cod quotas.",
		want: []string{"MEETING/HAPPENED: participant=Baltic Fisheries Council; participant=Tavi Korhonen", "VISIT/HAPPENED: destination=Oslo; visitor=Tavi Korhonen"},
	},
	{
		name: "speaking at the annual meeting of a body",
		text: "Markets were calm on Wednesday.\n\nFinnish Prime Minister Tavi Korhonen spoke at the annual meeting of the Baltic Fisheries Council in Oslo on Tuesday.",
		want: []string{"MEETING/HAPPENED: participant=Baltic Fisheries Council; participant=Tavi Korhonen", "VISIT/HAPPENED: destination=Oslo; visitor=Tavi Korhonen"},
	},
	{
		name: "addressing a body's conference, the city hung on the verb",
		text: "Markets were calm on Wednesday.\n\nFinnish Prime Minister Tavi Korhonen addressed the Baltic Fisheries Council conference in Oslo on Tuesday.",
		want: []string{"MEETING/HAPPENED: participant=Baltic Fisheries Council; participant=Tavi Korhonen"},
	},
	{
		name: "telling a body's summit something",
		text: "Markets were calm on Wednesday.\n\nFinnish Prime Minister Tavi Korhonen told the Baltic Fisheries Council summit in Oslo on Tuesday that quotas must fall.",
		want: []string{"MEETING/HAPPENED: participant=Baltic Fisheries Council; participant=Tavi Korhonen"},
	},
	{
		name: "saying something on the sidelines of a body's summit, and speaking at the next",
		text: "Markets were calm on Wednesday.\n\nFinnish Prime Minister Tavi Korhonen said on the sidelines of a NATO summit in Oslo that quotas must fall. Austrian Chancellor Ilse Marrow will speak at the NATO summit in Riga next month.",
		want: []string{"MEETING/HAPPENED: participant=NATO; participant=Tavi Korhonen", "MEETING/PLANNED: participant=Ilse Marrow; participant=NATO"},
	},
	{
		name: "a participle clause of speaking, and being at a summit",
		text: "Markets were calm on Wednesday.\n\nSpeaking at the NATO summit in Oslo, Finnish Prime Minister Tavi Korhonen said quotas must fall. Austrian Chancellor Ilse Marrow was at the NATO summit in Riga on Tuesday.",
		want: []string{"MEETING/HAPPENED: participant=NATO; participant=Tavi Korhonen", "MEETING/HAPPENED: participant=Ilse Marrow; participant=NATO", "VISIT/HAPPENED: destination=Riga; visitor=Ilse Marrow"},
		not:  []string{"MEETING/HAPPENED: participant=Ilse Marrow; participant=NATO; participant=Tavi Korhonen"},
	},
	{
		name: "a summit that is only the venue of a meeting, the time before it, or the topic adds no one to it",
		text: "Markets were calm on Wednesday.\n\nFinnish Prime Minister Tavi Korhonen met Austrian Chancellor Ilse Marrow on the sidelines of the NATO summit in Oslo. Before the NATO summit, Swedish Foreign Minister Lars Brenn said quotas must fall. Danish Foreign Minister Mette Aalund criticised the NATO summit.",
		want: []string{"MEETING/HAPPENED: participant=Ilse Marrow; participant=Tavi Korhonen"},
		// (the summit is NATO's own session, no meeting of theirs)
		not: []string{"participant=NATO; participant=Tavi Korhonen", "Lars Brenn", "Mette Aalund"},
	},
	{
		name: "a trip called off is a cancelled visit",
		text: "Markets were calm on Wednesday.\n\nFinnish Prime Minister Tavi Korhonen cancelled a trip to Oslo planned for next week because of the floods.",
		want: []string{"VISIT/CANCELLED: destination=Oslo; visitor=Tavi Korhonen"},
	},
	{
		name: "an appearance at a gathering in a city called off",
		text: "Markets were calm on Wednesday.\n\nFinnish Prime Minister Tavi Korhonen cancelled his appearance at the Oslo forum.",
		want: []string{"VISIT/CANCELLED: destination=Oslo; visitor=Tavi Korhonen"},
	},
	{
		name: "talks put off are still planned",
		text: "Markets were calm on Wednesday.\n\nFinnish Prime Minister Tavi Korhonen postponed talks with Austrian Chancellor Ilse Marrow until May.",
		want: []string{"MEETING/PLANNED: participant=Ilse Marrow; participant=Tavi Korhonen"},
	},
	{
		name: "an accord initialled",
		text: "Markets were calm on Wednesday.\n\nFinland and Austria initialled a fishing treaty on Monday. Kestrel Motors has initialled a supply contract with Baltic Steel Corp on Friday.",
		want: []string{"AGREEMENT/HAPPENED: party=Austria; party=Finland", "AGREEMENT/HAPPENED: party=Baltic Steel Corp; party=Kestrel Motors"},
	},
	{
		name: "a body's members gathering in a city, and its ministers ending a meeting",
		text: "Markets were calm on Wednesday.\n\nThe Baltic Fisheries Council's members will gather in Oslo next week to set quotas. In Riga, farm ministers from the Northern Grain Council ended their conference on Monday.",
		want: []string{"MEETING/PLANNED: participant=Baltic Fisheries Council", "MEETING/HAPPENED: participant=Northern Grain Council"},
	},
	{
		name: "gathering evidence, support or pace, or a crowd gathering, is no meeting",
		text: "Markets were calm on Wednesday.\n\nThe Baltic Fisheries Council gathered evidence in Oslo on Monday. Finnish Prime Minister Tavi Korhonen and Austrian Chancellor Ilse Marrow gathered support in Riga. Finnish and Austrian farmers gathered in Oslo on Tuesday.",
		not:  []string{"MEETING"},
	},
	{
		name: "inviting someone for talks or to talks is meeting them",
		text: "Markets were calm on Wednesday.\n\nThe Baltic Fisheries Council got word on Friday that Swedish Prime Minister Lars Brenn had invited it for talks on quotas. Swedish Prime Minister Lars Brenn invited Austrian Chancellor Ilse Marrow to talks in Stockholm.",
		want: []string{"MEETING/PLANNED: participant=Baltic Fisheries Council; participant=Lars Brenn", "MEETING/PLANNED: participant=Ilse Marrow; participant=Lars Brenn", "VISIT/PLANNED: destination=Stockholm; visitor=Ilse Marrow"},
	},
	{
		name: "one invited for talks meets no one named",
		text: "Markets were calm on Wednesday.\n\nFinnish Prime Minister Tavi Korhonen was invited for talks in Vienna.",
		not:  []string{"MEETING"},
	},
	{
		name: "a visit made with someone takes them along",
		text: "Markets were calm on Wednesday.\n\nFinnish Prime Minister Tavi Korhonen visited Vienna with Finnish Finance Minister Aino Salo on Monday. Swedish Prime Minister Lars Brenn made a trip to Oslo with Swedish Trade Minister Eva Lind.",
		want: []string{"VISIT/HAPPENED: destination=Vienna; visitor=Aino Salo", "VISIT/HAPPENED: destination=Vienna; visitor=Tavi Korhonen", "VISIT: destination=Oslo; visitor=Eva Lind", "VISIT: destination=Oslo; visitor=Lars Brenn"},
	},
	{
		name: "a visit with one at home in the place visited is a visit to them",
		text: "Markets were calm on Wednesday.\n\nFinnish Prime Minister Tavi Korhonen arrived in Vienna on Monday for a visit with Austrian Chancellor Ilse Marrow.",
		want: []string{"VISIT/HAPPENED: destination=Vienna; visitor=Tavi Korhonen"},
		not:  []string{"visitor=Ilse Marrow"},
	},
	{
		name: "coming to a country is a trip there; coming to power or from a place is not",
		text: "Markets were calm on Wednesday.\n\nFinnish envoy Tavi Korhonen came to Austria on Friday with a message for the chancellor. Swedish envoy Lars Brenn came to power in Norway in 1999. Danish envoy Mette Aalund came from Vienna on Monday.",
		want: []string{"VISIT/HAPPENED: destination=Austria; visitor=Tavi Korhonen"},
		not:  []string{"visitor=Lars Brenn", "visitor=Mette Aalund"},
	},
	{
		name: "an order placed for a maker's jets, and one won from a buyer",
		text: "Markets were calm on Wednesday.\n\nKestrel Air placed a firm order for twelve Norden Aircraft Corp freighters on Tuesday. Vasa Shipyards won an order from Tallinn Ferries Corp for two ferries.",
		want: []string{"AGREEMENT/HAPPENED: party=Kestrel Air; party=Norden Aircraft Corp", "AGREEMENT/HAPPENED: party=Tallinn Ferries Corp; party=Vasa Shipyards"},
	},
	{
		name: "an order that is no agreement",
		text: "Markets were calm on Wednesday.\n\nKestrel Air cut fares in order to win market share from Norden Aircraft Corp. Factory orders rose in Finland.",
		not:  []string{"AGREEMENT"},
	},
	{
		name: "agreeing to pay for goods another supplies is an agreement with the supplier",
		text: "Markets were calm on Wednesday.\n\nAustria agreed on Friday to pay more for timber delivered by Finland.",
		want: []string{"AGREEMENT/HAPPENED: party=Austria; party=Finland"},
	},
	{
		name: "a deal like one between two others is theirs too",
		text: "Markets were calm on Wednesday.\n\nFinland signed a gas deal with Austria on Monday, modelled on one between Norway and Denmark.",
		want: []string{"AGREEMENT/HAPPENED: party=Austria; party=Finland", "AGREEMENT: party=Denmark; party=Norway"},
	},
	{
		name: "a deal for one firm to sell to another",
		text: "Markets were calm on Wednesday.\n\nKestrel Motors announced a deal for Baltic Steel Corp to sell its Riga plant to Norden Auto Group.",
		want: []string{"AGREEMENT: party=Baltic Steel Corp; party=Norden Auto Group"},
	},
	{
		name: "a plan agreed in a participle clause is the main clause's sides' agreement, made",
		text: "Markets were calm on Wednesday.\n\nKestrel Motors and Baltic Steel Corp will merge under a plan, agreed in outline in March, that creates a large steel group.",
		want: []string{"AGREEMENT/HAPPENED: party=Baltic Steel Corp; party=Kestrel Motors"},
	},
	{
		name: "goods supplied by another, wherever the participle hangs",
		text: "Markets were calm on Wednesday.\n\nAustria agreed on Friday to pay more for timber delivered by Finland.",
		want: []string{"AGREEMENT/HAPPENED: party=Austria; party=Finland"},
	},
}

func TestWordingGatherings(t *testing.T) { runWording(t, gatheringCases) }
