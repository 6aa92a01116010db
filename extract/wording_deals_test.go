package extract

import "testing"

// dealCases are invented paragraphs for the deals of business and
// diplomatic news the tuned sets barely hold: a stake bought from a
// seller, a firm bought named after its trade, a purchase a noun set off
// after it calls an agreement, a with-phrase the parser took for a
// complement, signatories whose offices name their states only in part.
var dealCases = []wordingCase{
	{
		name: "a stake in a mine bought from a seller: the seller is the other side",
		text: "Markets were calm on Wednesday.\n\nOrvane Holdings agreed to purchase a one-third stake in a Peruvian zinc mine from Keltor Steel Corp on Monday.",
		want: []string{"AGREEMENT: party=Keltor Steel Corp; party=Orvane Holdings"},
	},
	{
		name: "a stake in a firm with no seller: the firm",
		text: "Markets were calm on Wednesday.\n\nOrvane Holdings agreed on Monday to purchase a one-third stake in Keltor Steel Corp for cash.",
		want: []string{"AGREEMENT: party=Keltor Steel Corp; party=Orvane Holdings"},
	},
	{
		// (once told as no agreement; a stake bought from its holder is
		// their deal since "bought the stake from Y", whichever noun the
		// parser hangs "from Y" on)
		name: "a stake in a mine bought from its holder",
		text: "Markets were calm on Wednesday.\n\nOrvane Holdings bought a one-third stake in a zinc mine from Keltor Steel Corp in 1994.",
		want: []string{"AGREEMENT: party=Keltor Steel Corp; party=Orvane Holdings"},
	},
	{
		name: "a firm bought named after its trade, the buyer described after its name",
		text: "Markets were calm on Wednesday.\n\nOrvane Holdings, Europe's biggest cement firm, has agreed to buy Texan brick maker Keltor for dollars 90m (pounds 50m).",
		want: []string{"AGREEMENT: party=Keltor; party=Orvane Holdings"},
	},
	{
		name: "all of a firm bought, the deal set off after the clause",
		text: "Markets were calm on Wednesday.\n\nOrvane Holdings said it was acquiring 100% of Keltor Steel Corp, a deal that ends years of shared control.",
		want: []string{"AGREEMENT: party=Keltor Steel Corp; party=Orvane Holdings"},
	},
	{
		name: "shares bought, the move set off after the clause is no deal",
		text: "Markets were calm on Wednesday.\n\nOrvane Holdings said it was buying back 5% of its own shares, a move that ends years of decline.",
		not:  []string{"AGREEMENT"},
	},
	{
		name: "whom one agreed with, told before the loan and taken for a complement",
		text: "Markets were calm on Wednesday.\n\nOrvane Holdings agreed in May with the Swedish government's export agency, Keltor Capital, on a loan of 400 million crowns for the plant.",
		want: []string{"AGREEMENT: party=Keltor Capital; party=Orvane Holdings"},
	},
	{
		name: "whom one agreed with, an arm of a city named after it",
		text: "Markets were calm on Wednesday.\n\nOrvane Holdings agreed on Friday with the city's development arm, Keltor Capital, on a grant for the plant.",
		want: []string{"AGREEMENT: party=Keltor Capital; party=Orvane Holdings"},
	},
	{
		name: "agreeing with a described body on a price names no side",
		text: "Markets were calm on Wednesday.\n\nOrvane Holdings agreed on Friday with the city's planning office on a price for the land.",
		not:  []string{"AGREEMENT"},
	},
	{
		name: "a minister of no named state signs after a summit: the summit's other state",
		text: "Markets were calm on Wednesday.\n\nDanish Prime Minister Lars Holm met Latvian President Anna Berzina in Copenhagen on Monday. After the meeting, Trade Minister Erik Lund and Latvian Economy Minister Janis Ozols signed an exchange of letters covering a grant for a port.",
		want: []string{"AGREEMENT: party=Denmark; party=Latvia; signatory=Erik Lund; signatory=Janis Ozols"},
	},
	{
		name: "a minister of no named state signs with no summit told: no state guessed",
		text: "Markets were calm on Wednesday.\n\nTrade Minister Erik Lund and Latvian Economy Minister Janis Ozols signed an exchange of letters covering a grant for a port.",
		want: []string{"AGREEMENT: party=Latvia; signatory=Erik Lund; signatory=Janis Ozols"},
		not:  []string{"Denmark"},
	},
	{
		name: "an exchange of views is talk",
		text: "Markets were calm on Wednesday.\n\nDanish and Latvian officials had a frank exchange of views on fishing quotas.",
		not:  []string{"AGREEMENT"},
	},
	{
		name: "the two, the noun left out, witness the signing after their talks",
		text: "Markets were calm on Wednesday.\n\nDanish Prime Minister Lars Holm held talks with Latvian President Anna Berzina in Copenhagen on Monday. Later that day the two attended the signing of several documents, including a treaty on fisheries.",
		want: []string{"AGREEMENT: party=Denmark; party=Latvia; signatory=Anna Berzina; signatory=Lars Holm"},
	},
	{
		name: "a dateline of two places names no side",
		text: "LIMA/QUITO, March 9 (Reuters) - Orvane Holdings agreed on Monday to sell its cement unit to Keltor Steel Corp for cash.",
		want: []string{"AGREEMENT: party=Keltor Steel Corp; party=Orvane Holdings"},
		not:  []string{"Lima"},
	},
}

func TestDealWording(t *testing.T) { runWording(t, dealCases) }
