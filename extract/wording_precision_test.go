package extract

import "testing"

// precisionCases are invented sentences in the wordings a broad sample of
// unseen wire news showed the frames reading as events that are none: an
// event under a refused or negated course of action ("has no plans to",
// "failed to agree on", "would not attempt to"); a verb of receiving
// whose object is a thing ("welcomed the announcement", "saw it as");
// and participants read as the wrong entity: "the two banks" as the paper
// that reported them, "its talks" as the last state named, "the
// government" as the official who speaks of it, "West German" as Germany,
// a firm's address ("X Ltd, Osaka, Japan", "Danbury, Vermont-based Y") as
// a side; a sitting of a legislature, a briefing of reporters, fellow
// travellers who "discuss" a matter on their trip, and what "will be
// discussed with X" read as meetings.
var precisionCases = []wordingCase{
	{
		name: "no plans to open talks",
		text: "Fisheries minister Odo Brandt said he had no plans to open formal talks with Lusitania over cod quotas.",
		not:  []string{"MEETING"},
	},
	{
		name: "plans to open talks, not negated",
		text: "Fisheries minister Odo Brandt said he had plans to open formal talks with Lusitania over cod quotas.",
		want: []string{"MEETING/PLANNED: participant=Lusitania; participant=Odo Brandt"},
	},
	{
		name: "failed to agree on deals",
		text: "The farm ministers failed to agree on fresh fishing deals with Lusitania and Ruritania, diplomats said.",
		not:  []string{"AGREEMENT"},
	},
	{
		name: "agreed on deals",
		text: "The farm ministers agreed on fresh fishing deals with Lusitania and Ruritania, diplomats said.",
		want: []string{"AGREEMENT: party=Lusitania; party=Ruritania"},
	},
	{
		name: "would not attempt to reach agreement",
		text: "Danish minister Per Holm warned his colleagues that he would not even attempt to reach agreement during this round.",
		not:  []string{"AGREEMENT"},
	},
	{
		name: "welcomed a person's announcement",
		text: "Harlow Corp and Benning Corp, the two firms which own Skyline, welcomed Mr Brandt's announcement.",
		not:  []string{"MEETING"},
	},
	{
		name: "welcomed a person",
		text: "Vandor Aero chairman Ilse Korda welcomed Premier Odo Brandt at the plant.",
		want: []string{"MEETING: participant=Ilse Korda; participant=Odo Brandt"},
	},
	{
		name: "saw it as a step",
		text: "Harlow Corp cut its prices on Monday. Aides said they believed Premier Odo Brandt saw it as a real advance.",
		not:  []string{"MEETING"},
	},
	{
		name: "saw a person",
		text: "Premier Odo Brandt saw President Ilse Korda on Monday.",
		want: []string{"MEETING: participant=Ilse Korda; participant=Odo Brandt"},
	},
	{
		name: "the two banks are the two told in talks, not the paper that reported it",
		text: "Shares in Harlow Bank climbed after a press report that it had held merger talks with rival lender Benning Bank. Harlow would not discuss the story in the Daily Planet. The two banks reportedly met in the autumn.",
		want: []string{"MEETING/HAPPENED: participant=Benning Bank; participant=Harlow Bank"},
		not:  []string{"Daily Planet"},
	},
	{
		name: "its talks are the subject's",
		text: "Oslo has agreed to raise the problems of Chad and Niger in its talks with Lima on restoring relations, the minister said.",
		want: []string{"MEETING: participant=Lima; participant=Oslo"},
		not:  []string{"participant=Niger"},
	},
	{
		name: "the government an official speaks of is the official's country",
		text: "Latvian planning minister Ivo Marek said the government is in discussions with Carlow Water.",
		want: []string{"MEETING: participant=Carlow Water; participant=Latvia"},
		not:  []string{"participant=Ivo Marek"},
	},
	{
		name: "a two-word nationality names its own country",
		text: "The delegates, led by President Ivo Marek, will pay a three-day visit to Bonn in June when they are due for a meeting with senior West German officials.",
		want: []string{"MEETING/PLANNED: participant=Ivo Marek; participant=West Germany"},
	},
	{
		name: "a firm's address is no side",
		text: "Harlow Inc said it signed the agreements with Tamura Denki Co Ltd, Osaka, Japan, providing for a joint programme.",
		want: []string{"AGREEMENT/HAPPENED: party=Harlow Inc; party=Tamura Denki Co Ltd"},
	},
	{
		name: "a person's base before -based is no side",
		text: "The Corvin Group said it had begun talks with Danbury, Vermont-based Alan Quist.",
		want: []string{"MEETING/HAPPENED: participant=Alan Quist; participant=Corvin Group"},
	},
	{
		name: "a person's city before a description is no side",
		text: "The Harlow Group said it had begun talks with Danbury, Vermont, shopping mall developer Alan Quist in response to the offer.",
		want: []string{"MEETING/HAPPENED: participant=Alan Quist; participant=Harlow Group"},
	},
	{
		name: "a country after a firm in a list is a side",
		text: "The European Community signed trade agreements with the Harlow Group, Japan and Canada.",
		want: []string{"AGREEMENT/HAPPENED: party=Canada; party=European Community; party=Harlow Group; party=Japan"},
	},
	{
		name: "a session of a legislature",
		text: "Talks began today but were suspended when labour minister Ivo Marek left to attend a session of Congress.",
		not:  []string{"participant=Congress"},
	},
	{
		name: "a session of a body of states",
		text: "Farm minister Ivo Marek will attend a session of the Nordic Timber Council in Tromso next week.",
		want: []string{"MEETING/PLANNED: participant=Ivo Marek; participant=Nordic Timber Council"},
	},
	{
		name: "meeting with reporters",
		text: "Union vice president Carl Hedd said he will meet with reporters this afternoon on the union's talks with Dorne Motors Corp.",
		not:  []string{"participant=Carl Hedd"},
	},
	{
		name: "fellow travellers discuss a matter during their visit",
		text: "Trade chief Ann Brill and farm secretary Jon Welk will discuss wheat during a visit to Ruritania starting next week.",
		want: []string{"VISIT/PLANNED: destination=Ruritania; visitor=Ann Brill"},
		not:  []string{"MEETING"},
	},
	{
		name: "two people discuss a matter",
		text: "Trade chief Ann Brill and farm secretary Jon Welk discussed wheat on Monday.",
		want: []string{"MEETING/HAPPENED: participant=Ann Brill; participant=Jon Welk"},
	},
	{
		name: "a matter to be discussed with a body",
		text: "The Harlow Power Co said it reached a preliminary agreement with the Benning Rural Electric Association. It also will be discussed with the Carlow Electric Association.",
		not:  []string{"MEETING"},
	},
	{
		name: "a treaty named for a city has no city for a side",
		text: "Under the 1961 Treaty of Oslo all contracts signed by the Council must contain this clause.",
		not:  []string{"party=Oslo"},
	},
	{
		name: "two airlines named after a dash are new ones, not the pair told before",
		text: "Halden Aero announced a deal with Norvale Systems to build a test rig. Vandor Aero has also signed fresh deals with two Latvian airlines - Air Baltica and Skyway.",
		want: []string{"AGREEMENT/HAPPENED: party=Air Baltica; party=Vandor Aero"},
		not:  []string{"party=Norvale Systems; party=Vandor Aero"},
	},
}

func TestWordingPrecision(t *testing.T) { runWording(t, precisionCases) }
