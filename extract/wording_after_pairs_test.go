package extract

import "testing"

// afterPairCases are invented sentences whose event is told in a clause
// opened by "after", "before", "since" or "once" with two coordinated
// subjects ("after A and B agreed ..."). The parser reads the subordinator
// as the preposition of the first subject and the clause's verb as a verb
// of the main clause, so the event loses its subject.
var afterPairCases = []wordingCase{
	{
		name: "two boards agree after a match",
		text: "Markets were calm on Wednesday.\n\nJamaica will play two test matches in Ghana in May after the Jamaica Football Federation and the Ghana Football Association agreed the terms of the series on Monday.",
		want: []string{"AGREEMENT: party=Ghana Football Association; party=Jamaica Football Federation"},
	},
	{
		name: "two firms sign before a launch",
		text: "Markets were calm on Wednesday.\n\nThe service will start in June, after Tavia Shipping Corp and Baltic Steel Corp signed a supply contract in Riga.",
		want: []string{"AGREEMENT: party=Baltic Steel Corp; party=Tavia Shipping Corp"},
	},
	{
		name: "two ministers meet before a vote",
		text: "Markets were calm on Wednesday.\n\nThe bill was withdrawn after Finance Minister Ana Ortiz and Trade Minister Lars Eid met in Oslo on Tuesday.",
		want: []string{"MEETING: participant=Ana Ortiz; participant=Lars Eid"},
	},
	{
		name: "two countries reach a deal before prices fell",
		text: "Markets were calm on Wednesday.\n\nPrices fell sharply after Norway and Chile agreed to share data on salmon stocks.",
		want: []string{"AGREEMENT: party=Chile; party=Norway"},
	},
	{
		name: "three firms agree after talks",
		text: "Markets were calm on Wednesday.\n\nShares rose after Harlow Mining, Cobalt Energy and Vance Holdings signed a joint marketing agreement.",
		want: []string{"AGREEMENT: party=Cobalt Energy; party=Harlow Mining; party=Vance Holdings"},
	},
	{
		name: "two leaders hold talks once a ceasefire began",
		text: "Markets were calm on Wednesday.\n\nThe border reopened once President Tomas Lindqvist and President Aiko Mori held talks in Geneva.",
		want: []string{"MEETING: participant=Aiko Mori; participant=Tomas Lindqvist"},
	},
	{
		name: "two unions meet since the strike",
		text: "Markets were calm on Wednesday.\n\nNo trains have run since the Rail Workers Union and the Transport Salaried Staffs Association met on Friday.",
		want: []string{"MEETING: participant=Rail Workers Union; participant=Transport Salaried Staffs Association"},
	},
	{
		name: "two clubs agree a fee before a medical",
		text: "Markets were calm on Wednesday.\n\nThe striker will have a medical on Monday after Harwood United and Kelby Rovers agreed a fee for him.",
		want: []string{"AGREEMENT: party=Harwood United; party=Kelby Rovers"},
	},
	{
		name: "a time phrase after a pair is no clause",
		text: "Markets were calm on Wednesday.\n\nShares rose after Norway and Chile reported strong salmon exports.",
		not:  []string{"AGREEMENT", "MEETING"},
	},
	{
		name: "a pair named after the subordinator who did not agree",
		text: "Markets were calm on Wednesday.\n\nPrices fell after Norway and Chile failed to agree on quotas.",
		not:  []string{"AGREEMENT"},
	},
	{
		name: "a prepositional after with a pair and no verb of its own",
		text: "Markets were calm on Wednesday.\n\nTalks resumed after Norway and Chile's elections.",
		not:  []string{"AGREEMENT"},
	},
}

func TestWordingAfterPairs(t *testing.T) { runWording(t, afterPairCases) }
