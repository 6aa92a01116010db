package extract

import (
	"context"
	"slices"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph"
)

// meetUnnamedCases tell a meeting of one named side with a side the story
// only describes by what it is in the bargaining ("union leaders", "the
// striker's agent", "its creditors"): the named side met, alone in the
// record. Not a side named elsewhere, not the press, not two described sides.
var meetUnnamedCases = []wordingCase{
	{
		name: "a private meeting with union figures",
		text: "Transport Secretary Helen Marwick held a private meeting with senior rail union figures last week.",
		want: []string{"MEETING/HAPPENED: participant=Helen Marwick"},
	},
	{
		name: "unions as the subject of talks with a named minister",
		text: "Four teachers' unions will hold talks with Education Minister Paul Darnley at the party's autumn conference in Harrogate.",
		want: []string{"MEETING/PLANNED: participant=Paul Darnley"},
	},
	{
		name: "unions opening the sentence, then one of their meetings told as past",
		text: "Three rail unions will hold talks with Transport Minister Ruth Cawley at the party's congress in Hexham. " +
			"Ms Cawley held a private meeting with union officials on Monday.",
		want: []string{"MEETING/PLANNED: participant=Ruth Cawley", "MEETING/HAPPENED: participant=Ruth Cawley"},
	},
	{
		name: "a player's agent as the object of meet",
		text: "Marco Bellini will meet the midfielder's agent on Friday.",
		want: []string{"MEETING/PLANNED: participant=Marco Bellini"},
	},
	{
		name: "a country's creditors as the object of met",
		text: "Finance Minister Omar Haddad met the country's creditors in Paris on Tuesday.",
		want: []string{"MEETING/HAPPENED: participant=Omar Haddad"},
	},
	{
		name: "reporters are no side one meets",
		text: "Ambassador Carl Lindqvist met reporters in Oslo on Monday.",
		not:  []string{"Carl Lindqvist"},
	},
	{
		name: "the union standing for a body named before is that side, not a side unnamed",
		text: "Talks between the haulage firms and the Federated Drivers Union are stalling, the employers said. " +
			"They said the union had called off talks on overtime pay.",
		not: []string{"MEETING/CANCELLED: participant=Federated Drivers Union"},
	},
	{
		name: "both sides only described is no meeting of the country",
		text: "Kenyan officials are to meet several donor agencies next month over a water scheme.",
		not:  []string{"Denmark"},
	},
}

func TestWordingMeetUnnamed(t *testing.T) { runWording(t, meetUnnamedCases) }

// TestWordingMeetUnnamedNamedAfter: bankers a story names in the next
// sentence are the banks met, no meeting of the governor alone.
func TestWordingMeetUnnamedNamedAfter(t *testing.T) {
	x := extractor(t)
	d := newsgraph.Document{ID: "wording", Text: "Central bank governor Ines Tavora will meet senior bankers here today. " +
		"Tavora will hold talks with Meridian Trust on the credit lines.", Published: time.Date(1999, 4, 14, 0, 0, 0, 0, time.UTC)}
	ex, err := x.Extract(context.Background(), d, nil)
	if err != nil {
		t.Fatal(err)
	}
	keys := eventKeys(ex)
	if !slices.Contains(keys, "MEETING/PLANNED: participant=Ines Tavora; participant=Meridian Trust") {
		t.Errorf("no meeting of the governor and the bank; got %q", keys)
	}
	if slices.Contains(keys, "MEETING/PLANNED: participant=Ines Tavora") {
		t.Errorf("the governor meets the bankers alone; got %q", keys)
	}
}

// meetWeCases: a quoted "we" in talks, said by one who holds an office of a
// named body, is that body.
var meetWeCases = []wordingCase{
	{
		name: "a club officer's quoted we in talks is the club",
		text: `Ferrow Rovers chairman Dilys Marsh said: "We are in talks with Castlebay United but there is no deal yet."`,
		want: []string{"MEETING: participant=Castlebay United; participant=Ferrow Rovers"},
		not:  []string{"Dilys Marsh"},
	},
}

func TestWordingMeetWe(t *testing.T) { runWording(t, meetWeCases) }
