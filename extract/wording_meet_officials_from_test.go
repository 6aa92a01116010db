package extract

import "testing"

// officialsFromCases tell a meeting with officials, representatives or
// delegates of or from named countries and bodies: the countries and
// bodies are the sides, never the speaker's own country, and the
// countries they come from are no place anyone visits. Students from a
// country, a letter from it and a target met make no side or no meeting.
var officialsFromCases = []wordingCase{
	{
		name: "representatives from three countries, the parser hanging them on the verb",
		text: "Ambassador Ian Kerr met representatives from Spain, Norway and Malta to arrange the dates.",
		want: []string{"MEETING/HAPPENED: participant=Ian Kerr; participant=Malta; participant=Norway; participant=Spain"},
		not:  []string{"VISIT"},
	},
	{
		name: "delegates from three countries",
		text: "Ambassador Ian Kerr met delegates from Chile, Peru and Bolivia on Monday.",
		want: []string{"MEETING/HAPPENED: participant=Bolivia; participant=Chile; participant=Ian Kerr; participant=Peru"},
		not:  []string{"VISIT"},
	},
	{
		name: "delegates from one country, in a town",
		text: "Consul Maria Vance met delegates from Ghana in Accra on Friday.",
		want: []string{"MEETING/HAPPENED: participant=Ghana; participant=Maria Vance"},
	},
	{
		name: "officials from two countries",
		text: "Finance Minister Anton Kovac met officials from Kenya and Uganda on Tuesday.",
		want: []string{"MEETING/HAPPENED: participant=Anton Kovac; participant=Kenya; participant=Uganda"},
		not:  []string{"VISIT"},
	},
	{
		name: "officials from one country",
		text: "Finance Minister Anton Kovac met officials from Tanzania on Tuesday.",
		want: []string{"MEETING/HAPPENED: participant=Anton Kovac; participant=Tanzania"},
	},
	{
		name: "will meet officials of a ministry",
		text: "Trade Minister Ulf Lindqvist will meet officials of the Finance Ministry, the central bank and the stock exchange during his stay.",
		want: []string{"MEETING/PLANNED: participant=Finance Ministry; participant=Ulf Lindqvist"},
	},
	{
		name: "officials from a body",
		text: "Finance Minister Anton Kovac met officials from the Halden Trade Council on Tuesday.",
		want: []string{"MEETING/HAPPENED: participant=Anton Kovac; participant=Halden Trade Council"},
	},
	{
		name: "the speaker's own country among those the officials come from",
		text: "Norway's Finance Minister Anton Kovac met officials from Norway and Kenya on Tuesday.",
		want: []string{"MEETING/HAPPENED: participant=Anton Kovac; participant=Kenya"},
		not:  []string{"participant=Norway"},
	},
	{
		name: "will meet representatives from two countries",
		text: "Fisheries Minister Eva Strand will meet representatives from Iceland and Greenland next week.",
		want: []string{"MEETING/PLANNED: participant=Eva Strand; participant=Greenland; participant=Iceland"},
		not:  []string{"VISIT"},
	},
	{
		name: "students from a country are no side",
		text: "Finance Minister Anton Kovac met students from Kenya on Tuesday.",
		not:  []string{"participant=Kenya"},
	},
	{
		name: "a letter from a country is no meeting",
		text: "Finance Minister Anton Kovac received a letter from Kenya on Tuesday.",
		not:  []string{"MEETING"},
	},
	{
		name: "a target met is no meeting",
		text: "Finance Minister Anton Kovac said Kenya met the target for exports this year.",
		not:  []string{"MEETING"},
	},
}

func TestWordingOfficialsFrom(t *testing.T) { runWording(t, officialsFromCases) }
