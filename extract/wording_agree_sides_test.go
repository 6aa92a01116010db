package extract

import "testing"

// agreeSidesCases are invented paragraphs where an agreement's other side
// stands outside the phrase that makes it: in the talks it followed, in a
// state named by its form, in a hyphenated pair on the topic, in the
// quarrel it ends, or in a subject of two that ratify it; and a news
// agency that reports an agreement, which is no side of it.
var agreeSidesCases = []wordingCase{
	{
		name: "signed after days of talks with the other side",
		text: "Markets were calm on Wednesday.\n\nChile signed an accord on fishing after three days of talks with Bolivia.",
		want: []string{"AGREEMENT/HAPPENED: party=Bolivia; party=Chile"},
	},
	{
		name: "signed after talks, the talks fronted",
		text: "Markets were calm on Wednesday.\n\nAfter talks with Ecuador, Peru signed a pact on river tolls.",
		want: []string{"AGREEMENT/HAPPENED: party=Ecuador; party=Peru"},
	},
	{
		name: "agreed to act after talks with the other side",
		text: "Markets were calm on Wednesday.\n\nUruguay agreed to lift the ban on beef after talks with Paraguay in Asuncion.",
		want: []string{"AGREEMENT: party=Paraguay; party=Uruguay"},
	},
	{
		name: "two signers after talks with a third: the third is no side",
		text: "Markets were calm on Wednesday.\n\nChile and Bolivia signed an accord after talks with Peru.",
		want: []string{"AGREEMENT/HAPPENED: party=Bolivia; party=Chile"},
		not:  []string{"party=Peru"},
	},
	{
		name: "a state named by its form and the region before it",
		text: "Markets were calm on Wednesday.\n\nKorvath Mining Corp has signed a 6bn dollar deal with the South American republic of Peru.",
		want: []string{"AGREEMENT/HAPPENED: party=Korvath Mining Corp; party=Peru"},
		not:  []string{"South American"},
	},
	{
		name: "a state named by its form and the union it left",
		text: "Markets were calm on Wednesday.\n\nNorvale Energy struck a gas deal with the former Soviet republic of Georgia.",
		want: []string{"AGREEMENT/HAPPENED: party=Georgia; party=Norvale Energy"},
		not:  []string{"Soviet Union"},
	},
	{
		name: "a pair of countries ratifying a treaty",
		text: "Markets were calm on Wednesday.\n\nChile and Bolivia ratified the border treaty on Friday.",
		want: []string{"AGREEMENT: party=Bolivia; party=Chile"},
	},
	{
		name: "a pair of countries extending their pact",
		text: "Markets were calm on Wednesday.\n\nUruguay and Paraguay extended their defence pact for five years.",
		want: []string{"AGREEMENT: party=Paraguay; party=Uruguay"},
	},
	{
		name: "a hyphenated pair on the topic noun of an agreement",
		text: "Markets were calm on Wednesday.\n\nMills say the Canadian-Mexican timber pact has failed.",
		want: []string{"AGREEMENT: party=Canada; party=Mexico"},
	},
	{
		name: "an accord that settled the quarrel of two firms",
		text: "Markets were calm on Wednesday.\n\nPrices held up. The truce rests on an accord of 1991 that settled a bitter dispute between Kestrel Oil Corp and Norvale Gas Ltd.",
		want: []string{"AGREEMENT: party=Kestrel Oil Corp; party=Norvale Gas Ltd."},
	},
	{
		name: "a participle that ends a row, hung by the parser on the main verb",
		text: "Markets were calm on Wednesday.\n\nShares rose after the agreement ending the patent dispute between Kestrel Oil Corp and Norvale Gas Ltd.",
		want: []string{"AGREEMENT: party=Kestrel Oil Corp; party=Norvale Gas Ltd."},
	},
	{
		name: "a deal that resolves a quarrel between two firms",
		text: "Markets were calm on Wednesday.\n\nThe deal resolves a quarrel between Kestrel Oil Corp and Norvale Gas Ltd over pipelines.",
		want: []string{"AGREEMENT: party=Kestrel Oil Corp; party=Norvale Gas Ltd"},
	},
	{
		name: "a plan to end a war that an accord endorses is no side",
		text: "Markets were calm on Wednesday.\n\nThe accord endorsed a plan to end the war between Chile and Peru.",
		not:  []string{"AGREEMENT"},
	},
	{
		name: "the news agency that reports an agreement is none of the two sides",
		text: "LIMA, May 3 - Chile has promised Bolivia cheaper port fees from July, ABN, the official Bolivian news agency, reported. ABN quoted Customs Director Tavi Rask as saying queues of lorries would shrink.\n\nRask added that the two sides had also agreed to build a rail link.",
		want: []string{"AGREEMENT/HAPPENED: party=Bolivia; party=Chile"},
		not:  []string{"party=ABN"},
	},
}

func TestWordingAgreeSides(t *testing.T) { runWording(t, agreeSidesCases) }
