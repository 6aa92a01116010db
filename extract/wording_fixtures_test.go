package extract

import "testing"

// fixtureCases: "meet" in sport is a match of a competition.
var fixtureCases = []wordingCase{
	{
		name: "players who meet in a stage of a competition play a match",
		text: "Top seed Lena Varga beat a qualifier on Monday and could meet Petra Lund in the last eight. Tomas Brek will meet Karl Oden in the final on Sunday.",
		not:  []string{"MEETING"},
	},
	{
		name: "a round of talks is no round of a competition",
		text: "Premier Ana Holm met President Jon Berg in a final round of talks in Oslo.",
		want: []string{"MEETING/HAPPENED: participant=Ana Holm; participant=Jon Berg"},
	},
}

func TestWordingFixtures(t *testing.T) { runWording(t, fixtureCases) }
