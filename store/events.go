package store

import (
	"context"
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph"
)

// FindEvents returns the events f selects, by start date (undated last),
// then id. With participants it reads only the events of those entities
// (the event index); otherwise every event of the type.
func (s *Store) FindEvents(ctx context.Context, f newsgraph.EventFilter) ([]*newsgraph.Event, error) {
	var out []*newsgraph.Event
	err := s.read(ctx, "find events", func(r *reader) error {
		evs, err := r.findEvents(f)
		out = make([]*newsgraph.Event, len(evs))
		for i, ev := range evs {
			out[i] = cloneEvent(ev)
		}
		return err
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// FindEventIDs is FindEvents without the events: the ids of those f
// selects, in the same order, so that a reader of one page copies only the
// page's events (Events), not every match. The list is kept until the next
// write: the caller must not change it.
func (s *Store) FindEventIDs(ctx context.Context, f newsgraph.EventFilter) ([]newsgraph.EventID, error) {
	var out []newsgraph.EventID
	k := foundKey(f)
	err := s.read(ctx, "find events", func(r *reader) error {
		if ids, ok := r.s.folds.foundIDs(k); ok {
			out = ids
			return nil
		}
		evs, err := r.findEvents(f)
		if err != nil {
			return err
		}
		out = make([]newsgraph.EventID, len(evs))
		for i, ev := range evs {
			out[i] = ev.ID
		}
		r.s.folds.putFoundIDs(k, out)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// foundKey is the text of a filter, the key of its kept list: every field
// (a new one must join it), lists in their given order.
func foundKey(f newsgraph.EventFilter) string {
	var b strings.Builder
	b.WriteString(string(f.Type))
	for _, part := range [][]newsgraph.EntityID{f.Participants, f.Also, f.Places} {
		b.WriteByte(0)
		for _, id := range part {
			b.WriteString(string(id))
			b.WriteByte(1)
		}
	}
	for _, v := range []string{string(f.Status), f.From, f.To} {
		b.WriteByte(0)
		b.WriteString(v)
	}
	return b.String()
}

// findEvents returns the folded events f selects, sorted, as the cache
// holds them (the caller must not change them). Matching and sorting look
// at the shared events; nothing is copied.
func (r *reader) findEvents(f newsgraph.EventFilter) ([]*newsgraph.Event, error) {
	if len(f.Participants) == 0 && len(f.Also) > 0 {
		f.Participants, f.Also = f.Also, nil
	}
	var ids []newsgraph.EventID
	if len(f.Participants) > 0 {
		seen := map[newsgraph.EventID]bool{}
		for _, p := range f.Participants {
			evs, err := r.eventsOf(p)
			if err != nil {
				return nil, err
			}
			for _, v := range evs {
				if !seen[v] {
					seen[v] = true
					ids = append(ids, v)
				}
			}
		}
	} else {
		types, err := r.eventTypes()
		if err != nil {
			return nil, err
		}
		for v, t := range types {
			if f.Type == "" || t == f.Type {
				ids = append(ids, v)
			}
		}
	}
	var out []*newsgraph.Event
	for _, v := range ids {
		if err := r.ctx.Err(); err != nil {
			return nil, err
		}
		ev, err := r.sharedEvent(v)
		if err != nil {
			return nil, err
		}
		ok, err := r.matches(ev, f)
		if err != nil {
			return nil, err
		}
		if ok {
			out = append(out, ev)
		}
	}
	newsgraph.SortEvents(out)
	return out, nil
}

// matches reports whether ev is one f selects.
func (r *reader) matches(ev *newsgraph.Event, f newsgraph.EventFilter) (bool, error) {
	if ev == nil || (f.Type != "" && ev.Type != f.Type) || (f.Status != "" && ev.Status != f.Status) {
		return false, nil
	}
	if f.From != "" || f.To != "" {
		start, end := newsgraph.EventDays(ev.Start, ev.End)
		if start == "" || (f.To != "" && start > f.To) || (f.From != "" && end < f.From) {
			return false, nil
		}
	}
	if len(f.Participants) > 0 {
		who := ev.TakesPart(f.Participants)
		if who == "" {
			return false, nil
		}
		if len(f.Also) > 0 && ev.TakesPart(f.Also, who) == "" {
			return false, nil
		}
	}
	if len(f.Places) == 0 {
		return true, nil
	}
	for _, p := range eventPlaces(ev) {
		if slices.Contains(f.Places, p) {
			return true, nil
		}
		ws, err := r.within(p)
		if err != nil {
			return false, err
		}
		for _, w := range ws {
			if slices.Contains(f.Places, w) {
				return true, nil
			}
		}
	}
	return false, nil
}

// eventPlaces are where an event is: its location, the place each source
// gives (one says the State Guest House, another Tokyo) and, for visits, its
// destinations.
func eventPlaces(ev *newsgraph.Event) []newsgraph.EntityID {
	var out []newsgraph.EntityID
	if ev.Location != "" {
		out = append(out, ev.Location)
	}
	for _, c := range ev.Claims {
		if c.Location != "" && !slices.Contains(out, c.Location) {
			out = append(out, c.Location)
		}
	}
	for _, p := range ev.Participants {
		if p.Role == newsgraph.RoleDestination {
			out = append(out, p.Entity)
		}
	}
	return out
}

// maxPartOfDepth bounds part-of chains (guest house, ward, city, prefecture,
// country, region ...) and ends any cycle the text may have stated.
const maxPartOfDepth = 8

// Within returns, per place, the places it lies inside, nearest first
// (breadth first over part-of, at most maxPartOfDepth levels up).
func (s *Store) Within(ctx context.Context, ids []newsgraph.EntityID) (map[newsgraph.EntityID][]newsgraph.EntityID, error) {
	return readEach(ctx, s, "within", ids, func(r *reader, id newsgraph.EntityID) ([]newsgraph.EntityID, bool, error) {
		v, err := r.within(id)
		return v, err == nil && len(v) > 0, err
	})
}

// within lists the places p lies inside, nearest first, remembered for the
// rest of the read.
func (r *reader) within(p newsgraph.EntityID) ([]newsgraph.EntityID, error) {
	if ws, ok := r.wholes[p]; ok {
		return ws, nil
	}
	var out []newsgraph.EntityID
	seen := map[newsgraph.EntityID]bool{p: true}
	level := []newsgraph.EntityID{p}
	for depth := 0; depth < maxPartOfDepth && len(level) > 0; depth++ {
		var next []newsgraph.EntityID
		for _, cur := range level {
			ws, err := r.partOf(cur)
			if err != nil {
				return nil, err
			}
			for _, w := range ws {
				if !seen[w] {
					seen[w] = true
					out = append(out, w)
					next = append(next, w)
				}
			}
		}
		level = next
	}
	r.wholes[p] = out
	return out, nil
}
