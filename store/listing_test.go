package store

import (
	"slices"
	"testing"

	"github.com/newsgraph/newsgraph"
)

// listingOrders are the listings ListEntities answers: every type and all,
// by mentions and by name.
func listingOrders() []listKey {
	var out []listKey
	for _, t := range append([]newsgraph.EntityType{""}, newsgraph.EntityTypes...) {
		out = append(out, listKey{t, false}, listKey{t, true})
	}
	return out
}

// checkListing compares every listing with the ranking a blank name search
// gives by folding every entity.
func checkListing(t *testing.T, s *Store, step string) {
	t.Helper()
	for _, k := range listingOrders() {
		var want []newsgraph.EntityID
		for _, m := range must[[]newsgraph.EntityMatch](t)(s.SearchEntities(ctx, "", k.t, k.byName)) {
			want = append(want, m.Entity.ID)
		}
		got := must[[]newsgraph.EntityID](t)(s.ListEntities(ctx, k.t, k.byName))
		if len(got) == 0 && len(want) == 0 {
			continue
		}
		equal(t, step+": listing "+string(k.t)+map[bool]string{true: " by name", false: ""}[k.byName], got, want)
	}
}

// testListingFollowsWrites: the listing index gives the full fold's
// ranking after documents that move mention counts, names and types, a
// document taken back and replaced, a deletion and each kind of decision.
func testListingFollowsWrites(t *testing.T, s *Store) {
	checkListing(t, s, "empty") // builds the index
	a, alice, bob, _, _, _, _ := tokyo(t)
	put(t, s, a)
	checkListing(t, s, "first document")

	// Bob comes to outnumber Alice; a new person and a name that outvotes.
	d2 := newArticle(t, "d2", "2024-03-04", "Bob Jones met Dora Quill. Jones and Quill spoke. Robert Jones left. Jones flew on.")
	d2.entityID(bob, newsgraph.Person, "Robert Jones", "Bob Jones", "Jones", "Robert Jones")
	dora := d2.entity(newsgraph.Person, "Dora Quill", "Quill")
	put(t, s, d2)
	checkListing(t, s, "second document")
	d3 := newArticle(t, "d3", "2024-03-05", "Robert Jones came back to Tokyo.")
	d3.entityID(bob, newsgraph.Person, "Robert Jones")
	d3.entity(newsgraph.GPE, "Tokyo")
	put(t, s, d3)
	checkListing(t, s, "third document")

	// d2 again, with fewer mentions; Dora typed as an organisation.
	d2b := newArticle(t, "d2", "2024-03-04", "Bob Jones met Dora Quill.")
	d2b.entityID(bob, newsgraph.Person, "Bob Jones")
	d2b.entityID(dora, newsgraph.Organization, "Dora Quill")
	put(t, s, d2b)
	checkListing(t, s, "second document replaced")

	if err := s.DeleteDocument(ctx, "d3"); err != nil {
		t.Fatal(err)
	}
	checkListing(t, s, "third document deleted")

	must[newsgraph.Decision](t)(s.AddDecision(ctx, newsgraph.Decision{Kind: newsgraph.DecisionRename, Entities: []newsgraph.EntityID{bob}, Name: "Aaron Jones"}))
	checkListing(t, s, "rename")
	must[newsgraph.Decision](t)(s.AddDecision(ctx, newsgraph.Decision{Kind: newsgraph.DecisionSplit, Entities: []newsgraph.EntityID{alice}, Alias: "Smith"}))
	checkListing(t, s, "split")
	must[newsgraph.Decision](t)(s.AddDecision(ctx, newsgraph.Decision{Kind: newsgraph.DecisionMerge, Entities: []newsgraph.EntityID{alice, dora}}))
	checkListing(t, s, "merge")
	d4 := newArticle(t, "d4", "2024-03-06", "Alice Smith and Dora Quill and Smith.")
	d4.entity(newsgraph.Person, "Alice Smith", "Smith")
	d4.entityID(dora, newsgraph.Person, "Dora Quill")
	put(t, s, d4)
	checkListing(t, s, "a document after the decisions")
}

// TestListingFoldsWhatChanged: once the listing index is built, a listing
// folds no entity, and after a write only those the write stated; a
// leveldb store keeps the index for the next process (whose listing then
// folds nothing), entities a writer added included.
func TestListingFoldsWhatChanged(t *testing.T) {
	dir := "leveldb://" + t.TempDir()
	s := mustOpen(t, dir)
	a, _, _, _, _, _, _ := tokyo(t)
	put(t, s, a)
	for i, name := range []string{"Ines Varga", "Olaf Prendt", "Uma Castell", "Yves Marrow"} {
		d := newArticle(t, "p"+string(rune('0'+i)), "2024-03-02", name+" spoke.")
		d.entity(newsgraph.Person, name)
		put(t, s, d)
	}
	must[[]newsgraph.EntityID](t)(s.ListEntities(ctx, newsgraph.Person, false))
	before := s.EntityFolds()
	must[[]newsgraph.EntityID](t)(s.ListEntities(ctx, newsgraph.Person, true))
	if n := s.EntityFolds() - before; n != 0 {
		t.Errorf("a second listing folded %d entities, want none", n)
	}
	d := newArticle(t, "q1", "2024-03-03", "Zeno Halk spoke.")
	d.entity(newsgraph.Person, "Zeno Halk")
	put(t, s, d)
	before = s.EntityFolds()
	ids := must[[]newsgraph.EntityID](t)(s.ListEntities(ctx, newsgraph.Person, false))
	if n := s.EntityFolds() - before; n != 1 || len(ids) != 7 {
		t.Errorf("a listing after a write of one person folded %d entities and listed %d, want 1 and 7", n, len(ids))
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s = mustOpen(t, dir)
	before = s.EntityFolds()
	ids = must[[]newsgraph.EntityID](t)(s.ListEntities(ctx, "", false))
	if n := s.EntityFolds() - before; n != 0 || len(ids) != 9 {
		t.Errorf("the next process's listing folded %d entities and listed %d, want 0 and 9", n, len(ids))
	}
	checkListing(t, s, "reopened")
}

// TestCachedEntityReadsCopyNothing: reading entities the fold cache holds
// hands out the cached entities, copying none (a hub's copy, its roles'
// lists, was most of what a page of events allocated); appending to a list
// of one copies the list rather than writing where other readers look.
func TestCachedEntityReadsCopyNothing(t *testing.T) {
	s := mustOpen(t, "memory://")
	a, alice, bob, house, tokyoID, _, _ := tokyo(t)
	put(t, s, a)
	ids := []newsgraph.EntityID{alice, bob, house, tokyoID}
	first := must[map[newsgraph.EntityID]*newsgraph.Entity](t)(s.Entities(ctx, ids))
	read := func(ids []newsgraph.EntityID) float64 {
		var err error
		n := testing.AllocsPerRun(20, func() { _, err = s.Entities(ctx, ids) })
		if err != nil {
			t.Fatal(err)
		}
		return n
	}
	// What a read costs beside its entities (the read, the map) is the
	// same for one as for four.
	if one, four := read(ids[:1]), read(ids); four > one {
		t.Errorf("a read of one cached entity allocates %.0f objects, of four %.0f: want no more", one, four)
	}
	grown := append(first[alice].Aliases, "Another Name")
	grown[0] = "changed"
	roles := append(first[alice].Roles, newsgraph.Role{Title: "Mayor"})
	roles[0].Title = "changed"
	again := must[map[newsgraph.EntityID]*newsgraph.Entity](t)(s.Entities(ctx, ids))
	if e := again[alice]; e != first[alice] || slices.Contains(e.Aliases, "changed") || len(e.Roles) != 1 || e.Roles[0].Title == "changed" {
		t.Errorf("the cached entity after a caller appended to its lists: %+v", e)
	}
}
