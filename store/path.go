package store

import (
	"context"
	"slices"

	"github.com/newsgraph/newsgraph"
)

// ShortestPath searches the entity-to-entity adjacency (two entities are
// adjacent when one event ties both together, as participants or place;
// see adjacency.go) from the entities of from to any of to, within maxHops
// hops, breadth first from both ends at once: each round grows the smaller
// frontier by one hop, so a search between two hubs reads the events of
// the entities within about half the distance of each, not of every
// entity within the whole distance of one. Only when that finds nothing
// does it search again, forward, letting an entity take part through the
// organisations and countries of its roles (a defence minister through her
// government): analysts still want to see how two people connect when one
// of them is only ever reported acting in office. found is false when no
// path exists; a path of no steps means from and to share an entity. The
// order of ids and events makes the answer deterministic.
func (s *Store) ShortestPath(ctx context.Context, from, to []newsgraph.EntityID, maxHops int) (steps []newsgraph.PathStep, found bool, err error) {
	err = s.read(ctx, "path", func(r *reader) error {
		if steps, found, err = r.meetInMiddle(from, to, maxHops); err != nil || found {
			return err
		}
		steps, found, err = r.shortestPath(from, to, maxHops, true)
		return err
	})
	return steps, found, err
}

// meetInMiddle is the bidirectional breadth-first search over the
// adjacency. Each side keeps, per entity reached, the step that reached it
// (from its own end). Before a round the two reached sets are disjoint, so
// the shortest path is longer than the two radii together; the first
// entity a round reaches that the other side holds closes a path exactly
// one longer, which is therefore shortest.
func (r *reader) meetInMiddle(from, to []newsgraph.EntityID, maxHops int) ([]newsgraph.PathStep, bool, error) {
	type side struct {
		reached  map[newsgraph.EntityID]*newsgraph.PathStep // nil at an end
		frontier []newsgraph.EntityID
	}
	start := func(ids []newsgraph.EntityID) *side {
		sd := &side{reached: map[newsgraph.EntityID]*newsgraph.PathStep{}}
		for _, id := range ids {
			x := r.view.canonical(id)
			if _, ok := sd.reached[x]; !ok {
				sd.reached[x] = nil
				sd.frontier = append(sd.frontier, x)
			}
		}
		slices.Sort(sd.frontier)
		return sd
	}
	fwd, bwd := start(from), start(to)
	for _, x := range fwd.frontier {
		if _, ok := bwd.reached[x]; ok {
			return []newsgraph.PathStep{}, true, nil
		}
	}
	adj := newAdjacency(r)
	var meet newsgraph.EntityID
	for hops := 0; hops < maxHops && meet == "" && len(fwd.frontier) > 0 && len(bwd.frontier) > 0; hops++ {
		if err := r.ctx.Err(); err != nil {
			return nil, false, err
		}
		grow, other, forward := fwd, bwd, true
		if len(bwd.frontier) < len(fwd.frontier) {
			grow, other, forward = bwd, fwd, false
		}
		var next []newsgraph.EntityID
	round:
		for _, e := range grow.frontier {
			edges, err := adj.of(e)
			if err != nil {
				return nil, false, err
			}
			for _, ed := range edges {
				if _, seen := grow.reached[ed.to]; seen {
					continue
				}
				// The step as the path reads it, from its from end.
				step := &newsgraph.PathStep{From: e, To: ed.to, Event: ed.event}
				if !forward {
					step = &newsgraph.PathStep{From: ed.to, To: e, Event: ed.event}
				}
				grow.reached[ed.to] = step
				if _, ok := other.reached[ed.to]; ok {
					meet = ed.to
					break round
				}
				next = append(next, ed.to)
			}
		}
		grow.frontier = next
	}
	if meet == "" {
		return nil, false, nil
	}
	var steps []newsgraph.PathStep
	for cur := meet; fwd.reached[cur] != nil; cur = fwd.reached[cur].From {
		steps = append(steps, *fwd.reached[cur])
	}
	slices.Reverse(steps)
	for cur := meet; bwd.reached[cur] != nil; cur = bwd.reached[cur].To {
		steps = append(steps, *bwd.reached[cur])
	}
	return steps, true, nil
}

// neighbours are the entities an event ties together: its participants
// and its place.
func neighbours(ev *newsgraph.Event) []newsgraph.EntityID {
	var out []newsgraph.EntityID
	for _, p := range ev.Participants {
		if !slices.Contains(out, p.Entity) {
			out = append(out, p.Entity)
		}
	}
	if ev.Location != "" && !slices.Contains(out, ev.Location) {
		out = append(out, ev.Location)
	}
	return out
}

// shortestPath is the forward search ShortestPath falls back on, hop by
// hop from the entities of from (viaRoles: each also through what its roles
// are of).
func (r *reader) shortestPath(from, to []newsgraph.EntityID, maxHops int, viaRoles bool) ([]newsgraph.PathStep, bool, error) {
	type via struct {
		prev    newsgraph.EntityID
		event   newsgraph.EventID
		through newsgraph.EntityID
	}
	target := map[newsgraph.EntityID]bool{}
	for _, id := range to {
		target[id] = true
	}
	reached := map[newsgraph.EntityID]*via{}
	frontier := slices.Clone(from)
	slices.Sort(frontier)
	for _, id := range frontier {
		if target[id] {
			return []newsgraph.PathStep{}, true, nil
		}
		reached[id] = nil
	}
	events := map[newsgraph.EventID]*newsgraph.Event{}
	event := func(v newsgraph.EventID) (*newsgraph.Event, error) {
		if ev, ok := events[v]; ok {
			return ev, nil
		}
		ev, err := r.event(v)
		events[v] = ev
		return ev, err
	}
	var end newsgraph.EntityID
	for hop := 1; hop <= maxHops && end == "" && len(frontier) > 0; hop++ {
		if err := r.ctx.Err(); err != nil {
			return nil, false, err
		}
		var next []newsgraph.EntityID
	search:
		for _, e := range frontier {
			// Who takes part for e: itself, then (viaRoles) what its
			// roles are of.
			actors := []newsgraph.EntityID{e}
			if viaRoles {
				ent, err := r.entity(r.view.canonical(e))
				if err != nil {
					return nil, false, err
				}
				if ent != nil {
					for _, role := range ent.Roles {
						if role.Of != "" && !slices.Contains(actors, role.Of) {
							actors = append(actors, role.Of)
						}
					}
				}
			}
			for _, actor := range actors {
				evIDs, err := r.eventsOf(actor)
				if err != nil {
					return nil, false, err
				}
				for _, evID := range evIDs {
					ev, err := event(evID)
					if err != nil {
						return nil, false, err
					}
					if ev == nil {
						continue
					}
					for _, n := range neighbours(ev) {
						if _, seen := reached[n]; seen || n == actor {
							continue
						}
						v := &via{prev: e, event: evID}
						if actor != e {
							v.through = actor
						}
						reached[n] = v
						if target[n] {
							end = n
							break search
						}
						next = append(next, n)
					}
				}
			}
		}
		frontier = next
	}
	if end == "" {
		return nil, false, nil
	}
	var steps []newsgraph.PathStep
	for cur := end; reached[cur] != nil; cur = reached[cur].prev {
		v := reached[cur]
		steps = append(steps, newsgraph.PathStep{From: v.prev, To: cur, Through: v.through, Event: v.event})
	}
	slices.Reverse(steps)
	return steps, true, nil
}
