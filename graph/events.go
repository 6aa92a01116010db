package graph

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/graph/model"
)

// eventArgs resolves the id-or-name arguments of events and meetings. A name
// that resolves to nothing makes the answer empty (ok false), not an error.
func (r *Resolver) eventArgs(ctx context.Context, typ newsgraph.EventType, participant, with, location, from, to *string, status *newsgraph.EventStatus) (q newsgraph.EventFilter, ok bool, err error) {
	q.Type = typ
	if status != nil {
		q.Status = *status
	}
	if q.From, err = dateArg("from", from, false); err != nil {
		return q, false, err
	}
	if q.To, err = dateArg("to", to, true); err != nil {
		return q, false, err
	}
	for _, a := range []struct {
		arg *string
		ids *[]newsgraph.EntityID
	}{{participant, &q.Participants}, {with, &q.Also}, {location, &q.Places}} {
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
	return q, true, nil
}

// dateArg checks a date argument (YYYY-MM-DD, YYYY-MM or YYYY) and returns
// the day it bounds a range with: its first day, or its last when last is
// set ("to: 2024-05" ends on May 31).
func dateArg(name string, v *string, last bool) (string, error) {
	if v == nil || *v == "" {
		return "", nil
	}
	first, end, ok := newsgraph.DaySpan(*v)
	if !ok {
		return "", fmt.Errorf("%w: %s: %q is not a date (YYYY-MM-DD, YYYY-MM or YYYY)", newsgraph.ErrInvalid, name, *v)
	}
	if last {
		return end, nil
	}
	return first, nil
}

// eventPage answers an event query one page at a time: it pages over the
// ids of the events the query selects and reads just the page's events. A
// query that only names a type pages over the store's sorted ids, so that
// reading the whole graph page by page (score.py, exports) costs one pass,
// not one pass per page; any other filter has the store match every
// candidate and order the matches by date (FindEventIDs), copying none.
func (r *Resolver) eventPage(ctx context.Context, q newsgraph.EventFilter, p page) (*model.EventConnection, error) {
	var ids []newsgraph.EventID
	var err error
	if len(q.Participants) > 0 || len(q.Also) > 0 || len(q.Places) > 0 || q.From != "" || q.To != "" || q.Status != "" {
		ids, err = r.store.FindEventIDs(ctx, q)
	} else {
		ids, err = r.store.EventIDs(ctx, q.Type)
	}
	if err != nil {
		return nil, fmt.Errorf("graph: event ids: %w", err)
	}
	w, evs, offsets, err := pageOfIDs(ids, p, func(page []newsgraph.EventID) (map[newsgraph.EventID]*newsgraph.Event, error) {
		return r.loadersFor(ctx).events.LoadMany(ctx, page)
	})
	if err != nil {
		return nil, fmt.Errorf("graph: events: %w", err)
	}
	c := &model.EventConnection{Nodes: evs, Edges: make([]*model.EventEdge, 0, len(evs)), PageInfo: w.info, TotalCount: len(ids)}
	for i, ev := range evs {
		c.Edges = append(c.Edges, &model.EventEdge{Cursor: cursor(offsets[i]), Node: ev})
	}
	if err := r.primeEvents(ctx, evs); err != nil {
		return nil, err
	}
	return c, nil
}

// findEvents answers an event query: the store filters (FindEvents, which
// the CLI and /api share), by start date, then id.
func (r *Resolver) findEvents(ctx context.Context, q newsgraph.EventFilter) ([]*newsgraph.Event, error) {
	evs, err := r.store.FindEvents(ctx, q)
	if err != nil {
		return nil, fmt.Errorf("graph: events: %w", err)
	}
	return evs, nil
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
