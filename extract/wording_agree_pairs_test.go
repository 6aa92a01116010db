package extract

import "testing"

// agreePairsCases are invented paragraphs where an agreement's two sides
// are told by a plural noun the story's own names end in ("the two
// exchanges" of two "... Exchange"s), by "the two sides" of two countries
// the clause before gives by name or adjective, and where "signed up"
// with nothing signed is an enrolment, no agreement; an agreement "to be
// acquired by" a buyer has the buyer for its other side; a bloc's
// "their March accord" is the bloc's own, made in that month.
func TestWordingAgreePairs(t *testing.T) { runWording(t, agreePairsCases) }

var agreePairsCases = []wordingCase{
	{
		name: "the two exchanges are the two the story names with that ending, not whom one told",
		text: "A clearing link between the Tokyo Grain Exchange, TGE, and the Baltic Freight Exchange, BFE, could start next year, an official said. \"It could be running by spring,\" Ito told the Tokyo Traders Association on Friday. The two exchanges last week signed a letter of intent on March 3 to share trading data.",
		want: []string{"AGREEMENT/HAPPENED: party=Baltic Freight Exchange; party=Tokyo Grain Exchange"},
		not:  []string{"Association"},
	},
	{
		name: "both universities are the two the story named",
		text: "Rectors of Orlo University and Kessel State University held talks in Lund on Monday. Both universities later signed a research pact.",
		want: []string{"AGREEMENT: party=Kessel State University; party=Orlo University"},
	},
	{
		name: "the two sides of a country and another told by adjective; the news agency is none",
		text: "Peru is again servicing Danish ferries, work halted for years by a quarrel between the two countries over fees. The Andean News Agency said the two sides signed a deal to restart the work on Wednesday in Callao.",
		want: []string{"AGREEMENT/HAPPENED: party=Denmark; party=Peru"},
		not:  []string{"Agency"},
	},
	{
		name: "signed up to a list is no agreement",
		text: "The Kessel Party and the Orlo Party are still phoning voters signed up to the no-call register.",
		not:  []string{"AGREEMENT"},
	},
	{
		name: "signed up a player is one",
		text: "Ashvale United have signed up striker Tom Brennan on a three-year deal.",
		want: []string{"AGREEMENT: party=Ashvale United; signatory=Tom Brennan"},
	},
	{
		name: "a pact to be bought by a buyer is with the buyer",
		text: "Kessel Savings Bank has signed a binding pact to be acquired by Orlo Holding Co for 30 mln dlrs.",
		want: []string{"AGREEMENT/HAPPENED: party=Kessel Savings Bank; party=Orlo Holding Co"},
	},
	{
		name: "a deal to be taken over, the buyer's by-phrase on the passive",
		text: "Kessel Savings Bank announced it had signed a deal to be taken over by Orlo Holding Co.",
		want: []string{"AGREEMENT/HAPPENED: party=Kessel Savings Bank; party=Orlo Holding Co."},
	},
	{
		name: "a by-phrase of a participle the parser hung on the contract is no side",
		text: "The suit seeks to enforce Vantor's obligations under the contract to pay for coal mined by the Kessel Ridge Project in Idaho.",
		not:  []string{"Kessel Ridge"},
	},
	{
		name: "a bloc's ministers discussing their March pact: the bloc's own, made before",
		text: "The Group of Nine trade ministers will weigh their March pact on exchange rates.",
		want: []string{"AGREEMENT/HAPPENED: party=Group of Nine"},
	},
	{
		name: "their March accord after the bloc's meeting with the purpose hung elsewhere",
		text: "Dealers stayed cautious before the Group of Nine trade ministers meeting in Rome tomorrow to examine their March accord on exchange rates.",
		want: []string{"AGREEMENT/HAPPENED: party=Group of Nine"},
	},
	{
		name: "their pact of a firm and a bloc is none of the bloc's own",
		text: "Kessel Corp and the Group of Nine will review their March pact.",
		not:  []string{"AGREEMENT/HAPPENED: party=Group of Nine"},
	},
	{
		name: "held talks with one and signed: the talks' other side signs with him",
		text: "British minister Tom Reed flew to Oman on Monday. Mr Reed held talks with Oman's deputy prime minister and signed a memorandum of understanding on port security before heading to the airport.",
		want: []string{"AGREEMENT/HAPPENED: party=Oman; party=United Kingdom; signatory=Tom Reed"},
	},
	{
		name: "the two clubs are not the arena their men met at",
		text: "Ashvale United scout Tom Reed met Kelby Athletic's director of football, Ian Vega, at the Orlo Arena Company, and the two clubs have now agreed a fee of around 6 million pounds.",
		want: []string{"AGREEMENT: party=Ashvale United; party=Kelby Athletic"},
		not:  []string{"Arena"},
	},
}
