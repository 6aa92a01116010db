package extract

import "testing"

// visitRelativeCases tell a visit in a relative clause set off after the
// visitor's name ("X, who visited Egypt in March, said ..."), however the
// parser reads the clause's verb (as an adjective of the place, at
// times). A relative clause of a place, a visit only hoped for and a
// visitor who is someone else make no visit of the named person.
var visitRelativeCases = []wordingCase{
	{
		name: "a president who visited a country in a month",
		text: "President Omar Tabi, who visited Egypt in March, said talks were going well.",
		want: []string{"VISIT/HAPPENED: destination=Egypt; visitor=Omar Tabi"},
	},
	{
		name: "a minister who visited a country in a month",
		text: "Foreign Minister Lars Berg, who visited Egypt in March, said prices rose.",
		want: []string{"VISIT/HAPPENED: destination=Egypt; visitor=Lars Berg"},
	},
	{
		name: "a name alone who visited a country",
		text: "Omar Tabi, who visited Egypt in March, said talks were going well.",
		want: []string{"VISIT/HAPPENED: destination=Egypt; visitor=Omar Tabi"},
	},
	{
		name: "who visited another country in a month",
		text: "President Omar Tabi, who visited Ghana in March, said talks were going well.",
		want: []string{"VISIT/HAPPENED: destination=Ghana; visitor=Omar Tabi"},
	},
	{
		name: "who will be visiting a country before returning home",
		text: "Prime Minister Erik Lind, who is also due to be touring Chile later in the week, arrived in Lima on Monday.",
		want: []string{"VISIT/PLANNED: destination=Chile; visitor=Erik Lind", "VISIT/HAPPENED: destination=Lima; visitor=Erik Lind"},
	},
	{
		name: "a senator who toured a country last month",
		text: "Senator Ray Holt, who toured Vietnam last month, said the plan would work.",
		want: []string{"VISIT/HAPPENED: destination=Vietnam; visitor=Ray Holt"},
	},
	{
		name: "a minister who is visiting a country this week",
		text: "Minister Ana Ruiz, who is visiting Kenya this week, said aid would rise.",
		want: []string{"VISIT/HAPPENED: destination=Kenya; visitor=Ana Ruiz"},
	},
	{
		name: "a team's trip told by a possessive",
		text: "During their trip to Japan last year, the Kestrel Quartet played twelve concerts.",
		want: []string{"VISIT/HAPPENED: destination=Japan; visitor=Kestrel Quartet"},
	},
	{
		name: "a place that someone visited is no visit of the speaker",
		text: "Lars Berg said Egypt, which Omar Tabi visited in March, would host the talks.",
		not:  []string{"visitor=Lars Berg"},
	},
	{
		name: "a relative clause that visited nothing",
		text: "President Omar Tabi, who ruled Egypt in March, said talks were going well.",
		not:  []string{"VISIT"},
	},
	{
		name: "who hopes to visit a country: no visit yet made",
		text: "President Omar Tabi, who hopes to visit Egypt one day, said talks were going well.",
		not:  []string{"VISIT/HAPPENED"},
	},
}

func TestWordingVisitRelatives(t *testing.T) { runWording(t, visitRelativeCases) }
