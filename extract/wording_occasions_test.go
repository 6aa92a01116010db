package extract

import "testing"

// speechCases are invented sentences that place a speaker somewhere by the
// phrase that tells where the speech was given.
var speechCases = []wordingCase{
	{
		name: "a speech abroad opening the sentence puts the speaker there",
		text: "Speaking in Accra on Thursday, Belgian Trade Minister Joris Peeters said cocoa prices would recover.",
		want: []string{"VISIT/HAPPENED: destination=Accra; visitor=Joris Peeters"},
	},
	{
		name: "a dated speech at home but away from the capital is an occasion there",
		text: "Speaking in Bristol last week, British Home Secretary Alan Rudge said police numbers would rise.",
		want: []string{"VISIT: destination=Bristol; visitor=Alan Rudge"},
	},
	{
		name: "a dated speech in one's own capital is no trip",
		text: "Speaking in London on Monday, British Home Secretary Alan Rudge said police numbers would rise.",
		not:  []string{"VISIT"},
	},
	{
		name: "an undated speech at home is no trip",
		text: "Speaking in Bristol, British Home Secretary Alan Rudge said police numbers would rise.",
		not:  []string{"VISIT"},
	},
}

func TestWordingSpeeches(t *testing.T) { runWording(t, speechCases) }

// teamTripCases are invented sentences that name a trip after the team or
// body that makes it.
var teamTripCases = []wordingCase{
	{
		name: "a club's name before the trip noun is the traveller",
		text: "Winger Kofi Mensah hopes for a place on the Dunmore Falcons tour to Fiji.",
		want: []string{"VISIT: destination=Fiji; visitor=Dunmore Falcons"},
	},
	{
		name: "a land's name before the trip noun, with another destination, is its side",
		text: "The Scotland tour to Argentina starts in June, with two Tests in Mendoza.",
		want: []string{"VISIT: destination=Argentina; visitor=Scotland"},
		not:  []string{"destination=Scotland"},
	},
	{
		name: "a squad's trip is its country's",
		text: "The Portugal squad's trip to Oslo was delayed by fog.",
		want: []string{"VISIT: destination=Oslo; visitor=Portugal"},
	},
}

func TestWordingTeamTrips(t *testing.T) { runWording(t, teamTripCases) }
