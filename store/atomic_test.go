package store

import (
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"testing"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph"
)

// resigned is d1 told again, shorter: its replacement deletes more quads
// over the data predicate than it adds, which cayley's kv backend must take
// in two batches (kvHazard).
func resigned(t *testing.T) *article {
	b := newArticle(t, "d1", "2024-03-05", "Alice Smith resigned in Tokyo.")
	b.entity(newsgraph.Person, "Alice Smith")
	b.entity(newsgraph.GPE, "Tokyo")
	return b
}

// TestLevelDBReplaceFailpoint fails a replacement between its steps (after
// the first or the second cayley batch): the document stays wholly its old
// version, in memory and on disk, and the replacement then succeeds whole.
func TestLevelDBReplaceFailpoint(t *testing.T) {
	for _, at := range []int{1, 2} {
		dir := filepath.Join(t.TempDir(), "graph")
		s := mustOpen(t, dir)
		a, alice, _, _, _, _, meeting := tokyo(t)
		put(t, s, a)
		before := snapshot(t, s, alice, meeting)
		oldQuads := must[map[quadKeyT]bool](t)(docQuadSet(s, "d1"))

		b := resigned(t)
		crash := errors.New("failpoint")
		reached := 0
		s.level.failpoint = func(n int) error {
			reached = max(reached, n)
			if n == at {
				return crash
			}
			return nil
		}
		if err := s.Put(ctx, b.x); !errors.Is(err, crash) {
			t.Fatalf("failpoint %d: Put = %v, want the failpoint's error", at, err)
		}
		if reached != at {
			t.Fatalf("failpoint %d never reached (last commit %d): the replacement is not two batches", at, reached)
		}
		s.level.failpoint = nil
		equal(t, "after a failed replacement", snapshot(t, s, alice, meeting), before)
		equal(t, "d1's quads after a failed replacement", must[map[quadKeyT]bool](t)(docQuadSet(s, "d1")), oldQuads)
		if bad := must[[]newsgraph.DocumentID](t)(s.Check(ctx)); len(bad) != 0 {
			t.Errorf("Check after a failed replacement: %v", bad)
		}
		s.Close()
		s = mustOpen(t, dir)
		equal(t, "reopened after a failed replacement", snapshot(t, s, alice, meeting), before)

		put(t, s, b)
		after := must[map[newsgraph.DocumentID]*newsgraph.Document](t)(s.Documents(ctx, []newsgraph.DocumentID{"d1"}))["d1"]
		if after == nil || after.Text != b.x.Document.Text {
			t.Fatalf("after the replacement: %+v", after)
		}
		s.Close()
		s = mustOpen(t, dir)
		if bad := must[[]newsgraph.DocumentID](t)(s.Check(ctx)); len(bad) != 0 || len(s.Removed()) != 0 {
			t.Errorf("after the replacement: Check %v, removed at open %v", bad, s.Removed())
		}
		if ms := must[[]newsgraph.Mention](t)(s.DocumentMentions(ctx, "d1")); len(ms) != 2 {
			t.Errorf("d1's mentions after the replacement: %+v", ms)
		}
		s.Close()
	}
}

// TestLevelDBDeleteFailpoint fails a delete, and then a write of the
// deleted document again, at their commit: each leaves the document wholly
// as it was before (there, then gone), in memory and on disk, and each then
// succeeds whole.
func TestLevelDBDeleteFailpoint(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "graph")
	s := mustOpen(t, dir)
	defer func() { s.Close() }()
	a, alice, _, _, _, _, meeting := tokyo(t)
	put(t, s, a)
	crash := errors.New("failpoint")
	failAt := func(at int) {
		s.level.failpoint = func(n int) error {
			if n == at {
				return crash
			}
			return nil
		}
	}
	whole := func(step string, want []any, quads map[quadKeyT]bool) {
		t.Helper()
		equal(t, step, snapshot(t, s, alice, meeting), want)
		equal(t, step+": d1's quads", must[map[quadKeyT]bool](t)(docQuadSet(s, "d1")), quads)
		if bad := must[[]newsgraph.DocumentID](t)(s.Check(ctx)); len(bad) != 0 {
			t.Errorf("%s: Check %v", step, bad)
		}
		s.Close()
		s = mustOpen(t, dir)
		equal(t, step+", reopened", snapshot(t, s, alice, meeting), want)
		if len(s.Removed()) != 0 {
			t.Errorf("%s: removed at open %v", step, s.Removed())
		}
	}

	present := snapshot(t, s, alice, meeting)
	presentQuads := must[map[quadKeyT]bool](t)(docQuadSet(s, "d1"))
	failAt(1)
	if err := s.DeleteDocument(ctx, "d1"); !errors.Is(err, crash) {
		t.Fatalf("DeleteDocument at the failpoint = %v, want the failpoint's error", err)
	}
	s.level.failpoint = nil
	whole("after a failed delete", present, presentQuads)

	if err := s.DeleteDocument(ctx, "d1"); err != nil {
		t.Fatal(err)
	}
	gone := snapshot(t, s, alice, meeting)
	if docs := gone[0].(map[newsgraph.DocumentID]*newsgraph.Document); len(docs) != 0 {
		t.Fatalf("d1 after its delete: %+v", docs)
	}
	whole("after the delete", gone, map[quadKeyT]bool{})

	failAt(1)
	if err := s.Put(ctx, a.x); !errors.Is(err, crash) {
		t.Fatalf("Put after the delete, at the failpoint = %v, want the failpoint's error", err)
	}
	s.level.failpoint = nil
	whole("after a failed write of the deleted document", gone, map[quadKeyT]bool{})

	put(t, s, a)
	whole("written again", present, presentQuads)
}

// TestLevelDBRepairsHalfReplaced: a store left by a crash of an older
// newsgraph (a re-ingest's additions applied, its deletions not) is found
// at open; the half-replaced document is removed and reported, the others
// stay, and the next open does not read the store again.
func TestLevelDBRepairsHalfReplaced(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "graph")
	s := mustOpen(t, dir)
	a, _, _, _, _, _, _ := tokyo(t)
	put(t, s, a)
	d2 := newArticle(t, "d2", "2024-03-04", "Alice Smith flew home.")
	d2.entity(newsgraph.Person, "Alice Smith")
	put(t, s, d2)

	// The older write: the new version's quads beside the old ones.
	prev := must[map[quadKeyT]bool](t)(docQuadSet(s, "d1"))
	var adds []graph.Delta
	for q := range encode(resigned(t).x) {
		if !prev[quadKeyOf(q)] {
			adds = append(adds, graph.Delta{Quad: q, Action: graph.Add})
		}
	}
	if err := s.qs.ApplyDeltas(adds, graph.IgnoreOpts{}); err != nil {
		t.Fatal(err)
	}
	if err := s.level.db.Delete(checkedKey, nil); err != nil {
		t.Fatal(err)
	}
	equal(t, "Check", must[[]newsgraph.DocumentID](t)(s.Check(ctx)), []newsgraph.DocumentID{"d1"})
	s.Close()

	s = mustOpen(t, dir)
	equal(t, "removed at open", s.Removed(), []newsgraph.DocumentID{"d1"})
	equal(t, "documents after the repair", must[[]newsgraph.DocumentID](t)(s.DocumentIDs(ctx)), []newsgraph.DocumentID{"d2"})
	if ms := must[[]newsgraph.Mention](t)(s.DocumentMentions(ctx, "d2")); len(ms) != 1 {
		t.Errorf("d2's mentions after the repair: %+v", ms)
	}
	s.Close()
	s = mustOpen(t, dir)
	if s.Removed() != nil {
		t.Errorf("second open removed %v", s.Removed())
	}
}

type quadKeyT [4]string

func quadKeyOf(q interface{ NQuad() string }) quadKeyT { return quadKeyT{q.NQuad()} }

func docQuadSet(s *Store, id newsgraph.DocumentID) (map[quadKeyT]bool, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	qs, err := s.docQuads(ctx, id)
	out := make(map[quadKeyT]bool, len(qs))
	for q := range qs {
		out[quadKeyOf(q)] = true
	}
	return out, err
}

// testCountsFollowWrites: the counts, type lists, statements and claims
// the store keeps across writes give what a fresh fold gives after every
// write.
func testCountsFollowWrites(t *testing.T, s *Store) {
	type view struct {
		Stats    Stats
		Entities []newsgraph.EntityID
		Events   []newsgraph.EventID
		Folded   map[newsgraph.EntityID]*newsgraph.Entity
		Told     map[newsgraph.EventID]*newsgraph.Event
	}
	read := func() view {
		v := view{
			Stats:    must[Stats](t)(s.Stats(ctx)),
			Entities: must[[]newsgraph.EntityID](t)(s.EntityIDs(ctx, "")),
			Events:   must[[]newsgraph.EventID](t)(s.EventIDs(ctx, "")),
		}
		v.Folded = must[map[newsgraph.EntityID]*newsgraph.Entity](t)(s.Entities(ctx, v.Entities))
		v.Told = must[map[newsgraph.EventID]*newsgraph.Event](t)(s.Events(ctx, v.Events))
		return v
	}
	check := func(step string) {
		t.Helper()
		kept := read()
		s.folds.reset()
		equal(t, step+": kept counts against a fresh fold", kept, read())
	}
	a, alice, _, _, _, _, _ := tokyo(t)
	read() // builds the counts, which the writes below must move
	put(t, s, a)
	check("first document")
	d2 := newArticle(t, "d2", "2024-03-04", "Alice Smith flew home to Tokyo.")
	d2.entity(newsgraph.Person, "Alice Smith")
	d2.entity(newsgraph.Location, "Tokyo")
	d2.event("", newsgraph.Visit, newsgraph.Happened, "2024-03-04", "", "flew", part(newsgraph.RoleVisitor, alice))
	put(t, s, d2)
	check("second document, a second vote on Tokyo's type")
	put(t, s, resigned(t))
	check("first document replaced")
	must[newsgraph.Decision](t)(s.AddDecision(ctx, newsgraph.Decision{Kind: newsgraph.DecisionRename, Entities: []newsgraph.EntityID{alice}, Name: "PM Smith"}))
	read()
	if err := s.DeleteDocument(ctx, "d2"); err != nil {
		t.Fatal(err)
	}
	check("second document deleted after a decision")
	if err := s.DeleteDocument(ctx, "d1"); err != nil {
		t.Fatal(err)
	}
	check("empty again")
	if st := must[Stats](t)(s.Stats(ctx)); st.Documents != 0 || len(st.Entities) != 0 || len(st.Events) != 0 {
		t.Errorf("stats of an empty store: %+v", st)
	}
}

// testNewTextSameSpans: a document told again with another text but the
// same spans (its claims' JSON unchanged) shows the new sentence text,
// though the old claim was decoded and kept.
func testNewTextSameSpans(t *testing.T, s *Store) {
	for _, text := range []string{"Alice Smith met Bob Jones in May.", "Alice Smith met Bob Jones in June."} {
		a := newArticle(t, "d1", "2024-06-01", text)
		alice := a.entity(newsgraph.Person, "Alice Smith")
		bob := a.entity(newsgraph.Person, "Bob Jones")
		v := a.event(newsgraph.NewEventID(newsgraph.Meeting, "d1:talk"), newsgraph.Meeting, newsgraph.Happened, "", "", "met",
			part(newsgraph.RoleParticipant, alice), part(newsgraph.RoleParticipant, bob))
		put(t, s, a)
		ev := must[map[newsgraph.EventID]*newsgraph.Event](t)(s.Events(ctx, []newsgraph.EventID{v}))[v]
		if ev == nil || len(ev.Sources) != 1 || ev.Sources[0].Text != text {
			t.Errorf("after telling %q: %+v", text, ev)
		}
	}
}

// testSearchFollowsWrites: the name search through the alias index finds
// what checking every entity's names finds, after each write.
func testSearchFollowsWrites(t *testing.T, s *Store) {
	queries := []string{"Alice Smith", "smith", "Alic", "Alcie Smith", "Tokyo", "tokio", "guest house", "State Guest Hous", "Jones", "x", "Bob Jnoes", "PM Smith"}
	check := func(step string) {
		t.Helper()
		ids := must[[]newsgraph.EntityID](t)(s.EntityIDs(ctx, ""))
		all := must[map[newsgraph.EntityID]*newsgraph.Entity](t)(s.Entities(ctx, ids))
		for _, q := range queries {
			want := map[newsgraph.EntityID]int{}
			for id, e := range all {
				if tier := nameTier(newsgraph.AliasKey(q), e); tier != noMatch {
					want[id] = tier
				}
			}
			got := map[newsgraph.EntityID]int{}
			for _, m := range must[[]newsgraph.EntityMatch](t)(s.SearchEntities(ctx, q, "", false)) {
				got[m.Entity.ID] = m.Tier
			}
			equal(t, step+": search "+q, got, want)
			var wantKey, gotKey []newsgraph.EntityID
			for _, id := range ids {
				if e := all[id]; e != nil && hasKey(e, newsgraph.AliasKey(q)) {
					wantKey = append(wantKey, id)
				}
			}
			for _, e := range must[[]newsgraph.Entity](t)(s.EntitiesByKey(ctx, newsgraph.AliasKey(q))) {
				gotKey = append(gotKey, e.ID)
			}
			equal(t, step+": by key "+q, gotKey, wantKey)
		}
	}
	a, alice, _, _, _, _, _ := tokyo(t)
	must[[]newsgraph.EntityMatch](t)(s.SearchEntities(ctx, "smith", "", false)) // builds the index
	for _, q := range queries {
		must[[]newsgraph.Entity](t)(s.EntitiesByKey(ctx, newsgraph.AliasKey(q))) // keeps each key's (empty) answer
	}
	put(t, s, a)
	check("first document")
	d2 := newArticle(t, "d2", "2024-03-04", "Alice Smith flew home to Tokio.")
	d2.entity(newsgraph.Person, "Alice Smith")
	d2.entity(newsgraph.GPE, "Tokio")
	put(t, s, d2)
	check("second document")
	put(t, s, resigned(t))
	check("first document replaced")
	must[newsgraph.Decision](t)(s.AddDecision(ctx, newsgraph.Decision{Kind: newsgraph.DecisionRename, Entities: []newsgraph.EntityID{alice}, Name: "PM Smith"}))
	check("renamed")
	if err := s.DeleteDocument(ctx, "d1"); err != nil {
		t.Fatal(err)
	}
	check("first document deleted")
	if got := must[[]newsgraph.EntityMatch](t)(s.SearchEntities(ctx, "Smith", newsgraph.Person, false)); len(got) != 1 || got[0].Tier != TierWords {
		t.Errorf("search Smith among people: %+v", got)
	}
	if got := must[[]newsgraph.EntityMatch](t)(s.SearchEntities(ctx, "", newsgraph.GPE, true)); len(got) != 1 {
		t.Errorf("every place: %+v", got)
	}
}

// testEventsOfFollowsWrites: EventsOf through the event index answers what
// a scan of the quads pointing at each entity answers, after each write.
func testEventsOfFollowsWrites(t *testing.T, s *Store) {
	scan := func(ids []newsgraph.EntityID) map[newsgraph.EntityID][]newsgraph.EventID {
		out := map[newsgraph.EntityID][]newsgraph.EventID{}
		s.mu.RLock()
		defer s.mu.RUnlock()
		r := s.reader(ctx)
		for _, id := range ids {
			set := map[newsgraph.EventID]bool{}
			for _, m := range r.view.members(r.view.canonical(id)) {
				err := r.each(quad.Object, quad.IRI(m), func(q quad.Quad) {
					if v, ok := eventOfClaim(q.Subject); ok && namesEntity(q) {
						set[v] = true
					}
				})
				if err != nil {
					t.Fatal(err)
				}
			}
			if len(set) > 0 {
				out[id] = sortedEvents(set)
			}
		}
		return out
	}
	a, alice, bob, house, tokyoID, _, _ := tokyo(t)
	ids := []newsgraph.EntityID{alice, bob, house, tokyoID}
	check := func(step string) {
		t.Helper()
		equal(t, step, must[map[newsgraph.EntityID][]newsgraph.EventID](t)(s.EventsOf(ctx, ids)), scan(ids))
	}
	check("empty") // builds the index
	put(t, s, a)
	check("first document")
	d2 := newArticle(t, "d2", "2024-03-04", "Alice Smith flew home to Tokyo.")
	d2.entity(newsgraph.Person, "Alice Smith")
	d2.entity(newsgraph.GPE, "Tokyo")
	d2.event("", newsgraph.Visit, newsgraph.Happened, "2024-03-04", tokyoID, "flew", part(newsgraph.RoleVisitor, alice))
	put(t, s, d2)
	check("second document")
	must[newsgraph.Decision](t)(s.AddDecision(ctx, newsgraph.Decision{Kind: newsgraph.DecisionMerge, Entities: []newsgraph.EntityID{alice, bob}}))
	check("merged")
	put(t, s, resigned(t))
	check("first document replaced")
	if err := s.DeleteDocument(ctx, "d2"); err != nil {
		t.Fatal(err)
	}
	check("second document deleted")
}

// testShortestPath: a path runs entity, event, entity through the event
// index; a shared entity is a path of no steps; none within the hops is
// none.
func testShortestPath(t *testing.T, s *Store) {
	a, alice, bob, house, _, _, meeting := tokyo(t)
	put(t, s, a)
	d2 := newArticle(t, "d2", "2024-03-04", "Bob Jones visited Oslo.")
	d2.entity(newsgraph.Person, "Bob Jones")
	oslo := d2.entity(newsgraph.GPE, "Oslo")
	visit := d2.event("", newsgraph.Visit, newsgraph.Happened, "2024-03-04", oslo, "visited", part(newsgraph.RoleVisitor, bob))
	put(t, s, d2)
	type result struct {
		Steps []newsgraph.PathStep
		Found bool
	}
	path := func(from, to newsgraph.EntityID, hops int) result {
		steps, found, err := s.ShortestPath(ctx, []newsgraph.EntityID{from}, []newsgraph.EntityID{to}, hops)
		if err != nil {
			t.Fatal(err)
		}
		return result{steps, found}
	}
	equal(t, "alice to oslo", path(alice, oslo, 4), result{[]newsgraph.PathStep{
		{From: alice, To: bob, Event: meeting}, {From: bob, To: oslo, Event: visit}}, true})
	equal(t, "alice to the house", path(alice, house, 4), result{[]newsgraph.PathStep{{From: alice, To: house, Event: meeting}}, true})
	equal(t, "alice to oslo in one hop", path(alice, oslo, 1), result{nil, false})
	equal(t, "alice to alice", path(alice, alice, 4), result{[]newsgraph.PathStep{}, true})
}

// testPathFromBothEnds: a chain Ann-Ben-Cy-Dee-Eve of meetings, and a hub
// (Hal) who met Ann and many others, so the search grows from the end
// with the smaller frontier: the path is the chain, read from its from
// end whichever end grew, the same either way round, and no path within
// fewer hops than the chain has.
//
//	Hal - Ann - Ben - Cy - Dee - Eve
//	 |
//	 +-- Ivo, Jo, Kim, Lu (one meeting each)
func testPathFromBothEnds(t *testing.T, s *Store) {
	people := []string{"Ann Abel", "Ben Bray", "Cy Cole", "Dee Dunn", "Eve Ford"}
	ids := make([]newsgraph.EntityID, len(people))
	meetings := make([]newsgraph.EventID, len(people)-1)
	for i := 0; i+1 < len(people); i++ {
		text := people[i] + " met " + people[i+1] + " on Monday."
		a := newArticle(t, fmt.Sprintf("chain%d", i), "2024-05-06", text)
		ids[i] = a.entity(newsgraph.Person, people[i])
		ids[i+1] = a.entity(newsgraph.Person, people[i+1])
		meetings[i] = a.event("", newsgraph.Meeting, newsgraph.Happened, "2024-05-06", "", "met",
			part(newsgraph.RoleParticipant, ids[i]), part(newsgraph.RoleParticipant, ids[i+1]))
		put(t, s, a)
	}
	for i, other := range []string{"Ivo Ito", "Jo Jung", "Kim Kerr", "Lu Lam", "Ann Abel"} {
		a := newArticle(t, fmt.Sprintf("hub%d", i), "2024-05-07", "Hal Hart met "+other+" on Tuesday.")
		hal := a.entity(newsgraph.Person, "Hal Hart")
		o := a.entity(newsgraph.Person, other)
		a.event("", newsgraph.Meeting, newsgraph.Happened, "2024-05-07", "", "met",
			part(newsgraph.RoleParticipant, hal), part(newsgraph.RoleParticipant, o))
		put(t, s, a)
	}
	hal := newsgraph.NewEntityID(newsgraph.Person, "Hal Hart")
	var chain []newsgraph.PathStep
	for i, m := range meetings {
		chain = append(chain, newsgraph.PathStep{From: ids[i], To: ids[i+1], Event: m})
	}
	reversed := func(steps []newsgraph.PathStep) []newsgraph.PathStep {
		var out []newsgraph.PathStep
		for i := len(steps) - 1; i >= 0; i-- {
			out = append(out, newsgraph.PathStep{From: steps[i].To, To: steps[i].From, Event: steps[i].Event})
		}
		return out
	}
	for _, tc := range []struct {
		name     string
		from, to newsgraph.EntityID
		hops     int
		want     []newsgraph.PathStep
	}{
		{"Ann to Eve", ids[0], ids[4], 4, chain},
		{"Eve to Ann", ids[4], ids[0], 4, reversed(chain)},
		{"Ann to Eve in 3", ids[0], ids[4], 3, nil},
		{"Ben to Dee", ids[1], ids[3], 6, chain[1:3]},
		{"Hal to Dee", hal, ids[3], 6, append([]newsgraph.PathStep{{From: hal, To: ids[0], Event: newsgraph.NewEventID(newsgraph.Meeting, "hub4:met")}}, chain[:3]...)},
	} {
		steps, found, err := s.ShortestPath(ctx, []newsgraph.EntityID{tc.from}, []newsgraph.EntityID{tc.to}, tc.hops)
		if err != nil {
			t.Fatal(err)
		}
		if found != (tc.want != nil) {
			t.Errorf("%s: found %v, want %v", tc.name, found, tc.want != nil)
		}
		equal(t, tc.name, steps, tc.want)
	}
}

// testFindEvents: the filters of events and meetings, each able to drop
// the meeting at the guest house in Tokyo (2024-02-29) and keep the visit
// to Oslo (2024-03-04): who, with whom, where (inside a place too), when,
// status and type.
func testFindEvents(t *testing.T, s *Store) {
	a, alice, bob, house, tokyoID, _, meeting := tokyo(t)
	put(t, s, a)
	d2 := newArticle(t, "d2", "2024-03-04", "Bob Jones visited Oslo.")
	d2.entity(newsgraph.Person, "Bob Jones")
	oslo := d2.entity(newsgraph.GPE, "Oslo")
	visit := d2.event("", newsgraph.Visit, newsgraph.Happened, "2024-03-04", oslo, "visited", part(newsgraph.RoleVisitor, bob))
	put(t, s, d2)
	ids := func(f newsgraph.EventFilter) []newsgraph.EventID {
		evs, err := s.FindEvents(ctx, f)
		if err != nil {
			t.Fatal(err)
		}
		out := []newsgraph.EventID{}
		for _, ev := range evs {
			out = append(out, ev.ID)
		}
		only, err := s.FindEventIDs(ctx, f)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(only, out) && len(only)+len(out) > 0 {
			t.Errorf("%+v: FindEventIDs gives %v, FindEvents %v", f, only, out)
		}
		return out
	}
	both := []newsgraph.EventID{meeting, visit} // by date
	for _, tc := range []struct {
		name string
		f    newsgraph.EventFilter
		want []newsgraph.EventID
	}{
		{"all", newsgraph.EventFilter{}, both},
		{"type", newsgraph.EventFilter{Type: newsgraph.Visit}, []newsgraph.EventID{visit}},
		{"with Bob", newsgraph.EventFilter{Participants: []newsgraph.EntityID{bob}}, both},
		{"Bob with Alice", newsgraph.EventFilter{Participants: []newsgraph.EntityID{bob}, Also: []newsgraph.EntityID{alice}}, []newsgraph.EventID{meeting}},
		{"with Alice alone", newsgraph.EventFilter{Also: []newsgraph.EntityID{alice}}, []newsgraph.EventID{meeting}},
		{"Bob with Bob", newsgraph.EventFilter{Participants: []newsgraph.EntityID{bob}, Also: []newsgraph.EntityID{bob}}, []newsgraph.EventID{}},
		{"at the house", newsgraph.EventFilter{Places: []newsgraph.EntityID{house}}, []newsgraph.EventID{meeting}},
		{"in Tokyo", newsgraph.EventFilter{Places: []newsgraph.EntityID{tokyoID}}, []newsgraph.EventID{meeting}},
		{"in Oslo", newsgraph.EventFilter{Places: []newsgraph.EntityID{oslo}}, []newsgraph.EventID{visit}},
		{"from March", newsgraph.EventFilter{From: "2024-03-01"}, []newsgraph.EventID{visit}},
		{"to February", newsgraph.EventFilter{To: "2024-02-29"}, []newsgraph.EventID{meeting}},
		{"planned", newsgraph.EventFilter{Status: newsgraph.Planned}, []newsgraph.EventID{}},
	} {
		equal(t, tc.name, ids(tc.f), tc.want)
	}
	within, err := s.Within(ctx, []newsgraph.EntityID{house, oslo})
	if err != nil {
		t.Fatal(err)
	}
	equal(t, "within", within, map[newsgraph.EntityID][]newsgraph.EntityID{house: {tokyoID}})

	// The lists FindEventIDs keeps follow every write: a new event of
	// Bob's, earlier than both, comes first; a new date for the visit
	// moves it; a deleted document takes its event away.
	d3 := newArticle(t, "d3", "2024-01-10", "Bob Jones met Cleo Park.")
	d3.entity(newsgraph.Person, "Bob Jones")
	cleo := d3.entity(newsgraph.Person, "Cleo Park")
	early := d3.event("", newsgraph.Meeting, newsgraph.Happened, "2024-01-10", "", "met", part(newsgraph.RoleParticipant, bob), part(newsgraph.RoleParticipant, cleo))
	put(t, s, d3)
	withBob := newsgraph.EventFilter{Participants: []newsgraph.EntityID{bob}}
	equal(t, "with Bob, after a write", ids(withBob), []newsgraph.EventID{early, meeting, visit})
	d2.x.Events[0].Start, d2.x.Events[0].End = "2024-01-01", "2024-01-01"
	put(t, s, d2)
	equal(t, "with Bob, the visit moved", ids(withBob), []newsgraph.EventID{visit, early, meeting})
	if err := s.DeleteDocument(ctx, "d3"); err != nil {
		t.Fatal(err)
	}
	equal(t, "with Bob, after a delete", ids(withBob), []newsgraph.EventID{visit, meeting})
}

// testDatePrecision: events dated at a year, a month and a day, as the text
// states them, come back in that form, sort as their strings do (a year
// before its months, a month before its days) and are kept by any range
// that holds one of their days. A claim an older store wrote as the days
// of a whole month reads as the month.
//
//	d1 (2024-06-01): "Ann Lee met Tom Ray in 2023. Ann Lee visited Oslo in
//	                  March. Ann Lee visited Bergen on March 4. Ann Lee met
//	                  Tom Ray in May."
//	meeting 2023 · visit 2024-03 · visit 2024-03-04 · meeting 2024-05-01..2024-05-31 (old form)
func testDatePrecision(t *testing.T, s *Store) {
	a := newArticle(t, "d1", "2024-06-01", "Ann Lee met Tom Ray in 2023. Ann Lee visited Oslo in March. Ann Lee visited Bergen on March 4. Ann Lee met Tom Ray in May.")
	ann := a.entity(newsgraph.Person, "Ann Lee")
	tom := a.entity(newsgraph.Person, "Tom Ray")
	oslo := a.entity(newsgraph.GPE, "Oslo")
	bergen := a.entity(newsgraph.GPE, "Bergen")
	year := a.event("", newsgraph.Meeting, newsgraph.Happened, "2023", "", "met Tom Ray in 2023", part(newsgraph.RoleParticipant, ann), part(newsgraph.RoleParticipant, tom))
	month := a.event("", newsgraph.Visit, newsgraph.Happened, "2024-03", oslo, "visited Oslo", part(newsgraph.RoleVisitor, ann))
	day := a.event("", newsgraph.Visit, newsgraph.Happened, "2024-03-04", bergen, "visited Bergen", part(newsgraph.RoleVisitor, ann))
	old := a.event("", newsgraph.Meeting, newsgraph.Happened, "2024-05-01", "", "met Tom Ray in May", part(newsgraph.RoleParticipant, ann), part(newsgraph.RoleParticipant, tom))
	a.x.Events[len(a.x.Events)-1].End = "2024-05-31"
	put(t, s, a)
	evs, err := s.FindEvents(ctx, newsgraph.EventFilter{})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, ev := range evs {
		got = append(got, fmt.Sprintf("%s %s..%s", ev.ID, ev.Start, ev.End))
	}
	equal(t, "order and forms", got, []string{
		fmt.Sprintf("%s 2023..2023", year), fmt.Sprintf("%s 2024-03..2024-03", month),
		fmt.Sprintf("%s 2024-03-04..2024-03-04", day), fmt.Sprintf("%s 2024-05..2024-05", old)})
	ids := func(f newsgraph.EventFilter) []newsgraph.EventID {
		evs, err := s.FindEvents(ctx, f)
		if err != nil {
			t.Fatal(err)
		}
		out := []newsgraph.EventID{}
		for _, ev := range evs {
			out = append(out, ev.ID)
		}
		return out
	}
	for _, tc := range []struct {
		name string
		f    newsgraph.EventFilter
		want []newsgraph.EventID
	}{
		{"a day late in 2023", newsgraph.EventFilter{From: "2023-12-31", To: "2023-12-31"}, []newsgraph.EventID{year}},
		{"mid March", newsgraph.EventFilter{From: "2024-03-10", To: "2024-03-20"}, []newsgraph.EventID{month}},
		{"March 4", newsgraph.EventFilter{From: "2024-03-04", To: "2024-03-04"}, []newsgraph.EventID{month, day}},
		{"from March 5", newsgraph.EventFilter{From: "2024-03-05"}, []newsgraph.EventID{month, old}},
		{"to February", newsgraph.EventFilter{To: "2024-02-29"}, []newsgraph.EventID{year}},
		{"the last of May", newsgraph.EventFilter{From: "2024-05-31", To: "2024-06-30"}, []newsgraph.EventID{old}},
	} {
		equal(t, tc.name, ids(tc.f), tc.want)
	}
	bad := newArticle(t, "d2", "2024-06-02", "Ann Lee met Tom Ray in spring.")
	bad.entity(newsgraph.Person, "Ann Lee")
	bad.event("", newsgraph.Meeting, newsgraph.Happened, "2024-3", "", "met", part(newsgraph.RoleParticipant, ann))
	if err := s.Put(ctx, bad.x); !errors.Is(err, newsgraph.ErrInvalid) {
		t.Errorf("Put of an event dated 2024-3: %v, want ErrInvalid", err)
	}
}
