package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph"
)

// bodiesCases are invented sentences that name two bodies joined by "and".
var bodiesCases = []wordingCase{
	{
		name: "talks with an office whose portfolio follows \"for\" are with the one who holds it",
		text: "Talks in Ottawa\n\nFinance Minister Rosa Quispe led a delegation to Ottawa this week.\n\nThe delegation also held talks with Assistant Secretary for Trade Ben Halloway.",
		want: []string{"MEETING: participant=Ben Halloway; participant=Rosa Quispe"},
	},
	{
		name: "one who will accompany a visitor goes on the visitor's trip",
		text: "Leaders to meet\n\nLIMA, May 4 (Reuters) - Chilean President Marta Soler will visit Peru next week.\n\nForeign Minister Tomas Ibarra will accompany Soler on the trip, officials said.",
		want: []string{"VISIT/PLANNED: destination=Peru; visitor=Tomas Ibarra"},
	},
	{
		name: "talks a firm says \"it\" held are not the visitor's, whoever else the story names",
		text: "Exchange talks\n\nPrime Minister Ilse Varga will visit Oslo next week.\n\nThe Nordic exchange said it had held friendly talks with the Baltic Bourse.",
		not:  []string{"participant=Ilse Varga"},
	},
	{
		name: "a nationality before the title of a body's officer is the officer's own",
		text: "Trade row deepens\n\nEU farm commissioner Lena Varga said on Monday the bloc would respond.\n\nThe Hungarian commissioner travelled to Ottawa last week, where she held talks with Trade Minister Paul Roy.",
		want: []string{"MEETING/HAPPENED: participant=Lena Varga; participant=Paul Roy", "VISIT/HAPPENED: destination=Ottawa; visitor=Lena Varga"},
	},
	{
		name: "the head of a body named after it, set off by a comma, is the one met",
		text: "President Tomas Brenn of Norway spoke on Monday.\n\nLast week the President flew to Tromso, where he met the head of the Northern Fleet, Admiral Ola Vik, and announced a new base.",
		want: []string{"MEETING/HAPPENED: participant=Ola Vik; participant=Tomas Brenn"},
		not:  []string{"participant=Northern Fleet"},
	},
	{
		name: "a body's ambassadors meeting is the body's session",
		text: "Markets were calm on Wednesday.\n\nASEAN ambassadors met in emergency session in Jakarta to discuss the fishing dispute.",
		want: []string{"MEETING: participant=Association of Southeast Asian Nations"},
	},
	{
		name: "a country's ambassadors meeting among themselves is no meeting",
		text: "Markets were calm on Wednesday.\n\nFrench ambassadors met in Paris on Tuesday for their annual conference.",
		not:  []string{"MEETING"},
	},
	{
		name:   "a bank and a fund are two bodies, each in the talks",
		text:   "Malawi's loan talks with the Nordic Bank and Asian Development Fund have stalled, officials said.",
		want:   []string{"MEETING: participant=Asian Development Fund; participant=Malawi; participant=Nordic Bank"},
		absent: []string{"Nordic Bank and Asian Development Fund"},
	},
	{
		name:   "an acronym and a bank are two bodies",
		text:   "Officials said the ADB and Nordic Bank would review the loan to Malawi next month.",
		ents:   map[string]newsgraph.EntityType{"Nordic Bank": newsgraph.Organization},
		absent: []string{"ADB and Nordic Bank"},
	},
	{
		name: "and inside one body's name joins it",
		text: "Officials of the Immigration and Naturalization Service met lawyers in Texas on Monday.",
		ents: map[string]newsgraph.EntityType{"Immigration and Naturalization Service": newsgraph.Organization},
	},
	{
		name:   "a party of two words is one party, not two",
		text:   "Sam Reid is set to address voters on Saturday. Two Liberal Democrat MPs will visit Leeds with him.",
		ents:   map[string]newsgraph.EntityType{"Liberal Democrats": newsgraph.Organization},
		absent: []string{"Liberal Party", "Democratic Party"},
	},
}

func TestWordingBodies(t *testing.T) { runWording(t, bodiesCases) }
