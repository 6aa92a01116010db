package extract

import "testing"

// meetListCases tell a meeting of three or more sides in one list: a
// plural office before its holders' names, or a summit "of" a list of
// countries. One joint meeting holds every side.
var meetListCases = []wordingCase{
	{
		name: "a plural office before a list of three names holds all three",
		text: "SALZBURG, May 6 - Presidents Orsolya Vanek, Teodor Brask and Lina Okafor met in Salzburg on Tuesday to talk about river traffic.",
		want: []string{"MEETING: participant=Lina Okafor; participant=Orsolya Vanek; participant=Teodor Brask"},
	},
	{
		name: "a lower-case plural office before two names",
		text: "Finance ministers Orsolya Vanek and Teodor Brask will meet in Graz next week about the shared budget.",
		want: []string{"MEETING: participant=Orsolya Vanek; participant=Teodor Brask"},
	},
	{
		name: "a summit of three countries named in a list is theirs, the middle one too",
		text: "SALZBURG, May 6 - A three-way summit of Austria, Hungary and Slovakia is to take place in Salzburg in June, diplomats said.",
		want: []string{"MEETING: participant=Austria; participant=Hungary; participant=Slovakia"},
	},
}

func TestWordingMeetLists(t *testing.T) { runWording(t, meetListCases) }

// meetThereCases tell a meeting by one's being, or coming, somewhere for
// it: "is due in X for talks with Y", "was in X for talks with Y", "flew
// to X to brief Y". The one who is there meets the one named.
var meetThereCases = []wordingCase{
	{
		name: "due in a city for talks with someone",
		text: "OSLO, May 6 - Latvian Trade Minister Ilze Berzina is due in Oslo on Thursday for talks with Norwegian Fisheries Minister Harald Voll.",
		want: []string{"MEETING/PLANNED: participant=Harald Voll; participant=Ilze Berzina"},
	},
	{
		name: "expected in a city for talks with someone",
		text: "OSLO, May 6 - Latvian Trade Minister Ilze Berzina is expected in Oslo on Friday for talks with Harald Voll about salmon quotas.",
		want: []string{"MEETING/PLANNED: participant=Harald Voll; participant=Ilze Berzina"},
	},
	{
		name: "was in a city for talks with someone",
		text: "Trade Minister Ilze Berzina was in Oslo on Tuesday for talks with Harald Voll, the head of the salmon board.",
		want: []string{"MEETING/HAPPENED: participant=Harald Voll; participant=Ilze Berzina"},
	},
	{
		name: "asked for talks is no meeting of the one asked",
		text: "Trade Minister Ilze Berzina was asked for talks with Harald Voll on Tuesday.",
		not:  []string{"Ilze Berzina"},
	},
	{
		name: "flew to a city to brief someone",
		text: "OSLO, May 6 - Finance Minister Ilze Berzina flew to Bergen on Tuesday to brief Governor Harald Voll on the budget cuts.",
		want: []string{"MEETING/HAPPENED: participant=Harald Voll; participant=Ilze Berzina"},
	},
	{
		name: "was in a city to brief a body",
		text: "Finance Minister Ilze Berzina was in Geneva to brief the Tarvel Fund board on the loan terms.",
		want: []string{"MEETING/HAPPENED: participant=Ilze Berzina; participant=Tarvel Fund"},
	},
	{
		name: "briefing told alone is no meeting",
		text: "Finance Minister Ilze Berzina briefed Governor Harald Voll on the budget cuts on Tuesday.",
		not:  []string{"Ilze Berzina"},
	},
}

func TestWordingMeetThere(t *testing.T) { runWording(t, meetThereCases) }

// meetFirmCases tell talks of firms and of an industry told by its
// country ("Japanese steel mills"), and talks agreed after a failure.
var meetFirmCases = []wordingCase{
	{
		name: "rounds of talks between two people that the parser reads as a clause",
		text: "OTTAWA, June 9 - Three rounds of talks between Chancellor Alan Brewer and Premier Kenji Oda will be held in Ottawa in July.",
		want: []string{"MEETING/PLANNED: participant=Alan Brewer; participant=Kenji Oda"},
	},
	{
		name: "an industry named by its country stands for the country",
		text: "TOKYO, June 9 - Harlow Coal Ltd opened price talks with Japanese steel mills on Tuesday, industry sources said.",
		want: []string{"MEETING: participant=Harlow Coal Ltd; participant=Japan"},
	},
	{
		name: "failing to agree does not deny the talks agreed after a but",
		text: "TOKYO, June 9 - Harlow Coal Ltd and Marun Steel did not settle the ore price but agreed to hold a further round of talks in August.",
		want: []string{"MEETING/PLANNED: participant=Harlow Coal Ltd; participant=Marun Steel"},
	},
	{
		name: "a negated verb still denies the talks joined to it by and",
		text: "TOKYO, June 9 - Harlow Coal Ltd and Marun Steel did not settle the ore price and agree to hold more talks.",
		not:  []string{"MEETING"},
	},
}

func TestWordingMeetFirms(t *testing.T) { runWording(t, meetFirmCases) }
