package extract

import "testing"

// travelCases are invented sentences in the wording of real news that put
// someone on a trip without "visit", "flew to" or "arrived in".
var travelCases = []wordingCase{
	{
		name: "leaving one place for another is a trip to the other",
		text: "Deputy Premier Ivan Petrov left Oslo on Monday for Santiago, where he will see mining officials.",
		want: []string{"VISIT: destination=Santiago; visitor=Ivan Petrov"},
		not:  []string{"destination=Oslo"},
	},
	{
		name: "one who will leave for a place will go there",
		text: "Officials said Trade Minister Ana Ferro would leave for Lima on Monday to attend a conference on copper.",
		want: []string{"VISIT/PLANNED: destination=Lima; visitor=Ana Ferro"},
	},
	{
		name: "one who has returned from a place was there, told in a relative clause",
		text: "Karin Holmgaard, who returned from Nairobi on Friday, said the talks there were going well.",
		want: []string{"VISIT: destination=Nairobi; visitor=Karin Holmgaard"},
	},
	{
		name: "returning to profit, leaving a firm: no trip",
		text: "Kestrel Corp returned to profit in 2004. Its chief Ana Ferro left the company in 2003 for a job in Lima.",
		not:  []string{"VISIT"},
	},
	{
		name: "a night spent in a place is a stay there",
		text: "Chancellor Ida Brandt spent the night in Oslo before the summit.",
		want: []string{"VISIT: destination=Oslo; visitor=Ida Brandt"},
	},
}

func TestWordingTravel(t *testing.T) { runWording(t, travelCases) }
