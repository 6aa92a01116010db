package graph

import (
	"context"
	"fmt"

	"github.com/99designs/gqlgen/graphql"
	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/graph/model"
	"github.com/vektah/gqlparser/v2/ast"
)

// A request runs on one goroutine (graph/generated marshals a list's
// elements one after the other), so the fields of a list's elements cannot
// wait for each other's keys to batch their reads: a resolver that returns
// a list reads ahead, one store call per loader and level, what the query
// selects under it (the entities its events name, their part-of chains,
// the documents of sources, ...), and the elements' fields find it in the
// request's loaders. What the query does not select is not read. A field
// this does not foresee still answers: it reads its own key at once.

// readAhead walks the selections under a list beside its objects.
type readAhead struct {
	r  *Resolver
	oc *graphql.OperationContext
	l  *loaders
}

// ahead returns the request's read-ahead; nil outside a GraphQL request (a
// resolver called directly), where there are no selections to follow.
func (r *Resolver) ahead(ctx context.Context) *readAhead {
	if !graphql.HasOperationContext(ctx) {
		return nil
	}
	return &readAhead{r: r, oc: graphql.GetOperationContext(ctx), l: r.loadersFor(ctx)}
}

// selections is what the field being resolved selects.
func selections(ctx context.Context) ast.SelectionSet {
	if fc := graphql.GetFieldContext(ctx); fc != nil && fc.Field.Field != nil {
		return fc.Field.Selections
	}
	return nil
}

// fields are the fields set selects: fragments followed, @skip and
// @include obeyed, one per alias.
func (a *readAhead) fields(set ast.SelectionSet) []graphql.CollectedField {
	if len(set) == 0 {
		return nil
	}
	return graphql.CollectFields(a.oc, set, nil)
}

// under is what the fields of set named name select, together (none when
// set does not select the field: an object field always selects some).
func (a *readAhead) under(set ast.SelectionSet, name string) ast.SelectionSet {
	var out ast.SelectionSet
	for _, f := range a.fields(set) {
		if f.Name == name {
			out = append(out, f.Selections...)
		}
	}
	return out
}

// nodes is what a connection's set selects of its items, through nodes
// and through edges.node.
func (a *readAhead) nodes(set ast.SelectionSet) ast.SelectionSet {
	return append(a.under(set, "nodes"), a.under(a.under(set, "edges"), "node")...)
}

// events reads what set selects under evs.
func (a *readAhead) events(ctx context.Context, set ast.SelectionSet, evs []*newsgraph.Event) error {
	if a == nil || len(set) == 0 || len(evs) == 0 {
		return nil
	}
	var ents []newsgraph.EntityID
	var docs []newsgraph.DocumentID
	var entSet, docSet ast.SelectionSet
	for _, f := range a.fields(set) {
		switch f.Name {
		case "participants":
			if s := a.under(f.Selections, "entity"); len(s) > 0 {
				entSet = append(entSet, s...)
				for _, ev := range evs {
					for _, p := range ev.Participants {
						ents = append(ents, p.Entity)
					}
				}
			}
		case "location":
			entSet = append(entSet, f.Selections...)
			for _, ev := range evs {
				if ev.Location != "" {
					ents = append(ents, ev.Location)
				}
			}
		case "sources", "documents":
			s := f.Selections
			if f.Name == "sources" {
				s = a.under(s, "document")
			}
			if len(s) > 0 {
				docSet = append(docSet, s...)
				for _, ev := range evs {
					for _, src := range ev.Sources {
						docs = append(docs, src.Document)
					}
				}
			}
		case "claims":
			if s := a.under(f.Selections, "document"); len(s) > 0 {
				docSet = append(docSet, s...)
				for _, ev := range evs {
					for _, c := range ev.Claims {
						docs = append(docs, c.Document)
					}
				}
			}
			if s := a.under(f.Selections, "location"); len(s) > 0 {
				entSet = append(entSet, s...)
				for _, ev := range evs {
					for _, c := range ev.Claims {
						if c.Location != "" {
							ents = append(ents, c.Location)
						}
					}
				}
			}
		}
	}
	if err := a.entityIDs(ctx, entSet, ents); err != nil {
		return fmt.Errorf("graph: entities of events: %w", err)
	}
	if err := a.documentIDs(ctx, docSet, docs); err != nil {
		return fmt.Errorf("graph: documents of events: %w", err)
	}
	return nil
}

// entityIDs reads the entities ids name, in one call, and what set
// selects under them.
func (a *readAhead) entityIDs(ctx context.Context, set ast.SelectionSet, ids []newsgraph.EntityID) error {
	if len(ids) == 0 {
		return nil
	}
	if !a.selectsReads(set, entityReads) {
		// the fields Load each entity from the loader: a map of them here
		// would be made for nothing (a page of meetings, at every request)
		return a.l.entities.Prime(ctx, ids)
	}
	byID, err := a.l.entities.LoadMany(ctx, ids)
	if err != nil {
		return err
	}
	ents := make([]*newsgraph.Entity, 0, len(byID))
	seen := make(map[*newsgraph.Entity]bool, len(byID))
	for _, id := range ids {
		if e := byID[id]; e != nil && !seen[e] {
			seen[e] = true
			ents = append(ents, e)
		}
	}
	return a.entities(ctx, set, ents)
}

// documentIDs reads the documents ids name, in one call, and what set
// selects under them.
func (a *readAhead) documentIDs(ctx context.Context, set ast.SelectionSet, ids []newsgraph.DocumentID) error {
	if len(ids) == 0 {
		return nil
	}
	byID, err := a.l.documents.LoadMany(ctx, ids)
	if err != nil || !a.selectsReads(set, documentReads) {
		return err
	}
	docs := make([]*newsgraph.Document, 0, len(byID))
	seen := make(map[newsgraph.DocumentID]bool, len(byID))
	for _, id := range ids {
		if d := byID[id]; d != nil && !seen[id] {
			seen[id] = true
			docs = append(docs, d)
		}
	}
	return a.documents(ctx, set, docs)
}

// The fields of an entity and of a document that read the store: a
// selection of none of them needs nothing read under it.
var (
	entityReads   = []string{"partOf", "roles", "related", "events", "mentions"}
	documentReads = []string{"events"}
)

func (a *readAhead) selectsReads(set ast.SelectionSet, names []string) bool {
	for _, f := range a.fields(set) {
		for _, n := range names {
			if f.Name == n {
				return true
			}
		}
	}
	return false
}

// entities reads what set selects under ents.
func (a *readAhead) entities(ctx context.Context, set ast.SelectionSet, ents []*newsgraph.Entity) error {
	if a == nil || len(set) == 0 || len(ents) == 0 {
		return nil
	}
	ids := make([]newsgraph.EntityID, len(ents))
	for i, e := range ents {
		ids[i] = e.ID
	}
	var more []newsgraph.EntityID
	var docs []newsgraph.DocumentID
	var entSet, docSet, evSet ast.SelectionSet
	var evs []*newsgraph.Event
	for _, f := range a.fields(set) {
		switch f.Name {
		case "partOf":
			chains, err := a.l.within.LoadMany(ctx, ids)
			if err != nil {
				return fmt.Errorf("graph: part of: %w", err)
			}
			entSet = append(entSet, f.Selections...)
			for _, id := range ids {
				more = append(more, chains[id]...)
			}
		case "roles":
			if s := a.under(f.Selections, "of"); len(s) > 0 {
				entSet = append(entSet, s...)
				for _, e := range ents {
					for _, role := range e.Roles {
						if role.Of != "" {
							more = append(more, role.Of)
						}
					}
				}
			}
			if s := a.under(a.under(f.Selections, "sources"), "document"); len(s) > 0 {
				docSet = append(docSet, s...)
				for _, e := range ents {
					for _, role := range e.Roles {
						for _, src := range role.Sources {
							docs = append(docs, src.Document)
						}
					}
				}
			}
		case "mentions":
			if err := a.l.mentions.Prime(ctx, ids); err != nil {
				return fmt.Errorf("graph: mentions: %w", err)
			}
		case "events":
			if _, err := a.eventsOf(ctx, ids); err != nil {
				return err
			}
		case "related":
			of, err := a.eventsOf(ctx, ids)
			if err != nil {
				return err
			}
			first := 20
			if v, ok := f.ArgumentMap(a.oc.Variables)["first"].(int64); ok {
				first = int(v)
			}
			if first < 0 {
				continue // the resolver says why
			}
			relSet, relEvSet := a.under(f.Selections, "entity"), a.under(f.Selections, "events")
			entSet = append(entSet, relSet...)
			evSet = append(evSet, relEvSet...)
			for _, id := range ids {
				order, shared := relatedTo(id, of[id], first)
				if len(relSet) > 0 {
					more = append(more, order...)
				}
				if len(relEvSet) > 0 {
					for _, x := range order {
						evs = append(evs, shared[x]...)
					}
				}
			}
		}
	}
	if err := a.entityIDs(ctx, entSet, more); err != nil {
		return err
	}
	if err := a.documentIDs(ctx, docSet, docs); err != nil {
		return fmt.Errorf("graph: documents of roles: %w", err)
	}
	return a.events(ctx, evSet, evs)
}

// eventsOf reads, in one call each, the event ids of entities ids and
// those events, and returns each entity's events sorted.
func (a *readAhead) eventsOf(ctx context.Context, ids []newsgraph.EntityID) (map[newsgraph.EntityID][]*newsgraph.Event, error) {
	of, err := a.l.eventsOf.LoadMany(ctx, ids)
	if err != nil {
		return nil, fmt.Errorf("graph: events of entities: %w", err)
	}
	var all []newsgraph.EventID
	for _, id := range ids {
		all = append(all, of[id]...)
	}
	byID, err := a.l.events.LoadMany(ctx, all)
	if err != nil {
		return nil, fmt.Errorf("graph: events: %w", err)
	}
	out := make(map[newsgraph.EntityID][]*newsgraph.Event, len(ids))
	for _, id := range ids {
		evs := eventsIn(of[id], byID)
		newsgraph.SortEvents(evs)
		out[id] = evs
	}
	return out, nil
}

// documents reads what set selects under docs.
func (a *readAhead) documents(ctx context.Context, set ast.SelectionSet, docs []*newsgraph.Document) error {
	if a == nil || len(set) == 0 || len(docs) == 0 {
		return nil
	}
	s := a.under(set, "events")
	if len(s) == 0 {
		return nil
	}
	ids := make([]newsgraph.DocumentID, len(docs))
	for i, d := range docs {
		ids[i] = d.ID
	}
	in, err := a.l.eventsIn.LoadMany(ctx, ids)
	if err != nil {
		return fmt.Errorf("graph: events in documents: %w", err)
	}
	var all []newsgraph.EventID
	for _, id := range ids {
		all = append(all, in[id]...)
	}
	byID, err := a.l.events.LoadMany(ctx, all)
	if err != nil {
		return fmt.Errorf("graph: events: %w", err)
	}
	return a.events(ctx, s, eventsIn(all, byID))
}

// mentions reads what set selects under ms.
func (a *readAhead) mentions(ctx context.Context, set ast.SelectionSet, ms []*newsgraph.Mention) error {
	if a == nil || len(set) == 0 || len(ms) == 0 {
		return nil
	}
	var ents []newsgraph.EntityID
	var docs []newsgraph.DocumentID
	var entSet, docSet ast.SelectionSet
	for _, f := range a.fields(set) {
		switch f.Name {
		case "entity":
			entSet = append(entSet, f.Selections...)
			for _, m := range ms {
				if m.Entity != "" {
					ents = append(ents, m.Entity)
				}
			}
		case "evidence":
			if s := a.under(f.Selections, "document"); len(s) > 0 {
				docSet = append(docSet, s...)
				for _, m := range ms {
					docs = append(docs, m.Evidence.Document)
				}
			}
		}
	}
	if err := a.entityIDs(ctx, entSet, ents); err != nil {
		return fmt.Errorf("graph: entities of mentions: %w", err)
	}
	if err := a.documentIDs(ctx, docSet, docs); err != nil {
		return fmt.Errorf("graph: documents of mentions: %w", err)
	}
	return nil
}

// eventsIn are the events of ids that byID holds, in the order of ids,
// each once.
func eventsIn(ids []newsgraph.EventID, byID map[newsgraph.EventID]*newsgraph.Event) []*newsgraph.Event {
	out := make([]*newsgraph.Event, 0, len(ids))
	seen := make(map[newsgraph.EventID]bool, len(ids))
	for _, id := range ids {
		if ev := byID[id]; ev != nil && !seen[id] {
			seen[id] = true
			out = append(out, ev)
		}
	}
	return out
}

// primeEvents reads what the query selects under the events of a page
// that the field being resolved (a connection) returns.
func (r *Resolver) primeEvents(ctx context.Context, evs []*newsgraph.Event) error {
	a := r.ahead(ctx)
	if a == nil {
		return nil
	}
	return a.events(ctx, a.nodes(selections(ctx)), evs)
}

// primedEvents is the page p of evs, with what the query selects of its
// events read (primeEvents).
func (r *Resolver) primedEvents(ctx context.Context, evs []*newsgraph.Event, p page) (*model.EventConnection, error) {
	c, err := eventConnection(evs, p)
	if err != nil {
		return nil, err
	}
	if err := r.primeEvents(ctx, c.Nodes); err != nil {
		return nil, err
	}
	return c, nil
}

// primedMentions is the page p of ms, with what the query selects of its
// mentions read.
func (r *Resolver) primedMentions(ctx context.Context, ms []newsgraph.Mention, p page) (*model.MentionConnection, error) {
	c, err := mentionConnection(ms, p)
	if err != nil {
		return nil, err
	}
	if a := r.ahead(ctx); a != nil {
		if err := a.mentions(ctx, a.nodes(selections(ctx)), c.Nodes); err != nil {
			return nil, err
		}
	}
	return c, nil
}
