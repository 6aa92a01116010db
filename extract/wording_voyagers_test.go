package extract

import "testing"

// voyagerCases are invented sentences of trips whose traveller is named
// through a long title or a clause set off after the name.
var voyagerCases = []wordingCase{
	{
		name: "a title of a portfolio of a country, then the name, pays a visit",
		text: "On 3-4 May 2021, Minister of Foreign Affairs of Uruguay Pablo Ferreira paid a working visit to Portugal at the invitation of his counterpart.",
		want: []string{"VISIT: destination=Portugal; visitor=Pablo Ferreira"},
	},
	{
		name: "a clause set off after the title that follows the name: the named one travels",
		text: "Talks were held with a Dutch delegation led by Pieter Kalf, a deputy minister at the Ministry of Water, Roads and Ports, who arrived in Lusaka on Monday for a two-day visit.",
		want: []string{"VISIT: destination=Lusaka; visitor=Pieter Kalf"},
		not:  []string{"visitor=Ministry"},
	},
	{
		name: "a clause after a firm set off after a name describes the firm",
		text: "The deal was arranged by Hanna Roos of Velmora Bank, which arrived in Lusaka last year.",
		not:  []string{"visitor=Hanna Roos"},
	},
}

func TestWordingVoyagers(t *testing.T) { runWording(t, voyagerCases) }
