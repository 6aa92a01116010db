package extract

import (
	"context"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph"
)

// tripStatusCases are invented sentences that tell whether a trip is
// called off, still to come or over, in wordings the parser tends to misread.
var tripStatusCases = []wordingCase{
	{
		name: "a visit called off by a subject set off by commas, dated by what it was planned for",
		text: "The Estonian energy minister, Riho Kask, has called off a visit to Vilnius set for Friday, when he would have opened a power line.",
		want: []string{"VISIT/CANCELLED: destination=Vilnius; visitor=Riho Kask"},
	},
	{
		name: "due to arrive but called off: the arrival is cancelled",
		text: "Gabonese President Paul Ndong was due to arrive in Lome on Monday but cancelled his trip, aides said.",
		want: []string{"VISIT/CANCELLED: destination=Lome; visitor=Paul Ndong"},
		not:  []string{"VISIT/PLANNED"},
	},
	{
		name: "the town of those who report a cancelled trip is not where the trip went",
		text: "Gabonese President Paul Ndong cancelled his trip on Monday, officials in Libreville said.",
		not:  []string{"destination=Libreville"},
	},
	{
		name: "the visit cancelled in a later sentence is the planned one told just before",
		text: "Danish aid minister Ole Krag arrived in Nairobi on Tuesday. Krag had been due to fly on to Kampala on Thursday for talks. The ministry said the visit had been cancelled, but diplomats in Nairobi blamed the unrest.",
		want: []string{"VISIT/CANCELLED: destination=Kampala; visitor=Ole Krag", "VISIT/HAPPENED: destination=Nairobi; visitor=Ole Krag"},
	},
	{
		name: "one back from a trip made it",
		text: "Senator Ruth Alder, back from a trip to Mongolia, said mining deals would follow.",
		want: []string{"VISIT/HAPPENED: destination=Mongolia; visitor=Ruth Alder"},
	},
	{
		name: "one returning from a holiday has had it",
		text: "Goalkeeper Tomas Vrba, returning from his holiday in Croatia, said he was fit.",
		want: []string{"VISIT/HAPPENED: destination=Croatia; visitor=Tomas Vrba"},
	},
}

func TestWordingTripStatus(t *testing.T) { runWording(t, tripStatusCases) }

// TestPlannedForDate: a trip called off takes the day it was planned for,
// told by a participle on its noun.
func TestPlannedForDate(t *testing.T) {
	x := extractor(t)
	pub := time.Date(2026, 11, 3, 0, 0, 0, 0, time.UTC) // a Tuesday
	text := "Riho Kask has called off a visit to Vilnius scheduled for Friday."
	ex, err := x.Extract(context.Background(), newsgraph.Document{ID: "planned", Text: text, Published: pub}, nil)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, ev := range ex.Events {
		k := string(ev.Type) + " " + string(ev.Status) + " " + ev.Start
		if k == "VISIT CANCELLED 2026-11-06" {
			return
		}
		got = append(got, k)
	}
	t.Errorf("no cancelled visit on the Friday; got %q", got)
}
