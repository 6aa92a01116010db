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

// synthetic fills a memory store with docs documents, each naming four of
// people people at one of places places, with one meeting of two of them:
// enough to see how search and paging grow with the graph.
func synthetic(b *testing.B, docs, people, places int) *server {
	ctx := context.Background()
	st, err := store.Open(ctx, "memory://")
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { st.Close() })
	name := func(kind string, i int) string {
		return fmt.Sprintf("%s %c%c%c", kind, 'A'+i%26, 'a'+i/26%26, 'a'+i/676%26)
	}
	for d := range docs {
		var text strings.Builder
		x := &newsgraph.Extraction{Document: newsgraph.Document{ID: newsgraph.DocumentID(fmt.Sprintf("d%05d", d))}}
		var ids []newsgraph.EntityID
		add := func(t newsgraph.EntityType, n string) {
			start := text.Len()
			text.WriteString(n + " ")
			id := newsgraph.NewEntityID(t, n)
			ids = append(ids, id)
			ev := newsgraph.Evidence{Document: x.Document.ID, Span: newsgraph.Span{Start: start, End: start + len(n)}}
			x.Mentions = append(x.Mentions, newsgraph.Mention{Entity: id, Text: n, Type: t, Evidence: ev})
			x.Entities = append(x.Entities, newsgraph.Entity{ID: id, Name: n, Type: t, Aliases: []string{n}, Mentions: 1})
		}
		for k := range 4 {
			add(newsgraph.Person, name("Person", (d*7+k*13)%people))
		}
		add(newsgraph.GPE, name("City", d%places))
		x.Document.Text = text.String()
		x.Sentences = []newsgraph.Span{{Start: 0, End: text.Len()}}
		x.Events = []newsgraph.Event{{
			ID: newsgraph.NewEventID(newsgraph.Meeting, string(x.Document.ID)), Type: newsgraph.Meeting, Status: newsgraph.Happened,
			Start: fmt.Sprintf("2025-%02d-%02d", 1+d%12, 1+d%28), Participants: []newsgraph.Participant{
				{Role: newsgraph.RoleParticipant, Entity: ids[0]}, {Role: newsgraph.RoleParticipant, Entity: ids[1]}},
			Location: ids[4], Sources: []newsgraph.Evidence{{Document: x.Document.ID, Span: x.Sentences[0]}},
		}}
		if err := st.Put(ctx, x); err != nil {
			b.Fatal(err)
		}
	}
	return &server{t: b, store: st, handler: graph.New(graph.Config{Store: st, Ingester: fixtureIngester{store: st}})}
}

// BenchmarkLargeGraph measures, on 1,000 documents (about 1,000 people, 100
// places, 1,000 meetings), a typo search, a page of score.py's entity query,
// and the meetings of one person.
func BenchmarkLargeGraph(b *testing.B) {
	s := synthetic(b, 1000, 1000, 100)
	for _, c := range []struct {
		name, query string
		vars        map[string]any
	}{
		{"search-typo", `{ entities(filter: {name: "Prenos Baa"}) { totalCount nodes { id } } }`, nil},
		{"entities-page", scoreEntities, nil},
		{"events-page", scoreEvents, map[string]any{"type": "MEETING"}},
		{"meetings-of", `{ meetings(person: "Person Baa") { totalCount nodes { start participants { entity { name } } location { name } } } }`, nil},
	} {
		b.Run(c.name, func(b *testing.B) {
			for b.Loop() {
				if r := s.query(c.query, c.vars); len(r.Errors) > 0 {
					b.Fatal(r.Errors)
				}
			}
		})
	}
}

// BenchmarkServedQueries sends bench-scale's meetings and events queries
// (cmd/newsgraph's serveFigures), as bytes, through the real handler over
// 2,000 documents in which each of 60 people takes part in about 60
// meetings: the server's own work and allocations per request, apart from
// any client's, with the response cache ("cached": the same question
// again between writes) and without it ("computed"). Run it with
// -benchmem: allocs/op does not move with the machine's load, as the
// latencies of a shared machine do.
func BenchmarkServedQueries(b *testing.B) {
	s := synthetic(b, 2000, 60, 100)
	hub := newsgraph.NewEntityID(newsgraph.Person, "Person Baa")
	handlers := map[string]http.Handler{
		"cached":   s.handler,
		"computed": graph.New(graph.Config{Store: s.store, Ingester: fixtureIngester{store: s.store}, ResponseCacheBytes: -1}),
	}
	for _, c := range []struct{ name, query string }{
		{"meetings", fmt.Sprintf(`{ meetings(person: %q, first: 20) { totalCount nodes { id start participants { entity { name } } } } }`, hub)},
		{"events", `{ events(first: 20) { nodes { id type start participants { entity { name } } location { name } } } }`},
	} {
		body, _ := json.Marshal(map[string]any{"query": c.query})
		for _, h := range []string{"computed", "cached"} {
			b.Run(c.name+"-"+h, func(b *testing.B) {
				for b.Loop() {
					req := httptest.NewRequest(http.MethodPost, "/graphql", bytes.NewReader(body))
					req.Header.Set("Content-Type", "application/json")
					rec := httptest.NewRecorder()
					handlers[h].ServeHTTP(rec, req)
					if rec.Code != http.StatusOK || bytes.Contains(rec.Body.Bytes(), []byte(`"errors"`)) {
						b.Fatalf("%d %s", rec.Code, rec.Body)
					}
				}
			})
		}
	}
}
