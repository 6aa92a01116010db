package extract

import "testing"

// wordedBodyCases name a group whose name holds a word written as a digit
// ("Friends 4 Action") or a campaign's verb and "the" ("Save the Harbour
// Trust", "Stop the Dam Alliance"): one ORGANIZATION, never its
// capitalised pieces. A line of scores, a shouted slogan and a verb
// before "the" name no group.
var wordedBodyCases = []personNameCase{
	{
		name:  "a digit for a word, before said",
		text:  "Protest\n\nFriends 4 Action said on Monday it would protest in Leeds.",
		facts: []string{"ORGANIZATION Friends 4 Action", "!ORGANIZATION Friends", "!ORGANIZATION Action"},
	},
	{
		name:  "a digit for a word after the group",
		text:  "Rally\n\nThe group Citizens 4 Change held a rally outside the town hall.",
		facts: []string{"ORGANIZATION Citizens 4 Change", "!ORGANIZATION Change"},
	},
	{
		name:  "a digit for a word, opening a clinic",
		text:  "Clinic\n\nMothers 2 Mothers opened a clinic in Durban last week.",
		facts: []string{"ORGANIZATION Mothers 2 Mothers", "GPE Durban"},
	},
	{
		name:  "save the ... trust",
		text:  "Appeal\n\nSave the Harbour Trust raised 2 million pounds for the sea wall.",
		facts: []string{"ORGANIZATION Save the Harbour Trust", "!ORGANIZATION Harbour Trust"},
	},
	{
		name:  "stop the ... alliance after members of",
		text:  "March\n\nMembers of Stop the Dam Alliance marched in Lyon on Saturday.",
		facts: []string{"ORGANIZATION Stop the Dam Alliance", "!ORGANIZATION Dam Alliance", "!ORGANIZATION Stop", "GPE Lyon"},
	},
	{
		name:  "keep the ... society of three words",
		text:  "Petition\n\nKeep the Valley Green Society filed a petition against the road.",
		facts: []string{"ORGANIZATION Keep the Valley Green Society", "!ORGANIZATION Valley Green Society"},
	},
	{
		name:  "a charity without a head, before said",
		text:  "Aid\n\nSave the Children said aid convoys were blocked at the border.",
		facts: []string{"ORGANIZATION Save the Children", "!OTHER Children"},
	},
	{
		name:  "reclaim the ... coalition",
		text:  "Street party\n\nReclaim the Streets Coalition said 500 people came to the party.",
		facts: []string{"ORGANIZATION Reclaim the Streets Coalition", "!ORGANIZATION Streets Coalition"},
	},
	{
		name:  "protect our ... after the charity",
		text:  "Beach clean\n\nVolunteers from the charity Protect Our Shores cleaned the beach.",
		facts: []string{"ORGANIZATION Protect Our Shores"},
	},
	// negatives
	{
		name:  "a line of scores",
		text:  "Results\n\nArsenal 2 Chelsea 1 was the score on Saturday.",
		facts: []string{"!ORGANIZATION Arsenal 2 Chelsea"},
	},
	{
		name:  "a shouted slogan",
		text:  "Protest\n\nSave the planet, the protesters shouted outside the embassy.",
		facts: []string{"!ORGANIZATION Save", "!ORGANIZATION Save the planet"},
	},
	{
		name:  "a verb before the inside a sentence",
		text:  "Budget\n\nThe minister said the plan would Save the Treasury money.",
		facts: []string{"!ORGANIZATION Save", "!ORGANIZATION Save the Treasury"},
	},
	{
		name:  "a date's number before a country",
		text:  "Payment\n\nThe ministers said on May 4 Germany would pay.",
		facts: []string{"GPE Germany", "!ORGANIZATION May 4 Germany"},
	},
}

func TestWordedBodies(t *testing.T) { runPersonNames(t, wordedBodyCases) }
