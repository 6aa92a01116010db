package extract

import "testing"

// visitDescribedCases are invented sentences that tell a stay in a
// place named by description ("the Danish capital", "the capital" of a
// story filed from a country), a day of the week spent somewhere, a
// participle the parser reads as the place's noun, a trip told by its
// end, and a visit whose "during" phrase follows a deed that leads to
// some other place.
var visitDescribedCases = []wordingCase{
	{
		name: "a weekday spent in a capital named by its country's adjective",
		text: "Uruguayan Trade Minister Elsa Montero spent Thursday in the Danish capital.",
		want: []string{"VISIT/HAPPENED: destination=Copenhagen; visitor=Elsa Montero"},
	},
	{
		name: "a weekday spent in a described capital, a participle after it",
		text: "Uruguayan Trade Minister Elsa Montero spent Thursday in the Danish capital visiting shipyards.",
		want: []string{"VISIT/HAPPENED: destination=Copenhagen; visitor=Elsa Montero"},
	},
	{
		name: "the capital of the country a story is filed from",
		text: "HAMBURG, Oct 3 - Uruguayan Trade Minister Elsa Montero was in the capital on Friday for talks on dairy exports.",
		want: []string{"VISIT/HAPPENED: destination=Berlin; visitor=Elsa Montero"},
	},
	{
		name: "the capital of the one country the story named",
		text: "Uruguayan Trade Minister Elsa Montero arrived in Denmark on Sunday. She will be in the capital until Wednesday.",
		want: []string{"VISIT/HAPPENED: destination=Copenhagen; destination=Denmark; visitor=Elsa Montero"},
	},
	{
		name: "capital as money is no place",
		text: "Uruguayan Trade Minister Elsa Montero said the bank was short of the capital it needs.",
		not:  []string{"VISIT"},
	},
	{
		name: "a trip told by its end happened",
		text: "Uruguayan Trade Minister Elsa Montero's four-day trip to Norway ended on Saturday.",
		want: []string{"VISIT/HAPPENED: destination=Norway; visitor=Elsa Montero"},
	},
	{
		name: "a deed that leads somewhere, done during a visit, names no stop",
		text: "OSLO, Oct 3 - Norway and Uruguay agreed to open a shipping line from Bergen to Montevideo during the visit of Uruguayan Trade Minister Elsa Montero.",
		want: []string{"VISIT/HAPPENED: destination=Oslo; visitor=Elsa Montero"},
		not:  []string{"destination=Montevideo", "destination=Bergen"},
	},
}

func TestWordingVisitDescribed(t *testing.T) { runWording(t, visitDescribedCases) }
