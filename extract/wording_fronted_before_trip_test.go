package extract

import "testing"

// TestFrontedBeforeTrip: a meeting told in a fronted "after",
// "following" or "having" clause came before the trip of the clause it
// opens ("After meeting X, Y flew to Z"): it is not held at the trip's
// destination.
func TestFrontedBeforeTrip(t *testing.T) { runShared(t, frontedBeforeTripCases) }

var frontedBeforeTripCases = []sharedCase{
	{
		name: "after his talks, flew to",
		text: "After his talks with President Tomas Ibarra, Prime Minister Olav Strand flew to Lima.",
		want: []string{"Olav Strand + Tomas Ibarra | HAPPENED | -", "VISIT: Lima + Olav Strand"},
	},
	{
		name: "following his talks, flew to",
		text: "Following his talks with Chancellor Greta Falk, President Anibal Cruz flew to Munich.",
		want: []string{"Anibal Cruz + Greta Falk | HAPPENED | -", "VISIT: Anibal Cruz + Munich"},
	},
	{
		name: "after meeting, travelled to",
		text: "After meeting King Harald, Premier Joao Ferraz travelled to Bergen.",
		want: []string{"Harald + Joao Ferraz | HAPPENED | -", "VISIT: Bergen + Joao Ferraz"},
	},
	{
		name: "having met, went on to",
		text: "Having met President Ruth Ayala, Minister Sara Berg went on to Cuenca.",
		want: []string{"Ruth Ayala + Sara Berg | HAPPENED | -"},
	},
	{
		name: "after holding talks, left for",
		text: "After holding talks with Governor Lena Voss, Mayor Pietro Conti left for Turin.",
		want: []string{"Lena Voss + Pietro Conti | HAPPENED | -"},
	},
	{
		name: "following a meeting, arrived in",
		text: "Following a meeting with Prime Minister Jan Novak, Chancellor Dieter Brandt arrived in Brno.",
		want: []string{"Dieter Brandt + Jan Novak | HAPPENED | -"},
	},
	{
		name: "after his meeting, will fly to",
		text: "After his meeting with King Harald, President Tomas Ibarra will fly to Stavanger.",
		want: []string{"Harald + Tomas Ibarra | | -"},
	},
	{
		name: "after the talks in a city, flew to another",
		text: "After holding talks with President Ruth Ayala in Quito, Minister Sara Berg flew to Lima.",
		want: []string{"Ruth Ayala + Sara Berg | HAPPENED | Quito"},
	},
	{
		name: "where met: at the destination",
		text: "Prime Minister Olav Strand flew to Lima, where he met President Tomas Ibarra.",
		want: []string{"Olav Strand + Tomas Ibarra | HAPPENED | Lima"},
	},
	{
		name: "after the election, flew",
		text: "After the election, Prime Minister Olav Strand flew to Lima.",
		not:  []string{"MEETING"},
	},
	{
		name: "after meeting the deadline, flew",
		text: "After meeting the deadline, Prime Minister Olav Strand flew to Lima.",
		not:  []string{"MEETING"},
	},
	{
		name: "after his holiday, flew",
		text: "After his holiday in Spain, Prime Minister Olav Strand flew to Lima.",
		not:  []string{"MEETING"},
	},
}
