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
	{
		name: "a visit with no place in a story with no dateline: the country the story is set in",
		text: "PERU DOCK STRIKE HALTS COPPER SHIPMENTS\nA strike by Peruvian dockers has halted copper shipments, union leaders said.\nThe government of Peru said the strike was timed to embarrass ministers during the visit of Danish Prime Minister Mads Kjeldsen, who arrives on Friday for a two-day official visit.\nPeru's copper exports fell by a fifth last year.",
		want: []string{"VISIT: destination=Peru; visitor=Mads Kjeldsen"},
	},
	{
		name: "a visit with no place by one of the story's own country goes nowhere",
		text: "PERU DOCK STRIKE HALTS COPPER SHIPMENTS\nA strike by Peruvian dockers has halted copper shipments, union leaders said.\nThe unions said the strike was timed to embarrass Peruvian Prime Minister Rosa Ibarra, who begins a three-day official visit today.\nPeru's copper exports fell by a fifth last year.",
		not:  []string{"VISIT"},
	},
	{
		name: "a visit with no place in a story of two countries goes nowhere",
		text: "Chilean and Peruvian dockers have halted copper shipments, union leaders in Chile and Peru said.\nThe strike was timed to embarrass Danish Prime Minister Mads Kjeldsen, who arrives on Friday for a two-day official visit.\nExports from Chile and Peru fell by a fifth last year.",
		not:  []string{"VISIT"},
	},
	{
		name: "a club travelling to a ground to meet another club plays an away game",
		text: "Non-league side Harrow Rovers, who beat Tiverton on Tuesday, will travel to Elm Park to meet holders Kestrel United in January.",
		not:  []string{"VISIT"},
	},
	{
		name: "a body's people travelling to meet another body make a trip",
		text: "Velmora Bank executives will travel to Oslo next week to meet Kestrel Holdings.",
		want: []string{"VISIT: destination=Oslo; visitor=Velmora Bank"},
	},
	{
		name: "a club's manager travelling to meet a club makes a trip",
		text: "Harrow Rovers manager Tom Ellery will travel to Lisbon on Monday to meet Benfica.",
		want: []string{"VISIT: destination=Lisbon; visitor=Tom Ellery"},
	},
	{
		name: "an epithet opening the sentence after a person is named is that person",
		text: "Award-winning director Maren Holt has said her next film will be shot in Iceland.\nThe Cannes winner explained on a visit to Reykjavik that the script was nearly done.",
		want: []string{"VISIT: destination=Reykjavik; visitor=Maren Holt"},
	},
	{
		name: "an epithet after two people named is no one",
		text: "Director Maren Holt and actor Tomas Brandt have fallen out over the film.\nThe Cannes winner explained on a visit to Reykjavik that the script was nearly done.",
		not:  []string{"VISIT"},
	},
}

func TestWordingVoyagers(t *testing.T) { runWording(t, voyagerCases) }
