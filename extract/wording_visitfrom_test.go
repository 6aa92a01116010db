package extract

import "testing"

// visitFromCases are invented sentences that tell a visit by where one
// comes from or who goes: a flight home from a place, a flight "in from"
// a place (no visit there), a party led by a named person, a host town
// that welcomes a led party, a visit by no one in particular, a region
// that only sums up the countries of a trip, a visit under way on the
// day of what was done during it.
var visitFromCases = []wordingCase{
	{
		name: "a flight home from a place is a stay there",
		text: "Peruvian Foreign Minister Rui Campos flew home from Santiago on Tuesday after three days of talks.",
		want: []string{"VISIT/HAPPENED: destination=Santiago; visitor=Rui Campos"},
	},
	{
		name: "a flight in from a place is no visit there",
		text: "Olga Marsh reached the court building this morning after flying in from Perth.",
		not:  []string{"destination=Canberra"},
	},
	{
		name: "a flight in from a place, under a dateline, is to the dateline's town",
		text: "LIMA, April 12 - Chilean Trade Minister Ana Ferro flew in from Santiago on Monday for talks with Peruvian officials.",
		want: []string{"VISIT/HAPPENED: destination=Lima; visitor=Ana Ferro"},
		not:  []string{"destination=Santiago"},
	},
	{
		name: "a firm's delegation led by a named person: the leader visits",
		text: "A delegation from Kestrel Mining, led by chief executive Ola Brandt, visited the Quito site in March.",
		want: []string{"VISIT/HAPPENED: destination=Quito; visitor=Ola Brandt"},
		not:  []string{"visitor=Kestrel Mining"},
	},
	{
		name: "a town that welcomes a led delegation is visited",
		text: "Santiago welcomed a trade delegation led by Peruvian Trade Minister Rui Campos on Tuesday.",
		want: []string{"VISIT/HAPPENED: destination=Santiago; visitor=Rui Campos"},
	},
	{
		name: "a led delegation welcomed to a town, the town hung on the leader",
		text: "Chilean officials welcomed a Peruvian trade delegation led by Rui Campos to Santiago on Tuesday.",
		want: []string{"VISIT/HAPPENED: destination=Santiago; visitor=Rui Campos"},
	},
	{
		name: "a visit by no one in particular",
		text: "This is only the second visit by a Chilean leader to Peru in a decade.",
		not:  []string{"VISIT"},
	},
	{
		name: "a region that sums up the countries of a trip",
		text: "Gov. Rui Campos sets off on Sunday on a 12-day trade mission to Kenya and Ghana, her first journey to Africa in office.",
		want: []string{"VISIT/PLANNED: destination=Kenya; visitor=Rui Campos", "VISIT/PLANNED: destination=Ghana; visitor=Rui Campos"},
		not:  []string{"destination=Africa"},
	},
	{
		name: "a region listed beside a country is a stop",
		text: "Peruvian Trade Minister Rui Campos began a tour of Africa and India on Monday.",
		want: []string{"VISIT/HAPPENED: destination=Africa; visitor=Rui Campos", "VISIT/HAPPENED: destination=India; visitor=Rui Campos"},
	},
	{
		name: "a visit under way when something was done during it",
		text: "LIMA - Peru and Chile on Monday signed an accord on a railway linking Arica with Cusco, during the visit of Chilean Transport Minister Ana Ferro.",
		want: []string{"VISIT/HAPPENED: destination=Lima; visitor=Ana Ferro"},
	},
}

func TestWordingVisitFrom(t *testing.T) { runWording(t, visitFromCases) }
