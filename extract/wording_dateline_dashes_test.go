package extract

import "testing"

// doubleHyphenCases are invented stories under a dateline whose dash is
// typed as two hyphens ("OSLO -- ..."): the place is the dateline's, not the
// subject of the sentence it opens.
var doubleHyphenCases = []wordingCase{
	{
		name: "a dateline with a double hyphen before two signers",
		text: "Nordic states sign fish pact\n\nTORSHAVN -- Norway and Iceland on Thursday signed a memorandum of cooperation on fisheries, pledging to share catch data.",
		want: []string{"AGREEMENT/HAPPENED: party=Iceland; party=Norway"},
	},
	{
		name: "a story filed from two places joined by a slash, then a colon",
		text: "Governor seeks rail funds\n\nSYDNEY/CANBERRA: Chief minister Anil Kadam on Wednesday met railway minister Ravi Mehra in New Delhi and sought funds.",
		want: []string{"MEETING/HAPPENED: participant=Anil Kadam; participant=Ravi Mehra"},
		not:  []string{"participant=Sydney", "participant=Canberra"},
	},
}

func TestWordingDoubleHyphenDateline(t *testing.T) { runWording(t, doubleHyphenCases) }
