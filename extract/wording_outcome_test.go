package extract

import "testing"

// outcomeCases: talks that a modal verb may make a way for (set the
// stage, lay the groundwork, prepare the ground) are a possible
// consequence, no meeting; talks held where a stage was set are one.
var outcomeCases = []wordingCase{
	{
		name: "a modal setting the stage for talks",
		text: "Diplomats said the prisoner exchange might set the stage for talks between Premier Ilse Varga and President Tomo Ralić.",
		not:  []string{"MEETING"},
	},
	{
		name: "a modal laying the groundwork for negotiations",
		text: "The ceasefire could lay the groundwork for negotiations between Vesna Holt and Arvo Kask.",
		not:  []string{"MEETING"},
	},
	{
		name: "a modal preparing the ground for a meeting",
		text: "The visit may prepare the ground for a meeting between Chancellor Lio Brandt and Premier Sami Okafor.",
		not:  []string{"MEETING"},
	},
	{
		name: "talks at which a stage was set are held",
		text: "Premier Ilse Varga held talks with President Tomo Ralić in Kessel on Monday that set the stage for a trade deal.",
		want: []string{"MEETING/HAPPENED: participant=Ilse Varga; participant=Tomo Ralić"},
	},
}

func TestWordingOutcome(t *testing.T) { runWording(t, outcomeCases) }
