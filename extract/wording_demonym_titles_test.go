package extract

import "testing"

// TestDemonymTitledNames: a nationality of two words before a title and
// a name ("Cape Verdean President X", "Sri Lankan Foreign Minister X")
// names X, not the nationality; the name after the title is whole, however
// many words it has.
func TestDemonymTitledNames(t *testing.T) { runShared(t, demonymTitleCases) }

var demonymTitleCases = []sharedCase{
	{
		name: "Cape Verdean president welcomed",
		text: "President Tomas Ibarra welcomed Cape Verdean President Mario Lopes Tavares to Lima on Monday.",
		want: []string{"Mario Lopes Tavares + Tomas Ibarra | HAPPENED"},
		not:  []string{"Cape Verdean +", "+ Cape Verdean"},
	},
	{
		name: "Sri Lankan foreign minister met",
		text: "Chancellor Greta Falk met Sri Lankan Foreign Minister Nimal Perera in Berlin on Tuesday.",
		want: []string{"Greta Falk + Nimal Perera | HAPPENED"},
	},
	{
		name: "Costa Rican president held talks",
		text: "Costa Rican President Ana Solis Mora held talks with Premier Joao Ferraz on Monday.",
		want: []string{"Ana Solis Mora + Joao Ferraz | HAPPENED"},
	},
	{
		name: "South African president hosted",
		text: "South African President Thabo Ndlovu hosted Prime Minister Olav Strand in Pretoria on Monday.",
		want: []string{"Olav Strand + Thabo Ndlovu | HAPPENED"},
	},
	{
		name: "New Zealand prime minister will meet",
		text: "New Zealand Prime Minister Rhys Tane will meet Chancellor Dieter Brandt on Friday.",
		want: []string{"Dieter Brandt + Rhys Tane | PLANNED"},
	},
	{
		name: "Saudi crown prince received",
		text: "King Harald received Saudi Crown Prince Faisal bin Salem in Oslo on Monday.",
		want: []string{"Faisal bin Salem + Harald | HAPPENED"},
	},
	{
		name: "Somali president with a three-word name",
		text: "Kenya's President Daniel Mwangi welcomed Somali President Abdi Sheikh Warsame at State House on Friday.",
		want: []string{"Abdi Sheikh Warsame + Daniel Mwangi | HAPPENED"},
	},
	{
		name: "Sierra Leonean minister signed",
		text: "Sierra Leonean Mines Minister Fatmata Kamara signed an accord with Halvorsen Mining on Monday.",
		want: []string{"AGREEMENT: Fatmata Kamara + Halvorsen Mining | HAPPENED"},
	},
	{
		name: "a nationality alone makes no side",
		text: "Cape Verdean officials said on Monday that fishing catches had fallen.",
		not:  []string{"MEETING", "AGREEMENT", "VISIT"},
	},
	{
		name: "Sri Lankan tea prices",
		text: "Sri Lankan tea prices rose at the Colombo auction, broker Nimal Perera said.",
		not:  []string{"MEETING", "AGREEMENT", "VISIT"},
	},
	{
		name: "a South African team's tour is no leader's meeting",
		text: "The South African President's Cup team beat the hosts in Perth on Sunday.",
		not:  []string{"MEETING", "AGREEMENT"},
	},
}
