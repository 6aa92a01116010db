package extract

import "testing"

// groupSideCases tell a side of talks by a group of people named by the
// country or body they are of: "EU and Mercosur negotiators", "the
// Malawian delegation", "the Peruvians". The side is that country or body.
var groupSideCases = []wordingCase{
	{
		name: "a group named by two bodies before it meets as both",
		text: "BRUSSELS, May 6 - NATO and ASEAN officials held talks in Brussels on Monday on maritime patrols.",
		want: []string{"MEETING/HAPPENED: participant=Association of Southeast Asian Nations; participant=NATO"},
	},
	{
		name: "negotiators of two bodies will meet, the bodies the sides",
		text: "EFTA and Mercosur trade negotiators are to meet in Lisbon in June to close the accord.",
		want: []string{"MEETING/PLANNED: participant=EFTA; participant=Mercosur"},
	},
	{
		name: "bodies offered as alternatives are no pair of sides",
		text: "LISBON, May 6 - EU or Mercosur officials could attend the fisheries forum in Lisbon next week.",
		not:  []string{"Mercosur"},
	},
	{
		name: "a people named by its plural goes on for talks as its country",
		text: "LIMA, May 6 - Peru's finance minister Luis Arana held debt talks with British officials in London this week. The Peruvians will go on to Rome on Thursday for talks with the Tarvel Fund.",
		want: []string{"MEETING/PLANNED: participant=Peru; participant=Tarvel Fund", "VISIT/PLANNED: destination=Rome; visitor=Peru"},
	},
	{
		name: "a people met a body after the story named their country",
		text: "Chile and Kestrel Bank agreed a loan on Monday. The Chileans met the Tarvel Fund in Geneva on Tuesday.",
		want: []string{"MEETING/HAPPENED: participant=Chile; participant=Tarvel Fund"},
	},
	{
		name: "a people whose country the story does not name stands for no state",
		text: "The Swiss met the Chileans in Bern on Monday to talk about tennis.",
		not:  []string{"MEETING"},
	},
	{
		name: "bodies' talks stay their own beside a later meeting of one body's officer with a country's leader",
		text: "BRUSSELS, May 6 - NATO and ASEAN officials will meet in Brussels next week to plan joint maritime patrols. NATO deputy secretary general Ann Lee is expected to travel to Jakarta in June, where she will meet Indonesia's president, Budi Harjono, diplomats said.",
		want: []string{"MEETING/PLANNED: participant=Association of Southeast Asian Nations; participant=NATO", "MEETING/PLANNED: participant=Ann Lee; participant=Budi Harjono"},
	},
	{
		name: "a people whose minister the story names goes for talks as its state",
		text: "Ghanaian Finance Minister Kofi Mensah said the loan talks in Bonn had gone well. The Ghanaians will go on to Rome on Friday for talks with the Tarvel Fund.",
		want: []string{"MEETING/PLANNED: participant=Ghana; participant=Tarvel Fund", "VISIT/PLANNED: destination=Rome; visitor=Ghana"},
	},
	{
		name: "a people whose country plays a match is a team, not a state on a visit",
		text: "Italy beat Wales 21-13 on Saturday. Now the Italians travel to Dublin hoping for a first away win.",
		not:  []string{"VISIT"},
	},
}

func TestWordingGroupSides(t *testing.T) { runWording(t, groupSideCases) }
