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
	{
		name: "a tour's stops listed in a clause on it, its region only a label",
		text: "Norwegian President Oskar Lind arrived in Peru on Monday, opening a South American tour which includes Chile and Bolivia.",
		want: []string{"VISIT: destination=Chile; visitor=Oskar Lind", "VISIT: destination=Bolivia; visitor=Oskar Lind"},
		not:  []string{"destination=South America", "destination=United States"},
	},
	{
		name: "a region's adjective only labels a tour whose stops are listed",
		text: "Norwegian Chancellor Jan Holm spoke in Oslo on Sunday before the start of an Asian tour which includes Laos and Cambodia.",
		want: []string{"VISIT: destination=Laos; visitor=Jan Holm"},
		not:  []string{"destination=Asia"},
	},
	{
		name: "a trip that will take its traveller to places",
		text: "Veldanian Farm Minister Tavi Korhonen is on a Gulf tour which will also take him to Oman, Qatar and Kuwait.",
		want: []string{"VISIT: destination=Oman; visitor=Tavi Korhonen", "VISIT: destination=Kuwait; visitor=Tavi Korhonen"},
	},
	{
		name: "a trip named by a country's adjective",
		text: "Premier Ana Lindqvist gained in the polls after her Soviet trip, the newspaper said.",
		want: []string{"VISIT: destination=Soviet Union; visitor=Ana Lindqvist"},
	},
	{
		name: "a trip named by a region's adjective, with no stops named",
		text: "Chilean Finance Minister Lio Marrow is currently on a European trip seeking support from governments.",
		want: []string{"VISIT: destination=Europe; visitor=Lio Marrow"},
	},
	{
		name:   "a region's adjective that labels a tour with stops is no entity",
		text:   "Premier Jan Holm's four-city Asian tour begins in Hanoi on Monday.",
		absent: []string{"Asia"},
	},
	{
		name: "an official in his own capital is at home",
		text: "Chilean Foreign Minister Lio Marrow was in Santiago on Monday for a cabinet meeting.",
		not:  []string{"VISIT"},
	},
	{
		name: "they who travel on are the party that travelled together before",
		text: "Chilean Finance Minister Lio Marrow ended a tour on Friday.\n\nMarrow and central bank governor Ana Ferro last week visited Paris to explain the debt plan.\n\nThis week they have also sought support in Italy and Spain.\n\nThey have now decided to extend their tour, flying on Sunday to Tokyo to talk to officials.",
		want: []string{"VISIT: destination=Tokyo; visitor=Ana Ferro", "VISIT: destination=Tokyo; visitor=Lio Marrow"},
		not:  []string{"MEETING"},
	},
	{
		name: "one who accompanies a traveller is where the traveller is today",
		text: "ROME, March 5 - Chilean Finance Minister Lio Marrow, who is in Rome today, will fly to Tokyo on Sunday.\n\nMarrow visited Paris on Monday.\n\nMarrow, who is accompanied by central bank governor Ana Ferro, met only government officials.",
		want: []string{"VISIT: destination=Rome; visitor=Ana Ferro"},
		not:  []string{"destination=Tokyo; visitor=Ana Ferro", "destination=Paris; visitor=Ana Ferro"},
	},
	{
		name: "the people a list names among those seen arriving arrived where the arrival was told",
		text: "Top officials of leading farm nations arrived at the Kestrel Hall to begin a meeting of the Group of Six.\n\nOfficials seen arriving by reporters included Veldanian Farm Minister Tavi Korhonen and his deputy Ana Ferro.\n\nAlso seen arriving were Norwegian Farm Minister Jan Holm and Danish Farm Minister Eva Lund.",
		want: []string{"VISIT: destination=Kestrel Hall; visitor=Tavi Korhonen", "VISIT: destination=Kestrel Hall; visitor=Ana Ferro",
			"VISIT: destination=Kestrel Hall; visitor=Eva Lund"},
	},
	{
		name: "a visit owned by one who meets another country's office holder is to that country",
		text: "Norwegian President Oskar Lind met Chilean President Ana Ferro for talks on the first day of the Norwegian leader's four-day visit.",
		want: []string{"VISIT: destination=Chile; visitor=Oskar Lind"},
	},
	{
		name: "a country's group on a visit: the country visits",
		text: "An Argentine mission is now in the United States concluding talks with creditor banks. A French government team has arrived in Lima to negotiate a loan.",
		want: []string{"VISIT/HAPPENED: destination=United States; visitor=Argentina", "VISIT: destination=Lima; visitor=France"},
	},
	{
		name: "to head a side or a team is to lead it, not to travel",
		text: "The Chilean side will be headed by Tavi Korhonen, Vice Finance Minister, while the Peruvian delegation will include Lio Marrow. Marrow heads the trade team.",
		not:  []string{"VISIT"},
	},
}

func TestWordingVisitKinds(t *testing.T) { runWording(t, visitKindCases) }
