package store

import (
	"reflect"
	"slices"
	"strconv"
	"testing"
	"unsafe"

	"github.com/cayleygraph/quad"
	"github.com/syndtr/goleveldb/leveldb/util"

	"github.com/newsgraph/newsgraph"
)

// TestWarmFoldsEvents: after Warm, listing events, a person's events and a
// path between two people fold no event, where the same reads on a cold
// cache fold some (so the counter can see a missing warm-up).
func TestWarmFoldsEvents(t *testing.T) {
	s := mustOpen(t, "memory://")
	a, alice, bob, _, _, _, meeting := tokyo(t)
	put(t, s, a)
	d2 := newArticle(t, "d2", "2024-03-04", "Bob Jones visited Oslo with Carl Berg.")
	d2.entity(newsgraph.Person, "Bob Jones")
	carl := d2.entity(newsgraph.Person, "Carl Berg")
	oslo := d2.entity(newsgraph.GPE, "Oslo")
	visit := d2.event("", newsgraph.Visit, newsgraph.Happened, "2024-03-04", oslo, "visited", part(newsgraph.RoleVisitor, bob), part(newsgraph.RoleVisitor, carl))
	put(t, s, d2)

	reads := func() {
		t.Helper()
		evs := must[[]*newsgraph.Event](t)(s.FindEvents(ctx, newsgraph.EventFilter{}))
		if len(evs) != 2 {
			t.Fatalf("events: %+v", evs)
		}
		mine := must[[]*newsgraph.Event](t)(s.FindEvents(ctx, newsgraph.EventFilter{Participants: []newsgraph.EntityID{carl}}))
		if len(mine) != 1 || mine[0].ID != visit {
			t.Fatalf("Carl's events: %+v", mine)
		}
		steps, found, err := s.ShortestPath(ctx, []newsgraph.EntityID{alice}, []newsgraph.EntityID{carl}, 4)
		if err != nil || !found || len(steps) != 2 || steps[0].Event != meeting {
			t.Fatalf("path Alice to Carl: %+v %v %v", steps, found, err)
		}
	}

	s.folds.reset()
	before := s.EventFolds()
	reads()
	if s.EventFolds() == before {
		t.Fatal("reads on a cold cache folded no event: the counter sees nothing")
	}

	s.folds.reset()
	before = s.EventFolds()
	if err := s.Warm(ctx); err != nil {
		t.Fatal(err)
	}
	if got := s.EventFolds() - before; got != 2 {
		t.Errorf("Warm folded %d events, want 2", got)
	}
	warmed := s.EventFolds()
	reads()
	if got := s.EventFolds() - warmed; got != 0 {
		t.Errorf("reads after Warm folded %d events, want 0", got)
	}
}

// TestKeptIDListsFollowWrites: EntityIDs and EventIDs keep their sorted
// lists between writes; a write that adds or removes an event or an entity
// (or changes an event's type) shows in the next listing.
func TestKeptIDListsFollowWrites(t *testing.T) {
	s := mustOpen(t, t.TempDir())
	a, _, bob, _, _, _, meeting := tokyo(t)
	put(t, s, a)
	events := func(typ newsgraph.EventType) []newsgraph.EventID {
		t.Helper()
		return must[[]newsgraph.EventID](t)(s.EventIDs(ctx, typ))
	}
	people := func() []newsgraph.EntityID {
		t.Helper()
		return must[[]newsgraph.EntityID](t)(s.EntityIDs(ctx, newsgraph.Person))
	}
	equal(t, "events", events(""), []newsgraph.EventID{meeting})
	equal(t, "meetings", events(newsgraph.Meeting), []newsgraph.EventID{meeting})
	equal(t, "visits", len(events(newsgraph.Visit)), 0)
	before := people()

	d2 := newArticle(t, "d2", "2024-03-04", "Bob Jones toured Bergen with Dora Lind.")
	d2.entity(newsgraph.Person, "Bob Jones")
	dora := d2.entity(newsgraph.Person, "Dora Lind")
	bergen := d2.entity(newsgraph.GPE, "Bergen")
	visit := d2.event("", newsgraph.Visit, newsgraph.Happened, "2024-03-04", bergen, "toured", part(newsgraph.RoleVisitor, bob), part(newsgraph.RoleVisitor, dora))
	put(t, s, d2)
	equal(t, "events after d2", events(""), sortedEvents(map[newsgraph.EventID]bool{meeting: true, visit: true}))
	equal(t, "visits after d2", events(newsgraph.Visit), []newsgraph.EventID{visit})
	equal(t, "people after d2", people(), sortedIDs(append(before, dora)...))

	if err := s.DeleteDocument(ctx, "d2"); err != nil {
		t.Fatal(err)
	}
	equal(t, "events after deleting d2", events(""), []newsgraph.EventID{meeting})
	equal(t, "visits after deleting d2", len(events(newsgraph.Visit)), 0)
	equal(t, "people after deleting d2", people(), before)
}

// TestEventPlaceTypeFromKeptTypes: folding an event weighs its places by
// their types, which the kept folded types give (Stats built them); the
// fold reads none of a place's statements, which for a capital are one per
// document naming it. The more specific place still wins.
func TestEventPlaceTypeFromKeptTypes(t *testing.T) {
	s := mustOpen(t, "memory://")
	d1 := newArticle(t, "d1", "2024-06-03", "Wenna Dorr met Pell Ashby in Brightwater.")
	wenna := d1.entity(newsgraph.Person, "Wenna Dorr")
	pell := d1.entity(newsgraph.Person, "Pell Ashby")
	town := d1.entity(newsgraph.GPE, "Brightwater")
	meeting := d1.event("", newsgraph.Meeting, newsgraph.Happened, "2024-06-03", town, "met",
		part(newsgraph.RoleParticipant, wenna), part(newsgraph.RoleParticipant, pell))
	put(t, s, d1)
	d2 := newArticle(t, "d2", "2024-06-04", "Dorr and Ashby met at Saltmarsh Hall.")
	d2.entityID(wenna, newsgraph.Person, "Wenna Dorr", "Dorr")
	d2.entityID(pell, newsgraph.Person, "Pell Ashby", "Ashby")
	hall := d2.entity(newsgraph.Facility, "Saltmarsh Hall")
	d2.event(meeting, newsgraph.Meeting, newsgraph.Happened, "2024-06-03", hall, "met",
		part(newsgraph.RoleParticipant, wenna), part(newsgraph.RoleParticipant, pell))
	put(t, s, d2)
	d3 := newArticle(t, "d3", "2024-06-05", "Brightwater voted.")
	d3.entityID(town, newsgraph.GPE, "Brightwater")
	put(t, s, d3)

	s.folds.reset()
	if _, err := s.Stats(ctx); err != nil {
		t.Fatal(err)
	}
	evs := must[map[newsgraph.EventID]*newsgraph.Event](t)(s.Events(ctx, []newsgraph.EventID{meeting}))
	if ev := evs[meeting]; ev == nil || ev.Location != hall {
		t.Fatalf("meeting: %+v, want it at %s (a facility is more specific than a town)", ev, hall)
	}
	for _, place := range []newsgraph.EntityID{town, hall} {
		if _, read := s.folds.literalsOf(quad.IRI(place)); read {
			t.Errorf("folding the meeting read the statements of %s", place)
		}
	}
}

// TestRestoredIndexesShareStrings: the read indexes a leveldb store kept
// come back holding one string per entity or event id, however many
// indexes name it, and the vocabulary's own type names; gob would give
// each occurrence a string of its own, an object the collector marks at
// every cycle (a quarter of a million at 21k stories).
func TestRestoredIndexesShareStrings(t *testing.T) {
	dir := t.TempDir()
	s := mustOpen(t, dir)
	a, alice, _, _, _, _, meeting := tokyo(t)
	put(t, s, a)
	if err := s.Warm(ctx); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s = mustOpen(t, dir)
	c := &s.folds
	if c.alias == nil || c.evIndex == nil || c.entityTypes == nil || c.eventTypes == nil {
		t.Fatal("the indexes were not restored")
	}
	data := func(s string) *byte { return unsafe.StringData(s) }
	keyOf := func(m any, want string) *byte {
		v := reflect.ValueOf(m)
		for _, k := range v.MapKeys() {
			if k.String() == want {
				return data(k.String())
			}
		}
		t.Fatalf("no key %s", want)
		return nil
	}
	id := keyOf(c.entityTypes, string(alice))
	for name, m := range map[string]any{"votes": c.entityVotes, "event index": c.evIndex.of} {
		if keyOf(m, string(alice)) != id {
			t.Errorf("%s: a string of its own for %s", name, alice)
		}
	}
	for key := range c.alias.id {
		c.alias.entities(key).each(func(e newsgraph.EntityID, _ int) {
			if e == alice && data(string(e)) != id {
				t.Errorf("alias key %q: a string of its own for %s", key, alice)
			}
		})
	}
	if keyOf(c.evIndex.of[alice], string(meeting)) != keyOf(c.eventTypes, string(meeting)) {
		t.Errorf("event index: a string of its own for %s", meeting)
	}
	if got := c.entityTypes[alice]; data(string(got)) != data(string(newsgraph.Person)) {
		t.Errorf("type of %s: a string of its own", alice)
	}
	if votes := c.entityVotes[alice]; votes.other != nil || votes.counts()[newsgraph.Person] == 0 {
		t.Errorf("votes of %s: %v, not counted in place", alice, votes)
	}
}

// TestWarmFoldsNamedEntities: after Warm, the entities the events name (as
// participants or place) are folded, so that the first answer listing an
// event's participants reads no statement of them; an entity no event
// names is left to its first read.
func TestWarmFoldsNamedEntities(t *testing.T) {
	s := mustOpen(t, "memory://")
	a, alice, bob, house, tokyoID, _, _ := tokyo(t)
	put(t, s, a)
	s.folds.reset()
	if err := s.Warm(ctx); err != nil {
		t.Fatal(err)
	}
	for _, x := range []newsgraph.EntityID{alice, bob, house} {
		if _, ok := s.folds.entity(x); !ok {
			t.Errorf("Warm left %s unfolded", x)
		}
		if _, ok := s.folds.entityFold(x); !ok {
			t.Errorf("Warm kept no fold of %s for a write to patch", x)
		}
	}
	if _, ok := s.folds.entity(tokyoID); ok {
		t.Errorf("Warm folded %s, which no event names", tokyoID)
	}
	if _, read := s.folds.literalsOf(quad.IRI(alice)); read {
		t.Errorf("Warm kept the statements it read for %s", alice)
	}
}

// TestSetBlockCache: a leveldb store's block cache is the one SetBlockCache
// resizes: after reads fill it, shrinking it drops the blocks over the new
// capacity, and reads still answer (from the folds or leveldb).
func TestSetBlockCache(t *testing.T) {
	s := mustOpen(t, t.TempDir())
	a, alice, _, _, _, _, meeting := tokyo(t)
	put(t, s, a)
	// into tables, whose blocks reads then cache
	if err := s.level.db.CompactRange(util.Range{}); err != nil {
		t.Fatal(err)
	}
	s.folds.reset()
	if err := s.Warm(ctx); err != nil {
		t.Fatal(err)
	}
	cached := func() int {
		t.Helper()
		v, err := s.level.db.GetProperty("leveldb.cachedblock")
		n, perr := strconv.Atoi(v)
		if err != nil || perr != nil {
			t.Fatalf("leveldb.cachedblock: %q %v %v", v, err, perr)
		}
		return n
	}
	if cached() == 0 {
		t.Fatal("reads left the block cache empty")
	}
	s.SetBlockCache(1)
	if got := cached(); got > 1 {
		t.Errorf("block cache holds %d bytes after SetBlockCache(1)", got)
	}
	s.folds.reset()
	evs := must[[]*newsgraph.Event](t)(s.FindEvents(ctx, newsgraph.EventFilter{Participants: []newsgraph.EntityID{alice}}))
	if len(evs) != 1 || evs[0].ID != meeting {
		t.Fatalf("Alice's events after shrinking the block cache: %+v", evs)
	}
}

// TestWarmBuildsListingApart: Warm builds a listing index the store lacks
// (one kept before the index existed) with a block cache of at most
// listingBlockCache, whose capacity it gives back after; with the index
// kept, it leaves the cache as it is.
func TestWarmBuildsListingApart(t *testing.T) {
	defer func(n int) { listingBlockCache = n }(listingBlockCache)
	listingBlockCache = 1
	dir := t.TempDir()
	s := mustOpen(t, dir)
	a, alice, _, _, _, _, _ := tokyo(t)
	put(t, s, a)
	if err := s.level.db.CompactRange(util.Range{}); err != nil {
		t.Fatal(err)
	}
	cached := func(s *Store) int {
		t.Helper()
		v, err := s.level.db.GetProperty("leveldb.cachedblock")
		n, perr := strconv.Atoi(v)
		if err != nil || perr != nil {
			t.Fatalf("leveldb.cachedblock: %q %v %v", v, err, perr)
		}
		return n
	}
	capacity := s.level.blocks.Capacity()

	s.folds.reset() // no index at all, the listing's included
	if err := s.Warm(ctx); err != nil {
		t.Fatal(err)
	}
	if _, built := s.folds.unlisted(nil); !built {
		t.Fatal("Warm left the listing index unbuilt")
	}
	if got := cached(s); got > 1 {
		t.Errorf("block cache holds %d bytes after Warm built the listing with a cache of 1", got)
	}
	if got := s.level.blocks.Capacity(); got != capacity {
		t.Errorf("block cache capacity %d after Warm, want %d as before", got, capacity)
	}

	// The next process restores the index: its Warm reads the events
	// into a cache it leaves as it is.
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s = mustOpen(t, dir)
	if _, built := s.folds.unlisted(nil); !built {
		t.Fatal("the listing index was not kept")
	}
	if err := s.Warm(ctx); err != nil {
		t.Fatal(err)
	}
	if cached(s) == 0 {
		t.Error("Warm with the listing index kept emptied the block cache")
	}
	if got := must[[]newsgraph.EntityID](t)(s.ListEntities(ctx, newsgraph.Person, false)); !slices.Contains(got, alice) {
		t.Errorf("people listed: %v, want Alice among them", got)
	}
}
