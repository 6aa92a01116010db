package extract

import "testing"

// dealPartsCases tell the purchase or sale of a part of a firm (a
// division, a unit, a stake): the firm whose part changes hands is a side
// of the deal with the buyer, and with the seller when one is named. A
// stake sold on the market, a part only sought, and one held make none.
var dealPartsCases = []wordingCase{
	{
		name: "completed the purchase of a firm's division",
		text: "Markets were calm on Wednesday.\n\nHalvard Group completed the purchase of Dalmor Inc's packaging division on Friday.",
		want: []string{"AGREEMENT: party=Dalmor Inc; party=Halvard Group"},
	},
	{
		name: "the purchase of a firm's division by a buyer, in the passive",
		text: "Markets were calm on Wednesday.\n\nThe purchase of Ostler Paper Co's tissue division by Brisk Industries was completed on Monday.",
		want: []string{"AGREEMENT: party=Brisk Industries; party=Ostler Paper Co"},
	},
	{
		name: "completed the purchase of a stake in a firm",
		text: "Markets were calm on Wednesday.\n\nBrenton Corp completed the purchase of a 30 pct stake in Wexford Mining Ltd on Tuesday.",
		want: []string{"AGREEMENT: party=Brenton Corp; party=Wexford Mining Ltd"},
	},
	{
		name: "completed its acquisition of an interest in a firm",
		text: "Markets were calm on Wednesday.\n\nSalcombe Oil has completed its acquisition of a 40 pct interest in Tarrant Gas Corp, it said.",
		want: []string{"AGREEMENT: party=Salcombe Oil; party=Tarrant Gas Corp"},
	},
	{
		name: "sold its stake in a firm to a buyer",
		text: "Markets were calm on Wednesday.\n\nBrenton Corp sold its stake in Wexford Mining Ltd to Ashgrove Capital on Monday.",
		want: []string{"AGREEMENT: party=Ashgrove Capital; party=Brenton Corp; party=Wexford Mining Ltd"},
	},
	{
		name: "sold its percentage holding in a bank to an insurer",
		text: "Markets were calm on Wednesday.\n\nAshgrove Capital sold its 25 pct holding in Teller Bank to Lanark Insurance Co last week.",
		want: []string{"AGREEMENT: party=Ashgrove Capital; party=Lanark Insurance Co; party=Teller Bank"},
	},
	{
		name: "one firm's acquisition of another's leasing unit approved by regulators",
		text: "Markets were calm on Wednesday.\n\nCorlund Group's acquisition of Hensley Group's leasing unit was approved by regulators.",
		want: []string{"AGREEMENT: party=Corlund Group; party=Hensley Group"},
	},
	{
		name: "one firm's purchase of another's banking arm was completed",
		text: "Markets were calm on Wednesday.\n\nMorrow Financial's purchase of Keel Holdings' banking arm was completed on Thursday.",
		want: []string{"AGREEMENT: party=Keel Holdings; party=Morrow Financial"},
	},
	{
		name: "finalised the acquisition of a firm's shipping arm",
		text: "Markets were calm on Wednesday.\n\nTarvik Lines finalised the acquisition of Norrmark AB's shipping arm on Monday.",
		want: []string{"AGREEMENT: party=Norrmark AB; party=Tarvik Lines"},
	},
	{
		name: "a stake sold on the open market to no one named is no deal",
		text: "Markets were calm on Wednesday.\n\nBrenton Corp sold its 15 pct stake in Wexford Mining Ltd on the open market.",
		not:  []string{"AGREEMENT"},
	},
	{
		name: "a purchase of a stake only considered is none",
		text: "Markets were calm on Wednesday.\n\nBrenton Corp is considering the purchase of a 30 pct stake in Wexford Mining Ltd.",
		not:  []string{"AGREEMENT"},
	},
	{
		name: "a majority holding held is no deal",
		text: "Markets were calm on Wednesday.\n\nAshgrove Capital holds a majority holding in Teller Bank.",
		not:  []string{"AGREEMENT"},
	},
	{
		name: "a bid for a firm's division rejected is no deal",
		text: "Markets were calm on Wednesday.\n\nDalmor Inc rejected Halvard Group's offer for the purchase of its packaging division.",
		not:  []string{"AGREEMENT"},
	},
}

func TestWordingDealsParts(t *testing.T) { runWording(t, dealPartsCases) }
