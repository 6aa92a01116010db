package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph"
)

var pluralBodyCases = []wordingCase{
	{
		name:   "a plural body head shared by two names is a body, not part of a person's name",
		text:   "Ines Duarte was a trade envoy in the Alvim and Berg Administrations. President Jonas Berg met Premier Ana Lindqvist in Oslo on Friday.",
		want:   []string{"MEETING: participant=Ana Lindqvist; participant=Jonas Berg"},
		ents:   map[string]newsgraph.EntityType{"Berg Administration": newsgraph.Organization, "Jonas Berg": newsgraph.Person},
		absent: []string{"Berg Administrations"},
	},
}

func TestWordingPluralBodies(t *testing.T) { runWording(t, pluralBodyCases) }
