package extract

import "testing"

// parserCases are invented sentences whose parse the retrained parser
// (three models summed) gets wrong in a way the older one did not, or
// reads in a new way the frames must also take: each guards one tree
// repair or frame reading that is general, not the sentence.
var parserCases = []wordingCase{
	{
		name: "a firm and its unit as one subject, the pronoun first",
		text: "Tavira Power Corp said it and its Dunmore Energy Ltd subsidiary had held talks with Selkirk Grid Corp on Friday.",
		want: []string{"MEETING: participant=Dunmore Energy Ltd; participant=Selkirk Grid Corp; participant=Tavira Power Corp"},
	},
	{
		name: "a participle right after a noun with its article describes the noun",
		text: "Markets were quiet on Thursday.\n\nDanish and Swedish ferry crews went on strike on Friday, and the pact reached in 1994 to share the routes seemed dead.",
		want: []string{"AGREEMENT: party=Denmark; party=Sweden"},
	},
	{
		name: "people among the delegates attending a summit",
		text: "Mayor Tomas Ruud and Governor Lena Broch are among the delegates attending the summit.",
		want: []string{"MEETING: participant=Lena Broch; participant=Tomas Ruud"},
	},
	{
		name: "a place name between a possessive and a trip noun is where the trip went",
		text: "At the close of her Caucasus tour, Premier Vera Lindqvist said the visit had been a success.",
		want: []string{"VISIT: destination=Caucasus; visitor=Vera Lindqvist"},
	},
	{
		name: "leaving a bank for a post in a city is no trip there",
		text: "Selkirk Bank cut its dividend in 2002. Its finance director Marta Velo left the bank in 2001 for a post in Madrid.",
		not:  []string{"VISIT"},
	},
}

// TestWordingParser runs parserCases.
func TestWordingParser(t *testing.T) { runWording(t, parserCases) }
