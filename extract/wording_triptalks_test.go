package extract

import "testing"

// tripPurposeCases are invented sentences of trips and stays whose purpose
// is talks with a place's officials, unnamed: the travellers meet the
// government of each country they go to.
var tripPurposeCases = []wordingCase{
	{
		name: "two travellers, three countries, for talks with government leaders",
		text: "Foreign Minister Anna Berg and Trade Minister Lars Holm will travel to Norway, Chile and Kenya this week for talks with government leaders.",
		want: []string{"MEETING/PLANNED: participant=Anna Berg; participant=Lars Holm; participant=Norway", "MEETING/PLANNED: participant=Anna Berg; participant=Chile; participant=Lars Holm", "MEETING/PLANNED: participant=Anna Berg; participant=Kenya; participant=Lars Holm"},
	},
	{
		name: "a tour of two countries to confer with officials there",
		text: "Finance Minister Rosa Quintero will tour Peru and Bolivia to confer with officials there.",
		want: []string{"MEETING/PLANNED: participant=Peru; participant=Rosa Quintero", "MEETING/PLANNED: participant=Bolivia; participant=Rosa Quintero"},
	},
	{
		name: "flying to a city to hold talks with officials: its country",
		text: "Energy Minister Tomas Varga flew to Lima on Monday to hold talks with senior officials.",
		want: []string{"MEETING/HAPPENED: participant=Peru; participant=Tomas Varga"},
	},
	{
		name: "going to two capitals for talks with ministers",
		text: "Deputy Premier Ivan Petrov went to Quito and Bogota last week for talks with ministers.",
		want: []string{"MEETING/HAPPENED: participant=Ecuador; participant=Ivan Petrov", "MEETING/HAPPENED: participant=Colombia; participant=Ivan Petrov"},
	},
	{
		name: "days spent in a capital holding talks with federal officials",
		text: "Trade Minister Erik Lindqvist spent three days in Ottawa holding talks with federal officials.",
		want: []string{"MEETING/HAPPENED: participant=Canada; participant=Erik Lindqvist"},
	},
	{
		name: "a week spent in a capital meeting officials",
		text: "Health Minister Dora Kallas spent a week in Nairobi meeting government officials.",
		want: []string{"MEETING/HAPPENED: participant=Dora Kallas; participant=Kenya"},
	},
	{
		name: "travel to a country to talk to its officials",
		text: "Farm Minister Piet Claes will travel to Ghana next month to talk to officials there.",
		want: []string{"MEETING/PLANNED: participant=Ghana; participant=Piet Claes"},
	},
	{
		name: "a visit to three countries to meet their leaders",
		text: "President Rui Almada will visit Senegal, Mali and Niger to meet government leaders.",
		want: []string{"MEETING/PLANNED: participant=Rui Almada; participant=Senegal", "MEETING/PLANNED: participant=Mali; participant=Rui Almada", "MEETING/PLANNED: participant=Niger; participant=Rui Almada"},
	},
	{
		name: "a trip for a holiday meets no one",
		text: "Prime Minister Jonas Falk travelled to Rome for a holiday.",
		not:  []string{"MEETING"},
	},
	{
		name: "a trip to see bankers meets no government",
		text: "Trade Minister Erik Lindqvist spent two days in Zurich meeting bankers.",
		not:  []string{"participant=Switzerland"},
	},
	{
		name: "talks with officials ruled out",
		text: "Talks with officials were ruled out by Prime Minister Jonas Falk during his trip to Norway.",
		not:  []string{"MEETING"},
	},
	{
		name: "a trip to talk to union leaders meets no government",
		text: "Labour Minister Ana Ferro will travel to Chile to talk to union leaders.",
		not:  []string{"participant=Chile"},
	},
	{
		name: "speaking to reporters on a trip meets no one",
		text: "Prime Minister Jonas Falk flew to Oslo on Monday and spoke to reporters.",
		not:  []string{"MEETING"},
	},
}

func TestWordingTripPurpose(t *testing.T) { runWording(t, tripPurposeCases) }

// talkToCases are invented sentences of talking to a side, named or
// told by the nationality of its people.
var talkToCases = []wordingCase{
	{
		name: "hoping to travel to talk to officials of two nationalities",
		text: "Trade Minister Erik Lindqvist hopes to travel next month to talk to Mexican and Peruvian officials.",
		want: []string{"MEETING/PLANNED: participant=Erik Lindqvist; participant=Mexico; participant=Peru"},
	},
	{
		name: "talked to ministers of a nationality",
		text: "Prime Minister Jonas Falk talked to Swedish ministers on Tuesday.",
		want: []string{"MEETING/HAPPENED: participant=Jonas Falk; participant=Sweden"},
	},
	{
		name: "talked to a named person",
		text: "Foreign Minister Anna Berg talked to President Maria Ortiz in Lima on Tuesday.",
		want: []string{"MEETING/HAPPENED: participant=Anna Berg; participant=Maria Ortiz"},
	},
	{
		name: "will talk to officials of two nationalities",
		text: "Prime Minister Jonas Falk will talk to Mexican and Peruvian officials next month.",
		want: []string{"MEETING/PLANNED: participant=Jonas Falk; participant=Mexico; participant=Peru"},
	},
	{
		name: "held talks with ministers of a nationality",
		text: "Prime Minister Jonas Falk held talks with Swedish ministers on Tuesday.",
		want: []string{"MEETING/HAPPENED: participant=Jonas Falk; participant=Sweden"},
	},
	{
		name: "talking to a named body",
		text: "Kestrel Corp has been talking to Baltic Steel about a merger.",
		want: []string{"MEETING: participant=Baltic Steel; participant=Kestrel Corp"},
	},
	{
		name: "talked to reporters: the press, no meeting",
		text: "Prime Minister Jonas Falk talked to reporters in Rome on Tuesday.",
		not:  []string{"MEETING"},
	},
	{
		name: "spoke to reporters: no meeting",
		text: "Prime Minister Jonas Falk spoke to reporters in Rome.",
		not:  []string{"MEETING"},
	},
	{
		name: "talked to the press",
		text: "Foreign Minister Anna Berg talked to the press after the vote.",
		not:  []string{"MEETING"},
	},
}

func TestWordingTalkTo(t *testing.T) { runWording(t, talkToCases) }

// courtesyCases are invented courtesy calls: each one called on meets the
// caller.
var courtesyCases = []wordingCase{
	{
		name: "paid a call on a titled person",
		text: "Prime Minister Jonas Falk paid a call on President Maria Ortiz on Tuesday.",
		want: []string{"MEETING/HAPPENED: participant=Jonas Falk; participant=Maria Ortiz"},
	},
	{
		name: "paid a courtesy call to each of two",
		text: "Prime Minister Jonas Falk paid a courtesy call to President Maria Ortiz and to Prime Minister Pedro Sanz.",
		want: []string{"MEETING/HAPPENED: participant=Jonas Falk; participant=Maria Ortiz", "MEETING/HAPPENED: participant=Jonas Falk; participant=Pedro Sanz"},
	},
	{
		name: "paid his respects to a king",
		text: "Prime Minister Jonas Falk paid his respects to King Harald Olsen on Tuesday.",
		want: []string{"MEETING/HAPPENED: participant=Harald Olsen; participant=Jonas Falk"},
	},
	{
		name: "will pay a call on a governor",
		text: "Trade Minister Naresh Kumar Rao will pay a call on Governor Julio Benitez on Friday.",
		want: []string{"MEETING/PLANNED: participant=Julio Benitez; participant=Naresh Kumar Rao"},
	},
	{
		name: "called on the prime minister",
		text: "Prime Minister Jonas Falk called on the prime minister, Pedro Sanz, on Tuesday.",
		want: []string{"MEETING/HAPPENED: participant=Jonas Falk; participant=Pedro Sanz"},
	},
	{
		name: "paid their respects to a president",
		text: "Senator Lucia Moreno and Senator Hugo Paz paid their respects to President Maria Ortiz at the palace.",
		want: []string{"MEETING/HAPPENED: participant=Hugo Paz; participant=Lucia Moreno; participant=Maria Ortiz"},
	},
	{
		name: "paid a courtesy call on a minister",
		text: "Ambassador Kenji Arai paid a courtesy call on Foreign Minister Anna Berg on Monday.",
		want: []string{"MEETING/HAPPENED: participant=Anna Berg; participant=Kenji Arai"},
	},
	{
		name: "paying respects to two in turn",
		text: "Envoy Sami Khoury is paying his respects to King Harald Olsen and to Prime Minister Pedro Sanz this week.",
		want: []string{"MEETING: participant=Harald Olsen; participant=Sami Khoury", "MEETING: participant=Pedro Sanz; participant=Sami Khoury"},
	},
	{
		name: "called on the government to act: a demand",
		text: "Prime Minister Jonas Falk called on the government to act.",
		not:  []string{"MEETING"},
	},
	{
		name: "called on voters: a demand",
		text: "Prime Minister Jonas Falk called on voters to back the plan.",
		not:  []string{"MEETING"},
	},
	{
		name: "last respects to the dead",
		text: "Prime Minister Jonas Falk paid his last respects to President Maria Ortiz at her funeral.",
		not:  []string{"MEETING"},
	},
	{
		name: "respects paid to the victims",
		text: "Prime Minister Jonas Falk paid his respects to the victims of the flood.",
		not:  []string{"MEETING"},
	},
	{
		name: "made a call to a person: a telephone",
		text: "Prime Minister Jonas Falk made a call to President Maria Ortiz on Tuesday.",
		not:  []string{"MEETING"},
	},
}

func TestWordingCourtesy(t *testing.T) { runWording(t, courtesyCases) }
