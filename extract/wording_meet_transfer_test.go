package extract

import "testing"

// meetNamedCases hold a meeting the writer qualifies with a naming clause
// between the verb and the noun: "held what X called useful talks with Y".
var meetNamedCases = []wordingCase{
	{
		name: "had what he termed a meeting",
		text: "Premier Halvard Ruud had what he termed a blunt meeting with Governor Amara Okafor on Tuesday.",
		want: []string{"MEETING/HAPPENED: participant=Amara Okafor; participant=Halvard Ruud"},
	},
	{
		name: "held what others called talks",
		text: "Governor Lena Marsh held what her aides called fruitful talks with Mayor Tobias Kern in Fresno.",
		want: []string{"MEETING: participant=Lena Marsh; participant=Tobias Kern"},
	},
	{
		name: "held what others described as talks",
		text: "Senator Ida Wren held what her office described as cordial talks with Chancellor Olaf Brenner last week.",
		want: []string{"MEETING: participant=Ida Wren; participant=Olaf Brenner"},
	},
	{
		name: "what one called a duty is no event",
		text: "Governor Lena Marsh did what she called her duty to the voters of Fresno.",
		not:  []string{"MEETING"},
	},
}

func TestWordingMeetNamed(t *testing.T) { runWording(t, meetNamedCases) }

// meetAttemptCases meet "in a final attempt" or "a last bid" to do
// something: a try, not a stage of a competition.
var meetAttemptCases = []wordingCase{
	{
		name: "in a final attempt to save a merger",
		text: "Chief Executive Rolf Anders said the boards had given up. Anders met Trade Commissioner Lise Berg in Vienna in May in a final attempt to rescue the merger.",
		want: []string{"MEETING/HAPPENED: participant=Lise Berg; participant=Rolf Anders"},
	},
	{
		name: "in a last bid to end the strike",
		text: "Union leader Paavo Rinne met Employment Minister Katri Salo on Sunday in a last bid to end the dock strike.",
		want: []string{"MEETING/HAPPENED: participant=Katri Salo; participant=Paavo Rinne"},
	},
	{
		name: "a final of a cup is still a match",
		text: "Arsenal could meet Chelsea in the final in May.",
		not:  []string{"MEETING"},
	},
}

func TestWordingMeetAttempt(t *testing.T) { runWording(t, meetAttemptCases) }

// meetTwoCases refer to two people named before as "the two", bare,
// before their verb.
var meetTwoCases = []wordingCase{
	{
		name: "the two met",
		text: "Senator Abel Craig and Governor Ruth Anning have clashed over water rights. The two met for nearly three hours in Sacramento on Monday.",
		want: []string{"MEETING/HAPPENED: participant=Abel Craig; participant=Ruth Anning"},
	},
	{
		name: "the two will meet",
		text: "Coach Ivan Petrov and striker Leo Brandt fell out after the derby. The two will meet in Turin on Friday to settle the row.",
		want: []string{"MEETING/PLANNED: participant=Ivan Petrov; participant=Leo Brandt"},
	},
	{
		name: "the two of the sentence, not the story's most named",
		text: "Chancellor Vera Lindt praised Finance Minister Omar Saleh on Monday. Lindt is due to host President Karl Aho in Graz on June 3, and the two will discuss energy prices.",
		want: []string{"MEETING/PLANNED: participant=Karl Aho; participant=Vera Lindt"},
		not:  []string{"participant=Omar Saleh"},
	},
}

func TestWordingMeetTwo(t *testing.T) { runWording(t, meetTwoCases) }

// meetWithAndWithCases repeat "with" before a second counterpart: each
// is a meeting of its own.
var meetWithAndWithCases = []wordingCase{
	{
		name: "met separately with a union and with a firm",
		text: "Labour Minister Odile Renaud met separately with the Metalworkers Union and with Fenwick Motors on Friday.",
		want: []string{"MEETING: participant=Metalworkers Union; participant=Odile Renaud", "MEETING: participant=Fenwick Motors; participant=Odile Renaud"},
		not:  []string{"participant=Fenwick Motors; participant=Metalworkers Union"},
	},
	{
		name: "met with one on a day and with another the next",
		text: "Mayor Jan Olsen met with Governor Kari Berg on Monday and with Senator Per Lund on Tuesday.",
		want: []string{"MEETING: participant=Jan Olsen; participant=Kari Berg", "MEETING: participant=Jan Olsen; participant=Per Lund"},
		not:  []string{"participant=Kari Berg; participant=Per Lund"},
	},
}

func TestWordingMeetWithAndWith(t *testing.T) { runWording(t, meetWithAndWithCases) }
