package graph

import (
	"cmp"
	"context"
	"fmt"
	"slices"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/graph/model"
)

// orderEvents sorts evs by start date in the direction asked. Undated events
// go last either way: "newest first" should not open on events nobody could
// date. Ties, and undated events among themselves, go by id.
func orderEvents(evs []*newsgraph.Event, by model.EventOrder) {
	desc := by.Direction == model.OrderDirectionDesc
	slices.SortStableFunc(evs, func(a, b *newsgraph.Event) int {
		if (a.Start == "") != (b.Start == "") {
			if a.Start == "" {
				return 1
			}
			return -1
		}
		c := cmp.Compare(a.Start, b.Start)
		if desc {
			c = -c
		}
		if c != 0 {
			return c
		}
		return cmp.Compare(a.ID, b.ID)
	})
}

// orderedEvents answers events(orderBy:): every event that q matches, sorted
// as asked, then one page of them. Ordering needs every candidate's date, so
// this reads them all, as any filtered event query does.
func (r *Resolver) orderedEvents(ctx context.Context, q newsgraph.EventFilter, by model.EventOrder, p page) (*model.EventConnection, error) {
	evs, err := r.findEvents(ctx, q)
	if err != nil {
		return nil, err
	}
	orderEvents(evs, by)
	return r.primedEvents(ctx, evs, p)
}

// eventDocuments are the distinct documents that state ev, in order of
// publication: undated ones last, ties by id. A document the store no longer
// holds appears as a stand-in with only its id, as in sources.
func (r *Resolver) eventDocuments(ctx context.Context, ev *newsgraph.Event) ([]*newsgraph.Document, error) {
	var ids []newsgraph.DocumentID
	seen := map[newsgraph.DocumentID]bool{}
	for _, s := range ev.Sources {
		if !seen[s.Document] {
			seen[s.Document] = true
			ids = append(ids, s.Document)
		}
	}
	byID, err := r.loadersFor(ctx).documents.LoadMany(ctx, ids)
	if err != nil {
		return nil, fmt.Errorf("graph: documents of %s: %w", ev.ID, err)
	}
	docs := make([]*newsgraph.Document, 0, len(ids))
	for _, id := range ids {
		d := byID[id]
		if d == nil {
			d = &newsgraph.Document{ID: id}
		}
		docs = append(docs, d)
	}
	slices.SortStableFunc(docs, func(a, b *newsgraph.Document) int {
		if a.Published.IsZero() != b.Published.IsZero() {
			if a.Published.IsZero() {
				return 1
			}
			return -1
		}
		if c := a.Published.Compare(b.Published); c != 0 {
			return c
		}
		return cmp.Compare(a.ID, b.ID)
	})
	if err := r.ahead(ctx).documents(ctx, selections(ctx), docs); err != nil {
		return nil, err
	}
	return docs, nil
}
