package ingest_test

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/ingest"
	"github.com/newsgraph/newsgraph/store"
)

// overlapExtractor is namesExtractor, counting how many extractions of
// documents read again (a document's second extraction and later) run at
// once, at most: each takes a few milliseconds, so that those begun
// together overlap.
type overlapExtractor struct {
	*namesExtractor
	mu      sync.Mutex
	reads   map[newsgraph.DocumentID]int
	now     int
	most    int
	pausing time.Duration
}

func (o *overlapExtractor) Extract(ctx context.Context, doc newsgraph.Document, g ingest.Lookup) (*newsgraph.Extraction, error) {
	o.mu.Lock()
	o.reads[doc.ID]++
	again := o.reads[doc.ID] > 1
	if again {
		o.now++
		o.most = max(o.most, o.now)
	}
	o.mu.Unlock()
	if again {
		time.Sleep(o.pausing)
		defer func() {
			o.mu.Lock()
			o.now--
			o.mu.Unlock()
		}()
	}
	return o.namesExtractor.Extract(ctx, doc, g)
}

// The documents a batch leaves waiting are extracted again on the workers,
// several at once, and stored one by one in id order: the graph is the one
// a single worker builds, reading them again one after the other, and the
// one of the documents ingested one at a time, each settled at once. Twelve
// stories read "Harrow" as the firm under the name most of its mentions
// give it, which later stories turn from "PLC" to "Plc" and back; four of
// them also name a person "Kestrel", until "Ada Kestrel" comes: read
// again, each reads "Kestrel" as her, which changes the answer to
// "kestrel" under the others, so that (with an extractor that tells
// nothing of what it used) an extraction begun ahead is stale by its turn
// and is extracted again.
func TestDrainReadsAheadOnTheWorkers(t *testing.T) {
	ctx := context.Background()
	docs := drainDocs()
	export := func(st *store.Store) string { return nquads(t, st) }
	open := func() *store.Store {
		st, err := store.Open(ctx, "memory://")
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { st.Close() })
		return st
	}

	each := open()
	svc := ingest.New(&namesExtractor{witness: true, reads: map[newsgraph.DocumentID]int{}}, each, 0)
	for _, d := range docs {
		if _, err := svc.Ingest(ctx, newsgraph.Document{ID: newsgraph.DocumentID(d[0]), Text: d[1]}); err != nil {
			t.Fatal(err)
		}
	}
	want := export(each)

	for _, c := range []struct {
		workers int
		witness bool
	}{{1, true}, {4, true}, {1, false}, {4, false}} {
		st := open()
		x := &overlapExtractor{namesExtractor: &namesExtractor{witness: c.witness, reads: map[newsgraph.DocumentID]int{}},
			reads: map[newsgraph.DocumentID]int{}, pausing: 5 * time.Millisecond}
		bsvc := ingest.New(x, st, 0)
		bsvc.SetWorkers(c.workers)
		sum, err := runBatch(t, bsvc, docs)
		if err != nil || sum.Failed > 0 {
			t.Fatalf("%+v: run: %v %+v", c, err, sum.Failures)
		}
		if sum.Rereads < 12 {
			t.Fatalf("%+v: %d documents read again, want the 12 readers at least: the test does not reach settling", c, sum.Rereads)
		}
		if got := export(st); got != want {
			t.Errorf("%+v: the batch's graph differs from the one of one story at a time:\n%s\nwant\n%s", c, got, want)
		}
		switch {
		case c.workers == 1 && x.most > 1:
			t.Errorf("%+v: %d documents extracted again at once, want 1", c, x.most)
		case c.workers > 1 && x.most < 2:
			t.Errorf("%+v: at most %d document extracted again at once, want several", c, x.most)
		}
	}
}

// drainDocs are TestDrainReadsAheadOnTheWorkers's stories.
func drainDocs() [][2]string {
	times := func(name string, n int) string { return strings.Repeat(name+"\n", n) }
	docs := [][2]string{{"a", "Harrow Mills PLC\nHarrow\n"}}
	for i := range 12 {
		text := "Harrow\n"
		if i%3 == 0 {
			text += "*Kestrel\n"
		}
		docs = append(docs, [2]string{fmt.Sprintf("r%02d", i), text})
	}
	return append(docs,
		[2]string{"x1", times("Harrow Mills Plc", 4)},
		[2]string{"x2", times("Harrow Mills PLC", 12)},
		[2]string{"x3", times("Harrow Mills Plc", 24)},
		[2]string{"y1", "*Ada Kestrel\n"},
	)
}
