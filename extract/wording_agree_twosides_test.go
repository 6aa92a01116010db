package extract

import "testing"

// agreeTwoSidesCases are invented paragraphs where an agreement's sides
// are told by "the two sides" or "the two countries": the bodies and
// countries the officials act for, not a name of no known kind, a place
// or a city beside its country; and an agreement only wanted or
// supposed, or a speaker who "concluded", made none.
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
		name: "the place named after the noun that describes it is no side",
		text: "Chile and Peru held talks on Monday. A border pact sealed by both governments in the Ecuadorean capital, Quito, in June held until August.",
		want: []string{"AGREEMENT: party=Chile; party=Peru"},
		not:  []string{"party=Quito"},
	},
	{
		name: "a city and its country are no two sides",
		text: "Quito, Ecuador \u2013 Envoys of the government and the rebels have begun direct talks, officials said on Wednesday. Both sides had signed a truce in July that later collapsed.",
		not:  []string{"AGREEMENT"},
	},
	{
		name: "the two prime ministers are not an energy minister",
		text: "Prime Minister Ana Holm flew to Stockholm on Monday for talks with her Swedish counterpart, Lars Berg. Energy Minister Ola Dahl of Norway and a Swedish official put their names to an energy pact. The two prime ministers also agreed to hold a yearly summit.",
		want: []string{"AGREEMENT: party=Sweden; signatory=Ana Holm; signatory=Lars Berg"},
	},
	{
		name: "the head named after a school's name and title signs for it",
		text: "Kasumi High School sent twelve students to Cedar Ridge High School this week. Later that day, Yuki Sato and Cedar Ridge principal Mark Dowling signed a sister-school pact.",
		want: []string{"AGREEMENT: party=Cedar Ridge High School; signatory=Mark Dowling; signatory=Yuki Sato"},
	},
	{
		name: "the company one agrees with is another firm than oneself",
		text: "Shares in Tessing Industries Inc rose on Monday after it said it was in talks to sell its chemicals arm. Harwell Corp said it had agreed terms with the company.",
		want: []string{"AGREEMENT: party=Harwell Corp; party=Tessing Industries Inc"},
	},
	{
		name: "both clubs are the two a bid was between",
		text: "Kelby Athletic made a new bid for Ashvale United winger Tom Brennan on Monday. Both clubs agreed on a transfer fee on Friday.",
		want: []string{"AGREEMENT: party=Ashvale United; party=Kelby Athletic"},
	},
	{
		name: "a club completed the signing of another club's player",
		text: "Kelby Athletic completed the signing of midfielder Tom Brennan from Ashvale United on Friday.",
		want: []string{"AGREEMENT: party=Ashvale United; party=Kelby Athletic; signatory=Tom Brennan"},
	},
	{
		name: "a club completed the signing of another club's player, the old club hung on the player",
		text: "Kelby Athletic on Friday completed the signing of Irish defender Tom Brennan from Ashvale United.",
		want: []string{"AGREEMENT: party=Ashvale United; party=Kelby Athletic; signatory=Tom Brennan"},
	},
	{
		name: "the company that signed is no court",
		text: "Orvane Holdings filed suit against Kobori Corp on Monday. The suit, filed in the Oslo District Court, seeks damages. The company said it had signed a licence agreement with Kobori Corp in 2019.",
		want: []string{"AGREEMENT: party=Kobori Corp; party=Orvane Holdings"},
		not:  []string{"Court"},
	},
	{
		name: "who witnessed the signing of texts, among them an accord, made the accord",
		text: "Chilean Foreign Minister Ana Soto held talks with Peruvian Foreign Minister Luis Vega in Lima on Monday. After dinner, Soto and Vega witnessed the signing of two trade documents, including a fisheries accord.",
		want: []string{"AGREEMENT: party=Chile; party=Peru; signatory=Ana Soto; signatory=Luis Vega"},
	},
	{
		name: "an agreement only wanted is none",
		text: "Orvane Holdings chief Lena Marsh wants to agree a friendly deal with the Kobori Corp board, a newspaper said.",
		not:  []string{"AGREEMENT"},
	},
	{
		name: "an agreement hoped for by a time is planned",
		text: "Orvane Holdings hopes to sign a supply contract with Kobori Corp next month.",
		want: []string{"AGREEMENT/PLANNED: party=Kobori Corp; party=Orvane Holdings"},
	},
	{
		name: "any accord is none in particular",
		text: "Diplomats said any accord between Chile and Peru would need the islands clause.",
		not:  []string{"AGREEMENT"},
	},
	{
		name: "a speaker who concluded agreed nothing",
		text: "Mara Quist, the Liberal Party's finance spokeswoman, spoke for an hour. \"Voters want lower taxes,\" she concluded.",
		not:  []string{"AGREEMENT"},
	},
}

func TestAgreeTwoSidesWordings(t *testing.T) { runWording(t, agreeTwoSidesCases) }
