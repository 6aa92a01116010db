package extract

import "testing"

// widenCases are invented paragraphs that tell the kinds some narrower
// rules once caught only in one wording: a pronoun met before a time word,
// a body's members closing their gathering, arriving to start one.
var widenCases = []wordingCase{
	{
		name: "after lengthy talks with a pronoun before a time word, the speaker not the pronoun's person",
		text: "Markets were calm on Wednesday.\n\nAustrian Chancellor Ilse Marrow visited Oslo. Finnish Prime Minister Tavi Korhonen spoke to reporters after lengthy talks with her yesterday.",
		want: []string{"MEETING: participant=Ilse Marrow; participant=Tavi Korhonen"},
	},
	{
		name: "a working lunch with a pronoun before a weekday",
		text: "Markets were calm on Wednesday.\n\nAustrian Chancellor Lars Brenn visited Oslo. Finnish Prime Minister Tavi Korhonen had a working lunch with him on Monday.",
		want: []string{"MEETING: participant=Lars Brenn; participant=Tavi Korhonen"},
	},
	{
		name: "a body's members closing a two-day meeting",
		text: "Markets were calm on Wednesday.\n\nFarm ministers from the Northern Grain Council closed a two-day meeting in Riga on Monday.",
		want: []string{"MEETING/HAPPENED: participant=Northern Grain Council"},
	},
	{
		name: "a body's members winding up their meeting",
		text: "Markets were calm on Wednesday.\n\nFarm ministers from the Northern Grain Council wound up their meeting in Riga on Monday.",
		want: []string{"MEETING/HAPPENED: participant=Northern Grain Council"},
	},
	{
		name: "coming to a city to start a body's session",
		text: "Markets were calm on Wednesday.\n\nMembers of the Coastal Fisheries Board came to Riga on Monday to start a session.",
		want: []string{"MEETING/HAPPENED: participant=Coastal Fisheries Board"},
	},
	{
		name: "a body's members' own session, not that of two people named before",
		text: "Markets were calm on Wednesday.\n\nFinnish Prime Minister Tavi Korhonen and Austrian Chancellor Ilse Marrow spoke by telephone on Sunday. Members of the Northern Grain Council ended their session in Riga on Monday.",
		want: []string{"MEETING/HAPPENED: participant=Northern Grain Council"},
		not:  []string{"participant=Tavi Korhonen", "visitor=Ilse Marrow"},
	},
	{
		name: "a body's own session, not that of two people named before",
		text: "Markets were calm on Wednesday.\n\nFinnish Prime Minister Tavi Korhonen and Austrian Chancellor Ilse Marrow spoke by telephone on Sunday. The Northern Grain Council opened their session in Riga on Monday.",
		not:  []string{"participant=Tavi Korhonen", "visitor=Ilse Marrow"},
	},
}

func TestWordingWiden(t *testing.T) { runWording(t, widenCases) }
