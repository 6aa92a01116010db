package extract

import "testing"

// sessionCases are invented sentences in the wording of real news where a
// meeting is named by whose it is rather than by a verb: an assembly's own
// session ("next week's ICGE meeting", "the Council's summit"), talks
// whose partner the parser hung on the place ("talks in Tallinn with X"),
// and the denials and firms' meetings that name no session.
var sessionCases = []wordingCase{
	{
		name: "an acronym body's session dated by a possessive is the body's own meeting, planned",
		text: "The ICGE said output would rise. Grain prices eased ahead of next week's ICGE meeting in Valletta.",
		want: []string{"MEETING/PLANNED: participant=ICGE"},
	},
	{
		name: "a council's summit named by its possessive is the council's own meeting",
		text: "The Baltic Grain Council's summit in Tallinn ended on Tuesday without a deal on quotas.",
		want: []string{"MEETING/HAPPENED: participant=Baltic Grain Council"},
	},
	{
		name: "a firm's annual meeting owned by a common noun is no body's session",
		text: "The Hanseatic Shipping Commission said it had shut down a Kestrana Corp plant. Dale Marrick told the company's annual meeting in Tulsa.",
		not:  []string{"MEETING"},
	},
	{
		name: "a summit a trip is for is the traveller's to attend, no session told on its own",
		text: "Premier Aurelio Baptista flew to Valletta on Monday for the ICGE summit.",
		not:  []string{"participant=ICGE"},
	},
	{
		name: "a session told again after one attendee is the one session",
		text: "The ICGE said output would rise. Premier Aurelio Baptista is attending the ICGE meeting as an observer. Grain prices rose ahead of the ICGE meeting in Valletta on Monday.",
		want: []string{"MEETING: participant=Aurelio Baptista; participant=ICGE"},
		not:  []string{": participant=ICGE"},
	},
	{
		name: "a summit that is the venue of a meeting is told for where that one was",
		text: "The ICGE said output would rise. Premier Aurelio Baptista met Chancellor Gerda Lindqvist on the sidelines of the ICGE summit in Valletta.",
		want: []string{"MEETING/HAPPENED: participant=Aurelio Baptista; participant=Gerda Lindqvist"},
		not:  []string{"participant=ICGE"},
	},
	{
		name: "talks in a city with two bodies, the partners hung on the city by the parser",
		text: "Estonia's talks in Tallinn with the Baltic Grain Council and the Nordic Fisheries Fund ended on Friday.",
		want: []string{"MEETING/HAPPENED: participant=Baltic Grain Council; participant=Estonia; participant=Nordic Fisheries Fund"},
	},
}

func TestWordingSessions(t *testing.T) { runWording(t, sessionCases) }
