package extract

import "testing"

// twoCountriesCases: "the two countries" after a meeting of two office
// holders are the countries they serve.
var twoCountriesCases = []wordingCase{
	{
		name: "the two countries are the countries of the two ministers who met",
		text: "OSLO, April 8 (Reuters) - Norwegian Trade Minister Ola Brekke met his Chilean counterpart Ines Vidal in Oslo on Monday.\nThe two countries agreed to cut tariffs on salmon and copper, Brekke told reporters.",
		want: []string{"AGREEMENT/HAPPENED: party=Chile; party=Norway"},
	},
}

func TestWordingTwoCountries(t *testing.T) { runWording(t, twoCountriesCases) }
