package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph"
)

// entityKindCases are invented sentences of names the recogniser's runs
// assemble wrongly: a firm fused with its officer's title, a party-state
// tag after a legislator, a byline, a body written in lower case.
var entityKindCases = []wordingCase{
	{
		name: "a small country the first-tier table lacks is a country, also before its government",
		text: "The Tuvalu government quit the fisheries forum on Monday, and officials said Nauru and Tonga may follow.",
		ents: map[string]newsgraph.EntityType{"Tuvalu": newsgraph.GPE, "Nauru": newsgraph.GPE, "Tonga": newsgraph.GPE},
	},
	{
		name: "a firm's name closed by its trade in -ing is no person",
		text: "Quarrel Bay Trading said it had hired Dunmere Paving to resurface the yard, and Brisco Catering won the canteen.",
		ents: map[string]newsgraph.EntityType{"Quarrel Bay Trading": newsgraph.Organization, "Dunmere Paving": newsgraph.Organization, "Brisco Catering": newsgraph.Organization},
	},
	{
		name: "a British town and City or Town is a club; a city of that whole name, or a town named so elsewhere, a place",
		text: "Harlow Town drew with Redditch City on Saturday before a crowd from Kansas City and Quezon City, and fans flew in from Kobe City.",
		ents: map[string]newsgraph.EntityType{"Harlow Town": newsgraph.Organization, "Redditch City": newsgraph.Organization, "Kansas City": newsgraph.GPE, "Quezon City": newsgraph.GPE, "Kobe City": newsgraph.GPE},
	},
	{
		name: "a road, a lane or an avenue is a site, as a street is",
		text: "Supporters gathered at Kenning Road and marched down Alder Lane to Tverskaya Avenue.",
		ents: map[string]newsgraph.EntityType{"Kenning Road": newsgraph.Facility, "Alder Lane": newsgraph.Facility, "Tverskaya Avenue": newsgraph.Facility},
	},
	{
		name:   "a town that web text writes in lower case is still a town: its club's short name joins the club",
		text:   "Darlington Albion signed the winger on Monday. Albion paid two million pounds for him.",
		ents:   map[string]newsgraph.EntityType{"Darlington Albion": newsgraph.Organization},
		absent: []string{"Albion"},
	},
	{
		name:   "a firm named again without its spelled-out designator is the same firm",
		text:   "Morland Foods Corporation signed a supply pact on Monday. Morland Foods will ship grain from May, and Quarry Paving Company, which won the road bid, said Quarry Paving would start in June.",
		ents:   map[string]newsgraph.EntityType{"Morland Foods Corporation": newsgraph.Organization, "Quarry Paving Company": newsgraph.Organization},
		absent: []string{"Morland Foods", "Quarry Paving"},
	},
	{
		name: "a Nordic or Italian legal form closes a firm's name",
		text: "Tarvik Shipping ASA said on Monday it would buy two tankers, and Brenna Telecom AB and Sorvik Oyj signed a roaming deal with Celano SpA.",
		ents: map[string]newsgraph.EntityType{"Tarvik Shipping ASA": newsgraph.Organization, "Brenna Telecom AB": newsgraph.Organization, "Sorvik Oyj": newsgraph.Organization, "Celano SpA": newsgraph.Organization},
	},
	{
		name: "a province of the second tier before its government is the place",
		text: "Envoys met the Karnataka government in Mysore, and the Ontario government sent a note.",
		ents: map[string]newsgraph.EntityType{"Karnataka": newsgraph.GPE, "Ontario": newsgraph.GPE},
	},
	{
		name:   "a firm's one-word name before its chief executive and the officer's name",
		text:   "Brightwell Chief Executive Martha Quill said the board backed the offer.",
		ents:   map[string]newsgraph.EntityType{"Brightwell": newsgraph.Organization, "Martha Quill": newsgraph.Person},
		absent: []string{"Brightwell Chief Executive"},
	},
	{
		name:   "a common word before a chairman is no firm",
		text:   "Campaign Chairman Martha Quill said the vote was close.",
		ents:   map[string]newsgraph.EntityType{"Martha Quill": newsgraph.Person},
		absent: []string{"Campaign"},
	},
	{
		name:   "a legislator's party and state in brackets: the state, no body",
		text:   "Senator Tom Harkins (D-Vt.) said the bill would pass, and Rep. Ann Lowe (R-Kansas) agreed.",
		ents:   map[string]newsgraph.EntityType{"Vermont": newsgraph.GPE, "Kansas": newsgraph.GPE, "Tom Harkins": newsgraph.Person},
		absent: []string{"D-Vt", "R-Kansas"},
	},
	{
		name:   "a party-state tag between commas",
		text:   "Rep. Ann Lowe, R-Minn., said the farm bill was dead.",
		ents:   map[string]newsgraph.EntityType{"Minnesota": newsgraph.GPE, "Ann Lowe": newsgraph.Person},
		absent: []string{"R-Minn"},
	},
	{
		name:   "a byline's name with the writer's post is page furniture",
		text:   "By Martha Quill, Political Correspondent\n\nPremier Jan Holm said on Monday the tax would go.",
		ents:   map[string]newsgraph.EntityType{"Jan Holm": newsgraph.Person},
		absent: []string{"Political Correspondent", "Martha Quill"},
	},
	{
		name:   "a wire story's closing line of who reported and edited it is page furniture",
		text:   "Premier Jan Holm said on Monday the tax would go.\n\nReporting by Martha Quill in Oslo and Piet Van Dam in Bergen; Editing by Tom Harkins",
		ents:   map[string]newsgraph.EntityType{"Jan Holm": newsgraph.Person},
		absent: []string{"Martha Quill", "Piet Van Dam", "Tom Harkins", "Bergen"},
	},
	{
		name:   "a sentence of prose that opens with By is no byline",
		text:   "By Friday Harbour Lane was closed to traffic, the council said.",
		absent: []string{"Friday Harbour"},
	},
	{
		name: "European bodies written with a lower-case head",
		text: "Farm quotas were backed by the EC commission, and the European parliament will vote on them in May.",
		ents: map[string]newsgraph.EntityType{"European Commission": newsgraph.Organization, "European Parliament": newsgraph.Organization},
	},
	{
		name:   "a pair of compass points before a country names part of it: the country",
		text:   "Storms battered North-West Peru and South-Eastern Chile, and later south-east Asia.",
		ents:   map[string]newsgraph.EntityType{"Peru": newsgraph.GPE, "Chile": newsgraph.GPE, "Southeast Asia": newsgraph.Location},
		absent: []string{"North-West Peru", "South-Eastern Chile", "Asia"},
	},
	{
		name: "one compass point may open a place's own name",
		text: "Officials from Northern Ireland and South Korea met on Monday.",
		ents: map[string]newsgraph.EntityType{"Northern Ireland": newsgraph.GPE, "South Korea": newsgraph.GPE},
	},
	{
		name: "a division's name with a capitalised head is one place",
		text: "Floods hit Tarvo Prefecture and Kesh Province on Monday, and Marlow County was spared.",
		ents: map[string]newsgraph.EntityType{"Tarvo Prefecture": newsgraph.GPE, "Kesh Province": newsgraph.GPE, "Marlow County": newsgraph.GPE},
	},
	{
		name:   "a body named by what it is for",
		text:   "Envoys of Benin and the rebel Front for the Defence of the Sahel have begun talks in Lome.",
		ents:   map[string]newsgraph.EntityType{"Front for the Defence of the Sahel": newsgraph.Organization},
		absent: []string{"Front", "Defence of the Sahel"},
	},
	{
		name:   "people named by what they are open a sentence after a dateline, no name",
		text:   "Tamale, Ghana \u2013 Envoys of Benin and Togo met on Monday.",
		absent: []string{"Envoys"},
	},
	{
		name:   "a town's name with a particle and its river",
		text:   "The bank will open offices in Frankfurt am Main in June and in Hamburg next year.",
		ents:   map[string]newsgraph.EntityType{"Frankfurt am Main": newsgraph.GPE, "Hamburg": newsgraph.GPE},
		absent: []string{"Main", "Frankfurt"},
	},
}

func TestWordingEntityKinds(t *testing.T) { runWording(t, entityKindCases) }
