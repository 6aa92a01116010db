package ingest_test

import (
	"context"
	"encoding/json"
	"errors"
	"testing"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/ingest"
	"github.com/newsgraph/newsgraph/store"
)

// recordingExtractor is namesExtractor (plain lines only) giving its
// witness, with each test, a record of it, ["first", the first candidate
// it was given], from which Same builds the test again, as extract's Same
// does for a document another process stored.
type recordingExtractor struct {
	*namesExtractor
}

func (x *recordingExtractor) Extract(ctx context.Context, doc newsgraph.Document, g ingest.Lookup) (*newsgraph.Extraction, error) {
	return x.namesExtractor.Extract(ctx, doc, &recorder{Lookup: g, w: g.(witness), got: map[string][]newsgraph.Entity{}})
}

func (x *recordingExtractor) Same(keys []string, rec string) (func(answer func(key string) []newsgraph.Entity) bool, error) {
	var fields []string
	if json.Unmarshal([]byte(rec), &fields) != nil || len(fields) != 2 || fields[0] != "first" || len(keys) != 1 {
		return nil, errors.New("not a record")
	}
	k, was := keys[0], fields[1]
	return func(answer func(string) []newsgraph.Entity) bool { return firstOf(answer(k)) == was }, nil
}

// recorder stands between namesExtractor and the service's witness: it
// keeps the answer to each key, and tells the witness the record of what a
// plain line's test reads of it.
type recorder struct {
	ingest.Lookup
	w   witness
	got map[string][]newsgraph.Entity
}

func (r *recorder) EntitiesByKey(ctx context.Context, key string) ([]newsgraph.Entity, error) {
	es, err := r.Lookup.EntitiesByKey(ctx, key)
	r.got[key] = es
	return es, err
}

func (r *recorder) Used(keys []string, _ string, same func(answer func(key string) []newsgraph.Entity) bool) {
	rec, _ := json.Marshal([]string{"first", firstOf(r.got[keys[0]])})
	r.w.Used(keys, string(rec), same)
}

// The service keeps of each stored document the records of what its
// extraction used, not the tests (each holds the extraction's query:
// some twenty objects a document, for the whole Run), and builds a test
// again from its record when a write changes an answer the document
// used: the same documents are read again, and the graph is the same, as
// with the tests kept.
func TestStoredUsesKeepRecordsNotTests(t *testing.T) {
	ctx := context.Background()
	docs := []newsgraph.Document{
		{ID: "a", Text: "Quenby Looms Ltd\n"},
		{ID: "b", Text: "Quenby\nTarrow Kilns\n"},
		{ID: "c1", Text: "Quenby Looms Ltd\nQuenby\n"},
		{ID: "c2", Text: "Quenby Looms Ltd\nQuenby\n"},
		{ID: "d", Text: "Quenby\n"},
		{ID: "e", Text: "Tarrow Kilns\nTarrow\n"},
		{ID: "f", Text: "Tarrow\nQuenby Looms Ltd\n"},
	}
	var kept int
	run := func(x ingest.Extractor, docs []newsgraph.Document) string {
		st, err := store.Open(ctx, "memory://")
		if err != nil {
			t.Fatal(err)
		}
		defer st.Close()
		svc := ingest.New(x, st, 0)
		for _, doc := range docs {
			if _, err := svc.Ingest(ctx, doc); err != nil {
				t.Fatal(err)
			}
		}
		kept = ingest.KeptTests(svc)
		return nquads(t, st)
	}
	for _, order := range [][]int{{0, 1, 2, 3, 4, 5, 6}, {6, 5, 4, 3, 2, 1, 0}, {4, 1, 6, 0, 3, 5, 2}} {
		var in []newsgraph.Document
		for _, i := range order {
			in = append(in, docs[i])
		}
		tests := &namesExtractor{witness: true, reads: map[newsgraph.DocumentID]int{}}
		want := run(tests, in)
		rx := &recordingExtractor{namesExtractor: &namesExtractor{witness: true, reads: map[newsgraph.DocumentID]int{}}}
		got := run(rx, in)
		if kept > 0 {
			t.Errorf("order %v: %d uses kept with their test, want none (each has a record)", order, kept)
		}
		if got != want {
			t.Errorf("order %v: the graph with tests built from records differs:\n%s\nwant\n%s", order, got, want)
		}
		for _, d := range docs {
			if rx.reads[d.ID] != tests.reads[d.ID] {
				t.Errorf("order %v: %s extracted %d times with tests built from records, %d with the tests kept", order, d.ID, rx.reads[d.ID], tests.reads[d.ID])
			}
		}
	}
}
