package extract

import "testing"

// portfolioTitleCases name a minister by a lower-case portfolio of
// "affairs" before the name: the whole office is the name's title, so
// the name stays a side of the talks, not an object of "affairs".
var portfolioTitleCases = []wordingCase{
	{
		name: "talks between described officials and a home affairs minister",
		text: "Talks between Latvian officials and home affairs minister Ewa Lindqvist ended on Monday.",
		want: []string{"MEETING/HAPPENED: participant=Ewa Lindqvist; participant=Latvia"},
	},
	{
		name: "talks with a foreign affairs minister",
		text: "Premier Janis Ozols held talks with foreign affairs minister Ewa Lindqvist in Riga on Monday.",
		want: []string{"MEETING/HAPPENED: participant=Ewa Lindqvist; participant=Janis Ozols"},
	},
	{
		name: "a nationality and a corporate affairs minister after and",
		text: "The bank talks were separate from discussions between Latvian officials and Norwegian corporate affairs minister Ewa Lindqvist, who left Riga yesterday.",
		want: []string{"MEETING: participant=Ewa Lindqvist; participant=Latvia"},
	},
}

func TestWordingPortfolioTitles(t *testing.T) { runWording(t, portfolioTitleCases) }
