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

// talksAddressCases tell talks by what one side did to the other at
// them: "At the talks, A urged B to ...". The one pressed, told or urged
// there is the other side; at a summit or a news conference one urged may
// be absent, and a news agency told is no side.
var talksAddressCases = []wordingCase{
	{
		name: "officials press their described counterparts at meetings",
		text: "At meetings in Riga this week, Norwegian officials pressed their Latvian counterparts to open the fishing grounds.",
		want: []string{"MEETING/HAPPENED: participant=Latvia; participant=Norway"},
	},
	{
		name: "during the talks one told another",
		text: "During the talks, Premier Janis Ozols told Governor Ewa Lindqvist that the port would stay open.",
		want: []string{"MEETING/HAPPENED: participant=Ewa Lindqvist; participant=Janis Ozols"},
	},
	{
		name: "a news agency told at a meeting is no side",
		text: "At a meeting in Riga, Premier Janis Ozols told Reuters that the port would stay open.",
		not:  []string{"Reuters"},
	},
	{
		name: "a country urged at a summit may be absent",
		text: "At the summit, Premier Janis Ozols urged Norway to open the fishing grounds.",
		not:  []string{"Norway"},
	},
}

func TestWordingTalksAddress(t *testing.T) { runWording(t, talksAddressCases) }
