package extract

import "testing"

// agreeContextCases are invented paragraphs where an agreement is told
// with one side or none and the story gives the rest: a sale told the
// sentence before, a country whose deals with firms the story tells, the
// two firms of a story; or where the maker is named only in the goods
// ordered; or a contract won from the other side.
var agreeContextCases = []wordingCase{
	{
		name: "the deal the sentence before tells as a purchase of a stake",
		text: "Markets were calm on Wednesday.\n\nOrvane Holdings has taken a stake in Lusk Paper Ltd on Tuesday. The deal was signed in Oslo.",
		want: []string{"AGREEMENT/HAPPENED: party=Lusk Paper Ltd; party=Orvane Holdings"},
	},
	{
		name: "the deal the sentence before tells as a sale",
		text: "Markets were calm on Wednesday.\n\nOrvane Holdings has sold its tissue unit to Lusk Paper Ltd for 90 million euros. The deal should close in June.",
		want: []string{"AGREEMENT: party=Lusk Paper Ltd; party=Orvane Holdings"},
	},
	{
		// the sale's sentence is shorter than the one naming the deal: the
		// agreement is triggered in its own sentence, not at the later
		// sentence's token (which ran past the end of the shorter one)
		name: "the deal named late in a long sentence after a short sale",
		text: "Markets were calm on Wednesday.\n\nHalvard Marine sold its dredging arm to Pellow Group. Stock of the two firms climbed in morning dealing on the day after the deal was made public.",
		want: []string{"AGREEMENT: party=Halvard Marine; party=Pellow Group"},
	},
	{
		name: "agreeing to buy a stake in a firm is an agreement with it",
		text: "Markets were calm on Wednesday.\n\nOrvane Holdings agreed to buy a 15 pct stake in Lusk Paper Ltd on Monday.",
		want: []string{"AGREEMENT/HAPPENED: party=Lusk Paper Ltd; party=Orvane Holdings"},
	},
	{
		name: "ordering goods named after their maker",
		text: "Markets were calm on Wednesday.\n\nBrask Airways ordered 18 Tollan jets for 700 million dollars.",
		want: []string{"AGREEMENT/HAPPENED: party=Brask Airways; party=Tollan"},
	},
	{
		name: "ordering a maker's model, the firm told before as the airline",
		text: "Markets were calm on Wednesday.\n\nBrask Airways is growing fast. In May the airline ordered 6 Tollan T-70 freighters.",
		want: []string{"AGREEMENT/HAPPENED: party=Brask Airways; party=Tollan"},
	},
	{
		name: "ordering goods from a maker; a court ordering a firm is no order",
		text: "Markets were calm on Wednesday.\n\nBrask Airways ordered 12 planes from Tollan Aero Corp in May. A court ordered Lusk Paper Ltd to pay damages.",
		want: []string{"AGREEMENT/HAPPENED: party=Brask Airways; party=Tollan Aero Corp"},
		not:  []string{"party=Lusk Paper Ltd"},
	},
	{
		name: "a country's goods bought through its airline are no order of the country",
		text: "Markets were calm on Wednesday.\n\nFreight firms were surprised when Chile's state airline ordered a dozen Tollan T-70 jets.",
		not:  []string{"party=Chile"},
	},
	{
		name: "a firm's deal told alone after another firm's deal with a country",
		text: "Markets were calm on Wednesday.\n\nOrvane Holdings signed a 3bn dollar deal with Oman to build a port. Lusk Energy sealed a 900 million dollar deal on Monday.",
		want: []string{"AGREEMENT/HAPPENED: party=Oman; party=Orvane Holdings", "AGREEMENT/HAPPENED: party=Lusk Energy; party=Oman"},
	},
	{
		name: "a firm's deal told alone after two firms' deal takes no side",
		text: "Markets were calm on Wednesday.\n\nOrvane Holdings signed a 3bn dollar deal with Lusk Energy to build a port. Tarrow Mining sealed a 900 million dollar deal on Monday.",
		not:  []string{"party=Tarrow Mining"},
	},
	{
		name: "a deal told as struck long ago in a story of two firms",
		text: "Markets were calm on Wednesday.\n\nOrvane Holdings and Lusk Energy are fighting over their joint mine. Orvane insists that the supply deal, struck in 1996, has lapsed.",
		want: []string{"AGREEMENT/HAPPENED: party=Lusk Energy; party=Orvane Holdings"},
	},
	{
		name: "a contract won from the other side",
		text: "Markets were calm on Wednesday.\n\nLusk Energy won a dollars 300m contract from Tarrow Mining Corp on Friday.",
		want: []string{"AGREEMENT/HAPPENED: party=Lusk Energy; party=Tarrow Mining Corp"},
	},
	{
		name: "a contract secured from a government",
		text: "Markets were calm on Wednesday.\n\nLusk Energy secured a 40m euro grid contract from the Peruvian government.",
		want: []string{"AGREEMENT/HAPPENED: party=Lusk Energy; party=Peru"},
	},
}

func TestWordingAgreeContext(t *testing.T) { runWording(t, agreeContextCases) }
