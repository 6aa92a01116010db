package extract

import (
	"context"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph"
)

// topicBetweenCases are invented sentences whose agreement names its
// subject before its sides ("an agreement on X between A and B"), which the
// parser hangs on the subject.
var topicBetweenCases = []wordingCase{
	{
		name: "the sides after the subject of the agreement are its sides",
		text: "Officials signed an agreement on investment protection between Norway and Ghana on Friday.",
		want: []string{"AGREEMENT/HAPPENED: party=Ghana; party=Norway"},
	},
	{
		name: "the sides after a subject with its own of-phrase are the agreement's",
		text: "Officials said a deal for the supply of wheat between Chad and Oman was signed last week.",
		want: []string{"AGREEMENT/HAPPENED: party=Chad; party=Oman"},
	},
}

func TestWordingAgreeTopicBetween(t *testing.T) { runWording(t, topicBetweenCases) }

// TestAgreeSidesNoVenue: the sides of "an accord on X between A and B" are
// not the place it is signed in.
func TestAgreeSidesNoVenue(t *testing.T) {
	text := "The two countries will sign an accord on the avoidance of double taxation between Peru and Tonga."
	ex, err := extractor(t).Extract(context.Background(), newsgraph.Document{ID: "sides", Text: text, Published: time.Date(2020, 3, 3, 0, 0, 0, 0, time.UTC)}, nil)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, ev := range ex.Events {
		if ev.Type == newsgraph.Agreement {
			n++
			if ev.Location != "" {
				t.Errorf("agreement placed at %q: %q", ev.Location, eventKeys(ex))
			}
		}
	}
	if n == 0 {
		t.Errorf("no agreement: %q", eventKeys(ex))
	}
}
