package store

import (
	"strings"
	"sync"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph"
)

// foldCache keeps folded entities and events between writes. Folding a hub
// entity reads every document that states it; a served graph is read far
// more than written, so each write drops exactly what it may change: the
// entities and events the document states (before and after), and the
// events whose location folding looked at one of those entities; the
// counts those are folded from (entityFolds, eventFolds) it patches with
// the document's statements and claims instead (patchFolds). Decisions
// drop everything. Writers hold the Store's write lock while they
// invalidate, so a fold computed under the read lock is never stale.
type foldCache struct {
	mu        sync.Mutex
	disabled  bool // for the cold benchmark
	entities  map[newsgraph.EntityID]*newsgraph.Entity
	events    map[newsgraph.EventID]*newsgraph.Event
	locatedAt map[newsgraph.EntityID]map[newsgraph.EventID]bool

	// entityFolds are the counts entities are folded from (fold.go): a
	// write patches a plain entity's with its document's statement, so
	// that a hub entity's next fold costs its aliases and roles, not a
	// pass over every document naming it.
	entityFolds map[newsgraph.EntityID]*entityFold
	// eventFolds are the claims events are folded from, patched alike.
	eventFolds map[newsgraph.EventID]*eventFold

	// The folded type of every entity and event, as listed by EntityIDs,
	// EventIDs and Stats, with the type votes they were folded from (under
	// the view) and the number of each type. Built once by one pass over
	// the type quads; each write then adds and takes back the votes of the
	// type quads it adds and deletes, so that reads after a write cost what
	// the write changed, not the store. Decisions drop them.
	entityTypes map[newsgraph.EntityID]newsgraph.EntityType
	eventTypes  map[newsgraph.EventID]newsgraph.EventType
	entityVotes map[newsgraph.EntityID]typeCounts[newsgraph.EntityType]
	eventVotes  map[newsgraph.EventID]typeCounts[newsgraph.EventType]
	entityCount map[string]int
	eventCount  map[string]int
	// sortedEntities and sortedEvents are the ids EntityIDs and EventIDs
	// list, per type ("" for all), sorted: a page of events costs the
	// page, not a sort of every event (8 ms at 19k documents). Any change
	// of the types drops them.
	sortedEntities map[newsgraph.EntityType][]newsgraph.EntityID
	sortedEvents   map[newsgraph.EventType][]newsgraph.EventID
	// documents is the number of documents, -1 until counted.
	documents int

	// decoded holds statements and claims decoded from their JSON literal
	// (the key), sentence texts filled: folding a hub entity or a much-told
	// event after a write decodes only the new document's literal, not
	// every earlier one. A write evicts its document's literals (its text
	// may have changed under unchanged spans). decodedBytes counts the
	// literals' length; the map is dropped whole at decodedMax.
	decoded      map[string]any
	decodedBytes int

	// listing is the listing index (listing.go), nil until built;
	// listings are the orders ListEntities gave, per type and order, until
	// the next write.
	listing  map[newsgraph.EntityID]ListEntry
	listings map[listKey][]newsgraph.EntityID

	// alias is the alias index (search.go), nil until built.
	alias *aliasIndex

	// evIndex is the event index (adjacency.go), nil until built.
	evIndex *eventIndex

	// literals holds, per entity or event node, the JSON literals of the
	// statements or claims pointing at it, as the index scan that found
	// them read them; every write adds and removes its own. A hub's fold
	// after a write then decodes the new literal and reads nothing, where
	// the scan read one log entry per document. litBytes counts the
	// literals' bytes; the map is dropped whole beyond litMax.
	literals map[quad.Value][]string
	litBytes int

	// found holds the ids FindEventIDs listed, per filter (foundKey),
	// in its order: a served graph's pages of one person's meetings read
	// the list, not every event of the person, matched and sorted again,
	// at every request. Any write drops them all (forget, reset): a
	// write may move any event's date, and so the order.
	found map[string][]newsgraph.EventID

	// byKey holds, per alias key looked up (EntitiesByKey, at every
	// extraction), the entities stating it and how many statements do;
	// writes move it like the alias index.
	byKey map[string]map[newsgraph.EntityID]int

	// labels holds, on PostgreSQL while this process holds the writer
	// lock, every quad of a label (a document) read whole by a read by
	// subject (eachPG): see pgDocQuads.
	labels map[quad.Value][]quad.Quad
}

const litMax = 32 << 20

// keyEntities returns the entities (before decisions) whose statements
// state alias key k, with how many statements do, if known.
func (c *foldCache) keyEntities(k string) (map[newsgraph.EntityID]int, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	m, ok := c.byKey[k]
	return m, ok && !c.disabled
}

// putCapped stores v at k, first emptying m when it holds foldCacheMax
// entries: a full cache starts over rather than tracking recency, which
// keeps a put O(1) and the bound exact.
func putCapped[K comparable, V any](m map[K]V, k K, v V) map[K]V {
	if len(m) >= foldCacheMax {
		m = make(map[K]V)
	}
	m[k] = v
	return m
}

func (c *foldCache) putKeyEntities(k string, m map[newsgraph.EntityID]int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.disabled {
		return
	}
	c.byKey = putCapped(c.byKey, k, m)
}

// labelsMax bounds the labels held (pgDocQuads); a full map is dropped
// whole. A write and its settling read a few documents.
const labelsMax = 64

// labelQuads returns the quads of label l, if held.
func (c *foldCache) labelQuads(l quad.Value) ([]quad.Quad, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	qs, ok := c.labels[l]
	return qs, ok && !c.disabled
}

func (c *foldCache) putLabelQuads(l quad.Value, qs []quad.Quad) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.disabled {
		return
	}
	if c.labels == nil || len(c.labels) >= labelsMax {
		c.labels = make(map[quad.Value][]quad.Quad)
	}
	c.labels[l] = qs
}

// dropLabels forgets the quads held of labels ls (nil: of every label).
func (c *foldCache) dropLabels(ls []quad.Value) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if ls == nil {
		c.labels = nil
	}
	for _, l := range ls {
		delete(c.labels, l)
	}
}

func (c *foldCache) literalsOf(node quad.Value) ([]string, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	l, ok := c.literals[node]
	return l, ok && !c.disabled
}

func (c *foldCache) putLiterals(node quad.Value, l []string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.disabled {
		return
	}
	n := 0
	for _, lit := range l {
		n += len(lit)
	}
	if c.litBytes+n > litMax {
		c.literals = make(map[quad.Value][]string)
		c.litBytes = 0
	}
	if _, ok := c.literals[node]; !ok {
		c.literals[node] = l
		c.litBytes += n
	}
}

// patchLiterals adds (d = +1) or removes (d = -1) lit among node's.
func (c *foldCache) patchLiterals(node quad.Value, lit string, d int) {
	l, ok := c.literals[node]
	if !ok {
		return
	}
	if d > 0 {
		c.literals[node] = append(l[:len(l):len(l)], lit)
		c.litBytes += len(lit)
		return
	}
	for i, x := range l {
		if x == lit {
			out := make([]string, 0, len(l)-1)
			c.literals[node] = append(append(out, l[:i]...), l[i+1:]...)
			c.litBytes -= len(lit)
			return
		}
	}
}

func (c *foldCache) eventIndex() *eventIndex {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.disabled {
		return nil
	}
	return c.evIndex
}

func (c *foldCache) putEventIndex(ix *eventIndex) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if !c.disabled {
		c.evIndex = ix
	}
}

func (c *foldCache) aliases() *aliasIndex {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.disabled {
		return nil
	}
	return c.alias
}

func (c *foldCache) putAliases(ix *aliasIndex) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if !c.disabled {
		c.alias = ix
	}
}

// decodedMax bounds the decoded statements and claims, in literal bytes
// (decoded they take about three times as much).
const decodedMax = 32 << 20

func (c *foldCache) decodedOf(lit string) (any, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	v, ok := c.decoded[lit]
	return v, ok && !c.disabled
}

func (c *foldCache) putDecoded(lit string, v any) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.disabled {
		return
	}
	if c.decodedBytes+len(lit) > decodedMax {
		c.decoded = make(map[string]any)
		c.decodedBytes = 0
	}
	if _, ok := c.decoded[lit]; !ok {
		c.decoded[lit] = v
		c.decodedBytes += len(lit)
	}
}

// foundMax bounds the kept FindEventIDs lists (filters); full, they are
// dropped whole.
const foundMax = 4096

func (c *foldCache) foundIDs(k string) ([]newsgraph.EventID, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	ids, ok := c.found[k]
	return ids, ok && !c.disabled
}

// putFoundIDs keeps ids as the list of filter k (writes hold the Store's
// write lock, so none runs during the read that listed them).
func (c *foldCache) putFoundIDs(k string, ids []newsgraph.EventID) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.disabled {
		return
	}
	if c.found == nil || len(c.found) >= foundMax {
		c.found = make(map[string][]newsgraph.EventID)
	}
	c.found[k] = ids
}

// foldCacheMax bounds each map (entries); a full map is dropped whole.
const foldCacheMax = 50000

func (c *foldCache) reset() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.entities = make(map[newsgraph.EntityID]*newsgraph.Entity)
	c.entityFolds = make(map[newsgraph.EntityID]*entityFold)
	c.eventFolds = make(map[newsgraph.EventID]*eventFold)
	c.events = make(map[newsgraph.EventID]*newsgraph.Event)
	c.locatedAt = make(map[newsgraph.EntityID]map[newsgraph.EventID]bool)
	c.dropTypes()
	c.documents = -1
	c.decoded = make(map[string]any)
	c.decodedBytes = 0
	c.alias = nil
	c.evIndex = nil
	c.listing, c.listings = nil, nil
	c.literals = make(map[quad.Value][]string)
	c.litBytes = 0
	c.byKey = make(map[string]map[newsgraph.EntityID]int)
	c.labels = nil
	c.found = nil
}

func (c *foldCache) dropTypes() {
	c.sortedEntities, c.sortedEvents = nil, nil
	c.entityTypes, c.eventTypes = nil, nil
	c.entityVotes, c.eventVotes = nil, nil
	c.entityCount, c.eventCount = nil, nil
}

func (c *foldCache) types() (map[newsgraph.EntityID]newsgraph.EntityType, map[newsgraph.EventID]newsgraph.EventType) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.disabled {
		return nil, nil
	}
	return c.entityTypes, c.eventTypes
}

// putEntityTypes keeps the folded types; votes is nil when some entity's
// type did not come from votes alone (a split), and then the next write
// drops the types instead of patching them.
func (c *foldCache) putEntityTypes(m map[newsgraph.EntityID]newsgraph.EntityType, votes map[newsgraph.EntityID]map[newsgraph.EntityType]int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.disabled {
		return
	}
	c.entityTypes, c.entityVotes = m, compactVotes(votes)
	c.sortedEntities = nil
	c.entityCount = make(map[string]int)
	for _, t := range m {
		c.entityCount[string(t)]++
	}
}

func (c *foldCache) putEventTypes(m map[newsgraph.EventID]newsgraph.EventType, votes map[newsgraph.EventID]map[newsgraph.EventType]int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.disabled {
		return
	}
	c.eventTypes, c.eventVotes = m, compactVotes(votes)
	c.sortedEvents = nil
	c.eventCount = make(map[string]int)
	for _, t := range m {
		c.eventCount[string(t)]++
	}
}

// keptIDs returns the kept sorted ids of type t, if any; field picks
// the map (read under c.mu).
func keptIDs[K ~string, T comparable](c *foldCache, field func() map[T][]K, t T) ([]K, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	ids, ok := field()[t]
	return ids, ok && !c.disabled
}

// putKeptIDs keeps ids (sorted) as those of type t while the kept types
// stand (a write that changes them drops the lists; writes hold the
// Store's write lock, so none runs during the read that listed them).
func putKeptIDs[K ~string, T comparable](c *foldCache, field *map[T][]K, t T, ids []K) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.disabled {
		return
	}
	if *field == nil {
		*field = make(map[T][]K)
	}
	(*field)[t] = ids
}

// counts returns the document count and the entity and event counts per
// type, each nil (or -1) when not known. The caller must not change them.
func (c *foldCache) counts() (docs int, entities, events map[string]int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.disabled {
		return -1, nil, nil
	}
	return c.documents, c.entityCount, c.eventCount
}

func (c *foldCache) putDocuments(n int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if !c.disabled {
		c.documents = n
	}
}

func (c *foldCache) entity(id newsgraph.EntityID) (*newsgraph.Entity, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.entities[id]
	return e, ok && !c.disabled
}

func (c *foldCache) putEntity(id newsgraph.EntityID, e *newsgraph.Entity) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.disabled {
		return
	}
	c.entities = putCapped(c.entities, id, e)
}

func (c *foldCache) entityFold(id newsgraph.EntityID) (*entityFold, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	f, ok := c.entityFolds[id]
	return f, ok && !c.disabled
}

func (c *foldCache) putEntityFold(id newsgraph.EntityID, f *entityFold) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.disabled {
		return
	}
	c.entityFolds = putCapped(c.entityFolds, id, f)
}

func (c *foldCache) eventFold(id newsgraph.EventID) (*eventFold, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	f, ok := c.eventFolds[id]
	return f, ok && !c.disabled
}

func (c *foldCache) putEventFold(id newsgraph.EventID, f *eventFold) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.disabled {
		return
	}
	c.eventFolds = putCapped(c.eventFolds, id, f)
}

func (c *foldCache) dropEventFold(id newsgraph.EventID) {
	c.mu.Lock()
	defer c.mu.Unlock()
	delete(c.eventFolds, id)
}

func (c *foldCache) dropEntityFolds(ids []newsgraph.EntityID) {
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, id := range ids {
		delete(c.entityFolds, id)
	}
}

func (c *foldCache) event(id newsgraph.EventID) (*newsgraph.Event, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.events[id]
	return e, ok && !c.disabled
}

func (c *foldCache) putEvent(id newsgraph.EventID, e *newsgraph.Event, locations []newsgraph.EntityID) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.disabled {
		return
	}
	if len(c.events) >= foldCacheMax {
		c.events = make(map[newsgraph.EventID]*newsgraph.Event)
		c.locatedAt = make(map[newsgraph.EntityID]map[newsgraph.EventID]bool)
	}
	c.events[id] = e
	for _, l := range locations {
		if c.locatedAt[l] == nil {
			c.locatedAt[l] = make(map[newsgraph.EventID]bool)
		}
		c.locatedAt[l][id] = true
	}
}

// forget drops the folds a write from prev to next (a document's quads
// before and after) may have changed, and moves the type votes and counts
// by the type quads it deleted and added.
func (c *foldCache) forget(v *view, prev, next map[quad.Quad]struct{}) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.patchCounts(v, prev, next)
	c.found = nil
	c.listings = nil
	drop := func(x newsgraph.EntityID) {
		delete(c.entities, x)
		delete(c.listing, x)
		for ev := range c.locatedAt[x] {
			delete(c.events, ev)
		}
		delete(c.locatedAt, x)
	}
	for _, qs := range []map[quad.Quad]struct{}{prev, next} {
		for q := range qs {
			switch q.Predicate {
			case pData:
				if lit := str(q.Object); c.decoded[lit] != nil {
					c.decodedBytes -= len(lit)
					delete(c.decoded, lit)
				}
			case pStatement:
				if lit := str(q.Subject); c.decoded[lit] != nil {
					c.decodedBytes -= len(lit)
					delete(c.decoded, lit)
				}
				x := v.canonical(newsgraph.EntityID(str(q.Object)))
				drop(x)
				for _, sp := range v.splitsOf(x) {
					drop(sp.id)
				}
			case pClaim:
				if lit := str(q.Subject); c.decoded[lit] != nil {
					c.decodedBytes -= len(lit)
					delete(c.decoded, lit)
				}
				delete(c.events, newsgraph.EventID(str(q.Object)))
			}
		}
	}
}

// frozen cuts the capacity of e's lists to their length, so that a
// caller appending to one of a cached entity's lists copies it instead of
// writing into the array other readers share. Readers get the cached
// entity itself: a hub's copy (its roles carry hundreds of sources) was
// most of what a listing of events' participants allocated.
func frozen(e *newsgraph.Entity) {
	e.Aliases = shared(e.Aliases)
	e.Roles = shared(e.Roles)
	for i := range e.Roles {
		e.Roles[i].Sources = shared(e.Roles[i].Sources)
	}
}

// cloneEvent copies a cached event so that callers may change what they
// get back: its sources and claims are shared, their capacity cut to
// their length.
func cloneEvent(e *newsgraph.Event) *newsgraph.Event {
	out := *e
	out.Participants = append([]newsgraph.Participant(nil), e.Participants...)
	out.Sources = shared(e.Sources)
	out.Claims = shared(e.Claims)
	return &out
}

// shared is l with its capacity cut to its length (nil when empty, as a
// copy would be).
func shared[T any](l []T) []T {
	if len(l) == 0 {
		return nil
	}
	return l[:len(l):len(l)]
}

// patchCounts applies the votes of the type quads and the document quads
// in prev but not next (taken back) and in next but not prev (added).
func (c *foldCache) patchCounts(v *view, prev, next map[quad.Quad]struct{}) {
	touchedE := map[newsgraph.EntityID]bool{}
	touchedV := map[newsgraph.EventID]bool{}
	apply := func(q quad.Quad, d int) {
		if c.evIndex != nil && namesEntity(q) {
			if v, ok := eventOfClaim(q.Subject); ok {
				c.evIndex.add(newsgraph.EntityID(str(q.Object)), v, d)
			}
		}
		switch q.Predicate {
		case pStatement, pClaim:
			c.patchLiterals(q.Object, str(q.Subject), d)
		case pAliasKey:
			e, ok := entityOfStmt(q.Subject)
			if !ok {
				return
			}
			if c.alias != nil {
				c.alias.add(str(q.Object), e, d)
			}
			if m, ok := c.byKey[str(q.Object)]; ok {
				// A copy: readers may hold the map (no reader runs during a
				// write, but the next one must not see it change under it).
				n := make(map[newsgraph.EntityID]int, len(m)+1)
				for x, k := range m {
					n[x] = k
				}
				if n[e] += d; n[e] <= 0 {
					delete(n, e)
				}
				c.byKey[str(q.Object)] = n
			}
		case pType:
			if q.Object == classDocument && c.documents >= 0 {
				c.documents += d
			}
		case pEntType:
			if c.entityTypes == nil {
				return
			}
			e, ok := entityOfStmt(q.Subject)
			if !ok {
				return
			}
			x := v.canonical(e)
			if c.entityVotes == nil || len(v.splitsOf(x)) > 0 {
				c.entityTypes, c.entityVotes, c.entityCount = nil, nil, nil
				c.sortedEntities = nil
				return
			}
			t := newsgraph.EntityType(strings.TrimPrefix(str(q.Object), entityTypePref))
			votes := c.entityVotes[x]
			votes.add(t, d)
			c.entityVotes[x] = votes
			touchedE[x] = true
		case pEvType:
			if c.eventTypes == nil {
				return
			}
			ev, ok := eventOfClaim(q.Subject)
			if !ok {
				return
			}
			t := newsgraph.EventType(strings.TrimPrefix(str(q.Object), eventTypePref))
			votes := c.eventVotes[ev]
			votes.add(t, d)
			c.eventVotes[ev] = votes
			touchedV[ev] = true
		}
	}
	for q := range prev {
		if _, ok := next[q]; !ok {
			apply(q, -1)
		}
	}
	for q := range next {
		if _, ok := prev[q]; !ok {
			apply(q, +1)
		}
	}
	if len(touchedE) > 0 {
		c.sortedEntities = nil
	}
	if len(touchedV) > 0 {
		c.sortedEvents = nil
	}
	for x := range touchedE {
		if c.entityTypes == nil {
			break
		}
		if old, ok := c.entityTypes[x]; ok {
			c.entityCount[string(old)]--
			delete(c.entityTypes, x)
		}
		if t, ok := c.entityVotes[x].entityType(); ok {
			c.entityTypes[x] = t
			c.entityCount[string(t)]++
		} else {
			delete(c.entityVotes, x)
		}
	}
	for ev := range touchedV {
		if c.eventTypes == nil {
			break
		}
		if old, ok := c.eventTypes[ev]; ok {
			c.eventCount[string(old)]--
			delete(c.eventTypes, ev)
		}
		if t, ok := c.eventVotes[ev].eventType(); ok {
			c.eventTypes[ev] = t
			c.eventCount[string(t)]++
		} else {
			delete(c.eventVotes, ev)
		}
	}
	for _, m := range []map[string]int{c.entityCount, c.eventCount} {
		for t, n := range m {
			if n == 0 {
				delete(m, t)
			}
		}
	}
}
