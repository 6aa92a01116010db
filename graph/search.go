package graph

import (
	"context"
	"fmt"
	"strings"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/graph/model"
)

// rankedEntity is an entity with the tier its name matched in.
type rankedEntity struct {
	entity *newsgraph.Entity
	tier   int
}

// searchEntities returns the entities whose names match name (all of them
// when name is empty), best tier first, then by most mentions (or by name
// when byName), then by id: the store's name search.
func (r *Resolver) searchEntities(ctx context.Context, name string, t newsgraph.EntityType, byName bool) ([]rankedEntity, error) {
	ms, err := r.store.SearchEntities(ctx, name, t, byName)
	if err != nil {
		return nil, fmt.Errorf("graph: search entities: %w", err)
	}
	out := make([]rankedEntity, len(ms))
	for i, m := range ms {
		out[i] = rankedEntity{m.Entity, m.Tier}
	}
	return out, nil
}

// entityPage is a page of the entities of type t ("" for all) ranked as
// searchEntities ranks them for a blank name: the store ranks them from its
// listing index and folds only the page.
func (r *Resolver) entityPage(ctx context.Context, t newsgraph.EntityType, byName bool, p page) (*model.EntityConnection, error) {
	ids, err := r.store.ListEntities(ctx, t, byName)
	if err != nil {
		return nil, fmt.Errorf("graph: list entities: %w", err)
	}
	w, ents, offsets, err := pageOfIDs(ids, p, func(page []newsgraph.EntityID) (map[newsgraph.EntityID]*newsgraph.Entity, error) {
		return r.loadersFor(ctx).entities.LoadMany(ctx, page)
	})
	if err != nil {
		return nil, err // a bad cursor's message as it is; the loader's is wrapped
	}
	c := &model.EntityConnection{Nodes: ents, Edges: make([]*model.EntityEdge, 0, len(ents)), PageInfo: w.info, TotalCount: len(ids)}
	for i, e := range ents {
		c.Edges = append(c.Edges, &model.EntityEdge{Cursor: cursor(offsets[i]), Node: e})
	}
	return c, nil
}

// resolveEntities turns an argument that is an entity id or a name into
// entity ids: an IRI as it is; a name to the entities with that exact alias
// key, or else to the best tier of a name search.
func (r *Resolver) resolveEntities(ctx context.Context, idOrName string) ([]newsgraph.EntityID, error) {
	idOrName = strings.TrimSpace(idOrName)
	if idOrName == "" {
		return nil, nil
	}
	if strings.HasPrefix(idOrName, newsgraph.EntityIRI) {
		return []newsgraph.EntityID{newsgraph.EntityID(idOrName)}, nil
	}
	exact, err := r.store.EntitiesByKey(ctx, newsgraph.AliasKey(idOrName))
	if err != nil {
		return nil, fmt.Errorf("graph: entities named %q: %w", idOrName, err)
	}
	var ids []newsgraph.EntityID
	for _, e := range exact {
		ids = append(ids, e.ID)
	}
	if len(ids) > 0 {
		return ids, nil
	}
	ranked, err := r.searchEntities(ctx, idOrName, "", false)
	if err != nil {
		return nil, err
	}
	for _, re := range ranked {
		if re.tier != ranked[0].tier {
			break
		}
		ids = append(ids, re.entity.ID)
	}
	return ids, nil
}
