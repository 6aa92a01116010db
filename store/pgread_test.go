package store

import (
	"fmt"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph"
)

// TestPostgresBatchedReads: on PostgreSQL a read of several entities'
// mentions, and a server's Warm over several events, read the statements,
// the claims and the documents they need in one query each, not one per
// entity, event and document (each a round trip); and they read the same
// as the memory store.
func TestPostgresBatchedReads(t *testing.T) {
	url := postgresURL(t)
	mem, pg := mustOpen(t, "memory://"), mustOpen(t, url)
	var people []newsgraph.EntityID
	var events []newsgraph.EventID
	for i, name := range []string{"Oskar Lunde", "Petra Vail", "Ilse Moran", "Tavi Renner"} {
		a := newArticle(t, fmt.Sprintf("d%d", i), fmt.Sprintf("2024-06-0%d", i+1),
			name+" met Greta Holm in Vennby. Holm said the talks with "+name+" went well.")
		p := a.entity(newsgraph.Person, name)
		holm := a.entity(newsgraph.Person, "Greta Holm", "Holm")
		place := a.entity(newsgraph.GPE, "Vennby")
		events = append(events, a.event("", newsgraph.Meeting, newsgraph.Happened, fmt.Sprintf("2024-06-0%d", i+1), place, "met",
			part(newsgraph.RoleParticipant, p), part(newsgraph.RoleParticipant, holm)))
		people = append(people, p)
		put(t, mem, a)
		put(t, pg, a)
	}

	cold := mustOpen(t, url) // nothing cached
	before := cold.pgReads.Load()
	got := must[map[newsgraph.EntityID][]newsgraph.Mention](t)(cold.MentionRefs(ctx, people))
	if n := cold.pgReads.Load() - before; n != 1 {
		t.Errorf("the mentions of %d entities took %d queries, want 1", len(people), n)
	}
	equal(t, "mentions", got, must[map[newsgraph.EntityID][]newsgraph.Mention](t)(mem.MentionRefs(ctx, people)))

	// Warm's reads of the events: their claims, then their documents.
	cold = mustOpen(t, url)
	r := cold.reader(ctx)
	nodes := make([]quad.Value, len(events))
	for i, ev := range events {
		nodes[i] = quad.IRI(ev)
	}
	before = cold.pgReads.Load()
	if err := r.prefetchLiterals(nodes, pClaim); err != nil {
		t.Fatal(err)
	}
	var docs []newsgraph.DocumentID
	for i := range events {
		docs = append(docs, newsgraph.DocumentID(fmt.Sprintf("d%d", i)))
	}
	if err := r.prefetchDocuments(docs); err != nil {
		t.Fatal(err)
	}
	for _, ev := range events {
		if _, err := r.sharedEvent(ev); err != nil {
			t.Fatal(err)
		}
	}
	// the claims, the documents, and the statements of the one place
	// (its type)
	if n := cold.pgReads.Load() - before; n != 3 {
		t.Errorf("folding %d events of %d documents took %d queries, want 3", len(events), len(docs), n)
	}
	equal(t, "events", must[map[newsgraph.EventID]*newsgraph.Event](t)(cold.Events(ctx, events)),
		must[map[newsgraph.EventID]*newsgraph.Event](t)(mem.Events(ctx, events)))

	warm := func() int64 {
		cold := mustOpen(t, url)
		before := cold.pgReads.Load()
		if err := cold.Warm(ctx); err != nil {
			t.Fatal(err)
		}
		equal(t, "warmed events", must[map[newsgraph.EventID]*newsgraph.Event](t)(cold.Events(ctx, events)),
			must[map[newsgraph.EventID]*newsgraph.Event](t)(mem.Events(ctx, events)))
		return cold.pgReads.Load() - before
	}
	batched := warm()
	pgPrefetch = false
	defer func() { pgPrefetch = true }()
	single := warm()
	// one query for the claims in place of one an event, one for the
	// documents in place of one a document
	if want := single - int64(len(events)+len(docs)) + 2; batched > want {
		t.Errorf("Warm took %d queries, %d one at a time; want at most %d", batched, single, want)
	}
}
