package extract

import "testing"

// unitOwnerCases are invented sentences in which a firm buys a named
// firm's part ("Y's acquisition of X's Canadian unit"): the part is no
// side, its owner is, beside the buyer.
var unitOwnerCases = []wordingCase{
	{name: "an acquisition of a firm's unit", text: "Markets were calm on Wednesday.\n\nHarlow Corp's acquisition of Vance AG's Canadian unit has shaken the industry.", want: []string{"AGREEMENT: party=Harlow Corp; party=Vance AG"}},
	{name: "a priced acquisition of a firm's unit", text: "Markets were calm on Wednesday.\n\nHarlow Corp's 54 mln dlr acquisition of Vance AG's courier unit has shaken the industry.", want: []string{"AGREEMENT: party=Harlow Corp; party=Vance AG"}},
	{name: "an acquisition of a bank holding's unit", text: "Markets were calm on Wednesday.\n\nOrlan Holdings Corp's acquisition of Kestrel Bancorp's Irish unit was approved on Friday.", want: []string{"AGREEMENT: party=Kestrel Bancorp; party=Orlan Holdings Corp"}},
	{name: "an acquisition of a firm's subsidiary", text: "Markets were calm on Wednesday.\n\nTarvex Group's acquisition of Cobalt Energy's Chilean subsidiary was approved by regulators.", want: []string{"AGREEMENT: party=Cobalt Energy; party=Tarvex Group"}},
	{name: "a takeover of a firm's unit", text: "Markets were calm on Wednesday.\n\nNorthair Inc's acquisition of Quillon Corp's freight unit closed on Monday.", want: []string{"AGREEMENT: party=Northair Inc; party=Quillon Corp"}},
	{name: "a buyer's acquisition of a bank's unit", text: "Markets were calm on Wednesday.\n\nDellmont Inc's acquisition of Harwick Bank's mortgage unit adds 40 branches.", want: []string{"AGREEMENT: party=Dellmont Inc; party=Harwick Bank"}},
	{name: "an acquisition of a steelmaker's unit", text: "Markets were calm on Wednesday.\n\nAvant Marine Ltd's acquisition of Baltic Steel Corp's Finnish unit was approved by regulators.", want: []string{"AGREEMENT: party=Avant Marine Ltd; party=Baltic Steel Corp"}},
	{name: "an acquisition of a maker's division", text: "Markets were calm on Wednesday.\n\nLindqvist Foods Inc's acquisition of Sahra Airways Ltd's catering unit has shaken the industry.", want: []string{"AGREEMENT: party=Lindqvist Foods Inc; party=Sahra Airways Ltd"}},
	{name: "a sale of its own unit to a buyer", text: "Markets were calm on Wednesday.\n\nHarlow Corp completed the sale of its Aztec unit to Vance AG.", want: []string{"AGREEMENT: party=Harlow Corp; party=Vance AG"}},
	{name: "a firm's unit that reports profits is no deal", text: "Markets were calm on Wednesday.\n\nVance AG's Canadian unit reported higher profits on Monday.", not: []string{"AGREEMENT"}},
	{name: "a planned acquisition under study is no deal", text: "Markets were calm on Wednesday.\n\nHarlow Corp is considering the acquisition of Vance AG's Canadian unit.", not: []string{"AGREEMENT/HAPPENED"}},
}

func TestWordingUnitOwners(t *testing.T) { runWording(t, unitOwnerCases) }
