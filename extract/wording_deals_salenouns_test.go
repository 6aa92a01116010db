package extract

import "testing"

// dealSaleNounCases: a sale, purchase or acquisition told as a noun whose
// agent stands in a by-phrase ("the sale by X of its holdings in Y") or is
// the subject of the verb that announces or completes it ("X announced
// the purchase of Y") is an agreement of the seller and the buyer, with
// the firm sold or whose holdings are sold when it is named. A sale of
// goods, sales figures and an offer only made give none.
var dealSaleNounCases = []dealCase{
	{
		name: "the sale by a firm of its holdings in another",
		text: "The sale by Halden Corp of its holdings in Pryce Mills was completed on Monday.",
		want: []string{"AGREEMENT/HAPPENED: party=Halden Corp; party=Pryce Mills"},
	},
	{
		name: "the sale by a firm of its holdings in another to a buyer",
		text: "The sale by Halden Corp of its holdings in Pryce Mills to Orland Group was completed on Monday.",
		want: []string{"AGREEMENT/HAPPENED: party=Halden Corp; party=Orland Group; party=Pryce Mills"},
	},
	{
		name: "shareholders approved the sale by a firm of its unit to a buyer",
		text: "Shareholders approved the sale by Halden Corp of its cement unit to Orland Group.",
		want: []string{"AGREEMENT: party=Halden Corp; party=Orland Group"},
	},
	{
		name: "the acquisition by a firm of another",
		text: "The acquisition by Orland Group of Pryce Mills was approved by shareholders on Friday.",
		want: []string{"AGREEMENT: party=Orland Group; party=Pryce Mills"},
	},
	{
		name: "the purchase by a firm of another for a sum",
		text: "The purchase by Corvan Holdings of Bellmere Foods for 20 mln dlrs was completed last week.",
		want: []string{"AGREEMENT/HAPPENED: party=Bellmere Foods; party=Corvan Holdings"},
	},
	{
		name: "announced the sale of a named firm to a buyer",
		text: "Tarrant Inc announced the sale of Lindqvist Tool Co to Mercer Industries.",
		want: []string{"AGREEMENT/HAPPENED: party=Lindqvist Tool Co; party=Mercer Industries; party=Tarrant Inc"},
	},
	{
		name: "announced the purchase of a named firm",
		text: "Tarrant Inc announced the purchase of Lindqvist Tool Co for 40 mln dlrs.",
		want: []string{"AGREEMENT/HAPPENED: party=Lindqvist Tool Co; party=Tarrant Inc"},
	},
	{
		name: "announced the acquisition of a named firm",
		text: "Corvan Holdings announced the acquisition of Bellmere Foods on Tuesday.",
		want: []string{"AGREEMENT/HAPPENED: party=Bellmere Foods; party=Corvan Holdings"},
	},
	{
		name: "completed the acquisition of a named firm",
		text: "Orland Group completed the acquisition of Pryce Mills in March.",
		want: []string{"AGREEMENT/HAPPENED: party=Orland Group; party=Pryce Mills"},
	},
	{
		name: "announced the sale of its business to a buyer from a town",
		text: "Tarrant Inc announced the sale of its valve business to Mercer Industries of Omaha, Neb.",
		want: []string{"AGREEMENT/HAPPENED: party=Mercer Industries; party=Tarrant Inc"},
	},
	// none
	{
		name: "the sale of tickets",
		text: "Ashby Rovers announced the sale of tickets for the final on Monday.",
		not:  []string{"AGREEMENT"},
	},
	{
		name: "sales rose",
		text: "Halden Corp said its sales rose 5 pct in the first quarter.",
		not:  []string{"AGREEMENT"},
	},
	{
		name: "a rejected offer for a club",
		text: "Ashby Rovers rejected an offer for the club from Corvan Holdings.",
		not:  []string{"AGREEMENT"},
	},
	{
		name: "the sale by a firm of bonds",
		text: "Halden Corp announced the sale of 200 mln dlrs of bonds.",
		not:  []string{"AGREEMENT"},
	},
}

func TestDealSaleNouns(t *testing.T) { runDeals(t, dealSaleNounCases) }
