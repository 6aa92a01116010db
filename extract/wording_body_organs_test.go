package extract

import "testing"

// bodyModifierCases name one body as the modifier of its own session
// noun: the body alone takes part; a firm's talks or a verb "meeting"
// make no session.
var bodyModifierCases = []wordingCase{
	{
		name: "a body's talks on a topic that broke down",
		text: "Prices slid after Andean Timber Organization talks on log quotas collapsed in Quito on Tuesday.",
		want: []string{"MEETING: participant=Andean Timber Organization"},
	},
	{
		name: "a body's organ's meeting dated by a possessive",
		text: "Officials are drafting papers for next week's Andean Timber Organization executive committee meeting in Lima.",
		want: []string{"MEETING/PLANNED: participant=Andean Timber Organization"},
	},
	{
		name: "a body's general assembly held in a year gone by",
		text: "Delegates still speak of the May 1994 Pacific Rice Council general assembly in Manila.",
		want: []string{"MEETING/HAPPENED: participant=Pacific Rice Council"},
	},
	{
		name: "a body named for the treaty it keeps, with its acronym, before the meeting noun",
		text: "The minister said an informal General Agreement on Fishing and Ports (GAFP) meeting let envoys from 15 states air their grievances.",
		want: []string{"MEETING: participant=General Agreement on Fishing and Ports"},
	},
	{
		name: "a body's talks as a forum for something are no session told",
		text: "Another idea is to put timber debts under Andean Timber Organization talks, officials said.",
		not:  []string{"MEETING"},
	},
	{
		name: "a firm's talks are no session of its own",
		text: "Investors cheered news of Halden Motors talks on a buyout.",
		not:  []string{"MEETING"},
	},
	{
		name: "a body meeting a need holds no session",
		text: "Farmers doubt the Pacific Rice Council is meeting demand for seed.",
		not:  []string{"MEETING"},
	},
	{
		name: "an assembly plant is no assembly",
		text: "The Pacific Rice Council opened a new assembly plant for tractors in Manila.",
		not:  []string{"MEETING"},
	},
}

func TestWordingBodyModifiers(t *testing.T) { runWording(t, bodyModifierCases) }

// bodyOrganRefCases tell a body's session through an organ or its
// members named bare after the story named the body: the session is the
// body's when one body of the story fits, else no one's.
var bodyOrganRefCases = []wordingCase{
	{
		name: "the full council after the body of that name",
		text: "The Pacific Rice Council ended a week of wrangling over quotas. The full council is due to meet on Friday to vote on the plan.",
		want: []string{"MEETING/PLANNED: participant=Pacific Rice Council"},
	},
	{
		name: "a council meeting after the body's council chairman",
		text: "Andean Timber Organization council chairman Rosa Ibarra offered a new plan on Monday. Delegates hope to finish on Friday, the closing day of the two-week council meeting.",
		want: []string{"MEETING: participant=Andean Timber Organization"},
	},
	{
		name: "bare ministers after the body's ministers",
		text: "Andean Timber Organization forestry ministers will meet in Quito on Monday. When ministers met in Lima in March, the talks stalled.",
		want: []string{"MEETING/PLANNED: participant=Andean Timber Organization", "MEETING/HAPPENED: participant=Andean Timber Organization"},
	},
	{
		name: "a country's ministers after the body's ministers are that country's",
		text: "Andean Timber Organization forestry ministers will meet in Quito on Monday. Peruvian ministers met in Lima on Friday to prepare.",
		want: []string{"MEETING/PLANNED: participant=Andean Timber Organization"},
		not:  []string{"MEETING/HAPPENED"},
	},
	{
		name: "ministers with no body told are no one",
		text: "Ministers met in Lima in March to discuss the budget.",
		not:  []string{"MEETING"},
	},
	{
		name: "a committee when two bodies could own it is no one's",
		text: "The Pacific Rice Council and the Andean Timber Organization swapped data. The committee met on Monday.",
		not:  []string{"MEETING"},
	},
	{
		name: "a firm's board is no body in session",
		text: "Halden Motors posted a loss. The board met on Monday to weigh the chief's future.",
		not:  []string{"MEETING"},
	},
}

func TestWordingBodyOrganRefs(t *testing.T) { runWording(t, bodyOrganRefCases) }

// bodyMemberCases tell a body's session through its members as the
// subject of a meeting verb or a light verb with talks.
var bodyMemberCases = []wordingCase{
	{
		name: "the body's ministers resume talks",
		text: "Pacific Rice Council farm ministers will resume talks in Manila tomorrow on the price plan.",
		want: []string{"MEETING/PLANNED: participant=Pacific Rice Council"},
	},
	{
		name: "bare ministers meeting, a participle, after the body's ministers were named",
		text: "Pacific Rice Council farm ministers gathered in Manila on Monday. The body's chairman told ministers meeting there that stocks were high.",
		want: []string{"MEETING: participant=Pacific Rice Council"},
	},
}

func TestWordingBodyMembers(t *testing.T) { runWording(t, bodyMemberCases) }

// oneSideDealCases sign or agree with no counterpart named: the one side
// is the agreement's; an offer or a proposal is none.
var oneSideDealCases = []wordingCase{
	{
		name: "a firm signed a deal to do something, no counterpart named",
		text: "Kestrel Broadcasting has signed a new deal to show the national rugby league for five years.",
		want: []string{"AGREEMENT: party=Kestrel Broadcasting"},
	},
	{
		name: "a firm that offered a deal agreed nothing",
		text: "Kestrel Broadcasting has offered a new deal to show the national rugby league.",
		not:  []string{"AGREEMENT"},
	},
	{
		name: "a body's members agreed to a limit",
		text: "Pacific Rice Council members agreed in May to cut exports by a tenth.",
		want: []string{"AGREEMENT: party=Pacific Rice Council"},
	},
}

func TestWordingOneSideDeals(t *testing.T) { runWording(t, oneSideDealCases) }

// bodyPrepCases prepare for or break off a body's session, with the
// body's name read apart from the noun by the parser.
var bodyPrepCases = []wordingCase{
	{
		name: "talks that prepare a body's committee meeting: the meeting is to be",
		text: "The talks, held in Lima to prepare for next week's Andean Timber Organization finance committee meeting in Quito, ended on Monday.",
		want: []string{"MEETING/PLANNED: participant=Andean Timber Organization"},
	},
	{
		name: "the breakdown of a body's talks",
		text: "Peru has no new export target following last week's breakdown of Andean Timber Organization talks on log quotas, the trade minister said.",
		want: []string{"MEETING: participant=Andean Timber Organization"},
	},
	{
		name: "officials who prepared for a body's meeting: it is to come",
		text: "Officials prepared for the Andean Timber Organization meeting.",
		want: []string{"MEETING/PLANNED: participant=Andean Timber Organization"},
	},
}

func TestWordingBodyPrep(t *testing.T) { runWording(t, bodyPrepCases) }
