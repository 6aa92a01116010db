package extract

import "testing"

// heldPartCases are invented paragraphs whose second side stands where a
// verb's own arguments do not: the firm whose assets are bought, in an
// "of" phrase or a possessive on the things bought ("agreed to acquire
// the reserves and pipelines of Y", "took over Y's assets"); the buyer
// of a standing contract whose terms a relative clause tells ("has a
// 20-year contract which calls for it to supply Y"); and the leader of
// the group that says another agreed to give "it" something.
var heldPartCases = []wordingCase{
	{
		name: "agreed to acquire a list of things of a firm described as another's unit",
		text: "Markets were calm on Wednesday.\n\nHarlow Energy Corp said it agreed to acquire the oil reserves and pipelines of Dunmore Petroleum Ltd, a unit of Ostrava Holdings, for 40 mln dlrs.",
		want: []string{"AGREEMENT: party=Dunmore Petroleum Ltd; party=Harlow Energy Corp"},
		not:  []string{"Ostrava"},
	},
	{
		name: "agreed to acquire the reserves and properties of a firm, the parser splitting the list",
		text: "Markets were calm on Wednesday.\n\nVellacott Gas Co Ltd said it agreed to acquire the Northern Alberta oil and gas reserves and properties of Pinecrest Resources Ltd, a subsidiary of Pinecrest AG, for 31 mln dlrs.",
		want: []string{"AGREEMENT: party=Pinecrest Resources Ltd; party=Vellacott Gas Co Ltd"},
	},
	{
		name: "a relative clause that took over a firm's assets",
		text: "Markets were calm on Wednesday.\n\nQuarry Trust Corp, which took over Harrow Bank's assets, was founded in 1961.",
		want: []string{"AGREEMENT: party=Harrow Bank; party=Quarry Trust Corp"},
	},
	{
		name: "bought a firm's refinery",
		text: "Markets were calm on Wednesday.\n\nSelwyn Oil Corp bought Tamber Refining Co's refinery last year.",
		want: []string{"AGREEMENT: party=Selwyn Oil Corp; party=Tamber Refining Co"},
	},
	{
		name: "agreed to buy a firm's stores",
		text: "Markets were calm on Wednesday.\n\nKemble Foods Inc said it has agreed to buy the 40 stores of Arbuthnot Grocers Inc for 12 mln dlrs.",
		want: []string{"AGREEMENT: party=Arbuthnot Grocers Inc; party=Kemble Foods Inc"},
	},
	{
		name: "a standing contract whose terms call for supplying another firm",
		text: "Markets were calm on Wednesday.\n\nBrenmoor Power Inc has a 20-year contract which calls for it to supply Castelane Utilities Corp with about 40 megawatts of electricity a year, a spokesman said.",
		want: []string{"AGREEMENT: party=Brenmoor Power Inc; party=Castelane Utilities Corp"},
	},
	{
		name: "a contract held that requires delivering to another firm",
		text: "Markets were calm on Wednesday.\n\nOrlen Coal Co holds a 15-year contract that requires it to deliver coal to Wexcombe Electric Corp, the company said.",
		want: []string{"AGREEMENT: party=Orlen Coal Co; party=Wexcombe Electric Corp"},
	},
	{
		name: "a group led by an investor tells a firm agreed to provide it something",
		text: "Markets were calm on Wednesday.\n\nA group led by Chicago investor Mirela Stanton said Dalby Corp agreed to provide it confidential company information.",
		want: []string{"AGREEMENT: party=Dalby Corp; signatory=Mirela Stanton"},
	},
	{
		name: "an agreement in principle with a firm, the parser hanging the firm on the principle",
		text: "Markets were calm on Wednesday.\n\nHarlow Energy Corp said it reached an agreement in principle with Dunmore Petroleum Ltd to merge.",
		want: []string{"AGREEMENT: party=Dunmore Petroleum Ltd; party=Harlow Energy Corp"},
	},
	{
		name: "an agreement in principle entered with a firm on a project",
		text: "Markets were calm on Wednesday.\n\nSelwyn Optics Inc said it entered an agreement in principle with Tamber Ventures LP to undertake a research project.",
		want: []string{"AGREEMENT: party=Selwyn Optics Inc; party=Tamber Ventures LP"},
	},
	{
		name: "the words of a firm's name torn from the name before them are no buyer",
		text: "Markets were calm on Wednesday.\n\nPaug said Velmar had not sold his stake in Ostrow Bank and Trust Company, which took over Harrow Bank's assets, when he took office in 1984.",
		not:  []string{"party=Trust Company"},
	},
	{
		name: "an offer for a firm's assets is no agreement",
		text: "Markets were calm on Wednesday.\n\nSelwyn Oil Corp offered to buy the assets of Tamber Refining Co for 20 mln dlrs.",
		not:  []string{"AGREEMENT"},
	},
	{
		name: "buying its own unit's assets back names no other side",
		text: "Markets were calm on Wednesday.\n\nSelwyn Oil Corp said it agreed to buy its pipelines from the state for 20 mln dlrs.",
		not:  []string{"AGREEMENT"},
	},
	{
		name: "a contract whose terms call for a price names no side",
		text: "Markets were calm on Wednesday.\n\nBrenmoor Power Inc has a contract which calls for higher prices next year.",
		not:  []string{"AGREEMENT"},
	},
	{
		name: "a group's leader paid by a firm is no side of a deal it tells of itself",
		text: "Markets were calm on Wednesday.\n\nDalby Corp agreed to pay chairman Otto Brandt a bonus.",
		not:  []string{"AGREEMENT"},
	},
	{
		name: "talks to buy a firm's reserves are no agreement",
		text: "Markets were calm on Wednesday.\n\nHarlow Energy Corp said it is in talks to acquire the oil reserves of Dunmore Petroleum Ltd.",
		not:  []string{"AGREEMENT"},
	},
}

func TestWordingHeldParts(t *testing.T) { runWording(t, heldPartCases) }
