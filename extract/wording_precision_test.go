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
// a side.
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
		text: "Shares in Harlow Bank rose after a press report that it had held merger talks with rival lender Benning Bank. Harlow has declined to comment on the report in the Daily Planet. The two banks reportedly held talks in October.",
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
		text: "The delegates, led by President Ivo Marek, will pay a two-day visit to Bonn in June when they are due for a meeting with senior West German cabinet members.",
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
}

func TestWordingPrecision(t *testing.T) { runWording(t, precisionCases) }
