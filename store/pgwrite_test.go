package store

import (
	"bytes"
	"strconv"
	"testing"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph"
)

// TestPostgresWriteChecksHeld: a write of one document's quads
// (newsgraph_write, one call) checks every delta against the quads held
// under the document's label before it changes anything: a quad added
// twice or deleted when absent fails the whole batch with cayley's error,
// and neither the quads, the node counts nor the generation counter move;
// a good batch moves them exactly, and undoing it gives back the same
// tables.
func TestPostgresWriteChecksHeld(t *testing.T) {
	s := openPostgres(t)
	a := newArticle(t, "d1", "2024-05-02", "Marta Quell opened a bakery in Lindholm. Quell said it would stay open late.")
	a.entity(newsgraph.Person, "Marta Quell", "Quell")
	a.entity(newsgraph.GPE, "Lindholm")
	put(t, s, a)

	prev := must[map[quad.Quad]struct{}](t)(s.docQuads(ctx, "d1"))
	var held quad.Quad
	for q := range prev {
		if held.Subject == nil || quadKey(q) < quadKey(held) {
			held = q
		}
	}
	doc := docIRI("d1")
	fresh := quad.Make(quad.IRI(string(doc)+"#note"), quad.IRI("urn:test:says"), quad.String("a literal no document states"), doc)
	absent := quad.Make(quad.IRI(string(doc)+"#gone"), quad.IRI("urn:test:says"), quad.String("never written"), doc)

	state := func() (tables, gen string) {
		t.Helper()
		var buf bytes.Buffer
		if err := s.WriteNQuads(ctx, &buf); err != nil {
			t.Fatal(err)
		}
		var nodes, refs, quads, labeled int64
		if err := s.pg.QueryRow(`SELECT count(*), coalesce(sum(refs), 0) FROM nodes`).Scan(&nodes, &refs); err != nil {
			t.Fatal(err)
		}
		if err := s.pg.QueryRow(`SELECT count(*), count(label_hash) FROM quads`).Scan(&quads, &labeled); err != nil {
			t.Fatal(err)
		}
		// Every quad counts once on each node it names.
		if refs != 3*quads+labeled {
			t.Errorf("node counts sum to %d for %d quads (%d labeled)", refs, quads, labeled)
		}
		return buf.String() + "\nnodes " + strconv.FormatInt(nodes, 10), must[string](t)(s.generation(ctx))
	}
	before, gen0 := state()

	for _, tc := range []struct {
		name   string
		deltas []graph.Delta
		exist  bool
	}{
		{"add held", []graph.Delta{{Quad: fresh, Action: graph.Add}, {Quad: held, Action: graph.Add}}, true},
		{"delete absent", []graph.Delta{{Quad: held, Action: graph.Delete}, {Quad: absent, Action: graph.Delete}, {Quad: fresh, Action: graph.Add}}, false},
	} {
		err := s.apply(ctx, tc.deltas)
		if tc.exist && !graph.IsQuadExist(err) || !tc.exist && !graph.IsQuadNotExist(err) {
			t.Errorf("%s: err = %v", tc.name, err)
		}
		if got, gen := state(); got != before || gen != gen0 {
			t.Errorf("%s changed the store (generation %s, was %s):\n%s\nwas\n%s", tc.name, gen, gen0, got, before)
		}
	}

	if err := s.apply(ctx, []graph.Delta{{Quad: held, Action: graph.Delete}, {Quad: fresh, Action: graph.Add}}); err != nil {
		t.Fatal(err)
	}
	now := must[map[quad.Quad]struct{}](t)(s.docQuads(ctx, "d1"))
	if _, ok := now[fresh]; !ok {
		t.Error("the added quad is not there")
	}
	if _, ok := now[held]; ok {
		t.Error("the deleted quad is still there")
	}
	if _, gen := state(); gen == gen0 {
		t.Error("a good write left the generation counter where it was")
	}
	if err := s.apply(ctx, []graph.Delta{{Quad: fresh, Action: graph.Delete}, {Quad: held, Action: graph.Add}}); err != nil {
		t.Fatal(err)
	}
	if undone, _ := state(); undone != before {
		t.Errorf("the undone write left\n%s\nwas\n%s", undone, before)
	}
}
