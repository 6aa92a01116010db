package extract

import "testing"

// travellerCases are invented sentences where who makes a trip, or whether
// it is a trip at all, is told around the trip rather than by its subject.
var travellerCases = []wordingCase{
	{
		name: "landing at an airport is the arrival of the visit to the town",
		text: "Malian President Oumar Keita arrived in Accra on a state visit. Keita, who landed at Kotoka International Airport late on Sunday, met the president.",
		want: []string{"VISIT: destination=Accra; visitor=Oumar Keita"},
		not:  []string{"destination=Kotoka International Airport"},
	},
	{
		name: "one who returns a visit makes a trip of their own",
		text: "Premier Jonas Berg made his first visit to Oslo on Monday. Chancellor Eva Lind will return the visit with a trip to Stockholm next spring.",
		want: []string{"VISIT/PLANNED: destination=Stockholm; visitor=Eva Lind"},
		not:  []string{"destination=Stockholm; visitor=Jonas Berg"},
	},
	{
		name: "a player described by age and country is the player named before",
		text: "Kelso Athletic have agreed terms with Brondby for striker Mads Holt. The 22-year-old Denmark international will fly to Scotland on Friday to undergo tests.",
		want: []string{"VISIT/PLANNED: destination=Scotland; visitor=Mads Holt"},
		not:  []string{"visitor=Denmark"},
	},
	{
		name: "travelling to a ground to face a side is a fixture, not a visit",
		text: "Kingston Rovers travel to Ashby Park to face Dunmore Athletic on Saturday.",
		not:  []string{"VISIT"},
	},
	{
		name: "a stop called off far down a story of one trip is the traveller's",
		text: "Ghanaian President Kofi Amoah arrived in Lisbon on Monday for a state visit.\n\nHe held talks with the prime minister on trade.\n\nThe two leaders discussed fishing rights.\n\nThey also spoke about migration.\n\nPortugal is Ghana's fifth largest trading partner.\n\nOfficials expect deals on cocoa.\n\nA planned stop in Madrid was cancelled last week, officials said.",
		want: []string{"VISIT/CANCELLED: destination=Madrid; visitor=Kofi Amoah"},
	},
}

func TestWordingTravellers(t *testing.T) { runWording(t, travellerCases) }
