package extract

import "testing"

// afterConjunctCases are invented sentences with a clause opened by
// "after" or "before" whose subject does two things joined by "and" ("after
// X drove to Y on Monday and met Z"); the parser hangs the second verb on
// the main clause, whose subject then meets Z.
var afterConjunctCases = []wordingCase{
	{
		name: "drove and met after a settlement",
		text: "Markets were calm on Wednesday.\n\nThe two unions settled their dispute late on Friday after mediator Ingrid Solberg drove to Bergen on Thursday and met Henrik Dahl for lunch.",
		want: []string{"MEETING: participant=Henrik Dahl; participant=Ingrid Solberg"},
	},
	{
		name: "arrived and held talks",
		text: "Markets were calm on Wednesday.\n\nShares rose after Foreign Minister Ana Ortiz arrived in Oslo on Monday and held talks with Lars Eid.",
		want: []string{"MEETING: participant=Ana Ortiz; participant=Lars Eid"},
	},
	{
		name: "visited and signed",
		text: "Markets were calm on Wednesday.\n\nThe opposition walked out after President Tomas Vale visited Chile last week and signed a trade accord with President Carla Benedetti.",
		want: []string{"AGREEMENT: signatory=Carla Benedetti; signatory=Tomas Vale"},
	},
	{
		name: "toured and met",
		text: "Markets were calm on Wednesday.\n\nThe strike ended after Labour Minister Rosa Quintero toured the mine on Tuesday and met union leader Graham Ostler.",
		want: []string{"MEETING: participant=Graham Ostler; participant=Rosa Quintero"},
	},
	{
		name: "landed and conferred",
		text: "Markets were calm on Wednesday.\n\nPrices steadied before envoy Omar Said landed in Amman on Sunday and conferred with King Hassan Nabil.",
		want: []string{"MEETING: participant=Hassan Nabil; participant=Omar Said"},
	},
	{
		name: "travelled and signed a firm deal",
		text: "Markets were calm on Wednesday.\n\nThe stock jumped after Harlow Mining chief Peter Otieno travelled to Seoul on Friday and signed a supply deal with Hanbit Steel.",
		want: []string{"AGREEMENT: party=Hanbit Steel; signatory=Peter Otieno"},
	},
	{
		name: "went and met, planned",
		text: "Markets were calm on Wednesday.\n\nThe vote will come after Prime Minister Aiko Mori goes to Beijing next week and holds talks with President Li Wen.",
		want: []string{"MEETING: participant=Aiko Mori; participant=Li Wen"},
	},
	{
		name: "arrived and met in a since clause",
		text: "Markets were calm on Wednesday.\n\nTalk of a deal has grown since envoy Nikos Pappas arrived in Ankara on Monday and met Foreign Minister Ayse Demir.",
		want: []string{"MEETING: participant=Ayse Demir; participant=Nikos Pappas"},
	},
	{
		name: "a comma keeps the second verb the main subject's",
		text: "Markets were calm on Wednesday.\n\nThe minister resigned after Ana Ortiz arrived in Oslo, and met no one from the government.",
		not:  []string{"participant=Ana Ortiz; participant=Lars Eid"},
	},
	{
		name: "the main subject's own second verb after the clause",
		text: "Markets were calm on Wednesday.\n\nThe clubs, after months of argument, agreed the fee and signed the papers.",
		not:  []string{"MEETING"},
	},
	{
		name: "a second verb with its own subject",
		text: "Markets were calm on Wednesday.\n\nShares rose after Ana Ortiz arrived in Oslo and analysts met the board.",
		not:  []string{"participant=Ana Ortiz"},
	},
}

func TestWordingAfterConjuncts(t *testing.T) { runWording(t, afterConjunctCases) }
