package extract

import (
	"testing"
	"time"
)

// bodyTalkCases tell a session of a named international or trade body
// (a council, a committee, a board of governors, its ministers) as a
// meeting with the body as its one participant, and a country or a
// person who takes part in that session as another; a body that only
// speaks, a firm's board or shareholders, a parliament sitting and a
// "meeting" of a need are none.
var bodyTalkCases = []wordingCase{
	{
		name: "a special session of a body's council, to come",
		text: "Delegates will gather for a special session of the Caspian Sturgeon Council in Baku next week.",
		want: []string{"MEETING/PLANNED: participant=Caspian Sturgeon Council"},
	},
	{
		name: "a body's ministerial talks in a month to come",
		text: "Exporters hope the International Jute Organisation's ministerial talks in July will set a new price band.",
		want: []string{"MEETING/PLANNED: participant=International Jute Organization"},
	},
	{
		name: "a trade pact's ministers will meet in a city",
		text: "Ministers of the Southern Cone Free Trade Association will meet in Geneva next week to review tariffs on copper.",
		want: []string{"MEETING/PLANNED: participant=Southern Cone Free Trade Association"},
	},
	{
		name: "a body's council meets on a day",
		text: "The Tin Producers Association council meets on Tuesday to discuss export quotas.",
		want: []string{"MEETING/PLANNED: participant=Tin Producers Association"},
	},
	{
		name: "informal consultations of a pact's committee ended",
		text: "Informal consultations of the Baltic Free Trade Council market committee ended in Oslo on Monday without agreement.",
		want: []string{"MEETING/HAPPENED: participant=Baltic Free Trade Council"},
	},
	{
		name: "debate at a body's session is to begin",
		text: "Debate at the West African Cocoa Board session is expected to begin tomorrow in Accra.",
		want: []string{"MEETING/PLANNED: participant=West African Cocoa Board"},
	},
	{
		name: "a regional bank's board of governors met",
		text: "The board of governors of the Pacific Development Bank met in Suva last week and approved a capital increase.",
		want: []string{"MEETING/HAPPENED: participant=Pacific Development Bank"},
	},
	{
		name: "a country that presented its case at the session takes part",
		text: "The Coffee Exporters Union opened a special session in Nairobi on Monday. Brazil presented its case for higher quotas at the session.",
		want: []string{"MEETING: participant=Brazil; participant=Coffee Exporters Union"},
	},
	{
		name: "a minister who told the conference attended it",
		text: "The Baltic Grain Council conference opened in Riga on Monday. Trade Minister Ola Strand of Latvia told the conference that stocks were too high.",
		want: []string{"MEETING: participant=Baltic Grain Council; participant=Ola Strand"},
	},
	{
		name: "a body held a special session",
		text: "The Caribbean Sugar Union will hold a special session in Kingston next week to discuss quotas.",
		want: []string{"MEETING/PLANNED: participant=Caribbean Sugar Union"},
	},
	{
		name: "a regional bank's board of governors to meet",
		text: "The Andean Development Bank's board of governors will meet in Quito in May.",
		want: []string{"MEETING/PLANNED: participant=Andean Development Bank"},
	},
	{
		name: "a body whose name ends in Board holds a session, no firm's board",
		text: "The Pacific Rubber Board session ended in Jakarta on Friday without a deal.",
		want: []string{"MEETING/HAPPENED: participant=Pacific Rubber Board"},
	},
	{
		name: "a body's past ministerial talks in a month",
		text: "The Caribbean Sugar Union's ministerial talks in May ended without a deal on quotas.",
		want: []string{"MEETING/HAPPENED: participant=Caribbean Sugar Union"},
	},
	{
		name: "one who spoke at a meeting of two people joins no one",
		text: "Pia Lund met Ola Vik on Monday. Rolf Dahl told reporters at the meeting that prices were high.",
		not:  []string{"Rolf Dahl"},
	},
	{
		name: "a firm that held a meeting holds no session",
		text: "Halden Group held a meeting in Oslo on Monday.",
		not:  []string{"MEETING"},
	},
	{
		name: "a body said something: no session",
		text: "The International Jute Organisation said on Monday that world stocks rose by a tenth last year.",
		not:  []string{"MEETING"},
	},
	{
		name: "a body issued a report: no session",
		text: "The Caspian Sturgeon Council issued a report on catches in Baku on Tuesday.",
		not:  []string{"MEETING"},
	},
	{
		name: "a parliament sitting is no body's session",
		text: "The Estonian parliament sat until midnight on Tuesday to debate the budget.",
		not:  []string{"MEETING"},
	},
	{
		name: "a body that says supply will not meet demand holds no session",
		text: "The Tin Producers Association said supply would not meet demand this year.",
		not:  []string{"MEETING"},
	},
	{
		name: "shareholders' annual meeting of a firm is no body's session",
		text: "Halden Motors shareholders will vote on the buyout at the annual meeting in May.",
		not:  []string{"MEETING"},
	},
}

func TestWordingBodyTalks(t *testing.T) { runWording(t, bodyTalkCases) }

// firmTalkCases tell talks between two firms, or a firm and a person, as
// a meeting of the two; talks as speeches, peace talks with no side named
// and talks that only could follow are none.
var firmTalkCases = []wordingCase{
	{
		name: "discussions between two firms are continuing",
		text: "Discussions between Halden Motors and Vester Steel are continuing, a spokesman for Halden said.",
		want: []string{"MEETING: participant=Halden Motors; participant=Vester Steel"},
	},
	{
		name: "a firm in talks with another over a merger",
		text: "Orlan Foods is in talks with Brisk Dairy over a merger, the company said on Monday.",
		want: []string{"MEETING: participant=Brisk Dairy; participant=Orlan Foods"},
	},
	{
		name: "two firms are holding talks",
		text: "Kestrel Airways and Mirabel Aviation are holding talks on a joint venture in cargo.",
		want: []string{"MEETING: participant=Kestrel Airways; participant=Mirabel Aviation"},
	},
	{
		name: "negotiations between two firms sped up",
		text: "Negotiations between Corvin Chemicals and Astel Pharma sped up last week after the bid.",
		want: []string{"MEETING: participant=Astel Pharma; participant=Corvin Chemicals"},
	},
	{
		name: "a firm's managers met another firm's chief executive",
		text: "Pinecrest Bank managers met the chief executive of Lorne Securities on Monday to discuss the offer.",
		want: []string{"MEETING/HAPPENED: participant=Lorne Securities; participant=Pinecrest Bank"},
	},
	{
		name: "talks between a firm and an investor broke down",
		text: "Talks between Gravis Mining and investor Paul Drummond broke down on Friday.",
		want: []string{"MEETING/HAPPENED: participant=Gravis Mining; participant=Paul Drummond"},
	},
	{
		name: "a firm will hold talks with another",
		text: "Varden Oil will hold talks with Sundberg Energy next week about a possible sale of its refinery.",
		want: []string{"MEETING/PLANNED: participant=Sundberg Energy; participant=Varden Oil"},
	},
	{
		name: "a firm confirmed preliminary talks with another",
		text: "Tellar Group confirmed it had held preliminary talks with Ostra Telecom about a takeover.",
		want: []string{"MEETING/HAPPENED: participant=Ostra Telecom; participant=Tellar Group"},
	},
	{
		name: "a firm negotiating with another over a unit",
		text: "Rowan Textiles said it was negotiating with Bellmont Mills over the purchase of its spinning unit.",
		want: []string{"MEETING: participant=Bellmont Mills; participant=Rowan Textiles"},
	},
	{
		name: "talks a chief gave are speeches",
		text: "Halden Motors chief Ana Ruiz gave talks at three universities last year.",
		not:  []string{"MEETING"},
	},
	{
		name: "peace talks with no side named",
		text: "Peace talks resumed in the capital on Monday, the radio said.",
		not:  []string{"MEETING"},
	},
	{
		name: "talks that could follow are none",
		text: "Vester Steel said talks could follow if prices fell further.",
		not:  []string{"MEETING"},
	},
}

func TestWordingFirmTalks(t *testing.T) { runWording(t, firmTalkCases) }

// bodyTalkDayCases: the day a body's session or firms' talks take from
// the text, published on Wednesday 14 April 1999.
var bodyTalkDayCases = []dayCase{
	{"a body's ministerial talks in a month stay a month",
		"Exporters hope the International Jute Organisation's ministerial talks in July will set a new price band.",
		"MEETING PLANNED 1999-07"},
	{"a body's council meets on a weekday",
		"The Tin Producers Association council meets on Tuesday to discuss export quotas.",
		"MEETING PLANNED 1999-04-20"},
	{"consultations of a pact's committee ended on a weekday",
		"Informal consultations of the Baltic Free Trade Council market committee ended in Oslo on Monday without agreement.",
		"MEETING HAPPENED 1999-04-12"},
	{"a body's past ministerial talks in a month are last year's",
		"The Caribbean Sugar Union's ministerial talks in May ended without a deal on quotas.",
		"MEETING HAPPENED 1998-05"},
	{"a body's session is expected to begin tomorrow",
		"The Pacific Rubber Board session is expected to begin tomorrow in Jakarta.",
		"MEETING PLANNED 1999-04-15"},
	{"debate at a body's session begins tomorrow",
		"Debate at the West African Cocoa Board session is expected to begin tomorrow in Accra.",
		"MEETING PLANNED 1999-04-15"},
}

func TestWordingBodyTalkDays(t *testing.T) {
	runDayCases(t, "bodytalks", time.Date(1999, 4, 14, 0, 0, 0, 0, time.UTC), bodyTalkDayCases)
}
