package extract

import "testing"

// rolePortfolioAndCases: an office named by two portfolios joined by
// "and" before the name ("Posts and Telecommunications Minister X",
// "Foreign and Commonwealth Secretary Y"), where only one of the two is a
// field the tables know: the whole title, of the country told before it.
var rolePortfolioAndCases = []officeCase{
	{
		name:  "a nationality before posts and telecommunications",
		text:  "Japanese Posts and Telecommunications Minister Ken Mori said on Monday the rules would change.",
		roles: []string{"Ken Mori: Posts and Telecommunications Minister of Japan"},
	},
	{
		name:  "a possessive country before posts and telecommunications",
		text:  "Japan's Posts and Telecommunications Minister Ken Mori told reporters the rules were overdue.",
		roles: []string{"Ken Mori: Posts and Telecommunications Minister of Japan"},
	},
	{
		name:  "a nationality before foreign and commonwealth",
		text:  "British Foreign and Commonwealth Secretary Neil Baxter flew to Delhi on Monday.",
		roles: []string{"Neil Baxter: Foreign and Commonwealth Secretary of United Kingdom"},
	},
	{
		name:  "foreign and commonwealth opening the sentence",
		text:  "Foreign and Commonwealth Secretary Neil Baxter will fly to Delhi next week.",
		roles: []string{"Neil Baxter: Foreign and Commonwealth Secretary"},
	},
	{
		name:  "posts and telecommunications opening the sentence",
		text:  "Posts and Telecommunications Minister Aiko Tanabe said the licences would be sold in May.",
		roles: []string{"Aiko Tanabe: Posts and Telecommunications Minister"},
	},
	{
		name:  "a nationality before labour and welfare",
		text:  "Norwegian Labour and Inclusion Minister Siv Dahl resigned on Friday after the vote.",
		roles: []string{"Siv Dahl: Labour and Inclusion Minister of Norway"},
	},
	{
		name:  "a nationality before trade and industry",
		text:  "British Trade and Industry Secretary Ann Lowe flew to Tokyo on Monday for talks on cars.",
		roles: []string{"Ann Lowe: Trade and Industry Secretary of United Kingdom"},
	},
	{
		name:  "a nationality before culture and sport in the past",
		text:  "Irish Culture and Gaeltacht Minister Niamh Byrne opened the festival in Galway last week.",
		roles: []string{"Niamh Byrne: Culture and Gaeltacht Minister of Ireland"},
	},
	// near misses
	{
		name:    "two surnames joined before a minister",
		text:    "Smith and Jones Minister Tom Bell said the talks had failed.",
		noRoles: []string{"Tom Bell: Smith and Jones Minister"},
	},
	{
		name:    "a minister with no name after",
		text:    "Reuters said the Posts and Telecommunications Minister would resign on Friday.",
		noRoles: []string{"Reuters: Minister"},
	},
	{
		name:    "a firm with and in its name before a chairman",
		text:    "Harbour and Lantern Plc chairman Tom Bell said profits had risen.",
		noRoles: []string{"Tom Bell: Harbour and Lantern Chairman"},
	},
}

func TestRolesPortfolioAnd(t *testing.T) { runTitles(t, rolePortfolioAndCases) }
