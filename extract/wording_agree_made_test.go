package extract

import "testing"

// agreeMadeCases are invented paragraphs for agreements told by how they
// were made: a settlement reached with a side, a merger of firms each
// described before its name, an agreement made at a meeting between two
// sides, a deal one stands on the verge of concluding; a body named by the
// place it runs; a route's ends.
var agreeMadeCases = []wordingCase{
	{
		name: "a settlement reached with a firm",
		text: "Markets were calm on Wednesday.\n\nBrannock Motors will cut costs after reaching a 2bn dollar settlement with Ossory Automotive over its stake.",
		want: []string{"AGREEMENT: party=Brannock Motors; party=Ossory Automotive"},
	},
	{
		name: "a settlement whose sum is given in other currencies in brackets",
		text: "Markets were calm on Wednesday.\n\nIt said Brannock Motors would restructure after reaching a dollars 3bn (2.2bn euros; pounds 1.9bn) settlement with Ossory Automotive about its stake.",
		want: []string{"AGREEMENT: party=Brannock Motors; party=Ossory Automotive"},
	},
	{
		name: "a settlement as a place is no agreement",
		text: "Markets were calm on Wednesday.\n\nThe council will expand the settlement with two hundred new homes.",
		not:  []string{"AGREEMENT"},
	},
	{
		name: "the merger of two firms each described before its name",
		text: "Markets were calm on Wednesday.\n\nThe merger of Danish shipping group Maersvik Line AB and port operator Tolvane Terminals Ltd will close in May and leaves out its Polish unit.",
		want: []string{"AGREEMENT/PLANNED: party=Maersvik Line AB; party=Tolvane Terminals Ltd"},
	},
	{
		name: "the merger of a firm and another described before its name",
		text: "Markets were calm on Wednesday.\n\nThe merger of Maersvik Line AB and steelmaker Tolvane Steel will go ahead next year.",
		want: []string{"AGREEMENT/PLANNED: party=Maersvik Line AB; party=Tolvane Steel"},
	},
	{
		name: "an agreement made during a meeting between two firms",
		text: "Markets were calm on Wednesday.\n\nThe deal was made at a summit between Chile's Minera Andaluz SA and Australia's Tolvane Metals Ltd in Santiago on Friday to settle prices.",
		want: []string{"AGREEMENT: party=Minera Andaluz SA; party=Tolvane Metals Ltd"},
	},
	{
		name: "an accord reached at talks between two firms",
		text: "Markets were calm on Wednesday.\n\nThe accord was reached at talks between Minera Andaluz SA and Tolvane Metals Ltd in Lima.",
		want: []string{"AGREEMENT: party=Minera Andaluz SA; party=Tolvane Metals Ltd"},
	},
	{
		name: "a player on the verge of a contract he is to sign",
		text: "Markets were calm on Wednesday.\n\nWinger Tomas Varga was on the verge of finally signing his first professional contract with Hallam Athletic.",
		want: []string{"AGREEMENT/PLANNED: party=Hallam Athletic; signatory=Tomas Varga"},
	},
	{
		name: "a state government and a port authority the recogniser reads as a place",
		text: "Markets were calm on Wednesday.\n\nThe Port of Antwerp Authority and the Enugu State Government on Thursday signed a memorandum of understanding covering a freight corridor.",
		want: []string{"AGREEMENT: party=Enugu State Government; party=Port of Antwerp Authority"},
	},
	{
		name: "the ends of a route the agreement pays for are no sides",
		text: "Markets were calm on Wednesday.\n\nKenya and China on Friday signed a loan agreement covering stage one of the railway between Kisumu and Malaba.",
		want: []string{"AGREEMENT: party=China; party=Kenya"},
		not:  []string{"Kisumu", "Malaba"},
	},
}

func TestWordingAgreeMade(t *testing.T) { runWording(t, agreeMadeCases) }
