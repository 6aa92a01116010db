package extract

import "testing"

// TestTriedDeals: a purchase or merger someone offers, bids, seeks or is in
// talks to make is no deal made yet; one agreed or done stays.
func TestTriedDeals(t *testing.T) { runWording(t, triedDealCases) }

var triedDealCases = []wordingCase{
	{name: "offered to buy", text: "Halden Corp offered to buy Marlow Foods Inc for 300 mln dlrs.", not: []string{"AGREEMENT"}},
	{name: "is in talks to buy", text: "Brixton Media is in talks to buy rival publisher Kestle Press, sources said.", not: []string{"AGREEMENT"}},
	{name: "a bid to merge", text: "Ostra Bank made a bid to merge with Lindqvist Savings Bank on Tuesday.", not: []string{"AGREEMENT"}},
	{name: "sought to acquire", text: "Carrow Mining sought to acquire Pell Minerals Ltd last year.", not: []string{"AGREEMENT"}},
	{name: "tried to buy", text: "Veranza Group tried to buy Colorbeck Industries but its board refused.", not: []string{"AGREEMENT"}},
	{name: "an offer to take over", text: "Tessaly Stores launched an offer to take over Hartwell Retail Plc.", not: []string{"AGREEMENT"}},
	{name: "attempting to merge", text: "Quarix Systems is attempting to merge with Voltaris AG, the firm said.", not: []string{"AGREEMENT"}},
	{name: "seeking to buy", text: "Fjordlink ASA is seeking to buy Alcance Digital Ltd, according to filings.", not: []string{"AGREEMENT"}},
	{name: "agreed to buy stays", text: "Halden Corp agreed to buy Marlow Foods Inc for 300 mln dlrs.", want: []string{"AGREEMENT: party=Halden Corp; party=Marlow Foods Inc"}},
	{name: "bought stays", text: "Carrow Mining bought Pell Minerals Ltd for 80 mln dlrs in March.", want: []string{"AGREEMENT: party=Carrow Mining; party=Pell Minerals Ltd"}},
	{name: "an offer accepted stays", text: "Marlow Foods Inc accepted an offer from Halden Corp, and Halden Corp will buy Marlow Foods Inc under the deal.", want: []string{"AGREEMENT: party=Halden Corp; party=Marlow Foods Inc"}},
}
