package store

import (
	"bytes"
	"fmt"
	"os"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph"
)

// backends opens one fresh store of each backend this run can reach
// (PostgreSQL with NEWSGRAPH_TEST_POSTGRES).
func backends(t *testing.T) map[string]*Store {
	out := map[string]*Store{
		"memory":  mustOpen(t, "memory://"),
		"leveldb": mustOpen(t, "leveldb://"+t.TempDir()),
	}
	if os.Getenv("NEWSGRAPH_TEST_POSTGRES") != "" {
		out["postgres"] = openPostgres(t)
	} else {
		t.Log("NEWSGRAPH_TEST_POSTGRES not set: memory and leveldb only")
	}
	return out
}

// oldQuads is what a store written before the document literal held of
// x: the document's head and body as two nodes it owns, each statement and
// claim under a node it owns that holds its literal as data.
func oldQuads(x *newsgraph.Extraction) map[quad.Quad]struct{} {
	d := docIRI(x.Document.ID)
	out := map[quad.Quad]struct{}{}
	node := map[quad.Value]quad.Value{} // literal → its older node
	for q := range encode(x) {
		switch q.Predicate {
		case pStates, pClaims:
			n := quad.Value(nil)
			if e, ok := entityOfStmt(q.Object); ok {
				n = stmtIRI(d, e)
			} else if v, ok := eventOfClaim(q.Object); ok {
				n = claimIRI(d, v)
			}
			node[q.Object] = n
			out[quad.Quad{Subject: d, Predicate: q.Predicate, Object: n, Label: d}] = struct{}{}
			out[quad.Quad{Subject: n, Predicate: pData, Object: q.Object, Label: d}] = struct{}{}
		}
	}
	for q := range encode(x) {
		switch {
		case q.Predicate == pDocument, q.Predicate == pStates, q.Predicate == pClaims:
		case q.Predicate == pStatement, q.Predicate == pClaim:
			out[q] = struct{}{}
		case node[q.Subject] != nil:
			q.Subject = node[q.Subject]
			out[q] = struct{}{}
		default:
			out[q] = struct{}{}
		}
	}
	add := func(s, p quad.Value, o string) {
		if o != "" {
			out[quad.Quad{Subject: s, Predicate: p, Object: quad.String(o), Label: d}] = struct{}{}
		}
	}
	head, body := headIRI(d), bodyIRI(d)
	out[quad.Quad{Subject: d, Predicate: pHead, Object: head, Label: d}] = struct{}{}
	out[quad.Quad{Subject: d, Predicate: pBody, Object: body, Label: d}] = struct{}{}
	add(head, pID, string(x.Document.ID))
	add(head, pTitle, x.Document.Title)
	add(head, pURL, x.Document.URL)
	if !x.Document.Published.IsZero() {
		add(head, pPublished, x.Document.Published.Format(time.RFC3339Nano))
	}
	add(body, pText, x.Document.Text)
	add(body, pSentences, encodeSentences(x.Sentences))
	return out
}

// TestOldDocumentLayout: a document stored as head and body nodes, its
// statements and claims under nodes of their own (stores written before
// the literals) reads as the same document, entities and events, passes
// Check, and a re-Put replaces its nodes by the literals, leaving nothing
// of them; on every backend.
func TestOldDocumentLayout(t *testing.T) {
	for name, s := range backends(t) {
		t.Run(name, func(t *testing.T) {
			a, alice, bob, house, _, _, meeting := tokyo(t)
			a.x.Document.Published = time.Date(2024, 3, 1, 9, 30, 0, 0, time.FixedZone("", 3600))
			fresh := mustOpen(t, "memory://")
			put(t, fresh, a)
			ids := []newsgraph.EntityID{alice, bob, house}
			want := append(snapshot(t, fresh, alice, meeting),
				must[map[newsgraph.EntityID][]newsgraph.Mention](t)(fresh.MentionRefsIn(ctx, ids, "d1")),
				must[map[newsgraph.DocumentID][]newsgraph.EventID](t)(fresh.EventsIn(ctx, []newsgraph.DocumentID{"d1"})),
				must[map[newsgraph.EntityID][]newsgraph.EventID](t)(fresh.EventsOf(ctx, ids)))
			got := func() []any {
				return append(snapshot(t, s, alice, meeting),
					must[map[newsgraph.EntityID][]newsgraph.Mention](t)(s.MentionRefsIn(ctx, ids, "d1")),
					must[map[newsgraph.DocumentID][]newsgraph.EventID](t)(s.EventsIn(ctx, []newsgraph.DocumentID{"d1"})),
					must[map[newsgraph.EntityID][]newsgraph.EventID](t)(s.EventsOf(ctx, ids)))
			}

			var deltas []graph.Delta
			for q := range oldQuads(a.x) {
				deltas = append(deltas, graph.Delta{Quad: q, Action: graph.Add})
			}
			s.mu.Lock()
			err := s.apply(ctx, deltas)
			s.folds.reset()
			s.mu.Unlock()
			if err != nil {
				t.Fatal(err)
			}
			equal(t, "old layout", got(), want)
			if bad := must[[]newsgraph.DocumentID](t)(s.check(ctx)); len(bad) > 0 {
				t.Errorf("check of the old layout: %v", bad)
			}

			put(t, s, a)
			equal(t, "re-Put", got(), want)
			equal(t, "quads after re-Put", must[map[quad.Quad]struct{}](t)(s.docQuads(ctx, "d1")), encode(a.x))
			var exported, wantExport bytes.Buffer
			if err := s.WriteNQuads(ctx, &exported); err != nil {
				t.Fatal(err)
			}
			if err := fresh.WriteNQuads(ctx, &wantExport); err != nil {
				t.Fatal(err)
			}
			if exported.String() != wantExport.String() {
				t.Errorf("export after re-Put:\n%s\nwant\n%s", exported.String(), wantExport.String())
			}
		})
	}
}

// TestSameExportOnEveryBackend: the same writes (puts, a re-put that
// changes a document, a delete, a decision) give byte-identical N-Quads
// exports on memory, leveldb and PostgreSQL.
func TestSameExportOnEveryBackend(t *testing.T) {
	exports := map[string]string{}
	for name, s := range backends(t) {
		a, alice, _, _, _, _, _ := tokyo(t)
		put(t, s, a)
		b := newArticle(t, "d2", "2024-03-04", "Alice Smith flew home from Tokyo.")
		b.entity(newsgraph.Person, "Alice Smith")
		b.entity(newsgraph.GPE, "Tokyo")
		put(t, s, b)
		c := newArticle(t, "d3", "", "Bob Jones stayed.")
		c.entity(newsgraph.Person, "Bob Jones")
		put(t, s, c)
		b2 := newArticle(t, "d2", "2024-03-05", "Alice Smith flew home from Osaka.")
		b2.entity(newsgraph.Person, "Alice Smith")
		b2.entity(newsgraph.GPE, "Osaka")
		put(t, s, b2)
		if err := s.DeleteDocument(ctx, "d3"); err != nil {
			t.Fatal(err)
		}
		must[newsgraph.Decision](t)(s.AddDecision(ctx, newsgraph.Decision{Kind: newsgraph.DecisionRename, Entities: []newsgraph.EntityID{alice}, Name: "PM Smith",
			At: time.Date(2024, 3, 6, 0, 0, 0, 0, time.UTC)}))
		var buf bytes.Buffer
		if err := s.WriteNQuads(ctx, &buf); err != nil {
			t.Fatal(err)
		}
		exports[name] = buf.String()
	}
	if exports["memory"] == "" {
		t.Fatal("memory exported nothing")
	}
	for name, got := range exports {
		if got != exports["memory"] {
			t.Errorf("%s exports\n%s\nmemory exports\n%s", name, got, exports["memory"])
		}
	}
}

// TestPostgresRacedDocument: two processes (two Stores on one database)
// write versions of the same document at once, again and again; each
// write is whole and last wins: the document holds exactly the quads of
// one version, none of the other, and Check finds nothing half written.
// Without a unique index, this is applyPG's lock of the label at work.
func TestPostgresRacedDocument(t *testing.T) {
	url := postgresURL(t)
	stores := [2]*Store{mustOpen(t, url), mustOpen(t, url)}
	version := func(i, round int) *article {
		a := newArticle(t, "d1", "2024-03-01", fmt.Sprintf("Version %d of round %d: Vera Lind met Tomas Berg in Ostvik.", i, round))
		a.entity(newsgraph.Person, "Vera Lind")
		if i == 1 {
			a.entity(newsgraph.Person, "Tomas Berg")
		} else {
			a.entity(newsgraph.GPE, "Ostvik")
		}
		return a
	}
	for round := range 8 {
		var wg sync.WaitGroup
		errs := make([]error, 2)
		for i, s := range stores {
			wg.Add(1)
			go func() {
				defer wg.Done()
				errs[i] = s.Put(ctx, version(i, round).x)
			}()
		}
		wg.Wait()
		for i, err := range errs {
			if err != nil {
				t.Fatalf("round %d, process %d: %v", round, i, err)
			}
		}
		got := must[map[quad.Quad]struct{}](t)(stores[0].docQuads(ctx, "d1"))
		if !reflect.DeepEqual(got, encode(version(0, round).x)) && !reflect.DeepEqual(got, encode(version(1, round).x)) {
			t.Fatalf("round %d: the document holds %d quads, of neither version", round, len(got))
		}
		if bad := must[[]newsgraph.DocumentID](t)(stores[1].check(ctx)); len(bad) > 0 {
			t.Fatalf("round %d: check: %v", round, bad)
		}
	}
	// Decisions (unlabeled quads) raced the same way: each either lands
	// whole under a number of its own or fails as a raced duplicate.
	alice := newsgraph.NewEntityID(newsgraph.Person, "Vera Lind")
	var wg sync.WaitGroup
	var mu sync.Mutex
	landed := 0
	for _, s := range stores {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 3 {
				_, err := s.AddDecision(ctx, newsgraph.Decision{Kind: newsgraph.DecisionRename, Entities: []newsgraph.EntityID{alice}, Name: "V. Lind"})
				if err != nil && !strings.Contains(err.Error(), graph.ErrQuadExists.Error()) {
					t.Errorf("decision: %v", err)
				}
				mu.Lock()
				if err == nil {
					landed++
				}
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	fresh := mustOpen(t, url)
	ds := must[[]newsgraph.Decision](t)(fresh.Decisions(ctx))
	if len(ds) != landed || landed < 3 {
		t.Errorf("%d raced decisions landed, %d read back", landed, len(ds))
	}
	for _, d := range ds {
		n := 0
		if err := fresh.each(ctx, quad.Subject, decisionIRI(d.ID), func(q quad.Quad) { n++ }); err != nil {
			t.Fatal(err)
		}
		if n != 2 {
			t.Errorf("decision %s has %d quads, want its type and its literal", d.ID, n)
		}
	}
}

// TestPostgresOlderStore: a PostgreSQL store written before the label
// index, the lock in place of the unique digest index and packed values
// (its rows written by cayley's own writer, value_string plain; its
// indexes quads_subject and the unique quads_key) opens, converts its
// indexes, reads as the same graph, and takes a re-Put and a delete.
func TestPostgresOlderStore(t *testing.T) {
	url := postgresURL(t)
	a, alice, _, _, _, _, meeting := tokyo(t)
	fresh := mustOpen(t, "memory://")
	put(t, fresh, a)
	want := snapshot(t, fresh, alice, meeting)

	old := mustOpen(t, url)
	var deltas []graph.Delta
	for q := range encode(a.x) {
		deltas = append(deltas, graph.Delta{Quad: q, Action: graph.Add})
	}
	if err := old.qs.ApplyDeltas(deltas, graph.IgnoreOpts{}); err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{
		`DROP INDEX quads_label, quads_unlabeled`,
		`CREATE UNIQUE INDEX quads_key ON quads ((md5(subject_hash || predicate_hash || object_hash || coalesce(label_hash, ''))::uuid))`,
		`CREATE INDEX quads_subject ON quads (subject_hash)`,
		`ALTER TABLE nodes ALTER COLUMN value SET STORAGE EXTENDED`,
	} {
		if _, err := old.pg.Exec(q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	var packed int
	if err := old.pg.QueryRow(`SELECT count(*) FROM nodes WHERE value IS NOT NULL`).Scan(&packed); err != nil || packed != 0 {
		t.Fatalf("cayley's writer packed %d values (%v)", packed, err)
	}
	old.Close()

	s := mustOpen(t, url)
	var indexes []string
	rows, err := s.pg.Query(`SELECT indexname FROM pg_indexes WHERE tablename = 'quads' AND schemaname = current_schema() ORDER BY 1`)
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var n string
		rows.Scan(&n)
		indexes = append(indexes, n)
	}
	rows.Close()
	equal(t, "indexes after open", indexes, []string{"quads_label", "quads_looked_up", "quads_object_read", "quads_unlabeled"})
	equal(t, "older store", snapshot(t, s, alice, meeting), want)

	b := newArticle(t, "d1", "2024-03-02", "Alice Smith met Bob Jones again.")
	b.entity(newsgraph.Person, "Alice Smith")
	b.entity(newsgraph.Person, "Bob Jones")
	put(t, s, b)
	equal(t, "quads after re-Put", must[map[quad.Quad]struct{}](t)(s.docQuads(ctx, "d1")), encode(b.x))
	if err := s.DeleteDocument(ctx, "d1"); err != nil {
		t.Fatal(err)
	}
	var quads, nodes int
	if err := s.pg.QueryRow(`SELECT (SELECT count(*) FROM quads), (SELECT count(*) FROM nodes)`).Scan(&quads, &nodes); err != nil {
		t.Fatal(err)
	}
	if quads != 0 || nodes != 0 {
		t.Errorf("after the delete: %d quads, %d nodes", quads, nodes)
	}
}
