package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph"
)

var onBodyCases = []wordingCase{
	{
		name:   "a pact or body named by what it is on is one name",
		text:   "Delegates to the Andean Agreement on Textiles and Clothing met in Quito on Monday, and the Council on Pacific Affairs said it would send an observer.",
		ents:   map[string]newsgraph.EntityType{"Andean Agreement on Textiles and Clothing": newsgraph.Organization, "Council on Pacific Affairs": newsgraph.Organization},
		absent: []string{"Textiles", "Andean Agreement", "Pacific Affairs"},
	},
	{
		name:   "a body followed by the day it acted on",
		text:   "The Transport Commission on Monday approved the merger of two ferry lines.",
		absent: []string{"Transport Commission on Monday"},
	},
}

func TestWordingOnBodies(t *testing.T) { runWording(t, onBodyCases) }

var headlineAcronymCases = []wordingCase{
	{
		name:   "a headline's acronym is the body the story expands it to",
		text:   "LIMA TRADE TALKS OF ACTT STALL\n\nDelegates of the Andean Council on Trade and Tariffs (ACTT) ended two days of talks in Lima on Monday without a deal, ACTT officials said.",
		ents:   map[string]newsgraph.EntityType{"Andean Council on Trade and Tariffs": newsgraph.Organization},
		absent: []string{"ACTT"},
	},
}

func TestWordingHeadlineAcronym(t *testing.T) { runWording(t, headlineAcronymCases) }
