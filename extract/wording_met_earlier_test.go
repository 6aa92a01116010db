package extract

import "testing"

// TestMetEarlier: a name met right before an adverb of time ("having met
// X earlier in the day", "will see X later this month") is the object
// met, which the parser read as the adverb's subject.
func TestMetEarlier(t *testing.T) { runShared(t, metEarlierCases) }

var metEarlierCases = []sharedCase{
	{
		name: "having met earlier in the day, travelled on",
		text: "Having met President Li Wei earlier in the day, Prime Minister Olav Strand travelled on to Laos.",
		want: []string{"Li Wei + Olav Strand | HAPPENED"},
	},
	{
		name: "having met earlier, flew",
		text: "Having met Chancellor Greta Falk earlier on Monday, President Tomas Ibarra flew to Rome.",
		want: []string{"Greta Falk + Tomas Ibarra | HAPPENED"},
	},
	{
		name: "met earlier in the week",
		text: "Premier Joao Ferraz met King Harald earlier in the week, aides said.",
		want: []string{"Harald + Joao Ferraz | HAPPENED"},
	},
	{
		name: "will meet later in the day",
		text: "Senator Ines Barros will meet Governor Lena Voss later in the day.",
		want: []string{"Ines Barros + Lena Voss | PLANNED"},
	},
	{
		name: "is due to meet later this week",
		text: "Minister Kofi Mensah is due to meet Prime Minister Jan Novak later this week.",
		want: []string{"Jan Novak + Kofi Mensah | PLANNED"},
	},
	{
		name: "after meeting earlier",
		text: "After meeting Mayor Pietro Conti earlier in the morning, Governor Lena Voss left for Turin.",
		want: []string{"Lena Voss + Pietro Conti | HAPPENED"},
	},
	{
		name: "had met earlier",
		text: "President Anibal Cruz had met Chancellor Dieter Brandt earlier in the year.",
		want: []string{"Anibal Cruz + Dieter Brandt | HAPPENED"},
	},
	{
		name: "having received earlier",
		text: "Having received Premier Joao Ferraz earlier in the day, President Ruth Ayala spoke to reporters.",
		want: []string{"Joao Ferraz + Ruth Ayala | HAPPENED"},
	},
	{
		name: "a target met earlier",
		text: "Having met its target earlier in the year, Halvorsen Mining raised its forecast.",
		not:  []string{"MEETING"},
	},
	{
		name: "spoke earlier",
		text: "President Li Wei spoke earlier in the day, Chancellor Greta Falk said.",
		not:  []string{"MEETING"},
	},
	{
		name: "a name that says something earlier",
		text: "Having told reporters earlier in the day, Chancellor Greta Falk said the talks would go on.",
		not:  []string{"MEETING/"},
	},
}
