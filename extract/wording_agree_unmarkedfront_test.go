package extract

import "testing"

// unmarkedFrontCases open a deal or an accord with a phrase of time or
// circumstance that no comma sets off ("In June X agreed to buy Y"): the
// parser reads the phrase and the name after it as one, and loses the
// side that opens the clause. Phrases that end in no name before a verb,
// and offers or opinions, make no such side.
var unmarkedFrontCases = []wordingCase{
	{
		name: "in a month, a firm agrees to buy another",
		text: "Markets were calm on Wednesday.\n\nIn June Corvane Holdings agreed to buy Telmar Stores Inc for 40 mln dlrs.",
		want: []string{"AGREEMENT: party=Corvane Holdings; party=Telmar Stores Inc"},
	},
	{
		name: "earlier this month, a firm agrees to sell a unit to a buyer",
		text: "Markets were calm on Wednesday.\n\nEarlier this month Vantor Corp agreed to sell its Renfield unit to Carlow Industries Inc.",
		want: []string{"AGREEMENT: party=Carlow Industries Inc.; party=Vantor Corp"},
	},
	{
		name: "in a statement, a bank agrees to buy a savings bank",
		text: "Markets were calm on Wednesday.\n\nIn a statement Dunmore Bank agreed to buy Westgate Savings Corp.",
		want: []string{"AGREEMENT: party=Dunmore Bank; party=Westgate Savings Corp."},
	},
	{
		name: "in a year, a firm agrees to buy a stake",
		text: "Markets were calm on Wednesday.\n\nIn 1987 Pelham Group agreed to buy a 30 pct stake in Norcross Mills Inc.",
		want: []string{"AGREEMENT: party=Norcross Mills Inc.; party=Pelham Group"},
	},
	{
		name: "during the week, a firm agrees to sell a firm to a buyer",
		text: "Markets were calm on Wednesday.\n\nDuring the week Ardent Capital agreed to sell Bexley Foods to Mantle Partners.",
		want: []string{"AGREEMENT: party=Ardent Capital; party=Mantle Partners"},
	},
	{
		name: "on a weekday, a firm has agreed to acquire another",
		text: "Markets were calm on Wednesday.\n\nOn Friday Kestrel Holdings has agreed to acquire Borland Inc for 12 mln dlrs.",
		want: []string{"AGREEMENT: party=Borland Inc; party=Kestrel Holdings"},
	},
	{
		name: "in a month, an airline agrees to merge with another",
		text: "Markets were calm on Wednesday.\n\nIn April Pelican Airways agreed to merge with Osprey Air Ltd.",
		want: []string{"AGREEMENT: party=Osprey Air Ltd.; party=Pelican Airways"},
	},
	{
		name: "after a phrase of circumstance, a firm will buy another",
		text: "Markets were calm on Wednesday.\n\nUnder the plan Halden Group will buy Norsk Metall Inc from its founders.",
		want: []string{"AGREEMENT/PLANNED: party=Halden Group; party=Norsk Metall Inc"},
	},
	{
		name: "in a month, a firm signs a supply contract with another",
		text: "Markets were calm on Wednesday.\n\nIn May Andina Mining signed a supply contract with Baltic Steel Corp on Monday.",
		want: []string{"AGREEMENT: party=Andina Mining; party=Baltic Steel Corp"},
	},
	{
		name: "in a month, an offer to buy is no agreement",
		text: "Markets were calm on Wednesday.\n\nIn June Corvane Holdings offered to buy Telmar Stores Inc for 40 mln dlrs.",
		not:  []string{"AGREEMENT"},
	},
	{
		name: "in a month, a firm agreeing that prices are high is no agreement",
		text: "Markets were calm on Wednesday.\n\nIn June Corvane Holdings agreed that prices for Telmar Stores Inc were too high.",
		not:  []string{"AGREEMENT"},
	},
	{
		name: "last year, a bid rejected is no agreement",
		text: "Markets were calm on Wednesday.\n\nLast year Telmar Stores Inc rejected a bid from Corvane Holdings.",
		not:  []string{"AGREEMENT"},
	},
	{
		name: "in a month, a firm considering a purchase makes none",
		text: "Markets were calm on Wednesday.\n\nIn June Corvane Holdings was considering buying Telmar Stores Inc.",
		not:  []string{"AGREEMENT"},
	},
}

func TestWordingAgreeUnmarkedFront(t *testing.T) { runWording(t, unmarkedFrontCases) }
