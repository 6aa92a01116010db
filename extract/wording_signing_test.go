package extract

import "testing"

// signingCases: a signing is a ceremony, so the people who sign one
// agreement together met; an agreement only reached ("agreed") or signed
// by one named person implies no meeting.
var signingCases = []wordingCase{
	{
		name: "two ministers sign a memorandum: they met where they signed",
		text: "Estonian Economy Minister Liis Tamm and her Latvian counterpart Andris Ozols signed a memorandum on grid links in Tallinn on Tuesday.",
		want: []string{"MEETING/HAPPENED: participant=Andris Ozols; participant=Liis Tamm", "AGREEMENT/HAPPENED: party=Estonia; party=Latvia; signatory=Andris Ozols; signatory=Liis Tamm"},
	},
	{
		name: "two mayors sign a charter at a hall",
		text: "Mayor Helen Cobb and Deputy Mayor Paolo Ricci of Siena signed the twinning charter on Monday at Corran Hall.",
		want: []string{"MEETING/HAPPENED: participant=Helen Cobb; participant=Paolo Ricci"},
	},
	{
		name: "agreeing is not signing: no meeting",
		text: "Estonian Economy Minister Liis Tamm and her Latvian counterpart Andris Ozols agreed by telephone on Tuesday to extend the grid accord.",
		not:  []string{"MEETING"},
	},
	{
		name: "a signing to come implies no meeting yet",
		text: "Estonian Economy Minister Liis Tamm and her Latvian counterpart Andris Ozols will sign a memorandum on grid links in Tallinn next month.",
		not:  []string{"MEETING/HAPPENED"},
	},
	{
		name: "a meeting already told is not told twice",
		text: "Liis Tamm met Andris Ozols in Tallinn on Tuesday. Tamm and Ozols signed a memorandum on grid links there on Tuesday.",
		want: []string{"MEETING/HAPPENED: participant=Andris Ozols; participant=Liis Tamm"},
	},
}

func TestWordingSigning(t *testing.T) { runWording(t, signingCases) }
