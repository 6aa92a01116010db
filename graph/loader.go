package graph

import (
	"context"
	"fmt"
	"sync"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/newsgraph/newsgraph"
)

// batchWait is how long a loader collects keys before it reads them in one
// batch. gqlgen resolves the fields of a list's elements in goroutines of
// their own; a short wait lets all of them join one store call. A variable
// so that a test can make it an hour.
var batchWait = 1 * time.Millisecond

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

// Load reads one key, batched with the other keys asked for meanwhile. A
// field outside any list (a root field, a field of one) has no siblings
// whose keys would join its batch: its key is read at once, with whatever
// else is queued.
func (l *loader[K, V]) Load(ctx context.Context, key K) (V, error) {
	// A key already read (primed by the page that named it, most often)
	// is answered without queueing anything.
	l.mu.Lock()
	r := l.results[key]
	l.mu.Unlock()
	if r != nil {
		select {
		case <-r.done:
			return r.value, r.err
		default:
		}
	}
	if !inList(ctx) {
		rs, err := l.loadNow(ctx, []K{key})
		if err != nil {
			var zero V
			return zero, err
		}
		return rs[0].value, nil
	}
	return l.wait(ctx, l.enqueue([]K{key})[0])
}

// inList reports whether the field being resolved lies within a list, at
// any depth: whether sibling resolvers may be asking for keys too. Outside
// a GraphQL request it reports true, so that keys wait to be batched.
func inList(ctx context.Context) bool {
	fc := graphql.GetFieldContext(ctx)
	if fc == nil {
		return true
	}
	for ; fc != nil; fc = fc.Parent {
		if fc.Index != nil {
			return true
		}
	}
	return false
}

// LoadMany reads keys in one batch and returns the values the store knows.
// Its caller already holds every key it needs, so the batch goes at once,
// together with whatever other resolvers had queued.
func (l *loader[K, V]) LoadMany(ctx context.Context, keys []K) (map[K]V, error) {
	rs, err := l.loadNow(ctx, keys)
	if err != nil {
		return nil, err
	}
	out := make(map[K]V, len(keys))
	for i, r := range rs {
		if r.found {
			out[keys[i]] = r.value
		}
	}
	return out, nil
}

// Prime is LoadMany for a caller that wants the values only read, for the
// resolvers that Load them after it.
func (l *loader[K, V]) Prime(ctx context.Context, keys []K) error {
	_, err := l.loadNow(ctx, keys)
	return err
}

// loadNow queues keys and reads the queue at once, in the caller's own
// goroutine: it would only wait for the batch, and this spares a
// goroutine's hand-off and, on a busy machine, its wait for a core. It
// returns when every key's result is in.
func (l *loader[K, V]) loadNow(ctx context.Context, keys []K) ([]*result[V], error) {
	rs := l.enqueue(keys)
	l.mu.Lock()
	batch, results := l.takeLocked()
	l.mu.Unlock()
	l.read(batch, results)
	for _, r := range rs {
		if _, err := l.wait(ctx, r); err != nil {
			return nil, err
		}
	}
	return rs, nil
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
	// The new keys of one call join the queue together and so leave it in
	// the same batch: their results are one allocation, with one channel
	// that the batch closes for all of them.
	var fresh []result[V]
	for i, k := range keys {
		r, ok := l.results[k]
		if !ok {
			if fresh == nil {
				fresh = make([]result[V], 0, len(keys)-i) // never grows: its pointers hold
				fresh = append(fresh, result[V]{done: make(chan struct{})})
			} else {
				fresh = append(fresh, result[V]{done: fresh[0].done})
			}
			r = &fresh[len(fresh)-1]
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
			keys, rs := l.takeLocked()
			l.mu.Unlock()
			l.read(keys, rs) // the timer's goroutine is the batch's own
		})
	}
	return rs
}

// dispatchLocked hands the pending keys to a goroutine that reads them.
func (l *loader[K, V]) dispatchLocked() {
	keys, rs := l.takeLocked()
	if len(keys) > 0 {
		go l.read(keys, rs)
	}
}

// takeLocked takes the pending keys, and their results to fill, out of the
// queue and stops the batch's timer.
func (l *loader[K, V]) takeLocked() ([]K, []*result[V]) {
	if l.timer != nil {
		l.timer.Stop()
		l.timer = nil
	}
	keys := l.pending
	l.pending = nil
	rs := make([]*result[V], len(keys))
	for i, k := range keys {
		rs[i] = l.results[k]
	}
	return keys, rs
}

// read fetches keys and completes their results; no keys, no fetch.
func (l *loader[K, V]) read(keys []K, rs []*result[V]) {
	if len(keys) == 0 {
		return
	}
	values, err := l.fetchSafely(keys)
	for i, k := range keys {
		rs[i].value, rs[i].found = values[k]
		rs[i].err = err
	}
	// each call's keys lie side by side in the batch (enqueue), and
	// share their channel
	for i, r := range rs {
		if i == 0 || r.done != rs[i-1].done {
			close(r.done)
		}
	}
}

// fetchSafely runs fetch for every waiter of a batch: a panic becomes the
// batch's error instead of ending the process (in a timer's or a
// dispatched goroutine, gqlgen's recover does not reach it) or leaving the
// other waiters blocked.
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
