package extract

import "testing"

// visitWhoCases are invented sentences that tell who goes: "they" who
// return somewhere after a sentence that names a group is that group,
// not the sides of talks told before it; one named with a group who
// "plan to travel", not the owner of the group; "the minister" who flies on from talks at home is
// the guest, not the host.
var visitWhoCases = []wordingCase{
	{
		name: "they who return after a named group are not the sides of the talks",
		text: "Finnish President Aino Lahti said Finland would table a draft treaty at talks with Estonia in Vienna next week. Lahti also said she was recalling Ambassador Mikko Salo and the other Finnish negotiators for consultations. She said they would then return to Vienna for the detailed work.",
		not:  []string{"visitor=Finland", "visitor=Estonia"},
	},
	{
		name: "they who meet again are still the two sides",
		text: "Finland and Estonia held talks in Vienna on Monday. Estonia has recalled its negotiators. Officials said they would meet again in June.",
		want: []string{"MEETING/PLANNED: participant=Estonia; participant=Finland"},
	},
	{
		name: "a named person and a group who plan to travel, the verb read as a noun",
		text: "Mira Holm and members of the Baltwind design team plan to travel to Gdansk in June for a site survey.",
		want: []string{"VISIT/PLANNED: destination=Gdansk; visitor=Mira Holm"},
	},
	{
		name: "the owner of the group a named person travels with does not go",
		text: "Mira Holm and members of Baltwind's design team will travel to Gdansk in June.",
		want: []string{"VISIT/PLANNED: destination=Gdansk; visitor=Mira Holm"},
		not:  []string{"visitor=Baltwind"},
	},
	{
		name: "a body's officials with no one named stand for the body",
		text: "Baltwind officials will travel to Gdansk in June.",
		want: []string{"VISIT/PLANNED: destination=Gdansk; visitor=Baltwind"},
	},
	{
		name: "a team's plan as a noun is no trip",
		text: "The design team plan to move to Gdansk was dropped in June.",
		not:  []string{"VISIT"},
	},
	{
		name: "the minister who flies on from talks with a host at home is the guest",
		text: "Estonian Foreign Minister Kadri Tamm received Finnish Foreign Minister Mikko Salo in Tallinn on Monday. The minister will fly on to Riga on Wednesday.",
		want: []string{"VISIT/PLANNED: destination=Riga; visitor=Mikko Salo"},
		not:  []string{"visitor=Kadri Tamm"},
	},
}

func TestWordingVisitWho(t *testing.T) { runWording(t, visitWhoCases) }
