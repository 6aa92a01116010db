package graph_test

import (
	"bytes"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// A kept answer is the graph's answer only until the graph changes: every
// write and decision between two identical questions shows in the second
// answer.
func TestResponseCacheFollowsWrites(t *testing.T) {
	s := newServer(t, graph.Config{})
	const q = `query($p: String) { meetings(person: $p) { totalCount nodes { start } } }`
	vars := map[string]any{"p": "Tanabe"}
	count := func() int {
		var out struct{ Meetings struct{ TotalCount int } }
		s.must(q, vars, &out)
		return out.Meetings.TotalCount
	}
	if n, again := count(), count(); n != 2 || again != 2 {
		t.Fatalf("Tanabe's meetings: %d, then %d; want 2 both times", n, again)
	}
	s.ingest("a6") // Tanabe meets Olsen again, in September
	if n := count(); n != 3 {
		t.Fatalf("after a document with one more meeting of Tanabe: %d meetings, want 3", n)
	}
	s.must(`mutation { deleteDocument(id: "a6") { deleted } }`, nil, nil)
	if n := count(); n != 2 {
		t.Fatalf("after deleting that document: %d meetings, want 2", n)
	}

	const name = `query($id: ID!) { entity(id: $id) { name } }`
	id := map[string]any{"id": entityID("Aiko Tanabe")}
	var before, after struct{ Entity struct{ Name string } }
	s.must(name, id, &before)
	s.must(`mutation($id: ID!) { renameEntity(entity: $id, name: "Aiko Tanabe-Holm") { id } }`, map[string]any{"id": entityID("Aiko Tanabe")}, nil)
	s.must(name, id, &after)
	if before.Entity.Name != "Aiko Tanabe" || after.Entity.Name != "Aiko Tanabe-Holm" {
		t.Fatalf("entity name before and after a rename: %q, %q", before.Entity.Name, after.Entity.Name)
	}

	// The same query with other variables is another question.
	vars = map[string]any{"p": "Voss"}
	if n := count(); n != 1 {
		t.Fatalf("Voss's meetings: %d, want 1", n)
	}
}

// The same question again between writes is answered without building the
// answer again: a small fraction of the allocations.
func TestResponseCacheAnswersRepeats(t *testing.T) {
	s := newServer(t, graph.Config{})
	computed := graph.New(graph.Config{Store: s.store, Ingester: fixtureIngester{store: s.store}, ResponseCacheBytes: -1})
	body, _ := json.Marshal(map[string]any{"query": `{ events(first: 20) { nodes { id type start participants { entity { name } } location { name } } } }`})
	allocs := func(h http.Handler) (float64, string) {
		var answer string
		n := testing.AllocsPerRun(20, func() {
			req := httptest.NewRequest(http.MethodPost, "/graphql", bytes.NewReader(body))
			req.Header.Set("Content-Type", "application/json")
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, req)
			answer = rec.Body.String()
		})
		return n, answer
	}
	slow, want := allocs(computed)
	fast, got := allocs(s.handler)
	if got != want {
		t.Fatalf("kept answer %s\ndiffers from the computed one %s", got, want)
	}
	if fast*4 > slow {
		t.Errorf("a repeated question took %.0f allocations, computing it %.0f: want a quarter or less", fast, slow)
	}
}
