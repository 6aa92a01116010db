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
		text: "Peruvian Trade Minister Rui Campos wound up a trip on Thursday.\n\nCampos and his deputy Nina Soto visited Madrid earlier in the month to present the export scheme.\n\nThey also lobbied in Portugal and Greece on Tuesday.\n\nThey now mean to prolong the trip, travelling on to Seoul next Monday to brief bankers.",
		want: []string{"VISIT: destination=Seoul; visitor=Nina Soto", "VISIT: destination=Seoul; visitor=Rui Campos"},
		not:  []string{"MEETING"},
	},
	{
		name: "one who accompanies a traveller is where the traveller is today",
		text: "MADRID, June 9 - Peruvian Trade Minister Rui Campos, who is in Madrid today, will travel to Seoul on Friday.\n\nCampos visited Lisbon on Tuesday.\n\nCampos, who is accompanied by his deputy Nina Soto, met only cabinet ministers.",
		want: []string{"VISIT: destination=Madrid; visitor=Nina Soto"},
		not:  []string{"destination=Seoul; visitor=Nina Soto", "destination=Lisbon; visitor=Nina Soto"},
	},
	{
		name: "the people a list names among those seen arriving arrived where the arrival was told",
		text: "Senior delegates from the main fishing states arrived at the Marlow Centre on Tuesday for a Group of Six session.\n\nDelegates seen arriving by photographers included Peruvian Fisheries Minister Rui Campos and his deputy Nina Soto.\n\nAlso seen arriving were Irish Fisheries Minister Sean Daly and Danish Fisheries Minister Eva Lund.",
		want: []string{"VISIT: destination=Marlow Centre; visitor=Rui Campos", "VISIT: destination=Marlow Centre; visitor=Nina Soto",
			"VISIT: destination=Marlow Centre; visitor=Eva Lund"},
	},
	{
		name: "a visit owned by one who meets another country's office holder is to that country",
		text: "Danish Premier Eva Lund met Peruvian President Rui Campos for a working lunch on the second day of the Danish leader's three-day visit.",
		want: []string{"VISIT: destination=Peru; visitor=Eva Lund"},
	},
	{
		name: "a country's group on a visit: the country visits",
		text: "A Uruguayan delegation is currently in Canada finishing negotiations with lenders. A Belgian trade team has arrived in Quito to discuss a credit line.",
		want: []string{"VISIT/HAPPENED: destination=Canada; visitor=Uruguay", "VISIT: destination=Quito; visitor=Belgium"},
	},
	{
		name: "to head a side or a team is to lead it, not to travel",
		text: "The Chilean side will be headed by Tavi Korhonen, Vice Finance Minister, while the Peruvian delegation will include Lio Marrow. Marrow heads the trade team.",
		not:  []string{"VISIT"},
	},
}

func TestWordingVisitKinds(t *testing.T) { runWording(t, visitKindCases) }
