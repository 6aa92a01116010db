package extract

import (
	"testing"
	"time"
)

// betweenMadeCases tell an agreement by a participle and "between": "the
// deal struck between A and B in March", "the 1992 agreement between A
// and B": the two are its parties, on the date told (the participle's,
// or the year that names it). An accord only proposed or talked of,
// talks between two sides, and a year that counts something make no
// agreement made on that date.
var betweenMadeCases = []struct {
	name, text string
	want       []string // event keys, as eventKeys writes them
	day        string   // "TYPE STATUS START" of some event, "" for none
	not        []string
}{
	{
		name: "a deal struck between two firms, the month after them",
		text: "The deal struck between Orion Bank and Ferris Holdings in March was worth 40 mln dlrs.",
		want: []string{"AGREEMENT: party=Ferris Holdings; party=Orion Bank"},
		day:  "AGREEMENT HAPPENED 1999-03",
	},
	{
		name: "a pact struck between two countries, the month after them",
		text: "The pact struck between Chile and Peru in March cut tariffs on copper.",
		want: []string{"AGREEMENT: party=Chile; party=Peru"},
		day:  "AGREEMENT HAPPENED 1999-03",
	},
	{
		name: "an accord reached between two unions last month",
		text: "The accord reached between Unite Metal and Harwick Dockers last month ended the strike.",
		want: []string{"AGREEMENT: party=Harwick Dockers; party=Unite Metal"},
		day:  "AGREEMENT HAPPENED 1999-03",
	},
	{
		name: "the agreement named by its year",
		text: "Under the 1992 agreement between Kenya and Tanzania, the border stays open.",
		want: []string{"AGREEMENT: party=Kenya; party=Tanzania"},
		day:  "AGREEMENT HAPPENED 1992",
	},
	{
		name: "the treaty named by its year, the sides after it",
		text: "Fishing is limited by the 1995 treaty between Norway and Iceland, officials said.",
		want: []string{"AGREEMENT: party=Iceland; party=Norway"},
		day:  "AGREEMENT HAPPENED 1995",
	},
	{
		name: "a participle and its date before between",
		text: "Trade has doubled under the accord signed last year between Chile and Peru.",
		want: []string{"AGREEMENT: party=Chile; party=Peru"},
		day:  "AGREEMENT HAPPENED 1998",
	},
	{
		name: "an agreement concluded in a month between two firms",
		text: "The mine is run under the agreement concluded in May between Kestrel Mining Ltd and Harlow Group.",
		want: []string{"AGREEMENT: party=Harlow Group; party=Kestrel Mining Ltd"},
		day:  "AGREEMENT HAPPENED 1998-05",
	},
	{
		name: "a deal sealed between two firms on a weekday",
		text: "The deal sealed between Vantor Corp and Lumen Capital on Monday gives Vantor a seat on the board.",
		want: []string{"AGREEMENT: party=Lumen Capital; party=Vantor Corp"},
		day:  "AGREEMENT HAPPENED 1999-04-12",
	},
	{
		name: "an accord only proposed between two sides is not made",
		text: "The accord proposed between Chile and Peru has not been signed.",
		not:  []string{"AGREEMENT/HAPPENED"},
	},
	{
		name: "talks between two sides on an accord are no accord",
		text: "Talks between Chile and Peru on an accord broke down on Monday.",
		not:  []string{"AGREEMENT"},
	},
	{
		name: "a year that counts no accord",
		text: "The 1992 figures showed trade between Kenya and Tanzania fell.",
		not:  []string{"AGREEMENT"},
	},
}

func TestWordingAgreeBetweenMade(t *testing.T) {
	pub := time.Date(1999, 4, 14, 0, 0, 0, 0, time.UTC)
	var stories []story
	for _, c := range betweenMadeCases {
		checks := []check{eventChecks(holdsSides, c.want, c.not)}
		if c.day != "" {
			checks = append(checks, someEvent("event", dayKey, c.day))
		}
		stories = append(stories, story{c.name, c.text, pub, checks})
	}
	runStories(t, "wording", stories)
}
