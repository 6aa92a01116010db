package extract

import "testing"

// agreeWireCases are invented wire-style paragraphs of firms' deals: what
// the agreement binds a side to names the other side ("a letter of intent
// to buy X", "an agreement in principle to sell Y"), also when that is a
// part or a share of a firm bought from it.
var agreeWireCases = []wordingCase{
	{
		name: "a letter of intent to buy a firm",
		text: "Markets were calm on Wednesday.\n\nBrackwell Instruments Inc said it signed a letter of intent to buy Ostrander Valve Corp for 22 mln dlrs.",
		want: []string{"AGREEMENT: party=Brackwell Instruments Inc; party=Ostrander Valve Corp"},
	},
	{
		name: "an agreement in principle to buy a firm",
		text: "Markets were calm on Wednesday.\n\nBrackwell Instruments Inc said it reached an agreement in principle to buy Ostrander Valve Corp for 40 mln dlrs.",
		want: []string{"AGREEMENT: party=Brackwell Instruments Inc; party=Ostrander Valve Corp"},
	},
	{
		name: "an agreement to buy a firm's unit: the firm sells it",
		text: "Markets were calm on Wednesday.\n\nBrackwell Instruments Inc said it reached an agreement to buy the chemicals unit of Ostrander Valve Corp on Monday.",
		want: []string{"AGREEMENT: party=Brackwell Instruments Inc; party=Ostrander Valve Corp"},
	},
	{
		name: "a preliminary agreement to buy a firm's unit, the firm in the possessive",
		text: "Markets were calm on Wednesday.\n\nBrackwell Instruments Inc said it reached a preliminary agreement to buy Ostrander Valve Corp's pumps unit.",
		want: []string{"AGREEMENT: party=Brackwell Instruments Inc; party=Ostrander Valve Corp"},
	},
	{
		name: "a definitive agreement to buy all of a firm",
		text: "Markets were calm on Wednesday.\n\nBrackwell Instruments Inc said it has a definitive agreement to buy 100 pct of Ostrander Valve Corp on Monday.",
		want: []string{"AGREEMENT: party=Brackwell Instruments Inc; party=Ostrander Valve Corp"},
	},
	{
		name: "a firm says another agreed to buy its unit",
		text: "Markets were calm on Wednesday.\n\nOstrander Valve Corp said Brackwell Instruments Inc agreed to buy its pumps unit.",
		want: []string{"AGREEMENT: party=Brackwell Instruments Inc; party=Ostrander Valve Corp"},
	},
	{
		name: "a stake in a firm told by its kind, bought under a deal",
		text: "Markets were calm on Wednesday.\n\nDutch publisher Velmar Media NV will acquire a 30% stake in Polish newspaper firm Nowa Press SA under a deal valued at 40m euros.",
		want: []string{"AGREEMENT: party=Nowa Press SA; party=Velmar Media NV"},
	},
	{
		name: "agreeing to another country's proposal is agreeing with it",
		text: "Markets were calm on Wednesday.\n\nKeltor Mining agreed to a Chilean proposal to cut copper output, traders said.",
		want: []string{"AGREEMENT: party=Chile; party=Keltor Mining"},
	},
	{
		name: "agreeing to a firm's offer is agreeing with it",
		text: "Markets were calm on Wednesday.\n\nKeltor Mining agreed on Tuesday to an offer from Orvane Holdings for its smelter.",
		want: []string{"AGREEMENT: party=Keltor Mining; party=Orvane Holdings"},
	},
	{
		name: "an agreement for the sale of a unit to a buyer",
		text: "Markets were calm on Wednesday.\n\nBrackwell Instruments Inc said it signed an agreement for the sale of its plastics unit to Ostrander Valve Corp on Monday.",
		want: []string{"AGREEMENT: party=Brackwell Instruments Inc; party=Ostrander Valve Corp"},
	},
	{
		name: "an agreement for the acquisition of a firm",
		text: "Markets were calm on Wednesday.\n\nBrackwell Instruments Inc said it signed a definitive agreement for the acquisition of Ostrander Valve Corp on Monday.",
		want: []string{"AGREEMENT: party=Brackwell Instruments Inc; party=Ostrander Valve Corp"},
	},
	{
		name: "an agreement to sell ended, the act hung on the verb",
		text: "Markets were calm on Wednesday.\n\nBrackwell Instruments Inc said it terminated its agreement to sell its plastics unit to Ostrander Valve Corp on Monday.",
		want: []string{"AGREEMENT/CANCELLED: party=Brackwell Instruments Inc; party=Ostrander Valve Corp"},
	},
	{
		name: "agreeing to a takeover by a firm",
		text: "Markets were calm on Wednesday.\n\nBrackwell Instruments Inc agreed to a takeover by Ostrander Valve Corp for 40 dlrs a share.",
		want: []string{"AGREEMENT: party=Brackwell Instruments Inc; party=Ostrander Valve Corp"},
	},
	{
		name: "the unit a firm sells is no side",
		text: "Markets were calm on Wednesday.\n\nBrackwell Instruments Inc said it signed a definitive agreement to sell its Ostrander Valve Co subsidiary to Kobori Corp on Monday.",
		want: []string{"AGREEMENT: party=Brackwell Instruments Inc; party=Kobori Corp"},
	},
	{
		name: "a unit of its own firm that a parent agrees to sell is no side",
		text: "Markets were calm on Wednesday.\n\nOrvane Holdings owns Kelso Stores Corp, which runs 40 shops. Orvane announced its first agreement to sell a Kelso unit in April, the company said.",
		not:  []string{"AGREEMENT"},
	},
	{
		name: "selling its own unit names no other side",
		text: "Markets were calm on Wednesday.\n\nOstrander Valve Corp said it reached an agreement to sell its pumps unit.",
		not:  []string{"AGREEMENT"},
	},
}

func TestAgreeWireWordings(t *testing.T) { runWording(t, agreeWireCases) }
