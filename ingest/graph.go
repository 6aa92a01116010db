package ingest

import (
	"context"

	"github.com/newsgraph/newsgraph"
)

// Graph is what extraction reads of the graph built so far.
type Graph interface {
	EntitiesByKey(ctx context.Context, key string) ([]newsgraph.Entity, error)
	EventsOf(ctx context.Context, ids []newsgraph.EntityID) (map[newsgraph.EntityID][]newsgraph.EventID, error)
	Events(ctx context.Context, ids []newsgraph.EventID) (map[newsgraph.EventID]*newsgraph.Event, error)
}

// Without is the graph as it would be without what document doc said about
// events: a document sent again is extracted against the graph the other
// documents built, so that re-ingesting it gives the facts it gave the
// first time, not facts merged with its own earlier ones.
func Without(g Graph, doc newsgraph.DocumentID) Graph {
	return without{g, doc}
}

type without struct {
	Graph
	doc newsgraph.DocumentID
}

// Events drops the events only doc supports and doc's claims on the rest.
func (w without) Events(ctx context.Context, ids []newsgraph.EventID) (map[newsgraph.EventID]*newsgraph.Event, error) {
	m, err := w.Graph.Events(ctx, ids)
	if err != nil {
		return nil, err
	}
	out := make(map[newsgraph.EventID]*newsgraph.Event, len(m))
	for id, ev := range m {
		var sources []newsgraph.Evidence
		for _, s := range ev.Sources {
			if s.Document != w.doc {
				sources = append(sources, s)
			}
		}
		if len(sources) == 0 {
			continue
		}
		if len(sources) < len(ev.Sources) {
			cp := *ev
			cp.Sources = sources
			cp.Claims = nil
			for _, c := range ev.Claims {
				if c.Document != w.doc {
					cp.Claims = append(cp.Claims, c)
				}
			}
			ev = &cp
		}
		out[id] = ev
	}
	return out, nil
}
