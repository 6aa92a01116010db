package extract

import (
	"context"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph"
)

// TestLinkBodiesBySharedShortForm: a body the graph knows by a short form
// (a firm whose ticker an earlier story wrote NRM) is no body of another
// full name sharing that short form ("the National Renewal Movement (NRM)").
func TestLinkBodiesBySharedShortForm(t *testing.T) {
	x := extractor(t)
	g := newMemGraph()
	id := newsgraph.NewEntityID(newsgraph.Organization, "Norvale Rail Management Co")
	g.ents[id] = &newsgraph.Entity{ID: id, Name: "Norvale Rail Management Co", Type: newsgraph.Organization, Mentions: 4}
	g.index(id, "Norvale Rail Management Co")
	g.index(id, "NRM")
	d := newsgraph.Document{ID: "kpl", Published: time.Date(2026, 3, 2, 0, 0, 0, 0, time.UTC),
		Text: "Vote looms in Tallinn\n\nThe National Renewal Movement (NRM) won nine seats on Sunday. NRM leaders met on Monday to plan a coalition.\n"}
	ex, err := x.Extract(context.Background(), d, g)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range ex.Entities {
		if e.ID == id {
			t.Errorf("the movement is linked to %s (%v)", e.Name, e.Aliases)
		}
	}
}
