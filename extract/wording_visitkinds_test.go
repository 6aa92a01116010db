package extract

import "testing"

// visitKindCases are invented sentences that state a visit without the
// usual "X visited Y": a person set in a city for a purpose, a departure
// for a place, a trip told in apposition.
var visitKindCases = []wordingCase{
	{
		name: "a person in a city for talks, in apposition",
		text: "Veldanian Trade Minister Tavi Korhonen said the tariff would go. Korhonen, in Lisbon for talks with Portuguese officials, told a news conference the dispute was over.",
		want: []string{"VISIT: destination=Lisbon; visitor=Tavi Korhonen"},
	},
	{
		name: "a person who is in a city for meetings of bodies, however parsed",
		text: "Veldanian Finance Minister Ana Ferro said on Monday the loan was near. Ferro, who is in Lisbon to attend the Spring Committee and Budget Committee meetings of the Nordic Bank and the Atlantic Fund, said she had shown her plan to the banks.",
		want: []string{"VISIT: destination=Lisbon; visitor=Ana Ferro"},
	},
	{
		name: "a person in a city on a tour, in apposition",
		text: "Chilean Mines Minister Lio Marrow said copper would recover. Marrow, in Bonn on a tour of Europe, said the price was too low.",
		want: []string{"VISIT: destination=Bonn; visitor=Lio Marrow"},
	},
	{
		name: "an official set in his own capital visits nothing",
		text: "Chilean Mines Minister Lio Marrow said copper would recover. Marrow, in Santiago for a cabinet meeting, said the price was too low.",
		not:  []string{"VISIT"},
	},
	{
		name: "a place set off after an object's name is where they meet, not a stay",
		text: "Norwegian Premier Ana Lindqvist said she hoped to meet her Chilean counterpart, Lio Marrow, in Oslo next week.",
		not:  []string{"VISIT/HAPPENED"},
	},
	{
		name: "a person on a visit, in apposition",
		text: "Norwegian President Oskar Lind, on a three-day official visit to Peru, said on Monday that trade would grow.",
		want: []string{"VISIT: destination=Peru; visitor=Oskar Lind"},
	},
}

func TestWordingVisitKinds(t *testing.T) { runWording(t, visitKindCases) }
