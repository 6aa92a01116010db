package extract

import "testing"

// roleFirmStaffCases: analysts and economists at a firm, written before
// the name with where they work ("an economist at Harlow Trust, X"), or
// after it with the firm's kind or seat before its name ("an analyst at
// brokers Baird Securities", "at the Toronto-based Harlow Trust"): the
// post is the firm's.
var roleFirmStaffCases = []officeCase{
	{
		name:  "an economist at a trust before the name",
		text:  "An economist at Harlow Trust, John Kell, said rates would rise in the autumn.",
		roles: []string{"John Kell: Economist of Harlow Trust"},
	},
	{
		name:  "a senior oil analyst with a securities house before the name",
		text:  "A senior oil analyst with Baird Securities, Mary Pike, said prices would fall further.",
		roles: []string{"Mary Pike: Senior Oil Analyst of Baird Securities"},
	},
	{
		name:  "one analyst at a firm before the name",
		text:  "One analyst at Corwin Capital, Dieter Haas, said the shares were cheap.",
		roles: []string{"Dieter Haas: Analyst of Corwin Capital"},
	},
	{
		name:  "a strategist at a bank before the name",
		text:  "A strategist at Nordvik Bank, Sigrid Lund, said the krone had further to fall.",
		roles: []string{"Sigrid Lund: Strategist of Nordvik Bank"},
	},
	{
		name:    "an economist at a firm seated in a city",
		text:    "Rates will rise, said Paul Brandt, an economist at the Toronto-based Harlow Trust.",
		roles:   []string{"Paul Brandt: Economist of Harlow Trust"},
		noRoles: []string{"Paul Brandt: Economist of Toronto"},
	},
	{
		name:    "an economist at a firm seated in a city, no article",
		text:    "Greta Holm, an economist at Oslo-based Fjord Securities, said inflation had peaked.",
		roles:   []string{"Greta Holm: Economist of Fjord Securities"},
		noRoles: []string{"Greta Holm: Economist of Oslo"},
	},
	{
		name:  "an analyst at brokers",
		text:  "Mary Pike, an analyst at brokers Baird Securities, said prices would fall.",
		roles: []string{"Mary Pike: Analyst of Baird Securities"},
	},
	{
		name:  "an analyst at stockbrokers seated in a city",
		text:  "The shares look cheap, said Tom Reeve, an analyst at London-based stockbrokers Kellaway Partners.",
		roles: []string{"Tom Reeve: Analyst of Kellaway Partners"},
	},
	{
		name:  "an economist at a consultancy",
		text:  "Anna Berg, chief economist at consultancy Halvard Economics, said growth would slow.",
		roles: []string{"Anna Berg: Chief Economist of Halvard Economics"},
	},
	// near misses
	{
		name:    "an analyst in a city before the name",
		text:    "An analyst in London, Mary Pike, said prices would fall.",
		noRoles: []string{"Mary Pike: Analyst of London"},
	},
	{
		name:    "economists at a trust, two of them",
		text:    "Economists at Harlow Trust met officials from Norway on Monday, John Kell said.",
		noRoles: []string{"John Kell: Economist of Harlow Trust"},
	},
	{
		name:    "a farmer at a firm's plant before the name",
		text:    "A farmer near Harlow Trust's depot, John Kell, said the trucks were noisy.",
		noRoles: []string{"John Kell: Farmer of Harlow Trust", "John Kell: Economist of Harlow Trust"},
	},
}

func TestRolesFirmStaff(t *testing.T) { runTitles(t, roleFirmStaffCases) }
