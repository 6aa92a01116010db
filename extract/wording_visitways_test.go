package extract

import "testing"

// visitWayCases are invented sentences that state a visit in words the
// lexicon lacked or the parser scatters: a mission sent somewhere, a
// flight told in the perfect or by "jetted", a trip noun whose "to"
// phrase the parser hung on another word, a tour "being cancelled".
var visitWayCases = []wordingCase{
	{
		name: "a person who sets out on a mission to a city",
		text: "Veldanian Foreign Minister Tavi Korhonen set out on a mission to Quito on Monday to seek support for the plan.",
		want: []string{"VISIT: destination=Quito; visitor=Tavi Korhonen"},
	},
	{
		name: "a mission kept in a country is no visit",
		text: "Veldanian envoy Tavi Korhonen said on Monday that his mission in Peru was to monitor the ceasefire.",
		not:  []string{"VISIT"},
	},
	{
		name: "a flight told in the pluperfect",
		text: "Veldanian Trade Minister Ana Ferro said she had flown to Quito in March to meet bankers.",
		want: []string{"VISIT/HAPPENED: destination=Quito; visitor=Ana Ferro"},
	},
	{
		name: "a flight told by 'jetted'",
		text: "Veldanian Trade Minister Ana Ferro jetted to Quito on Monday for a round of talks.",
		want: []string{"VISIT/HAPPENED: destination=Quito; visitor=Ana Ferro"},
	},
	{
		name: "a trip noun whose 'to' phrase the parser hung on the verb",
		text: "The Veldanian president, Tavi Korhonen, promised new loans to farmers ahead of his visit to Ecuador next week.",
		want: []string{"VISIT/PLANNED: destination=Ecuador; visitor=Tavi Korhonen"},
	},
	{
		name: "a tour 'being cancelled' after the noun, however parsed",
		text: "The boycott saw fans picket concerts, led to Jon Halvorsen's Peruvian tour being cancelled and forced organisers to drop him.",
		want: []string{"VISIT/CANCELLED: destination=Peru; visitor=Jon Halvorsen"},
	},
}

func TestWordingVisitWays(t *testing.T) { runWording(t, visitWayCases) }

// visitSentCases are invented sentences that tell a visit by what makes
// it known or who goes for whom: an announced trip, a landing told as
// "touched down", a party sent by a body, a delegation named again.
var visitSentCases = []wordingCase{
	{
		name: "an announced trip is still to come",
		text: "Veldanian President Tavi Korhonen announced a trip to Ecuador, his first abroad since the election.",
		want: []string{"VISIT/PLANNED: destination=Ecuador; visitor=Tavi Korhonen"},
	},
	{
		name: "a landing told as 'touched down'",
		text: "Veldanian Trade Minister Ana Ferro touched down in Quito on Monday evening.",
		want: []string{"VISIT/HAPPENED: destination=Quito; visitor=Ana Ferro"},
	},
	{
		name: "a country sends a trade mission: it visits through it",
		text: "Ecuador will send a trade mission to Veldania in May to pursue the banana accord.",
		want: []string{"VISIT/PLANNED: destination=Veldania; visitor=Ecuador"},
	},
	{
		name: "a person who sends an envoy stays at home",
		text: "Veldanian President Tavi Korhonen said he would send an envoy to Quito next week.",
		not:  []string{"VISIT"},
	},
	{
		name: "the delegation named again is the one led by its leader",
		text: "An Ecuadorean farm delegation led by Rui Campos arrived in Veldania on Sunday. The delegation will visit Korsby on Friday.",
		want: []string{"VISIT/PLANNED: destination=Korsby; visitor=Rui Campos"},
	},
	{
		name: "a visit verb after 'due to' that the tagger read as a noun",
		text: "Ecuadorean President Lia Mora is due to visit Korsby in June, her aides said, in a step that might become the first visit of its kind for years.",
		want: []string{"VISIT/PLANNED: destination=Korsby; visitor=Lia Mora"},
	},
}

func TestWordingVisitSent(t *testing.T) { runWording(t, visitSentCases) }
