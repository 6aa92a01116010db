package extract

import "testing"

// TestWelcomeForVisitDay: a host who will welcome, host or receive a
// guest "for a visit on DAY" meets the guest on that day: the day told in
// the visit's phrase dates the meeting too.
func TestWelcomeForVisitDay(t *testing.T) { runShared(t, welcomeForVisitCases) }

var welcomeForVisitCases = []sharedCase{
	{
		name: "would welcome for a state visit on a date",
		text: "Officials said President Tomas Ibarra would welcome King Harald for a state visit on May 3.",
		want: []string{"Harald + Tomas Ibarra | PLANNED | | 1999-05-03"},
	},
	{
		name: "will host for an official visit on a weekday",
		text: "Chancellor Greta Falk will host Prime Minister Olav Strand for an official visit on Friday.",
		want: []string{"Greta Falk + Olav Strand | PLANNED | | 1999-04-16"},
	},
	{
		name: "is to receive for talks on a date",
		text: "Premier Joao Ferraz is to receive President Ruth Ayala for a three-day visit on April 20.",
		want: []string{"Joao Ferraz + Ruth Ayala | PLANNED | | 1999-04-20"},
	},
	{
		name: "will welcome for a visit next Tuesday",
		text: "King Harald will welcome President Anibal Cruz for a state visit on Tuesday, the palace said.",
		want: []string{"Anibal Cruz + Harald | PLANNED | | 1999-04-20"},
	},
	{
		name: "plans to host for a working visit",
		text: "Governor Lena Voss plans to host Mayor Pietro Conti for a working visit on June 2.",
		want: []string{"Lena Voss + Pietro Conti | PLANNED | | 1999-06-02"},
	},
	{
		name: "welcomed for a visit on a past day",
		text: "President Ruth Ayala welcomed Chancellor Dieter Brandt for a state visit on Monday.",
		want: []string{"Dieter Brandt + Ruth Ayala | HAPPENED | | 1999-04-12"},
	},
	{
		name: "hosted for a visit on a past date",
		text: "Prime Minister Jan Novak hosted President Tomas Ibarra for an official visit on April 2.",
		want: []string{"Jan Novak + Tomas Ibarra | HAPPENED | | 1999-04-02"},
	},
	{
		name: "will receive for a visit, the date after the visit's place",
		text: "President Anibal Cruz will receive Chancellor Greta Falk for a state visit to Lima on May 12.",
		want: []string{"Anibal Cruz + Greta Falk | PLANNED | | 1999-05-12"},
	},
	{
		name: "welcomed a proposal for a visit",
		text: "President Tomas Ibarra welcomed a proposal for a state visit on May 3.",
		not:  []string{"MEETING"},
	},
	{
		name: "welcomed the news",
		text: "Chancellor Greta Falk welcomed the news of the accord on Friday.",
		not:  []string{"MEETING"},
	},
	{
		name: "hosted a visit by nobody named",
		text: "The city will host a visit by a trade delegation on May 3, Mayor Pietro Conti said.",
		not:  []string{"MEETING/"},
	},
}
