package store

import (
	"context"
	"fmt"
	"log"
	"slices"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph"
)

// The listing index holds, per entity (under the view), what an unnamed
// listing (ListEntities) orders and filters it by: its folded type,
// mention count and folded name. A page of the most mentioned people then
// folds the page, where it folded every person (3 CPU-s at 21k stories).
// A write drops the entries of the entities it may change, as it drops
// their folded entities (forget), and the next listing folds those again:
// what the write changed, not the store. Decisions drop it whole; a
// leveldb store keeps it between processes (snapshot.go), a new store's
// from its first write, an older store's from the one listing (or a
// server's Warm) that builds it.

// ListEntry is an entity's place in a listing; Type is empty for an id no
// document gives a type any longer (the listing leaves it out).
type ListEntry struct {
	Type     newsgraph.EntityType
	Mentions int
	Name     string // newsgraph.Fold of the folded name
}

// listKey names one kept ordering of a listing.
type listKey struct {
	t      newsgraph.EntityType
	byName bool
}

// unlisted returns the ids of ids the index lacks (all of them when it is
// not built) and whether it is built.
func (c *foldCache) unlisted(ids []newsgraph.EntityID) ([]newsgraph.EntityID, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.disabled {
		return ids, false
	}
	if c.listing == nil {
		return ids, false
	}
	var out []newsgraph.EntityID
	for _, id := range ids {
		if _, ok := c.listing[id]; !ok {
			out = append(out, id)
		}
	}
	return out, true
}

func (c *foldCache) putListed(m map[newsgraph.EntityID]ListEntry) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.disabled {
		return
	}
	if c.listing == nil {
		c.listing = make(map[newsgraph.EntityID]ListEntry, len(m))
	}
	for id, e := range m {
		c.listing[id] = e
	}
}

// entries returns the entries of ids; ok is false when one is missing.
func (c *foldCache) entries(ids []newsgraph.EntityID) ([]ListEntry, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.disabled || c.listing == nil {
		return nil, false
	}
	out := make([]ListEntry, len(ids))
	for i, id := range ids {
		e, ok := c.listing[id]
		if !ok {
			return nil, false
		}
		out[i] = e
	}
	return out, true
}

func (c *foldCache) keptListing(k listKey) ([]newsgraph.EntityID, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	ids, ok := c.listings[k]
	return ids, ok && !c.disabled
}

func (c *foldCache) keepListing(k listKey, ids []newsgraph.EntityID) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.disabled {
		return
	}
	if c.listings == nil {
		c.listings = make(map[listKey][]newsgraph.EntityID)
	}
	c.listings[k] = ids
}

// listEntry is what a listing needs of folded entity e (nil: none).
func listEntry(e *newsgraph.Entity) ListEntry {
	if e == nil {
		return ListEntry{}
	}
	return ListEntry{Type: e.Type, Mentions: e.Mentions, Name: newsgraph.Fold(e.Name)}
}

// listingBatch is how many entities one reader enters (fillListing).
const listingBatch = 256

// listEntry is x's entry, from its kept entity or fold if any, or else
// from a fold that is not kept: entering every person must not fill the
// caches with them.
func (r *reader) listEntry(x newsgraph.EntityID) (ListEntry, error) {
	if e, ok := r.s.folds.entity(x); ok {
		return listEntry(e), nil
	}
	f, ok := r.s.folds.entityFold(x)
	if !ok {
		var err error
		if f, err = r.foldEntity(x); err != nil {
			return ListEntry{}, err
		}
	}
	t, ok := voteType(f.types)
	if !ok {
		return ListEntry{}, nil
	}
	return ListEntry{Type: t, Mentions: f.mentions, Name: newsgraph.Fold(f.name(r.view))}, nil
}

// fillListing folds the entities of ids the listing index lacks and enters
// them, building the index when it is not built (logged when that takes
// long: an older store's one pass).
func (r *reader) fillListing(ids []newsgraph.EntityID) error {
	missing, built := r.s.folds.unlisted(ids)
	if len(missing) == 0 && built {
		return nil
	}
	start := time.Now()
	m := make(map[newsgraph.EntityID]ListEntry, len(missing))
	var sub *reader
	for i, id := range missing {
		if err := r.ctx.Err(); err != nil {
			return err
		}
		// A scan (the statements read are not kept, every person's would
		// be) by readers of a few hundred entities each: one reader keeps
		// every statement and document it read, which over every entity
		// of a store is its whole text (770 MB at 21k stories).
		if i%listingBatch == 0 {
			sub = r.s.reader(context.WithValue(r.ctx, scanning{}, true))
			sub.view, sub.scan = r.view, true
		}
		l, err := sub.listEntry(id)
		if err != nil {
			return err
		}
		m[id] = l
	}
	r.s.folds.putListed(m)
	if len(m) > 0 {
		r.s.listingFilled.Store(true)
	}
	if d := time.Since(start); !built && d > 100*time.Millisecond {
		log.Printf("store: entered %d entities in the listing index in %s (once: it is kept from now on)", len(m), d.Round(time.Millisecond))
	}
	return nil
}

// listing ranks the entities of type t ("" for all): by most mentions
// (or by folded name when byName), then by id, as SearchEntities ranks a
// blank name's matches. The list is kept until a write: the caller must not
// change it.
func (r *reader) listing(t newsgraph.EntityType, byName bool) ([]newsgraph.EntityID, error) {
	k := listKey{t, byName}
	if ids, ok := r.s.folds.keptListing(k); ok {
		return ids, nil
	}
	types, err := r.entityTypes()
	if err != nil {
		return nil, err
	}
	var ids []newsgraph.EntityID
	for id, et := range types {
		if t == "" || et == t {
			ids = append(ids, id)
		}
	}
	slices.Sort(ids)
	if err := r.fillListing(ids); err != nil {
		return nil, err
	}
	es, ok := r.s.folds.entries(ids)
	if !ok {
		// (the cold benchmark's store keeps nothing: fold as it goes)
		es = make([]ListEntry, len(ids))
		for i, id := range ids {
			if es[i], err = r.listEntry(id); err != nil {
				return nil, err
			}
		}
	}
	type ranked struct {
		id newsgraph.EntityID
		ListEntry
	}
	rs := make([]ranked, 0, len(ids))
	for i, id := range ids {
		if e := es[i]; e.Type != "" && (t == "" || e.Type == t) {
			rs = append(rs, ranked{id, e})
		}
	}
	slices.SortStableFunc(rs, func(a, b ranked) int {
		if byName {
			if c := strings.Compare(a.Name, b.Name); c != 0 {
				return c
			}
		} else if a.Mentions != b.Mentions {
			return b.Mentions - a.Mentions
		}
		return strings.Compare(string(a.id), string(b.id))
	})
	out := make([]newsgraph.EntityID, len(rs))
	for i, x := range rs {
		out[i] = x.id
	}
	r.s.folds.keepListing(k, out)
	return out, nil
}

// ListEntities ranks the entities of type t ("" for all) as SearchEntities
// ranks them for a blank name, without folding them: by most mentions (or
// by folded name when byName), then by id. The list is kept until the
// next write: the caller must not change it.
func (s *Store) ListEntities(ctx context.Context, t newsgraph.EntityType, byName bool) ([]newsgraph.EntityID, error) {
	var out []newsgraph.EntityID
	err := s.read(ctx, "list entities", func(r *reader) (err error) {
		out, err = r.listing(t, byName)
		return err
	})
	return out, err
}

// EntityFolds is the number of entities this Store has folded from their
// statements since Open, for tests: a listing folds its page, not the
// entities it ranks.
func (s *Store) EntityFolds() int64 { return s.entityFolds.Load() }

// completeListing enters every entity the listing index lacks, if it is
// built. The caller holds the write lock.
func (s *Store) completeListing() error {
	if _, built := s.folds.unlisted(nil); !built {
		return nil
	}
	r := s.reader(context.Background())
	types, err := r.entityTypes()
	if err != nil {
		return fmt.Errorf("store: listing index: %w", err)
	}
	ids := make([]newsgraph.EntityID, 0, len(types))
	for id := range types {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	if err := r.fillListing(ids); err != nil {
		return fmt.Errorf("store: listing index: %w", err)
	}
	return nil
}
