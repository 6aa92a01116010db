package extract

import "testing"

// officialsAndOthersCases are invented sentences of a trip's or a stay's
// talks with a place's officials joined by "and" to other people who
// name nobody ("officials and aid agencies"): the officials are still
// the place's, so the travellers meet its country. People named among
// them, or told first, keep the rule from firing.
var officialsAndOthersCases = []wordingCase{
	{
		name: "two travellers, days in a capital talking to officials and agencies",
		text: "Finance Minister Paulo Pereira and central bank chief Rui Santos spent three days in Ottawa talking to cabinet officials and aid agencies.",
		want: []string{"MEETING/HAPPENED: participant=Canada; participant=Paulo Pereira; participant=Rui Santos"},
	},
	{
		name: "a day in a capital holding talks with ministers and bankers",
		text: "Trade Minister Ana Costa spent Monday in Nairobi holding talks with government ministers and bankers.",
		want: []string{"MEETING/HAPPENED: participant=Ana Costa; participant=Kenya"},
	},
	{
		name: "a week in a capital meeting officials and business leaders",
		text: "Health Minister Dora Kallas spent a week in Accra meeting government officials and business leaders.",
		want: []string{"MEETING/HAPPENED: participant=Dora Kallas; participant=Ghana"},
	},
	{
		name: "a trip to a country to talk to officials and exporters",
		text: "Farm Minister Piet Claes will travel to Chile next month to talk to officials and exporters.",
		want: []string{"MEETING/PLANNED: participant=Chile; participant=Piet Claes"},
	},
	{
		name: "a flight to a capital for talks with leaders and donors",
		text: "Energy Minister Tomas Varga flew to Quito on Monday for talks with government leaders and donors.",
		want: []string{"MEETING/HAPPENED: participant=Ecuador; participant=Tomas Varga"},
	},
	{
		name: "two countries toured to confer with officials and traders",
		text: "Deputy Premier Ivan Petrov will tour Peru and Bolivia to confer with officials and traders there.",
		want: []string{"MEETING/PLANNED: participant=Ivan Petrov; participant=Peru", "MEETING/PLANNED: participant=Bolivia; participant=Ivan Petrov"},
	},
	{
		name: "days in a capital holding talks with federal officials and lenders",
		text: "Trade Minister Erik Lindqvist spent two days in Canberra holding talks with federal officials and private lenders.",
		want: []string{"MEETING/HAPPENED: participant=Australia; participant=Erik Lindqvist"},
	},
	{
		name: "officials, regulators and analysts in a capital",
		text: "Finance Minister Lea Moreau spent four days in Tokyo talking to officials, regulators and analysts.",
		want: []string{"MEETING/HAPPENED: participant=Japan; participant=Lea Moreau"},
	},
	{
		name: "a stay told over a time phrase before its place",
		text: "Farm Minister Piet Claes spent three days late last month in Santiago talking to cabinet officials.",
		want: []string{"MEETING/HAPPENED: participant=Chile; participant=Piet Claes"},
	},
	{
		name: "a stay told over a time phrase, officials and aid agencies",
		text: "Trade Minister Erik Lindqvist spent three days early this month in Canberra talking to federal officials and aid agencies.",
		want: []string{"MEETING/HAPPENED: participant=Australia; participant=Erik Lindqvist"},
	},
	{
		name: "a stay's verb past a comma is another clause",
		text: "Trade Minister Erik Lindqvist spent the weekend at home, and on Monday in Canberra the premier was talking to reporters.",
		not:  []string{"participant=Australia"},
	},
	{
		name: "reporters first, officials after: no country",
		text: "Trade Minister Ana Costa spent two days in Lima talking to reporters and officials.",
		not:  []string{"participant=Peru"},
	},
	{
		name: "bankers and investors alone meet no government",
		text: "Trade Minister Erik Lindqvist spent two days in Zurich talking to bankers and investors.",
		not:  []string{"participant=Switzerland"},
	},
	{
		name: "union leaders and officials: a sector's, not the place's",
		text: "Labour Minister Ruth Adler spent a day in Manila meeting union leaders and officials.",
		not:  []string{"participant=Philippines"},
	},
}

func TestWordingOfficialsAndOthers(t *testing.T) { runWording(t, officialsAndOthersCases) }
