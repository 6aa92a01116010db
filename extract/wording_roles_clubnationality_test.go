package extract

import "testing"

// roleClubNationalityCases: a club's or a firm's possessive before the
// holder's nationality and the title ("Rovers' Danish striker X"): the
// nationality is the holder's own, the office the body's.
var roleClubNationalityCases = []officeCase{
	{
		name:    "a club's teenage striker of another nationality",
		text:    "Rovers' 19-year-old Danish striker Tom Vale scored twice on Saturday.",
		roles:   []string{"Tom Vale: Striker of Rovers"},
		noRoles: []string{"Tom Vale: Striker of Denmark"},
	},
	{
		name:    "a firm's chief executive of another nationality",
		text:    "Tarvex's French chief executive Luc Bain said on Monday that sales had risen.",
		roles:   []string{"Luc Bain: Chief Executive of Tarvex"},
		noRoles: []string{"Luc Bain: Chief Executive of France"},
	},
	{
		name:    "a united's midfielder sent off",
		text:    "Kellmore United's Brazilian midfielder Joao Pereira was sent off in the second half.",
		roles:   []string{"Joao Pereira: Midfielder of Kellmore United"},
		noRoles: []string{"Joao Pereira: Midfielder of Brazil"},
	},
	{
		name:    "a bank's chairman who resigned",
		text:    "Norbank's German chairman Klaus Weber resigned on Tuesday after the losses came to light.",
		roles:   []string{"Klaus Weber: Chairman of Norbank"},
		noRoles: []string{"Klaus Weber: Chairman of Germany"},
	},
	{
		name:    "an athletic's winger with his age",
		text:    "Westfield Athletic's 24-year-old Nigerian winger Sam Obi signed a new contract on Friday.",
		roles:   []string{"Sam Obi: Winger of Westfield Athletic"},
		noRoles: []string{"Sam Obi: Winger of Nigeria"},
	},
	{
		name:    "a firm's new managing director in commas",
		text:    "Halden Steel's new Swedish managing director, Erik Lund, will take over in May.",
		roles:   []string{"Erik Lund: Managing Director of Halden Steel"},
		noRoles: []string{"Erik Lund: Managing Director of Sweden"},
	},
	{
		name:    "a two-word nationality before a finance officer",
		text:    "Brenmoor Holdings's South African chief financial officer Piet Botha will leave the company in June.",
		roles:   []string{"Piet Botha: Chief Financial Officer of Brenmoor Holdings"},
		noRoles: []string{"Piet Botha: Chief Financial Officer of South Africa"},
	},
	{
		name:    "a coach of a club named by one word",
		text:    "Kellmore's Italian coach Marco Rossi said the team was tired after the cup run.",
		roles:   []string{"Marco Rossi: Coach of Kellmore"},
		noRoles: []string{"Marco Rossi: Coach of Italy"},
	},
	{
		name:    "a motor firm's president meeting unions",
		text:    "Castello Motors' Italian president Marco Ferri met union leaders in Turin on Monday.",
		roles:   []string{"Marco Ferri: President of Castello Motors"},
		noRoles: []string{"Marco Ferri: President of Italy"},
	},
	// near misses
	{
		name:    "a nationality alone stays the country's",
		text:    "The Danish striker Tom Vale scored twice on Saturday.",
		roles:   []string{"Tom Vale: Striker of Denmark"},
		noRoles: []string{"Tom Vale: Striker of Rovers"},
	},
	{
		name:    "a country's possessive before a nationality born elsewhere",
		text:    "Kenya's British-born foreign minister Alan Kamau arrived in London on Monday.",
		noRoles: []string{"Alan Kamau: Foreign Minister of Britain", "Alan Kamau: Foreign Minister of United Kingdom"},
	},
	{
		name:    "a firm that hired a former captain of the navy",
		text:    "Tarvex hired former Navy captain Tom Gill on Monday to run its shipping arm.",
		noRoles: []string{"Tom Gill: Captain of Tarvex"},
	},
	{
		name:    "a firm's possessive before a nationality and no office",
		text:    "Tarvex's French engineers met Luc Bain, a Swiss banker, in Geneva on Monday.",
		noRoles: []string{"Luc Bain: Banker of Tarvex"},
	},
}

func TestRolesClubNationality(t *testing.T) { runTitles(t, roleClubNationalityCases) }
