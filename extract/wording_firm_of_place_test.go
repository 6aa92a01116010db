package extract

import "testing"

// firmOfPlaceCases name a firm, a lab or an institute and then, after
// "of", the town, state or country it is in ("Corwin Labs of Tucson",
// "the Halvard Institute of Calgary"): the body is named without the
// place, and the place is a place of its own. A bank's, a university's,
// a chamber's or a field's institute's "of" a place stays in its name
// ("Bank of Montreal", "University of Calgary", "Art Institute of
// Chicago"), as does a unit closed by a legal form after the place.
var firmOfPlaceCases = []personNameCase{
	{
		name:  "a lab of a second-tier town",
		text:  "Lab hires\n\nCorwin Labs of Tucson said on Monday it would hire 200 workers.",
		facts: []string{"ORGANIZATION Corwin Labs", "GPE Tucson", "!ORGANIZATION Corwin Labs of Tucson"},
	},
	{
		name:  "an institute of a town, after the",
		text:  "Ice study\n\nA researcher at the Halvard Institute of Calgary led the study of the glaciers.",
		facts: []string{"ORGANIZATION Halvard Institute", "GPE Calgary", "!ORGANIZATION Halvard Institute of Calgary"},
	},
	{
		name:  "a food firm of a town buying a rival",
		text:  "Food deal\n\nBrisk Foods of Omaha agreed on Tuesday to buy a smaller rival for 40 million dollars.",
		facts: []string{"ORGANIZATION Brisk Foods", "GPE Omaha", "!ORGANIZATION Brisk Foods of Omaha"},
	},
	{
		name:  "an engineering firm of an English town",
		text:  "Bridge contract\n\nTalbot Engineering of Leeds won the contract to rebuild the bridge.",
		facts: []string{"ORGANIZATION Talbot Engineering", "GPE Leeds", "!ORGANIZATION Talbot Engineering of Leeds"},
	},
	{
		name:  "a company with its legal form, then its town",
		text:  "Output falls\n\nFenwick Mining Co of Perth said its gold output fell 12 percent in the quarter.",
		facts: []string{"ORGANIZATION Fenwick Mining Co", "GPE Perth", "!ORGANIZATION Fenwick Mining Co of Perth"},
	},
	{
		name:  "a foundation of a city giving money",
		text:  "Grant\n\nThe Merrow Foundation of Seattle gave 5 million dollars to the school.",
		facts: []string{"ORGANIZATION Merrow Foundation", "GPE Seattle", "!ORGANIZATION Merrow Foundation of Seattle"},
	},
	{
		name:  "a software firm of a town, opening the sentence",
		text:  "Software sale\n\nDelvane Software of Austin was sold to a private equity group on Friday.",
		facts: []string{"ORGANIZATION Delvane Software", "GPE Austin", "!ORGANIZATION Delvane Software of Austin"},
	},
	{
		name:  "a holding company of a city after a verb",
		text:  "Stake bought\n\nThe fund sold its stake to Marwick Holdings of Toronto last week.",
		facts: []string{"ORGANIZATION Marwick Holdings", "GPE Toronto", "!ORGANIZATION Marwick Holdings of Toronto"},
	},
	{
		name:  "partners of a town advising",
		text:  "Advisers\n\nThe buyer was advised by Dravo Partners of Denver, people close to the deal said.",
		facts: []string{"ORGANIZATION Dravo Partners", "GPE Denver", "!ORGANIZATION Dravo Partners of Denver"},
	},
	// negatives: the place is part of the name
	{
		name:  "a bank of a city keeps its city",
		text:  "Rates\n\nBank of Montreal raised its prime lending rate on Monday.",
		facts: []string{"ORGANIZATION Bank of Montreal", "!GPE Montreal"},
	},
	{
		name:  "a university of a city keeps its city",
		text:  "Fees\n\nThe University of Calgary said tuition would rise next year.",
		facts: []string{"ORGANIZATION University of Calgary", "!GPE Calgary"},
	},
	{
		name:  "an institute named for its field keeps its city",
		text:  "New wing\n\nThe Art Institute of Chicago opened a new wing on Sunday.",
		facts: []string{"ORGANIZATION Art Institute of Chicago", "!ORGANIZATION Art Institute"},
	},
	{
		name:  "a reserve bank of a city keeps its city",
		text:  "Lending\n\nThe Federal Reserve Bank of New York said lending rose in May.",
		facts: []string{"ORGANIZATION Federal Reserve Bank of New York"},
	},
	{
		name:  "a unit closed by a legal form after its county",
		text:  "Unit results\n\nMarlow Energy System of Dorset Inc said sales rose.",
		facts: []string{"ORGANIZATION Marlow Energy System of Dorset Inc"},
	},
	{
		name:  "a ministry of a field",
		text:  "Revenue\n\nThe Ministry of Finance said revenue rose in April.",
		facts: []string{"ORGANIZATION Ministry of Finance"},
	},
}

func TestFirmOfPlace(t *testing.T) { runPersonNames(t, firmOfPlaceCases) }
