package extract

import "testing"

// bodySessionCases tell the session of one body as itself through its
// members or a description of it: the body alone takes part.
var bodySessionCases = []wordingCase{
	{
		name: "a body's members before the session noun, read as a compound",
		text: "Bond traders are watching for the result of the Baltic Grain Council trade ministers meeting in Riga on Friday.",
		want: []string{"MEETING: participant=Baltic Grain Council"},
	},
	{
		name: "a body's members owning the session noun with a bare apostrophe",
		text: "Analysts expect little from the Baltic Grain Council trade ministers' meeting in Riga next week.",
		want: []string{"MEETING: participant=Baltic Grain Council"},
	},
	{
		name: "a description whose noun the body's name holds owns the session, an adjective between",
		text: "The Group of Twelve named a new head on Monday. Staff are writing papers for the group's ministerial conference on Friday.",
		want: []string{"MEETING: participant=Group of Twelve"},
	},
	{
		name: "a firm's description owns no body's session",
		text: "The Baltic Grain Council approved the merger of Halden Foods. The company's annual meeting is on Friday.",
		not:  []string{"Baltic Grain Council"},
	},
	{
		name: "a summit a trip is for, the phrase hung on a noun in the trip's clause, is the traveller's purpose",
		text: "Minister Joan Prell visited Riga in May for a Baltic Grain Council summit.",
		not:  []string{"Baltic Grain Council"},
	},
	{
		name: "a firm's directors meeting is no body's session",
		text: "The Halden Group finance directors meeting ended on Friday.",
		not:  []string{"Halden"},
	},
	{
		name: "a participle set off after a body's organ, the possessor on the organ's compound",
		text: "The Baltic Grain Council's executive board, meeting in Riga on Monday, approved the budget.",
		want: []string{"MEETING: participant=Baltic Grain Council"},
	},
	{
		name: "a participle set off after the organ of a body a description names",
		text: "The Group of Twelve faces a budget gap. The group's policy board of directors, meeting in Vienna before the yearly session, put off any decision.",
		want: []string{"MEETING: participant=Group of Twelve"},
	},
}

func TestWordingBodySessions(t *testing.T) { runWording(t, bodySessionCases) }

// namedEventCases own a thing by a bare apostrophe: the owner is no
// participant of the verb the thing is the object of.
var namedEventCases = []wordingCase{
	{
		name: "a player's cross met at the far post is no meeting with the player",
		text: "Kasimir Rohl scored the second goal when he met Tomas Jurgis' cross at the far post.",
		not:  []string{"MEETING"},
	},
}

func TestWordingNamedEvents(t *testing.T) { runWording(t, namedEventCases) }
