package extract

import "testing"

// meetingWordingCases are invented sentences in the wording of real news
// that state a meeting in a passive, a participle, a cleft, a reporting
// clause or as a body's own gathering.
var meetingWordingCases = []wordingCase{
	{
		name: "talks held between two people in the passive",
		text: "Talks were held between Chancellor Otto Brenn and President Ana Lopes in Vienna on Monday.",
		want: []string{"MEETING: participant=Ana Lopes; participant=Otto Brenn"},
	},
	{
		name: "talks held by two people in a participle clause",
		text: "The proposal, which was discussed at talks held by Otto Brenn and Ana Lopes in March, was later dropped.",
		want: []string{"MEETING: participant=Ana Lopes; participant=Otto Brenn"},
	},
	{
		name: "a meeting chaired by one person alone is no meeting",
		text: "A meeting chaired by Otto Brenn ended without a statement.",
		not:  []string{"MEETING"},
	},
	{
		name: "a cleft's it is no one: the fronted clause's subject met",
		text: "It was in March 2001 when Otto Brenn first met Ana Lopes.",
		want: []string{"MEETING: participant=Ana Lopes; participant=Otto Brenn"},
	},
	{
		name: "a speaker hung inside the quotation still holds the talks",
		text: "\"We will work hard,\" Trade Minister Paolo Ricci said after talks with Ivan Dobrev.",
		want: []string{"MEETING: participant=Ivan Dobrev; participant=Paolo Ricci"},
	},
	{
		name: "a body's ministers meet as the body",
		text: "OPEC ministers meet in Vienna next week to discuss output.",
		want: []string{"MEETING: participant=OPEC"},
	},
	{
		name: "a country's ministers meeting alone is no meeting of two",
		text: "Kenyan ministers met in Nairobi on Monday.",
		not:  []string{"MEETING"},
	},
	{
		name: "the year the meetings took place is their date",
		text: "The initial meetings between Otto Brenn and Ana Lopes took place in 1998.",
		want: []string{"MEETING/HAPPENED: participant=Ana Lopes; participant=Otto Brenn"},
	},
	{
		name: "a cleft with not until and a date as its root",
		text: "It was not until 2003 that Otto Brenn agreed to a meeting.",
		not:  []string{"MEETING"},
	},
}

func TestWordingMeetings(t *testing.T) { runWording(t, meetingWordingCases) }
