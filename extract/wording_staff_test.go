package extract

import "testing"

var staffTitleCases = []wordingCase{
	{
		name:   "a chief of staff's title is no part of the name",
		text:   "Presidential Chief of Staff Tomas Brek met Senator Ana Holm in Lima on Monday.",
		want:   []string{"MEETING/HAPPENED: participant=Ana Holm; participant=Tomas Brek"},
		absent: []string{"Staff Tomas Brek"},
	},
}

func TestWordingStaffTitle(t *testing.T) { runWording(t, staffTitleCases) }
