package extract

import "testing"

// frontedTimeCases are invented paragraphs opened by a time phrase set off
// by a comma ("Earlier this year,", "Last week,"), which the parser otherwise
// takes for the head of the coordinated subject after it.
var frontedTimeCases = []wordingCase{
	{
		name: "two countries agree to act together after a fronted time phrase",
		text: "Markets were calm on Wednesday.\n\nEarlier this month, Norway and Chile agreed to share data on salmon stocks with each other.",
		want: []string{"AGREEMENT: party=Chile; party=Norway"},
	},
	{
		name: "two firms sign after a fronted time phrase with an article",
		text: "Markets were calm on Wednesday.\n\nLast week, the Tavia Shipping Corp and Baltic Steel Corp signed a supply agreement in Riga.",
		want: []string{"AGREEMENT: party=Baltic Steel Corp; party=Tavia Shipping Corp"},
	},
	{
		name: "two ministers meet after a fronted time phrase",
		text: "Markets were calm on Wednesday.\n\nEarlier this week, Chilean Foreign Minister Ana Ortiz and Norwegian Foreign Minister Lars Eid met in Oslo to discuss fishing.",
		want: []string{"MEETING: participant=Ana Ortiz; participant=Lars Eid"},
	},
	{
		name: "one country agreeing alone after a fronted time phrase is no agreement",
		text: "Markets were calm on Wednesday.\n\nEarlier this year, Norway agreed to cut its cod quota by a tenth.",
		not:  []string{"AGREEMENT"},
	},
}

func TestWordingFrontedTime(t *testing.T) { runWording(t, frontedTimeCases) }
