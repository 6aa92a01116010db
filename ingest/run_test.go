package ingest_test

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"testing"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/ingest"
	"github.com/newsgraph/newsgraph/store"
)

// lockCounter is a real store that counts the writer locks taken of it and
// let go, and refuses a Put made without one.
type lockCounter struct {
	*store.Store
	mu           sync.Mutex
	taken, freed int
	holding      bool
}

func (l *lockCounter) LockWriter(ctx context.Context) (func(), bool, error) {
	unlock, foreign, err := l.Store.LockWriter(ctx)
	if err != nil {
		return nil, false, err
	}
	l.mu.Lock()
	l.taken++
	l.holding = true
	l.mu.Unlock()
	return func() {
		l.mu.Lock()
		l.freed++
		l.holding = false
		l.mu.Unlock()
		unlock()
	}, foreign, nil
}

func (l *lockCounter) Put(ctx context.Context, x *newsgraph.Extraction) error {
	l.mu.Lock()
	held := l.holding
	l.mu.Unlock()
	if !held {
		return errors.New("put without the writer lock")
	}
	return l.Store.Put(ctx, x)
}

// TestRunKeepsWriterLock: a Run writing documents that are ready one after
// another keeps the store's writer lock from one to the next instead of
// taking it for each (on PostgreSQL, two round trips a document), writes
// every document under it, and lets go of it when it ends.
func TestRunKeepsWriterLock(t *testing.T) {
	ctx := context.Background()
	st, err := store.Open(ctx, "memory://")
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	lc := &lockCounter{Store: st}
	svc := ingest.New(&namesExtractor{reads: map[newsgraph.DocumentID]int{}}, lc, 0)
	svc.SetWorkers(2)
	var docs [][2]string
	for i := range 30 {
		docs = append(docs, [2]string{fmt.Sprintf("k%02d", i), fmt.Sprintf("Quorral Freight %d\n*Edda Pilgrim\n", i%4)})
	}
	sum, err := runBatch(t, svc, docs)
	if err != nil || sum.Failed > 0 {
		t.Fatalf("run: %v, %+v", err, sum.Failures)
	}
	if lc.taken != lc.freed {
		t.Errorf("the writer lock was taken %d times and let go %d times", lc.taken, lc.freed)
	}
	if lc.taken >= len(docs) {
		t.Errorf("the writer lock was taken %d times for %d documents, want it kept between them", lc.taken, len(docs))
	}
}
