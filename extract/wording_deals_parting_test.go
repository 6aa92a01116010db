package extract

import "testing"

// dealPartingCases: two sides that agree to part, or to end the contract
// that bound them ("the club and its coach agreed to part ways", "X has
// agreed to end his contract with Y"), made an agreement: the player and
// his club, the chief and his firm among them. One side agreeing to end
// a strike, a season or a protest makes none.
var dealPartingCases = []dealCase{
	{
		name: "a club and its coach agreed to part ways",
		text: "Ashby Rovers and Tom Reed agreed to part ways on Monday.",
		want: []string{"AGREEMENT/HAPPENED: party=Ashby Rovers; signatory=Tom Reed"},
	},
	{
		name: "a club and its manager agreed to part company",
		text: "Dunmore City and manager Tom Reed have agreed to part company.",
		want: []string{"AGREEMENT/HAPPENED: party=Dunmore City; signatory=Tom Reed"},
	},
	{
		name: "a club and a player agreed to terminate his contract",
		text: "Ashby Rovers and Marek Novak agreed to terminate his contract by mutual consent.",
		want: []string{"AGREEMENT/HAPPENED: party=Ashby Rovers; signatory=Marek Novak"},
	},
	{
		name: "a player and a club agreed to cancel his contract",
		text: "Marek Novak and Ashby Rovers agreed to cancel his contract.",
		want: []string{"AGREEMENT/HAPPENED: party=Ashby Rovers; signatory=Marek Novak"},
	},
	{
		name: "a firm and its chief agreed to end his employment",
		text: "Halden Corp and Tom Reed mutually agreed to end his employment.",
		want: []string{"AGREEMENT/HAPPENED: party=Halden Corp; signatory=Tom Reed"},
	},
	{
		name: "a player has agreed to end his contract with a club",
		text: "Marek Novak has agreed to end his contract with Ashby Rovers.",
		want: []string{"AGREEMENT/HAPPENED: party=Ashby Rovers; signatory=Marek Novak"},
	},
	{
		name: "a coach and a federation agreed to split",
		text: "The Ruritanian Football Federation and coach Ines Albrecht agreed to split after the tournament.",
		want: []string{"AGREEMENT/HAPPENED: party=Ruritanian Football Federation; signatory=Ines Albrecht"},
	},
	{
		name: "a club and a sponsor agreed to end their sponsorship",
		text: "Kilmore Athletic and Meridian Bank agreed to end their sponsorship deal a year early.",
		want: []string{"AGREEMENT/HAPPENED: party=Kilmore Athletic; party=Meridian Bank"},
	},
	// none
	{
		name: "agreed to end the strike",
		text: "Union leaders agreed to end the strike on Friday.",
		not:  []string{"AGREEMENT"},
	},
	{
		name: "a coach agreed to end his hunger strike",
		text: "Tom Reed agreed to end his hunger strike.",
		not:  []string{"AGREEMENT"},
	},
	{
		name: "a club agreed to end the season early",
		text: "Ashby Rovers agreed to end the season early.",
		not:  []string{"AGREEMENT"},
	},
	{
		name: "a minister of a country agreed to end a protest",
		text: "Ruritanian Interior Minister Ana Ruiz agreed to end the protest camp.",
		not:  []string{"AGREEMENT"},
	},
}

func TestDealParting(t *testing.T) { runDeals(t, dealPartingCases) }
