package extract

import "testing"

// holdersCases: a firm's shareholders' or board meeting is the firm's own
// single-body meeting, named on the noun or else the story's firm.
var holdersCases = []wordingCase{
	{
		name: "an owners' meeting after an article, no owner named: the story's firm",
		text: "Kelmar Shipping reported a loss of 12 mln dlrs. The dividend was cut at an extraordinary shareholders meeting last Tuesday.",
		want: []string{"MEETING/HAPPENED: participant=Kelmar Shipping"},
	},
	{
		name: "a firm's possessed owners' meeting, with an apostrophe after the plural",
		text: "Voss Minerals' annual stockholders' meeting will be held in Tarnby on May 20.",
		want: []string{"MEETING/PLANNED: participant=Voss Minerals"},
	},
	{
		name: "owners who approve a plan at their meeting",
		text: "Brennic Foods said its shareholders backed the sale at a special shareholders meeting on Monday.",
		want: []string{"MEETING/HAPPENED: participant=Brennic Foods"},
	},
}

func TestWordingHolders(t *testing.T) { runWording(t, holdersCases) }
