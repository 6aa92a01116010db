package ingest_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/ingest"
	"github.com/newsgraph/newsgraph/store"
)

// killedStore is a store whose stored documents cannot be read back: a
// batch's writes land, but reading the documents they affect again, as
// the batch ends, fails, as when the process is killed then.
type killedStore struct{ *store.Store }

func (killedStore) Documents(context.Context, []newsgraph.DocumentID) (map[newsgraph.DocumentID]*newsgraph.Document, error) {
	return nil, errors.New("killed")
}

// A batch killed before it read again the documents its writes affected
// leaves them to the next process on the folder, which reads them again
// as its own batch ends (here an empty one): the graph is the one of the
// documents ingested one at a time, each settled at once, and nothing is
// left waiting. Without the kept list, the killed batch's readers would
// keep the facts they were first stored with.
func TestKilledBatchSettlesAtNextOpen(t *testing.T) {
	ctx := context.Background()
	docs := drainDocs()
	export := func(st *store.Store) string { return nquads(t, st) }
	each, err := store.Open(ctx, "memory://")
	if err != nil {
		t.Fatal(err)
	}
	defer each.Close()
	svc := ingest.New(&namesExtractor{witness: true, reads: map[newsgraph.DocumentID]int{}}, each, 0)
	for _, d := range docs {
		if _, err := svc.Ingest(ctx, newsgraph.Document{ID: newsgraph.DocumentID(d[0]), Text: d[1]}); err != nil {
			t.Fatal(err)
		}
	}
	want := export(each)

	dir := filepath.Join(t.TempDir(), "data")
	st, err := store.Open(ctx, dir)
	if err != nil {
		t.Fatal(err)
	}
	killed := ingest.New(&namesExtractor{witness: true, reads: map[newsgraph.DocumentID]int{}}, killedStore{st}, 0)
	killed.SetWorkers(2)
	if _, err := runBatch(t, killed, docs); err == nil {
		t.Fatal("the killed batch settled: the test does not leave documents waiting")
	}
	left, err := st.Unsettled(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(left) == 0 {
		t.Fatal("the killed batch left no document waiting in the store")
	}
	if export(st) == want {
		t.Fatal("the killed batch's graph is already settled: the test does not reach settling")
	}
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}

	st, err = store.Open(ctx, dir)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	next := ingest.New(&namesExtractor{witness: true, reads: map[newsgraph.DocumentID]int{}}, st, 0)
	empty := filepath.Join(t.TempDir(), "empty.jsonl")
	if err := os.WriteFile(empty, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	sum, err := next.Run(ctx, []string{empty}, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if sum.Rereads < len(left) {
		t.Errorf("the next process read %d documents again, want the %d left waiting at least", sum.Rereads, len(left))
	}
	if got := export(st); got != want {
		t.Errorf("after the next open the graph differs from the one of one story at a time:\n%s\nwant\n%s", got, want)
	}
	if left, err := st.Unsettled(ctx); err != nil || len(left) > 0 {
		t.Errorf("still waiting after the next batch: %v (%v)", left, err)
	}
}
