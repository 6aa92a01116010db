package ingest_test

import (
	"context"
	"testing"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/ingest"
	"github.com/newsgraph/newsgraph/store"
)

// Two documents, two meetings of Ana Reyes and Ben Holt:
//
//	shared: stated by d1 and d2
//	own:    stated by d1 alone
//
// Without(d1) keeps shared with d2's claim only, and drops own.
func TestWithoutHidesTheDocumentsOwnEvents(t *testing.T) {
	ctx := context.Background()
	st, err := store.Open(ctx, "memory://")
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	ana := newsgraph.NewEntityID(newsgraph.Person, "Ana Reyes")
	ben := newsgraph.NewEntityID(newsgraph.Person, "Ben Holt")
	shared := newsgraph.NewEventID(newsgraph.Meeting, "shared")
	own := newsgraph.NewEventID(newsgraph.Meeting, "own")
	put := func(doc newsgraph.DocumentID, events ...newsgraph.EventID) {
		text := "Ana Reyes met Ben Holt."
		ev := newsgraph.Evidence{Document: doc, Span: newsgraph.Span{End: len(text)}, Text: text}
		x := &newsgraph.Extraction{
			Document:  newsgraph.Document{ID: doc, Text: text},
			Sentences: []newsgraph.Span{{End: len(text)}},
			Entities: []newsgraph.Entity{
				{ID: ana, Name: "Ana Reyes", Type: newsgraph.Person, Aliases: []string{"Ana Reyes"}, Mentions: 1},
				{ID: ben, Name: "Ben Holt", Type: newsgraph.Person, Aliases: []string{"Ben Holt"}, Mentions: 1},
			},
		}
		for _, id := range events {
			x.Events = append(x.Events, newsgraph.Event{ID: id, Type: newsgraph.Meeting, Status: newsgraph.Happened, Sources: []newsgraph.Evidence{ev},
				Participants: []newsgraph.Participant{{Role: newsgraph.RoleParticipant, Entity: ana}, {Role: newsgraph.RoleParticipant, Entity: ben}}})
		}
		if err := st.Put(ctx, x); err != nil {
			t.Fatal(err)
		}
	}
	put("d1", shared, own)
	put("d2", shared)
	all, err := st.Events(ctx, []newsgraph.EventID{shared, own})
	if err != nil || len(all) != 2 {
		t.Fatalf("store holds %d events (%v), want 2", len(all), err)
	}
	got, err := ingest.Without(st, "d1").Events(ctx, []newsgraph.EventID{shared, own})
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := got[own]; ok {
		t.Error("an event only d1 states is still visible")
	}
	ev := got[shared]
	if ev == nil {
		t.Fatal("the event d2 also states is gone")
	}
	for _, s := range ev.Sources {
		if s.Document == "d1" {
			t.Error("d1's evidence is still visible")
		}
	}
	for _, c := range ev.Claims {
		if c.Document == "d1" {
			t.Error("d1's claim is still visible")
		}
	}
	if len(all[shared].Sources) != 2 {
		t.Error("Without changed the store's own answer")
	}
}
