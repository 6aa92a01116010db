package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/ingest"
	"github.com/newsgraph/newsgraph/store"
)

// A batch settles once, as it ends: its writes leave the stored stories
// they affect waiting, and each is read again once against the graph the
// whole batch built, not once per write that changes an answer it used.
// The graph is the one settling after every write builds: the first
// Reuters stories of the scale corpus (wire stories naming the same firms
// and agencies in several spellings, so that answers change under earlier
// stories again and again), ingested one by one, each settled before the
// next, and as one batch. The test is skipped where ../shared is not
// checked out.
func TestBatchSettlesOnceLikeEachWrite(t *testing.T) {
	n := 400
	if raceEnabled {
		n = 120
	}
	lines, err := readCorpus(filepath.Join("..", "..", "..", "shared", "corpus", "scale", "reuters-21578.jsonl.gz"), n)
	if err != nil {
		t.Skipf("no scale corpus: %v", err)
	}
	x, err := extract.New(extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	open := func() *store.Store {
		st, err := store.Open(ctx, "memory://")
		if err != nil {
			t.Fatal(err)
		}
		return st
	}
	export := func(st *store.Store) []byte {
		var out bytes.Buffer
		if err := st.WriteNQuads(ctx, &out); err != nil {
			t.Fatal(err)
		}
		return out.Bytes()
	}

	// each story its own ingest, settled at once
	st := open()
	defer st.Close()
	each := ingest.New(graphExtractor{x}, st, 0)
	for _, l := range lines {
		var doc newsgraph.Document
		items := 0
		err := ingest.Read(ctx, []string{"-"}, strings.NewReader(l+"\n"), func(it ingest.Item) error {
			doc, items = it.Doc, items+1
			return it.Err
		})
		if err != nil || items != 1 {
			t.Fatalf("read %.60s: %v (%d items)", l, err, items)
		}
		if _, err := each.Ingest(ctx, doc); err != nil {
			t.Fatal(err)
		}
	}
	want := export(st)

	// one batch, settled as it ends
	batch := open()
	defer batch.Close()
	svc := ingest.New(graphExtractor{x}, batch, 0)
	svc.SetWorkers(2)
	path := filepath.Join(t.TempDir(), "reuters.jsonl")
	if err := os.WriteFile(path, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	sum, err := svc.Run(ctx, []string{path}, nil, nil)
	if err != nil || sum.Failed > 0 {
		t.Fatalf("ingest: %v, %v", err, sum.Failures)
	}
	got := export(batch)
	if !bytes.Equal(got, want) {
		t.Errorf("export of the batch differs from the one settled after every write:\n%s", firstDiff(want, got))
	}
	t.Logf("%d stories: %d read again settling after each write, %d settling the batch once", len(lines), each.Rereads(), svc.Rereads())
	if each.Rereads() == 0 {
		t.Fatalf("no story read again settling after each write: the test does not reach settling")
	}
}
