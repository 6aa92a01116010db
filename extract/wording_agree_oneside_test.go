package extract

import "testing"

// agreeOneSideCases are invented paragraphs where an agreement's text names
// one side only: a state's own accord told by its possessive, a debtor's
// accord with lenders the story never names. The one side named is the
// agreement's party; where the text names the other side, or the pact is
// only proposed, offered or hoped for, the one-sided reading is wrong.
func TestWordingAgreeOneSide(t *testing.T) { runWording(t, agreeOneSideCases) }

var agreeOneSideCases = []wordingCase{
	{
		name: "a country's new accord, told by its possessive, made",
		text: "Bankers said Zambia's new rescheduling accord stretched repayments over 15 years.",
		want: []string{"AGREEMENT/HAPPENED: party=Zambia"},
	},
	{
		name: "a country's debt pact dated by its year",
		text: "Zambia's new margin is a small cut from its 1984 debt agreement, the bankers said.",
		want: []string{"AGREEMENT/HAPPENED: party=Zambia"},
	},
	{
		name: "two debtors' pacts in one sentence, each its own",
		text: "Analysts said Ghana's new debt pact last June was a point below its 1983 accord, while Jamaica's new pact cut its margin by half.",
		want: []string{"AGREEMENT/HAPPENED: party=Ghana", "AGREEMENT/HAPPENED: party=Jamaica"},
		not:  []string{"party=Ghana; party=Jamaica"},
	},
	{
		name: "the story's one debtor made the accord told with no side",
		text: "Senegal's finance minister said the country would save 20 mln dlrs a year. The debt accord, announced last Tuesday, stretched repayments over 12 years.",
		want: []string{"AGREEMENT/HAPPENED: party=Senegal"},
	},
	{
		name: "a country in the relative clause of the accord",
		text: "The new terms replace a rescheduling accord signed in May 1985, which Paraguay later asked to revise.",
		want: []string{"AGREEMENT/HAPPENED: party=Paraguay"},
	},
	{
		name: "a country's debt package told by its possessive and month",
		text: "Bankers said Ghana's new debt package last October cut the margin by a quarter point.",
		want: []string{"AGREEMENT/HAPPENED: party=Ghana"},
	},
	{
		name: "a capital's pact is its state's",
		text: "Bankers said Lusaka's new debt pact slashed the margin by half a point.",
		want: []string{"AGREEMENT/HAPPENED: party=Zambia"},
		not:  []string{"party=Lusaka"},
	},
	{
		name: "the story's one debtor, a wire report between",
		text: "Finance Minister Ana Dorval confirmed Zambia would make small prepayments to foreign banks. A Reuters report from New York quoted bankers as saying Lusaka will pay 50 mln dlrs. The debt accord, announced last Friday, stretched repayments over 15 years.",
		want: []string{"AGREEMENT/HAPPENED: party=Zambia"},
	},
	{
		name: "a country's accord still to be signed is planned",
		text: "Honduras is expected to sign its new debt rescheduling accord next month, the central bank said.",
		want: []string{"AGREEMENT/PLANNED: party=Honduras"},
	},
	{
		name: "the counterpart named in the sentence makes two sides, not one",
		text: "Morocco's new debt accord with the Paris Club was signed last week.",
		want: []string{"AGREEMENT/HAPPENED: party=Morocco; party=Paris Club"},
	},
	{
		name: "a proposed accord is none",
		text: "Chile's proposed debt accord would stretch repayments over 20 years.",
		not:  []string{"AGREEMENT"},
	},
	{
		name: "an offer of a pact is none",
		text: "Zambia offered its creditors a new rescheduling pact last week.",
		not:  []string{"AGREEMENT"},
	},
	{
		name: "a hope for an accord is none",
		text: "Jamaica hopes to reach a new debt accord by June.",
		not:  []string{"AGREEMENT"},
	},
	{
		name: "a denied deal is none",
		text: "Nordval Shipping denied it had agreed to any settlement of the claims.",
		not:  []string{"AGREEMENT"},
	},
}

// agreeOneSideNotCases are invented sentences where a debt pact told with
// no side has more than one country or a named lender to choose from.
func TestWordingAgreeOneSideNot(t *testing.T) { runWording(t, agreeOneSideNotCases) }

var agreeOneSideNotCases = []wordingCase{
	{
		name: "a debt accord in a story of two debtors names neither",
		text: "Ghana and Jamaica both cut their oil imports last year. The debt accord, announced on Friday, stretched repayments over 15 years.",
		not:  []string{"AGREEMENT"},
	},
	{
		name: "a possessive pact in a sentence naming another country is not one-sided",
		text: "Under Zambia's new accord, Chile will ship copper ore through Walvis Bay.",
		not:  []string{"AGREEMENT/HAPPENED: party=Zambia"},
	},
}

// agreeOneSideLendersCases are invented sentences where a state's pact is
// with lenders the text leaves unnamed.
func TestWordingAgreeOneSideLenders(t *testing.T) { runWording(t, agreeOneSideLendersCases) }

var agreeOneSideLendersCases = []wordingCase{
	{
		name: "a pact with its creditor banks names one side",
		text: "Officials said Jamaica's recent agreement with its creditor banks reschedules 800 mln dlrs of debt.",
		want: []string{"AGREEMENT/HAPPENED: party=Jamaica"},
	},
}
