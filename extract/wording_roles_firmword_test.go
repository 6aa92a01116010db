package extract

import "testing"

// roleFirmWordCases: one unknown capitalised word before a firm's office
// and the name ("Tovex president X", "Harkin director Y") names the firm
// whose office it is, as it did for an analyst or a chairman; an everyday
// word for a body ("Club president X") names none.
var roleFirmWordCases = []officeCase{
	{
		name:  "a firm's president who said so",
		text:  "Tovex president Ann Lindqvist said the plant would close in June.",
		roles: []string{"Ann Lindqvist: President of Tovex"},
	},
	{
		name:  "a firm's director after the news",
		text:  "Sales fell in May, Harkin director Paul Motte said on Tuesday.",
		roles: []string{"Paul Motte: Director of Harkin"},
	},
	{
		name:  "a firm's managing director",
		text:  "Corvane managing director Ruth Adler told reporters the deal was done.",
		roles: []string{"Ruth Adler: Managing Director of Corvane"},
	},
	{
		name:  "a firm's general manager",
		text:  "Veltrix general manager Omar Haddad said exports would rise.",
		roles: []string{"Omar Haddad: General Manager of Veltrix"},
	},
	{
		name:  "a firm's chief operating officer",
		text:  "Costs will fall, Quarrio chief operating officer Li Wenhua said on Friday.",
		roles: []string{"Li Wenhua: Chief Operating Officer of Quarrio"},
	},
	{
		name:  "a firm's vice-president for sales",
		text:  "Dravnik vice-president Karen Oduya said prices would stay the same.",
		roles: []string{"Karen Oduya: Vice-President of Dravnik"},
	},
	{
		name:  "a firm's owner who sold out",
		text:  "Brellan owner Marco Tessi sold his stake on Monday.",
		roles: []string{"Marco Tessi: Owner of Brellan"},
	},
	{
		name:  "a firm's president in a quote",
		text:  "\"We will appeal,\" Zolvex president Hana Ito told the court.",
		roles: []string{"Hana Ito: President of Zolvex"},
	},
	// near misses
	{
		name:    "a club's president with no club named",
		text:    "Club president Ron Fairley spoke after the match.",
		roles:   []string{"Ron Fairley: President"},
		noRoles: []string{"Ron Fairley: President of Club"},
	},
	{
		name:    "a team's manager with no team named",
		text:    "Team manager Joe Harrow said the players were tired.",
		noRoles: []string{"Joe Harrow: Manager of Team"},
	},
	{
		name:    "a weekday before the president",
		text:    "On Monday president Dan Abelson spoke to the nation.",
		noRoles: []string{"Dan Abelson: President of Monday", "Dan Abelson: President of On"},
	},
	{
		name:    "a country before the president",
		text:    "Peru president Ana Quispe arrived in Lima on Monday.",
		noRoles: []string{"Ana Quispe: President of Peru Ltd"},
		roles:   []string{"Ana Quispe: President of Peru"},
	},
}

func TestRolesFirmWord(t *testing.T) { runTitles(t, roleFirmWordCases) }
