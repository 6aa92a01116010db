package ingest

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph"
)

// sameReader is an Extractor that turns the record of a use back into its
// test (extract's Same): what lets a process test the uses of documents
// another process extracted.
type sameReader interface {
	Same(keys []string, rec string) (func(answer func(key string) []newsgraph.Entity) bool, error)
}

// lookupStore is a store that gives back the lookup record each document
// was stored with (see newsgraph.Extraction.Lookups and store.Lookups),
// and the documents looking a key up that they do not state (LookedUp).
type lookupStore interface {
	Lookups(ctx context.Context, ids []newsgraph.DocumentID) (map[newsgraph.DocumentID]string, error)
	LookingUp(ctx context.Context, keys []string) (map[string][]newsgraph.DocumentID, error)
}

// unstated are the keys x's extraction looked up (used) that none of its
// statements gives as an alias key (the store's: an entity's name and
// aliases, its mentions' texts), sorted: a document stating a key is found
// as a reader of it through the entity it names (see readers); one that
// looked a name up and stated nothing of it, or something else, would not
// be, by a process that did not extract it.
func unstated(used []use, x *newsgraph.Extraction) []string {
	stated := map[string]bool{}
	for _, e := range x.Entities {
		stated[newsgraph.AliasKey(e.Name)] = true
		for _, a := range e.Aliases {
			stated[newsgraph.AliasKey(a)] = true
		}
	}
	for _, m := range x.Mentions {
		stated[newsgraph.AliasKey(m.Text)] = true
	}
	var out []string
	for _, u := range used {
		for _, k := range u.keys {
			if !stated[k] {
				out = append(out, k)
			}
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// lookups keeps, per document, what its stored extraction used of the
// answers to the alias keys it looked up (see view.used), and per key the
// documents that looked it up: the documents a change of a key's answer
// may change. It holds the documents this service extracted and those
// whose record it read from the store. Caller holds s.mu.
type lookups struct {
	of   map[newsgraph.DocumentID][]use
	by   map[string]map[newsgraph.DocumentID]bool
	bare map[newsgraph.DocumentID]bool // stored without a record: read again at any change
}

func newLookups() *lookups {
	return &lookups{of: map[newsgraph.DocumentID][]use{}, by: map[string]map[newsgraph.DocumentID]bool{},
		bare: map[newsgraph.DocumentID]bool{}}
}

// record replaces doc's uses with used, those of its stored extraction.
func (l *lookups) record(doc newsgraph.DocumentID, used []use) {
	for _, u := range l.of[doc] {
		for _, k := range u.keys {
			delete(l.by[k], doc)
			if len(l.by[k]) == 0 {
				delete(l.by, k)
			}
		}
	}
	delete(l.bare, doc)
	l.of[doc] = used
	for _, u := range used {
		for _, k := range u.keys {
			if l.by[k] == nil {
				l.by[k] = map[newsgraph.DocumentID]bool{}
			}
			l.by[k][doc] = true
		}
	}
}

// forget drops what it holds of each document, after another process
// wrote: it may have read any of them again. The keys' readers stay, as
// documents that may look the key up, to be tested against their records
// as the store holds them now.
func (l *lookups) forget() {
	clear(l.of)
	clear(l.bare)
}

// known reports whether what doc used is held, or known to be unrecorded.
func (l *lookups) known(doc newsgraph.DocumentID) bool {
	_, ok := l.of[doc]
	return ok || l.bare[doc]
}

// recordVersion marks the layout of encodeUses, and what the extractor's
// records in it mean; a record of another is read as none. 2: a lookup's
// record no longer covers the roles of what it found (extract's "R"
// records do, where they were read).
const recordVersion = 2

// storedUses is a document's lookup record: per use, its keys and the
// extractor's record of its test (absent: the whole answers were used).
type storedUses struct {
	V int                 `json:"v"`
	U [][]json.RawMessage `json:"u"`
}

// encodeUses is the lookup record of an extraction that used used: each
// distinct use once, sorted, so that one extraction gives one record.
func encodeUses(used []use) string {
	var entries []string
	for _, u := range used {
		k, _ := json.Marshal(u.keys)
		e := "[" + string(k)
		if u.same != nil && u.rec != "" && json.Valid([]byte(u.rec)) {
			e += "," + u.rec
		}
		entries = append(entries, e+"]")
	}
	slices.Sort(entries)
	entries = slices.Compact(entries)
	return fmt.Sprintf(`{"v":%d,"u":[`, recordVersion) + strings.Join(entries, ",") + "]}"
}

// decodeUses reads a lookup record back into uses, their tests rebuilt by
// the extractor where it can (else the use counts as whole); false for a
// record it cannot read.
func (s *Service) decodeUses(rec string) ([]use, bool) {
	var st storedUses
	if json.Unmarshal([]byte(rec), &st) != nil || st.V != recordVersion {
		return nil, false
	}
	sr, _ := s.ex.(sameReader)
	out := make([]use, 0, len(st.U))
	for _, e := range st.U {
		var u use
		if len(e) == 0 || json.Unmarshal(e[0], &u.keys) != nil || len(u.keys) == 0 {
			return nil, false
		}
		if len(e) > 1 && sr != nil {
			if same, err := sr.Same(u.keys, string(e[1])); err == nil {
				u.rec, u.same = string(e[1]), same
			}
		}
		out = append(out, u)
	}
	return out, true
}

// recorded is what the service keeps of a stored document's uses until a
// change of a key it looked up asks: each use's keys and record, the test
// left for holds to build again from the record (sameOf), as decodeUses
// does for a document another process stored. A test holds the extraction's
// query (its keys, tokens and name), some twenty objects a document for
// the collector to mark at every cycle, kept for every document of a Run
// (19k Reuters stories: about 400k objects). A use whose record the
// extractor cannot read back keeps its test.
func (s *Service) recorded(used []use) []use {
	if _, ok := s.ex.(sameReader); !ok {
		return used
	}
	out := make([]use, len(used))
	for i, u := range used {
		if u.same != nil && u.rec != "" && json.Valid([]byte(u.rec)) {
			u.same = nil
		}
		out[i] = u
	}
	return out
}

// sameOf is the test of use u, built again from its record (see
// recorded); nil, as a whole answer's, where the extractor cannot.
func (s *Service) sameOf(u use) func(answer func(key string) []newsgraph.Entity) bool {
	sr, ok := s.ex.(sameReader)
	if !ok {
		return nil
	}
	same, err := sr.Same(u.keys, u.rec)
	if err != nil {
		return nil
	}
	return same
}

// lookingUp is the store's LookingUp, where it keeps it.
func (s *Service) lookingUp(ctx context.Context, keys []string) (map[string][]newsgraph.DocumentID, error) {
	ls, ok := s.st.(lookupStore)
	if !ok || len(keys) == 0 {
		return nil, nil
	}
	return ls.LookingUp(ctx, keys)
}

// load reads from the store the records of docs it does not hold.
func (s *Service) load(ctx context.Context, docs []newsgraph.DocumentID) error {
	var todo []newsgraph.DocumentID
	for _, d := range docs {
		if !s.lookups.known(d) {
			todo = append(todo, d)
		}
	}
	ls, ok := s.st.(lookupStore)
	if !ok || len(todo) == 0 {
		return nil
	}
	slices.Sort(todo)
	recs, err := ls.Lookups(ctx, todo)
	if err != nil {
		return err
	}
	for _, d := range todo {
		rec, found := recs[d]
		var used []use
		if found {
			used, found = s.decodeUses(rec)
		}
		if found {
			s.lookups.record(d, s.recorded(used))
		} else {
			s.lookups.bare[d] = true
		}
	}
	return nil
}

// readers adds the documents whose extraction a change of key's answer
// may change: of those that looked key up (as this service saw, or as the
// store keeps of those that do not state it: looking) and those naming an entity
// that answers to it, each whose record is missing or has a use of key
// that does not hold (see Service.holds). A document naming such an
// entity under other keys only ("U.S." for a new key "america" of the
// United States) is not read again: its extraction never saw the answer.
func (s *Service) readers(ctx context.Context, key string, looking []newsgraph.DocumentID, out map[newsgraph.DocumentID]bool) error {
	cands := map[newsgraph.DocumentID]bool{}
	for d := range s.lookups.by[key] {
		cands[d] = true
	}
	for _, d := range looking {
		cands[d] = true
	}
	_, sums, _, err := s.cache.get(ctx, key)
	if err != nil {
		return err
	}
	for _, sum := range sums {
		if sum == nil {
			continue
		}
		for d := range sum.docs {
			cands[d] = true
		}
	}
	var todo []newsgraph.DocumentID
	for d := range cands {
		// one waiting to be read again (see settle) is read again anyway
		if !out[d] && !s.waiting.in[d] {
			todo = append(todo, d)
		}
	}
	if err := s.load(ctx, todo); err != nil {
		return err
	}
	for _, d := range todo {
		used, ok := s.lookups.of[d]
		if !ok {
			out[d] = true
			continue
		}
		for _, u := range used {
			if !slices.Contains(u.keys, key) {
				continue
			}
			ok, err := s.holds(ctx, d, u)
			if err != nil {
				return err
			}
			if !ok {
				out[d] = true
				break
			}
		}
	}
	return nil
}
