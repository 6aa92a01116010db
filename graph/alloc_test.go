package graph_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/store"
)

// What a computed answer allocates grows with its fields and list
// elements, so each must cost little: a leaf field read from its object
// (an event's type) the one value it writes, an element of a list of
// structs (a participant) its field context, what writes it and its own
// fields, without a copy of the struct or a fresh key into gqlgen's
// cache of collected fields (graph/internal/execpatch).
func TestAllocationsPerFieldAndElement(t *testing.T) {
	if raceEnabled {
		t.Skip("the race detector allocates on its own account")
	}
	ctx := context.Background()
	st, err := store.Open(ctx, "memory://")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	// two meetings, of 2 and of 12 people
	meeting := func(doc string, people int) newsgraph.EventID {
		x := &newsgraph.Extraction{Document: newsgraph.Document{ID: newsgraph.DocumentID(doc)}}
		var text strings.Builder
		ev := newsgraph.Event{ID: newsgraph.NewEventID(newsgraph.Meeting, doc), Type: newsgraph.Meeting, Status: newsgraph.Happened}
		for i := range people {
			name := fmt.Sprintf("Velma Quist%c", 'a'+i)
			start := text.Len()
			text.WriteString(name + " ")
			id := newsgraph.NewEntityID(newsgraph.Person, name)
			span := newsgraph.Span{Start: start, End: start + len(name)}
			x.Mentions = append(x.Mentions, newsgraph.Mention{Entity: id, Text: name, Type: newsgraph.Person, Evidence: newsgraph.Evidence{Document: x.Document.ID, Span: span}})
			x.Entities = append(x.Entities, newsgraph.Entity{ID: id, Name: name, Type: newsgraph.Person, Aliases: []string{name}, Mentions: 1})
			ev.Participants = append(ev.Participants, newsgraph.Participant{Role: newsgraph.RoleParticipant, Entity: id})
		}
		x.Document.Text = text.String()
		x.Sentences = []newsgraph.Span{{Start: 0, End: text.Len()}}
		ev.Sources = []newsgraph.Evidence{{Document: x.Document.ID, Span: x.Sentences[0]}}
		x.Events = []newsgraph.Event{ev}
		if err := st.Put(ctx, x); err != nil {
			t.Fatal(err)
		}
		return ev.ID
	}
	small, large := meeting("d1", 2), meeting("d2", 12)
	h := graph.New(graph.Config{Store: st, Ingester: fixtureIngester{store: st}, ResponseCacheBytes: -1})
	allocs := func(query string, id newsgraph.EventID) float64 {
		body, _ := json.Marshal(map[string]any{"query": query, "variables": map[string]any{"id": id}})
		return testing.AllocsPerRun(20, func() {
			req := httptest.NewRequest(http.MethodPost, "/graphql", bytes.NewReader(body))
			req.Header.Set("Content-Type", "application/json")
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, req)
			if rec.Code != http.StatusOK || bytes.Contains(rec.Body.Bytes(), []byte(`"errors"`)) {
				t.Fatalf("%d %s", rec.Code, rec.Body)
			}
		})
	}
	const roles = `query($id: ID!) { event(id: $id) { participants { role } } }`
	const leaves = `query($id: ID!) { event(id: $id) { id type status participants { role } } }`
	perParticipant := (allocs(roles, large) - allocs(roles, small)) / 10
	perLeaf := (allocs(leaves, small) - allocs(roles, small)) / 3
	t.Logf("allocations: %.2f a participant, %.2f a leaf field", perParticipant, perLeaf)
	if perLeaf > 1.5 {
		t.Errorf("a leaf field read from its object: %.2f allocations, want 1 (the value written) and a little (the response growing)", perLeaf)
	}
	// its field context's value, what writes it, its role written
	if perParticipant > 3.5 {
		t.Errorf("a participant with one leaf field: %.2f allocations, want at most 3 and a little (the response growing)", perParticipant)
	}
}
