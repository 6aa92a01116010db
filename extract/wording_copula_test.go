package extract

import "testing"

// copulaCases: what an event noun was, told in the past, tells it happened.
var copulaCases = []wordingCase{
	{
		name: "a trip that was a success happened",
		text: "Premier Ana Lindqvist's trip to Lima was a triumph, her party said on Monday.",
		want: []string{"VISIT/HAPPENED: destination=Lima; visitor=Ana Lindqvist"},
	},
	{
		name: "a trip that will be a success is planned",
		text: "Premier Ana Lindqvist's trip to Lima will be a triumph, her party said on Monday.",
		want: []string{"VISIT/PLANNED: destination=Lima; visitor=Ana Lindqvist"},
	},
}

func TestWordingCopula(t *testing.T) { runWording(t, copulaCases) }

// byVisitCases: a visit's "by" phrase after its destination.
var byVisitCases = []wordingCase{
	{
		name: "a visit to a place by a person is the person's, wherever the parser hung the by-phrase",
		text: "Traders expect a decision on the tariff during a visit to Lima by Chilean Premier Ana Lindqvist.",
		want: []string{"VISIT: destination=Lima; visitor=Ana Lindqvist"},
	},
}

func TestWordingByVisit(t *testing.T) { runWording(t, byVisitCases) }
