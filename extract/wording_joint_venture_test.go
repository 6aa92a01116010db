package extract

import "testing"

// jointVentureCases tell a joint venture formed or to be formed between two
// firms, as a verb's object ("X and Y formed a joint venture", "X will form
// a 50-50 joint venture with Y") or as a noun ("a joint venture between X
// and Y"): an agreement between the two, happened when formed or agreed,
// planned when it will be or is planned. One only considered or possible
// is none.
var jointVentureCases = []wordingCase{
	{
		name: "two firms formed a joint venture",
		text: "Korvane Energy Corp and Salto Minerals SA formed a joint venture to build a copper smelter in Chile.",
		want: []string{"AGREEMENT/HAPPENED: party=Korvane Energy Corp; party=Salto Minerals SA"},
	},
	{
		name: "two firms set up a joint venture last year",
		text: "Halvard Foods Inc and Brenton Mills Ltd set up a joint venture last year to mill flour in Ghana.",
		want: []string{"AGREEMENT/HAPPENED: party=Brenton Mills Ltd; party=Halvard Foods Inc"},
	},
	{
		name: "two firms agreed to form a joint venture",
		text: "Ostrava Steel Works and Tamura Kogyo KK agreed to form a joint venture to make steel pipes.",
		want: []string{"AGREEMENT/HAPPENED: party=Ostrava Steel Works; party=Tamura Kogyo KK"},
	},
	{
		name: "a firm will form a 50-50 joint venture with another",
		text: "Pellmark Corp will form a 50-50 joint venture with Ferrano Industries Inc to make brake parts.",
		want: []string{"AGREEMENT/PLANNED: party=Ferrano Industries Inc; party=Pellmark Corp"},
	},
	{
		name: "a plant run by a joint venture between two firms",
		text: "The new plant is run by a joint venture between Albatross Oil Corp and Tervo Chemicals Oy.",
		want: []string{"AGREEMENT: party=Albatross Oil Corp; party=Tervo Chemicals Oy"},
	},
	{
		name: "a firm plans to set up a joint venture with another",
		text: "Castell Group Inc plans to set up a joint venture with Wenmoor Plc in India.",
		want: []string{"AGREEMENT/PLANNED: party=Castell Group Inc; party=Wenmoor Plc"},
	},
	{
		name: "a firm said it had formed a joint venture with another",
		text: "Bexley Shipping Co said it had formed a joint venture with Harlan Lines Ltd to run container ships.",
		want: []string{"AGREEMENT/HAPPENED: party=Bexley Shipping Co; party=Harlan Lines Ltd"},
	},
	{
		name: "two firms will set up a joint venture next year",
		text: "Arden Motors Corp and Kessler Autowerke AG will set up a joint venture in Hungary next year.",
		want: []string{"AGREEMENT/PLANNED: party=Arden Motors Corp; party=Kessler Autowerke AG"},
	},
	{
		name: "a joint venture between two firms will make chips",
		text: "A joint venture between Dunmore Electronics Plc and Lisko Semiconductor Corp will make memory chips from next year.",
		want: []string{"AGREEMENT: party=Dunmore Electronics Plc; party=Lisko Semiconductor Corp"},
	},
	{
		name: "a firm has formed a joint venture company with another",
		text: "Pellmark Corp has formed a joint venture company with Ferrano Industries Inc in Chile.",
		want: []string{"AGREEMENT/HAPPENED: party=Ferrano Industries Inc; party=Pellmark Corp"},
	},
	{
		name: "a firm considering forming a joint venture makes no event",
		text: "Pellmark Corp is considering forming a joint venture with Ferrano Industries Inc.",
		not:  []string{"AGREEMENT", "MEETING"},
	},
	{
		name: "a joint venture formed by two firms, told by the participle",
		text: "The joint venture, formed by Tervo Chemicals Oy and Albatross Oil Corp in 1985, makes plastics.",
		want: []string{"AGREEMENT/HAPPENED: party=Albatross Oil Corp; party=Tervo Chemicals Oy"},
	},
	{
		name: "a firm teamed up with another in a joint venture",
		text: "Bexley Shipping Co teamed up with Harlan Lines Ltd in a joint venture to run ferries.",
		want: []string{"AGREEMENT/HAPPENED: party=Bexley Shipping Co; party=Harlan Lines Ltd"},
	},
	{
		name: "two firms considering a joint venture make no event",
		text: "Castell Group Inc and Wenmoor Plc are considering a joint venture in India.",
		not:  []string{"AGREEMENT", "MEETING"},
	},
	{
		name: "a firm that may consider a venture makes no event",
		text: "Pellmark Corp may consider a venture with Ferrano Industries Inc, analysts said.",
		not:  []string{"AGREEMENT", "MEETING"},
	},
	{
		name: "a firm's joint venture sales with no partner make no event",
		text: "Arden Motors Corp said sales at its joint ventures rose 10 pct last year.",
		not:  []string{"AGREEMENT", "MEETING"},
	},
}

func TestWordingJointVenture(t *testing.T) { runWording(t, jointVentureCases) }
