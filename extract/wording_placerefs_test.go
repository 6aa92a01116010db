package extract

import "testing"

// placeRefCases are invented sentences that send someone to a place the
// story calls by a description rather than by its name.
var placeRefCases = []wordingCase{
	{
		name: "a nationality's capital is that country's capital city",
		text: "Estonian Premier Kadri Saar arrived in the Peruvian capital on Tuesday for three days of talks on fisheries.",
		want: []string{"VISIT: destination=Lima; visitor=Kadri Saar"},
	},
	{
		name: "a capital of two-word nationality",
		text: "Trade envoy Mirela Vuk will fly to the North Korean capital next month, her office said.",
		want: []string{"VISIT/PLANNED: destination=Pyongyang; visitor=Mirela Vuk"},
	},
	{
		name: "the island nation is the country named just before",
		text: "Fiji's sugar mills have been shut by a strike. Belgian aid minister Joris Peeters landed in the island nation on Friday.",
		want: []string{"VISIT: destination=Fiji; visitor=Joris Peeters"},
	},
	{
		name: "a state with a modifier that is no nationality is the country named before",
		text: "Bahrain has raised its oil output. Norway's energy minister Siv Dahl will travel to the Gulf state next week.",
		want: []string{"VISIT/PLANNED: destination=Bahrain; visitor=Siv Dahl"},
	},
	{
		name: "the city is the town named just before",
		text: "Shipping in Mombasa has doubled since 2010. Danish trade minister Ole Krag arrived in the city on Monday to open a terminal.",
		want: []string{"VISIT: destination=Mombasa; visitor=Ole Krag"},
	},
	{
		name: "a nationality's state is part of a country, not the one named before",
		text: "Nepal signed a power deal on Monday. Swedish minister Per Lind later flew to the Indian state to see its dams.",
		not:  []string{"destination=Nepal"},
	},
}

func TestWordingPlaceRefs(t *testing.T) { runWording(t, placeRefCases) }

// datelineLineCases are stories under a dateline set as a line of its own.
var datelineLineCases = []wordingCase{
	{
		name: "here is the place of a dateline line with month, day and year",
		text: "RIGA, JUNE 9, 2020\n\nTrade talks opened on Tuesday.\n\nMr. Okonjo, who arrived here on Monday on a two-day visit, met the speaker.",
		want: []string{"VISIT: destination=Riga; visitor=Okonjo"},
	},
	{
		name: "the day may come before the month",
		text: "RIGA, 9 June 2020\n\nTrade talks opened on Tuesday.\n\nMr. Okonjo, who arrived here on Monday on a two-day visit, met the speaker.",
		want: []string{"VISIT: destination=Riga; visitor=Okonjo"},
	},
}

func TestWordingDatelineLine(t *testing.T) { runWording(t, datelineLineCases) }

// strippedHereCases are wire stories stripped of their dateline, where "here" is
// the country the lede is about.
var strippedHereCases = []wordingCase{
	{
		name: "a visit here in a story with no dateline is to the lede's country, not the visitor's",
		text: "Chile will sell copper to Bolivia on credit. The terms were set during a visit here this week by Bolivian Mines Minister Hugo Quispe, officials said.",
		want: []string{"VISIT: destination=Chile; visitor=Hugo Quispe"},
		not:  []string{"destination=Bolivia"},
	},
}

func TestWordingStrippedHere(t *testing.T) { runWording(t, strippedHereCases) }
