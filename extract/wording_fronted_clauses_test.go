package extract

import "testing"

// TestFrontedClauses: a clause fronted by "ahead of", "before" or "after"
// whose verb or noun is a meeting or a signing ("Ahead of meeting X, Y
// said", "After signing the accord with X, Y flew home") is the main
// subject's event with X: planned ahead of it, happened after it.
func TestFrontedClauses(t *testing.T) { runShared(t, frontedClauseCases) }

var frontedClauseCases = []sharedCase{
	{
		name: "ahead of meeting, said",
		text: "Ahead of meeting Chancellor Ana Roth, President Li Wei said ties were strong.",
		want: []string{"Ana Roth + Li Wei | PLANNED"},
	},
	{
		name: "before his talks with, visited",
		text: "Before his talks with President Tomas Ibarra, Prime Minister Olav Strand visited Lima.",
		want: []string{"Olav Strand + Tomas Ibarra", "VISIT: Lima + Olav Strand"},
	},
	{
		name: "after signing the accord with a country, flew home",
		text: "After signing the accord with Chile, President Ruth Ayala flew home.",
		want: []string{"AGREEMENT: Chile + Ruth Ayala | HAPPENED"},
	},
	{
		name: "after meeting a king, left",
		text: "After meeting King Harald, Prime Minister Ewa Lind left for Bergen.",
		want: []string{"Ewa Lind + Harald | HAPPENED"},
	},
	{
		name: "ahead of his talks on a day, toured",
		text: "Ahead of his talks with Premier Joao Ferraz on Friday, Minister Kofi Mensah toured a port.",
		want: []string{"Joao Ferraz + Kofi Mensah | PLANNED | | 1999-04-16"},
	},
	{
		name: "after talks with, said",
		text: "After talks with Chancellor Greta Falk, Prime Minister Jan Novak said the two countries would cooperate.",
		want: []string{"Greta Falk + Jan Novak | HAPPENED"},
	},
	{
		name: "ahead of signing a deal",
		text: "Ahead of signing a trade deal with Peru, President Anibal Cruz said tariffs would fall.",
		want: []string{"AGREEMENT: Anibal Cruz + Peru | PLANNED"},
	},
	{
		name: "after holding talks in a city, flew on",
		text: "After holding talks with President Ruth Ayala in Quito, Minister Sara Berg flew to Lima.",
		want: []string{"Ruth Ayala + Sara Berg | HAPPENED | Quito"},
	},
	{
		name: "before meeting a governor, spoke",
		text: "Before meeting Governor Lena Voss, Mayor Pietro Conti spoke to reporters.",
		want: []string{"Lena Voss + Pietro Conti"},
	},
	{
		name: "ahead of an election",
		text: "Ahead of the election, Minister Omar Haddad said taxes would fall.",
		not:  []string{"MEETING", "AGREEMENT"},
	},
	{
		name: "after meeting targets",
		text: "After meeting its targets, Halvorsen Shipping raised pay, chief executive Tom Vale said.",
		not:  []string{"MEETING"},
	},
	{
		name: "after signing autographs",
		text: "After signing autographs for fans, striker Luis Mora left the stadium.",
		not:  []string{"AGREEMENT", "MEETING"},
	},
}
