package store

import (
	"slices"
	"strings"
	"sync"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph"
)

// The event index maps each entity to the events whose claims name it as a
// participant or as the place: what EventsOf answers, and so each hop of a
// path search, an entity's related people and an extraction's event
// linking. Read from the quads it would cost an index scan of every quad
// pointing at the entity, one per document that mentions it (a hub's
// statements), to find its few events. It is built by one pass over the
// claims on first use and moved by every write (cache.go).
type eventIndex struct {
	of map[newsgraph.EntityID]map[newsgraph.EventID]int // entity -> event -> claim quads naming it
}

// add counts one claim quad naming entity e in event v (d = +1), or takes
// it back (d = -1).
func (ix *eventIndex) add(e newsgraph.EntityID, v newsgraph.EventID, d int) {
	m := ix.of[e]
	if m == nil {
		if d < 0 {
			return
		}
		m = map[newsgraph.EventID]int{}
		ix.of[e] = m
	}
	if m[v] += d; m[v] <= 0 {
		delete(m, v)
	}
	if len(m) == 0 {
		delete(ix.of, e)
	}
}

// namesEntity reports whether a claim quad names an entity of its event:
// a participant in some role, or the place.
func namesEntity(q quad.Quad) bool {
	return q.Predicate == pLocation || strings.HasPrefix(str(q.Predicate), participantPref)
}

var eventIndexMu sync.Mutex

// eventIndex returns the event index, building it on first use.
func (r *reader) eventIndex() (*eventIndex, error) {
	if ix := r.s.folds.eventIndex(); ix != nil {
		return ix, nil
	}
	eventIndexMu.Lock()
	defer eventIndexMu.Unlock()
	if ix := r.s.folds.eventIndex(); ix != nil {
		return ix, nil
	}
	ix := &eventIndex{of: map[newsgraph.EntityID]map[newsgraph.EventID]int{}}
	for _, t := range newsgraph.EventTypes {
		var nodes []quad.Value
		err := r.eachWith(quad.Object, quad.IRI(eventTypePref+string(t)), pEvType, func(q quad.Quad) {
			if q.Predicate == pEvType {
				nodes = append(nodes, q.Subject)
			}
		})
		if err != nil {
			return nil, err
		}
		for _, n := range nodes {
			v, ok := eventOfClaim(n)
			if !ok {
				continue
			}
			err := r.each(quad.Subject, n, func(q quad.Quad) {
				if namesEntity(q) {
					ix.add(newsgraph.EntityID(str(q.Object)), v, 1)
				}
			})
			if err != nil {
				return nil, err
			}
		}
	}
	r.s.folds.putEventIndex(ix)
	return ix, nil
}

// edge is one step of the entity-to-entity adjacency: to is tied to the
// entity by event.
type edge struct {
	to    newsgraph.EntityID
	event newsgraph.EventID
}

// adjacency answers, for one path search, which entities each entity is
// tied to by some event, and remembers it: the event index gives the
// entity's events (none of its mentions are read), the folded events
// (kept between reads, cache.go) their participants and place. Two
// entities are adjacent when both are among what one folded event ties
// together, so the relation is symmetric and a search may grow from
// either end.
type adjacency struct {
	r     *reader
	edges map[newsgraph.EntityID][]edge
}

func newAdjacency(r *reader) *adjacency {
	return &adjacency{r: r, edges: map[newsgraph.EntityID][]edge{}}
}

// of lists the edges of entity x (under the view), by event id, then in
// the order the event names its entities.
func (a *adjacency) of(x newsgraph.EntityID) ([]edge, error) {
	if es, ok := a.edges[x]; ok {
		return es, nil
	}
	evIDs, err := a.r.eventsOf(x)
	if err != nil {
		return nil, err
	}
	var out []edge
	for _, v := range evIDs {
		ev, err := a.r.sharedEvent(v)
		if err != nil {
			return nil, err
		}
		if ev == nil {
			continue
		}
		ns := neighbours(ev)
		if !slices.Contains(ns, x) {
			continue // an index entry the fold outvoted (a place another source gave)
		}
		for _, n := range ns {
			if n != x {
				out = append(out, edge{to: n, event: v})
			}
		}
	}
	a.edges[x] = out
	return out, nil
}
