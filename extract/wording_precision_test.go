package extract

import "testing"

// precisionCases are invented sentences in the wordings a broad sample of
// unseen wire news showed the frames reading as events that are none: an
// event under a refused or negated course of action ("has no plans to",
// "failed to agree on", "would not attempt to"); a verb of receiving
// whose object is a thing ("welcomed the announcement", "saw it as").
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
}

func TestWordingPrecision(t *testing.T) { runWording(t, precisionCases) }
