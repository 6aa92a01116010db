package store

import (
	"context"
	"slices"

	"github.com/newsgraph/newsgraph"
)

// ShortestPath searches entity -> event -> entity breadth first from the
// entities of from to any of to, within maxHops hops, through the event
// index (an entity's events without its mentions) and folded events. Only
// when that finds nothing does it search again letting an entity take part
// through the organisations and countries of its roles (a defence minister
// through her government): analysts still want to see how two people
// connect when one of them is only ever reported acting in office. found
// is false when no path exists; a path of no steps means from and to
// share an entity. The order of ids and events makes the answer
// deterministic.
func (s *Store) ShortestPath(ctx context.Context, from, to []newsgraph.EntityID, maxHops int) (steps []newsgraph.PathStep, found bool, err error) {
	err = s.read(ctx, "path", func(r *reader) error {
		for _, viaRoles := range []bool{false, true} {
			if steps, found, err = r.shortestPath(from, to, maxHops, viaRoles); err != nil || found {
				return err
			}
		}
		return nil
	})
	return steps, found, err
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
