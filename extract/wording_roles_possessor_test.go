package extract

import "testing"

// rolePossessorCases: an office of a body told through its possessive or
// its kind ("the charity's head of policy in Britain, X", "the union's
// shop steward Y"), a seat on its board ("a member of the board of Z,
// W"), or its ownership ("one of the owners of Z", "who owns Z"): the
// office is the body's.
var rolePossessorCases = []officeCase{
	{
		name:  "a charity's head of policy in a country",
		text:  "The Harvest Aid Trust said food was running out in the north.\n\nThe charity's head of policy in Britain, Ann Ross, said more aid was needed.",
		roles: []string{"Ann Ross: Head of Policy of Harvest Aid Trust"},
	},
	{
		name:  "its director in a country",
		text:  "The Kestrel Relief Fund said on Monday that the camps were full. Its director in Kenya, Mary Otieno, said more tents were needed.",
		roles: []string{"Mary Otieno: Director of Kestrel Relief Fund"},
	},
	{
		name:  "a bank's chief economist in a city",
		text:  "Dunmore Bank's chief economist in London, Peter Hale, said rates would rise in June.",
		roles: []string{"Peter Hale: Chief Economist of Dunmore Bank"},
	},
	{
		name:  "a union's shop steward with no commas",
		text:  "The Kellmore Workers Union called a strike on Monday. The union's shop steward Ken Bird said talks had failed.",
		roles: []string{"Ken Bird: Shop Steward of Kellmore Workers Union"},
	},
	{
		name:  "a union's shop steward in commas",
		text:  "The Brayton Dock Workers Union voted to strike. The union's shop steward, Liam Doyle, said pay had been frozen for three years.",
		roles: []string{"Liam Doyle: Shop Steward of Brayton Dock Workers Union"},
	},
	{
		name:  "a member of a board before the name",
		text:  "A member of the board of Brenmoor Holdings, Ray Hull, said the sale would go ahead.",
		roles: []string{"Ray Hull: Member of the Board of Brenmoor Holdings"},
	},
	{
		name:  "a member of a supervisory board before the name",
		text:  "A member of the supervisory board of Kestrel Bank, Greta Vogel, said the merger had been approved.",
		roles: []string{"Greta Vogel: Member of the Supervisory Board of Kestrel Bank"},
	},
	{
		name:  "one of the owners of a firm",
		text:  "Tom Wade, one of the owners of Wade Logistics, said the trucks would run on Monday.",
		roles: []string{"Tom Wade: Owner of Wade Logistics"},
	},
	{
		name:  "one of the founders of a trust",
		text:  "Ellen Ashby, one of the founders of the Kestrel Trust, died on Sunday at the age of 91.",
		roles: []string{"Ellen Ashby: Founder of Kestrel Trust"},
	},
	{
		name:  "who owns a firm",
		text:  "Omar Haddad, who owns Haddad Shipping Ltd, said the ships would sail in May.",
		roles: []string{"Omar Haddad: Owner of Haddad Shipping Ltd"},
	},
	// near misses
	{
		name:    "one of the owners of a city names no office",
		text:    "Tom Wade, one of the owners of London's oldest pubs, said sales had fallen.",
		noRoles: []string{"Tom Wade: Owner of London"},
	},
	{
		name:    "who owns a farm near a firm",
		text:    "Tom Wade, who owns a farm near Wade Logistics, said the trucks were noisy.",
		noRoles: []string{"Tom Wade: Owner of Wade Logistics"},
	},
	{
		name:    "farmers met in a country before a name",
		text:    "He met farmers in Kenya, Ann Ross said on Monday.",
		noRoles: []string{"Ann Ross: Farmer"},
	},
	{
		name:    "a member of the public before a name",
		text:    "A member of the public from Dunmore, Ray Hull, said the bank had closed.",
		noRoles: []string{"Ray Hull: Member of the Public", "Ray Hull: Member of the Board"},
	},
}

func TestRolesPossessor(t *testing.T) { runTitles(t, rolePossessorCases) }
