package graph

import (
	"cmp"
	"context"
	"slices"
	"sync"

	"github.com/newsgraph/newsgraph"
)

// loader caches one kind of store read for one request: a key is read at
// most once per request, and keys the store does not know load as the zero
// value without error. A request runs on one goroutine (graph/generated
// marshals lists in order), so a loader does not wait for other keys to
// join a batch: a resolver that heads a list reads ahead, in one call, the
// keys its elements' fields will ask for (Prime, prefetch.go), and those
// fields find them here. The mutex is for the fields @defer runs apart.
type loader[K cmp.Ordered, V any] struct {
	fetch func(context.Context, []K) (map[K]V, error)

	mu      sync.Mutex
	results map[K]result[V]
}

type result[V any] struct {
	value V
	found bool
}

func newLoader[K cmp.Ordered, V any](fetch func(context.Context, []K) (map[K]V, error)) *loader[K, V] {
	return &loader[K, V]{fetch: fetch}
}

// Load reads one key: from what was read before, or else from the store at
// once.
func (l *loader[K, V]) Load(ctx context.Context, key K) (V, error) {
	l.mu.Lock()
	r, ok := l.results[key]
	l.mu.Unlock()
	if ok {
		return r.value, nil
	}
	values, err := l.read(ctx, []K{key})
	if err != nil {
		var zero V
		return zero, err
	}
	return values[key], nil
}

// LoadMany reads keys in one call of the store (those not read before)
// and returns the values the store knows.
func (l *loader[K, V]) LoadMany(ctx context.Context, keys []K) (map[K]V, error) {
	out := make(map[K]V, len(keys))
	missing := l.known(keys, out)
	if len(missing) == 0 {
		return out, nil
	}
	values, err := l.read(ctx, missing)
	if err != nil {
		return nil, err
	}
	for _, k := range missing {
		if v, ok := values[k]; ok {
			out[k] = v
		}
	}
	return out, nil
}

// Prime reads the keys not read before, in one call of the store, for the
// resolvers that Load them after it.
func (l *loader[K, V]) Prime(ctx context.Context, keys []K) error {
	missing := l.known(keys, nil)
	if len(missing) == 0 {
		return nil
	}
	_, err := l.read(ctx, missing)
	return err
}

// known puts the values of keys read before into out (when not nil) and
// returns the other keys, each once (in no particular order).
func (l *loader[K, V]) known(keys []K, out map[K]V) []K {
	var missing []K
	l.mu.Lock()
	for _, k := range keys {
		r, ok := l.results[k]
		switch {
		case !ok:
			missing = append(missing, k)
		case r.found && out != nil:
			out[k] = r.value
		}
	}
	l.mu.Unlock()
	return dedupe(missing)
}

// dedupe drops the repeats of keys, in place: a few by a scan, more by
// sorting them (an event page's participants, some 50, repeat the person
// asked about; a set of them was a map allocated at every request).
func dedupe[K cmp.Ordered](keys []K) []K {
	if len(keys) <= 8 {
		out := keys[:0]
		for _, k := range keys {
			if !slices.Contains(out, k) {
				out = append(out, k)
			}
		}
		return out
	}
	slices.Sort(keys)
	return slices.Compact(keys)
}

// read fetches keys and keeps what the store answers, unknown keys
// included (as not found); an error is not kept, so a later field asks
// again.
func (l *loader[K, V]) read(ctx context.Context, keys []K) (map[K]V, error) {
	values, err := l.fetch(ctx, keys)
	if err != nil {
		return nil, err
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.results == nil {
		l.results = make(map[K]result[V], len(keys))
	}
	for _, k := range keys {
		v, ok := values[k]
		l.results[k] = result[V]{value: v, found: ok}
	}
	return values, nil
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

func newLoaders(s Store) *loaders {
	return &loaders{
		entities:  newLoader(s.Entities),
		events:    newLoader(eventReader(s)),
		documents: newLoader(s.Documents),
		eventsOf:  newLoader(s.EventsOf),
		eventsIn:  newLoader(s.EventsIn),
		mentions:  newLoader(s.Mentions),
		within:    newLoader(s.Within),
	}
}

// sharedEvents is a store that can hand out the events it keeps rather
// than a copy of each (store.Store.SharedEvents).
type sharedEvents interface {
	SharedEvents(ctx context.Context, ids []newsgraph.EventID) (map[newsgraph.EventID]*newsgraph.Event, error)
}

// eventReader is how a request's loader reads events: without copies when
// the store can, as no resolver changes an event it reads (a page of 20
// meetings copied 20 events and their participants at every request);
// a store that wraps another (tests counting reads) reads through Events.
func eventReader(s Store) func(context.Context, []newsgraph.EventID) (map[newsgraph.EventID]*newsgraph.Event, error) {
	if sh, ok := s.(sharedEvents); ok {
		return sh.SharedEvents
	}
	return s.Events
}

type loadersKey struct{}

// loadersFor returns the request's loaders; outside a request (a resolver
// called directly) it makes fresh ones.
func (r *Resolver) loadersFor(ctx context.Context) *loaders {
	if l, ok := ctx.Value(loadersKey{}).(*loaders); ok {
		return l
	}
	return newLoaders(r.store)
}
