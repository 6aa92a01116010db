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
	{
		name: "an organ of a body named by the body's acronym meets for the body",
		text: "The ICGE said output would rise. The ICGE executive board will meet on March 31 to discuss quotas.",
		want: []string{"MEETING/PLANNED: participant=ICGE"},
	},
	{
		name: "a committee of a council meets for the council",
		text: "The Baltic Grain Council said output would rise. The Baltic Grain Council committee will meet in May to discuss quotas.",
		want: []string{"MEETING/PLANNED: participant=Baltic Grain Council"},
	},
	{
		name: "a council's member states expected to meet",
		text: "The Baltic Grain Council member states are expected to meet in Riga next week.",
		want: []string{"MEETING/PLANNED: participant=Baltic Grain Council"},
	},
	{
		name: "talks a verb's deed is done at, the parser hanging them on its object",
		text: "Estonia would present a new proposal at talks with Latvia in Riga tomorrow.",
		want: []string{"MEETING/PLANNED: participant=Estonia; participant=Latvia"},
	},
	{
		name: "a summit named by its two sides' surnames",
		text: "Chancellor Gerda Lindqvist praised Premier Aurelio Baptista on Monday. Aides said the Baptista-Lindqvist summit in Porto would go ahead in May.",
		want: []string{"MEETING: participant=Aurelio Baptista; participant=Gerda Lindqvist"},
	},
	{
		name: "talks held as a custom are no one meeting",
		text: "Estonia and Latvia routinely hold talks on fishing quotas in the spring.",
		not:  []string{"MEETING"},
	},
	{
		name: "a meeting held as a custom is no one meeting",
		text: "Premier Aurelio Baptista usually meets Chancellor Gerda Lindqvist in May.",
		not:  []string{"MEETING"},
	},
}

func TestWordingSessions(t *testing.T) { runWording(t, sessionCases) }
