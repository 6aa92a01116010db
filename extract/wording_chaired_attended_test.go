package extract

import "testing"

// TestChairedAndAttended: a meeting "chaired by A and attended by B",
// "hosted by A and attended by B" is A's and B's: the agents of both
// participles take part.
func TestChairedAndAttended(t *testing.T) { runShared(t, chairedAttendedCases) }

var chairedAttendedCases = []sharedCase{
	{
		name: "chaired by one and attended by another",
		text: "The meeting, chaired by Foreign Minister Lena Varga and attended by Trade Minister Paul Roy, ended on Friday.",
		want: []string{"Lena Varga + Paul Roy | HAPPENED"},
	},
	{
		name: "hosted by a king and attended by a president",
		text: "The talks, hosted by King Harald and attended by President Tomas Ibarra, ended on Friday.",
		want: []string{"Harald + Tomas Ibarra | HAPPENED"},
	},
	{
		name: "convened by one and attended by two",
		text: "The summit, convened by President Ruth Ayala and attended by Premier Joao Ferraz and Chancellor Greta Falk, closed on Monday.",
		want: []string{"Greta Falk + Joao Ferraz + Ruth Ayala"},
	},
	{
		name: "a conference co-chaired and attended",
		text: "A conference co-chaired by Kenya and attended by Norway opened in Nairobi on Monday.",
		want: []string{"Kenya + Norway"},
	},
	{
		name: "talks held by one and attended by another",
		text: "Talks held by Governor Lena Voss and attended by Mayor Pietro Conti ended in Denver on Tuesday.",
		want: []string{"Lena Voss + Pietro Conti"},
	},
	{
		name: "a meeting chaired and attended, to come",
		text: "The meeting, to be chaired by Prime Minister Jan Novak and attended by Chancellor Dieter Brandt, will open on Friday.",
		want: []string{"Dieter Brandt + Jan Novak"},
	},
	{
		name: "a session chaired by one, attended by a minister",
		text: "The session, chaired by Senator Ines Barros and attended by Minister Kofi Mensah, ended early.",
		want: []string{"Ines Barros + Kofi Mensah"},
	},
	{
		name: "a dinner hosted by one and attended by another",
		text: "The dinner, hosted by President Anibal Cruz and attended by Premier Joao Ferraz, ended late.",
		want: []string{"Anibal Cruz + Joao Ferraz"},
	},
	{
		name: "a report written by one and read by another",
		text: "The report, written by Sara Berg and read by Omar Haddad, was published on Monday.",
		not:  []string{"MEETING"},
	},
	{
		name: "a panel chaired by one and staffed by others",
		text: "The panel, chaired by Judge Marco Bellini and staffed by lawyers, ruled on Friday.",
		not:  []string{"MEETING"},
	},
	{
		name: "a firm founded by one and run by another",
		text: "The firm, founded by Ana Roth and run by Tom Vale, was sold on Monday.",
		not:  []string{"MEETING"},
	},
}
