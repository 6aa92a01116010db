package ingest

import (
	"context"
	"testing"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/store"
)

// A kept answer is read while a write is under way, as it was before the
// write (an extraction on the other core need not wait for the store); once
// the write ends it is read again, with the write in it. An answer the
// cache does not keep is not read during the write: one read of the store
// then could mix the write's candidates with summaries from before it.
func TestKeptAnswersReadDuringAWrite(t *testing.T) {
	ctx := context.Background()
	st, err := store.Open(ctx, "memory://")
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	mill := newsgraph.NewEntityID(newsgraph.Organization, "Corvane Mills")
	extraction := func(doc newsgraph.DocumentID) *newsgraph.Extraction {
		text := "Corvane Mills shut a loom."
		span := newsgraph.Span{End: len("Corvane Mills")}
		return &newsgraph.Extraction{
			Document:  newsgraph.Document{ID: doc, Text: text},
			Sentences: []newsgraph.Span{{End: len(text)}},
			Mentions: []newsgraph.Mention{{Entity: mill, Text: "Corvane Mills", Type: newsgraph.Organization,
				Evidence: newsgraph.Evidence{Document: doc, Span: span, Text: text}}},
			Entities: []newsgraph.Entity{{ID: mill, Name: "Corvane Mills", Type: newsgraph.Organization, Mentions: 1}},
		}
	}
	if err := st.Put(ctx, extraction("d1")); err != nil {
		t.Fatal(err)
	}
	c := newCache(st)
	const key = "corvane mills"
	mentions := func() int {
		es, err := entitiesByKey(ctx, c, key, "")
		if err != nil || len(es) != 1 {
			t.Fatalf("answer to %q: %v, %v", key, es, err)
		}
		return es[0].Mentions
	}
	if n := mentions(); n != 1 {
		t.Fatalf("%d self-naming documents before the write, want 1", n)
	}
	var during stamp
	err = c.write(ctx, "d2", []string{key}, []newsgraph.EntityID{mill}, func() error {
		if err := st.Put(ctx, extraction("d2")); err != nil {
			return err
		}
		_, _, at, err := c.get(ctx, key)
		if err != nil {
			return err
		}
		c.mu.RLock()
		ok := c.current(at)
		c.mu.RUnlock()
		if !ok {
			t.Fatal("the kept answer cannot be read while the write is under way")
		}
		if n := mentions(); n != 1 {
			t.Errorf("%d self-naming documents during the write, want 1 (as before it)", n)
		}
		_, _, miss, err := c.get(ctx, "corvane")
		if err != nil {
			return err
		}
		c.mu.RLock()
		ok = c.current(miss)
		c.mu.RUnlock()
		if ok {
			t.Error("an answer read from the store during the write counts as current")
		}
		during = at
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	c.mu.RLock()
	ok := c.current(during)
	c.mu.RUnlock()
	if ok {
		t.Error("the answer read during the write is still current after it")
	}
	if n := mentions(); n != 2 {
		t.Errorf("%d self-naming documents after the write, want 2", n)
	}
}
