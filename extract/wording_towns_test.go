package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph"
)

// townCases: towns the first-tier tables do not list, and bodies the
// recogniser reads as places, people or titles of works.
var townCases = []wordingCase{
	{
		name: "towns of the second-tier table in a list after a verb of travel are places",
		text: "Senator Rhea Talbot will visit Doncaster, Wakefield and Rotherham on Friday.",
		ents: map[string]newsgraph.EntityType{"Doncaster": newsgraph.GPE, "Wakefield": newsgraph.GPE, "Rotherham": newsgraph.GPE},
	},
	{
		name: "a town and its county are places",
		text: "The minister opened a library in Ludlow, Shropshire, on Monday.",
		ents: map[string]newsgraph.EntityType{"Ludlow": newsgraph.GPE, "Shropshire": newsgraph.GPE},
	},
	{
		name:   "a common word that is also a town's name opens a sentence as a word",
		text:   "Harrogate council met on Monday. Bath salts sold out in the valley, traders said.",
		absent: []string{"Bath"},
	},
	{
		name: "a masthead before newspaper and an agency before news agency are bodies",
		text: "The memoir is being serialised in the Morrow newspaper. The official Varta news agency said talks would resume.",
		ents: map[string]newsgraph.EntityType{"Morrow": newsgraph.Organization, "Varta": newsgraph.Organization},
	},
	{
		name: "a bank's noun before a two-word name makes it the bank",
		text: "Analysts expect a tie-up between Corvel Mining and Canadian bank Halvern Fargate.",
		ents: map[string]newsgraph.EntityType{"Halvern Fargate": newsgraph.Organization},
	},
	{
		name: "Air opens an airline's name",
		text: "Air Lumina will buy 12 jets from a Brazilian maker, it announced on Friday.",
		ents: map[string]newsgraph.EntityType{"Air Lumina": newsgraph.Organization},
	},
	{
		name: "a firm an apposition calls the makers of something is a body, whatever its last word",
		text: "Tallis Games, the makers of the title, said it would appeal.",
		ents: map[string]newsgraph.EntityType{"Tallis Games": newsgraph.Organization},
	},
	{
		name: "a person whose surname is also a law's word is a person",
		text: "The producers cast Dana Law and Ivo Brent in the second series.",
		ents: map[string]newsgraph.EntityType{"Dana Law": newsgraph.Person},
	},
}

func TestWordingTowns(t *testing.T) { runWording(t, townCases) }
