package store

import (
	"context"
	"fmt"
	"slices"
	"sort"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph"
)

// Stats counts what the graph holds, entities and events per type.
type Stats = newsgraph.Stats

// read runs fn under the shared lock with a fresh reader.
func (s *Store) read(ctx context.Context, what string, fn func(r *reader) error) error {
	if err := s.syncGeneration(ctx); err != nil {
		return fmt.Errorf("store: %s: %w", what, err)
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	if err := fn(s.reader(ctx)); err != nil {
		return fmt.Errorf("store: %s: %w", what, err)
	}
	return nil
}

// readEach answers a batch of ids in one read: one(r, id) gives id's value
// and whether it has one; ids without a value are left out of the map.
func readEach[K comparable, V any](ctx context.Context, s *Store, what string, ids []K, one func(r *reader, id K) (V, bool, error)) (map[K]V, error) {
	out := make(map[K]V, len(ids))
	err := s.read(ctx, what, func(r *reader) error {
		for _, id := range ids {
			v, ok, err := one(r, id)
			if err != nil {
				return err
			}
			if ok {
				out[id] = v
			}
		}
		return nil
	})
	return out, err
}

// Documents returns the documents with these ids, text included.
func (s *Store) Documents(ctx context.Context, ids []newsgraph.DocumentID) (map[newsgraph.DocumentID]*newsgraph.Document, error) {
	out := make(map[newsgraph.DocumentID]*newsgraph.Document, len(ids))
	err := s.read(ctx, "documents", func(r *reader) error {
		for _, id := range ids {
			h, err := r.head(id)
			if err != nil {
				return err
			}
			if h == nil {
				continue
			}
			b, err := r.body(id)
			if err != nil {
				return err
			}
			d := *h
			d.Text = b.text
			out[id] = &d
		}
		return nil
	})
	return out, err
}

// Lookups gives the lookup record each of ids was stored with (see
// newsgraph.Extraction.Lookups); ids without one are left out. On
// PostgreSQL one query per pgPrefetchRows documents.
func (s *Store) Lookups(ctx context.Context, ids []newsgraph.DocumentID) (map[newsgraph.DocumentID]string, error) {
	if s.pg != nil && pgPrefetch {
		out := make(map[newsgraph.DocumentID]string, len(ids))
		err := s.read(ctx, "lookups", func(r *reader) error { return r.lookupsPG(ids, out) })
		return out, err
	}
	return readEach(ctx, s, "lookups", ids, func(r *reader, id newsgraph.DocumentID) (string, bool, error) {
		var rec string
		found := false
		err := r.eachWith(quad.Subject, docIRI(id), pLookups, func(q quad.Quad) {
			if q.Predicate == pLookups {
				rec, found = str(q.Object), true
			}
		})
		return rec, found, err
	})
}

// LookingUp lists, per key of keys, sorted, the documents stored as
// looking it up without stating it (see newsgraph.Extraction.LookedUp);
// keys none looks up are left out. On PostgreSQL one query.
func (s *Store) LookingUp(ctx context.Context, keys []string) (map[string][]newsgraph.DocumentID, error) {
	out := map[string][]newsgraph.DocumentID{}
	add := func(q quad.Quad) {
		if id, ok := docOf(q.Subject); ok && q.Predicate == pLookedUp {
			k := str(q.Object)
			out[k] = append(out[k], id)
		}
	}
	err := s.read(ctx, "looking up", func(r *reader) error {
		if s.pg != nil {
			return s.lookingUpPG(ctx, keys, add)
		}
		for _, k := range keys {
			if err := r.eachWith(quad.Object, quad.String(k), pLookedUp, add); err != nil {
				return err
			}
		}
		return nil
	})
	for k, ids := range out {
		slices.Sort(ids)
		out[k] = slices.Compact(ids)
	}
	return out, err
}

// DocumentIDs lists every document, sorted.
func (s *Store) DocumentIDs(ctx context.Context) ([]newsgraph.DocumentID, error) {
	var out []newsgraph.DocumentID
	err := s.read(ctx, "document ids", func(r *reader) error {
		return r.eachWith(quad.Object, classDocument, pType, func(q quad.Quad) {
			if q.Predicate != pType {
				return
			}
			if id, ok := docOf(q.Subject); ok {
				out = append(out, id)
			}
		})
	})
	sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
	return out, err
}

// Entities returns the folded entities with these ids. An id merged into
// another entity returns the surviving entity. They are shared with the
// store's cache and with other callers: the caller must not change them.
func (s *Store) Entities(ctx context.Context, ids []newsgraph.EntityID) (map[newsgraph.EntityID]*newsgraph.Entity, error) {
	return readEach(ctx, s, "entities", ids, func(r *reader, id newsgraph.EntityID) (*newsgraph.Entity, bool, error) {
		v, err := r.entity(r.view.canonical(id))
		return v, err == nil && v != nil, err
	})
}

// entityTypes folds the type of every entity from the statements' type
// quads (one object-index scan per type), under the view. It is what
// listing and counting entities cost: one pass over the typed statements,
// kept until the next write. The caller must not change the map.
func (r *reader) entityTypes() (map[newsgraph.EntityID]newsgraph.EntityType, error) {
	if m, _ := r.s.folds.types(); m != nil {
		return m, nil
	}
	m, votes, err := r.foldEntityTypes()
	if err == nil {
		r.s.folds.putEntityTypes(m, votes)
	}
	return m, err
}

// typeVotes counts, per subject, the type quads (pred, pref+type) that give
// it each of types: one object-index scan per type. of reads the subject's
// id off a quad's subject (false: not one of ours).
func typeVotes[ID comparable, T ~string](r *reader, types []T, pref string, pred quad.IRI, of func(quad.Value) (ID, bool)) (map[ID]map[T]int, error) {
	counts := map[ID]map[T]int{}
	for _, t := range types {
		err := r.eachWith(quad.Object, quad.IRI(pref+string(t)), pred, func(q quad.Quad) {
			if q.Predicate != pred {
				return
			}
			id, ok := of(q.Subject)
			if !ok {
				return
			}
			c := counts[id]
			if c == nil {
				c = map[T]int{}
				counts[id] = c
			}
			c[t]++
		})
		if err != nil {
			return nil, err
		}
	}
	return counts, nil
}

// foldEntityTypes returns the folded types and the type votes (per entity
// under the view) they came from.
func (r *reader) foldEntityTypes() (map[newsgraph.EntityID]newsgraph.EntityType, map[newsgraph.EntityID]map[newsgraph.EntityType]int, error) {
	counts, err := typeVotes(r, newsgraph.EntityTypes, entityTypePref, pEntType, entityOfStmt)
	if err != nil {
		return nil, nil, err
	}
	v := r.view
	merged := map[newsgraph.EntityID]map[newsgraph.EntityType]int{}
	for e, c := range counts {
		x := v.canonical(e)
		m := merged[x]
		if m == nil {
			m = map[newsgraph.EntityType]int{}
			merged[x] = m
		}
		for t, n := range c {
			m[t] += n
		}
	}
	out := make(map[newsgraph.EntityID]newsgraph.EntityType, len(merged))
	for x, c := range merged {
		if len(v.splitsOf(x)) > 0 {
			continue // folded below, from its carved statements
		}
		if t, ok := voteType(c); ok {
			out[x] = t
		}
	}
	for x := range merged {
		for _, sp := range v.splitsOf(x) {
			for _, id := range []newsgraph.EntityID{x, sp.id} {
				if _, done := out[id]; done {
					continue
				}
				sts, err := r.effective(id)
				if err != nil {
					return nil, nil, err
				}
				if t, ok := foldType(sts); ok {
					out[id] = t
				}
			}
		}
	}
	return out, merged, nil
}

// EntityIDs lists the entities of type t ("" for all), sorted. The list is
// kept until a write changes the types: the caller must not change it.
func (s *Store) EntityIDs(ctx context.Context, t newsgraph.EntityType) ([]newsgraph.EntityID, error) {
	var out []newsgraph.EntityID
	err := s.read(ctx, "entity ids", func(r *reader) error {
		types, err := r.entityTypes()
		if err != nil {
			return err
		}
		c := &r.s.folds
		if ids, ok := keptIDs(c, func() map[newsgraph.EntityType][]newsgraph.EntityID { return c.sortedEntities }, t); ok {
			out = ids
			return nil
		}
		for id, et := range types {
			if t == "" || et == t {
				out = append(out, id)
			}
		}
		slices.Sort(out)
		out = out[:len(out):len(out)]
		putKeptIDs(c, &c.sortedEntities, t, out)
		return nil
	})
	return out, err
}

// EntitiesByKey returns the entities having a name or alias whose
// newsgraph.AliasKey is key, sorted by id.
func (s *Store) EntitiesByKey(ctx context.Context, key string) ([]newsgraph.Entity, error) {
	var out []newsgraph.Entity
	err := s.read(ctx, "entities by key", func(r *reader) error {
		ents, err := r.keyEntities(key)
		if err != nil {
			return err
		}
		cands := map[newsgraph.EntityID]bool{}
		for e := range ents {
			x := r.view.canonical(e)
			cands[x] = true
			for _, sp := range r.view.splitsOf(x) {
				cands[sp.id] = true
			}
		}
		for x, name := range r.view.rename { // names given by decisions
			if newsgraph.AliasKey(name) == key {
				cands[x] = true
			}
		}
		ids := make([]newsgraph.EntityID, 0, len(cands))
		for id := range cands {
			ids = append(ids, id)
		}
		sort.Slice(ids, func(i, j int) bool { return ids[i] < ids[j] })
		if err := r.prefetchStatements(ids, true); err != nil {
			return err
		}
		for _, id := range ids {
			e, err := r.entity(id)
			if err != nil {
				return err
			}
			if e != nil && hasKey(e, key) {
				out = append(out, *e)
			}
		}
		return nil
	})
	return out, err
}

// keyEntities lists the entities (before decisions) whose statements state
// alias key: kept per key between reads and moved by writes, else one
// index scan of the statements stating it.
func (r *reader) keyEntities(key string) (map[newsgraph.EntityID]int, error) {
	if m, ok := r.s.folds.keyEntities(key); ok {
		return m, nil
	}
	m := map[newsgraph.EntityID]int{}
	err := r.eachWith(quad.Object, quad.String(key), pAliasKey, func(q quad.Quad) {
		if q.Predicate != pAliasKey {
			return
		}
		if e, ok := entityOfStmt(q.Subject); ok {
			m[e]++
		}
	})
	if err != nil {
		return nil, err
	}
	r.s.folds.putKeyEntities(key, m)
	return m, nil
}

// hasKey checks the folded entity still answers to key (a split may have
// taken the alias away, a rename may have given it).
func hasKey(e *newsgraph.Entity, key string) bool {
	if newsgraph.AliasKey(e.Name) == key {
		return true
	}
	for _, a := range e.Aliases {
		if newsgraph.AliasKey(a) == key {
			return true
		}
	}
	return false
}

// Events returns the folded events with these ids.
func (s *Store) Events(ctx context.Context, ids []newsgraph.EventID) (map[newsgraph.EventID]*newsgraph.Event, error) {
	return readEach(ctx, s, "events", ids, func(r *reader, id newsgraph.EventID) (*newsgraph.Event, bool, error) {
		v, err := r.event(id)
		return v, err == nil && v != nil, err
	})
}

// SharedEvents is Events without the copies: the folded events as the
// store keeps them until a write replaces them (a write never changes a
// kept event), for a reader that only looks at them, such as a GraphQL
// request writing a page of events out. The caller must not change them
// nor the lists they hold.
func (s *Store) SharedEvents(ctx context.Context, ids []newsgraph.EventID) (map[newsgraph.EventID]*newsgraph.Event, error) {
	return readEach(ctx, s, "events", ids, func(r *reader, id newsgraph.EventID) (*newsgraph.Event, bool, error) {
		v, err := r.sharedEvent(id)
		return v, err == nil && v != nil, err
	})
}

// eventTypes folds the type of every event from the claims' type quads,
// kept until the next write. The caller must not change the map.
func (r *reader) eventTypes() (map[newsgraph.EventID]newsgraph.EventType, error) {
	if _, m := r.s.folds.types(); m != nil {
		return m, nil
	}
	m, votes, err := r.foldEventTypes()
	if err == nil {
		r.s.folds.putEventTypes(m, votes)
	}
	return m, err
}

func (r *reader) foldEventTypes() (map[newsgraph.EventID]newsgraph.EventType, map[newsgraph.EventID]map[newsgraph.EventType]int, error) {
	counts, err := typeVotes(r, newsgraph.EventTypes, eventTypePref, pEvType, eventOfClaim)
	if err != nil {
		return nil, nil, err
	}
	out := make(map[newsgraph.EventID]newsgraph.EventType, len(counts))
	for v, c := range counts {
		if t, ok := voteEventType(c); ok {
			out[v] = t
		}
	}
	return out, counts, nil
}

// voteEventType is the type most claims give; ties go to the earlier type
// in newsgraph.EventTypes.
func voteEventType(c map[newsgraph.EventType]int) (newsgraph.EventType, bool) {
	var best newsgraph.EventType
	for _, t := range newsgraph.EventTypes {
		if c[t] > c[best] || best == "" && c[t] > 0 {
			best = t
		}
	}
	return best, best != ""
}

// EventIDs lists the events of type t ("" for all), sorted. The list is
// kept until a write changes the types: the caller must not change it.
func (s *Store) EventIDs(ctx context.Context, t newsgraph.EventType) ([]newsgraph.EventID, error) {
	var out []newsgraph.EventID
	err := s.read(ctx, "event ids", func(r *reader) error {
		types, err := r.eventTypes()
		if err != nil {
			return err
		}
		c := &r.s.folds
		if ids, ok := keptIDs(c, func() map[newsgraph.EventType][]newsgraph.EventID { return c.sortedEvents }, t); ok {
			out = ids
			return nil
		}
		for id, et := range types {
			if t == "" || et == t {
				out = append(out, id)
			}
		}
		slices.Sort(out)
		out = out[:len(out):len(out)]
		putKeptIDs(c, &c.sortedEvents, t, out)
		return nil
	})
	return out, err
}

// EventsOf returns, per entity, the events it takes part in or hosts as the
// location, sorted.
func (s *Store) EventsOf(ctx context.Context, ids []newsgraph.EntityID) (map[newsgraph.EntityID][]newsgraph.EventID, error) {
	return readEach(ctx, s, "events of", ids, func(r *reader, id newsgraph.EntityID) ([]newsgraph.EventID, bool, error) {
		v, err := r.eventsOf(id)
		return v, err == nil && len(v) > 0, err
	})
}

// eventsOf lists the events entity id (under the view) takes part in or
// hosts, sorted.
func (r *reader) eventsOf(id newsgraph.EntityID) ([]newsgraph.EventID, error) {
	ix, err := r.eventIndex()
	if err != nil {
		return nil, err
	}
	set := map[newsgraph.EventID]bool{}
	for _, m := range r.view.members(r.view.canonical(id)) {
		for v := range ix.of[m] {
			set[v] = true
		}
	}
	if len(set) == 0 {
		return nil, nil
	}
	return sortedEvents(set), nil
}

func sortedEvents(set map[newsgraph.EventID]bool) []newsgraph.EventID {
	out := make([]newsgraph.EventID, 0, len(set))
	for v := range set {
		out = append(out, v)
	}
	sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
	return out
}

// EventsIn returns, per document, the events it cites, sorted.
func (s *Store) EventsIn(ctx context.Context, ids []newsgraph.DocumentID) (map[newsgraph.DocumentID][]newsgraph.EventID, error) {
	out := make(map[newsgraph.DocumentID][]newsgraph.EventID, len(ids))
	err := s.read(ctx, "events in", func(r *reader) error {
		for _, id := range ids {
			set := map[newsgraph.EventID]bool{}
			err := r.eachWith(quad.Subject, docIRI(id), pClaims, func(q quad.Quad) {
				if q.Predicate != pClaims {
					return
				}
				if v, ok := eventOfClaim(q.Object); ok {
					set[v] = true
				}
			})
			if err != nil {
				return err
			}
			if len(set) > 0 {
				out[id] = sortedEvents(set)
			}
		}
		return nil
	})
	return out, err
}

// Mentions returns, per entity, its mentions ordered by document, then
// offset.
func (s *Store) Mentions(ctx context.Context, ids []newsgraph.EntityID) (map[newsgraph.EntityID][]newsgraph.Mention, error) {
	return s.mentions(ctx, ids, true)
}

// MentionRefs is Mentions without the evidence's sentence text (Evidence.Text
// empty): where each mention is, for readers that need no text, at the cost
// of the entity's statements alone instead of every mentioning document's
// body (the ingest service reads hub entities' mentions at every write).
func (s *Store) MentionRefs(ctx context.Context, ids []newsgraph.EntityID) (map[newsgraph.EntityID][]newsgraph.Mention, error) {
	return s.mentions(ctx, ids, false)
}

// MentionRefsIn is MentionRefs restricted to one document: per entity, the
// mentions of it MentionRefs lists whose evidence is in doc, in the same
// order, at the cost of doc's statements of them (not of every document
// naming them). A reader that keeps something derived from an entity's
// mentions updates it with this after doc is written.
func (s *Store) MentionRefsIn(ctx context.Context, ids []newsgraph.EntityID, doc newsgraph.DocumentID) (map[newsgraph.EntityID][]newsgraph.Mention, error) {
	return s.mentionsOf(context.WithValue(ctx, scanning{}, true), ids, false, func(r *reader, x newsgraph.EntityID) ([]*stmt, error) {
		r.scan = true
		return r.effectiveIn(x, doc)
	})
}

func (s *Store) mentions(ctx context.Context, ids []newsgraph.EntityID, text bool) (map[newsgraph.EntityID][]newsgraph.Mention, error) {
	var fetched *reader // the reader that read all ids' statements at once
	return s.mentionsOf(ctx, ids, text, func(r *reader, x newsgraph.EntityID) ([]*stmt, error) {
		if fetched != r {
			if err := r.prefetchStatements(ids, false); err != nil {
				return nil, err
			}
			fetched = r
		}
		return r.effective(x)
	})
}

func (s *Store) mentionsOf(ctx context.Context, ids []newsgraph.EntityID, text bool, effective func(*reader, newsgraph.EntityID) ([]*stmt, error)) (map[newsgraph.EntityID][]newsgraph.Mention, error) {
	out := make(map[newsgraph.EntityID][]newsgraph.Mention, len(ids))
	err := s.read(ctx, "mentions", func(r *reader) error {
		for _, id := range ids {
			x := r.view.canonical(id)
			sts, err := effective(r, x)
			if err != nil {
				return err
			}
			var ms []newsgraph.Mention
			for _, st := range sts {
				for _, m := range st.mentions {
					m.Entity = x
					if text {
						if m, err = r.withText(m); err != nil {
							return err
						}
					}
					ms = append(ms, m)
				}
			}
			if len(ms) > 0 {
				sort.SliceStable(ms, func(i, j int) bool { return mentionLess(ms[i], ms[j]) })
				out[id] = ms
			}
		}
		return nil
	})
	return out, err
}

// DocumentMentions returns the mentions of one document, ordered by offset.
func (s *Store) DocumentMentions(ctx context.Context, id newsgraph.DocumentID) ([]newsgraph.Mention, error) {
	var out []newsgraph.Mention
	err := s.read(ctx, "document mentions", func(r *reader) error {
		var nodes []quad.Value
		err := r.eachWith(quad.Subject, docIRI(id), pStates, func(q quad.Quad) {
			if q.Predicate == pStates {
				nodes = append(nodes, q.Object)
			}
		})
		if err != nil {
			return err
		}
		for _, n := range nodes {
			e, ok := entityOfStmt(n)
			if !ok {
				continue
			}
			st, err := r.statementOf(n)
			if err != nil {
				return err
			}
			if st == nil {
				continue
			}
			for _, m := range st.mentions {
				m.Entity = r.view.mentionEntity(e, m.Text)
				if m, err = r.withText(m); err != nil {
					return err
				}
				out = append(out, m)
			}
		}
		return nil
	})
	sort.SliceStable(out, func(i, j int) bool { return mentionLess(out[i], out[j]) })
	return out, err
}

// PartOf returns, per entity, the places it lies directly inside, sorted.
func (s *Store) PartOf(ctx context.Context, ids []newsgraph.EntityID) (map[newsgraph.EntityID][]newsgraph.EntityID, error) {
	return readEach(ctx, s, "part of", ids, func(r *reader, id newsgraph.EntityID) ([]newsgraph.EntityID, bool, error) {
		v, err := r.partOf(id)
		return v, err == nil && len(v) > 0, err
	})
}

// partOf lists the places entity id (under the view) lies directly
// inside, sorted.
func (r *reader) partOf(id newsgraph.EntityID) ([]newsgraph.EntityID, error) {
	x := r.view.canonical(id)
	sts, err := r.effective(x)
	if err != nil {
		return nil, err
	}
	set := map[newsgraph.EntityID]bool{}
	for _, st := range sts {
		for _, w := range st.partOf {
			if w = r.view.canonical(w); w != x {
				set[w] = true
			}
		}
	}
	if len(set) == 0 {
		return nil, nil
	}
	ws := make([]newsgraph.EntityID, 0, len(set))
	for w := range set {
		ws = append(ws, w)
	}
	sort.Slice(ws, func(i, j int) bool { return ws[i] < ws[j] })
	return ws, nil
}

// Stats counts documents, and entities and events per folded type. The
// counts are kept in memory and moved by every write (cache.go): after the
// first call it reads nothing.
func (s *Store) Stats(ctx context.Context) (Stats, error) {
	st := Stats{Entities: map[string]int{}, Events: map[string]int{}}
	err := s.read(ctx, "stats", func(r *reader) error {
		docs, ents, evs := s.folds.counts()
		if docs < 0 {
			docs = 0
			err := r.eachWith(quad.Object, classDocument, pType, func(q quad.Quad) {
				if q.Predicate == pType {
					docs++
				}
			})
			if err != nil {
				return err
			}
			s.folds.putDocuments(docs)
		}
		st.Documents = docs
		if ents == nil {
			ets, err := r.entityTypes()
			if err != nil {
				return err
			}
			ents = map[string]int{}
			for _, t := range ets {
				ents[string(t)]++
			}
		}
		for t, n := range ents {
			st.Entities[t] = n
		}
		if evs == nil {
			vts, err := r.eventTypes()
			if err != nil {
				return err
			}
			evs = map[string]int{}
			for _, t := range vts {
				evs[string(t)]++
			}
		}
		for t, n := range evs {
			st.Events[t] = n
		}
		return nil
	})
	return st, err
}
