package extract

import "testing"

// agreeSignerCases are invented paragraphs for agreements told by who
// signed them: each signer's title names the side, after the name ("A,
// chief executive of X, and B, chairman of Y") or before it, with a
// possessive ("X's CEO A and Y' chief B").
var agreeSignerCases = []wordingCase{
	{
		name: "two signers each with the title of a firm after the name",
		text: "Markets were calm on Wednesday.\n\nThe supply contract was signed at the fair on Tuesday by Ilse Branco, chief executive of Tarvell Freight, and Obi Nakamura, managing director of Qorvane Shipping.",
		want: []string{"AGREEMENT: party=Qorvane Shipping; party=Tarvell Freight; signatory=Ilse Branco; signatory=Obi Nakamura"},
	},
	{
		name: "two signers each with the title of a firm after the name, the second firm shortened",
		text: "Tarvell Freight said on Wednesday it had won an order from Qorvane Airways.\n\nThe contract was signed on Tuesday by Ilse Branco, president of Tarvell Freight, and Obi Nakamura, chairman of Qorvane.",
		want: []string{"AGREEMENT: party=Qorvane Airways; party=Tarvell Freight; signatory=Ilse Branco; signatory=Obi Nakamura"},
	},
	{
		name: "two signers each after a firm's possessive and a title",
		text: "Markets were calm on Wednesday.\n\nThe accord was signed by Dunmore Holdings Plc's CEO Ilse Branco and Vexor Systems' CEO Obi Nakamura.",
		want: []string{"AGREEMENT: party=Dunmore Holdings Plc; party=Vexor Systems; signatory=Ilse Branco; signatory=Obi Nakamura"},
	},
}

func TestWordingAgreeSigners(t *testing.T) { runWording(t, agreeSignerCases) }
