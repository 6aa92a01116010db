package extract

import "testing"

// TestAheadOfNouns: an event noun "ahead of" or "prior to" the telling
// ("Ahead of a meeting with X, Y said", "Prior to talks with X, Y
// toured") is the main subject's event with X, still to come: "ahead of"
// and "prior to" are one preposition, however the parser hung them.
func TestAheadOfNouns(t *testing.T) { runShared(t, aheadOfNounCases) }

var aheadOfNounCases = []sharedCase{
	{
		name: "ahead of a meeting, said",
		text: "Ahead of a meeting with Chancellor Greta Falk, President Tomas Ibarra said ties were strong.",
		want: []string{"Greta Falk + Tomas Ibarra | PLANNED"},
	},
	{
		name: "ahead of a summit, said",
		text: "Ahead of a summit with King Harald, President Ruth Ayala said trade would grow.",
		want: []string{"Harald + Ruth Ayala | PLANNED"},
	},
	{
		name: "ahead of talks next week",
		text: "Ahead of talks with Premier Joao Ferraz next week, Minister Kofi Mensah said the dispute was over.",
		want: []string{"Joao Ferraz + Kofi Mensah | PLANNED | | 1999-04-19"},
	},
	{
		name: "ahead of a meeting on a weekday, told reporters",
		text: "Ahead of a meeting with Governor Lena Voss on Monday, Mayor Pietro Conti told reporters he was hopeful.",
		want: []string{"Lena Voss + Pietro Conti | PLANNED | | 1999-04-19"},
	},
	{
		name: "ahead of negotiations with a firm",
		text: "Ahead of negotiations with Halvorsen Mining, Minister Ann Berg said the terms were fair.",
		want: []string{"Ann Berg + Halvorsen Mining | PLANNED"},
	},
	{
		name: "ahead of talks in a city",
		text: "Ahead of talks with Chancellor Dieter Brandt in Berlin, Prime Minister Jan Novak said ties were close.",
		want: []string{"Dieter Brandt + Jan Novak | PLANNED | Berlin"},
	},
	{
		name: "ahead of crucial talks",
		text: "Ahead of crucial talks with King Harald, Premier Joao Ferraz said ties were close.",
		want: []string{"Harald + Joao Ferraz | PLANNED"},
	},
	{
		name: "ahead of a visit, said",
		text: "Ahead of a visit to Peru, President Anibal Cruz said ties were strong.",
		want: []string{"VISIT: Anibal Cruz + Peru | PLANNED"},
	},
	{
		name: "ahead of talks, bare",
		text: "Ahead of talks with King Harald, Premier Joao Ferraz said the two countries were close.",
		want: []string{"Harald + Joao Ferraz | PLANNED"},
	},
	{
		name: "prior to talks, toured",
		text: "Prior to talks with King Harald, Premier Joao Ferraz toured a port.",
		want: []string{"Harald + Joao Ferraz | PLANNED"},
	},
	{
		name: "prior to a meeting, spoke",
		text: "Prior to a meeting with Governor Lena Voss, Mayor Pietro Conti spoke to reporters.",
		want: []string{"Lena Voss + Pietro Conti | PLANNED"},
	},
	{
		name: "spoke ahead of talks, after the verb",
		text: "President Anibal Cruz spoke to reporters ahead of talks with King Harald.",
		want: []string{"Anibal Cruz + Harald | PLANNED"},
	},
	{
		name: "stocks rose ahead of talks with a group",
		text: "Stocks rose ahead of talks with the union on Friday, analyst Ann Berg said.",
		not:  []string{"MEETING"},
	},
	{
		name: "prior to the vote",
		text: "Prior to the vote, Senator Ines Barros spoke to reporters.",
		not:  []string{"MEETING", "VISIT", "AGREEMENT"},
	},
	{
		name: "ahead of the election",
		text: "Ahead of the election, Minister Omar Haddad said taxes would fall.",
		not:  []string{"MEETING", "VISIT", "AGREEMENT"},
	},
	{
		name: "ahead of schedule",
		text: "Ahead of schedule, Halvorsen Mining opened the mine, chief executive Tom Vale said.",
		not:  []string{"MEETING", "VISIT", "AGREEMENT"},
	},
	{
		name: "ahead of the vote on the budget",
		text: "Ahead of a vote on the budget, Senator Ines Barros met no one, aides said.",
		not:  []string{"MEETING/", "VISIT"},
	},
}
