package extract

import "testing"

// stakeCases tell a firm buying part of another (a stake, a holding, an
// interest, a block of shares from a seller) as their agreement: the
// firm whose part it is is a side, beside the buyer and the seller when
// one is named. Shares bought on a market, a stake held or raised, and a
// purchase only considered make none.
var stakeCases = []wordingCase{
	{
		name: "bought a stake in a firm",
		text: "Halden Group bought a 15 pct stake in Norsk Metall Inc last week.",
		want: []string{"AGREEMENT/HAPPENED: party=Halden Group; party=Norsk Metall Inc"},
	},
	{
		name: "has purchased an interest in a firm",
		text: "Mertens AG has purchased a 49 pct interest in Sorel Chemicals SA, the companies said.",
		want: []string{"AGREEMENT/HAPPENED: party=Mertens AG; party=Sorel Chemicals SA"},
	},
	{
		name: "will acquire a majority holding from a seller",
		text: "Kestrel Holdings will acquire a majority holding in Borland Inc from Cobalt Mining Ltd, it said on Monday.",
		want: []string{"AGREEMENT/PLANNED: party=Borland Inc; party=Cobalt Mining Ltd; party=Kestrel Holdings"},
	},
	{
		name: "acquired shares of a firm from a seller",
		text: "Vantor Corp said it acquired 2.5 mln shares of Ferris Industries Inc from Lumen Capital Corp on Friday.",
		want: []string{"AGREEMENT/HAPPENED: party=Ferris Industries Inc; party=Lumen Capital Corp; party=Vantor Corp"},
	},
	{
		name: "a letter of intent to acquire shares, or an interest, of a firm",
		text: "Acme Corp signed a letter of intent to acquire two mln shares, or a 15 pct interest, of Borland Inc, it said.",
		want: []string{"AGREEMENT/HAPPENED: party=Acme Corp; party=Borland Inc"},
	},
	{
		name: "an agreement to buy a stake from a seller",
		text: "Orion Bank signed an agreement to buy a 30 pct stake in Delta Airways Ltd from Ferris Holdings Inc on Tuesday.",
		want: []string{"AGREEMENT/HAPPENED: party=Delta Airways Ltd; party=Ferris Holdings Inc; party=Orion Bank"},
	},
	{
		name: "bought a minority stake, told in the present perfect",
		text: "Tamsin Group has bought a minority stake in Horvath Foods Inc for 12 mln dlrs.",
		want: []string{"AGREEMENT/HAPPENED: party=Horvath Foods Inc; party=Tamsin Group"},
	},
	{
		name: "acquired a holding in a firm last month",
		text: "Pacifica Corp acquired a 10 pct holding in Brandt Steel Co last month, filings showed.",
		want: []string{"AGREEMENT/HAPPENED: party=Brandt Steel Co; party=Pacifica Corp"},
	},
	{
		name: "agreed to buy a stake from a seller: the firm too",
		text: "Orion Bank agreed to buy a 30 pct stake in Delta Airways Ltd from Ferris Holdings Inc for 40 mln dlrs.",
		want: []string{"AGREEMENT/HAPPENED: party=Delta Airways Ltd; party=Ferris Holdings Inc; party=Orion Bank"},
	},
	{
		name: "shares bought on a market from no one make no deal",
		text: "Halden Group bought 500,000 shares of Norsk Metall Inc on the open market last week.",
		not:  []string{"AGREEMENT"},
	},
	{
		name: "a stake held is no purchase",
		text: "Halden Group holds a 15 pct stake in Norsk Metall Inc, the filing said.",
		not:  []string{"AGREEMENT"},
	},
	{
		name: "a stake raised is no purchase of a part named",
		text: "Halden Group raised its stake in Norsk Metall Inc to 20 pct.",
		not:  []string{"AGREEMENT"},
	},
	{
		name: "a purchase only considered is none",
		text: "Acme Corp is considering buying a stake in Borland Inc, sources said.",
		not:  []string{"AGREEMENT"},
	},
}

func TestWordingDealsStakes(t *testing.T) { runWording(t, stakeCases) }
