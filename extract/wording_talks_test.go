package extract

import "testing"

// talksCases are invented sentences in the wording of real news that state
// talks without the words "met" or "talks with" on a verb.
var talksCases = []wordingCase{
	{
		name: "what was discussed with whom, the with-phrases hung inside the topics",
		text: "Deputy Premier Ivan Petrov said he had discussed pipeline repairs with Norvale Inc, shipping schedules for grain with Kestrel Corp, and the supply of fertiliser with Halden Freight.",
		want: []string{"MEETING: participant=Halden Freight; participant=Ivan Petrov; participant=Kestrel Corp; participant=Norvale Inc"},
	},
	{
		name: "deals that were discussed are no agreement; the firms named after their kind take part",
		text: "Trade Minister Ana Ferro said on Friday she had discussed a range of potential deals with Danish companies Norvale Inc and Kestrel Corp this week.",
		want: []string{"MEETING: participant=Ana Ferro; participant=Kestrel Corp; participant=Norvale Inc"},
		not:  []string{"AGREEMENT", "participant=Denmark"},
	},
	{
		name: "discussing a topic with no one named is no meeting",
		text: "The cabinet of Peru discussed the budget on Monday.",
		not:  []string{"MEETING"},
	},
	{
		name: "being in talks with someone is talks",
		text: "Halden Freight said on Monday it is still in talks with Norvale Inc over the sale of its shipping arm.",
		want: []string{"MEETING: participant=Halden Freight; participant=Norvale Inc"},
	},
	{
		name: "being in talks with a firm named after its kind",
		text: "Kestrel Corp is in talks with Danish lender Lorne Savings about a merger, a spokesman said.",
		want: []string{"MEETING: participant=Kestrel Corp; participant=Lorne Savings"},
	},
	{
		name: "in agreement with the findings is no agreement",
		text: "Halden Freight said it is in agreement with the findings of the review by Norvale Inc.",
		not:  []string{"AGREEMENT", "MEETING"},
	},
	{
		name: "a deal that is what someone comments, relies or works on is no event of theirs",
		text: "Commenting on the trade deal, Premier Anton Kovac and President Lena Marsh said exports would rise. Relying on the accord, Ruritania and Freedonia cut tariffs on steel. Kestrel Corp and Halden Freight worked on the talks for a year.",
		not:  []string{"AGREEMENT", "MEETING"},
	},
	{
		name: "agreeing on a deal is a deal",
		text: "Premier Anton Kovac and President Lena Marsh agreed on a deal to cut tariffs.",
		want: []string{"AGREEMENT/HAPPENED: signatory=Anton Kovac; signatory=Lena Marsh"},
	},
	{
		name: "conferring with a number of diplomats, including one named by the country he represents",
		text: "While in Vienna, Premier Anton Kovac has conferred with several envoys, including the representative of Ruritania, which Freedonia does not recognise.",
		want: []string{"MEETING/HAPPENED: participant=Anton Kovac; participant=Ruritania"},
	},
	{
		name: "a country's business leaders are not its government; its officials are",
		text: "Premier Anton Kovac also met Peruvian business leaders over dinner, including Halden Freight chief Ivan Petrov. On Monday he met Peruvian officials in Vienna.",
		want: []string{"MEETING/HAPPENED: participant=Anton Kovac; participant=Ivan Petrov", "MEETING/HAPPENED: participant=Anton Kovac; participant=Peru"},
		not:  []string{"participant=Anton Kovac; participant=Ivan Petrov; participant=Peru", "participant=Anton Kovac; participant=Peru; participant=Ivan Petrov"},
	},
	{
		name: "close to a deal is no deal",
		text: "In November, Kestrel Corp said it was close to striking a deal with Norvale Inc. Halden Freight moved closer to an agreement with Lorne Savings on Monday.",
		not:  []string{"AGREEMENT"},
	},
	{
		name: "a deal signed near a place is a deal",
		text: "Kestrel Corp signed a supply deal with Norvale Inc on Monday close to the border with Chile.",
		want: []string{"AGREEMENT/HAPPENED: party=Kestrel Corp; party=Norvale Inc"},
	},
}

func TestWordingTalks(t *testing.T) { runWording(t, talksCases) }
