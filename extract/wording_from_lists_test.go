package extract

import "testing"

// fromListCases are invented sentences in which someone meets people
// "from" a list of countries ("delegates from Spain, Norway, Malta and
// Greece"): every country of the list is a side. Two countries side by
// side were read as a place and the country it lies in ("Lyon, France"),
// which dropped the second item of a list of three or more, and
// "delegates" was no group whose "from" names its sides. The other way
// round, "met X in Lyon, France, on Monday" made France a side: a country
// after a place inside it, set off by commas, is where the place lies.
var fromListCases = []wordingCase{
	{
		name: "representatives from five countries",
		text: "Markets were calm on Wednesday.\n\nManager Tom Vale and club officials met representatives from Spain, Norway, Malta, Greece and the Faroe Islands on Monday to draw up a calendar.",
		want: []string{"MEETING: participant=Faroe Islands; participant=Greece; participant=Malta; participant=Norway; participant=Spain; participant=Tom Vale"},
	},
	{
		name: "delegates from four countries",
		text: "Markets were calm on Wednesday.\n\nTrade Minister Ana Ortiz met delegates from Chile, Peru, Bolivia and Ecuador in Lima on Monday.",
		want: []string{"MEETING: participant=Ana Ortiz; participant=Bolivia; participant=Chile; participant=Ecuador; participant=Peru"},
	},
	{
		name: "delegates from three countries",
		text: "Markets were calm on Wednesday.\n\nPresident Lars Eid met delegates from Kenya, Uganda and Tanzania on Tuesday.",
		want: []string{"MEETING: participant=Kenya; participant=Lars Eid; participant=Tanzania; participant=Uganda"},
	},
	{
		name: "officials from four countries",
		text: "Markets were calm on Wednesday.\n\nForeign Minister Omar Said met officials from Egypt, Sudan, Libya and Chad in Cairo.",
		want: []string{"MEETING: participant=Chad; participant=Egypt; participant=Libya; participant=Omar Said; participant=Sudan"},
	},
	{
		name: "envoys from three countries, planned",
		text: "Markets were calm on Wednesday.\n\nPrime Minister Aiko Mori will meet envoys from India, Pakistan and Nepal next week.",
		want: []string{"MEETING/PLANNED: participant=Aiko Mori; participant=India; participant=Nepal; participant=Pakistan"},
	},
	{
		name: "negotiators from four countries",
		text: "Markets were calm on Wednesday.\n\nCommissioner Carla Benedetti met negotiators from Brazil, Argentina, Uruguay and Paraguay in Brussels.",
		want: []string{"MEETING: participant=Argentina; participant=Brazil; participant=Carla Benedetti; participant=Paraguay; participant=Uruguay"},
	},
	{
		name: "ministers from five countries",
		text: "Markets were calm on Wednesday.\n\nSecretary Marco Gallo held talks with ministers from Italy, Greece, Cyprus, Malta and Croatia on Friday.",
		want: []string{"MEETING: participant=Croatia; participant=Cyprus; participant=Greece; participant=Italy; participant=Malta; participant=Marco Gallo"},
	},
	{
		name: "diplomats from three countries",
		text: "Markets were calm on Wednesday.\n\nSpeaker Nikos Pappas met diplomats from Norway, Sweden and Finland in Athens.",
		want: []string{"MEETING: participant=Finland; participant=Nikos Pappas; participant=Norway; participant=Sweden"},
	},
	{
		name: "a firm's address is no list",
		text: "Markets were calm on Wednesday.\n\nHarlow Corp and Vance AG of Munich, West Germany, signed a supply deal.",
		want: []string{"AGREEMENT: party=Harlow Corp; party=Vance AG"},
	},
	{
		name: "a city and its country are one place",
		text: "Markets were calm on Wednesday.\n\nTom Vale met Ana Ortiz in Lyon, France, on Monday.",
		want: []string{"MEETING: participant=Ana Ortiz; participant=Tom Vale"},
	},
	{
		name: "a city and its country after two people",
		text: "Markets were calm on Wednesday.\n\nTom Vale met Ana Ortiz and Lars Eid in Oslo, Norway, on Monday.",
		want: []string{"MEETING: participant=Ana Ortiz; participant=Lars Eid; participant=Tom Vale"},
	},
	{
		name: "a city and its country after a signing",
		text: "Markets were calm on Wednesday.\n\nHarlow Corp signed a supply deal with Vance AG in Munich, West Germany, on Friday.",
		want: []string{"AGREEMENT: party=Harlow Corp; party=Vance AG"},
	},
	{
		name: "students from three countries are no sides",
		text: "Markets were calm on Wednesday.\n\nPresident Lars Eid met students from Kenya, Uganda and Tanzania on Tuesday.",
		not:  []string{"participant=Kenya", "participant=Uganda", "participant=Tanzania"},
	},
}

func TestWordingFromLists(t *testing.T) { runWording(t, fromListCases) }
