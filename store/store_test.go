package store

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph"
)

// The conformance suite: every backend runs every case, like cayley's own
// graphtest.TestAll.

func TestMemory(t *testing.T) {
	testAll(t, func(t *testing.T) *Store { return mustOpen(t, "memory://") })
}

func TestLevelDB(t *testing.T) {
	testAll(t, func(t *testing.T) *Store { return mustOpen(t, "leveldb://"+t.TempDir()) })
}

func TestPostgres(t *testing.T) {
	testAll(t, openPostgres)
}

func mustOpen(t *testing.T, url string) *Store {
	t.Helper()
	s, err := Open(context.Background(), url)
	if err != nil {
		t.Fatalf("Open(%q): %v", url, err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// openPostgres gives each test a fresh schema of the database named by
// NEWSGRAPH_TEST_POSTGRES, dropped afterwards, so runs never see each
// other's data.
func openPostgres(t *testing.T) *Store {
	t.Helper()
	return mustOpen(t, postgresURL(t))
}

// postgresURL creates a fresh schema and returns the URL that opens it.
func postgresURL(t *testing.T) string {
	t.Helper()
	base := os.Getenv("NEWSGRAPH_TEST_POSTGRES")
	if base == "" {
		t.Skip("NEWSGRAPH_TEST_POSTGRES not set: skipping PostgreSQL store tests")
	}
	db, err := sql.Open("postgres", base)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	schema := fmt.Sprintf("ng_test_%d_%d", os.Getpid(), time.Now().UnixNano())
	if _, err := db.Exec("CREATE SCHEMA " + schema); err != nil {
		t.Fatalf("create schema: %v", err)
	}
	t.Cleanup(func() {
		if _, err := db.Exec("DROP SCHEMA " + schema + " CASCADE"); err != nil {
			t.Errorf("drop schema: %v", err)
		}
	})
	u, err := url.Parse(base)
	if err != nil {
		t.Fatal(err)
	}
	q := u.Query()
	q.Set("search_path", schema) // lib/pq sends unknown keys as run-time parameters
	u.RawQuery = q.Encode()
	return u.String()
}

// TestPostgresTwoProcesses: a server and an ingest CLI share one PostgreSQL
// store; what one writes, the other reads, though it had cached folds.
func TestPostgresTwoProcesses(t *testing.T) {
	url := postgresURL(t)
	server, cli := mustOpen(t, url), mustOpen(t, url)
	server.syncEvery = 0 // look at every read, not every 100 ms
	a, alice, _, _, _, _, _ := tokyo(t)
	put(t, cli, a)
	if got := must[map[newsgraph.EntityID]*newsgraph.Entity](t)(server.Entities(ctx, []newsgraph.EntityID{alice}))[alice]; got == nil || got.Mentions != 3 {
		t.Fatalf("server reads alice: %+v", got)
	}
	b := newArticle(t, "d2", "2024-03-04", "Alice Smith flew home.")
	b.entity(newsgraph.Person, "Alice Smith")
	put(t, cli, b)
	if got := must[map[newsgraph.EntityID]*newsgraph.Entity](t)(server.Entities(ctx, []newsgraph.EntityID{alice}))[alice]; got == nil || got.Mentions != 4 {
		t.Errorf("server after the CLI's second document: %+v", got)
	}
	must[newsgraph.Decision](t)(cli.AddDecision(ctx, newsgraph.Decision{Kind: newsgraph.DecisionRename, Entities: []newsgraph.EntityID{alice}, Name: "PM Smith"}))
	if got := must[map[newsgraph.EntityID]*newsgraph.Entity](t)(server.Entities(ctx, []newsgraph.EntityID{alice}))[alice]; got == nil || got.Name != "PM Smith" {
		t.Errorf("server after the CLI's rename: %+v", got)
	}
	if ds := must[[]newsgraph.Decision](t)(server.Decisions(ctx)); len(ds) != 1 {
		t.Errorf("server's decisions: %+v", ds)
	}
}

func testAll(t *testing.T, open func(t *testing.T) *Store) {
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
		{"ConcurrentReadWrite", testConcurrent},
		{"Decisions", testDecisions},
		{"URLAsDocumentID", testURLAsDocumentID},
		{"NQuadsRoundTrip", testNQuadsRoundTrip},
		{"CountsFollowWrites", testCountsFollowWrites},
		{"NewTextSameSpans", testNewTextSameSpans},
		{"SearchFollowsWrites", testSearchFollowsWrites},
		{"ListingFollowsWrites", testListingFollowsWrites},
		{"EventsOfFollowsWrites", testEventsOfFollowsWrites},
		{"ShortestPath", testShortestPath},
		{"PathFromBothEnds", testPathFromBothEnds},
		{"FindEvents", testFindEvents},
		{"DatePrecision", testDatePrecision},
		{"LookupRecords", testLookupRecords},
	} {
		t.Run(tc.name, func(t *testing.T) { tc.fn(t, open(t)) })
	}
}

var ctx = context.Background()

// tokyo is the round-trip fixture:
//
//	d1 (2024-03-01): "Alice Smith met Bob Jones at the State Guest House. The
//	                  guest house is in Tokyo. Prime Minister Smith said talks went well."
//
//	alice(PERSON, alias "Smith", role "Prime Minister" of japan) --participant--\
//	bob(PERSON) -----------------------------------------------participant------> meeting (HAPPENED, 2024-02-29)
//	house(FACILITY) --partOf--> tokyo(GPE)        meeting --location--> house
func tokyo(t *testing.T) (a *article, alice, bob, house, tokyoID, japan newsgraph.EntityID, meeting newsgraph.EventID) {
	a = newArticle(t, "d1", "2024-03-01", "Alice Smith met Bob Jones at the State Guest House. The guest house is in Tokyo. Prime Minister Smith said talks went well.")
	alice = a.entity(newsgraph.Person, "Alice Smith", "Smith")
	bob = a.entity(newsgraph.Person, "Bob Jones")
	house = a.entity(newsgraph.Facility, "State Guest House")
	tokyoID = a.entity(newsgraph.GPE, "Tokyo")
	japan = newsgraph.NewEntityID(newsgraph.GPE, "Japan")
	a.role(alice, "Prime Minister", japan, false, "Prime Minister")
	a.x.PartOf = []newsgraph.PartOf{{Part: house, Whole: tokyoID, Evidence: a.evidence("guest house is in Tokyo", 0)}}
	meeting = a.event("", newsgraph.Meeting, newsgraph.Happened, "2024-02-29", house, "met",
		part(newsgraph.RoleParticipant, alice), part(newsgraph.RoleParticipant, bob))
	return
}

func put(t *testing.T, s *Store, a *article) {
	t.Helper()
	if err := s.Put(ctx, a.x); err != nil {
		t.Fatalf("Put(%s): %v", a.x.Document.ID, err)
	}
}

func must[T any](t *testing.T) func(v T, err error) T {
	return func(v T, err error) T {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
}

func equal(t *testing.T, what string, got, want any) {
	t.Helper()
	if !reflect.DeepEqual(got, want) {
		t.Errorf("%s:\n got %#v\nwant %#v", what, got, want)
	}
}

func testRoundTrip(t *testing.T, s *Store) {
	a, alice, bob, house, tokyoID, japan, meeting := tokyo(t)
	put(t, s, a)

	docs := must[map[newsgraph.DocumentID]*newsgraph.Document](t)(s.Documents(ctx, []newsgraph.DocumentID{"d1", "nope"}))
	if len(docs) != 1 || docs["d1"] == nil {
		t.Fatalf("Documents: %v", docs)
	}
	d := docs["d1"]
	if d.Title != a.x.Document.Title || d.URL != a.x.Document.URL || d.Text != a.x.Document.Text || !d.Published.Equal(a.x.Document.Published) {
		t.Errorf("document round trip: %+v", d)
	}
	equal(t, "DocumentIDs", must[[]newsgraph.DocumentID](t)(s.DocumentIDs(ctx)), []newsgraph.DocumentID{"d1"})

	ents := must[map[newsgraph.EntityID]*newsgraph.Entity](t)(s.Entities(ctx, []newsgraph.EntityID{alice, bob, japan}))
	if ents[japan] != nil {
		t.Errorf("japan is only a role's Of, not an entity of this document: %+v", ents[japan])
	}
	al := ents[alice]
	if al == nil {
		t.Fatal("alice missing")
	}
	equal(t, "alice name/type", []any{al.Name, al.Type, al.Mentions}, []any{"Alice Smith", newsgraph.Person, 3})
	equal(t, "alice aliases", al.Aliases, []string{"Alice Smith", "Smith"})
	wantRole := []newsgraph.Role{{
		Title: "Prime Minister", Of: japan, Since: "2024-03-01", Until: "2024-03-01",
		Sources: []newsgraph.Evidence{{Document: "d1", Sentence: 2, Span: a.evidence("Prime Minister", 0).Span, Text: "Prime Minister Smith said talks went well."}},
	}}
	equal(t, "alice roles", al.Roles, wantRole)

	equal(t, "EntityIDs(PERSON)", must[[]newsgraph.EntityID](t)(s.EntityIDs(ctx, newsgraph.Person)), sortedIDs(alice, bob))
	equal(t, "EntityIDs(all)", must[[]newsgraph.EntityID](t)(s.EntityIDs(ctx, "")), sortedIDs(alice, bob, house, tokyoID))
	byKey := must[[]newsgraph.Entity](t)(s.EntitiesByKey(ctx, "smith"))
	if len(byKey) != 1 || byKey[0].ID != alice {
		t.Errorf("EntitiesByKey(smith) = %+v", byKey)
	}
	if got := must[[]newsgraph.Entity](t)(s.EntitiesByKey(ctx, newsgraph.AliasKey("The State Guest House"))); len(got) != 1 || got[0].ID != house {
		t.Errorf("EntitiesByKey(state guest house) = %+v", got)
	}

	evs := must[map[newsgraph.EventID]*newsgraph.Event](t)(s.Events(ctx, []newsgraph.EventID{meeting}))
	ev := evs[meeting]
	if ev == nil {
		t.Fatal("meeting missing")
	}
	want := &newsgraph.Event{
		ID: meeting, Type: newsgraph.Meeting, Status: newsgraph.Happened, Start: "2024-02-29", End: "2024-02-29",
		Participants: []newsgraph.Participant{part(newsgraph.RoleParticipant, alice), part(newsgraph.RoleParticipant, bob)},
		Location:     house,
		Sources:      []newsgraph.Evidence{{Document: "d1", Sentence: 0, Span: a.evidence("met", 0).Span, Text: a.sentence("met")}},
		Claims:       []newsgraph.Claim{{Document: "d1", Published: "2024-03-01", Status: newsgraph.Happened, Start: "2024-02-29", End: "2024-02-29", Location: house}},
	}
	if want.Participants[0].Entity > want.Participants[1].Entity {
		want.Participants[0], want.Participants[1] = want.Participants[1], want.Participants[0]
	}
	equal(t, "meeting", ev, want)
	equal(t, "EventIDs(MEETING)", must[[]newsgraph.EventID](t)(s.EventIDs(ctx, newsgraph.Meeting)), []newsgraph.EventID{meeting})
	equal(t, "EventIDs(VISIT)", must[[]newsgraph.EventID](t)(s.EventIDs(ctx, newsgraph.Visit)), []newsgraph.EventID(nil))
	equal(t, "EventsOf", must[map[newsgraph.EntityID][]newsgraph.EventID](t)(s.EventsOf(ctx, []newsgraph.EntityID{alice, house, tokyoID})),
		map[newsgraph.EntityID][]newsgraph.EventID{alice: {meeting}, house: {meeting}})
	equal(t, "EventsIn", must[map[newsgraph.DocumentID][]newsgraph.EventID](t)(s.EventsIn(ctx, []newsgraph.DocumentID{"d1", "nope"})),
		map[newsgraph.DocumentID][]newsgraph.EventID{"d1": {meeting}})

	ms := must[map[newsgraph.EntityID][]newsgraph.Mention](t)(s.Mentions(ctx, []newsgraph.EntityID{alice}))[alice]
	if len(ms) != 3 || ms[0].Text != "Alice Smith" || ms[0].Evidence.Span.Start != 0 || ms[0].Evidence.Text != a.sentence("met") || ms[2].Evidence.Sentence != 2 {
		t.Errorf("Mentions(alice) = %+v", ms)
	}
	bare := slices.Clone(ms)
	for i := range bare {
		bare[i].Evidence.Text = ""
	}
	equal(t, "MentionRefs(alice)", must[map[newsgraph.EntityID][]newsgraph.Mention](t)(s.MentionRefs(ctx, []newsgraph.EntityID{alice}))[alice], bare)
	dm := must[[]newsgraph.Mention](t)(s.DocumentMentions(ctx, "d1"))
	equal(t, "DocumentMentions count", len(dm), len(a.x.Mentions))
	for i := 1; i < len(dm); i++ {
		if dm[i-1].Evidence.Span.Start > dm[i].Evidence.Span.Start {
			t.Errorf("DocumentMentions out of order at %d: %+v", i, dm)
		}
	}
	equal(t, "PartOf", must[map[newsgraph.EntityID][]newsgraph.EntityID](t)(s.PartOf(ctx, []newsgraph.EntityID{house, tokyoID})),
		map[newsgraph.EntityID][]newsgraph.EntityID{house: {tokyoID}})
	equal(t, "Stats", must[Stats](t)(s.Stats(ctx)), Stats{Documents: 1,
		Entities: map[string]int{"PERSON": 2, "FACILITY": 1, "GPE": 1}, Events: map[string]int{"MEETING": 1}})
}

func sortedIDs(ids ...newsgraph.EntityID) []newsgraph.EntityID {
	out := append([]newsgraph.EntityID(nil), ids...)
	for i := range out {
		for j := i + 1; j < len(out); j++ {
			if out[j] < out[i] {
				out[i], out[j] = out[j], out[i]
			}
		}
	}
	return out
}

// testRePutReplaces: d1 is ingested, then corrected. The second version drops
// Bob, names Carol instead and moves the meeting; nothing of Bob survives.
func testRePutReplaces(t *testing.T, s *Store) {
	a, alice, bob, house, _, _, meeting := tokyo(t)
	put(t, s, a)
	put(t, s, a) // the same extraction again changes nothing
	b := newArticle(t, "d1", "2024-03-02", "Alice Smith met Carol White in Osaka.")
	b.entity(newsgraph.Person, "Alice Smith")
	carol := b.entity(newsgraph.Person, "Carol White")
	osaka := b.entity(newsgraph.GPE, "Osaka")
	b.event(meeting, newsgraph.Meeting, newsgraph.Planned, "", osaka, "met",
		part(newsgraph.RoleParticipant, alice), part(newsgraph.RoleParticipant, carol))
	put(t, s, b)

	ents := must[map[newsgraph.EntityID]*newsgraph.Entity](t)(s.Entities(ctx, []newsgraph.EntityID{alice, bob, carol, house}))
	if ents[bob] != nil || ents[house] != nil {
		t.Errorf("bob or the guest house survived the re-Put: %+v %+v", ents[bob], ents[house])
	}
	if ents[carol] == nil || ents[alice] == nil {
		t.Fatalf("carol or alice missing: %v", ents)
	}
	if ents[alice].Mentions != 1 || len(ents[alice].Roles) != 0 || !reflect.DeepEqual(ents[alice].Aliases, []string{"Alice Smith"}) {
		t.Errorf("alice keeps old facts: %+v", ents[alice])
	}
	ev := must[map[newsgraph.EventID]*newsgraph.Event](t)(s.Events(ctx, []newsgraph.EventID{meeting}))[meeting]
	if ev == nil || ev.Location != osaka || ev.Status != newsgraph.Planned || len(ev.Claims) != 1 || ev.Start != "" {
		t.Fatalf("meeting after re-Put: %+v", ev)
	}
	for _, p := range ev.Participants {
		if p.Entity == bob {
			t.Errorf("bob still participates: %+v", ev.Participants)
		}
	}
	equal(t, "PartOf(house)", must[map[newsgraph.EntityID][]newsgraph.EntityID](t)(s.PartOf(ctx, []newsgraph.EntityID{house})), map[newsgraph.EntityID][]newsgraph.EntityID{})
	equal(t, "EventsOf(bob)", must[map[newsgraph.EntityID][]newsgraph.EventID](t)(s.EventsOf(ctx, []newsgraph.EntityID{bob})), map[newsgraph.EntityID][]newsgraph.EventID{})
	if got := must[[]newsgraph.Entity](t)(s.EntitiesByKey(ctx, "bob jones")); len(got) != 0 {
		t.Errorf("EntitiesByKey(bob jones) = %+v", got)
	}
	d := must[map[newsgraph.DocumentID]*newsgraph.Document](t)(s.Documents(ctx, []newsgraph.DocumentID{"d1"}))["d1"]
	if d.Text != b.x.Document.Text {
		t.Errorf("text not replaced: %q", d.Text)
	}
	st := must[Stats](t)(s.Stats(ctx))
	equal(t, "Stats", st, Stats{Documents: 1, Entities: map[string]int{"PERSON": 2, "GPE": 1}, Events: map[string]int{"MEETING": 1}})
}

// testSharedSupport: two documents support alice and the summit.
//
//	d1 ──> alice, summit        d2 ──> alice, summit, bob
//	delete d1: alice and the summit remain, supported by d2 alone
//	delete d2: the graph is empty
func testSharedSupport(t *testing.T, s *Store) {
	summit := newsgraph.NewEventID(newsgraph.Meeting, "summit")
	a := newArticle(t, "d1", "2024-01-01", "Alice Smith will meet leaders in Rome.")
	alice := a.entity(newsgraph.Person, "Alice Smith")
	rome := a.entity(newsgraph.GPE, "Rome")
	a.event(summit, newsgraph.Meeting, newsgraph.Planned, "2024-01-10", rome, "meet", part(newsgraph.RoleParticipant, alice))
	b := newArticle(t, "d2", "2024-01-11", "Alice Smith met Bob Jones in Rome.")
	b.entity(newsgraph.Person, "Alice Smith")
	bob := b.entity(newsgraph.Person, "Bob Jones")
	b.entity(newsgraph.GPE, "Rome")
	b.event(summit, newsgraph.Meeting, newsgraph.Happened, "2024-01-10", rome, "met", part(newsgraph.RoleParticipant, alice), part(newsgraph.RoleParticipant, bob))
	put(t, s, a)
	put(t, s, b)

	ev := must[map[newsgraph.EventID]*newsgraph.Event](t)(s.Events(ctx, []newsgraph.EventID{summit}))[summit]
	if ev == nil || len(ev.Claims) != 2 || ev.Status != newsgraph.Happened || len(ev.Participants) != 2 || len(ev.Sources) != 2 {
		t.Fatalf("summit from two documents: %+v", ev)
	}
	if al := must[map[newsgraph.EntityID]*newsgraph.Entity](t)(s.Entities(ctx, []newsgraph.EntityID{alice}))[alice]; al == nil || al.Mentions != 2 {
		t.Fatalf("alice from two documents: %+v", al)
	}

	if err := s.DeleteDocument(ctx, "d1"); err != nil {
		t.Fatal(err)
	}
	ev = must[map[newsgraph.EventID]*newsgraph.Event](t)(s.Events(ctx, []newsgraph.EventID{summit}))[summit]
	if ev == nil || len(ev.Claims) != 1 || ev.Claims[0].Document != "d2" || len(ev.Sources) != 1 {
		t.Fatalf("summit after deleting d1: %+v", ev)
	}
	al := must[map[newsgraph.EntityID]*newsgraph.Entity](t)(s.Entities(ctx, []newsgraph.EntityID{alice}))[alice]
	if al == nil || al.Mentions != 1 {
		t.Fatalf("alice after deleting d1: %+v", al)
	}
	equal(t, "DocumentIDs", must[[]newsgraph.DocumentID](t)(s.DocumentIDs(ctx)), []newsgraph.DocumentID{"d2"})

	if err := s.DeleteDocument(ctx, "d2"); err != nil {
		t.Fatal(err)
	}
	equal(t, "entities left", must[[]newsgraph.EntityID](t)(s.EntityIDs(ctx, "")), []newsgraph.EntityID(nil))
	equal(t, "events left", must[[]newsgraph.EventID](t)(s.EventIDs(ctx, "")), []newsgraph.EventID(nil))
	equal(t, "Stats", must[Stats](t)(s.Stats(ctx)), Stats{Entities: map[string]int{}, Events: map[string]int{}})
	if got := must[map[newsgraph.EventID]*newsgraph.Event](t)(s.Events(ctx, []newsgraph.EventID{summit})); len(got) != 0 {
		t.Errorf("summit survived: %+v", got)
	}
	if err := s.DeleteDocument(ctx, "d2"); !errors.Is(err, newsgraph.ErrNotFound) {
		t.Errorf("deleting a missing document: %v, want ErrNotFound", err)
	}
}

// testFoldEvent: three sources disagree about one visit.
//
//	d1 2024-01-01  PLANNED    for 2024-01-20  in France (GPE)
//	d2 2024-01-05  HAPPENED   on 2024-01-21   in the Elysee Palace (FACILITY)
//	d3 (no date)   CANCELLED  no date         in the Seine valley (LOCATION)
//
// Status and dates come from d2, the latest dated claim (d3 counts as
// oldest); the location is the facility, the most specific.
func testFoldEvent(t *testing.T, s *Store) {
	visit := newsgraph.NewEventID(newsgraph.Visit, "visit")
	a := newArticle(t, "d1", "2024-01-01", "Alice Smith will visit France.")
	alice := a.entity(newsgraph.Person, "Alice Smith")
	france := a.entity(newsgraph.GPE, "France")
	a.event(visit, newsgraph.Visit, newsgraph.Planned, "2024-01-20", france, "visit", part(newsgraph.RoleVisitor, alice), part(newsgraph.RoleDestination, france))
	b := newArticle(t, "d2", "2024-01-05", "Alice Smith arrived at the Elysee Palace.")
	b.entity(newsgraph.Person, "Alice Smith")
	palace := b.entity(newsgraph.Facility, "Elysee Palace")
	b.event(visit, newsgraph.Visit, newsgraph.Happened, "2024-01-21", palace, "arrived", part(newsgraph.RoleVisitor, alice))
	c := newArticle(t, "d3", "", "Alice Smith called off her trip to the Seine valley.")
	c.entity(newsgraph.Person, "Alice Smith")
	seine := c.entity(newsgraph.Location, "Seine valley")
	c.event(visit, newsgraph.Visit, newsgraph.Cancelled, "", seine, "called off", part(newsgraph.RoleVisitor, alice))
	for _, x := range []*article{c, b, a} {
		put(t, s, x)
	}
	ev := must[map[newsgraph.EventID]*newsgraph.Event](t)(s.Events(ctx, []newsgraph.EventID{visit}))[visit]
	if ev == nil {
		t.Fatal("visit missing")
	}
	equal(t, "status/dates/location", []any{ev.Status, ev.Start, ev.End, ev.Location}, []any{newsgraph.Happened, "2024-01-21", "2024-01-21", palace})
	var docs []newsgraph.DocumentID
	for _, c := range ev.Claims {
		docs = append(docs, c.Document)
	}
	equal(t, "claim order", docs, []newsgraph.DocumentID{"d3", "d1", "d2"})
	equal(t, "participants", ev.Participants, []newsgraph.Participant{part(newsgraph.RoleDestination, france), part(newsgraph.RoleVisitor, alice)})
	equal(t, "EventsOf", must[map[newsgraph.EntityID][]newsgraph.EventID](t)(s.EventsOf(ctx, []newsgraph.EntityID{seine, france})),
		map[newsgraph.EntityID][]newsgraph.EventID{seine: {visit}, france: {visit}})

	// A later dated source that says nothing of the date keeps d2's dates
	// but gives the status; two GPE claims outvote nothing more specific.
	d := newArticle(t, "d4", "2024-02-01", "Alice Smith's visit is uncertain.")
	d.entity(newsgraph.Person, "Alice Smith")
	d.event(visit, newsgraph.Visit, newsgraph.Uncertain, "", "", "visit", part(newsgraph.RoleVisitor, alice))
	put(t, s, d)
	ev = must[map[newsgraph.EventID]*newsgraph.Event](t)(s.Events(ctx, []newsgraph.EventID{visit}))[visit]
	equal(t, "after d4", []any{ev.Status, ev.Start, ev.Location}, []any{newsgraph.Uncertain, "2024-01-21", palace})

	// Two documents that never cite the visit call the palace something
	// else than a facility: the Seine valley becomes the most specific place.
	for _, id := range []string{"d5", "d6"} {
		o := newArticle(t, id, "2024-03-01", "Elysee Palace is a brand of wine.")
		o.entityID(palace, newsgraph.Other, "Elysee Palace")
		put(t, s, o)
	}
	ev = must[map[newsgraph.EventID]*newsgraph.Event](t)(s.Events(ctx, []newsgraph.EventID{visit}))[visit]
	equal(t, "after retyping the palace", ev.Location, seine)
}

// testFoldEntity: names and types are voted over documents.
//
//	d1 "Bob"  PERSON     d2 "Bob Jones" PERSON     d3 "Bob Jones" ORGANIZATION
//	-> name "Bob Jones" (2 votes), type PERSON (2 votes)
//	d4, d5: "Ann" vs "Ann Lee", one vote each -> the longer, "Ann Lee";
//	GPE vs LOCATION one each -> GPE, earlier in newsgraph.EntityTypes
func testFoldEntity(t *testing.T, s *Store) {
	bob := newsgraph.EntityID("urn:newsgraph:entity:person:bob")
	for i, v := range []struct {
		name string
		typ  newsgraph.EntityType
	}{{"Bob", newsgraph.Person}, {"Bob Jones", newsgraph.Person}, {"Bob Jones", newsgraph.Organization}} {
		a := newArticle(t, fmt.Sprintf("b%d", i), "2024-01-0"+fmt.Sprint(i+1), v.name+" spoke.")
		a.entityID(bob, v.typ, v.name)
		if i > 0 {
			a.role(bob, "minister", "", i == 2, v.name)
		} else {
			a.role(bob, "Minister ", "", false, v.name)
		}
		put(t, s, a)
	}
	ann := newsgraph.EntityID("urn:newsgraph:entity:gpe:ann")
	for i, v := range []struct {
		name string
		typ  newsgraph.EntityType
	}{{"Ann Lee", newsgraph.Location}, {"Ann", newsgraph.GPE}} {
		a := newArticle(t, fmt.Sprintf("a%d", i), "", v.name+" is far.")
		a.entityID(ann, v.typ, v.name)
		put(t, s, a)
	}
	ents := must[map[newsgraph.EntityID]*newsgraph.Entity](t)(s.Entities(ctx, []newsgraph.EntityID{bob, ann}))
	b, a := ents[bob], ents[ann]
	if b == nil || a == nil {
		t.Fatalf("entities: %v", ents)
	}
	equal(t, "bob", []any{b.Name, b.Type, b.Aliases, b.Mentions}, []any{"Bob Jones", newsgraph.Person, []string{"Bob", "Bob Jones"}, 3})
	if len(b.Roles) != 1 {
		t.Fatalf("bob's roles did not fold into one: %+v", b.Roles)
	}
	r := b.Roles[0]
	equal(t, "bob's role", []any{r.Title, r.Former, r.Since, r.Until, len(r.Sources)}, []any{"minister", true, "2024-01-01", "2024-01-03", 3})
	equal(t, "ann", []any{a.Name, a.Type}, []any{"Ann Lee", newsgraph.GPE})
	equal(t, "EntityIDs(GPE)", must[[]newsgraph.EntityID](t)(s.EntityIDs(ctx, newsgraph.GPE)), []newsgraph.EntityID{ann})
	equal(t, "EntityIDs(ORGANIZATION)", must[[]newsgraph.EntityID](t)(s.EntityIDs(ctx, newsgraph.Organization)), []newsgraph.EntityID(nil))
}

// testFailedPut: an invalid extraction and a cancelled context are refused
// and leave the previous version of the document in place.
func testFailedPut(t *testing.T, s *Store) {
	a, alice, _, _, _, _, meeting := tokyo(t)
	put(t, s, a)
	before := snapshot(t, s, alice, meeting)

	b := newArticle(t, "d1", "2024-03-05", "Alice Smith resigned.")
	b.entity(newsgraph.Person, "Alice Smith")
	b.x.Mentions[0].Evidence.Span.End = 1000 // outside the text
	if err := s.Put(ctx, b.x); !errors.Is(err, newsgraph.ErrInvalid) {
		t.Errorf("Put with a span outside the text: %v, want ErrInvalid", err)
	}
	c := newArticle(t, "d1", "2024-03-05", "Alice Smith resigned.")
	c.entity(newsgraph.Person, "Alice Smith")
	cancelled, cancel := context.WithCancel(ctx)
	cancel()
	if err := s.Put(cancelled, c.x); err == nil {
		t.Errorf("Put with a cancelled context succeeded")
	}
	for _, bad := range []*newsgraph.Extraction{nil, {}, {Document: newsgraph.Document{ID: "d1"}, Entities: []newsgraph.Entity{{ID: alice, Type: "ROBOT"}}}} {
		if err := s.Put(ctx, bad); !errors.Is(err, newsgraph.ErrInvalid) {
			t.Errorf("Put(%+v): %v, want ErrInvalid", bad, err)
		}
	}
	equal(t, "state after failed puts", snapshot(t, s, alice, meeting), before)
}

func snapshot(t *testing.T, s *Store, e newsgraph.EntityID, v newsgraph.EventID) []any {
	t.Helper()
	return []any{
		must[map[newsgraph.DocumentID]*newsgraph.Document](t)(s.Documents(ctx, []newsgraph.DocumentID{"d1"})),
		must[map[newsgraph.EntityID]*newsgraph.Entity](t)(s.Entities(ctx, []newsgraph.EntityID{e})),
		must[map[newsgraph.EventID]*newsgraph.Event](t)(s.Events(ctx, []newsgraph.EventID{v})),
		must[[]newsgraph.Mention](t)(s.DocumentMentions(ctx, "d1")),
		must[Stats](t)(s.Stats(ctx)),
	}
}

// testConcurrent runs readers against a writer; under -race it checks the
// Store's lock, and every read must see whole documents.
func testConcurrent(t *testing.T, s *Store) {
	a, alice, _, _, _, _, meeting := tokyo(t)
	put(t, s, a)
	const writes = 12
	var wg sync.WaitGroup
	errs := make(chan error, 8)
	wg.Add(1)
	go func() {
		defer wg.Done()
		for i := 0; i < writes; i++ {
			b := newArticle(t, fmt.Sprintf("w%d", i), "2024-04-01", "Alice Smith met Bob Jones again.")
			b.entity(newsgraph.Person, "Alice Smith")
			b.entity(newsgraph.Person, "Bob Jones")
			b.event(meeting, newsgraph.Meeting, newsgraph.Happened, "", "", "met")
			if err := s.Put(ctx, b.x); err != nil {
				errs <- err
				return
			}
			if i%3 == 2 {
				if err := s.DeleteDocument(ctx, b.x.Document.ID); err != nil {
					errs <- err
					return
				}
			}
		}
	}()
	for r := 0; r < 3; r++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < writes; i++ {
				ms, err := s.Mentions(ctx, []newsgraph.EntityID{alice})
				if err != nil {
					errs <- err
					return
				}
				evs, err := s.Events(ctx, []newsgraph.EventID{meeting})
				if err != nil {
					errs <- err
					return
				}
				// Each call sees whole documents: d1 mentions alice three
				// times, every other document once; each claim has its source.
				perDoc := map[newsgraph.DocumentID]int{}
				for _, m := range ms[alice] {
					perDoc[m.Evidence.Document]++
				}
				for d, n := range perDoc {
					if want := map[bool]int{true: 3, false: 1}[d == "d1"]; n != want {
						errs <- fmt.Errorf("torn read: %d mentions of alice in %s", n, d)
						return
					}
				}
				if ev := evs[meeting]; ev == nil || len(ev.Sources) != len(ev.Claims) {
					errs <- fmt.Errorf("torn read: %+v", ev)
					return
				}
				if _, err := s.EntityIDs(ctx, ""); err != nil {
					errs <- err
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	ids := must[[]newsgraph.DocumentID](t)(s.DocumentIDs(ctx))
	equal(t, "documents after the writer", len(ids), 1+writes-writes/3)
}

// testDecisions: curation applied at read time.
//
//	d1: "Alice Smith" (alice), "A. Smith" (asmith, a duplicate), "Acme" in alice's aliases by mistake
//	MERGE alice <- asmith; SPLIT "Acme" out of alice; RENAME alice "Alice B. Smith"; undo the rename
func testDecisions(t *testing.T, s *Store) {
	a := newArticle(t, "d1", "2024-05-01", "Alice Smith met Bob Jones. A. Smith signed for Acme.")
	alice := a.entity(newsgraph.Person, "Alice Smith", "Acme")
	asmith := a.entity(newsgraph.Person, "A. Smith")
	bob := a.entity(newsgraph.Person, "Bob Jones")
	meeting := a.event("", newsgraph.Meeting, newsgraph.Happened, "", "", "met", part(newsgraph.RoleParticipant, asmith), part(newsgraph.RoleParticipant, bob))
	put(t, s, a)

	merge := must[newsgraph.Decision](t)(s.AddDecision(ctx, newsgraph.Decision{Kind: newsgraph.DecisionMerge, By: "ed", Entities: []newsgraph.EntityID{alice, asmith}}))
	if merge.ID == "" || merge.At.IsZero() {
		t.Errorf("decision without id or time: %+v", merge)
	}
	ents := must[map[newsgraph.EntityID]*newsgraph.Entity](t)(s.Entities(ctx, []newsgraph.EntityID{alice, asmith}))
	if ents[asmith] == nil || ents[asmith].ID != alice || ents[alice].Mentions != 3 {
		t.Fatalf("after merge: %+v / %+v", ents[alice], ents[asmith])
	}
	equal(t, "EntityIDs after merge", must[[]newsgraph.EntityID](t)(s.EntityIDs(ctx, "")), sortedIDs(alice, bob))
	ev := must[map[newsgraph.EventID]*newsgraph.Event](t)(s.Events(ctx, []newsgraph.EventID{meeting}))[meeting]
	equal(t, "participants after merge", ev.Participants, []newsgraph.Participant{part(newsgraph.RoleParticipant, alice), part(newsgraph.RoleParticipant, bob)})
	equal(t, "EventsOf(alice)", must[map[newsgraph.EntityID][]newsgraph.EventID](t)(s.EventsOf(ctx, []newsgraph.EntityID{alice})), map[newsgraph.EntityID][]newsgraph.EventID{alice: {meeting}})
	if got := must[[]newsgraph.Entity](t)(s.EntitiesByKey(ctx, "a smith")); len(got) != 1 || got[0].ID != alice {
		t.Errorf("EntitiesByKey(a smith) after merge: %+v", got)
	}

	split := must[newsgraph.Decision](t)(s.AddDecision(ctx, newsgraph.Decision{Kind: newsgraph.DecisionSplit, Entities: []newsgraph.EntityID{alice}, Alias: "Acme"}))
	acme := newsgraph.NewEntityID(newsgraph.Person, "Acme")
	ents = must[map[newsgraph.EntityID]*newsgraph.Entity](t)(s.Entities(ctx, []newsgraph.EntityID{alice, acme}))
	if ents[acme] == nil || ents[acme].Name != "Acme" || ents[acme].Mentions != 1 {
		t.Fatalf("split-out entity: %+v", ents[acme])
	}
	for _, al := range ents[alice].Aliases {
		if al == "Acme" {
			t.Errorf("alice keeps the split alias: %v", ents[alice].Aliases)
		}
	}
	if got := must[[]newsgraph.Entity](t)(s.EntitiesByKey(ctx, "acme")); len(got) != 1 || got[0].ID != acme {
		t.Errorf("EntitiesByKey(acme) after split: %+v", got)
	}
	for _, m := range must[[]newsgraph.Mention](t)(s.DocumentMentions(ctx, "d1")) {
		if m.Text == "Acme" && m.Entity != acme || m.Text == "A. Smith" && m.Entity != alice {
			t.Errorf("document mention not redirected: %+v", m)
		}
	}

	rename := must[newsgraph.Decision](t)(s.AddDecision(ctx, newsgraph.Decision{Kind: newsgraph.DecisionRename, Entities: []newsgraph.EntityID{asmith}, Name: "Alice B. Smith"}))
	if got := must[map[newsgraph.EntityID]*newsgraph.Entity](t)(s.Entities(ctx, []newsgraph.EntityID{alice}))[alice].Name; got != "Alice B. Smith" {
		t.Errorf("renamed: %q", got)
	}
	if got := must[[]newsgraph.Entity](t)(s.EntitiesByKey(ctx, newsgraph.AliasKey("Alice B. Smith"))); len(got) != 1 || got[0].ID != alice {
		t.Errorf("EntitiesByKey(new name): %+v", got)
	}
	// Decisions survive a re-ingest of the document.
	put(t, s, a)
	if got := must[map[newsgraph.EntityID]*newsgraph.Entity](t)(s.Entities(ctx, []newsgraph.EntityID{asmith}))[asmith]; got.ID != alice || got.Name != "Alice B. Smith" {
		t.Errorf("after re-ingest: %+v", got)
	}
	ds := must[[]newsgraph.Decision](t)(s.Decisions(ctx))
	if len(ds) != 3 || ds[0].ID != rename.ID || ds[2].ID != merge.ID || ds[1].ID != split.ID {
		t.Errorf("Decisions not newest first: %+v", ds)
	}
	undone := must[newsgraph.Decision](t)(s.UndoDecision(ctx, rename.ID))
	if !undone.Undone {
		t.Errorf("undo: %+v", undone)
	}
	if got := must[map[newsgraph.EntityID]*newsgraph.Entity](t)(s.Entities(ctx, []newsgraph.EntityID{alice}))[alice].Name; got == "Alice B. Smith" {
		t.Errorf("undone rename still applies")
	}
	must[newsgraph.Decision](t)(s.UndoDecision(ctx, merge.ID))
	ents = must[map[newsgraph.EntityID]*newsgraph.Entity](t)(s.Entities(ctx, []newsgraph.EntityID{asmith}))
	if ents[asmith] == nil || ents[asmith].ID != asmith {
		t.Errorf("undone merge still applies: %+v", ents[asmith])
	}
	if _, err := s.UndoDecision(ctx, "urn:newsgraph:decision:99"); !errors.Is(err, newsgraph.ErrNotFound) {
		t.Errorf("undo unknown: %v", err)
	}
	if _, err := s.AddDecision(ctx, newsgraph.Decision{Kind: newsgraph.DecisionMerge, Entities: []newsgraph.EntityID{alice}}); !errors.Is(err, newsgraph.ErrInvalid) {
		t.Errorf("merge of one: %v", err)
	}
	if _, err := s.AddDecision(ctx, newsgraph.Decision{Kind: newsgraph.DecisionRename, Entities: []newsgraph.EntityID{"urn:newsgraph:entity:person:nobody"}, Name: "X"}); !errors.Is(err, newsgraph.ErrNotFound) {
		t.Errorf("rename of unknown: %v", err)
	}
}

// TestDecisionsPersist: decisions are in the graph, not only in memory.
func TestDecisionsPersist(t *testing.T) {
	dir := t.TempDir()
	s := mustOpen(t, dir)
	a := newArticle(t, "d1", "", "Alice Smith spoke.")
	alice := a.entity(newsgraph.Person, "Alice Smith")
	put(t, s, a)
	d := must[newsgraph.Decision](t)(s.AddDecision(ctx, newsgraph.Decision{Kind: newsgraph.DecisionRename, Entities: []newsgraph.EntityID{alice}, Name: "Dr Alice Smith"}))
	must[newsgraph.Decision](t)(s.UndoDecision(ctx, d.ID))
	d2 := must[newsgraph.Decision](t)(s.AddDecision(ctx, newsgraph.Decision{Kind: newsgraph.DecisionRename, Entities: []newsgraph.EntityID{alice}, Name: "Prof Alice Smith"}))
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s = mustOpen(t, "leveldb://"+dir)
	ds := must[[]newsgraph.Decision](t)(s.Decisions(ctx))
	if len(ds) != 2 || ds[0].ID != d2.ID || !ds[1].Undone || ds[0].Undone {
		t.Fatalf("decisions after reopen: %+v", ds)
	}
	if got := must[map[newsgraph.EntityID]*newsgraph.Entity](t)(s.Entities(ctx, []newsgraph.EntityID{alice}))[alice].Name; got != "Prof Alice Smith" {
		t.Errorf("name after reopen: %q", got)
	}
}

// TestLevelDBLocked: a second open of a folder in use fails at once with
// ErrLocked and names the folder.
func TestLevelDBLocked(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "graph")
	mustOpen(t, dir)
	done := make(chan error, 1)
	go func() {
		s, err := Open(ctx, "leveldb://"+dir)
		if err == nil {
			s.Close()
		}
		done <- err
	}()
	select {
	case err := <-done:
		if !errors.Is(err, newsgraph.ErrLocked) {
			t.Fatalf("second open: %v, want ErrLocked", err)
		}
		t.Logf("second open: %v", err)
		if msg := err.Error(); !strings.Contains(msg, dir) || !strings.Contains(msg, "server") {
			t.Errorf("error does not name the folder and the way out: %q", msg)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("second open hangs")
	}
}

// TestLevelDBLockedAcrossProcesses: the case that matters, a CLI started
// while the server holds the folder. The test binary re-runs itself as the
// second process.
func TestLevelDBLockedAcrossProcesses(t *testing.T) {
	if dir := os.Getenv("NEWSGRAPH_TEST_SECOND_OPEN"); dir != "" {
		_, err := Open(ctx, dir)
		if errors.Is(err, newsgraph.ErrLocked) {
			fmt.Println("LOCKED:", err)
			return
		}
		t.Fatalf("second process opened a locked folder: %v", err)
	}
	dir := filepath.Join(t.TempDir(), "graph")
	mustOpen(t, dir)
	cmd := exec.Command(os.Args[0], "-test.run=^TestLevelDBLockedAcrossProcesses$")
	cmd.Env = append(os.Environ(), "NEWSGRAPH_TEST_SECOND_OPEN="+dir)
	done := make(chan struct{})
	var out []byte
	var err error
	go func() {
		out, err = cmd.CombinedOutput()
		close(done)
	}()
	select {
	case <-done:
	case <-time.After(30 * time.Second):
		cmd.Process.Kill()
		t.Fatal("second process hangs on the locked folder")
	}
	if err != nil || !strings.Contains(string(out), "LOCKED:") || !strings.Contains(string(out), dir) {
		t.Fatalf("second process: %v\n%s", err, out)
	}
}

func TestOpenBadURL(t *testing.T) {
	for _, u := range []string{"", "bolt:///tmp/x", "leveldb://"} {
		if _, err := Open(ctx, u); err == nil || !errors.Is(err, newsgraph.ErrInvalid) {
			t.Errorf("Open(%q): %v, want ErrInvalid", u, err)
		}
	}
	s := mustOpen(t, "memory://")
	equal(t, "backend", s.Backend(), "memory")
	equal(t, "backend", mustOpen(t, t.TempDir()).Backend(), "leveldb")
}

// testURLAsDocumentID: document ids are the caller's own, often URLs with
// '#', '/', '?' and spaces; they must round-trip and delete cleanly.
func testURLAsDocumentID(t *testing.T, s *Store) {
	id := "https://news.example/a b/c?d=1#e:f"
	a := newArticle(t, id, "2024-06-01", "Alice Smith met Bob Jones.")
	alice := a.entity(newsgraph.Person, "Alice Smith")
	bob := a.entity(newsgraph.Person, "Bob Jones")
	v := a.event("", newsgraph.Meeting, newsgraph.Happened, "", "", "met", part(newsgraph.RoleParticipant, alice), part(newsgraph.RoleParticipant, bob))
	put(t, s, a)
	equal(t, "DocumentIDs", must[[]newsgraph.DocumentID](t)(s.DocumentIDs(ctx)), []newsgraph.DocumentID{newsgraph.DocumentID(id)})
	ev := must[map[newsgraph.EventID]*newsgraph.Event](t)(s.Events(ctx, []newsgraph.EventID{v}))[v]
	if ev == nil || ev.Claims[0].Document != newsgraph.DocumentID(id) || ev.Sources[0].Text != "Alice Smith met Bob Jones." {
		t.Fatalf("event: %+v", ev)
	}
	if err := s.DeleteDocument(ctx, newsgraph.DocumentID(id)); err != nil {
		t.Fatal(err)
	}
	equal(t, "Stats after delete", must[Stats](t)(s.Stats(ctx)), Stats{Entities: map[string]int{}, Events: map[string]int{}})
}

// TestKVHazard pins the batches that need the two-step write on leveldb.
func TestKVHazard(t *testing.T) {
	q := func(s, p, o string) quad.Quad {
		return quad.Quad{Subject: quad.IRI(s), Predicate: quad.IRI(p), Object: quad.IRI(o), Label: quad.IRI("d")}
	}
	add := func(x quad.Quad) graph.Delta { return graph.Delta{Quad: x, Action: graph.Add} }
	del := func(x quad.Quad) graph.Delta { return graph.Delta{Quad: x, Action: graph.Delete} }
	for _, tc := range []struct {
		name   string
		deltas []graph.Delta
		want   bool
	}{
		{"adds only", []graph.Delta{add(q("a", "p", "x")), add(q("b", "p", "y"))}, false},
		{"deletes only", []graph.Delta{del(q("a", "p", "x")), del(q("b", "p", "y"))}, false},
		{"one for one", []graph.Delta{del(q("a", "p", "x")), add(q("c", "p", "z"))}, false},
		{"predicate count falls under an add", []graph.Delta{del(q("a", "p", "x")), del(q("b", "p", "y")), add(q("c", "p", "z"))}, true},
	} {
		if got := kvHazard(tc.deltas); got != tc.want {
			t.Errorf("%s: kvHazard = %v, want %v", tc.name, got, tc.want)
		}
	}
}

// testNQuadsRoundTrip: an export read back into an emptied store gives the
// same answers, decisions included.
func testNQuadsRoundTrip(t *testing.T, s *Store) {
	a, alice, _, _, _, _, meeting := tokyo(t)
	put(t, s, a)
	must[newsgraph.Decision](t)(s.AddDecision(ctx, newsgraph.Decision{Kind: newsgraph.DecisionRename, Entities: []newsgraph.EntityID{alice}, Name: "PM Smith"}))
	before := snapshot(t, s, alice, meeting)
	var buf bytes.Buffer
	if err := s.WriteNQuads(ctx, &buf); err != nil {
		t.Fatal(err)
	}
	if err := s.DeleteDocument(ctx, "d1"); err != nil {
		t.Fatal(err)
	}
	if _, err := s.ReadNQuads(ctx, bytes.NewReader(buf.Bytes())); err != nil {
		t.Fatal(err)
	}
	equal(t, "after export and import", snapshot(t, s, alice, meeting), before)

	// Importing into a store whose folds are cached: d2's alice is read
	// (and cached) before d1 comes back.
	if err := s.DeleteDocument(ctx, "d1"); err != nil {
		t.Fatal(err)
	}
	b := newArticle(t, "d2", "2024-03-04", "Alice Smith flew home.")
	b.entity(newsgraph.Person, "Alice Smith")
	put(t, s, b)
	if got := must[map[newsgraph.EntityID]*newsgraph.Entity](t)(s.Entities(ctx, []newsgraph.EntityID{alice}))[alice]; got == nil || got.Mentions != 1 {
		t.Fatalf("alice from d2 alone: %+v", got)
	}
	if _, err := s.ReadNQuads(ctx, bytes.NewReader(buf.Bytes())); err != nil {
		t.Fatal(err)
	}
	if got := must[map[newsgraph.EntityID]*newsgraph.Entity](t)(s.Entities(ctx, []newsgraph.EntityID{alice}))[alice]; got == nil || got.Mentions != 4 {
		t.Errorf("alice after importing d1 next to d2: %+v", got)
	}
	if got := must[map[newsgraph.EntityID]*newsgraph.Entity](t)(s.Entities(ctx, []newsgraph.EntityID{alice}))[alice]; got == nil || got.Name != "PM Smith" {
		t.Errorf("renamed alice after import: %+v", got)
	}
}

// TestKeptReadIndexes: a leveldb store keeps its read indexes across
// processes (Close writes them, Open restores them), they equal the ones a
// pass over the store builds, a write deletes them from disk before it
// changes anything (so a crash leaves none stale), and what a later
// process restores includes its predecessor's writes.
func TestKeptReadIndexes(t *testing.T) {
	dir := "leveldb://" + t.TempDir()
	s := mustOpen(t, dir)
	a, alice, bob, _, _, _, _ := tokyo(t)
	put(t, s, a) // into an empty store, whose indexes Open started
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}

	s = mustOpen(t, dir)
	restored := s.folds.take()
	if restored == nil || restored.parts() != 6 {
		t.Fatalf("restored %+v, want the six indexes", restored)
	}
	// The same store read afresh builds the same indexes.
	s.folds.reset()
	if err := s.Warm(ctx); err != nil {
		t.Fatal(err)
	}
	equal(t, "restored vs rebuilt", restored, s.folds.take())

	d2 := newArticle(t, "d2", "2024-03-04", "Bob Jones visited Oslo with Carl Berg.")
	d2.entity(newsgraph.Person, "Bob Jones")
	carl := d2.entity(newsgraph.Person, "Carl Berg")
	oslo := d2.entity(newsgraph.GPE, "Oslo")
	d2.event("", newsgraph.Visit, newsgraph.Happened, "2024-03-04", oslo, "visited", part(newsgraph.RoleVisitor, bob), part(newsgraph.RoleVisitor, carl))
	put(t, s, d2)
	if ok, err := s.level.db.Has(snapshotKey, nil); err != nil || ok {
		t.Fatalf("kept indexes on disk after a write: %v %v", ok, err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}

	s = mustOpen(t, dir)
	if s.folds.take() == nil {
		t.Fatal("nothing restored after a writing process closed")
	}
	st := must[Stats](t)(s.Stats(ctx))
	if st.Documents != 2 || st.Entities["PERSON"] != 3 || st.Events["VISIT"] != 1 {
		t.Errorf("stats from kept indexes: %+v", st)
	}
	ms := must[[]newsgraph.EntityMatch](t)(s.SearchEntities(ctx, "Berg", "", false))
	if len(ms) != 1 || ms[0].Entity.ID != carl {
		t.Errorf("search Berg from kept indexes: %+v", ms)
	}
	evs := must[map[newsgraph.EntityID][]newsgraph.EventID](t)(s.EventsOf(ctx, []newsgraph.EntityID{carl, alice}))
	if len(evs[carl]) != 1 || len(evs[alice]) != 1 {
		t.Errorf("events of Carl and Alice from kept indexes: %v", evs)
	}
}

// keyTierSplit is keyTier as first written, splitting and joining words:
// the reference the allocation-free keyTier must agree with.
func keyTierSplit(query, key string) int {
	if query == "" || key == "" {
		return noMatch
	}
	if key == query {
		return TierExact
	}
	if strings.Contains(" "+key+" ", " "+query+" ") {
		return TierWords
	}
	if strings.HasPrefix(key, query) || strings.Contains(" "+key, " "+query) {
		return TierPrefix
	}
	allowed := typoBudget(query)
	if allowed == 0 {
		return noMatch
	}
	if damerauLevenshtein(query, key, allowed) <= allowed {
		return TierTypo
	}
	qWords := len(strings.Fields(query))
	words := strings.Fields(key)
	for i := 0; i+qWords <= len(words); i++ {
		if damerauLevenshtein(query, strings.Join(words[i:i+qWords], " "), allowed) <= allowed {
			return TierTypo
		}
	}
	return noMatch
}

// TestKeyTier: keyTier agrees with the splitting reference on names, their
// words, prefixes and typos (dropped, doubled, swapped and changed
// letters), accented names included; and the distance agrees between its
// byte and rune forms.
func TestKeyTier(t *testing.T) {
	names := []string{"Ana Lima", "Anna Lima", "Lima", "Ronald W. Reagan", "Reagan Administration", "New York", "Newyork",
		"Banco do Brasil", "Bank of Brazil", "Société Générale", "São Paulo", "Sao Paulo", "Zoë Ní Bhriain", "EU", "U.S. Treasury",
		"Treasury Secretary James Baker", "Baker", "Bakers", "Jim Baker", "A B C D", "Kim Jong-un", "Mohammed bin Salman", "Salmon"}
	var queries []string
	for _, n := range names {
		k := newsgraph.AliasKey(n)
		queries = append(queries, k)
		rs := []rune(k)
		for i := range rs {
			queries = append(queries, string(rs[:i]), string(rs[:i])+string(rs[i+1:]), string(rs[:i])+string(rs[i])+string(rs[i:]))
			if i+1 < len(rs) {
				sw := slices.Clone(rs)
				sw[i], sw[i+1] = sw[i+1], sw[i]
				queries = append(queries, string(sw))
			}
			ch := slices.Clone(rs)
			ch[i] = 'x'
			queries = append(queries, string(ch))
		}
	}
	n := 0
	for _, q := range queries {
		q = newsgraph.AliasKey(q)
		for _, name := range names {
			key := newsgraph.AliasKey(name)
			got, want := keyTier(q, key), keyTierSplit(q, key)
			if got != want {
				t.Errorf("keyTier(%q, %q) = %d, want %d", q, key, got, want)
			}
			if want != noMatch {
				n++
			}
			if d1, d2 := osa([]byte(q), []byte(key), 2), osa([]rune(q), []rune(key), 2); isASCII(q) && isASCII(key) && d1 != d2 {
				t.Errorf("distance %q %q: bytes %d, runes %d", q, key, d1, d2)
			}
		}
	}
	if n < len(queries) {
		t.Errorf("only %d matches among %d queries: the cases test little", n, len(queries))
	}
}

// testLookupRecords: a document's lookup record comes back as it was last
// put, one query for many documents; a document put without one has none;
// the documents looking a key up are those last put so; the export leaves
// records out (they are not facts of the graph).
func testLookupRecords(t *testing.T, s *Store) {
	a := newArticle(t, "d1", "2024-03-04", "Alice Smith flew home.")
	a.entity(newsgraph.Person, "Alice Smith")
	a.x.Lookups = `{"v":1,"u":[[["alice smith"]]]}`
	a.x.LookedUp = []string{"heron", "smith"}
	put(t, s, a)
	b := newArticle(t, "d2", "2024-03-05", "Alice Smith flew out.")
	b.entity(newsgraph.Person, "Alice Smith")
	put(t, s, b)
	c := newArticle(t, "d3", "2024-03-06", "Alice Smith stayed.")
	c.entity(newsgraph.Person, "Alice Smith")
	c.x.Lookups = "three"
	c.x.LookedUp = []string{"smith"}
	put(t, s, c)
	a.x.Lookups = `{"v":1,"u":[[["smith"]]]}`
	a.x.LookedUp = []string{"heron"}
	put(t, s, a)
	looking := must[map[string][]newsgraph.DocumentID](t)(s.LookingUp(ctx, []string{"smith", "heron", "alice smith"}))
	equal(t, "looking up", looking, map[string][]newsgraph.DocumentID{"smith": {"d3"}, "heron": {"d1"}})
	got := must[map[newsgraph.DocumentID]string](t)(s.Lookups(ctx, []newsgraph.DocumentID{"d1", "d2", "d3", "d4"}))
	want := map[newsgraph.DocumentID]string{"d1": `{"v":1,"u":[[["smith"]]]}`, "d3": "three"}
	equal(t, "lookup records", got, want)
	var buf bytes.Buffer
	if err := s.WriteNQuads(ctx, &buf); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(buf.String(), "lookups") || strings.Contains(buf.String(), "three") || strings.Contains(buf.String(), "heron") {
		t.Errorf("the export holds lookup records:\n%s", buf.String())
	}
}
