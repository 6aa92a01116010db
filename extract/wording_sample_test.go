package extract

import "testing"

// sampleCases are invented sentences in the wording of the constructions
// that a broad sample of unseen wire and web news showed the frames
// missing: a body that meets on its own, named by itself, a pronoun or
// its member countries.
var sampleCases = []wordingCase{
	{
		name: "a council named alone meets in a city",
		text: "The Nordic Timber Council will meet in Tromso next week to review export quotas.",
		want: []string{"MEETING/PLANNED: participant=Nordic Timber Council"},
	},
	{
		name: "a body's member countries will meet",
		text: "The Group of Nine countries will meet at Saltsjobaden in Sweden.",
		want: []string{"MEETING/PLANNED: participant=Group of Nine"},
	},
	{
		name: "a body that meets, told by a pronoun in a when clause",
		text: "The Baltic Grain Association is to study the levy when it meets in June.",
		want: []string{"MEETING/PLANNED: participant=Baltic Grain Association"},
	},
	{
		name: "a firm whose name ends in Group meets no one by itself",
		text: "Harrow Group met on Friday.",
		not:  []string{"MEETING"},
	},
}

func TestWordingSample(t *testing.T) { runWording(t, sampleCases) }
