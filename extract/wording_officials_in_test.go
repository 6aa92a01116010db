package extract

import "testing"

// officialsInCases are invented sentences of talks with the unnamed
// officials of a place, told by "officials in X", a stay there, a
// possessive ("her counterparts") or a discussion the trip is for: the
// country of the place stands for them.
var officialsInCases = []wordingCase{
	{
		name: "talks with officials in a capital: its country",
		text: "Finance Minister Rosa Quintero held talks with officials in Ottawa on Monday.",
		want: []string{"MEETING/HAPPENED: participant=Canada; participant=Rosa Quintero"},
	},
	{
		name: "talks with senior officials in a capital",
		text: "Trade Minister Erik Lindqvist held talks with senior officials in Nairobi on Tuesday.",
		want: []string{"MEETING/HAPPENED: participant=Erik Lindqvist; participant=Kenya"},
	},
	{
		name: "in a city this week for talks with officials",
		text: "Finance Minister Rosa Quintero is in Lima this week for talks with government officials.",
		want: []string{"MEETING: participant=Peru; participant=Rosa Quintero"},
	},
	{
		name: "flying to two countries for talks with their leaders",
		text: "Finance Minister Rosa Quintero flew to Peru and Chile for talks with their leaders.",
		want: []string{"MEETING/HAPPENED: participant=Peru; participant=Rosa Quintero", "MEETING/HAPPENED: participant=Chile; participant=Rosa Quintero"},
	},
	{
		name: "travelling to two countries to meet her counterparts",
		text: "Finance Minister Rosa Quintero will travel to Peru and Chile to meet her counterparts.",
		want: []string{"MEETING/PLANNED: participant=Peru; participant=Rosa Quintero", "MEETING/PLANNED: participant=Chile; participant=Rosa Quintero"},
	},
	{
		name: "travelling to discuss trade with officials there",
		text: "Finance Minister Rosa Quintero will travel to Peru and Chile next week to discuss trade with officials there.",
		want: []string{"MEETING/PLANNED: participant=Peru; participant=Rosa Quintero", "MEETING/PLANNED: participant=Chile; participant=Rosa Quintero"},
	},
	{
		name: "leaving for two countries for talks with officials",
		text: "Finance Minister Rosa Quintero left for Peru and Chile on Monday for talks with officials.",
		want: []string{"MEETING/HAPPENED: participant=Peru; participant=Rosa Quintero", "MEETING/HAPPENED: participant=Chile; participant=Rosa Quintero"},
	},
	{
		name: "flying to a country to discuss aid with ministers",
		text: "Development Minister Piet Claes flew to Ghana on Monday to discuss aid with ministers.",
		want: []string{"MEETING/HAPPENED: participant=Ghana; participant=Piet Claes"},
	},
	{
		name: "talks with business leaders in a capital: no government",
		text: "Finance Minister Rosa Quintero held talks with business leaders in Ottawa on Monday.",
		not:  []string{"participant=Canada"},
	},
	{
		name: "in a city for a holiday",
		text: "Finance Minister Rosa Quintero is in Lima this week for a holiday.",
		not:  []string{"MEETING"},
	},
	{
		name: "travelling to meet her children",
		text: "Finance Minister Rosa Quintero will travel to Peru to meet her children.",
		not:  []string{"participant=Peru"},
	},
	{
		name: "travelling to discuss trade with bankers",
		text: "Finance Minister Rosa Quintero will travel to Zurich to discuss trade with bankers.",
		not:  []string{"participant=Switzerland"},
	},
}

func TestWordingOfficialsIn(t *testing.T) { runWording(t, officialsInCases) }
