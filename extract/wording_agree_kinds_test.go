package extract

import "testing"

// agreeKindCases are invented paragraphs for agreement wordings that news
// from other years and outlets uses and the dev set barely does: the sides
// told by a "they" of what a pair says, an accord hung on the wrong noun,
// an act agreed in the passive, a debtor named by its debt, a relative
// clause without its "that".
var agreeKindCases = []wordingCase{
	{
		name: "a pair says they agreed: they are the pair",
		text: "Markets were calm on Wednesday.\n\nOrvane Holdings and Keltor Steel Corp said they had agreed to combine their shipping arms next year.",
		want: []string{"AGREEMENT: party=Keltor Steel Corp; party=Orvane Holdings"},
	},
	{
		name: "a pair says they signed a contract",
		text: "Markets were calm on Wednesday.\n\nTalvik Airways and Morrow Aero Corp said they have signed a definitive contract for twelve jets.",
		want: []string{"AGREEMENT/HAPPENED: party=Morrow Aero Corp; party=Talvik Airways"},
	},
	{
		name: "what a side does under an accord with another, the accord hung on a noun",
		text: "Markets were calm on Wednesday.\n\nAndina Mining Corp will ship 300,000 tonnes of copper ore a year under an accord with Keltor Steel Corp, a spokesman said.",
		want: []string{"AGREEMENT: party=Andina Mining Corp; party=Keltor Steel Corp"},
	},
	{
		name: "agreeing in principle to be bought: the buyer is the other side",
		text: "Markets were calm on Wednesday.\n\nOrvane Holdings said it had agreed in principle to be acquired by Morrow Aero Corp for 90 mln dlrs.",
		want: []string{"AGREEMENT: party=Morrow Aero Corp; party=Orvane Holdings"},
	},
	{
		name: "agreeing to reschedule a debtor's debt",
		text: "Markets were calm on Wednesday.\n\nNorway and Denmark agreed on Monday to reschedule 300 mln dlrs of Ecuador's official debt.",
		want: []string{"AGREEMENT: party=Denmark; party=Ecuador; party=Norway"},
	},
	{
		name: "rescheduling one's own debt names no other side",
		text: "Markets were calm on Wednesday.\n\nEcuador agreed to reschedule its debt to cut its payments this year.",
		not:  []string{"AGREEMENT"},
	},
	{
		name: "a relative clause without its that, the preposition left behind",
		text: "Markets were calm on Wednesday.\n\nPresident Tomas Keller of Norway said the quota plan he agreed upon with Denmark last spring still held.",
		want: []string{"AGREEMENT: party=Denmark; party=Norway; signatory=Tomas Keller"},
	},
	{
		name: "a firm says it and another signed: both sign",
		text: "Markets were calm on Wednesday.\n\nOrvane Holdings said it and <Morrow Aero GmbH> signed a final agreement to develop new engines.",
		want: []string{"AGREEMENT/HAPPENED: party=Morrow Aero GmbH; party=Orvane Holdings"},
	},
	{
		name: "where the other side is from is no side",
		text: "Markets were calm on Wednesday.\n\nOrvane Holdings said it signed a letter of intent to open talks on a mining agreement with Morrow Aero GmbH, of Austria, regarding two copper properties.",
		want: []string{"AGREEMENT: party=Morrow Aero GmbH; party=Orvane Holdings"},
		not:  []string{"Austria"},
	},
	{
		name: "a body's ministers agree among themselves, the parser cutting the ministers off their body",
		text: "Markets were calm on Wednesday.\n\nFinance ministers of the Baltic Grain Council agreed on Tuesday to mandate the council secretariat to negotiate a customs code with Peru.",
		want: []string{"AGREEMENT/HAPPENED: party=Baltic Grain Council"},
	},
	{
		name: "the country closing where a firm is from is no side",
		text: "Markets were calm on Wednesday.\n\nOrvane Holdings and Keltor Steel AG of Munich, West Germany, signed a supply contract.",
		want: []string{"AGREEMENT/HAPPENED: party=Keltor Steel AG; party=Orvane Holdings"},
	},
	{
		name: "the other side hung on the noun of what the deal covers",
		text: "Markets were calm on Wednesday.\n\nOrvane Holdings said it has signed a joint marketing agreement for its new office scanner with Keltor Steel Corp in Peru.",
		want: []string{"AGREEMENT/HAPPENED: party=Keltor Steel Corp; party=Orvane Holdings"},
	},
	{
		name: "a firm tells that another agreed to do something for it",
		text: "Markets were calm on Wednesday.\n\nOrvane Holdings said Keltor Steel Corp has agreed to issue it with 6 mln new shares.",
		want: []string{"AGREEMENT: party=Keltor Steel Corp; party=Orvane Holdings"},
	},
	{
		name: "a firm tells that another agreed to do something of its own",
		text: "Markets were calm on Wednesday.\n\nOrvane Holdings said Keltor Steel Corp has agreed to issue 6 mln new shares next year.",
		not:  []string{"AGREEMENT"},
	},
	{
		name: "a firm and the government sign: the government of the country whose ministers the story names",
		text: "Markets were calm on Wednesday.\n\nOrvane Water Co supplies Guayaquil. Last month Orvane Water Co and the government signed a deal to extend its licence. Ecuadorian Finance Minister Jorge Salas called the bargaining tough. Ecuadorian Planning Minister Rosa Vidal raised the deal with French President Paul Marchand.",
		want: []string{"AGREEMENT/HAPPENED: party=Ecuador; party=Orvane Water Co"},
	},
	{
		name: "an acronym in brackets between a body and its officer's title",
		text: "Markets were calm on Wednesday.\n\nThe agreement was signed by Peruvian Finance Minister Jorge Salas and the Overseas Credit Insurance Agency's (OCIA) chief executive Mark Olsen.",
		want: []string{"AGREEMENT: party=Peru; signatory=Jorge Salas; signatory=Mark Olsen"},
	},
	{
		name: "agreeing a loan with a lender, the lender hung on the loan",
		text: "Markets were calm on Wednesday.\n\nEcuador has agreed a 200 mln dlr loan with the Nordic Investment Bank.",
		want: []string{"AGREEMENT: party=Ecuador; party=Nordic Investment Bank"},
	},
	{
		name: "a purchase told as made in a deal",
		text: "Markets were calm on Wednesday.\n\nOrvane Holdings is to buy Keltor Steel Corp in a deal worth 40 mln dlrs.",
		want: []string{"AGREEMENT: party=Keltor Steel Corp; party=Orvane Holdings"},
	},
	{
		name: "being in agreement with someone is of one mind, not an agreement",
		text: "Markets were calm on Wednesday.\n\nOrvane Holdings said it was in agreement with Keltor Steel Corp on the outlook for prices.",
		not:  []string{"AGREEMENT"},
	},
	{
		name: "points agreed between two sides",
		text: "Markets were calm on Wednesday.\n\nThe plan rests on four points agreed between Norway and Denmark in December 1984.",
		want: []string{"AGREEMENT/HAPPENED: party=Denmark; party=Norway"},
	},
	{
		name: "a deal agreed by a majority of a body's states",
		text: "Markets were calm on Wednesday.\n\nThe deal with Ecuador was agreed by a majority of EU states after Austria dropped its objections.",
		want: []string{"AGREEMENT/HAPPENED: party=Ecuador; party=European Union"},
	},
	{
		name: "met someone and today signed: the agreement is with whom one met",
		text: "Markets were calm on Wednesday.\n\nDuring the tour, Trade Commissioner Tomas Keller has met senior Chilean ministers and today signed an accord on a joint trade office in Valparaiso.",
		want: []string{"AGREEMENT/HAPPENED: party=Chile; signatory=Tomas Keller"},
	},
	{
		name: "principles agreed between a pair, the parser joining the verb to another clause",
		text: "Markets were calm on Wednesday.\n\nA committee report said the stance towards NATO was based on three principles agreed between Norway and Sweden in May 1990.",
		want: []string{"AGREEMENT/HAPPENED: party=Norway; party=Sweden"},
	},
}

func TestWordingAgreeKinds(t *testing.T) { runWording(t, agreeKindCases) }
