package store

import (
	"context"
	"fmt"
	"maps"
	"slices"
	"sort"
	"strings"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph"
)

// Put replaces everything document x.Document.ID stated before with x, in
// one cayley transaction: the store computes the difference between what
// the document stated and what it states now and applies it as one batch of
// deltas, which every backend applies entirely or not at all. An invalid
// extraction is rejected before anything is written.
func (s *Store) Put(ctx context.Context, x *newsgraph.Extraction) error {
	if err := validate(x); err != nil {
		return err
	}
	next := encode(x)
	if err := s.syncGeneration(ctx); err != nil {
		return fmt.Errorf("store: put %s: %w", x.Document.ID, err)
	}
	defer s.lockWrite()()
	for attempt := 1; ; attempt++ {
		prev, err := s.docQuads(ctx, x.Document.ID)
		if err != nil {
			return fmt.Errorf("store: put %s: %w", x.Document.ID, err)
		}
		var deltas []graph.Delta
		for q := range prev {
			if _, ok := next[q]; !ok {
				deltas = append(deltas, graph.Delta{Quad: q, Action: graph.Delete})
			}
		}
		for q := range next {
			if _, ok := prev[q]; !ok {
				deltas = append(deltas, graph.Delta{Quad: q, Action: graph.Add})
			}
		}
		if err = s.apply(ctx, deltas); err != nil {
			s.folds.reset() // nothing changed, but forget nothing either
			if s.raced(err) && attempt < maxAttempts {
				continue
			}
			return fmt.Errorf("store: put %s: %w", x.Document.ID, err)
		}
		if len(deltas) > 0 {
			v := newView(s.decisions)
			s.folds.forget(v, prev, next)
			s.patchFolds(ctx, v, x.Document.ID, prev, next)
		}
		return nil
	}
}

// patchFolds brings the kept folds a write of document doc from prev to
// next (its quads before and after) touched up to date: an event's fold
// and a plain entity's take back what doc stated of them and count what it
// states now; any other fold is dropped, to be folded again when read.
// Called under the write lock, after forget (which drops doc's decoded
// statements and claims: its text may have changed under unchanged spans).
func (s *Store) patchFolds(ctx context.Context, v *view, doc newsgraph.DocumentID, prev, next map[quad.Quad]struct{}) {
	touched := map[newsgraph.EntityID]bool{}
	events := map[newsgraph.EventID]bool{}
	// what doc stated of each entity before: the statement a fold takes
	// back (a store written before statements were their own literal
	// held it under a node: no literal, so such a fold is dropped)
	before := map[newsgraph.EntityID]quad.Value{}
	for _, qs := range []map[quad.Quad]struct{}{prev, next} {
		for q := range qs {
			switch q.Predicate {
			case pStatement:
				touched[newsgraph.EntityID(str(q.Object))] = true
			case pClaim:
				events[newsgraph.EventID(str(q.Object))] = true
			}
		}
	}
	for q := range prev {
		if q.Predicate == pStatement {
			before[newsgraph.EntityID(str(q.Object))] = q.Subject
		}
	}
	r := s.reader(context.WithValue(ctx, scanning{}, true))
	r.scan = true
	for ev := range events {
		f, ok := s.folds.eventFold(ev)
		if !ok {
			continue
		}
		cs, err := r.claimsIn(doc, ev)
		if err != nil || f.patch(r, v, doc, cs) != nil {
			s.folds.dropEventFold(ev)
		}
	}
	for e := range touched {
		x := v.canonical(e)
		drop := []newsgraph.EntityID{x}
		for _, sp := range v.splitsOf(x) {
			drop = append(drop, sp.id)
		}
		old, hasOld := before[e]
		lit, isLit := old.(quad.String)
		if f, ok := s.folds.entityFold(x); ok && x == e && f.plain && plain(v, x) && (!hasOld || isLit) {
			st, err := r.statementIn(doc, x)
			if err == nil && f.patch(r, v, doc, string(lit), st) == nil {
				continue
			}
		}
		s.folds.dropEntityFolds(drop)
	}
}

// maxAttempts bounds how often a write raced by another process is tried
// again.
const maxAttempts = 5

// raced reports whether a write failed because another process wrote the
// same document between reading it and writing it (a quad already added or
// already deleted), or PostgreSQL chose it as a deadlock's victim: read it
// again and retry.
func (s *Store) raced(err error) bool {
	if !s.shared() {
		return false
	}
	msg := err.Error()
	return graph.IsQuadExist(err) || graph.IsQuadNotExist(err) ||
		strings.Contains(msg, "deadlock detected") || strings.Contains(msg, "could not serialize access")
}

// DeleteDocument removes exactly what the document stated; entities and
// events no other document supports disappear with it.
func (s *Store) DeleteDocument(ctx context.Context, id newsgraph.DocumentID) error {
	if err := s.syncGeneration(ctx); err != nil {
		return fmt.Errorf("store: delete %s: %w", id, err)
	}
	defer s.lockWrite()()
	for attempt := 1; ; attempt++ {
		prev, err := s.docQuads(ctx, id)
		if err != nil {
			return fmt.Errorf("store: delete %s: %w", id, err)
		}
		if len(prev) == 0 {
			return fmt.Errorf("store: document %s: %w", id, newsgraph.ErrNotFound)
		}
		deltas := make([]graph.Delta, 0, len(prev))
		for q := range prev {
			deltas = append(deltas, graph.Delta{Quad: q, Action: graph.Delete})
		}
		if err = s.apply(ctx, deltas); err != nil {
			s.folds.reset()
			if s.raced(err) && attempt < maxAttempts {
				continue
			}
			return fmt.Errorf("store: delete %s: %w", id, err)
		}
		v := newView(s.decisions)
		s.folds.forget(v, prev, nil)
		s.patchFolds(ctx, v, id, prev, nil)
		return nil
	}
}

// apply writes one batch of deltas. The deltas are exact (computed against
// what is stored, under the write lock), so no ignore options: a surprise
// duplicate or missing quad fails the whole batch instead of half-applying.
func (s *Store) apply(ctx context.Context, deltas []graph.Delta) error {
	if len(deltas) == 0 {
		return nil
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	if s.qs == nil {
		return errClosed
	}
	if err := s.dropSnapshot(); err != nil {
		return err
	}
	// Deletions first and in a stable order: easier to read in a failing
	// backend's log, and the same input gives the same batch.
	keys := make(map[quad.Quad]string, len(deltas)) // each key built once, not at every comparison
	for _, d := range deltas {
		keys[d.Quad] = quadKey(d.Quad)
	}
	sort.SliceStable(deltas, func(i, j int) bool {
		if deltas[i].Action != deltas[j].Action {
			return deltas[i].Action < deltas[j].Action
		}
		return keys[deltas[i].Quad] < keys[deltas[j].Quad]
	})
	if s.pg != nil {
		// The documents pgDocQuads holds change, or may have.
		labels := map[quad.Value]bool{}
		for _, d := range deltas {
			if d.Quad.Label != nil {
				labels[d.Quad.Label] = true
			}
		}
		defer s.folds.dropLabels(slices.Collect(maps.Keys(labels)))
		return s.applyPG(ctx, deltas) // one SQL transaction
	}
	if s.level == nil {
		// memstore checks a batch before changing anything.
		return s.qs.ApplyDeltas(deltas, graph.IgnoreOpts{})
	}
	// On leveldb the replacement is one group (leveldb.go): whatever cayley
	// commits below reaches disk as one leveldb batch, or not at all.
	s.level.begin()
	if err := s.applyLevel(deltas); err != nil {
		s.level.discard()
		// cayley's kv store caches node ids it created in the discarded
		// writes: open it afresh so nothing of them survives in memory.
		if rerr := s.reopenLevel(); rerr != nil {
			return fmt.Errorf("%w (and reopening the store failed: %v)", err, rerr)
		}
		return err
	}
	return s.level.commitGroup()
}

// applyLevel applies deltas to the kv quad store inside an open group.
// cayley v0.7.7's kv backend writes an added quad with an empty direction
// when that node's reference count falls in the same batch (it resolves
// added quads' nodes only among the nodes whose count grows). Such a batch
// is applied as two cayley batches, additions then deletions; the group
// makes the two one write on disk.
func (s *Store) applyLevel(deltas []graph.Delta) error {
	if !kvHazard(deltas) {
		return s.qs.ApplyDeltas(deltas, graph.IgnoreOpts{})
	}
	split := sort.Search(len(deltas), func(i int) bool { return deltas[i].Action == graph.Add })
	dels, adds := deltas[:split], deltas[split:]
	if err := s.qs.ApplyDeltas(adds, graph.IgnoreOpts{}); err != nil {
		return err
	}
	return s.qs.ApplyDeltas(dels, graph.IgnoreOpts{})
}

// reopenLevel closes and reopens the leveldb store, dropping cayley's
// in-memory state and the node-value cache.
func (s *Store) reopenLevel() error {
	failpoint := s.level.failpoint
	s.qs.Close()
	s.qs, s.level = nil, nil
	qs, level, err := openLevel(s.addr)
	if err != nil {
		return err
	}
	level.failpoint = failpoint
	s.qs, s.level = qs, level
	s.cacheMu.Lock()
	s.values = valueCache{}
	s.cacheMu.Unlock()
	return nil
}

// kvHazard reports whether a batch adds a quad over a node whose reference
// count the batch lowers overall.
func kvHazard(deltas []graph.Delta) bool {
	net := make(map[quad.Value]int)
	for _, d := range deltas {
		for _, dir := range quad.Directions {
			if v := d.Quad.Get(dir); v != nil {
				net[v] += int(d.Action)
			}
		}
	}
	for _, d := range deltas {
		if d.Action != graph.Add {
			continue
		}
		for _, dir := range quad.Directions {
			if v := d.Quad.Get(dir); v != nil && net[v] < 0 {
				return true
			}
		}
	}
	return false
}

func quadKey(q quad.Quad) string {
	return q.Subject.String() + " " + q.Predicate.String() + " " + q.Object.String()
}

// docQuads collects every quad document id states: the quads of its node and,
// recursively, of the nodes it owns (their IRIs extend the document's with
// '#'). Cost is the size of the document's statement, not of the graph.
func (s *Store) docQuads(ctx context.Context, id newsgraph.DocumentID) (map[quad.Quad]struct{}, error) {
	if s.pg != nil {
		return s.docQuadsPG(ctx, id)
	}
	d := docIRI(id)
	owned := string(d) + "#"
	out := make(map[quad.Quad]struct{})
	seen := map[quad.Value]bool{d: true}
	// Breadth first: the document, then the nodes it owns.
	level := []quad.Value{d}
	for len(level) > 0 {
		var next []quad.Value
		err := s.eachOf(ctx, quad.Subject, level, func(q quad.Quad) {
			if q.Label != d {
				return
			}
			out[q] = struct{}{}
			if q.Predicate == pData {
				// The same literal points at the entity or event.
				if e, ok := entityOfStmt(q.Subject); ok {
					out[quad.Quad{Subject: q.Object, Predicate: pStatement, Object: quad.IRI(e), Label: d}] = struct{}{}
				} else if v, ok := eventOfClaim(q.Subject); ok {
					out[quad.Quad{Subject: q.Object, Predicate: pClaim, Object: quad.IRI(v), Label: d}] = struct{}{}
				}
			}
			if iri, ok := q.Object.(quad.IRI); ok && strings.HasPrefix(string(iri), owned) && !seen[iri] {
				seen[iri] = true
				next = append(next, iri)
			}
			// a statement's or claim's literal: the subject of its quads
			if lit, ok := q.Object.(quad.String); ok && (q.Predicate == pStates || q.Predicate == pClaims) && !seen[lit] {
				seen[lit] = true
				next = append(next, lit)
			}
		})
		if err != nil {
			return nil, err
		}
		level = next
	}
	return out, nil
}
