package extract

import "testing"

// TestFrontedSpans: a fronted clause led by a span of time before
// "after" or "before" ("Hours after signing a deal with X, Y left",
// "Days after meeting X, Y resigned") is parsed apart like one led by
// "after" alone: the main subject's event with X.
func TestFrontedSpans(t *testing.T) { runShared(t, frontedSpanCases) }

var frontedSpanCases = []sharedCase{
	{
		name: "hours after signing a deal, left",
		text: "Hours after signing a deal with Peru, President Anibal Cruz left for Chile.",
		want: []string{"AGREEMENT: Anibal Cruz + Peru | HAPPENED"},
	},
	{
		name: "days after meeting, resigned",
		text: "Days after meeting King Harald, Premier Joao Ferraz resigned.",
		want: []string{"Harald + Joao Ferraz | HAPPENED"},
	},
	{
		name: "shortly after his talks, flew home",
		text: "Shortly after his talks with King Harald, Premier Joao Ferraz flew home.",
		want: []string{"Harald + Joao Ferraz | HAPPENED"},
	},
	{
		name: "two days after meeting, said",
		text: "Two days after meeting Chancellor Greta Falk, President Tomas Ibarra said ties were strong.",
		want: []string{"Greta Falk + Tomas Ibarra | HAPPENED"},
	},
	{
		name: "weeks after signing an accord",
		text: "Weeks after signing an accord with Halvorsen Mining, Minister Fatmata Kamara resigned.",
		want: []string{"AGREEMENT: Fatmata Kamara + Halvorsen Mining | HAPPENED"},
	},
	{
		name: "minutes after meeting",
		text: "Minutes after meeting Governor Lena Voss, Mayor Pietro Conti spoke to reporters.",
		want: []string{"Lena Voss + Pietro Conti | HAPPENED"},
	},
	{
		name: "soon after holding talks",
		text: "Soon after holding talks with President Ruth Ayala, Minister Sara Berg left Quito.",
		want: []string{"Ruth Ayala + Sara Berg | HAPPENED"},
	},
	{
		name: "hours after talks, announced",
		text: "Hours after talks with Prime Minister Jan Novak, Chancellor Dieter Brandt announced new aid.",
		want: []string{"Dieter Brandt + Jan Novak | HAPPENED"},
	},
	{
		name: "hours after the vote",
		text: "Hours after the vote, Chancellor Dieter Brandt announced new aid.",
		not:  []string{"MEETING", "AGREEMENT"},
	},
	{
		name: "days after meeting the target",
		text: "Days after meeting its sales target, Halvorsen Mining raised pay, chief executive Tom Vale said.",
		not:  []string{"MEETING"},
	},
	{
		name: "hours after signing autographs",
		text: "Hours after signing autographs for fans, striker Luis Mora left the stadium.",
		not:  []string{"AGREEMENT", "MEETING"},
	},
}
