package graph

import (
	"context"
	"fmt"
	"sync"
	"time"

	"github.com/newsgraph/newsgraph"
)

// batchWait is how long a loader collects keys before it reads them in one
// batch. gqlgen resolves the fields of a list's elements in goroutines of
// their own; a short wait lets all of them join one store call.
const batchWait = 1 * time.Millisecond

// maxBatch is the number of queued keys that are read at once, without
// waiting for batchWait to pass.
const maxBatch = 1000

// loader batches and caches one kind of store read for one request: Load
// and LoadMany from any number of goroutines within batchWait become one
// call of fetch, and a key is read at most once per request. Keys the store
// does not know load as the zero value without error.
type loader[K comparable, V any] struct {
	ctx   context.Context // the request's, so a batch ends with it
	fetch func(context.Context, []K) (map[K]V, error)

	mu      sync.Mutex
	results map[K]*result[V]
	pending []K
	timer   *time.Timer
}

type result[V any] struct {
	done  chan struct{}
	value V
	found bool
	err   error
}

func newLoader[K comparable, V any](ctx context.Context, fetch func(context.Context, []K) (map[K]V, error)) *loader[K, V] {
	return &loader[K, V]{ctx: ctx, fetch: fetch, results: map[K]*result[V]{}}
}

// Load reads one key, batched with the other keys asked for meanwhile.
func (l *loader[K, V]) Load(ctx context.Context, key K) (V, error) {
	r := l.enqueue([]K{key})[0]
	return l.wait(ctx, r)
}

// LoadMany reads keys in one batch and returns the values the store knows.
// Its caller already holds every key it needs, so the batch goes at once,
// together with whatever other resolvers had queued.
func (l *loader[K, V]) LoadMany(ctx context.Context, keys []K) (map[K]V, error) {
	rs := l.enqueue(keys)
	l.mu.Lock()
	l.dispatchLocked()
	l.mu.Unlock()
	out := make(map[K]V, len(keys))
	for i, r := range rs {
		v, err := l.wait(ctx, r)
		if err != nil {
			return nil, err
		}
		if r.found {
			out[keys[i]] = v
		}
	}
	return out, nil
}

func (l *loader[K, V]) wait(ctx context.Context, r *result[V]) (V, error) {
	select {
	case <-r.done:
		return r.value, r.err
	case <-ctx.Done():
		var zero V
		return zero, ctx.Err()
	}
}

func (l *loader[K, V]) enqueue(keys []K) []*result[V] {
	l.mu.Lock()
	defer l.mu.Unlock()
	rs := make([]*result[V], len(keys))
	for i, k := range keys {
		r, ok := l.results[k]
		if !ok {
			r = &result[V]{done: make(chan struct{})}
			l.results[k] = r
			l.pending = append(l.pending, k)
		}
		rs[i] = r
	}
	switch {
	case len(l.pending) >= maxBatch:
		l.dispatchLocked()
	case len(l.pending) > 0 && l.timer == nil:
		l.timer = time.AfterFunc(batchWait, func() {
			l.mu.Lock()
			defer l.mu.Unlock()
			l.dispatchLocked()
		})
	}
	return rs
}

// dispatchLocked hands the pending keys to a goroutine that reads them.
func (l *loader[K, V]) dispatchLocked() {
	if l.timer != nil {
		l.timer.Stop()
		l.timer = nil
	}
	if len(l.pending) == 0 {
		return
	}
	keys := l.pending
	l.pending = nil
	rs := make([]*result[V], len(keys))
	for i, k := range keys {
		rs[i] = l.results[k]
	}
	go func() {
		values, err := l.fetchSafely(keys)
		for i, k := range keys {
			rs[i].value, rs[i].found = values[k]
			rs[i].err = err
			close(rs[i].done)
		}
	}()
}

// fetchSafely runs fetch in the loader's own goroutine, where gqlgen's
// recover does not reach: a panic becomes the batch's error instead of
// ending the process.
func (l *loader[K, V]) fetchSafely(keys []K) (values map[K]V, err error) {
	defer func() {
		if p := recover(); p != nil {
			values, err = nil, fmt.Errorf("graph: panic in a batched read: %v", p)
		}
	}()
	return l.fetch(l.ctx, keys)
}

// loaders are the batched reads of one request.
type loaders struct {
	entities  *loader[newsgraph.EntityID, *newsgraph.Entity]
	events    *loader[newsgraph.EventID, *newsgraph.Event]
	documents *loader[newsgraph.DocumentID, *newsgraph.Document]
	eventsOf  *loader[newsgraph.EntityID, []newsgraph.EventID]
	eventsIn  *loader[newsgraph.DocumentID, []newsgraph.EventID]
	mentions  *loader[newsgraph.EntityID, []newsgraph.Mention]
	within    *loader[newsgraph.EntityID, []newsgraph.EntityID]
}

func newLoaders(ctx context.Context, s Store) *loaders {
	return &loaders{
		entities:  newLoader(ctx, s.Entities),
		events:    newLoader(ctx, s.Events),
		documents: newLoader(ctx, s.Documents),
		eventsOf:  newLoader(ctx, s.EventsOf),
		eventsIn:  newLoader(ctx, s.EventsIn),
		mentions:  newLoader(ctx, s.Mentions),
		within:    newLoader(ctx, s.Within),
	}
}

type loadersKey struct{}

// loadersFor returns the request's loaders; outside a request (a resolver
// called directly) it makes fresh ones, which batch just the same.
func (r *Resolver) loadersFor(ctx context.Context) *loaders {
	if l, ok := ctx.Value(loadersKey{}).(*loaders); ok {
		return l
	}
	return newLoaders(ctx, r.store)
}
