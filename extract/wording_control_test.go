package extract

import "testing"

// controlCases: whom one invites, asks or urges to act is who acts.
var controlCases = []wordingCase{
	{
		name: "whom a leader invites to visit is the visitor",
		text: "President Jonas Berg invited Premier Ana Lindqvist to visit Oslo, his office said on Monday.",
		want: []string{"VISIT: destination=Oslo; visitor=Ana Lindqvist"},
		not:  []string{"visitor=Jonas Berg"},
	},
	{
		name: "whom a leader asks to meet a third is the one who meets",
		text: "President Jonas Berg asked Premier Ana Lindqvist to meet Finance Minister Eva Holm before the budget vote.",
		want: []string{"MEETING: participant=Ana Lindqvist; participant=Eva Holm"},
		not:  []string{"participant=Jonas Berg"},
	},
}

func TestWordingControl(t *testing.T) { runWording(t, controlCases) }
