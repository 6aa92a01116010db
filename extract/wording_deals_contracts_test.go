package extract

import "testing"

// dealContractCases: a contract or an order one firm won, received or
// was given from another, or one placed with another, in wire shorthand
// ("said it won a 40 mln dlr contract from X", "received an order from X
// for 12 aircraft", "X placed an order with Y"), is an agreement of the
// two. A contract bid for, sought or competed for is none yet.
var dealContractCases = []dealCase{
	{
		name: "said it won a contract from a navy, wire",
		text: "Halbrook Electronics Corp said it won a 40 mln dlr contract from the U.S. Navy to supply radar units.",
		want: []string{"AGREEMENT/HAPPENED: party=Halbrook Electronics Corp; party=U.S. Navy"},
	},
	{
		name: "has won an order from an airline",
		text: "Dutch shipbuilder Vennestra Werf has won an order from Skagerrak Ferries for two car ferries.",
		want: []string{"AGREEMENT/HAPPENED: party=Skagerrak Ferries; party=Vennestra Werf"},
	},
	{
		name: "said it received an order from a carrier for aircraft",
		text: "Corvane Aircraft Inc said it received an order from Pacific Coastal Airlines for 12 aircraft worth 90 mln dlrs.",
		want: []string{"AGREEMENT/HAPPENED: party=Corvane Aircraft Inc; party=Pacific Coastal Airlines"},
	},
	{
		name: "placed an order with a maker",
		text: "Tasman Air placed an order with Brevik Aerospace for eight turboprops on Thursday.",
		want: []string{"AGREEMENT/HAPPENED: party=Brevik Aerospace; party=Tasman Air"},
	},
	{
		name: "said it has placed an order with a maker, wire",
		text: "LONDON, June 3 - Anglia Rail Ltd said it has placed a 55 mln stg order with Dornwell Engineering for new carriages.",
		want: []string{"AGREEMENT/HAPPENED: party=Anglia Rail Ltd; party=Dornwell Engineering"},
	},
	{
		name: "a ministry awarded a firm a contract",
		text: "The Defence Ministry awarded Kestrel Dynamics a contract to build six patrol boats.",
		want: []string{"AGREEMENT/HAPPENED: party=Defence Ministry; party=Kestrel Dynamics"},
	},
	{
		name: "a firm was given a contract by a city",
		text: "Ostrava Transit was given a 12-year contract by the city of Brno to run its trams.",
		want: []string{"AGREEMENT/HAPPENED: party=Brno; party=Ostrava Transit"},
	},
	{
		name: "said it was awarded a contract by a utility",
		text: "Mirafield Pipe Co said it was awarded a 7.5 mln dlr contract by Texas Gulf Utilities.",
		want: []string{"AGREEMENT/HAPPENED: party=Mirafield Pipe Co; party=Texas Gulf Utilities"},
	},
	{
		name: "received a contract from an agency",
		text: "Sandoval Construction received a contract from the Chilean Public Works Ministry to widen the coast road.",
		want: []string{"AGREEMENT/HAPPENED: party=Chilean Public Works Ministry; party=Sandoval Construction"},
	},
	{
		name: "got an order from a railway",
		text: "Swiss engineering group Alpenmetall got an order from Austrian Federal Railways for 40 locomotives, it said on Monday.",
		want: []string{"AGREEMENT/HAPPENED: party=Alpenmetall; party=Austrian Federal Railways"},
	},
	{
		name: "an airline ordered jets from a maker",
		text: "Indira Airways ordered 20 jets from Corvane Aircraft Inc last month.",
		want: []string{"AGREEMENT/HAPPENED: party=Corvane Aircraft Inc; party=Indira Airways"},
	},
	{
		name: "won a contract from a government, past perfect",
		text: "Tessanova Builders had won a contract from the government of Ghana to build a port before the coup.",
		want: []string{"AGREEMENT/HAPPENED: party=Ghana; party=Tessanova Builders"},
	},
	{
		name: "said it received a sum's order from a carrier",
		text: "Kestrel Marine Ltd said it received a 30 mln dlr order from Norfolk Line to build three tugs.",
		want: []string{"AGREEMENT/HAPPENED: party=Kestrel Marine Ltd; party=Norfolk Line"},
	},
	// none made yet
	{
		name: "bidding for a contract",
		text: "Halbrook Electronics Corp said it is bidding for a contract from the U.S. Navy to supply radar units.",
		not:  []string{"AGREEMENT"},
	},
	{
		name: "competing for an order",
		text: "Brevik Aerospace is competing with Corvane Aircraft Inc for an order from Tasman Air.",
		not:  []string{"AGREEMENT"},
	},
	{
		name: "sought a contract",
		text: "Sandoval Construction sought a contract from the Chilean Public Works Ministry last year.",
		not:  []string{"AGREEMENT"},
	},
	{
		name: "hopes to win an order",
		text: "Vennestra Werf hopes to win an order from Baltic Ferries for two car ferries.",
		not:  []string{"AGREEMENT"},
	},
	{
		name: "an order to halt work is a command",
		text: "Kestrel Marine Ltd got an order from Norfolk Line to halt work on the tugs.",
		not:  []string{"AGREEMENT"},
	},
	{
		name: "a court order is no order",
		text: "Anglia Rail Ltd received a court order from the High Court to stop the strike.",
		not:  []string{"AGREEMENT"},
	},
}

func TestDealContracts(t *testing.T) { runDeals(t, dealContractCases) }
