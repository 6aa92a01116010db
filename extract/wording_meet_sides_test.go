package extract

import "testing"

// meetListCases tell a meeting of three or more sides in one list: a
// plural office before its holders' names, or a summit "of" a list of
// countries. One joint meeting holds every side.
var meetListCases = []wordingCase{
	{
		name: "a plural office before a list of three names holds all three",
		text: "SALZBURG, May 6 - Presidents Orsolya Vanek, Teodor Brask and Lina Okafor met in Salzburg on Tuesday to talk about river traffic.",
		want: []string{"MEETING: participant=Lina Okafor; participant=Orsolya Vanek; participant=Teodor Brask"},
	},
	{
		name: "a lower-case plural office before two names",
		text: "Finance ministers Orsolya Vanek and Teodor Brask will meet in Graz next week about the shared budget.",
		want: []string{"MEETING: participant=Orsolya Vanek; participant=Teodor Brask"},
	},
	{
		name: "a summit of three countries named in a list is theirs, the middle one too",
		text: "SALZBURG, May 6 - A three-way summit of Austria, Hungary and Slovakia is to take place in Salzburg in June, diplomats said.",
		want: []string{"MEETING: participant=Austria; participant=Hungary; participant=Slovakia"},
	},
}

func TestWordingMeetLists(t *testing.T) { runWording(t, meetListCases) }
