package graph_test

import (
	"context"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/store"
)

// batchCounter is a store that counts the entity and document reads the
// resolvers make.
type batchCounter struct {
	*store.Store
	mu                  sync.Mutex
	entities, documents int
}

func (c *batchCounter) Entities(ctx context.Context, ids []newsgraph.EntityID) (map[newsgraph.EntityID]*newsgraph.Entity, error) {
	c.mu.Lock()
	c.entities++
	c.mu.Unlock()
	return c.Store.Entities(ctx, ids)
}

func (c *batchCounter) Documents(ctx context.Context, ids []newsgraph.DocumentID) (map[newsgraph.DocumentID]*newsgraph.Document, error) {
	c.mu.Lock()
	c.documents++
	c.mu.Unlock()
	return c.Store.Documents(ctx, ids)
}

func (c *batchCounter) take() (entities, documents int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	entities, documents = c.entities, c.documents
	c.entities, c.documents = 0, 0
	return entities, documents
}

// TestEventPagesReadWhatTheyNameAtOnce: a page of events reads the
// entities and documents its events name in one batch each, before their
// fields ask (a request runs on one goroutine: a field that found its id
// unread would read it alone, one store call per event); what the query
// does not select it does not read.
func TestEventPagesReadWhatTheyNameAtOnce(t *testing.T) {
	base := newServer(t, graph.Config{})
	counter := &batchCounter{Store: base.store}
	s := &server{t: t, store: base.store, handler: graph.New(graph.Config{Store: counter, Ingester: fixtureIngester{store: base.store}, Timeout: 5 * time.Second})}
	for _, c := range []struct {
		name, query         string
		vars                map[string]any
		entities, documents int
	}{
		{"events", scoreEvents, map[string]any{"type": "MEETING"}, 1, 1},
		{"meetings by name", `{ meetings(person: "Olsen") { edges { node { participants { entity { name } } location { name } sources { document { id } } } } } }`, nil, 1, 1},
		{"ordered", `{ events(type: MEETING, orderBy: {field: START, direction: DESC}) { nodes { ...on Event { location { name } } ... Who } } } fragment Who on Event { participants { entity { id } } sources { document { id } } }`, nil, 1, 1},
		{"of an entity", fmt.Sprintf(`{ entity(id: %q) { events(type: MEETING) { nodes { participants { entity { name } } location { name } } } } }`, entityID("Bram Olsen")), nil, 2, 0},
		{"by id", fmt.Sprintf(`{ node(id: %q) { ...on Entity { name } } document(id: "a1") { id } }`, entityID("Bram Olsen")), nil, 1, 1},
		// what the query does not select is not read
		{"ids alone", `{ events(type: MEETING) { nodes { id participants { role } } } }`, nil, 0, 0},
	} {
		counter.take()
		r := s.query(c.query, c.vars)
		if len(r.Errors) > 0 {
			t.Fatalf("%s: %+v", c.name, r.Errors)
		}
		if ents, docs := counter.take(); ents != c.entities || docs != c.documents {
			t.Errorf("%s: %d entity reads and %d document reads, want %d and %d\n%s", c.name, ents, docs, c.entities, c.documents, r.Data)
		}
	}
}

// TestListsReadWhatTheyNameAtOnce: a page of entities, of mentions or of
// documents reads what the query selects under its items one store call
// per level, as a page of events does, through every field that names
// entities (roles, part-of chains, co-participants) or documents.
func TestListsReadWhatTheyNameAtOnce(t *testing.T) {
	base := newServer(t, graph.Config{})
	counter := &batchCounter{Store: base.store}
	s := &server{t: t, store: base.store, handler: graph.New(graph.Config{Store: counter, Ingester: fixtureIngester{store: base.store}})}
	for _, c := range []struct {
		name, query         string
		entities, documents int
	}{
		{"entities", `{ entities(filter: {type: PERSON}) { nodes { roles { of { name } } related { entity { name } } } edges { node { partOf { name } } } } }`, 2, 0}, // the page, then what it names
		{"mentions", fmt.Sprintf(`{ entity(id: %q) { mentions { nodes { entity { name } evidence { document { id } } } } } }`, entityID("Velm")), 1, 1},
		{"documents", `{ documents { nodes { events { participants { entity { name } } location { name } } } } }`, 1, 1},
	} {
		counter.take()
		r := s.query(c.query, nil)
		if len(r.Errors) > 0 {
			t.Fatalf("%s: %+v", c.name, r.Errors)
		}
		if ents, docs := counter.take(); ents != c.entities || docs != c.documents {
			t.Errorf("%s: %d entity reads and %d document reads, want %d and %d\n%s", c.name, ents, docs, c.entities, c.documents, r.Data)
		}
	}
}
