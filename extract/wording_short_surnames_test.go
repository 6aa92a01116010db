package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph"
)

// TestShortSurnamesAfterTitles: a surname that is also a function word
// ("To", "Do") after a title in lower case ("party leader To Hung",
// "Vietnamese leader Do Van Long") opens the name of the title's holder,
// who is the side, not the country.
func TestShortSurnamesAfterTitles(t *testing.T) { runWording(t, shortSurnameCases) }

var shortSurnameCases = []wordingCase{
	{
		name: "leader To, travelled",
		text: "Vietnamese leader To Hung travelled to Laos on Monday.",
		want: []string{"VISIT/HAPPENED: destination=Laos; visitor=To Hung"},
	},
	{
		name: "party chief Do, met",
		text: "Vietnamese party chief Do Quang met Chancellor Greta Falk on Monday.",
		want: []string{"MEETING/HAPPENED: participant=Do Quang; participant=Greta Falk"},
	},
	{
		name: "having met earlier, leader To travelled on",
		text: "Having met President Li Wei earlier in the day, Vietnamese leader To Minh travelled on to Laos.",
		want: []string{"MEETING/HAPPENED: participant=Li Wei; participant=To Minh"},
	},
	{
		name: "leader Do with three words",
		text: "Party leader Do Van Long will visit Cambodia next week.",
		want: []string{"VISIT/PLANNED: destination=Cambodia; visitor=Do Van Long"},
	},
	{
		name: "minister To, signed",
		text: "Trade minister To Thanh signed an accord with Halvorsen Mining on Monday.",
		want: []string{"AGREEMENT/HAPPENED: party=Halvorsen Mining; signatory=To Thanh"},
	},
	{
		name: "general secretary To, hosted",
		text: "General secretary To Hung hosted Prime Minister Olav Strand in Hanoi on Monday.",
		want: []string{"MEETING/HAPPENED: participant=Olav Strand; participant=To Hung"},
	},
	{
		name: "leader Do, held talks",
		text: "Chancellor Greta Falk held talks with Vietnamese leader Do Quang in Berlin.",
		want: []string{"MEETING/HAPPENED: participant=Do Quang; participant=Greta Falk"},
	},
	{
		name: "president To, lower case, received",
		text: "State president To Minh received King Harald at the palace on Monday.",
		want: []string{"MEETING/HAPPENED: participant=Harald; participant=To Minh"},
	},
	{
		name:   "a leader to a lower-case word",
		text:   "The leader To this day remains silent, aides said.",
		absent: []string{"To this"},
	},
	{
		name: "a title before the infinitive",
		text: "Officials named a new leader to run the party.",
		ents: map[string]newsgraph.EntityType{},
		not:  []string{"MEETING", "VISIT"},
	},
	{
		name:   "an envoy to a city",
		text:   "The envoy to Hanoi will be named on Monday, minister Ann Berg said.",
		absent: []string{"To Hanoi", "to Hanoi"},
		not:    []string{"VISIT", "MEETING"},
	},
}
