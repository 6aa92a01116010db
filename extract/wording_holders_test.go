package extract

import "testing"

// holdersCases: a firm's shareholders' or board meeting is the firm's own
// sitting, with no counterpart: no meeting.
var holdersCases = []wordingCase{
	{
		name: "an owners' meeting after an article, no owner named: the story's firm",
		text: "Kelmar Shipping swung to a loss in the quarter. Its payout was trimmed at a special stockholders meeting last Tuesday.",
		not:  []string{"MEETING"},
	},
	{
		name: "a firm's possessed owners' meeting, with an apostrophe after the plural",
		text: "Voss Minerals' annual stockholders' meeting will be held in Tarnby on May 20.",
		not:  []string{"MEETING"},
	},
	{
		name: "owners who approve a plan at their meeting",
		text: "Brennic Foods said its shareholders backed the sale at a special shareholders meeting on Monday.",
		not:  []string{"MEETING"},
	},
}

func TestWordingHolders(t *testing.T) { runWording(t, holdersCases) }

// actingAtSessionCases: an assembly that acts at a session, with no one
// else named there, holds its own meeting.
var actingAtSessionCases = []wordingCase{
	{
		name: "an assembly expected to act at a scheduled session",
		text: "The Pellan Water Council is likely to approve the levy at a session set for Friday.",
		want: []string{"MEETING/PLANNED: participant=Pellan Water Council"},
	},
	{
		name: "an assembly that acted at a session",
		text: "The Ostra Grain Commission raised its export quota at a session in Ruvik on Monday.",
		want: []string{"MEETING/HAPPENED: participant=Ostra Grain Commission"},
	},
	{
		name: "a firm that acts at a session holds none of its own",
		text: "Tarvik Mining will present the plan at a meeting on Friday.",
		not:  []string{"MEETING"},
	},
}

func TestWordingActingAtSession(t *testing.T) { runWording(t, actingAtSessionCases) }
