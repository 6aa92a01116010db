package graph

import (
	"context"
	"encoding/json"
	"sync"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
)

// DefaultResponseCacheBytes is the size of the response cache (Config).
const DefaultResponseCacheBytes = 16 << 20

// responseCache keeps the answers of queries for the store generation they
// were read at, by query text, operation name and variables. A served
// graph is asked the same few questions (a page's overview, its meetings,
// the latest events) far more often than it is written, and building an
// answer through gqlgen costs thousands of allocations however cheap the
// store's reads are: ten to twenty per field of every object, its own
// goroutines per list element. A cached answer is one write of bytes.
// Only answers without errors are kept, and only when the generation did
// not move while they were computed; a new generation empties the cache.
// Full, it starts over rather than tracking recency: its keys are a
// client's few queries, and the bound stays exact.
type responseCache struct {
	max int // bytes of answers and keys

	mu    sync.Mutex
	gen   uint64
	m     map[responseKey]*graphql.Response
	bytes int
}

// responseKey is what, besides the graph, decides an answer.
type responseKey struct {
	query, operation, variables string
}

// responseCacheMaxEntry bounds one kept answer: a page of 500 events with
// their evidence is worth recomputing rather than holding.
const responseCacheMaxEntry = 1 << 20

func newResponseCache(max int) *responseCache {
	if max <= 0 {
		return nil
	}
	return &responseCache{max: max, m: make(map[responseKey]*graphql.Response)}
}

func (c *responseCache) get(gen uint64, k responseKey) *graphql.Response {
	c.mu.Lock()
	defer c.mu.Unlock()
	if gen != c.gen {
		return nil
	}
	return c.m[k]
}

func (c *responseCache) put(gen uint64, k responseKey, r *graphql.Response) {
	n := len(r.Data) + len(k.query) + len(k.operation) + len(k.variables)
	if n > responseCacheMaxEntry || n > c.max {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	switch {
	case gen < c.gen:
		return // computed before a write this cache has seen already
	case gen > c.gen || c.bytes+n > c.max:
		c.m = make(map[responseKey]*graphql.Response)
		c.bytes = 0
		c.gen = gen
	}
	if _, ok := c.m[k]; !ok {
		c.m[k] = r
		c.bytes += n
	}
}

// around answers a query from the cache, or runs it and keeps its answer.
// Mutations and subscriptions pass through, as does everything when the
// store cannot say its generation.
func (c *responseCache) around(s Store) graphql.OperationMiddleware {
	return func(ctx context.Context, next graphql.OperationHandler) graphql.ResponseHandler {
		oc := graphql.GetOperationContext(ctx)
		if c == nil || oc.Operation == nil || oc.Operation.Operation != ast.Query {
			return next(ctx)
		}
		gen, err := s.Generation(ctx)
		if err != nil {
			return next(ctx)
		}
		k := responseKey{query: oc.RawQuery, operation: oc.OperationName}
		if len(oc.Variables) > 0 {
			vars, err := json.Marshal(oc.Variables) // map keys sorted: one text per value
			if err != nil {
				return next(ctx)
			}
			k.variables = string(vars)
		}
		if r := c.get(gen, k); r != nil {
			return graphql.OneShot(r)
		}
		h := next(ctx)
		return func(ctx context.Context) *graphql.Response {
			r := h(ctx)
			// An answer in parts (@defer) or with errors (a timeout, a
			// refused argument) is not the graph's answer to keep.
			if r == nil || len(r.Errors) > 0 || len(r.Extensions) > 0 || r.HasNext != nil {
				return r
			}
			if now, err := s.Generation(ctx); err == nil && now == gen {
				c.put(gen, k, r)
			}
			return r
		}
	}
}
