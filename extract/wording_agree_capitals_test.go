package extract

import "testing"

// capitalCases are invented sentences that name the sides of an agreement
// by their capitals.
var capitalCases = []wordingCase{
	{
		name: "two capitals signing stand for their countries",
		text: "Hanoi and Canberra signed a maritime agreement on Tuesday.",
		want: []string{"AGREEMENT: party=Australia; party=Vietnam"},
	},
	{
		name: "a capital beside a country stands for its own",
		text: "Officials said an accord between Ottawa and Chile on mining was signed last week.",
		want: []string{"AGREEMENT: party=Canada; party=Chile"},
	},
	{
		name: "capitals twinning stay towns",
		text: "Lima and Quito signed a twinning agreement on Tuesday.",
		want: []string{"AGREEMENT: party=Lima; party=Quito"},
	},
}

func TestWordingAgreeCapitals(t *testing.T) { runWording(t, capitalCases) }
