// Package store keeps newsgraph's knowledge graph in cayley: one concrete
// *Store, opened by URL (leveldb folder, memory, PostgreSQL), that writes each
// document's facts atomically and answers batched, index-anchored reads. It is
// the only package that imports cayley; quads never leave it.
package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph"
)

// Store is the graph of documents, entities and events. It is safe for
// concurrent use: reads share a lock, writes take it alone, because cayley's
// memstore races when read while written and one application lock is the
// simplest rule that holds on every backend.
type Store struct {
	qs      graph.QuadStore
	backend string
	addr    string

	// pg is newsgraph's own connection pool to PostgreSQL (nil
	// elsewhere): the generation counter beside cayley's tables, and the
	// reads and writes of cayley's tables that cayley would make a round
	// trip per node and quad (postgres.go).
	pg *sql.DB

	// pgStmts are the prepared reads of pg, by their text (pgPrepared).
	pgStmts sync.Map

	// level is the key-value layer under qs on leveldb (nil elsewhere): it
	// writes a document's replacement as one leveldb batch.
	level *levelKV

	// unsettled is a memory store's documents waiting to be read again
	// (unsettled.go).
	unsettled unsettledMem

	mu sync.RWMutex

	// decisions caches the curation decisions, loaded at Open and kept in
	// step by AddDecision and UndoDecision (the Store is the only writer).
	decisions []storedDecision

	cacheMu sync.Mutex
	values  valueCache

	folds foldCache

	// snapDropped: this process deleted the kept read indexes (its first
	// write); snapParts: how many of them it restored (snapshot.go).
	snapDropped bool
	snapParts   int

	// removed lists the documents Open found half replaced and removed.
	removed []newsgraph.DocumentID

	// seen is the generation token this process last saw (PostgreSQL),
	// synced when it last looked (unix ns), syncEvery how often it looks.
	seen      string
	synced    atomic.Int64
	syncEvery time.Duration

	// ownGen is the generation token as this process last released the
	// writer lock, or as it opened the store (LockWriter).
	ownGen string

	// writerMu queues this process's takers of the writer lock (lockPG).
	writerMu ctxMutex

	// pgHeld: this process holds the writer lock (LockWriter), so no other
	// process writes, and pgDocQuads may keep the documents it reads.
	pgHeld atomic.Bool

	// pgSpace is mixed into every advisory lock key of the store
	// (pgSpaceOf).
	pgSpace int64

	// pgReads counts the queries reading quads on PostgreSQL (queryPG and
	// the batched reads of pgread.go), for tests.
	pgReads atomic.Int64

	// readGen is the read generation (Generation), moved by lockWrite.
	readGen atomic.Uint64

	// eventFolds counts the events folded from their claims (fold cache
	// misses), for EventFolds.
	eventFolds atomic.Int64
	// entityFolds counts the entities folded from their statements, for
	// EntityFolds.
	entityFolds atomic.Int64
	// listingFilled is set when a read entered entities in the listing
	// index: Close keeps it then, though no index was added.
	listingFilled atomic.Bool
}

// cayley registry names of the backends newsgraph supports.
var registryName = map[string]string{
	"memory":   "memstore",
	"leveldb":  "leveldb",
	"postgres": "postgres",
}

// Open opens (and creates on first use) the store at url: a folder path or
// "leveldb://PATH" (embedded leveldb), "memory://" (in-process, for tests) or
// "postgres://..." (PostgreSQL through cayley's SQL backend).
func Open(ctx context.Context, url string) (*Store, error) {
	backend, addr, err := parseURL(url)
	if err != nil {
		return nil, err
	}
	ensureBackends()
	name := registryName[backend]
	if !graph.IsRegistered(name) {
		return nil, fmt.Errorf("store: cayley backend %q is not registered in this binary (have %v)", name, graph.QuadStores())
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	var qs graph.QuadStore
	var level *levelKV
	var pg *sql.DB
	var space int64
	switch backend {
	case "memory":
		qs, err = graph.NewQuadStore(name, "", nil)
	case "leveldb":
		qs, level, err = openLevel(addr)
	case "postgres":
		if space, err = initPostgres(ctx, name, addr); err != nil {
			return nil, openError(backend, addr, err)
		}
		if pg, err = openPG(addr); err != nil {
			return nil, openError(backend, addr, err)
		}
		if qs, err = graph.NewQuadStore(name, addr, pgOptions); err != nil {
			pg.Close()
		}
	}
	if err != nil {
		return nil, openError(backend, addr, err)
	}
	s := &Store{qs: qs, backend: backend, addr: addr, level: level, pg: pg, syncEvery: syncEvery, writerMu: newCtxMutex(), pgSpace: space}
	s.folds.reset()
	if s.decisions, err = s.loadDecisions(ctx); err != nil {
		qs.Close()
		return nil, err
	}
	if s.removed, err = s.checkAtOpen(ctx); err != nil {
		s.Close()
		return nil, err
	}
	if err = s.loadSnapshot(); err != nil {
		s.Close()
		return nil, err
	}
	if err = s.startIndexes(ctx); err != nil {
		s.Close()
		return nil, err
	}
	if s.shared() {
		if s.seen, err = s.generation(ctx); err != nil {
			s.Close()
			return nil, fmt.Errorf("store: open: %w", err)
		}
		s.ownGen = s.seen
	}
	return s, nil
}

// parseURL splits a store URL into the backend and the address cayley wants.
func parseURL(url string) (backend, addr string, err error) {
	switch {
	case url == "":
		return "", "", fmt.Errorf("store: empty store URL: %w", newsgraph.ErrInvalid)
	case url == "memory://" || url == "memory:" || url == "memory":
		return "memory", "", nil
	case strings.HasPrefix(url, "leveldb://"):
		addr = strings.TrimPrefix(url, "leveldb://")
		if addr == "" {
			return "", "", fmt.Errorf("store: leveldb URL %q names no folder: %w", url, newsgraph.ErrInvalid)
		}
		return "leveldb", addr, nil
	case strings.HasPrefix(url, "postgres://"), strings.HasPrefix(url, "postgresql://"):
		return "postgres", url, nil
	case strings.Contains(url, "://"):
		scheme, _, _ := strings.Cut(url, "://")
		return "", "", fmt.Errorf("store: unknown store scheme %q in %q (want a folder, leveldb://, memory:// or postgres://): %w", scheme, url, newsgraph.ErrInvalid)
	default:
		return "leveldb", url, nil
	}
}

// openError explains a failed open; a leveldb folder held by another process
// (leveldb takes a non-blocking flock) becomes ErrLocked.
func openError(backend, addr string, err error) error {
	if backend == "leveldb" && (errors.Is(err, syscall.EWOULDBLOCK) || errors.Is(err, syscall.EAGAIN)) {
		return fmt.Errorf("store: leveldb folder %s is in use by another process; query the running newsgraph server instead: %w", addr, newsgraph.ErrLocked)
	}
	if backend == "postgres" {
		return fmt.Errorf("store: open postgres: %w", err)
	}
	return fmt.Errorf("store: open %s %s: %w", backend, addr, err)
}

// Close releases the backend (and the leveldb folder lock).
func (s *Store) Close() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.qs == nil {
		return nil
	}
	serr := s.saveSnapshot()
	err := s.qs.Close()
	s.qs = nil
	if s.pg != nil {
		s.pg.Close()
	}
	if err == nil {
		err = serr
	}
	return err
}

// Backend names the backend: "memory", "leveldb" or "postgres".
func (s *Store) Backend() string { return s.backend }

// each calls fn with every quad that has v in direction dir, through the
// backend's own index: the one kind of read the Store does, so that every
// read costs in proportion to what it touches.
func (s *Store) each(ctx context.Context, dir quad.Direction, v quad.Value, fn func(q quad.Quad)) error {
	if s.qs == nil {
		return errClosed
	}
	if s.pg != nil {
		return s.eachPG(ctx, dir, v, "", fn)
	}
	ref := s.qs.ValueOf(v)
	if ref == nil {
		return nil
	}
	return s.iterate(ctx, s.qs.QuadIterator(dir, ref), fn)
}

// eachOf calls fn with every quad that has any of vs in direction dir, one
// index scan per value. (One query for all of them on PostgreSQL, with
// = ANY, was planned as a sequential scan of quads once it named a few
// dozen values: the planner, without statistics, takes each value for
// 0.5 % of the table.)
func (s *Store) eachOf(ctx context.Context, dir quad.Direction, vs []quad.Value, fn func(q quad.Quad)) error {
	for _, v := range vs {
		if err := s.each(ctx, dir, v, fn); err != nil {
			return err
		}
	}
	return nil
}

// eachWith calls fn with every quad that has v in direction dir and
// predicate p, so that a hub entity's statements are read without its event
// participations and the other way round. On leveldb it scans cayley's
// subject-predicate or object-predicate-subject index by prefix (cayley's
// default kv indexes, which newsgraph never changes); on PostgreSQL it is
// one SELECT over the subject or object index (eachPG); on memory it
// filters the plain index scan.
func (s *Store) eachWith(ctx context.Context, dir quad.Direction, v quad.Value, p quad.IRI, fn func(q quad.Quad)) error {
	filter := func(q quad.Quad) {
		if q.Predicate == p {
			fn(q)
		}
	}
	if s.pg != nil {
		if s.qs == nil {
			return errClosed
		}
		return s.eachPG(ctx, dir, v, p, fn)
	}
	kqs, ok := s.qs.(*kv.QuadStore)
	if !ok || (dir != quad.Subject && dir != quad.Object) {
		return s.each(ctx, dir, v, filter)
	}
	vref, ok1 := kqs.ValueOf(v).(kv.Int64Value)
	pref, ok2 := kqs.ValueOf(p).(kv.Int64Value)
	if !ok1 || !ok2 {
		return nil // a value the store has never seen
	}
	ind := kv.QuadIndex{Dirs: []quad.Direction{quad.Subject, quad.Predicate}}
	if dir == quad.Object {
		ind = kv.QuadIndex{Dirs: []quad.Direction{quad.Object, quad.Predicate, quad.Subject}}
	}
	return s.iterate(ctx, kv.NewQuadIterator(kqs, ind, []uint64{uint64(vref), uint64(pref)}), filter)
}

// iterate calls fn with the quad of every result of it, and closes it.
// Within a scan (scanning) it remembers none of the literals it read.
func (s *Store) iterate(ctx context.Context, it graph.Iterator, fn func(q quad.Quad)) error {
	defer it.Close()
	scan := ctx.Value(scanning{}) != nil
	for it.Next(ctx) {
		r := it.Result()
		fn(quad.Quad{
			Subject:   s.valueOf(s.qs.QuadDirection(r, quad.Subject), scan),
			Predicate: s.valueOf(s.qs.QuadDirection(r, quad.Predicate), scan),
			Object:    s.valueOf(s.qs.QuadDirection(r, quad.Object), scan),
			Label:     s.valueOf(s.qs.QuadDirection(r, quad.Label), scan),
		})
	}
	if err := it.Err(); err != nil {
		return err
	}
	return ctx.Err()
}

var errClosed = errors.New("store: closed")

// The node-value cache holds at most this many values and bytes (document
// texts and statements are values too).
const (
	valueCacheMax   = 1 << 17
	valueCacheBytes = 64 << 20
)

// nameOf resolves a node reference to its value through a cache. Without it
// a quad costs four log reads on leveldb and four queries on PostgreSQL,
// while predicates, labels and hub nodes repeat on every quad. A reference
// names one value for as long as it exists on every backend used (kv ids
// are never reused, SQL refs are value hashes, memstore ids only grow), so
// the cache needs no invalidation; it is dropped whole when full.
func (s *Store) nameOf(ref graph.Ref) quad.Value {
	return s.valueOf(ref, false)
}

// scanning marks the context of a read that folds entities by the
// thousand (reader.scan): the literals it reads once (each statement's
// JSON) are not remembered, so that they do not push out the values every
// read shares (predicates, entities, documents) nor stay on the heap.
type scanning struct{}

// valueOf is nameOf; within a scan it does not remember a literal.
func (s *Store) valueOf(ref graph.Ref, scan bool) quad.Value {
	if ref == nil {
		return nil
	}
	s.cacheMu.Lock()
	v, ok := s.values.get(ref)
	s.cacheMu.Unlock()
	if ok {
		return v
	}
	if s.pg != nil {
		v = s.pgNameOf(ref)
	} else {
		v = s.qs.NameOf(ref)
	}
	if v == nil {
		return nil
	}
	if _, literal := v.(quad.String); !scan || !literal {
		s.remember(ref, v)
	}
	return v
}

// remember puts a node's value in the cache nameOf reads.
func (s *Store) remember(ref graph.Ref, v quad.Value) {
	size := 64
	switch v := v.(type) {
	case quad.String:
		size += len(v)
	case quad.IRI:
		size += len(v)
	}
	s.cacheMu.Lock()
	s.values.put(ref, v, size)
	s.cacheMu.Unlock()
}

// valueCache is the node-value cache (nameOf). kv's references are node
// numbers, which a map keyed by graph.Ref holds as an object each (a boxed
// uint64: 57k objects for the collector to mark at every cycle in a warm
// server at 21k stories): they are keyed by the number itself.
type valueCache struct {
	byID  map[uint64]quad.Value    // kv's node numbers
	byRef map[graph.Ref]quad.Value // other backends' references
	bytes int
}

func (c *valueCache) get(ref graph.Ref) (quad.Value, bool) {
	var v quad.Value
	var ok bool
	if id, isID := ref.(kv.Int64Value); isID {
		v, ok = c.byID[uint64(id)]
	} else {
		v, ok = c.byRef[ref]
	}
	return v, ok
}

// put keeps v, of size bytes, at ref; a full cache is emptied first.
func (c *valueCache) put(ref graph.Ref, v quad.Value, size int) {
	if c.len() >= valueCacheMax || c.bytes+size > valueCacheBytes {
		*c = valueCache{}
	}
	if id, isID := ref.(kv.Int64Value); isID {
		if c.byID == nil {
			c.byID = map[uint64]quad.Value{}
		}
		c.byID[uint64(id)] = v
	} else {
		if c.byRef == nil {
			c.byRef = map[graph.Ref]quad.Value{}
		}
		c.byRef[ref] = v
	}
	c.bytes += size
}

func (c *valueCache) len() int { return len(c.byID) + len(c.byRef) }

// each calls f with every value kept.
func (c *valueCache) each(f func(quad.Value)) {
	for _, v := range c.byID {
		f(v)
	}
	for _, v := range c.byRef {
		f(v)
	}
}
