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
	// documents in place of one a document, one for the statements of the
	// entities the events name (the people and the place) in place of one
	// an entity
	named := len(people) + 2
	if want := single - int64(len(events)+len(docs)+named) + 3; batched > want {
		t.Errorf("Warm took %d queries, %d one at a time; want at most %d", batched, single, want)
	}
}

// TestPostgresHeldDocuments: while this process holds the writer lock, a
// read of a document's quads by subject reads the document whole, once
// (pgDocQuads): a new document's mentions, its events and the quads its
// write replaces cost one query, not three; what a write changes is read
// afresh after it; and the store reads as it does without the lock (the
// store tests, run holding it, agree with the memory store's).
func TestPostgresHeldDocuments(t *testing.T) {
	url := postgresURL(t)
	mem, pg := mustOpen(t, "memory://"), mustOpen(t, url)
	unlock, _, err := pg.LockWriter(ctx)
	if err != nil {
		t.Fatal(err)
	}
	version := func(text string, names ...string) *article {
		a := newArticle(t, "d1", "2024-07-03", text)
		var ids []newsgraph.EntityID
		for _, n := range names {
			ids = append(ids, a.entity(newsgraph.Person, n))
		}
		place := a.entity(newsgraph.GPE, "Orsund")
		var parts []newsgraph.Participant
		for _, id := range ids {
			parts = append(parts, part(newsgraph.RoleParticipant, id))
		}
		a.event("", newsgraph.Meeting, newsgraph.Happened, "2024-07-02", place, "met", parts...)
		return a
	}
	same := func(what string) {
		t.Helper()
		equal(t, what+": mentions", must[[]newsgraph.Mention](t)(pg.DocumentMentions(ctx, "d1")), must[[]newsgraph.Mention](t)(mem.DocumentMentions(ctx, "d1")))
		ids := []newsgraph.DocumentID{"d1"}
		equal(t, what+": events", must[map[newsgraph.DocumentID][]newsgraph.EventID](t)(pg.EventsIn(ctx, ids)), must[map[newsgraph.DocumentID][]newsgraph.EventID](t)(mem.EventsIn(ctx, ids)))
	}

	before := pg.pgReads.Load()
	same("new document")
	if n := pg.pgReads.Load() - before; n != 1 {
		t.Errorf("the mentions and events of a new document took %d queries, want 1", n)
	}
	v1 := version("Runa Dahl met Ivo Sarkis in Orsund on Tuesday.", "Runa Dahl", "Ivo Sarkis")
	before = pg.pgReads.Load()
	put(t, pg, v1)
	if n := pg.pgReads.Load() - before; n != 0 {
		t.Errorf("writing a document whose quads were read took %d reads, want 0", n)
	}
	put(t, mem, v1)
	same("written")
	v2 := version("Runa Dahl met Pia Lorne in Orsund on Tuesday.", "Runa Dahl", "Pia Lorne")
	put(t, pg, v2)
	put(t, mem, v2)
	same("rewritten")
	unlock()

	// Another process writes the document while this one does not hold
	// the lock: nothing kept from before shows.
	other := mustOpen(t, url)
	v3 := version("Ivo Sarkis met Pia Lorne in Orsund on Tuesday.", "Ivo Sarkis", "Pia Lorne")
	put(t, other, v3)
	put(t, mem, v3)
	pg.synced.Store(0)
	same("written by another process")
	if err := pg.DeleteDocument(ctx, "d1"); err != nil {
		t.Fatal(err)
	}
	if err := mem.DeleteDocument(ctx, "d1"); err != nil {
		t.Fatal(err)
	}
	same("deleted")
}

// TestPostgresHeldWriter runs the store tests on PostgreSQL holding the
// writer lock throughout, as an ingest's writes and their reads do: reads
// by subject then come from the documents read whole (pgDocQuads). Not
// the tests making decisions, which take the writer lock themselves.
func TestPostgresHeldWriter(t *testing.T) {
	open := func(t *testing.T) *Store {
		s := openPostgres(t)
		unlock, _, err := s.LockWriter(ctx)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(unlock)
		return s
	}
	for _, tc := range []struct {
		name string
		fn   func(t *testing.T, s *Store)
	}{
		{"RoundTrip", testRoundTrip},
		{"RePutReplaces", testRePutReplaces},
		{"SharedSupport", testSharedSupport},
		{"FoldEvent", testFoldEvent},
		{"FoldEntity", testFoldEntity},
		{"FailedPutKeepsState", testFailedPut},
		{"NewTextSameSpans", testNewTextSameSpans},
	} {
		t.Run(tc.name, func(t *testing.T) { tc.fn(t, open(t)) })
	}
}
