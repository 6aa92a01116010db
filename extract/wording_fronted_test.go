package extract

import "testing"

// frontedMeetingCases tell a meeting in a phrase that opens a clause
// with "following" or "after", read as "after" is: the clause's subject
// met the one the phrase names. A "he" after the phrase is the clause's
// speaker, not the one named in the phrase.
var frontedMeetingCases = []wordingCase{
	{
		name: "a sentence that opens with following and talks",
		text: "Following talks with Governor Rasa Venkel, Harbour Minister Idris Okonjo said the port would reopen.",
		want: []string{"MEETING/HAPPENED: participant=Idris Okonjo; participant=Rasa Venkel"},
	},
	{
		name: "following set off after the subject",
		text: "Harbour Minister Idris Okonjo, following a meeting with Governor Rasa Venkel, said the port would reopen.",
		want: []string{"MEETING/HAPPENED: participant=Idris Okonjo; participant=Rasa Venkel"},
	},
	{
		name: "following after a comma closing the clause",
		text: "Harbour Minister Idris Okonjo will brief the press on Friday, following a meeting with Governor Rasa Venkel.",
		want: []string{"MEETING: participant=Idris Okonjo; participant=Rasa Venkel"},
	},
	{
		name: "following after that in a reported clause with a pronoun subject",
		text: "Idris Okonjo, head of the port authority, said that following lengthy meetings with Rasa Venkel, he believed the port would reopen.",
		want: []string{"MEETING/HAPPENED: participant=Idris Okonjo; participant=Rasa Venkel"},
	},
	{
		name: "after in a reported clause with a pronoun subject",
		text: "Idris Okonjo said that after two meetings with Rasa Venkel, he expected the loan to be paid.",
		want: []string{"MEETING/HAPPENED: participant=Idris Okonjo; participant=Rasa Venkel"},
	},
	{
		name: "a lead that opens with the place and no comma before the speaker",
		text: "Rasa Venkel flew home on Friday.\n\nIn Hamburg Jonas Feldmann, head of the port bank, said that following lengthy talks with Venkel, he believed the loan was safe.",
		want: []string{"MEETING/HAPPENED: participant=Jonas Feldmann; participant=Rasa Venkel"},
	},
	{
		name: "the following day is a time, not a phrase of its own",
		text: "The following day Idris Okonjo met Rasa Venkel in the port.",
		want: []string{"MEETING/HAPPENED: participant=Idris Okonjo; participant=Rasa Venkel"},
	},
	{
		name: "following as a verb with a subject of its own makes no meeting",
		text: "Idris Okonjo is following the talks with Rasa Venkel closely.",
		not:  []string{"Idris Okonjo"},
	},
	{
		name: "people following talks are no side of them",
		text: "Traders following the talks with Rasa Venkel said the port would reopen.",
		not:  []string{"Rasa Venkel"},
	},
}

func TestWordingFrontedMeetings(t *testing.T) { runWording(t, frontedMeetingCases) }
