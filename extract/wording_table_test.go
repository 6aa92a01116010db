package extract

import "testing"

// tableCases are invented sentences with sides that never sat at the
// meeting's table: a news outlet a person talks to (an interview), the
// country whose office a named official holds ("met Y's Minister of A, B
// and C, Z": Z is the side), the nationality of students or firms met
// (people of a country, not its state), and the places a relative clause
// on the subject lists before the main verb.
var tableCases = []wordingCase{
	{
		name: "sat down with a trade weekly is an interview",
		text: "Chief executive Ivo Marek sat down with Harbour Weekly at the fair on Tuesday and said results were strong.",
		not:  []string{"MEETING"},
	},
	{
		name: "sat down with a person is a meeting",
		text: "Chief executive Ivo Marek sat down with Premier Ola Brandt on the sidelines of the fair.",
		want: []string{"MEETING: participant=Ivo Marek; participant=Ola Brandt"},
	},
	{
		name: "the company is not the paper a source talked to",
		text: "Halvard Motors chief executive Ivo Marek sat down with the Lakeside Times at the fair. He would not confirm the company was in talks with Norway about a plant.",
		want: []string{"MEETING: participant=Halvard Motors; participant=Norway"},
		not:  []string{"Lakeside Times"},
	},
	{
		name: "a minister with a long portfolio named after it",
		text: "The envoy, Rosa Vidal, on Monday met Norway's Minister of Trade, Industry and Fisheries, Lars Holm, at his office.",
		want: []string{"MEETING: participant=Lars Holm; participant=Rosa Vidal"},
		not:  []string{"participant=Norway"},
	},
	{
		name: "a body welcomed a minister named after a long portfolio",
		text: "Lund University on Monday welcomed Norway's Minister of Fisheries, Forests, Parks and Wildlife, Ola Nordmann, to its campus.",
		not:  []string{"participant=Norway"},
	},
	{
		name: "an unnamed minister stands for the country",
		text: "The envoy, Rosa Vidal, on Monday met Norway's fisheries minister at his office.",
		want: []string{"MEETING: participant=Norway; participant=Rosa Vidal"},
	},
	{
		name: "students of a nationality are no state",
		text: "Education Minister Ola Nordmann also met Latvian students studying at the college.",
		not:  []string{"participant=Latvia"},
	},
	{
		name: "firms of a nationality are no state",
		text: "Trade Minister Ola Nordmann met representatives of Latvian companies operating in Poland.",
		not:  []string{"participant=Latvia"},
	},
	{
		name: "officials of a nationality are its state",
		text: "Trade Minister Ola Nordmann met Latvian officials in Riga on Monday.",
		want: []string{"MEETING: participant=Latvia; participant=Ola Nordmann"},
	},
	{
		name: "a tour's countries listed in a relative clause are no subject",
		text: "Mr Lindqvist, who reached Maputo on Sunday at the close of a journey that had earlier taken him to Kenya, Niger and Togo, met President Mabote at the presidential palace on Monday.",
		want: []string{"MEETING: participant=Lindqvist; participant=Mabote"},
		not:  []string{"participant=Niger", "participant=Togo"},
	},
}

func TestWordingTable(t *testing.T) { runWording(t, tableCases) }
