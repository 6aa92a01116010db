package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph"
)

// knownBodyCases are invented sentences in which a body the tables know by
// name ("European Community", "Group of 20") stands as a modifier before
// its members ("European Community farm ministers met"), which the
// recogniser reads as a name of no type: the body is still an
// organisation, and its members meet as it.
var knownBodyCases = []wordingCase{
	{
		name: "farm ministers of a community meet",
		text: "Markets were calm on Wednesday.\n\nEuropean Community farm ministers met in Brussels on Monday to discuss milk quotas.",
		want: []string{"MEETING: participant=European Community"},
		ents: map[string]newsgraph.EntityType{"European Community": newsgraph.Organization},
	},
	{
		name: "trade ministers of an economic community agree",
		text: "Markets were calm on Wednesday.\n\nEuropean Economic Community trade ministers agreed on Tuesday to cut tariffs on steel.",
		want: []string{"AGREEMENT: party=European Economic Community"},
		ents: map[string]newsgraph.EntityType{"European Economic Community": newsgraph.Organization},
	},
	{
		name: "foreign ministers of a community fail to agree",
		text: "Markets were calm on Wednesday.\n\nEuropean Community foreign ministers failed to agree on sanctions at their meeting in Luxembourg.",
		want: []string{"MEETING: participant=European Community"},
		not:  []string{"AGREEMENT"},
	},
	{
		name: "finance ministers of a union meet",
		text: "Markets were calm on Wednesday.\n\nEuropean Union finance ministers met in Luxembourg on Friday.",
		want: []string{"MEETING: participant=European Union"},
		ents: map[string]newsgraph.EntityType{"European Union": newsgraph.Organization},
	},
	{
		name: "finance ministers of the twenty meet",
		text: "Markets were calm on Wednesday.\n\nGroup of 20 finance ministers met in Seoul on Saturday.",
		want: []string{"MEETING: participant=Group of 20"},
	},
	{
		name: "a community's energy ministers agree",
		text: "Markets were calm on Wednesday.\n\nEuropean Community energy ministers reached agreement on oil stocks on Thursday.",
		want: []string{"AGREEMENT: party=European Community"},
	},
	{
		name: "a community's ministers will meet",
		text: "Markets were calm on Wednesday.\n\nEuropean Community agriculture ministers will meet in Brussels next week.",
		want: []string{"MEETING/PLANNED: participant=European Community"},
	},
	{
		name: "a community's leaders meet at a summit",
		text: "Markets were calm on Wednesday.\n\nEuropean Community leaders met in Copenhagen on Friday for a two-day summit.",
		want: []string{"MEETING: participant=European Community"},
	},
	{
		name: "a community's prices are no event",
		text: "Markets were calm on Wednesday.\n\nEuropean Community farm prices fell on Monday.",
		not:  []string{"MEETING", "AGREEMENT"},
		ents: map[string]newsgraph.EntityType{"European Community": newsgraph.Organization},
	},
	{
		name: "a community's flag is no event",
		text: "Markets were calm on Wednesday.\n\nThe European Community flag flew over the border post at Irun.",
		not:  []string{"MEETING", "AGREEMENT", "VISIT"},
	},
	{
		name: "a community's rules met by a firm are no meeting",
		text: "Markets were calm on Wednesday.\n\nHarlow Steel said its plant now meets European Community emission rules.",
		not:  []string{"MEETING"},
	},
}

func TestWordingKnownBodies(t *testing.T) { runWording(t, knownBodyCases) }
