package extract

import "testing"

// whereBeingCases are invented sentences whose visit is told by a "where"
// clause of being on a place ("reached in Hanoi, where X has been since
// Tuesday"); and "has been in X since Monday" is a stay that has
// begun, not a plan.
var whereBeingCases = []wordingCase{
	{
		name: "where a firm's man has been since Tuesday",
		text: "Markets were calm on Wednesday.\n\nThe deal was reached in Hanoi, where Kestrel chief executive Tom Vale has been since Sunday for talks with Ana Ortiz.",
		want: []string{"VISIT/HAPPENED: destination=Hanoi; visitor=Tom Vale"},
	},
	{
		name: "where a minister has been for two days",
		text: "Markets were calm on Wednesday.\n\nThe accord was signed in Nairobi, where Ugandan Trade Minister Grace Namuli has been for two days of talks with Peter Otieno.",
		want: []string{"VISIT/HAPPENED: destination=Nairobi; visitor=Grace Namuli"},
	},
	{
		name: "where an envoy has been since the weekend",
		text: "Markets were calm on Wednesday.\n\nThe plan was announced in Amman, where U.S. envoy Tom Vale has been since the weekend for talks with King Hassan Nabil.",
		want: []string{"VISIT/HAPPENED: destination=Amman; visitor=Tom Vale"},
	},
	{
		name: "where a president was last week for talks",
		text: "Markets were calm on Wednesday.\n\nThe pact follows talks in Oslo, where Chilean President Ana Ortiz was last week for a meeting with Lars Eid.",
		want: []string{"VISIT/HAPPENED: destination=Oslo; visitor=Ana Ortiz"},
	},
	{
		name: "where a delegation leader has been since Sunday",
		text: "Markets were calm on Wednesday.\n\nThe terms were settled in Geneva, where Kenyan negotiator Peter Otieno has been since Sunday for talks with Omar Said.",
		want: []string{"VISIT/HAPPENED: destination=Geneva; visitor=Peter Otieno"},
	},
	{
		name: "where a foreign minister has been all week",
		text: "Markets were calm on Wednesday.\n\nThe statement was issued in Cairo, where Greek Foreign Minister Nikos Pappas has been all week for talks with Omar Said.",
		want: []string{"VISIT/HAPPENED: destination=Cairo; visitor=Nikos Pappas"},
	},
	{
		name: "has been in a city since Monday for talks",
		text: "Markets were calm on Wednesday.\n\nJapanese Trade Minister Aiko Mori has been in Seoul since Thursday for trade talks with Lee Min.",
		want: []string{"VISIT/HAPPENED: destination=Seoul; visitor=Aiko Mori"},
	},
	{
		name: "has been in a capital since the weekend",
		text: "Markets were calm on Wednesday.\n\nFrench envoy Luc Bain has been in Bamako since the weekend for talks with the junta.",
		want: []string{"VISIT/HAPPENED: destination=Bamako; visitor=Luc Bain"},
	},
	{
		name: "where one was born is no visit",
		text: "Markets were calm on Wednesday.\n\nTom Vale lives in Lima, where he was born.",
		not:  []string{"VISIT"},
	},
	{
		name: "where a firm has been based is no visit",
		text: "Markets were calm on Wednesday.\n\nThe plant is in Lyon, where Harlow Corp has been based since 1990.",
		not:  []string{"VISIT"},
	},
	{
		name: "where the talks were is no visit of no one",
		text: "Markets were calm on Wednesday.\n\nThe accord was signed in Geneva, where the talks were held.",
		not:  []string{"VISIT"},
	},
}

func TestWordingWhereBeing(t *testing.T) { runWording(t, whereBeingCases) }
