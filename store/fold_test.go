package store

import (
	"context"
	"fmt"
	"math"
	"reflect"
	"runtime"
	"sort"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph"
)

// A write patches the kept folds of the entities its document names with
// what the document states now; each fold read after a write is the one
// folding every statement again gives (foldEntityFromScratch, the fold as
// it was written before folds were kept as counts). The writes add names,
// aliases, types and roles, take them back (a document sent again with
// less, one deleted), and move the earliest source and country name of a
// role between documents.
func TestEntityFoldPatchedAsFromScratch(t *testing.T) {
	ctx := context.Background()
	st, err := Open(ctx, "memory://")
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	country := newsgraph.NewEntityID(newsgraph.GPE, "Vellmark")
	minister := newsgraph.NewEntityID(newsgraph.Person, "Ada Quenby")
	firm := newsgraph.NewEntityID(newsgraph.Organization, "Orrin Tools")
	doc := func(id, published string, lines ...string) *article {
		text := ""
		for _, l := range lines {
			text += l + " "
		}
		return newArticle(t, id, published, text)
	}
	write := func(a *article) {
		t.Helper()
		if err := st.Put(ctx, a.x); err != nil {
			t.Fatal(err)
		}
	}
	check := func(step string) {
		t.Helper()
		for _, x := range []newsgraph.EntityID{country, minister, firm} {
			var got, want *newsgraph.Entity
			err := st.read(ctx, "check", func(r *reader) error {
				var err error
				if got, err = r.entity(x); err != nil {
					return err
				}
				want, err = r.foldEntityFromScratch(x)
				return err
			})
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("%s: %s folded as\n  %+v\nwant\n  %+v", step, x, got, want)
			}
		}
	}
	b := doc("b", "2024-03-02", "Ada Quenby spoke for Vellmark.", "Quenby met staff of Orrin Tools.")
	b.entity(newsgraph.Person, "Ada Quenby", "Quenby")
	b.entity(newsgraph.GPE, "Vellmark")
	b.entity(newsgraph.Organization, "Orrin Tools")
	b.role(minister, "Foreign Minister", country, false, "Ada Quenby")
	b.x.Entities[0].Roles[0].OfName = "Vellmark"
	write(b)
	check("b")
	check("b read twice")

	a := doc("a", "2024-01-05", "Foreign minister Ada Quenby of Vellmark.", "Vellmark Republic leaders met.")
	a.entity(newsgraph.Person, "Ada Quenby")
	a.entity(newsgraph.GPE, "Vellmark", "Vellmark Republic")
	a.role(minister, "foreign minister", country, false, "Foreign minister")
	a.x.Entities[0].Roles[0].OfName = "the Republic"
	write(a)
	check("a before b")

	c := doc("c", "2024-06-09", "Former foreign minister Quenby left Orrin Tools.", "Orrin Tools hired her.")
	c.entity(newsgraph.Person, "Quenby")
	c.x.Entities[0].ID = minister
	for i := range c.x.Mentions {
		c.x.Mentions[i].Entity = minister
	}
	c.entity(newsgraph.Location, "Orrin Tools")
	c.x.Entities[1].ID = firm
	for i := range c.x.Mentions {
		if c.x.Mentions[i].Text == "Orrin Tools" {
			c.x.Mentions[i].Entity = firm
		}
	}
	c.role(minister, "Foreign Minister", country, true, "Former foreign minister")
	c.role(minister, "chair", firm, false, "Orrin Tools")
	write(c)
	check("c")

	// a again, without the role and the long name: the earliest source
	// and the country's name move to b
	a2 := doc("a", "2024-01-05", "Minister Ada Quenby of Vellmark.")
	a2.entity(newsgraph.Person, "Ada Quenby")
	a2.entity(newsgraph.GPE, "Vellmark")
	write(a2)
	check("a again")

	if err := st.DeleteDocument(ctx, "b"); err != nil {
		t.Fatal(err)
	}
	check("b deleted")
	write(b)
	check("b back")

	n := 0
	for _, x := range []newsgraph.EntityID{country, minister, firm} {
		if _, ok := st.folds.entityFold(x); ok {
			n++
		}
	}
	if n != 3 {
		t.Errorf("%d entity folds kept, want 3 (each write patched them)", n)
	}
}

// A write patches the kept folds of the events its document cites with
// its claim now: each event read after a write is the one folding every
// claim again gives. The writes add claims with other places, dates,
// statuses and participants, two claims of one document (an extraction
// telling the event twice), change a claim (a document sent again), take
// one back (a document deleted) and bring it back.
func TestEventFoldPatchedAsFromScratch(t *testing.T) {
	ctx := context.Background()
	st, err := Open(ctx, "memory://")
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	meeting := newsgraph.NewEventID(newsgraph.Meeting, "harbour-talks")
	var people []newsgraph.EntityID
	tell := func(id, published, text string, status newsgraph.EventStatus, date, place string, who ...string) *article {
		t.Helper()
		a := newArticle(t, id, published, text)
		var loc newsgraph.EntityID
		if place != "" {
			loc = a.entity(newsgraph.GPE, place)
		}
		var parts []newsgraph.Participant
		for _, w := range who {
			p := a.entity(newsgraph.Person, w)
			people = append(people, p)
			parts = append(parts, part(newsgraph.RoleParticipant, p))
		}
		a.event(meeting, newsgraph.Meeting, status, date, loc, "met", parts...)
		if err := st.Put(ctx, a.x); err != nil {
			t.Fatal(err)
		}
		return a
	}
	check := func(step string) {
		t.Helper()
		var got, want *newsgraph.Event
		err := st.read(ctx, "check", func(r *reader) error {
			var err error
			if got, err = r.event(meeting); err != nil {
				return err
			}
			want, _, err = r.foldEventFromScratch(meeting)
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: folded as\n  %+v\nwant\n  %+v", step, got, want)
		}
	}
	tell("b", "2024-05-02", "Oda Brenn met Tal Vesk in Corlan.", newsgraph.Planned, "2024-05-10", "Corlan", "Oda Brenn", "Tal Vesk")
	check("b")
	tell("c", "2024-05-11", "Oda Brenn met Tal Vesk in Corlan.", newsgraph.Happened, "2024-05-10", "Corlan", "Oda Brenn", "Tal Vesk")
	check("c")
	a := tell("a", "2024-05-01", "Oda Brenn met Ines Marr in Dunhollow.", newsgraph.Planned, "2024-05-09", "Dunhollow", "Oda Brenn", "Ines Marr")
	check("a")
	tell("d", "", "They met.", "", "", "")
	check("d, undated, placeless")
	tell("a", "2024-05-01", "Oda Brenn met Tal Vesk at last.", newsgraph.Cancelled, "", "", "Oda Brenn", "Tal Vesk")
	check("a again")
	twice := newArticle(t, "e", "2024-05-03", "Oda Brenn met Tal Vesk. They met again in Corlan.")
	oda, tal, corlan := twice.entity(newsgraph.Person, "Oda Brenn"), twice.entity(newsgraph.Person, "Tal Vesk"), twice.entity(newsgraph.GPE, "Corlan")
	twice.event(meeting, newsgraph.Meeting, newsgraph.Happened, "2024-05-10", "", "met", part(newsgraph.RoleParticipant, oda))
	twice.event(meeting, newsgraph.Meeting, newsgraph.Planned, "2024-05-12", corlan, "again", part(newsgraph.RoleParticipant, tal))
	if err := st.Put(ctx, twice.x); err != nil {
		t.Fatal(err)
	}
	check("e, telling it twice")
	if err := st.DeleteDocument(ctx, "c"); err != nil {
		t.Fatal(err)
	}
	check("c deleted")
	if err := st.Put(ctx, a.x); err != nil {
		t.Fatal(err)
	}
	check("a back")
	if _, ok := st.folds.eventFold(meeting); !ok {
		t.Error("the event's fold was not kept")
	}
}

// foldEntityFromScratch is the fold of every statement of x, as entity
// folded before folds were kept as counts: the reference the patched folds
// must equal.
func (r *reader) foldEntityFromScratch(x newsgraph.EntityID) (*newsgraph.Entity, error) {
	sts, err := r.effective(x)
	if err != nil {
		return nil, err
	}
	typ, ok := foldType(sts)
	if !ok {
		return nil, nil
	}
	e := &newsgraph.Entity{ID: x, Type: typ}
	names := map[string]int{}
	surfaces := map[string]int{}
	aliases := map[string]bool{}
	for _, st := range sts {
		seen := map[string]bool{}
		for _, n := range st.names {
			aliases[n] = true
			if !seen[n] {
				seen[n] = true
				names[n]++
			}
		}
		seen = map[string]bool{}
		for _, a := range st.aliases {
			aliases[a] = true
			if !seen[a] {
				seen[a] = true
				surfaces[a]++
			}
		}
		for _, m := range st.mentions {
			aliases[m.Text] = true
			if !seen[m.Text] {
				seen[m.Text] = true
				surfaces[m.Text]++
			}
		}
		e.Mentions += len(st.mentions)
	}
	switch {
	case r.view.rename[x] != "":
		e.Name = r.view.rename[x]
	case len(names) > 0:
		e.Name = vote(names)
	case len(surfaces) > 0:
		e.Name = vote(surfaces)
	default:
		e.Name = string(x)
	}
	for a := range aliases {
		if a != "" {
			e.Aliases = append(e.Aliases, a)
		}
	}
	sort.Strings(e.Aliases)
	if e.Roles, err = r.foldRolesFromScratch(sts); err != nil {
		return nil, err
	}
	return e, nil
}

func (r *reader) foldRolesFromScratch(sts []*stmt) ([]newsgraph.Role, error) {
	type key struct {
		title string
		of    newsgraph.EntityID
	}
	type acc struct {
		role   newsgraph.Role
		titles map[string]int
	}
	byKey := map[key]*acc{}
	var order []key
	for _, st := range sts {
		pub := st.published
		for _, rs := range st.roles {
			of := r.view.canonical(rs.of)
			if rs.of == "" {
				of = ""
			}
			k := key{normTitle(rs.title), of}
			a := byKey[k]
			if a == nil {
				a = &acc{role: newsgraph.Role{Of: of}, titles: map[string]int{}}
				byKey[k] = a
				order = append(order, k)
			}
			a.titles[rs.title]++
			if a.role.OfName == "" {
				a.role.OfName = rs.ofName
			}
			a.role.Former = a.role.Former || rs.former
			if pub != "" {
				if a.role.Since == "" || pub < a.role.Since {
					a.role.Since = pub
				}
				if pub > a.role.Until {
					a.role.Until = pub
				}
			}
			a.role.Sources = append(a.role.Sources, rs.evidence...)
		}
	}
	sort.Slice(order, func(i, j int) bool {
		if order[i].title != order[j].title {
			return order[i].title < order[j].title
		}
		return order[i].of < order[j].of
	})
	var out []newsgraph.Role
	for _, k := range order {
		a := byKey[k]
		a.role.Title = vote(a.titles)
		sort.Slice(a.role.Sources, func(i, j int) bool { return evidenceLess(a.role.Sources[i], a.role.Sources[j]) })
		out = append(out, a.role)
	}
	return out, nil
}

// foldEventFromScratch is the fold of every claim about v, as event
// folded before folds were kept as counts: the reference the patched folds
// must equal. It also returns the locations whose types it looked at.
func (r *reader) foldEventFromScratch(v newsgraph.EventID) (*newsgraph.Event, []newsgraph.EntityID, error) {
	cs, err := r.claims(v)
	if err != nil || len(cs) == 0 {
		return nil, nil, err
	}
	ev := &newsgraph.Event{ID: v}
	types := map[newsgraph.EventType]int{}
	type partKey struct {
		role   string
		entity newsgraph.EntityID
	}
	parts := map[partKey]bool{}
	type locAcc struct {
		spec, count, latest int
	}
	locs := map[newsgraph.EntityID]*locAcc{}
	for i, c := range cs {
		seen := map[newsgraph.EventType]bool{}
		for _, t := range c.types {
			if !seen[t] {
				seen[t] = true
				types[t]++
			}
		}
		for _, p := range c.participants {
			p.Entity = r.view.canonical(p.Entity)
			if k := (partKey{p.Role, p.Entity}); !parts[k] {
				parts[k] = true
				ev.Participants = append(ev.Participants, p)
			}
		}
		ev.Sources = append(ev.Sources, c.evidence...)
		loc := newsgraph.EntityID("")
		if c.location != "" {
			loc = r.view.canonical(c.location)
			a := locs[loc]
			if a == nil {
				t, err := r.entityType(loc)
				if err != nil {
					return nil, nil, err
				}
				a = &locAcc{spec: specificity(t)}
				locs[loc] = a
			}
			a.count++
			a.latest = i
		}
		ev.Claims = append(ev.Claims, newsgraph.Claim{
			Document: c.doc, Published: c.published, Status: c.status,
			Start: c.start, End: c.end, Location: loc,
		})
		if c.status != "" {
			ev.Status = c.status
		}
		if c.start != "" || c.end != "" {
			ev.Start, ev.End = c.start, c.end
		}
	}
	for _, t := range newsgraph.EventTypes {
		if types[t] > types[ev.Type] || (ev.Type == "" && types[t] > 0) {
			ev.Type = t
		}
	}
	var best *locAcc
	for id, a := range locs {
		if best == nil || a.spec < best.spec ||
			(a.spec == best.spec && (a.count > best.count || (a.count == best.count && a.latest > best.latest))) {
			best, ev.Location = a, id
		}
	}
	sort.Slice(ev.Participants, func(i, j int) bool {
		a, b := ev.Participants[i], ev.Participants[j]
		if a.Role != b.Role {
			return a.Role < b.Role
		}
		return a.Entity < b.Entity
	})
	sort.Slice(ev.Sources, func(i, j int) bool { return evidenceLess(ev.Sources[i], ev.Sources[j]) })
	locations := make([]newsgraph.EntityID, 0, len(locs))
	for id := range locs {
		locations = append(locations, id)
	}
	return ev, locations, nil
}

// TestKeptFoldHoldsNoStatement: a kept entity fold holds its counts, not
// the documents' statements (neither decoded, a dozen objects each, nor as
// the literals they were decoded from), so that once the decoded cache
// lets go of them a fold of an entity named by many documents costs the
// collector a few objects, not some for every document. A write takes a
// statement back by decoding the literal of the quad it deletes: the fold
// stays the one folding every statement gives.
func TestKeptFoldHoldsNoStatement(t *testing.T) {
	s := mustOpen(t, "memory://")
	const docs = 300
	var harrow newsgraph.EntityID
	for i := range docs {
		a := newArticle(t, fmt.Sprintf("d%03d", i), "2024-07-01", "Mayor Ilsa Harrow opened the ferry. Harrow thanked the crews. Harrow left. Ilsa Harrow returned.")
		harrow = a.entity(newsgraph.Person, "Ilsa Harrow", "Harrow")
		put(t, s, a)
	}
	if _, err := s.Entities(ctx, []newsgraph.EntityID{harrow}); err != nil {
		t.Fatal(err)
	}
	if _, ok := s.folds.entityFold(harrow); !ok {
		t.Fatal("the fold was not kept")
	}
	// what the fold alone holds: the heap with it, less the heap without.
	// Goroutines left by the package's earlier tests (stores' background
	// work) allocate too, so the least of a few measurements is the fold's.
	live := func() uint64 {
		var ms runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&ms)
		return ms.HeapObjects
	}
	n := int64(math.MaxInt64)
	for range 5 {
		s.folds.reset()
		if _, err := s.Entities(ctx, []newsgraph.EntityID{harrow}); err != nil {
			t.Fatal(err)
		}
		s.folds.mu.Lock()
		s.folds.decoded, s.folds.literals, s.folds.entities = map[string]any{}, map[quad.Value][]string{}, map[newsgraph.EntityID]*newsgraph.Entity{}
		s.folds.mu.Unlock()
		with := live()
		s.folds.dropEntityFolds([]newsgraph.EntityID{harrow})
		without := live()
		n = min(n, int64(with)-int64(without))
	}
	t.Logf("fold holds %d objects", n)
	if n > docs/5 {
		t.Errorf("the kept fold of an entity of %d statements holds %d objects, want at most %d", docs, n, docs/5)
	}

	// a write patches the fold from the literal of the quad it replaces
	if _, err := s.Entities(ctx, []newsgraph.EntityID{harrow}); err != nil {
		t.Fatal(err)
	}
	a := newArticle(t, "d007", "2024-07-02", "Ilsa Harrow, the harbour master, spoke.")
	a.entity(newsgraph.Person, "Ilsa Harrow")
	a.role(harrow, "harbour master", "", false, "harbour master")
	put(t, s, a)
	var got, want *newsgraph.Entity
	err := s.read(ctx, "check", func(r *reader) error {
		var err error
		if got, err = r.entity(harrow); err != nil {
			return err
		}
		want, err = r.foldEntityFromScratch(harrow)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("patched from the replaced literal:\n  %+v\nwant\n  %+v", got, want)
	}
}

// TestReadsShareEvidence: an entity or event read from the cache shares
// its roles' and its own evidence lists with the cache instead of copying
// them at every read (a hub's run to hundreds); a caller appending to one
// gets a list of its own, and the next read is as before.
func TestReadsShareEvidence(t *testing.T) {
	s := mustOpen(t, "memory://")
	a, alice, _, _, _, _, meeting := tokyo(t)
	put(t, s, a)
	read := func() (*newsgraph.Entity, *newsgraph.Event) {
		t.Helper()
		e := must[map[newsgraph.EntityID]*newsgraph.Entity](t)(s.Entities(ctx, []newsgraph.EntityID{alice}))[alice]
		ev := must[map[newsgraph.EventID]*newsgraph.Event](t)(s.Events(ctx, []newsgraph.EventID{meeting}))[meeting]
		if e == nil || len(e.Roles) == 0 || len(e.Roles[0].Sources) == 0 || ev == nil || len(ev.Sources) == 0 || len(ev.Claims) == 0 {
			t.Fatalf("read %+v, %+v", e, ev)
		}
		return e, ev
	}
	e1, ev1 := read()
	e2, ev2 := read()
	if &e1.Roles[0].Sources[0] != &e2.Roles[0].Sources[0] || &ev1.Sources[0] != &ev2.Sources[0] || &ev1.Claims[0] != &ev2.Claims[0] {
		t.Error("two reads copied the evidence lists")
	}
	want := e1.Roles[0].Sources[0]
	e1.Roles[0].Sources = append(e1.Roles[0].Sources, newsgraph.Evidence{Document: "elsewhere"})
	ev1.Sources = append(ev1.Sources, newsgraph.Evidence{Document: "elsewhere"})
	e3, ev3 := read()
	if len(e3.Roles[0].Sources) != len(e2.Roles[0].Sources) || e3.Roles[0].Sources[0] != want || len(ev3.Sources) != len(ev2.Sources) {
		t.Errorf("an append by a caller reached the cache: %+v, %+v", e3.Roles[0].Sources, ev3.Sources)
	}
}

// TestSharedEventsAreTheKeptEvents: SharedEvents answers what Events does,
// without a copy: two reads give the same event, and a write (the event's
// document deleted) leaves the one handed out as it was.
func TestSharedEventsAreTheKeptEvents(t *testing.T) {
	s := mustOpen(t, "memory://")
	a, _, _, _, _, _, meeting := tokyo(t)
	put(t, s, a)
	ids := []newsgraph.EventID{meeting}
	shared := func() *newsgraph.Event {
		t.Helper()
		return must[map[newsgraph.EventID]*newsgraph.Event](t)(s.SharedEvents(ctx, ids))[meeting]
	}
	first := shared()
	copied := must[map[newsgraph.EventID]*newsgraph.Event](t)(s.Events(ctx, ids))[meeting]
	if first == nil || !reflect.DeepEqual(first, copied) {
		t.Fatalf("shared %+v, copied %+v", first, copied)
	}
	if shared() != first {
		t.Error("a second read copied the event")
	}
	before := *first
	if err := s.DeleteDocument(ctx, a.x.Document.ID); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(*first, before) {
		t.Errorf("a write changed an event handed out: %+v, was %+v", *first, before)
	}
}
