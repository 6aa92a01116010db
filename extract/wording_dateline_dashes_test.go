package extract

import "testing"

// doubleHyphenCases are invented stories under a dateline whose dash is
// typed as two hyphens ("OSLO -- ..."): the place is the dateline's, not the
// subject of the sentence it opens.
var doubleHyphenCases = []wordingCase{
	{
		name: "a dateline with a double hyphen before two signers",
		text: "Arctic neighbours sign shipping pact\n\nNUUK -- Denmark and Canada on Tuesday signed a memorandum of cooperation on ice patrols, pledging to pool radar images.",
		want: []string{"AGREEMENT/HAPPENED: party=Canada; party=Denmark"},
	},
	{
		name: "a story filed from two places joined by a slash, then a colon",
		text: "Governor seeks power funds\n\nSYDNEY/CANBERRA: Chief minister Anil Kadam on Wednesday met power minister Ravi Mehra in Mumbai and sought funds.",
		want: []string{"MEETING/HAPPENED: participant=Anil Kadam; participant=Ravi Mehra"},
		not:  []string{"participant=Sydney", "participant=Canberra"},
	},
}

func TestWordingDoubleHyphenDateline(t *testing.T) { runWording(t, doubleHyphenCases) }
