package store

import (
	"bytes"
	"context"
	"encoding/gob"
	"errors"
	"fmt"

	"github.com/syndtr/goleveldb/leveldb"

	"github.com/newsgraph/newsgraph"
)

// The read indexes (folded types and counts, the alias index, the event
// index) are built by a pass over the whole store on first use: 1-2 CPU-s
// at 2,000 documents on leveldb, paid again by every process (a server's
// start, each `newsgraph query`). A leveldb store keeps them between
// processes as one value beside cayley's keys, written at Close. Only one
// process opens a leveldb folder (its lock), and the first write of a
// process deletes the value (synced) before it changes anything, so a
// value on disk always describes the quads beside it, whatever crashed
// when; a process that wrote writes it again at Close. PostgreSQL is
// written by several processes at once: it builds the indexes per process.
// (Its generation counter moves in each write's transaction, so indexes
// stamped with the counter they were built at could be kept there too.)

// snapshotKey lies outside cayley's buckets, like checkedKey.
var snapshotKey = []byte("newsgraph/read-indexes")

// readIndexes is what the caches hold of the read indexes; a nil map was not
// built. Types and votes are under the decisions of the time, which a
// decision's write (a write like any other) invalidates.
type readIndexes struct {
	Documents   int
	EntityTypes map[newsgraph.EntityID]newsgraph.EntityType
	EntityVotes map[newsgraph.EntityID]map[newsgraph.EntityType]int
	EventTypes  map[newsgraph.EventID]newsgraph.EventType
	EventVotes  map[newsgraph.EventID]map[newsgraph.EventType]int
	Aliases     map[string]map[newsgraph.EntityID]int
	EventIndex  map[newsgraph.EntityID]map[newsgraph.EventID]int
	Listing     map[newsgraph.EntityID]ListEntry // absent from stores kept before it
}

// take returns the read indexes the cache holds, nil when it holds none.
// The caller must hold the Store's write lock (no write patches them
// meanwhile) and must not change them.
func (c *foldCache) take() *readIndexes {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.disabled {
		return nil
	}
	sn := &readIndexes{Documents: c.documents, EntityTypes: c.entityTypes, EntityVotes: expandVotes(c.entityVotes),
		EventTypes: c.eventTypes, EventVotes: expandVotes(c.eventVotes)}
	if c.alias != nil {
		sn.Aliases = c.alias.keyMap()
	}
	if c.evIndex != nil {
		sn.EventIndex = c.evIndex.of
	}
	sn.Listing = c.listing
	if sn.parts() == 0 {
		return nil
	}
	return sn
}

// restore puts sn's indexes in the cache.
func (c *foldCache) restore(sn *readIndexes) {
	sn.share()
	if sn.EntityTypes != nil {
		c.putEntityTypes(sn.EntityTypes, sn.EntityVotes)
	}
	if sn.EventTypes != nil {
		c.putEventTypes(sn.EventTypes, sn.EventVotes)
	}
	if sn.Documents >= 0 {
		c.putDocuments(sn.Documents)
	}
	if sn.Aliases != nil {
		ix := newAliasIndex()
		for k, ents := range sn.Aliases {
			for e, n := range ents {
				ix.add(k, e, n)
			}
		}
		c.putAliases(ix)
	}
	if sn.EventIndex != nil {
		c.putEventIndex(&eventIndex{of: sn.EventIndex})
	}
	if sn.Listing != nil {
		c.putListed(sn.Listing)
	}
}

// loadSnapshot restores the read indexes a leveldb store kept, if any.
// A value that does not decode is ignored (and replaced at Close).
func (s *Store) loadSnapshot() error {
	if s.level == nil || s.snapDropped {
		return nil
	}
	b, err := s.level.db.Get(snapshotKey, nil)
	if errors.Is(err, leveldb.ErrNotFound) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("store: read indexes: %w", err)
	}
	var sn readIndexes
	if err := gob.NewDecoder(bytes.NewReader(b)).Decode(&sn); err != nil {
		return nil
	}
	s.folds.restore(&sn)
	s.snapParts = sn.parts()
	return nil
}

// share makes the decoded indexes hold one string per entity and event
// id, and the vocabulary's own type names: gob gives each occurrence a
// string of its own (at 21k stories some 250k strings, each an object the
// collector marks at every cycle, for as many ids and six type names).
// Assigning to a key a map holds replaces the key it stores, so the maps
// stay as they are. The shared strings, and the listing's folded names,
// are copied into an arena (strArena): some 85k strings at 21k stories,
// each an object of its own when decoded.
func (sn *readIndexes) share() {
	var text strArena
	ids := map[string]string{}
	id := func(s string) string {
		if x, ok := ids[s]; ok {
			return x
		}
		x := text.copy(s)
		ids[x] = x
		return x
	}
	shareTyped(sn.EntityTypes, sn.EntityVotes, id, interner(newsgraph.EntityTypes))
	shareTyped(sn.EventTypes, sn.EventVotes, id, interner(newsgraph.EventTypes))
	for _, ents := range sn.Aliases {
		for e, n := range ents {
			ents[newsgraph.EntityID(id(string(e)))] = n
		}
	}
	for e, evs := range sn.EventIndex {
		for v, n := range evs {
			evs[newsgraph.EventID(id(string(v)))] = n
		}
		sn.EventIndex[newsgraph.EntityID(id(string(e)))] = evs
	}
	own := interner(newsgraph.EntityTypes)
	for e, l := range sn.Listing {
		l.Type = own(l.Type)
		l.Name = text.copy(l.Name)
		sn.Listing[newsgraph.EntityID(id(string(e)))] = l
	}
}

// shareTyped gives the ids of an entity or event type index and its votes
// the shared strings id returns, and their types the vocabulary's own
// (typ); see share.
func shareTyped[K, T ~string](types map[K]T, votes map[K]map[T]int, id func(string) string, typ func(T) T) {
	for k, t := range types {
		types[K(id(string(k)))] = typ(t)
	}
	for k, vs := range votes {
		for t, n := range vs {
			vs[typ(t)] = n
		}
		votes[K(id(string(k)))] = vs
	}
}

// interner returns the vocabulary's own string for each of known, and any
// other value as it is.
func interner[T ~string](known []T) func(T) T {
	own := make(map[T]T, len(known))
	for _, t := range known {
		own[t] = t
	}
	return func(t T) T {
		if x, ok := own[t]; ok {
			return x
		}
		return t
	}
}

// parts counts the indexes sn holds.
func (sn *readIndexes) parts() int {
	n := 0
	for _, built := range []bool{sn.Documents >= 0, sn.EntityTypes != nil, sn.EventTypes != nil, sn.Aliases != nil, sn.EventIndex != nil, sn.Listing != nil} {
		if built {
			n++
		}
	}
	return n
}

// dropSnapshot deletes the kept read indexes before the first write of
// this process changes the store (writers hold the write lock).
func (s *Store) dropSnapshot() error {
	if s.level == nil || s.snapDropped {
		return nil
	}
	if err := s.level.db.Delete(snapshotKey, s.level.wo); err != nil {
		return fmt.Errorf("store: drop read indexes: %w", err)
	}
	s.snapDropped = true
	return nil
}

// saveSnapshot keeps the read indexes this process holds, unless the
// value on disk already holds as many and no listing entered entities. Called by Close under the write
// lock.
func (s *Store) saveSnapshot() error {
	if s.level == nil {
		return nil
	}
	if s.snapDropped {
		// The entities this process wrote left the listing index; the next
		// process would fold them at its first listing.
		if err := s.completeListing(); err != nil {
			return err
		}
	}
	sn := s.folds.take()
	if sn == nil || (!s.snapDropped && !s.listingFilled.Load() && sn.parts() <= s.snapParts) {
		return nil
	}
	var buf bytes.Buffer
	if err := gob.NewEncoder(&buf).Encode(sn); err != nil {
		return fmt.Errorf("store: keep read indexes: %w", err)
	}
	if err := s.level.db.Put(snapshotKey, buf.Bytes(), s.level.wo); err != nil {
		return fmt.Errorf("store: keep read indexes: %w", err)
	}
	return nil
}

// startIndexes builds the read indexes of an empty leveldb store at Open,
// which costs nothing: every write then moves them, and Close keeps them,
// so that no process ever pays the pass over a store that was filled
// through newsgraph.
func (s *Store) startIndexes(ctx context.Context) error {
	if s.level == nil || s.snapParts > 0 {
		return nil
	}
	it := s.qs.QuadsAllIterator()
	some := it.Next(ctx)
	it.Close()
	if some {
		return nil // built on first use, or by a server's Warm
	}
	return s.Warm(ctx)
}
