package extract

import "testing"

// TestHostedMealAgents: "was hosted to dinner by X" — the parser hangs the
// "by" phrase (and the day after it) on the meal; the host is the passive
// verb's agent, so guest and host met, on that day.
func TestHostedMealAgents(t *testing.T) { runWording(t, hostedMealCases) }

var hostedMealCases = []wordingCase{
	{
		name: "hosted to dinner by a president, on a weekday",
		text: "President Luis Mora was hosted to dinner by President Anibal Cruz on Monday.",
		want: []string{"MEETING/HAPPENED: participant=Anibal Cruz; participant=Luis Mora"},
	},
	{
		name: "hosted for lunch by a king, at a palace",
		text: "Prime Minister Ewa Lind was hosted for lunch by King Harald at the palace in Oslo.",
		want: []string{"MEETING/HAPPENED: participant=Ewa Lind; participant=Harald"},
	},
	{
		name: "an apposition names the guest",
		text: "The Vietnamese leader, Tran Van Long, was hosted to a state banquet by President Anibal Cruz.",
		want: []string{"MEETING/HAPPENED: participant=Anibal Cruz; participant=Tran Van Long"},
	},
	{
		name: "a body hosts",
		text: "Trade Minister Kofi Mensah was hosted to breakfast by the Lagos Chamber of Commerce.",
		want: []string{"MEETING/HAPPENED: participant=Kofi Mensah; participant=Lagos Chamber of Commerce"},
	},
	{
		name: "received at a reception",
		text: "Foreign Minister Dana Holt was received at a reception by Mayor Pietro Conti.",
		want: []string{"MEETING/HAPPENED: participant=Dana Holt; participant=Pietro Conti"},
	},
	{
		name: "planned",
		text: "Chancellor Greta Falk will be hosted to dinner by Prime Minister Jan Novak on Thursday.",
		want: []string{"MEETING/PLANNED: participant=Greta Falk; participant=Jan Novak"},
	},
	{
		name: "two guests, one joint meal",
		text: "Ministers Sara Berg and Omar Haddad were hosted to lunch by Governor Lena Voss.",
		want: []string{"MEETING: participant=Lena Voss; participant=Omar Haddad; participant=Sara Berg"},
	},
	{
		name: "welcomed at a dinner",
		text: "Premier Ruth Ayala was welcomed at a dinner by President Anibal Cruz in Asuncion.",
		want: []string{"MEETING/HAPPENED: participant=Anibal Cruz; participant=Ruth Ayala"},
	},
	{
		name: "a meal hosted by one, no guest named, is no meeting",
		text: "The dinner was hosted by Mayor Pietro Conti.",
		not:  []string{"MEETING"},
	},
	{
		name: "a book's author is no host",
		text: "The novel was written by Ines Barros and published by Hale Press.",
		not:  []string{"MEETING"},
	},
	{
		name: "a dinner cooked by a chef is no meeting",
		text: "Guests were served a dinner prepared by chef Marco Bellini.",
		not:  []string{"MEETING"},
	},
}
