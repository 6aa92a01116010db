package store

import (
	"context"
	"database/sql"
	"fmt"
	"net/url"
	"os"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph"
)

// TestPostgresDecisionWaitsForWriter: a curation decision made by one
// process while another holds the writer lock (as an ingest does while it
// writes a document and settles what it changed) waits for the lock, then
// sees that write; the writer's next LockWriter reports the decision as
// foreign, so its cached answers are dropped.
func TestPostgresDecisionWaitsForWriter(t *testing.T) {
	base := postgresURL(t)
	ingester := mustOpen(t, base)
	// The curator's connections carry a name of their own, to find the one
	// that waits among other tests' backends.
	app := fmt.Sprintf("ng_curator_%d_%d", os.Getpid(), time.Now().UnixNano())
	u, err := url.Parse(base)
	if err != nil {
		t.Fatal(err)
	}
	q := u.Query()
	q.Set("application_name", app)
	u.RawQuery = q.Encode()
	curator := mustOpen(t, u.String())
	curator.syncEvery = time.Hour // it looks at the counter only when told to

	a, alice, _, _, _, _, _ := tokyo(t)
	put(t, ingester, a)
	if got := must[map[newsgraph.EntityID]*newsgraph.Entity](t)(curator.Entities(ctx, []newsgraph.EntityID{alice}))[alice]; got == nil || got.Mentions != 3 {
		t.Fatalf("curator reads alice: %+v", got)
	}

	unlock, _, err := ingester.LockWriter(ctx)
	if err != nil {
		t.Fatal(err)
	}
	b := newArticle(t, "d2", "2024-03-04", "Alice Smith flew home.")
	b.entity(newsgraph.Person, "Alice Smith")
	put(t, ingester, b)

	type result struct {
		d   newsgraph.Decision
		err error
	}
	done := make(chan result, 1)
	go func() {
		d, err := curator.AddDecision(ctx, newsgraph.Decision{Kind: newsgraph.DecisionRename, Entities: []newsgraph.EntityID{alice}, Name: "Minister Smith"})
		done <- result{d, err}
	}()
	db, err := sql.Open("postgres", os.Getenv("NEWSGRAPH_TEST_POSTGRES"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for waiting := false; !waiting; {
		select {
		case r := <-done:
			unlock()
			t.Fatalf("the decision was made while another process held the writer lock: %+v %v", r.d, r.err)
		default:
		}
		err := db.QueryRow(`SELECT EXISTS (SELECT 1 FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
			WHERE a.application_name = $1 AND l.locktype = 'advisory' AND NOT l.granted)`, app).Scan(&waiting)
		if err != nil {
			unlock()
			t.Fatal(err)
		}
		time.Sleep(5 * time.Millisecond)
	}
	unlock()
	r := <-done
	if r.err != nil {
		t.Fatalf("decision after the lock: %v", r.err)
	}
	if got := must[map[newsgraph.EntityID]*newsgraph.Entity](t)(curator.Entities(ctx, []newsgraph.EntityID{alice}))[alice]; got == nil || got.Mentions != 4 || got.Name != "Minister Smith" {
		t.Errorf("curator after its decision: %+v (want the ingester's second document's mention and the new name)", got)
	}
	unlock, foreign, err := ingester.LockWriter(ctx)
	if err != nil {
		t.Fatal(err)
	}
	unlock()
	if !foreign {
		t.Error("the ingester's next LockWriter does not report the curator's decision")
	}

	// A decision of the ingester's own process is foreign to its ingest too.
	must[newsgraph.Decision](t)(ingester.UndoDecision(ctx, r.d.ID))
	unlock, foreign, err = ingester.LockWriter(ctx)
	if err != nil {
		t.Fatal(err)
	}
	unlock()
	if !foreign {
		t.Error("LockWriter after the process's own undo does not report it")
	}
}

// TestPostgresDecisionsOfTwoProcesses: two processes deciding one after the
// other, the second within the time it would otherwise trust its last look
// at the counter, number their decisions apart and both keep them.
func TestPostgresDecisionsOfTwoProcesses(t *testing.T) {
	url := postgresURL(t)
	one, two := mustOpen(t, url), mustOpen(t, url)
	two.syncEvery = time.Hour
	a, alice, bob, _, _, _, _ := tokyo(t)
	put(t, one, a)
	if ds := must[[]newsgraph.Decision](t)(two.Decisions(ctx)); len(ds) != 0 {
		t.Fatalf("decisions before: %+v", ds)
	}
	first := must[newsgraph.Decision](t)(one.AddDecision(ctx, newsgraph.Decision{Kind: newsgraph.DecisionRename, Entities: []newsgraph.EntityID{alice}, Name: "Minister Smith"}))
	second, err := two.AddDecision(ctx, newsgraph.Decision{Kind: newsgraph.DecisionRename, Entities: []newsgraph.EntityID{bob}, Name: "Envoy Jones"})
	if err != nil {
		t.Fatalf("the second process's decision: %v", err)
	}
	if first.ID == second.ID {
		t.Fatalf("both decisions are %s", first.ID)
	}
	for _, s := range []*Store{one, two} {
		s.synced.Store(0)
		if ds := must[[]newsgraph.Decision](t)(s.Decisions(ctx)); len(ds) != 2 {
			t.Errorf("decisions: %+v", ds)
		}
	}
}

// TestPostgresWriterLockPerSchema: two stores in two schemas of one
// database are two stores: a writer of one does not wait for the writer of
// the other (PostgreSQL's advisory locks are the database's; the store's
// keys are its schema's), while a second writer of the same store does.
func TestPostgresWriterLockPerSchema(t *testing.T) {
	url := postgresURL(t)
	a, same, other := mustOpen(t, url), mustOpen(t, url), mustOpen(t, postgresURL(t))
	unlock, _, err := a.LockWriter(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer unlock()
	short, cancel := context.WithTimeout(ctx, 3*time.Second)
	defer cancel()
	unlockOther, _, err := other.LockWriter(short)
	if err != nil {
		t.Fatalf("the writer of another schema waited for this one's lock: %v", err)
	}
	unlockOther()
	shorter, cancel2 := context.WithTimeout(ctx, 300*time.Millisecond)
	defer cancel2()
	if unlockSame, _, err := same.LockWriter(shorter); err == nil {
		unlockSame()
		t.Error("a second writer of the same store took the lock while the first held it")
	}
}
