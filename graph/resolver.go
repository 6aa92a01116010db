// Package graph is newsgraph's GraphQL layer: the resolvers of
// schema/schema.graphqls over a Store and an Ingester it declares itself, the
// per-request loaders that batch their reads, and the HTTP handler with its
// limits (depth, complexity, size, time), tokens, persisted queries, batched
// requests, application/graphql bodies, CORS for listed origins and one
// error presenter. It knows nothing of cayley or prose.
//
// Use:
//
//	h := graph.New(graph.Config{Store: st, Ingester: svc, WriteToken: tok, Introspection: true})
//	mux.Handle("/graphql", h)
//
// The code gqlgen generates lives in graph/generated and graph/model
// (`go generate ./graph/...`, configured by gqlgen.yml at the module root);
// the resolvers in schema.resolvers.go stay thin and call helpers kept in
// other files, which regeneration leaves alone.
package graph

import (
	"context"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/graph/generated"
)

// Store is what the resolvers read and curate. Every batch method takes many
// ids so that one GraphQL request costs one store read per level, not one
// per parent; missing ids are simply absent from the returned maps. What
// they return may be shared with the store's cache: resolvers only read it.
type Store interface {
	Documents(ctx context.Context, ids []newsgraph.DocumentID) (map[newsgraph.DocumentID]*newsgraph.Document, error)
	DocumentIDs(ctx context.Context) ([]newsgraph.DocumentID, error)
	Entities(ctx context.Context, ids []newsgraph.EntityID) (map[newsgraph.EntityID]*newsgraph.Entity, error)
	EntityIDs(ctx context.Context, t newsgraph.EntityType) ([]newsgraph.EntityID, error)
	EntitiesByKey(ctx context.Context, key string) ([]newsgraph.Entity, error)
	// ShortestPath finds the fewest event hops from one of from to one of
	// to (found false when none within maxHops).
	ShortestPath(ctx context.Context, from, to []newsgraph.EntityID, maxHops int) ([]newsgraph.PathStep, bool, error)
	// Stats counts documents, entities and events per type, from counts
	// the store keeps as it writes.
	Stats(ctx context.Context) (newsgraph.Stats, error)
	// SearchEntities finds entities by name: exact alias keys, whole
	// words, prefixes and typos, best tier first.
	SearchEntities(ctx context.Context, name string, t newsgraph.EntityType, byName bool) ([]newsgraph.EntityMatch, error)
	// ListEntities ranks the entities of type t ("" for all) as a search
	// for a blank name does, from an index: a page of them folds the page.
	ListEntities(ctx context.Context, t newsgraph.EntityType, byName bool) ([]newsgraph.EntityID, error)
	Events(ctx context.Context, ids []newsgraph.EventID) (map[newsgraph.EventID]*newsgraph.Event, error)
	EventIDs(ctx context.Context, t newsgraph.EventType) ([]newsgraph.EventID, error)
	EventsOf(ctx context.Context, ids []newsgraph.EntityID) (map[newsgraph.EntityID][]newsgraph.EventID, error)
	EventsIn(ctx context.Context, ids []newsgraph.DocumentID) (map[newsgraph.DocumentID][]newsgraph.EventID, error)
	Mentions(ctx context.Context, ids []newsgraph.EntityID) (map[newsgraph.EntityID][]newsgraph.Mention, error)
	DocumentMentions(ctx context.Context, id newsgraph.DocumentID) ([]newsgraph.Mention, error)
	// Within lists, per place, the places it lies inside, nearest first.
	Within(ctx context.Context, ids []newsgraph.EntityID) (map[newsgraph.EntityID][]newsgraph.EntityID, error)
	// FindEvents returns the events a filter selects, by start date
	// (undated last), then id.
	FindEvents(ctx context.Context, f newsgraph.EventFilter) ([]*newsgraph.Event, error)
	// FindEventIDs is FindEvents' ids alone, in its order.
	FindEventIDs(ctx context.Context, f newsgraph.EventFilter) ([]newsgraph.EventID, error)
	// Generation changes whenever the answers of the reads above may
	// change (store.Store.Generation): the key of the response cache.
	Generation(ctx context.Context) (uint64, error)
	DeleteDocument(ctx context.Context, id newsgraph.DocumentID) error
	AddDecision(ctx context.Context, d newsgraph.Decision) (newsgraph.Decision, error)
	UndoDecision(ctx context.Context, id string) (newsgraph.Decision, error)
	Decisions(ctx context.Context) ([]newsgraph.Decision, error)
}

// Ingester extracts and stores documents (ingestDocument) and links the
// mentions of a text to known entities without storing anything (link).
type Ingester interface {
	Ingest(ctx context.Context, doc newsgraph.Document) (*newsgraph.Extraction, error)
	Link(ctx context.Context, text string) ([]newsgraph.LinkedMention, error)
}

// Resolver is the root of every resolver; it holds only the dependencies
// injected by New, so that resolvers stay free of globals.
type Resolver struct {
	store    Store
	ingester Ingester
}

// resolverRoot hands gqlgen the same resolver of a type at every call:
// gqlgen asks the root for one at every field of every object it resolves
// (a page of 20 events, 80 times), and the constructors gqlgen writes into
// schema.resolvers.go allocate a new one each time.
type resolverRoot struct {
	*Resolver
	claim         generated.ClaimResolver
	decision      generated.DecisionResolver
	document      generated.DocumentResolver
	entity        generated.EntityResolver
	event         generated.EventResolver
	evidence      generated.EvidenceResolver
	linkedMention generated.LinkedMentionResolver
	mention       generated.MentionResolver
	mutation      generated.MutationResolver
	participant   generated.ParticipantResolver
	query         generated.QueryResolver
	role          generated.RoleResolver
}

func newResolverRoot(r *Resolver) *resolverRoot {
	return &resolverRoot{Resolver: r,
		claim:         r.Claim(),
		decision:      r.Decision(),
		document:      r.Document(),
		entity:        r.Entity(),
		event:         r.Event(),
		evidence:      r.Evidence(),
		linkedMention: r.LinkedMention(),
		mention:       r.Mention(),
		mutation:      r.Mutation(),
		participant:   r.Participant(),
		query:         r.Query(),
		role:          r.Role(),
	}
}

func (r *resolverRoot) Claim() generated.ClaimResolver                 { return r.claim }
func (r *resolverRoot) Decision() generated.DecisionResolver           { return r.decision }
func (r *resolverRoot) Document() generated.DocumentResolver           { return r.document }
func (r *resolverRoot) Entity() generated.EntityResolver               { return r.entity }
func (r *resolverRoot) Event() generated.EventResolver                 { return r.event }
func (r *resolverRoot) Evidence() generated.EvidenceResolver           { return r.evidence }
func (r *resolverRoot) LinkedMention() generated.LinkedMentionResolver { return r.linkedMention }
func (r *resolverRoot) Mention() generated.MentionResolver             { return r.mention }
func (r *resolverRoot) Mutation() generated.MutationResolver           { return r.mutation }
func (r *resolverRoot) Participant() generated.ParticipantResolver     { return r.participant }
func (r *resolverRoot) Query() generated.QueryResolver                 { return r.query }
func (r *resolverRoot) Role() generated.RoleResolver                   { return r.role }
