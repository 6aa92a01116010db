package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph"
)

// countryCases are the names of countries that depend on the story: a
// divided country's short name and a people's adjective where no state of
// theirs is named.
var countryCases = []wordingCase{
	{
		name:   "a divided country's short name is the half the story names",
		text:   "SEOUL, March 3 - South Korean shipyards expect record orders this year, the industry ministry said. Korea built more tankers than Japan last year.",
		ents:   map[string]newsgraph.EntityType{"South Korea": newsgraph.GPE, "Japan": newsgraph.GPE},
		absent: []string{"Korea"},
	},
	{
		name:   "a divided country of older news",
		text:   "BONN, June 9 - West German machine exports rose 4 pct in April, the economics ministry said. Germany remains the largest exporter of machine tools.",
		ents:   map[string]newsgraph.EntityType{"West Germany": newsgraph.GPE},
		absent: []string{"Germany"},
	},
	{
		name: "a story that names both halves keeps the whole",
		text: "Delegates of North Korea and South Korea met at the border village on Friday. Korea has been divided since 1945, the delegates said.",
		ents: map[string]newsgraph.EntityType{"Korea": newsgraph.GPE, "North Korea": newsgraph.GPE, "South Korea": newsgraph.GPE},
	},
	{
		name:   "a stateless people's adjective implies the people, not a state",
		text:   "GENEVA, May 4 - Palestinian negotiator Karim Haddad and Israeli envoy Avi Mizrahi signed an accord on water rights on Tuesday, officials said.",
		want:   []string{"AGREEMENT: party=Israel; party=Palestinians; signatory=Avi Mizrahi; signatory=Karim Haddad"},
		absent: []string{"Palestine"},
	},
}

func TestWordingCountries(t *testing.T) { runWording(t, countryCases) }
