package graph_test

import (
	"bytes"
	"context"
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/store"
)

// foldingStore lists entities as the resolver did before the listing
// index: a blank name search, which folds every entity of the type.
type foldingStore struct{ graph.Store }

func (s foldingStore) ListEntities(ctx context.Context, t newsgraph.EntityType, byName bool) ([]newsgraph.EntityID, error) {
	ms, err := s.SearchEntities(ctx, "", t, byName)
	ids := make([]newsgraph.EntityID, len(ms))
	for i, m := range ms {
		ids[i] = m.Entity.ID
	}
	return ids, err
}

// listingQueries page through listings of every kind the schema offers
// without a name: by type or not, by mentions or by name, forwards and
// backwards.
var listingQueries = []string{
	`{ entities(filter: {type: PERSON}, first: 2) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id name mentionCount } } } }`,
	`{ entities(first: 3) { totalCount nodes { id name type mentionCount aliases roles { title of { name } } } } }`,
	`{ entities(filter: {type: GPE}, orderBy: NAME) { totalCount nodes { id name } } }`,
	`{ entities(orderBy: NAME, first: 4, after: "bmc6MQ") { totalCount pageInfo { hasPreviousPage startCursor } nodes { id name } } }`,
	`{ entities(filter: {type: ORGANIZATION}, last: 2) { totalCount nodes { id name } } }`,
	`{ entities(filter: {name: "  "}, first: 2, before: "bmc6Mw") { totalCount nodes { id } } }`,
	`{ entities(first: 2, after: "MQ==") { totalCount } }`, // not a cursor
	`{ entities(filter: {type: FACILITY}, first: 0) { totalCount pageInfo { hasNextPage } nodes { id } } }`,
}

// TestListingAnswersAsFullFold: an entity listing from the store's
// listing index answers byte for byte as the listing that folds every
// entity does.
func TestListingAnswersAsFullFold(t *testing.T) {
	s := newServer(t, graph.Config{})
	old := graph.New(graph.Config{Store: foldingStore{s.store}, Ingester: fixtureIngester{store: s.store}})
	compareListings(t, s.handler, old)
}

// TestListingAnswersAsFullFoldAtScale is TestListingAnswersAsFullFold on a
// copy of the store NEWSGRAPH_BENCH_DATA names (a leveldb folder), opened
// as a process would open it; skipped without it.
func TestListingAnswersAsFullFoldAtScale(t *testing.T) {
	data := os.Getenv("NEWSGRAPH_BENCH_DATA")
	if data == "" {
		t.Skip("NEWSGRAPH_BENCH_DATA names no store")
	}
	dir := filepath.Join(t.TempDir(), "store")
	if out, err := exec.Command("cp", "-r", data, dir).CombinedOutput(); err != nil {
		t.Fatalf("copy: %v %s", err, out)
	}
	st, err := store.Open(context.Background(), dir)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	h := graph.New(graph.Config{Store: st, Ingester: fixtureIngester{store: st}, ResponseCacheBytes: -1})
	old := graph.New(graph.Config{Store: foldingStore{st}, Ingester: fixtureIngester{store: st}, ResponseCacheBytes: -1})
	compareListings(t, h, old)
}

func compareListings(t *testing.T, h, old http.Handler) {
	t.Helper()
	for _, q := range listingQueries {
		var got, want bytes.Buffer
		writeAnswer(t, &got, h, `application/json`, jsonBody(map[string]any{"query": q}))
		writeAnswer(t, &want, old, `application/json`, jsonBody(map[string]any{"query": q}))
		if !bytes.Equal(got.Bytes(), want.Bytes()) {
			t.Errorf("%s\n got %s\nwant %s", q, got.Bytes(), want.Bytes())
		}
	}
}

// TestConcurrentRequestsShareEntities: requests running at once read the
// same cached entities (the store hands them out uncopied) and answer as
// one at a time does; then alongside a writer, without error. Under the
// race detector (go test -race), a resolver changing an entity it was
// handed would fail here.
func TestConcurrentRequestsShareEntities(t *testing.T) {
	s := newServer(t, graph.Config{ResponseCacheBytes: -1})
	olsen := entityID("Bram Olsen")
	queries := []string{
		scoreEntities,
		fmt.Sprintf(`{ meetings(person: %q, first: 20) { totalCount nodes { id participants { entity { name aliases mentionCount roles { title since sources { document { id } } of { name roles { title } } } } } } } }`, olsen),
		`{ events { nodes { participants { entity { name aliases roles { title of { name } } partOf { name } } } location { name aliases } } } }`,
		fmt.Sprintf(`{ entity(id: %q) { name aliases roles { title of { name } since until sources { sentence } } related { entity { name roles { title } } } } }`, olsen),
		`{ entities(filter: {name: "Olsn"}, first: 5) { nodes { id name aliases } } }`,
	}
	for _, q := range listingQueries {
		if !strings.Contains(q, `"MQ=="`) { // the bad cursor's error
			queries = append(queries, q)
		}
	}
	want := make([]string, len(queries))
	for i, q := range queries {
		want[i] = string(s.query(q, nil).Data)
	}
	run := func(check bool) {
		var wg sync.WaitGroup
		for g := 0; g < 4; g++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for range 5 {
					for i, q := range queries {
						r := s.query(q, nil)
						if len(r.Errors) > 0 {
							t.Errorf("%s: %+v", q, r.Errors)
						} else if check && string(r.Data) != want[i] {
							t.Errorf("%s:\n got %s\nwant %s", q, r.Data, want[i])
						}
					}
				}
			}()
		}
		if !check {
			s.ingest("a5")
			s.ingest("a6")
		}
		wg.Wait()
	}
	run(true)
	run(false)
}
