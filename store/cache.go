package store

import (
	"sync"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph"
)

// foldCache keeps folded entities and events between writes. Folding a hub
// entity reads every document that states it; a served graph is read far
// more than written, so each write drops exactly what it may change: the
// entities and events the document states (before and after), and the
// events whose location folding looked at one of those entities. Decisions
// drop everything. Writers hold the Store's write lock while they
// invalidate, so a fold computed under the read lock is never stale.
type foldCache struct {
	mu        sync.Mutex
	disabled  bool // for the cold benchmark
	entities  map[newsgraph.EntityID]*newsgraph.Entity
	events    map[newsgraph.EventID]*newsgraph.Event
	locatedAt map[newsgraph.EntityID]map[newsgraph.EventID]bool

	// The folded type of every entity and event, as listed by EntityIDs,
	// EventIDs and Stats; dropped by any write.
	entityTypes map[newsgraph.EntityID]newsgraph.EntityType
	eventTypes  map[newsgraph.EventID]newsgraph.EventType
}

// foldCacheMax bounds each map (entries); a full map is dropped whole.
const foldCacheMax = 50000

func (c *foldCache) reset() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.entities = make(map[newsgraph.EntityID]*newsgraph.Entity)
	c.events = make(map[newsgraph.EventID]*newsgraph.Event)
	c.locatedAt = make(map[newsgraph.EntityID]map[newsgraph.EventID]bool)
	c.entityTypes, c.eventTypes = nil, nil
}

func (c *foldCache) types() (map[newsgraph.EntityID]newsgraph.EntityType, map[newsgraph.EventID]newsgraph.EventType) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.disabled {
		return nil, nil
	}
	return c.entityTypes, c.eventTypes
}

func (c *foldCache) putEntityTypes(m map[newsgraph.EntityID]newsgraph.EntityType) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if !c.disabled {
		c.entityTypes = m
	}
}

func (c *foldCache) putEventTypes(m map[newsgraph.EventID]newsgraph.EventType) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if !c.disabled {
		c.eventTypes = m
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
	if len(c.entities) >= foldCacheMax {
		c.entities = make(map[newsgraph.EntityID]*newsgraph.Entity)
	}
	c.entities[id] = e
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

// forget drops what a write of these quads may have changed.
func (c *foldCache) forget(v *view, quads ...map[quad.Quad]struct{}) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.entityTypes, c.eventTypes = nil, nil
	drop := func(x newsgraph.EntityID) {
		delete(c.entities, x)
		for ev := range c.locatedAt[x] {
			delete(c.events, ev)
		}
		delete(c.locatedAt, x)
	}
	for _, qs := range quads {
		for q := range qs {
			switch q.Predicate {
			case pStatement:
				x := v.canonical(newsgraph.EntityID(str(q.Object)))
				drop(x)
				for _, sp := range v.splitsOf(x) {
					drop(sp.id)
				}
			case pClaim:
				delete(c.events, newsgraph.EventID(str(q.Object)))
			}
		}
	}
}

// cloneEntity copies a cached entity so that callers may change what they
// get back.
func cloneEntity(e *newsgraph.Entity) *newsgraph.Entity {
	out := *e
	out.Aliases = append([]string(nil), e.Aliases...)
	out.Roles = make([]newsgraph.Role, len(e.Roles))
	for i, r := range e.Roles {
		r.Sources = append([]newsgraph.Evidence(nil), r.Sources...)
		out.Roles[i] = r
	}
	if e.Roles == nil {
		out.Roles = nil
	}
	return &out
}

func cloneEvent(e *newsgraph.Event) *newsgraph.Event {
	out := *e
	out.Participants = append([]newsgraph.Participant(nil), e.Participants...)
	out.Sources = append([]newsgraph.Evidence(nil), e.Sources...)
	out.Claims = append([]newsgraph.Claim(nil), e.Claims...)
	return &out
}
