package graph

import (
	"context"
	"fmt"

	"github.com/99designs/gqlgen/graphql"
	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/graph/model"
	"github.com/vektah/gqlparser/v2/ast"
)

// The paths, from an event connection, to the fields that read what its
// events name: entities and the documents of sources.
var (
	connectionParticipants = [][]string{{"nodes", "participants", "entity"}, {"edges", "node", "participants", "entity"}}
	connectionLocations    = [][]string{{"nodes", "location"}, {"edges", "node", "location"}}
	connectionSources      = [][]string{{"nodes", "sources", "document"}, {"edges", "node", "sources", "document"}}
)

// primeEvents reads, one batch each, the entities and the documents that
// the events of a page name, where the query selects them (participants'
// entities, locations, the documents of sources). Without it every
// Participant.entity, Event.location and Evidence.document resolver queues
// its id on its own, and the request waits out the loader's batchWait (and,
// on a busy machine, the timer goroutine's turn for a core) for a batch
// that the page knew whole.
func (r *Resolver) primeEvents(ctx context.Context, evs []*newsgraph.Event) error {
	if len(evs) == 0 {
		return nil
	}
	participants, locations := selected(ctx, connectionParticipants...), selected(ctx, connectionLocations...)
	ents := make([]newsgraph.EntityID, 0, 4*len(evs)) // two or three participants and a place, most often
	for _, ev := range evs {
		if participants {
			for _, p := range ev.Participants {
				ents = append(ents, p.Entity)
			}
		}
		if locations && ev.Location != "" {
			ents = append(ents, ev.Location)
		}
	}
	l := r.loadersFor(ctx)
	if len(ents) > 0 {
		if err := l.entities.Prime(ctx, ents); err != nil {
			return fmt.Errorf("graph: entities of events: %w", err)
		}
	}
	if !selected(ctx, connectionSources...) {
		return nil
	}
	var docs []newsgraph.DocumentID
	for _, ev := range evs {
		for _, s := range ev.Sources {
			docs = append(docs, s.Document)
		}
	}
	if len(docs) > 0 {
		if err := l.documents.Prime(ctx, docs); err != nil {
			return fmt.Errorf("graph: documents of events: %w", err)
		}
	}
	return nil
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

// selected reports whether the field being resolved selects any of paths
// (field names, fragments followed, @skip and @include obeyed). Outside a
// GraphQL request (a resolver called directly) everything is selected.
func selected(ctx context.Context, paths ...[]string) bool {
	if !graphql.HasOperationContext(ctx) {
		return true
	}
	fc := graphql.GetFieldContext(ctx)
	if fc == nil {
		return true
	}
	oc := graphql.GetOperationContext(ctx)
	for _, p := range paths {
		if selects(oc, fc.Field.Selections, p) {
			return true
		}
	}
	return false
}

func selects(oc *graphql.OperationContext, set ast.SelectionSet, path []string) bool {
	if len(path) == 0 {
		return true
	}
	for _, f := range graphql.CollectFields(oc, set, nil) {
		if f.Name == path[0] && selects(oc, f.Selections, path[1:]) {
			return true
		}
	}
	return false
}
