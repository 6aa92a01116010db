package graph

import (
	"context"
	"fmt"
	"slices"
	"sort"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/graph/model"
)

// maxPathHops bounds path's breadth-first search: six hops through events
// reach most of a news graph already.
const maxPathHops = 6

// shortestPath asks the store for the shortest path from the entities of
// from to any of to and reads its entities and events.
func (r *Resolver) shortestPath(ctx context.Context, from, to []newsgraph.EntityID, maxHops int) (*model.Path, error) {
	hops, found, err := r.store.ShortestPath(ctx, from, to, maxHops)
	if err != nil {
		return nil, fmt.Errorf("graph: path: %w", err)
	}
	if !found {
		return nil, nil
	}
	ids := make([]newsgraph.EventID, len(hops))
	for i, h := range hops {
		ids[i] = h.Event
	}
	events, err := r.loadersFor(ctx).events.LoadMany(ctx, ids)
	if err != nil {
		return nil, fmt.Errorf("graph: path: events: %w", err)
	}
	if err := r.primePath(ctx, hops, events); err != nil {
		return nil, err
	}
	steps := []*model.PathStep{}
	for _, h := range hops {
		fromE, err := r.entityOrStandIn(ctx, h.From)
		if err != nil {
			return nil, err
		}
		toE, err := r.entityOrStandIn(ctx, h.To)
		if err != nil {
			return nil, err
		}
		step := &model.PathStep{From: fromE, Event: events[h.Event], To: toE}
		if h.Through != "" {
			if step.Through, err = r.entityOrStandIn(ctx, h.Through); err != nil {
				return nil, err
			}
		}
		steps = append(steps, step)
	}
	return &model.Path{Hops: len(steps), Steps: steps}, nil
}

// primePath reads the entities of a path's steps in one call, and what the
// query selects under them and under its events.
func (r *Resolver) primePath(ctx context.Context, hops []newsgraph.PathStep, events map[newsgraph.EventID]*newsgraph.Event) error {
	a := r.ahead(ctx)
	if a == nil {
		return nil
	}
	steps := a.under(selections(ctx), "steps")
	if len(steps) == 0 {
		return nil
	}
	var ids []newsgraph.EntityID
	var evs []*newsgraph.Event
	for _, h := range hops {
		ids = append(ids, h.From, h.To)
		if h.Through != "" {
			ids = append(ids, h.Through)
		}
		if ev := events[h.Event]; ev != nil {
			evs = append(evs, ev)
		}
	}
	set := append(append(a.under(steps, "from"), a.under(steps, "to")...), a.under(steps, "through")...)
	if err := a.entityIDs(ctx, set, ids); err != nil {
		return fmt.Errorf("graph: path: %w", err)
	}
	return a.events(ctx, a.under(steps, "event"), evs)
}

// related counts, for one entity, the other participants of its events.
func (r *Resolver) related(ctx context.Context, id newsgraph.EntityID, first int) ([]*model.Related, error) {
	l := r.loadersFor(ctx)
	evIDs, err := l.eventsOf.Load(ctx, id)
	if err != nil {
		return nil, fmt.Errorf("graph: events of %s: %w", id, err)
	}
	evs, err := r.loadEvents(ctx, evIDs)
	if err != nil {
		return nil, err
	}
	newsgraph.SortEvents(evs)
	if first < 0 {
		return nil, fmt.Errorf("%w: first must not be negative", newsgraph.ErrInvalid)
	}
	order, shared := relatedTo(id, evs, first)
	ents, err := r.loadEntities(ctx, order)
	if err != nil {
		return nil, err
	}
	out := make([]*model.Related, len(order))
	for i, e := range ents {
		out[i] = &model.Related{Entity: e, Count: len(shared[order[i]]), Events: shared[order[i]]}
	}
	if a := r.ahead(ctx); a != nil {
		if err := a.events(ctx, a.under(selections(ctx), "events"), relatedEvents(out)); err != nil {
			return nil, err
		}
		if err := a.entities(ctx, a.under(selections(ctx), "entity"), ents); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// relatedTo is the first co-participants of id in evs (its events, sorted),
// most shared events first, then by id, and the events each shares.
func relatedTo(id newsgraph.EntityID, evs []*newsgraph.Event, first int) ([]newsgraph.EntityID, map[newsgraph.EntityID][]*newsgraph.Event) {
	shared := map[newsgraph.EntityID][]*newsgraph.Event{}
	var order []newsgraph.EntityID
	for _, ev := range evs {
		if ev.TakesPart([]newsgraph.EntityID{id}) == "" {
			continue // an event at the place, not with it
		}
		var seen []newsgraph.EntityID
		for _, p := range ev.Participants {
			if p.Entity == id || slices.Contains(seen, p.Entity) {
				continue
			}
			seen = append(seen, p.Entity)
			if _, ok := shared[p.Entity]; !ok {
				order = append(order, p.Entity)
			}
			shared[p.Entity] = append(shared[p.Entity], ev)
		}
	}
	sort.SliceStable(order, func(i, j int) bool {
		a, b := order[i], order[j]
		if len(shared[a]) != len(shared[b]) {
			return len(shared[a]) > len(shared[b])
		}
		return a < b
	})
	return order[:min(len(order), first, maxFirst)], shared
}

func relatedEvents(rs []*model.Related) []*newsgraph.Event {
	var out []*newsgraph.Event
	for _, x := range rs {
		out = append(out, x.Events...)
	}
	return out
}

// conflicts finds the events that describe the same occasion as ev
// differently: of the same type, sharing a participant, where the others
// differ but hold the same office — one source says A met the president B,
// another that A met the president C. The same occasion means overlapping
// dates when both are dated, else a shared source document. Places are not
// compared: sources disagree on them within one event (its claims), and
// one person meets several others at one place on one day.
func (r *Resolver) conflicts(ctx context.Context, ev *newsgraph.Event) ([]*newsgraph.Event, error) {
	l := r.loadersFor(ctx)
	mine := participantSet(ev)
	var people []newsgraph.EntityID
	for id := range mine {
		people = append(people, id)
	}
	slices.Sort(people)
	of, err := l.eventsOf.LoadMany(ctx, people)
	if err != nil {
		return nil, fmt.Errorf("graph: events of participants: %w", err)
	}
	var ids []newsgraph.EventID
	seen := map[newsgraph.EventID]bool{}
	for _, p := range people {
		for _, id := range of[p] {
			if !seen[id] { // an event of two of ev's people is read once
				seen[id] = true
				ids = append(ids, id)
			}
		}
	}
	cands, err := r.loadEvents(ctx, ids)
	if err != nil {
		return nil, err
	}
	docs := sourceDocuments(ev)
	var out []*newsgraph.Event
	for _, c := range cands {
		if c.ID == ev.ID || c.Type != ev.Type {
			continue
		}
		theirs := participantSet(c)
		sharesOne, same := false, len(theirs) == len(mine)
		for id := range theirs {
			sharesOne = sharesOne || mine[id]
			same = same && mine[id]
		}
		if !sharesOne || same {
			continue
		}
		if ev.Start != "" && c.Start != "" {
			if !datesOverlap(ev, c) {
				continue
			}
		} else if !sharesDocument(docs, c) {
			continue
		}
		shared, err := r.shareAnOffice(ctx, mine, theirs)
		if err != nil {
			return nil, err
		}
		if shared {
			out = append(out, c)
		}
	}
	newsgraph.SortEvents(out)
	if err := r.ahead(ctx).events(ctx, selections(ctx), out); err != nil {
		return nil, err
	}
	return out, nil
}

// shareAnOffice reports whether a participant only a has and one only b has
// hold the same office now (title and organisation or country).
func (r *Resolver) shareAnOffice(ctx context.Context, a, b map[newsgraph.EntityID]bool) (bool, error) {
	var onlyA, onlyB []newsgraph.EntityID
	for id := range a {
		if !b[id] {
			onlyA = append(onlyA, id)
		}
	}
	for id := range b {
		if !a[id] {
			onlyB = append(onlyB, id)
		}
	}
	slices.Sort(onlyA)
	slices.Sort(onlyB)
	ents, err := r.loadEntities(ctx, append(slices.Clone(onlyA), onlyB...))
	if err != nil {
		return false, err
	}
	// title -> the countries or bodies it is held of ("" where a source
	// names none: the same title then counts as the same office)
	offices := map[string]map[newsgraph.EntityID]bool{}
	for _, e := range ents[:len(onlyA)] {
		for _, role := range e.Roles {
			if role.Former {
				continue
			}
			t := newsgraph.AliasKey(role.Title)
			if offices[t] == nil {
				offices[t] = map[newsgraph.EntityID]bool{}
			}
			offices[t][role.Of] = true
		}
	}
	for _, e := range ents[len(onlyA):] {
		for _, role := range e.Roles {
			of := offices[newsgraph.AliasKey(role.Title)]
			if !role.Former && of != nil && (of[role.Of] || of[""] || role.Of == "") {
				return true, nil
			}
		}
	}
	return false, nil
}

func sharesDocument(docs map[newsgraph.DocumentID]bool, ev *newsgraph.Event) bool {
	for _, s := range ev.Sources {
		if docs[s.Document] {
			return true
		}
	}
	return false
}

func participantSet(ev *newsgraph.Event) map[newsgraph.EntityID]bool {
	set := map[newsgraph.EntityID]bool{}
	for _, p := range ev.Participants {
		set[p.Entity] = true
	}
	return set
}

func sourceDocuments(ev *newsgraph.Event) map[newsgraph.DocumentID]bool {
	set := map[newsgraph.DocumentID]bool{}
	for _, s := range ev.Sources {
		set[s.Document] = true
	}
	return set
}

// datesOverlap reports whether two dated events share a day.
func datesOverlap(a, b *newsgraph.Event) bool {
	as, ae := newsgraph.EventDays(a.Start, a.End)
	bs, be := newsgraph.EventDays(b.Start, b.End)
	if as == "" || bs == "" {
		return false
	}
	return as <= be && bs <= ae
}
