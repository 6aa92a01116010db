package graph

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/graph/model"
)

// eventQuery is what events and meetings filter on. Each of participants,
// also and places is a set of alternatives (the entities a name resolved
// to); an event must match every set given.
type eventQuery struct {
	typ          newsgraph.EventType
	participants []newsgraph.EntityID // one of them takes part
	also         []newsgraph.EntityID // and one of these, another one
	places       []newsgraph.EntityID // at one of them or inside it
	from, to     string
	status       newsgraph.EventStatus
}

// eventArgs resolves the id-or-name arguments of events and meetings. A name
// that resolves to nothing makes the answer empty (ok false), not an error.
func (r *Resolver) eventArgs(ctx context.Context, typ newsgraph.EventType, participant, with, location, from, to *string, status *newsgraph.EventStatus) (q eventQuery, ok bool, err error) {
	q.typ = typ
	if status != nil {
		q.status = *status
	}
	if q.from, err = dateArg("from", from); err != nil {
		return q, false, err
	}
	if q.to, err = dateArg("to", to); err != nil {
		return q, false, err
	}
	for _, a := range []struct {
		arg *string
		ids *[]newsgraph.EntityID
	}{{participant, &q.participants}, {with, &q.also}, {location, &q.places}} {
		if a.arg == nil || *a.arg == "" {
			continue
		}
		if *a.ids, err = r.resolveEntities(ctx, *a.arg); err != nil {
			return q, false, err
		}
		if len(*a.ids) == 0 {
			return q, false, nil
		}
	}
	if len(q.participants) == 0 && len(q.also) > 0 {
		q.participants, q.also = q.also, nil
	}
	return q, true, nil
}

// dateArg checks a YYYY-MM-DD argument.
func dateArg(name string, v *string) (string, error) {
	if v == nil || *v == "" {
		return "", nil
	}
	if _, err := time.Parse(newsgraph.DateLayout, *v); err != nil {
		return "", fmt.Errorf("%w: %s: %q is not a YYYY-MM-DD date", newsgraph.ErrInvalid, name, *v)
	}
	return *v, nil
}

// eventPage answers an event query one page at a time. A query that only
// names a type pages over the store's sorted ids and reads just the page,
// so that reading the whole graph page by page (score.py, exports) costs
// one pass, not one pass per page; any other filter must read every
// candidate, and orders them by date.
func (r *Resolver) eventPage(ctx context.Context, q eventQuery, p page) (*model.EventConnection, error) {
	if len(q.participants) > 0 || len(q.places) > 0 || q.from != "" || q.to != "" || q.status != "" {
		evs, err := r.findEvents(ctx, q)
		if err != nil {
			return nil, err
		}
		return eventConnection(evs, p)
	}
	ids, err := r.store.EventIDs(ctx, q.typ)
	if err != nil {
		return nil, fmt.Errorf("graph: event ids: %w", err)
	}
	w, evs, offsets, err := pageOfIDs(ids, p, func(page []newsgraph.EventID) (map[newsgraph.EventID]*newsgraph.Event, error) {
		return r.loadersFor(ctx).events.LoadMany(ctx, page)
	})
	if err != nil {
		return nil, fmt.Errorf("graph: events: %w", err)
	}
	c := &model.EventConnection{Nodes: evs, Edges: []*model.EventEdge{}, PageInfo: w.info, TotalCount: len(ids)}
	for i, ev := range evs {
		c.Edges = append(c.Edges, &model.EventEdge{Cursor: cursor(offsets[i]), Node: ev})
	}
	return c, nil
}

// findEvents answers an event query. With participants it reads only the
// events of those entities; otherwise every event of the type.
func (r *Resolver) findEvents(ctx context.Context, q eventQuery) ([]*newsgraph.Event, error) {
	l := r.loadersFor(ctx)
	var ids []newsgraph.EventID
	if len(q.participants) > 0 {
		of, err := l.eventsOf.LoadMany(ctx, q.participants)
		if err != nil {
			return nil, fmt.Errorf("graph: events of entities: %w", err)
		}
		seen := map[newsgraph.EventID]bool{}
		for _, p := range q.participants {
			for _, id := range of[p] {
				if !seen[id] {
					seen[id] = true
					ids = append(ids, id)
				}
			}
		}
	} else {
		var err error
		if ids, err = r.store.EventIDs(ctx, q.typ); err != nil {
			return nil, fmt.Errorf("graph: event ids: %w", err)
		}
	}
	byID, err := l.events.LoadMany(ctx, ids)
	if err != nil {
		return nil, fmt.Errorf("graph: events: %w", err)
	}
	var within map[newsgraph.EntityID]map[newsgraph.EntityID]bool
	if len(q.places) > 0 {
		var places []newsgraph.EntityID
		for _, ev := range byID {
			places = append(places, eventPlaces(ev)...)
		}
		if within, err = r.enclosing(ctx, places); err != nil {
			return nil, err
		}
	}
	var out []*newsgraph.Event
	for _, ev := range byID {
		if q.matches(ev, within) {
			out = append(out, ev)
		}
	}
	sortEvents(out)
	return out, nil
}

func (q eventQuery) matches(ev *newsgraph.Event, within map[newsgraph.EntityID]map[newsgraph.EntityID]bool) bool {
	if ev == nil || (q.typ != "" && ev.Type != q.typ) || (q.status != "" && ev.Status != q.status) {
		return false
	}
	if q.from != "" || q.to != "" {
		start, end := ev.Start, ev.End
		if end == "" {
			end = start
		}
		if start == "" || (q.to != "" && start > q.to) || (q.from != "" && end < q.from) {
			return false
		}
	}
	if len(q.participants) > 0 {
		who := takesPart(ev, q.participants)
		if who == "" {
			return false
		}
		if len(q.also) > 0 && takesPart(ev, q.also, who) == "" {
			return false
		}
	}
	if len(q.places) > 0 {
		at := false
		for _, p := range eventPlaces(ev) {
			for _, want := range q.places {
				at = at || within[p][want]
			}
		}
		if !at {
			return false
		}
	}
	return true
}

// takesPart returns the first of ids that takes part in ev, other than the
// entities in not; the empty id when none does.
func takesPart(ev *newsgraph.Event, ids []newsgraph.EntityID, not ...newsgraph.EntityID) newsgraph.EntityID {
	for _, p := range ev.Participants {
		if slices.Contains(ids, p.Entity) && !slices.Contains(not, p.Entity) {
			return p.Entity
		}
	}
	return ""
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

// enclosing maps each place to itself and every place it lies inside,
// following part-of one level per batched read.
func (r *Resolver) enclosing(ctx context.Context, places []newsgraph.EntityID) (map[newsgraph.EntityID]map[newsgraph.EntityID]bool, error) {
	chains, err := r.wholes(ctx, places)
	if err != nil {
		return nil, err
	}
	out := map[newsgraph.EntityID]map[newsgraph.EntityID]bool{}
	for _, p := range places {
		set := map[newsgraph.EntityID]bool{p: true}
		for _, w := range chains[p] {
			set[w] = true
		}
		out[p] = set
	}
	return out, nil
}

// maxPartOfDepth bounds part-of chains (guest house, ward, city, prefecture,
// country, region ...) and ends any cycle the text may have stated.
const maxPartOfDepth = 8

// wholes returns, for each place, the places it lies inside, nearest first.
func (r *Resolver) wholes(ctx context.Context, places []newsgraph.EntityID) (map[newsgraph.EntityID][]newsgraph.EntityID, error) {
	l := r.loadersFor(ctx)
	parents := map[newsgraph.EntityID][]newsgraph.EntityID{}
	frontier := slices.Clone(places)
	for depth := 0; depth < maxPartOfDepth && len(frontier) > 0; depth++ {
		got, err := l.partOf.LoadMany(ctx, frontier)
		if err != nil {
			return nil, fmt.Errorf("graph: part of: %w", err)
		}
		var next []newsgraph.EntityID
		for _, p := range frontier {
			if _, done := parents[p]; done {
				continue
			}
			parents[p] = got[p]
			for _, w := range got[p] {
				if _, done := parents[w]; !done {
					next = append(next, w)
				}
			}
		}
		frontier = next
	}
	out := map[newsgraph.EntityID][]newsgraph.EntityID{}
	for _, p := range places {
		seen := map[newsgraph.EntityID]bool{p: true}
		queue := []newsgraph.EntityID{p}
		for len(queue) > 0 {
			cur := queue[0]
			queue = queue[1:]
			for _, w := range parents[cur] {
				if !seen[w] {
					seen[w] = true
					out[p] = append(out[p], w)
					queue = append(queue, w)
				}
			}
		}
	}
	return out, nil
}

// sortEvents orders events by start date (undated last), then id, so that
// pages are stable.
func sortEvents(evs []*newsgraph.Event) {
	sort.Slice(evs, func(i, j int) bool {
		a, b := evs[i], evs[j]
		if (a.Start == "") != (b.Start == "") {
			return a.Start != ""
		}
		if a.Start != b.Start {
			return a.Start < b.Start
		}
		return a.ID < b.ID
	})
}

// loadEvents reads events by id, in the order of ids, skipping unknown ones.
func (r *Resolver) loadEvents(ctx context.Context, ids []newsgraph.EventID) ([]*newsgraph.Event, error) {
	byID, err := r.loadersFor(ctx).events.LoadMany(ctx, ids)
	if err != nil {
		return nil, fmt.Errorf("graph: events: %w", err)
	}
	out := make([]*newsgraph.Event, 0, len(ids))
	seen := map[newsgraph.EventID]bool{}
	for _, id := range ids {
		if ev := byID[id]; ev != nil && !seen[id] {
			seen[id] = true
			out = append(out, ev)
		}
	}
	return out, nil
}

// loadEntities reads entities by id, in the order of ids. An id the store
// no longer knows (merged away, its documents deleted) gives a stand-in
// that carries the id, so lists that must not hold null stay answerable.
func (r *Resolver) loadEntities(ctx context.Context, ids []newsgraph.EntityID) ([]*newsgraph.Entity, error) {
	byID, err := r.loadersFor(ctx).entities.LoadMany(ctx, ids)
	if err != nil {
		return nil, fmt.Errorf("graph: entities: %w", err)
	}
	out := make([]*newsgraph.Entity, 0, len(ids))
	for _, id := range ids {
		e := byID[id]
		if e == nil {
			e = standIn(id)
		}
		out = append(out, e)
	}
	return out, nil
}

// decisionEntities reads the entities a decision names, as it named them:
// an id the store now reads as another entity (merged into it) is shown by
// its own id, not as the entity it went into.
func (r *Resolver) decisionEntities(ctx context.Context, ids []newsgraph.EntityID) ([]*newsgraph.Entity, error) {
	ents, err := r.loadEntities(ctx, ids)
	if err != nil {
		return nil, err
	}
	for i, e := range ents {
		if e.ID != ids[i] {
			ents[i] = standIn(ids[i])
		}
	}
	return ents, nil
}

// entity reads one entity; nil when the id is empty or unknown.
func (r *Resolver) entity(ctx context.Context, id newsgraph.EntityID) (*newsgraph.Entity, error) {
	if id == "" {
		return nil, nil
	}
	e, err := r.loadersFor(ctx).entities.Load(ctx, id)
	if err != nil {
		return nil, fmt.Errorf("graph: entity %s: %w", id, err)
	}
	return e, nil
}

// entityOrStandIn reads an entity that a non-null field needs.
func (r *Resolver) entityOrStandIn(ctx context.Context, id newsgraph.EntityID) (*newsgraph.Entity, error) {
	e, err := r.entity(ctx, id)
	if err != nil || e != nil {
		return e, err
	}
	return standIn(id), nil
}

// standIn is an entity known only by its id: the type is read from the
// IRI (urn:newsgraph:entity:person:...), the name is the id itself.
func standIn(id newsgraph.EntityID) *newsgraph.Entity {
	e := &newsgraph.Entity{ID: id, Name: string(id), Type: newsgraph.Other, Aliases: []string{}}
	if rest, ok := strings.CutPrefix(string(id), newsgraph.EntityIRI); ok {
		if t, _, ok := strings.Cut(rest, ":"); ok && slices.Contains(newsgraph.EntityTypes, newsgraph.EntityType(strings.ToUpper(t))) {
			e.Type = newsgraph.EntityType(strings.ToUpper(t))
		}
	}
	return e
}

// documentOrStandIn reads a document that a non-null field (evidence,
// claims) needs; one deleted meanwhile is known by its id only.
func (r *Resolver) documentOrStandIn(ctx context.Context, id newsgraph.DocumentID) (*newsgraph.Document, error) {
	d, err := r.loadersFor(ctx).documents.Load(ctx, id)
	if err != nil {
		return nil, fmt.Errorf("graph: document %s: %w", id, err)
	}
	if d == nil {
		d = &newsgraph.Document{ID: id}
	}
	return d, nil
}
