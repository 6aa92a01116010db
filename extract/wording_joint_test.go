package extract

import "testing"

// jointBodyCases: a joint body named for its countries meets as them.
var jointBodyCases = []wordingCase{
	{
		name: "a planned session of a two-country commission",
		text: "Both sides agreed to hold the next session of the Ghana-Peru Joint Commission in Lima next year.",
		want: []string{"MEETING/PLANNED: participant=Ghana; participant=Peru"},
		not:  []string{"participant=Ghana-Peru"},
	},
	{
		name: "a two-country commission met",
		text: "The Chile-Oman Joint Commission met in Muscat on Monday to review shipping links.",
		want: []string{"MEETING/HAPPENED: participant=Chile; participant=Oman"},
	},
	{
		name: "a body whose hyphenated name is no pair of countries stays itself",
		text: "The Bay-Area Transit Commission met in Oakland on Monday.",
		want: []string{"MEETING/HAPPENED: participant=Bay-Area Transit Commission"},
	},
}

func TestWordingJointBodies(t *testing.T) { runWording(t, jointBodyCases) }
