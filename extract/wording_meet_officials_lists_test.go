package extract

import "testing"

// officialsListCases tell talks with the officials, representatives or
// delegates of named countries and bodies where the parser tears the
// phrase off the people: "from Iceland" hung on the talks, or the second
// name of "of A and the B next week" read as the week's owner. Those
// named are the sides. Figures from a country, a country exports go to,
// and people with no one named make no side.
var officialsListCases = []wordingCase{
	{
		name: "talks with representatives from a country, the phrase on the talks",
		text: "Finance Minister Anton Kovac will hold talks with representatives from Iceland next week.",
		want: []string{"MEETING/PLANNED: participant=Anton Kovac; participant=Iceland"},
	},
	{
		name: "talks with delegates from a country in its capital",
		text: "Ambassador Ian Kerr will have talks with delegates from Bolivia in La Paz next month.",
		want: []string{"MEETING/PLANNED: participant=Bolivia; participant=Ian Kerr"},
	},
	{
		name: "representatives of two bodies, the second before next week",
		text: "Finance Minister Anton Kovac will meet representatives of the Caribbean Development Bank and the International Monetary Fund next week.",
		want: []string{"MEETING/PLANNED: participant=Anton Kovac; participant=Caribbean Development Bank; participant=International Monetary Fund"},
	},
	{
		name: "talks with officials from two countries",
		text: "Trade Minister Eva Strand held talks with officials from Ghana and Togo on Monday.",
		want: []string{"MEETING/HAPPENED: participant=Eva Strand; participant=Ghana; participant=Togo"},
	},
	{
		name: "officials of two bodies, the second before last week",
		text: "Trade Minister Eva Strand met officials of the European Commission and the Nordic Council last week.",
		want: []string{"MEETING/HAPPENED: participant=European Commission; participant=Eva Strand; participant=Nordic Council"},
	},
	{
		name: "discussions with diplomats from two countries",
		text: "Ambassador Ian Kerr held discussions with diplomats from Chile and Peru on Tuesday.",
		want: []string{"MEETING/HAPPENED: participant=Chile; participant=Ian Kerr; participant=Peru"},
	},
	{
		name: "consultations with officials from a country",
		text: "Ambassador Ian Kerr will hold consultations with officials from Uruguay next week.",
		want: []string{"MEETING/PLANNED: participant=Ian Kerr; participant=Uruguay"},
	},
	{
		name: "representatives of two bodies before next month",
		text: "Foreign Minister Ana Ruiz will meet representatives of the African Union and the Arab League next month.",
		want: []string{"MEETING/PLANNED: participant=African Union; participant=Ana Ruiz; participant=Arab League"},
	},
	{
		name: "leaders of two bodies before this week",
		text: "Prime Minister Erik Lind met leaders of the Nordic Council and the Baltic Assembly this week.",
		want: []string{"MEETING/HAPPENED: participant=Baltic Assembly; participant=Erik Lind; participant=Nordic Council"},
	},
	{
		name: "figures from a country are no side",
		text: "Trade Minister Eva Strand held talks with officials on the figures from Ghana on Monday.",
		not:  []string{"participant=Ghana"},
	},
	{
		name: "a country exports go to, before last week, is no side",
		text: "Finance Minister Anton Kovac said exports to the World Bank and Iceland rose last week.",
		not:  []string{"MEETING"},
	},
	{
		name: "a company's own figures before next week are no meeting",
		text: "Halden Group and the Marlow Trust will report results next week.",
		not:  []string{"MEETING"},
	},
}

func TestWordingOfficialsLists(t *testing.T) { runWording(t, officialsListCases) }
