package extract

import "testing"

// agreeTwoSidesCases are invented paragraphs where an agreement's sides
// are told by "the two sides" or "the two countries": the bodies and
// countries the officials act for, not a name of no known kind; and a
// speaker who "concluded" made no agreement.
var agreeTwoSidesCases = []wordingCase{
	{
		name: "the two sides of two negotiators are the country and the body they act for",
		text: "Talks on a fisheries pact resumed in Lima on Monday. Chile's lead negotiator, Ana Ruiz, and her EU counterpart, Joao Lima, held talks over dinner on Thursday. Both sides had agreed in May to speed up their negotiations.",
		want: []string{"AGREEMENT: party=Chile; party=European Union; signatory=Ana Ruiz; signatory=Joao Lima"},
	},
	{
		name: "a name of no known kind is no side",
		text: "North Korea and its southern neighbour ended a third round of factory-park talks on Wednesday. The North sent Ri Chol-ung to lead its team. Both sides had agreed on Friday to reopen a rail crossing.",
		not:  []string{"Ri Chol-ung"},
	},
	{
		name: "the two countries of two named officials signed accords",
		text: "Chilean Trade Minister Ana Soto held talks with Peruvian President Tomas Ruiz in Lima, after which the two countries signed accords covering ports and fisheries.",
		want: []string{"AGREEMENT/HAPPENED: party=Chile; party=Peru"},
	},
	{
		name: "the two countries of officials told by a possessive and an adjective",
		text: "Chile's trade minister held talks with Peruvian President Tomas Ruiz in Lima, after which the two countries signed accords covering ports and fisheries.",
		want: []string{"AGREEMENT/HAPPENED: party=Chile; party=Peru"},
	},
	{
		name: "a speaker who concluded agreed nothing",
		text: "Mara Quist, the Liberal Party's finance spokeswoman, spoke for an hour. \"Voters want lower taxes,\" she concluded.",
		not:  []string{"AGREEMENT"},
	},
}

func TestAgreeTwoSidesWordings(t *testing.T) { runWording(t, agreeTwoSidesCases) }
