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
}

func TestWordingDoubleHyphenDateline(t *testing.T) { runWording(t, doubleHyphenCases) }
