package extract

import "testing"

// agreeTalksSidesCases tell an agreement made, with no side named in its
// own sentence, right after a sentence telling two sides in talks (a
// union and a firm, two governments, two firms): the agreement is theirs.
// One not made, not reached, or only hoped for is none.
var agreeTalksSidesCases = []wordingCase{
	{
		name: "a union and a firm resume talks; a tentative agreement is reached",
		text: "Workers at Harwell Motors have been on strike for three weeks.\n\nThe United Auto Union and Harwell Motors resumed talks on Monday. A tentative agreement was reached late on Tuesday.",
		want: []string{"AGREEMENT/HAPPENED: party=Harwell Motors; party=United Auto Union"},
	},
	{
		name: "two countries hold talks; an agreement was reached",
		text: "Fishing boats stayed in port.\n\nNorway and Iceland held two days of talks on cod quotas in Reykjavik. An agreement was reached on Wednesday, officials said.",
		want: []string{"AGREEMENT/HAPPENED: party=Iceland; party=Norway"},
	},
	{
		name: "negotiators of two countries met; a deal was struck",
		text: "Fishing boats stayed in port.\n\nNegotiators for Norway and Iceland met in Reykjavik on Monday. A deal was struck late on Tuesday.",
		want: []string{"AGREEMENT/HAPPENED: party=Iceland; party=Norway"},
	},
	{
		name: "two countries in talks; negotiators reached an agreement",
		text: "Fishing boats stayed in port.\n\nChile and Peru held talks on river sharing in Lima on Monday. Negotiators reached an agreement late on Tuesday.",
		want: []string{"AGREEMENT/HAPPENED: party=Chile; party=Peru"},
	},
	{
		name: "two firms in merger talks; an accord was signed",
		text: "Shares rose in early trade.\n\nOstrava Steel and Kladno Iron Works held merger talks in Prague on Monday. An accord was signed on Thursday.",
		want: []string{"AGREEMENT/HAPPENED: party=Kladno Iron Works; party=Ostrava Steel"},
	},
	{
		name: "talks between two governments; a settlement was concluded",
		text: "The border has been closed since March.\n\nTalks between Ecuador and Colombia opened in Quito on Monday. A settlement was concluded on Friday.",
		want: []string{"AGREEMENT/HAPPENED: party=Colombia; party=Ecuador"},
	},
	{
		name: "a union met a firm; a wage deal was reached",
		text: "Dock work stopped for a week.\n\nThe Dockers Union met Port Brava Ltd on Sunday. A wage deal was reached early on Monday.",
		want: []string{"AGREEMENT/HAPPENED: party=Dockers Union; party=Port Brava Ltd"},
	},
	{
		name: "two countries' talks; a deal was hammered out",
		text: "Fishing boats stayed in port.\n\nMorocco and Spain held fisheries talks in Rabat this week. A deal was hammered out on Thursday.",
		want: []string{"AGREEMENT/HAPPENED: party=Morocco; party=Spain"},
	},
	{
		name: "no agreement was reached",
		text: "Shares rose in early trade.\n\nOstrava Steel and Kladno Iron Works held merger talks on Monday. No agreement was reached.",
		not:  []string{"AGREEMENT"},
	},
	{
		name: "an agreement only expected",
		text: "Shares rose in early trade.\n\nOstrava Steel and Kladno Iron Works held merger talks on Monday. An agreement is expected next week.",
		not:  []string{"AGREEMENT"},
	},
	{
		name: "talks that failed to produce an agreement",
		text: "Fishing boats stayed in port.\n\nNorway and Iceland held talks on cod quotas in Reykjavik. The talks failed to produce an agreement.",
		not:  []string{"AGREEMENT"},
	},
	{
		name: "a deal reached with no talks told before",
		text: "Analysts said the market was weak.\n\nPrices fell on Monday. A deal was reached on Friday.",
		not:  []string{"AGREEMENT"},
	},
}

func TestWordingAgreeTalksSides(t *testing.T) { runWording(t, agreeTalksSidesCases) }
