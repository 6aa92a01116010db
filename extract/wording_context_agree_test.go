package extract

import "testing"

// contextAgreeCases are invented paragraphs where an agreement's sides are
// not in the clause that signs it: a phrasal signing verb ("signed up for",
// "signed on to"), or a pact with no parties in a story about two countries.
var contextAgreeCases = []wordingCase{
	{
		name: "signing up for a deal with a counterparty reads like signing it",
		text: "Markets were calm on Wednesday.\n\nKorvath Mining signed up for a 300 million dollar supply deal with Telmira Steel Corp on Monday.",
		want: []string{"AGREEMENT/HAPPENED: party=Korvath Mining; party=Telmira Steel Corp"},
	},
	{
		name: "signing up to a deal with a counterparty reads like signing it",
		text: "Markets were calm on Wednesday.\n\nKorvath Mining signed up to a five-year gas deal with Telmira Steel Corp in Quito.",
		want: []string{"AGREEMENT/HAPPENED: party=Korvath Mining; party=Telmira Steel Corp"},
	},
	{
		name: "signing on to an accord with a counterparty reads like signing it",
		text: "Markets were calm on Wednesday.\n\nDravenport Shipping signed on to the freight accord with Ostrel Ports Ltd last week.",
		want: []string{"AGREEMENT/HAPPENED: party=Dravenport Shipping; party=Ostrel Ports Ltd"},
	},
	{
		name: "signing up for a class is no agreement",
		text: "Markets were calm on Wednesday.\n\nKorvath Mining signed up for a course on safety rules in Lima.",
		not:  []string{"AGREEMENT"},
	},
	{
		name: "a pact with no parties in a sentence about two countries' quarrel",
		text: "Markets were calm on Wednesday.\n\nTies between Chile and Bolivia have soured over water rights. A pact on river sharing signed last September has not been applied.",
		want: []string{"AGREEMENT: party=Bolivia; party=Chile"},
	},
	{
		name: "an accord with no parties where the two sides are given by adjectives",
		text: "Markets were calm on Wednesday.\n\nNorwegian and Icelandic fishermen clashed again on Sunday, and the accord forged in 1986 to share the catch looked weak.",
		want: []string{"AGREEMENT: party=Iceland; party=Norway"},
	},
	{
		name: "three countries in the window leave the pact without parties",
		text: "Markets were calm on Wednesday.\n\nTrade between Chile, Bolivia and Peru fell in March. A pact on river sharing signed last September has not been applied.",
		not:  []string{"AGREEMENT: party=Bolivia; party=Chile"},
	},
	{
		name: "a person and their own country are not two sides",
		text: "Markets were calm on Wednesday.\n\nPresident Tavi Korhonen of Peru spoke in Lima on Tuesday. A pact on river sharing signed last September has not been applied.",
		not:  []string{"AGREEMENT: party=Peru; party=Tavi Korhonen"},
	},
}

// TestWordingContextAgree guards agreements whose sides stand outside the
// signing clause.
func TestWordingContextAgree(t *testing.T) { runWording(t, contextAgreeCases) }
