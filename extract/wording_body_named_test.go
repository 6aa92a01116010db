package extract

import "testing"

// bodyNamedCases tell a named body as the modifier of a gathering's or
// an agreement's noun: "at last week's Arab League summit", "under the
// Nordic Council accord". The gathering is the body's own meeting, with
// whoever tells or addresses it; the accord is the body's own, among its
// members. A body's firm-like name, a room, a meeting only supposed, and
// a summit at which two others meet make none of the body's own.
var bodyNamedCases = []wordingCase{
	{
		name: "a plan approved at last week's summit of a league",
		text: "The plan was approved at last week's Arab League summit in Cairo.",
		want: []string{"MEETING/HAPPENED: participant=Arab League"},
	},
	{
		name: "a plan approved at a council summit, the week after the place",
		text: "The fishing plan was endorsed at the Baltic Sea Council summit in Riga last week.",
		want: []string{"MEETING/HAPPENED: participant=Baltic Sea Council"},
	},
	{
		name: "producers will discuss a plan at an association's meeting",
		text: "Tin producers will discuss the plan at the Tin Producers Association meeting in Bangkok next week.",
		want: []string{"MEETING/PLANNED: participant=Tin Producers Association"},
	},
	{
		name: "ministers debated a levy at an acronym body's meeting",
		text: "Ministers debated the export levy at the ATPC meeting in Jakarta on Monday.",
		want: []string{"MEETING/HAPPENED: participant=ATPC"},
	},
	{
		name: "a minister told an informal union meeting",
		text: "Trade Minister Ana Ruiz told an informal European Union meeting in Brussels on Friday that tariffs must fall.",
		want: []string{"MEETING/HAPPENED: participant=Ana Ruiz; participant=European Union"},
	},
	{
		name: "exports curbed under a council's accord",
		text: "Exports have been curbed under the Nordic Council accord, officials said.",
		want: []string{"AGREEMENT/HAPPENED: party=Nordic Council"},
	},
	{
		name: "members kept to a council's pact since a year",
		text: "Members have kept to the Andean Council pact since 1995, the minister said.",
		want: []string{"AGREEMENT/HAPPENED: party=Andean Council"},
	},
	{
		name: "an organisation's pact collapsed",
		text: "Cocoa prices fell after the International Cocoa Organisation pact collapsed in July.",
		want: []string{"AGREEMENT: party=International Cocoa Organization"},
	},
	{
		name: "quotas under a union's pact signed in a month",
		text: "Under the Caribbean Sugar Union pact signed in March, quotas will rise.",
		want: []string{"AGREEMENT/HAPPENED: party=Caribbean Sugar Union"},
	},
	{
		name: "the yen under a group of states' accord named by its number",
		text: "The yen has risen sharply under the G-5 accord, Finance Minister Kenji Oda said.",
		want: []string{"AGREEMENT/HAPPENED: party=Group of Five"},
	},
	{
		name: "a minister told a meeting of a group of states named by its number",
		text: "Finance Minister Kenji Oda told a G-10 meeting in Basle on Monday that rates would fall.",
		want: []string{"MEETING/HAPPENED: participant=Group of Ten; participant=Kenji Oda"},
	},
	{
		name: "a group of states' summit named by its number ended",
		text: "The G-77 summit in Havana ended on Friday.",
		want: []string{"MEETING/HAPPENED: participant=Group of 77"},
	},
	{
		name: "a country that spoke at a council's summit leaves it the council's",
		text: "Chile said at the Andean Council summit in Lima on Tuesday that tariffs would fall.",
		want: []string{"MEETING/HAPPENED: participant=Andean Council"},
	},
	{
		name: "a firm's annual meeting is no body's",
		text: "Halden Group shareholders approved the merger at the annual meeting in Oslo on Monday.",
		not:  []string{"Halden Group; ", "participant=Oslo"},
	},
	{
		name: "a council's meeting room is no meeting",
		text: "The Nordic Council said its meeting room in Oslo would be repainted.",
		not:  []string{"MEETING"},
	},
	{
		name: "two ministers who met at a summit meet each other, not the body alone",
		text: "Ana Ruiz met Lars Holm at the Nordic Council summit in Oslo on Monday.",
		want: []string{"MEETING/HAPPENED: participant=Ana Ruiz; participant=Lars Holm"},
		not:  []string{"MEETING/HAPPENED: participant=Nordic Council"},
	},
	{
		name: "a plan, not a pact, of a council",
		text: "Exports have been curbed under the Nordic Council plan, officials said.",
		not:  []string{"AGREEMENT"},
	},
}

func TestWordingBodyNamed(t *testing.T) { runWording(t, bodyNamedCases) }
