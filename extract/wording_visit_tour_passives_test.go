package extract

import "testing"

// tourPassiveCases tell a trip noun with "to" and a place, the subject of
// a passive ("X's tour to South Africa was cancelled"), which the parser
// may read as an infinitive with the place its subject: the trip is the
// named visitor's, to the place, with the status the passive tells. A
// place that was itself the subject ("a plan to Kenya was ..."), a trip
// of nobody named and a fixture told by no trip make no visit.
var tourPassiveCases = []wordingCase{
	{
		name: "a team's tour to a country was cancelled",
		text: "Halden Rovers' tour to South Africa was cancelled.",
		want: []string{"VISIT/CANCELLED: destination=South Africa; visitor=Halden Rovers"},
	},
	{
		name: "a team's tour, named by the team, was cancelled for a reason",
		text: "The Halden Rovers tour to Peru was cancelled because of the strike.",
		want: []string{"VISIT/CANCELLED: destination=Peru; visitor=Halden Rovers"},
	},
	{
		name: "a team's trip to a country was called off",
		text: "Halden Rovers' trip to Japan was called off last week.",
		want: []string{"VISIT/CANCELLED: destination=Japan; visitor=Halden Rovers"},
	},
	{
		name: "an orchestra's tour to a country was scrapped",
		text: "The Kestrel Quartet's tour to Argentina was scrapped after the floods.",
		want: []string{"VISIT/CANCELLED: destination=Argentina; visitor=Kestrel Quartet"},
	},
	{
		name: "a minister's trip to a country was postponed",
		text: "Foreign Minister Ana Ruiz's trip to Norway was postponed until June.",
		want: []string{"VISIT/PLANNED: destination=Norway; visitor=Ana Ruiz"},
	},
	{
		name: "a minister's tour to a country was cancelled",
		text: "Ana Ruiz's tour to Chile was cancelled because of the strike.",
		want: []string{"VISIT/CANCELLED: destination=Chile; visitor=Ana Ruiz"},
	},
	{
		name: "a club's tour to a country has been cancelled",
		text: "Marlow Town's tour to New Zealand has been cancelled, the club said.",
		want: []string{"VISIT/CANCELLED: destination=New Zealand; visitor=Marlow Town"},
	},
	{
		name: "a visit of a named president to a country was cancelled",
		text: "President Omar Tabi's visit to Egypt was cancelled on Monday.",
		want: []string{"VISIT/CANCELLED: destination=Egypt; visitor=Omar Tabi"},
	},
	{
		name: "a plan to go somewhere, no trip noun, is no visit",
		text: "The plan to Kenya was cancelled on Monday.",
		not:  []string{"VISIT"},
	},
	{
		name: "a trip of no one named is no visit",
		text: "A trip to Japan was cancelled because of the strike.",
		not:  []string{"VISIT"},
	},
	{
		name: "a match moved to a town is no trip",
		text: "Halden Rovers' match against Marlow Town was moved to Leeds.",
		not:  []string{"VISIT"},
	},
}

func TestWordingVisitTourPassives(t *testing.T) { runWording(t, tourPassiveCases) }
