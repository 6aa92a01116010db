package extract

import "testing"

// roleApposBodyCases: a title after the name whose body follows at, for,
// with or of reads the body even when a region opens the title ("X, Asia
// director at Y") or a place closes it ("X, regional manager for the Y in
// Asia"), and a partner, fellow or lecturer holds a post only of the body
// named after it ("X, a partner at Y").
var roleApposBodyCases = []officeCase{
	{
		name:  "a region's director at a rights group",
		text:  "Dana Pikeman, Asia director at Human Rights Watch, said the law was harsh.",
		roles: []string{"Dana Pikeman: Asia Director of Human Rights Watch"},
	},
	{
		name:  "a region's editor of a paper",
		text:  "Sam Reedley, Africa editor of the Daily Courier, said the story was true.",
		roles: []string{"Sam Reedley: Africa Editor of Daily Courier"},
	},
	{
		name:  "a regional manager for a body in a region",
		text:  "\"We are worried,\" said Tom Ashcroft, regional manager for the Red Cross in Asia.",
		roles: []string{"Tom Ashcroft: Regional Manager of Red Cross"},
	},
	{
		name:  "a partner at a law firm",
		text:  "Mark Tullis, a partner at Baxter & Cole, said the case was weak.",
		roles: []string{"Mark Tullis: Partner of Baxter & Cole"},
	},
	{
		name:  "a managing partner of a firm",
		text:  "Juan Perezoso, managing partner of Pardo Asesores, said the reform would pass.",
		roles: []string{"Juan Perezoso: Managing Partner of Pardo Asesores"},
	},
	{
		name:  "a senior fellow at an institute",
		text:  "Growth will slow, said Nora Lindahl, a senior fellow at the Brenner Institute.",
		roles: []string{"Nora Lindahl: Senior Fellow of Brenner Institute"},
	},
	{
		name:  "a lecturer at a university",
		text:  "Paul Okafor, a lecturer at Harlow University, said the vote was fair.",
		roles: []string{"Paul Okafor: Lecturer of Harlow University"},
	},
	{
		name:  "a trader with a bank",
		text:  "\"Prices fell fast,\" said Ken Moriyama, a trader with Tenzan Bank.",
		roles: []string{"Ken Moriyama: Trader of Tenzan Bank"},
	},
	// near misses
	{
		name:    "a partner in life is no office",
		text:    "He was joined by Anna Keller, his partner, at the dinner on Monday.",
		noRoles: []string{"Anna Keller: Partner"},
	},
	{
		name:    "a fellow of no body",
		text:    "Tom Brandt, a fellow traveller, said the trip was long.",
		noRoles: []string{"Tom Brandt: Fellow"},
	},
	{
		name:    "a region's director is not the region's",
		text:    "Dana Pikeman, Asia director at Human Rights Watch, said the law was harsh.",
		noRoles: []string{"Dana Pikeman: Director of Asia", "Dana Pikeman: Asia Director of Asia"},
	},
	{
		name:    "a state's governor stays the state's",
		text:    "Ron Ellery, Texas governor, said the plan was fair.",
		noRoles: []string{"Ron Ellery: Texas Governor"},
	},
}

func TestRolesApposBody(t *testing.T) { runTitles(t, roleApposBodyCases) }
