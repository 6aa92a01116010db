package extract

import "testing"

// bodyAgreeCases: a body made of states agrees for its members, and a
// "to" infinitive after "agreed" and a time or place completes the verb.
var bodyAgreeCases = []wordingCase{
	{
		name: "a body of states agrees for its members, with the time between verb and infinitive",
		text: "Oil ministers left Quito on Sunday.\n\nThe Group of Nine agreed in December to cut output by five pct.",
		want: []string{"AGREEMENT/HAPPENED: party=Group of Nine"},
	},
	{
		name: "a body of states known by its acronym",
		text: "Coffee prices rose on Monday after ASEAN agreed in Jakarta to cut tariffs on farm goods.",
		want: []string{"AGREEMENT/HAPPENED: party=Association of Southeast Asian Nations"},
	},
	{
		name: "a trade union agreeing alone has no other side named",
		text: "The Transport Workers Union agreed on Friday to end the strike, a spokesman said.",
		not:  []string{"AGREEMENT"},
	},
}

func TestWordingBodyAgree(t *testing.T) { runWording(t, bodyAgreeCases) }
