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
}

// TestWordingContextAgree guards agreements whose sides stand outside the
// signing clause.
func TestWordingContextAgree(t *testing.T) { runWording(t, contextAgreeCases) }
