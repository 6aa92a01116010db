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
		not:  []string{"participant=NATO"},
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
}

func TestWordingGatherings(t *testing.T) { runWording(t, gatheringCases) }
