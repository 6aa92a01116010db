package extract

import "testing"

// TestPastVerbDayYear: a day written without its year belongs to the year
// the event's tense points to, also where the verb stands far from the
// date ("hosted Chancellor X on June 3", told on 1999-04-14, is 1998-06-03);
// the date reader alone looks at the few words next to the date.
func TestPastVerbDayYear(t *testing.T) { runShared(t, pastDayYearCases) }

var pastDayYearCases = []sharedCase{
	{
		name: "hosted, a name between verb and date",
		text: "President Ana Lopes hosted Chancellor Olaf Weber on June 3.",
		want: []string{"Ana Lopes + Olaf Weber | HAPPENED | | 1998-06-03"},
	},
	{
		name: "welcomed with a title phrase",
		text: "Prime Minister Kofi Mensah welcomed Liberian President Grace Tubman on May 20.",
		want: []string{"Grace Tubman + Kofi Mensah | HAPPENED | | 1998-05-20"},
	},
	{
		name: "signed an accord with",
		text: "Trade Minister Ruth Ayala signed an accord with her Chilean counterpart Jorge Mena on September 9.",
		want: []string{"AGREEMENT: Jorge Mena + Ruth Ayala | HAPPENED | | 1998-09-09"},
	},
	{
		name: "held talks with, a long title",
		text: "Foreign Minister Lina Haddad held talks with the visiting Japanese Deputy Foreign Minister Ken Sato on May 2.",
		want: []string{"Ken Sato + Lina Haddad | HAPPENED | | 1998-05-02"},
	},
	{
		name: "perfect, a month",
		text: "Chancellor Olaf Weber has received President Maria Duarte in June.",
		want: []string{"Maria Duarte + Olaf Weber | HAPPENED | | 1998-06"},
	},
	{
		name: "received at the palace",
		text: "King Harald received Prime Minister Ewa Lind at the royal palace on November 30.",
		want: []string{"Ewa Lind + Harald | HAPPENED | | 1998-11-30"},
	},
	{
		name: "a day already past this year stays this year",
		text: "President Ana Lopes hosted Chancellor Olaf Weber on April 2.",
		want: []string{"Ana Lopes + Olaf Weber | HAPPENED | | 1999-04-02"},
	},
	{
		name: "a future verb keeps the coming day",
		text: "President Ana Lopes will host Chancellor Olaf Weber on June 3.",
		want: []string{"Ana Lopes + Olaf Weber | PLANNED | | 1999-06-03"},
	},
	{
		name: "a plan told in the past keeps the coming day",
		text: "President Ana Lopes said she would host Chancellor Olaf Weber on June 3.",
		want: []string{"Ana Lopes + Olaf Weber | PLANNED | | 1999-06-03"},
	},
	{
		name: "agreed to host is a plan",
		text: "President Ana Lopes agreed to host Chancellor Olaf Weber on June 3.",
		want: []string{"Ana Lopes + Olaf Weber | PLANNED | | 1999-06-03"},
	},
	{
		name: "a year written stays",
		text: "President Ana Lopes hosted Chancellor Olaf Weber on June 3, 1999, officials recalled.",
		not:  []string{"1998"},
	},
}
